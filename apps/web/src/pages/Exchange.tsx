import { Paragraph } from '@utrecht/component-library-react';
import { api, call } from '../api/client';
import { useMe } from '../auth';
import { DataTable, Loading, Notice, PageTitle, problemText } from '../components/ui';
import { formatDateTime } from '../format';
import { useLoad } from '../hooks';
import { useRefData } from '../refdata';

/** The exchange ledger: placements from one municipality's clients into another municipality's homes, proposed and housed apart. */
export function ExchangePage() {
  const me = useMe();
  const ref = useRefData();
  const { data, error } = useLoad(() => call(api.GET('/reports/exchange-ledger')), [me.id]);
  const rows = data
    ? [...data.items].sort(
        (a, b) => ref.municipality(a.fromMunicipalityCode).localeCompare(ref.municipality(b.fromMunicipalityCode), 'nl') || ref.municipality(a.toMunicipalityCode).localeCompare(ref.municipality(b.toMunicipalityCode), 'nl'),
      )
    : [];
  return (
    <>
      <PageTitle title="Uitwisseling">Uitwisseling tussen gemeenten</PageTitle>
      <Paragraph lead>
        Hoeveel cliënten uit de ene gemeente een woning krijgen in een andere gemeente{me.role === 'municipal_officer' ? ', voor zover uw gemeente erbij betrokken is' : ' in de regio'}.
      </Paragraph>
      <Paragraph>
        Een plaatsing telt mee vanaf het voorstel: zodra de matching een koppeling voorstelt, staat die als voorgesteld in de telling. Wordt het huurcontract getekend, dan
        telt de plaatsing als gehuisvest. Een koppeling die wordt afgewezen of geannuleerd, telt niet meer mee. Totaal is voorgesteld plus gehuisvest.
      </Paragraph>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading what="Uitwisseling" />}
      {data && (
        <>
          <Paragraph>Stand van {formatDateTime(data.generatedAt)}.</Paragraph>
          <DataTable caption="Plaatsingen van gemeente van herkomst naar gemeente van de woning" head={['Van gemeente', 'Naar gemeente', 'Voorgesteld', 'Gehuisvest', 'Totaal']} empty={rows.length === 0 && 'Nog geen plaatsingen tussen gemeenten.'}>
            {rows.map((r) => (
              <tr key={`${r.fromMunicipalityCode}-${r.toMunicipalityCode}`} className="utrecht-table__row">
                <th scope="row" className="utrecht-table__header-cell">
                  {ref.municipality(r.fromMunicipalityCode)} <span aria-hidden="true">→</span>
                </th>
                <td className="utrecht-table__cell">{ref.municipality(r.toMunicipalityCode)}</td>
                <td className="utrecht-table__cell">{r.proposed}</td>
                <td className="utrecht-table__cell">{r.housed}</td>
                <td className="utrecht-table__cell">{r.placements}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
