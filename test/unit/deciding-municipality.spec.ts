import { decidingMunicipality, UNKNOWN_MUNICIPALITY } from '@tp/domain';
import { APELDOORN, DEVENTER, ZUTPHEN } from './fixtures';

const REGION = [DEVENTER, ZUTPHEN, APELDOORN];
const CENTRE = DEVENTER;

describe('the municipality that decides on a nomination', () => {
  it('is the municipality of origin when it belongs to the region', () => {
    expect(decidingMunicipality(ZUTPHEN, REGION, CENTRE)).toBe(ZUTPHEN);
  });

  it('is the centrumgemeente when the origin is the centrumgemeente itself', () => {
    expect(decidingMunicipality(DEVENTER, REGION, CENTRE)).toBe(DEVENTER);
  });

  it('is the centrumgemeente when the origin lies outside the region', () => {
    expect(decidingMunicipality('GM0363', REGION, CENTRE)).toBe(CENTRE);
  });

  it('is the centrumgemeente when the origin is unknown', () => {
    expect(decidingMunicipality(UNKNOWN_MUNICIPALITY, REGION, CENTRE)).toBe(CENTRE);
  });

  it('is the centrumgemeente for an unknown origin even if "unknown" were listed as a member', () => {
    expect(decidingMunicipality(UNKNOWN_MUNICIPALITY, [...REGION, UNKNOWN_MUNICIPALITY], CENTRE)).toBe(CENTRE);
  });

  it('is the centrumgemeente when the region lists no members', () => {
    expect(decidingMunicipality(ZUTPHEN, [], CENTRE)).toBe(CENTRE);
  });
});
