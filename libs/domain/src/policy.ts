/** A region's placement policy; every field has a documented default (API.md, PUT /regions/:code/policy). */
export interface FitWeights {
  originMunicipality: number;
  preferredMunicipality: number;
  rentFit: number;
  waitingTime: number;
}

export interface RegionPolicy {
  /** How far a municipality's net intake of clients from elsewhere may run ahead of what it sends out. */
  exchangeTolerance: number;
  /** Regional default for new placements per buurt in a rolling 12 months; null: no limit. */
  defaultMaxPlacementsPer12Months: number | null;
  /** Regional default for live bijzondere-bemiddeling tenancies per buurt; null: no limit. */
  defaultMaxLiveTenancies: number | null;
  /** Working days each match step may take before the match expires. */
  stepDeadlineWorkingDays: number;
  /** Cron expression of the scheduled regional matching round. */
  matchingCron: string;
  fitWeights: FitWeights;
}

export const DEFAULT_POLICY: RegionPolicy = {
  exchangeTolerance: 2,
  defaultMaxPlacementsPer12Months: null,
  defaultMaxLiveTenancies: null,
  stepDeadlineWorkingDays: 5,
  matchingCron: '0 6 * * 1-5',
  fitWeights: { originMunicipality: 10, preferredMunicipality: 5, rentFit: 2, waitingTime: 1 },
};
