import { Column, Entity, PrimaryColumn } from 'typeorm';

export type SessionMethod = 'password' | 'oidc';
export type SessionRevokedReason = 'logout' | 'refresh_reuse' | 'user_disabled' | 'expired';

/** One login: its id is the `sid` claim of every access token issued for it. */
@Entity('session')
export class SessionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') userId: string;
  @Column('text') method: SessionMethod;
  @Column('timestamptz') createdAt: Date;
  /** The refresh token must be used before this moment; every rotation moves it on. */
  @Column('timestamptz') expiresAt: Date;
  @Column('timestamptz', { nullable: true }) lastRefreshedAt: Date | null;
  @Column('timestamptz', { nullable: true }) revokedAt: Date | null;
  @Column('text', { nullable: true }) revokedReason: SessionRevokedReason | null;
}

/** A refresh token of a session, stored only as its SHA-256 hash; a used one presented again revokes the session. */
@Entity('session_refresh_token')
export class SessionRefreshTokenEntity {
  @PrimaryColumn('text') tokenHash: string;
  @Column('uuid') sessionId: string;
  @Column('timestamptz') issuedAt: Date;
  @Column('timestamptz', { nullable: true }) usedAt: Date | null;
}
