import fc from 'fast-check';
import {
  CandidateNomination,
  Construction,
  CONSTRUCTIONS,
  FirstFitMatcher,
  isEligible,
  MatchingInput,
  NeighbourhoodLoad,
  OpenVacancy,
  PRIORITY_CLASSES,
  queueOrder,
} from '@tp/domain';

const MUNICIPALITIES = ['GM0150', 'GM0301'];
const BUURTEN = ['BU01500101', 'BU01500102'];
const VARIANTS = ['zelfstandig', 'kamer'] as const;
const DAY = 86_400_000;
const BASE = Date.UTC(2026, 0, 1);
const day = (n: number) => new Date(BASE + n * DAY);

// Biased towards pairs that fit, so that buurt limits and the queue order are really exercised.
const arbNomination = (id: string): fc.Arbitrary<CandidateNomination> =>
  fc.record({
    id: fc.constant(id),
    priorityClass: fc.constantFrom(...PRIORITY_CLASSES),
    approvedAt: fc.integer({ min: 0, max: 5 }).map(day),
    tieBreaker: fc.constantFrom(0, 0.5, 1),
    originMunicipalityCode: fc.oneof({ arbitrary: fc.constantFrom(...MUNICIPALITIES), weight: 5 }, { arbitrary: fc.constant('unknown'), weight: 1 }),
    originExceptionMunicipalityCodes: fc.oneof(
      { arbitrary: fc.constant<string[]>([]), weight: 2 },
      { arbitrary: fc.constant<string[] | null>(null), weight: 2 },
      { arbitrary: fc.subarray(MUNICIPALITIES, { minLength: 1 }), weight: 1 },
    ),
    woonvariant: fc.constantFrom(...VARIANTS),
    householdSize: fc.integer({ min: 1, max: 2 }),
    minRooms: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null, freq: 2 }),
    maxRent: fc.option(fc.integer({ min: 500, max: 900 }), { nil: null, freq: 3 }),
    needs: fc.oneof({ arbitrary: fc.constant<string[]>([]), weight: 3 }, { arbitrary: fc.subarray(['ground_floor', 'accessible', 'low_stimulus']), weight: 1 }),
    avoidNeighbourhoodCodes: fc.subarray(BUURTEN, { maxLength: 1 }),
    construction: fc.constantFrom(...CONSTRUCTIONS),
    readyFrom: fc.option(fc.integer({ min: 50, max: 70 }).map(day), { nil: null, freq: 2 }),
  });

const arbVacancy = (id: string): fc.Arbitrary<OpenVacancy> =>
  fc.record({
    id: fc.constant(id),
    municipalityCode: fc.constantFrom(...MUNICIPALITIES),
    neighbourhoodCode: fc.constantFrom(...BUURTEN),
    woonvariant: fc.constantFrom(...VARIANTS),
    rooms: fc.integer({ min: 1, max: 4 }),
    rent: fc.integer({ min: 400, max: 800 }),
    availableFrom: fc.integer({ min: 50, max: 70 }).map(day),
    accessible: fc.boolean(),
    floor: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null, freq: 4 }),
    constructions: fc.oneof({ arbitrary: fc.constant<Construction[]>([...CONSTRUCTIONS]), weight: 2 }, { arbitrary: fc.subarray<Construction>([...CONSTRUCTIONS]), weight: 1 }),
    publishedAt: fc.integer({ min: 0, max: 40 }).map(day),
  });

const arbLoad = (code: string): fc.Arbitrary<NeighbourhoodLoad> =>
  fc.record({
    code: fc.constant(code),
    maxPlacementsPer12Months: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 3 }),
    maxLiveTenancies: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null, freq: 3 }),
    placementsLast12Months: fc.integer({ min: 0, max: 3 }),
    liveTenancies: fc.integer({ min: 0, max: 3 }),
  });

const arbInput: fc.Arbitrary<MatchingInput> = fc
  .record({ nCount: fc.integer({ min: 0, max: 7 }), vCount: fc.integer({ min: 0, max: 7 }) })
  .chain(({ nCount, vCount }) => {
    const nIds = Array.from({ length: nCount }, (_, i) => `n${i}`);
    const vIds = Array.from({ length: vCount }, (_, i) => `v${i}`);
    const allPairs = vIds.flatMap((vacancyId) => nIds.map((nominationId) => ({ vacancyId, nominationId })));
    return fc.record({
      nominations: fc.tuple(...nIds.map(arbNomination)),
      vacancies: fc.tuple(...vIds.map(arbVacancy)),
      // Some buurten have a load row, some have none (no limits then).
      neighbourhoods: fc.subarray(BUURTEN).chain((codes) => fc.tuple(...codes.map(arbLoad))),
      excludedPairs: fc.subarray(allPairs),
    });
  });

const matcher = new FirstFitMatcher();

describe('FirstFitMatcher on random small instances', () => {
  it('proposes only eligible, not-excluded pairs, each vacancy and nomination at most once, within every buurt’s limits', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { proposals } = matcher.propose(input);
        const nominations = new Map(input.nominations.map((n) => [n.id, n]));
        const vacancies = new Map(input.vacancies.map((v) => [v.id, v]));
        const excluded = new Set(input.excludedPairs.map((p) => `${p.vacancyId}|${p.nominationId}`));

        // Every proposal is eligible and was not declined before; its explanation lists only passed rules.
        for (const p of proposals) {
          const n = nominations.get(p.nominationId)!;
          const v = vacancies.get(p.vacancyId)!;
          expect(n).toBeDefined();
          expect(v).toBeDefined();
          expect(isEligible(n, v)).toBe(true);
          expect(excluded.has(`${v.id}|${n.id}`)).toBe(false);
          expect(p.explanation.rules.every((r) => r.passed)).toBe(true);
        }

        // No vacancy and no nomination appears twice.
        expect(new Set(proposals.map((p) => p.vacancyId)).size).toBe(proposals.length);
        expect(new Set(proposals.map((p) => p.nominationId)).size).toBe(proposals.length);

        // No buurt exceeds its limits, counting what was already there.
        for (const l of input.neighbourhoods) {
          const added = proposals.filter((p) => vacancies.get(p.vacancyId)!.neighbourhoodCode === l.code).length;
          if (added === 0) continue;
          if (l.maxPlacementsPer12Months !== null) expect(l.placementsLast12Months + added).toBeLessThanOrEqual(l.maxPlacementsPer12Months);
          if (l.maxLiveTenancies !== null) expect(l.liveTenancies + added).toBeLessThanOrEqual(l.maxLiveTenancies);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never passes over a free, eligible, higher-ranked nomination and leaves no home unproposed that it could have filled', () => {
    fc.assert(
      fc.property(arbInput, (input) => {
        const { proposals } = matcher.propose(input);
        const queue = queueOrder(input.nominations);
        const rank = new Map(queue.map((n, i) => [n.id, i]));
        const excluded = new Set(input.excludedPairs.map((p) => `${p.vacancyId}|${p.nominationId}`));
        const placed = new Set(proposals.map((p) => p.nominationId));
        const fitsFree = (n: CandidateNomination, v: OpenVacancy) => !excluded.has(`${v.id}|${n.id}`) && isEligible(n, v);

        // A higher-ranked nomination that fitted the proposed home must itself have been placed.
        for (const p of proposals) {
          const v = input.vacancies.find((x) => x.id === p.vacancyId)!;
          for (const n of queue.slice(0, rank.get(p.nominationId)!)) if (fitsFree(n, v)) expect(placed.has(n.id)).toBe(true);
          expect(p.explanation.queuePosition).toBe(rank.get(p.nominationId)! + 1);
        }

        // A home left without a proposal either sits in a full buurt or every nomination that fits it is placed.
        const proposedV = new Set(proposals.map((p) => p.vacancyId));
        for (const v of input.vacancies.filter((x) => !proposedV.has(x.id))) {
          const l = input.neighbourhoods.find((x) => x.code === v.neighbourhoodCode);
          const added = proposals.filter((p) => input.vacancies.find((x) => x.id === p.vacancyId)!.neighbourhoodCode === v.neighbourhoodCode).length;
          const full =
            l !== undefined &&
            ((l.maxPlacementsPer12Months !== null && l.placementsLast12Months + added + 1 > l.maxPlacementsPer12Months) ||
              (l.maxLiveTenancies !== null && l.liveTenancies + added + 1 > l.maxLiveTenancies));
          if (!full) for (const n of input.nominations) if (fitsFree(n, v)) expect(placed.has(n.id)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same outcome whatever order the input lists come in', () => {
    fc.assert(
      fc.property(
        arbInput.chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.record({
              nominations: fc.shuffledSubarray(input.nominations, { minLength: input.nominations.length }),
              vacancies: fc.shuffledSubarray(input.vacancies, { minLength: input.vacancies.length }),
              neighbourhoods: fc.shuffledSubarray(input.neighbourhoods, { minLength: input.neighbourhoods.length }),
              excludedPairs: fc.shuffledSubarray(input.excludedPairs, { minLength: input.excludedPairs.length }),
            }),
          ),
        ),
        ([a, b]) => {
          expect(matcher.propose(b)).toEqual(matcher.propose(a));
        },
      ),
      { numRuns: 200 },
    );
  });
});
