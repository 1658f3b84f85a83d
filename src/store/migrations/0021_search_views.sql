-- A search result page served from its rows (issue 23): each row keeps the answer of a fixed
-- selection of its hit (what the explorer's search view reads: label, statement, company,
-- footnotes, latest figure; a footnote's and a definition's own fields), prepared from the
-- company's graph when the row is written, so that a page over companies not in memory builds
-- no graph. The layer serving GraphQL prepares it (src/graphql/search/search-row-views.ts) and
-- names its selection (`views`): rows prepared for another selection, or none, are written
-- again on the next start.
alter table search_documents add column view json;        -- null: the row holds no prepared answer (its hit is loaded from its graph)
alter table search_companies add column views text;       -- the selection the company's rows were prepared for; null: none
