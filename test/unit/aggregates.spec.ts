import { ageBand, expectedSoFar, isCalendarDate, median, monthBounds, percentile, previousMonth, suppress, suppressGroup, waitingBand, yearProgress } from '@tp/domain';

describe('aggregate rules', () => {
  it('takes percentiles by nearest rank and the median as the middle (mean of two)', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 90)).toBe(90);
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([9, 1, 5])).toBe(5);
    expect(median([])).toBeNull();
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });

  it('puts waiting days and ages in their bands, edges included', () => {
    expect([0, 30, 31, 91, 92, 182, 183, 365, 366, 2000].map(waitingBand)).toEqual(['0-30', '0-30', '31-91', '31-91', '92-182', '92-182', '183-365', '183-365', '366+', '366+']);
    expect([2010, 2008, 2004, 2003, 1997, 1996, 1977, 1976, 1962, 1961].map((b) => ageBand(b, 2026))).toEqual(['<18', '18-22', '18-22', '23-29', '23-29', '30-49', '30-49', '50-64', '50-64', '65+']);
  });

  it('suppresses counts below 5, zero included', () => {
    expect([0, 1, 4, 5, 12].map(suppress)).toEqual(['<5', '<5', '<5', 5, 12]);
  });

  it('hides a second cell when one hidden cell could be backed out of the total', () => {
    expect(suppressGroup([3, 10, 7])).toEqual({ cells: ['<5', 10, '<5'], total: 20 });
    expect(suppressGroup([2, 3, 10])).toEqual({ cells: ['<5', '<5', 10], total: 15 });
    expect(suppressGroup([6, 10])).toEqual({ cells: [6, 10], total: 16 });
    expect(suppressGroup([1, 2])).toEqual({ cells: ['<5', '<5'], total: '<5' });
    // the only other cell is hidden too: nothing to subtract from
    expect(suppressGroup([1, 9])).toEqual({ cells: ['<5', '<5'], total: 10 });
    // a total from elsewhere (e.g. distinct clients) is used as given
    expect(suppressGroup([8, 9], 12)).toEqual({ cells: [8, 9], total: 12 });
  });

  it('reckons contingent progress pro rata through the year', () => {
    expect(yearProgress(2026, new Date('2025-12-31T12:00:00Z'))).toBe(0);
    expect(yearProgress(2026, new Date('2027-01-01T00:00:00Z'))).toBe(1);
    expect(yearProgress(2026, new Date('2026-12-31T23:00:00Z'))).toBe(1);
    expect(expectedSoFar(365, 2026, new Date('2026-01-01T08:00:00Z'))).toBe(1);
    expect(expectedSoFar(12, 2026, new Date('2026-07-02T08:00:00Z'))).toBe(6); // day 183 of 365
    expect(expectedSoFar(12, 2026, new Date('2026-11-25T08:00:00Z'))).toBe(10); // day 329
  });

  it('reads months and dates strictly', () => {
    expect(monthBounds('2026-02')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthBounds('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthBounds('2026-13')).toBeNull();
    expect(previousMonth(new Date('2026-01-01T00:30:00Z'))).toBe('2025-12');
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2026-11-30')).toBe(true);
    expect(isCalendarDate('2026-11-3')).toBe(false);
  });
});

describe('household classes of the demand inventory', () => {
  it('classes households and homes by rooms', () => {
    const { householdClass, householdClassForRooms } = jest.requireActual('@tp/domain');
    expect([1, 2, 3, 4, 7].map(householdClass)).toEqual(['1', '2', '3', '4+', '4+']);
    expect([1, 2, 3, 4, 5, 8].map(householdClassForRooms)).toEqual(['1', '1', '2', '3', '4+', '4+']);
  });
});
