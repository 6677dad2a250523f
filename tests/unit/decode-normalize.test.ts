import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode } from '../../extract/decode';
import { normalizeLine, originalSlice, withInserted } from '../../extract/normalize';
import { westernYears } from '../../extract/numerals';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(utf8('到2025年，建成10个园区。'))).toMatchObject({ ok: true, encoding: 'utf-8', text: '到2025年，建成10个园区。' });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('本市')]))).toMatchObject({ ok: true, text: '本市' });
  });
  it('falls back to GB18030 for GBK bytes', () => {
    // 浙江省 in GBK
    expect(decode(new Uint8Array([0xd5, 0xe3, 0xbd, 0xad, 0xca, 0xa1]))).toMatchObject({ ok: true, encoding: 'gb18030', text: '浙江省' });
  });
  it('refuses empty, blank, binary and non-Chinese input with a reason', () => {
    expect(decode(new Uint8Array())).toEqual({ ok: false, problem: 'the file is empty' });
    expect(decode(utf8('  \n '))).toMatchObject({ ok: false, problem: expect.stringContaining('whitespace') });
    expect(decode(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({ ok: false, problem: expect.stringContaining('binary') });
    expect(decode(utf8('hello world'))).toMatchObject({ ok: false, problem: expect.stringContaining('no Chinese') });
  });
});

describe('normalizeLine', () => {
  it('turns full-width digits and signs into ASCII and drops stray spaces', () => {
    expect(normalizeLine('到 ２０２５ 年，达到 ６０％ 以上').text).toBe('到2025年，达到60%以上');
  });
  it('keeps a space between Latin words and strips markdown', () => {
    expect(normalizeLine('## 推进 MaaS 新模式').text).toBe('推进MaaS新模式');
    expect(normalizeLine('- **主 编** Big Data').text).toBe('主编Big Data');
  });
  it('maps every normalised character back to the original, so quotes stay verbatim', () => {
    const line = normalizeLine('到 2025 年，挂牌 5000 个可交易数据产品');
    const start = line.text.indexOf('挂牌');
    expect(originalSlice(line, start, line.text.length)).toBe('挂牌 5000 个可交易数据产品');
  });
  it('reads ASCII commas in prose as Chinese clause breaks but keeps thousands separators', () => {
    expect(normalizeLine('领导下,承担1,000项').text).toBe('领导下，承担1,000项');
  });
  it('takes out the pinyin a converter wrote after characters, and quotes the line as written', () => {
    const line = normalizeLine('全縣地區(qū)生產(chǎn)總值累計(jì)完成70883萬元，濃度(ppm)');
    expect(line.text).toBe('全縣地區生產總值累計完成70883萬元，濃度（ppm）');
    expect(originalSlice(line, line.text.indexOf('累計'), line.text.indexOf('萬元') + 2)).toBe('累計(jì)完成70883萬元');
    // (綠(lv): ü written as v, among notes without tone marks; a Latin word in brackets stays)
    expect(normalizeLine('石化(hua)(hua)煉化分公(gong)司(si)綠(lv)色轉型(xing)，濃度(ppm)').text).toBe('石化煉化分公司綠色轉型，濃度（ppm）');
  });
  it('keeps two figures of a table row apart, and a figure whose thousands a space sets apart whole', () => {
    expect(normalizeLine('数字经济核心产业增加值 亿元 2240 4000 市统计局').text).toBe('数字经济核心产业增加值亿元2240 4000市统计局');
    expect(normalizeLine('行业产业大脑 个 5 20').text).toBe('行业产业大脑个5 20');
    expect(normalizeLine('安排贴息资金7 000万元，12 500吨').text).toBe('安排贴息资金7000万元，12500吨');
  });
  it('reads a unit into a line and still quotes the line as written', () => {
    const line = withInserted(normalizeLine('  6.5 以上 |'), 3, '%');
    expect(line.text).toBe('6.5%以上|');
    expect(originalSlice(line, 0, 4)).toBe('6.5');
    expect(originalSlice(line, 0, 6)).toBe('6.5 以上');
    expect(originalSlice(line, 4, 7)).toBe('以上 |');
  });
});

/**
 * The character-by-character normaliser the line normaliser replaced (it kept one map entry per
 * character); its text and offsets are the reference the faster one must reproduce.
 */
function referenceNormalize(original: string): { text: string; origin: number[] } {
  // (one-for-one rewrites first: a list's dash between spaces read as ；, a year in Chinese digits in Arabic ones)
  const listed = westernYears(original.replace(/(?<=[\u4e00-\u9fff\]）)] )-(?= [\u4e00-\u9fff\d])/g, '；'));
  const line = listed.replace(/[\uff02-\uff07\uff0a\uff0b\uff0d-\uff19\uff1c-\uff1e\uff20-\uff5e(),;:]/g, (ch, at: number) => {
    const digit = (c: number): boolean => c >= 48 && c <= 57;
    if (ch === '(') return '（';
    if (ch === ')') return '）';
    if (ch === ';') return '；';
    if (ch === ',' || ch === ':') return digit(listed.charCodeAt(at - 1)) && digit(listed.charCodeAt(at + 1)) ? ch : ch === ',' ? '，' : '：';
    return String.fromCharCode(ch.charCodeAt(0) - 0xfee0);
  });
  const prefix = /^\s*(?:#{1,6}\s+|[-*+]\s+(?=\S))/.exec(line)?.[0].length ?? 0;
  const space = (c: number): boolean => c === 32 || c === 0x3000 || c === 9 || c === 0xa0;
  const latin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  // (not in a headline: a short line with no punctuation, 增长8% 河北印发方案…, whose space parts its halves)
  const headline = line.trim().length <= 40 && !/[，。；,;：:！？!?]/.test(line);
  let text = '';
  const origin: number[] = [];
  for (let i = prefix; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code === 42 && (line.charCodeAt(i + 1) === 42 || line.charCodeAt(i - 1) === 42)) continue;
    if (space(code)) {
      let j = i + 1;
      while (j < line.length && space(line.charCodeAt(j))) j++;
      const [last, next] = [text.charCodeAt(text.length - 1), j < line.length ? line.charCodeAt(j) : -1];
      const digit = (c: number): boolean => c >= 48 && c <= 57;
      // (two figures stay apart, 2240 4000, unless the space sets a figure's thousands apart, 7 000)
      const thousands = /(?:^|\D)\d{1,3}\s+\d{3}(?:\D|$)/.test(line.slice(Math.max(0, i - 4), j + 4));
      if ((latin(last) && latin(next)) || (digit(last) && digit(next) && !thousands)) { text += ' '; origin.push(i); }
      // a full stop a page lost: a space after a tightly written amount (产值突破500亿元 海洋…), before new words
      else {
        const before = line.slice(Math.max(0, i - 16), i);
        const tight = /\d(?:[万亿千百]{0,2}[元个家项人亩吨]|%)$/.test(before) && !/\s[\d.,]+\s*[^\d\s]{0,3}$/.test(before);
        if (tight && !headline && /^(?!以上|以下|以内|左右|及以上|工作日|[年月日天万亿元])[\u4e00-\u9fff]{2}/.test(line.slice(j, j + 4))) { text += '。'; origin.push(i); }
      }
      i = j - 1;
      continue;
    }
    text += line[i];
    origin.push(i);
  }
  return { text, origin };
}

describe('normalizeLine against the character-by-character reference', () => {
  const piece = fc.constantFrom('数据', '产业', '２０２５', '５０％', ' ', '　', '\t', '**', '*', '＊＊', '＊', '＃ ', '－ ', '# ', '- ', 'Big', 'Data', '（', '(', ')', '1,000', '领导下,承担', '到 2025 年', '：', ':', '5G', '亿元', '500亿元', '30%', '单个', ' - ', '-', '二〇二五年', '二00四年', '一九九八');
  it('gives the same text, and every span of it maps back to the same original characters', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 24 }).map((parts) => parts.join('')), fc.nat(), fc.nat(), (original, a, b) => {
      const line = normalizeLine(original);
      const reference = referenceNormalize(original);
      expect(line.text).toBe(reference.text);
      if (!line.text.length) return;
      const start = a % line.text.length;
      const end = start + 1 + (b % (line.text.length - start));
      expect(originalSlice(line, start, end)).toBe(original.slice(reference.origin[start], reference.origin[end - 1] + 1));
    }), { numRuns: 2000 });
  });
  it('reads a year in Chinese digits before telling a colon between digits, as the reference does', () => {
    // (a case the property once found: the colon between 1,000 and 二〇二五年 stays a colon between digits)
    for (const original of ['1,000:二〇二五年', '领导下,承担 - 二00四年', '到 二〇二五 年']) expect(normalizeLine(original).text).toBe(referenceNormalize(original).text);
    expect(normalizeLine('1,000:二〇二五年').text).toBe('1,000:2025年');
  });
});
