import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/** Beheer edits names and deletes what nothing refers to; a reference is a 409 that says what refers. */
describe('editing and deleting the region set-up', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterAll(() => t?.close());

  const admin = () => loop.as(loop.r.admin);
  const req = (method: 'patch' | 'delete', path: string, token: string, body?: object) => {
    const r = t.http[method](`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
    return body ? r.send(body) : r;
  };

  it('renames a region, a municipality, a buurt and an organisation', async () => {
    const region = await req('patch', `/regions/${loop.r.code}`, loop.r.admin, { name: 'Regio IJssel' });
    expect(region.status).toBe(200);
    expect(region.body.name).toBe('Regio IJssel');
    expect((await admin().get(`/regions/${loop.r.code}`)).body.name).toBe('Regio IJssel');

    const mun = await req('patch', '/municipalities/GM0262', loop.r.admin, { name: 'Gemeente Lochem' });
    expect(mun.status).toBe(200);
    expect(mun.body).toMatchObject({ code: 'GM0262', name: 'Gemeente Lochem', isCentre: false });

    const bu = loop.r.buurten.GM0262[0];
    const buurt = await req('patch', `/neighbourhoods/${bu}`, loop.r.admin, { name: 'Lochem-Noord' });
    expect(buurt.status).toBe(200);
    expect((await admin().get('/neighbourhoods?municipalityCode=GM0262')).body.items.find((n: { code: string }) => n.code === bu).name).toBe('Lochem-Noord');

    const org = await req('patch', `/organisations/${loop.r.orgs.corporationB}`, loop.r.admin, { name: 'Woonstichting Beter' });
    expect(org.status).toBe(200);
    expect(org.body.name).toBe('Woonstichting Beter');
  });

  it('refuses bad names with a problem naming the field, and unknown objects with a 404', async () => {
    for (const body of [{ name: '' }, {}, { name: 12 }, { name: 'x'.repeat(201) }]) {
      const res = await req('patch', `/neighbourhoods/${loop.r.buurten.GM0262[1]}`, loop.r.admin, body);
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('name');
    }
    expect((await req('patch', '/municipalities/GM0262', loop.r.admin, { name: '' })).body.errors[0].field).toBe('name');
    expect((await req('patch', '/municipalities/GM9999', loop.r.admin, { name: 'X' })).status).toBe(404);
    expect((await req('patch', '/neighbourhoods/BU99990101', loop.r.admin, { name: 'X' })).status).toBe(404);
    expect((await req('patch', '/organisations/00000000-0000-4000-8000-000000000000', loop.r.admin, { name: 'X' })).status).toBe(404);
    expect((await req('delete', '/neighbourhoods/BU99990101', loop.r.admin)).status).toBe(404);
  });

  it('keeps one centrumgemeente per region', async () => {
    const giveUp = await req('patch', '/municipalities/GM0150', loop.r.admin, { isCentre: false });
    expect(giveUp.status).toBe(409);
    expect(giveUp.body.errors[0].field).toBe('isCentre');
    const second = await req('patch', '/municipalities/GM0262', loop.r.admin, { isCentre: true });
    expect(second.status).toBe(409);
    expect(second.body.errors[0].field).toBe('isCentre');
    expect((await req('patch', '/municipalities/GM0150', loop.r.admin, { isCentre: true, name: 'Deventer' })).status).toBe(200);
    expect((await req('delete', '/municipalities/GM0150', loop.r.admin)).status).toBe(409);
  });

  it('deletes what nothing refers to, and says what still refers otherwise', async () => {
    // a municipality with one buurt and no organisation
    expect((await admin().post('/municipalities', { code: 'GM1742', name: 'Rijssen-Holten', regionCode: loop.r.code })).status).toBe(201);
    expect((await admin().post('/neighbourhoods', { code: 'BU17420101', name: 'Holten', municipalityCode: 'GM1742' })).status).toBe(201);
    const blocked = await req('delete', '/municipalities/GM1742', loop.r.admin);
    expect(blocked.status).toBe(409);
    expect(blocked.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(blocked.body.errors).toEqual([{ field: 'code', message: 'is still referred to by buurten 1' }]);

    // a buurt with a home in it
    const home = await loop.vacancy({ woonvariant: 'skaeve_huse', buurt: loop.r.buurten.GM0177[0] });
    const used = await req('delete', `/neighbourhoods/${loop.r.buurten.GM0177[0]}`, loop.r.admin);
    expect(used.status).toBe(409);
    expect(used.body.errors[0].message).toBe('is still referred to by vacancies 1');
    expect(home).toBeTruthy();

    expect((await req('delete', '/neighbourhoods/BU17420101', loop.r.admin)).status).toBe(204);
    expect((await req('delete', '/municipalities/GM1742', loop.r.admin)).status).toBe(204);
    expect((await admin().get('/municipalities')).body.items.map((m: { code: string }) => m.code)).not.toContain('GM1742');

    // organisations: one with users is refused, a fresh one goes
    const withUsers = await req('delete', `/organisations/${loop.r.orgs.careProviderB}`, loop.r.admin);
    expect(withUsers.status).toBe(409);
    expect(withUsers.body.errors[0].field).toBe('id');
    expect(withUsers.body.errors[0].message).toMatch(/^is still referred to by users \d+/);
    const fresh = await admin().post('/organisations', { type: 'corporation', name: 'Nieuwe corporatie', regionCode: loop.r.code });
    expect((await req('delete', `/organisations/${fresh.body.id}`, loop.r.admin)).status).toBe(204);
    expect((await req('delete', `/organisations/${fresh.body.id}`, loop.r.admin)).status).toBe(404);
  });

  it('only the admin edits and deletes', async () => {
    for (const token of [loop.r.coordinator, loop.r.officers.GM0150, loop.r.corporationA, loop.r.careProviderA]) {
      expect((await req('patch', '/municipalities/GM0262', token, { name: 'X' })).status).toBe(403);
      expect((await req('delete', `/neighbourhoods/${loop.r.buurten.GM0262[1]}`, token)).status).toBe(403);
      expect((await req('patch', `/regions/${loop.r.code}`, token, { name: 'X' })).status).toBe(403);
    }
  });
});
