import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { Job, Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock';
import { ENV } from '../config/config.module';
import { Environment } from '../config/environment';
import { OutboxEntity } from '../database/entities';
import { indexHandlers, JOB_HANDLERS, JobHandler, JobName, JobOutcome, JOBS, QUEUES, QueueName } from './job-names';
import { Outbox } from './outbox.service';

export const RUN_PROCESSORS = Symbol('RUN_PROCESSORS');

/**
 * Hands outbox rows to the queue and runs the processors.
 * - With REDIS_URL: rows go to BullMQ (delays kept by BullMQ); workers run where processing is on.
 * - Without: the outbox itself is the queue; due rows are processed in this process, with retries.
 */
@Injectable()
export class JobRunner implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private handlers!: Map<JobName, JobHandler>;
  private queues = new Map<QueueName, Queue>();
  private workers: Worker[] = [];
  private connection?: IORedis;
  private connections: IORedis[] = [];
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    @Inject(ENV) private readonly env: Environment,
    private readonly ds: DataSource,
    private readonly outbox: Outbox,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(JOB_HANDLERS) handlers: JobHandler[],
    @Inject(RUN_PROCESSORS) private readonly runProcessors: boolean,
  ) {
    this.handlers = indexHandlers(handlers);
  }

  get mode(): 'bullmq' | 'in-process' {
    return this.env.REDIS_URL ? 'bullmq' : 'in-process';
  }

  async onApplicationBootstrap(): Promise<void> {
    if (this.mode === 'bullmq') {
      this.connection = new IORedis(this.env.REDIS_URL!, { maxRetriesPerRequest: null });
      this.connections.push(this.connection);
      for (const q of QUEUES) {
        this.queues.set(q, new Queue(q, { connection: this.connection, prefix: this.env.QUEUE_PREFIX }));
        if (this.runProcessors) {
          const worker = new Worker(q, (job: Job) => this.execute(job.name as JobName, job.data, job.id ?? ''), {
            connection: this.duplicate(),
            prefix: this.env.QUEUE_PREFIX,
            concurrency: 2,
          });
          worker.on('failed', (job, e) => this.logger.warn(`${job?.name} ${job?.id} failed (attempt ${job?.attemptsMade}): ${e.message}`));
          worker.on('error', (e) => this.logger.error(`worker ${q}: ${e.message}`));
          this.workers.push(worker);
        }
      }
    }
    this.outbox.onNudge(() => this.kick());
    this.timer = setInterval(() => this.kick(), this.env.OUTBOX_POLL_MS);
    this.timer.unref();
    this.kick();
    this.logger.log(`queue driver: ${this.mode}${this.runProcessors ? ', processing jobs in this process' : ''}`);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    await Promise.all(this.workers.map((w) => w.close()));
    await Promise.all([...this.queues.values()].map((q) => q.close()));
    await Promise.all(this.connections.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private duplicate(): IORedis {
    const c = this.connection!.duplicate();
    this.connections.push(c);
    return c;
  }

  /** Waits until the outbox has nothing due and the in-process work is done (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  queue(name: QueueName): Queue | undefined {
    return this.queues.get(name);
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.step())) {
            /* keep going while there is work */
          }
        } while (this.again && !this.stopped);
      } catch (e) {
        this.logger.error(`outbox: ${(e as Error).message}`);
      } finally {
        this.running = null;
      }
    })();
  }

  /** One unit of work; false when nothing was due. */
  private async step(): Promise<boolean> {
    return this.mode === 'bullmq' ? this.dispatchBatch() : this.runOneInProcess();
  }

  private async dispatchBatch(): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const rows = await m
        .createQueryBuilder(OutboxEntity, 'o')
        .where('o.dispatched_at IS NULL')
        .orderBy('o.id')
        .limit(100)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const row of rows) {
        const spec = JOBS[row.jobName as JobName];
        await this.queues.get(spec.queue)!.add(row.jobName, row.payload, {
          jobId: row.jobId,
          delay: Math.max(0, row.availableAt.getTime() - this.clock.now().getTime()),
          attempts: spec.attempts,
          backoff: { type: 'exponential', delay: spec.backoffMs },
          removeOnComplete: { age: 24 * 3600, count: 1000 },
          removeOnFail: { age: 7 * 24 * 3600 },
        });
      }
      if (rows.length) await m.update(OutboxEntity, rows.map((r) => r.id), { dispatchedAt: this.clock.now() });
      return rows.length === 100;
    });
  }

  private async runOneInProcess(): Promise<boolean> {
    return this.ds.transaction(async (m) => {
      const row = await m
        .createQueryBuilder(OutboxEntity, 'o')
        .where('o.dispatched_at IS NULL AND o.available_at <= :now', { now: this.clock.now() })
        .orderBy('o.available_at')
        .addOrderBy('o.id')
        .limit(1)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getOne();
      if (!row) return false;
      const spec = JOBS[row.jobName as JobName];
      try {
        await this.execute(row.jobName as JobName, row.payload, row.jobId);
        await m.update(OutboxEntity, row.id, { dispatchedAt: this.clock.now(), attempts: row.attempts + 1 });
      } catch (e) {
        const attempts = row.attempts + 1;
        const giveUp = attempts >= spec.attempts;
        this.logger.warn(`${row.jobName} ${row.jobId} failed (attempt ${attempts}${giveUp ? ', giving up' : ''}): ${(e as Error).message}`);
        await m.update(OutboxEntity, row.id, {
          attempts,
          lastError: (e as Error).message.slice(0, 1000),
          availableAt: new Date(this.clock.now().getTime() + spec.backoffMs * 2 ** (attempts - 1)),
          dispatchedAt: giveUp ? this.clock.now() : null,
        });
      }
      return true;
    });
  }

  /** Runs a job's handler; its outcome ('done' or 'skipped') is the BullMQ job's return value. */
  private async execute(name: JobName, payload: unknown, jobId: string): Promise<JobOutcome> {
    const handler = this.handlers.get(name);
    if (!handler) throw new Error(`no handler for ${name}`);
    const outcome = await handler.handle(payload as never);
    this.logger.debug(`${name} ${jobId}: ${outcome}`);
    return outcome;
  }
}
