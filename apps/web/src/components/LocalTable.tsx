import { ReactNode, useState } from 'react';
import { Pager, Sort, SortableTable, TextField } from './ui';

/** One column of a short list: its header and, when it sorts, the value it sorts by. */
export interface LocalColumn<T> {
  label: string;
  value?(row: T): string | number;
}

const collator = new Intl.Collator('nl', { numeric: true, sensitivity: 'base' });

/**
 * A short list the page holds in full (the Beheer lists): a search field filters it, the column
 * headers sort it (buttons with aria-sort), and it pages by `pageSize`. `render` makes a row.
 */
export function LocalTable<T>({
  caption,
  name,
  rows,
  columns,
  text,
  render,
  empty,
  pageSize = 50,
}: {
  caption: string;
  /** The form field's name, unique on the page. */
  name: string;
  rows: T[];
  columns: Array<LocalColumn<T>>;
  /** The text a row is found by. */
  text(row: T): string;
  render(row: T): ReactNode;
  empty: string;
  pageSize?: number;
}) {
  const first = columns.find((c) => c.value);
  const [sort, setSort] = useState<Sort>({ key: first?.label ?? '', dir: 'ascending' });
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const column = columns.find((c) => c.label === sort.key && c.value);
  const q = query.trim().toLowerCase();
  const shown = rows.filter((r) => !q || text(r).toLowerCase().includes(q));
  if (column?.value) {
    const value = column.value;
    shown.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return sort.dir === 'ascending' ? c : -c;
    });
  }
  const pages = Math.max(1, Math.ceil(shown.length / pageSize));
  const current = Math.min(page, pages - 1);
  const onSort = (key: string) => {
    setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }));
    setPage(0);
  };
  const fullCaption = column ? `${caption}, gesorteerd op ${column.label.toLowerCase()} (${sort.dir === 'ascending' ? 'oplopend' : 'aflopend'})` : caption;
  return (
    <>
      <form className="tp-filters" onSubmit={(e) => e.preventDefault()} aria-label={`Filter ${caption.toLowerCase()}`}>
        <TextField
          label={`Zoeken in ${caption.toLowerCase()}`}
          name={name}
          value={query}
          onChange={(v) => {
            setQuery(v);
            setPage(0);
          }}
          width="m"
        />
      </form>
      <SortableTable caption={fullCaption} head={columns.map((c) => [c.label, c.value ? c.label : null])} sort={sort} onSort={onSort} empty={shown.length === 0 && empty}>
        {shown.slice(current * pageSize, (current + 1) * pageSize).map(render)}
      </SortableTable>
      <Pager page={current} hasNext={current < pages - 1} onPrevious={() => setPage(current - 1)} onNext={() => setPage(current + 1)} />
    </>
  );
}
