import { UNKNOWN_MUNICIPALITY } from './types';

/**
 * The municipality whose officer decides on a nomination: the municipality of origin when it
 * belongs to the region, otherwise the centrumgemeente (which then informs the origin).
 */
export function decidingMunicipality(originMunicipalityCode: string, regionMunicipalityCodes: readonly string[], centreMunicipalityCode: string): string {
  if (originMunicipalityCode !== UNKNOWN_MUNICIPALITY && regionMunicipalityCodes.includes(originMunicipalityCode)) return originMunicipalityCode;
  return centreMunicipalityCode;
}
