import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { api, call } from '../api/client';
import { DataTable, Loading, Notice, PageTitle, problemText } from '../components/ui';
import { useLoad } from '../hooks';
import { label, ROLE } from '../labels';

const ORG_TYPE: Record<string, string> = { corporation: 'Woningcorporatie', care_provider: 'Zorgaanbieder', municipality: 'Gemeente' };

/** Beheer: the set-up of the regions (read-only here; changes go through the API for now). */
export function AdminPage() {
  const { data, error } = useLoad(async () => {
    const [regions, municipalities, organisations, users] = await Promise.all([
      call(api.GET('/regions')),
      call(api.GET('/municipalities', { params: { query: {} } })),
      call(api.GET('/organisations')),
      call(api.GET('/users')),
    ]);
    return { regions: regions.items, municipalities: municipalities.items, organisations: organisations.items, users: users.items };
  }, []);
  return (
    <>
      <PageTitle title="Beheer">Beheer</PageTitle>
      <Paragraph lead>Regio's, gemeenten, organisaties en gebruikers van het transferpunt.</Paragraph>
      {error ? <Notice type="error">{problemText(error)}</Notice> : null}
      {!data && !error && <Loading />}
      {data && (
        <>
          <Heading2>Regio's en gemeenten</Heading2>
          <DataTable caption="Gemeenten per regio" head={['Regio', 'Gemeente', 'CBS-code', 'Centrumgemeente']}>
            {data.municipalities.map((m) => (
              <tr key={m.code} className="utrecht-table__row">
                <td className="utrecht-table__cell">{data.regions.find((r) => r.code === m.regionCode)?.name ?? m.regionCode}</td>
                <td className="utrecht-table__cell">{m.name}</td>
                <td className="utrecht-table__cell">{m.code}</td>
                <td className="utrecht-table__cell">{m.isCentre ? 'ja' : 'nee'}</td>
              </tr>
            ))}
          </DataTable>
          <Heading2>Organisaties</Heading2>
          <DataTable caption="Organisaties" head={['Naam', 'Soort', 'Regio']}>
            {data.organisations.map((o) => (
              <tr key={o.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{o.name}</td>
                <td className="utrecht-table__cell">{ORG_TYPE[o.type] ?? o.type}</td>
                <td className="utrecht-table__cell">{o.regionCode}</td>
              </tr>
            ))}
          </DataTable>
          <Heading2>Gebruikers</Heading2>
          <DataTable caption="Gebruikers" head={['E-mailadres', 'Rol', 'Organisatie']}>
            {data.users.map((u) => (
              <tr key={u.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">{u.email}</td>
                <td className="utrecht-table__cell">{label(ROLE, u.role)}</td>
                <td className="utrecht-table__cell">{data.organisations.find((o) => o.id === u.organisationId)?.name ?? '—'}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
    </>
  );
}
