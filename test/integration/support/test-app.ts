import 'reflect-metadata';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import IORedis from 'ioredis';
import { types } from 'pg';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { AdjustableClock, createHttpApp, JobRunner, validateEnvironment } from '@tp/core';
import { createFromTemplate, dropDatabase, REDIS_URL } from './databases';

types.setTypeParser(1082, (v: string) => v);

export const ADMIN = { email: 'admin@test.example', password: 'admin-password-for-tests' };

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  clock: AdjustableClock;
  databaseUrl: string;
  prefix: string;
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

/**
 * Boots the real AppModule on a fresh database cloned from the migrated template, with the BullMQ
 * driver on this machine's Redis under a queue prefix of its own.
 */
export async function startTestApp(overrides: Record<string, string> = {}): Promise<TestApp> {
  const id = randomBytes(6).toString('hex');
  const database = `tp_test_${id}`;
  const databaseUrl = await createFromTemplate(database);
  const prefix = `tptest_${id}`;
  // local state (the mail outbox) of its own, unless the test chooses a DATA_DIR
  const ownDataDir = overrides.DATA_DIR ? undefined : mkdtempSync(join(tmpdir(), 'tp-test-'));
  const env = validateEnvironment({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL,
    QUEUE_PREFIX: prefix,
    DEMO_DATA: 'false',
    OUTBOX_POLL_MS: '100',
    JWT_SECRET: randomBytes(32).toString('hex'),
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    LOG_LEVEL: 'warn',
    // high enough that no test trips the rate limits by accident (rate-limits.spec sets its own)
    RATE_LIMIT_GENERAL: '1000000',
    RATE_LIMIT_AUTH: '1000000',
    ...(ownDataDir ? { DATA_DIR: ownDataDir } : {}),
    ...overrides,
  });
  const clock = new AdjustableClock();
  const app = await createHttpApp({ env, runProcessors: true, clock });
  app.useLogger(['error']);
  await app.init();
  const http = request(app.getHttpServer());
  return {
    app,
    http,
    clock,
    databaseUrl,
    prefix,
    async login(email, password) {
      const res = await http.post('/api/v1/auth/login').send({ email, password });
      if (res.status !== 200) throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.accessToken as string;
    },
    async close() {
      await app.get(JobRunner).drain();
      await app.close();
      await dropDatabase(database);
      const redis = new IORedis(REDIS_URL);
      const keys = await redis.keys(`${prefix}:*`);
      if (keys.length) await redis.del(...keys);
      await redis.quit();
      if (ownDataDir) rmSync(ownDataDir, { recursive: true, force: true });
    },
  };
}

/** Polls until `probe` returns a value that is not undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(probe: () => Promise<T | undefined | false>, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    try {
      const v = await probe();
      if (v !== undefined && v !== false) return v as T;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
}
