import { Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router-dom';
import { api, call } from '../api/client';
import { DataTable, Loading, Notice, PageTitle, Pager, problemText } from '../components/ui';
import { formatDate } from '../format';
import { usePaged } from '../hooks';
import { CONSTRUCTION, label, LEASEHOLDER } from '../labels';
import { useRefData } from '../refdata';

export function TenanciesPage() {
  const ref = useRefData();
  const list = usePaged((cursor) => call(api.GET('/tenancies', { params: { query: { cursor, limit: 25 } } })), []);
  return (
    <>
      <PageTitle title="Huurcontracten">Huurcontracten</PageTitle>
      <Paragraph lead>Huurcontracten die via het transferpunt zijn getekend en die gevolgd worden.</Paragraph>
      {list.error ? <Notice type="error">{problemText(list.error)}</Notice> : null}
      {list.loading && <Loading what="Huurcontracten" />}
      {list.data && (
        <DataTable caption="Huurcontracten, oudste eerst" head={['Ingang', 'Buurt', 'Cliënt uit', 'Constructie', 'Huurder', 'Stand', 'Volgende evaluatie']} empty={list.items.length === 0 && 'Nog geen huurcontracten.'}>
          {list.items.map((t) => (
            <tr key={t.id} className="utrecht-table__row">
              <td className="utrecht-table__cell">
                <Link to={`/huurcontracten/${t.id}`} className="utrecht-link">
                  {formatDate(t.startDate)}
                  <span className="tp-visually-hidden"> (huurcontract in {ref.neighbourhood(t.neighbourhoodCode)})</span>
                </Link>
              </td>
              <td className="utrecht-table__cell">
                {ref.neighbourhood(t.neighbourhoodCode)} ({ref.municipality(t.municipalityCode)})
              </td>
              <td className="utrecht-table__cell">{ref.municipality(t.originMunicipalityCode)}</td>
              <td className="utrecht-table__cell">{label(CONSTRUCTION, t.construction)}</td>
              <td className="utrecht-table__cell">{label(LEASEHOLDER, t.leaseholder)}</td>
              <td className="utrecht-table__cell">{t.status === 'live' ? (t.onTimeOut ? 'Lopend, time-out' : 'Lopend') : `Beëindigd ${formatDate(t.endDate)}`}</td>
              <td className="utrecht-table__cell">{t.status === 'live' && t.nextEvaluationDate ? formatDate(t.nextEvaluationDate) : '—'}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <Pager page={list.page} hasNext={list.hasNext} onNext={list.next} onPrevious={list.previous} />
    </>
  );
}
