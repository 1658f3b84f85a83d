import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { XbrlError } from './errors.js';
import { discover, type ElementDecl } from './dts.js';
import { findDuplicates } from './duplicates.js';
import { inlineDocumentsOf, instanceDocumentsOf } from './find-filings.js';
import { filingZipsOf, withUnzipped } from './filing-zip.js';
import { isInside, realPathOf, regularFileSize } from './limits.js';
import { readInlineDocuments } from './inline/index.js';
import { readInstance, type InstanceContent } from './instance.js';
import type { InlineContent } from './inline/read-inline.js';
import { readLinkbases, type LinkbaseContent, type Relationship } from './linkbases.js';
import { isDei, Prefixes } from './names.js';
import { classifyRole, parseRoleDefinition } from './roles.js';
import { parseXmlFile, type ParseOptions } from './xml.js';
import { readRenderingDefinitions } from './sec-renderings.js';
import type { XbrlCalculationArc, XbrlConcept, XbrlFact, XbrlFiling, XbrlPresentationRow, XbrlRole } from './xbrl-filing.js';

const SUMMATION_ITEM = new Set(['http://www.xbrl.org/2003/arcrole/summation-item', 'https://xbrl.org/2023/arcrole/summation-item']);
const PARENT_CHILD = 'http://www.xbrl.org/2003/arcrole/parent-child';
const DIMENSION_DEFAULT = 'http://xbrl.org/int/dim/arcrole/dimension-default';

/**
 * Reads one filing folder: its instance document (found by content), then by XBRL
 * discovery the company schema and the linkbases it references. `metadata.json` is optional.
 * A folder whose documents are only in a zip (EDGAR's `…-xbrl.zip`, or any zip holding them)
 * is read from that zip (see `withUnzipped`): its documents are then named `<zip>/<entry>`.
 */
export function readFiling(folder: string, options: ParseOptions = {}): XbrlFiling {
  const dir = resolve(folder);
  const names = folderNames(dir);
  if (inlineDocumentsOf(dir, names).length === 0 && instanceDocumentsOf(dir, names).length === 0) {
    const zips = filingZipsOf(dir, names);
    if (zips.length > 1) throw new XbrlError(dir, null, `several zips holding XBRL documents in one folder (${zips.map((p) => basename(p)).join(', ')}): put each filing in its own folder`);
    if (zips.length === 1) return withUnzipped(zips[0], (documents, shown) => readFilingFrom(dir, documents, shown, options));
  }
  return readFilingFrom(dir, dir, (p) => p, options);
}

/** The names in a filing folder, sorted. */
function folderNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch (e) {
    throw new XbrlError(dir, null, `filing folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Reads the filing of folder `dir` (metadata.json, its name, SEC's renderings) whose documents
 * are in `documents` (`dir` itself, or where its zip was unpacked); `shown` names a document
 * where the user finds it.
 */
function readFilingFrom(dir: string, documents: string, shown: (path: string) => string, options: ParseOptions): XbrlFiling {
  const source = findInstance(documents, dir);
  const instancePath = source.paths[0];
  const real = realPathOf(documents) ?? documents;
  for (const p of source.paths) if (!isInside(p, real)) throw new XbrlError(p, null, `a link to a file outside the filing's folder (${real}): a filing reads only its own documents`);
  const prefixes = new Prefixes();
  const instance = source.inline ? readInlineDocuments(source.paths, prefixes) : readInstance(parseXmlFile(instancePath, options), instancePath, prefixes);
  const dts = discover(instancePath, instance.schemaRefs, prefixes, real, options);
  const linkbases = readLinkbases(dts, prefixes);
  const qname = (key: string) => {
    const ref = instance.factConcepts.get(key) ?? linkbases.concepts.get(key);
    if (!ref) throw new Error(`internal: concept ${key} was never seen`);
    return prefixes.qname(ref.uri, ref.local);
  };

  const concepts = buildConcepts(instance, linkbases, dts.declared, prefixes);
  const roles = buildRoles(linkbases.presentation, dts.roleDefinitions, qname);
  const calculations: XbrlCalculationArc[] = linkbases.calculation
    .filter((r) => SUMMATION_ITEM.has(r.arcrole))
    .map((r) => ({ roleUri: r.role, parent: qname(r.from), child: qname(r.to), weight: Number(r.weight ?? '1'), order: r.order }));
  const dimensionDefaults = new Map<string, string>();
  for (const r of linkbases.definition) if (r.arcrole === DIMENSION_DEFAULT) dimensionDefaults.set(qname(r.from), qname(r.to));

  const metadata = readMetadata(dir);
  const cover = readCover(instance, instancePath, metadata);
  // A joint filing names each registrant's CIK (the other ones in contexts of the legal-entity
  // axis) and EDGAR files it under each: metadata.json may name any of them.
  if (metadata?.cik && metadata.cik !== cover.cik && !registrantCiks(instance).has(metadata.cik)) {
    throw new XbrlError(join(dir, 'metadata.json'), 'cik', `${metadata.cik} contradicts the filing's dei:EntityCentralIndexKey ${cover.cik}`);
  }
  const instanceSha256 = createHash('sha256').update(readFileSync(instancePath)).digest('hex');
  return {
    folder: dir,
    instancePath: shown(instancePath),
    metadata,
    cover,
    accession: accessionOf(dir, metadata, instanceSha256),
    instanceSha256,
    concepts,
    facts: instance.facts,
    duplicates: findDuplicates(instance.facts),
    roles,
    calculations,
    dimensionDefaults,
    contexts: [...instance.contexts.values()],
    units: [...instance.units.values()],
    // An Inline XBRL set's footnotes name their facts by index; an instance's, by the facts themselves.
    footnotes: source.inline ? (instance as InlineContent).footnotes.map((n) => ({ id: n.id, text: n.text, role: n.role, facts: n.facts.map((i) => instance.facts[i]), line: 0 })) : instance.xbrlFootnotes,
    // SEC's renderings (R files), when the folder is an EDGAR filing folder: another source of definitions.
    definitions: new Map([...readRenderingDefinitions(dir)].map(([name, text]) => [name, { text, source: 'SEC_RENDERING' }])),
    notes: [...instance.notes, ...dts.notes, ...linkbases.notes],
  };
}

/**
 * The document(s) a folder's facts are read from. Inline XBRL documents (`.htm` with `ix:`
 * tags, found by content) come first: they are the source of truth and give each fact its
 * place in the pages; SEC's extracted `*_htm.xml` beside them is then not read. Several
 * Inline XBRL documents are one document set (the primary document of metadata.json first).
 * Without any, the folder's one XBRL instance document.
 */
function findInstance(dir: string, folder: string): { inline: boolean; paths: string[] } {
  const names = folderNames(dir);
  const inline = inlineDocumentsOf(dir, names);
  if (inline.length) {
    const primary = primaryDocument(folder);
    return { inline: true, paths: inline.sort((a, b) => Number(basename(b) === primary) - Number(basename(a) === primary)) };
  }
  const instances = instanceDocumentsOf(dir, names);
  if (instances.length === 0) throw new XbrlError(dir, null, 'no XBRL instance document (an .xml file whose root element is xbrli:xbrl) nor Inline XBRL document (an .htm with ix: tags) in this folder, nor a zip holding one');
  if (instances.length > 1) throw new XbrlError(dir, null, `several XBRL instance documents in one folder (${instances.map((p) => p.slice(dir.length + 1)).join(', ')}): put each filing in its own folder`);
  return { inline: false, paths: instances };
}

/** metadata.json's `primary_document`, when it names one (read leniently: readMetadata judges the file). */
function primaryDocument(dir: string): string | null {
  try {
    const v = JSON.parse(readFileSync(join(dir, 'metadata.json'), 'utf8'))?.primary_document;
    return typeof v === 'string' ? v : null;
  } catch {
    return null;
  }
}

/** Every CIK the instance's dei:EntityCentralIndexKey facts state, ten digits. */
function registrantCiks(instance: InstanceContent): Set<string> {
  const ciks = new Set<string>();
  instance.facts.forEach((f, i) => {
    const ref = instance.factConcepts.get(instance.factKeys[i]);
    if (ref && isDei(ref.uri) && ref.local === 'EntityCentralIndexKey' && f.value && /^\d{1,10}$/.test(f.value.trim())) ciks.add(f.value.trim().padStart(10, '0'));
  });
  return ciks;
}

const ACCESSION = /^\d{10}-\d{2}-\d{6}$/;

/** The filing's accession number and where it came from (see `XbrlFiling.accession`). */
function accessionOf(dir: string, metadata: XbrlFiling['metadata'], sha256: string): XbrlFiling['accession'] {
  const fromMetadata = metadata?.accessionNumber ?? null;
  if (fromMetadata !== null) return { number: fromMetadata, key: fromMetadata, basis: 'METADATA' };
  // EDGAR's filing folders are named by the accession number without its dashes.
  const name = basename(dir);
  if (/^\d{18}$/.test(name)) {
    const number = `${name.slice(0, 10)}-${name.slice(10, 12)}-${name.slice(12)}`;
    return { number, key: number, basis: 'FOLDER_NAME' };
  }
  return { number: null, key: `sha256:${sha256.slice(0, 20)}`, basis: 'CONTENT' };
}

function readMetadata(dir: string): XbrlFiling['metadata'] {
  const file = join(dir, 'metadata.json');
  if (!existsSync(file)) return null;
  regularFileSize(file);
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new XbrlError(file, null, `not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) throw new XbrlError(file, null, 'not a JSON object');
  const str = (key: string): string | null => {
    const v = data[key];
    if (v === undefined || v === null || v === '') return null;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' && Number.isInteger(v)) return String(v);
    throw new XbrlError(file, key, `expected a string, found ${JSON.stringify(v)}`);
  };
  const filingDate = str('filing_date');
  if (filingDate !== null && !/^\d{4}-\d{2}-\d{2}$/.test(filingDate)) throw new XbrlError(file, 'filing_date', `"${filingDate}" is not an ISO date (YYYY-MM-DD)`);
  const cik = str('cik');
  if (cik !== null && !/^\d{1,10}$/.test(cik)) throw new XbrlError(file, 'cik', `"${cik}" is not a CIK (up to ten digits)`);
  const accession = str('accession_no');
  if (accession !== null && !ACCESSION.test(accession)) throw new XbrlError(file, 'accession_no', `"${accession}" is not an accession number (0000320193-23-000106)`);
  return {
    companyName: str('company'),
    cik: cik === null ? null : cik.padStart(10, '0'),
    ticker: str('ticker'),
    form: str('form'),
    filingDate,
    accessionNumber: accession,
    primaryDocument: str('primary_document'),
  };
}

/** The dei cover facts, preferring those in a context without dimensions. */
function readCover(instance: InstanceContent, file: string, metadata: XbrlFiling['metadata']): XbrlFiling['cover'] {
  const byLocal = new Map<string, XbrlFact[]>();
  instance.facts.forEach((f, i) => {
    const ref = instance.factConcepts.get(instance.factKeys[i]);
    if (!ref || !isDei(ref.uri) || f.value === null) return;
    const list = byLocal.get(ref.local);
    if (list) list.push(f);
    else byLocal.set(ref.local, [f]);
  });
  const first = (local: string): XbrlFact | undefined => {
    const list = byLocal.get(local);
    return list?.find((f) => f.context.dimensions.length === 0) ?? list?.[0];
  };
  const documentType = first('DocumentType');
  if (!documentType) throw new XbrlError(file, 'dei:DocumentType', 'the instance has no dei:DocumentType fact: the form of the filing is unknown');
  const cikFact = first('EntityCentralIndexKey');
  if (!cikFact) throw new XbrlError(file, 'dei:EntityCentralIndexKey', 'the instance has no dei:EntityCentralIndexKey fact: the company is unknown');
  const cik = cikFact.value!.replace(/^0+/, '');
  if (!/^\d{1,10}$/.test(cik)) throw new XbrlError(file, `dei:EntityCentralIndexKey (line ${cikFact.line})`, `"${cikFact.value}" is not a CIK`);
  const periodEnd = first('DocumentPeriodEndDate');
  const ctxEnd = (f: XbrlFact) => (f.context.period.kind === 'instant' ? f.context.period.date : f.context.period.kind === 'duration' ? f.context.period.endDate : '');
  const fy = first('DocumentFiscalYearFocus')?.value ?? null;
  const symbols: string[] = [];
  for (const f of byLocal.get('TradingSymbol') ?? []) if (!symbols.includes(f.value!)) symbols.push(f.value!);
  const amendment = first('AmendmentFlag')?.value ?? 'false';
  return {
    documentType: documentType.value!,
    // Every SEC filing states it; metadata.json is the fallback for one that does not.
    registrantName: first('EntityRegistrantName')?.value ?? metadata?.companyName ?? '',
    cik: cik.padStart(10, '0'),
    tradingSymbols: symbols,
    fiscalYearEnd: first('CurrentFiscalYearEndDate')?.value ?? null,
    fiscalYearFocus: fy !== null && /^\d{4}$/.test(fy) ? Number(fy) : null,
    fiscalPeriodFocus: first('DocumentFiscalPeriodFocus')?.value ?? null,
    // Usually an ISO date; when a filing wrote it as text, the period of its own context says the same.
    periodEndDate: periodEnd && /^\d{4}-\d{2}-\d{2}$/.test(periodEnd.value!) ? periodEnd.value! : ctxEnd(periodEnd ?? documentType),
    amendment: amendment === 'true' || amendment === '1',
  };
}

const MONETARY = 'xbrli:monetaryItemType';
const SHARES = 'xbrli:sharesItemType';
const PER_SHARE = 'dtr-types:perShareItemType';
const PURE = 'dtr-types:pureItemType';

/**
 * Every concept a fact or a linkbase uses. The company schema's declaration is taken as
 * it is; for concepts of the standard taxonomies (not at hand) the period type comes from
 * the contexts of their facts and the data type from their units.
 */
function buildConcepts(instance: InstanceContent, linkbases: LinkbaseContent, declared: Map<string, ElementDecl>, prefixes: Prefixes): Map<string, XbrlConcept> {
  const usage = new Map<string, { instant: number; duration: number; types: Set<string>; facts: number }>();
  instance.facts.forEach((f, i) => {
    const key = instance.factKeys[i];
    let u = usage.get(key);
    if (!u) usage.set(key, (u = { instant: 0, duration: 0, types: new Set(), facts: 0 }));
    u.facts++;
    if (f.context.period.kind === 'instant') u.instant++;
    else u.duration++;
    if (f.unit) {
      const cur = instance.currencyUnits.has(f.unit.id);
      const den = f.unit.denominator;
      const num = f.unit.numerator;
      if (cur && den.length === 0) u.types.add(MONETARY);
      else if (cur && den.length === 1 && den[0] === 'shares') u.types.add(PER_SHARE);
      else if (den.length === 0 && num.length === 1 && num[0] === 'shares') u.types.add(SHARES);
      else if (den.length === 0 && num.length === 1 && num[0] === 'pure') u.types.add(PURE);
      else u.types.add('');
    }
  });
  const concepts = new Map<string, XbrlConcept>();
  const keys = new Map<string, { uri: string; local: string }>([...instance.factConcepts, ...linkbases.concepts]);
  for (const [key, ref] of keys) {
    const name = prefixes.qname(ref.uri, ref.local);
    const decl = declared.get(key);
    const labels = linkbases.labels.get(key) ?? {};
    if (decl) {
      concepts.set(name, { name, namespace: ref.uri, periodType: decl.periodType, balance: decl.balance, dataType: decl.dataType, abstract: decl.abstract, labels });
      continue;
    }
    const u = usage.get(key);
    const periodType = !u ? null : u.instant && !u.duration ? 'instant' : u.duration && !u.instant ? 'duration' : null;
    const dataType = u && u.types.size === 1 ? [...u.types][0] || null : null;
    // Abstract items, hypercubes, dimensions and domain members never carry facts and are
    // named so by taxonomy convention; without their schema this is the best evidence.
    const abstract = !u && /(Abstract|Table|Axis|Domain|Member|LineItems)$/.test(ref.local);
    concepts.set(name, { name, namespace: ref.uri, periodType, balance: null, dataType, abstract, labels });
  }
  return concepts;
}

/** One statement table per presentation role: a depth-first walk of its arcs in `order`. */
function buildRoles(arcs: Relationship[], definitions: Map<string, string>, qname: (key: string) => string): XbrlRole[] {
  const byRole = new Map<string, Relationship[]>();
  for (const a of arcs) {
    if (a.arcrole !== PARENT_CHILD) continue;
    const list = byRole.get(a.role);
    if (list) list.push(a);
    else byRole.set(a.role, [a]);
  }
  const roles: XbrlRole[] = [];
  for (const [roleUri, list] of byRole) {
    const children = new Map<string, Relationship[]>();
    const targets = new Set<string>();
    const sources: string[] = [];
    for (const a of list) {
      const c = children.get(a.from);
      if (c) c.push(a);
      else {
        children.set(a.from, [a]);
        sources.push(a.from);
      }
      targets.add(a.to);
    }
    for (const c of children.values()) c.sort((x, y) => x.order - y.order || x.seq - y.seq);
    const rows: XbrlPresentationRow[] = [];
    const onPath = new Set<string>();
    const walk = (concept: string, depth: number, parent: number | null, preferredLabel: string | null) => {
      const index = rows.length;
      rows.push({ concept: qname(concept), depth, preferredLabel, order: index, parent });
      if (onPath.has(concept)) return; // a cycle: shown once, not followed
      onPath.add(concept);
      for (const a of children.get(concept) ?? []) walk(a.to, depth + 1, index, a.preferredLabel ? a.preferredLabel.slice(a.preferredLabel.lastIndexOf('/') + 1) : null);
      onPath.delete(concept);
    };
    for (const root of sources) if (!targets.has(root)) walk(root, 0, null, null);
    const definition = definitions.get(roleUri) ?? '';
    if (definition) roles.push({ roleUri, definition, title: parseRoleDefinition(definition).title, kind: classifyRole(definition), rows });
    else roles.push({ roleUri, definition, ...standardRole(roleUri), rows });
  }
  // EDGAR orders statements by the sort code that starts each definition; roles defined
  // outside the filing (no definition at hand) go last.
  return roles.sort((a, b) => (!a.definition !== !b.definition ? (a.definition ? -1 : 1) : a.definition < b.definition ? -1 : a.definition > b.definition ? 1 : a.roleUri < b.roleUri ? -1 : 1));
}

/** The SEC's executive-compensation roles (ecd taxonomy), whose definitions live in that taxonomy, not in the filing. */
const SEC_ROLE_TITLES: Record<string, string> = {
  PvpDisclosure: 'Pay vs Performance Disclosure',
  InsiderTradingArrangements: 'Insider Trading Arrangements',
  InsiderTradingPoliciesProc: 'Insider Trading Policies and Procedures',
  ErrCompDisclosure: 'Erroneously Awarded Compensation Recovery',
  AwardTimingDisclosure: 'Award Timing Disclosure',
};

/**
 * A role the filing uses without defining it (its roleType is in a standard taxonomy, not
 * at hand). SEC taxonomy roles are disclosures; any other keeps its URI's last segment.
 */
function standardRole(roleUri: string): { title: string; kind: XbrlRole['kind'] } {
  const segment = roleUri.slice(roleUri.lastIndexOf('/') + 1);
  if (/^https?:\/\/xbrl\.sec\.gov\/[a-z-]+\/role\//.test(roleUri)) {
    return { title: SEC_ROLE_TITLES[segment] ?? segment.replace(/([a-z])([A-Z])/g, '$1 $2'), kind: 'NOTES' };
  }
  return { title: segment, kind: 'OTHER' };
}
