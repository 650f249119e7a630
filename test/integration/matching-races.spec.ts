import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

/**
 * A matching round reads the region, then writes its proposals. A vacancy or a nomination withdrawn
 * in between must not come back to life as matched. To hit that window every time, a trigger makes
 * the round's insert of a match sleep, and the withdrawal is sent while it sleeps.
 */
describe('withdrawing while a matching round is running', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    await loop.ds.query(`CREATE FUNCTION tp_test_slow_match() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.7); RETURN NEW; END $$`);
  });
  afterEach(async () => {
    await loop.ds.query(`DROP TRIGGER IF EXISTS tp_test_slow_match ON match`);
    await loop.sweep();
  });
  afterAll(() => t?.close());

  /** Makes the next inserts of a match sleep, and returns a wait for a round to be asleep in one. */
  const slowRound = async () => {
    await loop.ds.query(`CREATE TRIGGER tp_test_slow_match BEFORE INSERT ON match FOR EACH ROW EXECUTE FUNCTION tp_test_slow_match()`);
    return () =>
      eventually(async () => {
        const [{ n }] = await loop.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
        return n > 0;
      }, 10000, 'a round writing a proposal');
  };

  it('a vacancy withdrawn while a round proposes it stays withdrawn, without a live match', async () => {
    const n = await loop.nomination();
    await loop.settled();
    const asleep = await slowRound();
    const vacancyId = await loop.vacancy();
    await asleep();
    const withdrawn = await loop.as(loop.r.corporationA).post(`/vacancies/${vacancyId}/withdraw`, { reason: 'verkocht' });
    expect(withdrawn.status).toBe(200);
    await loop.ds.query(`DROP TRIGGER tp_test_slow_match ON match`);
    await loop.settled();

    expect(await loop.vacancyStatus(vacancyId)).toBe('withdrawn');
    expect(await loop.liveMatch({ vacancyId })).toBeUndefined();
    expect(await loop.nominationStatus(n.id)).toBe('active');
  });

  it('a nomination withdrawn while a round proposes it stays withdrawn, without a live match', async () => {
    const n = await loop.nomination();
    await loop.settled();
    const asleep = await slowRound();
    const vacancyId = await loop.vacancy();
    await asleep();
    const withdrawn = await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, { reason: 'cliënt overleden' });
    expect(withdrawn.status).toBe(200);
    await loop.ds.query(`DROP TRIGGER tp_test_slow_match ON match`);
    await loop.settled();

    expect(await loop.nominationStatus(n.id)).toBe('withdrawn');
    expect(await loop.liveMatch({ nominationId: n.id })).toBeUndefined();
    expect(await loop.vacancyStatus(vacancyId)).toBe('open');
  });
});
