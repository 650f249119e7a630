import { NominationStatus } from './types';
import { transition, TransitionTable } from './transitions';

export type NominationAction = 'submit' | 'approve' | 'reject' | 'withdraw' | 'match' | 'unmatch' | 'house' | 'expire';

/**
 * draft → submitted → active (approved) or rejected; active ⇄ matched (while a live match holds it);
 * matched → housed; draft, submitted, active and matched may be withdrawn; an active nomination whose
 * readiness statement was not re-confirmed in time expires.
 */
export const NOMINATION_TRANSITIONS: TransitionTable<NominationStatus, NominationAction> = {
  submit: { from: ['draft'], to: 'submitted' },
  approve: { from: ['submitted'], to: 'active' },
  reject: { from: ['submitted'], to: 'rejected' },
  withdraw: { from: ['draft', 'submitted', 'active', 'matched'], to: 'withdrawn' },
  match: { from: ['active'], to: 'matched' },
  unmatch: { from: ['matched'], to: 'active' },
  house: { from: ['matched'], to: 'housed' },
  expire: { from: ['active'], to: 'expired' },
};

export const nominationTransition = (from: NominationStatus, action: NominationAction) => transition(NOMINATION_TRANSITIONS, from, action);

/** Nominations in these states still need a decision or a home; a client has at most one. */
export const OPEN_NOMINATION_STATUSES: readonly NominationStatus[] = ['draft', 'submitted', 'active', 'matched'];

/** An origin exception may be granted while the nomination still waits for a home. */
export const ORIGIN_EXCEPTION_STATUSES: readonly NominationStatus[] = ['submitted', 'active', 'matched'];
