import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildOpenApiOffline } from './support/openapi-offline';

/**
 * The web application's typed API client comes from the OpenAPI document (openapi-typescript).
 * This check fails when the committed apps/web/src/api/schema.ts no longer matches the api;
 * `npm run gen:api` rewrites it (GEN_API=write).
 */
const ROOT = resolve(__dirname, '../..');
const TARGET = join(ROOT, 'apps/web/src/api/schema.ts');

async function generate(): Promise<string> {
  const doc = await buildOpenApiOffline();
  const dir = mkdtempSync(join(tmpdir(), 'tp-openapi-'));
  writeFileSync(join(dir, 'openapi.json'), JSON.stringify(doc, null, 2));
  execFileSync(process.execPath, [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), join(dir, 'openapi.json'), '-o', join(dir, 'schema.ts')], { stdio: 'pipe' });
  const header = '/* Generated from the OpenAPI document by `npm run gen:api` (openapi-typescript). Do not edit. */\n';
  return header + readFileSync(join(dir, 'schema.ts'), 'utf8');
}

describe('the typed API client of the web application', () => {
  it('is generated from the current OpenAPI document', async () => {
    const fresh = await generate();
    if (process.env.GEN_API === 'write') {
      writeFileSync(TARGET, fresh);
      return;
    }
    let committed = '';
    try {
      committed = readFileSync(TARGET, 'utf8');
    } catch {
      /* missing: fails below */
    }
    if (committed !== fresh) throw new Error('apps/web/src/api/schema.ts is out of date with the OpenAPI document: run `npm run gen:api` and commit the result.');
  }, 60000);
});
