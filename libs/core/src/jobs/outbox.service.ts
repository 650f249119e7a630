import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { EntityManager } from 'typeorm';
import { CLOCK } from '../common/clock';
import { OutboxEntity } from '../database/entities';
import { JobName, JobPayloads, JOBS } from './job-names';

export interface EnqueueOptions {
  jobId: string;
  /** Run no earlier than this moment (delayed job). */
  runAt?: Date;
}

/**
 * Enqueueing goes through the outbox: a row written in the business transaction, handed to the
 * queue after commit by the dispatcher, so a crash between commit and enqueue loses nothing.
 */
@Injectable()
export class Outbox {
  private listeners: Array<() => void> = [];

  constructor(@Inject(CLOCK) private readonly clock: Clock) {}

  async enqueue<N extends JobName>(manager: EntityManager, name: N, payload: JobPayloads[N], opts: EnqueueOptions): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxEntity)
      .values({
        queue: JOBS[name].queue,
        jobName: name,
        jobId: opts.jobId,
        payload: payload as never,
        availableAt: opts.runAt ?? this.clock.now(),
        attempts: 0,
      })
      .orIgnore() // the same pending job id twice is one job
      .execute();
  }

  /** Called after a commit that wrote outbox rows: dispatch now instead of at the next sweep. */
  nudge(): void {
    for (const l of this.listeners) l();
  }

  onNudge(listener: () => void): void {
    this.listeners.push(listener);
  }
}
