import { mailText, matchStepText, nominationExpiredText, nominationExpiringText, tenancyReminderText } from '../../../libs/core/src/notifications/notification-texts';

describe('notification texts', () => {
  it('a reminder names the due date, the client by reference only, and links to the tenancy', () => {
    const before = tenancyReminderText('before', 'evaluation', '2027-12-01', 'DIM-2026-0301', 't1');
    expect(before).toMatchObject({ kind: 'tenancy_reminder', title: 'Evaluation due on 2027-12-01', link: '/tenancies/t1' });
    expect(before.body).toContain('client DIM-2026-0301');
    const overdue = tenancyReminderText('overdue', 'conditions', '2027-12-01', 'DIM-2026-0301', 't1');
    expect(overdue).toMatchObject({ kind: 'tenancy_overdue', title: 'End of conditions overdue since 2027-12-01' });
    expect(overdue.body).toMatch(/was due on 2027-12-01/);
  });

  it('a nomination about to expire, or expired, names the end of validity and the client by reference only, and links to the nomination', () => {
    const soon = nominationExpiringText('DIM-9', new Date('2027-11-20T09:00:00Z'), 'n1');
    expect(soon).toMatchObject({ kind: 'nomination_expiring', code: 'nomination.expiring', link: '/nominations/n1', params: { clientReference: 'DIM-9', validUntil: '2027-11-20' } });
    expect(soon.body).toContain('client DIM-9');
    const gone = nominationExpiredText('DIM-9', new Date('2027-11-20T09:00:00Z'), 'n1');
    expect(gone).toMatchObject({ kind: 'nomination_expired', code: 'nomination.expired', params: { clientReference: 'DIM-9', validUntil: '2027-11-20' } });
  });

  it('a match step names the step and its deadline', () => {
    const text = matchStepText('approved', 'REF-1', new Date('2026-12-08T10:00:00Z'), 'm1');
    expect(text).toMatchObject({ kind: 'match_step', link: '/matches/m1', title: 'A match waits for your step: accept or decline the candidate' });
    expect(text.body).toBe('The match of client REF-1 waits for you to accept or decline the candidate before 2026-12-08.');
    expect(matchStepText('client_accepted', 'REF-1', null, 'm1').body).toBe('The match of client REF-1 waits for you to register the signed lease.');
  });

  it('a mail is the notification’s own title, body and link, in short lines', () => {
    const text = tenancyReminderText('before', 'conditions', '2027-12-01', 'DIM-2026-0301', 't1');
    const mail = mailText(text);
    expect(mail.subject).toBe(text.title);
    expect(mail.text.split('\n').every((l) => l.length <= 72)).toBe(true);
    expect(mail.text.replace(/\s+/g, ' ')).toContain(text.body);
    expect(mail.text).toContain('\n/tenancies/t1\n');
    expect(mailText({ ...text, link: null }).text).not.toContain('Open it');
  });
});
