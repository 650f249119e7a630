import { checkLoad, effectiveLimit, hasRoom } from '@tp/domain';
import { BUURT_A, load } from './fixtures';

describe('neighbourhood load limits', () => {
  it('checks the placements limit and the live-tenancies limit, in that order', () => {
    expect(checkLoad(load()).map((c) => c.rule)).toEqual(['neighbourhood_placements', 'neighbourhood_live_tenancies']);
  });

  it('passes any load when neither limit is set', () => {
    const l = load({ placementsLast12Months: 999, liveTenancies: 999 });
    expect(checkLoad(l)).toEqual([
      { rule: 'neighbourhood_placements', passed: true, detail: `no limit on placements in ${BUURT_A}`, code: 'limit.placements_none', params: { kind: 'buurt', area: BUURT_A } },
      { rule: 'neighbourhood_live_tenancies', passed: true, detail: `no limit on live tenancies in ${BUURT_A}`, code: 'limit.live_none', params: { kind: 'buurt', area: BUURT_A } },
    ]);
    expect(hasRoom(l)).toBe(true);
  });

  it('passes when one more placement still fits under the placements limit', () => {
    expect(checkLoad(load({ maxPlacementsPer12Months: 3, placementsLast12Months: 2 }))[0]).toEqual({
      rule: 'neighbourhood_placements',
      passed: true,
      detail: `2 of 3 placements in the last 12 months in ${BUURT_A}`,
      code: 'limit.placements',
      params: { kind: 'buurt', area: BUURT_A, count: 2, max: 3 },
    });
  });

  it('fails when the buurt is exactly at its placements limit', () => {
    const l = load({ maxPlacementsPer12Months: 3, placementsLast12Months: 3 });
    expect(checkLoad(l)[0]).toMatchObject({ passed: false, detail: `3 of 3 placements in the last 12 months in ${BUURT_A}` });
    expect(hasRoom(l)).toBe(false);
  });

  it('fails when the buurt is already over its placements limit', () => {
    expect(hasRoom(load({ maxPlacementsPer12Months: 3, placementsLast12Months: 5 }))).toBe(false);
  });

  it('passes when one more live tenancy still fits under the live-tenancies limit', () => {
    expect(checkLoad(load({ maxLiveTenancies: 2, liveTenancies: 1 }))[1]).toEqual({
      rule: 'neighbourhood_live_tenancies',
      passed: true,
      detail: `1 of 2 live tenancies in ${BUURT_A}`,
      code: 'limit.live',
      params: { kind: 'buurt', area: BUURT_A, count: 1, max: 2 },
    });
  });

  it('fails when the buurt is exactly at its live-tenancies limit', () => {
    const l = load({ maxLiveTenancies: 2, liveTenancies: 2 });
    expect(checkLoad(l)[1]).toMatchObject({ passed: false, detail: `2 of 2 live tenancies in ${BUURT_A}` });
    expect(hasRoom(l)).toBe(false);
  });

  it('fails on either limit alone while the other has room or is not set', () => {
    expect(checkLoad(load({ maxPlacementsPer12Months: 1, placementsLast12Months: 1, maxLiveTenancies: null })).map((c) => c.passed)).toEqual([false, true]);
    expect(checkLoad(load({ maxPlacementsPer12Months: 10, maxLiveTenancies: 1, liveTenancies: 1 })).map((c) => c.passed)).toEqual([true, false]);
  });

  it('lets no placement into a buurt whose limit is zero', () => {
    expect(hasRoom(load({ maxPlacementsPer12Months: 0 }))).toBe(false);
    expect(hasRoom(load({ maxLiveTenancies: 0 }))).toBe(false);
  });

  it('uses the buurt’s own limit over the regional default', () => {
    expect(effectiveLimit(3, 10)).toBe(3);
  });

  it('uses the buurt’s own limit of zero over the regional default', () => {
    expect(effectiveLimit(0, 10)).toBe(0);
  });

  it('falls back to the regional default when the buurt has no limit of its own', () => {
    expect(effectiveLimit(null, 10)).toBe(10);
  });

  it('sets no limit when neither the buurt nor the region has one', () => {
    expect(effectiveLimit(null, null)).toBeNull();
  });
});
