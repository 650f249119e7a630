import { Construction } from './types';
import { err, ok, Result } from './result';

/** What the tenancy follow-up needs to know of a tenancy (DOMAIN.md, tenancy construction and tracking). */
export interface TenancyState {
  construction: Construction;
  leaseholder: 'client' | 'care_provider';
  status: 'live' | 'ended';
  startDate: string;
  nextEvaluationDate: string | null;
  conditionsEndDate: string | null;
  convertedOn: string | null;
  onTimeOut: boolean;
  expectedReturnDate: string | null;
  endDate: string | null;
  endReason: string | null;
  extensions: number;
}

/** The region's tenancy policy: when evaluations fall (defaults 12 months, then 12 more). */
export interface TenancyPolicy {
  omklapEvaluationMonths: number;
  omklapExtensionMonths: number;
  conditionsMonths: number;
}

export const DEFAULT_TENANCY_POLICY: TenancyPolicy = { omklapEvaluationMonths: 12, omklapExtensionMonths: 12, conditionsMonths: 12 };

export const EVALUATION_OUTCOMES = ['convert', 'extend', 'end'] as const;
export type EvaluationOutcome = (typeof EVALUATION_OUTCOMES)[number];

export const TENANCY_EVENT_TYPES = ['time_out', 'returned', 'overlast', 'aanzegging', 'huisuitzetting', 'ended'] as const;
export type TenancyEventType = (typeof TENANCY_EVENT_TYPES)[number];

export interface TenancyRefused {
  code: 'tenancy_refused';
  detail: string;
}

/** Adds whole months to a YYYY-MM-DD date; the 31st becomes the month's last day. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** A new tenancy at the signed lease: who holds the lease, and when it is evaluated or its conditions end. */
export function startTenancy(construction: Construction, startDate: string, policy: TenancyPolicy): TenancyState {
  return {
    construction,
    leaseholder: construction === 'omklap' ? 'care_provider' : 'client',
    status: 'live',
    startDate,
    nextEvaluationDate: construction === 'omklap' ? addMonths(startDate, policy.omklapEvaluationMonths) : null,
    conditionsEndDate: construction === 'onder_voorwaarden' ? addMonths(startDate, policy.conditionsMonths) : null,
    convertedOn: null,
    onTimeOut: false,
    expectedReturnDate: null,
    endDate: null,
    endReason: null,
    extensions: 0,
  };
}

const refuse = (detail: string) => err<TenancyRefused>({ code: 'tenancy_refused', detail });

/**
 * An evaluation of an omklap lease or of a conditional lease: `convert` moves the lease to the client
 * (the omklap) or lifts the conditions, `extend` schedules the next evaluation, `end` ends the tenancy.
 */
export function evaluate(t: TenancyState, outcome: EvaluationOutcome, date: string, policy: TenancyPolicy): Result<TenancyState, TenancyRefused> {
  if (t.status === 'ended') return refuse('The tenancy has ended.');
  if (t.construction === 'regulier') return refuse('A regular lease has no evaluations.');
  if (date < t.startDate) return refuse('The evaluation cannot lie before the start of the tenancy.');
  const converted = t.construction === 'omklap' ? t.convertedOn !== null : t.conditionsEndDate === null;
  if (converted && outcome !== 'end') return refuse(t.construction === 'omklap' ? 'The lease has already been converted to the client.' : 'The conditions have already been lifted.');
  switch (outcome) {
    case 'convert':
      return ok(
        t.construction === 'omklap'
          ? { ...t, leaseholder: 'client', convertedOn: date, nextEvaluationDate: null }
          : { ...t, conditionsEndDate: null, nextEvaluationDate: null },
      );
    case 'extend': {
      const months = t.construction === 'omklap' ? policy.omklapExtensionMonths : policy.conditionsMonths;
      return ok(
        t.construction === 'omklap'
          ? { ...t, nextEvaluationDate: addMonths(date, months), extensions: t.extensions + 1 }
          : { ...t, conditionsEndDate: addMonths(date, months), extensions: t.extensions + 1 },
      );
    }
    case 'end':
      return ok({ ...t, status: 'ended', endDate: date, endReason: 'evaluation', nextEvaluationDate: null, onTimeOut: false });
  }
}

/** An event in the tenancy: a time-out and the return from it, nuisance, an eviction notice, an eviction, the end. */
export function recordEvent(t: TenancyState, type: TenancyEventType, date: string, expectedReturnDate?: string | null): Result<TenancyState, TenancyRefused> {
  if (t.status === 'ended') return refuse('The tenancy has ended.');
  if (date < t.startDate) return refuse('The event cannot lie before the start of the tenancy.');
  switch (type) {
    case 'time_out':
      if (t.onTimeOut) return refuse('The client is already on a time-out.');
      if (expectedReturnDate && expectedReturnDate < date) return refuse('The expected return lies before the time-out.');
      return ok({ ...t, onTimeOut: true, expectedReturnDate: expectedReturnDate ?? null });
    case 'returned':
      if (!t.onTimeOut) return refuse('The client is not on a time-out.');
      return ok({ ...t, onTimeOut: false, expectedReturnDate: null });
    case 'overlast':
    case 'aanzegging':
      return ok(t);
    case 'huisuitzetting':
      return ok({ ...t, status: 'ended', endDate: date, endReason: 'huisuitzetting', nextEvaluationDate: null, onTimeOut: false });
    case 'ended':
      return ok({ ...t, status: 'ended', endDate: date, endReason: 'ended', nextEvaluationDate: null, onTimeOut: false });
  }
}
