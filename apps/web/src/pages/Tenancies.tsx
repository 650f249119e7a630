import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { api, call, Schemas } from '../api/client';
import { PagedList } from '../components/PagedList';
import { PageTitle } from '../components/ui';
import { formatDate } from '../format';
import { CONSTRUCTION, label, LEASEHOLDER } from '../labels';
import { useRefData } from '../refdata';

const STATUS_OPTIONS: Array<[string, string]> = [
  ['live', 'Lopend'],
  ['ended', 'Beëindigd'],
];

export function TenanciesPage() {
  const ref = useRefData();
  return (
    <>
      <PageTitle title="Huurcontracten">Huurcontracten</PageTitle>
      <Paragraph lead>Huurcontracten die via het transferpunt zijn getekend en die gevolgd worden.</Paragraph>
      <PagedList<Schemas['TenancyResponse']>
        what="Huurcontracten"
        caption="Huurcontracten"
        statuses={STATUS_OPTIONS}
        load={(q) => call(api.GET('/tenancies', { params: { query: { ...q, status: q.status as 'live' | undefined, sort: q.sort as 'createdAt' } } }))}
        rowKey={(t) => t.id}
        empty="Nog geen huurcontracten."
        columns={[
          {
            label: 'Ingang',
            sort: 'startDate',
            cell: (t) => (
              <Link to={`/huurcontracten/${t.id}`} className="utrecht-link">
                {formatDate(t.startDate)}
                <span className="tp-visually-hidden"> (huurcontract in {ref.neighbourhood(t.neighbourhoodCode)})</span>
              </Link>
            ),
          },
          { label: 'Buurt', sort: 'municipality', cell: (t) => `${ref.neighbourhood(t.neighbourhoodCode)} (${ref.municipality(t.municipalityCode)})` },
          { label: 'Cliënt uit', cell: (t) => ref.municipality(t.originMunicipalityCode) },
          { label: 'Constructie', cell: (t) => label(CONSTRUCTION, t.construction) },
          { label: 'Huurder', cell: (t) => label(LEASEHOLDER, t.leaseholder) },
          { label: 'Stand', sort: 'status', cell: (t) => (t.status === 'live' ? (t.onTimeOut ? 'Lopend, time-out' : 'Lopend') : `Beëindigd ${formatDate(t.endDate)}`) },
          { label: 'Volgende evaluatie', cell: (t) => (t.status === 'live' && t.nextEvaluationDate ? formatDate(t.nextEvaluationDate) : '—') },
        ]}
      />
    </>
  );
}
