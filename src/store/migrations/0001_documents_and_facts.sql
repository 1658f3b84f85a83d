-- The store: every document a reader read (an XBRL filing, later a companyfacts file) and
-- its facts. Every table that grows with the data carries the company's CIK and has it in
-- its primary key, so Citus can distribute them by company, colocated (README, "Beyond one
-- machine"); store_state is a one-row reference table.

-- What the store holds changes only at ingest; each ingest that changes it takes the next
-- generation, which keys the server's response cache and ETags.
create table store_state (
  id int primary key check (id = 1),
  generation bigint not null
);
insert into store_state values (1, 0);

create table documents (
  company_cik text not null,             -- ten digits, zero-padded
  content_sha256 text not null,          -- of the folder's files (names and bytes): what "new or changed" means
  kind text not null,                    -- 'xbrl-filing'
  folder text not null,                  -- where it was read, absolute
  root text not null,                    -- the FILINGS_DIR it was found under
  accession_number text,
  form text,
  period_end date,
  reader json not null,                  -- the reader's plain output without its facts (see filing-codec.ts); json, not jsonb, keeps the key order the graph's iteration follows
  fact_count int not null,
  generation bigint not null,
  ingested_at timestamptz not null default now(),
  primary key (company_cik, content_sha256)
);
create index documents_folder on documents (folder);
create index documents_hash on documents (content_sha256);

create table facts (
  company_cik text not null,
  content_sha256 text not null,
  seq int not null,                      -- document order
  concept text not null,
  context_index int not null,            -- into the document's contexts (reader jsonb)
  unit_index int,                        -- into its units; null for a non-numeric fact
  value text,                            -- exactly as filed; null when nil
  decimals text,                         -- 'INF', an integer, or null
  element_id text,
  line int,
  period_start date,                     -- denormalised from the context, for cross-company SQL (frames)
  period_end date,
  dimensional boolean not null,
  unit text,                             -- the unit's canonical name (USD, USD/shares)
  extra json,                            -- every other field the reader gives a fact (json: key order kept)
  amount numeric generated always as (case when value ~ '^[+-]?[0-9]+(\.[0-9]*)?$' then value::numeric end) stored,
  primary key (company_cik, content_sha256, seq),
  foreign key (company_cik, content_sha256) references documents on delete cascade
);
-- One concept, one period, every company (a frame); one company's facts of a concept.
create index facts_frame on facts (concept, period_end, unit) where not dimensional;
create index facts_company_concept on facts (company_cik, concept);
