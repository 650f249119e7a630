/**
 * The regional action plan (DOMAIN.md, Monitoring): actions with an owner, one or more deadlines and
 * a state. Pure rules: which deadlines are overdue, and the plan's progress.
 */

export const ACTION_STATES = ['open', 'ongoing', 'done'] as const;
export type ActionState = (typeof ACTION_STATES)[number];

/** A deadline of an action: a calendar date (YYYY-MM-DD) with what is due then. */
export interface ActionDeadline {
  date: string;
  label: string;
}

export interface PlanAction {
  state: ActionState;
  deadlines: ActionDeadline[];
}

/** An action may have at most this many deadlines. */
export const MAX_DEADLINES = 20;

/**
 * The deadlines of an action that have passed on `today` (YYYY-MM-DD) while the action is not done:
 * a deadline is overdue from the day after its date. A done action has none.
 */
export function overdueDeadlines(a: PlanAction, today: string): ActionDeadline[] {
  if (a.state === 'done') return [];
  return a.deadlines.filter((d) => d.date < today);
}

/** The first deadline that has not passed yet on `today` (none for a done action, or when all have passed). */
export function nextDeadline(a: PlanAction, today: string): ActionDeadline | null {
  if (a.state === 'done') return null;
  return [...a.deadlines].sort((x, y) => x.date.localeCompare(y.date)).find((d) => d.date >= today) ?? null;
}

/** Deadlines in date order, then by label; the same date and label twice is one deadline. */
export function normaliseDeadlines(deadlines: ActionDeadline[]): ActionDeadline[] {
  const seen = new Set<string>();
  return [...deadlines]
    .sort((x, y) => x.date.localeCompare(y.date) || x.label.localeCompare(y.label))
    .filter((d) => {
      const k = `${d.date}|${d.label}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

export interface PlanProgress {
  total: number;
  byState: Record<ActionState, number>;
  /** Actions (not done) with at least one overdue deadline. */
  overdueActions: number;
  /** Overdue deadlines over all actions that are not done. */
  overdueDeadlines: number;
  /** done / total, 0 for an empty plan, rounded to 3 decimals. */
  doneShare: number;
}

/** The progress of the plan on `today`. */
export function planProgress(actions: PlanAction[], today: string): PlanProgress {
  const byState: Record<ActionState, number> = { open: 0, ongoing: 0, done: 0 };
  let overdueActions = 0;
  let overdue = 0;
  for (const a of actions) {
    byState[a.state] += 1;
    const o = overdueDeadlines(a, today).length;
    overdue += o;
    if (o > 0) overdueActions += 1;
  }
  const total = actions.length;
  return { total, byState, overdueActions, overdueDeadlines: overdue, doneShare: total ? Math.round((byState.done / total) * 1000) / 1000 : 0 };
}
