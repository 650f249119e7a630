import fc from 'fast-check';
import { addWorkingDays, dutchPublicHolidays, dutchWallClock, easterSunday, isWorkingDay } from '@tp/domain';
import { at } from './fixtures';

const FRIDAY = '2026-01-02'; // Friday 2 January 2026
const MONDAY = '2026-01-05';

describe('adding working days', () => {
  it('moves Friday plus one working day to Monday', () => {
    expect(addWorkingDays(at(`${FRIDAY}T10:00:00Z`), 1)).toEqual(at(`${MONDAY}T10:00:00Z`));
  });

  it('keeps the time of day, to the millisecond', () => {
    expect(addWorkingDays(at(`${FRIDAY}T14:37:12.345Z`), 1).toISOString()).toBe(`${MONDAY}T14:37:12.345Z`);
  });

  it('moves Monday plus four working days to Friday of the same week', () => {
    expect(addWorkingDays(at(`${MONDAY}T08:00:00Z`), 4)).toEqual(at('2026-01-09T08:00:00Z'));
  });

  it('moves Monday plus five working days to the next Monday', () => {
    expect(addWorkingDays(at(`${MONDAY}T08:00:00Z`), 5)).toEqual(at('2026-01-12T08:00:00Z'));
  });

  it('moves Friday plus five working days to the next Friday, skipping one weekend', () => {
    expect(addWorkingDays(at(`${FRIDAY}T08:00:00Z`), 5)).toEqual(at('2026-01-09T08:00:00Z'));
  });

  it('skips two weekends for ten working days', () => {
    expect(addWorkingDays(at(`${FRIDAY}T08:00:00Z`), 10)).toEqual(at('2026-01-16T08:00:00Z'));
  });

  it('moves a Saturday or a Sunday plus one working day to Monday', () => {
    expect(addWorkingDays(at('2026-01-03T12:00:00Z'), 1)).toEqual(at(`${MONDAY}T12:00:00Z`));
    expect(addWorkingDays(at('2026-01-04T12:00:00Z'), 1)).toEqual(at(`${MONDAY}T12:00:00Z`));
  });

  it('crosses a year boundary: Thursday 31 December plus two is Tuesday 5 January (Friday 1 January is Nieuwjaarsdag)', () => {
    expect(addWorkingDays(at('2026-12-31T09:30:00Z'), 2)).toEqual(at('2027-01-05T09:30:00Z'));
  });

  it('leaves the moment as it is for zero working days, also on a weekend', () => {
    expect(addWorkingDays(at('2026-01-03T12:00:00Z'), 0)).toEqual(at('2026-01-03T12:00:00Z'));
  });

  it('returns a new date and does not change the one it was given', () => {
    const from = at(`${FRIDAY}T10:00:00Z`);
    const out = addWorkingDays(from, 0);
    expect(out).not.toBe(from);
    addWorkingDays(from, 3);
    expect(from.toISOString()).toBe(`${FRIDAY}T10:00:00.000Z`);
  });

  it('skips Koningsdag: the Friday before Koningsdag 2026 plus one working day is the Tuesday', () => {
    expect(addWorkingDays(at('2026-04-24T09:00:00Z'), 1)).toEqual(at('2026-04-28T09:00:00Z'));
  });

  it('skips both Christmas days and Nieuwjaarsdag', () => {
    // Thursday 24 December 2026: Friday 25 and Saturday 26 are off, then Monday 28 December
    expect(addWorkingDays(at('2026-12-24T12:00:00Z'), 1)).toEqual(at('2026-12-28T12:00:00Z'));
    // Wednesday 31 December 2025: Thursday 1 January 2026 is Nieuwjaarsdag
    expect(addWorkingDays(at('2025-12-31T12:00:00Z'), 1)).toEqual(at('2026-01-02T12:00:00Z'));
  });

  it('knows the moving holidays of the Algemene termijnenwet', () => {
    // Easter 2026 is 5 April: tweede Paasdag 6 April, Hemelvaartsdag 14 May, tweede Pinksterdag 25 May
    expect(easterSunday(2026).toISOString().slice(0, 10)).toBe('2026-04-05');
    expect(easterSunday(2025).toISOString().slice(0, 10)).toBe('2025-04-20');
    expect(easterSunday(2027).toISOString().slice(0, 10)).toBe('2027-03-28');
    expect([...dutchPublicHolidays(2026)].sort()).toEqual(
      ['2026-01-01', '2026-04-06', '2026-04-27', '2026-05-05', '2026-05-14', '2026-05-25', '2026-12-25', '2026-12-26'],
    );
  });

  it('moves Koningsdag to the Saturday when 27 April is a Sunday', () => {
    expect(dutchPublicHolidays(2025).has('2025-04-26')).toBe(true);
    expect(dutchPublicHolidays(2025).has('2025-04-27')).toBe(false);
  });

  it.each([-1, -5])('rejects a negative number of days (%d)', (days) => {
    expect(() => addWorkingDays(at(`${FRIDAY}T10:00:00Z`), days)).toThrow(RangeError);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a number of days that is not a whole number (%p)', (days) => {
    expect(() => addWorkingDays(at(`${FRIDAY}T10:00:00Z`), days)).toThrow('days must be a non-negative integer');
  });

  it('always lands on a Dutch working day, n Dutch working days later, at the same Dutch time of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 86_399_999 }),
        fc.integer({ min: 1, max: 30 }),
        (dayOffset, msOfDay, days) => {
          const from = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000 + msOfDay);
          const out = dutchWallClock(addWorkingDays(from, days));
          const start = dutchWallClock(from);
          expect([0, 6]).not.toContain(out.getUTCDay());
          expect(isWorkingDay(out)).toBe(true);
          // the same Dutch time of day, apart from a start in the spring's skipped hour
          if (start.getUTCHours() !== 2) expect(out.getTime() % 86_400_000).toBe(start.getTime() % 86_400_000);
          let working = 0;
          for (let t = start.getTime() + 86_400_000; t <= out.getTime() + 3_600_000; t += 86_400_000) if (isWorkingDay(new Date(t))) working++;
          expect(working).toBe(days);
        },
      ),
    );
  });
});

describe('working days are Dutch calendar days (Europe/Amsterdam)', () => {
  const at = (s: string) => new Date(s);

  it('a moment just after midnight on a Dutch Friday is a Friday, though it is Thursday in UTC', () => {
    // Friday 9 January 2026, 00:30 in the Netherlands (winter time, UTC+1) is Thursday 23:30 UTC
    expect(addWorkingDays(at('2026-01-08T23:30:00Z'), 1)).toEqual(at('2026-01-11T23:30:00Z')); // Monday 12 January 00:30 Dutch time
  });

  it('a moment late on a Dutch Sunday evening in summer counts from Sunday', () => {
    // Sunday 5 July 2026, 23:30 Dutch time (UTC+2) is 21:30 UTC
    expect(addWorkingDays(at('2026-07-05T21:30:00Z'), 1)).toEqual(at('2026-07-06T21:30:00Z'));
  });

  it('keeps the Dutch time of day across the change to summer time and back', () => {
    // Friday 27 March 2026 10:00 Dutch winter time (09:00 UTC) + 1 working day: Monday 30 March 10:00 summer time (08:00 UTC)
    expect(addWorkingDays(at('2026-03-27T09:00:00Z'), 1)).toEqual(at('2026-03-30T08:00:00Z'));
    // Friday 23 October 2026 10:00 summer time (08:00 UTC) + 1: Monday 26 October 10:00 winter time (09:00 UTC)
    expect(addWorkingDays(at('2026-10-23T08:00:00Z'), 1)).toEqual(at('2026-10-26T09:00:00Z'));
  });

  it('a Dutch holiday that starts before midnight UTC is skipped (Koningsdag 2026 is Monday 27 April)', () => {
    // Friday 24 April 2026 23:15 Dutch time (21:15 UTC) + 1: not Monday the 27th but Tuesday the 28th, 23:15 Dutch time
    expect(addWorkingDays(at('2026-04-24T21:15:00Z'), 1)).toEqual(at('2026-04-28T21:15:00Z'));
  });

  it('zero days is the moment itself', () => {
    expect(addWorkingDays(at('2026-10-25T01:30:00Z'), 0)).toEqual(at('2026-10-25T01:30:00Z'));
  });
});
