import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { XbrlError } from './errors.js';
import type { Prefixes } from './names.js';
import { childOf, childrenOf, href, NS, parseXmlFile, resolveQName, type XmlElement } from './xml.js';

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

const isUrl = (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s);
const XBRLI_PERIOD = `{${NS.xbrli}}periodType`;
const XBRLI_BALANCE = `{${NS.xbrli}}balance`;

export function discover(instancePath: string, schemaRefs: Array<{ href: string; line: number }>, prefixes: Prefixes): Dts {
  const dts: Dts = { schemas: new Map(), declared: new Map(), roleDefinitions: new Map(), importLocations: new Map(), linkbases: [], notes: [] };
  if (schemaRefs.length === 0) throw new XbrlError(instancePath, 'xbrl/link:schemaRef', 'the instance has no schemaRef: its schema and linkbases cannot be found');
  for (const ref of schemaRefs) {
    const where = `xbrl/link:schemaRef (line ${ref.line})`;
    if (!ref.href) throw new XbrlError(instancePath, where, 'schemaRef without an xlink:href');
    if (isUrl(ref.href)) {
      dts.notes.push(`schemaRef ${ref.href} is remote: not read`);
      continue;
    }
    const path = resolve(dirname(instancePath), ref.href.split('#')[0]);
    requireFile(path, instancePath, where, `schemaRef "${ref.href}"`);
    readSchema(path, dts, prefixes);
  }
  return dts;
}

/** Throws unless `path` is a file: the message names the referring file and element. */
function requireFile(path: string, from: string, where: string, what: string): void {
  if (!existsSync(path) || !statSync(path).isFile()) throw new XbrlError(from, where, `${what} names ${path}, which is not there`);
}

export function readSchema(path: string, dts: Dts, prefixes: Prefixes): SchemaDoc {
  const known = dts.schemas.get(path);
  if (known) return known;
  const root = parseXmlFile(path);
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
        const target = resolve(dirname(path), loc);
        requireFile(target, path, `xs:schema/xs:${el.local} (line ${el.line})`, `schemaLocation "${loc}"`);
        local.push(target);
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
              dts.notes.push(`linkbaseRef ${ref} is remote: not read`);
              continue;
            }
            const target = resolve(dirname(path), ref.split('#')[0]);
            requireFile(target, path, where, `linkbaseRef "${ref}"`);
            if (dts.linkbases.some((l) => l.file === target)) continue;
            const lb = parseXmlFile(target);
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
  for (const target of local) readSchema(target, dts, prefixes);
  return doc;
}
