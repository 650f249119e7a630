import { Inject, Injectable, Logger } from '@nestjs/common';
import { addWorkingDays, Clock, Matcher, nominationTransition, vacancyTransition } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CLOCK } from '../common/clock';
import { MatchEntity, MatchingRunEntity, NominationEntity, RegionEntity, VacancyEntity } from '../database/entities';
import { JobHandler, JobOutcome, jobIds, JobPayloads } from '../jobs/job-names';
import { Outbox } from '../jobs/outbox.service';
import { MatchLifecycle } from './match-lifecycle.service';
import { MATCHER } from './matcher.provider';
import { MatchingInputRepository } from './matching-input.repository';
import { inputHash, MatchingStatusRepository } from './matching-status.repository';

/**
 * Runs one recorded matching round: reads the region's state under a regional lock, asks the
 * matcher for proposals and writes them with their explanations, all in one transaction.
 * Idempotent: a round that is done is skipped; a failed one may be retried.
 */
@Injectable()
export class MatchingRoundProcessor implements JobHandler<'matching.run'> {
  readonly jobName = 'matching.run' as const;
  private readonly logger = new Logger('Matching');

  constructor(
    private readonly ds: DataSource,
    private readonly input: MatchingInputRepository,
    private readonly statuses: MatchingStatusRepository,
    private readonly lifecycle: MatchLifecycle,
    private readonly outbox: Outbox,
    @Inject(MATCHER) private readonly matcher: Matcher,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async handle({ runId }: JobPayloads['matching.run']): Promise<JobOutcome> {
    const run = await this.ds.getRepository(MatchingRunEntity).findOneBy({ id: runId });
    if (!run || run.status === 'done') return 'skipped';
    await this.ds.getRepository(MatchingRunEntity).update({ id: runId, status: run.status }, { status: 'running', startedAt: this.clock.now(), error: null });
    try {
      const proposals = await this.ds.transaction(async (m) => {
        await m.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`matching:${run.regionCode}`]);
        const locked = await m.findOne(MatchingRunEntity, { where: { id: runId }, lock: { mode: 'pessimistic_write' } });
        if (!locked || locked.status === 'done') return -1;
        const region = await m.findOneByOrFail(RegionEntity, { code: run.regionCode });
        const now = this.clock.now();
        const input = await this.input.load(m, region, now);
        const started = performance.now();
        const outcome = this.matcher.propose(input);
        const durationMs = performance.now() - started;
        const deadline = addWorkingDays(now, region.stepDeadlineWorkingDays);
        let written = 0;
        for (const p of outcome.proposals) {
          // locked and checked again: a withdrawal may have committed since the round read the region
          const v = await m.findOneOrFail(VacancyEntity, { where: { id: p.vacancyId }, lock: { mode: 'pessimistic_write' } });
          const n = await m.findOneOrFail(NominationEntity, { where: { id: p.nominationId }, lock: { mode: 'pessimistic_write' } });
          const vacancyNext = vacancyTransition(v.status, 'match');
          const nominationNext = nominationTransition(n.status, 'match');
          if (!vacancyNext.ok || !nominationNext.ok) continue;
          const match = m.create(MatchEntity, {
            id: randomUUID(),
            vacancyId: v.id,
            nominationId: n.id,
            regionCode: region.code,
            corporationId: v.corporationId,
            careProviderId: n.careProviderId,
            destinationMunicipalityCode: v.municipalityCode,
            originMunicipalityCode: n.originMunicipalityCode,
            neighbourhoodCode: v.neighbourhoodCode,
            unitId: v.unitId,
            status: 'proposed',
            explanation: p.explanation,
            matchingRunId: runId,
            stepDeadline: deadline,
            declineReasonCode: null,
            declineNote: null,
            createdAt: now,
          });
          await m.insert(MatchEntity, match);
          await m.update(VacancyEntity, v.id, { status: vacancyNext.value });
          await m.update(NominationEntity, n.id, { status: nominationNext.value });
          await this.lifecycle.recordEvent(m, match, null, 'proposed', null, { note: p.explanation.summary });
          await this.outbox.enqueue(m, 'match.expire', { matchId: match.id, status: 'proposed' }, { jobId: jobIds.matchExpire(match.id, 'proposed'), runAt: deadline });
          await this.lifecycle.notifyStep(m, match);
          written++;
        }
        await this.statuses.record(m, runId, now, outcome);
        await m.update(MatchingRunEntity, runId, {
          status: 'done',
          matcher: this.matcher.name,
          proposals: written,
          finishedAt: this.clock.now(),
          error: null,
          inputHash: inputHash(input),
          durationMs,
          stats: outcome.stats ?? null,
        });
        return written;
      });
      this.outbox.nudge();
      if (proposals < 0) return 'skipped';
      this.logger.log(`run ${runId} (${run.regionCode}, ${run.trigger}): ${proposals} proposal(s)`);
      return 'done';
    } catch (e) {
      await this.ds.getRepository(MatchingRunEntity).update(runId, { status: 'failed', error: (e as Error).message.slice(0, 500), finishedAt: this.clock.now() });
      throw e;
    }
  }
}
