import fc from 'fast-check';
import { compareQueue, PRIORITY_CLASSES, QueueKey, queueOrder } from '@tp/domain';
import { at } from './fixtures';

const key = (over: Partial<QueueKey> = {}): QueueKey => ({
  id: 'a',
  priorityClass: 'normal',
  approvedAt: at('2026-01-05T09:00:00Z'),
  tieBreaker: 0.5,
  ...over,
});

const ids = (items: readonly QueueKey[]) => items.map((i) => i.id);

describe('queue order of bijzondere bemiddeling', () => {
  it('puts an urgent nomination before a normal one, even when the normal one waited longer', () => {
    const normal = key({ id: 'n', priorityClass: 'normal', approvedAt: at('2025-01-01T00:00:00Z'), tieBreaker: 0 });
    const urgent = key({ id: 'u', priorityClass: 'urgent', approvedAt: at('2026-06-01T00:00:00Z'), tieBreaker: 1 });
    expect(ids(queueOrder([normal, urgent]))).toEqual(['u', 'n']);
    expect(compareQueue(urgent, normal)).toBeLessThan(0);
    expect(compareQueue(normal, urgent)).toBeGreaterThan(0);
  });

  it('puts the longest waiting since approval first within a priority class', () => {
    const older = key({ id: 'z', approvedAt: at('2026-01-01T08:00:00Z'), tieBreaker: 0.9 });
    const newer = key({ id: 'a', approvedAt: at('2026-01-01T08:00:01Z'), tieBreaker: 0.1 });
    expect(ids(queueOrder([newer, older]))).toEqual(['z', 'a']);
  });

  it('orders urgent nominations among themselves by approval date too', () => {
    const u1 = key({ id: 'u1', priorityClass: 'urgent', approvedAt: at('2026-02-01T00:00:00Z') });
    const u2 = key({ id: 'u2', priorityClass: 'urgent', approvedAt: at('2026-01-01T00:00:00Z') });
    expect(ids(queueOrder([u1, u2]))).toEqual(['u2', 'u1']);
  });

  it('breaks a tie on class and approval moment with the lower stored tie-breaker', () => {
    const high = key({ id: 'a', tieBreaker: 0.7 });
    const low = key({ id: 'b', tieBreaker: 0.2 });
    expect(ids(queueOrder([high, low]))).toEqual(['b', 'a']);
  });

  it('falls back to the id when class, approval moment and tie-breaker are all equal', () => {
    expect(ids(queueOrder([key({ id: 'c' }), key({ id: 'a' }), key({ id: 'b' })]))).toEqual(['a', 'b', 'c']);
  });

  it('compares a nomination with itself as equal', () => {
    const k = key();
    expect(compareQueue(k, { ...k })).toBe(0);
  });

  it('applies all four keys in order on a mixed queue', () => {
    const queue = [
      key({ id: 'n-late', approvedAt: at('2026-03-01T00:00:00Z') }),
      key({ id: 'n-early-tb9', approvedAt: at('2026-01-01T00:00:00Z'), tieBreaker: 0.9 }),
      key({ id: 'n-early-tb1-b', approvedAt: at('2026-01-01T00:00:00Z'), tieBreaker: 0.1 }),
      key({ id: 'n-early-tb1-a', approvedAt: at('2026-01-01T00:00:00Z'), tieBreaker: 0.1 }),
      key({ id: 'u-late', priorityClass: 'urgent', approvedAt: at('2026-04-01T00:00:00Z') }),
      key({ id: 'u-early', priorityClass: 'urgent', approvedAt: at('2026-02-01T00:00:00Z') }),
    ];
    expect(ids(queueOrder(queue))).toEqual(['u-early', 'u-late', 'n-early-tb1-a', 'n-early-tb1-b', 'n-early-tb9', 'n-late']);
  });

  it('returns a new array and leaves the input order alone', () => {
    const input = [key({ id: 'b' }), key({ id: 'a' })];
    const out = queueOrder(input);
    expect(out).not.toBe(input);
    expect(ids(input)).toEqual(['b', 'a']);
  });

  it('keeps the extra fields of the items it orders', () => {
    const out = queueOrder([{ ...key({ id: 'b' }), extra: 2 }, { ...key({ id: 'a' }), extra: 1 }]);
    expect(out.map((o) => o.extra)).toEqual([1, 2]);
  });

  it('gives the same order whatever order the nominations come in', () => {
    const arbKey = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
      priorityClass: fc.constantFrom(...PRIORITY_CLASSES),
      approvedAt: fc.integer({ min: 0, max: 3 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d))),
      tieBreaker: fc.constantFrom(0, 0.25, 0.5),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbKey, { selector: (k) => k.id, maxLength: 6 }).chain((ks) => fc.tuple(fc.constant(ks), fc.shuffledSubarray(ks, { minLength: ks.length, maxLength: ks.length }))), ([a, b]) => {
        expect(ids(queueOrder(a))).toEqual(ids(queueOrder(b)));
      }),
    );
  });

  it('is a consistent ordering: antisymmetric and transitive', () => {
    const arbKey = fc.record({
      id: fc.constantFrom('a', 'b', 'c'),
      priorityClass: fc.constantFrom(...PRIORITY_CLASSES),
      approvedAt: fc.integer({ min: 0, max: 2 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d))),
      tieBreaker: fc.constantFrom(0, 1),
    });
    fc.assert(
      fc.property(arbKey, arbKey, arbKey, (a, b, c) => {
        expect(Math.sign(compareQueue(a, b))).toBe(-Math.sign(compareQueue(b, a)) || 0);
        if (compareQueue(a, b) <= 0 && compareQueue(b, c) <= 0) expect(compareQueue(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
