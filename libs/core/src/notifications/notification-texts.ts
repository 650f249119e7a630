import { LiveMatchStatus, ReminderKind } from '@tp/domain';
import { NotificationCode, NotificationKind } from '../database/entities/notification.entity';

export interface NotificationText {
  kind: NotificationKind;
  title: string;
  body: string;
  link: string;
  /** The stable code of this text and its values (the client's reference, dates as YYYY-MM-DD, the match status). */
  code: NotificationCode;
  params: Record<string, string>;
}

/**
 * What a reminder of a tenancy's due date says. It names the client only by the care provider's own
 * reference (no name, no other personal data): an inbox or a mail may be read by others.
 */
export function tenancyReminderText(kind: ReminderKind, what: 'evaluation' | 'conditions', due: string, clientReference: string, tenancyId: string): NotificationText {
  const subject = what === 'evaluation' ? 'The evaluation of the tenancy' : 'The end of the conditions of the tenancy';
  return {
    kind: kind === 'before' ? 'tenancy_reminder' : 'tenancy_overdue',
    title: kind === 'before' ? `${what === 'evaluation' ? 'Evaluation' : 'End of conditions'} due on ${due}` : `${what === 'evaluation' ? 'Evaluation' : 'End of conditions'} overdue since ${due}`,
    body:
      kind === 'before'
        ? `${subject} of client ${clientReference} is due on ${due}. Record its outcome when it has taken place.`
        : `${subject} of client ${clientReference} was due on ${due} and no outcome has been recorded yet.`,
    link: `/tenancies/${tenancyId}`,
    code: `tenancy.${what === 'evaluation' ? 'evaluation' : 'conditions'}_${kind === 'before' ? 'due' : 'overdue'}`,
    params: { clientReference, due },
  };
}

const STEP: Record<LiveMatchStatus, string> = {
  proposed: 'approve or decline the proposed match',
  approved: 'accept or decline the candidate',
  accepted: "accept the home on the client's behalf, or decline it",
  client_accepted: 'register the signed lease',
};

/** What a match waiting on a party's step says (again only the client's reference). */
export function matchStepText(status: LiveMatchStatus, clientReference: string, deadline: Date | null, matchId: string): NotificationText {
  return {
    kind: 'match_step',
    title: `A match waits for your step: ${STEP[status].split(',')[0]}`,
    body: `The match of client ${clientReference} waits for you to ${STEP[status]}${deadline ? ` before ${deadline.toISOString().slice(0, 10)}` : ''}.`,
    link: `/matches/${matchId}`,
    code: 'match.step_waiting',
    params: { clientReference, step: status, ...(deadline ? { deadline: deadline.toISOString().slice(0, 10) } : {}) },
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The readiness statement of a nomination runs out soon: the care provider may re-confirm it (renew). */
export function nominationExpiringText(clientReference: string, validUntil: Date, nominationId: string): NotificationText {
  return {
    kind: 'nomination_expiring',
    title: `Nomination valid until ${day(validUntil)}: re-confirm readiness`,
    body: `The nomination of client ${clientReference} is valid until ${day(validUntil)}. If the client is still ready to live independently, re-confirm the readiness statement before then; otherwise the nomination expires and leaves the queue.`,
    link: `/nominations/${nominationId}`,
    code: 'nomination.expiring',
    params: { clientReference, validUntil: day(validUntil) },
  };
}

/** The nomination expired: its readiness statement was not re-confirmed in time. */
export function nominationExpiredText(clientReference: string, validUntil: Date, nominationId: string): NotificationText {
  return {
    kind: 'nomination_expired',
    title: 'Nomination expired',
    body: `The nomination of client ${clientReference} expired on ${day(validUntil)}: its readiness statement was not re-confirmed. It has left the queue; submit a new nomination if the client is ready.`,
    link: `/nominations/${nominationId}`,
    code: 'nomination.expired',
    params: { clientReference, validUntil: day(validUntil) },
  };
}

/**
 * The e-mail of a notification: its own title and body and the path of the page in the product,
 * nothing more (a mailbox may be read by others, and a mail cannot be recalled).
 */
export function mailText(n: { title: string; body: string; link: string | null }): { subject: string; text: string } {
  const lines = [...wrap(n.body)];
  if (n.link) lines.push('', 'Open it in Transferpunt:', n.link);
  lines.push('', '--', 'This notification is also in your Transferpunt inbox.');
  return { subject: n.title, text: `${lines.join('\n')}\n` };
}

/** Short lines, so the message goes out as plain 7-bit text that `cat` shows as it is. */
function wrap(text: string, width = 72): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
