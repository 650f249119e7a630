import { PriorityClass } from './types';

/** What the queue order needs to know about an approved nomination. */
export interface QueueKey {
  id: string;
  priorityClass: PriorityClass;
  approvedAt: Date;
  tieBreaker: number;
}

const CLASS_RANK: Record<PriorityClass, number> = { urgent: 0, normal: 1 };

/** Queue order: priority class, then longest waiting since approval, then the stored random tie-breaker, then id. */
export function compareQueue(a: QueueKey, b: QueueKey): number {
  return (
    CLASS_RANK[a.priorityClass] - CLASS_RANK[b.priorityClass] ||
    a.approvedAt.getTime() - b.approvedAt.getTime() ||
    a.tieBreaker - b.tieBreaker ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export function queueOrder<T extends QueueKey>(items: readonly T[]): T[] {
  return [...items].sort(compareQueue);
}
