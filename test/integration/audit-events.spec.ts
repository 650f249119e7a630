import { randomUUID } from 'node:crypto';
import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

interface Row {
  user_id: string;
  role: string;
  organisation_id: string | null;
  region_code: string | null;
  action: string;
  object_type: string;
  object_id: string;
  client_id: string | null;
  request_id: string;
  ip: string | null;
  grounds: string | null;
  at: Date;
}

/**
 * NEN 7513 over the acceptance flow: every read and write of the client's data and every decision
 * leaves a record of who, what, when, from where and on what grounds; the privacy officer and the
 * coordinator read the trail (which is itself recorded) and the client's own access report.
 */
describe('the audit trail over the acceptance flow', () => {
  let t: TestApp;
  let loop: Loop;
  let clientId: string;
  /** Every request of the walk: its request id, who made it, and the action it must have left. */
  const walk: Array<{ requestId: string; token: string; action: string; objectId?: string; grounds?: RegExp }> = [];

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterAll(() => t?.close());

  /** Makes one request of the walk with a request id of its own, and notes the action it must leave. */
  const step = async (token: string, method: 'get' | 'post', path: string, body: object | undefined, action: string, o: { grounds?: RegExp; status?: number } = {}) => {
    const requestId = `walk-${randomUUID()}`;
    const req = t.http[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('X-Request-ID', requestId);
    const res = method === 'post' ? await req.send(body ?? {}) : await req;
    expect([res.status, path]).toEqual([o.status ?? (method === 'post' && !path.includes('/') ? 201 : res.status), path]);
    expect(res.status).toBeLessThan(300);
    expect(res.headers['x-request-id']).toBe(requestId);
    walk.push({ requestId, token, action, grounds: o.grounds });
    return res.body;
  };
  const rowsOf = (requestId: string): Promise<Row[]> => loop.ds.query(`SELECT * FROM audit_event WHERE request_id = $1 ORDER BY id`, [requestId]);
  const me = async (token: string): Promise<{ id: string; role: string; organisationId: string | null }> => {
    const { id } = (await loop.as(token).get('/auth/me')).body;
    const [u] = await loop.ds.query(`SELECT id, role, organisation_id AS "organisationId" FROM app_user WHERE id = $1`, [id]);
    return u;
  };

  it("a privacy officer reads the region's trail, so only the centrumgemeente's organisation can have one", async () => {
    const [{ id: lochem }] = await loop.ds.query(`SELECT id FROM organisation WHERE municipality_code = 'GM0262'`);
    const res = await loop.as(loop.r.admin).post('/users', { email: 'privacy.lochem@deventer.test', password: 'test-password-123', role: 'privacy_officer', organisationId: lochem });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('organisationId');
  });

  it('walks from a new client to a tenancy; every request leaves its record with who, what, when, where and why', async () => {
    const r = loop.r;
    const care = r.careProviderA;
    const client = await step(care, 'post', '/clients', { reference: `DOS-AUDIT-${Date.now()}`, originMunicipalityCode: 'GM0150', birthYear: 1990, householdSize: 1, currentSetting: 'BW', consentToShare: true }, 'client.create');
    clientId = client.id;
    await step(care, 'get', `/clients/${clientId}`, undefined, 'client.read');
    await step(r.coordinator, 'get', `/clients/${clientId}`, undefined, 'client.read');
    await step(care, 'get', '/clients', undefined, 'client.list');
    const nomination = await step(care, 'post', '/nominations', { clientId, woonvariant: 'zelfstandig', construction: 'regulier' }, 'nomination.create');
    await step(care, 'post', `/nominations/${nomination.id}/submit`, {}, 'nomination.submit');
    await step(r.officers.GM0150, 'get', `/nominations/${nomination.id}`, undefined, 'nomination.read');
    await step(r.officers.GM0150, 'post', `/nominations/${nomination.id}/origin-exception`, { reason: 'werk in de regio', allowedMunicipalityCodes: ['GM0262'] }, 'nomination.origin_exception', { grounds: /werk in de regio/ });
    await step(r.officers.GM0150, 'post', `/nominations/${nomination.id}/approve`, { priorityClass: 'urgent' }, 'nomination.approve', { grounds: /priority:urgent/ });
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await step(r.officers.GM0150, 'get', '/matches', undefined, 'match.list');
    await step(r.corporationA, 'get', `/matches/${match.id}`, undefined, 'match.read');
    await step(r.officers[match.destinationMunicipalityCode], 'post', `/matches/${match.id}/approve`, {}, 'match.approve');
    await step(r.corporationA, 'post', `/matches/${match.id}/accept`, {}, 'match.accept');
    await step(care, 'post', `/matches/${match.id}/client-accept`, {}, 'match.client_accept');
    const lease = await step(r.corporationA, 'post', `/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' }, 'match.lease_signed', { grounds: /lease regulier/ });
    await step(care, 'get', `/tenancies/${lease.tenancyId}`, undefined, 'tenancy.read');
    await step(r.corporationA, 'get', '/tenancies', undefined, 'tenancy.list');
    await step(r.corporationA, 'get', `/tenancies/${lease.tenancyId}/timeline`, undefined, 'tenancy.read');

    for (const w of walk) {
      const who = await me(w.token);
      const rows = await rowsOf(w.requestId);
      const mine = rows.filter((x) => x.client_id === clientId);
      expect([w.action, mine.map((x) => x.action)]).toEqual([w.action, expect.arrayContaining([w.action])]);
      for (const x of mine) {
        expect(x).toEqual(
          expect.objectContaining({ user_id: who.id, role: who.role, organisation_id: who.organisationId, region_code: loop.r.code, request_id: w.requestId, client_id: clientId }),
        );
        expect(x.ip).toMatch(/127\.0\.0\.1|::1/);
        expect(x.grounds).toBeTruthy();
        expect(Math.abs(new Date(x.at).getTime() - t.clock.now().getTime())).toBeLessThan(60_000);
      }
      if (w.grounds) expect(mine.find((x) => x.action === w.action)!.grounds).toMatch(w.grounds);
    }
  });

  it('a withdrawal that cancels a live match, a decline and a rejection name their reasons', async () => {
    const a = await loop.nomination();
    const v = await loop.vacancy();
    const x = await loop.proposed(v);
    expect(x.nominationId).toBe(a.id);
    const declined = await loop.officer(x.destinationMunicipalityCode).post(`/matches/${x.id}/decline`, { reasonCode: 'other', note: 'past niet' });
    expect(declined.status).toBe(200);
    const y = await loop.proposed(v).catch(() => undefined);
    const rejected = await loop.nomination({ until: 'submitted' });
    expect((await loop.officer('GM0150').post(`/nominations/${rejected.id}/reject`, { reason: 'buiten de doelgroep' })).status).toBe(200);
    const rows: Row[] = await loop.ds.query(`SELECT * FROM audit_event WHERE action IN ('match.decline','nomination.reject','match.cancel') ORDER BY id`);
    expect(rows.find((r) => r.action === 'match.decline')).toEqual(expect.objectContaining({ client_id: a.clientId, grounds: 'reason:other' }));
    expect(rows.find((r) => r.action === 'nomination.reject')).toEqual(expect.objectContaining({ client_id: rejected.clientId, grounds: 'buiten de doelgroep' }));
    if (y) {
      const withdrawn = await loop.as(loop.r.corporationA).post(`/vacancies/${v}/withdraw`, { reason: 'verkocht' });
      expect(withdrawn.status).toBe(200);
      const [cancel]: Row[] = await loop.ds.query(`SELECT * FROM audit_event WHERE action = 'match.cancel' AND object_id = $1`, [y.id]);
      expect(cancel.grounds).toMatch(/home withdrawn: verkocht/);
    }
    await loop.sweep();
  });

  it('the privacy officer and the coordinator read the whole walk back through GET /audit-events, newest first, page by page', async () => {
    for (const token of [loop.r.privacyOfficer, loop.r.coordinator]) {
      const seen: Array<{ id: string; requestId: string; action: string; clientId: string; organisationName: string | null; grounds: string | null }> = [];
      let cursor: string | null = null;
      do {
        const res = await loop.as(token).get(`/audit-events?clientId=${clientId}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
        expect(res.status).toBe(200);
        seen.push(...res.body.items);
        cursor = res.body.nextCursor;
      } while (cursor);
      const ids = seen.map((x) => Number(x.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      for (const w of walk) expect(seen.filter((x) => x.requestId === w.requestId).map((x) => x.action)).toContain(w.action);
      expect(seen.every((x) => x.clientId === clientId && x.grounds)).toBe(true);
      expect(seen.find((x) => x.action === 'client.create')!.organisationName).toBe('Zorgaanbieder A');
    }
  });

  it('filters by actor, action and period, and refuses filters that are not valid with a problem naming the field', async () => {
    const care = await me(loop.r.careProviderA);
    const byActor = await loop.as(loop.r.privacyOfficer).get(`/audit-events?actorId=${care.id}&action=client.read&limit=500`);
    expect(byActor.status).toBe(200);
    expect(byActor.body.items.length).toBeGreaterThan(0);
    expect(byActor.body.items.every((x: { userId: string; action: string }) => x.userId === care.id && x.action === 'client.read')).toBe(true);
    const now = t.clock.now();
    const future = await loop.as(loop.r.privacyOfficer).get(`/audit-events?from=${new Date(now.getTime() + 3600_000).toISOString()}`);
    expect(future.body.items).toEqual([]);
    const past = await loop.as(loop.r.privacyOfficer).get(`/audit-events?to=2000-01-01`);
    expect(past.body.items).toEqual([]);
    for (const [query, field] of [
      ['from=gisteren', 'from'],
      ['to=2026-13-45', 'to'],
      ['from=2026-02-01&to=2026-01-01', 'to'],
      ['clientId=abc', 'clientId'],
      ['actorId=1', 'actorId'],
      ['action=client.delete', 'action'],
      ['cursor=bm9wZQ', 'cursor'],
      ['limit=0', 'limit'],
      ['secret=1', 'secret'],
    ]) {
      const res = await loop.as(loop.r.privacyOfficer).get(`/audit-events?${query}`);
      expect([query, res.status, res.headers['content-type']]).toEqual([query, 400, expect.stringMatching(/^application\/problem\+json/)]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
  });

  it('reading the trail is itself in the trail, with the filter as its grounds', async () => {
    const requestId = `read-${randomUUID()}`;
    const res = await t.http.get(`/api/v1/audit-events?clientId=${clientId}`).set('Authorization', `Bearer ${loop.r.privacyOfficer}`).set('X-Request-ID', requestId);
    expect(res.status).toBe(200);
    const rows = await rowsOf(requestId);
    expect(rows).toEqual([expect.objectContaining({ action: 'audit.read', role: 'privacy_officer', client_id: clientId, object_type: 'audit_event' })]);
    expect(rows[0].grounds).toContain(clientId);
  });

  it('shows only the own region, and no other role reads the trail', async () => {
    const elsewhere = randomUUID();
    await loop.ds.query(
      `INSERT INTO audit_event (at, user_id, role, action, object_type, object_id, client_id, region_code, grounds) VALUES (now(), $1, 'coordinator', 'client.read', 'client', $2, $3, 'ELSEWHERE', 'task:coordinator')`,
      [randomUUID(), 'x', elsewhere],
    );
    const all = await loop.as(loop.r.privacyOfficer).get('/audit-events?limit=500&action=client.read');
    expect(all.body.items.length).toBeGreaterThan(0);
    expect(all.body.items.some((x: { clientId: string }) => x.clientId === elsewhere)).toBe(false);
    expect((await loop.as(loop.r.privacyOfficer).get(`/audit-events?clientId=${elsewhere}`)).body.items).toEqual([]);
    const [{ n }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.read' AND region_code = 'ELSEWHERE'`);
    expect(n).toBe(1);
    for (const token of [loop.r.careProviderA, loop.r.corporationA, loop.r.officers.GM0150, loop.r.auditor, loop.r.admin]) {
      expect((await loop.as(token).get('/audit-events')).status).toBe(403);
      expect((await loop.as(token).get(`/clients/${clientId}/access-report`)).status).toBe(403);
    }
  });

  it("produces the client's access report: who from which organisation saw or changed what, and when, as JSON and CSV", async () => {
    const json = await loop.as(loop.r.privacyOfficer).get(`/clients/${clientId}/access-report`);
    expect(json.status).toBe(200);
    expect(json.body.clientId).toBe(clientId);
    const items: Array<{ at: string; organisationName: string; action: string }> = json.body.items;
    for (const w of walk) expect(items.map((x) => x.action)).toContain(w.action);
    expect(items.map((x) => x.at)).toEqual([...items.map((x) => x.at)].sort());
    expect(items.map((x) => x.organisationName)).toEqual(expect.arrayContaining(['Zorgaanbieder A', 'Woonbedrijf A', 'Gemeente Deventer']));
    for (const ask of [(c: ReturnType<typeof loop.as>) => c.get(`/clients/${clientId}/access-report?format=csv`), (c: ReturnType<typeof loop.as>) => c.get(`/clients/${clientId}/access-report`).set('Accept', 'text/csv')]) {
      const csv = await ask(loop.as(loop.r.coordinator));
      expect(csv.status).toBe(200);
      expect(csv.headers['content-type']).toMatch(/^text\/csv/);
      expect(csv.headers['content-disposition']).toContain('attachment');
      const lines = csv.text.trim().split('\r\n');
      expect(lines[0]).toBe('at,organisationName,organisationType,role,userId,action,objectType,objectId,grounds');
      expect(lines.length).toBeGreaterThan(walk.length);
      expect(csv.text).toContain('"client.create"');
    }
    const [{ n }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'audit.access_report' AND client_id = $1`, [clientId]);
    expect(n).toBe(3);
    expect((await loop.as(loop.r.privacyOfficer).get(`/clients/${randomUUID()}/access-report`)).status).toBe(404);
    expect((await loop.as(loop.r.privacyOfficer).get(`/clients/${clientId}/access-report?format=pdf`)).status).toBe(400);
  });

  it('a request id the caller sends is echoed; one that is not plain is replaced by a fresh one', async () => {
    const plain = await loop.as(loop.r.privacyOfficer).get('/audit-events?limit=1').set('X-Request-ID', 'abc-123');
    expect(plain.headers['x-request-id']).toBe('abc-123');
    const hostile = await loop.as(loop.r.privacyOfficer).get('/audit-events?limit=1').set('X-Request-ID', '<script>alert(1)</script>');
    expect(hostile.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    const none = await t.http.get('/api/v1/audit-events');
    expect(none.status).toBe(401);
    expect(none.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('the trail stays append-only: UPDATE and DELETE fail, also on the new columns', async () => {
    await expect(loop.ds.query(`UPDATE audit_event SET grounds = 'changed' WHERE client_id = $1`, [clientId])).rejects.toThrow(/append-only/);
    await expect(loop.ds.query(`DELETE FROM audit_event WHERE client_id = $1`, [clientId])).rejects.toThrow(/append-only/);
  });
});
