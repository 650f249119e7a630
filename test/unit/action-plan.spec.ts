import { nextDeadline, normaliseDeadlines, overdueDeadlines, planProgress, PlanAction } from '@tp/domain';

describe('the regional action plan', () => {
  const a = (state: PlanAction['state'], ...dates: string[]): PlanAction => ({ state, deadlines: dates.map((date, i) => ({ date, label: `stap ${i + 1}` })) });

  it('counts a deadline overdue from the day after its date, and never for a done action', () => {
    expect(overdueDeadlines(a('open', '2026-11-24', '2026-11-25', '2026-12-01'), '2026-11-25')).toEqual([{ date: '2026-11-24', label: 'stap 1' }]);
    expect(overdueDeadlines(a('ongoing', '2026-11-24', '2026-11-20'), '2026-11-25')).toHaveLength(2);
    expect(overdueDeadlines(a('done', '2026-01-01'), '2026-11-25')).toEqual([]);
  });

  it('names the next deadline that has not passed', () => {
    expect(nextDeadline(a('open', '2026-12-31', '2026-11-25', '2026-11-01'), '2026-11-25')).toEqual({ date: '2026-11-25', label: 'stap 2' });
    expect(nextDeadline(a('open', '2026-11-01'), '2026-11-25')).toBeNull();
    expect(nextDeadline(a('done', '2026-12-31'), '2026-11-25')).toBeNull();
  });

  it('orders deadlines by date and label and drops an exact repeat', () => {
    expect(normaliseDeadlines([{ date: '2026-12-01', label: 'b' }, { date: '2026-03-01', label: 'z' }, { date: '2026-12-01', label: 'a' }, { date: '2026-12-01', label: 'b' }])).toEqual([
      { date: '2026-03-01', label: 'z' },
      { date: '2026-12-01', label: 'a' },
      { date: '2026-12-01', label: 'b' },
    ]);
  });

  it('gives the progress: counts per state, overdue actions and deadlines, the done share', () => {
    expect(planProgress([], '2026-11-25')).toEqual({ total: 0, byState: { open: 0, ongoing: 0, done: 0 }, overdueActions: 0, overdueDeadlines: 0, doneShare: 0 });
    const p = planProgress([a('open', '2026-11-01', '2026-11-02'), a('ongoing', '2026-12-01'), a('done', '2026-01-01'), a('ongoing', '2026-10-01')], '2026-11-25');
    expect(p).toEqual({ total: 4, byState: { open: 1, ongoing: 2, done: 1 }, overdueActions: 2, overdueDeadlines: 3, doneShare: 0.25 });
  });
});
