import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { types } from 'pg';
import { AppModule } from './app.module';
import { DEMO_ADMIN, Environment, EnvironmentError, validateEnvironment, wantsDemoData } from './config/environment';
import { embeddedDatabaseDir } from './database/database.module';
import { DemoLoader } from './demo/demo-loader.service';
import { createHttpApp, logLevels } from './http-app';

// date columns stay 'YYYY-MM-DD' strings: no time zone can shift a day.
types.setTypeParser(1082, (v: string) => v);

function environmentOrExit(): Environment {
  try {
    return validateEnvironment(process.env);
  } catch (e) {
    if (e instanceof EnvironmentError) {
      console.error(e.message);
      process.exit(78);
    }
    throw e;
  }
}

/** The api process: HTTP, and the job processors too unless WORKER_IN_API=false. */
export async function bootstrapApi(): Promise<void> {
  const env = environmentOrExit();
  const app = await createHttpApp({ env, runProcessors: env.WORKER_IN_API });
  const demo = wantsDemoData(env) ? await app.get(DemoLoader).loadIfEmpty() : null;
  await app.listen(env.PORT, env.HOST);
  const base = `http://localhost:${env.PORT}`;
  const lines = [
    '',
    `Transferpunt is running at ${base}`,
    `  API:       ${base}/api/v1`,
    `  API docs:  ${base}/api/docs   (OpenAPI: ${base}/api/v1/openapi.json)`,
    `  Database:  ${env.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL in ${embeddedDatabaseDir() ?? `${env.DATA_DIR}/postgres`}`}; jobs: ${env.REDIS_URL ? 'BullMQ on REDIS_URL' : 'in-process (outbox in PostgreSQL)'}`,
  ];
  if (demo) {
    lines.push('', `Demo region ${demo.region} loaded${demo.created ? '' : ' (already present)'}. Logins (password for all demo users: ${demo.password}):`);
    lines.push(`  admin                ${env.ADMIN_EMAIL ?? DEMO_ADMIN.email}  (password: ${env.ADMIN_PASSWORD ? 'ADMIN_PASSWORD' : DEMO_ADMIN.password})`);
    for (const u of demo.users) lines.push(`  ${u.role.padEnd(20)} ${u.email}`);
  }
  console.log(lines.join('\n') + '\n');
}

/** The worker process: job processors only, no HTTP. */
export async function bootstrapWorker(): Promise<void> {
  const env = environmentOrExit();
  if (!env.REDIS_URL) {
    console.error('The worker needs REDIS_URL; without it the api process runs the jobs itself.');
    process.exit(78);
  }
  const app = await NestFactory.createApplicationContext(AppModule.forRoot({ env, runProcessors: true, http: false }), { logger: logLevels(env.LOG_LEVEL) });
  app.enableShutdownHooks();
  new Logger('Worker').log('worker started');
}
