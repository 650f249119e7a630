import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Construction, NominationStatus, PriorityClass, SupportIntensity } from '@tp/domain';
import { numeric } from '../transformers';

@Entity('nomination')
export class NominationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') clientId: string;
  @Column('uuid') careProviderId: string;
  @Column() regionCode: string;
  @Column() originMunicipalityCode: string;
  @Column() decidingMunicipalityCode: string;
  @Column('text') status: NominationStatus;
  @Column() woonvariant: string;
  @Column('int', { nullable: true }) minRooms: number | null;
  @Column('numeric', { nullable: true, transformer: numeric }) maxRent: number | null;
  @Column('text', { array: true }) preferredMunicipalityCodes: string[];
  @Column('text') construction: Construction;
  @Column('text', { nullable: true }) supportProvider: string | null;
  @Column('text', { nullable: true }) supportIntensity: SupportIntensity | null;
  @Column('date', { nullable: true }) readyFrom: string | null;
  @Column('text', { nullable: true }) priorityClass: PriorityClass | null;
  @Column('double precision', { nullable: true }) tieBreaker: number | null;
  @Column('timestamptz', { nullable: true }) submittedAt: Date | null;
  @Column('timestamptz', { nullable: true }) approvedAt: Date | null;
  @Column('uuid', { nullable: true }) decidedBy: string | null;
  @Column('text', { nullable: true }) rejectionReason: string | null;
  @Column('text', { nullable: true }) withdrawalReason: string | null;
  @Column('text', { nullable: true }) originExceptionReason: string | null;
  @Column('text', { array: true, nullable: true }) originExceptionMunicipalityCodes: string[] | null;
  @Column('timestamptz', { nullable: true }) originExceptionAt: Date | null;
  @Column('uuid', { nullable: true }) originExceptionBy: string | null;
  @Column('jsonb', { nullable: true }) matchingStatus: object | null;
  @Column('uuid', { nullable: true }) matchingStatusRunId: string | null;
  @Column('timestamptz', { nullable: true }) matchingStatusAt: Date | null;
  /** Not matched before this moment: the consequence of refusing an offer without good reason. */
  @Column('timestamptz', { nullable: true }) coolDownUntil: Date | null;
  /** Waiting counted from here instead of the approval (loss of priority). */
  @Column('timestamptz', { nullable: true }) queueSince: Date | null;
  /** Until when the readiness statement holds (approval or last renewal + the region's validity months); null: never expires. */
  @Column('timestamptz', { nullable: true }) validUntil: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
