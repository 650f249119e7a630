import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Append-only record of an access to personal data or a decision (enforced by a trigger). */
@Entity('audit_event')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column('timestamptz') at: Date;
  @Column('uuid', { nullable: true }) userId: string | null;
  @Column('text', { nullable: true }) role: string | null;
  @Column('uuid', { nullable: true }) organisationId: string | null;
  @Column() action: string;
  @Column() objectType: string;
  @Column() objectId: string;
  @Column('uuid', { nullable: true }) clientId: string | null;
  @Column('text', { nullable: true }) requestId: string | null;
  @Column('text', { nullable: true }) ip: string | null;
  @Column('text', { nullable: true }) regionCode: string | null;
  /** Why the access was allowed: the role-based task, or the decision's own reason. */
  @Column('text', { nullable: true }) grounds: string | null;
}
