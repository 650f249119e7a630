import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('tenancy follow-up over HTTP: omklap, extension, time-out, eviction', () => {
  let t: TestApp;
  let r: TestRegion;
  let n = 0;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);

  /** Walks one client from nomination to a signed lease in Raalte and returns the tenancy id. */
  async function housed(construction: 'omklap' | 'regulier' | 'onder_voorwaarden'): Promise<string> {
    n++;
    const c = await post(r.careProviderA, '/clients', { reference: `T-${n}`, originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    await post(r.officers.GM0177, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    const v = await post(r.corporationA, '/vacancies', { address: `Dorpsstraat ${n}, Raalte`, neighbourhoodCode: r.buurten.GM0177[0], woonvariant: 'zelfstandig', rooms: 2, rent: 550, availableFrom: '2026-12-01', constructions: [construction] });
    const match = await eventually(async () => (await get(r.corporationA, '/matches?status=proposed')).body.items.find((x: { vacancyId: string }) => x.vacancyId === v.body.id), 10000, 'a proposal');
    await post(r.officers.GM0177, `/matches/${match.id}/approve`);
    await post(r.corporationA, `/matches/${match.id}/accept`);
    await post(r.careProviderA, `/matches/${match.id}/client-accept`);
    const lease = await post(r.corporationA, `/matches/${match.id}/lease-signed`, { startDate: '2026-12-01', construction });
    expect(lease.status).toBe(200);
    return lease.body.tenancyId;
  }

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('follows an omklap lease from signing to conversion, with its evaluation after 12 months', async () => {
    const id = await housed('omklap');
    const tenancy = (await get(r.careProviderA, `/tenancies/${id}`)).body;
    expect(tenancy).toMatchObject({ leaseholder: 'care_provider', nextEvaluationDate: '2027-12-01', status: 'live' });
    const converted = await post(r.careProviderA, `/tenancies/${id}/evaluations`, { date: '2027-12-01', outcome: 'convert', note: 'zelfstandig genoeg' });
    expect(converted.status).toBe(201);
    expect(converted.body).toMatchObject({ leaseholder: 'client', convertedOn: '2027-12-01', nextEvaluationDate: null });
    expect((await post(r.corporationA, `/tenancies/${id}/evaluations`, { date: '2028-01-01', outcome: 'convert' })).status).toBe(409);
    const timeline = (await get(r.officers.GM0177, `/tenancies/${id}/timeline`)).body;
    expect(timeline.items.map((x: { type: string }) => x.type)).toEqual(['proposed', 'approved', 'accepted', 'client_accepted', 'lease_signed', 'started', 'convert']);
  });

  it('extends an omklap lease to a second evaluation at 24 months, then converts it', async () => {
    const id = await housed('omklap');
    const extended = await post(r.corporationA, `/tenancies/${id}/evaluations`, { date: '2027-12-01', outcome: 'extend' });
    expect(extended.body).toMatchObject({ nextEvaluationDate: '2028-12-01', extensions: 1, leaseholder: 'care_provider' });
    expect((await post(r.careProviderA, `/tenancies/${id}/evaluations`, { date: '2028-12-01', outcome: 'convert' })).body.leaseholder).toBe('client');
  });

  it('records a time-out and the return, and refuses a second time-out while away', async () => {
    const id = await housed('regulier');
    const away = await post(r.careProviderA, `/tenancies/${id}/events`, { type: 'time_out', date: '2027-02-01', expectedReturnDate: '2027-03-01' });
    expect(away.status).toBe(201);
    expect(away.body).toMatchObject({ onTimeOut: true, expectedReturnDate: '2027-03-01', status: 'live' });
    const twice = await post(r.careProviderA, `/tenancies/${id}/events`, { type: 'time_out', date: '2027-02-02' });
    expect(twice.status).toBe(409);
    expect(twice.headers['content-type']).toMatch(/problem\+json/);
    expect((await post(r.careProviderA, `/tenancies/${id}/events`, { type: 'returned', date: '2027-02-20' })).body.onTimeOut).toBe(false);
    expect((await post(r.corporationA, `/tenancies/${id}/evaluations`, { date: '2027-12-01', outcome: 'convert' })).status).toBe(409);
  });

  it('ends a tenancy at an eviction, which frees its place in the buurt load', async () => {
    const id = await housed('onder_voorwaarden');
    expect((await get(r.corporationA, `/tenancies/${id}`)).body.conditionsEndDate).toBe('2027-12-01');
    await post(r.corporationA, `/tenancies/${id}/events`, { type: 'overlast', date: '2027-03-01', note: 'geluidsoverlast' });
    await post(r.corporationA, `/tenancies/${id}/events`, { type: 'aanzegging', date: '2027-04-01' });
    const evicted = await post(r.corporationA, `/tenancies/${id}/events`, { type: 'huisuitzetting', date: '2027-06-01' });
    expect(evicted.body).toMatchObject({ status: 'ended', endReason: 'huisuitzetting', endDate: '2027-06-01' });
    expect((await post(r.corporationA, `/tenancies/${id}/events`, { type: 'overlast', date: '2027-06-02' })).status).toBe(409);
    const live = await t.http.get('/api/v1/tenancies?limit=100').set('Authorization', `Bearer ${r.coordinator}`);
    expect(live.body.items.find((x: { id: string }) => x.id === id).status).toBe('ended');
  });

  it('is recorded only by the parties of the tenancy, and validated', async () => {
    const id = await housed('regulier');
    expect((await post(r.corporationB, `/tenancies/${id}/events`, { type: 'overlast', date: '2027-03-01' })).status).toBe(404);
    expect((await post(r.officers.GM0177, `/tenancies/${id}/events`, { type: 'overlast', date: '2027-03-01' })).status).toBe(403);
    const bad = await post(r.corporationA, `/tenancies/${id}/events`, { type: 'party', date: '1 maart' });
    expect(bad.status).toBe(400);
    expect(new Set(bad.body.errors.map((e: { field: string }) => e.field))).toEqual(new Set(['type', 'date']));
  });
});
