import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

describe('declining a match, at each step by the party at that step', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(() => loop.sweep());
  afterAll(() => t?.close());

  const steps = [
    { step: 'proposed', party: 'the destination officer', reasonCode: 'candidate_unsuitable' },
    { step: 'approved', party: 'the corporation', reasonCode: 'home_unavailable' },
    { step: 'accepted', party: 'the care provider', reasonCode: 'client_refused_with_reason' },
    { step: 'client_accepted', party: 'the corporation', reasonCode: 'other' },
  ] as const;

  it.each(steps)(
    'at $step, $party declines: the nomination and the vacancy return to active and open, and matching gives the home to the next eligible nomination',
    async ({ step, reasonCode }) => {
      const first = await loop.nomination({ priorityClass: 'urgent' });
      const vacancyId = await loop.vacancy();
      const match = await loop.proposed(vacancyId);
      expect(match.nominationId).toBe(first.id);
      await loop.advance(match.id, step);
      const second = await loop.nomination({ priorityClass: 'normal' });
      await loop.settled();
      expect(await loop.nominationStatus(second.id)).toBe('active');

      const [row] = await loop.ds.query(`SELECT corporation_id, care_provider_id FROM match WHERE id = $1`, [match.id]);
      const p = loop.parties(match, row.corporation_id, row.care_provider_id);
      const decliner = step === 'proposed' ? p.officer : step === 'accepted' ? p.care : p.corporation;
      const declined = await decliner.post(`/matches/${match.id}/decline`, { reasonCode, note: 'zie dossier' });
      expect(declined.status).toBe(200);
      expect(declined.body).toMatchObject({ id: match.id, status: 'declined', declineReasonCode: reasonCode });

      const after = await loop.match(match.id);
      expect(after).toMatchObject({ status: 'declined', declineReasonCode: reasonCode, stepDeadline: null });
      expect(after.history.at(-1)).toMatchObject({ type: 'declined', fromStatus: step, toStatus: 'declined' });

      await loop.settled();
      const [run] = await loop.ds.query(`SELECT status, proposals FROM matching_run WHERE trigger = 'match_declined' AND trigger_ref = $1`, [match.id]);
      expect(run).toEqual({ status: 'done', proposals: 1 });
      const next = await loop.liveMatch({ vacancyId });
      expect(next).toMatchObject({ nominationId: second.id, status: 'proposed' });
      expect(await loop.nominationStatus(first.id)).toBe('active');
      expect(await loop.vacancyStatus(vacancyId)).toBe('matched');
    },
  );

  it('a declined pair is never proposed again, though both sides are free and eligible', async () => {
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    expect((await loop.officer('GM0150').post(`/matches/${match.id}/decline`, { reasonCode: 'candidate_unsuitable' })).status).toBe(200);
    await loop.settled();
    expect(await loop.nominationStatus(n.id)).toBe('active');
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');

    const manual = await loop.coordinator.post('/matching/runs');
    expect(manual.status).toBe(202);
    await loop.settled();
    expect((await loop.coordinator.get(`/matching/runs/${manual.body.runId}`)).body).toMatchObject({ status: 'done', proposals: 0 });
    expect(await loop.matchesOf({ vacancyId })).toHaveLength(1);
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');

    // the nomination is back in the queue and gets the next home that fits
    const other = await loop.vacancy();
    expect((await loop.proposed(other)).nominationId).toBe(n.id);
    expect(await loop.matchesOf({ vacancyId })).toHaveLength(1);
  });

  it('the declined vacancy goes to another nomination even when the declined one ranks higher', async () => {
    const urgent = await loop.nomination({ priorityClass: 'urgent' });
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    expect(match.nominationId).toBe(urgent.id);
    await loop.advance(match.id, 'approved');
    expect((await loop.as(loop.r.corporationA).post(`/matches/${match.id}/decline`, { reasonCode: 'candidate_unsuitable' })).status).toBe(200);
    const normal = await loop.nomination({ priorityClass: 'normal' });
    const next = await loop.proposed(vacancyId);
    expect(next.nominationId).toBe(normal.id);
    expect(next.explanation.rules).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'not_declined_before', passed: true })]));
  });

  it.each([
    { step: 'proposed', wrong: 'the corporation' },
    { step: 'proposed', wrong: 'the care provider' },
    { step: 'approved', wrong: 'the destination officer' },
    { step: 'approved', wrong: 'the care provider' },
    { step: 'accepted', wrong: 'the corporation' },
    { step: 'client_accepted', wrong: 'the care provider' },
  ] as const)('at $step, $wrong may not decline (403) and the match stays live', async ({ step, wrong }) => {
    await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await loop.advance(match.id, step);
    const [row] = await loop.ds.query(`SELECT corporation_id, care_provider_id FROM match WHERE id = $1`, [match.id]);
    const p = loop.parties(match, row.corporation_id, row.care_provider_id);
    const caller = wrong === 'the corporation' ? p.corporation : wrong === 'the care provider' ? p.care : p.officer;
    const res = await caller.post(`/matches/${match.id}/decline`, { reasonCode: 'other' });
    expect(res.status).toBe(403);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await loop.match(match.id)).status).toBe(step);
  });

  it('a decline needs a known reason code', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const res = await loop.officer('GM0150').post(`/matches/${match.id}/decline`, { reasonCode: 'because' });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'reasonCode' })]);
    expect((await loop.match(match.id)).status).toBe('proposed');
  });
});
