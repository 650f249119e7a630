import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { Role } from '@tp/domain';

@Entity('app_user')
export class UserEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() email: string;
  @Column() passwordHash: string;
  @Column('text') role: Role;
  @Column('uuid', { nullable: true }) organisationId: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
}
