import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Actor } from '../auth/actor';
import { AuditEventEntity } from '../database/entities';

/** Fixed action codes of the audit trail (NEN 7513: what was done). */
export const AUDIT_ACTIONS = [
  'client.create',
  'client.read',
  'client.list',
  'client.erase',
  'nomination.create',
  'nomination.read',
  'nomination.list',
  'nomination.submit',
  'nomination.approve',
  'nomination.reject',
  'nomination.withdraw',
  'nomination.origin_exception',
  'nomination.renew',
  'nomination.expire',
  'match.read',
  'match.list',
  'match.approve',
  'match.accept',
  'match.client_accept',
  'match.lease_signed',
  'match.decline',
  'match.cancel',
  'tenancy.list',
  'tenancy.read',
  'tenancy.evaluate',
  'tenancy.event',
  'audit.read',
  'audit.access_report',
  // login and sessions (object: the user; no e-mail address or password is ever recorded)
  'auth.login',
  'auth.login_failed',
  'auth.login_locked',
  'auth.login_disabled',
  'auth.lockout',
  'auth.logout',
  'auth.refresh_reuse',
  'user.unlock',
  'user.disable',
  'user.enable',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** Who did something when there is no verified actor yet (a login attempt): the user when known. */
export interface AuthSubject {
  userId: string | null;
  role: string | null;
  organisationId: string | null;
}

/** Where a request came from. */
export interface RequestOrigin {
  requestId: string;
  ip: string | null;
}

export interface AuditEntry {
  action: AuditAction;
  objectType: string;
  objectId: string;
  clientId?: string | null;
  /** Why: the decision's own reason; without it the role-based task of the caller. */
  grounds?: string | null;
}

/** The grounds of an access that carries no reason of its own: the task the caller's role has in the process. */
export const taskGrounds = (actor: Pick<Actor, 'role'>) => `task:${actor.role}`;

/**
 * Writes audit records in the caller's transaction: no access to personal data goes unrecorded.
 * Who (user, role, organisation), what (action, object, client), when, from where (IP, request id)
 * and on what grounds. The table is append-only (a trigger refuses UPDATE and DELETE).
 */
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
        regionCode: actor.regionCode,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        clientId: e.clientId ?? null,
        grounds: (e.grounds ?? taskGrounds(actor)).slice(0, 1000),
        requestId: actor.requestId,
        ip: actor.ip,
      })),
    );
  }

  /** A login event: the user (if the e-mail address belongs to one) is both the subject and the object. */
  async recordAuth(manager: EntityManager, subject: AuthSubject, origin: RequestOrigin, action: AuditAction, at: Date): Promise<void> {
    await manager.insert(AuditEventEntity, {
      at,
      userId: subject.userId,
      role: subject.role,
      organisationId: subject.organisationId,
      action,
      objectType: 'user',
      objectId: subject.userId ?? 'unknown',
      clientId: null,
      regionCode: null,
      grounds: 'task:authentication',
      requestId: origin.requestId,
      ip: origin.ip,
    });
  }

  /** Records what the system did on its own (a scheduled job): no user, the role `system`, the region of the record. */
  async recordSystem(manager: EntityManager, entries: Array<AuditEntry & { regionCode: string }>, at: Date): Promise<void> {
    if (entries.length === 0) return;
    await manager.insert(
      AuditEventEntity,
      entries.map((e) => ({
        at,
        userId: null,
        role: 'system',
        organisationId: null,
        regionCode: e.regionCode,
        action: e.action,
        objectType: e.objectType,
        objectId: e.objectId,
        clientId: e.clientId ?? null,
        grounds: e.grounds ?? 'task:system',
        requestId: null,
        ip: null,
      })),
    );
  }
}
