import { CandidateNomination, NeighbourhoodLoad, OpenVacancy, TransitionTable } from '@tp/domain';

/** Shared builders for the unit tests: valid by default, override what a test is about. */

export const at = (iso: string): Date => new Date(iso);

export const DEVENTER = 'GM0150';
export const ZUTPHEN = 'GM0301';
export const APELDOORN = 'GM0200';
export const BUURT_A = 'BU01500101';
export const BUURT_B = 'BU01500102';

export function nomination(over: Partial<CandidateNomination> = {}): CandidateNomination {
  return {
    id: 'n1',
    priorityClass: 'normal',
    approvedAt: at('2026-01-05T09:00:00Z'),
    tieBreaker: 0.5,
    originMunicipalityCode: DEVENTER,
    originExceptionMunicipalityCodes: null,
    woonvariant: 'zelfstandig',
    householdSize: 1,
    minRooms: null,
    maxRent: 700,
    needs: [],
    avoidNeighbourhoodCodes: [],
    construction: 'regulier',
    readyFrom: null,
    ...over,
  };
}

export function vacancy(over: Partial<OpenVacancy> = {}): OpenVacancy {
  return {
    id: 'v1',
    municipalityCode: DEVENTER,
    neighbourhoodCode: BUURT_A,
    woonvariant: 'zelfstandig',
    rooms: 2,
    rent: 650,
    availableFrom: at('2026-03-01T00:00:00Z'),
    accessible: false,
    floor: 0,
    constructions: ['regulier', 'omklap'],
    publishedAt: at('2026-02-01T10:00:00Z'),
    ...over,
  };
}

export function load(over: Partial<NeighbourhoodLoad> = {}): NeighbourhoodLoad {
  return {
    code: BUURT_A,
    maxPlacementsPer12Months: null,
    maxLiveTenancies: null,
    placementsLast12Months: 0,
    liveTenancies: 0,
    ...over,
  };
}

/** Every (from, action) pair that the expected legal transitions do not list. */
export function illegalTransitions<S extends string, A extends string>(
  statuses: readonly S[],
  actions: readonly A[],
  legal: ReadonlyArray<readonly [S, A, S]>,
): Array<[S, A]> {
  const out: Array<[S, A]> = [];
  for (const action of actions)
    for (const from of statuses) if (!legal.some(([f, a]) => f === from && a === action)) out.push([from, action]);
  return out;
}

/** Statuses reachable from `start` through a transition table. */
export function reachable<S extends string, A extends string>(table: TransitionTable<S, A>, start: S): Set<S> {
  const seen = new Set<S>([start]);
  const todo: S[] = [start];
  while (todo.length > 0) {
    const s = todo.pop()!;
    for (const rule of Object.values(table) as Array<{ from: readonly S[]; to: S }>)
      if (rule.from.includes(s) && !seen.has(rule.to)) {
        seen.add(rule.to);
        todo.push(rule.to);
      }
  }
  return seen;
}
