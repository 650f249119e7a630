import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

describe('withdrawing a nomination or a vacancy that holds a live match', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(() => loop.sweep());
  afterAll(() => t?.close());

  it.each(['proposed', 'approved', 'accepted', 'client_accepted'] as const)(
    'withdrawing a nomination whose match is %s cancels the match and frees the vacancy for the next nomination',
    async (step) => {
      const first = await loop.nomination({ priorityClass: 'urgent' });
      const vacancyId = await loop.vacancy();
      const match = await loop.proposed(vacancyId);
      expect(match.nominationId).toBe(first.id);
      await loop.advance(match.id, step);
      const second = await loop.nomination();

      const res = await loop.as(loop.r.careProviderA).post(`/nominations/${first.id}/withdraw`, { reason: 'cliënt verhuist naar familie' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: first.id, status: 'withdrawn', withdrawalReason: 'cliënt verhuist naar familie' });

      const cancelled = await loop.match(match.id);
      expect(cancelled).toMatchObject({ status: 'cancelled', stepDeadline: null });
      expect(cancelled.history.at(-1)).toMatchObject({ type: 'cancelled', fromStatus: step, toStatus: 'cancelled' });

      const next = await loop.proposed(vacancyId);
      expect(next).toMatchObject({ nominationId: second.id, status: 'proposed' });
      expect(await loop.nominationStatus(first.id)).toBe('withdrawn');
      const [run] = await loop.ds.query(`SELECT status FROM matching_run WHERE trigger = 'match_cancelled' AND trigger_ref = $1`, [match.id]);
      expect(run).toEqual({ status: 'done' });
    },
  );

  it('a withdrawn nomination is not proposed for any later home', async () => {
    const n = await loop.nomination();
    expect((await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, { reason: 'niet meer nodig' })).status).toBe(200);
    const vacancyId = await loop.vacancy();
    await loop.settled();
    expect(await loop.matchesOf({ nominationId: n.id })).toEqual([]);
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');
    const queue = await loop.coordinator.get('/queue');
    expect(queue.body.items.map((e: { nominationId: string }) => e.nominationId)).not.toContain(n.id);
  });

  it.each(['proposed', 'approved', 'accepted', 'client_accepted'] as const)(
    'withdrawing a vacancy whose match is %s cancels the match and returns the nomination to the queue, where it gets the next home',
    async (step) => {
      const n = await loop.nomination();
      const vacancyId = await loop.vacancy();
      const match = await loop.proposed(vacancyId);
      await loop.advance(match.id, step);

      const res = await loop.as(loop.r.corporationA).post(`/vacancies/${vacancyId}/withdraw`, { reason: 'woning wordt gesloopt' });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: vacancyId, status: 'withdrawn', withdrawalReason: 'woning wordt gesloopt' });
      expect(await loop.match(match.id)).toMatchObject({ status: 'cancelled', stepDeadline: null });

      await loop.settled();
      expect(await loop.nominationStatus(n.id)).toBe('active');
      const queue = await loop.coordinator.get('/queue');
      expect(queue.body.items).toEqual([expect.objectContaining({ nominationId: n.id, position: 1 })]);

      const other = await loop.vacancy();
      expect(await loop.proposed(other)).toMatchObject({ nominationId: n.id, status: 'proposed' });
      expect(await loop.vacancyStatus(vacancyId)).toBe('withdrawn');
    },
  );

  it('a withdrawn vacancy cannot be withdrawn again, nor a withdrawn nomination (409)', async () => {
    const n = await loop.nomination({ until: 'submitted' });
    const vacancyId = await loop.vacancy();
    const corp = loop.as(loop.r.corporationA);
    const care = loop.as(loop.r.careProviderA);
    expect((await corp.post(`/vacancies/${vacancyId}/withdraw`, { reason: 'x' })).status).toBe(200);
    expect((await corp.post(`/vacancies/${vacancyId}/withdraw`, { reason: 'x' })).status).toBe(409);
    expect((await care.post(`/nominations/${n.id}/withdraw`, { reason: 'x' })).status).toBe(200);
    expect((await care.post(`/nominations/${n.id}/withdraw`, { reason: 'x' })).status).toBe(409);
  });

  it('a housed nomination and a let vacancy cannot be withdrawn (409) and the tenancy stays', async () => {
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await loop.advance(match.id, 'client_accepted');
    await loop.signLease(match.id, '2026-12-01');
    expect((await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, { reason: 'x' })).status).toBe(409);
    expect((await loop.as(loop.r.corporationA).post(`/vacancies/${vacancyId}/withdraw`, { reason: 'x' })).status).toBe(409);
    expect((await loop.match(match.id)).status).toBe('housed');
  });

  it('a withdrawal needs a reason', async () => {
    const n = await loop.nomination();
    const res = await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, {});
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'reason' })]));
    expect(await loop.nominationStatus(n.id)).toBe('active');
  });
});
