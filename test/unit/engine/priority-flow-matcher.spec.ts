import { FirstFitMatcher, Matcher, MatchingInput, MatchingInputError, PriorityFlowMatcher, Proposal, UnplacedNomination } from '@tp/domain';
import { APELDOORN, at, BUURT_A, BUURT_B, DEVENTER, load, nomination, vacancy, ZUTPHEN } from '../fixtures';

const engine = new PriorityFlowMatcher();

const input = (over: Partial<MatchingInput> = {}): MatchingInput => ({ nominations: [], vacancies: [], neighbourhoods: [], excludedPairs: [], ...over });
const pairs = (i: MatchingInput) =>
  engine
    .propose(i)
    .proposals.map((p) => [p.vacancyId, p.nominationId])
    .sort();
const unplaced = (i: MatchingInput, id: string): UnplacedNomination => engine.propose(i).unplaced!.find((u) => u.nominationId === id)!;
const proposalOf = (i: MatchingInput, id: string): Proposal => engine.propose(i).proposals.find((p) => p.nominationId === id)!;

// Queue positions by approval date: n1 before n2 before n3 ...
const n = (k: number, over: Parameters<typeof nomination>[0] = {}) => nomination({ id: `n${k}`, approvedAt: at(`2026-01-0${k}T09:00:00Z`), ...over });
const v = (k: number, over: Parameters<typeof vacancy>[0] = {}) => vacancy({ id: `v${k}`, ...over });

describe('PriorityFlowMatcher', () => {
  it('calls itself priority-flow-v1 and stands behind the one Matcher interface', () => {
    const m: Matcher = engine;
    expect(m.name).toBe('priority-flow-v1');
  });

  it('proposes nothing, and says why for every candidate, when there are no open homes', () => {
    const out = engine.propose(input({ nominations: [n(1), n(2)] }));
    expect(out.proposals).toEqual([]);
    expect(out.unplaced!.map((u) => [u.nominationId, u.reason])).toEqual([
      ['n1', 'no_eligible_vacancy'],
      ['n2', 'no_eligible_vacancy'],
    ]);
    expect(out.unplaced![0].detail).toMatch(/no open homes/);
  });

  it('takes the input the core loop builds today (none of the new optional fields) and agrees with first-fit where there is no contention', () => {
    const i = input({ nominations: [n(1)], vacancies: [v(1)], neighbourhoods: [load()] });
    expect(pairs(i)).toEqual([['v1', 'n1']]);
    expect(pairs(i)).toEqual(new FirstFitMatcher().propose(i).proposals.map((p) => [p.vacancyId, p.nominationId]));
  });

  describe('hard constraints', () => {
    it('never proposes a pair that fails a rule of checkEligibility, and names that rule as the nearest miss', () => {
      const i = input({ nominations: [n(1, { maxRent: 600 })], vacancies: [v(1, { rent: 650 }), v(2, { rent: 700 })] });
      expect(pairs(i)).toEqual([]);
      expect(unplaced(i, 'n1')).toMatchObject({ reason: 'no_eligible_vacancy', nearestMiss: { rule: 'rent', vacancies: 2 }, eligibleVacancies: 0 });
      expect(unplaced(i, 'n1').detail).toMatch(/None of the 2 open homes.*only one rule fails: the rent is above the client's maximum/);
    });

    it('reports the rule that fails most often among the homes that miss by the fewest rules', () => {
      const i = input({
        nominations: [n(1, { woonvariant: 'kamer', maxRent: 600 })],
        vacancies: [v(1, { rent: 650 }), v(2, { rent: 500 }), v(3, { rent: 500, municipalityCode: ZUTPHEN })],
      });
      // v2 fails woonvariant only, v1 woonvariant and rent, v3 woonvariant and origin
      expect(unplaced(i, 'n1').nearestMiss).toEqual({ rule: 'woonvariant', vacancies: 1 });
    });

    it('never proposes a pair that was declined or expired before', () => {
      const i = input({ nominations: [n(1)], vacancies: [v(1)], excludedPairs: [{ vacancyId: 'v1', nominationId: 'n1' }] });
      expect(pairs(i)).toEqual([]);
      expect(unplaced(i, 'n1').nearestMiss).toEqual({ rule: 'not_declined_before', vacancies: 1 });
    });

    it('keeps an under-23 client out of a home above the kwaliteitskortingsgrens of the year the home becomes available', () => {
      const rentParameters = [
        { year: 2026, kwaliteitskortingsgrens: 498.2 },
        { year: 2027, kwaliteitskortingsgrens: 520 },
      ];
      const young = n(1, { birthYear: 2005 });
      expect(pairs(input({ nominations: [young], vacancies: [v(1, { rent: 510 })], rentParameters }))).toEqual([]);
      expect(pairs(input({ nominations: [young], vacancies: [v(1, { rent: 498.2 })], rentParameters }))).toEqual([['v1', 'n1']]);
      // the same rent in a home available in 2027 is judged on 2027's parameter
      expect(pairs(input({ nominations: [young], vacancies: [v(1, { rent: 510, availableFrom: at('2027-01-04T00:00:00Z') })], rentParameters }))).toEqual([['v1', 'n1']]);
      expect(unplaced(input({ nominations: [young], vacancies: [v(1, { rent: 510 })], rentParameters }), 'n1').nearestMiss).toEqual({ rule: 'affordability', vacancies: 1 });
    });

    it('counts a client as under 23 until the end of the year they turn 23, judged on the available-from date', () => {
      const rentParameters = [
        { year: 2026, kwaliteitskortingsgrens: 498.2 },
        { year: 2027, kwaliteitskortingsgrens: 498.2 },
      ];
      const turns23In2026 = n(1, { birthYear: 2003 });
      expect(pairs(input({ nominations: [turns23In2026], vacancies: [v(1, { rent: 600, availableFrom: at('2026-12-31T00:00:00Z') })], rentParameters }))).toEqual([]);
      expect(pairs(input({ nominations: [turns23In2026], vacancies: [v(1, { rent: 600, availableFrom: at('2027-01-01T00:00:00Z') })], rentParameters }))).toEqual([['v1', 'n1']]);
    });

    it('uses the latest known kwaliteitskortingsgrens when the home’s year has none yet, and fails closed when none is known', () => {
      const young = n(1, { birthYear: 2006 });
      const home = v(1, { rent: 480, availableFrom: at('2027-02-01T00:00:00Z') });
      expect(pairs(input({ nominations: [young], vacancies: [home], rentParameters: [{ year: 2026, kwaliteitskortingsgrens: 498.2 }] }))).toEqual([['v1', 'n1']]);
      expect(pairs(input({ nominations: [young], vacancies: [home], rentParameters: [{ year: 2028, kwaliteitskortingsgrens: 600 }] }))).toEqual([]);
    });

    it('does not apply the under-23 cap without rent parameters or without a birth year', () => {
      expect(pairs(input({ nominations: [n(1, { birthYear: 2006 })], vacancies: [v(1, { rent: 650 })] }))).toEqual([['v1', 'n1']]);
      expect(pairs(input({ nominations: [n(1)], vacancies: [v(1, { rent: 650 })], rentParameters: [{ year: 2026, kwaliteitskortingsgrens: 498.2 }] }))).toEqual([['v1', 'n1']]);
    });

    it('requires a tenancy construction that both the client and the home allow', () => {
      expect(pairs(input({ nominations: [n(1, { construction: 'onder_voorwaarden' })], vacancies: [v(1, { constructions: ['regulier', 'omklap'] })] }))).toEqual([]);
      expect(pairs(input({ nominations: [n(1, { construction: 'omklap' })], vacancies: [v(1, { constructions: ['regulier', 'omklap'] })] }))).toEqual([['v1', 'n1']]);
    });

    it('houses a client only in the municipality of origin unless an origin exception allows another', () => {
      const homes = [v(1, { municipalityCode: ZUTPHEN })];
      expect(pairs(input({ nominations: [n(1)], vacancies: homes }))).toEqual([]);
      expect(pairs(input({ nominations: [n(1, { originExceptionMunicipalityCodes: [ZUTPHEN] })], vacancies: homes }))).toEqual([['v1', 'n1']]);
      expect(pairs(input({ nominations: [n(1, { originExceptionMunicipalityCodes: [APELDOORN] })], vacancies: homes }))).toEqual([]);
      expect(pairs(input({ nominations: [n(1, { originExceptionMunicipalityCodes: [] })], vacancies: homes }))).toEqual([['v1', 'n1']]);
    });

    it('respects a buurt limit on new placements in 12 months, counting what is already there', () => {
      const i = input({ nominations: [n(1), n(2), n(3)], vacancies: [v(1), v(2), v(3)], neighbourhoods: [load({ maxPlacementsPer12Months: 4, placementsLast12Months: 2 })] });
      expect(pairs(i)).toEqual([
        ['v1', 'n1'],
        ['v2', 'n2'],
      ]);
      const blocked = unplaced(i, 'n3');
      expect(blocked.reason).toBe('blocked_by_limits');
      expect(blocked.blockingLimits).toEqual([{ kind: 'neighbourhood', code: BUURT_A, limit: 'placements_12_months', max: 4 }]);
      expect(blocked.detail).toMatch(new RegExp(`buurt ${BUURT_A} has reached its limit of 4 new placements in 12 months`));
    });

    it('respects a buurt limit on live tenancies, where a live match already takes a place', () => {
      const i = input({ nominations: [n(1), n(2)], vacancies: [v(1), v(2)], neighbourhoods: [load({ maxLiveTenancies: 3, liveTenancies: 2 })] });
      expect(pairs(i)).toEqual([['v1', 'n1']]);
      expect(unplaced(i, 'n2').blockingLimits).toEqual([{ kind: 'neighbourhood', code: BUURT_A, limit: 'live_tenancies', max: 3 }]);
    });

    it('respects the limits of a street or complex inside the buurt as well as the buurt’s own', () => {
      const units = [{ id: 'complex-1', neighbourhoodCode: BUURT_A, maxPlacementsPer12Months: 1, maxLiveTenancies: null, placementsLast12Months: 0, liveTenancies: 0 }];
      const i = input({
        nominations: [n(1), n(2), n(3)],
        vacancies: [v(1, { unitId: 'complex-1' }), v(2, { unitId: 'complex-1' }), v(3)],
        neighbourhoods: [load({ maxPlacementsPer12Months: 5, placementsLast12Months: 3 })],
        units,
      });
      // one from the complex, one more in the buurt: the buurt is then full
      const got = pairs(i);
      expect(got).toHaveLength(2);
      expect(got.filter(([vid]) => vid !== 'v3')).toHaveLength(1);
      const p = proposalOf(i, got.find(([vid]) => vid !== 'v3')![1]);
      expect(p.explanation.additionalRules!.find((r) => r.rule === 'unit_placements')).toMatchObject({ passed: true, detail: '1 of 1 placements in the last 12 months in street/complex complex-1, this round\'s proposals included' });
    });

    it('rejects a unit that lies in another buurt than its vacancy: limits must nest, never cross', () => {
      const units = [{ id: 'street-1', neighbourhoodCode: BUURT_B, maxPlacementsPer12Months: 1, maxLiveTenancies: null, placementsLast12Months: 0, liveTenancies: 0 }];
      expect(() => engine.propose(input({ nominations: [n(1)], vacancies: [v(1, { unitId: 'street-1' })], units }))).toThrow(MatchingInputError);
    });

    it('proposes each home and each client at most once', () => {
      const out = engine.propose(input({ nominations: [n(1), n(2), n(3)], vacancies: [v(1), v(2)] }));
      expect(new Set(out.proposals.map((p) => p.vacancyId)).size).toBe(2);
      expect(new Set(out.proposals.map((p) => p.nominationId)).size).toBe(2);
    });
  });

  describe('exchange tolerance', () => {
    // Clients from Zutphen who may be housed anywhere; homes in Deventer.
    const outsider = (k: number, over: Parameters<typeof nomination>[0] = {}) => n(k, { originMunicipalityCode: ZUTPHEN, originExceptionMunicipalityCodes: [], ...over });

    it('gives a municipality room for the tolerance less its net intake before the round', () => {
      const i = input({
        nominations: [outsider(1), outsider(2), outsider(3)],
        vacancies: [v(1), v(2), v(3)],
        exchange: { tolerance: 3, ledger: [{ municipalityCode: DEVENTER, intakeFromElsewhere: 5, sentElsewhere: 4 }] },
      });
      expect(pairs(i)).toEqual([
        ['v1', 'n1'],
        ['v2', 'n2'],
      ]);
      expect(engine.propose(i).stats!.exchange).toEqual([{ municipalityCode: DEVENTER, room: 2, admitted: 2, heldBack: 1 }]);
    });

    it('admits only the highest-ranked clients from elsewhere; the others are held back and told so', () => {
      const i = input({ nominations: [outsider(1), outsider(2)], vacancies: [v(1), v(2)], exchange: { tolerance: 1, ledger: [] } });
      expect(pairs(i)).toEqual([['v1', 'n1']]);
      const held = unplaced(i, 'n2');
      expect(held).toMatchObject({ reason: 'held_back_by_exchange_tolerance', heldBackIn: [{ municipalityCode: DEVENTER, room: 1, rankAmongClientsFromElsewhere: 2 }] });
      expect(held.detail).toMatch(/GM0150 could take 1 client from elsewhere in this round under the agreed exchange tolerance, and this client came 2nd/);
      const rule = proposalOf(i, 'n1').explanation.additionalRules!.find((r) => r.rule === 'exchange_tolerance')!;
      expect(rule.passed).toBe(true);
      expect(rule.detail).toMatch(/had room for 1 client from elsewhere.*the 1st of the clients from elsewhere/);
    });

    it('says what became of the other homes of a client held back while a home it fits stays free', () => {
      const local = n(1, { originMunicipalityCode: ZUTPHEN });
      const i = input({
        nominations: [local, outsider(2)],
        vacancies: [v(1), v(2, { municipalityCode: ZUTPHEN })],
        exchange: { tolerance: 0, ledger: [] },
      });
      expect(pairs(i)).toEqual([['v2', 'n1']]);
      expect(unplaced(i, 'n2')).toMatchObject({ reason: 'held_back_by_exchange_tolerance', eligibleVacancies: 2 });
      expect(unplaced(i, 'n2').detail).toMatch(/GM0150 could take 0 clients from elsewhere.*Of the 1 home the client may take this round, 1 is proposed to clients higher in the queue\./);
    });

    it('never limits a municipality’s own clients', () => {
      const i = input({ nominations: [outsider(1), n(2), n(3)], vacancies: [v(1), v(2), v(3)], exchange: { tolerance: 0, ledger: [] } });
      expect(pairs(i)).toEqual([
        ['v1', 'n2'],
        ['v2', 'n3'],
      ]);
      expect(proposalOf(i, 'n2').explanation.additionalRules!.find((r) => r.rule === 'exchange_tolerance')!.detail).toMatch(/client's own municipality/);
    });

    it('gives no room once the net intake has reached the tolerance, and more when the municipality sent clients out', () => {
      const at0 = input({ nominations: [outsider(1)], vacancies: [v(1)], exchange: { tolerance: 2, ledger: [{ municipalityCode: DEVENTER, intakeFromElsewhere: 2, sentElsewhere: 0 }] } });
      expect(pairs(at0)).toEqual([]);
      const sent = input({ nominations: [outsider(1)], vacancies: [v(1)], exchange: { tolerance: 2, ledger: [{ municipalityCode: DEVENTER, intakeFromElsewhere: 2, sentElsewhere: 1 }] } });
      expect(pairs(sent)).toEqual([['v1', 'n1']]);
    });

    it('does not count a client from elsewhere who fits only homes without room in their buurt', () => {
      const i = input({
        nominations: [outsider(1, { woonvariant: 'kamer' }), outsider(2)],
        vacancies: [v(1, { woonvariant: 'kamer', neighbourhoodCode: BUURT_B }), v(2)],
        neighbourhoods: [load({ code: BUURT_B, maxPlacementsPer12Months: 1, placementsLast12Months: 1 })],
        exchange: { tolerance: 1, ledger: [] },
      });
      expect(pairs(i)).toEqual([['v2', 'n2']]);
      expect(unplaced(i, 'n1').reason).toBe('blocked_by_limits');
    });

    it('keeps the placeable sets a matroid (the example of issue 8): room for one, a fits v1, b fits v2, c (local) fits v1', () => {
      const a = outsider(1, { maxRent: 600 });
      const b = outsider(2, { minRooms: 3 });
      const c = n(3, { maxRent: 600 });
      const i = input({ nominations: [a, b, c], vacancies: [v(1, { rent: 600 }), v(2, { rent: 650, rooms: 3 })], exchange: { tolerance: 1, ledger: [] } });
      // a is the highest-ranked client from elsewhere who fits a Deventer home: only a may take one this round.
      expect(pairs(i)).toEqual([['v1', 'n1']]);
      expect(unplaced(i, 'n2').reason).toBe('held_back_by_exchange_tolerance');
      expect(unplaced(i, 'n3')).toMatchObject({ reason: 'taken_by_higher_ranked', takenBy: [{ vacancyId: 'v1', nominationId: 'n1', queuePosition: 1 }] });
    });
  });

  describe('priority and number of placements', () => {
    it('gives the home to an urgent client before a normal one who waited longer', () => {
      const i = input({ nominations: [n(1), n(2, { priorityClass: 'urgent' })], vacancies: [v(1)] });
      expect(pairs(i)).toEqual([['v1', 'n2']]);
      expect(unplaced(i, 'n1')).toMatchObject({ reason: 'taken_by_higher_ranked', takenBy: [{ vacancyId: 'v1', nominationId: 'n2', queuePosition: 1 }] });
      expect(unplaced(i, 'n1').detail).toMatch(/proposed to a client higher in the queue \(queue position 1\)/);
    });

    it('moves a higher-ranked client to another home it fits so that a lower-ranked one is placed too', () => {
      // n1 fits both homes, n2 only v1 (the earliest): first-fit gives v1 to n1 and leaves n2 out.
      const i = input({ nominations: [n(1), n(2, { maxRent: 600 })], vacancies: [v(1, { rent: 600 }), v(2, { rent: 650, availableFrom: at('2026-03-02T00:00:00Z') })] });
      expect(pairs(i)).toEqual([
        ['v1', 'n2'],
        ['v2', 'n1'],
      ]);
      expect(new FirstFitMatcher().propose(i).proposals).toHaveLength(1);
    });

    it('gives the last place in a buurt to the higher-ranked client, even when a lower-ranked one has no other home', () => {
      const i = input({
        nominations: [n(1), n(2, { woonvariant: 'kamer' })],
        vacancies: [v(1), v(2, { woonvariant: 'kamer' })],
        neighbourhoods: [load({ maxPlacementsPer12Months: 1 })],
      });
      expect(pairs(i)).toEqual([['v1', 'n1']]);
      expect(unplaced(i, 'n2').reason).toBe('blocked_by_limits');
    });

    it('frees a place in a full buurt by moving a higher-ranked client to a home in another buurt', () => {
      // buurt A has one place left; n1 fits v1 (A) and v3 (B), n2 only v2 (A). The path runs n2 -> v2 -> buurt A -> v1 -> n1 -> v3.
      const i = input({
        nominations: [n(1), n(2, { minRooms: 3 })],
        vacancies: [v(1), v(2, { rooms: 3 }), v(3, { neighbourhoodCode: BUURT_B, availableFrom: at('2026-04-01T00:00:00Z') })],
        neighbourhoods: [load({ maxPlacementsPer12Months: 1 })],
      });
      expect(pairs(i)).toEqual([
        ['v2', 'n2'],
        ['v3', 'n1'],
      ]);
    });

    it('frees a place in a full street inside a buurt the same way', () => {
      const units = [{ id: 'street-1', neighbourhoodCode: BUURT_A, maxPlacementsPer12Months: 1, maxLiveTenancies: null, placementsLast12Months: 0, liveTenancies: 0 }];
      const i = input({
        nominations: [n(1), n(2, { minRooms: 3 })],
        vacancies: [v(1, { unitId: 'street-1' }), v(2, { rooms: 3, unitId: 'street-1' }), v(3, { availableFrom: at('2026-04-01T00:00:00Z') })],
        neighbourhoods: [load({ maxPlacementsPer12Months: 2 })],
        units,
      });
      expect(pairs(i)).toEqual([
        ['v2', 'n2'],
        ['v3', 'n1'],
      ]);
    });

    it('uses a free place in another buurt to make room for a lower-ranked client in a full one', () => {
      // buurt A has one place; n1 fits homes in A and B, n2 only in A.
      const i = input({
        nominations: [n(1), n(2, { avoidNeighbourhoodCodes: [BUURT_B] })],
        vacancies: [v(1), v(2, { neighbourhoodCode: BUURT_B })],
        neighbourhoods: [load({ maxPlacementsPer12Months: 1 })],
      });
      expect(pairs(i)).toEqual([
        ['v1', 'n2'],
        ['v2', 'n1'],
      ]);
    });
  });

  describe('fit among the homes that keep every placement possible', () => {
    it('prefers the municipality of origin', () => {
      const i = input({ nominations: [n(1, { originExceptionMunicipalityCodes: [] })], vacancies: [v(1, { municipalityCode: ZUTPHEN }), v(2)] });
      expect(pairs(i)).toEqual([['v2', 'n1']]);
      expect(proposalOf(i, 'n1').explanation.fit!.terms.originMunicipality).toBe(0);
    });

    it('prefers a municipality the client prefers, by the region’s weights', () => {
      const client = n(1, { originExceptionMunicipalityCodes: [], preferredMunicipalityCodes: [ZUTPHEN] });
      const homes = [v(1), v(2, { municipalityCode: ZUTPHEN })];
      expect(pairs(input({ nominations: [client], vacancies: homes }))).toEqual([['v1', 'n1']]); // origin (10) outweighs preference (5)
      expect(pairs(input({ nominations: [client], vacancies: homes, fitWeights: { originMunicipality: 1, preferredMunicipality: 5, rentFit: 2, waitingTime: 1 } }))).toEqual([['v2', 'n1']]);
    });

    it('gives the cheaper home to the client with the tighter budget', () => {
      const i = input({ nominations: [n(1, { maxRent: 900 }), n(2, { maxRent: 620 })], vacancies: [v(1, { rent: 610 }), v(2, { rent: 500 })] });
      expect(pairs(i)).toEqual([
        ['v1', 'n1'],
        ['v2', 'n2'],
      ]);
    });

    it('gives the sooner home to the client who waited longer', () => {
      const i = input({
        nominations: [n(1, { approvedAt: at('2025-01-01T00:00:00Z'), maxRent: null }), n(2, { approvedAt: at('2026-01-01T00:00:00Z'), maxRent: null })],
        vacancies: [v(1, { availableFrom: at('2026-06-01T00:00:00Z') }), v(2, { availableFrom: at('2026-03-01T00:00:00Z') })],
        asOf: at('2026-02-01T00:00:00Z'),
      });
      expect(pairs(i)).toEqual([
        ['v1', 'n2'],
        ['v2', 'n1'],
      ]);
    });

    it('never lets fit change who is placed', () => {
      // n2 fits only the home outside its origin; fit would rather give n1 that home, but then n2 is left out.
      const i = input({
        nominations: [n(1, { originExceptionMunicipalityCodes: [] }), n(2, { originExceptionMunicipalityCodes: [], woonvariant: 'zelfstandig', minRooms: 3 })],
        vacancies: [v(1, { municipalityCode: ZUTPHEN, rooms: 3 }), v(2)],
      });
      expect(pairs(i)).toEqual([
        ['v1', 'n2'],
        ['v2', 'n1'],
      ]);
    });
  });

  describe('explanations', () => {
    it('names the rank, every rule passed (the exchange tolerance included) and the fit terms with their cost', () => {
      const i = input({
        nominations: [n(1, { woonvariant: 'kamer' }), n(2, { birthYear: 1990 })],
        vacancies: [v(1, { unitId: 'c1' })],
        neighbourhoods: [load({ maxPlacementsPer12Months: 3, placementsLast12Months: 1 })],
        units: [{ id: 'c1', neighbourhoodCode: BUURT_A, maxPlacementsPer12Months: null, maxLiveTenancies: 2, placementsLast12Months: 0, liveTenancies: 0 }],
        exchange: { tolerance: 2, ledger: [] },
        rentParameters: [{ year: 2026, kwaliteitskortingsgrens: 498.2 }],
      });
      const e = proposalOf(i, 'n2').explanation;
      expect(e).toMatchObject({ matcher: 'priority-flow-v1', queuePosition: 2, rank: 2, priorityClass: 'normal', higherRankedNotEligible: 1 });
      expect(e.rules.map((r) => r.rule)).toEqual([
        'woonvariant',
        'rooms',
        'rent',
        'needs',
        'construction',
        'origin',
        'avoided_neighbourhood',
        'ready_from',
        'not_declined_before',
        'neighbourhood_placements',
        'neighbourhood_live_tenancies',
      ]);
      expect(e.rules.find((r) => r.rule === 'neighbourhood_placements')!.detail).toBe(`2 of 3 placements in the last 12 months in ${BUURT_A}, this round's proposals included`);
      expect(e.additionalRules!.map((r) => [r.rule, r.passed])).toEqual([
        ['affordability', true],
        ['unit_placements', true],
        ['unit_live_tenancies', true],
        ['exchange_tolerance', true],
      ]);
      expect(e.fit).toEqual({
        terms: { originMunicipality: 0, preferredMunicipality: 0, rentFit: 0.929, waitingTime: 0 },
        weights: { originMunicipality: 10, preferredMunicipality: 5, rentFit: 2, waitingTime: 1 },
        cost: 1.857,
      });
      expect(e.summary).toMatch(/^Queue position 2 \(normal, approved 2026-01-02\)\. .* in the municipality of origin GM0150, rent 650\.00, 93% of what the client can pay/);
    });

    it('counts the fit cost of every proposal into the round’s total', () => {
      const out = engine.propose(input({ nominations: [n(1), n(2)], vacancies: [v(1), v(2, { rent: 500 })] }));
      expect(out.stats!.fitCost).toBeCloseTo(out.proposals.reduce((s, p) => s + p.explanation.fit!.cost, 0), 6);
    });
  });
});
