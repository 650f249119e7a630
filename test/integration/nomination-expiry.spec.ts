import { DataSource } from 'typeorm';
import { NominationExpiryProcessor, NominationReminderProcessor } from '@tp/core/nominations/nomination-validity.processor';
import { MatchingInputRepository } from '@tp/core/matching/matching-input.repository';
import { RegionEntity } from '@tp/core/database/entities';
import { createTestRegion, TestRegion } from './support/region.factory';
import { eventually, startTestApp, TestApp } from './support/test-app';

interface Notification {
  kind: string;
  code: string | null;
  params: Record<string, string> | null;
  objectType: string;
  objectId: string;
  link: string | null;
}

describe('nomination expiry: valid for the region\'s months after approval, a reminder, expiry, renewal', () => {
  let t: TestApp;
  let r: TestRegion;
  let n = 0;
  const post = (token: string, p: string, body: object = {}) => t.http.post(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const put = (token: string, p: string, body: object = {}) => t.http.put(`/api/v1${p}`).set('Authorization', `Bearer ${token}`).send(body);
  const get = (token: string, p: string) => t.http.get(`/api/v1${p}`).set('Authorization', `Bearer ${token}`);
  const setClock = (at: Date) => t.clock.advance(at.getTime() - t.clock.now().getTime());
  const db = () => t.app.get(DataSource);
  /** The test clock runs on from where it was set: moments it stamps are within a minute of it. */
  const near = (iso: string | null, expected: string) => expect(Math.abs(new Date(iso!).getTime() - new Date(expected).getTime())).toBeLessThan(60_000);
  const shifted = (iso: string, ms: number) => new Date(new Date(iso).getTime() + ms);
  const MINUTE = 60_000;
  const remind = (nominationId: string, validUntil: string) => t.app.get(NominationReminderProcessor).handle({ nominationId, validUntil });
  const expire = (nominationId: string, validUntil: string) => t.app.get(NominationExpiryProcessor).handle({ nominationId, validUntil });
  const about = async (token: string, objectId: string): Promise<Notification[]> => (await get(token, '/notifications?limit=500')).body.items.filter((x: Notification) => x.objectId === objectId);
  const jobs = async (nominationId: string) =>
    (await db().query(`SELECT job_id, job_name, available_at FROM outbox WHERE job_name IN ('nomination.remind','nomination.expire') AND payload->>'nominationId' = $1 ORDER BY available_at, job_name`, [
      nominationId,
    ])) as Array<{ job_id: string; job_name: string; available_at: Date }>;

  /** A client of care provider A, nominated and approved by Raalte (no home offered: woonvariant kamer finds nothing). */
  async function approved(woonvariant = 'kamer') {
    n++;
    const reference = `EXP-${n}`;
    const c = await post(r.careProviderA, '/clients', { reference, originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const nom = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant, construction: 'regulier' });
    await post(r.careProviderA, `/nominations/${nom.body.id}/submit`);
    const res = await post(r.officers.GM0177, `/nominations/${nom.body.id}/approve`, { priorityClass: 'normal' });
    expect(res.status).toBe(200);
    return { id: nom.body.id as string, reference, validUntil: res.body.validUntil as string | null };
  }

  beforeAll(async () => {
    t = await startTestApp();
    setClock(new Date('2026-11-20T09:00:00Z'));
    r = await createTestRegion(t);
  });
  afterAll(() => t?.close());

  it('the policy carries nominationValidityMonths (default 12, 0–60), a bad value is a 400 naming the field', async () => {
    expect((await get(r.admin, `/regions/${r.code}/policy`)).body.nominationValidityMonths).toBe(12);
    const bad = await put(r.admin, `/regions/${r.code}/policy`, { nominationValidityMonths: 61 });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('nominationValidityMonths');
    expect((await put(r.admin, `/regions/${r.code}/policy`, { nominationValidityMonths: -1 })).status).toBe(400);
    expect((await get(r.admin, `/regions/${r.code}/policy`)).body.nominationValidityMonths).toBe(12);
  });

  it('approval sets validUntil 12 months on and schedules a reminder 14 days before and the expiry at it, with deterministic ids', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved();
    near(nom.validUntil, '2027-11-20T09:00:00.000Z');
    expect((await get(r.careProviderA, `/nominations/${nom.id}`)).body.validUntil).toBe(nom.validUntil);
    expect((await get(r.officers.GM0177, `/nominations/${nom.id}`)).body.validUntil).toBe(nom.validUntil);
    expect((await jobs(nom.id)).map((j) => [j.job_id, j.job_name, new Date(j.available_at).toISOString()])).toEqual([
      [`${nom.id}-validity-remind-${nom.validUntil}`, 'nomination.remind', shifted(nom.validUntil!, -14 * 24 * 3600 * 1000).toISOString()],
      [`${nom.id}-validity-expire-${nom.validUntil}`, 'nomination.expire', nom.validUntil],
    ]);
  });

  it('the reminder reaches the care provider\'s users once, with a code and params, and nobody else', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved();
    setClock(new Date('2027-11-06T09:00:00Z'));
    expect(await remind(nom.id, nom.validUntil!)).toBe('done');
    expect(await remind(nom.id, nom.validUntil!)).toBe('skipped');
    const got = await about(r.careProviderA, nom.id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ kind: 'nomination_expiring', code: 'nomination.expiring', objectType: 'nomination', link: `/nominations/${nom.id}`, params: { clientReference: nom.reference, validUntil: '2027-11-20' } });
    for (const token of [r.careProviderB, r.corporationA, r.officers.GM0177, r.coordinator]) expect(await about(token, nom.id)).toEqual([]);
  });

  it('at validUntil an active nomination expires: audited as the system, the care provider told, out of the queue; the job does nothing twice', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved();
    setClock(shifted(nom.validUntil!, -MINUTE));
    expect(await expire(nom.id, nom.validUntil!)).toBe('skipped'); // not yet
    setClock(shifted(nom.validUntil!, 1000));
    const [a, b] = await Promise.all([expire(nom.id, nom.validUntil!), expire(nom.id, nom.validUntil!)]);
    expect([a, b].sort()).toEqual(['done', 'skipped']);
    expect(await expire(nom.id, nom.validUntil!)).toBe('skipped');
    expect((await get(r.careProviderA, `/nominations/${nom.id}`)).body.status).toBe('expired');
    const status = await get(r.careProviderA, `/nominations/${nom.id}/matching-status`);
    expect(status.body).toMatchObject({ nominationStatus: 'expired', state: 'not_in_queue' });
    expect((await get(r.coordinator, '/queue?limit=500')).body.items.map((x: { nominationId: string }) => x.nominationId)).not.toContain(nom.id);
    const told = (await about(r.careProviderA, nom.id)).filter((x) => x.kind === 'nomination_expired');
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ code: 'nomination.expired', params: { clientReference: nom.reference, validUntil: '2027-11-20' } });
    const audit = await db().query(`SELECT role, user_id, grounds FROM audit_event WHERE action = 'nomination.expire' AND object_id = $1`, [nom.id]);
    expect(audit).toEqual([{ role: 'system', user_id: null, grounds: `valid_until:${nom.validUntil}` }]);
    // an expired nomination cannot be renewed, withdrawn or approved: 409
    expect((await post(r.careProviderA, `/nominations/${nom.id}/renew`)).status).toBe(409);
    expect((await post(r.careProviderA, `/nominations/${nom.id}/withdraw`, { reason: 'x' })).status).toBe(409);
  });

  it('renewal by the care provider moves validUntil to now + the months, schedules new jobs, is audited; the old jobs do nothing', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved();
    setClock(new Date('2027-11-10T12:00:00Z'));
    expect((await post(r.careProviderB, `/nominations/${nom.id}/renew`)).status).toBe(404);
    expect((await post(r.officers.GM0177, `/nominations/${nom.id}/renew`)).status).toBe(403);
    const bad = await post(r.careProviderA, `/nominations/${nom.id}/renew`, { readyFrom: '1 januari' });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('readyFrom');
    const res = await post(r.careProviderA, `/nominations/${nom.id}/renew`, { readyFrom: '2028-01-01' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'active', readyFrom: '2028-01-01' });
    near(res.body.validUntil, '2028-11-10T12:00:00.000Z');
    const renewed = res.body.validUntil as string;
    expect((await jobs(nom.id)).map((j) => j.job_id)).toEqual(expect.arrayContaining([`${nom.id}-validity-remind-${renewed}`, `${nom.id}-validity-expire-${renewed}`]));
    setClock(shifted(nom.validUntil!, MINUTE));
    expect(await remind(nom.id, nom.validUntil!)).toBe('skipped');
    expect(await expire(nom.id, nom.validUntil!)).toBe('skipped');
    expect((await get(r.careProviderA, `/nominations/${nom.id}`)).body.status).toBe('active');
    const audit = await db().query(`SELECT role, grounds FROM audit_event WHERE action = 'nomination.renew' AND object_id = $1`, [nom.id]);
    expect(audit).toEqual([{ role: 'care_provider', grounds: `valid_until:${nom.validUntil}->${renewed}` }]);
    // a draft cannot be renewed
    const c = await post(r.careProviderA, '/clients', { reference: 'EXP-draft', originMunicipalityCode: 'GM0177', birthYear: 1985, householdSize: 1, currentSetting: 'BW', consentToShare: true });
    const draft = await post(r.careProviderA, '/nominations', { clientId: c.body.id, woonvariant: 'kamer', construction: 'regulier' });
    expect((await post(r.careProviderA, `/nominations/${draft.body.id}/renew`)).status).toBe(409);
  });

  it('a matched nomination is left alone at validUntil; when its match ends without a lease it expires instead of returning to the queue', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved('zelfstandig');
    const v = await post(r.corporationA, '/vacancies', { address: 'Kerkstraat 99, Raalte', neighbourhoodCode: r.buurten.GM0177[0], woonvariant: 'zelfstandig', rooms: 2, rent: 550, availableFrom: '2026-12-01', constructions: ['regulier'] });
    expect(v.status).toBe(201);
    const match = await eventually(async () => (await get(r.corporationA, '/matches?status=proposed')).body.items.find((x: { vacancyId: string }) => x.vacancyId === v.body.id), 10000, 'a proposal');
    expect(match.nominationId).toBe(nom.id);
    setClock(shifted(nom.validUntil!, MINUTE));
    expect(await expire(nom.id, nom.validUntil!)).toBe('skipped');
    expect((await get(r.careProviderA, `/nominations/${nom.id}`)).body.status).toBe('matched');
    expect((await post(r.officers.GM0177, `/matches/${match.id}/decline`, { reasonCode: 'other', note: 'not this one' })).status).toBe(200);
    expect((await get(r.careProviderA, `/nominations/${nom.id}`)).body.status).toBe('expired');
    expect((await about(r.careProviderA, nom.id)).filter((x) => x.kind === 'nomination_expired')).toHaveLength(1);
  });

  it('a round does not consider an active nomination whose validity passed before its job ran', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    const nom = await approved();
    const region = await db().getRepository(RegionEntity).findOneByOrFail({ code: r.code });
    const ids = async (at: Date) => (await t.app.get(MatchingInputRepository).load(db().manager, region, at)).nominations.map((x) => x.id);
    expect(await ids(shifted(nom.validUntil!, -MINUTE))).toContain(nom.id);
    expect(await ids(shifted(nom.validUntil!, 0))).not.toContain(nom.id);
  });

  it('with nominationValidityMonths 0 a nomination never expires: no validUntil, no jobs', async () => {
    setClock(new Date('2026-11-20T09:00:00Z'));
    expect((await put(r.admin, `/regions/${r.code}/policy`, { nominationValidityMonths: 0 })).body.nominationValidityMonths).toBe(0);
    const nom = await approved();
    expect(nom.validUntil).toBeNull();
    expect(await jobs(nom.id)).toEqual([]);
    expect((await post(r.careProviderA, `/nominations/${nom.id}/renew`)).body.validUntil).toBeNull();
    await put(r.admin, `/regions/${r.code}/policy`, { nominationValidityMonths: 12 });
  });
});
