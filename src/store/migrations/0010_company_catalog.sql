-- The companies the store serves, one row per CIK: what root lookups need (name, tickers as
-- dated listings, the order of the companies list, the units and forms argument checks
-- accept, what was set aside), so that the server answers without loading any filing.
-- Each row is derived from the company's graph (src/store/catalog.ts) and names the
-- documents it was derived from (`digest`): a row whose digest no longer matches the
-- company's documents is derived again. Distributed by company like documents and facts.
create table company_catalog (
  company_cik text primary key,
  digest text not null,
  company_id text not null,
  name text not null,
  first_folder text,                     -- the company's first filing folder: its place in the companies list
  companyfacts_file text,                -- for a company known from companyfacts only: that file (the same)
  listings json not null,                -- [{ ticker, listedFrom, listedUntil }], in the graph's order
  units text[] not null,
  forms text[] not null,
  set_aside json not null,               -- folders set aside while building the company's graph
  fact_count int not null
);
