import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

@Entity('municipality')
export class MunicipalityEntity {
  @PrimaryColumn() code: string;
  @Column() name: string;
  @Column() regionCode: string;
  @Column() isCentre: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
