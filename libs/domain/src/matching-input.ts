import { Construction, PriorityClass, Woonvariant } from './types';

/** An approved nomination waiting in the queue, as the matcher sees it (no personal data beyond the woonprofiel). */
export interface CandidateNomination {
  id: string;
  priorityClass: PriorityClass;
  approvedAt: Date;
  tieBreaker: number;
  originMunicipalityCode: string;
  /** null: no exception; [] : anywhere in the region; otherwise only these municipalities (besides origin). */
  originExceptionMunicipalityCodes: string[] | null;
  woonvariant: Woonvariant;
  householdSize: number;
  minRooms: number | null;
  maxRent: number | null;
  needs: string[];
  avoidNeighbourhoodCodes: string[];
  construction: Construction;
  readyFrom: Date | null;
}

export interface OpenVacancy {
  id: string;
  municipalityCode: string;
  neighbourhoodCode: string;
  woonvariant: Woonvariant;
  rooms: number;
  rent: number;
  availableFrom: Date;
  accessible: boolean;
  floor: number | null;
  constructions: Construction[];
  publishedAt: Date;
}

/** A buurt's limits and what already counts against them (live matches included). */
export interface NeighbourhoodLoad {
  code: string;
  maxPlacementsPer12Months: number | null;
  maxLiveTenancies: number | null;
  placementsLast12Months: number;
  liveTenancies: number;
}

export interface MatchingInput {
  nominations: CandidateNomination[];
  vacancies: OpenVacancy[];
  neighbourhoods: NeighbourhoodLoad[];
  /** Pairs that were declined or expired before: never proposed again. */
  excludedPairs: Array<{ vacancyId: string; nominationId: string }>;
}
