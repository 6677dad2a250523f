// The extractor on hostile and unusual input (properties with fast-check): random mixes of policy
// sentences, garbage bytes and line lengths never throw; every record's context holds its quote
// and stays bounded however long the line; decoding names bad bytes and reads UTF-16 without BOM.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTEXT_LIMIT } from '../../extract/bound-context';
import { decode } from '../../extract/decode';
import { DatasetBuilder, extractFile, extractText, runPipeline, textRecords } from '../../extract/run-pipeline';
import { LONG_LINE, lineAt, splitLines } from '../../extract/split-lines';

const ROOT = join(import.meta.dirname, '..', '..');
const CASES = join(ROOT, 'tests', 'golden', 'cases');
/** Policy sentences from the golden cases: each holds commitments or things that look like them. */
const SENTENCES = readdirSync(CASES).filter((n) => n.endsWith('.txt') && !n.includes('gb18030'))
  .flatMap((n) => readFileSync(join(CASES, n), 'utf8').split(/(?<=[。；])|\n/)).map((s) => s.trim()).filter(Boolean);

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 1, arbitrary: fc.constantFrom('\n', '\n\n', '\r\n', ' ', '本期要目', '编者按：', '一、总体要求', '（来源：浙江省人民政府）', '。', '，', '"', '\u3000') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(''));
/** Text bytes with a few garbage bytes spliced in. */
const bytes = fc.tuple(text, fc.array(fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })), { maxLength: 3 })).map(([t, junk]) => {
  const clean = new TextEncoder().encode(t);
  const out: number[] = [...clean];
  for (const [at, garbage] of junk) out.splice(at % (out.length + 1), 0, ...garbage);
  return Uint8Array.from(out);
});

describe('extraction on hostile input', () => {
  it('never throws, and every record quotes text inside its bounded context', () => {
    fc.assert(fc.property(fc.array(bytes, { minLength: 1, maxLength: 3 }), (files) => {
      const result = runPipeline(files.map((b, i) => ({ name: `f${i}.txt`, bytes: b })));
      expect(result.filesRead + result.problems.length).toBe(files.length);
      if (!result.built.ok) throw new Error(result.built.problem);
      for (const target of result.built.dataset.targets) {
        expect(target.source.context).toContain(target.source.quote);
        expect(target.source.context.length).toBeLessThanOrEqual(LONG_LINE);
      }
    }), { numRuns: 150 });
  });

  // a case fast-check found: garbage bytes spliced into a payment's threshold (面积不低于300亩 → 面积�"��低于300亩) left the
  // figure's clause with no words that name it, and the empty name failed the whole file's schema
  it('names a record whose clause bad bytes cut down to nothing by the kind of figure it is, and reads the file', () => {
    const text = '\n对获得有资质权威认证机构认证的有机茶或获得绿色食品茶AA级认证的、且茶园面积\u4e0d';
    const garbled = Uint8Array.from([...new TextEncoder().encode(text).slice(0, -2), 0x22, ...new TextEncoder().encode('\u4e0d低于300亩（以证书确认面积为准），凡未得到标准化生态茶园项目补助的茶企业给予一次性2万元奖励。').slice(1)]);
    const result = runPipeline([{ name: 'garbled.txt', bytes: garbled }]);
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.filesRead).toBe(1);
    expect(result.built.dataset.targets.length).toBeGreaterThan(0);
    for (const target of result.built.dataset.targets) expect(target.indicator.length).toBeGreaterThan(0);
  });

  // whole sentences (ending in 。): a long line is cut into paragraphs at sentence ends and read as those
  // paragraphs would be on lines of their own. (Not as one sentence a line: a paragraph is a unit of reading,
  // and a review paragraph's stance rightly differs from a run of one-sentence paragraphs.)
  it('reads text with no line breaks at all like the same text broken into its paragraphs', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...SENTENCES.filter((s) => /。$/.test(s))), { minLength: 100, maxLength: 200 }), (sentences) => {
      const title = '浙江省数字经济发展行动方案\n';
      const joined = sentences.join('');
      const lines = extractFile({ name: 'lines.txt', bytes: new TextEncoder().encode(title + splitLines(joined).texts.join('\n')) });
      const oneLine = extractFile({ name: 'one.txt', bytes: new TextEncoder().encode(title + joined) });
      if ('problem' in lines || 'problem' in oneLine) throw new Error('unreadable');
      const joinedLength = joined.length;
      if (joinedLength > LONG_LINE) {
        // the long line is read as paragraphs: the same numbers, each with a sentence-sized context
        expect(oneLine.findings.map((f) => `${f.value}${f.unit}`)).toEqual(lines.findings.map((f) => `${f.value}${f.unit}`));
        for (const f of oneLine.findings) expect(f.context.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
        expect(new Set(oneLine.findings.map((f) => f.line))).toEqual(new Set(oneLine.findings.length ? [2] : []));
      }
    }), { numRuns: 30 });
  });

  it('reads the seeds joined into one line into paragraphs with small records', () => {
    const seed = readFileSync(join(ROOT, 'seeds', readdirSync(join(ROOT, 'seeds')).sort()[1]), 'utf8');
    const apart = extractFile({ name: 'seed.txt', bytes: new TextEncoder().encode(seed) });
    const joined = extractFile({ name: 'seed.txt', bytes: new TextEncoder().encode(seed.replace(/\r?\n/g, '')) });
    if ('problem' in joined || 'problem' in apart) throw new Error('unreadable');
    expect(joined.findings.length).toBeGreaterThan(0);
    const bytesPerRecord = JSON.stringify(joined.findings).length / joined.findings.length;
    expect(bytesPerRecord).toBeLessThan(3 * JSON.stringify(apart.findings).length / apart.findings.length);
    for (const f of joined.findings) expect(f.context.length).toBeLessThanOrEqual(CONTEXT_LIMIT);
  });
});

describe('a text the rules fail on', () => {
  it('is reported by its name and skipped, and the other files are still extracted', () => {
    const failing: typeof extractText = () => { throw new RangeError('Maximum call stack size exceeded'); };
    const builder = new DatasetBuilder();
    const problem = builder.add(textRecords('broken.txt', '到2027年，全市新增企业100家。', [], failing), 'broken.txt');
    expect(problem).toMatch(/the extractor failed on this text \(Maximum call stack size exceeded\)/);
    builder.add(textRecords('plan.txt', '某市行动方案\n到2027年，全市数字经济核心产业增加值达到500亿元。'), 'plan.txt');
    const result = builder.finish();
    expect(result.problems.map((p) => p.file)).toEqual(['broken.txt']);
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.built.dataset.targets.map((t) => t.value)).toEqual([500]);
    expect(result.filesRead).toBe(1);
  });

  it('reads a sum and the figures after it that each name themselves from the other, without running out of stack', () => {
    const result = runPipeline([{ name: 'zone.txt', bytes: new TextEncoder().encode('某聚集区建设方案\n2026年聚集区开发基本完成，投资完成800亿元，力争实现主营业务收入1500亿元、利税300亿元。') }]);
    expect(result.problems).toEqual([]);
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.built.dataset.targets.map((t) => `${t.indicator} ${t.value}`)).toEqual(['投资 800', '主营业务收入 1500', '利税 300']);
  });
});

describe('splitLines', () => {
  it('keeps every character and every line number, and no paragraph grows past the limit', () => {
    fc.assert(fc.property(fc.array(fc.oneof(fc.string({ maxLength: 3000 }), fc.constantFrom('。', '\n', '\r\n', '，'), fc.string({ unit: 'grapheme', maxLength: 30 })), { maxLength: 40 }), (parts) => {
      const input = parts.join('');
      const paragraphs = splitLines(input);
      const lines = input.split(/\r\n|\r|\n/);
      // each paragraph cut back at the lines it joined gives every line of the file, in its place
      // (but the blank lines a double-spaced copy puts between its printed lines, and the bars between a table's cells copied a line each;
      // the comma put between phrases set a line each is no line's)
      const pieces = new Map<number, string>();
      paragraphs.texts.forEach((text, i) => {
        const joins = paragraphs.joins.get(i) ?? [];
        const starts = [0, ...joins.map((join) => join.at), text.length];
        const ends = [...joins.map((join) => join.at - (join.inserted ?? 0)), text.length];
        for (let j = 0; j + 1 < starts.length; j++) {
          const line = lineAt(paragraphs, i, starts[j]);
          pieces.set(line, (pieces.get(line) ?? '') + text.slice(starts[j], ends[j]));
        }
      });
      for (let n = 1; n <= lines.length; n++) {
        if (pieces.has(n)) expect(pieces.get(n)).toBe(lines[n - 1]);
        else expect(lines[n - 1].trim()).toMatch(/^\|?$/);
      }
      for (const t of paragraphs.texts) expect(t.length).toBeLessThanOrEqual(LONG_LINE);
    }), { numRuns: 100 });
  });

  // a policy copied out of a PDF: every line as wide as the page, its sentences running on
  const printed = [
    '某市加快推进工业经济高质量发展若干政策',
    '一、深入实施数字经济一号工程',
    '（一）深入推进数字经济系统建设。加快以产业大脑为核心的数字',
    '经济系统建设。推进未来工厂建设，对当年评为省级未来工厂、省',
    '级智能工厂、市级智能工厂、省级数字化车间、市级数字化车间的，',
    '分别给予 100 万元、30 万元、20 万元、15 万元、10 万元奖励。',
    '（二）加快推进数字产业化。做强做大数字核心企业，当年首次列入',
    '国家电子信息百强企业、省电子信息产业百家重点企业的，分别给予',
    '一次性奖励 20 万元、10 万元。鼓励软件企业壮大，对软件企业年销',
    '售收入首次突破 1000 万元、5000 万元的，分别给予一次性奖励 10',
    '万元、50 万元。',
  ];

  it('joins the lines a PDF was printed in back into their paragraphs, and remembers where each began', () => {
    const paragraphs = splitLines(printed.join('\n'));
    expect(paragraphs.texts).toHaveLength(4);
    expect(paragraphs.texts[2]).toBe(printed.slice(2, 6).join(''));
    expect(lineAt(paragraphs, 2, paragraphs.texts[2].indexOf('100 万元'))).toBe(6);
    expect(lineAt(paragraphs, 3, paragraphs.texts[3].indexOf('50 万元'))).toBe(11);
  });

  it('reads a text set a phrase a line as its sentences: phrases joined by commas up to one with a figure, each keeping its line', () => {
    const phrases = ['在应用场景建设上', '将加快充换电设施布局', '2026年力争建成', '30座光储充一体化电站', '2027年再增20座', '独立储能电站按调用规模', '给予10万元至30万元奖励', '规划“襄阳-', '十堰”储能走廊', '“十五五”期间全面推广'];
    const paragraphs = splitLines(phrases.join('\n\n'));
    const texts = paragraphs.texts.filter((t) => t.trim());
    expect(texts).toEqual([
      '在应用场景建设上，将加快充换电设施布局，2026年力争建成，30座光储充一体化电站',
      '2027年再增20座',
      '独立储能电站按调用规模，给予10万元至30万元奖励',
      // (a quote broken across two phrases is joined whole; a horizon and what is done by then stay a line of their own)
      '规划“襄阳-十堰”储能走廊',
      '“十五五”期间全面推广',
    ]);
    const first = paragraphs.texts.indexOf(texts[0]);
    expect(lineAt(paragraphs, first, texts[0].indexOf('30座'))).toBe(7);
    // a table copied a cell a line (short cells, many alike) and a list of goals a line (a figure in each) stay a line each
    const table = ['指标名称', '属性', '全年目标', '全市生产总值', '预期性', '增长5%左右', '地方一般公共预算收入', '预期性', '增长2%', '城镇新增就业', '预期性', '3万人'];
    expect(splitLines(table.join('\n')).texts).toEqual(table);
    const goals = ['地区生产总值增长5%', '规模以上工业增加值增长5%', '固定资产投资增长3%', '社会消费品零售总额增长3.5%', '进出口总额增长4%', '一般公共预算收入增长2%', '城镇调查失业率5.5%', '居民收入增长5%'];
    expect(splitLines(goals.join('\n')).texts).toEqual(goals);
  });

  it('reads a table row copied a cell a line, bars between, as one paragraph: whom a payment goes to, then what it pays', () => {
    const cells = ['对新认定的省级工程技术研究中心', '|', '', '给予20万元奖励', '|', '对新获批的孵化器', '|', '为企业提供10万元补助', '|', '备注'];
    const paragraphs = splitLines(cells.join('\n'));
    expect(paragraphs.texts[0]).toBe('对新认定的省级工程技术研究中心给予20万元奖励');
    expect(lineAt(paragraphs, 0, paragraphs.texts[0].indexOf('20万元'))).toBe(4);
    // (a cell that does not open on paying stays a paragraph of its own)
    expect(paragraphs.texts).toContain('对新获批的孵化器');
    expect(paragraphs.texts).toContain('为企业提供10万元补助');
  });

  it('joins a double-spaced copy too (a blank line after every printed line), and names each line in the file', () => {
    const paragraphs = splitLines(printed.join('\n\n'));
    expect(paragraphs.texts.filter((t) => t.trim())).toHaveLength(4);
    const third = paragraphs.texts.indexOf(printed.slice(2, 6).join(''));
    expect(third).toBeGreaterThan(0);
    expect(lineAt(paragraphs, third, paragraphs.texts[third].indexOf('100 万元'))).toBe(11);
    const last = paragraphs.texts.length - 1;
    expect(paragraphs.texts[last]).toBe(printed.slice(6).join(''));
    expect(lineAt(paragraphs, last, paragraphs.texts[last].indexOf('50 万元'))).toBe(21);
    // a text whose paragraphs are set apart by blank lines is no double-spaced print: each stays its own
    const prose = Array.from({ length: 8 }, (_, i) => `到2025年，全市新建第${i + 1}批数字经济示范园区五个，培育龙头企业十家。`);
    expect(splitLines(prose.join('\n\n')).texts.filter((t) => t.trim())).toHaveLength(8);
  });

  it('gives each record of a printed text its own line and names it from the whole sentence', () => {
    const result = extractFile({ name: 'printed.txt', bytes: new TextEncoder().encode(printed.join('\n')) });
    if (!('findings' in result)) throw new Error(result.problem);
    const awards = result.findings.map((f) => [f.line, f.value, f.indicator]);
    expect(awards).toContainEqual([6, 100, expect.stringContaining('省级未来工厂')]);
    expect(awards).toContainEqual([6, 10, expect.stringContaining('市级数字化车间')]);
    expect(awards).toContainEqual([10, 10, expect.stringContaining('1000万元')]);
  });

  it('joins a line a copier broke inside a word, in a text of a paragraph a line, and no paragraph that only lost its stop', () => {
    const text = [
      '某区促进人工智能产业发展的若干措施',
      '',
      '一、适用对象',
      '4.鼓励企业加大研发投入。年度营业收入超过2000万元的企业，对研发投入超过300万部分按8%比',
      '例予以最高不超过100万元的一次性补贴。',
      '到2025年，战略性新兴产业增加值占全省比重超过25%，南昌占全省比重',
      '在重点产业和空间布局方面，《规划》提出，着力推动传统产业做强做优',
    ];
    const paragraphs = splitLines(text.join('\n'));
    expect(paragraphs.texts).toContain(text[3] + text[4]);
    expect(lineAt(paragraphs, paragraphs.texts.indexOf(text[3] + text[4]), (text[3] + text[4]).indexOf('100万元'))).toBe(5);
    expect(paragraphs.texts).toContain(text[5]);
    expect(paragraphs.texts).toContain(text[6]);
  });

  it('leaves prose alone, however alike its lines are in length', () => {
    const prose = Array.from({ length: 8 }, (_, i) => `到2025年，全市新建第${i + 1}批数字经济示范园区五个，培育龙头企业十家。`);
    expect(splitLines(prose.join('\n')).texts).toHaveLength(8);
  });
});

describe('decode', () => {
  const chinese = '到2025年，全省建成30个数字经济示范区。\n推进数据要素市场化配置改革。\n';
  it('reads UTF-16 without a BOM, both byte orders', () => {
    const le = Buffer.from(chinese, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toMatchObject({ ok: true, encoding: 'utf-16le', text: chinese });
    expect(decode(be)).toMatchObject({ ok: true, encoding: 'utf-16be', text: chinese });
  });
  it('never takes UTF-8 or GBK text for UTF-16', () => {
    // sentences with Chinese in them: a text of none (a lone 2018-01-21 10:39:29) is refused as holding no Chinese, rightly
    fc.assert(fc.property(fc.array(fc.constantFrom(...SENTENCES.filter((s) => /[\u4e00-\u9fa5]/.test(s))), { minLength: 1, maxLength: 10 }), (parts) => {
      const t = parts.join('\n');
      expect(decode(new TextEncoder().encode(t))).toMatchObject({ ok: true, encoding: 'utf-8' });
    }), { numRuns: 100 });
    expect(decode(new TextEncoder().encode('abcdefgh hijklmn 中文'))).toMatchObject({ ok: true, encoding: 'utf-8' });
  });
  it('reads a UTF-8 file with a few bad bytes, naming each by position and line', () => {
    const utf8 = (t: string): number[] => [...new TextEncoder().encode(t)];
    // a stray byte between two lines, and a character cut short on line 5
    const damaged = Uint8Array.from([...utf8(chinese), 0xff, ...utf8(chinese), 0xe5, 0xbb, ...utf8(chinese.repeat(10))]);
    const result = decode(damaged);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8' });
    if (!result.ok) return;
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toBe('2 spot(s) are not valid UTF-8 and were replaced by �: byte 98 (line 3), bytes 197–198 (line 5)');
    expect(result.text.split('\n').map((line) => line.includes('�'))).toEqual([false, false, true, false, true, ...Array(20).fill(false)]);
    expect(result.text).toContain('全省建成30个数字经济示范区');
  });
  it('still refuses a file that is mostly undecodable', () => {
    const noise = Uint8Array.from({ length: 4000 }, (_, i) => (i * 7919 + 13) % 256 | 0x80);
    expect(decode(noise)).toMatchObject({ ok: false });
  });
});

describe('newsletters', () => {
  it('reports a title of the table of contents it cannot find in the body', () => {
    const text = ['本期要目', '地方新政', '01 浙江省数字经济发展行动方案', '05 杭州市不存在的实施意见', '', '浙江省数字经济发展行动方案', '到2025年，全省建成30个示范区。'].join('\n');
    const result = runPipeline([{ name: 'issue.txt', bytes: new TextEncoder().encode(text) }]);
    expect(result.warnings).toEqual([{ file: 'issue.txt', problem: expect.stringMatching(/“杭州市不存在的实施意见” is listed in the table of contents but its title was not found/) }]);
    expect(result.built.ok && result.built.dataset.targets.map((t) => t.value)).toEqual([30]);
  });
});

describe('extraction on inputs found by the properties above', () => {
  const read = (text: string) => runPipeline([{ name: 'found.txt', bytes: new TextEncoder().encode(text) }]);
  it('names every record, even in a provision garbled by stray marks', () => {
    const result = read('临江市推动制造业高质量发展行动方案（2024—2026年）一、主要目标 某市制造业高质量发展实施方案其中对营业收入首次超过5亿元、10亿元、20亿元的企业，分别给予5万元!、10万元、20万元奖励。\n');
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.built.dataset.targets.length).toBeGreaterThan(0);
    for (const target of result.built.dataset.targets) expect(target.indicator.length).toBeGreaterThan(0);
  });
  it('takes no issue date from a number that only ends like a year (20023年8月18日) or a day the calendar lacks', () => {
    for (const date of ['20023年8月18日', '2023年2月30日']) {
      const result = read(`（二）创新能力显著增强。${date} 第33期 总第144期\n2023年6月1日到2025年，数字经济核心产业增加值占GDP比重比2020年提高3个百分点。\n`);
      if (!result.built.ok) throw new Error(result.built.problem);
      for (const doc of result.built.dataset.documents) expect(doc.published).toBeNull();
    }
  });
});
