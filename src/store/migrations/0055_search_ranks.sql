-- Ranking a common word (issue 23, src/store/search-sql.ts `selectSearch`): ranking and
-- counting read every hit's row, and a search_documents row is about 1,300 bytes (its
-- prepared answer, migration 0021, is 850 of them), so "income tax" read 32,557 heap pages
-- at 10 M facts. This narrow copy holds only what ranking reads (about 340 bytes a row): the
-- text match, score, order and count run over it; the page's rows are then read from
-- search_documents by key. Written and deleted with the company's search_documents rows, in
-- the same transaction. Distributed by company like them.
create table search_ranks (
  company_cik text not null,
  ord int not null,
  company_key text not null,
  entity_type text not null,
  tier smallint not null,
  label_words smallint not null,
  words tsvector not null,
  primary key (company_cik, ord)
);
insert into search_ranks (company_cik, ord, company_key, entity_type, tier, label_words, words)
select company_cik, ord, company_key, entity_type, tier, label_words, words from search_documents order by company_cik, ord;
create index search_ranks_words on search_ranks using gin (words);
-- Text matches now run over search_ranks.
drop index search_documents_words;
