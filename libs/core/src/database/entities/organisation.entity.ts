import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { OrganisationType } from '@tp/domain';

@Entity('organisation')
export class OrganisationEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('text') type: OrganisationType;
  @Column() name: string;
  @Column() regionCode: string;
  @Column('text', { nullable: true }) municipalityCode: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
