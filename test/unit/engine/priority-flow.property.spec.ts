import fc from 'fast-check';
import { affordabilityCheck, allFailMasks, checkEligibility, compileRound, MatchingInput, PAIR_RULES, pairFailMask, PriorityFlowMatcher, queueOrder, rowFailMasks } from '@tp/domain';
import { arbInput, arbNomination, arbVacancy, bruteForce, refModel, violations } from './reference';

const engine = new PriorityFlowMatcher();

describe('PriorityFlowMatcher on generated small instances (fast-check)', () => {
  it('never violates a hard constraint: pair rules, each home and client once, buurt and unit limits, exchange room', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 9, maxV: 7 }), (input) => {
        const out = engine.propose(input);
        expect(violations(refModel(input), out)).toEqual([]);
        // every candidate is either proposed or explained
        const accounted = [...out.proposals.map((p) => p.nominationId), ...out.unplaced!.map((u) => u.nominationId)].sort();
        expect(accounted).toEqual(input.nominations.map((n) => n.id).sort());
      }),
      { numRuns: 400 },
    );
  });

  it('respects priority: no unplaced nomination can be placed together with all placed higher-ranked ones (brute force)', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 7, maxV: 5 }), (input) => {
        const m = refModel(input);
        const out = engine.propose(input);
        const placed = new Set(out.proposals.map((p) => p.nominationId));
        for (let k = 0; k < m.queue.length; k++) {
          const n = m.queue[k];
          if (placed.has(n.id)) continue;
          const higher = m.queue.slice(0, k).filter((x) => placed.has(x.id));
          expect(bruteForce(m, [...higher, n], 'feasible')).toBe(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('places as many nominations as the brute-force optimum', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 7, maxV: 5 }), (input) => {
        const m = refModel(input);
        expect(engine.propose(input).proposals.length).toBe(bruteForce(m, m.queue, 'max'));
      }),
      { numRuns: 300 },
    );
  });

  it('assigns the placed set at the brute-force minimum fit cost', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 6, maxV: 5 }), (input) => {
        const m = refModel(input);
        const out = engine.propose(input);
        const placed = new Set(out.proposals.map((p) => p.nominationId));
        const set = m.queue.filter((n) => placed.has(n.id));
        const ns = new Map(input.nominations.map((n) => [n.id, n]));
        const vs = new Map(input.vacancies.map((v) => [v.id, v]));
        const engineCost = out.proposals.reduce((s, p) => s + m.cost(ns.get(p.nominationId)!, vs.get(p.vacancyId)!), 0);
        expect(engineCost).toBe(bruteForce(m, set, 'mincost'));
        expect(Math.round(out.stats!.fitCost * 1000)).toBe(engineCost);
        expect(out.proposals.reduce((s, p) => s + Math.round(p.explanation.fit!.cost * 1000), 0)).toBe(engineCost);
      }),
      { numRuns: 300 },
    );
  });

  it('gives every unplaced nomination a reason that matches the facts', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 9, maxV: 7 }), (input) => {
        const m = refModel(input);
        const out = engine.propose(input);
        const byId = new Map(input.nominations.map((n) => [n.id, n]));
        const proposalOf = new Map(out.proposals.map((p) => [p.vacancyId, p.nominationId]));
        const rank = new Map(m.queue.map((n, k) => [n.id, k + 1]));
        for (const u of out.unplaced!) {
          const n = byId.get(u.nominationId)!;
          const fits = input.vacancies.filter((v) => m.pairOk(n, v));
          expect(u.rank).toBe(rank.get(n.id));
          expect(u.eligibleVacancies).toBe(fits.length);
          expect(u.detail.length).toBeGreaterThan(20);
          if (u.reason === 'no_eligible_vacancy') {
            expect(fits).toEqual([]);
            if (input.vacancies.length > 0) expect(PAIR_RULES).toContain(u.nearestMiss!.rule);
          } else expect(fits.length).toBeGreaterThan(0);
          if (u.reason === 'held_back_by_exchange_tolerance') {
            expect(input.exchange).toBeDefined();
            expect(u.heldBackIn!.length).toBeGreaterThan(0);
          }
          if (u.reason === 'taken_by_higher_ranked')
            for (const t of u.takenBy!) {
              expect(proposalOf.get(t.vacancyId)).toBe(t.nominationId);
              expect(t.queuePosition).toBeLessThan(u.rank!);
            }
          if (u.reason === 'blocked_by_limits') expect(u.blockingLimits!.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same outcome whatever order the input lists come in', () => {
    fc.assert(
      fc.property(
        arbInput({ maxN: 9, maxV: 7 }).chain((input) =>
          fc.tuple(
            fc.constant(input),
            fc.record({
              nominations: fc.shuffledSubarray(input.nominations, { minLength: input.nominations.length }),
              vacancies: fc.shuffledSubarray(input.vacancies, { minLength: input.vacancies.length }),
              neighbourhoods: fc.shuffledSubarray(input.neighbourhoods, { minLength: input.neighbourhoods.length }),
              excludedPairs: fc.shuffledSubarray(input.excludedPairs, { minLength: input.excludedPairs.length }),
              units: fc.shuffledSubarray(input.units ?? [], { minLength: (input.units ?? []).length }),
            }),
          ),
        ),
        ([a, shuffled]) => {
          const b: MatchingInput = { ...a, ...shuffled };
          expect(engine.propose(b)).toEqual(engine.propose(a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('judges each pair rule exactly as checkEligibility and the under-23 rule do (the fast rule masks)', () => {
    fc.assert(
      fc.property(fc.array(arbNomination('n'), { minLength: 1, maxLength: 1 }), fc.array(arbVacancy('v'), { minLength: 1, maxLength: 1 }), fc.boolean(), ([n], [v], params) => {
        const rentParameters = params ? [{ year: 2026, kwaliteitskortingsgrens: 500 }] : undefined;
        const input: MatchingInput = { nominations: [n], vacancies: [v], neighbourhoods: [], excludedPairs: [], rentParameters };
        const r = compileRound(input);
        const mask = r.failMask(0, 0);
        const expected = [...checkEligibility(n, v), affordabilityCheck(n, v, rentParameters), { rule: 'not_declined_before' as const, passed: true }];
        for (const c of expected) expect([c.rule, (mask & (1 << PAIR_RULES.indexOf(c.rule))) === 0]).toEqual([c.rule, c.passed]);
      }),
      { numRuns: 2000 },
    );
  });

  it('computes the same masks row by row (the hot loops) as pair by pair, declined pairs included', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 8, maxV: 8 }), (input) => {
        const r = compileRound(input);
        const all = new Int32Array(r.V);
        const row = new Int32Array(r.V);
        const idx = Int32Array.from({ length: r.V }, (_, j) => r.V - 1 - j);
        for (let i = 0; i < r.N; i++) {
          allFailMasks(r.arrays, i, all);
          rowFailMasks(r.arrays, i, idx, 0, r.V, row);
          for (let j = 0; j < r.V; j++) {
            expect(all[j]).toBe(pairFailMask(r.arrays, i, j));
            expect(row[r.V - 1 - j]).toBe(pairFailMask(r.arrays, i, j));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('ranks the candidates exactly in the queue order of priority.ts', () => {
    fc.assert(
      fc.property(arbInput({ maxN: 12, maxV: 1 }), (input) => {
        expect(compileRound(input).nominations.map((x) => x.id)).toEqual(queueOrder(input.nominations).map((x) => x.id));
      }),
      { numRuns: 300 },
    );
  });
});
