import { describe, expect, it } from 'vitest';
import { decode } from '../../extract/decode';
import { normalizeLine, originalSlice } from '../../extract/normalize';

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
});
