import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('neighbourhood')
export class NeighbourhoodEntity {
  @PrimaryColumn() code: string;
  @Column() name: string;
  @Column() municipalityCode: string;
  @Column('int', { name: 'max_placements_per_12_months', nullable: true }) maxPlacementsPer12Months: number | null;
  @Column('int', { nullable: true }) maxLiveTenancies: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
