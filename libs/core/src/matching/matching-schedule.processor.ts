import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { parseExpression } from 'cron-parser';
import { DataSource, EntityManager } from 'typeorm';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { MatchingRunEntity, RegionEntity } from '../database/entities';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { RUN_PROCESSORS } from '../jobs/job-runner.service';
import { Outbox } from '../jobs/outbox.service';
import { MatchingTriggers } from './matching-triggers.service';

/** Regional rounds follow the clock of the Netherlands. */
export const SCHEDULE_TIME_ZONE = 'Europe/Amsterdam';

/** The next moment after `after` that `cron` names; a bad expression is a 400 on matchingCron. */
export function nextOccurrence(cron: string, after: Date): Date {
  try {
    return parseExpression(cron, { currentDate: after, tz: SCHEDULE_TIME_ZONE }).next().toDate();
  } catch {
    throw AppError.validation('matchingCron', 'is not a valid cron expression (five fields, e.g. "0 6 * * 1-5")');
  }
}

const isOccurrence = (cron: string, at: Date): boolean => {
  try {
    return nextOccurrence(cron, new Date(at.getTime() - 1)).getTime() === at.getTime();
  } catch {
    return false;
  }
};

/**
 * The scheduled regional round: each occurrence of the region's matchingCron runs a full round and
 * schedules the next occurrence through the outbox (a delayed job), so the schedule survives restarts
 * and needs no second timer. An occurrence the cron no longer names (the policy changed) is skipped.
 */
@Injectable()
export class MatchingScheduleProcessor implements JobHandler<'matching.schedule'>, OnApplicationBootstrap {
  readonly jobName = 'matching.schedule' as const;
  private readonly logger = new Logger('Schedule');

  constructor(
    private readonly ds: DataSource,
    private readonly uow: UnitOfWork,
    private readonly outbox: Outbox,
    private readonly triggers: MatchingTriggers,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(RUN_PROCESSORS) private readonly runProcessors: boolean,
  ) {}

  /** Makes sure every region has its next round scheduled (the job id makes this idempotent). */
  async onApplicationBootstrap(): Promise<void> {
    if (!this.runProcessors) return;
    await this.uow.run(async (m) => {
      for (const region of await m.find(RegionEntity)) await this.scheduleNext(m, region, this.clock.now());
    });
  }

  async scheduleNext(m: EntityManager, region: RegionEntity, after: Date): Promise<Date | null> {
    let at: Date;
    try {
      at = nextOccurrence(region.matchingCron, after);
    } catch {
      this.logger.warn(`region ${region.code} has an invalid matchingCron; no scheduled rounds`);
      return null;
    }
    await this.outbox.enqueue(m, 'matching.schedule', { regionCode: region.code, at: at.toISOString() }, { jobId: jobIds.matchingSchedule(region.code, at), runAt: at });
    return at;
  }

  handle({ regionCode, at }: JobPayloads['matching.schedule']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      // locked: the queued job and a direct call (or a retry) for the same occurrence run one after the other
      const region = await m.findOne(RegionEntity, { where: { code: regionCode }, lock: { mode: 'pessimistic_write' } });
      const when = new Date(at);
      if (!region || !isOccurrence(region.matchingCron, when)) return 'skipped';
      const done = await m.existsBy(MatchingRunEntity, { regionCode, trigger: 'schedule', triggerRef: at });
      if (!done) await this.triggers.trigger(m, regionCode, 'schedule', at);
      await this.scheduleNext(m, region, new Date(Math.max(when.getTime(), this.clock.now().getTime())));
      return done ? 'skipped' : 'done';
    });
  }
}
