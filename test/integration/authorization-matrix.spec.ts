import { ROLES } from '@tp/domain';
import { MonitorSnapshotService } from '../../libs/core/src/reports/monitor-snapshot.service';
import { ADMIN } from './support/test-app';
import { as, Loop } from './support/loop';
import { createTestRegion, PASSWORD, TestRegion } from './support/region.factory';
import { Route, routeTable } from './support/routes';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The authorization matrix, generated from the application's own route table: every endpoint ×
 * every role × the caller's own object and another tenant's object → the status written down in
 * MATRIX. An endpoint without an entry fails the test, so a new endpoint cannot skip it. Another
 * tenant's object is never answered with data: 404 (or 403 where the role may not call at all).
 *
 * "Own" is an object of the caller's tenant in the test region (care provider A's client, corporation
 * A's home, the match and tenancy between them, a unit and buurt of Deventer); "other" is the same
 * kind of object in a second region with organisations of its own. Objects are in a final state
 * (housed, let), so a write is refused on state (409) and the walk changes nothing: a rename gives the
 * name the object already has, a delete is refused because the object is in use (409), and the
 * calls that end sessions (logout, disabling a user) never touch the role tokens the walk uses:
 * logout runs on a fresh login, the account actions on a throwaway user of each tenant.
 */
type Role = (typeof ROLES)[number];
type Pair = [own: number, other: number];
/**
 * Per endpoint: the roles that may call it with their [own, other] status; every role not named gets
 * 403 for both. Creation endpoints get an empty body (400: access passed, the body did not); endpoints
 * without an object answer the same for both; the admin sets every region up, so it sees all of them.
 */
const MATRIX: Record<string, Partial<Record<Role, Pair>>> = {
  'POST /auth/logout': { admin: [204, 204], corporation: [204, 204], care_provider: [204, 204], municipal_officer: [204, 204], coordinator: [204, 204], auditor: [204, 204], privacy_officer: [204, 204] },
  'GET /auth/me': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'POST /regions': { admin: [400, 400] },
  'GET /regions': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /regions/:code': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'PATCH /regions/:code': { admin: [200, 200] },
  'GET /regions/:code/policy': { admin: [200, 200], coordinator: [200, 404] },
  'PUT /regions/:code/policy': { admin: [200, 200], coordinator: [200, 404] },
  'POST /municipalities': { admin: [400, 400] },
  'GET /municipalities': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'PATCH /municipalities/:code': { admin: [200, 200] },
  'DELETE /municipalities/:code': { admin: [409, 409] },
  'POST /neighbourhoods': { admin: [400, 400] },
  'GET /neighbourhoods': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'PATCH /neighbourhoods/:code': { admin: [200, 200] },
  'DELETE /neighbourhoods/:code': { admin: [409, 409] },
  'POST /neighbourhoods/:code/units': { admin: [400, 400], municipal_officer: [400, 400], coordinator: [400, 400] },
  'GET /neighbourhoods/:code/units': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'PUT /neighbourhoods/:code/limits': { admin: [200, 200], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /organisations': { admin: [400, 400] },
  'GET /organisations': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'PATCH /organisations/:id': { admin: [200, 200] },
  'DELETE /organisations/:id': { admin: [409, 409] },
  'GET /organisations/:id/oidc': { admin: [200, 200] },
  'PUT /organisations/:id/oidc': { admin: [200, 200] },
  'POST /users': { admin: [400, 400] },
  'GET /users': { admin: [200, 200] },
  'POST /users/:id/unlock': { admin: [200, 200] },
  'POST /users/:id/disable': { admin: [200, 200] },
  'POST /users/:id/enable': { admin: [200, 200] },
  'PUT /units/:id/limits': { admin: [200, 200], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /clients': { care_provider: [400, 400] },
  'GET /clients': { care_provider: [200, 200], coordinator: [200, 200] },
  'GET /clients/:id': { care_provider: [200, 404], coordinator: [200, 404] },
  'POST /nominations': { care_provider: [400, 400] },
  'GET /nominations': { care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /nominations/:id': { care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'GET /nominations/:id/matching-status': { care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /nominations/:id/submit': { care_provider: [409, 404] },
  'POST /nominations/:id/withdraw': { care_provider: [409, 404] },
  'POST /nominations/:id/renew': { care_provider: [409, 404] },
  'POST /nominations/:id/approve': { municipal_officer: [409, 404] },
  'POST /nominations/:id/reject': { municipal_officer: [409, 404] },
  'POST /nominations/:id/origin-exception': { municipal_officer: [409, 404] },
  'GET /queue': { municipal_officer: [200, 200], coordinator: [200, 200] },
  'POST /vacancies': { corporation: [400, 400] },
  'GET /vacancies': { corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /vacancies/:id': { corporation: [200, 404], care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /vacancies/:id/withdraw': { corporation: [409, 404] },
  'GET /matches': { corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /matches/:id': { corporation: [200, 404], care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /matches/:id/approve': { municipal_officer: [409, 404] },
  'POST /matches/:id/accept': { corporation: [409, 404] },
  'POST /matches/:id/client-accept': { care_provider: [409, 404] },
  'POST /matches/:id/lease-signed': { corporation: [409, 404] },
  'POST /matches/:id/decline': { corporation: [409, 404], care_provider: [409, 404], municipal_officer: [409, 404] },
  'POST /matches/:id/cancel': { coordinator: [409, 404] },
  'POST /matching/runs': { coordinator: [202, 202] },
  'GET /matching/runs': { admin: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /matching/runs/:id': { admin: [200, 200], municipal_officer: [200, 404], coordinator: [200, 404] },
  'GET /tenancies': { corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /tenancies/:id': { corporation: [200, 404], care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'GET /tenancies/:id/timeline': { corporation: [200, 404], care_provider: [200, 404], municipal_officer: [200, 404], coordinator: [200, 404] },
  'POST /tenancies/:id/evaluations': { corporation: [409, 404], care_provider: [409, 404] },
  'POST /tenancies/:id/events': { corporation: [409, 404], care_provider: [409, 404] },
  'GET /rent-parameters': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'PUT /rent-parameters/:year': { admin: [400, 400] },
  'POST /matching/simulations': { municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /reports/exchange-ledger': { municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /reports/neighbourhood-load': { municipal_officer: [200, 200], coordinator: [200, 200] },
  'GET /reports/monitor': { municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200] },
  'GET /reports/demand': { municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200] },
  'GET /reports/monitor/snapshots': { coordinator: [200, 200], auditor: [200, 200] },
  'GET /reports/monitor/snapshots/:month': { coordinator: [200, 404], auditor: [200, 404] },
  'POST /contingents': { coordinator: [409, 400] },
  'GET /reports/contingents': { corporation: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200] },
  'GET /notifications': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'POST /notifications/read-all': { admin: [200, 200], corporation: [200, 200], care_provider: [200, 200], municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200], privacy_officer: [200, 200] },
  'POST /notifications/:id/read': { admin: [404, 404], corporation: [404, 404], care_provider: [200, 404], municipal_officer: [404, 404], coordinator: [404, 404], auditor: [404, 404], privacy_officer: [404, 404] },
  'GET /audit-events': { coordinator: [200, 200], privacy_officer: [200, 200] },
  'GET /clients/:id/access-report': { coordinator: [200, 404], privacy_officer: [200, 404] },
  'POST /action-plan/actions': { coordinator: [400, 400] },
  'GET /action-plan/actions': { municipal_officer: [200, 200], coordinator: [200, 200], auditor: [200, 200] },
  'GET /action-plan/actions/:id': { municipal_officer: [404, 404], coordinator: [404, 404], auditor: [404, 404] },
  'PATCH /action-plan/actions/:id': { coordinator: [404, 404] },
};

describe('the authorization matrix: every endpoint × every role × own / other tenant', () => {
  let t: TestApp;
  let r: TestRegion;
  let routes: Route[];
  const own: Record<string, string> = {};
  const other: Record<string, string> = {};
  const tokens: Partial<Record<Role, string>> = {};
  /** The e-mail address of each role's user in the test region, for a fresh login where a call ends its session. */
  const emails: Partial<Record<Role, string>> = {};
  const leaks: string[] = [];

  /** A second region with one municipality, one buurt and one organisation of each kind, walked to a tenancy. */
  async function otherRegion(): Promise<void> {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const post = async (path: string, body: object) => {
      const res = await as(t, admin).post(path, body);
      if (res.status !== 201) throw new Error(`POST ${path}: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body;
    };
    await post('/regions', { code: 'ANDERS', name: 'Regio Anders' });
    await post('/municipalities', { code: 'GM9901', name: 'Andersdorp', regionCode: 'ANDERS', isCentre: true });
    await post('/neighbourhoods', { code: 'BU99010101', name: 'Andersdorp centrum', municipalityCode: 'GM9901' });
    const org = async (type: string) => (await post('/organisations', { type, name: `Anders ${type}`, regionCode: 'ANDERS', ...(type === 'municipality' ? { municipalityCode: 'GM9901' } : {}) })).id;
    const mun = await org('municipality');
    const corp = await org('corporation');
    const care = await org('care_provider');
    const user = async (email: string, role: string, organisationId: string) => {
      await post('/users', { email, password: PASSWORD, role, organisationId });
      return t.login(email, PASSWORD);
    };
    const o: TestRegion = {
      code: 'ANDERS',
      admin,
      corporationA: await user('corp@anders.test', 'corporation', corp),
      corporationB: '',
      careProviderA: await user('care@anders.test', 'care_provider', care),
      careProviderB: '',
      coordinator: await user('coordinator@anders.test', 'coordinator', mun),
      auditor: '',
      privacyOfficer: await user('privacy@anders.test', 'privacy_officer', mun),
      officers: { GM9901: await user('officer@anders.test', 'municipal_officer', mun) },
      orgs: { corporationA: corp, corporationB: '', careProviderA: care, careProviderB: '' },
      buurten: { GM9901: ['BU99010101'] },
    } as unknown as TestRegion;
    await walkToTenancy(new Loop(t, o), 'GM9901', 'BU99010101', other);
    other.buurt = 'BU99010101';
    other.region = 'ANDERS';
    await setUpObjects(admin, other, { municipality: 'GM9901', organisation: corp, throwaway: 'throwaway@anders.test' });
  }

  /**
   * The set-up objects of one tenant the Beheer and account endpoints name: its municipality, its
   * corporation (with an OpenID Connect configuration, so reading and rewriting it find one), the
   * names they have (a rename gives the same name), and a throwaway user that disabling, enabling
   * and unlocking act on, so no role's session ends.
   */
  async function setUpObjects(admin: string, into: Record<string, string>, o: { municipality: string; organisation: string; throwaway: string }): Promise<void> {
    const ok = <T extends { status: number; body: unknown }>(what: string, res: T, status = 200): T => {
      if (res.status !== status) throw new Error(`${what}: ${res.status} ${JSON.stringify(res.body)}`);
      return res;
    };
    into.municipality = o.municipality;
    into.organisation = o.organisation;
    into.user = ok('POST /users', await as(t, admin).post('/users', { email: o.throwaway, password: PASSWORD, role: 'corporation', organisationId: o.organisation }), 201).body.id;
    ok('PUT oidc', await as(t, admin).put(`/organisations/${o.organisation}/oidc`, { ...OIDC, clientSecret: 'matrix-secret' }));
    into.regionName = ok('GET region', await as(t, admin).get(`/regions/${into.region}`)).body.name;
    const buurten = ok('GET buurten', await as(t, admin).get(`/neighbourhoods?municipalityCode=${o.municipality}`)).body.items as Array<{ code: string; name: string }>;
    into.buurtName = buurten.find((b) => b.code === into.buurt)!.name;
    const orgs = ok('GET organisations', await as(t, admin).get('/organisations')).body.items as Array<{ id: string; name: string }>;
    into.organisationName = orgs.find((x) => x.id === o.organisation)!.name;
  }

  /** An OpenID Connect configuration, written again as it is (the stored client secret is kept). */
  const OIDC = { issuerUrl: 'https://idp.matrix.test/realms/transferpunt', clientId: 'transferpunt', allowedEmailDomain: 'matrix.test' };

  const CONTINGENT_YEAR = 2026;

  /** `yyyy-mm` of the month `back` months before the clock's. */
  const monthBefore = (back: number): string => {
    const now = t.clock.now();
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
  };

  /** Client, nomination, home, match, lease: the objects of one tenant, in their final states. */
  async function walkToTenancy(loop: Loop, origin: string, buurt: string, into: Record<string, string>): Promise<void> {
    const n = await loop.nomination({ origin });
    const vacancy = await loop.vacancy({ buurt });
    const x = await loop.proposed(vacancy);
    await loop.advance(x.id, 'client_accepted');
    into.tenancy = await loop.signLease(x.id, '2026-12-01', 'regulier');
    Object.assign(into, { client: n.clientId, nomination: n.id, vacancy, match: x.id });
    const [run] = await loop.ds.query(`SELECT id FROM matching_run WHERE region_code = $1 LIMIT 1`, [loop.r.code]);
    into.run = run.id;
    const unit = await as(t, loop.r.admin).post(`/neighbourhoods/${buurt}/units`, { name: `Complex ${loop.r.code}` });
    into.unit = unit.body.id;
    const [note] = await loop.ds.query(
      `SELECT n.id FROM notification n JOIN app_user u ON u.id = n.user_id WHERE u.organisation_id = $1 LIMIT 1`,
      [loop.r.orgs.careProviderA],
    );
    into.notification = note.id;
  }

  beforeAll(async () => {
    t = await startTestApp();
    // the other region first: the month before last is frozen while it is the only region, so only it has that month's monitor
    await otherRegion();
    const snapshots = t.app.get(MonitorSnapshotService);
    const freeze = async (month: string) => {
      if ((await snapshots.handle({ month })) !== 'done') throw new Error(`no snapshot of ${month}`);
      return month;
    };
    other.month = await freeze(monthBefore(2));
    r = await createTestRegion(t);
    routes = routeTable(t.app);
    Object.assign(tokens, { admin: r.admin, corporation: r.corporationA, care_provider: r.careProviderA, municipal_officer: r.officers.GM0150, coordinator: r.coordinator, auditor: r.auditor, privacy_officer: r.privacyOfficer });
    const lc = r.code.toLowerCase();
    Object.assign(emails, {
      admin: ADMIN.email, corporation: `corp.a@${lc}.test`, care_provider: `care.a@${lc}.test`, municipal_officer: `officer.gm0150@${lc}.test`,
      coordinator: `coordinator@${lc}.test`, auditor: `auditor@${lc}.test`, privacy_officer: `privacy@${lc}.test`,
    });
    await walkToTenancy(new Loop(t, r), 'GM0150', r.buurten.GM0150[0], own);
    own.buurt = r.buurten.GM0150[0];
    own.region = r.code;
    await setUpObjects(r.admin, own, { municipality: 'GM0150', organisation: r.orgs.corporationA, throwaway: `throwaway@${lc}.test` });
    // last month is frozen for both regions: the caller's own region has it
    own.month = await freeze(monthBefore(1));
    const contingent = await as(t, r.coordinator).post('/contingents', { corporationId: own.organisation, municipalityCode: own.municipality, year: CONTINGENT_YEAR, homes: 1 });
    if (contingent.status !== 201) throw new Error(`POST /contingents: ${contingent.status} ${JSON.stringify(contingent.body)}`);
  }, 120000);
  afterAll(() => t?.close());

  const key = (x: Route) => `${x.method} ${x.path.replace(/^\/api\/v1/, '')}`;

  /** The object a path parameter names, of the given tenant. */
  function fill(path: string, of: Record<string, string>): string {
    const kind = (p: string) =>
      p.startsWith('/clients/') ? 'client' : p.startsWith('/nominations/') ? 'nomination' : p.startsWith('/vacancies/') ? 'vacancy' : p.startsWith('/matches/') ? 'match'
        : p.startsWith('/tenancies/') ? 'tenancy' : p.startsWith('/matching/runs/') ? 'run' : p.startsWith('/units/') ? 'unit' : p.startsWith('/notifications/') ? 'notification'
          : p.startsWith('/organisations/') ? 'organisation' : p.startsWith('/users/') ? 'user' : 'none';
    const p = path.replace(/^\/api\/v1/, '');
    return p
      .replace(':id', of[kind(p)] ?? '00000000-0000-4000-8000-000000000000')
      .replace(':year', '2025')
      .replace(':month', of.month)
      .replace(':code', p.startsWith('/neighbourhoods/') ? of.buurt : p.startsWith('/municipalities/') ? of.municipality : of.region);
  }

  /** A body that passes validation, so what answers is access and state, not the shape of the body (a rename: the name the object has). */
  const BODIES: Record<string, object | ((of: Record<string, string>) => object)> = {
    'PATCH /regions/:code': (of) => ({ name: of.regionName }),
    'PATCH /municipalities/:code': {},
    'PATCH /neighbourhoods/:code': (of) => ({ name: of.buurtName }),
    'PATCH /organisations/:id': (of) => ({ name: of.organisationName }),
    'PUT /organisations/:id/oidc': OIDC,
    // the tenant's corporation and municipality: the caller's own already have this contingent (409), another region's are no reference (400)
    'POST /contingents': (of) => ({ corporationId: of.organisation, municipalityCode: of.municipality, year: CONTINGENT_YEAR, homes: 1 }),
    'POST /nominations/:id/approve': { priorityClass: 'normal' },
    'POST /nominations/:id/reject': { reason: 'matrix' },
    'POST /nominations/:id/withdraw': { reason: 'matrix' },
    'POST /nominations/:id/origin-exception': { reason: 'matrix' },
    'POST /vacancies/:id/withdraw': { reason: 'matrix' },
    'POST /matches/:id/lease-signed': { startDate: '2026-12-01', construction: 'regulier' },
    'POST /matches/:id/decline': { reasonCode: 'other' },
    'POST /matches/:id/cancel': { reason: 'matrix' },
    'POST /tenancies/:id/evaluations': { date: '2026-12-02', outcome: 'extend' },
    'POST /tenancies/:id/events': { type: 'returned', date: '2026-12-02' },
    'PUT /units/:id/limits': { maxPlacementsPer12Months: null, maxLiveTenancies: null },
    'PUT /neighbourhoods/:code/limits': { maxPlacementsPer12Months: null, maxLiveTenancies: null },
  };

  /** A query that passes validation, where the endpoint needs one. */
  const QUERIES: Record<string, string> = {
    'GET /reports/monitor': '?from=2026-01-01&to=2026-12-31',
  };

  /** Calls that end the caller's session: made with a fresh login of the role, never with the token the rest of the walk uses. */
  const ENDS_SESSION = new Set(['POST /auth/logout']);

  /** The other tenant's objects that hold or touch personal data: none may appear in any answer to this tenant. */
  const otherIds = () => ['client', 'nomination', 'vacancy', 'match', 'tenancy', 'notification'].map((k) => other[k]);

  async function status(x: Route, role: Role, of: Record<string, string>): Promise<number> {
    const caller = as(t, ENDS_SESSION.has(key(x)) ? await t.login(emails[role]!, role === 'admin' ? ADMIN.password : PASSWORD) : tokens[role]);
    const path = fill(x.path, of) + (QUERIES[key(x)] ?? '');
    const given = BODIES[key(x)] ?? {};
    const body = typeof given === 'function' ? given(of) : given;
    const res =
      x.method === 'GET' ? await caller.get(path)
        : x.method === 'POST' ? await caller.post(path, body)
          : x.method === 'PUT' ? await caller.put(path, body)
            : x.method === 'PATCH' ? await caller.patch(path, body)
              : x.method === 'DELETE' ? await caller.delete(path)
                : await Promise.reject(new Error(`no way to call ${x.method} ${x.path}`));
    if (res.status >= 400) expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    // a problem names the path asked for (`instance`); anything else naming the other tenant's objects is a leak
    const text = res.status >= 400 ? JSON.stringify({ ...res.body, instance: undefined }) : (res.text ?? '');
    for (const id of otherIds()) if (text.includes(id)) leaks.push(`${key(x)} as ${role}: answers with ${id} of the other tenant`);
    return res.status;
  }

  it('every endpoint of the route table has its row in the matrix, and every row names a real endpoint', () => {
    const keys = routes.filter((x) => !x.isPublic).map(key);
    expect(keys.filter((k) => !(k in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('answers every role, for its own and for another tenant\'s object, with the status in the matrix', async () => {
    const found: Record<string, Partial<Record<Role, Pair>>> = {};
    const wrong: string[] = [];
    for (const x of routes.filter((y) => !y.isPublic)) {
      const k = key(x);
      found[k] = {};
      for (const role of ROLES) {
        const pair: Pair = [await status(x, role, own), await status(x, role, other)];
        const expected: Pair = MATRIX[k]?.[role] ?? [403, 403];
        if (pair[0] !== 403 || pair[1] !== 403) found[k][role] = pair;
        if (pair[0] !== expected[0] || pair[1] !== expected[1]) wrong.push(`${k} as ${role}: ${JSON.stringify(pair)}, expected ${JSON.stringify(expected)}`);
      }
    }
    if (process.env.MATRIX_DISCOVER) console.log(JSON.stringify(found, null, 0).replace(/\],"/g, '], "').replace(/\},"/g, '},\n"'));
    // no call of the walk ended a role's session (which would turn every later answer into a 401)
    const ended: string[] = [];
    for (const role of ROLES) if ((await as(t, tokens[role]).get('/auth/me')).status !== 200) ended.push(role);
    expect(ended).toEqual([]);
    expect(wrong).toEqual([]);
    expect(leaks).toEqual([]);
  }, 240000);
});
