/** CPU time of other processes, from Linux's /proc (the benches count PostgreSQL's and the server's beside their own). */
import { readdirSync, readFileSync } from 'node:fs';

/** A process's `/proc/<pid>/stat` fields after its name: [1] the parent, [11] and [12] user and system time in clock ticks (100 a second); null when it is gone. */
function statFields(pid: number | string): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return null; // the process ended meanwhile
  }
}

const seconds = (f: string[]) => (Number(f[11]) + Number(f[12])) / 100;

/** CPU seconds a process has used (0 once it is gone). */
export function processCpuSeconds(pid: number): number {
  const f = statFields(pid);
  return f ? seconds(f) : 0;
}

/** CPU seconds of a PostgreSQL postmaster and its children (backends, WAL writer, checkpointer). */
export function postgresCpuSeconds(postmaster: number): number {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    const f = statFields(pid);
    if (f && (Number(pid) === postmaster || Number(f[1]) === postmaster)) total += seconds(f);
  }
  return total;
}
