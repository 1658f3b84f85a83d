import { DataFileError } from '../../data/data-file-error.js';
import type { Graph } from '../graph.js';
import type { Company, FormulaTerm, LineItem } from '../model.js';

/** Finds `<statement>/<key>` among the company's line items, or stops loading. */
export function resolveLineItem(graph: Graph, company: Company, ref: string, file: string, path: string): LineItem {
  const item = graph.node('LineItem', `${company.id}/${ref}`) as LineItem | undefined;
  if (!item) throw new DataFileError(file, path, `no line item "${ref}" (expected <statement>/<key>, e.g. income-statement/total-net-revenue)`);
  return item;
}

const TERM = /^(-)?\s*(?:(\d+(?:\.\d+)?)\s*\*\s*)?([a-z0-9-]+\/[a-z0-9-]+)$/;

/** A formula term such as `-income-statement/x` or `0.5 * income-statement/y`. */
export function resolveTerm(graph: Graph, company: Company, text: string, file: string, path: string): FormulaTerm {
  const m = TERM.exec(text.trim());
  if (!m) throw new DataFileError(file, path, `"${text}" is not a term (e.g. "income-statement/net-income", "-x/y", "0.5 * x/y")`);
  const weight = m[2] ?? '1';
  return { lineItem: resolveLineItem(graph, company, m[3], file, path), weight: m[1] ? `-${weight}` : weight };
}
