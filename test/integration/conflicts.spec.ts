import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

interface Res {
  status: number;
  headers: Record<string, string>;
  body: { type?: string; title?: string; status?: number; detail?: string; errors?: Array<{ field: string; message: string }> };
}

/** Acting on an object in a state that does not allow it is a 409; acting on a step that is not yours a 403. */
describe('conflicts with the current state, and acting out of turn', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(() => loop.sweep());
  afterAll(() => t?.close());

  const expectConflict = (res: Res) => {
    expect(res.status).toBe(409);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 409, type: expect.stringMatching(/^https:\/\//), title: expect.any(String), detail: expect.any(String) });
  };

  it('approving a declined match is a 409', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const officer = loop.officer('GM0150');
    expect((await officer.post(`/matches/${match.id}/decline`, { reasonCode: 'candidate_unsuitable' })).status).toBe(200);
    const res = await officer.post(`/matches/${match.id}/approve`);
    expectConflict(res);
    expect(res.body.detail).toContain('declined');
    expectConflict(await officer.post(`/matches/${match.id}/decline`, { reasonCode: 'other' }));
    expect((await loop.match(match.id)).status).toBe('declined');
  });

  it('accepting a match that is still proposed is a 409, and so is every other step taken out of turn', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const corp = loop.as(loop.r.corporationA);
    const care = loop.as(loop.r.careProviderA);
    expectConflict(await corp.post(`/matches/${match.id}/accept`));
    expectConflict(await care.post(`/matches/${match.id}/client-accept`));
    expectConflict(await corp.post(`/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' }));
    await loop.advance(match.id, 'approved');
    expectConflict(await loop.officer('GM0150').post(`/matches/${match.id}/approve`));
    expectConflict(await care.post(`/matches/${match.id}/client-accept`));
    expectConflict(await corp.post(`/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' }));
    await loop.advance(match.id, 'accepted');
    expectConflict(await corp.post(`/matches/${match.id}/accept`));
    expect((await loop.match(match.id)).status).toBe('accepted');
  });

  it('a care provider calling approve is a 403, and so is any party taking another party\'s step', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const care = await loop.as(loop.r.careProviderA).post(`/matches/${match.id}/approve`);
    expect(care.status).toBe(403);
    expect(care.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect((await loop.as(loop.r.corporationA).post(`/matches/${match.id}/approve`)).status).toBe(403);
    expect((await loop.officer('GM0150').post(`/matches/${match.id}/accept`)).status).toBe(403);
    expect((await loop.officer('GM0150').post(`/matches/${match.id}/client-accept`)).status).toBe(403);
    expect((await loop.as(loop.r.careProviderA).post(`/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' })).status).toBe(403);
    expect((await loop.coordinator.post(`/matches/${match.id}/approve`)).status).toBe(403);
    expect((await loop.match(match.id)).status).toBe('proposed');
  });

  it('a second open nomination for the same client is a 409', async () => {
    const first = await loop.nomination({ until: 'draft' });
    const care = loop.as(loop.r.careProviderA);
    const res = await care.post('/nominations', { clientId: first.clientId, woonvariant: 'kamer', construction: 'regulier' });
    expectConflict(res);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'clientId' })]);

    // once the first is closed, the client may be nominated again
    expect((await care.post(`/nominations/${first.id}/withdraw`, { reason: 'opnieuw' })).status).toBe(200);
    expect((await care.post('/nominations', { clientId: first.clientId, woonvariant: 'kamer', construction: 'regulier' })).status).toBe(201);
  });

  it('two nominations for the same client at the same moment: one is created, the other is a 409', async () => {
    const clientId = await loop.client();
    const care = loop.as(loop.r.careProviderA);
    const body = { clientId, woonvariant: 'zelfstandig', construction: 'regulier' };
    const results = await Promise.all([care.post('/nominations', body), care.post('/nominations', body), care.post('/nominations', body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    results.filter((r) => r.status === 409).forEach(expectConflict);
  });

  it('submitting a nomination twice is a 409, and so are other decisions out of order', async () => {
    const n = await loop.nomination({ until: 'draft' });
    const care = loop.as(loop.r.careProviderA);
    const officer = loop.officer('GM0150');
    expectConflict(await officer.post(`/nominations/${n.id}/approve`, { priorityClass: 'normal' }));
    expect((await care.post(`/nominations/${n.id}/submit`)).status).toBe(200);
    expectConflict(await care.post(`/nominations/${n.id}/submit`));
    expect((await officer.post(`/nominations/${n.id}/approve`, { priorityClass: 'normal' })).status).toBe(200);
    expectConflict(await officer.post(`/nominations/${n.id}/approve`, { priorityClass: 'urgent' }));
    expectConflict(await officer.post(`/nominations/${n.id}/reject`, { reason: 'te laat' }));
    expectConflict(await care.post(`/nominations/${n.id}/submit`));
    expect(await loop.nominationStatus(n.id)).toBe('active');
  });

  it('two officers approving the same match at the same moment: one wins, the other is a 409', async () => {
    await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const officer = loop.officer('GM0150');
    const results = await Promise.all([1, 2, 3].map(() => officer.post(`/matches/${match.id}/approve`)));
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409]);
    const history = (await loop.match(match.id)).history.map((h) => h.type);
    expect(history).toEqual(['proposed', 'approved']);
  });

  it('signing the lease while the care provider withdraws the nomination: one wins, the other is a 409, and the state stays whole', async () => {
    for (let i = 0; i < 3; i++) {
      const n = await loop.nomination();
      const vacancyId = await loop.vacancy();
      const match = await loop.proposed(vacancyId);
      await loop.advance(match.id, 'client_accepted');
      const [lease, withdraw] = await Promise.all([
        loop.as(loop.r.corporationA).post(`/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' }),
        loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, { reason: 'tegelijk' }),
      ]);
      expect([lease.status, withdraw.status].sort()).toEqual([200, 409]);
      await loop.settled();
      const after = await loop.match(match.id);
      const [{ tenancies }] = await loop.ds.query(`SELECT count(*)::int AS tenancies FROM tenancy WHERE match_id = $1`, [match.id]);
      if (lease.status === 200) {
        expect([after.status, await loop.nominationStatus(n.id), await loop.vacancyStatus(vacancyId), tenancies]).toEqual(['housed', 'housed', 'let', 1]);
      } else {
        expect([after.status, await loop.nominationStatus(n.id), tenancies]).toEqual(['cancelled', 'withdrawn', 0]);
        expect(await loop.liveMatch({ vacancyId })).toBeUndefined();
      }
      await loop.sweep();
    }
  });

  it('a decline and a withdrawal of the vacancy at the same moment leave one ended match and no live one', async () => {
    for (let i = 0; i < 3; i++) {
      const n = await loop.nomination();
      const vacancyId = await loop.vacancy();
      const match = await loop.proposed(vacancyId);
      await loop.advance(match.id, 'approved');
      const corp = loop.as(loop.r.corporationA);
      const results = await Promise.all([
        corp.post(`/matches/${match.id}/decline`, { reasonCode: 'home_unavailable' }),
        corp.post(`/vacancies/${vacancyId}/withdraw`, { reason: 'tegelijk' }),
      ]);
      for (const res of results) expect([200, 409]).toContain(res.status);
      await loop.settled();
      expect(['declined', 'cancelled']).toContain((await loop.match(match.id)).status);
      expect(await loop.liveMatch({ nominationId: n.id })).toBeUndefined();
      expect(await loop.nominationStatus(n.id)).toBe('active');
      expect(await loop.vacancyStatus(vacancyId)).toBe(results[1].status === 200 ? 'withdrawn' : 'open');
      await loop.sweep();
    }
  });

  it('a second live match on a vacancy or a nomination is impossible: the partial unique indexes refuse it', async () => {
    const first = await loop.nomination();
    const match = await loop.proposed(await loop.vacancy());
    const other = await loop.nomination();
    const otherHome = await loop.vacancy({ woonvariant: 'kamer' });
    await loop.settled();

    const insert = (nominationId: string, vacancyId: string, status: string) =>
      loop.ds.query(
        `INSERT INTO match (id, vacancy_id, nomination_id, region_code, corporation_id, care_provider_id, destination_municipality_code,
                            origin_municipality_code, neighbourhood_code, status, explanation)
         SELECT gen_random_uuid(), $2, $1, region_code, corporation_id, care_provider_id, destination_municipality_code,
                origin_municipality_code, neighbourhood_code, $3, explanation
           FROM match WHERE id = $4`,
        [nominationId, vacancyId, status, match.id],
      );
    await expect(insert(other.id, match.vacancyId, 'proposed')).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'match_one_live_per_vacancy' } });
    await expect(insert(other.id, match.vacancyId, 'approved')).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'match_one_live_per_vacancy' } });
    await expect(insert(first.id, otherHome, 'proposed')).rejects.toMatchObject({ driverError: { code: '23505', constraint: 'match_one_live_per_nomination' } });
    // a match that ended does not count
    await expect(insert(other.id, match.vacancyId, 'cancelled')).resolves.toBeDefined();
    expect(await loop.liveMatch({ vacancyId: match.vacancyId })).toMatchObject({ id: match.id });
  });
});
