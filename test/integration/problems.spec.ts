import { API_VERSION } from '@tp/core';
import { Response } from 'supertest';
import { Loop } from './support/loop';
import { ADMIN, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';
import { Route, routeTable } from './support/routes';

/** Every 4xx is an RFC 9457 problem: application/problem+json with type, title, status and detail. */
function expectProblem(res: Response, status: number): void {
  expect(res.status).toBe(status);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.headers['api-version']).toBe(API_VERSION);
  expect(res.body).toMatchObject({ type: expect.stringMatching(/^https:\/\/\S+$/), title: expect.any(String), status, detail: expect.any(String) });
  expect(res.body.title.length).toBeGreaterThan(0);
  expect(res.body.detail.length).toBeGreaterThan(0);
}

const fieldsOf = (res: Response): string[] => (res.body.errors ?? []).map((e: { field: string }) => e.field);

const VALID_CLIENT = { reference: 'DOS-P', originMunicipalityCode: 'GM0150', birthYear: 1990, householdSize: 1, currentSetting: 'BW', consentToShare: true };
const VALID_VACANCY = { address: 'Brink 1', neighbourhoodCode: 'BU01500101', woonvariant: 'zelfstandig', rooms: 2, rent: 600, availableFrom: '2026-12-01', constructions: ['regulier'] };

describe('errors are problems, and no input gives a 5xx', () => {
  let t: TestApp;
  let r: TestRegion;
  let loop: Loop;
  let fixture: { clientId: string; nominationId: string; submittedId: string; vacancyId: string; matchId: string; runId: string };

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    loop = new Loop(t, r);
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    const submitted = await loop.nomination({ until: 'submitted' });
    const run = await loop.coordinator.post('/matching/runs');
    fixture = { clientId: n.clientId, nominationId: n.id, submittedId: submitted.id, vacancyId, matchId: match.id, runId: run.body.runId };
  });
  afterAll(() => t?.close());

  describe('problem bodies', () => {
    it('a validation error is a 400 problem naming each field', async () => {
      const { birthYear: _, ...noBirthYear } = VALID_CLIENT;
      const res = await loop.as(r.careProviderA).post('/clients', { ...noBirthYear, householdSize: 0 });
      expectProblem(res, 400);
      expect(new Set(fieldsOf(res))).toEqual(new Set(['birthYear', 'householdSize']));
      for (const e of res.body.errors) expect(e).toEqual({ field: expect.any(String), message: expect.any(String) });
      expect(res.body.type).toMatch(/validation-failed$/);
    });

    it('numbers sent as strings are refused, naming the field', async () => {
      const res = await loop.as(r.corporationA).post('/vacancies', { ...VALID_VACANCY, rooms: '2', rent: '600' });
      expectProblem(res, 400);
      expect(new Set(fieldsOf(res))).toEqual(new Set(['rooms', 'rent']));
    });

    it('unknown fields in a body are a 400 naming them', async () => {
      const res = await loop.as(r.careProviderA).post('/clients', { ...VALID_CLIENT, reference: 'DOS-U', diagnosis: 'schizofrenie', name: 'Jan' });
      expectProblem(res, 400);
      expect(new Set(fieldsOf(res))).toEqual(new Set(['diagnosis', 'name']));
      expect(res.body.errors).toEqual(expect.arrayContaining([{ field: 'diagnosis', message: expect.stringContaining('should not exist') }]));
      const vacancy = await loop.as(r.corporationA).post('/vacancies', { ...VALID_VACANCY, status: 'let' });
      expectProblem(vacancy, 400);
      expect(fieldsOf(vacancy)).toEqual(['status']);
      const nested = await loop.coordinator.put(`/regions/${r.code}/policy`, { fitWeights: { originMunicipality: 1, preferredMunicipality: 1, rentFit: 1, waitingTime: 1, luck: 5 } });
      expectProblem(nested, 400);
      expect(fieldsOf(nested)).toEqual(['fitWeights.luck']);
      const query = await loop.coordinator.get('/matches?sort=desc');
      expectProblem(query, 400);
      expect(fieldsOf(query)).toEqual(['sort']);
    });

    it('malformed JSON is a 400 problem on the field body, without echoing the body', async () => {
      for (const raw of ['{"reference": ', '{reference: 1}', "{'a': 1}", '{"a":1,}', '\u0000']) {
        const res = await t.http.post('/api/v1/clients').set('Authorization', `Bearer ${r.careProviderA}`).set('Content-Type', 'application/json').send(raw);
        expectProblem(res, 400);
        expect(res.body.errors).toEqual([{ field: 'body', message: 'must be valid JSON' }]);
        expect(res.body.detail).not.toContain('reference');
      }
    });

    it('a body over the size limit is a 413 problem', async () => {
      const res = await t.http.post('/api/v1/clients').set('Authorization', `Bearer ${r.careProviderA}`).set('Content-Type', 'application/json').send(JSON.stringify({ reference: 'x'.repeat(200_000) }));
      expectProblem(res, 413);
    });

    it('a non-UUID id in the path is a 404', async () => {
      for (const path of ['/matches/not-a-uuid', '/nominations/123', '/clients/1%20OR%201=1', '/vacancies/00000000-0000-0000-0000-00000000000g']) {
        expectProblem(await loop.coordinator.get(path), 404);
      }
      expectProblem(await loop.as(r.careProviderA).post('/nominations/123/submit'), 404);
      expectProblem(await loop.officer('GM0150').post('/matches/abc/approve'), 404);
      expectProblem(await loop.as(r.corporationA).post('/vacancies/%27%3B--/withdraw', { reason: 'x' }), 404);
      // a broken percent-encoding is refused as a bad request
      expectProblem(await loop.coordinator.get('/matches/%E0%A4%A'), 400);
    });

    it('an id that names nothing is a 404, and so is a route that does not exist', async () => {
      expectProblem(await loop.coordinator.get('/matches/00000000-0000-4000-8000-000000000000'), 404);
      expectProblem(await loop.coordinator.get('/nothing-here'), 404);
      expectProblem(await t.http.get('/api/v2/matches'), 404);
    });

    it('a wrong password or an unknown account is a 401, with the same answer', async () => {
      const wrong = await t.http.post('/api/v1/auth/login').send({ email: ADMIN.email, password: 'not-the-password' });
      const unknown = await t.http.post('/api/v1/auth/login').send({ email: 'nobody@example.nl', password: 'not-the-password' });
      expectProblem(wrong, 401);
      expectProblem(unknown, 401);
      expect(unknown.body.detail).toBe(wrong.body.detail);
      expect(wrong.body.accessToken).toBeUndefined();
    });

    it('no token, a malformed token, a forged token or another scheme is a 401', async () => {
      expectProblem(await t.http.get('/api/v1/matches'), 401);
      const [head, body] = r.coordinator.split('.');
      const forged = `${head}.${body}.${Buffer.from('not the signature').toString('base64url')}`;
      const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
      const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${Buffer.from(JSON.stringify({ ...claims, role: 'admin' })).toString('base64url')}.`;
      for (const header of ['Bearer', 'Bearer not.a.token', `Bearer ${forged}`, `Bearer ${unsigned}`, `Basic ${Buffer.from('admin:x').toString('base64')}`, r.coordinator]) {
        expectProblem(await t.http.get('/api/v1/matches').set('Authorization', header), 401);
      }
    });

    it('a state conflict is a 409 problem and acting out of turn a 403 problem', async () => {
      expectProblem(await loop.as(r.careProviderA).post(`/nominations/${fixture.submittedId}/submit`), 409);
      expectProblem(await loop.as(r.corporationA).post(`/matches/${fixture.matchId}/accept`), 409);
      expectProblem(await loop.as(r.careProviderA).post(`/matches/${fixture.matchId}/approve`), 403);
    });

    it('a body that is too large is a 413 problem', async () => {
      const res = await loop.as(r.careProviderA).post('/clients', { ...VALID_CLIENT, reference: 'x'.repeat(200_000) });
      expectProblem(res, 413);
    });

    it('every response carries the API-Version header', async () => {
      const responses = [
        await t.http.get('/api/v1/openapi.json'),
        await t.http.post('/api/v1/auth/login').send({ email: ADMIN.email, password: ADMIN.password }),
        await loop.coordinator.get('/matches'),
        await loop.as(r.careProviderA).post('/clients', { ...VALID_CLIENT, reference: 'DOS-V' }),
        await loop.coordinator.post('/matching/runs'),
        await loop.as(r.careProviderA).post('/clients', {}),
        await t.http.get('/api/v1/matches'),
        await loop.as(r.corporationA).get('/clients'),
        await loop.coordinator.get('/no-such-route'),
        await loop.as(r.careProviderA).post(`/nominations/${fixture.submittedId}/submit`),
        await t.http.get('/api/docs'),
        await t.http.options('/api/v1/matches'),
      ];
      expect(responses.map((x) => x.status)).toEqual(expect.arrayContaining([200, 201, 202, 400, 401, 403, 404, 409]));
      for (const res of responses) expect(res.headers['api-version']).toBe(API_VERSION);
    });
  });

  describe('hostile input never gives a 5xx', () => {
    const NUL = 'a\u0000b';
    const FIELDS = [
      'reference', 'originMunicipalityCode', 'birthYear', 'householdSize', 'currentSetting', 'sex', 'legalFramework', 'livingSituation', 'incomeBand',
      'needs', 'avoidNeighbourhoodCodes', 'consentToShare', 'clientId', 'woonvariant', 'minRooms', 'maxRent', 'preferredMunicipalityCodes', 'construction',
      'supportProvider', 'supportIntensity', 'readyFrom', 'reason', 'priorityClass', 'allowedMunicipalityCodes', 'address', 'neighbourhoodCode', 'rooms',
      'rent', 'availableFrom', 'accessible', 'floor', 'constructions', 'reasonCode', 'note', 'startDate', 'email', 'password', 'role', 'organisationId',
      'code', 'name', 'regionCode', 'municipalityCode', 'isCentre', 'type', 'maxPlacementsPer12Months', 'maxLiveTenancies', 'exchangeTolerance',
      'defaultMaxPlacementsPer12Months', 'defaultMaxLiveTenancies', 'stepDeadlineWorkingDays', 'matchingCron', 'fitWeights', 'kwaliteitskortingsgrens',
      'lowerAftoppingsgrens', 'upperAftoppingsgrens', 'liberalisatiegrens',
    ];
    const every = (value: unknown) => JSON.stringify(Object.fromEntries(FIELDS.map((f) => [f, value])));
    /** Raw JSON bodies: [what, body]. */
    const HOSTILE: Array<[string, string]> = [
      ['an empty object', '{}'],
      ['an empty array', '[]'],
      ['an array of objects', '[{"reason":"x","priorityClass":"urgent"}]'],
      ['an array of numbers', '[1,2,3]'],
      ['null', 'null'],
      ['a number', '42'],
      ['a string', '"urgent"'],
      ['true', 'true'],
      ['null in every field', every(null)],
      ['nested objects in every field', every({ $gt: '', nested: { deeper: [1, { x: null }] } })],
      ['arrays in every field', every(['x', 1, null])],
      ['nested arrays in every field', every([[['GM0150']]])],
      ['numbers as strings in every field', every('3')],
      ['booleans as strings in every field', every('true')],
      ['dates as numbers in every field', every(20261201)],
      ['long strings in every field', every('x'.repeat(1500))],
      ['strings with NUL bytes and lone surrogates in every field', every('a\u0000\ud800\u202e<script>')],
      ['huge numbers in every field', every(1e308)],
      ['numbers beyond the double range', `{"rent":1e999,"rooms":-1e999,"birthYear":1e999,"maxRent":1e999,"stepDeadlineWorkingDays":1e999}`],
      ['negative fractions in every field', every(-1.5)],
      ['prototype pollution keys', '{"__proto__":{"role":"admin","isAdmin":true},"constructor":{"prototype":{"role":"admin"}}}'],
      ['a deeply nested body', `${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`],
      ['an unknown field only', '{"x-unknown":1}'],
      ['keys with NUL bytes', '{"reason\\u0000":"x","\\u0000":1}'],
    ];

    const tokenFor = (role: string): string =>
      ({ admin: r.admin, corporation: r.corporationA, care_provider: r.careProviderA, municipal_officer: r.officers.GM0150, coordinator: r.coordinator })[role]!;
    const idFor = (path: string): string =>
      path.startsWith('/api/v1/nominations/')
        ? fixture.nominationId
        : path.startsWith('/api/v1/matches/')
          ? fixture.matchId
          : path.startsWith('/api/v1/vacancies/')
            ? fixture.vacancyId
            : path.startsWith('/api/v1/clients/')
              ? fixture.clientId
              : fixture.runId;
    const concrete = (route: Route) =>
      route.path
        .replace(':id', idFor(route.path))
        .replace(':year', '2026')
        .replace(':code', route.path.includes('/neighbourhoods/') ? 'BU01500101' : r.code);
    const send = (method: string, path: string, token: string | undefined, raw: string) => {
      const req = method === 'PUT' ? t.http.put(path) : method === 'PATCH' ? t.http.patch(path) : t.http.post(path);
      if (token) req.set('Authorization', `Bearer ${token}`);
      return req.set('Content-Type', 'application/json').send(raw);
    };

    /** Sends every body to every route as a role that may call it; returns what did not answer as it should. */
    const attack = async (routes: Route[], bodies: Array<[string, string]>) => {
      const bad: string[] = [];
      for (const route of routes) {
        // logout ends the session it is called with: a session of its own, so the region's tokens stay valid
        const token = route.isPublic ? undefined : route.path.endsWith('/auth/logout') ? await t.login(ADMIN.email, ADMIN.password) : tokenFor(route.roles![0]);
        for (const [what, raw] of bodies) {
          const res = await send(route.method, concrete(route), token, raw);
          const problem = res.status < 400 || (/^application\/problem\+json/.test(res.headers['content-type']) && res.body.status === res.status && res.body.title && res.body.detail);
          if (res.status >= 500 || !problem || res.headers['api-version'] !== API_VERSION) bad.push(`${route.method} ${route.path} with ${what}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
        }
      }
      return bad;
    };

    let writes: Route[];
    beforeAll(() => {
      writes = routeTable(t.app).filter((x) => x.method === 'POST' || x.method === 'PUT' || x.method === 'PATCH');
      expect(writes.length).toBeGreaterThan(20);
    });

    // over a thousand requests, each now also checking its session: on a busy machine this takes more than the default minute
    it('hostile bodies on every POST, PUT and PATCH endpoint never give a 5xx, and every 4xx is a problem', async () => {
      expect(await attack(writes, HOSTILE)).toEqual([]);
    }, 180000);

    it('text that PostgreSQL cannot store (a NUL byte) in an otherwise valid body is refused, not a 5xx', async () => {
      await loop.sweep(); // the hostile bodies above took steps where a body was not needed
      const n = await loop.nomination();
      const vacancyId = await loop.vacancy();
      const matchId = (await loop.proposed(vacancyId)).id;
      const submittedId = (await loop.nomination({ until: 'submitted' })).id;
      const clientId = await loop.client();
      const cases: Array<[string, string, string | undefined, object]> = [
        ['POST', '/auth/login', undefined, { email: `admin${NUL}@test.example`, password: NUL }],
        ['POST', '/clients', r.careProviderA, { ...VALID_CLIENT, reference: NUL }],
        ['POST', '/clients', r.careProviderA, { ...VALID_CLIENT, reference: 'DOS-N1', livingSituation: NUL }],
        ['POST', '/clients', r.careProviderA, { ...VALID_CLIENT, reference: 'DOS-N2', needs: [NUL] }],
        ['POST', '/nominations', r.careProviderA, { clientId, woonvariant: 'zelfstandig', construction: 'regulier', supportProvider: NUL }],
        ['POST', `/nominations/${submittedId}/reject`, r.officers.GM0150, { reason: NUL }],
        ['POST', `/nominations/${n.id}/origin-exception`, r.officers.GM0150, { reason: NUL }],
        ['POST', `/nominations/${submittedId}/withdraw`, r.careProviderA, { reason: NUL }],
        ['POST', '/vacancies', r.corporationA, { ...VALID_VACANCY, address: NUL }],
        ['POST', `/vacancies/${vacancyId}/withdraw`, r.corporationA, { reason: NUL }],
        ['POST', `/matches/${matchId}/decline`, r.officers.GM0150, { reasonCode: 'other', note: NUL }],
        ['POST', `/matches/${matchId}/cancel`, r.coordinator, { reason: NUL }],
        ['POST', '/regions', r.admin, { code: 'NULREGION', name: NUL }],
        ['POST', '/municipalities', r.admin, { code: 'GM0999', name: NUL, regionCode: r.code }],
        ['POST', '/neighbourhoods', r.admin, { code: 'BU01500199', name: NUL, municipalityCode: 'GM0150' }],
        ['POST', '/organisations', r.admin, { type: 'corporation', name: NUL, regionCode: r.code }],
        ['PUT', `/regions/${r.code}/policy`, r.coordinator, { matchingCron: `0 6 * * ${NUL}` }],
      ];
      const bad: string[] = [];
      for (const [method, path, token, body] of cases) {
        const res = await send(method, `/api/v1${path}`, token, JSON.stringify(body));
        if (res.status !== 400 || !/^application\/problem\+json/.test(res.headers['content-type'])) bad.push(`${method} ${path}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
      }
      expect(bad).toEqual([]);
      // nothing was changed by any of them
      expect((await loop.match(matchId)).status).toBe('proposed');
      expect(await loop.nominationStatus(submittedId)).toBe('submitted');
      expect(await loop.vacancyStatus(vacancyId)).toBe('matched');
      expect(await loop.nominationStatus(n.id)).toBe('matched');
    });

    it('text PostgreSQL cannot store in a path or a query is refused, not a 5xx', async () => {
      const cursor = Buffer.from(JSON.stringify([NUL, NUL])).toString('base64url');
      const bad: string[] = [];
      const probes: Array<[string, Promise<Response>]> = [
        ['GET /regions/:code', loop.coordinator.get(`/regions/${encodeURIComponent(NUL)}`)],
        ['GET /regions/:code/policy', loop.coordinator.get(`/regions/${encodeURIComponent(NUL)}/policy`)],
        ['PUT /neighbourhoods/:code/limits', loop.officer('GM0150').put(`/neighbourhoods/${encodeURIComponent(NUL)}/limits`, { maxPlacementsPer12Months: 1, maxLiveTenancies: 1 })],
        ['GET /matches?cursor', loop.coordinator.get(`/matches?cursor=${cursor}`)],
        ['GET /vacancies?cursor', loop.coordinator.get(`/vacancies?cursor=${cursor}`)],
      ];
      for (const [what, pending] of probes) {
        const res = await pending;
        if (res.status >= 500 || !/^application\/problem\+json/.test(res.headers['content-type'])) bad.push(`${what}: ${res.status}`);
      }
      expect(bad).toEqual([]);
    });

    it('hostile query strings on every list never give a 5xx', async () => {
      const lists = routeTable(t.app).filter((x) => x.method === 'GET' && !x.path.includes(':'));
      const queries = [
        'limit=0', 'limit=-1', 'limit=abc', 'limit=1e9', 'limit=1.5', 'limit=', 'limit[]=1', 'limit=1&limit=2', 'cursor=', 'cursor=%00', 'cursor=not-a-cursor',
        `cursor=${Buffer.from('[1]').toString('base64url')}`, `cursor=${Buffer.from('["x","y"]').toString('base64url')}`, `cursor=${Buffer.from('[{"a":1},[]]').toString('base64url')}`,
        `cursor=${Buffer.from('["2026-01-01T00:00:00.000Z","not-a-uuid"]').toString('base64url')}`, `cursor=${'A'.repeat(600)}`,
        'status=bogus', 'status[]=open', 'regionCode=%27%20OR%201=1--', 'municipalityCode=GM0150&municipalityCode=GM0262', 'year=abc', 'unknown=1',
      ];
      const bad: string[] = [];
      for (const route of lists) {
        // public GETs (the OIDC organisations and callback) are attacked without a token
        const token = route.isPublic ? undefined : tokenFor(route.roles![0]);
        for (const q of queries) {
          const req = t.http.get(`${route.path}?${q}`);
          const res = await (token ? req.set('Authorization', `Bearer ${token}`) : req);
          if (res.status >= 500 || (res.status >= 400 && !/^application\/problem\+json/.test(res.headers['content-type']))) bad.push(`GET ${route.path}?${q}: ${res.status}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it('bodies in other media types or encodings are refused, not a 5xx', async () => {
      const path = '/api/v1/clients';
      const token = `Bearer ${r.careProviderA}`;
      const attempts = [
        t.http.post(path).set('Authorization', token).set('Content-Type', 'text/plain').send(JSON.stringify(VALID_CLIENT)),
        t.http.post(path).set('Authorization', token).set('Content-Type', 'application/x-www-form-urlencoded').send('reference=x&birthYear=1990'),
        t.http.post(path).set('Authorization', token).set('Content-Type', 'application/json; charset=utf-16').send(JSON.stringify(VALID_CLIENT)),
        t.http.post(path).set('Authorization', token).set('Content-Type', 'application/json').set('Content-Encoding', 'gzip').send('not gzip'),
        t.http.post(path).set('Authorization', token).set('Content-Type', 'application/json').set('Content-Encoding', 'br-unknown').send('{}'),
      ];
      for (const res of await Promise.all(attempts)) {
        expect(res.status).toBeGreaterThanOrEqual(400);
        expect(res.status).toBeLessThan(500);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      }
    });
  });
});


