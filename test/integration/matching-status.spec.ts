import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('GET /nominations/:id/matching-status: why a client has no home yet', () => {
  let t: TestApp;
  let r: TestRegion;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  const activeNomination = async (ref: string, origin: string, extra: object = {}) => {
    const c = await post(r.careProviderA, '/clients', { reference: ref, originMunicipalityCode: origin, birthYear: 1980, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const n = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'zelfstandig', construction: 'regulier', ...extra });
    await post(r.careProviderA, `/nominations/${n.body.id}/submit`);
    expect((await post(r.officers[origin], `/nominations/${n.body.id}/approve`, { priorityClass: 'normal' })).status).toBe(200);
    return n.body.id as string;
  };
  const roundsDone = () =>
    eventually(async () => (await get(r.coordinator, '/matching/runs?limit=500')).body.items.every((x: { status: string }) => x.status === 'done') || undefined, 10000, 'rounds');

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('says a nomination that waits for its decision is not in the queue yet', async () => {
    const c = await post(r.careProviderA, '/clients', { reference: 'S-0', originMunicipalityCode: 'GM0150', birthYear: 1980, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const n = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'kamer', construction: 'regulier' });
    await post(r.careProviderA, `/nominations/${n.body.id}/submit`);
    const res = await get(r.careProviderA, `/nominations/${n.body.id}/matching-status`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ state: 'not_in_queue', nominationStatus: 'submitted' });
  });

  it('names the nearest miss when no open home fits', async () => {
    const id = await activeNomination('S-1', 'GM0262', { maxRent: 500 });
    await post(r.corporationA, '/vacancies', { address: 'Markt 1, Lochem', neighbourhoodCode: r.buurten.GM0262[0], woonvariant: 'zelfstandig', rooms: 2, rent: 800, availableFrom: '2026-12-01', constructions: ['regulier'] });
    await roundsDone();
    const res = await eventually(async () => {
      const b = (await get(r.careProviderA, `/nominations/${id}/matching-status`)).body;
      return b.state === 'no_eligible_vacancy' ? b : undefined;
    }, 10000, 'a status');
    expect(res.nearestMiss).toMatchObject({ rule: 'rent', vacancies: 1 });
    expect(res.queuePosition).toBeGreaterThanOrEqual(1);
    expect(typeof res.detail).toBe('string');
    expect((await get(r.officers.GM0262, `/nominations/${id}/matching-status`)).status).toBe(200);
    expect((await get(r.corporationA, `/nominations/${id}/matching-status`)).status).toBe(403);
    expect((await get(r.careProviderB, `/nominations/${id}/matching-status`)).status).toBe(404);
  });

  it('points to the live match once a home is proposed', async () => {
    const id = await activeNomination('S-2', 'GM1773');
    await post(r.corporationB, '/vacancies', { address: 'Dorpsstraat 1, Olst', neighbourhoodCode: r.buurten.GM1773[0], woonvariant: 'zelfstandig', rooms: 1, rent: 500, availableFrom: '2026-12-01', constructions: ['regulier'] });
    const res = await eventually(async () => {
      const b = (await get(r.careProviderA, `/nominations/${id}/matching-status`)).body;
      return b.state === 'in_match' ? b : undefined;
    }, 10000, 'the match');
    expect(res.matchId).toBeTruthy();
  });
});
