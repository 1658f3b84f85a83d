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
  query: `query Statement($ticker: String!, $statement: Statement!, $unit: String!) {
  company(ticker: $ticker) {
    name
    lineItems(statement: $statement) {
      label
      isAbstract
      facts(unit: $unit) { value period { label endDate } }
    }
  }
}`,
  // The API has no period filter on facts yet; the CNY balance sheet holds two instants.
  variables: { ticker: 'QFIN', statement: 'BALANCE_SHEET', unit: 'CNY' },
};

/**
 * From a metric to where it comes from: its notes, its facts with the source excerpt,
 * and the figure a translation was made from. Extend with definition → formula inputs →
 * their facts once the API has them.
 */
export const TRACE: Workload = {
  name: 'trace',
  description: 'a metric to its notes, inputs and source',
  query: `query Trace($ticker: String!, $statement: Statement!) {
  company(ticker: $ticker) {
    lineItems(statement: $statement) {
      qualifiedLabel
      footnotes { number text }
      facts(unit: "USD") {
        value
        unit
        exchangeRate
        correction { printed corrected note }
        period { label }
        source { excerpt table { title } column { label } disclosure { title date source { sha256 } } }
        translationOf {
          value
          unit
          printed
          source { excerpt column { label } }
        }
      }
    }
  }
}`,
  variables: { ticker: 'QFIN', statement: 'BALANCE_SHEET' },
};

export const WORKLOADS: readonly Workload[] = [NESTED, STATEMENT, TRACE];

/** The single-company query of the scale runs: the same company, whatever else is loaded. */
export const SCALE_QUERY: Workload = STATEMENT;

/** The request body a client sends for a workload. */
export function requestBody(w: Workload): string {
  return JSON.stringify({ query: w.query, variables: w.variables ?? {} });
}
