import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
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
  sourceText: string;
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
 * Reads and validates every data file under `root` (see README, "Data format").
 * Layout: companies/<company>/company.yaml, companies/<company>/disclosures/<disclosure>/disclosure.yaml,
 * .../tables/<table>.yaml and the source text the disclosure names.
 * Throws a DataFileError naming the file, the path inside it and the reason.
 */
export function loadData(root: string): LoadedData {
  const companiesDir = join(root, 'companies');
  if (!existsSync(companiesDir)) throw new DataFileError(companiesDir, '', 'the data folder has no companies/ folder');
  const display = (p: string) => relative(process.cwd(), p) || p;

  const companies = subfolders(companiesDir).map((companyDir): LoadedCompany => {
    const company = readYaml(join(companyDir, 'company.yaml'), CompanyFile, display);
    expectIdMatchesFolder(company, companyDir);
    const disclosuresDir = join(companyDir, 'disclosures');
    const disclosures = existsSync(disclosuresDir)
      ? subfolders(disclosuresDir).map((dir) => loadDisclosure(dir, display))
      : [];
    const conceptsPath = join(companyDir, 'concepts.yaml');
    const concepts = existsSync(conceptsPath) ? readYaml(conceptsPath, ConceptsFile, display) : null;
    return { ...company, disclosures, concepts };
  });
  return { root, companies };
}

function loadDisclosure(dir: string, display: (p: string) => string): LoadedDisclosure {
  const disclosure = readYaml(join(dir, 'disclosure.yaml'), DisclosureFile, display);
  expectIdMatchesFolder(disclosure, dir);
  const sourcePath = join(dir, disclosure.doc.source.file);
  if (!existsSync(sourcePath)) throw new DataFileError(disclosure.file, 'source.file', `no file ${display(sourcePath)}`);
  const bytes = readFileSync(sourcePath);
  const digest = createHash('sha256').update(bytes).digest('hex');
  if (digest !== disclosure.doc.source.sha256) {
    throw new DataFileError(disclosure.file, 'source.sha256', `${display(sourcePath)} has SHA-256 ${digest}; the source text changed since it was curated`);
  }
  const tablesDir = join(dir, 'tables');
  const tables = existsSync(tablesDir)
    ? readdirSync(tablesDir)
        .filter((f) => f.endsWith('.yaml'))
        .sort()
        .map((f) => ({ id: basename(f, '.yaml'), ...readYaml(join(tablesDir, f), TableFile, display) }))
    : [];
  return { ...disclosure, sourceText: bytes.toString('utf8'), tables, governance: loadGovernance(dir, display), narrative: loadNarrative(dir, display) };
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
