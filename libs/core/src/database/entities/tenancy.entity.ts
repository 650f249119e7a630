import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Construction, TenancyStatus } from '@tp/domain';

@Entity('tenancy')
export class TenancyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') matchId: string;
  @Column('uuid') vacancyId: string;
  @Column('uuid') nominationId: string;
  @Column('uuid') clientId: string;
  @Column('uuid') corporationId: string;
  @Column('uuid') careProviderId: string;
  @Column() regionCode: string;
  @Column() municipalityCode: string;
  @Column() originMunicipalityCode: string;
  @Column() neighbourhoodCode: string;
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column('text') construction: Construction;
  @Column('text') leaseholder: 'client' | 'care_provider';
  @Column('date') startDate: string;
  @Column('text') status: TenancyStatus;
  @Column('date', { nullable: true }) endDate: string | null;
  @Column('date', { nullable: true }) nextEvaluationDate: string | null;
  @Column('date', { nullable: true }) conditionsEndDate: string | null;
  @Column('date', { nullable: true }) convertedOn: string | null;
  @Column() onTimeOut: boolean;
  @Column('date', { nullable: true }) expectedReturnDate: string | null;
  @Column('text', { nullable: true }) endReason: string | null;
  @Column('int') extensions: number;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
