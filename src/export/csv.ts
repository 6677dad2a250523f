// The one place the app writes and reads CSV (PapaParse). Writing: UTF-8 with a BOM, and every
// text cell that a spreadsheet would run as a formula (starting with = + - @ tab or CR) gets a
// leading apostrophe; cells that are numbers (a value of -0.2) are written as numbers, which a
// spreadsheet reads as numbers, never as formulas. Reading: the apostrophe is taken off again, and
// a row with a broken quote is reported at its row while the rows after it are still read.
import Papa from 'papaparse';

/** A text cell a spreadsheet would evaluate; apostrophes before it are escaped too, so reading back is exact. */
export const FORMULA_PREFIX = /^'*[=+\-@\t\r]/;

export type Cell = string | number | null;

export function toCsv(fields: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const data = rows.map((row) => row.map((cell) => cell ?? ''));
  return `\uFEFF${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: FORMULA_PREFIX })}`;
}

/** Undoes the formula escape: "'=SUM(A1)" → "=SUM(A1)", "''=x" → "'=x"; any other text is left as it is. */
export function unescapeCell(cell: string): string {
  return cell.startsWith("'") && FORMULA_PREFIX.test(cell.slice(1)) ? cell.slice(1) : cell;
}

export interface CsvRow {
  /** 1-based row in the file, the header being row 1. */
  row: number;
  /** The row's cells by column name, or absent when the row could not be read. */
  cells: Record<string, string> | null;
  error: string | null;
}
export interface ParsedCsv { fields: string[]; rows: CsvRow[] }

interface Record_ { cells: string[]; end: number; quoteError: string | null }

/**
 * Reads records from `offset` until the end or the first broken quote, which ends the pass. Two
 * stray quotes can pair up into a field spanning lines; when that leaves the row with the wrong
 * number of cells it is taken as a broken quote too, so the lines it swallowed are read again.
 */
function readFrom(text: string, offset: number, headerWidth: number | null): Record_[] {
  const records: Record_[] = [];
  let width = headerWidth;
  Papa.parse<string[]>(text.slice(offset), {
    header: false,
    step: (result, parser) => {
      const end = offset + result.meta.cursor;
      const blank = result.data.every((c) => c.trim() === '');
      if (width === null && !blank) { width = result.data.length; records.push({ cells: result.data, end, quoteError: null }); return; }
      const quote = result.errors.find((e) => e.type === 'Quotes')?.message
        ?? (width !== null && result.data.length !== width && result.data.some((c) => c.includes('\n')) ? 'a quoted cell runs over several lines' : null);
      records.push({ cells: result.data, end, quoteError: quote });
      if (quote) parser.abort();
    },
  });
  return records;
}

export function parseCsv(input: string): ParsedCsv {
  const text = input.replace(/^\uFEFF/, '');
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let row = 0;
  let offset = 0;
  while (offset < text.length) {
    const records = readFrom(text, offset, row >= 1 ? fields.length : null);
    let resumeAt = text.length;
    let previousEnd = offset;
    for (const record of records) {
      if (record.quoteError) {
        row++;
        rows.push({ row, cells: null, error: `a quote is not closed or is misplaced (${record.quoteError}); the row is skipped` });
        // start again on the line after the one where the broken row begins
        const lineEnd = text.indexOf('\n', previousEnd);
        resumeAt = lineEnd < 0 ? text.length : lineEnd + 1;
        break;
      }
      previousEnd = record.end;
      if (record.cells.every((c) => c.trim() === '')) continue;
      row++;
      if (row === 1) { fields = record.cells.map((f) => f.trim()); continue; }
      if (record.cells.length !== fields.length) {
        rows.push({ row, cells: null, error: `the row has ${record.cells.length} cell(s), the header ${fields.length}` });
        continue;
      }
      const cells: Record<string, string> = {};
      fields.forEach((field, i) => { cells[field] = unescapeCell(record.cells[i]); });
      rows.push({ row, cells, error: null });
    }
    if (resumeAt <= offset) break;
    offset = resumeAt;
  }
  return { fields, rows };
}
