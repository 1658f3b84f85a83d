-- Ranking a common word without scoring every hit (issue 23, src/store/search-sql.ts
-- `selectEarly`): the rows holding a word in a label (weight A of search_ranks.words, the
-- best field, 3 points), one row per (word, tier, label_words, company) with the rows' places
-- in order (`ords`), so that a btree walk reads them in the ranking's own order (tier, then
-- label length, then company, then place) and stops at the page. Rows whose label lacks the
-- word score less and are not listed: the walk proves from bounds that none of them ranks on
-- the page, or the full ranking runs. Written and deleted with the company's search_ranks
-- rows, in the same transaction. Distributed by company like them.
create table search_labels (
  word text collate "C" not null,
  tier smallint not null,
  label_words smallint not null,
  company_key text collate "C" not null,
  company_cik text not null,
  ords int[] not null,
  primary key (word, tier, label_words, company_key, company_cik)
);
insert into search_labels (word, tier, label_words, company_key, company_cik, ords)
select w.lexeme, d.tier, d.label_words, d.company_key, d.company_cik, array_agg(d.ord order by d.ord)
  from search_ranks d cross join unnest(d.words) w
 where w.weights[1] = 'A'
 group by 1, 2, 3, 4, 5
 order by 1, 2, 3, 4, 5;
create index search_labels_company on search_labels (company_cik);
