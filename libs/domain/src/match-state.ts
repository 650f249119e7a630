import { LIVE_MATCH_STATUSES, MatchStatus } from './types';
import { transition, TransitionTable } from './transitions';

export type MatchAction = 'approve' | 'accept' | 'client_accept' | 'sign_lease' | 'decline' | 'expire' | 'cancel';
export type LiveMatchStatus = (typeof LIVE_MATCH_STATUSES)[number];

/** proposed → approved → accepted → client_accepted → housed; any live step → declined, expired or cancelled. */
export const MATCH_TRANSITIONS: TransitionTable<MatchStatus, MatchAction> = {
  approve: { from: ['proposed'], to: 'approved' },
  accept: { from: ['approved'], to: 'accepted' },
  client_accept: { from: ['accepted'], to: 'client_accepted' },
  sign_lease: { from: ['client_accepted'], to: 'housed' },
  decline: { from: LIVE_MATCH_STATUSES, to: 'declined' },
  expire: { from: LIVE_MATCH_STATUSES, to: 'expired' },
  cancel: { from: LIVE_MATCH_STATUSES, to: 'cancelled' },
};

export const matchTransition = (from: MatchStatus, action: MatchAction) => transition(MATCH_TRANSITIONS, from, action);

export const isLiveMatch = (status: MatchStatus): status is LiveMatchStatus => (LIVE_MATCH_STATUSES as readonly string[]).includes(status);

/** The party whose turn it is at each live step: it alone may take the step or decline. */
export type MatchParty = 'destination_officer' | 'corporation' | 'care_provider';
export const MATCH_STEP_PARTY: Record<LiveMatchStatus, MatchParty> = {
  proposed: 'destination_officer',
  approved: 'corporation',
  accepted: 'care_provider',
  client_accepted: 'corporation',
};
export const ACTION_PARTY: Record<'approve' | 'accept' | 'client_accept' | 'sign_lease', MatchParty> = {
  approve: 'destination_officer',
  accept: 'corporation',
  client_accept: 'care_provider',
  sign_lease: 'corporation',
};
