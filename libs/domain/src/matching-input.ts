import { FitWeights } from './policy';
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
  /** Birth year only (data minimisation); for the under-23 rent cap. Absent or null: the cap is not applied. */
  birthYear?: number | null;
  /** Municipalities the client prefers (a fit term, never a constraint). */
  preferredMunicipalityCodes?: string[];
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
  /** A smaller unit inside the buurt (a street or complex) with limits of its own; see MatchingInput.units. */
  unitId?: string | null;
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
  /** Limits on smaller units (street, complex) inside a buurt; they nest inside the buurt's limits, never cross buurten. */
  units?: UnitLoad[];
  /** The exchange tolerance and the ledger before the round; absent: no tolerance applies. */
  exchange?: ExchangeState;
  /** Dated rent parameters (one row per year); needed for the under-23 cap. */
  rentParameters?: RentParameters[];
  /** Weights of the fit terms; absent: DEFAULT_POLICY.fitWeights. */
  fitWeights?: FitWeights;
  /** The moment of the round (waiting time is measured up to it); absent: the latest approval among the candidates. */
  asOf?: Date;
}

/** A street or complex inside a buurt with limits of its own; counts as NeighbourhoodLoad does. */
export interface UnitLoad {
  id: string;
  neighbourhoodCode: string;
  maxPlacementsPer12Months: number | null;
  maxLiveTenancies: number | null;
  placementsLast12Months: number;
  liveTenancies: number;
}

/** One municipality's row of the exchange ledger before the round (live matches and housed placements). */
export interface ExchangeLedgerEntry {
  municipalityCode: string;
  /** Clients from elsewhere placed in this municipality. */
  intakeFromElsewhere: number;
  /** Clients of this municipality placed elsewhere. */
  sentElsewhere: number;
}

export interface ExchangeState {
  /** How far a municipality's net intake of clients from elsewhere may run ahead of what it sends out. */
  tolerance: number;
  ledger: ExchangeLedgerEntry[];
}

/** Rent parameters of one year (DOMAIN.md, huursegment). */
export interface RentParameters {
  year: number;
  /** Under-23 clients can afford at most this rent (rent allowance stops above it). */
  kwaliteitskortingsgrens: number;
}
