import { huursegment, isUnder23, rentLimitsFor, RentLimits } from '@tp/domain';

const L2025: RentLimits = { year: 2025, kwaliteitskortingsgrens: 477.2, lowerAftoppingsgrens: 682.96, upperAftoppingsgrens: 731.93, liberalisatiegrens: 900.07 };
const L2024: RentLimits = { year: 2024, kwaliteitskortingsgrens: 454.47, lowerAftoppingsgrens: 650.43, upperAftoppingsgrens: 697.07, liberalisatiegrens: 879.66 };

describe('rent limits and huursegment', () => {
  it('uses the limits of the year itself when they are known', () => {
    expect(rentLimitsFor(2025, [L2024, L2025])).toEqual({ limits: L2025, provisional: false });
  });

  it('falls back to the latest earlier year, marked provisional, when a year is not entered yet', () => {
    expect(rentLimitsFor(2027, [L2024, L2025])).toEqual({ limits: L2025, provisional: true });
  });

  it('knows no limits before the first year entered', () => {
    expect(rentLimitsFor(2020, [L2024, L2025])).toBeNull();
  });

  it('puts a rent at a limit in the lower segment', () => {
    expect(huursegment(477.2, L2025)).toBe('tot_kwaliteitskortingsgrens');
    expect(huursegment(477.21, L2025)).toBe('tot_aftoppingsgrens_laag');
    expect(huursegment(731.93, L2025)).toBe('tot_aftoppingsgrens_hoog');
    expect(huursegment(900.07, L2025)).toBe('tot_liberalisatiegrens');
    expect(huursegment(900.08, L2025)).toBe('vrije_sector');
  });

  it('counts a client as under 23 until the end of the year they turn 23', () => {
    expect(isUnder23(2003, new Date('2026-12-31T23:00:00Z'))).toBe(true);
    expect(isUnder23(2003, new Date('2027-01-01T00:00:00Z'))).toBe(false);
    expect(isUnder23(2010, new Date('2026-06-01T00:00:00Z'))).toBe(true);
    expect(isUnder23(1990, new Date('2026-06-01T00:00:00Z'))).toBe(false);
  });
});
