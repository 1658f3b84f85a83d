import { sourceExcerpt, sourceTable } from '../fact-source.js';
import type { Graph } from '../graph.js';
import type { Disclosure, StatementTable } from '../model.js';
import { normalizeSpace, SourceTokens } from '../source-text.js';
import { recordCheck } from './check-builder.js';

/**
 * Every curated row is found in the source text as recorded: its label, in printed order
 * after the table's title, and its cells as one run of numbers per column group (the
 * three-month block, the six-month block), rows in printed order. A mistyped figure, a
 * shifted column or a row out of order fails here, independently of the arithmetic checks.
 */
export function checkSourceText(graph: Graph): void {
  for (const company of graph.companies) {
    for (const disclosure of company.disclosures) {
      const text = disclosure.source.text;
      if (text === null) continue; // a filing: its facts are its source, read by the XBRL reader
      const tokens = new SourceTokens(text);
      for (const table of disclosure.tables) checkTable(graph, table, tokens);
      checkProse(graph, disclosure, text);
    }
  }
}

function checkTable(graph: Graph, table: StatementTable, tokens: SourceTokens): void {
  const disclosure = table.disclosure;
  const anchor = tokens.find(table.anchor);
  if (anchor < 0) {
    recordCheck(graph, disclosure, {
      kind: 'SOURCE_TEXT',
      name: `Table "${table.title}" is found in the source`,
      expected: table.anchor,
      actual: '',
      tolerance: '0',
      passed: false,
      detail: 'the anchor text does not occur in the source',
      subject: null,
      inputs: [],
    });
    return;
  }
  const groups = [...new Set(table.columns.map((c) => c.group))];
  const cursor = new Map(groups.map((g) => [g, anchor]));
  let labelCursor = anchor;
  for (const { lineItem: item, cells } of table.rows) {
    const problems: string[] = [];
    const found: string[] = [];
    const labelAt = tokens.find(item.label, labelCursor);
    if (labelAt < 0) problems.push(`label not found after line ${tokens.lineOf(labelCursor)}`);
    else {
      labelCursor = labelAt + SourceTokens.size(item.label);
      found.push(`label at line ${tokens.lineOf(labelAt)}`);
    }
    const runs: string[] = [];
    for (const group of groups) {
      const run = table.columns.flatMap((c, j) => (c.group === group && cells[j] !== null ? [cells[j]!] : [])).join(' ');
      if (!run) continue;
      runs.push(run);
      const at = tokens.find(run, cursor.get(group)!);
      if (at < 0) problems.push(`cells "${run}" not found after line ${tokens.lineOf(cursor.get(group)!)}`);
      else {
        cursor.set(group, at + SourceTokens.size(run));
        found.push(`cells "${run}" at line ${tokens.lineOf(at)}`);
      }
    }
    const facts = item.facts.filter((f) => sourceTable(f.source) === table);
    recordCheck(graph, disclosure, {
      kind: 'SOURCE_TEXT',
      name: `${table.title}: row "${item.label}" is printed in the source as recorded`,
      expected: [item.label, ...runs].join(' | '),
      actual: found.join('; '),
      tolerance: '0',
      passed: problems.length === 0,
      detail: problems.length ? problems.join('; ') : 'found in printed order',
      subject: facts[0] ?? null,
      inputs: facts.slice(1),
    });
  }
}

/** Every sentence stating figures, and every footnote (its OCR errors restored), is in the source as recorded. */
function checkProse(graph: Graph, disclosure: Disclosure, text: string): void {
  const source = normalizeSpace(text);
  const texts = [
    ...disclosure.statements.map((s) => ({ what: `Sentence of "${s.section}"`, text: s.excerpt, facts: disclosure.facts.filter((f) => sourceExcerpt(f.source) === s.excerpt) })),
    ...disclosure.footnotes.map((n) => ({
      what: `Note ${n.number}`,
      text: n.corrections.reduce((t, c) => t.replace(c.corrected, c.printed), n.text),
      facts: [],
    })),
  ];
  for (const { what, text, facts } of texts) {
    const at = source.indexOf(normalizeSpace(text));
    recordCheck(graph, disclosure, {
      kind: 'SOURCE_TEXT',
      name: `${what} is printed in the source as recorded`,
      expected: text,
      actual: at >= 0 ? `found at character ${at} of the source, white space collapsed` : '',
      tolerance: '0',
      passed: at >= 0,
      detail: at >= 0 ? 'found verbatim' : 'not found verbatim in the source text',
      subject: facts[0] ?? null,
      inputs: facts.slice(1),
    });
  }
}
