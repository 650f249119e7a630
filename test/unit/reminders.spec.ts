import { dueDates, reminderApplies, reminderMoments } from '@tp/domain';

describe('reminders of a tenancy due date', () => {
  const now = new Date('2026-12-01T10:00:00Z');

  it('reminds the given number of days before the date and again the day after it', () => {
    expect(reminderMoments('2027-12-01', 14, now)).toEqual([
      { kind: 'before', at: new Date('2027-11-17T06:00:00Z') },
      { kind: 'overdue', at: new Date('2027-12-02T06:00:00Z') },
    ]);
  });

  it('counts across month and year ends, and with zero days reminds on the date itself', () => {
    expect(reminderMoments('2027-01-05', 14, now)[0].at).toEqual(new Date('2026-12-22T06:00:00Z'));
    expect(reminderMoments('2027-03-01', 0, now)[0].at).toEqual(new Date('2027-03-01T06:00:00Z'));
  });

  it('keeps a reminder whose moment has passed (it goes out at once) while the date is not overdue yet', () => {
    expect(reminderMoments('2026-12-10', 14, now).map((r) => r.kind)).toEqual(['before', 'overdue']);
  });

  it('leaves out the reminder beforehand when the date is already overdue', () => {
    expect(reminderMoments('2026-11-01', 14, now)).toEqual([{ kind: 'overdue', at: new Date('2026-11-02T06:00:00Z') }]);
  });

  it('a reminder applies only while the tenancy is live and still waits for that date', () => {
    const live = { status: 'live', nextEvaluationDate: '2027-12-01', conditionsEndDate: null };
    expect(dueDates(live)).toEqual(['2027-12-01']);
    expect(reminderApplies(live, '2027-12-01')).toBe(true);
    expect(reminderApplies({ ...live, nextEvaluationDate: '2028-12-01' }, '2027-12-01')).toBe(false); // extended: moved
    expect(reminderApplies({ ...live, nextEvaluationDate: null }, '2027-12-01')).toBe(false); // converted
    expect(reminderApplies({ ...live, status: 'ended' }, '2027-12-01')).toBe(false);
    expect(reminderApplies({ status: 'live', nextEvaluationDate: null, conditionsEndDate: '2027-06-01' }, '2027-06-01')).toBe(true);
  });
});
