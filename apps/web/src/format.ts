/** Dutch formats: dates as `22 november 2026`, money as `€ 612,50`. */
const dateFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
const moneyFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' });

/** A date (`2026-11-22`) or a timestamp, as a Dutch date; date-only strings never shift by a time zone. */
export function toDate(value: string | Date): Date {
  if (value instanceof Date) return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  return m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(value);
}

export const formatDate = (value: string | Date | null | undefined): string => (value ? dateFormat.format(toDate(value)) : '—');
export const formatDateTime = (value: string | Date | null | undefined): string => (value ? dateTimeFormat.format(toDate(value)) : '—');
export const formatMoney = (value: number | null | undefined): string => (value === null || value === undefined ? '—' : moneyFormat.format(value));

/** Whole calendar days from `now` to `deadline` (negative: past it). */
export function daysLeft(deadline: string | Date, now: Date = new Date()): number {
  const d = toDate(deadline);
  const a = new Date(now.getFullYear(), now.getMonth(), now.getDate()).getTime();
  const b = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  return Math.round((b - a) / 86_400_000);
}

export function daysLeftText(deadline: string | null | undefined, now: Date = new Date()): string {
  if (!deadline) return 'geen termijn';
  const n = daysLeft(deadline, now);
  if (n === 0) return 'vandaag';
  if (n === 1) return 'nog 1 dag';
  if (n > 1) return `nog ${n} dagen`;
  return n === -1 ? '1 dag te laat' : `${-n} dagen te laat`;
}

/** Today as `YYYY-MM-DD` in local time. */
export function isoToday(now: Date = new Date()): string {
  const p = (x: number) => String(x).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
