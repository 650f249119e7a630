import type { ActionDeadline, ActionState } from '@tp/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One action of a region's action plan. */
@Entity('action_plan_action')
export class ActionPlanActionEntity {
  @PrimaryColumn('uuid') id: string;
  @Column() regionCode: string;
  @Column() owner: string;
  @Column() description: string;
  /** In date order (normaliseDeadlines). */
  @Column('jsonb') deadlines: ActionDeadline[];
  @Column('text') state: ActionState;
  @Column('uuid') createdBy: string;
  @Column('timestamptz') createdAt: Date;
  @Column('timestamptz') updatedAt: Date;
}
