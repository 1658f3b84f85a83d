/**
 * `/export/frame.csv|.xlsx`: one page of `Query.frame` (one fact per company for a calendar
 * period) as a file. A page, as the API gives it (at most 100 companies): a frame of all
 * EDGAR is thousands of rows, and an export stays within the API's own request limits. The
 * next page's address is in the response's `Link` header (rel="next"), its size in
 * `X-Total-Count`.
 */
import { ExportRequestError, type ExportKind } from './export-kinds.js';

const FRAME_QUERY = `query ExportFrame($concept: String!, $period: String!, $unit: String!, $first: Int, $after: String, $orderBy: FrameOrder) {
  frame(concept: $concept, period: $period, unit: $unit, first: $first, after: $after, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      frame value unit distanceDays
      company { name cik }
      period { fiscalYear fiscalPeriod startDate endDate }
      fact { id concept { name } disclosure { form accessionNumber filedOn } }
    }
  }
}`;

/** The API's page limit (1 to 100); an export takes a whole page by default. */
const PAGE = 100;

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function upper(p: URLSearchParams, name: string, allowed: readonly string[], fallback: string): string {
  const value = (p.get(name) ?? fallback).toUpperCase();
  if (!allowed.includes(value)) throw new ExportRequestError(`Parameter \`${name}\` must be one of ${allowed.join(', ')}.`, 400, 'BAD_USER_INPUT');
  return value;
}

export const FRAME_EXPORT: ExportKind = {
  params: {
    concept: { required: true, description: 'a qualified concept name, e.g. us-gaap:Revenues' },
    period: { required: true, description: 'the calendar period as SEC names it: CY2023, CY2023Q3 or CY2023Q3I' },
    unit: { required: true, description: 'the unit as facts carry it, e.g. USD or USD/shares' },
    orderBy: { required: false, description: 'COMPANY_NAME (default) or VALUE' },
    direction: { required: false, description: 'ASC (default) or DESC' },
    first: { required: false, description: `companies per file, 1 to ${PAGE} (default ${PAGE})` },
    after: { required: false, description: 'the cursor of the previous page (from the Link header)' },
  },
  query: FRAME_QUERY,
  variables(p) {
    const first = p.get('first');
    return {
      concept: p.get('concept'),
      period: p.get('period'),
      unit: p.get('unit'),
      first: first === null ? PAGE : /^\d+$/.test(first) ? Number(first) : first, // a non-number is refused by GraphQL's Int, with its code
      after: p.get('after'),
      orderBy: { field: upper(p, 'orderBy', ['COMPANY_NAME', 'VALUE'], 'COMPANY_NAME'), direction: upper(p, 'direction', ['ASC', 'DESC'], 'ASC') },
    };
  },
  table(data, p) {
    const frame = data.frame;
    const unit: string = frame.nodes[0]?.unit ?? p.get('unit')!; // as facts carry it ("USD/shares" for SEC's "USD-per-shares")
    const header = ['Company', 'CIK', 'Frame', 'Concept', 'Fiscal year', 'Fiscal period', 'Start', 'End', 'Days from the frame\'s end', `Value (${unit}; exact, in units, not thousands)`, 'Unit', 'Form', 'Accession number', 'Filed', 'Fact ID'];
    const rows = frame.nodes.map((n: any) => [
      n.company.name,
      n.company.cik,
      n.frame,
      n.fact.concept.name,
      String(n.period.fiscalYear),
      n.period.fiscalPeriod,
      n.period.startDate,
      n.period.endDate,
      String(n.distanceDays),
      n.value,
      n.unit,
      n.fact.disclosure.form,
      n.fact.disclosure.accessionNumber,
      n.fact.disclosure.filedOn,
      n.fact.id,
    ]);
    const concept = p.get('concept')!;
    const period = p.get('period')!;
    const httpHeaders: Record<string, string> = { 'x-total-count': String(frame.totalCount), 'access-control-expose-headers': 'link, x-total-count' };
    if (frame.pageInfo.hasNextPage) {
      const next = new URLSearchParams(p);
      next.set('after', frame.pageInfo.endCursor);
      httpHeaders.link = `<?${next.toString()}>; rel="next"`;
    }
    return { name: slug(`frame ${concept} ${period} ${unit}`).slice(0, 100), title: `${concept} — ${period} — ${unit}`, header, rows, valueColumns: [9], httpHeaders };
  },
};
