import { expiresWithin, nominationValidUntil, validityPassed, validityReminderAt } from '@tp/domain';
import fc from 'fast-check';

const at = (iso: string) => new Date(iso);

describe('a nomination\'s validity', () => {
  it('lasts the region\'s months from approval, at the same time of day', () => {
    expect(nominationValidUntil(at('2026-11-25T10:15:00Z'), 12)).toEqual(at('2027-11-25T10:15:00Z'));
    expect(nominationValidUntil(at('2026-11-25T10:15:00Z'), 6)).toEqual(at('2027-05-25T10:15:00Z'));
  });

  it('ends on the last day of a shorter month', () => {
    expect(nominationValidUntil(at('2027-01-31T08:00:00Z'), 1)).toEqual(at('2027-02-28T08:00:00Z'));
    expect(nominationValidUntil(at('2028-02-29T08:00:00Z'), 12)).toEqual(at('2029-02-28T08:00:00Z'));
    expect(nominationValidUntil(at('2027-12-31T08:00:00Z'), 2)).toEqual(at('2028-02-29T08:00:00Z'));
  });

  it('never ends when the region set 0 months', () => {
    expect(nominationValidUntil(at('2026-11-25T10:15:00Z'), 0)).toBeNull();
  });

  it('refuses a negative or fractional number of months', () => {
    expect(() => nominationValidUntil(at('2026-11-25T10:15:00Z'), -1)).toThrow(RangeError);
    expect(() => nominationValidUntil(at('2026-11-25T10:15:00Z'), 1.5)).toThrow(RangeError);
  });

  it('always ends later than it started, and later for more months', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }), fc.integer({ min: 1, max: 59 }), (from, months) => {
        const a = nominationValidUntil(from, months)!;
        const b = nominationValidUntil(from, months + 1)!;
        expect(a.getTime()).toBeGreaterThan(from.getTime());
        expect(b.getTime()).toBeGreaterThan(a.getTime());
      }),
    );
  });

  it('has passed from the moment itself on, never when null', () => {
    expect(validityPassed(at('2027-01-01T00:00:00Z'), at('2026-12-31T23:59:59Z'))).toBe(false);
    expect(validityPassed(at('2027-01-01T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(true);
    expect(validityPassed(null, at('2100-01-01T00:00:00Z'))).toBe(false);
  });

  it('reminds the given days beforehand, unless that moment already passed or the days are 0', () => {
    const until = at('2027-11-25T10:00:00Z');
    expect(validityReminderAt(until, 14, at('2026-11-25T10:00:00Z'))).toEqual(at('2027-11-11T10:00:00Z'));
    expect(validityReminderAt(until, 14, at('2027-11-20T10:00:00Z'))).toBeNull();
    expect(validityReminderAt(until, 0, at('2026-11-25T10:00:00Z'))).toBeNull();
  });

  it('counts as expiring soon only within the window and before it passed', () => {
    const until = at('2027-11-25T10:00:00Z');
    expect(expiresWithin(until, 14, at('2027-11-12T10:00:00Z'))).toBe(true);
    expect(expiresWithin(until, 14, at('2027-11-10T10:00:00Z'))).toBe(false);
    expect(expiresWithin(until, 14, at('2027-11-26T10:00:00Z'))).toBe(false);
    expect(expiresWithin(null, 14, at('2027-11-12T10:00:00Z'))).toBe(false);
  });
});
