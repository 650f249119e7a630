import { Inject, Injectable } from '@nestjs/common';
import { Clock, matchTransition } from '@tp/domain';
import { UnitOfWork } from '../common/unit-of-work';
import { CLOCK } from '../common/clock';
import { MatchEntity } from '../database/entities';
import { JobHandler, JobOutcome, JobPayloads } from '../jobs/job-names';
import { MatchLifecycle } from '../matching/match-lifecycle.service';

/** A step's deadline passed: if the match still waits at that step, it expires and matching runs again. */
@Injectable()
export class MatchExpiryProcessor implements JobHandler<'match.expire'> {
  readonly jobName = 'match.expire' as const;

  constructor(
    private readonly uow: UnitOfWork,
    private readonly lifecycle: MatchLifecycle,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  handle({ matchId, status }: JobPayloads['match.expire']): Promise<JobOutcome> {
    return this.uow.run(async (m) => {
      const seen = await m.findOneBy(MatchEntity, { id: matchId });
      if (!seen) return 'skipped';
      await this.lifecycle.lockSides(m, seen);
      const match = await m.findOne(MatchEntity, { where: { id: matchId }, lock: { mode: 'pessimistic_write' } });
      if (!match || match.status !== status || !match.stepDeadline || match.stepDeadline.getTime() > this.clock.now().getTime()) return 'skipped';
      const next = matchTransition(match.status, 'expire');
      if (!next.ok) return 'skipped';
      const from = match.status;
      match.status = next.value;
      await m.update(MatchEntity, match.id, { status: match.status });
      await this.lifecycle.recordEvent(m, match, from, 'expired', null, { note: `deadline of step ${from} passed` });
      await this.lifecycle.release(m, match, 'match_expired');
      return 'done';
    });
  }
}
