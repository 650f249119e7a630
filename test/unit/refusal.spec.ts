import { DECLINE_REASON_CODES, DEFAULT_REFUSAL_POLICY, refusalConsequence, REFUSAL_WITHOUT_GOOD_REASON } from '@tp/domain';

const now = new Date('2026-11-25T10:00:00Z');

describe('refusalConsequence', () => {
  it('by default, a refusal without good reason cools the nomination down for 30 days', () => {
    expect(refusalConsequence(DEFAULT_REFUSAL_POLICY, 'client_refused_without_reason', now)).toEqual({ kind: 'cool_down', until: new Date('2026-12-25T10:00:00Z') });
  });

  it('every other decline reason has no consequence, under every policy', () => {
    for (const reason of DECLINE_REASON_CODES.filter((r) => !REFUSAL_WITHOUT_GOOD_REASON.includes(r)))
      for (const kind of ['none', 'cool_down', 'loss_of_priority'] as const)
        expect(refusalConsequence({ refusalConsequence: kind, refusalCoolDownDays: 30 }, reason, now)).toEqual({ kind: 'none' });
  });

  it('loss of priority puts the nomination in the normal class, waiting from the refusal', () => {
    expect(refusalConsequence({ refusalConsequence: 'loss_of_priority', refusalCoolDownDays: 30 }, 'client_refused_without_reason', now)).toEqual({
      kind: 'loss_of_priority',
      priorityClass: 'normal',
      queueSince: now,
    });
  });

  it('the policy none, or a cool-down of 0 days, has no consequence', () => {
    expect(refusalConsequence({ refusalConsequence: 'none', refusalCoolDownDays: 30 }, 'client_refused_without_reason', now)).toEqual({ kind: 'none' });
    expect(refusalConsequence({ refusalConsequence: 'cool_down', refusalCoolDownDays: 0 }, 'client_refused_without_reason', now)).toEqual({ kind: 'none' });
  });
});
