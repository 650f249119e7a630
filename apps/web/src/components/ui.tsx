import {
  Alert, Button, ButtonGroup, Checkbox, Fieldset, FieldsetLegend, FormField, FormFieldDescription, FormFieldErrorMessage, FormLabel, Heading1, Paragraph, Select,
  SelectOption, Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow, Textarea, Textbox,
} from '@utrecht/component-library-react';
import { ReactNode, useEffect, useRef, useState } from 'react';
import { ApiError, FieldError } from '../api/client';
import { fieldMessage } from '../labels';

/** The page's main heading; sets the document title and takes the focus when the page opens (screen readers hear where they are). */
export function PageTitle({ children, title }: { children: ReactNode; title: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Transferpunt`;
    ref.current?.focus();
  }, [title]);
  return (
    <Heading1 ref={ref} tabIndex={-1} className="tp-page-title">
      {children}
    </Heading1>
  );
}

/** The id of a form field: the error summary links to it. */
export const fieldId = (name: string) => `f-${name}`;

type Common = { label: ReactNode; name: string; error?: string; description?: ReactNode; required?: boolean };

function FieldShell({ id, label, error, description, required, children, type }: Common & { id: string; children: ReactNode; type?: string }) {
  return (
    <FormField type={type} invalid={Boolean(error)} className="tp-field">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>
          {label}
          {required ? '' : <span className="tp-optional"> (niet verplicht)</span>}
        </FormLabel>
      </div>
      {description && (
        <FormFieldDescription id={`${id}-description`} className="utrecht-form-field__description">
          {description}
        </FormFieldDescription>
      )}
      {error && (
        <FormFieldErrorMessage id={`${id}-error`} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      )}
      <div className="utrecht-form-field__input">{children}</div>
    </FormField>
  );
}

const describedBy = (id: string, error?: string, description?: ReactNode) =>
  [description ? `${id}-description` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;

/** What every text-like control shares: its id and name, its value, and its error state tied to the field. */
const controlProps = (id: string, p: Common & { value: string; onChange(v: string): void }) => ({
  id,
  name: p.name,
  value: p.value,
  onChange: (e: { target: { value: string } }) => p.onChange(e.target.value),
  invalid: Boolean(p.error),
  'aria-invalid': p.error ? (true as const) : undefined,
  'aria-describedby': describedBy(id, p.error, p.description),
  required: p.required,
});

export function TextField(
  p: Common & { value: string; onChange(v: string): void; type?: 'text' | 'email' | 'password' | 'date' | 'number'; autoComplete?: string; inputMode?: 'numeric' | 'decimal'; width?: 'xs' | 's' | 'm' | 'l' },
) {
  const id = fieldId(p.name);
  return (
    <FieldShell {...p} id={id}>
      <Textbox
        {...controlProps(id, p)}
        type={p.type ?? 'text'}
        autoComplete={p.autoComplete}
        inputMode={p.inputMode}
        className={p.width ? `tp-width-${p.width}` : undefined}
      />
    </FieldShell>
  );
}

export function TextareaField(p: Common & { value: string; onChange(v: string): void }) {
  const id = fieldId(p.name);
  return (
    <FieldShell {...p} id={id}>
      <Textarea
        {...controlProps(id, p)}
        rows={3}
      />
    </FieldShell>
  );
}

export function SelectField(props: Common & { value: string; onChange(v: string): void; options: Array<[string, string]>; placeholder?: string }) {
  // an empty list box asks for a choice, not for typing
  const p = props.error === 'Vul dit veld in.' ? { ...props, error: 'Maak een keuze.' } : props;
  const id = fieldId(p.name);
  return (
    <FieldShell {...p} id={id}>
      <Select
        {...controlProps(id, p)}
      >
        {p.placeholder !== undefined && <SelectOption value="">{p.placeholder}</SelectOption>}
        {p.options.map(([v, l]) => (
          <SelectOption key={v} value={v}>
            {l}
          </SelectOption>
        ))}
      </Select>
    </FieldShell>
  );
}

/** A group of checkboxes (several values) or one checkbox (yes/no) in a fieldset with its legend and error. */
export function CheckboxGroup(p: Common & { values: string[]; onChange(v: string[]): void; options: Array<[string, string]> }) {
  const id = fieldId(p.name);
  return (
    <Fieldset invalid={Boolean(p.error)} aria-describedby={describedBy(id, p.error, p.description)} className="tp-field">
      <FieldsetLegend>
        {p.label}
        {p.required ? '' : <span className="tp-optional"> (niet verplicht)</span>}
      </FieldsetLegend>
      {p.description && <FormFieldDescription id={`${id}-description`}>{p.description}</FormFieldDescription>}
      {p.error && <FormFieldErrorMessage id={`${id}-error`}>{p.error}</FormFieldErrorMessage>}
      {p.options.map(([v, l]) => (
        <FormField type="checkbox" key={v} className="tp-checkbox">
          <Checkbox
            id={`${id}-${v}`}
            name={p.name}
            value={v}
            checked={p.values.includes(v)}
            onChange={(e) => p.onChange(e.target.checked ? [...p.values, v] : p.values.filter((x) => x !== v))}
          />
          <FormLabel htmlFor={`${id}-${v}`} type="checkbox">
            {l}
          </FormLabel>
        </FormField>
      ))}
    </Fieldset>
  );
}

export function CheckboxField(p: Common & { checked: boolean; onChange(v: boolean): void }) {
  const id = fieldId(p.name);
  return (
    <div className="tp-field">
      {p.error && <FormFieldErrorMessage id={`${id}-error`}>{p.error}</FormFieldErrorMessage>}
      <FormField type="checkbox" invalid={Boolean(p.error)} className="tp-checkbox">
        <Checkbox
          id={id}
          name={p.name}
          checked={p.checked}
          onChange={(e) => p.onChange(e.target.checked)}
          invalid={Boolean(p.error)}
          aria-describedby={describedBy(id, p.error, p.description)}
        />
        <FormLabel htmlFor={id} type="checkbox">
          {p.label}
        </FormLabel>
      </FormField>
      {p.description && <FormFieldDescription id={`${id}-description`}>{p.description}</FormFieldDescription>}
    </div>
  );
}

/** Field errors by field name (the API's problem body names the fields). */
export type Errors = Record<string, string>;

/** Which of several messages for one field says most: what kind of value is asked before its range. */
const RANK = [/^Vul dit veld in/, /^Kies/, /^Leg eerst/, /^Vul een heel getal/, /^Vul een bedrag/, /^Vul een geldige datum/, /^Vul een CBS-code/, /^Vul hier tekst/];
const rank = (m: string) => {
  const i = RANK.findIndex((r) => r.test(m));
  return i < 0 ? RANK.length : i;
};

/**
 * One message per field, in Dutch. The API lists every rule a value broke (for an empty number:
 * "not above 20", "not below 1", "a whole number"); the user needs the first thing to fix. With the
 * form's `values`, an empty field simply says it must be filled in.
 */
export function errorsOf(e: unknown, values?: Record<string, unknown>): Errors {
  if (!(e instanceof ApiError)) return {};
  const all: Record<string, string[]> = {};
  for (const f of e.fieldErrors as FieldError[]) {
    const key = f.field.split('.')[0];
    (all[key] ??= []).push(fieldMessage(f.message));
  }
  const out: Errors = {};
  for (const [key, messages] of Object.entries(all)) {
    const best = [...new Set(messages)].sort((a, b) => rank(a) - rank(b))[0];
    const v = values?.[key];
    const empty = v === '' || (Array.isArray(v) && v.length === 0);
    out[key] = empty && !/^(Kies|Leg eerst)/.test(best) ? 'Vul dit veld in.' : best;
  }
  return out;
}

/** A failed call in words: a 409 explains the conflict, a 403 whose step it is. */
export function problemText(e: unknown): string {
  if (!(e instanceof ApiError)) return 'Er ging iets mis. Probeer het opnieuw.';
  switch (e.status) {
    case 0:
      return e.message;
    case 400:
      return e.fieldErrors.length ? 'Niet alle velden zijn goed ingevuld. Verbeter de velden met een foutmelding.' : 'De invoer klopt niet.';
    case 401:
      return 'U bent niet (meer) ingelogd. Log opnieuw in.';
    case 403:
      return 'Deze stap is niet aan u: uw rol of organisatie mag dit nu niet doen.';
    case 404:
      return 'Dit bestaat niet (meer), of u heeft er geen toegang toe.';
    case 409:
      return 'Dit kan niet meer: de toestand is intussen veranderd, bijvoorbeeld doordat iemand anders al een stap heeft gezet. Vernieuw de pagina om de huidige stand te zien.';
    default:
      return `Er ging iets mis op de server (${e.status}). Probeer het later opnieuw.`;
  }
}

/** The API's own words (English, for the service desk), folded away under the Dutch explanation. */
export function TechnicalDetail({ error }: { error: unknown }) {
  if (!(error instanceof ApiError) || !error.problem.detail || error.fieldErrors.length) return null;
  return (
    <details className="tp-technical">
      <summary>Technische melding</summary>
      <code>{error.problem.detail}</code>
    </details>
  );
}

/** The error summary above a form: focused after a failed submit, linking to each field. */
export function ErrorSummary({ error, errors, labels }: { error: unknown; errors: Errors; labels?: Record<string, string> }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) ref.current?.focus();
  }, [error]);
  if (!error) return null;
  const fields = Object.entries(errors);
  return (
    <div ref={ref} tabIndex={-1} className="tp-error-summary">
      <Alert type="error" role="alert">
        <Paragraph>{problemText(error)}</Paragraph>
        <TechnicalDetail error={error} />
        {fields.length > 0 && (
          <ul>
            {fields.map(([f, m]) => {
              const el = typeof document !== 'undefined' ? document.getElementById(fieldId(f)) : null;
              const text = el?.tagName === 'SELECT' && m === 'Vul dit veld in.' ? 'Maak een keuze.' : m;
              return (
                <li key={f}>
                  <a
                    href={`#${fieldId(f)}`}
                    className="utrecht-link"
                    onClick={(e) => {
                      const target = document.getElementById(fieldId(f)) ?? document.querySelector<HTMLElement>(`[name="${f}"]`);
                      if (!target) return;
                      e.preventDefault();
                      target.focus();
                      target.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {labels?.[f] ?? f}: {text}
                  </a>
                </li>
              );
            })}
          </ul>
        )}
      </Alert>
    </div>
  );
}

export function Notice({ children, type = 'ok' }: { children: ReactNode; type?: 'ok' | 'info' | 'warning' | 'error' }) {
  return (
    <Alert type={type} role={type === 'error' ? 'alert' : 'status'}>
      <Paragraph>{children}</Paragraph>
    </Alert>
  );
}

export function Loading({ what = 'Gegevens' }: { what?: string }) {
  return (
    <Paragraph role="status" className="tp-loading">
      {what} worden geladen…
    </Paragraph>
  );
}

/** Sorting of a fully loaded table: which column, which way. */
export interface Sort {
  key: string;
  dir: 'ascending' | 'descending';
}
export function useSort(initial: Sort) {
  const [sort, setSort] = useState<Sort>(initial);
  const toggle = (key: string) => setSort((s) => (s.key === key ? { key, dir: s.dir === 'ascending' ? 'descending' : 'ascending' } : { key, dir: 'ascending' }));
  const apply = <T,>(items: T[], keys: Record<string, (x: T) => string | number>) => {
    const f = keys[sort.key];
    if (!f) return items;
    const sign = sort.dir === 'ascending' ? 1 : -1;
    return [...items].sort((a, b) => {
      const x = f(a);
      const y = f(b);
      return sign * (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'nl'));
    });
  };
  return { sort, toggle, apply };
}

/** A table whose column headers sort it (buttons in the headers, aria-sort on the sorted one). */
export function SortableTable({ caption, head, sort, onSort, children, empty }: { caption: string; head: Array<[string, string | null]>; sort: Sort; onSort(key: string): void; children: ReactNode; empty?: string | false }) {
  return (
    <div className="tp-table-scroll">
      <Table>
        <TableCaption>
          {caption}
          <span className="tp-visually-hidden">, te sorteren met de knoppen in de kolomkoppen</span>
        </TableCaption>
        <TableHeader>
          <TableRow>
            {head.map(([label, key]) => (
              <TableHeaderCell key={label} scope="col" aria-sort={key && sort.key === key ? sort.dir : undefined}>
                {key ? (
                  <button type="button" className="tp-sort" onClick={() => onSort(key)}>
                    {label}
                    <span aria-hidden="true">{sort.key === key ? (sort.dir === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                  </button>
                ) : (
                  label
                )}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
      {empty && <Paragraph className="tp-empty">{empty}</Paragraph>}
    </div>
  );
}

/** A data table in the same token system (the library has the table parts). */
export function DataTable({ caption, head, children, empty }: { caption: string; head: string[]; children: ReactNode; empty?: string | false }) {
  return (
    <div className="tp-table-scroll">
      <Table>
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {head.map((h) => (
              <TableHeaderCell key={h} scope="col">
                {h}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
      {empty && <Paragraph className="tp-empty">{empty}</Paragraph>}
    </div>
  );
}

/** Previous / next page over a cursor-paginated list. */
export function Pager({ page, hasNext, onPrevious, onNext }: { page: number; hasNext: boolean; onPrevious(): void; onNext(): void }) {
  if (page === 0 && !hasNext) return null;
  return (
    <nav aria-label="Paginering" className="tp-pager">
      <ButtonGroup>
        <Button appearance="secondary-action-button" disabled={page === 0} onClick={onPrevious}>
          Vorige pagina
        </Button>
        <span aria-live="polite">Pagina {page + 1}</span>
        <Button appearance="secondary-action-button" disabled={!hasNext} onClick={onNext}>
          Volgende pagina
        </Button>
      </ButtonGroup>
    </nav>
  );
}

export function StatusTag({ children, tone = 'neutral' }: { children: ReactNode; tone?: 'neutral' | 'action' | 'done' | 'stopped' | 'late' }) {
  return <span className={`tp-tag tp-tag--${tone}`}>{children}</span>;
}
