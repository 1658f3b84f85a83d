import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataFileError } from './data-file-error.js';
import { CompanyFile } from './files/company.schema.js';
import { ConceptsFile } from './files/concepts.schema.js';
import { DisclosureFile } from './files/disclosure.schema.js';
import { TableFile } from './files/table.schema.js';
import { loadGovernance, type LoadedGovernance } from './load-governance.js';
import { readYaml, type Loaded } from './read-yaml.js';
import { loadNarrative, type LoadedNarrative } from './load-narrative.js';

export type { Loaded } from './read-yaml.js';

export interface LoadedTable extends Loaded<TableFile> {
  /** The file name without `.yaml`: how other tables refer to this one. */
  id: string;
}

export interface LoadedDisclosure extends Loaded<DisclosureFile> {
  /** The source text, checked against its SHA-256; null when the sources folder does not hold it. */
  sourceText: string | null;
  tables: LoadedTable[];
  /** People, roles, capital return, outlook, events and quotes (see load-governance.ts). */
  governance: LoadedGovernance;
  /** Operating metrics, footnotes, definitions and figures stated in prose (see load-narrative.ts). */
  narrative: LoadedNarrative;
}

export interface LoadedCompany extends Loaded<CompanyFile> {
  disclosures: LoadedDisclosure[];
  /** `concepts.yaml`, when the company has one. */
  concepts: Loaded<ConceptsFile> | null;
}

export interface LoadedData {
  root: string;
  companies: LoadedCompany[];
}

/**
 * Where developers and CI keep the curated releases' source texts: `../shared/seeds` beside
 * the repository. They are not ours to ship, so users run without them (see README, "Data format").
 */
export const DEFAULT_SOURCES_DIR = fileURLToPath(new URL('../../../shared/seeds', import.meta.url));

/** The folder source texts are looked up in: SOURCES_DIR if set, else DEFAULT_SOURCES_DIR. */
export function sourcesDir(): string {
  return process.env.SOURCES_DIR || DEFAULT_SOURCES_DIR;
}

/**
 * Reads and validates every data file under `root` (see README, "Data format").
 * Layout: companies/<company>/company.yaml, companies/<company>/disclosures/<disclosure>/disclosure.yaml,
 * .../tables/<table>.yaml; the source text each disclosure names is looked up in `sources`.
 * Throws a DataFileError naming the file, the path inside it and the reason.
 */
export function loadData(root: string, sources: string = sourcesDir()): LoadedData {
  const companiesDir = join(root, 'companies');
  if (!existsSync(companiesDir)) throw new DataFileError(companiesDir, '', 'the data folder has no companies/ folder');
  const display = (p: string) => relative(process.cwd(), p) || p;

  const companies = subfolders(companiesDir).map((companyDir): LoadedCompany => {
    const company = readYaml(join(companyDir, 'company.yaml'), CompanyFile, display);
    expectIdMatchesFolder(company, companyDir);
    const disclosuresDir = join(companyDir, 'disclosures');
    const disclosures = existsSync(disclosuresDir)
      ? subfolders(disclosuresDir).map((dir) => loadDisclosure(dir, sources, display))
      : [];
    const conceptsPath = join(companyDir, 'concepts.yaml');
    const concepts = existsSync(conceptsPath) ? readYaml(conceptsPath, ConceptsFile, display) : null;
    return { ...company, disclosures, concepts };
  });
  return { root, companies };
}

function loadDisclosure(dir: string, sources: string, display: (p: string) => string): LoadedDisclosure {
  const disclosure = readYaml(join(dir, 'disclosure.yaml'), DisclosureFile, display);
  expectIdMatchesFolder(disclosure, dir);
  const sourceText = readSourceText(disclosure, sources, display);
  const tablesDir = join(dir, 'tables');
  const tables = existsSync(tablesDir)
    ? readdirSync(tablesDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => ({ id: basename(f, '.yaml'), ...readYaml(join(tablesDir, f), TableFile, display) }))
    : [];
  return { ...disclosure, sourceText, tables, governance: loadGovernance(dir, display), narrative: loadNarrative(dir, display) };
}

/**
 * The source text a disclosure names, from the sources folder, or null where the folder
 * does not hold it (the curated data then loads unchecked against it). A text that is
 * there but differs from the recorded SHA-256 stops start-up.
 */
function readSourceText(disclosure: Loaded<DisclosureFile>, sources: string, display: (p: string) => string): string | null {
  const sourcePath = join(sources, disclosure.doc.source.file);
  if (!existsSync(sourcePath) || !statSync(sourcePath).isFile()) return null;
  const bytes = readFileSync(sourcePath);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== disclosure.doc.source.sha256) {
    throw new DataFileError(disclosure.file, 'source.sha256', `${display(sourcePath)} has SHA-256 ${digest}; the source text changed since it was curated`);
  }
  return bytes.toString('utf8');
}


function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .map((name) => join(dir, name))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

function expectIdMatchesFolder(loaded: Loaded<{ id: string }>, dir: string): void {
  if (loaded.doc.id !== basename(dir)) {
    throw new DataFileError(loaded.file, 'id', `"${loaded.doc.id}" must match its folder name "${basename(dir)}"`);
  }
}
