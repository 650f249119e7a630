import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { JobRunner } from '@tp/core';
import { NotificationMailProcessor } from '@tp/core/notifications/notification-mail.processor';
import { TenancyReminderProcessor } from '@tp/core/tenancies/tenancy-reminder.processor';
import { createTestRegion, PASSWORD, TestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

interface Sent {
  id: string;
  email: string;
  title: string;
  mailed_at: Date | null;
}

describe('notification e-mail: without SMTP_URL, one .eml per notification in DATA_DIR/mail, however often the mail job runs', () => {
  let t: TestApp;
  let r: TestRegion;
  let dataDir: string;
  let n = 0;
  const mailDir = () => join(dataDir, 'mail');
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  const setClock = (at: Date) => t.clock.advance(at.getTime() - t.clock.now().getTime());
  const mail = (notificationId: string) => t.app.get(NotificationMailProcessor).handle({ notificationId });
  const notificationsAbout = async (objectId: string): Promise<Sent[]> =>
    t.app
      .get(DataSource)
      .query(`SELECT n.id, u.email, n.title, n.mailed_at FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.object_id = $1 ORDER BY u.email, n.kind`, [objectId]);
  const emlFiles = () => {
    try {
      return readdirSync(mailDir()).filter((f) => f.endsWith('.eml'));
    } catch {
      return [];
    }
  };
  const filesOf = (notificationId: string) => emlFiles().filter((f) => f.endsWith(`-${notificationId}.eml`));
  /** Until every mail job is finished: all these notifications mailed and the mail queue empty. */
  const settled = async (objectId: string) => {
    await eventually(async () => (await notificationsAbout(objectId)).every((x) => x.mailed_at !== null), 15000, 'every notification mailed');
    await eventually(async () => {
      const counts = await t.app.get(JobRunner).queue('mail')!.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
      const pending = await t.app.get(DataSource).query(`SELECT 1 FROM outbox WHERE job_name = 'notification.mail' AND dispatched_at IS NULL`);
      return Object.values(counts).every((c) => c === 0) && pending.length === 0;
    }, 15000, 'the mail queue to be empty');
  };
  const expectOneMailEach = (sent: Sent[]) => {
    for (const x of sent) {
      const files = filesOf(x.id);
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z-[0-9a-f-]{36}\.eml$/);
      const eml = readFileSync(join(mailDir(), files[0]), 'utf8');
      expect(eml).toMatch(new RegExp(`^To: ${x.email.replace(/\./g, '\\.')}$`, 'm'));
      expect(eml).toMatch(/^From: Transferpunt <noreply@transferpunt\.local>$/m);
      expect(eml).toContain(`Subject: ${x.title}`);
      expect(eml).toMatch(new RegExp(`^Message-ID:\\s+<${x.id}\\.notification@transferpunt>$`, 'm'));
    }
  };

  /** One client of care provider A, proposed for a home of corporation A in Raalte. */
  async function proposed(construction: 'omklap' | 'regulier') {
    n++;
    const reference = `ML-${n}`;
    const c = await post(r.careProviderA, '/clients', { reference, originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    await post(r.officers.GM0177, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    const v = await post(r.corporationA, '/vacancies', { address: `Molenweg ${n}, Raalte`, neighbourhoodCode: r.buurten.GM0177[0], woonvariant: 'zelfstandig', rooms: 2, rent: 550, availableFrom: '2026-12-01', constructions: [construction] });
    const match = await eventually(async () => (await get(r.corporationA, '/matches?status=proposed')).body.items.find((x: { vacancyId: string }) => x.vacancyId === v.body.id), 10000, 'a proposal');
    return { matchId: match.id as string, reference };
  }

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'tp-mail-'));
    t = await startTestApp({ DATA_DIR: dataDir });
    setClock(new Date('2026-11-20T09:00:00Z'));
    r = await createTestRegion(t);
    // a second user at corporation A: each recipient gets a mail of their own
    const res = await post(r.admin, '/users', { email: 'corp.a2@deventer.test', password: PASSWORD, role: 'corporation', organisationId: r.orgs.corporationA });
    expect(res.status).toBe(201);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a match proposal mails each officer once, even when the mail handler runs twice besides the queued job', async () => {
    const { matchId, reference } = await proposed('regulier');
    const sent = await notificationsAbout(matchId);
    expect(sent.map((x) => x.email)).toEqual(['officer.gm0177@deventer.test']);
    // two more runs of each mail job, concurrently with the one the outbox queued
    const outcomes = await Promise.all(sent.flatMap((x) => [mail(x.id), mail(x.id)]));
    expect(outcomes.filter((o) => o === 'done').length).toBeLessThanOrEqual(sent.length);
    await settled(matchId);
    expect(await mail(sent[0].id)).toBe('skipped'); // a retry after the mail went out
    expectOneMailEach(sent);
    const eml = readFileSync(join(mailDir(), filesOf(sent[0].id)[0]), 'utf8').replace(/\s+/g, ' ');
    expect(eml).toMatch(/Content-Transfer-Encoding: 7bit/); // readable with cat
    expect(eml).toContain(`client ${reference}`);
    expect(eml).toContain(`Open it in Transferpunt: /matches/${matchId} `);
    expect(eml).not.toContain('1985'); // nothing of the client beyond the notification's own text
  });

  it('a tenancy reminder mails every user of the corporation and the care provider once, however often the reminder and the mail jobs run', async () => {
    const { matchId } = await proposed('omklap');
    expect((await post(r.officers.GM0177, `/matches/${matchId}/approve`)).status).toBe(200);
    expect((await post(r.corporationA, `/matches/${matchId}/accept`)).status).toBe(200);
    expect((await post(r.careProviderA, `/matches/${matchId}/client-accept`)).status).toBe(200);
    const lease = await post(r.corporationA, `/matches/${matchId}/lease-signed`, { startDate: '2026-12-01', construction: 'omklap' });
    expect(lease.status).toBe(200);
    const tenancyId = lease.body.tenancyId as string;

    setClock(new Date('2027-11-17T06:00:00Z'));
    const remind = () => t.app.get(TenancyReminderProcessor).handle({ tenancyId, due: '2027-12-01', kind: 'before' });
    // the queued reminder is due too once the clock has moved (the outbox follows the clock) and may run
    // first: either way each user gets one notification
    const outcomes = [await remind(), await remind()];
    expect(outcomes[1]).toBe('skipped'); // no new notification, so no new mail job either
    await eventually(async () => (await notificationsAbout(tenancyId)).length === 3, 15000, 'three notifications');
    await settled(tenancyId);
    expect(await remind()).toBe('skipped');
    const sent = await notificationsAbout(tenancyId);
    expect(sent.map((x) => x.email)).toEqual(['care.a@deventer.test', 'corp.a2@deventer.test', 'corp.a@deventer.test']);
    const jobs = await t.app.get(DataSource).query(`SELECT job_id FROM outbox WHERE job_name = 'notification.mail' AND payload->>'notificationId' = ANY($1)`, [sent.map((x) => x.id)]);
    expect(jobs.map((j: { job_id: string }) => j.job_id).sort()).toEqual(sent.map((x) => `${x.id}-mail`).sort());

    await Promise.all(sent.flatMap((x) => [mail(x.id), mail(x.id)]));
    await settled(tenancyId);
    for (const x of sent) expect(await mail(x.id)).toBe('skipped');
    expectOneMailEach(sent);
    expect(emlFiles().filter((f) => sent.some((x) => f.includes(x.id)))).toHaveLength(3);
  });
});
