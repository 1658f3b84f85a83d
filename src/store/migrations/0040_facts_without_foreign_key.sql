-- Ingest throughput (issue 20): fact rows no longer check their document by a foreign key.
--
-- The foreign key `(company_cik, document_id) → documents (company_cik, id)` made PostgreSQL
-- run one referential-integrity query for every fact row written: measured with
-- `npm run bench:ingest`, 6 of the 16.5 µs of PostgreSQL CPU a companyfacts fact cost (the
-- rest is the heap, the three indexes and the WAL). What it guarded is kept by ingest itself:
-- a document's fact rows are written only in the transaction that writes its row
-- (src/store/ingest.ts, `writeDocument`), under a document number taken from the sequence,
-- and a document replaced or removed has its facts deleted by the same transaction (what
-- `on delete cascade` did). Citus keys are unchanged.
alter table facts drop constraint facts_document;

-- No row can be orphaned today (the key held until now); this keeps the migration correct if one were.
delete from facts f where not exists (select 1 from documents d where d.company_cik = f.company_cik and d.id = f.document_id);
