import { findFilings } from './find-filings.js';
import { readFiling } from './read-filing.js';
import { setAsideOf, type SetAsideFiling } from './set-aside.js';
import type { XbrlFiling } from './xbrl-filing.js';

/** Every filing under a folder: those read, and those set aside with the reason. */
export interface ReadFilings {
  filings: XbrlFiling[];
  setAside: SetAsideFiling[];
}

/**
 * Reads every filing folder under `root` (see `findFilings`). Reading never throws: a folder
 * that cannot be read, for whatever reason, becomes a set-aside record and the others load.
 * One accession number is one filing: the same instance found again (a copy, or one joint
 * filing under each filer's CIK) is read once; two different instances claiming one
 * accession number are both set aside, each naming the other folder.
 */
export function readFilings(root: string): ReadFilings {
  const setAside: SetAsideFiling[] = [];
  const read: XbrlFiling[] = [];
  for (const folder of findFilings(root)) {
    try {
      read.push(readFiling(folder));
    } catch (error) {
      setAside.push(setAsideOf(folder, error));
    }
  }
  return oneFilingPerAccession(read, setAside);
}

/**
 * One accession number is one filing: of filings read (from files or from the store), the
 * same instance found again is kept once; two different instances claiming one accession
 * number are both set aside, each naming the other folder. `setAside` holds those already
 * refused, and is returned with these added, by folder.
 */
export function oneFilingPerAccession(read: XbrlFiling[], setAside: SetAsideFiling[] = []): ReadFilings {
  const byKey = new Map<string, XbrlFiling[]>();
  for (const filing of read) {
    const list = byKey.get(filing.accession.key);
    if (list) list.push(filing);
    else byKey.set(filing.accession.key, [filing]);
  }
  const filings: XbrlFiling[] = [];
  const kept = new Set<string>();
  for (const [key, list] of byKey) {
    const contents = new Set(list.map((f) => f.instanceSha256));
    if (contents.size === 1) {
      // Found in several folders (or once with, once without its accession number): the first stands for all.
      if (!kept.has(list[0].instanceSha256)) filings.push(list[0]);
      kept.add(list[0].instanceSha256);
      continue;
    }
    for (const f of list) {
      const others = list.filter((o) => o !== f && o.instanceSha256 !== f.instanceSha256).map((o) => o.folder);
      setAside.push({ folder: f.folder, file: f.instancePath, line: null, reason: `accession number ${key} is also claimed by a different filing in ${others.join(', ')}: neither is loaded until one is removed` });
    }
  }
  return { filings, setAside: setAside.sort((a, b) => a.folder.localeCompare(b.folder)) };
}
