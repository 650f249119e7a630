import { Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module';
import { Environment } from '../config/environment';
import { EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming.strategy';

const EMBEDDED = Symbol('EMBEDDED');
let embedded: EmbeddedDatabase | null = null;

/** Where the embedded cluster lives, when this process started one. */
export const embeddedDatabaseDir = (): string | null => embedded?.databaseDir ?? null;

const MIGRATION_LOCK = 727_001;

/** Runs the migrations under an advisory lock, so replicas starting together never migrate twice at once. */
async function migrate(url: string): Promise<void> {
  const ds = new DataSource({ type: 'postgres', url, migrations: MIGRATIONS, migrationsTransactionMode: 'all', logging: false, extra: { max: 2 } });
  await ds.initialize();
  const lock = ds.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await ds.runMigrations({ transaction: 'all' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await lock.release();
    await ds.destroy();
  }
}

/** PostgreSQL through TypeORM: DATABASE_URL, or an embedded server. Migrations run at start (locked); synchronize is off. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [ENV],
      useFactory: async (env: Environment) => {
        let url = env.DATABASE_URL;
        if (!url) {
          embedded ??= await startEmbeddedPostgres(env.DATA_DIR, env.EMBEDDED_PG_PORT);
          url = embedded.url;
        }
        await migrate(url);
        return {
          type: 'postgres' as const,
          url,
          entities: ENTITIES,
          migrations: MIGRATIONS,
          migrationsRun: false, // run above, under a lock
          migrationsTransactionMode: 'all' as const,
          synchronize: false,
          namingStrategy: new SnakeNamingStrategy(),
          // no query logging: a failed query would be logged with its parameters, which hold personal data;
          // failures surface as errors, logged without them by the problem filter and the job runner
          logging: false,
          extra: { max: 10 },
        };
      },
    }),
  ],
  providers: [{ provide: EMBEDDED, useFactory: () => embedded }],
  exports: [TypeOrmModule],
})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(EMBEDDED) private readonly db: EmbeddedDatabase | null) {}

  async onApplicationShutdown(): Promise<void> {
    if (this.db) {
      await this.db.stop();
      embedded = null;
    }
  }
}
