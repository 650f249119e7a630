import { Paragraph } from '@utrecht/component-library-react';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { Me, useMe } from '../auth';
import { Loading, Notice, PageTitle, problemText, SortableTable, StatusTag, useSort } from '../components/ui';
import { all, api, call } from '../api/client';
import { allMatches, allNominations, Match, vacanciesOf } from '../data';
import { daysLeft, daysLeftText, formatDate } from '../format';
import { useLoad } from '../hooks';
import { label, MATCH_STATUS_SHORT, STEP_ACTION, WOONVARIANT } from '../labels';
import { useRefData } from '../refdata';

/** Days before a nomination's end of validity that it appears here (the region's default reminderDaysBefore). */
const RENEWAL_WINDOW_DAYS = 14;

/** One thing that waits on the user. */
interface Todo {
  key: string;
  action: string;
  to: string;
  about: string;
  /** The step's deadline, if it has one. */
  deadline: string | null;
  /** Since when it waits (for the order of items without a deadline). */
  since: string;
  status: string;
}

async function loadTodos(me: Me, names: { municipality(c: string): string; neighbourhood(c: string): string }): Promise<Todo[]> {
  const mun = me.municipality?.code ?? null;
  const todos: Todo[] = [];
  const matchTodos = async (statuses: Array<'proposed' | 'approved' | 'accepted' | 'client_accepted'>, keep: (m: Match) => boolean, action?: string) => {
    const matches = (await Promise.all(statuses.map((s) => allMatches(s)))).flat().filter(keep);
    const homes = await vacanciesOf(matches);
    for (const m of matches) {
      const v = homes.get(m.vacancyId);
      todos.push({
        key: m.id,
        action: action ?? STEP_ACTION[m.status],
        to: `/koppelingen/${m.id}`,
        about: `${v ? v.address : `Woning in ${names.neighbourhood(m.neighbourhoodCode)}`} (${names.municipality(m.destinationMunicipalityCode)}), cliënt uit ${names.municipality(m.originMunicipalityCode)}`,
        deadline: m.stepDeadline,
        since: m.updatedAt,
        status: MATCH_STATUS_SHORT[m.status],
      });
    }
  };
  /** Evaluations of omklap and conditional leases within the coming three months (and any overdue). */
  const evaluations = async () => {
    const soon = new Date();
    soon.setMonth(soon.getMonth() + 3);
    const tenancies = await all((cursor) => call(api.GET('/tenancies', { params: { query: { cursor, limit: 500 } } }))).catch(() => []);
    for (const t of tenancies)
      if (t.status === 'live' && t.nextEvaluationDate && new Date(t.nextEvaluationDate) <= soon)
        todos.push({
          key: t.id,
          action: 'Huurcontract evalueren',
          to: `/huurcontracten/${t.id}`,
          about: `${names.neighbourhood(t.neighbourhoodCode)} (${names.municipality(t.municipalityCode)}), ingang ${formatDate(t.startDate)}`,
          deadline: t.nextEvaluationDate,
          since: t.startDate,
          status: 'Evaluatie',
        });
  };
  switch (me.role) {
    case 'care_provider': {
      await evaluations();
      await matchTodos(['accepted'], () => true);
      // nominations whose readiness statement runs out within the reminder window (the region's default; care providers cannot read the policy)
      const renewBefore = Date.now() + RENEWAL_WINDOW_DAYS * 24 * 3600 * 1000;
      for (const n of [...(await allNominations('active')), ...(await allNominations('matched'))])
        if (n.validUntil && new Date(n.validUntil).getTime() > Date.now() && new Date(n.validUntil).getTime() <= renewBefore)
          todos.push({
            key: `${n.id}-renew`,
            action: 'Gereedheid opnieuw bevestigen',
            to: `/voordrachten/${n.id}`,
            about: `${label(WOONVARIANT, n.woonvariant)}, cliënt uit ${names.municipality(n.originMunicipalityCode)}; geldig tot ${formatDate(n.validUntil)}`,
            deadline: n.validUntil,
            since: n.approvedAt ?? n.createdAt,
            status: 'Verloopt',
          });
      for (const n of await allNominations('draft'))
        todos.push({
          key: n.id,
          action: 'Voordracht afmaken en indienen',
          to: `/voordrachten/${n.id}`,
          about: `${label(WOONVARIANT, n.woonvariant)}, cliënt uit ${names.municipality(n.originMunicipalityCode)}`,
          deadline: null,
          since: n.createdAt,
          status: 'Concept',
        });
      break;
    }
    case 'corporation':
      await matchTodos(['approved', 'client_accepted'], () => true);
      await evaluations();
      break;
    case 'municipal_officer': {
      await matchTodos(['proposed'], (m) => m.destinationMunicipalityCode === mun);
      for (const n of await allNominations('submitted'))
        if (n.decidingMunicipalityCode === mun)
          todos.push({
            key: n.id,
            action: 'Voordracht beoordelen',
            to: `/voordrachten/${n.id}`,
            about: `${label(WOONVARIANT, n.woonvariant)}, cliënt uit ${names.municipality(n.originMunicipalityCode)}`,
            deadline: null,
            since: n.submittedAt ?? n.createdAt,
            status: 'Ingediend',
          });
      break;
    }
    case 'coordinator':
      await matchTodos(['proposed', 'approved', 'accepted', 'client_accepted'], (m) => Boolean(m.stepDeadline) && daysLeft(m.stepDeadline!) < 0, 'Vastgelopen koppeling oplossen');
      break;
    default:
      break;
  }
  // oldest deadline first; then what has no deadline, longest waiting first
  return todos.sort((a, b) =>
    a.deadline && b.deadline ? a.deadline.localeCompare(b.deadline) : a.deadline ? -1 : b.deadline ? 1 : a.since.localeCompare(b.since),
  );
}

export function TodoPage() {
  const me = useMe();
  const ref = useRefData();
  const location = useLocation();
  // reloads when the user opens Te doen again (a new location key), and every minute while open
  const { data, error, reload } = useLoad(() => loadTodos(me, ref), [me.id, ref.municipalities.length, ref.neighbourhoods.length, location.key]);
  const { sort, toggle, apply } = useSort({ key: 'deadline', dir: 'ascending' });
  useEffect(() => {
    const timer = setInterval(reload, 60_000);
    return () => clearInterval(timer);
  }, [reload]);
  return (
    <>
      <PageTitle title="Te doen">Te doen</PageTitle>
      <Paragraph lead>
        {me.role === 'coordinator'
          ? 'Koppelingen die over hun termijn zijn en op een oplossing wachten. Het overzicht van de regio staat op het dashboard.'
          : 'Wat op u wacht, de oudste termijn bovenaan.'}
      </Paragraph>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="Uw taken" />}
      {data && (
        <SortableTable
          caption={`${data.length} ${data.length === 1 ? 'taak' : 'taken'}`}
          head={[['Taak', 'action'], ['Waarover', 'about'], ['Stand', 'status'], ['Termijn', 'deadline'], ['Tijd over', null]]}
          sort={sort}
          onSort={toggle}
          empty={data.length === 0 && 'Er wacht nu niets op u.'}
        >
          {(sort.key === 'deadline' && sort.dir === 'ascending'
            ? data
            : apply(data, { action: (t) => t.action, about: (t) => t.about, status: (t) => t.status, deadline: (t) => `${t.deadline ? '0' : '1'}${t.deadline ?? t.since}` })
          ).map((t) => {
            const late = t.deadline ? daysLeft(t.deadline) < 0 : false;
            return (
              <tr key={t.key} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <Link to={t.to} className="utrecht-link">
                    {t.action}
                  </Link>
                </td>
                <td className="utrecht-table__cell">{t.about}</td>
                <td className="utrecht-table__cell">{t.status}</td>
                <td className="utrecht-table__cell">{t.deadline ? formatDate(t.deadline) : `wacht sinds ${formatDate(t.since)}`}</td>
                <td className="utrecht-table__cell">{t.deadline ? <StatusTag tone={late ? 'late' : 'action'}>{daysLeftText(t.deadline)}</StatusTag> : '—'}</td>
              </tr>
            );
          })}
        </SortableTable>
      )}
    </>
  );
}
