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

/**
 * A step on a match (decline, lease) and a withdrawal of its nomination or vacancy change the same
 * three rows. They lock them in one order (vacancy, nomination, match), so neither waits on the other
 * in a circle: both answer, one after the other, and no caller is told to try again. A trigger makes
 * the decline's update of the match sleep, so the withdrawal always arrives while the decline holds it.
 */
describe('a step on a match and a withdrawal at the same moment', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    await loop.ds.query(`CREATE FUNCTION tp_test_slow_decline() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF NEW.status = 'declined' THEN PERFORM pg_sleep(0.7); END IF; RETURN NEW; END $$`);
  });
  afterEach(async () => {
    await loop.ds.query(`DROP TRIGGER IF EXISTS tp_test_slow_decline ON match`);
    await loop.sweep();
  });
  afterAll(() => t?.close());

  const asleep = () =>
    eventually(async () => {
      const [{ n }] = await loop.ds.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
      return n > 0;
    }, 10000, 'a decline writing the match');

  it.each(['nomination', 'vacancy'] as const)('the officer declines while the %s is withdrawn: both succeed, nothing deadlocks', async (side) => {
    const n = await loop.nomination();
    const vacancyId = await loop.vacancy();
    const match = await loop.proposed(vacancyId);
    await loop.ds.query(`CREATE TRIGGER tp_test_slow_decline BEFORE UPDATE ON match FOR EACH ROW EXECUTE FUNCTION tp_test_slow_decline()`);

    const decline = loop.officer(match.destinationMunicipalityCode).post(`/matches/${match.id}/decline`, { reasonCode: 'other', note: 'botsing' }).then((r) => r);
    await asleep();
    const withdraw =
      side === 'nomination'
        ? await loop.as(loop.r.careProviderA).post(`/nominations/${n.id}/withdraw`, { reason: 'verhuisd' })
        : await loop.as(loop.r.corporationA).post(`/vacancies/${vacancyId}/withdraw`, { reason: 'verkocht' });
    const declined = await decline;

    expect(declined.status).toBe(200);
    expect(withdraw.status).toBe(200);
    await loop.ds.query(`DROP TRIGGER tp_test_slow_decline ON match`);
    await loop.settled();
    expect(await loop.match(match.id)).toMatchObject({ status: 'declined' });
    if (side === 'nomination') expect(await loop.nominationStatus(n.id)).toBe('withdrawn');
    else expect(await loop.vacancyStatus(vacancyId)).toBe('withdrawn');
  });
});
