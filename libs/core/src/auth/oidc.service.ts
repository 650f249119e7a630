import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '@tp/domain';
import { createHash, randomBytes } from 'node:crypto';
import { BaseClient, generators, Issuer } from 'openid-client';
import { LessThan } from 'typeorm';
import { AuditService, RequestOrigin } from '../audit/audit.service';
import { AppError, ErrorCode } from '../common/app-error';
import { CLOCK } from '../common/clock';
import { UnitOfWork } from '../common/unit-of-work';
import { ENV } from '../config/config.module';
import { Environment } from '../config/environment';
import { OidcExchangeCodeEntity, OidcLoginRequestEntity, OrganisationEntity, OrganisationOidcEntity, UserEntity } from '../database/entities';
import { API_PREFIX } from '../openapi/openapi';
import { Actor } from './actor';
import { OidcConfigDto } from './oidc.dto';
import { SecretBox } from './secret-box';
import { IssuedTokens, SessionService } from './session.service';

const LOGIN_REQUEST_TTL_MS = 10 * 60_000;
const EXCHANGE_TTL_MS = 60_000;
const DISCOVERY_TTL_MS = 10 * 60_000;
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

/** Why an OIDC login did not finish: the web app explains each one (shown on its login page). */
export type OidcFailure = 'not_configured' | 'provider_unreachable' | 'expired' | 'other_browser' | 'rejected' | 'no_account' | 'domain_not_allowed' | 'account_disabled';

/** The cookie that ties a login to the browser that started it (HttpOnly, SameSite=Lax, only sent to the callback). */
export const BINDING_COOKIE = 'tp_oidc_binding';

/** A redirect, and the binding cookie to set (start) or to clear (callback). */
export interface OidcRedirect {
  url: string;
  binding?: string | null;
}

/** Where the web app picks up the outcome of a login: in the fragment, so it is never sent to a server or in a Referer. */
const WEB_LOGIN = '/inloggen';

/**
 * OpenID Connect login (authorization code with PKCE, state and nonce) against an organisation's own
 * identity provider. The IdP user is mapped to an existing local user of that organisation by e-mail
 * address; nobody is created and no role comes from the IdP. The callback hands the web app a one-time
 * code (in the URL fragment), which it exchanges for tokens: tokens never travel in a URL.
 */
@Injectable()
export class OidcService {
  private readonly logger = new Logger('Oidc');
  private readonly issuers = new Map<string, { at: number; issuer: Promise<Issuer<BaseClient>> }>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly box: SecretBox,
    @Inject(ENV) private readonly env: Environment,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  // ---- configuration (admin) ----

  getConfig(organisationId: string) {
    return this.uow.run(async (m) => {
      const c = await m.findOneBy(OrganisationOidcEntity, { organisationId });
      if (!c) throw AppError.notFound('OpenID Connect configuration');
      return configView(c);
    });
  }

  setConfig(actor: Actor, organisationId: string, dto: OidcConfigDto) {
    return this.uow.run(async (m) => {
      if (!(await m.existsBy(OrganisationEntity, { id: organisationId }))) throw AppError.notFound('Organisation');
      const existing = await m.findOne(OrganisationOidcEntity, { where: { organisationId }, lock: { mode: 'pessimistic_write' } });
      if (!existing && !dto.clientSecret) throw AppError.validation('clientSecret', 'is required the first time');
      const now = this.clock.now();
      const saved = await m.save(
        m.create(OrganisationOidcEntity, {
          organisationId,
          issuerUrl: dto.issuerUrl.replace(/\/+$/, ''),
          clientId: dto.clientId,
          clientSecretEncrypted: dto.clientSecret ? this.box.seal(dto.clientSecret) : existing!.clientSecretEncrypted,
          allowedEmailDomain: dto.allowedEmailDomain.toLowerCase(),
          updatedAt: now,
        }),
      );
      this.issuers.delete(saved.issuerUrl);
      return configView(saved);
    });
  }

  /** The organisations whose users can log in through their own identity provider (public: the login page offers them). */
  listOrganisations() {
    return this.uow.run(async (m) => {
      const rows: Array<{ id: string; name: string }> = await m.query(
        `SELECT o.id, o.name FROM organisation_oidc c JOIN organisation o ON o.id = c.organisation_id ORDER BY o.name`,
      );
      return { items: rows.map((r) => ({ id: r.id, name: r.name })) };
    });
  }

  // ---- the login ----

  /** Starts a login: remembers state, PKCE verifier and nonce, and answers the IdP's authorization URL. */
  async start(organisationId: string, requestBaseUrl: string): Promise<OidcRedirect> {
    const config = await this.uow.run((m) => m.findOneBy(OrganisationOidcEntity, { organisationId }));
    if (!config) return { url: failure('not_configured') };
    const redirectUri = `${this.env.PUBLIC_URL ?? requestBaseUrl}/${API_PREFIX}/auth/oidc/callback`;
    let client: BaseClient;
    try {
      client = await this.client(config, redirectUri);
    } catch (e) {
      this.logger.warn(`discovery of ${config.issuerUrl} failed: ${(e as Error).message}`);
      return { url: failure('provider_unreachable') };
    }
    const state = generators.state();
    const nonce = generators.nonce();
    const codeVerifier = generators.codeVerifier();
    const binding = randomBytes(24).toString('base64url');
    const now = this.clock.now();
    await this.uow.run(async (m) => {
      await m.delete(OidcLoginRequestEntity, { expiresAt: LessThan(now) });
      await m.insert(OidcLoginRequestEntity, {
        state, organisationId, codeVerifier, nonce, redirectUri, browserBindingHash: sha256(binding), expiresAt: new Date(now.getTime() + LOGIN_REQUEST_TTL_MS),
      });
    });
    const url = client.authorizationUrl({ scope: 'openid email', state, nonce, code_challenge: generators.codeChallenge(codeVerifier), code_challenge_method: 'S256' });
    return { url, binding };
  }

  /** The IdP sends the browser back here: verify everything, then send it on to the web app with a one-time code. */
  async callback(callbackUrl: string, binding: string | null, origin: RequestOrigin): Promise<OidcRedirect> {
    const answer = await this.finish(callbackUrl, binding, origin);
    return { url: answer, binding: null };
  }

  private async finish(callbackUrl: string, binding: string | null, origin: RequestOrigin): Promise<string> {
    const state = new URL(callbackUrl, 'http://callback.invalid').searchParams.get('state') ?? '';
    const now = this.clock.now();
    // one-time: the request is removed whatever happens next
    const request = state
      ? await this.uow.run(async (m) => {
          const r = await m.findOne(OidcLoginRequestEntity, { where: { state }, lock: { mode: 'pessimistic_write' } });
          if (r) await m.delete(OidcLoginRequestEntity, { state });
          return r;
        })
      : null;
    if (!request || request.expiresAt <= now) return failure('expired');
    // login CSRF: a callback URL of someone else's login, opened in this browser, does not log this browser in
    if (!binding || sha256(binding) !== request.browserBindingHash) return failure('other_browser');
    const config = await this.uow.run((m) => m.findOneBy(OrganisationOidcEntity, { organisationId: request.organisationId }));
    if (!config) return failure('not_configured');

    let email: string;
    try {
      const client = await this.client(config, request.redirectUri);
      const tokens = await client.callback(request.redirectUri, client.callbackParams(callbackUrl), { state: request.state, nonce: request.nonce, code_verifier: request.codeVerifier, response_type: 'code' });
      const claims = tokens.claims();
      // only an address the identity provider vouches for: where users may edit their own e-mail, an unverified
      // (or unstated) one could claim a colleague's account in the allowed domain
      if (typeof claims.email !== 'string' || claims.email_verified !== true) throw new Error('the id token holds no verified e-mail address');
      email = claims.email.toLowerCase();
    } catch (e) {
      this.logger.warn(`an OpenID Connect login for organisation ${request.organisationId} was rejected: ${(e as Error).message}`);
      await this.uow.run((m) => this.audit.recordAuth(m, { userId: null, role: null, organisationId: request.organisationId }, origin, 'auth.login_failed', now));
      return failure('rejected');
    }

    const outcome = await this.uow.run(async (m): Promise<OidcFailure | string> => {
      const domainOk = email.endsWith(`@${config.allowedEmailDomain}`);
      const user = domainOk ? await m.findOneBy(UserEntity, { email, organisationId: request.organisationId }) : null;
      const subject = { userId: user?.id ?? null, role: user?.role ?? null, organisationId: request.organisationId };
      if (!domainOk || !user) {
        await this.audit.recordAuth(m, subject, origin, 'auth.login_failed', now);
        return domainOk ? 'no_account' : 'domain_not_allowed';
      }
      if (user.disabledAt) {
        await this.audit.recordAuth(m, subject, origin, 'auth.login_disabled', now);
        return 'account_disabled';
      }
      const code = randomBytes(32).toString('base64url');
      await m.insert(OidcExchangeCodeEntity, { codeHash: sha256(code), userId: user.id, expiresAt: new Date(now.getTime() + EXCHANGE_TTL_MS), usedAt: null });
      return code;
    });
    if (isFailure(outcome)) return failure(outcome);
    return `${WEB_LOGIN}#oidc=${outcome}`;
  }

  /** The web app trades the one-time code for a session. */
  async exchange(code: string, origin: RequestOrigin): Promise<IssuedTokens> {
    const outcome = await this.uow.run(async (m): Promise<IssuedTokens | AppError> => {
      const now = this.clock.now();
      const row = await m.findOne(OidcExchangeCodeEntity, { where: { codeHash: sha256(code) }, lock: { mode: 'pessimistic_write' } });
      if (!row || row.usedAt || row.expiresAt <= now) return new AppError(ErrorCode.Unauthenticated, 'This login code is unknown, used or expired; log in again.');
      await m.update(OidcExchangeCodeEntity, { codeHash: row.codeHash }, { usedAt: now });
      const user = await m.findOneByOrFail(UserEntity, { id: row.userId });
      if (user.disabledAt) return new AppError(ErrorCode.AccountDisabled, 'This account has been disabled; ask the administrator.');
      await this.audit.recordAuth(m, { userId: user.id, role: user.role, organisationId: user.organisationId }, origin, 'auth.login', now);
      return this.sessions.start(m, user, 'oidc', now);
    });
    if (outcome instanceof AppError) throw outcome;
    return outcome;
  }

  private async client(config: OrganisationOidcEntity, redirectUri: string): Promise<BaseClient> {
    const secret = this.box.open(config.clientSecretEncrypted);
    if (secret === null) throw new Error('the stored client secret cannot be decrypted (was JWT_SECRET changed?)');
    const cached = this.issuers.get(config.issuerUrl);
    let issuer: Promise<Issuer<BaseClient>>;
    if (cached && Date.now() - cached.at < DISCOVERY_TTL_MS) issuer = cached.issuer;
    else {
      issuer = Issuer.discover(config.issuerUrl);
      this.issuers.set(config.issuerUrl, { at: Date.now(), issuer });
      issuer.catch(() => this.issuers.delete(config.issuerUrl));
    }
    const found = await issuer;
    return new found.Client({ client_id: config.clientId, client_secret: secret, redirect_uris: [redirectUri], response_types: ['code'], id_token_signed_response_alg: 'RS256' });
  }
}

const FAILURES: OidcFailure[] = ['not_configured', 'provider_unreachable', 'expired', 'other_browser', 'rejected', 'no_account', 'domain_not_allowed', 'account_disabled'];
const isFailure = (x: string): x is OidcFailure => (FAILURES as string[]).includes(x);
const failure = (why: OidcFailure) => `${WEB_LOGIN}#oidc-fout=${why}`;

const configView = (c: OrganisationOidcEntity) => ({
  organisationId: c.organisationId,
  issuerUrl: c.issuerUrl,
  clientId: c.clientId,
  clientSecretSet: Boolean(c.clientSecretEncrypted),
  allowedEmailDomain: c.allowedEmailDomain,
  updatedAt: c.updatedAt,
});
