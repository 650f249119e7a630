import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/** A street or complex inside a buurt with load limits of its own (they nest inside the buurt's). */
@Entity('neighbourhood_unit')
export class NeighbourhoodUnitEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() neighbourhoodCode: string;
  @Column() name: string;
  @Column('int', { name: 'max_placements_per_12_months', nullable: true }) maxPlacementsPer12Months: number | null;
  @Column('int', { nullable: true }) maxLiveTenancies: number | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
