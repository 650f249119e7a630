import { Caller, Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/**
 * Two corporations and two care providers share a region. Each sees and acts on its own objects only;
 * another tenant's object does not exist for it (404). An officer sees the cases of its own municipality.
 */
describe('tenant isolation', () => {
  let t: TestApp;
  let loop: Loop;
  let corpA: Caller, corpB: Caller, careA: Caller, careB: Caller;
  // A: care provider A's client placed with corporation A; B: the same for the B's; L: a Lochem client of A placed in Deventer.
  let a: { clientId: string; nominationId: string; vacancyId: string; matchId: string };
  let b: { clientId: string; nominationId: string; vacancyId: string; matchId: string };
  let l: { nominationId: string; matchId: string };
  let submitted: { id: string }, lochemSubmitted: { id: string };

  const ids = (res: { body: { items: Array<{ id: string }> } }) => res.body.items.map((x) => x.id);

  beforeAll(async () => {
    t = await startTestApp();
    const r = await createTestRegion(t);
    loop = new Loop(t, r);
    [corpA, corpB, careA, careB] = [r.corporationA, r.corporationB, r.careProviderA, r.careProviderB].map((x) => loop.as(x));

    const nomA = await loop.nomination({ care: r.careProviderA });
    const vacA = await loop.vacancy({ corp: r.corporationA });
    const matchA = await loop.proposed(vacA);
    a = { clientId: nomA.clientId, nominationId: nomA.id, vacancyId: vacA, matchId: matchA.id };
    await loop.advance(matchA.id, 'approved');

    const nomB = await loop.nomination({ care: r.careProviderB });
    const vacB = await loop.vacancy({ corp: r.corporationB, buurt: r.buurten.GM0150[1] });
    const matchB = await loop.proposed(vacB);
    b = { clientId: nomB.clientId, nominationId: nomB.id, vacancyId: vacB, matchId: matchB.id };

    const nomL = await loop.nomination({ care: r.careProviderA, origin: 'GM0262' });
    expect((await loop.officer('GM0262').post(`/nominations/${nomL.id}/origin-exception`, { reason: 'netwerk', allowedMunicipalityCodes: ['GM0150'] })).status).toBe(200);
    const matchL = await loop.proposed(await loop.vacancy({ corp: r.corporationA }));
    expect(matchL.nominationId).toBe(nomL.id);
    l = { nominationId: nomL.id, matchId: matchL.id };

    submitted = await loop.nomination({ care: r.careProviderA, until: 'submitted' });
    lochemSubmitted = await loop.nomination({ care: r.careProviderA, origin: 'GM0262', until: 'submitted' });
    await loop.settled();
  });
  afterAll(() => t?.close());

  const expectNotFound = (res: { status: number; headers: Record<string, string>; body: { status?: number } }) => {
    expect(res.status).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.status).toBe(404);
  };

  describe('corporations', () => {
    it("corporation B cannot read corporation A's vacancy or match (404)", async () => {
      expectNotFound(await corpB.get(`/vacancies/${a.vacancyId}`));
      expectNotFound(await corpB.get(`/matches/${a.matchId}`));
      expect((await corpA.get(`/vacancies/${a.vacancyId}`)).status).toBe(200);
      expect((await corpA.get(`/matches/${a.matchId}`)).status).toBe(200);
    });

    it("corporation B cannot accept, decline or sign the lease of corporation A's match, nor withdraw its vacancy (404), and nothing changes", async () => {
      expectNotFound(await corpB.post(`/matches/${a.matchId}/accept`));
      expectNotFound(await corpB.post(`/matches/${a.matchId}/decline`, { reasonCode: 'other' }));
      expectNotFound(await corpB.post(`/matches/${a.matchId}/lease-signed`, { startDate: '2026-12-01', construction: 'regulier' }));
      expectNotFound(await corpB.post(`/vacancies/${a.vacancyId}/withdraw`, { reason: 'x' }));
      expect((await loop.match(a.matchId)).status).toBe('approved');
      expect(await loop.vacancyStatus(a.vacancyId)).toBe('matched');
    });

    it('lists hold only the own vacancies and matches', async () => {
      expect(ids(await corpB.get('/vacancies'))).toEqual([b.vacancyId]);
      expect(ids(await corpB.get('/matches'))).toEqual([b.matchId]);
      expect(ids(await corpA.get('/vacancies')).sort()).toEqual([a.vacancyId, (await loop.match(l.matchId)).vacancyId].sort());
      expect(ids(await corpA.get('/matches')).sort()).toEqual([a.matchId, l.matchId].sort());
      expect((await corpB.get('/tenancies')).body.items).toEqual([]);
    });

    it('a corporation cannot read clients or nominations at all (403)', async () => {
      expect((await corpA.get(`/clients/${a.clientId}`)).status).toBe(403);
      expect((await corpA.get(`/nominations/${a.nominationId}`)).status).toBe(403);
      expect((await corpA.get('/clients')).status).toBe(403);
    });
  });

  describe('care providers', () => {
    it("care provider B cannot read care provider A's client, nomination or match (404)", async () => {
      expectNotFound(await careB.get(`/clients/${a.clientId}`));
      expectNotFound(await careB.get(`/nominations/${a.nominationId}`));
      expectNotFound(await careB.get(`/matches/${a.matchId}`));
      expectNotFound(await careB.get(`/vacancies/${a.vacancyId}`));
      expect((await careA.get(`/clients/${a.clientId}`)).status).toBe(200);
      expect((await careA.get(`/nominations/${a.nominationId}`)).status).toBe(200);
      expect((await careA.get(`/matches/${a.matchId}`)).status).toBe(200);
    });

    it("care provider B cannot act on care provider A's nominations or matches (404), and nothing changes", async () => {
      expectNotFound(await careB.post(`/nominations/${a.nominationId}/withdraw`, { reason: 'x' }));
      expectNotFound(await careB.post(`/nominations/${submitted.id}/submit`));
      expectNotFound(await careB.post(`/matches/${a.matchId}/client-accept`));
      expectNotFound(await careB.post(`/matches/${a.matchId}/decline`, { reasonCode: 'other' }));
      expect(await loop.nominationStatus(a.nominationId)).toBe('matched');
      expect((await loop.match(a.matchId)).status).toBe('approved');
    });

    it("care provider B cannot nominate care provider A's client", async () => {
      const res = await careB.post('/nominations', { clientId: a.clientId, woonvariant: 'zelfstandig', construction: 'regulier' });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'clientId' })]);
    });

    it('lists hold only the own clients, nominations, matches and the vacancies of the own matches', async () => {
      expect(ids(await careB.get('/clients'))).toEqual([b.clientId]);
      expect(ids(await careB.get('/nominations'))).toEqual([b.nominationId]);
      expect(ids(await careB.get('/matches'))).toEqual([b.matchId]);
      expect(ids(await careB.get('/vacancies'))).toEqual([b.vacancyId]);
      const own = ids(await careA.get('/nominations'));
      expect(own).toHaveLength(4);
      expect(own).not.toContain(b.nominationId);
    });
  });

  describe('municipal officers', () => {
    it('an officer of another municipality cannot see or decide on a nomination it has no part in (404)', async () => {
      const raalte = loop.officer('GM0177');
      expectNotFound(await raalte.get(`/nominations/${submitted.id}`));
      expectNotFound(await raalte.post(`/nominations/${submitted.id}/approve`, { priorityClass: 'urgent' }));
      expectNotFound(await raalte.post(`/nominations/${submitted.id}/reject`, { reason: 'x' }));
      expectNotFound(await loop.officer('GM0150').post(`/nominations/${lochemSubmitted.id}/approve`, { priorityClass: 'urgent' }));
      expect(await loop.nominationStatus(submitted.id)).toBe('submitted');
      expect(await loop.nominationStatus(lochemSubmitted.id)).toBe('submitted');
    });

    it('an officer who sees a nomination through a match in its municipality may not decide on it (403)', async () => {
      const deventer = loop.officer('GM0150');
      expect((await deventer.get(`/nominations/${l.nominationId}`)).status).toBe(200);
      const approve = await deventer.post(`/nominations/${l.nominationId}/approve`, { priorityClass: 'urgent' });
      expect(approve.status).toBe(403);
      expect(approve.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await deventer.post(`/nominations/${l.nominationId}/origin-exception`, { reason: 'x' })).status).toBe(403);
    });

    it('only the officer of the destination municipality approves a match: the origin officer gets 403, another officer 404', async () => {
      const origin = await loop.officer('GM0262').post(`/matches/${l.matchId}/approve`);
      expect(origin.status).toBe(403);
      expect(origin.headers['content-type']).toMatch(/^application\/problem\+json/);
      expectNotFound(await loop.officer('GM0177').post(`/matches/${l.matchId}/approve`));
      expectNotFound(await loop.officer('GM0177').post(`/matches/${l.matchId}/decline`, { reasonCode: 'other' }));
      expectNotFound(await loop.officer('GM0177').get(`/matches/${l.matchId}`));
      expect((await loop.match(l.matchId)).status).toBe('proposed');
    });

    it('officers list only the cases of their own municipality; officers never read client files', async () => {
      expect((await loop.officer('GM0177').get('/matches')).body.items).toEqual([]);
      expect((await loop.officer('GM0177').get('/nominations')).body.items).toEqual([]);
      expect(ids(await loop.officer('GM0262').get('/matches'))).toEqual([l.matchId]);
      expect(ids(await loop.officer('GM0262').get('/nominations')).sort()).toEqual([l.nominationId, lochemSubmitted.id].sort());
      expect(ids(await loop.officer('GM0150').get('/matches')).sort()).toEqual([a.matchId, b.matchId, l.matchId].sort());
      expect((await loop.officer('GM0150').get('/clients')).status).toBe(403);
      expect((await loop.officer('GM0150').get(`/clients/${a.clientId}`)).status).toBe(403);
    });
  });

  it('the coordinator sees every match of the region; the admin sees no client files', async () => {
    expect(ids(await loop.coordinator.get('/matches')).sort()).toEqual([a.matchId, b.matchId, l.matchId].sort());
    expect((await loop.as(loop.r.admin).get('/clients')).status).toBe(403);
    expect((await loop.as(loop.r.admin).get('/matches')).status).toBe(403);
  });
});
