import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { parseExpression } from 'cron-parser';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ENV } from '../config/config.module';
import { Environment } from '../config/environment';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { RUN_PROCESSORS } from '../jobs/job-runner.service';
import { Outbox } from '../jobs/outbox.service';
import { SCHEDULE_TIME_ZONE } from '../matching/matching-schedule.processor';

/** How many clients one run erases per transaction (a run repeats until none is due). */
const BATCH = 200;

/**
 * The clients whose case closed before `:cutoff` and whose data is not erased yet: no nomination
 * still open, no tenancy still followed, and the last moment anything happened lies before the
 * cutoff: the last closing moment (a rejected, withdrawn or expired nomination; a tenancy that ended
 * or was converted) and the last activity (the client or any of its nominations created or changed).
 * A client that never had a case that closed (registered but never nominated, a draft withdrawn)
 * is thus erased too once it has lain untouched for the period.
 */
const DUE = `
SELECT c.id, c.region_code AS "regionCode" FROM client c
 WHERE c.erased_at IS NULL
   AND NOT EXISTS (SELECT 1 FROM nomination n WHERE n.client_id = c.id AND n.status IN ('draft','submitted','active','matched'))
   AND NOT EXISTS (SELECT 1 FROM tenancy t WHERE t.client_id = c.id AND t.status = 'live' AND t.converted_on IS NULL)
   AND greatest(
         c.created_at, c.updated_at,
         (SELECT max(greatest(n.created_at, n.updated_at)) FROM nomination n WHERE n.client_id = c.id),
         (SELECT max(coalesce(t.end_date, t.converted_on)::timestamptz) FROM tenancy t WHERE t.client_id = c.id)
       ) < $1
 ORDER BY c.id
 LIMIT ${BATCH}
 FOR UPDATE OF c SKIP LOCKED`;

/** A stored rule list with only each rule's name and outcome (the detail says only passed or not). */
const bareRules = (field: string) => `(SELECT coalesce(jsonb_agg(jsonb_build_object('rule', r->'rule', 'passed', r->'passed',
    'detail', CASE WHEN (r->>'passed')::boolean THEN 'passed' ELSE 'not passed' END) ORDER BY i), '[]'::jsonb)
   FROM jsonb_array_elements(CASE WHEN jsonb_typeof(explanation->'${field}') = 'array' THEN explanation->'${field}' ELSE '[]'::jsonb END) WITH ORDINALITY AS e(r, i))`;

/** The explanation of an erased client's match: the matcher, the round's counts and the bare rules, marked erased. */
const PSEUDONYMISED_EXPLANATION = `jsonb_build_object('matcher', explanation->'matcher', 'summary', '[gewist]', 'erased', true,
  'queuePosition', explanation->'queuePosition', 'higherRankedNotEligible', explanation->'higherRankedNotEligible',
  'rules', ${bareRules('rules')}, 'additionalRules', ${bareRules('additionalRules')})`;

/**
 * Retention (AVG art. 5(1)(e)): a scheduled job, through the outbox like the matching schedule,
 * erases the personal data of clients whose case closed more than RETENTION_MONTHS ago. It blanks
 * the identifying fields (the reference becomes a pseudonym; needs, avoided buurten, living
 * situation, income band and the free texts of the case are removed) and keeps only the coarse
 * fields the aggregates need (birth year, sex, legal framework, current setting, household size,
 * origin municipality), so reports stay correct. The client is marked erased; its audit records stay,
 * and the erasure itself is one more of them. A rerun finds nothing left to do.
 */
@Injectable()
export class RetentionProcessor implements JobHandler<'retention.run'>, OnApplicationBootstrap {
  readonly jobName = 'retention.run' as const;
  private readonly logger = new Logger('Retention');

  constructor(
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
    @Inject(ENV) private readonly env: Environment,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUN_PROCESSORS) private readonly runProcessors: boolean,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.runProcessors) return;
    await this.uow.run((m) => this.scheduleNext(m, this.clock.now()));
  }

  /** The next run after `after` (the job id makes scheduling the same run twice a no-op). */
  async scheduleNext(m: EntityManager, after: Date): Promise<Date | null> {
    let at: Date;
    try {
      at = parseExpression(this.env.RETENTION_CRON, { currentDate: after, tz: SCHEDULE_TIME_ZONE }).next().toDate();
    } catch {
      this.logger.warn('RETENTION_CRON is not a valid cron expression; no retention runs');
      return null;
    }
    await this.outbox.enqueue(m, 'retention.run', { at: at.toISOString() }, { jobId: jobIds.retentionRun(at), runAt: at });
    return at;
  }

  /** The moment before which a case must have closed to be erased now. */
  cutoff(now: Date): Date {
    const d = new Date(now.getTime());
    d.setUTCMonth(d.getUTCMonth() - this.env.RETENTION_MONTHS);
    return d;
  }

  async handle({ at }: JobPayloads['retention.run']): Promise<JobOutcome> {
    const erased = await this.eraseDue();
    // what logins leave behind is kept no longer than it can be used either
    const purged = await this.uow.run((m) => this.sessions.purge(m, this.clock.now(), this.env.SESSION_RETENTION_DAYS));
    if (purged) this.logger.log(`removed ${purged} ended session(s), refresh-token hashes and expired OpenID Connect login rows`);
    await this.uow.run((m) => this.scheduleNext(m, new Date(Math.max(new Date(at).getTime(), this.clock.now().getTime()))));
    if (erased) this.logger.log(`erased the personal data of ${erased} client(s) whose case closed more than ${this.env.RETENTION_MONTHS} months ago`);
    return erased || purged ? 'done' : 'skipped';
  }

  /** Erases every client that is due, in batches; returns how many. */
  async eraseDue(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.uow.run(async (m) => {
        const now = this.clock.now();
        const rows: Array<{ id: string; regionCode: string }> = await m.query(DUE, [this.cutoff(now)]);
        if (rows.length === 0) return 0;
        const ids = rows.map((r) => r.id);
        // the stored notifications name the client by its reference: they get the pseudonym (before the reference goes)
        await m.query(
          `UPDATE notification x SET title = replace(x.title, c.reference, 'gewist-' || c.id::text),
                                     body = replace(x.body, c.reference, 'gewist-' || c.id::text),
                                     params = CASE WHEN x.params ? 'clientReference' THEN jsonb_set(x.params, '{clientReference}', to_jsonb('gewist-' || c.id::text)) ELSE x.params END
             FROM client c
            WHERE c.id = ANY($1::uuid[])
              AND ((x.object_type = 'tenancy' AND x.object_id IN (SELECT t.id FROM tenancy t WHERE t.client_id = c.id))
                OR (x.object_type = 'match' AND x.object_id IN (SELECT mt.id FROM match mt JOIN nomination n ON n.id = mt.nomination_id WHERE n.client_id = c.id)))`,
          [ids],
        );
        await m.query(
          `UPDATE client SET reference = 'gewist-' || id::text, living_situation = NULL, income_band = NULL, needs = '{}', avoid_neighbourhood_codes = '{}', erased_at = $2, updated_at = $2
            WHERE id = ANY($1::uuid[])`,
          [ids, now],
        );
        await m.query(
          `UPDATE nomination SET rejection_reason = CASE WHEN rejection_reason IS NULL THEN NULL ELSE '[gewist]' END,
                                 withdrawal_reason = CASE WHEN withdrawal_reason IS NULL THEN NULL ELSE '[gewist]' END,
                                 origin_exception_reason = CASE WHEN origin_exception_reason IS NULL THEN NULL ELSE '[gewist]' END,
                                 support_provider = NULL, matching_status = NULL
            WHERE client_id = ANY($1::uuid[])`,
          [ids],
        );
        // the explanation of a match keeps only which rules were tested and whether they passed: no needs, age cap,
        // affordability, preferences, priority class or approval date
        await m.query(
          `UPDATE match SET decline_note = NULL, explanation = ${PSEUDONYMISED_EXPLANATION}
            WHERE nomination_id IN (SELECT id FROM nomination WHERE client_id = ANY($1::uuid[]))`,
          [ids],
        );
        await m.query(`UPDATE match_event SET note = NULL WHERE match_id IN (SELECT x.id FROM match x JOIN nomination n ON n.id = x.nomination_id WHERE n.client_id = ANY($1::uuid[]))`, [ids]);
        await m.query(`UPDATE tenancy_event SET note = NULL WHERE tenancy_id IN (SELECT id FROM tenancy WHERE client_id = ANY($1::uuid[]))`, [ids]);
        await this.audit.recordSystem(
          m,
          rows.map(({ id, regionCode }) => ({ action: 'client.erase' as const, objectType: 'client', objectId: id, clientId: id, regionCode, grounds: `retention: case closed more than ${this.env.RETENTION_MONTHS} months ago` })),
          now,
        );
        return ids.length;
      });
      total += n;
      if (n < BATCH) return total;
    }
  }
}
