import { Inject, Injectable } from '@nestjs/common';
import { ActionDeadline, Clock, isCalendarDate, nextDeadline, normaliseDeadlines, overdueDeadlines } from '@tp/domain';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { paginate } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { ActionPlanActionEntity } from '../database/entities';
import { ACTION_SORTS, ActionListQuery, CreateActionDto, UpdateActionDto } from './action-plan.dto';

const today = (now: Date) => now.toISOString().slice(0, 10);

export const actionView = (a: ActionPlanActionEntity, on: string) => {
  const overdue = new Set(overdueDeadlines(a, on));
  const next = nextDeadline(a, on);
  return {
    id: a.id,
    regionCode: a.regionCode,
    owner: a.owner,
    description: a.description,
    state: a.state,
    deadlines: a.deadlines.map((d) => ({ date: d.date, label: d.label, overdue: overdue.has(d) })),
    nextDeadline: next ? { date: next.date, label: next.label, overdue: false } : null,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
};

/** Free text must say something: not only spaces. Trimmed. */
function text(field: string, value: string): string {
  const v = value.trim();
  if (!v) throw AppError.validation(field, 'must not be empty');
  return v;
}

/** Real calendar dates between 2000 and 2100, labels that say something; in date order, exact repeats once. */
function deadlines(ds: ActionDeadline[]): ActionDeadline[] {
  return normaliseDeadlines(
    ds.map((d, i) => {
      if (!isCalendarDate(d.date) || d.date < '2000-01-01' || d.date > '2100-12-31') throw AppError.validation(`deadlines.${i}.date`, 'must be a date like 2026-12-31, between 2000 and 2100');
      return { date: d.date, label: text(`deadlines.${i}.label`, d.label) };
    }),
  );
}

/**
 * The regional action plan: the coordinator writes the actions of their region, the officers and the
 * auditor read them. Another region's action is a 404.
 */
@Injectable()
export class ActionPlanService {
  constructor(
    private readonly uow: UnitOfWork,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  create(actor: Actor, dto: CreateActionDto) {
    const now = this.clock.now();
    const action: ActionPlanActionEntity = {
      id: randomUUID(),
      regionCode: actor.regionCode!,
      owner: text('owner', dto.owner),
      description: text('description', dto.description),
      deadlines: deadlines(dto.deadlines),
      state: dto.state ?? 'open',
      createdBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    };
    return this.uow.run(async (m) => actionView(await m.save(ActionPlanActionEntity, action), today(now)));
  }

  list(actor: Actor, q: ActionListQuery) {
    return this.uow.run(async (m) => {
      const qb = m.createQueryBuilder(ActionPlanActionEntity, 'a').where('a.region_code = :region', { region: actor.regionCode });
      if (q.state) qb.andWhere('a.state = :state', { state: q.state });
      const page = await paginate(qb, 'a', q, ACTION_SORTS, 'createdAt');
      const on = today(this.clock.now());
      return { items: page.items.map((a) => actionView(a, on)), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, id: string) {
    return this.uow.run(async (m) => actionView(await this.find(m, actor, id), today(this.clock.now())));
  }

  /** Changes what the body names; the state may go any way (a done action can be reopened). */
  update(actor: Actor, id: string, dto: UpdateActionDto) {
    const patch = {
      ...(dto.owner !== undefined ? { owner: text('owner', dto.owner) } : {}),
      ...(dto.description !== undefined ? { description: text('description', dto.description) } : {}),
      ...(dto.deadlines !== undefined ? { deadlines: deadlines(dto.deadlines) } : {}),
      ...(dto.state !== undefined ? { state: dto.state } : {}),
    };
    return this.uow.run(async (m) => {
      const a = await this.find(m, actor, id, true);
      const now = this.clock.now();
      Object.assign(a, patch, Object.keys(patch).length ? { updatedAt: now } : {});
      return actionView(await m.save(ActionPlanActionEntity, a), today(now));
    });
  }

  private async find(m: EntityManager, actor: Actor, id: string, lock = false): Promise<ActionPlanActionEntity> {
    const a = await m.findOne(ActionPlanActionEntity, { where: { id, regionCode: actor.regionCode ?? '' }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!a) throw AppError.notFound('Action');
    return a;
  }
}
