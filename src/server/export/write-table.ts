import ExcelJS from 'exceljs';
import type { ExportTable } from './export-kinds.js';

/** A decimal string Excel can hold as a number without losing a digit or a trailing zero. */
const exactAsNumber = (value: string) => /^-?\d+(\.\d+)?$/.test(value) && String(Number(value)) === value && Math.abs(Number(value)) < 2 ** 53;

function sheetOf(workbook: ExcelJS.Workbook, table: ExportTable, numbers: boolean): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(table.title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Export');
  sheet.addRow(table.header).font = { bold: true };
  const values = new Set(table.valueColumns);
  for (const row of table.rows) {
    sheet.addRow(row.map((cell, i) => (cell === null ? null : numbers && values.has(i) && exactAsNumber(cell) ? Number(cell) : cell)));
  }
  return sheet;
}

/**
 * CSV (RFC 4180, UTF-8, written by ExcelJS's CSV writer): every value exactly as the API
 * gives it, a decimal string.
 */
export async function toCsv(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  sheetOf(workbook, table, false);
  return Buffer.from(await workbook.csv.writeBuffer());
}

/**
 * An Excel workbook (ExcelJS): a value is a number where the decimal string round-trips
 * exactly through a double (all whole amounts below 2^53, "0.5"), otherwise the exact
 * string ("0.0340" keeps its precision); the header row is frozen and bold.
 */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = table.title;
  workbook.creator = 'disclosure-graph';
  const sheet = sheetOf(workbook, table, true);
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  sheet.getColumn(1).width = 48;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
