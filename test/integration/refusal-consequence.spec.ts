import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

const DAY = 86_400_000;

/** Refusing a suitable offer without good reason has the consequence the region chose (DOMAIN.md, Bijzondere bemiddeling). */
describe('the consequence of refusing an offer without good reason', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(async () => {
    t.clock.reset();
    await loop.sweep();
  });
  afterAll(() => t?.close());

  const policy = (body: object) => loop.as(loop.r.admin).put(`/regions/${loop.r.code}/policy`, body);

  /** Proposes a home to `n`, takes the match to the client's step and lets the care provider decline it with `reasonCode`. */
  const refuse = async (nominationId: string, reasonCode: string) => {
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    expect(match.nominationId).toBe(nominationId);
    await loop.advance(match.id, 'accepted');
    const [row] = await loop.ds.query(`SELECT corporation_id, care_provider_id FROM match WHERE id = $1`, [match.id]);
    const declined = await loop.parties(match, row.corporation_id, row.care_provider_id).care.post(`/matches/${match.id}/decline`, { reasonCode, note: 'wil niet' });
    expect(declined.status).toBe(200);
    await loop.settled();
    return { vacancyId, match, declined: declined.body };
  };

  it('is a 30-day cool-down by default: the client keeps their place, is not matched until it ends, then is', async () => {
    expect((await policy({})).body).toMatchObject({ refusalConsequence: 'cool_down', refusalCoolDownDays: 30 });
    const n = await loop.nomination({ priorityClass: 'urgent' });
    const before = Date.now();
    const { declined } = await refuse(n.id, 'client_refused_without_reason');
    expect(declined.refusalConsequence.kind).toBe('cool_down');
    const until = new Date(declined.refusalConsequence.until).getTime();
    expect(until).toBeGreaterThanOrEqual(before + 30 * DAY);
    expect(until).toBeLessThan(Date.now() + 30 * DAY + 1000);

    const status = await loop.as(loop.r.careProviderA).get(`/nominations/${n.id}/matching-status`);
    expect(status.body).toMatchObject({ state: 'cooling_down', coolDownUntil: declined.refusalConsequence.until, queuePosition: 1 });
    expect((await loop.as(loop.r.careProviderA).get(`/nominations/${n.id}`)).body).toMatchObject({ status: 'active', coolDownUntil: declined.refusalConsequence.until, queueSince: null });

    // a new home is not offered while the cool-down runs
    const next = await loop.vacancy();
    await loop.settled();
    expect(await loop.liveMatch({ vacancyId: next })).toBeUndefined();

    // after it, the next round offers it
    t.clock.advance(31 * DAY);
    expect((await loop.coordinator.post('/matching/runs')).status).toBe(202);
    await loop.settled();
    expect(await loop.liveMatch({ vacancyId: next })).toMatchObject({ nominationId: n.id, status: 'proposed' });
  });

  it('under loss of priority, the client goes to the back of the normal class, waiting counted from the refusal', async () => {
    expect((await policy({ refusalConsequence: 'loss_of_priority' })).status).toBe(200);
    const first = await loop.nomination({ priorityClass: 'urgent' });
    // two clients of the normal class, approved before the refusal: the refused home goes to the first of them
    const second = await loop.nomination({ priorityClass: 'normal' });
    const third = await loop.nomination({ priorityClass: 'normal' });
    const { declined, vacancyId: refused } = await refuse(first.id, 'client_refused_without_reason');
    expect(declined.refusalConsequence).toMatchObject({ kind: 'loss_of_priority' });
    expect(await loop.liveMatch({ vacancyId: refused })).toMatchObject({ nominationId: second.id });

    // the urgent client now waits behind the normal client approved earlier
    const queue = await loop.coordinator.get('/queue');
    expect(queue.body.items.map((e: { nominationId: string }) => e.nominationId)).toEqual([third.id, first.id]);
    expect(queue.body.items[1]).toMatchObject({ priorityClass: 'normal', queueSince: declined.refusalConsequence.queueSince });
    // and the next home goes to the one ahead
    const vacancyId = await loop.vacancy();
    expect((await loop.proposed(vacancyId)).nominationId).toBe(third.id);
  });

  it('has no consequence for a refusal with good reason, nor under the policy none', async () => {
    expect((await policy({ refusalConsequence: 'cool_down' })).status).toBe(200);
    const a = await loop.nomination();
    expect((await refuse(a.id, 'client_refused_with_reason')).declined.refusalConsequence).toBeNull();
    await loop.sweep();

    expect((await policy({ refusalConsequence: 'none' })).status).toBe(200);
    const b = await loop.nomination();
    expect((await refuse(b.id, 'client_refused_without_reason')).declined.refusalConsequence).toBeNull();
    expect((await loop.as(loop.r.careProviderA).get(`/nominations/${b.id}`)).body).toMatchObject({ coolDownUntil: null, queueSince: null });
  });

  it('the corporation does not read the consequence in the match', async () => {
    expect((await policy({ refusalConsequence: 'cool_down' })).status).toBe(200);
    const n = await loop.nomination();
    const { match } = await refuse(n.id, 'client_refused_without_reason');
    const seen = await loop.as(loop.r.corporationA).get(`/matches/${match.id}`);
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toMatch(/cool|refusalConsequence|queueSince/i);
  });

  it("only the care provider, at the client's step, may decline for the client: the corporation and the officer cannot set off the consequence", async () => {
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    const [row] = await loop.ds.query(`SELECT corporation_id, care_provider_id FROM match WHERE id = $1`, [match.id]);
    const p = loop.parties(match, row.corporation_id, row.care_provider_id);
    const asOfficer = await p.officer.post(`/matches/${match.id}/decline`, { reasonCode: 'client_refused_without_reason' });
    expect(asOfficer.status).toBe(400);
    expect(JSON.stringify(asOfficer.body)).toContain('reasonCode');
    await loop.advance(match.id, 'approved');
    for (const reasonCode of ['client_refused_without_reason', 'client_refused_with_reason', 'client_unavailable']) {
      const asCorporation = await p.corporation.post(`/matches/${match.id}/decline`, { reasonCode });
      expect([reasonCode, asCorporation.status]).toEqual([reasonCode, 400]);
    }
    expect((await loop.as(loop.r.careProviderA).get(`/nominations/${n.id}`)).body).toMatchObject({ status: 'matched', coolDownUntil: null });
  });

  it('rejects an unknown consequence or a negative cool-down, naming the field', async () => {
    const bad = await policy({ refusalConsequence: 'banishment' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.field ?? bad.body['invalid-params']?.[0]?.name).toBe('refusalConsequence');
    const neg = await policy({ refusalCoolDownDays: -1 });
    expect(neg.status).toBe(400);
    expect(JSON.stringify(neg.body)).toContain('refusalCoolDownDays');
  });
});
