import { DataSource } from 'typeorm';
import { TenancyReminderProcessor } from '@tp/core/tenancies/tenancy-reminder.processor';
import { createTestRegion, TestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

interface Notification {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  objectType: string;
  objectId: string;
  readAt: string | null;
}

describe('notifications: tenancy reminders before and after a due date, matches at a step, the inbox', () => {
  let t: TestApp;
  let r: TestRegion;
  let n = 0;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  const inbox = async (token: string, query = 'limit=500'): Promise<Notification[]> => {
    const res = await get(token, `/notifications?${query}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const about = async (token: string, objectId: string, kind?: string) => (await inbox(token)).filter((x) => x.objectId === objectId && (!kind || x.kind === kind));
  const setClock = (at: Date) => t.clock.advance(at.getTime() - t.clock.now().getTime());
  const remind = (payload: { tenancyId: string; due: string; kind: 'before' | 'overdue' }) => t.app.get(TenancyReminderProcessor).handle(payload);
  const reminderJobs = async (tenancyId: string) =>
    (await t.app.get(DataSource).query(`SELECT job_id, payload, available_at FROM outbox WHERE job_name = 'tenancy.remind' AND payload->>'tenancyId' = $1 ORDER BY available_at`, [tenancyId])) as Array<{
      job_id: string;
      payload: { due: string; kind: string };
      available_at: Date;
    }>;

  /** Walks one client of care provider A to a proposal of a home of corporation A in Raalte. */
  async function proposed(construction: 'omklap' | 'regulier' | 'onder_voorwaarden') {
    n++;
    const reference = `NT-${n}`;
    const c = await post(r.careProviderA, '/clients', { reference, originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    await post(r.officers.GM0177, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    const v = await post(r.corporationA, '/vacancies', { address: `Kerkstraat ${n}, Raalte`, neighbourhoodCode: r.buurten.GM0177[0], woonvariant: 'zelfstandig', rooms: 2, rent: 550, availableFrom: '2026-12-01', constructions: [construction] });
    const match = await eventually(async () => (await get(r.corporationA, '/matches?status=proposed')).body.items.find((x: { vacancyId: string }) => x.vacancyId === v.body.id), 10000, 'a proposal');
    return { matchId: match.id as string, reference };
  }

  async function housed(construction: 'omklap' | 'regulier' | 'onder_voorwaarden') {
    const { matchId, reference } = await proposed(construction);
    expect((await post(r.officers.GM0177, `/matches/${matchId}/approve`)).status).toBe(200);
    expect((await post(r.corporationA, `/matches/${matchId}/accept`)).status).toBe(200);
    expect((await post(r.careProviderA, `/matches/${matchId}/client-accept`)).status).toBe(200);
    const lease = await post(r.corporationA, `/matches/${matchId}/lease-signed`, { startDate: '2026-12-01', construction });
    expect(lease.status).toBe(200);
    return { tenancyId: lease.body.tenancyId as string, matchId, reference };
  }

  beforeAll(async () => {
    t = await startTestApp();
    setClock(new Date('2026-11-20T09:00:00Z'));
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('schedules a reminder 14 days before the evaluation and one the day after it, as delayed jobs with deterministic ids', async () => {
    const { tenancyId } = await housed('omklap');
    const jobs = await reminderJobs(tenancyId);
    expect(jobs.map((j) => [j.job_id, j.payload.kind, j.payload.due, new Date(j.available_at).toISOString()])).toEqual([
      [`${tenancyId}-remind-before-2027-12-01`, 'before', '2027-12-01', '2027-11-17T06:00:00.000Z'],
      [`${tenancyId}-remind-overdue-2027-12-01`, 'overdue', '2027-12-01', '2027-12-02T06:00:00.000Z'],
    ]);
    expect(await reminderJobs((await housed('regulier')).tenancyId)).toEqual([]);
  });

  it('a reminder arrives before the evaluation and once more when overdue, exactly once each however often the job runs', async () => {
    const { tenancyId, reference } = await housed('omklap');
    setClock(new Date('2027-11-17T06:00:00Z'));
    expect(await remind({ tenancyId, due: '2027-12-01', kind: 'before' })).toBe('done');
    expect(await remind({ tenancyId, due: '2027-12-01', kind: 'before' })).toBe('skipped'); // a retry sends nothing
    for (const token of [r.corporationA, r.careProviderA]) {
      const got = await about(token, tenancyId);
      expect(got).toHaveLength(1);
      expect(got[0]).toMatchObject({ kind: 'tenancy_reminder', objectType: 'tenancy', link: `/tenancies/${tenancyId}`, title: 'Evaluation due on 2027-12-01', readAt: null });
      expect(got[0].body).toContain(`client ${reference}`);
      expect(got[0]).toMatchObject({ code: 'tenancy.evaluation_due', params: { clientReference: reference, due: '2027-12-01' } });
    }
    for (const token of [r.corporationB, r.careProviderB, r.officers.GM0177, r.coordinator]) expect(await about(token, tenancyId)).toEqual([]);

    setClock(new Date('2027-12-02T06:00:00Z'));
    await Promise.all([remind({ tenancyId, due: '2027-12-01', kind: 'overdue' }), remind({ tenancyId, due: '2027-12-01', kind: 'overdue' })]);
    expect(await remind({ tenancyId, due: '2027-12-01', kind: 'overdue' })).toBe('skipped');
    for (const token of [r.corporationA, r.careProviderA]) {
      const got = await about(token, tenancyId);
      expect(got.map((x) => x.kind).sort()).toEqual(['tenancy_overdue', 'tenancy_reminder']);
    }
  });

  it('sends nothing when the evaluation was already recorded, and an extension gets reminders of its own date', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const converted = await housed('omklap');
    expect((await post(r.careProviderA, `/tenancies/${converted.tenancyId}/evaluations`, { date: '2027-11-10', outcome: 'convert' })).status).toBe(201);
    expect(await remind({ tenancyId: converted.tenancyId, due: '2027-12-01', kind: 'before' })).toBe('skipped');
    expect(await remind({ tenancyId: converted.tenancyId, due: '2027-12-01', kind: 'overdue' })).toBe('skipped');
    expect(await about(r.corporationA, converted.tenancyId)).toEqual([]);
    expect(await about(r.careProviderA, converted.tenancyId)).toEqual([]);

    const extended = await housed('omklap');
    expect((await post(r.corporationA, `/tenancies/${extended.tenancyId}/evaluations`, { date: '2027-11-20', outcome: 'extend' })).body.nextEvaluationDate).toBe('2028-11-20');
    expect(await remind({ tenancyId: extended.tenancyId, due: '2027-12-01', kind: 'overdue' })).toBe('skipped'); // the date moved
    expect((await reminderJobs(extended.tenancyId)).map((j) => j.job_id)).toEqual(
      expect.arrayContaining([`${extended.tenancyId}-remind-before-2028-11-20`, `${extended.tenancyId}-remind-overdue-2028-11-20`]),
    );

    const ended = await housed('onder_voorwaarden');
    expect((await reminderJobs(ended.tenancyId)).map((j) => j.payload.due)).toEqual(['2027-12-01', '2027-12-01']);
    await post(r.corporationA, `/tenancies/${ended.tenancyId}/events`, { type: 'huisuitzetting', date: '2027-06-01' });
    expect(await remind({ tenancyId: ended.tenancyId, due: '2027-12-01', kind: 'before' })).toBe('skipped');
    expect(await about(r.corporationA, ended.tenancyId)).toEqual([]);
  });

  it('follows the region policy reminderDaysBefore (default 14) for new due dates', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    expect((await get(r.coordinator, `/regions/${r.code}/policy`)).body.reminderDaysBefore).toBe(14);
    expect((await t.http.put(`/api/v1/regions/${r.code}/policy`).set('Authorization', `Bearer ${r.coordinator}`).send({ reminderDaysBefore: -1 })).status).toBe(400);
    const put = await t.http.put(`/api/v1/regions/${r.code}/policy`).set('Authorization', `Bearer ${r.coordinator}`).send({ reminderDaysBefore: 30 });
    expect(put.status).toBe(200);
    expect(put.body.reminderDaysBefore).toBe(30);
    const { tenancyId } = await housed('onder_voorwaarden');
    expect((await reminderJobs(tenancyId)).map((j) => [j.payload.kind, new Date(j.available_at).toISOString()])).toEqual([
      ['before', '2027-11-01T06:00:00.000Z'],
      ['overdue', '2027-12-02T06:00:00.000Z'],
    ]);
    await t.http.put(`/api/v1/regions/${r.code}/policy`).set('Authorization', `Bearer ${r.coordinator}`).send({ reminderDaysBefore: 14 });
  });

  it('a match arriving at a party’s step notifies that party’s users, once per match and status', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const { matchId, reference } = await proposed('regulier');
    const atOfficer = await about(r.officers.GM0177, matchId, 'match_step');
    expect(atOfficer).toHaveLength(1);
    expect(atOfficer[0]).toMatchObject({ objectType: 'match', link: `/matches/${matchId}`, title: 'A match waits for your step: approve or decline the proposed match' });
    expect(atOfficer[0].body).toContain(`client ${reference}`);
    expect(atOfficer[0]).toMatchObject({ code: 'match.step_waiting', params: { clientReference: reference, step: 'proposed', deadline: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) } });
    expect(await about(r.corporationA, matchId)).toEqual([]);
    expect(await about(r.coordinator, matchId)).toEqual([]);
    expect(await about(r.officers.GM0150, matchId)).toEqual([]);

    expect((await post(r.officers.GM0177, `/matches/${matchId}/approve`)).status).toBe(200);
    const atCorporation = await about(r.corporationA, matchId, 'match_step');
    expect(atCorporation).toHaveLength(1);
    expect(atCorporation[0].title).toBe('A match waits for your step: accept or decline the candidate');
    expect(await about(r.corporationB, matchId)).toEqual([]);
    expect(await about(r.careProviderA, matchId)).toEqual([]);

    expect((await post(r.corporationA, `/matches/${matchId}/accept`)).status).toBe(200);
    expect(await about(r.careProviderA, matchId, 'match_step')).toHaveLength(1);
    expect(await about(r.corporationA, matchId, 'match_step')).toHaveLength(1);
    expect((await post(r.careProviderA, `/matches/${matchId}/client-accept`)).status).toBe(200);
    expect(await about(r.corporationA, matchId, 'match_step')).toHaveLength(2);
  });

  it('lists only the caller’s own notifications, newest first, pages them, and marks them read', async () => {
    const mine = await inbox(r.corporationA);
    expect(mine.length).toBeGreaterThan(3);
    // pages of one, newest first, cover the whole list
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res = await get(r.corporationA, `/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((x: Notification) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(seen).toEqual(mine.map((x) => x.id));
    expect((await get(r.corporationA, '/notifications?cursor=nonsense')).status).toBe(400);
    expect((await get(r.corporationA, '/notifications?unread=maybe')).status).toBe(400);

    const first = mine[0];
    expect((await post(r.careProviderB, `/notifications/${first.id}/read`)).status).toBe(404); // another user's
    expect((await post(r.corporationA, '/notifications/00000000-0000-4000-8000-000000000000/read')).status).toBe(404);
    const read = await post(r.corporationA, `/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).toBeTruthy();
    expect((await post(r.corporationA, `/notifications/${first.id}/read`)).body.readAt).toBe(read.body.readAt);
    expect((await inbox(r.corporationA, 'unread=true&limit=500')).map((x) => x.id)).not.toContain(first.id);
    expect((await inbox(r.corporationA, 'unread=false')).map((x) => x.id)).toEqual([first.id]);

    const careUnread = (await inbox(r.careProviderA, 'unread=true&limit=500')).length;
    expect(careUnread).toBeGreaterThan(0);
    const all = await post(r.corporationA, '/notifications/read-all');
    expect(all.status).toBe(200);
    expect(all.body.marked).toBe(mine.length - 1);
    expect(await inbox(r.corporationA, 'unread=true')).toEqual([]);
    expect((await inbox(r.careProviderA, 'unread=true&limit=500')).length).toBe(careUnread); // someone else's stay unread
    expect(await inbox(r.admin)).toEqual([]);
  });
});
