import fc from 'fast-check';
import { addWorkingDays } from '@tp/domain';
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

  it('crosses a year boundary: Thursday 31 December plus two is Monday 4 January', () => {
    expect(addWorkingDays(at('2026-12-31T09:30:00Z'), 2)).toEqual(at('2027-01-04T09:30:00Z'));
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

  it('does not skip Dutch public holidays yet (documented): Friday before Koningsdag plus one is Koningsdag', () => {
    expect(addWorkingDays(at('2026-04-24T09:00:00Z'), 1)).toEqual(at('2026-04-27T09:00:00Z'));
  });

  it.each([-1, -5])('rejects a negative number of days (%d)', (days) => {
    expect(() => addWorkingDays(at(`${FRIDAY}T10:00:00Z`), days)).toThrow(RangeError);
  });

  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY])('rejects a number of days that is not a whole number (%p)', (days) => {
    expect(() => addWorkingDays(at(`${FRIDAY}T10:00:00Z`), days)).toThrow('days must be a non-negative integer');
  });

  it('always lands on a weekday, n working days later, at the same time of day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 0, max: 86_399_999 }),
        fc.integer({ min: 1, max: 30 }),
        (dayOffset, msOfDay, days) => {
          const from = new Date(Date.UTC(2025, 0, 1) + dayOffset * 86_400_000 + msOfDay);
          const out = addWorkingDays(from, days);
          expect([0, 6]).not.toContain(out.getUTCDay());
          expect(out.getTime() % 86_400_000).toBe(from.getTime() % 86_400_000);
          let weekdays = 0;
          for (let t = from.getTime() + 86_400_000; t <= out.getTime(); t += 86_400_000) {
            const wd = new Date(t).getUTCDay();
            if (wd !== 0 && wd !== 6) weekdays++;
          }
          expect(weekdays).toBe(days);
        },
      ),
    );
  });
});
