import { DataSource } from 'typeorm';
import { MatchingScheduleProcessor } from '../../libs/core/src/matching/matching-schedule.processor';
import { startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('the scheduled regional round (matchingCron)', () => {
  let t: TestApp;
  let r: TestRegion;
  let ds: DataSource;
  const pending = () => ds.query(`SELECT job_id, available_at, payload FROM outbox WHERE job_name = 'matching.schedule' ORDER BY available_at`);
  const scheduled = async () => (await ds.query(`SELECT job_id FROM outbox WHERE job_name = 'matching.schedule' ORDER BY id`)).map((x: { job_id: string }) => x.job_id);

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    ds = t.app.get(DataSource);
  });
  afterAll(() => t?.close());

  it('schedules the first round of a new region at the next occurrence of its cron, in Dutch time', async () => {
    const ids = await scheduled();
    expect(ids).toHaveLength(1);
    const [row] = await pending();
    const at = new Date(row.available_at);
    expect(at.getTime()).toBeGreaterThan(Date.now());
    // default "0 6 * * 1-5": 06:00 in Amsterdam on a working day
    const local = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', weekday: 'short' }).format(at);
    expect(local).toMatch(/(ma|di|wo|do|vr)\.? 06:00/);
  });

  it('refuses a cron expression that is not one, naming the field', async () => {
    const res = await t.http.put(`/api/v1/regions/${r.code}/policy`).set('Authorization', `Bearer ${r.coordinator}`).send({ matchingCron: 'every day at six' });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('matchingCron');
  });

  it('runs a round when the occurrence comes, schedules the next one, and runs it only once', async () => {
    // yearly, far from now: the queued job cannot fire by itself during the test
    const ok = await t.http.put(`/api/v1/regions/${r.code}/policy`).set('Authorization', `Bearer ${r.coordinator}`).send({ matchingCron: '0 3 1 1 *' });
    expect(ok.status).toBe(200);
    const processor = t.app.get(MatchingScheduleProcessor);
    const rows: Array<{ payload: { regionCode: string; at: string } }> = await pending();
    const next = rows.map((x) => x.payload).find((p) => new Date(p.at).getUTCMonth() === 0 && new Date(p.at).getUTCDate() === 1)!;
    expect(next).toBeDefined();
    t.clock.advance(new Date(next.at).getTime() - Date.now() + 1000);
    const [first, second] = await Promise.all([processor.handle(next), processor.handle(next)]);
    expect([first, second].sort()).toEqual(['done', 'skipped']);
    expect(await processor.handle(next)).toBe('skipped');
    const runs = await ds.query(`SELECT trigger_ref FROM matching_run WHERE trigger = 'schedule'`);
    expect(runs).toEqual([{ trigger_ref: next.at }]);
    const after = (await pending()).map((x: { payload: { at: string } }) => new Date(x.payload.at).getUTCFullYear());
    expect(after).toContain(new Date(next.at).getUTCFullYear() + 1);
    t.clock.reset();
  });

  it('skips an occurrence the cron no longer names (the policy changed)', async () => {
    const processor = t.app.get(MatchingScheduleProcessor);
    expect(await processor.handle({ regionCode: r.code, at: '2030-01-01T00:03:00.000Z' })).toBe('skipped');
  });
});
