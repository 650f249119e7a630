import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { Actor } from '../auth/actor';
import { paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { MatchingRunEntity } from '../database/entities';
import { MATCHING_RUN_SORTS, MatchingRunListQuery } from './matching-run.dto';
import { MatchingTriggers } from './matching-triggers.service';

const runView = (r: MatchingRunEntity) => ({
  id: r.id,
  regionCode: r.regionCode,
  trigger: r.trigger,
  status: r.status,
  matcher: r.matcher,
  proposals: r.proposals,
  error: r.status === 'failed' ? 'The round failed; it is retried automatically.' : null,
  createdAt: r.createdAt,
  startedAt: r.startedAt,
  finishedAt: r.finishedAt,
});

/** Matching rounds: the coordinator starts a full regional round; every round can be looked up. */
@Injectable()
export class MatchingRunService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly triggers: MatchingTriggers,
  ) {}

  start(actor: Actor) {
    return this.uow.run(async (m) => ({ runId: await this.triggers.trigger(m, actor.regionCode!, 'manual', null, actor.userId), status: 'queued' as const }));
  }

  list(actor: Actor, q: MatchingRunListQuery) {
    return this.uow.run(async (m) => {
      const page = await paginate(this.access.scoped(m.createQueryBuilder(MatchingRunEntity, 'r'), actor, 'matching_run', 'r'), 'r', q, MATCHING_RUN_SORTS);
      return { items: page.items.map(runView), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => runView(await this.access.load(m, MatchingRunEntity, actor, 'matching_run', id)));
  }
}
