import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { AddressInfo, createServer, Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { NotificationMailProcessor } from '@tp/core/notifications/notification-mail.processor';
import { createTestRegion, TestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

/** Just enough of an SMTP server to receive mail (no TLS, no auth); `reject` refuses every recipient. */
class FakeSmtp {
  readonly received: Array<{ rcpt: string[]; data: string }> = [];
  reject = false;
  private server!: Server;
  private sockets = new Set<Socket>();

  async start(): Promise<number> {
    this.server = createServer((s) => this.session(s));
    await new Promise<void>((ok) => this.server.listen(0, '127.0.0.1', ok));
    return (this.server.address() as AddressInfo).port;
  }

  stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    return new Promise((ok) => this.server.close(() => ok()));
  }

  private session(s: Socket) {
    this.sockets.add(s);
    s.on('close', () => this.sockets.delete(s));
    let buf = '';
    let inData = false;
    let rcpt: string[] = [];
    s.write('220 fake ESMTP\r\n');
    s.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buf.indexOf('\r\n.\r\n');
          if (end < 0) return;
          this.received.push({ rcpt, data: buf.slice(0, end) });
          buf = buf.slice(end + 5);
          inData = false;
          rcpt = [];
          s.write('250 queued\r\n');
          continue;
        }
        const nl = buf.indexOf('\r\n');
        if (nl < 0) return;
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        const cmd = line.slice(0, 4).toUpperCase();
        if (cmd === 'EHLO' || cmd === 'HELO') s.write('250 fake\r\n');
        else if (cmd === 'MAIL') s.write('250 ok\r\n');
        else if (cmd === 'RCPT') {
          const to = /<([^>]*)>/.exec(line)?.[1] ?? '';
          if (this.reject) s.write(`550 5.1.1 <${to}> unknown user\r\n`);
          else {
            rcpt.push(to);
            s.write('250 ok\r\n');
          }
        } else if (cmd === 'DATA') {
          inData = true;
          s.write('354 go ahead\r\n');
        } else if (cmd === 'RSET' || cmd === 'NOOP') s.write('250 ok\r\n');
        else if (cmd === 'QUIT') s.end('221 bye\r\n');
        else s.write('502 not implemented\r\n');
      }
    });
  }
}

describe('notification e-mail through SMTP_URL', () => {
  let t: TestApp;
  let r: TestRegion;
  let smtp: FakeSmtp;
  let dataDir: string;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  const about = (objectId: string, email: string): Promise<Array<{ id: string; mailed_at: Date | null }>> =>
    t.app
      .get(DataSource)
      .query(`SELECT n.id, n.mailed_at FROM notification n JOIN app_user u ON u.id = n.user_id WHERE n.object_id = $1 AND u.email = $2`, [objectId, email]);

  beforeAll(async () => {
    smtp = new FakeSmtp();
    const port = await smtp.start();
    dataDir = mkdtempSync(join(tmpdir(), 'tp-smtp-'));
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'meldingen@transferpunt.test', DATA_DIR: dataDir });
    r = await createTestRegion(t);
  });
  afterAll(async () => {
    await t?.close();
    await smtp?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends each new notification once to its user, writes no local .eml, and a refused send is retried without naming the address', async () => {
    const c = await post(r.careProviderA, '/clients', { reference: 'SMTP-1', originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction: 'regulier' });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    await post(r.officers.GM0177, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    const v = await post(r.corporationA, '/vacancies', { address: 'Postweg 1, Raalte', neighbourhoodCode: r.buurten.GM0177[0], woonvariant: 'zelfstandig', rooms: 2, rent: 550, availableFrom: '2026-12-01', constructions: ['regulier'] });
    const match = await eventually(async () => (await get(r.corporationA, '/matches?status=proposed')).body.items.find((x: { vacancyId: string }) => x.vacancyId === v.body.id), 10000, 'a proposal');

    const officer = 'officer.gm0177@deventer.test';
    await eventually(async () => (await about(match.id, officer))[0]?.mailed_at != null, 15000, 'the officer mailed');
    const toOfficer = smtp.received.filter((m) => m.rcpt.includes(officer));
    expect(toOfficer).toHaveLength(1);
    expect(toOfficer[0].data).toMatch(/^From: meldingen@transferpunt\.test$/m);
    expect(toOfficer[0].data).toContain('Subject: A match waits for your step');
    const [{ id: officerNotification }] = await about(match.id, officer);
    expect(await t.app.get(NotificationMailProcessor).handle({ notificationId: officerNotification })).toBe('skipped');

    // the server refuses: the job fails with a message that holds no address, and nothing is marked mailed
    smtp.reject = true;
    expect((await post(r.officers.GM0177, `/matches/${match.id}/approve`)).status).toBe(200);
    const corp = 'corp.a@deventer.test';
    const [{ id: corpNotification }] = await eventually(async () => {
      const rows = await about(match.id, corp);
      return rows.length ? rows : undefined;
    }, 5000, 'the corporation notified');
    const failure = await t.app.get(NotificationMailProcessor).handle({ notificationId: corpNotification }).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure!.message).toMatch(/^mail not sent/);
    expect(failure!.message).not.toContain('@');
    expect((await about(match.id, corp))[0].mailed_at).toBeNull();

    smtp.reject = false;
    // this run or the queued job's own attempt sends it, whichever takes the row lock first
    expect(['done', 'skipped']).toContain(await t.app.get(NotificationMailProcessor).handle({ notificationId: corpNotification }));
    expect((await about(match.id, corp))[0].mailed_at).not.toBeNull();
    expect(await t.app.get(NotificationMailProcessor).handle({ notificationId: corpNotification })).toBe('skipped');
    expect(smtp.received.filter((m) => m.rcpt.includes(corp))).toHaveLength(1);
    expect(() => readdirSync(join(dataDir, 'mail'))).toThrow(); // no local outbox with SMTP_URL
  });
});
