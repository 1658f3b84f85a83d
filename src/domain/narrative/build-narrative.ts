import { sourceColumn, sourceTable } from '../fact-source.js';
import { DataFileError } from '../../data/data-file-error.js';
import type { LoadedDisclosure } from '../../data/load.js';
import { companyPeriod, lineItemFor } from '../entities.js';
import { NO_DIMENSIONS } from '../dimensions.js';
import { D } from '../decimal.js';
import type { Graph } from '../graph.js';
import type { Disclosure, Fact, Formula, LineItem, Period, Statement } from '../model.js';
import { dayBefore } from '../period.js';
import { normalizeSpace } from '../source-text.js';
import { CURRENCY_MEASURES, unitFor } from '../units.js';
import { parseFigure } from './printed-figure.js';
import { computedQualifier, qualifierBefore } from '../qualifier.js';
import { lineItemName } from '../line-item-name.js';
import { resolveLineItem, resolveTerm } from './refs.js';
import { appended } from '../shared-empty.js';

/**
 * Builds what a disclosure says in prose: operating-metric line items, footnotes linked
 * both ways to line items, definitions with formulas, facts stated in sentences, the
 * percent changes the sentences claim, and Q1 figures derived as six months − Q2.
 */
export function buildNarrative(loaded: LoadedDisclosure, disclosure: Disclosure, graph: Graph): void {
  const { metrics, footnotes, definitions, narrative } = loaded.narrative;
  const company = disclosure.company;

  if (metrics) {
    const { file, doc } = metrics;
    const byKey = new Map<string, LineItem>();
    doc.lineItems.forEach((m, i) => {
      if (byKey.has(m.key)) throw new DataFileError(file, `lineItems[${i}].key`, `key "${m.key}" is used twice`);
      if (m.measure === 'count' && !m.unit) throw new DataFileError(file, `lineItems[${i}].unit`, 'a `count` metric needs a unit such as "users"');
      const parent = m.parent ? byKey.get(m.parent) : null;
      if (m.parent && !parent) throw new DataFileError(file, `lineItems[${i}].parent`, `no earlier metric "${m.parent}"`);
      const item = lineItemFor(graph, company, 'OPERATING_METRICS' as Statement, m.key);
      Object.assign(item, { label: m.label, name: lineItemName(m.label), parent, order: i + 1, isAbstract: false, measure: m.measure, countUnit: m.unit ?? null });
      byKey.set(m.key, item);
    });
  }

  const footnotesByNumber = new Map<number, import('../model.js').Footnote>();
  if (footnotes) {
    const { file, doc } = footnotes;
    doc.footnotes.forEach((n, i) => {
      if (footnotesByNumber.has(n.number)) throw new DataFileError(file, `footnotes[${i}].number`, `note ${n.number} is listed twice`);
      n.corrections.forEach((c, j) => {
        if (n.text.split(c.corrected).length !== 2) {
          throw new DataFileError(file, `footnotes[${i}].corrections[${j}].corrected`, `"${c.corrected}" must occur exactly once in the note's text (quote more words)`);
        }
      });
      const footnote = graph.add({
        type: 'Footnote' as const,
        id: `${disclosure.id}/${n.number}`,
        disclosure,
        number: n.number,
        text: n.text,
        corrections: n.corrections,
        lineItems: n.lineItems.map((ref, j) => resolveLineItem(graph, company, ref, file, `footnotes[${i}].lineItems[${j}]`)),
      });
      for (const item of footnote.lineItems) item.footnotes = appended(item.footnotes, footnote);
      footnotesByNumber.set(n.number, footnote);
      disclosure.footnotes.push(footnote);
    });
  }

  if (definitions) {
    const { file, doc } = definitions;
    doc.definitions.forEach((d, i) => {
      const where = `definitions[${i}]`;
      const lineItem = resolveLineItem(graph, company, d.lineItem, file, `${where}.lineItem`);
      const footnote = d.footnote ? footnotesByNumber.get(d.footnote) : null;
      if (d.footnote && !footnote) throw new DataFileError(file, `${where}.footnote`, `no note ${d.footnote} in footnotes.yaml`);
      if (footnote && d.text && !normalizeSpace(footnote.text).includes(normalizeSpace(d.text))) {
        throw new DataFileError(file, `${where}.text`, `is not the text of note ${d.footnote}`);
      }
      let formula: Formula | null = null;
      if (d.formula) {
        const f = d.formula;
        const terms = (list: string[], at: string) => list.map((t, j) => resolveTerm(graph, company, t, file, `${where}.formula.${at}[${j}]`));
        formula = {
          kind: f.sum ? 'SUM' : 'RATIO',
          numerator: f.sum ? terms(f.sum, 'sum') : terms(f.ratio!.numerator, 'ratio.numerator'),
          denominator: f.ratio ? terms(f.ratio.denominator, 'ratio.denominator') : [],
          tolerance: f.tolerance ?? null,
          toleranceNote: f.toleranceNote ?? null,
        };
      }
      const definition = graph.add({
        type: 'Definition' as const,
        id: `${disclosure.id}/${lineItem.id.slice(company.id.length + 1)}`,
        source: 'CURATED' as const,
        disclosure,
        lineItem,
        text: d.text ?? null,
        basis: d.basis ?? null,
        footnote: footnote ?? null,
        section: d.section ?? null,
        formula,
      }, { file, path: `${where}.lineItem` });
      lineItem.definitions.push(definition);
      disclosure.definitions.push(definition);
    });
  }

  if (narrative) buildStatements(narrative, disclosure, graph);
  deriveQuarters(disclosure, graph);
}

function buildStatements(narrative: NonNullable<LoadedDisclosure['narrative']['narrative']>, disclosure: Disclosure, graph: Graph): void {
  const { file, doc } = narrative;
  const company = disclosure.company;
  const periods = new Map<string, Period>();
  for (const [name, spec] of Object.entries(doc.periods)) {
    periods.set(name, 'instant' in spec ? companyPeriod(graph, company, null, spec.instant) : companyPeriod(graph, company, spec.start, spec.end));
  }
  const periodNamed = (name: string, where: string) => {
    const p = periods.get(name);
    if (!p) throw new DataFileError(file, where, `no period "${name}" under \`periods\``);
    return p;
  };

  let n = 0;
  doc.sections.forEach((section, s) => {
    section.statements.forEach((statement, t) => {
      const base = `sections[${s}].statements[${t}]`;
      disclosure.statements.push({ section: section.title, excerpt: statement.excerpt });
      const stated: Fact[] = [];
      statement.facts.forEach((raw, k) => {
        const where = `${base}.facts[${k}]`;
        const f = Array.isArray(raw) ? { item: raw[0], period: raw[1], printed: raw[2], corrected: undefined, note: undefined } : raw;
        if (!statement.excerpt.includes(f.printed)) throw new DataFileError(file, where, `"${f.printed}" does not occur in the statement's excerpt`);
        if (Boolean(f.corrected) !== Boolean(f.note)) throw new DataFileError(file, where, '`corrected` and `note` go together');
        const lineItem = resolveLineItem(graph, company, f.item, file, `${where}`);
        let figure;
        try {
          figure = parseFigure(f.corrected ?? f.printed);
        } catch (e) {
          throw new DataFileError(file, where, (e as Error).message);
        }
        const currencyBearing = CURRENCY_MEASURES.has(lineItem.measure);
        if (currencyBearing !== Boolean(figure.currency)) {
          throw new DataFileError(file, where, currencyBearing ? `"${f.printed}" names no currency for ${lineItem.label}` : `"${f.printed}" names a currency but ${lineItem.label} is a ${lineItem.measure}`);
        }
        if ((lineItem.measure === 'percent') !== f.printed.trim().endsWith('%')) throw new DataFileError(file, where, `"${f.printed}" does not fit ${lineItem.label} (${lineItem.measure})`);
        const unit = unitFor(lineItem.measure, figure.currency ?? disclosure.reportingCurrency, lineItem.countUnit)!;
        const period = periodNamed(f.period, where);
        // A USD figure beside the RMB figure of the same item and period translates it.
        const translationOf = figure.currency && figure.currency !== disclosure.convenienceTranslation?.from && figure.currency === disclosure.convenienceTranslation?.to
          ? (stated.find((x) => x.lineItem === lineItem && x.period === period && x.unit.startsWith(disclosure.convenienceTranslation!.from)) ?? null)
          : null;
        const fact: Fact = graph.add({
          type: 'Fact',
          id: `${disclosure.id}/narrative/${++n}`,
          lineItem,
          concept: lineItem.concept,
          period,
          dimensions: NO_DIMENSIONS,
          unit,
          value: figure.value,
          decimals: figure.decimals,
          disclosure,
          origin: 'PRINTED',
          printed: f.corrected ?? f.printed,
          qualifier: qualifierBefore(statement.excerpt, f.printed),
          isPrimary: false,
          correction: f.corrected ? { printed: f.printed, corrected: f.corrected, note: f.note! } : null,
          translationOf,
          derivedFrom: [],
          footnotes: [],
          source: { kind: 'NARRATIVE', disclosure, excerpt: statement.excerpt, section: section.title },
        });
        stated.push(fact);
        lineItem.facts.push(fact);
        disclosure.facts.push(fact);
        graph.indexFact(fact);
      });
      statement.changes.forEach((c, k) => {
        const where = `${base}.changes[${k}]`;
        if (!statement.excerpt.includes(c.printed)) throw new DataFileError(file, `${where}.printed`, `"${c.printed}" does not occur in the statement's excerpt`);
        const m = /^an? (increase|decrease) of (\d+(?:\.\d+)?%)$/.exec(c.printed);
        if (!m) throw new DataFileError(file, `${where}.printed`, `"${c.printed}" is not "an increase of N%" or "a decrease of N%"`);
        const exact = parseFigure(m[2]);
        disclosure.changes.push({
          disclosure,
          lineItem: resolveLineItem(graph, company, c.item, file, `${where}.item`),
          from: periodNamed(c.from, `${where}.from`),
          to: periodNamed(c.to, `${where}.to`),
          claimed: m[1] === 'decrease' ? new D(exact.value).neg().toFixed() : exact.value,
          decimals: exact.decimals,
          printed: c.printed,
          excerpt: statement.excerpt,
        });
      });
    });
  });
}

/** Statements whose monetary lines are flows, so a shorter period can be subtracted from a longer one. */
const FLOW_STATEMENTS = new Set<Statement>(['INCOME_STATEMENT', 'COMPREHENSIVE_INCOME', 'CASH_FLOW', 'NON_GAAP_RECONCILIATION']);

/**
 * For each flow line of the income, comprehensive income, cash-flow and non-GAAP
 * reconciliation statements, a period the tables
 * do not print but two printed periods ending on the same day imply: six months − three
 * months = the first quarter. Not for per-share amounts, share counts, ratios or balances
 * at an instant, which do not subtract. Translations are not derived from.
 */
function deriveQuarters(disclosure: Disclosure, graph: Graph): void {
  const printed = disclosure.facts.filter(
    (f) => sourceTable(f.source) && !f.translationOf && f.period.startDate && f.lineItem.measure === 'monetary' && !f.lineItem.at && FLOW_STATEMENTS.has(f.lineItem.statement),
  );
  const byItemUnit = new Map<string, Fact[]>();
  for (const f of printed) {
    const key = `${f.lineItem.id}|${f.unit}`;
    byItemUnit.set(key, [...(byItemUnit.get(key) ?? []), f]);
  }
  for (const facts of byItemUnit.values()) {
    for (const longer of facts) {
      for (const shorter of facts) {
        if (longer.period.endDate !== shorter.period.endDate || longer.period.startDate! >= shorter.period.startDate!) continue;
        const period = companyPeriod(graph, disclosure.company, longer.period.startDate, dayBefore(shorter.period.startDate!));
        if (facts.some((f) => f.period === period)) continue;
        const fact: Fact = graph.add({
          type: 'Fact',
          id: `${disclosure.id}/derived/${longer.lineItem.statement.toLowerCase()}/${longer.lineItem.key}/${period.id.split('/').pop()}/${longer.unit}`,
          lineItem: longer.lineItem,
          concept: longer.concept,
          period,
          dimensions: NO_DIMENSIONS,
          unit: longer.unit,
          value: new D(longer.value).minus(shorter.value).toFixed(),
          decimals: Math.min(longer.decimals, shorter.decimals),
          disclosure,
          origin: 'DERIVED',
          printed: null,
          qualifier: computedQualifier([longer, shorter]),
          isPrimary: false,
          correction: null,
          translationOf: null,
          derivedFrom: [longer, shorter],
          footnotes: [],
          source: {
            kind: 'DERIVED',
            disclosure,
            table: sourceTable(longer.source)!,
            excerpt: `${sourceColumn(longer.source)!.label.replace(/, [A-Z]+$/, '')} − ${sourceColumn(shorter.source)!.label.replace(/, [A-Z]+$/, '')}`,
          },
        });
        longer.lineItem.facts.push(fact);
        disclosure.facts.push(fact);
        graph.indexFact(fact);
      }
    }
  }
}
