import { ADMIN, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('rent parameters: the national rent limits per year', () => {
  let t: TestApp;
  let r: TestRegion;
  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('comes with the published limits of 2024 and 2025', async () => {
    const res = await t.http.get('/api/v1/rent-parameters').set('Authorization', `Bearer ${r.corporationA}`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((x: { year: number }) => x.year)).toEqual([2024, 2025]);
    expect(res.body.items[1]).toMatchObject({ kwaliteitskortingsgrens: 477.2, liberalisatiegrens: 900.07 });
  });

  it('lets the admin enter a new year and correct it', async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const body = { kwaliteitskortingsgrens: 498.2, lowerAftoppingsgrens: 713.44, upperAftoppingsgrens: 764.59, liberalisatiegrens: 932.93 };
    const put = await t.http.put('/api/v1/rent-parameters/2026').set('Authorization', `Bearer ${admin}`).send(body);
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ year: 2026, ...body });
    const again = await t.http.put('/api/v1/rent-parameters/2026').set('Authorization', `Bearer ${admin}`).send({ ...body, kwaliteitskortingsgrens: 498.0 });
    expect(again.body.kwaliteitskortingsgrens).toBe(498);
  });

  it('refuses limits that do not rise, naming the field', async () => {
    const admin = await t.login(ADMIN.email, ADMIN.password);
    const res = await t.http
      .put('/api/v1/rent-parameters/2027')
      .set('Authorization', `Bearer ${admin}`)
      .send({ kwaliteitskortingsgrens: 800, lowerAftoppingsgrens: 700, upperAftoppingsgrens: 750, liberalisatiegrens: 900 });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('lowerAftoppingsgrens');
  });

  it('is set by the admin only', async () => {
    const res = await t.http.put('/api/v1/rent-parameters/2026').set('Authorization', `Bearer ${r.coordinator}`).send({});
    expect(res.status).toBe(403);
  });
});
