import {
  NOMINATION_STATUSES,
  NOMINATION_TRANSITIONS,
  NominationAction,
  NominationStatus,
  nominationTransition,
  OPEN_NOMINATION_STATUSES,
  ORIGIN_EXCEPTION_STATUSES,
  transition,
} from '@tp/domain';
import { illegalTransitions, reachable } from './fixtures';

const ACTIONS: readonly NominationAction[] = ['submit', 'approve', 'reject', 'withdraw', 'match', 'unmatch', 'house', 'expire'];

/** The lifecycle of DOMAIN.md, written out independently of the table under test. */
const LEGAL: ReadonlyArray<readonly [NominationStatus, NominationAction, NominationStatus]> = [
  ['draft', 'submit', 'submitted'],
  ['submitted', 'approve', 'active'],
  ['submitted', 'reject', 'rejected'],
  ['draft', 'withdraw', 'withdrawn'],
  ['submitted', 'withdraw', 'withdrawn'],
  ['active', 'withdraw', 'withdrawn'],
  ['matched', 'withdraw', 'withdrawn'],
  ['active', 'match', 'matched'],
  ['matched', 'unmatch', 'active'],
  ['matched', 'house', 'housed'],
  ['active', 'expire', 'expired'],
];

const ILLEGAL = illegalTransitions(NOMINATION_STATUSES, ACTIONS, LEGAL);

describe('nomination lifecycle', () => {
  it('has a rule for every nomination action and no other', () => {
    expect(Object.keys(NOMINATION_TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it('only ever moves a nomination into a known status', () => {
    for (const rule of Object.values(NOMINATION_TRANSITIONS)) {
      expect(NOMINATION_STATUSES).toContain(rule.to);
      for (const from of rule.from) expect(NOMINATION_STATUSES).toContain(from);
    }
  });

  it.each(LEGAL)('moves a %s nomination on %s to %s', (from, action, to) => {
    expect(nominationTransition(from, action)).toEqual({ ok: true, value: to });
  });

  it('checks every status against every action (sanity of the generated list)', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(NOMINATION_STATUSES.length * ACTIONS.length);
  });

  it.each(ILLEGAL)('refuses to change a %s nomination on %s', (from, action) => {
    const result = nominationTransition(from, action);
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_transition', action, from, allowed: NOMINATION_TRANSITIONS[action].from },
    });
  });

  it('refuses to approve a nomination that was never submitted', () => {
    expect(nominationTransition('draft', 'approve').ok).toBe(false);
  });

  it('refuses to approve a nomination that was rejected', () => {
    expect(nominationTransition('rejected', 'approve').ok).toBe(false);
  });

  it('refuses to match a nomination that is not yet approved', () => {
    expect(nominationTransition('submitted', 'match').ok).toBe(false);
  });

  it('refuses to house a nomination without a live match', () => {
    expect(nominationTransition('active', 'house').ok).toBe(false);
  });

  it('refuses a second match while a nomination is already matched', () => {
    expect(nominationTransition('matched', 'match').ok).toBe(false);
  });

  it('returns a matched nomination to the queue when its match falls through', () => {
    expect(nominationTransition('matched', 'unmatch')).toEqual({ ok: true, value: 'active' });
  });

  it.each(['rejected', 'housed', 'withdrawn', 'expired'] as const)('treats %s as a final status that no action leaves', (status) => {
    for (const action of ACTIONS) expect(nominationTransition(status, action).ok).toBe(false);
  });

  it('tells in a refusal which statuses the action needs', () => {
    const result = nominationTransition('housed', 'withdraw');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.allowed).toEqual(['draft', 'submitted', 'active', 'matched']);
  });

  it('applies the same table through the generic transition function', () => {
    expect(transition(NOMINATION_TRANSITIONS, 'draft', 'submit')).toEqual(nominationTransition('draft', 'submit'));
  });

  it('counts draft, submitted, active and matched as open nominations', () => {
    expect([...OPEN_NOMINATION_STATUSES].sort()).toEqual(['active', 'draft', 'matched', 'submitted']);
  });

  it('lets exactly the open nominations be withdrawn', () => {
    expect([...NOMINATION_TRANSITIONS.withdraw.from].sort()).toEqual([...OPEN_NOMINATION_STATUSES].sort());
  });

  it('allows an origin exception only while a submitted nomination still waits for a home', () => {
    expect([...ORIGIN_EXCEPTION_STATUSES].sort()).toEqual(['active', 'matched', 'submitted']);
    expect(ORIGIN_EXCEPTION_STATUSES).not.toContain('draft');
  });

  it('reaches every status from draft, expired included (DOMAIN.md: "or withdrawn / expired")', () => {
    const seen = reachable(NOMINATION_TRANSITIONS, 'draft');
    expect([...seen].sort()).toEqual([...NOMINATION_STATUSES].sort());
  });

  it('lets only an active nomination expire: a matched one waits for its match to end', () => {
    expect(nominationTransition('active', 'expire')).toEqual({ ok: true, value: 'expired' });
    expect(nominationTransition('matched', 'expire').ok).toBe(false);
  });
});
