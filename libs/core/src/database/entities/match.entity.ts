import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Explanation, MatchStatus } from '@tp/domain';

@Entity('match')
export class MatchEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') vacancyId: string;
  @Column('uuid') nominationId: string;
  @Column() regionCode: string;
  @Column('uuid') corporationId: string;
  @Column('uuid') careProviderId: string;
  @Column() destinationMunicipalityCode: string;
  @Column() originMunicipalityCode: string;
  @Column() neighbourhoodCode: string;
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('text') status: MatchStatus;
  @Column('jsonb') explanation: Explanation;
  @Column('uuid', { nullable: true }) matchingRunId: string | null;
  @Column('timestamptz', { nullable: true }) stepDeadline: Date | null;
  @Column('text', { nullable: true }) declineReasonCode: string | null;
  @Column('text', { nullable: true }) declineNote: string | null;
  /** What a refusal without good reason meant for the nomination (set on such a decline). */
  @Column('jsonb', { nullable: true }) refusalConsequence: { kind: string; until?: string; queueSince?: string } | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
