import { DataSource } from 'typeorm';
import { JobRunner } from '@tp/core';
import { eventually, startTestApp, TestApp } from './support/test-app';
import { createTestRegion, TestRegion } from './support/region.factory';

describe('without REDIS_URL, jobs run in-process from the PostgreSQL outbox', () => {
  let t: TestApp;
  let r: TestRegion;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);

  beforeAll(async () => {
    t = await startTestApp({ REDIS_URL: '' });
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('uses the in-process driver', () => {
    expect(t.app.get(JobRunner).mode).toBe('in-process');
  });

  it('proposes a match after a vacancy is published, and marks the outbox rows done', async () => {
    const client = await post(r.careProviderA, '/clients', { reference: 'IP-1', originMunicipalityCode: 'GM0262', birthYear: 1985, householdSize: 1, currentSetting: 'MO', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: client.body.id, woonvariant: 'kamer', construction: 'regulier' });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    expect((await post(r.officers.GM0262, `/nominations/${nom.body.id}/approve`, { priorityClass: 'urgent' })).status).toBe(200);
    const vac = await post(r.corporationB, '/vacancies', { address: 'Markt 2, Lochem', neighbourhoodCode: r.buurten.GM0262[1], woonvariant: 'kamer', rooms: 1, rent: 450, availableFrom: '2026-12-15', constructions: ['regulier'] });
    expect(vac.status).toBe(201);
    const match = await eventually(async () => (await t.http.get('/api/v1/matches').set('Authorization', `Bearer ${r.corporationB}`)).body.items?.[0], 10000, 'a proposal');
    expect(match).toMatchObject({ vacancyId: vac.body.id, nominationId: nom.body.id, status: 'proposed' });
    const ds = t.app.get(DataSource);
    await eventually(async () => {
      const [row] = await ds.query(`SELECT count(*)::int AS n FROM outbox WHERE dispatched_at IS NULL AND job_name = 'matching.run'`);
      return row.n === 0;
    }, 5000, 'the matching jobs to be done');
    const runs = await ds.query(`SELECT status FROM matching_run`);
    expect(runs.every((x: { status: string }) => x.status === 'done')).toBe(true);
  });

  it('keeps a delayed job (the step deadline) in the outbox until it is due', async () => {
    const ds = t.app.get(DataSource);
    const [row] = await ds.query(`SELECT available_at FROM outbox WHERE job_name = 'match.expire' AND dispatched_at IS NULL`);
    expect(new Date(row.available_at).getTime()).toBeGreaterThan(Date.now() + 24 * 3600 * 1000);
  });
});
