import { addMonths, DEFAULT_TENANCY_POLICY as P, evaluate, recordEvent, startTenancy, TenancyState } from '@tp/domain';

const value = <T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
  return r.value;
};

describe('tenancy follow-up', () => {
  describe('adding months to a date', () => {
    it('keeps the day of the month', () => expect(addMonths('2026-12-01', 12)).toBe('2027-12-01'));
    it('turns the 31st into the last day of a shorter month', () => expect(addMonths('2027-01-31', 1)).toBe('2027-02-28'));
    it('knows leap years', () => expect(addMonths('2027-02-29'.replace('2027', '2028'), 12)).toBe('2029-02-28'));
  });

  describe('starting a tenancy', () => {
    it('gives the lease of an omklap to the care provider, with an evaluation after 12 months', () => {
      expect(startTenancy('omklap', '2026-12-01', P)).toMatchObject({ leaseholder: 'care_provider', nextEvaluationDate: '2027-12-01', conditionsEndDate: null, status: 'live' });
    });
    it('gives a conditional lease to the client, with the conditions ending after 12 months', () => {
      expect(startTenancy('onder_voorwaarden', '2026-12-01', P)).toMatchObject({ leaseholder: 'client', conditionsEndDate: '2027-12-01', nextEvaluationDate: null });
    });
    it('gives a regular lease to the client with nothing to evaluate', () => {
      expect(startTenancy('regulier', '2026-12-01', P)).toMatchObject({ leaseholder: 'client', conditionsEndDate: null, nextEvaluationDate: null });
    });
    it('follows the region policy for the evaluation moment', () => {
      expect(startTenancy('omklap', '2026-12-01', { ...P, omklapEvaluationMonths: 24 }).nextEvaluationDate).toBe('2028-12-01');
    });
  });

  describe('evaluations', () => {
    const omklap = (): TenancyState => startTenancy('omklap', '2026-12-01', P);

    it('converts an omklap lease to the client on the date of the evaluation', () => {
      expect(value(evaluate(omklap(), 'convert', '2027-12-01', P))).toMatchObject({ leaseholder: 'client', convertedOn: '2027-12-01', nextEvaluationDate: null });
    });

    it('extends an omklap lease to a second evaluation 12 months later, then converts it', () => {
      const extended = value(evaluate(omklap(), 'extend', '2027-12-01', P));
      expect(extended).toMatchObject({ nextEvaluationDate: '2028-12-01', extensions: 1, leaseholder: 'care_provider' });
      expect(value(evaluate(extended, 'convert', '2028-12-01', P)).leaseholder).toBe('client');
    });

    it('ends a tenancy at an evaluation', () => {
      expect(value(evaluate(omklap(), 'end', '2027-12-01', P))).toMatchObject({ status: 'ended', endDate: '2027-12-01', endReason: 'evaluation' });
    });

    it('refuses to convert a lease twice', () => {
      const converted = value(evaluate(omklap(), 'convert', '2027-12-01', P));
      expect(evaluate(converted, 'convert', '2028-01-01', P).ok).toBe(false);
      expect(evaluate(converted, 'extend', '2028-01-01', P).ok).toBe(false);
    });

    it('lifts the conditions of a conditional lease', () => {
      const t = startTenancy('onder_voorwaarden', '2026-12-01', P);
      expect(value(evaluate(t, 'convert', '2027-12-01', P)).conditionsEndDate).toBeNull();
      expect(value(evaluate(t, 'extend', '2027-12-01', P)).conditionsEndDate).toBe('2028-12-01');
    });

    it('refuses evaluations of a regular lease, of an ended tenancy, and before the start', () => {
      expect(evaluate(startTenancy('regulier', '2026-12-01', P), 'convert', '2027-12-01', P).ok).toBe(false);
      expect(evaluate(value(evaluate(omklap(), 'end', '2027-01-01', P)), 'convert', '2027-12-01', P).ok).toBe(false);
      expect(evaluate(omklap(), 'convert', '2026-11-30', P).ok).toBe(false);
    });
  });

  describe('events', () => {
    const live = () => startTenancy('omklap', '2026-12-01', P);

    it('puts the client on a time-out and back', () => {
      const away = value(recordEvent(live(), 'time_out', '2027-03-01', '2027-04-01'));
      expect(away).toMatchObject({ onTimeOut: true, expectedReturnDate: '2027-04-01', status: 'live' });
      expect(recordEvent(away, 'time_out', '2027-03-02').ok).toBe(false);
      expect(value(recordEvent(away, 'returned', '2027-03-28'))).toMatchObject({ onTimeOut: false, expectedReturnDate: null });
    });

    it('refuses a return without a time-out and an expected return before the time-out', () => {
      expect(recordEvent(live(), 'returned', '2027-03-01').ok).toBe(false);
      expect(recordEvent(live(), 'time_out', '2027-03-01', '2027-02-01').ok).toBe(false);
    });

    it('keeps the tenancy live after overlast and an eviction notice', () => {
      expect(value(recordEvent(live(), 'overlast', '2027-02-01')).status).toBe('live');
      expect(value(recordEvent(live(), 'aanzegging', '2027-02-01')).status).toBe('live');
    });

    it('ends the tenancy at an eviction or its end, after which nothing more can happen', () => {
      const evicted = value(recordEvent(live(), 'huisuitzetting', '2027-05-01'));
      expect(evicted).toMatchObject({ status: 'ended', endReason: 'huisuitzetting', endDate: '2027-05-01' });
      expect(recordEvent(evicted, 'overlast', '2027-05-02').ok).toBe(false);
      expect(value(recordEvent(live(), 'ended', '2027-05-01')).endReason).toBe('ended');
    });

    it('refuses an event before the start of the tenancy', () => {
      expect(recordEvent(live(), 'overlast', '2026-11-01').ok).toBe(false);
    });
  });
});
