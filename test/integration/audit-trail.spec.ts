import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { Loop } from './support/loop';
import { createTestRegion } from './support/region.factory';
import { startTestApp, TestApp } from './support/test-app';

interface AuditRow {
  user_id: string;
  role: string;
  organisation_id: string | null;
  action: string;
  object_type: string;
  object_id: string;
  client_id: string | null;
  request_id: string;
}

/** Every access to personal data leaves an audit record, written in the same transaction as the read. */
describe('the audit trail', () => {
  let t: TestApp;
  let loop: Loop;
  let clientId: string, nominationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    loop = new Loop(t, await createTestRegion(t));
    ({ id: nominationId, clientId } = await loop.nomination());
  });
  afterAll(() => t?.close());

  /** Calls GET `path` with a request id of its own and returns the audit rows of that request. */
  const readAs = async (token: string, path: string) => {
    const requestId = `audit-${randomUUID()}`;
    const res = await t.http.get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('X-Request-Id', requestId);
    const rows: AuditRow[] = await loop.ds.query(
      `SELECT user_id, role, organisation_id, action, object_type, object_id, client_id, request_id FROM audit_event WHERE request_id = $1 ORDER BY id`,
      [requestId],
    );
    return { res, rows, requestId };
  };
  const userId = async (token: string) => (await loop.as(token).get('/auth/me')).body.id as string;

  it('reading a client writes a client.read record naming who, which client and the request', async () => {
    const { res, rows, requestId } = await readAs(loop.r.careProviderA, `/clients/${clientId}`);
    expect(res.status).toBe(200);
    expect(rows).toEqual([
      {
        user_id: await userId(loop.r.careProviderA),
        role: 'care_provider',
        organisation_id: loop.r.orgs.careProviderA,
        action: 'client.read',
        object_type: 'client',
        object_id: clientId,
        client_id: clientId,
        request_id: requestId,
      },
    ]);
  });

  it('reading a nomination writes a nomination.read record, for each role that reads it', async () => {
    for (const [token, role] of [
      [loop.r.careProviderA, 'care_provider'],
      [loop.r.officers.GM0150, 'municipal_officer'],
      [loop.r.coordinator, 'coordinator'],
    ]) {
      const { res, rows } = await readAs(token, `/nominations/${nominationId}`);
      expect(res.status).toBe(200);
      expect(rows).toEqual([expect.objectContaining({ role, action: 'nomination.read', object_type: 'nomination', object_id: nominationId, client_id: clientId })]);
    }
  });

  it('listing clients writes a record for every client listed', async () => {
    const second = await loop.client();
    const { res, rows } = await readAs(loop.r.careProviderA, '/clients');
    expect(res.body.items.map((c: { id: string }) => c.id).sort()).toEqual([clientId, second].sort());
    expect(rows.map((x) => [x.action, x.client_id]).sort()).toEqual([['client.list', clientId], ['client.list', second]].sort());
  });

  it('a read that is refused leaves no record and shows nothing', async () => {
    const { res, rows } = await readAs(loop.r.careProviderB, `/clients/${clientId}`);
    expect(res.status).toBe(404);
    expect(rows).toEqual([]);
  });

  it('when the audit record cannot be written, the read fails and returns no personal data', async () => {
    const [{ reference }] = await loop.ds.query(`SELECT reference FROM client WHERE id = $1`, [clientId]);
    await loop.ds.query(`CREATE FUNCTION tp_test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit store unavailable'; END $$`);
    await loop.ds.query(`CREATE TRIGGER tp_test_refuse_audit BEFORE INSERT ON audit_event FOR EACH ROW EXECUTE FUNCTION tp_test_refuse_audit()`);
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    try {
      for (const path of [`/clients/${clientId}`, `/nominations/${nominationId}`, '/clients']) {
        const { res, rows } = await readAs(loop.r.careProviderA, path);
        expect(res.status).toBe(500);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(JSON.stringify(res.body)).not.toContain(reference);
        expect(res.body.items ?? res.body.id).toBeUndefined();
        expect(rows).toEqual([]);
      }
      expect(logged).toHaveBeenCalled();
      for (const call of logged.mock.calls) expect(JSON.stringify(call)).not.toContain(reference);
    } finally {
      logged.mockRestore();
      await loop.ds.query(`DROP TRIGGER tp_test_refuse_audit ON audit_event`);
      await loop.ds.query(`DROP FUNCTION tp_test_refuse_audit()`);
    }
    const { res, rows } = await readAs(loop.r.careProviderA, `/clients/${clientId}`);
    expect(res.status).toBe(200);
    expect(rows).toHaveLength(1);
  });

  it('the trail cannot be changed or removed', async () => {
    await expect(loop.ds.query(`UPDATE audit_event SET action = 'client.create' WHERE action = 'client.read'`)).rejects.toThrow(/append-only/);
    await expect(loop.ds.query(`DELETE FROM audit_event WHERE action = 'client.read'`)).rejects.toThrow(/append-only/);
    const [{ n }] = await loop.ds.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'client.read'`);
    expect(n).toBeGreaterThan(0);
  });

  it('personal data never reaches the log, not even when a query fails', async () => {
    const marker = `woont-bij-moeder-${randomUUID()}`;
    const lines: string[] = [];
    const keep = (...args: unknown[]) => {
      lines.push(args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
    };
    const spies = [
      ...(['log', 'error', 'warn', 'info', 'debug'] as const).map((m) => jest.spyOn(console, m).mockImplementation(keep)),
      jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (keep(String(chunk)), true)),
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (keep(String(chunk)), true)),
    ];
    let statuses: number[];
    try {
      const care = loop.as(loop.r.careProviderA);
      const client = { originMunicipalityCode: 'GM0150', birthYear: 1990, householdSize: 1, currentSetting: 'BW', consentToShare: true, livingSituation: marker };
      statuses = [
        // a NUL byte PostgreSQL refuses, and the same reference twice at once: both fail inside the database
        (await care.post('/clients', { ...client, reference: `DOS\u0000${marker}` })).status,
        ...(await Promise.all([1, 2, 3].map(() => care.post('/clients', { ...client, reference: marker })))).map((x) => x.status),
      ];
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    expect(statuses[0]).toBe(400);
    expect(statuses.slice(1).sort()).toEqual([201, 409, 409]);
    expect(lines.filter((l) => l.includes(marker))).toEqual([]);
  });
});
