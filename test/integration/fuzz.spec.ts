import fc from 'fast-check';
import { Logger } from '@nestjs/common';
import { Loop } from './support/loop';
import { createTestRegion, PASSWORD, TestRegion } from './support/region.factory';
import { Route, routeTable } from './support/routes';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * Hostile input to every endpoint of the route table, as a role the endpoint admits: malformed and
 * hostile bodies, path parameters, query strings and headers (fast-check, a fixed seed per run
 * printed on failure). No answer is a 5xx, and every 4xx is an RFC 9457 problem.
 */
const RUNS_PER_ROUTE = Number(process.env.FUZZ_RUNS ?? 40);

/** Field names the API knows, so hostile values reach the validators and the handlers. */
const FIELDS = [
  'reference', 'originMunicipalityCode', 'birthYear', 'householdSize', 'currentSetting', 'consentToShare', 'needs', 'avoidNeighbourhoodCodes', 'livingSituation', 'incomeBand',
  'clientId', 'woonvariant', 'construction', 'minRooms', 'maxRent', 'priorityClass', 'reason', 'allowedMunicipalityCodes', 'address', 'neighbourhoodCode', 'rooms', 'rent',
  'availableFrom', 'constructions', 'reasonCode', 'note', 'startDate', 'date', 'outcome', 'type', 'email', 'password', 'role', 'organisationId', 'code', 'name', 'regionCode',
  'municipalityCode', 'maxPlacementsPer12Months', 'maxLiveTenancies', 'exchangeTolerance', 'fitWeights', 'matchingCron', 'limit', 'cursor', 'status', 'format', 'from', 'to',
  'actorId', 'action', 'unitId', 'supportProvider', 'supportIntensity', 'readyFrom',
];
const HOSTILE_KEYS = ['__proto__', 'constructor', 'prototype', '__defineGetter__', 'toString', 'hasOwnProperty'];

const hostileString = fc.oneof(
  fc.constantFrom(
    "' OR 1=1 --", "'; DROP TABLE client; --", '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '\u0000', 'abc\u0000def', '\ud800', '\udfff\ud800', '%00', '../../etc/passwd',
    '${jndi:ldap://x}', '{{7*7}}', '\\', '', ' ', 'null', 'undefined', 'NaN', 'Infinity', '-0', '1e309', '0x10', '２０２６-１２-０１', '2026-02-30', '9999-99-99', 'GM0150\n', 'BU01500101 ',
    '00000000-0000-4000-8000-000000000000', 'e30', 'W10', 'WyIxIl0', 'WzEsMiwzXQ', 'eyJhIjoxfQ', '%', '%zz', '\u202e', '😀'.repeat(50),
  ),
  fc.string({ maxLength: 50 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.integer({ min: 1000, max: 20000 }).map((n) => 'x'.repeat(n)),
);
const hostileNumber = fc.oneof(
  fc.constantFrom(0, -1, 1e308, -1e308, 2 ** 53 + 1, -(2 ** 63), 2 ** 31, 0.1, -0.0000001, 1.5, 99999999999),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer(),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    hostileString,
    hostileNumber,
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(fc.constantFrom(...FIELDS, ...HOSTILE_KEYS), fc.string({ maxLength: 10 })), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** Percent-encodes anything, lone surrogates included; `raw:` values go as they are (invalid UTF-8 in the URL). */
const enc = (v: string): string => {
  if (v.startsWith('raw:')) return v.slice(4);
  try {
    return encodeURIComponent(v);
  } catch {
    return [...Buffer.from(v, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  }
};

/** A JSON text with hostile keys written literally (JSON.stringify drops `__proto__` set by assignment). */
const objectText = (entries: Array<[string, unknown]>) => `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'}`).join(',')}}`;

type Body = { kind: 'json'; text: string } | { kind: 'raw'; bytes: Buffer; contentType: string };
const body: fc.Arbitrary<Body> = fc.oneof(
  fc.array(fc.tuple(fc.constantFrom(...FIELDS, ...HOSTILE_KEYS), hostileValue), { maxLength: 6 }).map((e) => ({ kind: 'json' as const, text: objectText(e) })),
  hostileValue.map((v) => ({ kind: 'json' as const, text: JSON.stringify(v) ?? 'null' })),
  fc.constantFrom('{', '{"a":', '[1,2', '{"a":1}}', 'nul', '"\\ud800"', '{"a":"\\u0000"}', '1e999999', '{"__proto__":{"isAdmin":true}}', '{"constructor":{"prototype":{"x":1}}}').map((text) => ({ kind: 'json' as const, text })),
  fc.uint8Array({ minLength: 1, maxLength: 64 }).map((b) => ({ kind: 'raw' as const, bytes: Buffer.from(b), contentType: 'application/json' })),
  fc.constantFrom(Buffer.from([0xc3, 0x28]), Buffer.from([0xff, 0xfe, 0x00]), Buffer.from('{"reference":"\xff\xfe"}', 'latin1'), Buffer.from([0xed, 0xa0, 0x80])).map((bytes) => ({
    kind: 'raw' as const,
    bytes,
    contentType: 'application/json; charset=utf-8',
  })),
  fc.tuple(fc.constantFrom('text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json; charset=latin1', 'application/json; charset=utf-16'), hostileString).map(([contentType, s]) => ({
    kind: 'raw' as const,
    bytes: Buffer.from(s),
    contentType,
  })),
);
const query = fc.array(
  fc.tuple(
    fc.oneof(fc.constantFrom('limit', 'cursor', 'status', 'clientId', 'from', 'to', 'actorId', 'action', 'format', 'limit[]', 'cursor[a]', '__proto__', 'constructor[prototype]', 'x'), fc.string({ maxLength: 8 })),
    fc.oneof(hostileString, hostileNumber.map(String), fc.constantFrom('raw:%FF', 'raw:%C3%28', 'raw:%00', 'raw:%', 'bm9wZQ', 'WyJ4Il0', 'WzFd', 'WyIyMDI2LTAxLTAxIiwiJ10', '-1', '0', '501', '1e309', '1.5', 'NaN')),
  ),
  { maxLength: 4 },
);
const param = fc.oneof(
  hostileString,
  fc.constantFrom('00000000-0000-4000-8000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '1', '-1', '2026', '99999999999999999999', 'GM0150', 'BU01500101', '..', '%2e%2e', '__proto__', 'constructor'),
  fc.constantFrom('raw:%C3%28', 'raw:%FF%FE', 'raw:%ED%A0%80', 'raw:%00', 'raw:%', 'raw:%zz', 'raw:%E0%80%AF'),
);
const headers = fc.record(
  {
    accept: fc.constantFrom('*/*', 'text/csv', 'application/xml', 'text/html', '', 'application/problem+json', '\u0000'),
    xRequestId: fc.oneof(hostileString, fc.constant('ok-1')),
    acceptLanguage: fc.constantFrom('nl', 'en', 'xx-INVALID', '*'),
  },
  { requiredKeys: [] },
);

describe('fuzz: hostile input to every endpoint gives no 5xx, and every 4xx is a problem', () => {
  let t: TestApp;
  let r: TestRegion;
  let routes: Route[];
  const tokenFor = (role: string): string =>
    ({ admin: r.admin, corporation: r.corporationA, care_provider: r.careProviderA, municipal_officer: r.officers.GM0150, coordinator: r.coordinator, auditor: r.auditor, privacy_officer: r.privacyOfficer })[role]!;
  /** Routes that end the caller's session: each request gets a fresh login, so the shared role tokens stay live for every later route. */
  const ENDS_SESSION = new Set(['POST /api/v1/auth/logout']);
  const freshLogin = (role: string): Promise<string> => {
    const lc = r.code.toLowerCase();
    const email = ({ admin: ADMIN.email, corporation: `corp.a@${lc}.test`, care_provider: `care.a@${lc}.test`, municipal_officer: `officer.gm0150@${lc}.test`, coordinator: `coordinator@${lc}.test`, auditor: `auditor@${lc}.test`, privacy_officer: `privacy@${lc}.test` })[role]!;
    return t.login(email, role === 'admin' ? ADMIN.password : PASSWORD);
  };
  const tokenForRoute = (route: Route): Promise<string> => (ENDS_SESSION.has(`${route.method} ${route.path}`) ? freshLogin(route.roles![0]) : Promise.resolve(tokenFor(route.roles![0])));
  /** A request with the route's own method (PATCH and DELETE included). */
  const request = (method: string, url: string) => {
    switch (method) {
      case 'GET': return t.http.get(url);
      case 'POST': return t.http.post(url);
      case 'PUT': return t.http.put(url);
      case 'PATCH': return t.http.patch(url);
      case 'DELETE': return t.http.delete(url);
      default: throw new Error(`no way to send ${method} ${url}`);
    }
  };
  /** The roles whose shared token no longer answers GET /auth/me: a route that ended a session would make every later answer a 401. */
  const endedSessions = async (): Promise<string[]> => {
    const ended: string[] = [];
    for (const role of ['admin', 'corporation', 'care_provider', 'municipal_officer', 'coordinator', 'auditor', 'privacy_officer'])
      if ((await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${tokenFor(role)}`)).status !== 200) ended.push(role);
    return ended;
  };

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    routes = routeTable(t.app);
    // a little data, so handlers get past "not found" now and then
    const loop = new Loop(t, r);
    await loop.nomination();
    await loop.vacancy();
    await loop.settled();
  });
  afterAll(() => t?.close());

  it(`sends ${RUNS_PER_ROUTE} hostile requests to each endpoint`, async () => {
    const bad: string[] = [];
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    let sent = 0;
    try {
      for (const route of routes) {
        const role = route.isPublic ? undefined : route.roles![0];
        await fc.assert(
          fc.asyncProperty(fc.record({ body, query, params: fc.array(param, { minLength: 3, maxLength: 3 }), headers }), async (input) => {
            let i = 0;
            const path = route.path.replace(/:(id|code|year|month)/g, () => enc(input.params[i++]).replace(/%2F/gi, '_'));
            const qs = input.query.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&');
            const url = `${path}${qs ? `?${qs}` : ''}`;
            let req = request(route.method, url);
            if (role) req = req.set('Authorization', `Bearer ${await tokenForRoute(route)}`);
            if (input.headers.accept !== undefined && !input.headers.accept.includes('\u0000')) req = req.set('Accept', input.headers.accept);
            if (input.headers.acceptLanguage) req = req.set('Accept-Language', input.headers.acceptLanguage);
            if (input.headers.xRequestId !== undefined && /^[\x20-\x7e]*$/.test(input.headers.xRequestId) && input.headers.xRequestId.length < 4000) req = req.set('X-Request-ID', input.headers.xRequestId);
            const res =
              route.method === 'GET'
                ? await req
                : input.body.kind === 'json'
                  ? await req.set('Content-Type', 'application/json').send(input.body.text)
                  : await req.set('Content-Type', input.body.contentType).send(input.body.bytes);
            sent++;
            const what = `${route.method} ${url.slice(0, 200)} ${input.body.kind === 'json' ? input.body.text.slice(0, 200) : input.body.bytes.toString('hex').slice(0, 100)}`;
            if (res.status >= 500) bad.push(`${res.status} ${what}`);
            else if (res.status >= 400) {
              if (!/^application\/problem\+json/.test(res.headers['content-type'] ?? '')) bad.push(`${res.status} without a problem body: ${what}`);
              else if (res.body?.status !== res.status || !res.body?.title || !res.body?.type) bad.push(`${res.status} with an incomplete problem: ${what}`);
            }
            return true;
          }),
          { numRuns: RUNS_PER_ROUTE, seed: Number(process.env.FUZZ_SEED ?? 20261125), endOnFailure: true },
        );
        if (bad.length > 20) break;
      }
    } finally {
      errors.mockRestore();
    }
    expect(await endedSessions()).toEqual([]);
    expect(bad.slice(0, 20)).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(routes.length * RUNS_PER_ROUTE);
  }, 120000);

  it('a body field named __proto__ or constructor is refused with a 400 naming it, on every write endpoint', async () => {
    const open: string[] = [];
    const writes = routes.filter((x) => x.method !== 'GET' && !x.isPublic);
    expect(writes.map((x) => x.method).filter((m) => !['POST', 'PUT', 'PATCH', 'DELETE'].includes(m))).toEqual([]);
    for (const route of writes) {
      const code = route.path.includes('/neighbourhoods/') ? r.buurten.GM0150[0] : route.path.includes('/municipalities/') ? 'GM0150' : r.code;
      const path = route.path.replace(':id', '00000000-0000-4000-8000-000000000000').replace(':year', '2026').replace(':month', '2026-10').replace(':code', code);
      for (const text of ['{"__proto__":{"role":"admin"}}', '{"constructor":{"prototype":{"role":"admin"}}}', '{"reason":"x","__proto__":{"x":1}}']) {
        // the route's own method: a POST to a PATCH or DELETE route is a 404 for the missing route, not an answer of the endpoint
        const res = await request(route.method, path).set('Authorization', `Bearer ${await tokenForRoute(route)}`).set('Content-Type', 'application/json').send(text);
        const fields = (res.body.errors ?? []).map((e: { field: string }) => e.field);
        if (res.status !== 400 || !fields.some((f: string) => f === '__proto__' || f === 'constructor')) open.push(`${route.method} ${route.path} ${text}: ${res.status} ${JSON.stringify(fields)}`);
      }
    }
    expect(await endedSessions()).toEqual([]);
    expect(open).toEqual([]);
    expect(({} as Record<string, unknown>).role).toBeUndefined();
  });
});
