import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class LockedError extends Error {}

/**
 * One fetch at a time per FILINGS_DIR: a second would sweep the first one's temporary
 * files. The lock file holds the owner's pid; a lock whose process is gone (a run killed
 * with SIGKILL) is taken over. Returns the release function.
 */
export function lockFilingsDir(filingsDir: string): () => void {
  mkdirSync(filingsDir, { recursive: true });
  const file = join(filingsDir, '.fetch.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(file, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new LockedError(`another fetch (pid ${pid}) is writing into ${filingsDir}; wait for it, or remove ${file} if that process is not a fetch`);
      }
      rmSync(file, { force: true });
    }
  }
  throw new LockedError(`could not lock ${filingsDir} (${file} keeps reappearing)`);
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
