import { JobRunner } from '@tp/core';
import { UnitOfWork } from '@tp/core/common/unit-of-work';
import { jobIds } from '@tp/core/jobs/job-names';
import { Outbox } from '@tp/core/jobs/outbox.service';
import { MatchExpiryProcessor } from '@tp/core/matches/match-expiry.processor';
import { Loop, plusWorkingDays, workingDaysBetween } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600 * 1000;

describe('step deadlines: a match expires when its step is not taken in time', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(() => loop.sweep());
  afterAll(() => t?.close());

  /** Moves the app clock just past a deadline. */
  const passDeadline = (deadline: string | null) => {
    expect(deadline).toBeTruthy();
    t.clock.advance(new Date(deadline!).getTime() - t.clock.now().getTime() + 60_000);
  };

  /**
   * Enqueues the expiry of a match step now, as the delayed job would at its deadline (which BullMQ
   * holds for real days), through the outbox, and waits until BullMQ completed it. The original job
   * is still pending under the deterministic id, so this one gets a suffix.
   */
  const runExpiry = async (matchId: string, status: string, suffix: string) => {
    const jobId = `${jobIds.matchExpire(matchId, status)}-${suffix}`;
    await t.app.get(UnitOfWork).run((m) => t.app.get(Outbox).enqueue(m, 'match.expire', { matchId, status }, { jobId }));
    const queue = t.app.get(JobRunner).queue('deadlines')!;
    const state = await eventually(async () => {
      const s = await queue.getJobState(jobId);
      return s === 'completed' || s === 'failed' ? s : undefined;
    }, 10000, `expiry job ${jobId}`);
    expect(state).toBe('completed');
  };

  const expectWorkingDaysAfter = (from: string, deadline: string | null, days: number) => {
    const a = new Date(from);
    const b = new Date(deadline!);
    expect(workingDaysBetween(a, b)).toBe(days);
    expect([0, 6]).not.toContain(b.getUTCDay());
    expect((b.getTime() - a.getTime()) % DAY).toBe(0);
  };

  /** Takes a step and checks that its deadline lies `days` working days after the moment it was taken. */
  const expectStepDeadline = async (take: () => Promise<{ status: number; body: { stepDeadline: string } }>, days: number) => {
    const before = t.clock.now();
    const res = await take();
    const after = t.clock.now();
    expect(res.status).toBe(200);
    const deadline = new Date(res.body.stepDeadline).getTime();
    expect(deadline).toBeGreaterThanOrEqual(plusWorkingDays(before, days).getTime());
    expect(deadline).toBeLessThanOrEqual(plusWorkingDays(after, days).getTime());
    return res.body.stepDeadline;
  };

  it('a proposal gets a deadline five working days later, and so does each next step', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    expectWorkingDaysAfter(match.createdAt, match.stepDeadline, 5);

    t.clock.advance(26 * 3600 * 1000);
    const approved = await expectStepDeadline(() => loop.officer('GM0150').post(`/matches/${match.id}/approve`), 5);
    expect(new Date(approved).getTime()).toBeGreaterThan(new Date(match.stepDeadline!).getTime());
    expect((await loop.match(match.id)).stepDeadline).toBe(approved);
    t.clock.advance(3 * 3600 * 1000);
    await expectStepDeadline(() => loop.as(loop.r.corporationA).post(`/matches/${match.id}/accept`), 5);
    t.clock.advance(3 * 3600 * 1000);
    await expectStepDeadline(() => loop.as(loop.r.careProviderA).post(`/matches/${match.id}/client-accept`), 5);
  });

  it('PUT /regions/:code/policy { stepDeadlineWorkingDays } changes the deadline of new proposals and of the next steps', async () => {
    const put = await loop.coordinator.put(`/regions/${loop.r.code}/policy`, { stepDeadlineWorkingDays: 2 });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ regionCode: loop.r.code, stepDeadlineWorkingDays: 2, exchangeTolerance: 2, defaultMaxPlacementsPer12Months: null });
    expect((await loop.coordinator.get(`/regions/${loop.r.code}/policy`)).body.stepDeadlineWorkingDays).toBe(2);

    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    expectWorkingDaysAfter(match.createdAt, match.stepDeadline, 2);
    await expectStepDeadline(() => loop.officer('GM0150').post(`/matches/${match.id}/approve`), 2);
  });

  it('only the admin and the coordinator of the region change the policy, within bounds', async () => {
    expect((await loop.officer('GM0150').put(`/regions/${loop.r.code}/policy`, { stepDeadlineWorkingDays: 3 })).status).toBe(403);
    expect((await loop.as(loop.r.corporationA).put(`/regions/${loop.r.code}/policy`, { stepDeadlineWorkingDays: 3 })).status).toBe(403);
    const zero = await loop.coordinator.put(`/regions/${loop.r.code}/policy`, { stepDeadlineWorkingDays: 0 });
    expect(zero.status).toBe(400);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'stepDeadlineWorkingDays' })]);
    expect((await loop.coordinator.put(`/regions/OTHER/policy`, { stepDeadlineWorkingDays: 3 })).status).toBe(404);
    const admin = await loop.as(loop.r.admin).put(`/regions/${loop.r.code}/policy`, { stepDeadlineWorkingDays: 7 });
    expect(admin.status).toBe(200);
    expect(admin.body.stepDeadlineWorkingDays).toBe(7);
  });

  it('a proposed match expires when its deadline passes; the nomination and the vacancy are released and a new round gives the home to the next nomination', async () => {
    const first = await loop.nomination({ priorityClass: 'urgent' });
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    expect(match.nominationId).toBe(first.id);
    const second = await loop.nomination();
    await loop.settled();

    passDeadline(match.stepDeadline);
    await runExpiry(match.id, 'proposed', 'deadline-passed');

    const expired = await loop.match(match.id);
    expect(expired).toMatchObject({ status: 'expired', stepDeadline: null });
    expect(expired.history.at(-1)).toMatchObject({ type: 'expired', fromStatus: 'proposed', toStatus: 'expired', actorRole: 'system' });

    const next = await loop.proposed(vacancyId);
    expect(next.nominationId).toBe(second.id);
    expect(await loop.nominationStatus(first.id)).toBe('active');
    const [run] = await loop.ds.query(`SELECT status, proposals FROM matching_run WHERE trigger = 'match_expired' AND trigger_ref = $1`, [match.id]);
    expect(run).toEqual({ status: 'done', proposals: 1 });
    // the expired pair is not proposed again
    expect(await loop.matchesOf({ vacancyId, nominationId: first.id })).toHaveLength(1);
  });

  it('a match at a later step expires when that step has waited past its own deadline', async () => {
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await loop.advance(match.id, 'accepted');
    const accepted = await loop.match(match.id);

    passDeadline(accepted.stepDeadline);
    await runExpiry(match.id, 'accepted', 'deadline-passed');
    expect((await loop.match(match.id)).status).toBe('expired');
    await loop.settled();
    expect(await loop.nominationStatus(n.id)).toBe('active');
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');
    expect(await loop.liveMatch({ vacancyId })).toBeUndefined();
  });

  it('an expiry that runs before the deadline is skipped and changes nothing', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    expect(await t.app.get(MatchExpiryProcessor).handle({ matchId: match.id, status: 'proposed' })).toBe('skipped');
    await runExpiry(match.id, 'proposed', 'too-early');
    const after = await loop.match(match.id);
    expect(after).toMatchObject({ status: 'proposed', stepDeadline: match.stepDeadline });
    expect(after.history.map((h) => h.type)).toEqual(['proposed']);
  });

  it('an expiry for a step the match has moved on from is skipped and changes nothing', async () => {
    await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await loop.advance(match.id, 'approved');
    const approved = await loop.match(match.id);

    passDeadline(match.stepDeadline);
    expect(await t.app.get(MatchExpiryProcessor).handle({ matchId: match.id, status: 'proposed' })).toBe('skipped');
    await runExpiry(match.id, 'proposed', 'moved-on');
    await loop.settled();
    const after = await loop.match(match.id);
    expect(after).toMatchObject({ status: 'approved', stepDeadline: approved.stepDeadline });
    expect(after.history.map((h) => h.type)).toEqual(['proposed', 'approved']);
    expect(await loop.vacancyStatus(vacancyId)).toBe('matched');
  });

  it('an expiry for a match that ended is skipped', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    expect((await loop.officer('GM0150').post(`/matches/${match.id}/decline`, { reasonCode: 'other' })).status).toBe(200);
    passDeadline(match.stepDeadline);
    expect(await t.app.get(MatchExpiryProcessor).handle({ matchId: match.id, status: 'proposed' })).toBe('skipped');
    await runExpiry(match.id, 'proposed', 'ended');
    expect((await loop.match(match.id)).status).toBe('declined');
  });
});
