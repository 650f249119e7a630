import { eventually, startTestApp, TestApp } from './support/test-app';
import { Loop } from './support/loop';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('the core loop over HTTP, as each role, on PostgreSQL and BullMQ', () => {
  let t: TestApp;
  let r: TestRegion;
  const api = (token: string) => ({
    get: (p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`),
    post: (p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body),
  });

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('walks from a published vacancy to a signed lease', async () => {
    const care = api(r.careProviderA);
    const client = await care.post('/clients', { reference: 'DOS-1', originMunicipalityCode: 'GM0150', birthYear: 1990, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    expect(client.status).toBe(201);
    const nom = await care.post('/nominations', { clientId: client.body.id, woonvariant: 'zelfstandig', maxRent: 700, construction: 'omklap', supportIntensity: 'medium' });
    expect(nom.status).toBe(201);
    expect(nom.body.status).toBe('draft');
    expect((await care.post(`/nominations/${nom.body.id}/submit`)).body.status).toBe('submitted');
    const approved = await api(r.officers.GM0150).post(`/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('active');
    expect(approved.body.approvedAt).toBeTruthy();

    const corp = api(r.corporationA);
    const vac = await corp.post('/vacancies', { address: 'Brink 1, Deventer', neighbourhoodCode: r.buurten.GM0150[0], woonvariant: 'zelfstandig', rooms: 2, rent: 612.5, availableFrom: '2026-12-01', constructions: ['regulier', 'omklap'] });
    expect(vac.status).toBe(201);
    expect(vac.body.status).toBe('open');

    const match = await eventually(async () => (await corp.get('/matches')).body.items?.[0], 15000, 'a proposed match');
    expect(match).toMatchObject({ vacancyId: vac.body.id, nominationId: nom.body.id, status: 'proposed' });
    expect(match.explanation.rules.map((x: { rule: string }) => x.rule)).toEqual(expect.arrayContaining(['woonvariant', 'rooms', 'rent', 'origin', 'neighbourhood_placements']));

    expect((await api(r.officers.GM0150).post(`/matches/${match.id}/approve`)).body.status).toBe('approved');
    expect((await corp.post(`/matches/${match.id}/accept`)).body.status).toBe('accepted');
    expect((await care.post(`/matches/${match.id}/client-accept`)).body.status).toBe('client_accepted');
    const lease = await corp.post(`/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction: 'omklap' });
    expect(lease.status).toBe(200);
    expect(lease.body.status).toBe('housed');
    expect(lease.body.tenancyId).toBeTruthy();
    const tenancies = await care.get('/tenancies');
    expect(tenancies.body.items).toEqual([expect.objectContaining({ id: lease.body.tenancyId, leaseholder: 'care_provider', construction: 'omklap' })]);
  });

  it('after the lease the nomination is housed, the home let, and the tenancy is seen by its parties only', async () => {
    const loop = new Loop(t, r);
    const n = await loop.nomination({ origin: 'GM0262' });
    const vacancyId = await loop.vacancy({ buurt: r.buurten.GM0262[1], corp: r.corporationB });
    const match = await loop.proposed(vacancyId);
    await loop.advance(match.id, 'client_accepted');
    const tenancyId = await loop.signLease(match.id, '2027-01-01');

    expect((await api(r.careProviderA).get(`/nominations/${n.id}`)).body.status).toBe('housed');
    expect((await api(r.corporationB).get(`/vacancies/${vacancyId}`)).body.status).toBe('let');
    expect((await api(r.corporationB).get(`/matches/${match.id}`)).body.history.map((h: { type: string }) => h.type)).toEqual([
      'proposed', 'approved', 'accepted', 'client_accepted', 'lease_signed',
    ]);
    for (const token of [r.corporationB, r.careProviderA, r.officers.GM0262, r.coordinator]) {
      const res = await api(token).get(`/tenancies/${tenancyId}`);
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ id: tenancyId, matchId: match.id, leaseholder: 'client', construction: 'regulier', startDate: '2027-01-01', status: 'live' });
    }
    for (const token of [r.corporationA, r.careProviderB, r.officers.GM0150]) expect((await api(token).get(`/tenancies/${tenancyId}`)).status).toBe(404);
  });
});

describe("a corporation's view of a proposed candidate", () => {
  let t: TestApp;
  let r: TestRegion;
  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('holds only what deciding on the home needs, and only while the match is live', async () => {
    const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
    const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
    const client = await post(r.careProviderA, '/clients', {
      reference: 'MIN-1', originMunicipalityCode: 'GM0301', birthYear: 2001, householdSize: 2, currentSetting: 'forensic', legalFramework: 'forensic',
      livingSituation: 'kliniek', needs: ['ground_floor', 'quiet_neighbours'], consentToShare: true,
    });
    const nom = await post(r.careProviderA, '/nominations', { clientId: client.body.id, woonvariant: 'zelfstandig', construction: 'onder_voorwaarden', supportProvider: 'FACT-team Zutphen', supportIntensity: 'complex' });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    await post(r.officers.GM0301, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    await post(r.corporationA, '/vacancies', { address: 'Kuiperstraat 3, Zutphen', neighbourhoodCode: r.buurten.GM0301[0], woonvariant: 'zelfstandig', rooms: 2, rent: 600, availableFrom: '2026-12-01', floor: 0, constructions: ['onder_voorwaarden'] });
    const match = await eventually(async () => (await get(r.corporationA, '/matches')).body.items?.[0], 15000, 'a proposal');
    const seen = await get(r.corporationA, `/matches/${match.id}`);
    expect(seen.body.candidate).toEqual({ reference: 'MIN-1', householdSize: 2, homeNeeds: ['ground_floor'], construction: 'onder_voorwaarden', supportProvider: 'FACT-team Zutphen', supportIntensity: 'complex' });
    expect(JSON.stringify(seen.body)).not.toMatch(/forensic|kliniek|2001|quiet_neighbours/);
    await post(r.officers.GM0301, `/matches/${match.id}/decline`, { reasonCode: 'other' });
    expect((await get(r.corporationA, `/matches/${match.id}`)).body.candidate).toBeNull();
  });
});
