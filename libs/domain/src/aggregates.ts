/**
 * Pure rules for the regional monitor and the other aggregate reports: percentiles, bands and the
 * suppression of small counts for readers without access to personal data.
 */

/** A count as a reader sees it: the number, or "<5" when it is suppressed. */
export type Count = number | '<5';
export const SUPPRESSED = '<5' as const;
/** Counts below this are small enough to point at a person. */
export const SUPPRESSION_THRESHOLD = 5;

/**
 * The p-th percentile (0 < p ≤ 100) by the nearest-rank method: the smallest value with at least
 * p% of the values at or below it. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (!(p > 0 && p <= 100)) throw new RangeError('p must lie in (0, 100]');
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.ceil((p / 100) * sorted.length) - 1];
}

/** The median: the mean of the two middle values for an even count. Null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Waiting time from approval to housing, in days, in the bands the monitor reports. */
export const WAITING_BANDS = [
  { key: '0-30', label: 'tot 1 maand', maxDays: 30 },
  { key: '31-91', label: '1 tot 3 maanden', maxDays: 91 },
  { key: '92-182', label: '3 tot 6 maanden', maxDays: 182 },
  { key: '183-365', label: '6 tot 12 maanden', maxDays: 365 },
  { key: '366+', label: '12 maanden of langer', maxDays: Infinity },
] as const;
export type WaitingBand = (typeof WAITING_BANDS)[number]['key'];

export function waitingBand(days: number): WaitingBand {
  return WAITING_BANDS.find((b) => days <= b.maxDays)!.key;
}

/** Age bands (DOMAIN.md, Monitoring: including 18-22 and 65+). */
export const AGE_BANDS = ['<18', '18-22', '23-29', '30-49', '50-64', '65+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** A client's age band in `year`: with only a birth year, the age is the age reached in that year. */
export function ageBand(birthYear: number, year: number): AgeBand {
  const age = year - birthYear;
  if (age < 18) return '<18';
  if (age <= 22) return '18-22';
  if (age <= 29) return '23-29';
  if (age <= 49) return '30-49';
  if (age <= 64) return '50-64';
  return '65+';
}

export const isSuppressed = (n: number): boolean => n < SUPPRESSION_THRESHOLD;
export const suppress = (n: number): Count => (isSuppressed(n) ? SUPPRESSED : n);

/**
 * Suppresses a group of cells that add up to a total the reader also sees (a breakdown and its
 * total). Primary: every count below 5, zero included, is "<5". Secondary, so the total cannot
 * give a hidden cell back by subtraction: when exactly one cell of the group is hidden, the smallest
 * shown cell is hidden too (ties: the first). When the total is below 5 everything is hidden.
 */
export function suppressGroup(cells: readonly number[], total: number = cells.reduce((a, b) => a + b, 0)): { cells: Count[]; total: Count } {
  if (isSuppressed(total)) return { cells: cells.map(() => SUPPRESSED), total: SUPPRESSED };
  const hidden = cells.map(isSuppressed);
  if (hidden.filter(Boolean).length === 1) {
    let pick = -1;
    cells.forEach((c, i) => {
      if (!hidden[i] && (pick < 0 || c < cells[pick])) pick = i;
    });
    if (pick >= 0) hidden[pick] = true;
  }
  return { cells: cells.map((c, i) => (hidden[i] ? SUPPRESSED : c)), total };
}

/** Days between two calendar dates (`YYYY-MM-DD` or Date), whole days, UTC. */
export function daysBetween(from: Date, to: Date): number {
  return Math.floor((Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), to.getUTCDate()) - Date.UTC(from.getUTCFullYear(), from.getUTCMonth(), from.getUTCDate())) / 86400000);
}

/**
 * How far through `year` the day `on` is, as the share of the year's days that have passed
 * (1 January counts as one day gone); 0 before the year, 1 after it.
 */
export function yearProgress(year: number, on: Date): number {
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const day = Date.UTC(on.getUTCFullYear(), on.getUTCMonth(), on.getUTCDate());
  if (day < start) return 0;
  if (day >= end) return 1;
  return (day - start + 86400000) / (end - start);
}

/** The contingent expected to be delivered by `on`: pro rata through the year, rounded down. */
export const expectedSoFar = (agreed: number, year: number, on: Date): number => Math.floor(agreed * yearProgress(year, on));

/** The month `YYYY-MM` as its first and last day. */
export function monthBounds(month: string): { from: string; to: string } | null {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const last = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return { from: `${m[1]}-${m[2]}-01`, to: `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}` };
}

/** The month before the one `on` lies in, as `YYYY-MM`. */
export function previousMonth(on: Date): string {
  const d = new Date(Date.UTC(on.getUTCFullYear(), on.getUTCMonth() - 1, 1));
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A calendar date `YYYY-MM-DD` that exists. */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** Household size classes of the demand inventory. */
export const HOUSEHOLD_CLASSES = ['1', '2', '3', '4+'] as const;
export type HouseholdClass = (typeof HOUSEHOLD_CLASSES)[number];
export const householdClass = (size: number): HouseholdClass => (size >= 4 ? '4+' : (String(size) as HouseholdClass));
/**
 * The household a home suits by its rooms, for setting supply against demand: up to 2 rooms one
 * person, 3 rooms two, 4 rooms three, 5 or more four or more.
 */
export const householdClassForRooms = (rooms: number): HouseholdClass => householdClass(Math.max(1, rooms - 1));
