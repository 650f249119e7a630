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
});
