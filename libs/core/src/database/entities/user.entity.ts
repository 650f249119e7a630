import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@tp/domain';

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() email: string;
  /** argon2id (`$argon2id$…`); older bcrypt hashes (`$2…`) still verify and are replaced at the next login. */
  @Column() passwordHash: string;
  @Column('text') role: Role;
  @Column('uuid', { nullable: true }) organisationId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  /** A disabled user cannot log in; disabling ends its sessions. */
  @Column('timestamptz', { nullable: true }) disabledAt: Date | null;
  /** Failed logins in the current window (since firstFailedLoginAt). */
  @Column('int', { default: 0 }) failedLoginCount: number;
  @Column('timestamptz', { nullable: true }) firstFailedLoginAt: Date | null;
  @Column('timestamptz', { nullable: true }) lockedUntil: Date | null;
}
