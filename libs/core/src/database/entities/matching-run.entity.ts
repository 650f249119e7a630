import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import { MatchingRunStatus } from '@tp/domain';

@Entity('matching_run')
export class MatchingRunEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() regionCode: string;
  @Column() trigger: string;
  @Column('text', { nullable: true }) triggerRef: string | null;
  @Column('text') status: MatchingRunStatus;
  @Column('text', { nullable: true }) matcher: string | null;
  @Column('int') proposals: number;
  @Column('uuid', { nullable: true }) requestedBy: string | null;
  @Column('text', { nullable: true }) error: string | null;
  @Column('text', { nullable: true }) inputHash: string | null;
  @Column('double precision', { nullable: true }) durationMs: number | null;
  @Column('jsonb', { nullable: true }) stats: object | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) startedAt: Date | null;
  @Column('timestamptz', { nullable: true }) finishedAt: Date | null;
}
