import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { FitWeights, RefusalConsequenceKind } from '@tp/domain';

@Entity('region')
export class RegionEntity {
  @PrimaryColumn() code: string;
  @Column() name: string;
  @Column('int') exchangeTolerance: number;
  @Column('int', { name: 'default_max_placements_per_12_months', nullable: true }) defaultMaxPlacementsPer12Months: number | null;
  @Column('int', { nullable: true }) defaultMaxLiveTenancies: number | null;
  @Column('int') stepDeadlineWorkingDays: number;
  @Column() matchingCron: string;
  @Column('jsonb') fitWeights: FitWeights;
  @Column('int') omklapEvaluationMonths: number;
  @Column('int') omklapExtensionMonths: number;
  @Column('int') conditionsMonths: number;
  @Column('int') reminderDaysBefore: number;
  @Column('text') refusalConsequence: RefusalConsequenceKind;
  @Column('int') refusalCoolDownDays: number;
  /** Months an approved (or renewed) nomination stays valid; 0: it never expires. */
  @Column('int') nominationValidityMonths: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
