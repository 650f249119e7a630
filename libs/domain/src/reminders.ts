/** Reminders of a tenancy's due dates (an evaluation, the end of the conditions): before, and once overdue. */
export const REMINDER_KINDS = ['before', 'overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export const DEFAULT_REMINDER_DAYS_BEFORE = 14;

/** Reminders go out in the morning (UTC), before the working day in the Netherlands starts. */
export const REMINDER_HOUR_UTC = 6;

const DAY_MS = 24 * 3600 * 1000;

const moment = (date: string, days: number): Date => {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, REMINDER_HOUR_UTC) + days * DAY_MS);
};

/**
 * When to remind of a due date (YYYY-MM-DD): `daysBefore` days before it, and the day after it
 * (overdue). When the overdue moment has already passed at `now`, the reminder beforehand is left
 * out: it would only arrive together with the overdue one.
 */
export function reminderMoments(due: string, daysBefore: number, now: Date): Array<{ kind: ReminderKind; at: Date }> {
  const overdue = { kind: 'overdue' as const, at: moment(due, 1) };
  if (overdue.at.getTime() <= now.getTime()) return [overdue];
  return [{ kind: 'before', at: moment(due, -daysBefore) }, overdue];
}

/** The due dates a tenancy is now waiting for: its next evaluation and the end of its conditions (none once it ended). */
export function dueDates(t: { status: string; nextEvaluationDate: string | null; conditionsEndDate: string | null }): string[] {
  if (t.status !== 'live') return [];
  return [t.nextEvaluationDate, t.conditionsEndDate].filter((d): d is string => d !== null);
}

/** A reminder still applies when the tenancy is live and still waits for that due date (not recorded, not moved). */
export const reminderApplies = (t: { status: string; nextEvaluationDate: string | null; conditionsEndDate: string | null }, due: string): boolean => dueDates(t).includes(due);
