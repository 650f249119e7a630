import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService, RequestOrigin } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ENV } from '../config/config.module';
import { DEMO_ADMIN, Environment } from '../config/environment';
import { MunicipalityEntity, OrganisationEntity, UserEntity } from '../database/entities';
import { Actor } from './actor';
import { LoginDto } from './auth.dto';
import { checkPassword, hashPassword } from './password';
import { IssuedTokens, SessionService } from './session.service';

const WRONG = 'The e-mail address or the password is wrong.';

/**
 * Password login with lockout: LOGIN_MAX_FAILURES wrong passwords within LOGIN_FAILURE_WINDOW_SECONDS
 * lock the account for LOGIN_LOCKOUT_SECONDS. While locked every attempt answers 423 account_locked,
 * whatever the password, so the answer does not tell whether it was right. Every attempt is audited.
 */
@Injectable()
export class AuthService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Auth');
  /** A hash to check against when the user does not exist, so timing does not reveal accounts. */
  private dummyHash: Promise<string> | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    @Inject(ENV) private readonly env: Environment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The first admin comes from ADMIN_EMAIL / ADMIN_PASSWORD (the demo admin outside production). */
  async onApplicationBootstrap(): Promise<void> {
    const email = (this.env.ADMIN_EMAIL ?? DEMO_ADMIN.email).toLowerCase();
    const password = this.env.ADMIN_PASSWORD ?? DEMO_ADMIN.password;
    if (await this.ds.getRepository(UserEntity).existsBy({ email })) return;
    const inserted = await this.ds
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ id: randomUUID(), email, passwordHash: await hashPassword(password), role: 'admin', organisationId: null })
      .orIgnore()
      .execute();
    if (inserted.identifiers.length && inserted.raw?.length) this.logger.log(`created the first admin ${email}`);
  }

  async login(dto: LoginDto, origin: RequestOrigin): Promise<IssuedTokens> {
    const outcome = await this.uow.run((m) => this.attempt(m, dto, origin));
    // the attempt's audit records and counters are committed even when the answer is an error
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  private async attempt(m: EntityManager, dto: LoginDto, origin: RequestOrigin): Promise<IssuedTokens | AppError> {
    const now = this.clock.now();
    const user = await m.findOne(UserEntity, { where: { email: dto.email.toLowerCase() }, lock: { mode: 'pessimistic_write' } });
    if (!user) {
      await checkPassword(await this.dummy(), dto.password);
      return this.failUnknown(m, dto.email.toLowerCase(), origin, now);
    }
    const subject = { userId: user.id, role: user.role, organisationId: user.organisationId };
    if (user.lockedUntil && user.lockedUntil > now) {
      await checkPassword(await this.dummy(), dto.password);
      await this.audit.recordAuth(m, subject, origin, 'auth.login_locked', now);
      return this.locked(user.lockedUntil, now);
    }
    const check = await checkPassword(user.passwordHash, dto.password);
    if (!check.valid) {
      const windowStart = new Date(now.getTime() - this.env.LOGIN_FAILURE_WINDOW_SECONDS * 1000);
      const fresh = !user.firstFailedLoginAt || user.firstFailedLoginAt < windowStart;
      const count = fresh ? 1 : user.failedLoginCount + 1;
      await this.audit.recordAuth(m, subject, origin, 'auth.login_failed', now);
      if (count >= this.env.LOGIN_MAX_FAILURES) {
        const lockedUntil = new Date(now.getTime() + this.env.LOGIN_LOCKOUT_SECONDS * 1000);
        await m.update(UserEntity, { id: user.id }, { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil });
        await this.audit.recordAuth(m, subject, origin, 'auth.lockout', now);
        return this.locked(lockedUntil, now);
      }
      await m.update(UserEntity, { id: user.id }, { failedLoginCount: count, firstFailedLoginAt: fresh ? now : user.firstFailedLoginAt });
      return new AppError(ErrorCode.InvalidCredentials, WRONG);
    }
    if (user.disabledAt) {
      await this.audit.recordAuth(m, subject, origin, 'auth.login_disabled', now);
      return new AppError(ErrorCode.AccountDisabled, 'This account has been disabled; ask the administrator.');
    }
    await m.update(UserEntity, {
      id: user.id,
    }, { failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil: null, ...(check.needsRehash ? { passwordHash: await hashPassword(dto.password) } : {}) });
    await this.audit.recordAuth(m, subject, origin, 'auth.login', now);
    return this.sessions.start(m, user, 'password', now);
  }

  /**
   * A failed login for an address of no user: counted and locked exactly like a user's (same window,
   * same limit, same answers), keyed by the address's SHA-256, so the answers never tell an existing
   * account from a made-up one.
   */
  private async failUnknown(m: EntityManager, email: string, origin: RequestOrigin, now: Date): Promise<AppError> {
    const key = createHash('sha256').update(email).digest('hex');
    const nobody = { userId: null, role: null, organisationId: null };
    await m.query(`INSERT INTO login_failure (email_hash, failed_count) VALUES ($1, 0) ON CONFLICT (email_hash) DO NOTHING`, [key]);
    const [row]: Array<{ failed_count: number; first_failed_at: Date | null; locked_until: Date | null }> = await m.query(
      `SELECT failed_count, first_failed_at, locked_until FROM login_failure WHERE email_hash = $1 FOR UPDATE`,
      [key],
    );
    if (row.locked_until && row.locked_until > now) {
      await this.audit.recordAuth(m, nobody, origin, 'auth.login_locked', now);
      return this.locked(row.locked_until, now);
    }
    const windowStart = new Date(now.getTime() - this.env.LOGIN_FAILURE_WINDOW_SECONDS * 1000);
    const fresh = !row.first_failed_at || row.first_failed_at < windowStart;
    const count = fresh ? 1 : row.failed_count + 1;
    await this.audit.recordAuth(m, nobody, origin, 'auth.login_failed', now);
    if (count >= this.env.LOGIN_MAX_FAILURES) {
      const lockedUntil = new Date(now.getTime() + this.env.LOGIN_LOCKOUT_SECONDS * 1000);
      await m.query(`UPDATE login_failure SET failed_count = 0, first_failed_at = NULL, locked_until = $2 WHERE email_hash = $1`, [key, lockedUntil]);
      await this.audit.recordAuth(m, nobody, origin, 'auth.lockout', now);
      return this.locked(lockedUntil, now);
    }
    await m.query(`UPDATE login_failure SET failed_count = $2, first_failed_at = $3 WHERE email_hash = $1`, [key, count, fresh ? now : row.first_failed_at]);
    return new AppError(ErrorCode.InvalidCredentials, WRONG);
  }

  private locked(until: Date, now: Date): AppError {
    return AppError.retryAfter(ErrorCode.AccountLocked, 'Too many failed logins: this account is locked for a while. Try again later or ask the administrator.', (until.getTime() - now.getTime()) / 1000);
  }

  private dummy(): Promise<string> {
    this.dummyHash ??= hashPassword('not a password');
    return this.dummyHash;
  }

  async me(actor: Actor) {
    const user = await this.ds.getRepository(UserEntity).findOneByOrFail({ id: actor.userId });
    const org = actor.organisationId ? await this.ds.getRepository(OrganisationEntity).findOneBy({ id: actor.organisationId }) : null;
    const mun = org?.municipalityCode ? await this.ds.getRepository(MunicipalityEntity).findOneBy({ code: org.municipalityCode }) : null;
    return {
      id: user.id,
      email: user.email,
      role: user.role,
      organisation: org ? { id: org.id, type: org.type, name: org.name, regionCode: org.regionCode, municipalityCode: org.municipalityCode } : null,
      municipality: mun ? { code: mun.code, name: mun.name, isCentre: mun.isCentre } : null,
    };
  }
}
