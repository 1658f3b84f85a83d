import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort, hydrateSymlinks } from '../../src/store/embedded.js';
import { repoRoot } from '../xbrl/helpers.js';

describe('store start-up', () => {
  it('makes the library symlinks the PostgreSQL package lists (its postinstall script never runs here), once', () => {
    const root = mkdtempSync(join(tmpdir(), 'pg-links-'));
    mkdirSync(join(root, 'native', 'lib'), { recursive: true });
    writeFileSync(join(root, 'native', 'lib', 'libpq.so.5.18'), 'library');
    writeFileSync(join(root, 'native', 'pg-symlinks.json'), JSON.stringify([{ source: 'native/lib/libpq.so.5.18', target: 'native/lib/libpq.so.5' }]));
    expect(hydrateSymlinks(root)).toBe(1);
    expect(readlinkSync(join(root, 'native', 'lib', 'libpq.so.5'))).toBe('libpq.so.5.18');
    expect(hydrateSymlinks(root)).toBe(0);
    rmSync(root, { recursive: true, force: true });
  });

  it('exits 1 naming DATABASE_URL when the database cannot be reached', async () => {
    const port = await freePort(); // nothing listens there
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: repoRoot,
      env: { ...process.env, DATABASE_URL: `postgres://nobody:secret@127.0.0.1:${port}/graph`, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Cannot open the store: cannot use the database at 127\\.0\\.0\\.1:${port}/graph \\(DATABASE_URL\\): .*Set DATABASE_URL to a reachable PostgreSQL 15 or later`));
    expect(run.stderr).not.toMatch(/secret/);
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('refuses a STORE_DIR the postgres user cannot reach, saying what to do', () => {
    if (process.getuid?.() !== 0) return; // only root runs PostgreSQL as another user
    const closed = mkdtempSync(join(tmpdir(), 'store-closed-')); // mode 700: postgres cannot pass
    const env = { ...process.env, STORE_DIR: join(closed, 'store'), PORT: '0' } as NodeJS.ProcessEnv;
    delete env.DATABASE_URL;
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { cwd: repoRoot, env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`Cannot open the store: the embedded PostgreSQL runs as the "postgres" user, which cannot reach ${closed} \\(mode 700\\): chmod o\\+x`));
    expect(existsSync(join(closed, 'store', 'postgres'))).toBe(false);
    rmSync(closed, { recursive: true, force: true });
  });
});
