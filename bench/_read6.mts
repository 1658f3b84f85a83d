import { findFilings, readFiling } from '../src/xbrl/index.js';
import { folderHash, prepareFiling } from '../src/store/ingest.js';
const root = '/work/shared/xbrl';
const folders = findFilings(root);
const hashes = folders.map(folderHash);
const reps = Number(process.env.REPS ?? 3);
for (let r = 0; r < reps; r++) {
  let facts = 0, readMs = 0, prepMs = 0, readerBytes = 0;
  const c0 = process.cpuUsage();
  for (const [i, f] of folders.entries()) {
    const t0 = performance.now();
    const filing = readFiling(f, { copyStrings: process.env.COPY !== '0' });
    const t1 = performance.now();
    const d = prepareFiling(filing, root, hashes[i], String(i + 1));
    prepMs += performance.now() - t1; readMs += t1 - t0;
    facts += d.factCount; readerBytes += d.reader.length;
  }
  const c = process.cpuUsage(c0);
  console.log(`facts ${facts} read ${readMs.toFixed(0)} ms prepare ${prepMs.toFixed(0)} ms cpu ${((c.user + c.system) / facts).toFixed(1)} µs/fact reader ${readerBytes}`);
}
