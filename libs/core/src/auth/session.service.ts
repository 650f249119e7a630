import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '@tp/domain';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService, RequestOrigin } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ENV } from '../config/config.module';
import { Environment } from '../config/environment';
import { OrganisationEntity, SessionEntity, SessionRefreshTokenEntity, UserEntity } from '../database/entities';
import { SessionMethod, SessionRevokedReason } from '../database/entities/session.entity';
import { Actor, TokenClaims } from './actor';

export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  refreshToken: string;
  refreshExpiresIn: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * Sessions: a short-lived access token (JWT with the session id as `sid`) and an opaque refresh token
 * that rotates on every use. Only hashes of refresh tokens are stored; a used one presented again
 * means it was stolen (or replayed), and the whole session ends.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly ds: DataSource,
    private readonly uow: UnitOfWork,
    private readonly jwt: JwtService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Environment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Forgets what logins leave behind once it can no longer be used: sessions that ended or ran out
   * more than `keepDays` ago (with their refresh-token hashes, kept until then so a replayed token is
   * still recognised as reuse), and OIDC login requests and one-time exchange codes past their expiry.
   * Returns the number of rows removed.
   */
  async purge(m: EntityManager, now: Date, keepDays = 7): Promise<number> {
    const cutoff = new Date(now.getTime() - keepDays * 86_400_000);
    const old = `SELECT id FROM session WHERE expires_at < $1 OR revoked_at < $1`;
    const [, tokens] = await m.query(`DELETE FROM session_refresh_token WHERE session_id IN (${old})`, [cutoff]);
    const [, sessions] = await m.query(`DELETE FROM session WHERE expires_at < $1 OR revoked_at < $1`, [cutoff]);
    const [, requests] = await m.query(`DELETE FROM oidc_login_request WHERE expires_at < $1`, [now]);
    const [, codes] = await m.query(`DELETE FROM oidc_exchange_code WHERE expires_at < $1`, [now]);
    // counters of failed logins for unknown addresses, once neither a lock nor a counting window is running
    const [, failures] = await m.query(
      `DELETE FROM login_failure WHERE (locked_until IS NULL OR locked_until < $1) AND (first_failed_at IS NULL OR first_failed_at < $1 - make_interval(secs => $2))`,
      [now, this.env.LOGIN_FAILURE_WINDOW_SECONDS],
    );
    return Number(tokens) + Number(sessions) + Number(requests) + Number(codes) + Number(failures);
  }

  /** Starts a session for a user whose identity was just proven; in the caller's transaction. */
  async start(m: EntityManager, user: UserEntity, method: SessionMethod, at: Date): Promise<IssuedTokens> {
    const session = await m.save(
      m.create(SessionEntity, { id: randomUUID(), userId: user.id, method, createdAt: at, expiresAt: this.refreshExpiry(at), lastRefreshedAt: null, revokedAt: null, revokedReason: null }),
    );
    return this.issue(m, user, session, at);
  }

  /** Exchanges a refresh token for new tokens; the presented one is used up. */
  async refresh(refreshToken: string, origin: RequestOrigin): Promise<IssuedTokens> {
    const outcome = await this.uow.run(async (m): Promise<IssuedTokens | AppError> => {
      const ended = new AppError(ErrorCode.Unauthenticated, 'The session has ended; log in again.');
      // locking the token row makes two refreshes with the same token run one after the other: the second sees it used
      const token = await m.findOne(SessionRefreshTokenEntity, { where: { tokenHash: sha256(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!token) return ended;
      const session = await m.findOne(SessionEntity, { where: { id: token.sessionId }, lock: { mode: 'pessimistic_write' } });
      const user = session ? await m.findOneBy(UserEntity, { id: session.userId }) : null;
      if (!session || !user) return ended;
      const now = this.clock.now();
      if (token.usedAt) {
        if (!session.revokedAt) {
          await this.revokeSession(m, session, 'refresh_reuse', now);
          await this.audit.recordAuth(m, { userId: user.id, role: user.role, organisationId: user.organisationId }, origin, 'auth.refresh_reuse', now);
        }
        return ended;
      }
      if (session.revokedAt || session.expiresAt <= now || user.disabledAt) return ended;
      await m.update(SessionRefreshTokenEntity, { tokenHash: token.tokenHash }, { usedAt: now });
      await m.update(SessionEntity, { id: session.id }, { expiresAt: this.refreshExpiry(now), lastRefreshedAt: now });
      return this.issue(m, user, session, now);
    });
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  /** Logout: the session's refresh tokens stop working and its access tokens are refused at once. */
  async logout(actor: Actor): Promise<void> {
    await this.uow.run(async (m) => {
      const now = this.clock.now();
      const session = actor.sessionId ? await m.findOne(SessionEntity, { where: { id: actor.sessionId, userId: actor.userId }, lock: { mode: 'pessimistic_write' } }) : null;
      if (session && !session.revokedAt) await this.revokeSession(m, session, 'logout', now);
      await this.audit.recordAuth(m, { userId: actor.userId, role: actor.role, organisationId: actor.organisationId }, actor, 'auth.logout', now);
    });
  }

  /** Ends every live session of a user (disabled by the admin). */
  async endAllOfUser(m: EntityManager, userId: string, reason: SessionRevokedReason, at: Date): Promise<void> {
    await m.update(SessionEntity, { userId, revokedAt: IsNull() }, { revokedAt: at, revokedReason: reason });
  }

  /** Whether an access token's session is still live: one primary-key lookup per request. */
  async isLive(sessionId: unknown): Promise<boolean> {
    if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return false;
    const rows: unknown[] = await this.ds.query(
      `SELECT 1 FROM session s JOIN app_user u ON u.id = s.user_id WHERE s.id = $1 AND s.revoked_at IS NULL AND u.disabled_at IS NULL`,
      [sessionId],
    );
    return rows.length > 0;
  }

  private async revokeSession(m: EntityManager, session: SessionEntity, reason: SessionRevokedReason, at: Date): Promise<void> {
    await m.update(SessionEntity, { id: session.id }, { revokedAt: at, revokedReason: reason });
  }

  private refreshExpiry(from: Date): Date {
    return new Date(from.getTime() + this.env.REFRESH_TTL_SECONDS * 1000);
  }

  private async issue(m: EntityManager, user: UserEntity, session: SessionEntity, at: Date): Promise<IssuedTokens> {
    const org = user.organisationId ? await m.findOneBy(OrganisationEntity, { id: user.organisationId }) : null;
    const claims: TokenClaims = { sub: user.id, sid: session.id, role: user.role, org: org?.id ?? null, region: org?.regionCode ?? null, mun: org?.municipalityCode ?? null };
    const accessToken = await this.jwt.signAsync(claims, { expiresIn: this.env.JWT_TTL_SECONDS });
    const refreshToken = randomBytes(32).toString('base64url');
    await m.insert(SessionRefreshTokenEntity, { tokenHash: sha256(refreshToken), sessionId: session.id, issuedAt: at, usedAt: null });
    return { accessToken, tokenType: 'Bearer', expiresIn: this.env.JWT_TTL_SECONDS, refreshToken, refreshExpiresIn: this.env.REFRESH_TTL_SECONDS };
  }
}
