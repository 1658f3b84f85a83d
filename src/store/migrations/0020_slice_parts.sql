-- Concept slices (src/store/slice-parts.ts, read-slice.ts): a company graph built from the
-- facts of a few concepts needs, of each document's `reader` json, only the parts about those
-- concepts (their declarations, SEC renderings, calculation arcs, the contexts their facts
-- use) and the document's small fields; reading and parsing the whole json (hundreds of KB a
-- filing) would cost more than the slice saves. So each document's json is also kept split
-- here, one row per document and concept ('' for what every slice reads, and, for a
-- companyfacts file, what its records say across concepts: each accession's summary, the
-- fiscal year end). Derived with the company's catalog row (`digest`, the same): rows of
-- another digest are not used, and a company without rows is served from its whole graph.
-- Distributed by company like the catalog.
create table slice_parts (
  company_cik text not null,
  concept text not null,                 -- '' for the document's own part
  kind text not null,                    -- the document's, with its folder: which document
  folder text not null,
  digest text not null,                  -- the catalog row's it was derived with
  part json not null,
  primary key (company_cik, concept, kind, folder)
);
