/**
 * Reads SEC's own renderings of a filing (its `R<n>.htm` files and `FilingSummary.xml`) with
 * an HTML parser (parse5), for tests that compare the project's statements with them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { parseXmlFile } from '../../src/xbrl/xml.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface SecReport {
  file: string;
  role: string;
  category: string;
  shortName: string;
  /** The heading cell's text, e.g. "… - USD ($) shares in Thousands, $ in Millions". */
  heading: string;
  /** Column headings in order: "3 Months Ended Mar. 29, 2025", or an equity statement's "Total". */
  columns: string[];
  rows: { label: string; cells: string[] }[];
  /** Concept (`us-gaap_GrossProfit`) → its definition, from the hidden "defref" tables. */
  definitions: Map<string, string>;
}

const isElement = (n: Node): n is Element => 'tagName' in n;
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value ?? null;

function* walk(n: Node): Generator<Element> {
  if (isElement(n)) yield n;
  if ('childNodes' in n) for (const c of n.childNodes) yield* walk(c);
}

function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  if (isElement(n) && n.tagName === 'br') return ' ';
  if ('childNodes' in n) return n.childNodes.map(text).join('');
  return '';
}
const clean = (s: string) => s.replace(/\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** Every report SEC rendered, in FilingSummary.xml's order. */
export function readSecReports(folder: string): SecReport[] {
  const summary = parseXmlFile(join(folder, 'FilingSummary.xml'));
  const reports = summary.children.find((c) => c.local === 'MyReports')?.children.filter((c) => c.local === 'Report') ?? [];
  const child = (el: (typeof reports)[number], name: string) => el.children.find((c) => c.local === name)?.text.trim() ?? '';
  return reports
    .filter((r) => /^R\d+\.htm$/.test(child(r, 'HtmlFileName')))
    .map((r) => ({ file: child(r, 'HtmlFileName'), role: child(r, 'Role'), category: child(r, 'MenuCategory'), shortName: child(r, 'ShortName') }))
    .map((r) => ({ ...r, ...readReport(join(folder, r.file)) }));
}

function readReport(file: string): Pick<SecReport, 'heading' | 'columns' | 'rows' | 'definitions'> {
  const doc = parse(readFileSync(file, 'utf8'));
  const table = [...walk(doc)].find((e) => e.tagName === 'table' && attr(e, 'class') === 'report')!;
  const trs = [...walk(table)].filter((e) => e.tagName === 'tr' && e.parentNode && (e.parentNode === table || (e.parentNode as Element).parentNode === table));
  const cellsOf = (tr: Element) => tr.childNodes.filter(isElement).filter((c) => c.tagName === 'td' || c.tagName === 'th');
  const headRows = trs.filter((tr) => cellsOf(tr).every((c) => c.tagName === 'th'));
  const bodyRows = trs.filter((tr) => !headRows.includes(tr) && cellsOf(tr).some((c) => (attr(c, 'class') ?? '').split(/\s+/).includes('pl')));
  // Header: the first row's group headings span the second row's dates.
  const first = cellsOf(headRows[0]);
  const heading = clean(text(first[0]));
  let columns: string[];
  if (headRows.length > 1) {
    const dates = cellsOf(headRows[1]).map((c) => clean(text(c)));
    columns = [];
    for (const group of first.slice(1)) {
      const span = Number(attr(group, 'colspan') ?? '1');
      for (let i = 0; i < span; i++) columns.push(`${clean(text(group))} ${dates[columns.length]}`.trim());
    }
    columns.push(...dates.slice(columns.length));
  } else columns = first.slice(1).map((c) => clean(text(c)));
  const rows = bodyRows.map((tr) => {
    const [label, ...cells] = cellsOf(tr);
    return { label: clean(text(label)), cells: cells.map((c) => clean(text(c))) };
  });
  const definitions = new Map<string, string>();
  for (const e of walk(doc)) {
    const id = attr(e, 'id');
    if (e.tagName !== 'table' || !id?.startsWith('defref_')) continue;
    const anchors = [...walk(e)].filter((a) => a.tagName === 'a' && /Definition/.test(text(a)));
    const next = anchors[0] && anchors[0].parentNode!.childNodes[anchors[0].parentNode!.childNodes.indexOf(anchors[0]) + 1];
    if (next && isElement(next)) definitions.set(id.slice('defref_'.length), clean(text(next)));
  }
  return { heading, columns, rows, definitions };
}

/** Powers of ten SEC's heading states: "shares in Thousands, $ in Millions" → { shares: 3, money: 6 }. */
export function scalesOf(heading: string): { money: number; shares: number } {
  const power = (word: string | undefined) => ({ Thousands: 3, Millions: 6, Billions: 9 })[word ?? ''] ?? 0;
  return { money: power(/\$ in (\w+)/.exec(heading)?.[1]), shares: power(/(?<!\/ )shares in (\w+)/.exec(heading)?.[1]) };
}
