import { Button, ButtonGroup, Heading2, Heading3, Paragraph } from '@utrecht/component-library-react';
import { FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, call, Schemas } from '../api/client';
import { Role, useMe } from '../auth';
import { DataTable, ErrorSummary, Errors, errorsOf, Loading, Notice, PageTitle, problemText, SelectField, StatusTag, TechnicalDetail, TextareaField, TextField } from '../components/ui';
import { Match, Vacancy, vacanciesOf } from '../data';
import { PagedList } from '../components/PagedList';
import { historyNote, ruleText } from '../explain';
import { daysLeft, daysLeftText, formatDate, formatDateTime, formatMoney, isoToday } from '../format';
import { useLoad } from '../hooks';
import {
  ACTOR, CONSTRUCTION, DECLINE_REASON, NEEDS, SUPPORT_INTENSITY, DECLINE_REASONS_FOR, EVENT, label, LIVE_MATCH_STATUSES, MATCH_STATUS, MATCH_STATUS_SHORT, PRIORITY_CLASS, RULE, STEP_ACTION, STEP_PARTY,
  WOONVARIANT,
} from '../labels';
import { useRefData } from '../refdata';

const STATUS_OPTIONS = Object.entries(MATCH_STATUS_SHORT) as Array<[string, string]>;

export function MatchesPage() {
  const ref = useRefData();
  return (
    <>
      <PageTitle title="Koppelingen">Koppelingen</PageTitle>
      <Paragraph lead>Voorgestelde en lopende koppelingen van een woning aan een voordracht, met de stap die aan de beurt is.</Paragraph>
      <PagedList<{ m: Match; v: Vacancy | null }>
        what="Koppelingen"
        caption="Koppelingen"
        statuses={STATUS_OPTIONS}
        load={async (q) => {
          const page = await call(api.GET('/matches', { params: { query: { ...q, status: q.status as Match['status'] | undefined, sort: q.sort as 'createdAt' } } }));
          const homes = await vacanciesOf(page.items);
          return { ...page, items: page.items.map((m) => ({ m, v: homes.get(m.vacancyId) ?? null })) };
        }}
        rowKey={({ m }) => m.id}
        empty="Geen koppelingen gevonden."
        columns={[
          {
            label: 'Woning',
            cell: ({ m, v }) => (
              <Link to={`/koppelingen/${m.id}`} className="utrecht-link">
                {v?.address ?? `Woning in ${ref.neighbourhood(m.neighbourhoodCode)}`}
              </Link>
            ),
          },
          { label: 'Gemeente', sort: 'municipality', cell: ({ m }) => ref.municipality(m.destinationMunicipalityCode) },
          { label: 'Cliënt uit', cell: ({ m }) => ref.municipality(m.originMunicipalityCode) },
          { label: 'Stand', sort: 'status', cell: ({ m }) => MATCH_STATUS_SHORT[m.status] },
          { label: 'Termijn', sort: 'deadline', cell: ({ m }) => (m.stepDeadline ? `${formatDate(m.stepDeadline)} (${daysLeftText(m.stepDeadline)})` : '—') },
          { label: 'Voorgesteld', sort: 'createdAt', cell: ({ m }) => formatDate(m.createdAt) },
        ]}
      />
    </>
  );
}

/** Whether the user's organisation takes the step at this status. */
function isMyStep(role: Role, m: Match, myMunicipality: string | null): boolean {
  const party = STEP_PARTY[m.status];
  if (!party || party !== role) return false;
  return role !== 'municipal_officer' || m.destinationMunicipalityCode === myMunicipality;
}

const STEPS: Array<[string, string]> = [
  ['proposed', 'Voorstel door de matching'],
  ['approved', 'Goedkeuring gemeente van bestemming'],
  ['accepted', 'Acceptatie door de corporatie'],
  ['client_accepted', 'Acceptatie namens de cliënt'],
  ['housed', 'Huurcontract getekend'],
];

export function MatchDetailPage() {
  const { id = '' } = useParams();
  const me = useMe();
  const ref = useRefData();
  const [message, setMessage] = useState<string | null>(null);
  const [conflict, setConflict] = useState<unknown>(null);
  const { data, error, reload } = useLoad(async () => {
    const m = await call(api.GET('/matches/{id}', { params: { path: { id } } }));
    const v = await call(api.GET('/vacancies/{id}', { params: { path: { id: m.vacancyId } } })).catch(() => null);
    return { m, v };
  }, [id]);

  if (error) return <ErrorPage error={error} />;
  if (!data) return <Loading what="De koppeling" />;
  const { m, v } = data;
  const mine = isMyStep(me.role, m, me.municipality?.code ?? null);
  const live = (LIVE_MATCH_STATUSES as readonly string[]).includes(m.status);
  const reached = STEPS.findIndex(([s]) => s === m.status);
  const done = (action: string) => {
    setConflict(null);
    setMessage(action);
    reload();
  };
  /** Someone else moved first: show the match as it is now, and say so. */
  const conflicted = (err: unknown) => {
    setMessage(null);
    setConflict(err);
    reload();
  };
  const title = v ? v.address : `Woning in ${ref.neighbourhood(m.neighbourhoodCode)}`;
  return (
    <>
      <PageTitle title={`Koppeling ${title}`}>Koppeling: {title}</PageTitle>
      {message && <Notice>{message}</Notice>}
      {conflict ? (
        <div role="alert" className="tp-conflict">
          <Notice type="warning">
            Dit kon niet meer: de koppeling is intussen veranderd, bijvoorbeeld doordat een andere partij al een stap heeft gezet of de termijn is verlopen. De stand is
            nu: {MATCH_STATUS[m.status].toLowerCase()}.
          </Notice>
          <TechnicalDetail error={conflict} />
        </div>
      ) : null}
      <dl className="tp-facts">
        <dt>Stand</dt>
        <dd>
          <StatusTag tone={m.status === 'housed' ? 'done' : live ? 'action' : 'stopped'}>{MATCH_STATUS[m.status]}</StatusTag>
        </dd>
        {live && (
          <>
            <dt>Termijn van deze stap</dt>
            <dd>
              {m.stepDeadline ? (
                <>
                  {formatDate(m.stepDeadline)} <StatusTag tone={daysLeft(m.stepDeadline) < 0 ? 'late' : 'action'}>{daysLeftText(m.stepDeadline)}</StatusTag>
                </>
              ) : (
                'geen termijn'
              )}
            </dd>
          </>
        )}
        <dt>Woning</dt>
        <dd>
          {v ? (
            <>
              {v.address}, {ref.neighbourhood(v.neighbourhoodCode)} ({ref.municipality(v.municipalityCode)}) · {label(WOONVARIANT, v.woonvariant)} · {v.rooms}{' '}
              {v.rooms === 1 ? 'kamer' : 'kamers'} · huur {formatMoney(v.rent)} per maand · beschikbaar vanaf {formatDate(v.availableFrom)}
            </>
          ) : (
            `In ${ref.neighbourhood(m.neighbourhoodCode)} (${ref.municipality(m.destinationMunicipalityCode)})`
          )}
        </dd>
        <dt>Kandidaat</dt>
        <dd>
          {m.candidate ? (
            <>
              {m.candidate.reference}: huishouden van {m.candidate.householdSize}
              {m.candidate.homeNeeds.length ? `, nodig: ${m.candidate.homeNeeds.map((x) => label(NEEDS, x).toLowerCase()).join(', ')}` : ''}, {label(CONSTRUCTION, m.candidate.construction).toLowerCase()}, begeleiding{' '}
              {m.candidate.supportProvider ?? 'niet opgegeven'}
              {m.candidate.supportIntensity ? ` (${label(SUPPORT_INTENSITY, m.candidate.supportIntensity).toLowerCase()})` : ''}.{' '}
            </>
          ) : null}
          {m.explanation.priorityClass && m.explanation.approvedAt
            ? `Prioriteit ${label(PRIORITY_CLASS, m.explanation.priorityClass).toLowerCase()}, goedgekeurd op ${formatDate(m.explanation.approvedAt)}, plaats ${m.explanation.queuePosition} in de wachtrij van deze ronde.`
            : 'De gegevens van deze cliënt zijn gewist.'}
          {me.role === 'care_provider' || me.role === 'municipal_officer' || me.role === 'coordinator' ? (
            <>
              {' '}
              <Link to={`/voordrachten/${m.nominationId}`}>Voordracht bekijken</Link>
            </>
          ) : null}
        </dd>
        {m.declineReasonCode && (
          <>
            <dt>Reden van afwijzing</dt>
            <dd>
              {label(DECLINE_REASON, m.declineReasonCode)}
              {m.declineNote ? `: ${m.declineNote}` : ''}
            </dd>
          </>
        )}
      </dl>

      <Heading2>Stappen</Heading2>
      <ol className="tp-steps">
        {STEPS.map(([s, text], i) => {
          const state =
            m.status === 'housed' ? 'done' : live ? (i <= reached ? 'done' : i === reached + 1 ? 'current' : 'todo') : i <= lastReached(m) ? 'done' : 'stopped';
          return (
            <li key={s} className={`tp-step tp-step--${state}`}>
              {text}
              <span className="tp-visually-hidden">
                {state === 'done' ? ' (gedaan)' : state === 'current' ? ' (aan de beurt)' : state === 'stopped' ? ' (niet bereikt)' : ' (nog niet)'}
              </span>
            </li>
          );
        })}
      </ol>

      {live && mine && (
        <StepActions m={m} vacancyConstructions={v?.constructions ?? ['regulier', 'omklap', 'onder_voorwaarden']} availableFrom={v?.availableFrom} onDone={done} onConflict={conflicted} />
      )}
      {live && !mine && me.role !== 'coordinator' && (
        <Paragraph>
          Aan de beurt: <strong>{label(ACTOR, STEP_PARTY[m.status])}</strong> ({STEP_ACTION[m.status].toLowerCase()}).
        </Paragraph>
      )}
      {live && me.role === 'coordinator' && <CancelForm id={m.id} onDone={done} />}

      <Heading2>Waarom deze koppeling</Heading2>
      <Paragraph>
        De cliënt stond op plaats {m.explanation.queuePosition} in de wachtrij van deze ronde
        {m.explanation.priorityClass && m.explanation.approvedAt
          ? ` (prioriteit ${label(PRIORITY_CLASS, m.explanation.priorityClass).toLowerCase()}, goedgekeurd op ${formatDate(m.explanation.approvedAt)})`
          : ''}
        . De matching plaatst cliënten in de volgorde van de wachtrij: niemand die hoger staat en geplaatst kon
        worden, is overgeslagen. Daarna zijn de woningen zo verdeeld dat zo veel mogelijk cliënten een woning krijgen die zo goed mogelijk past.
      </Paragraph>
      {m.explanation.summary && (
        <details className="tp-technical">
          <summary>Toelichting van de matching (Engels)</summary>
          <Paragraph>{m.explanation.summary}</Paragraph>
        </details>
      )}
      <Paragraph>
        {m.explanation.higherRankedNotEligible === 0
          ? 'Geen kandidaat hoger in de wachtrij paste op deze woning.'
          : `${m.explanation.higherRankedNotEligible} ${m.explanation.higherRankedNotEligible === 1 ? 'kandidaat' : 'kandidaten'} hoger in de wachtrij ${m.explanation.higherRankedNotEligible === 1 ? 'paste' : 'pasten'} niet op deze woning.`}
      </Paragraph>
      <DataTable caption="Getoetste regels" head={['Regel', 'Uitkomst', 'Toelichting']}>
        {[...m.explanation.rules, ...(m.explanation.additionalRules ?? [])].map((r) => (
          <tr key={r.rule} className="utrecht-table__row">
            <td className="utrecht-table__cell">{label(RULE, r.rule)}</td>
            <td className="utrecht-table__cell">{r.passed ? 'Voldoet' : 'Voldoet niet'}</td>
            <td className="utrecht-table__cell">{ruleText(r, ref)}</td>
          </tr>
        ))}
      </DataTable>

      <Heading2>Geschiedenis</Heading2>
      <ol className="tp-history">
        {m.history.map((h, i) => (
          <li key={i}>
            <Heading3 className="tp-history__title">{label(EVENT, h.type)}</Heading3>
            <Paragraph>
              {formatDateTime(h.at)} · door {label(ACTOR, h.actorRole ?? 'system')}
              {h.reasonCode ? ` · reden: ${label(DECLINE_REASON, h.reasonCode)}` : ''}
            </Paragraph>
            {h.note && historyNote(h.type, h.note) && <Paragraph className="tp-history__note">{historyNote(h.type, h.note)}</Paragraph>}
          </li>
        ))}
      </ol>
    </>
  );
}

/** The last step a match that stopped had reached (from its history). */
function lastReached(m: Schemas['MatchDetailResponse']): number {
  const from = [...m.history].reverse().find((h) => ['declined', 'expired', 'cancelled'].includes(h.type))?.fromStatus ?? 'proposed';
  return STEPS.findIndex(([s]) => s === from);
}

function StepActions({
  m,
  vacancyConstructions,
  availableFrom,
  onDone,
  onConflict,
}: {
  m: Match;
  vacancyConstructions: string[];
  availableFrom?: string;
  onDone(msg: string): void;
  onConflict(e: unknown): void;
}) {
  const me = useMe();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [startDate, setStartDate] = useState(availableFrom && availableFrom > isoToday() ? availableFrom : isoToday());
  const [construction, setConstruction] = useState(vacancyConstructions[0] ?? 'regulier');
  const errors: Errors = errorsOf(error);
  const path = { params: { path: { id: m.id } } };

  async function act(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (m.status === 'proposed') await call(api.POST('/matches/{id}/approve', path));
      else if (m.status === 'approved') await call(api.POST('/matches/{id}/accept', path));
      else if (m.status === 'accepted') await call(api.POST('/matches/{id}/client-accept', path));
      else if (m.status === 'client_accepted')
        await call(api.POST('/matches/{id}/lease-signed', { ...path, body: { startDate, construction: construction as 'regulier' | 'omklap' | 'onder_voorwaarden' } }));
      onDone(
        m.status === 'client_accepted'
          ? 'Het getekende huurcontract is geregistreerd. De cliënt is gehuisvest.'
          : `Gedaan: ${STEP_ACTION[m.status].toLowerCase()}. De volgende partij is aan de beurt.`,
      );
    } catch (err) {
      if (err instanceof ApiError && err.status === 409) onConflict(err);
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="step-title" className="tp-panel">
      <Heading2 id="step-title">Uw stap: {STEP_ACTION[m.status].toLowerCase()}</Heading2>
      <ErrorSummary error={error} errors={errors} labels={{ startDate: 'Ingangsdatum', construction: 'Huurconstructie' }} />
      <form onSubmit={act} noValidate>
        {m.status === 'client_accepted' && (
          <>
            <TextField label="Ingangsdatum huurcontract" name="startDate" type="date" value={startDate} onChange={setStartDate} error={errors.startDate} required />
            <SelectField
              label="Huurconstructie"
              name="construction"
              value={construction}
              onChange={setConstruction}
              options={vacancyConstructions.map((c) => [c, label(CONSTRUCTION, c)])}
              error={errors.construction}
              required
            />
          </>
        )}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
            {STEP_ACTION[m.status]}
          </Button>
        </ButtonGroup>
      </form>
      <DeclineForm id={m.id} role={me.role} onDone={onDone} />
    </section>
  );
}

function DeclineForm({ id, role, onDone }: { id: string; role: string; onDone(msg: string): void }) {
  const [open, setOpen] = useState(false);
  const [reasonCode, setReasonCode] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const errors = errorsOf(error, { reasonCode, note });
  if (!open)
    return (
      <Button appearance="secondary-action-button" onClick={() => setOpen(true)} aria-expanded={false}>
        Afwijzen…
      </Button>
    );
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const r = await call(api.POST('/matches/{id}/decline', { params: { path: { id } }, body: { reasonCode: reasonCode as 'other', note: note || undefined } }));
      const c = r.refusalConsequence;
      onDone(
        'De koppeling is afgewezen. Woning en voordracht gaan terug naar de matching.' +
          (c?.kind === 'cool_down' ? ` Omdat het aanbod zonder goede reden is geweigerd, krijgt de cliënt tot ${formatDate(c.until)} geen nieuwe woning voorgesteld (afkoelperiode).` : '') +
          (c?.kind === 'loss_of_priority' ? ' Omdat het aanbod zonder goede reden is geweigerd, vervalt de voorrang: de cliënt sluit achteraan aan in de gewone wachtrij.' : ''),
      );
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} noValidate className="tp-subform" aria-label="Koppeling afwijzen">
      <Heading3>Koppeling afwijzen</Heading3>
      <ErrorSummary error={error} errors={errors} labels={{ reasonCode: 'Reden', note: 'Toelichting' }} />
      <SelectField
        label="Reden"
        name="reasonCode"
        value={reasonCode}
        onChange={setReasonCode}
        placeholder="Kies een reden"
        options={(DECLINE_REASONS_FOR[role] ?? Object.keys(DECLINE_REASON)).map((c) => [c, label(DECLINE_REASON, c)])}
        error={errors.reasonCode}
        required
      />
      {reasonCode === 'client_refused_without_reason' && (
        <Notice type="warning">Weigeren zonder goede reden heeft volgens het regionale beleid gevolgen voor de cliënt: een afkoelperiode of het verlies van voorrang.</Notice>
      )}
      <TextareaField label="Toelichting" name="note" value={note} onChange={setNote} error={errors.note} />
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" busy={busy} disabled={busy}>
          Afwijzen
        </Button>
        <Button appearance="subtle-button" onClick={() => setOpen(false)}>
          Annuleren
        </Button>
      </ButtonGroup>
    </form>
  );
}

function CancelForm({ id, onDone }: { id: string; onDone(msg: string): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const errors = errorsOf(error, { reason });
  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    try {
      await call(api.POST('/matches/{id}/cancel', { params: { path: { id } }, body: { reason } }));
      onDone('De koppeling is geannuleerd. Woning en voordracht gaan terug naar de matching.');
    } catch (err) {
      setError(err);
    }
  }
  return (
    <section aria-labelledby="cancel-title" className="tp-panel">
      <Heading2 id="cancel-title">Vastgelopen koppeling annuleren</Heading2>
      <ErrorSummary error={error} errors={errors} labels={{ reason: 'Reden' }} />
      <form onSubmit={submit} noValidate>
        <TextareaField label="Reden van annuleren" name="reason" value={reason} onChange={setReason} error={errors.reason} required />
        <Button type="submit" appearance="secondary-action-button">
          Koppeling annuleren
        </Button>
      </form>
    </section>
  );
}

export function ErrorPage({ error }: { error: unknown }) {
  return (
    <>
      <PageTitle title="Niet beschikbaar">Niet beschikbaar</PageTitle>
      <Notice type="error">{problemText(error)}</Notice>
      <Paragraph>
        <Link to="/">Terug naar Te doen</Link>
      </Paragraph>
    </>
  );
}
