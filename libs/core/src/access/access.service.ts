import { Injectable } from '@nestjs/common';
import { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { Resource, RESOURCE_TABLE, scopeCondition } from './scope';

const LABEL: Record<Resource, string> = {
  client: 'Client',
  nomination: 'Nomination',
  vacancy: 'Vacancy',
  match: 'Match',
  tenancy: 'Tenancy',
  matching_run: 'Matching run',
  audit_event: 'Audit event',
  audit_subject: 'Client',
};

/** Per-record access in one place: a record the actor may not see does not exist for them (404). */
@Injectable()
export class AccessService {
  /** Loads one record the actor may see, locked for update when asked, or throws not found. */
  async load<T extends ObjectLiteral>(
    manager: EntityManager,
    entity: new () => T,
    actor: Actor,
    resource: Resource,
    id: string,
    opts: { lock?: boolean } = {},
  ): Promise<T> {
    const qb = this.scoped(manager.createQueryBuilder(entity, 'r'), actor, resource, 'r').andWhere('r.id = :id', { id });
    if (opts.lock) qb.setLock('pessimistic_write');
    const row = await qb.getOne();
    if (!row) throw AppError.notFound(LABEL[resource]);
    return row;
  }

  /** Restricts a query on `resource` (aliased `alias`) to what the actor may see. */
  scoped<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, actor: Actor, resource: Resource, alias: string): SelectQueryBuilder<T> {
    const c = scopeCondition(actor, resource, alias);
    return qb.andWhere(c.where, c.params);
  }

  table(resource: Resource): string {
    return RESOURCE_TABLE[resource];
  }
}
