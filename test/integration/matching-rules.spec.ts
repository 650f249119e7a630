import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

const DAY = 24 * 3600 * 1000;

describe('matching: eligibility, origin, buurt limits and priority, on BullMQ', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterEach(() => loop.sweep());
  afterAll(() => t?.close());

  const expectNoProposal = async (vacancyId: string) => {
    await loop.settled();
    expect(await loop.liveMatch({ vacancyId })).toBeUndefined();
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');
  };
  const rule = (name: string) => expect.objectContaining({ rule: name, passed: true });

  describe('eligibility', () => {
    it('proposes a home only to a nomination asking its woonvariant', async () => {
      const n = await loop.nomination({ woonvariant: 'kamer' });
      await expectNoProposal(await loop.vacancy({ woonvariant: 'zelfstandig' }));
      const match = await loop.proposed(await loop.vacancy({ woonvariant: 'kamer' }));
      expect(match.nominationId).toBe(n.id);
      expect(match.explanation.rules).toEqual(expect.arrayContaining([rule('woonvariant')]));
    });

    it('proposes a home only with the rooms the nomination asks, or one per household member', async () => {
      const family = await loop.nomination({ householdSize: 3 });
      await expectNoProposal(await loop.vacancy({ rooms: 2 }));
      expect((await loop.proposed(await loop.vacancy({ rooms: 3 }))).nominationId).toBe(family.id);

      const roomy = await loop.nomination({ householdSize: 1, minRooms: 3 });
      await expectNoProposal(await loop.vacancy({ rooms: 2 }));
      const match = await loop.proposed(await loop.vacancy({ rooms: 4 }));
      expect(match.nominationId).toBe(roomy.id);
      expect(match.explanation.rules).toEqual(expect.arrayContaining([rule('rooms')]));
    });

    it('proposes a home only when the rent is within the nomination\'s maximum rent', async () => {
      const n = await loop.nomination({ maxRent: 500 });
      await expectNoProposal(await loop.vacancy({ rent: 500.01 }));
      const match = await loop.proposed(await loop.vacancy({ rent: 500 }));
      expect(match.nominationId).toBe(n.id);
      expect(match.explanation.rules).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'rent', passed: true, detail: expect.stringContaining('500.00') })]));
      // each rule also carries a stable code with its values, to translate from
      expect(match.explanation.rules).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'rent', code: 'rent.against_maximum', params: { rent: 500, max: 500 } })]));
    });

    it('never proposes a home in a buurt the client avoids', async () => {
      const [avoided, other] = loop.r.buurten.GM0150;
      const n = await loop.nomination({ avoid: [avoided] });
      await expectNoProposal(await loop.vacancy({ buurt: avoided }));
      const match = await loop.proposed(await loop.vacancy({ buurt: other }));
      expect(match.nominationId).toBe(n.id);
      expect(match.explanation.rules).toEqual(expect.arrayContaining([rule('avoided_neighbourhood')]));
    });
  });

  describe('return to the municipality of origin', () => {
    it('a client from Lochem is not placed in Deventer until the Lochem officer grants an origin exception', async () => {
      const n = await loop.nomination({ origin: 'GM0262' });
      const deventer = await loop.vacancy({ buurt: loop.r.buurten.GM0150[0] });
      await expectNoProposal(deventer);
      expect(await loop.nominationStatus(n.id)).toBe('active');

      const grant = { reason: 'netwerk van de cliënt woont in Deventer', allowedMunicipalityCodes: ['GM0150'] };
      expect((await loop.officer('GM0150').post(`/nominations/${n.id}/origin-exception`, grant)).status).toBe(404);
      expect((await loop.officer('GM0177').post(`/nominations/${n.id}/origin-exception`, grant)).status).toBe(404);
      expect((await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/origin-exception`, grant)).status).toBe(403);
      await expectNoProposal(deventer);

      const granted = await loop.officer('GM0262').post(`/nominations/${n.id}/origin-exception`, grant);
      expect(granted.status).toBe(200);
      expect(granted.body.originException).toMatchObject({ reason: grant.reason, allowedMunicipalityCodes: ['GM0150'] });

      const match = await loop.proposed(deventer);
      expect(match).toMatchObject({ nominationId: n.id, originMunicipalityCode: 'GM0262', destinationMunicipalityCode: 'GM0150' });
      expect(match.explanation.rules).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'origin', passed: true, detail: expect.stringContaining('origin exception') })]),
      );
      expect(match.explanation.rules).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'origin', code: 'origin.exception', params: { municipality: 'GM0150', origin: 'GM0262' } })]),
      );
      // the destination officer approves the match
      expect((await loop.officer('GM0150').post(`/matches/${match.id}/approve`)).status).toBe(200);
    });

    it('an origin exception limited to other municipalities does not open Deventer', async () => {
      const n = await loop.nomination({ origin: 'GM0262' });
      const deventer = await loop.vacancy({ buurt: loop.r.buurten.GM0150[0] });
      const granted = await loop.officer('GM0262').post(`/nominations/${n.id}/origin-exception`, { reason: 'veiligheid', allowedMunicipalityCodes: ['GM0177'] });
      expect(granted.status).toBe(200);
      await expectNoProposal(deventer);
      expect((await loop.proposed(await loop.vacancy({ buurt: loop.r.buurten.GM0177[1] }))).nominationId).toBe(n.id);
    });

    it('an origin exception without municipalities opens the whole region', async () => {
      const n = await loop.nomination({ origin: 'GM0262' });
      const zutphen = await loop.vacancy({ buurt: loop.r.buurten.GM0301[1] });
      await expectNoProposal(zutphen);
      expect((await loop.officer('GM0262').post(`/nominations/${n.id}/origin-exception`, { reason: 'eigen gegronde wens' })).status).toBe(200);
      expect((await loop.proposed(zutphen)).nominationId).toBe(n.id);
    });

    it('a client is placed in the municipality of origin without any exception', async () => {
      const n = await loop.nomination({ origin: 'GM0262' });
      const match = await loop.proposed(await loop.vacancy({ buurt: loop.r.buurten.GM0262[0] }));
      expect(match.nominationId).toBe(n.id);
      expect(match.explanation.rules).toEqual(expect.arrayContaining([expect.objectContaining({ rule: 'origin', passed: true, detail: expect.stringContaining('municipality of origin') })]));
    });
  });

  describe('buurt load limits', () => {
    const buurt = 'BU01500102';

    it('the officer of the municipality sets a buurt\'s limits; a full buurt gets no proposal until the limit is raised', async () => {
      const set = await loop.officer('GM0150').put(`/neighbourhoods/${buurt}/limits`, { maxPlacementsPer12Months: 1, maxLiveTenancies: null });
      expect(set.status).toBe(200);
      expect(set.body).toMatchObject({ code: buurt, municipalityCode: 'GM0150', maxPlacementsPer12Months: 1, maxLiveTenancies: null });

      const first = await loop.nomination();
      const second = await loop.nomination();
      const one = await loop.proposed(await loop.vacancy({ buurt }));
      expect(one.nominationId).toBe(first.id);
      expect(one.explanation.rules).toEqual(
        expect.arrayContaining([expect.objectContaining({ rule: 'neighbourhood_placements', passed: true, detail: expect.stringContaining('1 of 1') })]),
      );

      const full = await loop.vacancy({ buurt });
      await expectNoProposal(full);
      expect(await loop.nominationStatus(second.id)).toBe('active');

      expect((await loop.officer('GM0150').put(`/neighbourhoods/${buurt}/limits`, { maxPlacementsPer12Months: 2, maxLiveTenancies: null })).status).toBe(200);
      expect((await loop.proposed(full)).nominationId).toBe(second.id);
    });

    it('a buurt at its limit of live tenancies gets no proposal', async () => {
      // Olst-Wijhe, where no other test houses anyone
      const [olst] = loop.r.buurten.GM1773;
      const housed = await loop.nomination({ origin: 'GM1773' });
      const match = await loop.proposed(await loop.vacancy({ buurt: olst }));
      await loop.advance(match.id, 'client_accepted');
      await loop.signLease(match.id, '2026-12-01');
      expect(await loop.nominationStatus(housed.id)).toBe('housed');

      expect((await loop.officer('GM1773').put(`/neighbourhoods/${olst}/limits`, { maxPlacementsPer12Months: null, maxLiveTenancies: 1 })).status).toBe(200);
      const waiting = await loop.nomination({ origin: 'GM1773' });
      const home = await loop.vacancy({ buurt: olst });
      await expectNoProposal(home);
      expect((await loop.officer('GM1773').put(`/neighbourhoods/${olst}/limits`, { maxPlacementsPer12Months: null, maxLiveTenancies: 2 })).status).toBe(200);
      expect((await loop.proposed(home)).nominationId).toBe(waiting.id);
    });

    it('the officer of another municipality cannot set the limits of a Deventer buurt (404), nor may a corporation (403)', async () => {
      const limits = { maxPlacementsPer12Months: 0, maxLiveTenancies: 0 };
      const other = await loop.officer('GM0262').put(`/neighbourhoods/${buurt}/limits`, limits);
      expect(other.status).toBe(404);
      expect(other.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((await loop.as(loop.r.corporationA).put(`/neighbourhoods/${buurt}/limits`, limits)).status).toBe(403);
      expect((await loop.officer('GM0150').put(`/neighbourhoods/BU99990101/limits`, limits)).status).toBe(404);
      const [row] = await loop.ds.query(`SELECT max_placements_per_12_months, max_live_tenancies FROM neighbourhood WHERE code = $1`, [buurt]);
      expect(row).toEqual({ max_placements_per_12_months: null, max_live_tenancies: null });
    });

    it('limits must be whole numbers of zero or more, or null', async () => {
      const res = await loop.officer('GM0150').put(`/neighbourhoods/${buurt}/limits`, { maxPlacementsPer12Months: -1, maxLiveTenancies: 'twee' });
      expect(res.status).toBe(400);
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))].sort()).toEqual(['maxLiveTenancies', 'maxPlacementsPer12Months']);
    });

    it('placements count over a rolling 12 months: once an old lease falls out of the window, a manual round proposes the home', async () => {
      // Zutphen, where no other test houses anyone
      const [zutphen] = loop.r.buurten.GM0301;
      const old = await loop.nomination({ origin: 'GM0301' });
      const match = await loop.proposed(await loop.vacancy({ buurt: zutphen }));
      await loop.advance(match.id, 'client_accepted');
      const start = new Date(t.clock.now().getTime());
      start.setUTCFullYear(start.getUTCFullYear() - 1);
      const startDate = new Date(start.getTime() + 5 * DAY).toISOString().slice(0, 10);
      await loop.signLease(match.id, startDate);
      expect(await loop.nominationStatus(old.id)).toBe('housed');

      expect((await loop.officer('GM0301').put(`/neighbourhoods/${zutphen}/limits`, { maxPlacementsPer12Months: 1, maxLiveTenancies: null })).status).toBe(200);
      const waiting = await loop.nomination({ origin: 'GM0301' });
      const home = await loop.vacancy({ buurt: zutphen });
      await expectNoProposal(home);

      t.clock.advance(10 * DAY);
      await expectNoProposal(home);
      const started = await loop.coordinator.post('/matching/runs');
      expect(started.status).toBe(202);
      expect(started.body.runId).toEqual(expect.any(String));
      const run = await eventually(async () => {
        const res = await loop.coordinator.get(`/matching/runs/${started.body.runId}`);
        return res.body.status === 'done' ? res.body : undefined;
      }, 10000, 'the manual round');
      expect(run).toMatchObject({ id: started.body.runId, status: 'done', proposals: 1, trigger: 'manual' });
      expect(new Date(run.finishedAt).getTime()).toBeGreaterThanOrEqual(new Date(run.startedAt).getTime());
      const proposal = await loop.liveMatch({ vacancyId: home });
      expect(proposal).toMatchObject({ nominationId: waiting.id, status: 'proposed' });
      const [{ matching_run_id }] = await loop.ds.query(`SELECT matching_run_id FROM match WHERE id = $1`, [proposal!.id]);
      expect(matching_run_id).toBe(started.body.runId);
    });
  });

  describe('priority', () => {
    it('places urgent before normal, then the longest waiting since approval', async () => {
      const early = await loop.nomination({ priorityClass: 'normal' });
      t.clock.advance(60_000);
      const urgent = await loop.nomination({ priorityClass: 'urgent' });
      t.clock.advance(60_000);
      const late = await loop.nomination({ priorityClass: 'normal' });
      await loop.settled();

      const one = await loop.proposed(await loop.vacancy());
      expect(one.nominationId).toBe(urgent.id);
      expect(one.explanation).toMatchObject({ queuePosition: 1, priorityClass: 'urgent' });
      const two = await loop.proposed(await loop.vacancy());
      expect(two.nominationId).toBe(early.id);
      expect(two.explanation).toMatchObject({ queuePosition: 1, priorityClass: 'normal' });
      const three = await loop.proposed(await loop.vacancy());
      expect(three.nominationId).toBe(late.id);
    });

    it('gives the home to the highest-ranked nomination that fits, passing over the ones that do not', async () => {
      await loop.nomination({ priorityClass: 'urgent', woonvariant: 'kamer' });
      t.clock.advance(60_000);
      const fits = await loop.nomination({ priorityClass: 'normal' });
      t.clock.advance(60_000);
      await loop.nomination({ priorityClass: 'normal' });
      const match = await loop.proposed(await loop.vacancy());
      expect(match.nominationId).toBe(fits.id);
      expect(match.explanation).toMatchObject({ queuePosition: 2, higherRankedNotEligible: 1 });
    });
  });

  describe('GET /queue', () => {
    it('lists the active nominations in priority order with their regional position: officers their own municipality\'s, the coordinator all', async () => {
      const a = await loop.nomination({ origin: 'GM0150', priorityClass: 'normal' });
      t.clock.advance(60_000);
      const b = await loop.nomination({ origin: 'GM0262', priorityClass: 'normal' });
      t.clock.advance(60_000);
      const c = await loop.nomination({ origin: 'GM0150', priorityClass: 'urgent' });
      t.clock.advance(60_000);
      const d = await loop.nomination({ origin: 'GM0200', priorityClass: 'normal' }); // Apeldoorn, outside the region: Deventer decides
      await loop.nomination({ origin: 'GM0262', until: 'submitted' }); // not approved: not in the queue
      await loop.settled();

      const all = await loop.coordinator.get('/queue');
      expect(all.status).toBe(200);
      expect(all.body.items.map((e: { nominationId: string; position: number }) => [e.nominationId, e.position])).toEqual([
        [c.id, 1],
        [a.id, 2],
        [b.id, 3],
        [d.id, 4],
      ]);
      expect(all.body.items[0]).toMatchObject({ priorityClass: 'urgent', approvedAt: expect.any(String) });

      const deventer = await loop.officer('GM0150').get('/queue');
      expect(deventer.body.items.map((e: { nominationId: string; position: number }) => [e.nominationId, e.position])).toEqual([
        [c.id, 1],
        [a.id, 2],
        [d.id, 4],
      ]);
      const lochem = await loop.officer('GM0262').get('/queue');
      expect(lochem.body.items.map((e: { nominationId: string; position: number }) => [e.nominationId, e.position])).toEqual([[b.id, 3]]);
      expect((await loop.officer('GM0177').get('/queue')).body.items).toEqual([]);

      const page = await loop.coordinator.get('/queue?limit=2');
      expect(page.body.items.map((e: { position: number }) => e.position)).toEqual([1, 2]);
      const rest = await loop.coordinator.get(`/queue?limit=2&cursor=${page.body.nextCursor}`);
      expect(rest.body.items.map((e: { position: number }) => e.position)).toEqual([3, 4]);
      expect(rest.body.nextCursor).toBeNull();
    });

    it('a matched nomination leaves the queue, and the corporation and the care provider cannot read it', async () => {
      const n = await loop.nomination();
      await loop.proposed(await loop.vacancy());
      expect((await loop.coordinator.get('/queue')).body.items.map((e: { nominationId: string }) => e.nominationId)).not.toContain(n.id);
      expect((await loop.as(loop.r.corporationA).get('/queue')).status).toBe(403);
      expect((await loop.as(loop.r.careProviderA).get('/queue')).status).toBe(403);
    });
  });

  describe('matching runs', () => {
    it('only the coordinator starts a round (202 { runId }); the run can be looked up in the region', async () => {
      expect((await loop.officer('GM0150').post('/matching/runs')).status).toBe(403);
      expect((await loop.as(loop.r.corporationA).post('/matching/runs')).status).toBe(403);
      const started = await loop.coordinator.post('/matching/runs');
      expect(started.status).toBe(202);
      await loop.settled();
      const run = await loop.coordinator.get(`/matching/runs/${started.body.runId}`);
      expect(run.status).toBe(200);
      expect(run.body).toMatchObject({ status: 'done', proposals: 0, startedAt: expect.any(String), finishedAt: expect.any(String) });
      expect((await loop.officer('GM0262').get(`/matching/runs/${started.body.runId}`)).status).toBe(200);
      expect((await loop.as(loop.r.corporationA).get(`/matching/runs/${started.body.runId}`)).status).toBe(403);
      expect((await loop.coordinator.get('/matching/runs/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    });
  });
});
