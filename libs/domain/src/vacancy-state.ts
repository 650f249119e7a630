import { VacancyStatus } from './types';
import { transition, TransitionTable } from './transitions';

export type VacancyAction = 'match' | 'unmatch' | 'let' | 'withdraw';

export const VACANCY_TRANSITIONS: TransitionTable<VacancyStatus, VacancyAction> = {
  match: { from: ['open'], to: 'matched' },
  unmatch: { from: ['matched'], to: 'open' },
  let: { from: ['matched'], to: 'let' },
  withdraw: { from: ['open', 'matched'], to: 'withdrawn' },
};

export const vacancyTransition = (from: VacancyStatus, action: VacancyAction) => transition(VACANCY_TRANSITIONS, from, action);
