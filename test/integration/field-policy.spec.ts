import { ROLES } from '@tp/domain';
import { allowedFields, CANDIDATE_FIELDS, PolicyResource } from '@tp/core/access/field-policy';
import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

type Json = Record<string, unknown>;

/**
 * Data minimisation: every response of the acceptance flow, read as each role, holds no field
 * outside the field policy (libs/core/src/access/field-policy.ts); the corporation's view of a
 * candidate holds only what deciding on the home needs, and only while the match is live.
 */
describe('the field policy over the acceptance flow', () => {
  let t: TestApp;
  let loop: Loop;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    const r = loop.r;
    Object.assign(tokens, { admin: r.admin, corporation: r.corporationA, care_provider: r.careProviderA, municipal_officer: r.officers.GM0150, coordinator: r.coordinator, auditor: r.auditor, privacy_officer: r.privacyOfficer });
  });
  afterAll(() => t?.close());

  /** The fields of `body` (a `resource` as `role` sees it) that the policy does not allow, as paths. */
  function outside(role: string, resource: PolicyResource, body: Json, at: string = resource): string[] {
    const allowed = allowedFields(role as never, resource);
    const out = Object.keys(body).filter((k) => !allowed.includes(k)).map((k) => `${at}.${k}`);
    const nested = (key: string, sub: PolicyResource) => {
      const v = body[key];
      if (Array.isArray(v)) v.forEach((x, i) => out.push(...outside(role, sub, x as Json, `${at}.${key}[${i}]`)));
      else if (v && typeof v === 'object') out.push(...outside(role, sub, v as Json, `${at}.${key}`));
    };
    if (resource === 'nomination') nested('client', 'nomination.client');
    if (resource === 'match') {
      nested('candidate', 'match.candidate');
      nested('explanation', 'match.explanation');
      nested('history', 'match.history');
    }
    return out;
  }

  /** Reads every list and every object of the flow as every role; returns what leaked. */
  async function readEverythingAsEveryRole(): Promise<{ leaks: string[]; reads: number }> {
    const leaks: string[] = [];
    let reads = 0;
    const reads_: Array<[string, PolicyResource, 'list' | 'one' | 'timeline']> = [
      ['/clients', 'client', 'list'],
      [`/clients/${ids.client}`, 'client', 'one'],
      ['/nominations', 'nomination', 'list'],
      [`/nominations/${ids.nomination}`, 'nomination', 'one'],
      ['/matches', 'match', 'list'],
      [`/matches/${ids.match}`, 'match', 'one'],
      ['/vacancies', 'vacancy', 'list'],
      [`/vacancies/${ids.vacancy}`, 'vacancy', 'one'],
      ...(ids.tenancy
        ? ([
            ['/tenancies', 'tenancy', 'list'],
            [`/tenancies/${ids.tenancy}`, 'tenancy', 'one'],
            [`/tenancies/${ids.tenancy}/timeline`, 'tenancy', 'timeline'],
          ] as Array<[string, PolicyResource, 'list' | 'one' | 'timeline']>)
        : []),
    ];
    for (const role of ROLES) {
      for (const [path, resource, kind] of reads_) {
        const res = await loop.as(tokens[role]).get(path);
        if (res.status !== 200) {
          // a role that may not see the resource gets nothing of it
          if (allowedFields(role, resource).length > 0 && kind === 'one' && res.status !== 404) leaks.push(`${role} GET ${path}: ${res.status}`);
          expect([403, 404]).toContain(res.status);
          continue;
        }
        reads++;
        const bodies: Json[] = kind === 'list' ? res.body.items : kind === 'timeline' ? [res.body.tenancy] : [res.body];
        if (bodies.length && allowedFields(role, resource).length === 0) leaks.push(`${role} GET ${path}: sees a ${resource} the policy gives it none of`);
        for (const b of bodies) leaks.push(...outside(role, resource, b).map((f) => `${role} GET ${path}: ${f}`));
        if (kind === 'timeline') res.body.items.forEach((x: Json, i: number) => leaks.push(...outside(role, 'tenancy.timeline', x, `items[${i}]`).map((f) => `${role} GET ${path}: ${f}`)));
      }
    }
    return { leaks, reads };
  }

  it('while the match is live, no role sees a field outside the policy, and the corporation sees only the allowed candidate fields', async () => {
    const care = loop.as(tokens.care_provider);
    const client = await care.post('/clients', {
      reference: 'FP-1', originMunicipalityCode: 'GM0150', birthYear: 1985, householdSize: 2, currentSetting: 'GGZ', consentToShare: true, sex: 'female', legalFramework: 'Wmo',
      livingSituation: 'woont bij moeder', incomeBand: 'bijstand', needs: ['low_stimulus', 'schuldhulp'], avoidNeighbourhoodCodes: [loop.r.buurten.GM0150[1]],
    });
    expect(client.status).toBe(201);
    expect(outside('care_provider', 'client', client.body)).toEqual([]);
    ids.client = client.body.id;
    const n = await loop.nomination({ clientId: ids.client, construction: 'onder_voorwaarden' });
    ids.nomination = n.id;
    ids.vacancy = await loop.vacancy({ rent: 500 });
    const x = await loop.proposed(ids.vacancy);
    ids.match = x.id;
    await loop.advance(x.id, 'approved');

    const { leaks, reads } = await readEverythingAsEveryRole();
    expect(leaks).toEqual([]);
    expect(reads).toBeGreaterThan(15);

    const seen = await loop.as(tokens.corporation).get(`/matches/${x.id}`);
    expect(Object.keys(seen.body.candidate).sort()).toEqual([...CANDIDATE_FIELDS].sort());
    expect(seen.body.candidate).toEqual(expect.objectContaining({ reference: 'FP-1', householdSize: 2, homeNeeds: ['low_stimulus'], construction: 'onder_voorwaarden' }));
    const text = JSON.stringify(seen.body);
    expect(text).not.toMatch(/"(birthYear|currentSetting|livingSituation|incomeBand|avoidNeighbourhoodCodes|sex|legalFramework)"/);
    // the explanation's rules about the client as a person say only whether they passed
    const rules = [...seen.body.explanation.rules, ...(seen.body.explanation.additionalRules ?? [])];
    const personal = rules.filter((r: { rule: string }) => ['affordability', 'avoided_neighbourhood', 'rent', 'origin', 'ready_from'].includes(r.rule));
    expect(personal.length).toBeGreaterThanOrEqual(4);
    // no code or values either: the code of the age cap says whether the client is under 23, the rent's maximum what the client can pay
    for (const rule of personal) expect(Object.keys(rule).sort()).toEqual(['detail', 'passed', 'rule']);
    for (const rule of personal) expect(rule.detail).toMatch(/^(not )?passed$/);
    // nor the summary (what the client can pay and prefers), the priority, the approval date, the queue position or the fit
    expect(Object.keys(seen.body.explanation).sort()).toEqual(['higherRankedNotEligible', 'matcher', 'rules', ...(seen.body.explanation.additionalRules ? ['additionalRules'] : [])].sort());
    expect(text).not.toMatch(/can pay|under 23|under23|prefer/i);
    const asCare = await loop.as(tokens.care_provider).get(`/matches/${x.id}`);
    expect(asCare.body.explanation.rules.find((r: { rule: string }) => r.rule === 'avoided_neighbourhood').detail).toMatch(/buurt/);
    for (const secret of ['schuldhulp', 'GGZ', 'woont bij moeder', 'bijstand', 'female', 'Wmo', loop.r.buurten.GM0150[1]]) expect([secret, text.includes(secret)]).toEqual([secret, false]);
  });

  it('after the lease, the corporation no longer sees the candidate; still nothing outside the policy for anyone', async () => {
    await loop.advance(ids.match, 'client_accepted');
    ids.tenancy = await loop.signLease(ids.match, '2026-12-01', 'onder_voorwaarden');
    const { leaks } = await readEverythingAsEveryRole();
    expect(leaks).toEqual([]);
    const seen = await loop.as(tokens.corporation).get(`/matches/${ids.match}`);
    expect(seen.status).toBe(200);
    expect(seen.body.candidate).toBeNull();
    const care = await loop.as(tokens.care_provider).get(`/matches/${ids.match}`);
    expect(care.body.candidate.reference).toBe('FP-1');
  });

  it("the timeline shows the care provider's notes to the care provider and the coordinator only; the other parties' notes to every party", async () => {
    const health = 'opgenomen na een psychose, terug na de medicatie-instelling';
    const away = await loop.as(tokens.care_provider).post(`/tenancies/${ids.tenancy}/events`, { type: 'time_out', date: '2026-12-10', expectedReturnDate: '2027-01-10', note: health });
    expect(away.status).toBe(201);
    const nuisance = await loop.as(tokens.corporation).post(`/tenancies/${ids.tenancy}/events`, { type: 'overlast', date: '2026-12-11', note: 'klacht van de buren over geluid' });
    expect(nuisance.status).toBe(201);
    const timeline = async (role: string) => {
      const res = await loop.as(tokens[role]).get(`/tenancies/${ids.tenancy}/timeline`);
      expect(res.status).toBe(200);
      return res.body.items as Array<{ type: string; actorRole: string | null; note: string | null }>;
    };
    for (const role of ['corporation', 'municipal_officer']) {
      const items = await timeline(role);
      expect(JSON.stringify(items)).not.toContain('psychose');
      // the event itself is there, its note withheld; the corporation's own note is there
      expect(items.find((x) => x.type === 'time_out')).toEqual(expect.objectContaining({ actorRole: 'care_provider', note: null }));
      expect(items.find((x) => x.type === 'overlast')?.note).toBe('klacht van de buren over geluid');
      // no care provider's note from the match steps either
      for (const x of items.filter((i) => i.actorRole === 'care_provider')) expect(x.note).toBeNull();
    }
    for (const role of ['care_provider', 'coordinator']) {
      const items = await timeline(role);
      expect(items.find((x) => x.type === 'time_out')?.note).toBe(health);
      expect(items.find((x) => x.type === 'overlast')?.note).toBe('klacht van de buren over geluid');
    }
    const { leaks } = await readEverythingAsEveryRole();
    expect(leaks).toEqual([]);
  });
});
