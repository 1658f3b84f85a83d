-- Companyfacts in the store, frames in SQL, a cheaper bulk path (issue 20).
--
-- * A document of kind 'companyfacts' is one `<cik>/companyfacts.json` (with its
--   submissions.json): its fact rows are SEC's records, `context_index` pointing into the
--   document's list of filings (accession, fy, fp, form, filed) kept in `reader`.
-- * Frames: each fact that can be framed (numeric, no dimensions) carries the calendar frame
--   its period fits by SEC's rule (`frame`: CY2023, CY2023Q3, CY2023Q3I) and how far its end is
--   from that frame's end, computed at ingest by the same function as the in-memory frames
--   (src/domain/frames/frames.ts: one definition of the rule), and what the rule's ties are
--   broken on: the filing's accession number and the day it was known (filed). One partial
--   index finds a frame's candidates; the pick per company is SQL (src/store/frame-sql.ts).
-- * The former frame index (concept, period_end, unit) served only a bench query: dropped.
--   The derived `amount numeric` column cost every insert a regular expression and a numeric
--   parse for a value only frames order by: dropped (frames cast the few picked values).
--
-- Stores made before this migration hold no frame columns for their facts: their documents
-- are removed here, and the next ingest reads FILINGS_DIR again (the store is what was read
-- from it; nothing else writes it).

delete from documents;

drop index facts_frame;
alter table facts drop column amount;

alter table facts
  add column frame text,
  add column frame_distance smallint,
  add column accession_number text,
  add column known_on date;

create index facts_frame_pick on facts (concept, frame, unit) where frame is not null;

alter table documents add column known_on date;
