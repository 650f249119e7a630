/** Every queue and job of the product, in one place. Payloads carry ids only. */
export const QUEUES = ['matching', 'deadlines', 'mail', 'reports'] as const;
export type QueueName = (typeof QUEUES)[number];

export interface JobPayloads {
  /** Run one matching round that was recorded as a matching_run row. */
  'matching.run': { runId: string; requestId?: string };
  /** A match step's deadline has passed (if the match is still at that step). */
  'match.expire': { matchId: string; status: string; requestId?: string };
  /** The region's scheduled round (matchingCron) at `at`; it also schedules the next one. */
  'matching.schedule': { regionCode: string; at: string };
  /** Remind the parties of a tenancy of a due date (an evaluation, the end of the conditions): before it, or once overdue. */
  'tenancy.remind': { tenancyId: string; due: string; kind: 'before' | 'overdue' };
  /** E-mail one notification to its user (SMTP, or the local mail outbox in DATA_DIR/mail), once. */
  'notification.mail': { notificationId: string };
  /** Freeze every region's monitor of `month` (YYYY-MM) once it has ended; it also schedules the next month's. */
  'monitor.snapshot': { month: string };
  /** The retention run at `at`: erases the personal data of clients whose case closed longer ago than RETENTION_MONTHS; it schedules the next run. */
  'retention.run': { at: string };
  /** Remind the care provider that a nomination's readiness statement runs out at `validUntil` (if it still does). */
  'nomination.remind': { nominationId: string; validUntil: string };
  /** A nomination's validity ended at `validUntil`: an active one expires (a matched one waits for its match to end). */
  'nomination.expire': { nominationId: string; validUntil: string };
}
export type JobName = keyof JobPayloads;

export const JOBS: Record<JobName, { queue: QueueName; attempts: number; backoffMs: number }> = {
  'matching.run': { queue: 'matching', attempts: 5, backoffMs: 1000 },
  'match.expire': { queue: 'deadlines', attempts: 5, backoffMs: 1000 },
  'matching.schedule': { queue: 'matching', attempts: 5, backoffMs: 5000 },
  'tenancy.remind': { queue: 'deadlines', attempts: 5, backoffMs: 5000 },
  'notification.mail': { queue: 'mail', attempts: 8, backoffMs: 10000 },
  'monitor.snapshot': { queue: 'reports', attempts: 5, backoffMs: 60000 },
  'retention.run': { queue: 'deadlines', attempts: 5, backoffMs: 60000 },
  'nomination.remind': { queue: 'deadlines', attempts: 5, backoffMs: 5000 },
  'nomination.expire': { queue: 'deadlines', attempts: 5, backoffMs: 5000 },
};

/** Deterministic job ids deduplicate: the same event never becomes two jobs. */
export const jobIds = {
  matchingRun: (runId: string) => `matching-run-${runId}`,
  matchExpire: (matchId: string, status: string) => `${matchId}-expire-${status}`,
  matchingSchedule: (regionCode: string, at: Date) => `schedule-${regionCode}-${at.toISOString()}`,
  tenancyRemind: (tenancyId: string, kind: 'before' | 'overdue', due: string) => `${tenancyId}-remind-${kind}-${due}`,
  notificationMail: (notificationId: string) => `${notificationId}-mail`,
  monitorSnapshot: (month: string) => `monitor-snapshot-${month}`,
  retentionRun: (at: Date) => `retention-${at.toISOString()}`,
  nominationRemind: (nominationId: string, validUntil: string) => `${nominationId}-validity-remind-${validUntil}`,
  nominationExpire: (nominationId: string, validUntil: string) => `${nominationId}-validity-expire-${validUntil}`,
};

export type JobOutcome = 'done' | 'skipped';

export interface JobHandler<N extends JobName = JobName> {
  readonly jobName: N;
  handle(payload: JobPayloads[N]): Promise<JobOutcome>;
}

export const JOB_HANDLERS = Symbol('JOB_HANDLERS');

/** Refuses to start when a job has no handler or more than one. */
export function indexHandlers(handlers: JobHandler[]): Map<JobName, JobHandler> {
  const byName = new Map<JobName, JobHandler>();
  for (const h of handlers) {
    if (byName.has(h.jobName)) throw new Error(`Job ${h.jobName} has two handlers`);
    byName.set(h.jobName, h);
  }
  const missing = (Object.keys(JOBS) as JobName[]).filter((n) => !byName.has(n));
  if (missing.length) throw new Error(`Jobs without a handler: ${missing.join(', ')}`);
  return byName;
}
