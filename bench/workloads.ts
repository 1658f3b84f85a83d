/**
 * The operations `npm run bench` loads the server with. Kept in one place so they follow
 * the API: when a field or argument is added (footnote definitions, formula inputs,
 * period filters), extend the query here and the bench measures it.
 */
export interface Workload {
  /** Short name for the report. */
  name: string;
  /** What a client asks this for. */
  description: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Needs the SEC filings loaded (FILINGS_DIR, ../shared/xbrl); skipped where they are absent. */
  filings?: boolean;
  /** Measures the request path rather than a query: reported without a goal. */
  reference?: boolean;
}

/** Every line item of the company with every fact and footnote: the heaviest read a frontend makes. */
export const NESTED: Workload = {
  name: 'nested',
  description: 'every line item with all facts and footnotes',
  query: `query Nested($ticker: String!) {
  company(ticker: $ticker) {
    name
    lineItems {
      id
      label
      qualifiedLabel
      statement
      measure
      parent { id label }
      footnotes { number text }
      facts {
        id
        value
        unit
        decimals
        printed
        isConvenienceTranslation
        period { label startDate endDate }
        source { excerpt column { label } }
      }
    }
  }
}`,
  variables: { ticker: 'QFIN' },
};

/** What a page showing one statement for one period asks: one statement's rows in one currency and period. */
export const STATEMENT: Workload = {
  name: 'statement',
  description: 'one statement for one period',
  query: `query Statement($ticker: String!, $statement: Statement!, $unit: String!, $fiscalYear: Int!, $fiscalPeriod: String!) {
  company(ticker: $ticker) {
    name
    lineItems(statement: $statement) {
      label
      isAbstract
      facts(filter: { unit: $unit, fiscalYear: $fiscalYear, fiscalPeriod: $fiscalPeriod, origin: PRINTED }) { value period { label endDate } }
    }
  }
}`,
  variables: { ticker: 'QFIN', statement: 'INCOME_STATEMENT', unit: 'CNY', fiscalYear: 2024, fiscalPeriod: 'Q2' },
};

/**
 * From metrics to what defines them and where they come from: for the non-GAAP measures,
 * their facts with the source, footnotes, definitions, formula inputs and the inputs'
 * facts with their sources.
 */
export const TRACE: Workload = {
  name: 'trace',
  description: 'metrics to definitions, formula inputs and sources',
  query: `query Trace($ticker: String!, $search: String!) {
  company(ticker: $ticker) {
    lineItems(statement: NON_GAAP_RECONCILIATION, search: $search) {
      qualifiedLabel
      footnotes { number text }
      facts(filter: { fiscalYear: 2024 }) {
        value
        unit
        period { label }
        source { kind section excerpt table { title } column { label } }
        translationOf { value unit }
      }
      definitions {
        text
        section
        footnote { number }
        formula {
          expression
          inputs {
            role
            weight
            lineItem {
              label
              facts(filter: { fiscalYear: 2024, unit: "CNY" }) {
                value
                period { label }
                source { kind excerpt column { label } }
              }
            }
          }
        }
      }
    }
  }
}`,
  variables: { ticker: 'QFIN', search: 'non-GAAP' },
};

/** The smallest operation: what the request path costs with nothing to execute (Apollo Server and the handler). */
export const FLOOR: Workload = {
  name: 'floor',
  description: '`{ __typename }`: the request path alone',
  query: 'query Floor { __typename }',
  reference: true,
};

/** A real filing as a page shows it: Apple's fiscal 2023 10-K, every statement table with its rows and cells. */
export const FILING: Workload = {
  name: 'filing',
  description: "a 10-K's statements: every table, row and cell (Apple, FILINGS_DIR)",
  query: `query Filing($ticker: String!) {
  company(ticker: $ticker) {
    disclosures(first: 1) {
      nodes {
        id
        form
        statements {
          id
          title
          statement
          columns { id label period { label } }
          rows { label depth isTotal cells facts { id value } }
        }
      }
    }
  }
}`,
  variables: { ticker: 'AAPL' },
  filings: true,
};

/**
 * Every workload `npm run bench` measures (and test/server/executors.test.ts runs through
 * both executors). Extend this list to measure more; a workload over the SEC filings says
 * so (`filings`), and the bench's servers then load FILINGS_DIR beside the embedded data.
 */
export const WORKLOADS: readonly Workload[] = [NESTED, STATEMENT, TRACE, FLOOR, FILING];

/** The single-company query of the scale runs: the same company, whatever else is loaded. */
export const SCALE_QUERY: Workload = STATEMENT;

/**
 * The workload's query with a new alias on its first field: a document the server has
 * never seen (so nothing parsed, validated or compiled is reused), with the same answer
 * under another key.
 */
export function withFreshAlias(query: string, n: number): string {
  const open = query.indexOf('{');
  return `${query.slice(0, open + 1)} fresh${n}: ${query.slice(open + 1).trimStart()}`;
}

/** The request body a client sends for a workload. */
export function requestBody(w: Workload): string {
  return JSON.stringify({ query: w.query, variables: w.variables ?? {} });
}
