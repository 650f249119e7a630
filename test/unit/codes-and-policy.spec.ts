import { DEFAULT_POLICY, MUNICIPALITY_CODE, NEIGHBOURHOOD_CODE, REGION_CODE, UNKNOWN_MUNICIPALITY } from '@tp/domain';

describe('CBS codes and region codes', () => {
  it.each(['GM0150', 'GM0301', 'GM9999'])('accepts the municipality code %s', (code) => {
    expect(MUNICIPALITY_CODE.test(code)).toBe(true);
  });

  it.each(['GM150', 'GM01500', 'gm0150', 'BU01500101', 'XGM0150', UNKNOWN_MUNICIPALITY])('refuses %s as a municipality code', (code) => {
    expect(MUNICIPALITY_CODE.test(code)).toBe(false);
  });

  it.each(['BU01500101', 'BU00000000'])('accepts the buurt code %s', (code) => {
    expect(NEIGHBOURHOOD_CODE.test(code)).toBe(true);
  });

  it.each(['BU0150010', 'BU015001011', 'WK015001', 'bu01500101'])('refuses %s as a buurt code', (code) => {
    expect(NEIGHBOURHOOD_CODE.test(code)).toBe(false);
  });

  it.each(['IJSSELLAND', 'R1', 'NOORD-VELUWE', 'A_B'])('accepts the region code %s', (code) => {
    expect(REGION_CODE.test(code)).toBe(true);
  });

  it.each(['A', '-AB', 'ijsselland', 'A B', 'A'.repeat(33)])('refuses %s as a region code', (code) => {
    expect(REGION_CODE.test(code)).toBe(false);
  });
});

describe('the default region policy', () => {
  it('sets no buurt limits, five working days per match step and a tolerance of two', () => {
    expect(DEFAULT_POLICY).toMatchObject({
      exchangeTolerance: 2,
      defaultMaxPlacementsPer12Months: null,
      defaultMaxLiveTenancies: null,
      stepDeadlineWorkingDays: 5,
    });
  });

  it('runs the scheduled matching round on weekday mornings', () => {
    expect(DEFAULT_POLICY.matchingCron).toBe('0 6 * * 1-5');
  });
});
