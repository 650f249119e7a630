import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startTestApp, TestApp } from './support/test-app';

const ROOT = resolve(__dirname, '../..');
const RULESET = [resolve(ROOT, '../shared/standards/nlgov-adr-ruleset.yaml'), resolve(ROOT, 'standards/nlgov-adr-ruleset.yaml')].find(existsSync)!;

describe('the OpenAPI document', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is served at /api/v1/openapi.json and documents every path of the contract', async () => {
    const res = await t.http.get('/api/v1/openapi.json');
    expect(res.status).toBe(200);
    expect(res.headers['api-version']).toBe('1.0.0');
    const paths = Object.keys(res.body.paths);
    for (const p of ['/auth/login', '/regions/{code}/policy', '/nominations/{id}/origin-exception', '/matches/{id}/lease-signed', '/matching/runs/{id}', '/queue', '/tenancies'])
      expect(paths).toContain(p);
    expect(res.body.servers).toEqual([{ url: '/api/v1' }]);
  });

  it('serves the interactive docs at /api/docs', async () => {
    const res = await t.http.get('/api/docs/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('swagger');
  });

  it('passes the NL API Design Rules lint (Spectral) without errors', async () => {
    const res = await t.http.get('/api/v1/openapi.json');
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(res.body, null, 2));
    try {
      execFileSync(resolve(ROOT, 'node_modules/.bin/spectral'), ['lint', '-r', RULESET, '--fail-severity', 'error', '-f', 'json', '-o', join(dir, 'report.json'), file], { encoding: 'utf8' });
    } catch (e) {
      const err = e as { stdout?: string; stderr?: string };
      throw new Error(`Spectral found errors:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
    }
    const findings = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as Array<{ code: string; severity: number; path: string[] }>;
    // severity 0 is an error, 1 a warning: none of either
    expect(findings.map((f) => `${f.code} at ${f.path.join('.')}`)).toEqual([]);
  }, 60000);
});
