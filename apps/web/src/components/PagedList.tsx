import { ReactNode } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePaged } from '../hooks';
import { Loading, Notice, Pager, problemText, SelectField, Sort, SortableTable } from './ui';

/** One column of a list: its header, the API sort field (if the column sorts) and how a row shows. */
export interface Column<T> {
  label: string;
  sort?: string;
  cell(row: T): ReactNode;
  className?: string;
}

/** What a list asks the API for: the cursor, the sort (`field` or `-field`), the status filter and the page size. */
export interface ListRequest {
  cursor: string | undefined;
  sort: string;
  status: string | undefined;
  limit: number;
}

/** The API sort value for a table sort, and back. */
export const toApiSort = (s: Sort) => (s.dir === 'descending' ? `-${s.key}` : s.key);
export const fromApiSort = (v: string): Sort => (v.startsWith('-') ? { key: v.slice(1), dir: 'descending' } : { key: v, dir: 'ascending' });

/**
 * A list page's body: the status filter, the table with sortable column headers (buttons with
 * aria-sort, sorted by the API so paging stays exact), and the cursor pager. Filter and sort live in
 * the address (`?status=&sort=`), so a link or the back button keeps them; a change starts at page 1.
 */
export function PagedList<T>({
  what,
  caption,
  columns,
  load,
  rowKey,
  statuses,
  defaultStatus = '',
  defaultSort = 'createdAt',
  limit = 25,
  empty,
}: {
  /** The plural noun, for the loading text and the filter form's name, e.g. "Woningen". */
  what: string;
  caption: string;
  columns: Array<Column<T>>;
  load(q: ListRequest): Promise<{ items: T[]; nextCursor: string | null }>;
  rowKey(row: T): string;
  statuses?: Array<[string, string]>;
  defaultStatus?: string;
  defaultSort?: string;
  limit?: number;
  empty: string;
}) {
  const [params, setParams] = useSearchParams();
  const status = params.get('status') ?? defaultStatus;
  const sortValue = params.get('sort') ?? defaultSort;
  const sort = fromApiSort(columns.some((c) => c.sort === fromApiSort(sortValue).key) || sortValue === defaultSort ? sortValue : defaultSort);
  const list = usePaged((cursor) => load({ cursor, sort: toApiSort(sort), status: status || undefined, limit }), [status, toApiSort(sort)]);
  const update = (key: 'status' | 'sort', value: string, dflt: string) =>
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value === dflt) next.delete(key);
      else next.set(key, value);
      return next;
    });
  const onSort = (key: string) => update('sort', toApiSort(sort.key === key ? { key, dir: sort.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }), defaultSort);
  const sortedOn = columns.find((c) => c.sort === sort.key);
  const fullCaption = sortedOn ? `${caption}, gesorteerd op ${sortedOn.label.toLowerCase()} (${sort.dir === 'ascending' ? 'oplopend' : 'aflopend'})` : caption;
  return (
    <>
      {statuses && (
        <form className="tp-filters" onSubmit={(e) => e.preventDefault()} aria-label={`Filter ${what.toLowerCase()}`}>
          <SelectField label="Stand" name="status" value={status} onChange={(v) => update('status', v, defaultStatus)} options={statuses} placeholder="Alle standen" required />
        </form>
      )}
      {list.error ? <Notice type="error">{problemText(list.error)}</Notice> : null}
      {list.loading && <Loading what={what} />}
      {list.data && (
        <SortableTable caption={fullCaption} head={columns.map((c) => [c.label, c.sort ?? null])} sort={sort} onSort={onSort} empty={list.items.length === 0 && empty}>
          {list.items.map((row) => (
            <tr key={rowKey(row)} className="utrecht-table__row">
              {columns.map((c, i) => (
                <td key={i} className={`utrecht-table__cell${c.className ? ` ${c.className}` : ''}`}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </SortableTable>
      )}
      <Pager page={list.page} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
    </>
  );
}
