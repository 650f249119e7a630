import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { numeric } from '../transformers';

/** The national rent limits of one year. */
@Entity('rent_parameters')
export class RentParametersEntity {
  @PrimaryColumn('int') year: number;
  @Column('numeric', { transformer: numeric }) kwaliteitskortingsgrens: number;
  @Column('numeric', { transformer: numeric }) lowerAftoppingsgrens: number;
  @Column('numeric', { transformer: numeric }) upperAftoppingsgrens: number;
  @Column('numeric', { transformer: numeric }) liberalisatiegrens: number;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
