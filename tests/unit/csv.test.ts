// Every CSV the app writes: no text cell starts with a formula prefix whatever a note or a record
// says, numbers stay numbers, and reading back gives every row exactly (properties with fast-check);
// a broken quote is reported at its row and the rows after it are still read.
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FORMULA_PREFIX, parseCsv, toCsv } from '../../src/export/csv';
import { CSV_COLUMNS, recordsToCsv } from '../../src/export/records';
import { NotesDatabase } from '../../src/notes/notes-db';
import { addNote, addProgress, readAll } from '../../src/notes/repository';
import { CSV_FIELDS, exportCsv, parseCsvImport } from '../../src/notes/transfer';
import { makeDataset } from '../support/fixtures';

/** Text a user might type or paste, biased to the characters that break CSV and spreadsheets. */
const hostileText = fc.array(fc.oneof(
  fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '\r\n', '"', "'", ',', ';', ' ', '=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", '-0.2', '@SUM(A1)', '数据', '５０％'),
  fc.string({ maxLength: 6 }),
  fc.string({ unit: 'grapheme', maxLength: 4 }),
), { maxLength: 8 }).map((parts) => parts.join(''));

/** Cells as a spreadsheet sees them: every written cell, unquoted. */
function writtenCells(csv: string): string[] {
  return parseRaw(csv.replace(/^\uFEFF/, ''));
}
/** A minimal RFC 4180 reader, independent of PapaParse, so the test does not trust the code under test. */
function parseRaw(text: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= text.length) {
    let cell = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) break;
        if (text[i] === '"') { if (text[i + 1] === '"') { cell += '"'; i += 2; continue; } i++; break; }
        cell += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') cell += text[i++];
    }
    cells.push(cell);
    if (text[i] === ',') { i++; continue; }
    if (text[i] === '\r' && text[i + 1] === '\n') { i += 2; continue; }
    if (text[i] === '\n' || text[i] === '\r') { i++; continue; }
    break;
  }
  return cells;
}

const isNumberCell = (cell: string): boolean => cell.trim() !== '' && Number.isFinite(Number(cell));

describe('toCsv and parseCsv', () => {
  it('never writes a text cell a spreadsheet would run, and reads every cell back exactly', () => {
    fc.assert(fc.property(fc.array(fc.tuple(hostileText, hostileText, fc.double({ noNaN: true, noDefaultInfinity: true })), { minLength: 1, maxLength: 20 }), (rows) => {
      const csv = toCsv(['a', 'b', 'n'], rows);
      for (const cell of writtenCells(csv)) {
        if (FORMULA_PREFIX.test(cell) && !cell.startsWith("'")) expect(isNumberCell(cell), `cell ${JSON.stringify(cell)}`).toBe(true);
        expect(/^[=+@\t\r]/.test(cell), `cell ${JSON.stringify(cell)}`).toBe(false);
      }
      const parsed = parseCsv(csv);
      expect(parsed.rows.map((r) => r.error)).toEqual(rows.map(() => null));
      expect(parsed.rows.map((r) => [r.cells?.a, r.cells?.b, Number(r.cells?.n)])).toEqual(rows.map(([a, b, n]) => [a, b, n + 0]));
    }), { numRuns: 300 });
  });

  it('keeps negative numbers readable as numbers and defuses the same text', () => {
    const cells = writtenCells(toCsv(['value', 'text'], [[-0.2, '-0.2'], [-15, '=1+1']]));
    expect(cells).toEqual(['value', 'text', '-0.2', "'-0.2", '-15', "'=1+1"]);
  });

  it('reports an unclosed quote at its row and still reads the rows after it', () => {
    const lines = ['a,b', '1,x', '2,x', '3,x', '4,x', '5,x', '6,"never closed', '7,x', '8,x', '9,x', '10,x', '11,x'];
    const parsed = parseCsv(lines.join('\n'));
    const bad = parsed.rows.filter((r) => r.error);
    expect(bad.map((r) => r.row)).toEqual([7]);
    expect(bad[0].error).toMatch(/quote/);
    expect(parsed.rows.filter((r) => r.cells).map((r) => r.cells!.a)).toEqual(['1', '2', '3', '4', '5', '7', '8', '9', '10', '11']);
  });

  it('accounts for every line of any mangled file: each row is read or reported, none vanish', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.nat(99), hostileText.filter((t) => !/[\r\n]/.test(t)), fc.boolean()), { minLength: 1, maxLength: 30 }), (specs) => {
      // one physical line per row; some rows get a stray quote
      const lines = specs.map(([n, text, broken]) => `${n},${broken ? `"${text.replace(/"/g, '')}` : `"${text.replace(/"/g, '""')}"`}`);
      const parsed = parseCsv(['n,text', ...lines].join('\n'));
      // two stray quotes may legitimately pair up into one field spanning lines; whatever happens,
      // every physical line is inside a row that was read or a row that was reported
      const linesOf = (r: (typeof parsed.rows)[number]): number => (r.cells ? 1 + Object.values(r.cells).join('').split('\n').length - 1 : 1);
      expect(parsed.rows.reduce((sum, r) => sum + linesOf(r), 0)).toBe(specs.length);
      // a line after which the quotes balance again is always read with its own value
      const lastBroken = specs.map(([, , broken]) => broken).lastIndexOf(true);
      const readValues = parsed.rows.flatMap((r) => (r.cells ? [`${r.row}:${r.cells.n}`] : []));
      if (lastBroken < 0) expect(readValues).toEqual(specs.map(([n], i) => `${i + 2}:${n}`));
      // a lone stray quote is reported at its own row (the line after it may be swallowed with it, and is then reported too)
      if (specs.filter(([, , broken]) => broken).length === 1) expect(parsed.rows.filter((r) => r.error).map((r) => r.row)).toContain(lastBroken + 2);
      expect(parsed.rows.map((r) => r.row)).toEqual(parsed.rows.map((_, i) => i + 2));
    }), { numRuns: 200 });
  });
});

describe('the app\'s CSV exports', () => {
  it('writes records whose indicator, quote or title start with a formula prefix as text', () => {
    const dataset = makeDataset(6);
    const hostile = dataset.targets.map((t, i) => ({ ...t, indicator: ['=HYPERLINK("http://x")', '+cmd', '-1', '@me', '\tx', '\rx'][i], source: { ...t.source, quote: '=1+1' } }));
    const csv = recordsToCsv(hostile, new Map(dataset.documents.map((d) => [d.id, `=${d.title}`])));
    const cells = writtenCells(csv);
    expect(cells.slice(0, CSV_COLUMNS.length)).toEqual([...CSV_COLUMNS]);
    for (const cell of cells) expect(/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !isNumberCell(cell)), cell).toBe(false);
    const rows = parseCsv(csv).rows;
    expect(rows.map((r) => r.cells?.indicator)).toEqual(hostile.map((t) => t.indicator));
  });

  describe('notes', () => {
    let db: NotesDatabase;
    let counter = 0;
    beforeEach(async () => { db = new NotesDatabase(`csv-notes-${++counter}`); await db.open(); });
    afterEach(async () => { db.close(); await Dexie.delete(db.name); });
    const dataset = makeDataset(10);
    const known = new Set(dataset.targets.map((t) => t.id));

    it('round-trips any note text and negative progress through CSV, with no live formula in between', async () => {
      await fc.assert(fc.asyncProperty(fc.array(hostileText.filter((t) => t.trim() !== ''), { minLength: 1, maxLength: 6 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), async (texts, value) => {
        await db.notes.clear(); await db.tracking.clear(); await db.progress.clear();
        for (const [i, text] of texts.entries()) await addNote(db, dataset.targets[i], text);
        await addProgress(db, dataset.targets[0], { value, asOf: '2025-03-31', source: '=季报' });
        const before = await readAll(db);
        const csv = await exportCsv(db);
        for (const cell of writtenCells(csv)) expect(/^[=+@\t\r]/.test(cell) || (cell.startsWith('-') && !isNumberCell(cell)), JSON.stringify(cell)).toBe(false);
        const plan = parseCsvImport(csv, known);
        expect(plan.errors).toEqual([]);
        expect(plan.notes.map((n) => n.text).sort()).toEqual(before.notes.map((n) => n.text).sort());
        // -0 is written as 0, the one number a CSV cannot tell apart
        expect(plan.progress.map((p) => [p.value + 0, p.source])).toEqual(before.progress.map((p) => [p.value + 0, p.source]));
      }), { numRuns: 40 });
    });

    it('imports the valid rows after a broken quote and reports that row with its reason', () => {
      const id = dataset.targets[0].id;
      const row = (i: number) => `note,${id},n${i},笔记${i},,,,,,2024-01-01T00:00:00.000Z,2024-01-01T00:00:00.000Z`;
      const lines = [CSV_FIELDS.join(','), row(1), row(2), row(3), row(4), row(5), `note,${id},n6,"没有结束的引号,,,,,,2024-01-01T00:00:00.000Z,`, row(7), row(8), row(9), row(10), row(11)];
      const plan = parseCsvImport(lines.join('\r\n'), known);
      expect(plan.errors).toEqual([{ row: 7, message: expect.stringMatching(/quote/) }]);
      expect(plan.notes.map((n) => n.id)).toEqual(['n1', 'n2', 'n3', 'n4', 'n5', 'n7', 'n8', 'n9', 'n10', 'n11']);
      expect(plan.rows).toBe(plan.notes.length + plan.errors.length);
    });
  });
});
