import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import integrationSetup from '../integration/global-setup';

/**
 * Once per run: the migrated template database (as for the integration tests) and a fresh build of
 * the web application into apps/web/dist, which the api serves at `/`.
 */
export default async function globalSetup(): Promise<void> {
  await integrationSetup();
  rmSync(resolve(__dirname, '../../test-results/e2e'), { recursive: true, force: true });
  if (process.env.E2E_SKIP_WEB_BUILD === 'true') return;
  const root = resolve(__dirname, '../..');
  const started = Date.now();
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: resolve(root, 'apps/web'), stdio: 'pipe', env: { ...process.env, NODE_ENV: 'production' } });
  } catch (e) {
    const err = e as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`building the web application (apps/web) failed:\n${err.stdout?.toString() ?? ''}${err.stderr?.toString() ?? ''}`);
  }
  process.stdout.write(`\nweb application built into apps/web/dist in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
}
