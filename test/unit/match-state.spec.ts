import {
  ACTION_PARTY,
  isLiveMatch,
  LIVE_MATCH_STATUSES,
  MATCH_STATUSES,
  MATCH_STEP_PARTY,
  MATCH_TRANSITIONS,
  MatchAction,
  MatchStatus,
  matchTransition,
  nominationTransition,
  vacancyTransition,
} from '@tp/domain';
import { illegalTransitions, reachable } from './fixtures';

const ACTIONS: readonly MatchAction[] = ['approve', 'accept', 'client_accept', 'sign_lease', 'decline', 'expire', 'cancel'];
const LIVE: readonly MatchStatus[] = ['proposed', 'approved', 'accepted', 'client_accepted'];
const FINAL: readonly MatchStatus[] = ['housed', 'declined', 'expired', 'cancelled'];

const LEGAL: ReadonlyArray<readonly [MatchStatus, MatchAction, MatchStatus]> = [
  ['proposed', 'approve', 'approved'],
  ['approved', 'accept', 'accepted'],
  ['accepted', 'client_accept', 'client_accepted'],
  ['client_accepted', 'sign_lease', 'housed'],
  ...LIVE.map((s) => [s, 'decline', 'declined'] as const),
  ...LIVE.map((s) => [s, 'expire', 'expired'] as const),
  ...LIVE.map((s) => [s, 'cancel', 'cancelled'] as const),
];

const ILLEGAL = illegalTransitions(MATCH_STATUSES, ACTIONS, LEGAL);

describe('match lifecycle', () => {
  it('has a rule for every match action and no other', () => {
    expect(Object.keys(MATCH_TRANSITIONS).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(LEGAL)('moves a %s match on %s to %s', (from, action, to) => {
    expect(matchTransition(from, action)).toEqual({ ok: true, value: to });
  });

  it('checks every status against every action (sanity of the generated list)', () => {
    expect(LEGAL.length + ILLEGAL.length).toBe(MATCH_STATUSES.length * ACTIONS.length);
  });

  it.each(ILLEGAL)('refuses to change a %s match on %s', (from, action) => {
    expect(matchTransition(from, action)).toEqual({
      ok: false,
      error: { code: 'invalid_transition', action, from, allowed: MATCH_TRANSITIONS[action].from },
    });
  });

  it('refuses to approve a match that was declined', () => {
    const result = matchTransition('declined', 'approve');
    expect(result).toEqual({ ok: false, error: { code: 'invalid_transition', action: 'approve', from: 'declined', allowed: ['proposed'] } });
  });

  it('refuses to skip a step: a corporation cannot accept a match the officer has not approved', () => {
    expect(matchTransition('proposed', 'accept').ok).toBe(false);
    expect(matchTransition('proposed', 'client_accept').ok).toBe(false);
    expect(matchTransition('approved', 'sign_lease').ok).toBe(false);
  });

  it('refuses to decline, expire or cancel a match that already ended', () => {
    for (const s of FINAL) for (const a of ['decline', 'expire', 'cancel'] as const) expect(matchTransition(s, a).ok).toBe(false);
  });

  it.each(FINAL)('treats %s as a final status that no action leaves', (status) => {
    for (const action of ACTIONS) expect(matchTransition(status, action).ok).toBe(false);
  });

  it('counts proposed, approved, accepted and client_accepted as live and nothing else', () => {
    expect([...LIVE_MATCH_STATUSES]).toEqual(LIVE);
    for (const s of MATCH_STATUSES) expect(isLiveMatch(s)).toBe(LIVE.includes(s));
  });

  it('reaches every match status from proposed', () => {
    expect([...reachable(MATCH_TRANSITIONS, 'proposed')].sort()).toEqual([...MATCH_STATUSES].sort());
  });

  it('names the party whose turn it is at every live step', () => {
    expect(MATCH_STEP_PARTY).toEqual({
      proposed: 'destination_officer',
      approved: 'corporation',
      accepted: 'care_provider',
      client_accepted: 'corporation',
    });
    expect(Object.keys(MATCH_STEP_PARTY).sort()).toEqual([...LIVE].sort());
  });

  it('gives each forward step to the party whose turn it is in the status the step starts from', () => {
    for (const action of Object.keys(ACTION_PARTY) as Array<keyof typeof ACTION_PARTY>) {
      const from = MATCH_TRANSITIONS[action].from;
      expect(from).toHaveLength(1);
      expect(ACTION_PARTY[action]).toBe(MATCH_STEP_PARTY[from[0] as keyof typeof MATCH_STEP_PARTY]);
    }
  });

  it('releases the vacancy and the nomination when a live match is declined, expires or is cancelled', () => {
    expect(vacancyTransition('matched', 'unmatch')).toEqual({ ok: true, value: 'open' });
    expect(nominationTransition('matched', 'unmatch')).toEqual({ ok: true, value: 'active' });
  });

  it('lets the vacancy be let and the nomination be housed when the lease is signed', () => {
    expect(matchTransition('client_accepted', 'sign_lease')).toEqual({ ok: true, value: 'housed' });
    expect(vacancyTransition('matched', 'let')).toEqual({ ok: true, value: 'let' });
    expect(nominationTransition('matched', 'house')).toEqual({ ok: true, value: 'housed' });
  });
});
