import { createTestRegion, TestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/**
 * The auditor reads the monitor under small-count suppression; with any day as bounds, two periods a
 * day apart would isolate one day's inflow by their difference. The auditor's periods are whole
 * calendar months; the coordinator and the officer keep any period.
 */
describe('the monitor periods of the auditor', () => {
  let t: TestApp;
  let r: TestRegion;

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  const get = (token: string, query: string) => t.http.get(`/api/v1/reports/monitor?${query}`).set('Authorization', `Bearer ${token}`);

  it('refuses a period that does not start on the first or end on the last day of a month, naming the field', async () => {
    for (const [query, field] of [
      ['from=2026-03-01&to=2026-03-03', 'to'],
      ['from=2026-03-01&to=2026-03-04', 'to'],
      ['from=2026-03-02&to=2026-03-31', 'from'],
      ['from=2026-02-01&to=2026-02-28T00:00', 'to'],
      ['from=2028-02-01&to=2028-02-28', 'to'], // a leap year: the 29th is the last day
    ] as const) {
      const res = await get(r.auditor, query);
      expect([query, res.status, res.headers['content-type']]).toEqual([query, 400, expect.stringMatching(/problem\+json/)]);
      expect([query, res.body.errors?.[0]?.field]).toEqual([query, field]);
    }
  });

  it('accepts whole months, one or several, also in a leap year and as CSV', async () => {
    for (const query of ['from=2026-03-01&to=2026-03-31', 'from=2026-01-01&to=2026-12-31', 'from=2028-02-01&to=2028-02-29', 'from=2026-02-01&to=2026-02-28&format=csv']) {
      expect([query, (await get(r.auditor, query)).status]).toEqual([query, 200]);
    }
  });

  it('leaves the coordinator and the officer any period', async () => {
    expect((await get(r.coordinator, 'from=2026-03-01&to=2026-03-03')).status).toBe(200);
    expect((await get(r.officers.GM0150, 'from=2026-03-02&to=2026-03-04')).status).toBe(200);
  });
});
