import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, call, Schemas } from '../api/client';
import { useMe } from '../auth';
import { ErrorSummary, errorsOf, Loading, Notice, PageTitle, SelectField, StatusTag, TextareaField, TextField } from '../components/ui';
import { historyNote } from '../explain';
import { formatDate, isoToday } from '../format';
import { useLoad } from '../hooks';
import { ACTOR, CONSTRUCTION, EVENT, label, LEASEHOLDER } from '../labels';
import { useRefData } from '../refdata';
import { ErrorPage } from './Matches';

export const TENANCY_EVENT: Record<string, string> = {
  time_out: 'Time-out: tijdelijk terug naar een beschermde plek',
  returned: 'Terug van time-out',
  overlast: 'Melding van overlast',
  aanzegging: 'Aanzegging (waarschuwing voor ontruiming)',
  huisuitzetting: 'Huisuitzetting',
  ended: 'Huurcontract beëindigd',
};
export const EVALUATION_OUTCOME: Record<string, string> = {
  convert: 'Omklappen: het huurcontract gaat op naam van de cliënt (of de voorwaarden vervallen)',
  extend: 'Verlengen: een volgende evaluatie',
  end: 'Beëindigen',
};
const END_REASON: Record<string, string> = { evaluation: 'na evaluatie', huisuitzetting: 'huisuitzetting', ended: 'beëindigd' };
const TIMELINE_TYPE: Record<string, string> = {
  ...EVENT,
  started: 'Huurcontract ingegaan',
  convert: 'Evaluatie: omgeklapt',
  extend: 'Evaluatie: verlengd',
  end: 'Evaluatie: beëindigd',
  ...TENANCY_EVENT,
};

type Tenancy = Schemas['TenancyResponse'];

/** A tenancy followed after the move: its facts, its timeline (from the proposal on) and, for its parties, evaluations and events. */
export function TenancyPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const ref = useRefData();
  const [message, setMessage] = useState<string | null>(null);
  const { data, error, reload } = useLoad(() => call(api.GET('/tenancies/{id}/timeline', { params: { path: { id } } })), [id]);
  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="Het huurcontract" />;
  const t = data.tenancy;
  const party = me.role === 'corporation' || me.role === 'care_provider';
  const done = (msg: string) => {
    setMessage(msg);
    reload();
  };
  return (
    <>
      <PageTitle title="Huurcontract">Huurcontract in {ref.neighbourhood(t.neighbourhoodCode)}</PageTitle>
      {message && <Notice>{message}</Notice>}
      <dl className="tp-facts">
        <dt>Stand</dt>
        <dd>
          <StatusTag tone={t.status === 'live' ? (t.onTimeOut ? 'late' : 'action') : 'stopped'}>
            {t.status === 'live' ? (t.onTimeOut ? 'Lopend, cliënt in time-out' : 'Lopend') : `Beëindigd op ${formatDate(t.endDate)}${t.endReason ? ` (${label(END_REASON, t.endReason)})` : ''}`}
          </StatusTag>
        </dd>
        <dt>Ingang</dt>
        <dd>{formatDate(t.startDate)}</dd>
        <dt>Woning</dt>
        <dd>
          {ref.neighbourhood(t.neighbourhoodCode)} ({ref.municipality(t.municipalityCode)}), cliënt uit {ref.municipality(t.originMunicipalityCode)}
        </dd>
        <dt>Constructie</dt>
        <dd>
          {label(CONSTRUCTION, t.construction)}; huurder: {label(LEASEHOLDER, t.leaseholder).toLowerCase()}
          {t.convertedOn ? `, omgeklapt op ${formatDate(t.convertedOn)}` : ''}
        </dd>
        {t.nextEvaluationDate && (
          <>
            <dt>Volgende evaluatie</dt>
            <dd>
              {formatDate(t.nextEvaluationDate)}
              {t.extensions ? ` (${t.extensions} keer verlengd)` : ''}
            </dd>
          </>
        )}
        {t.conditionsEndDate && (
          <>
            <dt>Voorwaarden tot</dt>
            <dd>{formatDate(t.conditionsEndDate)}</dd>
          </>
        )}
        {t.onTimeOut && (
          <>
            <dt>Verwachte terugkeer</dt>
            <dd>{formatDate(t.expectedReturnDate)}</dd>
          </>
        )}
      </dl>
      <Paragraph>
        <Link to={`/koppelingen/${t.matchId}`}>De koppeling bekijken</Link>
      </Paragraph>
      {party && t.status === 'live' && (
        <>
          {t.construction !== 'regulier' && <EvaluationForm t={t} onDone={done} />}
          <EventForm t={t} onDone={done} />
        </>
      )}
      <Heading2>Tijdlijn</Heading2>
      <ol className="tp-history">
        {[...data.items]
          // by the day it happened; the start of the lease first on its day, then in the order recorded
          .sort((a, b) => a.date.localeCompare(b.date) || Number(b.kind === 'tenancy') - Number(a.kind === 'tenancy') || a.at.localeCompare(b.at))
          .map((h, i) => {
          const note = h.note ? historyNote(h.type, h.note) : null;
          return (
            <li key={i}>
              <h3 className="utrecht-heading-3 tp-history__title">{label(TIMELINE_TYPE, h.type)}</h3>
              <Paragraph>
                {formatDate(h.date)}
                {h.kind !== 'tenancy' ? ` · door ${label(ACTOR, h.actorRole ?? 'system')}` : ''}
                {h.expectedReturnDate ? ` · terug verwacht op ${formatDate(h.expectedReturnDate)}` : ''}
              </Paragraph>
              {note && h.kind !== 'tenancy' && <Paragraph className="tp-history__note">{note}</Paragraph>}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function EvaluationForm({ t, onDone }: { t: Tenancy; onDone(m: string): void }) {
  const [f, setF] = useState({ date: isoToday(), outcome: '', note: '' });
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error, f);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(api.POST('/tenancies/{id}/evaluations', { params: { path: { id: t.id } }, body: { date: f.date, outcome: f.outcome as 'extend', note: f.note || undefined } }));
      setF({ date: isoToday(), outcome: '', note: '' });
      onDone('De evaluatie is vastgelegd.');
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="tp-panel" aria-label="Evaluatie vastleggen">
      <Heading2>Evaluatie vastleggen</Heading2>
      <ErrorSummary error={error} errors={errors} labels={{ date: 'Datum', outcome: 'Uitkomst', note: 'Toelichting' }} />
      <TextField label="Datum van de evaluatie" name="date" type="date" value={f.date} onChange={(date) => setF((x) => ({ ...x, date }))} error={errors.date} width="s" required />
      <SelectField label="Uitkomst" name="outcome" value={f.outcome} onChange={(outcome) => setF((x) => ({ ...x, outcome }))} placeholder="Kies een uitkomst" options={Object.entries(EVALUATION_OUTCOME)} error={errors.outcome} required />
      <TextareaField label="Toelichting" name="note" value={f.note} onChange={(note) => setF((x) => ({ ...x, note }))} error={errors.note} />
      <Button type="submit" appearance="secondary-action-button">
        Evaluatie vastleggen
      </Button>
    </form>
  );
}

function EventForm({ t, onDone }: { t: Tenancy; onDone(m: string): void }) {
  const [f, setF] = useState({ type: '', date: isoToday(), expectedReturnDate: '', note: '' });
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error, f);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(
        api.POST('/tenancies/{id}/events', {
          params: { path: { id: t.id } },
          body: { type: f.type as 'overlast', date: f.date, expectedReturnDate: f.type === 'time_out' && f.expectedReturnDate ? f.expectedReturnDate : undefined, note: f.note || undefined },
        }),
      );
      setF({ type: '', date: isoToday(), expectedReturnDate: '', note: '' });
      onDone('De gebeurtenis is vastgelegd.');
    } catch (err) {
      setError(err);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="tp-panel" aria-label="Gebeurtenis melden">
      <Heading2>Gebeurtenis melden</Heading2>
      <ErrorSummary error={error} errors={errors} labels={{ type: 'Soort', date: 'Datum', expectedReturnDate: 'Verwachte terugkeer', note: 'Toelichting' }} />
      <SelectField
        label="Soort gebeurtenis"
        name="type"
        value={f.type}
        onChange={(type) => setF((x) => ({ ...x, type }))}
        placeholder="Kies wat er gebeurde"
        options={Object.entries(TENANCY_EVENT).filter(([k]) => (t.onTimeOut ? k !== 'time_out' : k !== 'returned'))}
        error={errors.type}
        required
      />
      <TextField label="Datum" name="eventDate" type="date" value={f.date} onChange={(date) => setF((x) => ({ ...x, date }))} error={errors.date} width="s" required />
      {f.type === 'time_out' && (
        <TextField label="Verwachte terugkeer" name="expectedReturnDate" type="date" value={f.expectedReturnDate} onChange={(expectedReturnDate) => setF((x) => ({ ...x, expectedReturnDate }))} error={errors.expectedReturnDate} width="s" />
      )}
      <TextareaField label="Toelichting" name="eventNote" value={f.note} onChange={(note) => setF((x) => ({ ...x, note }))} error={errors.note} />
      <Button type="submit" appearance="secondary-action-button">
        Gebeurtenis melden
      </Button>
    </form>
  );
}
