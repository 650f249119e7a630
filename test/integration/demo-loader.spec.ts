import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '@tp/core/demo/demo-data';
import { DemoLoader, DemoSummary } from '@tp/core/demo/demo-loader.service';
import { eventually, startTestApp, TestApp } from './support/test-app';

describe('the Deventer demo region', () => {
  let t: TestApp;
  let first: DemoSummary | null;
  let second: DemoSummary | null;
  const api = (token: string) => ({
    get: (p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`),
    post: (p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body),
  });
  const emailOf = (role: string, contains = '') => first!.users.find((u) => u.role === role && u.email.includes(contains))!.email;

  beforeAll(async () => {
    t = await startTestApp();
    const loader = t.app.get(DemoLoader);
    first = await loader.loadIfEmpty();
    second = await loader.loadIfEmpty();
  });
  afterAll(() => t?.close());

  it('loads once, and a second call is a no-op that reports the same logins', async () => {
    expect(first).toMatchObject({ region: 'DEVENTER', created: true, password: DEMO_PASSWORD });
    expect(second).toMatchObject({ region: 'DEVENTER', created: false, password: DEMO_PASSWORD });
    expect(second!.users).toEqual(first!.users);
    const roles = first!.users.map((u) => u.role);
    expect(roles.filter((r) => r === 'coordinator')).toHaveLength(1);
    expect(roles.filter((r) => r === 'municipal_officer')).toHaveLength(5);
    expect(roles.filter((r) => r === 'corporation')).toHaveLength(2);
    expect(roles.filter((r) => r === 'care_provider')).toHaveLength(2);

    const admin = await t.login('admin@test.example', 'admin-password-for-tests');
    const regions = await api(admin).get('/regions');
    expect(regions.body.items.map((r: { code: string }) => r.code)).toEqual(['DEVENTER']);
    const municipalities = await api(admin).get('/municipalities?regionCode=DEVENTER');
    expect(municipalities.body.items.map((x: { code: string; isCentre: boolean }) => [x.code, x.isCentre])).toEqual([
      ['GM0150', true], ['GM0177', false], ['GM0262', false], ['GM0301', false], ['GM1773', false],
    ]);
    const buurten = (await api(admin).get('/neighbourhoods')).body.items as Array<{ code: string; municipalityCode: string; maxPlacementsPer12Months: number | null }>;
    for (const m of ['GM0150', 'GM0262', 'GM1773', 'GM0177', 'GM0301']) {
      const own = buurten.filter((b) => b.municipalityCode === m);
      expect(own).toHaveLength(3);
      for (const b of own) expect(b.code).toMatch(new RegExp(`^BU${m.slice(2)}\\d{4}$`));
    }
    expect(buurten.some((b) => b.maxPlacementsPer12Months !== null)).toBe(true);
    const users = await api(admin).get('/users');
    expect(users.body.items).toHaveLength(first!.users.length + 1);
  });

  it('lets every demo user log in with the one demo password', async () => {
    for (const u of first!.users) await expect(t.login(u.email, DEMO_PASSWORD)).resolves.toEqual(expect.any(String));
  });

  it('shows the coordinator the proposals of the first matching round', async () => {
    const coordinator = api(await t.login(emailOf('coordinator'), DEMO_PASSWORD));
    const proposed = await eventually(
      async () => {
        const items = (await coordinator.get('/matches?status=proposed')).body.items as Array<{ destinationMunicipalityCode: string; originMunicipalityCode: string; explanation: { rules: unknown[] } }>;
        return items?.length === 2 ? items : undefined;
      },
      15000,
      'two proposals from the demo round',
    );
    expect(proposed.map((x) => [x.originMunicipalityCode, x.destinationMunicipalityCode]).sort()).toEqual([['GM0150', 'GM0150'], ['GM0301', 'GM0301']]);
    for (const x of proposed) expect(x.explanation.rules.length).toBeGreaterThan(0);

    // one client is still waiting in the queue, two nominations await a decision, one home is still open
    const queue = await coordinator.get('/queue');
    expect(queue.body.items).toHaveLength(1);
    const deventer = api(await t.login(emailOf('municipal_officer', 'deventer'), DEMO_PASSWORD));
    const submitted = await deventer.get('/nominations?status=submitted');
    expect(submitted.body.items).toHaveLength(1); // origin outside the region: the centrumgemeente decides
    const ieder1 = api(await t.login(emailOf('corporation', 'ieder1'), DEMO_PASSWORD));
    const homes = (await ieder1.get('/vacancies')).body.items as Array<{ status: string }>;
    expect(homes.map((v) => v.status).sort()).toEqual(['let', 'matched']);
    const tactus = api(await t.login(emailOf('care_provider', 'tactus'), DEMO_PASSWORD));
    const tenancies = (await tactus.get('/tenancies')).body.items;
    expect(tenancies).toEqual([expect.objectContaining({ construction: 'omklap', leaseholder: 'care_provider' })]);
    // the omklap is evaluated 12 months after its start, and its reminders are scheduled
    expect(tenancies[0].nextEvaluationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [reminders] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM outbox WHERE job_name = 'tenancy.remind'`);
    expect(reminders.n).toBeGreaterThan(0);
  });

  it('lets the officer of the destination approve a demo proposal', async () => {
    const zutphen = api(await t.login(emailOf('municipal_officer', 'zutphen'), DEMO_PASSWORD));
    const mine = (await zutphen.get('/matches?status=proposed')).body.items as Array<{ id: string; destinationMunicipalityCode: string }>;
    expect(mine).toHaveLength(1);
    const approved = await zutphen.post(`/matches/${mine[0].id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.status).toBe('approved');
  });
});
