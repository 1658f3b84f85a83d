/**
 * The contract query of issue 10, verbatim: a concept's facts across a company's filings,
 * with `asOf`, `isLatest` and `revisions` (filled in by the time issue). Shared by the
 * real-filing tests of the filings and of time.
 */
export const CONTRACT = `
query Concept($ticker: String!, $concept: String!, $asOf: Date) {
  company(ticker: $ticker) {
    name
    cik
    concept(name: $concept) {
      name
      label
      facts(first: 100, asOf: $asOf) {
        nodes {
          value unit decimals origin isLatest
          period { startDate endDate }
          dimensions { axis member }
          disclosure { form accessionNumber filedOn }
          revisions { value disclosure { accessionNumber } }
        }
      }
    }
  }
}`;
