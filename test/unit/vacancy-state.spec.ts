import { transition, VACANCY_STATUSES, VACANCY_TRANSITIONS, VacancyAction, VacancyStatus, vacancyTransition } from '@tp/domain';
import { illegalTransitions, reachable } from './fixtures';

const ACTIONS: readonly VacancyAction[] = ['match', 'unmatch', 'let', 'withdraw'];

const LEGAL: ReadonlyArray<readonly [VacancyStatus, VacancyAction, VacancyStatus]> = [
  ['open', 'match', 'matched'],
  ['matched', 'unmatch', 'open'],
  ['matched', 'let', 'let'],
  ['open', 'withdraw', 'withdrawn'],
  ['matched', 'withdraw', 'withdrawn'],
];

const ILLEGAL = illegalTransitions(VACANCY_STATUSES, ACTIONS, LEGAL);

describe('vacancy lifecycle', () => {
  it('has a rule for every vacancy action and no other', () => {
    expect(Object.keys(VACANCY_TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(LEGAL)('moves a %s vacancy on %s to %s', (from, action, to) => {
    expect(vacancyTransition(from, action)).toEqual({ ok: true, value: to });
  });

  it('checks every status against every action (sanity of the generated list)', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(VACANCY_STATUSES.length * ACTIONS.length);
  });

  it.each(ILLEGAL)('refuses to change a %s vacancy on %s', (from, action) => {
    expect(vacancyTransition(from, action)).toEqual({
      ok: false,
      error: { code: 'invalid_transition', action, from, allowed: VACANCY_TRANSITIONS[action].from },
    });
  });

  it('refuses a second live match on a vacancy that is already matched', () => {
    expect(vacancyTransition('matched', 'match').ok).toBe(false);
  });

  it('refuses to let a vacancy that has no match', () => {
    expect(vacancyTransition('open', 'let').ok).toBe(false);
  });

  it('reopens a matched vacancy when its match falls through', () => {
    expect(vacancyTransition('matched', 'unmatch')).toEqual({ ok: true, value: 'open' });
  });

  it.each(['let', 'withdrawn'] as const)('treats %s as a final status that no action leaves', (status) => {
    for (const action of ACTIONS) expect(vacancyTransition(status, action).ok).toBe(false);
  });

  it('reaches every vacancy status from open', () => {
    expect([...reachable(VACANCY_TRANSITIONS, 'open')].sort()).toEqual([...VACANCY_STATUSES].sort());
  });

  it('applies the same table through the generic transition function', () => {
    expect(transition(VACANCY_TRANSITIONS, 'open', 'match')).toEqual(vacancyTransition('open', 'match'));
  });
});
