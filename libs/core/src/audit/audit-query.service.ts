import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { Response } from 'express';
import { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { Actor } from '../auth/actor';
import { AppError } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { Page } from '../common/pagination';
import { UnitOfWork } from '../common/unit-of-work';
import { ClientEntity } from '../database/entities';
import { AuditEventQuery } from './audit.dto';
import { AuditService } from './audit.service';
import { csvCell } from '../common/csv';

export interface AuditEventView {
  id: string;
  at: string;
  userId: string | null;
  userEmail: string | null;
  role: string | null;
  organisationId: string | null;
  organisationName: string | null;
  action: string;
  objectType: string;
  objectId: string;
  clientId: string | null;
  requestId: string | null;
  ip: string | null;
  grounds: string | null;
}

export interface AccessReport {
  clientId: string;
  reference: string;
  erasedAt: string | null;
  generatedAt: string;
  items: Array<{
    at: string;
    organisationName: string | null;
    organisationType: string | null;
    role: string | null;
    userId: string | null;
    action: string;
    objectType: string;
    objectId: string;
    grounds: string | null;
  }>;
}

/** The grounds of reading the trail for an inzageverzoek. */
export const ACCESS_REPORT_GROUNDS = 'AVG art. 15: inzageverzoek of the client';

const encodeCursor = (id: string) => Buffer.from(JSON.stringify([id])).toString('base64url');
function decodeCursor(cursor: string): string {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && v.length === 1 && typeof v[0] === 'string' && /^[1-9][0-9]{0,17}$/.test(v[0])) return v[0];
  } catch {
    /* fall through */
  }
  throw AppError.validation('cursor', 'is not a cursor this list gave out');
}

/** A moment of a filter: a date is its start in UTC. */
const moment = (field: string, v: string): Date => {
  const d = new Date(v.length === 10 ? `${v}T00:00:00.000Z` : v);
  if (Number.isNaN(d.getTime())) throw AppError.validation(field, 'is not a date or date-time');
  return d;
};

const MAX_REPORT_LINES = 20000;

/**
 * Reading the audit trail (the privacy officer and the coordinator, within their region). Every
 * reading is itself recorded in the trail, in the same transaction.
 */
@Injectable()
export class AuditQueryService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  list(actor: Actor, q: AuditEventQuery): Promise<Page<AuditEventView>> {
    const from = q.from ? moment('from', q.from) : null;
    const to = q.to ? moment('to', q.to) : null;
    if (from && to && to.getTime() <= from.getTime()) throw AppError.validation('to', 'must be later than from');
    return this.uow.run(async (m) => {
      const limit = q.limit ?? 50;
      const qb = this.access.scoped(this.select(m), actor, 'audit_event', 'e');
      if (q.clientId) qb.andWhere('e.client_id = :clientId', { clientId: q.clientId });
      if (q.actorId) qb.andWhere('e.user_id = :actorId', { actorId: q.actorId });
      if (q.action) qb.andWhere('e.action = :action', { action: q.action });
      if (from) qb.andWhere('e.at >= :from', { from });
      if (to) qb.andWhere('e.at < :to', { to });
      if (q.cursor) qb.andWhere('e.id < :cursor', { cursor: decodeCursor(q.cursor) });
      const rows: AuditEventView[] = (await qb.orderBy('e.id', 'DESC').limit(limit + 1).getRawMany()).map(toView);
      const items = rows.slice(0, limit);
      const filter = JSON.stringify({ clientId: q.clientId, actorId: q.actorId, action: q.action, from: q.from, to: q.to });
      await this.audit.record(
        m,
        actor,
        [{ action: 'audit.read', objectType: 'audit_event', objectId: q.clientId ?? `region:${actor.regionCode}`, clientId: q.clientId ?? null, grounds: `${`task:${actor.role}`}; filter ${filter}` }],
        this.clock.now(),
      );
      return { items, nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1].id) : null };
    });
  }

  /** The report in the format asked for: JSON, or CSV with its content type and a file name. */
  async accessReportIn(actor: Actor, clientId: string, format: 'json' | 'csv', res: Response): Promise<AccessReport | string> {
    const report = await this.accessReport(actor, clientId);
    if (format === 'json') return report;
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="inzage-${clientId}.csv"`);
    return accessReportCsv(report);
  }

  /** Who from which organisation saw or changed what of this client, and when: oldest first. */
  accessReport(actor: Actor, clientId: string): Promise<AccessReport> {
    return this.uow.run(async (m) => {
      const client = await this.access.load(m, ClientEntity, actor, 'audit_subject', clientId);
      const rows = (await this.select(m).andWhere('e.client_id = :clientId', { clientId }).orderBy('e.id', 'ASC').limit(MAX_REPORT_LINES).getRawMany()).map(toView);
      const now = this.clock.now();
      await this.audit.record(m, actor, [{ action: 'audit.access_report', objectType: 'client', objectId: client.id, clientId: client.id, grounds: ACCESS_REPORT_GROUNDS }], now);
      return {
        clientId: client.id,
        reference: client.reference,
        erasedAt: client.erasedAt ? client.erasedAt.toISOString() : null,
        generatedAt: now.toISOString(),
        items: rows.map((r) => ({
          at: r.at,
          organisationName: r.organisationName,
          organisationType: (r as AuditEventView & { organisationType: string | null }).organisationType,
          role: r.role,
          userId: r.userId,
          action: r.action,
          objectType: r.objectType,
          objectId: r.objectId,
          grounds: r.grounds,
        })),
      };
    });
  }

  private select(m: EntityManager) {
    const qb = m
      .createQueryBuilder()
      .select(['e.id AS id', 'e.at AS at', 'e.user_id AS "userId"', 'u.email AS "userEmail"', 'e.role AS role', 'e.organisation_id AS "organisationId"'])
      .addSelect(['o.name AS "organisationName"', 'o.type AS "organisationType"', 'e.action AS action', 'e.object_type AS "objectType"', 'e.object_id AS "objectId"'])
      .addSelect(['e.client_id AS "clientId"', 'e.request_id AS "requestId"', 'e.ip AS ip', 'e.grounds AS grounds'])
      .from('audit_event', 'e')
      .leftJoin('app_user', 'u', 'u.id = e.user_id')
      .leftJoin('organisation', 'o', 'o.id = e.organisation_id');
    return qb;
  }
}

const toView = (r: Record<string, unknown>): AuditEventView & { organisationType: string | null } => ({
  id: String(r.id),
  at: (r.at instanceof Date ? r.at : new Date(String(r.at))).toISOString(),
  userId: (r.userId as string) ?? null,
  userEmail: (r.userEmail as string) ?? null,
  role: (r.role as string) ?? null,
  organisationId: (r.organisationId as string) ?? null,
  organisationName: (r.organisationName as string) ?? null,
  organisationType: (r.organisationType as string) ?? null,
  action: r.action as string,
  objectType: r.objectType as string,
  objectId: r.objectId as string,
  clientId: (r.clientId as string) ?? null,
  requestId: (r.requestId as string) ?? null,
  ip: (r.ip as string) ?? null,
  grounds: (r.grounds as string) ?? null,
});

const CSV_COLUMNS = ['at', 'organisationName', 'organisationType', 'role', 'userId', 'action', 'objectType', 'objectId', 'grounds'] as const;

/** A cell that a spreadsheet shows as text: quoted, and never read as a formula (the one CSV helper). */
const cell = (v: unknown): string => csvCell(v, true);

/** The access report as CSV (RFC 4180), one line per access. */
export function accessReportCsv(report: AccessReport): string {
  const lines = [CSV_COLUMNS.join(','), ...report.items.map((i) => CSV_COLUMNS.map((c) => cell(i[c])).join(','))];
  return lines.join('\r\n') + '\r\n';
}
