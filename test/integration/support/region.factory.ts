import { ADMIN, TestApp } from './test-app';

export const PASSWORD = 'test-password-123';

export interface TestRegion {
  code: string;
  admin: string;
  /** Tokens by actor. */
  corporationA: string;
  corporationB: string;
  careProviderA: string;
  careProviderB: string;
  coordinator: string;
  /** Read-only oversight roles: aggregates (auditor), the audit trail (privacy officer). */
  auditor: string;
  privacyOfficer: string;
  officers: Record<string, string>;
  orgs: Record<'corporationA' | 'corporationB' | 'careProviderA' | 'careProviderB', string>;
  buurten: Record<string, string[]>;
}

export const MUNICIPALITIES = [
  { code: 'GM0150', name: 'Deventer', isCentre: true },
  { code: 'GM0262', name: 'Lochem' },
  { code: 'GM1773', name: 'Olst-Wijhe' },
  { code: 'GM0177', name: 'Raalte' },
  { code: 'GM0301', name: 'Zutphen' },
];

/** Builds a fresh region through the API as the admin: five municipalities, two buurten each, two of every organisation kind. */
export async function createTestRegion(t: TestApp, code = 'DEVENTER'): Promise<TestRegion> {
  const admin = await t.login(ADMIN.email, ADMIN.password);
  const as = (path: string, body: unknown) =>
    t.http
      .post(`/api/v1${path}`)
      .set('Authorization', `Bearer ${admin}`)
      .send(body as object)
      .then((r) => {
        if (r.status !== 201) throw new Error(`POST ${path}: ${r.status} ${JSON.stringify(r.body)}`);
        return r.body;
      });
  await as('/regions', { code, name: `Regio ${code}` });
  const buurten: Record<string, string[]> = {};
  const officers: Record<string, string> = {};
  const munOrgs: Record<string, string> = {};
  for (const m of MUNICIPALITIES) {
    await as('/municipalities', { code: m.code, name: m.name, regionCode: code, isCentre: m.isCentre ?? false });
    buurten[m.code] = [];
    for (const n of ['01', '02']) {
      const bu = `BU${m.code.slice(2)}01${n}`;
      await as('/neighbourhoods', { code: bu, name: `${m.name} buurt ${n}`, municipalityCode: m.code });
      buurten[m.code].push(bu);
    }
    munOrgs[m.code] = (await as('/organisations', { type: 'municipality', name: `Gemeente ${m.name}`, regionCode: code, municipalityCode: m.code })).id;
  }
  const orgs = {
    corporationA: (await as('/organisations', { type: 'corporation', name: 'Woonbedrijf A', regionCode: code })).id,
    corporationB: (await as('/organisations', { type: 'corporation', name: 'Woonstichting B', regionCode: code })).id,
    careProviderA: (await as('/organisations', { type: 'care_provider', name: 'Zorgaanbieder A', regionCode: code })).id,
    careProviderB: (await as('/organisations', { type: 'care_provider', name: 'Zorgaanbieder B', regionCode: code })).id,
  };
  const user = async (email: string, role: string, organisationId: string) => {
    await as('/users', { email, password: PASSWORD, role, organisationId });
    return t.login(email, PASSWORD);
  };
  const lc = code.toLowerCase();
  for (const m of MUNICIPALITIES) officers[m.code] = await user(`officer.${m.code.toLowerCase()}@${lc}.test`, 'municipal_officer', munOrgs[m.code]);
  return {
    code,
    admin,
    corporationA: await user(`corp.a@${lc}.test`, 'corporation', orgs.corporationA),
    corporationB: await user(`corp.b@${lc}.test`, 'corporation', orgs.corporationB),
    careProviderA: await user(`care.a@${lc}.test`, 'care_provider', orgs.careProviderA),
    careProviderB: await user(`care.b@${lc}.test`, 'care_provider', orgs.careProviderB),
    coordinator: await user(`coordinator@${lc}.test`, 'coordinator', munOrgs['GM0150']),
    auditor: await user(`auditor@${lc}.test`, 'auditor', munOrgs['GM0150']),
    privacyOfficer: await user(`privacy@${lc}.test`, 'privacy_officer', munOrgs['GM0150']),
    officers,
    orgs,
    buurten,
  };
}
