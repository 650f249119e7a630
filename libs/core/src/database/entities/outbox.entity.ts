import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A job written in the business transaction; the dispatcher hands it to the queue after commit. */
@Entity('outbox')
export class OutboxEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @Column() queue: string;
  @Column() jobName: string;
  @Column() jobId: string;
  @Column('jsonb') payload: Record<string, unknown>;
  @Column('timestamptz') availableAt: Date;
  @Column('int') attempts: number;
  @Column('text', { nullable: true }) lastError: string | null;
  @CreateDateColumn({ type: 'timestamptz' }) createdAt: Date;
  @Column('timestamptz', { nullable: true }) dispatchedAt: Date | null;
}
