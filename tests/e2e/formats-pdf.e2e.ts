// PDFs as planners get them, made here with Chromium: the seeds' portal pages printed on A4
// (wrapped lines, a running header, page numbers) give the records their plain texts give
// (parity printed, ≥ 0.95); a long paragraph wrapped over lines reads as one line; a scan (an
// image only) is named as having no text layer.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractInputs } from '../../extract/extract-inputs';
import { readInput } from '../../extract/read-input';
import type { InputFile } from '../../extract/run-pipeline';
import type { Dataset } from '../../src/domain/schema';
import { launchBrowser } from '../support/browser';
import { printedPdf, scannedPdf } from '../support/documents';

const ROOT = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

async function datasetOf(files: InputFile[]): Promise<Dataset> {
  const { built, problems } = await extractInputs(files);
  expect(problems).toEqual([]);
  if (!built.ok) throw new Error(built.problem);
  return built.dataset;
}

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

describe('PDFs printed by Chromium', () => {
  it('give the records the seeds’ plain texts give: parity ≥ 0.95', async () => {
    const base = await datasetOf(seeds.map(({ name, text }) => ({ name, bytes: encode(text) })));
    const pdfs: InputFile[] = [];
    for (const { name, text } of seeds) pdfs.push({ name: name.replace('.txt', '.pdf'), bytes: await printedPdf(browser, text) });
    const started = performance.now();
    const printed = await datasetOf(pdfs);
    const ids = new Set(printed.targets.map((t) => t.id));
    const share = base.targets.filter((t) => ids.has(t.id)).length / base.targets.length;
    const sameQuote = base.targets.filter((t) => printed.targets.some((p) => p.id === t.id && p.source.quote === t.source.quote)).length / base.targets.length;
    console.log(`parity with the .txt records (${base.targets.length}): PDF ${share.toFixed(3)} (same quote too: ${sameQuote.toFixed(3)}), read in ${(performance.now() - started).toFixed(0)} ms`);
    expect(share).toBeGreaterThanOrEqual(0.95);
    expect(printed.targets.every((t) => t.source.file.endsWith('.pdf'))).toBe(true);
  }, 180_000);

  it('re-joins a paragraph wrapped over several lines and drops the running header and page numbers', async () => {
    const paragraph = '到2025年，全市数字经济核心产业增加值占地区生产总值比重达到15%以上，培育数字经济领域国家级专精特新“小巨人”企业50家以上，建成5G基站3万个，数据中心标准机架达到10万架，工业互联网平台连接设备超过100万台（套）。';
    // long enough for three pages, so the running header repeats
    const filler = Array.from({ length: 40 }, () => '为加快建设数字经济强市，推动数字技术与实体经济深度融合，结合本市实际，制定本方案。').join('\n');
    const text = `杭州市数字经济发展行动方案（2023—2025年）\n${paragraph}\n${filler}\n`;
    const read = await readInput('plan.pdf', await printedPdf(browser, text));
    if (!('text' in read)) throw new Error(read.problem);
    expect(read.text.split('\n')).toContain(paragraph);
    expect(read.text).not.toMatch(/^- \d+ -$/m);
    expect(read.text.split('\n').filter((l) => l === '杭州市数字经济发展行动方案（2023—2025年）')).toHaveLength(1);
    const fromText = await datasetOf([{ name: 'plan.txt', bytes: encode(text) }]);
    const fromPdf = await datasetOf([{ name: 'plan.pdf', bytes: await printedPdf(browser, text) }]);
    expect(fromText.targets.length).toBeGreaterThanOrEqual(4);
    expect(fromPdf.targets.map((t) => [t.id, t.source.quote])).toEqual(fromText.targets.map((t) => [t.id, t.source.quote]));
  }, 60_000);

  it('names a scan, a PDF with no text layer', async () => {
    const read = await readInput('scan.pdf', await scannedPdf(browser, seeds[0].text));
    expect(read).toEqual({ problem: expect.stringMatching(/no text layer .*; OCR it first/) });
  }, 60_000);
});
