import type { components } from './api/schema';
import { formatDate } from './format';

type Notification = components['schemas']['NotificationResponse'];

/** Dutch heading per kind of notification. */
export const NOTIFICATION_KIND: Record<Notification['kind'], string> = {
  tenancy_reminder: 'Evaluatie binnenkort',
  tenancy_overdue: 'Evaluatie over de datum',
  match_step: 'Koppeling wacht op u',
  nomination_expiring: 'Voordracht verloopt binnenkort',
  nomination_expired: 'Voordracht verlopen',
};

/** The step a match waits on, by its status (the `step` of a match.step_waiting notification). */
const STEP_BY_STATUS: Record<string, string> = {
  proposed: 'de voorgestelde koppeling goedkeuren of afwijzen',
  approved: 'de kandidaat accepteren of afwijzen',
  accepted: 'de woning namens de cliënt accepteren of afwijzen',
  client_accepted: 'het getekende huurcontract registreren',
};

/** The Dutch text of a notification from its code and params, or null for an unknown code. */
function fromCode(code: string, p: Record<string, string>): string | null {
  const ref = p.clientReference ?? '';
  switch (code) {
    case 'match.step_waiting': {
      const step = STEP_BY_STATUS[p.step ?? ''];
      return step ? `De koppeling van cliënt ${ref} wacht op uw stap: ${step}${p.deadline ? `, vóór ${formatDate(p.deadline)}` : ''}.` : null;
    }
    case 'tenancy.evaluation_due':
      return `De evaluatie van het huurcontract van cliënt ${ref} staat op ${formatDate(p.due)}. Leg de uitkomst vast zodra de evaluatie heeft plaatsgevonden.`;
    case 'tenancy.conditions_due':
      return `Het einde van de voorwaarden van het huurcontract van cliënt ${ref} staat op ${formatDate(p.due)}. Leg de uitkomst vast zodra de evaluatie heeft plaatsgevonden.`;
    case 'tenancy.evaluation_overdue':
      return `De evaluatie van het huurcontract van cliënt ${ref} stond op ${formatDate(p.due)} en er is nog geen uitkomst vastgelegd.`;
    case 'tenancy.conditions_overdue':
      return `Het einde van de voorwaarden van het huurcontract van cliënt ${ref} stond op ${formatDate(p.due)} en er is nog geen uitkomst vastgelegd.`;
    case 'nomination.expiring':
      return `De voordracht van cliënt ${ref} is geldig tot ${formatDate(p.validUntil)}. Is de cliënt nog steeds klaar om zelfstandig te wonen? Bevestig de gereedheid dan opnieuw vóór die datum; anders verloopt de voordracht en verlaat zij de wachtrij.`;
    case 'nomination.expired':
      return `De voordracht van cliënt ${ref} is op ${formatDate(p.validUntil)} verlopen: de gereedheid is niet op tijd opnieuw bevestigd. De voordracht staat niet meer in de wachtrij; dien een nieuwe voordracht in als de cliënt er klaar voor is.`;
    default:
      return null;
  }
}

const STEP_NL: Array<[string, string]> = [
  ['approve or decline the proposed match', 'de voorgestelde koppeling goedkeuren of afwijzen'],
  ['accept or decline the candidate', 'de kandidaat accepteren of afwijzen'],
  ["accept the home on the client's behalf, or decline it", 'de woning namens de cliënt accepteren of afwijzen'],
  ['register the signed lease', 'het getekende huurcontract registreren'],
];

/**
 * The notification in Dutch: from its `code` and `params`; a notification written before codes
 * existed is read from the api's English text (the client reference, the step and the date), and
 * anything unrecognised is shown as the api wrote it.
 */
export function notificationText(n: Pick<Notification, 'kind' | 'title' | 'body'> & { code?: string | null; params?: Record<string, string> | null }): string {
  const coded = n.code ? fromCode(n.code, n.params ?? {}) : null;
  if (coded) return coded;
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
  if (n.objectType === 'tenancy') return { to: `/huurcontracten/${n.objectId}`, text: 'Bekijk het huurcontract' };
  if (n.objectType === 'nomination') return { to: `/voordrachten/${n.objectId}`, text: 'Bekijk de voordracht' };
  return { to: `/koppelingen/${n.objectId}`, text: 'Bekijk de koppeling' };
}
