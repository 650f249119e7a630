import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Construction, VacancyStatus } from '@tp/domain';
import { numeric } from '../transformers';

@Entity('vacancy')
export class VacancyEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') corporationId: string;
  @Column() regionCode: string;
  @Column() municipalityCode: string;
  @Column() neighbourhoodCode: string;
  @Column('uuid', { nullable: true }) unitId: string | null;
  @Column() address: string;
  @Column() woonvariant: string;
  @Column('int') rooms: number;
  @Column('numeric', { transformer: numeric }) rent: number;
  @Column('date') availableFrom: string;
  @Column() accessible: boolean;
  @Column('int', { nullable: true }) floor: number | null;
  @Column('text', { array: true }) constructions: Construction[];
  @Column('text') status: VacancyStatus;
  @Column('text', { nullable: true }) withdrawalReason: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
