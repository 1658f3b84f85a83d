-- What /health counts besides companies and facts (issue 20): each company's disclosures,
-- checks and failed checks, derived from its graph with the rest of its catalog row
-- (src/store/catalog.ts) and summed in SQL, as loading from files counts them over the whole
-- graph. Null: not derived yet (a row written before this migration). Such rows get their
-- counts after start-up, in the background (`deriveCatalogCounts`, src/store/store-source.ts):
-- start-up reads the catalog only, whatever the store's size.
alter table company_catalog
  add column disclosure_count int,
  add column check_count int,
  add column failed_check_count int;
