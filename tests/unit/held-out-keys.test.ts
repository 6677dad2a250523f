// The checks a builder of a held-out key runs: a key in the format passes, a broken record is named with its place,
// and a text already in the repository is told from a new one.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agreement, checkKey, seenBefore } from '../keys/held-out-keys';

const DEV = join(import.meta.dirname, '..', 'fixtures', 'dev-texts');

describe('checking a held-out key', () => {
  it('passes the development key, which is in the format', () => expect(checkKey(DEV)).toEqual([]));

  it('names the record whose quote is not on its line, and the one in no known format', () => {
    const copy = mkdtempSync(join(tmpdir(), 'key-'));
    cpSync(DEV, copy, { recursive: true });
    const lines = readFileSync(join(copy, 'gold.jsonl'), 'utf8').split('\n');
    lines[0] = JSON.stringify({ ...JSON.parse(lines[0]), quote: '不在这一行的引文' });
    lines[1] = JSON.stringify({ ...JSON.parse(lines[1]), level: 'county' });
    writeFileSync(join(copy, 'gold.jsonl'), lines.join('\n'));
    const problems = checkKey(copy);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^gold\.jsonl:1: the quote is not on line \d+ of h26\.txt/);
    expect(problems[1]).toMatch(/^gold\.jsonl:2: level /);
  });

  it('refuses a folder that is no key', () => expect(checkKey(join(DEV, 'docs'))).toEqual([expect.stringMatching(/not a key folder/)]));
});

describe('telling a text already seen from a new one', () => {
  it('knows a development text, and not a text written here', () => {
    const fresh = join(mkdtempSync(join(tmpdir(), 'doc-')), 'new.txt');
    // (its figures drawn anew each run, so no file of the repository, this one included, holds its passages)
    const figure = () => String(100000 + Math.floor(Math.random() * 899999));
    writeFileSync(fresh, `全县新建污水管网${figure()}公里，改造老旧小区${figure()}个，新增停车位${figure()}个，培育企业${figure()}家。`);
    const seen = seenBefore(join(tmpdir(), 'no-keys-here'), [join(DEV, 'docs', 'h26.txt'), fresh]);
    expect(seen.get('h26.txt')).toBe(true);
    expect(seen.get('new.txt')).toBe(false);
  });

  it("reads on when another key's doc vanishes while the folder is read", () => {
    const keys = mkdtempSync(join(tmpdir(), 'keys-'));
    mkdirSync(join(keys, 'XA', 'docs'), { recursive: true });
    // (a link to nothing is listed with the folder, then cannot be read: as a doc deleted between the two)
    symlinkSync(join(keys, 'gone.txt'), join(keys, 'XA', 'docs', 'xa01.txt'));
    const seen = seenBefore(keys, [join(DEV, 'docs', 'h26.txt')]);
    expect(seen.get('h26.txt')).toBe(true);
  });
});

describe('scoring a second key of the same texts against the first', () => {
  /** A copy of the development key with its answers changed by `edit` (null drops one). */
  function secondKey(edit: (answer: Record<string, unknown>, index: number) => Record<string, unknown> | null): string {
    const copy = mkdtempSync(join(tmpdir(), 'second-key-'));
    cpSync(DEV, copy, { recursive: true });
    const answers = readFileSync(join(DEV, 'gold.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line));
    writeFileSync(join(copy, 'gold.jsonl'), answers.flatMap((a, i) => { const e = edit(a, i); return e ? [JSON.stringify(e)] : []; }).join('\n'));
    return copy;
  }

  it('finds a key in full agreement with itself', () => {
    const scored = agreement([[DEV, secondKey((a) => a)]]);
    expect(scored.f1).toBe(1);
    expect(scored.allFields).toBe(1);
    expect(Object.values(scored.fields).every((share) => share === 1)).toBe(true);
  });

  it('counts an answer the second key leaves out, a region it names otherwise and a name it words apart', () => {
    const total = readFileSync(join(DEV, 'gold.jsonl'), 'utf8').split('\n').filter((line) => line.trim()).length;
    const scored = agreement([[DEV, secondKey((a, i) => (i === 0 ? null : i === 1 ? { ...a, region: '某省' } : i === 2 ? { ...a, indicator: '完全不同的名称' } : a))]]);
    expect(scored.recall).toBeCloseTo((total - 1) / total);
    expect(scored.precision).toBe(1);
    expect(scored.fields.region).toBeCloseTo((total - 2) / (total - 1));
    expect(scored.fields.indicator).toBeCloseTo((total - 2) / (total - 1));
    expect(scored.allFields).toBeCloseTo((total - 3) / (total - 1));
  });
});
