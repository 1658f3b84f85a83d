-- Concept slices (src/store/read-slice.ts): what a company graph built from a few concepts'
-- facts takes from the company's whole graph (each companyfacts accession's summary and the
-- company's fiscal year end, read across all its records), derived with the rest of the
-- catalog row. Null for a row derived before this migration: that company is served from its
-- whole graph until its documents change and the row is derived again.
alter table company_catalog add column slice_basis json;
