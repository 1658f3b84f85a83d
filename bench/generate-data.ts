import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, stringify } from 'yaml';

/**
 * A deterministic synthetic data set: `factor` times the facts of a real data folder, as
 * more companies and more disclosures of the same shape. For scale benchmarks only; it is
 * written to a temporary folder and never committed.
 *
 * The real folder is copied as is (so its companies and tickers are in every set), then
 * each real disclosure is copied `factor - 1` more times into synthetic companies. A
 * synthetic company holds one to four "vintages" of its template's disclosures; vintage j
 * moves every date back 4·j years (a multiple of four keeps 29 February and fiscal
 * quarters valid), so a company's disclosures cover distinct periods like a real filer's;
 * older vintages leave out the files whose dates the source text fixes (DATED_BY_SOURCE).
 * Figures and labels are copied unchanged, and every copy names its template's source text
 * (looked up in the sources folder, never copied): every check still passes, against the
 * source text where the sources folder holds it and without it where it does not.
 */
export interface GenerateOptions {
  /** The real data folder to copy (with a companies/ folder). */
  source: string;
  /** An empty or missing folder to write to. */
  out: string;
  /** How many times the facts of `source` to produce, 1 or more. */
  factor: number;
  seed: number;
}

export interface GeneratedData {
  root: string;
  /** Companies written, real ones included. */
  companies: number;
  disclosures: number;
}

/** mulberry32: a tiny seeded PRNG, so the same seed gives the same bytes everywhere. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MAX_VINTAGES = 4;
const YEARS_PER_VINTAGE = 4;
/** A date as data files write it: a day, a month or a year (governance prints "2023-01", "2000"). */
const DATE = /^((?:19|20)\d{2})((?:-\d{2}){0,2})$/;

interface Template {
  id: string;
  dir: string;
  company: Record<string, any>;
  disclosures: string[];
}

export function generateData({ source, out, factor, seed }: GenerateOptions): GeneratedData {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a whole number of 1 or more, got ${factor}`);
  if (existsSync(out) && readdirSync(out).length > 0) throw new Error(`${out} is not empty`);
  const random = mulberry32(seed);
  cpSync(source, out, { recursive: true });

  const companiesDir = join(source, 'companies');
  const templates: Template[] = folders(companiesDir).map((id) => {
    const dir = join(companiesDir, id);
    const disclosuresDir = join(dir, 'disclosures');
    return {
      id,
      dir,
      company: parse(readFileSync(join(dir, 'company.yaml'), 'utf8')),
      disclosures: existsSync(disclosuresDir) ? folders(disclosuresDir) : [],
    };
  });
  const tickers = new Set(templates.flatMap((t) => (t.company.listings ?? []).map((l: { ticker: string }) => l.ticker)));
  const newTicker = (): string => {
    for (;;) {
      let ticker = 'Z';
      for (let i = 0; i < 5; i++) ticker += String.fromCharCode(65 + Math.floor(random() * 26));
      if (!tickers.has(ticker)) {
        tickers.add(ticker);
        return ticker;
      }
    }
  };

  let companies = templates.length;
  let disclosures = templates.reduce((n, t) => n + t.disclosures.length, 0);
  let serial = 0;
  // Each disclosure of a vintage is rendered once and written into every company that has it.
  const rendered = new Map<string, Map<string, string | null>>();
  for (const template of templates) {
    let remaining = factor - 1;
    while (remaining > 0) {
      const vintages = Math.min(remaining, 1 + Math.floor(random() * MAX_VINTAGES));
      remaining -= vintages;
      serial++;
      const id = `synthetic-${String(serial).padStart(5, '0')}-${template.id}`.slice(0, 80).replace(/-+$/, '');
      const companyDir = join(out, 'companies', id);
      copyExtras(template.dir, companyDir, new Set(['company.yaml', 'disclosures']));
      const company = {
        ...template.company,
        id,
        name: `${template.company.name} Synthetic ${serial}`,
        legalName: `${template.company.legalName} Synthetic ${serial}`,
        listings: (template.company.listings ?? []).map((l: Record<string, unknown>) => ({ ...l, ticker: newTicker() })),
      };
      writeFileSync(join(companyDir, 'company.yaml'), stringify(company));
      companies++;

      const used = new Set<string>();
      for (let v = 0; v < vintages; v++) {
        const years = v * YEARS_PER_VINTAGE;
        for (const disclosureId of template.disclosures) {
          const from = join(template.dir, 'disclosures', disclosureId);
          let newId = shiftYearPrefix(disclosureId, years);
          if (used.has(newId)) newId = `${newId}-v${v}`;
          used.add(newId);
          const key = `${template.id}/${disclosureId}@${years}`;
          if (!rendered.has(key)) rendered.set(key, renderDisclosure(from, years));
          writeDisclosure(from, join(companyDir, 'disclosures', newId), rendered.get(key)!, newId);
          disclosures++;
        }
      }
    }
  }
  return { root: out, companies, disclosures };
}

/** "2024-q2-results" four years back is "2020-q2-results"; other ids are kept. */
function shiftYearPrefix(id: string, years: number): string {
  const m = /^(\d{4})(-.*)?$/.exec(id);
  return m ? `${Number(m[1]) - years}${m[2] ?? ''}` : id;
}

/**
 * Files an older vintage leaves out: they tie their dates to sentences of the source,
 * which the loader verifies, so a moved date would not load (and should not).
 */
const DATED_BY_SOURCE = new Set(['governance.yaml', 'capital-return.yaml', 'outlook.yaml', 'events.yaml', 'quotes.yaml']);

/** A disclosure folder's files, with the YAML dates moved back; null for files copied as they are. */
function renderDisclosure(dir: string, years: number): Map<string, string | null> {
  const files = new Map<string, string | null>();
  for (const file of filesUnder(dir)) {
    const path = relative(dir, file);
    if (years === 0 || !file.endsWith('.yaml')) files.set(path, null);
    else if (!DATED_BY_SOURCE.has(path)) files.set(path, stringify(shiftDates(parse(readFileSync(file, 'utf8')), years)));
  }
  return files;
}

function writeDisclosure(from: string, to: string, files: Map<string, string | null>, id: string): void {
  for (const [path, text] of files) {
    const target = join(to, path);
    mkdirSync(join(target, '..'), { recursive: true });
    if (path === 'disclosure.yaml') {
      const doc = parse(text ?? readFileSync(join(from, path), 'utf8'));
      writeFileSync(target, stringify({ ...doc, id }));
    } else if (text !== null) writeFileSync(target, text);
    else copyFileSync(join(from, path), target);
  }
}

/** Moves every date (day, month or year) in a parsed YAML document back by `years`. */
function shiftDates(value: unknown, years: number): unknown {
  if (typeof value === 'string') {
    const m = DATE.exec(value);
    return m ? `${String(Number(m[1]) - years).padStart(4, '0')}${m[2]}` : value;
  }
  if (Array.isArray(value)) return value.map((v) => shiftDates(v, years));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shiftDates(v, years)]));
  return value;
}

/** Copies a company folder's other files (anything but company.yaml and disclosures/). */
function copyExtras(from: string, to: string, skip: Set<string>): void {
  mkdirSync(to, { recursive: true });
  for (const name of readdirSync(from).sort()) {
    if (!skip.has(name)) cpSync(join(from, name), join(to, name), { recursive: true });
  }
}

function folders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isDirectory())
    .sort();
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}
