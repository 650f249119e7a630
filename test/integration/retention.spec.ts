import { RetentionProcessor } from '@tp/core/retention/retention.processor';
import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { ADMIN, startTestApp, TestApp } from './support/test-app';
import { DataSource } from 'typeorm';

const MONTH = 31 * 24 * 3600 * 1000;

interface ClientRow {
  reference: string;
  erased_at: Date | null;
  birth_year: number;
  sex: string | null;
  legal_framework: string | null;
  current_setting: string;
  household_size: number;
  origin_municipality_code: string;
  living_situation: string | null;
  income_band: string | null;
  needs: string[];
  avoid_neighbourhood_codes: string[];
}

/**
 * Retention: after RETENTION_MONTHS the scheduled job (through the outbox) erases the personal data
 * of clients whose case closed; open cases and live tenancies stay; the aggregates and the audit
 * trail stay as they were.
 */
describe('retention of personal data', () => {
  let t: TestApp;
  let loop: Loop;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    // the clock moves years ahead here; the test's own sessions must outlive that
    t = await startTestApp({ RETENTION_MONTHS: '12', SESSION_RETENTION_DAYS: '3650' });
    loop = new Loop(t, await createTestRegion(t));
  });
  afterAll(() => t?.close());

  const retention = () => t.app.get(RetentionProcessor);
  /** The payload of the latest scheduled retention run. */
  const nextRun = async (): Promise<{ at: string }> => (await loop.ds.query(`SELECT payload FROM outbox WHERE job_name = 'retention.run' ORDER BY available_at DESC LIMIT 1`))[0].payload;
  const client = async (id: string): Promise<ClientRow> => (await loop.ds.query(`SELECT * FROM client WHERE id = $1`, [id]))[0];
  const full = {
    originMunicipalityCode: 'GM0262', birthYear: 1980, householdSize: 3, currentSetting: 'MO', consentToShare: true, sex: 'male', legalFramework: 'Wmo',
    livingSituation: 'slaapt bij een vriend', incomeBand: 'minimum', needs: ['ground_floor', 'schuldhulp'],
  };

  it('erases, once the period has passed, the clients whose case closed, and keeps open and live cases', async () => {
    const care = loop.as(loop.r.careProviderA);
    const make = async (reference: string) => (await care.post('/clients', { ...full, reference, avoidNeighbourhoodCodes: [loop.r.buurten.GM0150[1]] })).body.id as string;
    // withdrawn: closed
    ids.withdrawn = await make('RET-WITHDRAWN');
    const w = await loop.nomination({ clientId: ids.withdrawn, origin: 'GM0262' });
    expect((await care.post(`/nominations/${w.id}/withdraw`, { reason: 'verhuisd naar familie' })).status).toBe(200);
    // rejected: closed
    ids.rejected = await make('RET-REJECTED');
    const rj = await loop.nomination({ clientId: ids.rejected, origin: 'GM0262', until: 'submitted' });
    expect((await loop.officer('GM0262').post(`/nominations/${rj.id}/reject`, { reason: 'buiten de doelgroep' })).status).toBe(200);
    // housed, tenancy live: open
    ids.live = await loop.client();
    await loop.nomination({ clientId: ids.live });
    const v = await loop.vacancy();
    const x = await loop.proposed(v);
    await loop.advance(x.id, 'client_accepted');
    ids.tenancy = await loop.signLease(x.id, '2026-12-01');
    // active in the queue: open
    ids.active = await make('RET-ACTIVE');
    await loop.nomination({ clientId: ids.active, origin: 'GM0262' });
    // never nominated: no case that closed
    ids.registered = await make('RET-REGISTERED');
    await loop.settled();

    const ledger = (await loop.coordinator.get('/reports/exchange-ledger')).body.items;
    /** The live tenancies per buurt (the placements of the last 12 months move with the clock, not with the erasure). */
    const liveLoad = async () => JSON.stringify((await loop.coordinator.get('/reports/neighbourhood-load')).body, (k, v) => (k === 'generatedAt' || /placements/i.test(k) ? undefined : v));
    const load = await liveLoad();
    const [{ n: auditBefore }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE client_id = $1`, [ids.withdrawn]);

    // the run is scheduled through the outbox (the next 03:00); the job does what a due run does
    const scheduled = await nextRun();
    expect(new Date(scheduled.at).getTime()).toBeGreaterThan(t.clock.now().getTime());
    // eleven months on, nothing is due yet
    t.clock.advance(11 * MONTH);
    await retention().handle(scheduled);
    expect((await client(ids.withdrawn)).erased_at).toBeNull();

    // past the period: the next scheduled run erases the closed cases
    t.clock.advance(2 * MONTH);
    await retention().handle(await nextRun());
    expect((await client(ids.withdrawn)).erased_at).not.toBeNull();
    expect((await client(ids.rejected)).erased_at).not.toBeNull();
    // it scheduled the next run after now; a run again finds nothing to do
    expect(new Date((await nextRun()).at).getTime()).toBeGreaterThan(t.clock.now().getTime());
    expect(await retention().handle(await nextRun())).toBe('skipped');
    for (const id of [ids.withdrawn, ids.rejected]) {
      const c = await client(id);
      expect(c).toEqual(
        expect.objectContaining({
          reference: `gewist-${id}`, living_situation: null, income_band: null, needs: [], avoid_neighbourhood_codes: [],
          birth_year: 1980, sex: 'male', legal_framework: 'Wmo', current_setting: 'MO', household_size: 3, origin_municipality_code: 'GM0262',
        }),
      );
    }
    const [n] = await loop.ds.query(`SELECT withdrawal_reason, support_provider FROM nomination WHERE client_id = $1`, [ids.withdrawn]);
    expect(n.withdrawal_reason).toBe('[gewist]');
    const [r] = await loop.ds.query(`SELECT rejection_reason FROM nomination WHERE client_id = $1`, [ids.rejected]);
    expect(r.rejection_reason).toBe('[gewist]');
    for (const id of [ids.live, ids.active]) expect((await client(id)).erased_at).toBeNull();
    // a client never nominated has no case that closed; untouched for the period, it is erased too
    expect((await client(ids.registered)).erased_at).not.toBeNull();
    expect((await client(ids.registered)).reference).toBe(`gewist-${ids.registered}`);
    expect((await client(ids.active)).living_situation).toBe('slaapt bij een vriend');

    // the aggregates are as they were, and the audit trail stays, with the erasure added
    expect((await loop.coordinator.get('/reports/exchange-ledger')).body.items).toEqual(ledger);
    expect(await liveLoad()).toEqual(load);
    expect(load).toContain('"liveTenancies":1');
    const trail: Array<{ action: string; role: string; grounds: string }> = await loop.ds.query(`SELECT action, role, grounds FROM audit_event WHERE client_id = $1 ORDER BY id`, [ids.withdrawn]);
    expect(trail.length).toBe(auditBefore + 1);
    expect(trail[trail.length - 1]).toEqual({ action: 'client.erase', role: 'system', grounds: 'retention: case closed more than 12 months ago' });

    // the care provider and the privacy officer see the client as erased
    const seen = await loop.as(loop.r.careProviderA).get(`/clients/${ids.withdrawn}`);
    expect(seen.body).toEqual(expect.objectContaining({ reference: `gewist-${ids.withdrawn}`, livingSituation: null, needs: [], erasedAt: expect.any(String) }));
    const report = await loop.as(loop.r.privacyOfficer).get(`/clients/${ids.withdrawn}/access-report`);
    expect(report.body.erasedAt).toEqual(expect.any(String));
    expect(report.body.items.map((i: { action: string }) => i.action)).toContain('client.erase');
    // an erased client cannot be nominated again: its data is gone
    const again = await care.post('/nominations', { clientId: ids.withdrawn, woonvariant: 'zelfstandig', construction: 'regulier' });
    expect(again.status).toBe(409);
  });

  it('a tenancy that ended closes the case at its end; a rerun erases nothing twice', async () => {
    const [{ reference: liveRef }] = await loop.ds.query(`SELECT reference FROM client WHERE id = $1`, [ids.live]);
    const notificationsOf = (): Promise<Array<{ title: string; body: string; params: Record<string, string> | null }>> =>
      loop.ds.query(
        `SELECT x.title, x.body, x.params FROM notification x
          WHERE (x.object_type = 'match' AND x.object_id IN (SELECT mt.id FROM match mt JOIN nomination n ON n.id = mt.nomination_id WHERE n.client_id = $1))
             OR (x.object_type = 'tenancy' AND x.object_id IN (SELECT id FROM tenancy WHERE client_id = $1))`,
        [ids.live],
      );
    expect((await notificationsOf()).some((x) => x.body.includes(liveRef) || x.params?.clientReference === liveRef)).toBe(true);
    const ended = await loop.as(loop.r.corporationA).post(`/tenancies/${ids.tenancy}/events`, { type: 'ended', date: t.clock.now().toISOString().slice(0, 10) });
    expect(ended.status).toBe(201);
    const [{ n: before }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.erase'`);
    t.clock.advance(11 * MONTH);
    await retention().handle(await nextRun());
    expect((await client(ids.live)).erased_at).toBeNull();
    t.clock.advance(2 * MONTH);
    const run = await nextRun();
    // two runs at once (a retry, a second worker) erase each client once
    await Promise.all([retention().handle(run), retention().handle(run)]);
    expect(await retention().handle(run)).toBe('skipped');
    expect((await client(ids.live)).erased_at).not.toBeNull();
    expect((await client(ids.active)).erased_at).toBeNull();
    // the notifications name the pseudonym, no longer the reference
    const stored = await notificationsOf();
    expect(stored.length).toBeGreaterThan(0);
    for (const x of stored) {
      expect(`${x.title} ${x.body} ${JSON.stringify(x.params)}`).not.toContain(liveRef);
      if (x.params?.clientReference) expect(x.params.clientReference).toBe(`gewist-${ids.live}`);
    }
    // the match explanation keeps only the rules tested and their outcome
    const [{ explanation }] = await loop.ds.query(`SELECT mt.explanation FROM match mt JOIN nomination n ON n.id = mt.nomination_id WHERE n.client_id = $1`, [ids.live]);
    expect(explanation).toEqual(expect.objectContaining({ erased: true, summary: '[gewist]' }));
    for (const k of ['priorityClass', 'approvedAt', 'fit']) expect(explanation).not.toHaveProperty(k);
    const rules = [...explanation.rules, ...explanation.additionalRules];
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(Object.keys(r).sort()).toEqual(['detail', 'passed', 'rule']);
      expect(r.detail).toBe(r.passed ? 'passed' : 'not passed');
    }
    // the views still show it
    const [{ id: matchId }] = await loop.ds.query(`SELECT mt.id FROM match mt JOIN nomination n ON n.id = mt.nomination_id WHERE n.client_id = $1`, [ids.live]);
    const seen = await loop.coordinator.get(`/matches/${matchId}`);
    expect(seen.status).toBe(200);
    expect(seen.body.explanation.erased).toBe(true);
    const [{ n: after }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.erase'`);
    expect(after).toBe(before + 1);
  });
});

describe('retention of what logins leave behind', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('removes sessions ended or run out more than a week ago, with their refresh tokens, and expired OIDC login rows; keeps the live ones', async () => {
    const ds = t.app.get(DataSource);
    const login = () => t.http.post('/api/v1/auth/login').send({ email: ADMIN.email, password: ADMIN.password });
    const old = (await login()).body;
    const live = (await login()).body;
    const [{ sid: oldSid }] = await ds.query(`SELECT session_id AS sid FROM session_refresh_token ORDER BY issued_at LIMIT 1`);
    await ds.query(`UPDATE session SET expires_at = now() - interval '8 days' WHERE id = $1`, [oldSid]);
    await ds.query(
      `INSERT INTO oidc_exchange_code (code_hash, user_id, expires_at) SELECT repeat('a', 64), id, now() - interval '1 minute' FROM app_user WHERE email = $1`,
      [ADMIN.email],
    );

    expect(await t.app.get(RetentionProcessor).handle({ at: new Date().toISOString() })).toBe('done');
    expect((await ds.query(`SELECT count(*)::int AS n FROM session WHERE id = $1`, [oldSid]))[0].n).toBe(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM session_refresh_token WHERE session_id = $1`, [oldSid]))[0].n).toBe(0);
    expect((await ds.query(`SELECT count(*)::int AS n FROM oidc_exchange_code`))[0].n).toBe(0);
    // the live session still works, the old one is gone
    expect((await t.http.get('/api/v1/auth/me').set('Authorization', `Bearer ${live.accessToken}`)).status).toBe(200);
    expect((await t.http.post('/api/v1/auth/refresh').send({ refreshToken: old.refreshToken })).status).toBe(401);
  });
});
