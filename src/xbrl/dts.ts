import { dirname, isAbsolute, resolve } from 'node:path';
import { XbrlError } from './errors.js';
import { isInside, isRegularFile } from './limits.js';
import type { Prefixes } from './names.js';
import { childOf, childrenOf, href, NS, parseXmlFile, resolveQName, type ParseOptions, type XmlElement } from './xml.js';

/**
 * XBRL discovery from the instance's schemaRefs: the company schemas (and any local
 * schema they import or include), the linkbases their linkbaseRefs name, and the standard
 * taxonomies they import (recorded by location and namespace; those files are on the
 * internet and never read).
 */

export interface ElementDecl {
  uri: string;
  local: string;
  periodType: 'instant' | 'duration' | null;
  balance: 'debit' | 'credit' | null;
  /** The XSD type as a QName with the usual prefixes (`xbrli:monetaryItemType`). */
  dataType: string | null;
  abstract: boolean;
}

export interface SchemaDoc {
  path: string;
  targetNamespace: string;
  byId: Map<string, ElementDecl>;
  roleTypes: Map<string, string>;
}

export interface Dts {
  /** The filing's folder (real path): every document read lies inside it. */
  folder: string;
  schemas: Map<string, SchemaDoc>;
  /** `{uri}local` → declaration, for every element a local schema declares. */
  declared: Map<string, ElementDecl>;
  /** roleURI → roleType definition, from every local schema. */
  roleDefinitions: Map<string, string>;
  /** Absolute location of an imported (external) schema → its namespace. */
  importLocations: Map<string, string>;
  /** Linkbase documents reached, as parsed roots with their file. */
  linkbases: Array<{ file: string; root: XmlElement }>;
  notes: string[];
}

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && !/^[a-z]:[\\/]/i.test(s);

/**
 * Hosts of the standard taxonomies (FASB's us-gaap and srt, SEC's dei and others, XBRL
 * International's, IFRS). Their documents are known by namespace and never fetched; a
 * reference to any other remote document names a part of the filing that is not at hand.
 */
const STANDARD_HOSTS = /^https?:\/\/(xbrl\.fasb\.org|xbrl\.sec\.gov|(www\.)?xbrl\.org|xbrl\.ifrs\.org|(taxonomies\.)?xbrl\.us|www\.w3\.org)\//i;
export const isStandardTaxonomyUrl = (url: string) => STANDARD_HOSTS.test(url);

/**
 * The local file a reference (`xlink:href`, `schemaLocation`) of `from` names, which must be a
 * regular file inside the filing's folder: an absolute path, a `..` out of the folder or a
 * link pointing out of it would read another filing's documents, or any file of the machine.
 */
function localTarget(ref: string, from: string, where: string, what: string, dts: Dts): string {
  if (isAbsolute(ref)) throw new XbrlError(from, where, `${what} is an absolute path: a filing names its own documents relative to itself`);
  const path = resolve(dirname(from), ref.split('#')[0]);
  if (!isRegularFile(path)) throw new XbrlError(from, where, `${what} names ${path}, which is not there`);
  if (!isInside(path, dts.folder)) throw new XbrlError(from, where, `${what} points outside the filing's folder (${dts.folder}): a filing reads only its own documents`);
  return path;
}
const XBRLI_PERIOD = `{${NS.xbrli}}periodType`;
const XBRLI_BALANCE = `{${NS.xbrli}}balance`;

export function discover(instancePath: string, schemaRefs: Array<{ href: string; line: number }>, prefixes: Prefixes, folder: string, options: ParseOptions = {}): Dts {
  const dts: Dts = { folder, schemas: new Map(), declared: new Map(), roleDefinitions: new Map(), importLocations: new Map(), linkbases: [], notes: [] };
  if (schemaRefs.length === 0) throw new XbrlError(instancePath, 'xbrl/link:schemaRef', 'the instance has no schemaRef: its schema and linkbases cannot be found');
  for (const ref of schemaRefs) {
    const where = `xbrl/link:schemaRef (line ${ref.line})`;
    if (!ref.href) throw new XbrlError(instancePath, where, 'schemaRef without an xlink:href');
    if (isUrl(ref.href)) {
      if (!isStandardTaxonomyUrl(ref.href)) throw new XbrlError(instancePath, where, `schemaRef "${ref.href}" is remote: the filing's own schema must be in its folder (nothing is fetched), or its statements and checks would be lost`);
      dts.notes.push(`schemaRef ${ref.href} names a standard taxonomy: known by its namespace, not read`);
      continue;
    }
    readSchema(localTarget(ref.href, instancePath, where, `schemaRef "${ref.href}"`, dts), dts, prefixes, options);
  }
  if (dts.schemas.size === 0) throw new XbrlError(instancePath, 'xbrl/link:schemaRef', "no schemaRef names the filing's own schema: its statements and checks cannot be found");
  return dts;
}

export function readSchema(path: string, dts: Dts, prefixes: Prefixes, options: ParseOptions = {}): SchemaDoc {
  const known = dts.schemas.get(path);
  if (known) return known;
  if (isRegularFile(path) && !isInside(path, dts.folder)) throw new XbrlError(path, null, `outside the filing's folder (${dts.folder}): a filing reads only its own documents`);
  const root = parseXmlFile(path, options);
  if (root.uri !== NS.xs || root.local !== 'schema') throw new XbrlError(path, `${root.name} (line ${root.line})`, 'not an XML schema (xs:schema)');
  prefixes.declare(root.ns);
  const doc: SchemaDoc = { path, targetNamespace: root.attrs.targetNamespace ?? '', byId: new Map(), roleTypes: new Map() };
  dts.schemas.set(path, doc);
  const local: string[] = [];
  for (const el of root.children) {
    if (el.uri !== NS.xs) continue;
    if (el.local === 'element') {
      const name = el.attrs.name;
      if (!name) continue;
      const typeQ = el.attrs.type ? resolveQName(el, el.attrs.type) : null;
      const periodType = el.attrs[XBRLI_PERIOD];
      const balance = el.attrs[XBRLI_BALANCE];
      const decl: ElementDecl = {
        uri: doc.targetNamespace,
        local: name,
        periodType: periodType === 'instant' || periodType === 'duration' ? periodType : null,
        balance: balance === 'debit' || balance === 'credit' ? balance : null,
        dataType: typeQ ? prefixes.qname(typeQ.uri, typeQ.local) : (el.attrs.type ?? null),
        abstract: el.attrs.abstract === 'true' || el.attrs.abstract === '1',
      };
      if (el.attrs.id) doc.byId.set(el.attrs.id, decl);
      dts.declared.set(`{${decl.uri}}${name}`, decl);
    } else if (el.local === 'import' || el.local === 'include') {
      const loc = el.attrs.schemaLocation;
      if (!loc) continue;
      if (isUrl(loc)) {
        if (el.attrs.namespace) dts.importLocations.set(loc, el.attrs.namespace);
      } else {
        local.push(localTarget(loc, path, `xs:schema/xs:${el.local} (line ${el.line})`, `schemaLocation "${loc}"`, dts));
      }
    } else if (el.local === 'annotation') {
      for (const appinfo of childrenOf(el, NS.xs, 'appinfo')) {
        for (const a of appinfo.children) {
          if (a.uri !== NS.link) continue;
          if (a.local === 'roleType') {
            const uri = a.attrs.roleURI;
            const def = childOf(a, NS.link, 'definition');
            if (uri) {
              doc.roleTypes.set(uri, def ? def.text.trim() : '');
              if (!dts.roleDefinitions.has(uri)) dts.roleDefinitions.set(uri, def ? def.text.trim() : '');
            }
          } else if (a.local === 'linkbaseRef') {
            const ref = href(a);
            const where = `xs:schema/xs:annotation/xs:appinfo/link:linkbaseRef (line ${a.line})`;
            if (!ref) throw new XbrlError(path, where, 'linkbaseRef without an xlink:href');
            if (isUrl(ref)) {
              if (!isStandardTaxonomyUrl(ref)) throw new XbrlError(path, where, `linkbaseRef "${ref}" is remote: the filing's own linkbases must be in its folder (nothing is fetched), or its statements and checks would be lost`);
              dts.notes.push(`linkbaseRef ${ref} names a standard taxonomy's linkbase: not read`);
              continue;
            }
            const target = localTarget(ref, path, where, `linkbaseRef "${ref}"`, dts);
            if (dts.linkbases.some((l) => l.file === target)) continue;
            const lb = parseXmlFile(target, options);
            if (lb.uri !== NS.link || lb.local !== 'linkbase') throw new XbrlError(target, `${lb.name} (line ${lb.line})`, `not a linkbase (link:linkbase), although ${path} references it`);
            prefixes.declare(lb.ns);
            dts.linkbases.push({ file: target, root: lb });
          } else if (a.local === 'linkbase') {
            // A linkbase embedded in the schema (older filings).
            dts.linkbases.push({ file: path, root: a });
          }
        }
      }
    }
  }
  for (const target of local) readSchema(target, dts, prefixes, options);
  return doc;
}
