import { createContext, ReactNode, useContext, useEffect, useState } from 'react';
import { api, call, Schemas } from './api/client';

/** Names of municipalities, buurten, organisations and the region, for showing codes as names. */
interface RefData {
  regionName: string;
  municipalities: Schemas['MunicipalityResponse'][];
  neighbourhoods: Schemas['NeighbourhoodResponse'][];
  organisations: Schemas['OrganisationResponse'][];
  municipality(code: string | null | undefined): string;
  neighbourhood(code: string | null | undefined): string;
  organisation(id: string | null | undefined): string;
  reload(): void;
}

export const DEFAULT_REGION_NAME = (import.meta.env.VITE_REGION_NAME as string | undefined) ?? 'Transferpunt';

const Ctx = createContext<RefData | null>(null);

export function RefDataProvider({ regionCode, children }: { regionCode: string | null; children: ReactNode }) {
  const [regionName, setRegionName] = useState(DEFAULT_REGION_NAME);
  const [municipalities, setMunicipalities] = useState<Schemas['MunicipalityResponse'][]>([]);
  const [neighbourhoods, setNeighbourhoods] = useState<Schemas['NeighbourhoodResponse'][]>([]);
  const [organisations, setOrganisations] = useState<Schemas['OrganisationResponse'][]>([]);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    const query = regionCode ? { regionCode } : {};
    call(api.GET('/municipalities', { params: { query } })).then((r) => setMunicipalities(r.items)).catch(() => undefined);
    call(api.GET('/neighbourhoods', { params: { query: {} } })).then((r) => setNeighbourhoods(r.items)).catch(() => undefined);
    call(api.GET('/organisations')).then((r) => setOrganisations(r.items)).catch(() => undefined);
    if (regionCode && !import.meta.env.VITE_REGION_NAME)
      call(api.GET('/regions/{code}', { params: { path: { code: regionCode } } }))
        .then((r) => setRegionName(r.name))
        .catch(() => undefined);
  }, [regionCode, version]);

  const byCode = <T extends { code: string; name: string }>(list: T[], code: string | null | undefined, outside = '') =>
    !code ? '—' : code === 'unknown' ? 'Onbekend' : (list.find((x) => x.code === code)?.name ?? (list.length ? `${code}${outside}` : code));

  const value: RefData = {
    regionName,
    municipalities,
    neighbourhoods,
    organisations,
    municipality: (c) => byCode(municipalities, c, ' (buiten de regio)'),
    neighbourhood: (c) => byCode(neighbourhoods, c),
    organisation: (id) => (id ? (organisations.find((o) => o.id === id)?.name ?? 'onbekende organisatie') : '—'),
    reload: () => setVersion((v) => v + 1),
  };
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useRefData(): RefData {
  const r = useContext(Ctx);
  if (!r) throw new Error('useRefData outside RefDataProvider');
  return r;
}
