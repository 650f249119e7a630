import { template, withServer } from './support/databases';

export default async function globalTeardown(): Promise<void> {
  await withServer((c) => c.query(`DROP DATABASE IF EXISTS ${template()} WITH (FORCE)`));
}
