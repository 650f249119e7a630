import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { all, api, call, Schemas } from '../api/client';
import { DataTable, Loading, Notice, PageTitle, problemText, SortableTable, StatusTag, useSort } from '../components/ui';
import { allMatches, vacanciesOf } from '../data';
import { daysLeft, daysLeftText, formatDate, formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { label, MATCH_STATUS_SHORT, PRIORITY_CLASS, RUN_STATUS, RUN_TRIGGER, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';

const waitingDays = (approvedAt: string) => Math.max(0, -daysLeft(approvedAt));

async function loadDashboard() {
  const [queue, live, housed, runs] = await Promise.all([
    all((cursor) => call(api.GET('/queue', { params: { query: { cursor, limit: 500 } } }))),
    Promise.all((['proposed', 'approved', 'accepted', 'client_accepted'] as const).map((s) => allMatches(s))).then((x) => x.flat()),
    allMatches('housed'),
    all((cursor) => call(api.GET('/matching/runs', { params: { query: { cursor, limit: 500 } } }))),
  ]);
  const now = new Date();
  const late = live.filter((m) => m.stepDeadline && daysLeft(m.stepDeadline, now) < 0).sort((a, b) => a.stepDeadline!.localeCompare(b.stepDeadline!));
  const thisMonth = housed.filter((m) => {
    const d = new Date(m.updatedAt);
    return d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth();
  });
  const waits = queue.map((q) => waitingDays(q.approvedAt)).sort((a, b) => a - b);
  const homes = await vacanciesOf(late);
  return {
    queue,
    live,
    late,
    homes,
    placements: thisMonth.length,
    medianWait: waits.length ? waits[Math.floor((waits.length - 1) / 2)] : null,
    longestWait: waits.length ? waits[waits.length - 1] : null,
    runs: runs.slice(-5).reverse(),
  };
}

export function DashboardPage() {
  const ref = useRefData();
  const { data, error, reload } = useLoad(loadDashboard, []);
  const monthName = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric' }).format(new Date());
  return (
    <>
      <PageTitle title="Dashboard">Dashboard {ref.regionName}</PageTitle>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="Het dashboard" />}
      {data && (
        <>
          <ul className="tp-kpis" aria-label="Kerncijfers">
            <li className="tp-kpi">
              <span className="tp-kpi__value">{data.queue.length}</span>
              <span className="tp-kpi__label">in de wachtrij</span>
              <span className="tp-kpi__note">
                {data.medianWait === null ? 'niemand wacht' : `wachttijd mediaan ${data.medianWait} dagen, langste ${data.longestWait} dagen`}
              </span>
            </li>
            <li className="tp-kpi">
              <span className={`tp-kpi__value${data.late.length ? ' tp-kpi__value--alert' : ''}`}>{data.late.length}</span>
              <span className="tp-kpi__label">koppelingen over de termijn</span>
              <span className="tp-kpi__note">van {data.live.length} lopende koppelingen</span>
            </li>
            <li className="tp-kpi">
              <span className="tp-kpi__value">{data.placements}</span>
              <span className="tp-kpi__label">plaatsingen in {monthName}</span>
              <span className="tp-kpi__note">getekende huurcontracten</span>
            </li>
          </ul>
          <MatchingRun onFinished={reload} />
          <Heading2>Lopende koppelingen per stap</Heading2>
          <ul className="tp-inline-list">
            {(['proposed', 'approved', 'accepted', 'client_accepted'] as const).map((s) => (
              <li key={s}>
                <Link to={`/koppelingen?status=${s}`}>
                  {MATCH_STATUS_SHORT[s]}: {data.live.filter((m) => m.status === s).length}
                </Link>
              </li>
            ))}
          </ul>
          <Heading2>Koppelingen over de termijn</Heading2>
          <DataTable caption="Vastgelopen koppelingen, oudste termijn eerst" head={['Woning', 'Stap', 'Termijn', 'Over tijd']} empty={data.late.length === 0 && 'Geen koppelingen over de termijn.'}>
            {data.late.map((m) => (
              <tr key={m.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <Link to={`/koppelingen/${m.id}`}>{data.homes.get(m.vacancyId)?.address ?? ref.neighbourhood(m.neighbourhoodCode)}</Link>
                </td>
                <td className="utrecht-table__cell">{MATCH_STATUS_SHORT[m.status]}</td>
                <td className="utrecht-table__cell">{formatDate(m.stepDeadline)}</td>
                <td className="utrecht-table__cell">
                  <StatusTag tone="late">{daysLeftText(m.stepDeadline)}</StatusTag>
                </td>
              </tr>
            ))}
          </DataTable>
          <Heading2>Laatste matchingsrondes</Heading2>
          <RunsTable runs={data.runs} />
        </>
      )}
    </>
  );
}

function RunsTable({ runs }: { runs: Schemas['MatchingRunResponse'][] }) {
  return (
    <DataTable caption="Matchingsrondes, nieuwste eerst" head={['Gestart', 'Aanleiding', 'Stand', 'Voorstellen']} empty={runs.length === 0 && 'Nog geen rondes.'}>
      {runs.map((r) => (
        <tr key={r.id} className="utrecht-table__row">
          <td className="utrecht-table__cell">{formatDateTime(r.startedAt ?? r.createdAt)}</td>
          <td className="utrecht-table__cell">{label(RUN_TRIGGER, r.trigger)}</td>
          <td className="utrecht-table__cell">{label(RUN_STATUS, r.status)}</td>
          <td className="utrecht-table__cell">{r.proposals}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** Start a regional matching round and follow it until it is done. */
function MatchingRun({ onFinished }: { onFinished(): void }) {
  const [run, setRun] = useState<Schemas['MatchingRunResponse'] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  async function start() {
    setBusy(true);
    setError(null);
    setRun(null);
    try {
      const { runId } = await call(api.POST('/matching/runs'));
      const until = Date.now() + 60_000;
      let r = await call(api.GET('/matching/runs/{id}', { params: { path: { id: runId } } }));
      setRun(r);
      while (!['done', 'failed'].includes(r.status) && Date.now() < until) {
        await new Promise((res) => setTimeout(res, 500));
        r = await call(api.GET('/matching/runs/{id}', { params: { path: { id: runId } } }));
        setRun(r);
      }
      onFinished();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <section className="tp-panel" aria-labelledby="run-title">
      <Heading2 id="run-title">Matchingsronde</Heading2>
      <Paragraph>Een ronde koppelt alle beschikbare woningen in de regio aan de voordrachten in de wachtrij, volgens de regels van de regio.</Paragraph>
      <Button appearance="primary-action-button" onClick={start} busy={busy} disabled={busy}>
        Matchingsronde starten
      </Button>
      <div aria-live="polite" className="tp-run-result">
        {busy && run && <Paragraph>Ronde {label(RUN_STATUS, run.status).toLowerCase()}…</Paragraph>}
        {!busy && run && run.status === 'done' && (
          <Notice>
            De ronde is klaar: {run.proposals === 0 ? 'geen nieuwe voorstellen' : run.proposals === 1 ? '1 nieuw voorstel' : `${run.proposals} nieuwe voorstellen`}.{' '}
            {run.proposals > 0 && <Link to="/koppelingen?status=proposed">Bekijk de voorgestelde koppelingen</Link>}
          </Notice>
        )}
        {!busy && run && run.status === 'failed' && <Notice type="error">De ronde is mislukt; het systeem probeert het automatisch opnieuw.</Notice>}
        {!busy && run && !['done', 'failed'].includes(run.status) && <Notice type="info">De ronde loopt nog; vernieuw de pagina later voor de uitkomst.</Notice>}
        {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      </div>
    </section>
  );
}

export function QueuePage() {
  const ref = useRefData();
  const { sort, toggle, apply } = useSort({ key: 'position', dir: 'ascending' });
  const { data, error } = useLoad(() => all((cursor) => call(api.GET('/queue', { params: { query: { cursor, limit: 500 } } }))), []);
  return (
    <>
      <PageTitle title="Wachtrij">Wachtrij bijzondere bemiddeling</PageTitle>
      <Paragraph lead>Goedgekeurde voordrachten in volgorde: eerst prioriteit, dan de datum van goedkeuring (langst wachtend eerst).</Paragraph>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="De wachtrij" />}
      {data && (
        <SortableTable
          caption={`${data.length} ${data.length === 1 ? 'voordracht' : 'voordrachten'} in de wachtrij`}
          head={[['Plaats', 'position'], ['Voordracht', 'woonvariant'], ['Herkomst', 'origin'], ['Prioriteit', 'priority'], ['Goedgekeurd', 'approved'], ['Wacht', 'waiting']]}
          sort={sort}
          onSort={toggle}
          empty={data.length === 0 && 'De wachtrij is leeg.'}
        >
          {apply(data, {
            position: (q) => q.position,
            woonvariant: (q) => label(WOONVARIANT, q.woonvariant),
            origin: (q) => ref.municipality(q.originMunicipalityCode),
            priority: (q) => (q.priorityClass === 'urgent' ? 0 : 1),
            approved: (q) => q.approvedAt,
            waiting: (q) => waitingDays(q.approvedAt),
          }).map((q) => (
            <tr key={q.nominationId} className="utrecht-table__row">
              <td className="utrecht-table__cell">{q.position}</td>
              <td className="utrecht-table__cell">
                <Link to={`/voordrachten/${q.nominationId}`}>{label(WOONVARIANT, q.woonvariant)}</Link>
              </td>
              <td className="utrecht-table__cell">{ref.municipality(q.originMunicipalityCode)}</td>
              <td className="utrecht-table__cell">{label(PRIORITY_CLASS, q.priorityClass)}</td>
              <td className="utrecht-table__cell">{formatDate(q.approvedAt)}</td>
              <td className="utrecht-table__cell">{waitingDays(q.approvedAt)} dagen</td>
            </tr>
          ))}
        </SortableTable>
      )}
    </>
  );
}
