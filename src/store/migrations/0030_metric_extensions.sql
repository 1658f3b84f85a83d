-- Standard metrics from concept slices (src/store/metric-extensions.ts): a metric's figures read
-- its vocabulary concepts' facts, which a slice holds, and, for a metric with an extension rule
-- (capital expenditure, and free cash flow through it), the company's own concepts the rule
-- accepts by its filings' statement rows, calculation links and labels, which a slice does not
-- hold. So the rule's verdicts (src/domain/metrics/extensions.ts) are derived from the whole
-- graph where the company's slice parts are (migration 0020), with the same catalog digest,
-- one row per company: which concepts are accepted, in which disclosures, and why. A company
-- without a row of its digest answers those metrics from its whole graph.
create table metric_extensions (
  company_cik text primary key,
  digest text not null,                  -- the catalog row's it was derived with
  verdicts json not null                 -- ExtensionVerdicts (src/domain/metrics/vocabulary.ts)
);
