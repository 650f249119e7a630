import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../libs/core/src/database/migrations';
import { assertTestName, template, urlFor, withServer } from './support/databases';

/** Migrates once into a template database; each test file clones it (CREATE DATABASE … TEMPLATE …). */
export default async function globalSetup(): Promise<void> {
  // one template per run: the test workers inherit this variable
  process.env.TP_TEST_TEMPLATE ??= `tp_test_template_${process.pid}`;
  const TEMPLATE = template();
  assertTestName(TEMPLATE);
  await withServer(async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${TEMPLATE}`);
  });
  const ds = new DataSource({ type: 'postgres', url: urlFor(TEMPLATE), migrations: MIGRATIONS, migrationsTransactionMode: 'all' });
  await ds.initialize();
  await ds.runMigrations({ transaction: 'all' });
  await ds.destroy();
}
