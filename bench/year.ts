/**
 * A region's year: vacancies published one by one (2,000 events), the queue re-matched after each.
 * Proposals become live matches (they count in the buurt loads and on the exchange ledger at once);
 * after a few weeks a match is housed, declined or expires (then the pair is never proposed again and
 * both sides return). New nominations arrive all year; last year's placements leave the rolling window.
 */
import { CandidateNomination, MatchingInput, NeighbourhoodLoad, OpenVacancy, UnitLoad } from '../libs/domain/src';
import { AS_OF, generateNomination, generateRegion, generateVacancy, RegionSpec, RENT_PARAMETERS, rng } from './generator';

const DAY = 86_400_000;

export interface YearSpec extends RegionSpec {
  name: string;
  vacancyEvents: number;
  initialQueue: number;
  arrivals: number;
  buurten: number;
}

export const YEAR: YearSpec = {
  name: 'year',
  seed: 8004,
  municipalities: 9,
  vacanciesPerBuurt: 3,
  tolerance: 4,
  vacancyEvents: 2000,
  initialQueue: 900,
  arrivals: 1900,
  buurten: 450,
};

interface LiveMatch {
  n: CandidateNomination;
  v: OpenVacancy;
  decideAt: number;
  outcome: 'housed' | 'declined' | 'expired';
}

/** Plays the year; calls `round(input, k)` for each of the vacancy events and applies its proposals. */
export function playYear(spec: YearSpec, round: (input: MatchingInput, k: number) => Array<{ vacancyId: string; nominationId: string }>) {
  const r = rng(spec.seed);
  const region = generateRegion(spec, spec.buurten, r);
  const loads = new Map<string, NeighbourhoodLoad>(region.neighbourhoods.map((l) => [l.code, { ...l }]));
  const units = new Map<string, UnitLoad>(region.units.map((u) => [u.id, { ...u }]));
  const ledger = new Map(region.ledger.map((e) => [e.municipalityCode, { ...e }]));
  const start = AS_OF.getTime();
  const end = start + 365 * DAY;
  // Last year's placements leave the rolling 12 months at a random moment of this year.
  const windowExits: Array<{ at: number; code: string; unit: boolean }> = [];
  for (const l of loads.values()) for (let k = 0; k < l.placementsLast12Months; k++) windowExits.push({ at: start + r.next() * 365 * DAY, code: l.code, unit: false });
  for (const u of units.values()) for (let k = 0; k < u.placementsLast12Months; k++) windowExits.push({ at: start + r.next() * 365 * DAY, code: u.id, unit: true });
  windowExits.sort((a, b) => a.at - b.at);

  let nextId = 0;
  const queue = new Map<string, CandidateNomination>();
  for (let k = 0; k < spec.initialQueue; k++) {
    const n = generateNomination(region, r, `n${nextId++}`, new Date(start - r.int(1, 600) * DAY), AS_OF);
    queue.set(n.id, n);
  }
  const arrivals = Array.from({ length: spec.arrivals }, () => start + r.next() * 365 * DAY).sort((a, b) => a - b);
  const events = Array.from({ length: spec.vacancyEvents }, () => start + r.next() * 365 * DAY).sort((a, b) => a - b);
  const open = new Map<string, { v: OpenVacancy; until: number }>();
  const live: LiveMatch[] = [];
  const excluded: Array<{ vacancyId: string; nominationId: string }> = [];
  let ai = 0;
  let wi = 0;
  let housed = 0;
  let declined = 0;
  let proposals = 0;

  const book = (m: { n: CandidateNomination; v: OpenVacancy }, d: 1 | -1) => {
    const l = loads.get(m.v.neighbourhoodCode);
    if (l) {
      l.placementsLast12Months += d;
      l.liveTenancies += d;
    }
    const u = m.v.unitId ? units.get(m.v.unitId) : undefined;
    if (u) {
      u.placementsLast12Months += d;
      u.liveTenancies += d;
    }
    if (m.n.originMunicipalityCode !== m.v.municipalityCode) {
      const to = ledger.get(m.v.municipalityCode);
      if (to) to.intakeFromElsewhere += d;
      const from = ledger.get(m.n.originMunicipalityCode);
      if (from) from.sentElsewhere += d;
    }
  };

  for (let k = 0; k < events.length; k++) {
    const now = events[k];
    while (ai < arrivals.length && arrivals[ai] <= now) {
      const n = generateNomination(region, r, `n${nextId++}`, new Date(arrivals[ai++]), new Date(now));
      queue.set(n.id, n);
    }
    while (wi < windowExits.length && windowExits[wi].at <= now) {
      const x = windowExits[wi++];
      const l = x.unit ? units.get(x.code) : loads.get(x.code);
      if (l && l.placementsLast12Months > 0) l.placementsLast12Months--;
    }
    for (let q = live.length - 1; q >= 0; q--) {
      const m = live[q];
      if (m.decideAt > now) continue;
      live.splice(q, 1);
      if (m.outcome === 'housed') {
        housed++; // the tenancy stays in the loads and on the ledger
        continue;
      }
      declined++;
      book(m, -1);
      excluded.push({ vacancyId: m.v.id, nominationId: m.n.id });
      queue.set(m.n.id, m.n);
      open.set(m.v.id, { v: m.v, until: now + 60 * DAY });
    }
    for (const [id, o] of open) if (o.until <= now) open.delete(id);
    const v = generateVacancy(region, r, `v${k}`, new Date(now), new Date(now + r.int(7, 60) * DAY));
    open.set(v.id, { v, until: now + 90 * DAY });

    const input: MatchingInput = {
      nominations: [...queue.values()],
      vacancies: [...open.values()].map((o) => o.v),
      neighbourhoods: [...loads.values()].map((l) => ({ ...l })),
      units: [...units.values()].map((u) => ({ ...u })),
      excludedPairs: excluded.slice(),
      exchange: { tolerance: spec.tolerance, ledger: [...ledger.values()].map((e) => ({ ...e })) },
      rentParameters: RENT_PARAMETERS,
      asOf: new Date(now),
    };
    for (const p of round(input, k)) {
      const n = queue.get(p.nominationId)!;
      const o = open.get(p.vacancyId)!;
      queue.delete(n.id);
      open.delete(o.v.id);
      const m = { n, v: o.v, decideAt: now + r.int(5, 25) * DAY, outcome: r.weighted<LiveMatch['outcome']>([['housed', 80], ['declined', 15], ['expired', 5]]) };
      live.push(m);
      book(m, 1);
      proposals++;
    }
  }
  void end;
  return { proposals, housed, declined, queueAtEnd: queue.size, openAtEnd: open.size };
}
