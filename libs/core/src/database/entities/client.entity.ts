import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { CurrentSetting, LegalFramework, Sex } from '@tp/domain';

/** A client of a care provider: special-category personal data. Never log it; audit every access. */
@Entity('client')
export class ClientEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') careProviderId: string;
  @Column() regionCode: string;
  @Column() reference: string;
  @Column() originMunicipalityCode: string;
  @Column('int') birthYear: number;
  @Column('int') householdSize: number;
  @Column('text') currentSetting: CurrentSetting;
  @Column('text', { nullable: true }) sex: Sex | null;
  @Column('text', { nullable: true }) legalFramework: LegalFramework | null;
  @Column('text', { nullable: true }) livingSituation: string | null;
  @Column('text', { nullable: true }) incomeBand: string | null;
  @Column('text', { array: true }) needs: string[];
  @Column('text', { array: true }) avoidNeighbourhoodCodes: string[];
  @Column() consentToShare: boolean;
  /** When the retention job erased the identifying fields (null while the file is kept). */
  @Column('timestamptz', { nullable: true }) erasedAt: Date | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ type: 'timestamptz' }) updatedAt: Date;
}
