import { Inject, Injectable } from '@nestjs/common';
import { Clock, MatchingTrigger } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock';
import { MatchingRunEntity } from '../database/entities';
import { jobIds } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';

/**
 * Records a matching round for a region and enqueues it through the outbox, in the caller's
 * transaction: the event that caused it and the round are committed together or not at all.
 */
@Injectable()
export class MatchingTriggers {
  constructor(
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async trigger(m: EntityManager, regionCode: string, trigger: MatchingTrigger, ref: string | null, requestedBy: string | null = null): Promise<string> {
    const id = randomUUID();
    await m.insert(MatchingRunEntity, {
      id,
      regionCode,
      trigger,
      triggerRef: ref,
      status: 'queued',
      proposals: 0,
      requestedBy,
      createdAt: this.clock.now(),
    });
    await this.outbox.enqueue(m, 'matching.run', { runId: id }, { jobId: jobIds.matchingRun(id) });
    return id;
  }
}
