/**
 * Working days for step deadlines: Monday to Friday, except the public holidays of the Algemene
 * termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag, Koningsdag,
 * 5 mei and both Christmas days. Days are the calendar days of the Netherlands (Europe/Amsterdam):
 * a deadline set on a Friday at 00:30 Dutch time is a Friday's, even though it is still Thursday in UTC.
 */

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as UTC midnight. */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return new Date(Date.UTC(year, month - 1, day));
}

const iso = (d: Date) => d.toISOString().slice(0, 10);
const plusDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const holidayCache = new Map<number, ReadonlySet<string>>();

/** The public holidays of a year (YYYY-MM-DD) that do not count as working days. */
export function dutchPublicHolidays(year: number): ReadonlySet<string> {
  let days = holidayCache.get(year);
  if (!days) {
    const easter = easterSunday(year);
    // Koningsdag is 27 April, or the 26th when the 27th is a Sunday
    const kingsDay = new Date(Date.UTC(year, 3, 27));
    days = new Set([
      `${year}-01-01`,
      iso(plusDays(easter, 1)),
      iso(plusDays(easter, 39)),
      iso(plusDays(easter, 50)),
      iso(kingsDay.getUTCDay() === 0 ? plusDays(kingsDay, -1) : kingsDay),
      `${year}-05-05`,
      `${year}-12-25`,
      `${year}-12-26`,
    ]);
    holidayCache.set(year, days);
  }
  return days;
}

export function isWorkingDay(d: Date): boolean {
  const wd = d.getUTCDay();
  return wd !== 0 && wd !== 6 && !dutchPublicHolidays(d.getUTCFullYear()).has(iso(d));
}

const TIME_ZONE = 'Europe/Amsterdam';
const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** The wall-clock reading in the Netherlands of a moment, as if it were UTC (milliseconds kept). */
export function dutchWallClock(at: Date): Date {
  const p: Record<string, number> = {};
  for (const { type, value } of partsFormat.formatToParts(at)) if (type !== 'literal') p[type] = Number(value);
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second, at.getUTCMilliseconds()));
}

/** The moment at which the Dutch wall clock reads `wall` (read as UTC); in the autumn's repeated hour, the first. */
function fromAmsterdamWallClock(wall: Date): Date {
  // the offset is +1 or +2 hours: try the summer offset first, so the repeated hour resolves to its first occurrence
  for (const hours of [2, 1]) {
    const candidate = new Date(wall.getTime() - hours * 3_600_000);
    if (dutchWallClock(candidate).getTime() === wall.getTime()) return candidate;
  }
  // the spring's skipped hour (02:00-03:00) does not exist: take the same instant one hour later on the clock
  return new Date(wall.getTime() - 3_600_000);
}

/** Adds working days to a moment, counting Dutch calendar days and keeping its Dutch time of day. */
export function addWorkingDays(from: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError('days must be a non-negative integer');
  if (days === 0) return new Date(from.getTime());
  const d = dutchWallClock(from);
  let left = days;
  while (left > 0) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(d)) left--;
  }
  return fromAmsterdamWallClock(d);
}
