import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { api, ApiError, call, Problem, Schemas } from '../api/client';
import { useMe } from '../auth';
import { DataTable, Errors, errorsOf, ErrorSummary, Loading, Notice, PageTitle, Pager, problemText, SelectField, StatusTag, TextareaField, TextField } from '../components/ui';
import { formatDate } from '../format';
import { usePaged } from '../hooks';
import { fieldMessage } from '../labels';

type Action = Schemas['ActionResponse'];
type State = Action['state'];

export const ACTION_STATE: Record<State, string> = { open: 'Open', ongoing: 'Loopt', done: 'Afgerond' };
const STATE_TONE: Record<State, 'action' | 'neutral' | 'done'> = { open: 'action', ongoing: 'neutral', done: 'done' };

/** The regional action plan: every role that reads it sees the actions; the coordinator adds and changes them. */
export function ActionPlanPage() {
  const me = useMe();
  const [state, setState] = useState('');
  const [editing, setEditing] = useState<Action | null>(null);
  const list = usePaged(
    (cursor) => call(api.GET('/action-plan/actions', { params: { query: { limit: 50, cursor, ...(state ? { state: state as State } : {}) } } })),
    [state],
  );
  const coordinator = me.role === 'coordinator';
  const saved = () => {
    setEditing(null);
    list.reload();
  };
  return (
    <>
      <PageTitle title="Actieplan">Regionaal actieplan</PageTitle>
      <Paragraph lead>
        De acties die de regio heeft afgesproken: wie ze trekt, wat er moet gebeuren, de deadlines en hoe ver ze zijn. De voortgang staat ook in de monitor.
      </Paragraph>
      <SelectField label="Toon acties" name="stateFilter" value={state} onChange={setState} placeholder="Alle acties" options={Object.entries(ACTION_STATE)} />
      {list.error ? <Notice type="error">{problemText(list.error)}</Notice> : null}
      {list.loading && <Loading what="Het actieplan" />}
      {list.data && (
        <DataTable caption="Acties van het regionale actieplan" head={['Actie', 'Eigenaar', 'Status', 'Deadlines', ...(coordinator ? ['Wijzigen'] : [])]} empty={list.items.length === 0 && 'Nog geen acties.'}>
          {list.items.map((a) => (
            <tr key={a.id} className="utrecht-table__row">
              <th scope="row" className="utrecht-table__header-cell">
                {a.description}
              </th>
              <td className="utrecht-table__cell">{a.owner}</td>
              <td className="utrecht-table__cell">
                <StatusTag tone={STATE_TONE[a.state]}>{ACTION_STATE[a.state]}</StatusTag>
              </td>
              <td className="utrecht-table__cell">
                <ul className="tp-plain-list">
                  {a.deadlines.map((d) => (
                    <li key={`${d.date}|${d.label}`}>
                      {formatDate(d.date)}: {d.label} {d.overdue && <StatusTag tone="late">verstreken</StatusTag>}
                    </li>
                  ))}
                </ul>
              </td>
              {coordinator && (
                <td className="utrecht-table__cell">
                  <Button appearance="secondary-action-button" onClick={() => setEditing(a)} aria-label={`Wijzigen: ${a.description}`}>
                    Wijzigen
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={list.page} hasNext={list.hasNext} onPrevious={list.previous} onNext={list.next} />
      {coordinator && <ActionForm key={editing?.id ?? 'new'} action={editing} onSaved={saved} onCancel={() => setEditing(null)} />}
    </>
  );
}

interface DeadlineValue {
  date: string;
  label: string;
}

const LABELS: Record<string, string> = { owner: 'Eigenaar', description: 'Actie', state: 'Status', deadlines: 'Deadlines' };

/** The problem's field errors by full field name (deadlines.1.date), next to the top-level ones. */
function detailedErrors(error: unknown, values: Record<string, unknown>): Errors {
  const out = errorsOf(error, values);
  if (!(error instanceof ApiError)) return out;
  for (const f of error.fieldErrors) {
    if (/^deadlines\.\d+\.(date|label)$/.test(f.field)) {
      out[f.field] ??= fieldMessage(f.message);
      delete out.deadlines;
    }
  }
  return out;
}

function deadlineLabel(field: string): string {
  const m = /^deadlines\.(\d+)\.(date|label)$/.exec(field);
  return m ? `Deadline ${Number(m[1]) + 1}: ${m[2] === 'date' ? 'datum' : 'omschrijving'}` : (LABELS[field] ?? field);
}

/** A new action, or changes to one (the coordinator). */
function ActionForm({ action, onSaved, onCancel }: { action: Action | null; onSaved(): void; onCancel(): void }) {
  const [owner, setOwner] = useState(action?.owner ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [state, setState] = useState<string>(action?.state ?? 'open');
  const [deadlines, setDeadlines] = useState<DeadlineValue[]>(action?.deadlines.map((d) => ({ date: d.date, label: d.label })) ?? [{ date: '', label: '' }]);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const errors = detailedErrors(error, { owner, description, deadlines });
  const labels = Object.fromEntries(Object.keys(errors).map((f) => [f, deadlineLabel(f)]));
  const setDeadline = (i: number, k: keyof DeadlineValue) => (v: string) => setDeadlines((ds) => ds.map((d, j) => (j === i ? { ...d, [k]: v } : d)));

  async function save(e: FormEvent) {
    e.preventDefault();
    setDone(false);
    const wrong: Array<{ field: string; message: string }> = [];
    if (!owner.trim()) wrong.push({ field: 'owner', message: 'Vul in wie de actie trekt.' });
    if (!description.trim()) wrong.push({ field: 'description', message: 'Beschrijf de actie.' });
    if (deadlines.length === 0) wrong.push({ field: 'deadlines', message: 'Geef ten minste één deadline.' });
    deadlines.forEach((d, i) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(d.date)) wrong.push({ field: `deadlines.${i}.date`, message: 'Vul een datum in.' });
      if (!d.label.trim()) wrong.push({ field: `deadlines.${i}.label`, message: 'Zeg wat er op deze datum klaar moet zijn.' });
    });
    if (wrong.length) return setError(new ApiError(400, { errors: wrong } as Partial<Problem>));
    const body = { owner, description, deadlines, state: state as State };
    try {
      if (action) await call(api.PATCH('/action-plan/actions/{id}', { params: { path: { id: action.id } }, body }));
      else await call(api.POST('/action-plan/actions', { body }));
      setError(null);
      setDone(true);
      if (!action) {
        setOwner('');
        setDescription('');
        setState('open');
        setDeadlines([{ date: '', label: '' }]);
      }
      onSaved();
    } catch (err) {
      setError(err);
    }
  }

  return (
    <form onSubmit={save} noValidate aria-labelledby="action-form" className="tp-section">
      <h2 id="action-form" className="utrecht-heading-2">
        {action ? 'Actie wijzigen' : 'Actie toevoegen'}
      </h2>
      <ErrorSummary error={error} errors={errors} labels={labels} />
      <TextareaField label="Actie" name="description" value={description} onChange={setDescription} error={errors.description} required />
      <TextField label="Eigenaar" name="owner" value={owner} onChange={setOwner} error={errors.owner} description="Een persoon of organisatie." required />
      <SelectField label="Status" name="state" value={state} onChange={setState} error={errors.state} options={Object.entries(ACTION_STATE)} required />
      <fieldset className="tp-fieldset">
        <legend className="utrecht-heading-3">Deadlines</legend>
        {errors.deadlines && <Notice type="error">{errors.deadlines}</Notice>}
        {deadlines.map((d, i) => (
          <div key={i} className="tp-deadline">
            <TextField label={`Deadline ${i + 1}: datum`} name={`deadlines.${i}.date`} type="date" value={d.date} onChange={setDeadline(i, 'date')} error={errors[`deadlines.${i}.date`]} required />
            <TextField label={`Deadline ${i + 1}: omschrijving`} name={`deadlines.${i}.label`} value={d.label} onChange={setDeadline(i, 'label')} error={errors[`deadlines.${i}.label`]} required />
            {deadlines.length > 1 && (
              <Button type="button" appearance="subtle-button" onClick={() => setDeadlines((ds) => ds.filter((_, j) => j !== i))}>
                Deadline {i + 1} verwijderen
              </Button>
            )}
          </div>
        ))}
        <Button type="button" appearance="secondary-action-button" onClick={() => setDeadlines((ds) => [...ds, { date: '', label: '' }])}>
          Deadline toevoegen
        </Button>
      </fieldset>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button">
          {action ? 'Wijziging opslaan' : 'Actie opslaan'}
        </Button>
        {action && (
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            Annuleren
          </Button>
        )}
      </ButtonGroup>
      <div aria-live="polite">{done && <Notice>De actie is opgeslagen.</Notice>}</div>
    </form>
  );
}
