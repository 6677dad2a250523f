// Reading policy texts in the formats they come in, with real files made here: portal pages
// (UTF-8 and GBK, with menus, breadcrumbs, share bar and footer), a .docx written by a library,
// a PDF whose font is not embedded, a legacy .doc, a .zip and unknown kinds. Each gives the records its plain text gives, or a
// named problem. Parity on the seeds is printed and must reach 0.95. (PDFs need Chromium to be
// printed: tests/e2e/formats-pdf.e2e.ts.)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hash } from '../../extract/emit';
import { extractInputs } from '../../extract/extract-inputs';
import { articleText, declaredCharset } from '../../extract/formats/html';
import { radicalsToIdeographs } from '../../extract/formats/cjk-radicals';
import { dropRunningLines, joinWrappedLines, type PrintedLine, type PrintedPage } from '../../extract/formats/pdf';
import { readInput } from '../../extract/read-input';
import type { InputFile } from '../../extract/run-pipeline';
import type { Dataset } from '../../src/domain/schema';
import { nodeCMaps } from '../../extract/node-cmaps';
import { legacyDoc, portalPage, portalPageBytes, unembeddedFontPdf, wordDocument, zipOf } from '../support/documents';

const ROOT = join(import.meta.dirname, '..', '..');
const seeds = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ name, text: readFileSync(join(ROOT, 'seeds', name), 'utf8') }));

async function datasetOf(files: InputFile[]): Promise<Dataset> {
  const { built } = await extractInputs(files);
  if (!built.ok) throw new Error(built.problem);
  return built.dataset;
}

/** Share of the plain text's records found (same id: same document, kind, indicator, value, unit) from another format. */
function parity(base: Dataset, other: Dataset): number {
  const ids = new Set(other.targets.map((t) => t.id));
  return base.targets.filter((t) => ids.has(t.id)).length / base.targets.length;
}

const PLAN = '杭州市数字经济行动方案（2023—2025年）\n\n到2025年，全市建设30个试点示范项目。\n\n市财政每年安排5000万元专项资金。\n';
const text = (s: string): InputFile => ({ name: 'plan.txt', bytes: new TextEncoder().encode(s) });

describe('one hash in every host', () => {
  it('gives the same ids as Node’s SHA-1', () => {
    for (const parts of [['a', 'b'], ['文件', 1, null], ['']] as const) {
      const node = createHash('sha1').update(parts.map(String).join('\u0000')).digest('hex').slice(0, 12);
      expect(hash(...parts)).toBe(node);
    }
  });
});

describe('web pages', () => {
  it('keeps the article and leaves out the portal’s menus, breadcrumbs, share bar and footer', () => {
    const article = articleText(portalPage(PLAN));
    expect(article.split('\n').filter(Boolean)).toEqual(['杭州市数字经济行动方案（2023—2025年）', '到2025年，全市建设30个试点示范项目。', '市财政每年安排5000万元专项资金。']);
    for (const chrome of ['当前位置', '分享到', '政务公开', '备案号', '相关链接', 'window.stats']) expect(article).not.toContain(chrome);
  });

  it('honours a declared GBK charset, and reads an undeclared GBK page too', async () => {
    const gbk = portalPageBytes(PLAN, 'gbk');
    expect(declaredCharset(gbk)).toBe('gbk');
    const page = await readInput('plan.html', gbk);
    expect('text' in page && page.text).toContain('市财政每年安排5000万元专项资金。');
    // the same bytes with the declaration taken out (latin1 keeps every byte as one character)
    const html = Buffer.from(gbk).toString('latin1').replace('<meta charset="gbk">', '');
    const stripped = await readInput('plan.html', new Uint8Array(Buffer.from(html, 'latin1')));
    expect('text' in stripped && stripped.text).toContain('全市建设30个试点示范项目');
  });

  it('turns <br>, paragraphs and table rows into lines', () => {
    const html = '<html><body><main><h1>某市补贴办法</h1><p>第一行<br>第二行</p><table><tr><td><p>项目</p></td><td>金额</td></tr><tr><td>首台套</td><td>补贴500万元</td></tr></table></main></body></html>';
    expect(articleText(html).split('\n').filter(Boolean)).toEqual(['某市补贴办法', '第一行', '第二行', '项目 | 金额 |', '首台套 | 补贴500万元 |']);
  });

  it('reads a table of goals and results by its columns: the goals, not what became of them', async () => {
    const rows = [['指标名称', '年度目标', '上半年完成情况'], ['地区生产总值', '6%以上', '5.8%'], ['城镇调查失业率', '5.5%以内', '4.9%']];
    const table = `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
    const html = `<html><body><main><h1>关于某区2024年上半年国民经济和社会发展计划执行情况的报告</h1><p>一、上半年计划执行情况</p><p>今年以来，全区经济运行总体平稳。</p>${table}</main></body></html>`;
    const dataset = await datasetOf([{ name: 'report.html', bytes: new TextEncoder().encode(html) }]);
    expect(dataset.targets.map((t) => [t.indicator, t.value])).toEqual([['地区生产总值增长', 6], ['城镇调查失业率', 5.5]]);
  });

  it('reads a plan’s table of indicators by year in each row’s unit, from a Word document too', async () => {
    const docx = await wordDocument('某市数字经济创新发展行动计划\n表1 主要指标\n主要指标\t单位\t2022年\t2027年\n数字经济核心产业增加值\t亿元\t2240\t4000\n数字经济重点企业\t家\t/\t500\n');
    const dataset = await datasetOf([{ name: 'plan.docx', bytes: docx }]);
    expect(dataset.targets.map((t) => [t.indicator, t.value, t.unit, t.deadline?.year])).toEqual([['数字经济核心产业增加值', 4000, '亿元', 2027], ['数字经济重点企业数量', 500, '家', 2027]]);
  });

  it('gives the records the plain text gives', async () => {
    const fromText = await datasetOf([text(PLAN)]);
    const fromPage = await datasetOf([{ name: 'plan.html', bytes: portalPageBytes(PLAN, 'utf-8') }]);
    expect(fromText.targets.length).toBe(2);
    expect(fromPage.targets.map((t) => t.id)).toEqual(fromText.targets.map((t) => t.id));
    expect(fromPage.targets[0].source.file).toBe('plan.html');
  });
});

describe('a text file holding a page\'s markup', () => {
  const page = [
    '浙江省政府下达2025年国民经济和社会发展计划',
    '<style>p{font-size:20px}</style><p>近日，浙江省人民政府印发《关于下达2025年浙江省国民经济和社会发展计划的通知》。</p><p>&nbsp;</p><p>安排省级财政资金1042.8亿元，供应建设用地35万亩以上。</p><p><span>力争新增100个以上项目纳入国家用地保障范围。</span></p>',
    '（来源：浙江发布）',
  ].join('\n');

  it('reads the markup\'s paragraphs as the page\'s, leaving its styles and entities out, and says so', async () => {
    const read = await readInput('plan.txt', new TextEncoder().encode(page));
    if (!('text' in read)) throw new Error(read.problem);
    expect(read.text).not.toMatch(/<|&nbsp;|font-size/);
    expect(read.text).toContain('安排省级财政资金1042.8亿元');
    expect(read.warnings).toContain('1 line of web-page markup read as the page\'s text');
  });

  it('gives its records on the file\'s own line', async () => {
    const dataset = await datasetOf([{ name: 'plan.txt', bytes: new TextEncoder().encode(page) }]);
    const found = dataset.targets.map((t) => [t.value, t.source.line]);
    expect(found).toEqual(expect.arrayContaining([[1042.8, 2], [35, 2], [100, 2]]));
  });

  it('leaves prose that only mentions a tag as it is', async () => {
    const prose = '某市数字化改革方案\n网页中的<p>标签不影响阅读。到2025年，全市建设30个试点示范项目。';
    const read = await readInput('plan.txt', new TextEncoder().encode(prose));
    expect('text' in read && read.text).toBe(prose);
  });
});

describe('a page saved with its menus', () => {
  it('is titled by the policy’s title, not the menu line before it, so its records keep their ids', async () => {
    const menus = '首页 政务公开 政策文件 政策解读\n当前位置：首页 > 政策文件\n\n';
    const plain = await datasetOf([text(PLAN)]);
    const withMenus = await datasetOf([text(menus + PLAN)]);
    expect(withMenus.documents.map((d) => d.title)).toEqual(['杭州市数字经济行动方案（2023—2025年）']);
    expect(withMenus.targets.map((t) => t.id)).toEqual(plain.targets.map((t) => t.id));
  });
});

describe('Word documents', () => {
  it('reads paragraphs and table rows as lines', async () => {
    const docx = await wordDocument('某市制造业补贴办法\n对首台套装备给予奖励。\n项目\t奖励\n首台套\t最高500万元\n');
    const read = await readInput('rules.docx', docx);
    expect('text' in read && read.text.split('\n').filter(Boolean)).toEqual(['某市制造业补贴办法', '对首台套装备给予奖励。', '项目 | 奖励 |', '首台套 | 最高500万元 |']);
  });

  it('names a legacy .doc, a broken .docx, a .zip and an unknown kind with the reason', async () => {
    expect(await readInput('notice.doc', legacyDoc())).toEqual({ problem: expect.stringMatching(/legacy Word \.doc .*save it as \.docx/) });
    expect(await readInput('renamed.docx', legacyDoc())).toEqual({ problem: expect.stringMatching(/legacy Word \.doc/) });
    expect(await readInput('broken.docx', new TextEncoder().encode('PK\u0003\u0004 not really a zip'))).toEqual({ problem: expect.stringMatching(/the \.docx cannot be read/) });
    expect(await readInput('texts.zip', await zipOf('plan.txt', PLAN))).toEqual({ problem: expect.stringMatching(/\.zip archive is not opened: unpack it/) });
    expect(await readInput('photo.jpg', new Uint8Array([0xff, 0xd8, 0xff]))).toEqual({ problem: expect.stringMatching(/\.jpg files are not read: only \.txt.*\.pdf, \.docx/) });
    expect(await readInput('empty.pdf', new Uint8Array())).toEqual({ problem: 'the file is empty' });
    expect(await readInput('fake.pdf', new TextEncoder().encode('杭州市'))).toEqual({ problem: expect.stringMatching(/not a PDF/) });
  });
});

describe('the seeds in other formats give the records their plain texts give', () => {
  it('as portal pages (UTF-8 and GBK) and as .docx: parity ≥ 0.95 each', async () => {
    const base = await datasetOf(seeds.map(({ name, text: t }) => ({ name, bytes: new TextEncoder().encode(t) })));
    const pages = await datasetOf(seeds.map(({ name, text: t }, i) => ({ name: name.replace('.txt', '.html'), bytes: portalPageBytes(t, i % 2 ? 'gbk' : 'utf-8') })));
    const words: InputFile[] = [];
    for (const { name, text: t } of seeds) words.push({ name: name.replace('.txt', '.docx'), bytes: await wordDocument(t) });
    const docx = await datasetOf(words);
    const figures = { html: parity(base, pages), docx: parity(base, docx) };
    console.log(`parity with the .txt records (${base.targets.length}): HTML ${figures.html.toFixed(3)}, DOCX ${figures.docx.toFixed(3)}`);
    expect(figures.html).toBeGreaterThanOrEqual(0.95);
    expect(figures.docx).toBeGreaterThanOrEqual(0.95);
    expect(pages.targets.every((t) => t.source.file.endsWith('.html'))).toBe(true);
  }, 120_000);

  it('reads the same document given twice in two formats once, naming the second', async () => {
    const { built, problems } = await extractInputs([text(PLAN), { name: 'plan.html', bytes: portalPageBytes(PLAN, 'utf-8') }]);
    expect(built.ok && built.dataset.targets.length).toBe(2);
    expect(problems).toEqual([{ file: 'plan.html', problem: expect.stringMatching(/same document as plan\.txt/) }]);
  });
});

describe('PDF layout', () => {
  const line = (text: string, y: number, right = 500, left = 50): PrintedLine => ({ text, left, right, y, height: 12 });
  const page = (...lines: PrintedLine[]): PrintedPage => ({ lines, height: 800 });

  it('re-joins wrapped lines and keeps paragraphs apart', () => {
    const lines = joinWrappedLines([page(
      line('到2025年，全市建设30个试点', 700), line('示范项目。', 685, 110),
      line('市财政每年安排5000万元', 660, 497), line('专项资金。', 645, 110),
    )]);
    expect(lines).toEqual(['到2025年，全市建设30个试点示范项目。', '市财政每年安排5000万元专项资金。']);
  });

  it('does not join a short line, nor a line followed by an indented one', () => {
    const lines = joinWrappedLines([page(line('第一条 总则', 700, 150), line('为推进数字经济发展，制定本办法。', 685, 500), line('本办法适用于全市。', 670, 300, 74))]);
    expect(lines).toEqual(['第一条 总则', '为推进数字经济发展，制定本办法。', '本办法适用于全市。']);
  });

  it('drops running headers, footers and page numbers, keeping a title that reads like the header', () => {
    const pages = [1, 2, 3].map((n) => page(line('某市人民政府公报', 790, 300), line(`正文第${n}页的内容。`, 600, 200), line(`- ${n} -`, 30, 280, 260)));
    pages[0].lines.splice(1, 0, line('某市人民政府公报', 760, 300));
    expect(dropRunningLines(pages).flatMap((p) => p.lines.map((l) => l.text))).toEqual(['某市人民政府公报', '正文第1页的内容。', '正文第2页的内容。', '正文第3页的内容。']);
  });

  it('reads a PDF whose Chinese font is not embedded with the CMap files its host lends, and names it without them', async () => {
    const pdf = unembeddedFontPdf('杭州市数字经济行动方案\n到2025年，全市建成5G基站3万个。');
    expect(await readInput('plan.pdf', pdf, { cMaps: nodeCMaps })).toEqual({ text: '杭州市数字经济行动方案\n到2025年，全市建成5G基站3万个。' });
    expect(await readInput('plan.pdf', pdf)).toEqual({ problem: expect.stringMatching(/fonts are not embedded and their encoding \(UniGB-UCS2-H\) could not be read/) });
  });

  it('maps radicals a PDF printer wrote back to ideographs', () => {
    expect(radicalsToIdeographs('⼈⺠政府⻔⼾⽹站')).toBe('人民政府门户网站');
  });
});
