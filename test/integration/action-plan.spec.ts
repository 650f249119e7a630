import { Loop } from './support/loop';
import { createTestRegion, PASSWORD, TestRegion } from './support/region.factory';
import { ADMIN, startTestApp, TestApp } from './support/test-app';

/**
 * The regional action plan on real PostgreSQL: the coordinator writes, the officers and the auditor
 * read, another region's action is a 404, and the monitor shows the plan's progress. The clock stands
 * on 25 November 2026.
 */
describe('the regional action plan', () => {
  let t: TestApp;
  let r: TestRegion;
  let L: Loop;
  let otherCoordinator: string;
  const action = { owner: 'Gemeente Deventer, team wonen', description: 'Tien extra Skaeve huse in de regio', deadlines: [{ date: '2026-12-31', label: 'Locaties gekozen' }, { date: '2026-11-01', label: 'Plan van aanpak' }] };

  beforeAll(async () => {
    t = await startTestApp();
    r = await createTestRegion(t);
    L = new Loop(t, r);
    t.clock.advance(Date.parse('2026-11-25T09:00:00Z') - t.clock.now().getTime());
    const admin = await t.login(ADMIN.email, ADMIN.password);
    await L.as(admin).post('/regions', { code: 'ANDERS', name: 'Regio Anders' });
    await L.as(admin).post('/municipalities', { code: 'GM9901', name: 'Andersdorp', regionCode: 'ANDERS', isCentre: true });
    const org = (await L.as(admin).post('/organisations', { type: 'municipality', name: 'Gemeente Andersdorp', regionCode: 'ANDERS', municipalityCode: 'GM9901' })).body.id;
    await L.as(admin).post('/users', { email: 'coordinator@anders.test', password: PASSWORD, role: 'coordinator', organisationId: org });
    otherCoordinator = await t.login('coordinator@anders.test', PASSWORD);
  }, 120000);
  afterAll(() => t?.close());

  it('lets the coordinator add an action: deadlines in date order, the overdue one marked, open by default', async () => {
    const res = await L.coordinator.post('/action-plan/actions', action);
    expect([res.status, res.body.detail]).toEqual([201, undefined]);
    expect(res.body).toMatchObject({
      regionCode: r.code,
      owner: action.owner,
      state: 'open',
      deadlines: [{ date: '2026-11-01', label: 'Plan van aanpak', overdue: true }, { date: '2026-12-31', label: 'Locaties gekozen', overdue: false }],
      nextDeadline: { date: '2026-12-31', label: 'Locaties gekozen' },
    });
    const got = await L.officer('GM0177').get(`/action-plan/actions/${res.body.id}`);
    expect([got.status, got.body.owner]).toEqual([200, action.owner]);
    expect((await L.as(r.auditor).get(`/action-plan/actions/${res.body.id}`)).status).toBe(200);
  });

  it('changes state, owner, description and deadlines, and reopens a done action', async () => {
    const id = (await L.coordinator.post('/action-plan/actions', { ...action, owner: 'Transferpunt' })).body.id;
    const done = await L.coordinator.patch(`/action-plan/actions/${id}`, { state: 'done' });
    expect([done.status, done.body.state, done.body.deadlines[0].overdue, done.body.nextDeadline]).toEqual([200, 'done', false, null]);
    const reopened = await L.coordinator.patch(`/action-plan/actions/${id}`, { state: 'ongoing', owner: ' Woonbedrijf A ', description: 'Twintig', deadlines: [{ date: '2027-03-01', label: 'Evaluatie' }] });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toMatchObject({ state: 'ongoing', owner: 'Woonbedrijf A', description: 'Twintig', deadlines: [{ date: '2027-03-01', label: 'Evaluatie', overdue: false }] });
    expect((await L.coordinator.get(`/action-plan/actions/${id}`)).body.state).toBe('ongoing');
  });

  it('refuses bad input with a 400 naming the field, and writes nothing', async () => {
    const before = (await L.ds.query(`SELECT count(*)::int AS n FROM action_plan_action`))[0].n;
    for (const [body, field] of [
      [{ ...action, owner: '   ' }, 'owner'],
      [{ ...action, owner: undefined }, 'owner'],
      [{ ...action, description: '' }, 'description'],
      [{ ...action, deadlines: [] }, 'deadlines'],
      [{ ...action, deadlines: undefined }, 'deadlines'],
      [{ ...action, deadlines: [{ date: '2026-02-30', label: 'x' }] }, 'deadlines.0.date'],
      [{ ...action, deadlines: [{ date: '2026-12-01', label: 'x' }, { date: 'morgen', label: 'y' }] }, 'deadlines.1.date'],
      [{ ...action, deadlines: [{ date: '2026-12-01', label: ' ' }] }, 'deadlines.0.label'],
      [{ ...action, state: 'closed' }, 'state'],
      [{ ...action, priority: 'high' }, 'priority'],
    ] as Array<[object, string]>) {
      const res = await L.coordinator.post('/action-plan/actions', body);
      expect([JSON.stringify(body), res.status, res.body.errors?.[0]?.field]).toEqual([JSON.stringify(body), 400, field]);
    }
    expect((await L.ds.query(`SELECT count(*)::int AS n FROM action_plan_action`))[0].n).toBe(before);
    const id = (await L.coordinator.get('/action-plan/actions')).body.items[0].id;
    for (const [body, field] of [[{ state: 'gesloten' }, 'state'], [{ deadlines: [] }, 'deadlines'], [{ description: '  ' }, 'description']] as Array<[object, string]>) {
      const res = await L.coordinator.patch(`/action-plan/actions/${id}`, body);
      expect([res.status, res.body.errors?.[0]?.field]).toEqual([400, field]);
    }
    expect((await L.coordinator.get('/action-plan/actions?state=later')).body.errors?.[0]?.field).toBe('state');
  });

  it('keeps regions apart: another region sees a 404, and its list does not hold ours', async () => {
    const id = (await L.coordinator.get('/action-plan/actions')).body.items[0].id;
    expect((await L.as(otherCoordinator).get(`/action-plan/actions/${id}`)).status).toBe(404);
    expect((await L.as(otherCoordinator).patch(`/action-plan/actions/${id}`, { state: 'done' })).status).toBe(404);
    expect((await L.as(otherCoordinator).get('/action-plan/actions')).body.items).toEqual([]);
    expect((await L.coordinator.get('/action-plan/actions/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await L.coordinator.get('/action-plan/actions/not-a-uuid')).status).toBe(404);
  });

  it('lets only the coordinator write', async () => {
    for (const token of [r.officers.GM0150, r.auditor, r.corporationA, r.careProviderA, r.privacyOfficer]) expect((await L.as(token).post('/action-plan/actions', action)).status).toBe(403);
    const id = (await L.coordinator.get('/action-plan/actions')).body.items[0].id;
    for (const token of [r.officers.GM0150, r.auditor]) expect((await L.as(token).patch(`/action-plan/actions/${id}`, { state: 'done' })).status).toBe(403);
    for (const token of [r.corporationA, r.careProviderA, r.privacyOfficer]) expect((await L.as(token).get('/action-plan/actions')).status).toBe(403);
  });

  it('filters on state and pages with a cursor, every action once', async () => {
    for (let i = 0; i < 5; i++) await L.coordinator.post('/action-plan/actions', { ...action, owner: `Eigenaar ${i}`, state: i % 2 ? 'ongoing' : 'open' });
    const all = (await L.coordinator.get('/action-plan/actions?limit=500')).body.items.map((a: { id: string }) => a.id);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await L.coordinator.get(`/action-plan/actions?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...res.body.items.map((a) => a.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(new Set(paged).size).toBe(all.length);
    const ongoing = (await L.coordinator.get('/action-plan/actions?state=ongoing')).body.items;
    expect(ongoing.length).toBeGreaterThan(0);
    expect(ongoing.every((a: { state: string }) => a.state === 'ongoing')).toBe(true);
  });

  it("gives the monitor the plan's progress: counts per state and overdue deadlines, not suppressed", async () => {
    const counts = (await L.ds.query(`SELECT state, count(*)::int AS n FROM action_plan_action WHERE region_code = $1 GROUP BY 1`, [r.code])) as Array<{ state: string; n: number }>;
    const n = (s: string) => counts.find((c) => c.state === s)?.n ?? 0;
    // every action made here has the overdue 1 November deadline, except the reopened one (2027)
    const overdue = n('open') + n('ongoing') - 1;
    const rows = async (token: string, q = 'from=2026-01-01&to=2026-12-31') => {
      const b = (await L.as(token).get(`/reports/monitor?${q}`)).body;
      const tb = b.tables.find((x: { key: string }) => x.key === 'actionPlan');
      return Object.fromEntries(tb.rows.map((row: { keys: string[]; values: unknown[] }) => [row.keys[0], row.values[0]]));
    };
    const expected = { open: n('open'), ongoing: n('ongoing'), done: n('done'), totaal: n('open') + n('ongoing') + n('done'), 'acties met verstreken deadline': overdue, 'verstreken deadlines': overdue };
    expect(await rows(r.coordinator)).toEqual(expected);
    expect(await rows(r.auditor)).toEqual(expected);
    // on 31 October nothing was overdue yet
    expect(await rows(r.coordinator, 'from=2026-10-01&to=2026-10-31')).toMatchObject({ 'acties met verstreken deadline': 0, 'verstreken deadlines': 0 });
    const csv = await L.coordinator.get('/reports/monitor?from=2026-01-01&to=2026-12-31&format=csv');
    expect(csv.text).toContain('Voortgang regionaal actieplan');
  });
});
