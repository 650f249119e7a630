import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An organisation's identity provider for OpenID Connect login. The client secret is stored encrypted and never answered. */
@Entity('organisation_oidc')
export class OrganisationOidcEntity {
  @PrimaryColumn('uuid') organisationId: string;
  @Column() issuerUrl: string;
  @Column() clientId: string;
  @Column() clientSecretEncrypted: string;
  /** Only IdP users with an e-mail address in this domain may log in. */
  @Column() allowedEmailDomain: string;
  @Column('timestamptz') updatedAt: Date;
}

/** A login sent to the identity provider and not yet back (one-time: the callback removes it). */
@Entity('oidc_login_request')
export class OidcLoginRequestEntity {
  @PrimaryColumn('text') state: string;
  @Column('uuid') organisationId: string;
  @Column() codeVerifier: string;
  @Column() nonce: string;
  @Column() redirectUri: string;
  /** SHA-256 of the value in the starting browser's cookie (login CSRF: the callback must come back to that browser). */
  @Column() browserBindingHash: string;
  @Column('timestamptz') expiresAt: Date;
}

/** A finished OIDC login waiting for the web application to exchange it for tokens (one-time, short-lived). */
@Entity('oidc_exchange_code')
export class OidcExchangeCodeEntity {
  @PrimaryColumn('text') codeHash: string;
  @Column('uuid') userId: string;
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
}
