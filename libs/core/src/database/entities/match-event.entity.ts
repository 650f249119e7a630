import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One step in a match's history: who did what, when and why. */
@Entity('match_event')
export class MatchEventEntity {
  @PrimaryColumn('uuid') id: string;
  @Column('uuid') matchId: string;
  @Column() type: string;
  @Column('text', { nullable: true }) fromStatus: string | null;
  @Column() toStatus: string;
  @Column('uuid', { nullable: true }) actorUserId: string | null;
  @Column('text', { nullable: true }) actorRole: string | null;
  @Column('text', { nullable: true }) reasonCode: string | null;
  @Column('text', { nullable: true }) note: string | null;
  @Column('timestamptz') at: Date;
}
