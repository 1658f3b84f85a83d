-- Search across every company from SQL (src/store/search-sql.ts): one row per thing the
-- in-memory search indexes (src/domain/search/search-index.ts, `searchDocumentsOf`): a line
-- item (scaffolding never), a definition or a footnote of a company. Written where the
-- company's catalog row is derived (refreshCatalog), deleted and inserted by company.
-- Distributed by company like documents, facts and company_catalog.
create extension if not exists pg_trgm;

create table search_documents (
  company_cik text not null,
  ord int not null,                      -- its place in the company's search documents (graph order)
  company_key text not null,             -- the company's place among companies (the catalog's order)
  entity_type text not null,             -- 'LineItem' | 'Definition' | 'Footnote'
  entity_id text not null,               -- the GraphQL id the hit is loaded by
  tier smallint not null,                -- 0 statement row or key metric, 1 definition, 2 note or detail row, 3 footnote
  label_words smallint not null,         -- words of its shortest label
  -- Every word once, at position 1, weighted by the best field it is in: A label, B heading,
  -- C text. Built from the same words as the in-memory index (not PostgreSQL's parser).
  words tsvector not null,
  -- What a result shows, without building the company's graph (line items only).
  label text,                            -- the printed label ("Net sales")
  statement text,
  latest_fact_id text,
  latest_value text,                     -- exact decimal, as the source
  latest_unit text,
  latest_end date,
  primary key (company_cik, ord)
);
create index search_documents_words on search_documents using gin (words);

-- The company's documents were derived from these documents of the company (the catalog's
-- digest): a digest that no longer matches is derived again.
create table search_companies (
  company_cik text primary key,
  digest text not null
);

-- Every indexed word of every company, with the number of search documents holding it, for
-- "did you mean": bounded by the vocabulary of labels and notes, not by the number of
-- companies or facts. Not distributed (a reference table on Citus).
create table search_words (
  word text collate "C" primary key,     -- "C": a prefix ("sal") is a range of the primary key
  documents int not null
);
create index search_words_trigrams on search_words using gist (word gist_trgm_ops);
