import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';

/** The rows of an exported CSV answer, every cell as the exact string written. */
export async function csvRows(res: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  // Parsed as text: every cell stays the exact string written.
  const sheet = await workbook.csv.read(Readable.from([Buffer.from(await res.arrayBuffer())]), { parserOptions: {}, map: (v: string) => v } as any);
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v == null ? '' : String(v)))));
  // A row's trailing empty cells are not cells to ExcelJS: pad to the header's width.
  return rows.map((r) => [...r, ...Array<string>(Math.max(0, rows[0].length - r.length)).fill('')]);
}

/** The rows of an exported workbook's first sheet, as ExcelJS reads the cells. */
export async function xlsxRows(res: Response): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const rows: unknown[][] = [];
  workbook.worksheets[0].eachRow({ includeEmpty: true }, (row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}
