import { Button, ButtonGroup, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError, call, getToken } from '../api/client';
import { useMe } from '../auth';
import { DataTable, ErrorSummary, errorsOf, Loading, Notice, PageTitle, Pager, problemText, SelectField, TextField } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad, usePaged } from '../hooks';
import { AUDIT_ACTION, label, ROLE } from '../labels';

interface Filters {
  clientId: string;
  actorId: string;
  action: string;
  from: string;
  to: string;
}
const EMPTY: Filters = { clientId: '', actorId: '', action: '', from: '', to: '' };
const LABELS: Record<keyof Filters, string> = { clientId: 'Cliënt (id)', actorId: 'Gebruiker (id)', action: 'Handeling', from: 'Vanaf', to: 'Tot' };

type AuditEvent = { id: string; at: string; userEmail: string | null; role: string | null; organisationName: string | null; action: string; objectType: string; objectId: string; clientId: string | null; ip: string | null; grounds: string | null };

/** The rows of the audit trail: who, from which organisation, did what, when, from where and why. */
function AuditRows({ items, caption, empty }: { items: AuditEvent[]; caption: string; empty: string | false }) {
  return (
    <DataTable caption={caption} head={['Moment', 'Wie', 'Organisatie', 'Handeling', 'Cliënt', 'Grondslag', 'Vanaf']} empty={empty}>
      {items.map((e) => (
        <tr key={e.id} className="utrecht-table__row">
          <td className="utrecht-table__cell">{formatDateTime(e.at)}</td>
          <td className="utrecht-table__cell">
            {e.userEmail ?? '—'}
            <br />
            <small>{label(ROLE, e.role)}</small>
          </td>
          <td className="utrecht-table__cell">{e.organisationName ?? '—'}</td>
          <td className="utrecht-table__cell">{label(AUDIT_ACTION, e.action)}</td>
          <td className="utrecht-table__cell">{e.clientId ? <code>{e.clientId.slice(0, 8)}</code> : '—'}</td>
          <td className="utrecht-table__cell">{e.grounds ?? '—'}</td>
          <td className="utrecht-table__cell">{e.ip ?? '—'}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Downloads a client's access report (CSV) for an inzageverzoek. */
async function downloadAccessReport(clientId: string): Promise<void> {
  const res = await fetch(`/api/v1/clients/${encodeURIComponent(clientId)}/access-report?format=csv`, { headers: { Authorization: `Bearer ${getToken()}`, Accept: 'text/csv' } });
  if (!res.ok) throw new ApiError(res.status, await res.json().catch(() => ({})));
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = `inzageoverzicht-${clientId}.csv`;
  document.body.appendChild(a);
  a.click();
  a.remove();
  URL.revokeObjectURL(url);
}

/** Audit: the trail of the region for the privacy officer and the coordinator, with a client's access report. */
export function AuditPage() {
  const [form, setForm] = useState<Filters>(EMPTY);
  const [applied, setApplied] = useState<Filters>(EMPTY);
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const list = usePaged(
    (cursor) =>
      call(
        api.GET('/audit-events', {
          params: {
            query: {
              cursor,
              limit: 25,
              ...(applied.clientId ? { clientId: applied.clientId } : {}),
              ...(applied.actorId ? { actorId: applied.actorId } : {}),
              ...(applied.action ? { action: applied.action as never } : {}),
              ...(applied.from ? { from: applied.from } : {}),
              ...(applied.to ? { to: applied.to } : {}),
            },
          },
        }),
      ),
    [applied],
  );
  const errors = errorsOf(list.error);
  const set = (k: keyof Filters) => (v: string) => setForm((f) => ({ ...f, [k]: v }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setApplied({ ...form, clientId: form.clientId.trim(), actorId: form.actorId.trim() });
  };
  const download = async () => {
    setDownloadError(null);
    try {
      await downloadAccessReport(applied.clientId);
    } catch (e) {
      setDownloadError(e);
    }
  };
  return (
    <>
      <PageTitle title="Audit">Audit: wie zag of wijzigde wat</PageTitle>
      <Paragraph lead>
        Elke inzage en wijziging van persoonsgegevens van cliënten en elk besluit, met wie het deed, van welke organisatie, wanneer, vanaf welk adres en op welke grondslag. Ook uw eigen
        inzage in dit logboek wordt vastgelegd.
      </Paragraph>
      <form onSubmit={submit} noValidate aria-label="Filters">
        <ErrorSummary error={list.error} errors={errors} labels={LABELS} />
        <TextField label={LABELS.clientId} name="clientId" value={form.clientId} onChange={set('clientId')} error={errors.clientId} description="Het id van de cliënt; nodig voor het inzageoverzicht." />
        <TextField label={LABELS.actorId} name="actorId" value={form.actorId} onChange={set('actorId')} error={errors.actorId} />
        <SelectField label={LABELS.action} name="action" value={form.action} onChange={set('action')} error={errors.action} placeholder="Alle handelingen" options={Object.entries(AUDIT_ACTION)} />
        <TextField label={LABELS.from} name="from" type="date" value={form.from} onChange={set('from')} error={errors.from} />
        <TextField label={LABELS.to} name="to" type="date" value={form.to} onChange={set('to')} error={errors.to} description="Tot het begin van deze dag." />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button">
            Zoeken
          </Button>
          {applied.clientId && !list.error ? (
            <Button type="button" appearance="secondary-action-button" onClick={download}>
              Inzageoverzicht van deze cliënt downloaden (CSV)
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
      {downloadError ? <Notice type="error">{problemText(downloadError)}</Notice> : null}
      {list.error && !Object.keys(errors).length ? <Notice type="error">{problemText(list.error)}</Notice> : null}
      {list.loading && <Loading what="Het logboek" />}
      {list.data && (
        <>
          <AuditRows items={list.items} caption="Logboek, nieuwste eerst" empty={list.items.length === 0 && 'Geen vastleggingen die aan de filters voldoen.'} />
          <Pager page={list.page} hasNext={list.hasNext} onPrevious={list.previous} onNext={list.next} />
        </>
      )}
    </>
  );
}

/** Te doen of the privacy officer: the latest accesses in the region, and the way to the full trail. */
export function PrivacyTodoPage() {
  const me = useMe();
  const { data, error } = useLoad(() => call(api.GET('/audit-events', { params: { query: { limit: 10 } } })), [me.id]);
  return (
    <>
      <PageTitle title="Te doen">Te doen</PageTitle>
      <Paragraph lead>De laatste inzages en wijzigingen in de regio. Zoek in het volledige logboek of maak een inzageoverzicht voor een cliënt op de pagina Audit.</Paragraph>
      <ButtonGroup>
        <Link to="/audit" className="utrecht-button-link utrecht-button-link--primary-action-button">
          Naar het logboek
        </Link>
      </ButtonGroup>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="De laatste inzages" />}
      {data && <AuditRows items={data.items} caption="De laatste 10 vastleggingen" empty={data.items.length === 0 && 'Nog niets vastgelegd.'} />}
    </>
  );
}
