import { Caller, Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

/** Lists answer { items, nextCursor } in a deterministic order; following the cursors visits every item once. */
describe('lists and their cursors', () => {
  let t: TestApp;
  let loop: Loop;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
  });
  afterAll(() => t?.close());

  const walk = async (caller: Caller, path: string, limit: number) => {
    const pages: string[][] = [];
    let cursor: string | null = null;
    do {
      const res = await caller.get(`${path}${path.includes('?') ? '&' : '?'}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.items.length).toBeLessThanOrEqual(limit);
      pages.push(res.body.items.map((x: { id: string }) => x.id));
      cursor = res.body.nextCursor;
    } while (cursor && pages.length < 20);
    return pages;
  };

  it('pages through vacancies and nominations, each item once, in the order of the full list', async () => {
    // skaeve huse in Raalte: nobody asks for them, so they stay open
    for (let i = 0; i < 7; i++) await loop.vacancy({ woonvariant: 'skaeve_huse', buurt: loop.r.buurten.GM0177[0] });
    for (let i = 0; i < 5; i++) await loop.nomination({ until: 'draft', care: loop.r.careProviderB });
    const corp = loop.as(loop.r.corporationA);
    const care = loop.as(loop.r.careProviderB);

    const all = (await corp.get('/vacancies?limit=500')).body.items.map((x: { id: string }) => x.id);
    expect(all).toHaveLength(7);
    const pages = await walk(corp, '/vacancies', 3);
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect(pages.flat()).toEqual(all);
    expect((await corp.get('/vacancies?limit=7')).body.nextCursor).toBeNull();

    const nominations = (await care.get('/nominations')).body.items.map((x: { id: string }) => x.id);
    expect(nominations).toHaveLength(5);
    expect((await walk(care, '/nominations', 2)).flat()).toEqual(nominations);
    expect((await walk(care, '/nominations?status=draft', 4)).flat()).toEqual(nominations);
    expect((await care.get('/nominations?status=active')).body).toEqual({ items: [], nextCursor: null });
  });

  it('a cursor does not widen what a caller may see', async () => {
    const pageA = await loop.as(loop.r.corporationA).get('/vacancies?limit=1');
    expect(pageA.body.nextCursor).toBeTruthy();
    const asB = await loop.as(loop.r.corporationB).get(`/vacancies?limit=10&cursor=${pageA.body.nextCursor}`);
    expect(asB.status).toBe(200);
    expect(asB.body.items).toEqual([]);
  });

  describe('sorting', () => {
    const ids = (pages: string[][]) => pages.flat();

    it('pages through a list sorted on a field with ties, every row once and in order', async () => {
      const corp = loop.as(loop.r.corporationB);
      // twelve homes on three rents and two availability dates: many ties on each
      for (let i = 0; i < 12; i++)
        await loop.vacancy({ corp: loop.r.corporationB, woonvariant: 'skaeve_huse', buurt: loop.r.buurten.GM0177[1], rent: [500, 650.5, 800][i % 3], availableFrom: i % 2 ? '2027-01-01' : '2026-12-01' });
      for (const sort of ['rent', '-rent', 'availableFrom', '-availableFrom', 'status', '-createdAt', 'municipality']) {
        const full = (await corp.get(`/vacancies?limit=500&sort=${sort}`)).body.items as Array<{ id: string; rent: number; availableFrom: string }>;
        expect(full).toHaveLength(12);
        const walked = ids(await walk(corp, `/vacancies?sort=${sort}`, 5));
        expect(walked).toEqual(full.map((v) => v.id));
        expect(new Set(walked).size).toBe(12);
        for (const limit of [1, 2, 4]) expect(ids(await walk(corp, `/vacancies?sort=${sort}`, limit))).toEqual(walked);
      }
      const byRent = (await corp.get('/vacancies?sort=rent')).body.items.map((v: { rent: number }) => v.rent);
      expect(byRent).toEqual([...byRent].sort((a: number, b: number) => a - b));
      const byRentDesc = (await corp.get('/vacancies?sort=-rent')).body.items.map((v: { rent: number }) => v.rent);
      expect(byRentDesc).toEqual([...byRent].reverse());
      // the default order is unchanged: oldest first
      expect((await corp.get('/vacancies')).body.items.map((v: { id: string }) => v.id)).toEqual(
        (await corp.get('/vacancies?sort=createdAt')).body.items.map((v: { id: string }) => v.id),
      );
    });

    it('sorts matches on their deadline with the ones without a deadline last, and pages exactly', async () => {
      const coord = loop.as(loop.r.coordinator);
      for (let i = 0; i < 3; i++) await loop.nomination();
      for (let i = 0; i < 3; i++) await loop.vacancy();
      await loop.settled();
      const proposed = (await coord.get('/matches?status=proposed')).body.items as Array<{ id: string }>;
      expect(proposed.length).toBeGreaterThanOrEqual(3);
      // one match leaves the live steps (no deadline any more): it sorts last
      await loop.as(loop.r.coordinator).post(`/matches/${proposed[0].id}/cancel`, { reason: 'test' });
      const full = (await coord.get('/matches?limit=500&sort=deadline')).body.items.map((x: { id: string }) => x.id);
      expect(full.length).toBeGreaterThanOrEqual(3);
      expect(full[full.length - 1]).toBe(proposed[0].id);
      expect(ids(await walk(coord, '/matches?sort=deadline', 1))).toEqual(full);
      expect(ids(await walk(coord, '/matches?sort=-deadline', 2))).toEqual([...full].reverse());
    });

    it('every list takes its own sort fields', async () => {
      const cases: Array<[string, string, string[]]> = [
        [loop.r.careProviderA, '/clients', ['reference', '-reference', 'municipality', 'createdAt']],
        [loop.r.careProviderB, '/nominations', ['status', '-municipality', 'woonvariant']],
        [loop.r.coordinator, '/matches', ['status', '-deadline', 'municipality']],
        [loop.r.coordinator, '/tenancies', ['status', 'startDate', '-municipality']],
        [loop.r.coordinator, '/matching/runs', ['status', '-proposals', 'createdAt']],
        [loop.r.corporationA, '/notifications', ['kind', 'createdAt', '-createdAt']],
      ];
      for (const [token, path, sorts] of cases)
        for (const sort of sorts) {
          const res = await loop.as(token).get(`${path}?sort=${sort}`);
          expect([path, sort, res.status]).toEqual([path, sort, 200]);
        }
    });

    it('an unknown sort field is a 400 naming sort, and a cursor of another sort order is refused', async () => {
      const corp = loop.as(loop.r.corporationB);
      for (const bad of ['address', '--rent', 'rent,status', 'id', '']) {
        const res = await corp.get(`/vacancies?sort=${encodeURIComponent(bad)}`);
        expect(res.status).toBe(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('sort');
      }
      const first = await corp.get('/vacancies?sort=rent&limit=2');
      const other = await corp.get(`/vacancies?sort=-rent&limit=2&cursor=${first.body.nextCursor}`);
      expect(other.status).toBe(400);
      expect(other.body.errors[0].field).toBe('cursor');
    });
  });
});
