/**
 * How long an approved nomination stays valid. The readiness statement says the client can live
 * independently within a year; after the region's validity period (from approval, or from the last
 * renewal) the care provider must re-confirm it, or the nomination expires.
 */
export const DEFAULT_NOMINATION_VALIDITY_MONTHS = 12;
export const MAX_NOMINATION_VALIDITY_MONTHS = 60;

/** Statuses in which the care provider may re-confirm readiness (renew). */
export const RENEWABLE_NOMINATION_STATUSES = ['active', 'matched'] as const;

/**
 * The moment a nomination stops being valid: `months` calendar months after `from` (the approval or
 * renewal), at the same time of day; a day that does not exist in the target month becomes its last
 * day (31 January + 1 month = 28/29 February). 0 months: it never expires (null).
 */
export function nominationValidUntil(from: Date, months: number): Date | null {
  if (!Number.isInteger(months) || months < 0) throw new RangeError(`validity months must be a whole number ≥ 0, got ${months}`);
  if (months === 0) return null;
  const y = from.getUTCFullYear();
  const m = from.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const day = Math.min(from.getUTCDate(), lastDay);
  return new Date(Date.UTC(y, m, day, from.getUTCHours(), from.getUTCMinutes(), from.getUTCSeconds(), from.getUTCMilliseconds()));
}

/** Whether a nomination's validity has passed at `now` (null: never). */
export const validityPassed = (validUntil: Date | null, now: Date): boolean => validUntil !== null && validUntil.getTime() <= now.getTime();

const DAY_MS = 24 * 3600 * 1000;

/** When the care provider is reminded: `daysBefore` days before `validUntil`; null when that moment already passed at `now` or days is 0. */
export function validityReminderAt(validUntil: Date, daysBefore: number, now: Date): Date | null {
  if (daysBefore <= 0) return null;
  const at = new Date(validUntil.getTime() - daysBefore * DAY_MS);
  return at.getTime() > now.getTime() ? at : null;
}

/** Whether a nomination expires within `days` days of `now` (for the care provider's to-do list). */
export const expiresWithin = (validUntil: Date | null, days: number, now: Date): boolean =>
  validUntil !== null && validUntil.getTime() > now.getTime() && validUntil.getTime() <= now.getTime() + days * DAY_MS;
