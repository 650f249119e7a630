import { Client } from 'pg';

/** The server the integration tests use: this machine's PostgreSQL unless TEST_DATABASE_URL says otherwise. */
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
/** The migrated template of this test run (global-setup names it per run, so two runs never share one). */
export const template = (): string => process.env.TP_TEST_TEMPLATE ?? 'tp_test_template';

export function urlFor(database: string): string {
  const u = new URL(SERVER_URL);
  u.pathname = `/${database}`;
  return u.toString();
}

/** Refuses to touch a database whose name does not say it is a test database. */
export function assertTestName(name: string): void {
  if (!/^[a-z0-9_]+$/.test(name) || !name.includes('test')) throw new Error(`refusing to use database ${name}: its name must contain "test"`);
}

export async function withServer<T>(work: (c: Client) => Promise<T>): Promise<T> {
  const c = new Client({ connectionString: SERVER_URL });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

export async function createFromTemplate(name: string): Promise<string> {
  assertTestName(name);
  assertTestName(template());
  await withServer((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template()}`));
  return urlFor(name);
}

export async function dropDatabase(name: string): Promise<void> {
  assertTestName(name);
  await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}
