import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditEventEntity } from '../database/entities';

/** Fixed action codes of the audit trail. */
export type AuditAction =
  | 'client.create'
  | 'client.read'
  | 'client.list'
  | 'nomination.create'
  | 'nomination.read'
  | 'nomination.list'
  | 'nomination.submit'
  | 'nomination.approve'
  | 'nomination.reject'
  | 'nomination.withdraw'
  | 'nomination.origin_exception'
  | 'match.read'
  | 'match.list'
  | 'match.approve'
  | 'match.accept'
  | 'match.client_accept'
  | 'match.lease_signed'
  | 'match.decline'
  | 'match.cancel'
  | 'tenancy.list'
  | 'tenancy.read'
  | 'tenancy.evaluate'
  | 'tenancy.event';

export interface AuditEntry {
  action: AuditAction;
  objectType: string;
  objectId: string;
  clientId?: string | null;
}

/** Writes audit records in the caller's transaction: no access to personal data goes unrecorded. */
@Injectable()
export class AuditService {
  async record(manager: EntityManager, actor: Actor, entries: AuditEntry[], at: Date): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEventEntity,
      entries.map((e) => ({
        at,
        userId: actor.userId,
        role: actor.role,
        organisationId: actor.organisationId,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        clientId: e.clientId ?? null,
        requestId: actor.requestId,
        ip: actor.ip,
      })),
    );
  }
}
