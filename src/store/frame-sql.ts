/**
 * A frame in SQL: one fact per company for a concept, a unit and a calendar period, picked by
 * the rule of the in-memory frames (src/domain/frames/frames.ts), over every fact in the store.
 * The rule's first half (which calendar frame a period fits, and how far its end is from the
 * frame's end) is computed at ingest by the same `frameOf` and stored with each fact that can
 * be framed (numeric, with a unit, no dimensions); its second half, the pick among a company's
 * candidates, is the `distinct on` below: the end closest to the frame's, then the latest
 * known (filed), then the higher accession number, then the most precise (a filing's own fact
 * before SEC's companyfacts record of it, which has no precision). The candidates are found
 * through `facts_frame_pick` (concept, frame, unit), a few rows per company.
 *
 * Tested against the in-memory frames over the shared filings and companyfacts
 * (test/store/companyfacts-store.test.ts).
 */
import type pg from 'pg';
import { parseFrame } from '../domain/frames/frames.js';

export interface FrameRequest {
  concept: string;
  /** SEC's name: CY2023, CY2023Q3, CY2023Q3I. */
  frame: string;
  unit: string;
  /** By value (ties by CIK in the same direction), or by company (CIK: names live in the companies' graphs). */
  order: 'VALUE_ASC' | 'VALUE_DESC' | 'COMPANY';
  limit: number;
  offset: number;
}

/** One company's picked fact: the stored row (company, document, sequence) and what SQL knows of it. */
export interface FrameRow {
  cik: string;
  /** The document's number (`documents.id`; a fact row's `document_id`). */
  documentId: string;
  /** The document's content hash (what ingest knows it by). */
  contentSha256: string;
  seq: number;
  /** As stored (exactly as filed). */
  value: string;
  periodStart: string | null;
  periodEnd: string;
}

/**
 * Each company's pick among the rows `where` selects (the frame's candidates), as `cik,
 * document_id, seq, value, period_start, period_end, accession_number`. Shared by
 * `selectFrame` and the test that compares every frame of the store with the in-memory ones.
 */
export function framePicksSql(where: string, partitionBy = 'f.company_cik'): string {
  return `select distinct on (${partitionBy}) f.company_cik as cik, f.document_id, f.seq, f.value, f.period_start::text, f.period_end::text, f.accession_number, f.concept, f.unit, f.frame
    from facts f
    where ${where}
    order by ${partitionBy}, f.frame_distance, f.known_on desc nulls last, f.accession_number desc nulls last,
      case when f.decimals is null then null when f.decimals = 'INF' then 32767 else f.decimals::int end desc nulls last,
      f.document_id, f.seq`;
}

const ORDER: Record<FrameRequest['order'], string> = {
  VALUE_ASC: 'value::numeric asc, cik asc',
  VALUE_DESC: 'value::numeric desc, cik desc',
  COMPANY: 'cik asc',
};

/** One page of a frame and how many companies it has. An unknown frame name is an error (check it with `parseFrame` first). */
export async function selectFrame(pool: pg.Pool, request: FrameRequest): Promise<{ totalCount: number; rows: FrameRow[] }> {
  const frame = parseFrame(request.frame);
  if (!frame) throw new Error(`"${request.frame}" is not a calendar period as SEC names it`);
  const { rows } = await pool.query<{ total: number; cik: string | null; document_id: string; content_sha256: string; seq: number; value: string; period_start: string | null; period_end: string }>(
    `with picked as materialized (${framePicksSql('f.concept = $1 and f.frame = $2 and f.unit = $3')}),
          page as (select * from picked order by ${ORDER[request.order]} limit $4 offset $5)
     select (select count(*) from picked)::int as total, page.*,
            (select d.content_sha256 from documents d where d.company_cik = page.cik and d.id = page.document_id) as content_sha256
     from (select 1) as one left join page on true`,
    [request.concept, frame.name, request.unit, Math.max(0, Math.floor(request.limit)), Math.max(0, Math.floor(request.offset))],
  );
  return {
    totalCount: rows[0]?.total ?? 0,
    rows: rows
      .filter((r) => r.cik !== null)
      .map((r) => ({ cik: r.cik!, documentId: r.document_id, contentSha256: r.content_sha256, seq: r.seq, value: r.value, periodStart: r.period_start, periodEnd: r.period_end })),
  };
}
