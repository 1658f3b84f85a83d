/**
 * What can leave as a file: each kind is one GraphQL operation (run inside the server under
 * the API's own validation and limits) and how its answer becomes a table. A frame or a
 * comparison joins by adding a kind here.
 */

/** A table to write: a header and rows of text, exact values as decimal strings. */
export interface ExportTable {
  /** File name without extension, e.g. "apple-inc-consolidated-balance-sheets". */
  name: string;
  /** Title of the sheet and of the file's first words. */
  title: string;
  header: string[];
  rows: (string | null)[][];
  /** Indices of the columns holding exact decimal values. */
  valueColumns: number[];
  /** Extra response headers, e.g. a paged kind's `Link` to its next page. */
  httpHeaders?: Record<string, string>;
}

/** Thrown for a request that names no such kind, lacks a parameter or names nothing. */
export class ExportRequestError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
  ) {
    super(message);
  }
}

export interface ExportKind {
  /** Query parameters, with what each means (for the error that names a missing one). */
  params: Record<string, { required: boolean; description: string }>;
  query: string;
  variables(params: URLSearchParams): Record<string, unknown>;
  table(data: any, params: URLSearchParams): ExportTable;
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 80) || 'export';

const STATEMENT_QUERY = `query ExportStatement($id: ID!) {
  node(id: $id) {
    __typename
    ... on StatementTable {
      title
      scaleExponent
      disclosure { slug title company { name } }
      columns { label currency }
      rows { label depth lineItem { key } facts { value unit } }
    }
  }
}`;

const SERIES_QUERY = `query ExportSeries($id: ID!, $frequency: SeriesFrequency!, $unit: String) {
  node(id: $id) {
    __typename
    ... on LineItem {
      label
      printedLabel
      company { name }
      series(frequency: $frequency, unit: $unit) {
        value
        isDerived
        period { label startDate endDate fiscalYear fiscalPeriod }
        fact { id unit }
      }
    }
  }
}`;

/** The units of a row's cells: one when they agree, else each column's in order. */
function unitOf(facts: ({ unit: string } | null)[]): string {
  const units = [...new Set(facts.filter((f) => f).map((f) => f!.unit))];
  return units.length <= 1 ? (units[0] ?? '') : facts.map((f) => f?.unit ?? '').join(' | ');
}

export const EXPORT_KINDS: Record<string, ExportKind> = {
  statement: {
    params: { id: { required: true, description: 'the global ID of a StatementTable' } },
    query: STATEMENT_QUERY,
    variables: (p) => ({ id: p.get('id') }),
    table(data) {
      const node = data.node;
      if (node?.__typename !== 'StatementTable') throw new ExportRequestError('No statement table has this `id`.', 404, 'NOT_FOUND');
      const header = ['Line item', 'Concept or key', 'Depth', 'Unit', ...node.columns.map((c: any) => `${c.label} (${c.currency}; exact, in units, not thousands)`)];
      const rows = node.rows.map((r: any) => [r.label, r.lineItem.key, String(r.depth), unitOf(r.facts), ...r.facts.map((f: any) => f?.value ?? null)]);
      const title = `${node.disclosure.company.name} — ${node.disclosure.title} — ${node.title}`;
      return { name: `${slug(node.disclosure.company.name).slice(0, 30)}-${slug(node.disclosure.slug).slice(0, 30)}-${slug(node.title).slice(0, 60)}`, title, header, rows, valueColumns: node.columns.map((_: unknown, i: number) => 4 + i) };
    },
  },
  series: {
    params: {
      id: { required: true, description: 'the global ID of a LineItem' },
      frequency: { required: false, description: 'QUARTERLY (default) or ANNUAL' },
      unit: { required: false, description: 'only values in this unit, e.g. USD' },
    },
    query: SERIES_QUERY,
    variables: (p) => ({ id: p.get('id'), frequency: (p.get('frequency') ?? 'QUARTERLY').toUpperCase(), unit: p.get('unit') }),
    table(data, p) {
      const node = data.node;
      if (node?.__typename !== 'LineItem') throw new ExportRequestError('No line item has this `id`.', 404, 'NOT_FOUND');
      const points: any[] = node.series ?? [];
      const units = [...new Set(points.map((s: any) => s.fact.unit))];
      const unit = units.length === 1 ? `${units[0]}; ` : '';
      const header = ['Period', 'Fiscal year', 'Fiscal period', 'Start', 'End', `Value (${unit}exact, in units, not thousands)`, 'Unit', 'Derived', 'Fact ID'];
      const rows = points.map((s: any) => [s.period.label, String(s.period.fiscalYear), s.period.fiscalPeriod, s.period.startDate, s.period.endDate, s.value, s.fact.unit, s.isDerived ? 'derived' : 'reported', s.fact.id]);
      const frequency = (p.get('frequency') ?? 'QUARTERLY').toLowerCase();
      const title = `${node.company.name} — ${node.printedLabel} — ${frequency}`;
      return { name: slug(`${node.company.name} ${node.printedLabel} ${frequency}`), title, header, rows, valueColumns: [5] };
    },
  },
};
