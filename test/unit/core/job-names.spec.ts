import { indexHandlers, JobHandler, jobIds, JOBS } from '../../../libs/core/src/jobs/job-names';

const handler = (jobName: keyof typeof JOBS): JobHandler => ({ jobName, handle: async () => 'done' });

describe('the job registry', () => {
  it('accepts exactly one handler per job', () => {
    expect(indexHandlers([handler('matching.run'), handler('match.expire'), handler('matching.schedule'), handler('tenancy.remind'), handler('notification.mail'), handler('monitor.snapshot'), handler('retention.run'), handler('nomination.remind'), handler('nomination.expire')]).size).toBe(Object.keys(JOBS).length);
  });

  it('refuses to start when a job has no handler', () => {
    expect(() => indexHandlers([handler('matching.run')])).toThrow(/match\.expire/);
  });

  it('refuses to start when a job has two handlers', () => {
    expect(() => indexHandlers([handler('matching.run'), handler('matching.run'), handler('match.expire'), handler('matching.schedule')])).toThrow(/two handlers/);
  });

  it('derives deterministic job ids, so an event never becomes two jobs', () => {
    expect(jobIds.matchExpire('m1', 'approved')).toBe(jobIds.matchExpire('m1', 'approved'));
    expect(jobIds.matchExpire('m1', 'approved')).not.toBe(jobIds.matchExpire('m1', 'accepted'));
    expect(jobIds.tenancyRemind('t1', 'before', '2027-12-01')).toBe('t1-remind-before-2027-12-01');
    expect(jobIds.tenancyRemind('t1', 'before', '2027-12-01')).not.toBe(jobIds.tenancyRemind('t1', 'overdue', '2027-12-01'));
    expect(jobIds.notificationMail('n1')).toBe('n1-mail');
    expect(jobIds.monitorSnapshot('2026-10')).toBe('monitor-snapshot-2026-10');
    expect(jobIds.nominationExpire('n1', '2027-11-25T10:00:00.000Z')).toBe('n1-validity-expire-2027-11-25T10:00:00.000Z');
    expect(jobIds.nominationExpire('n1', '2027-11-25T10:00:00.000Z')).not.toBe(jobIds.nominationExpire('n1', '2028-11-25T10:00:00.000Z'));
    expect(jobIds.nominationRemind('n1', '2027-11-25T10:00:00.000Z')).not.toBe(jobIds.nominationExpire('n1', '2027-11-25T10:00:00.000Z'));
  });
});
