import type { components } from './api/schema';
import { formatDate } from './format';

type Notification = components['schemas']['NotificationResponse'];

/** Dutch heading per kind of notification. */
export const NOTIFICATION_KIND: Record<Notification['kind'], string> = {
  tenancy_reminder: 'Evaluatie binnenkort',
  tenancy_overdue: 'Evaluatie over de datum',
  match_step: 'Koppeling wacht op u',
};

const STEP_NL: Array<[string, string]> = [
  ['approve or decline the proposed match', 'de voorgestelde koppeling goedkeuren of afwijzen'],
  ['accept or decline the candidate', 'de kandidaat accepteren of afwijzen'],
  ["accept the home on the client's behalf, or decline it", 'de woning namens de cliënt accepteren of afwijzen'],
  ['register the signed lease', 'het getekende huurcontract registreren'],
];

/**
 * The notification in Dutch. The api writes its text in English (for the service desk); the web
 * application reads the client reference, the step and the date from it, and falls back on the
 * api's own text when it does not recognise it.
 */
export function notificationText(n: Pick<Notification, 'kind' | 'title' | 'body'>): string {
  if (n.kind === 'match_step') {
    const m = /^The match of client (.+?) waits for you to (.+?)(?: before (\d{4}-\d{2}-\d{2}))?\.$/.exec(n.body);
    const step = m && STEP_NL.find(([en]) => en === m[2]);
    if (m && step) return `De koppeling van cliënt ${m[1]} wacht op uw stap: ${step[1]}${m[3] ? `, vóór ${formatDate(m[3])}` : ''}.`;
    return n.body;
  }
  const m = /^The (evaluation|end of the conditions) of the tenancy of client (.+?) (?:is|was) due on (\d{4}-\d{2}-\d{2})/.exec(n.body);
  if (!m) return n.body;
  const [, what, ref, due] = m;
  const subject = what === 'evaluation' ? `De evaluatie van het huurcontract van cliënt ${ref}` : `Het einde van de voorwaarden van het huurcontract van cliënt ${ref}`;
  return n.kind === 'tenancy_reminder'
    ? `${subject} staat op ${formatDate(due)}. Leg de uitkomst vast zodra de evaluatie heeft plaatsgevonden.`
    : `${subject} stond op ${formatDate(due)} en er is nog geen uitkomst vastgelegd.`;
}

/** The page in this application that a notification is about. */
export function notificationLink(n: Pick<Notification, 'objectType' | 'objectId'>): { to: string; text: string } {
  return n.objectType === 'tenancy' ? { to: `/huurcontracten/${n.objectId}`, text: 'Bekijk het huurcontract' } : { to: `/koppelingen/${n.objectId}`, text: 'Bekijk de koppeling' };
}
