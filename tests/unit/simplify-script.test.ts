// Traditional-script texts: told apart from simplified ones, converted one character for one, and
// extracted with quotes, names and titles in the characters the text was written in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../extract/run-pipeline';
import { inOwnCharacters, isTraditional, ownCharacters, toSimplified, writesTraditional } from '../../extract/simplify-script';

const TRADITIONAL_TEXT = '廣州市數字經濟發展行動計劃\n到2027年，全市數字經濟核心產業增加值達到5000億元，建成5G基站10萬個。\n';

describe('traditional script', () => {
  it('tells a traditional text from a simplified one', () => {
    expect(isTraditional(TRADITIONAL_TEXT)).toBe(true);
    expect(isTraditional('广州市数字经济发展行动计划\n到2027年，全市数字经济核心产业增加值达到5000亿元，建成5G基站10万个。')).toBe(false);
    // a simplified text quoting a few traditional names stays as it is
    expect(isTraditional('全省数字经济核心产业增加值达到5000亿元，《經濟日報》报道，这个数据来源于国家统计局发布的公报，产业发展为经济增长作出贡献。')).toBe(false);
  });

  it('tells a page mixing both scripts, which is read in simplified characters too, from a simplified one', () => {
    const mixed = ['涉污水垃圾处理 重慶市城市基礎設施建設“十四五”規劃发布!', '7月1日，重慶市人民政府印发規劃，提出到2025年，傳統基礎設施成網提效，新型基礎設施實現領跑。',
      '城市排水系統短板得到有效補齊，城市生活汙水集中處理率達98%以上。', '开展城区厨余垃圾治理，提高源头减量化水平。规范生活垃圾分类投放和收运，优化完善生活垃圾分类收运体系。',
      '扎实推进生活垃圾焚烧处理设施建设，提高焚烧比例。推进以资源化利用和焚烧处理为主的生活垃圾分类处理体系。'].join('\n');
    expect(isTraditional(mixed)).toBe(false);
    expect(writesTraditional(mixed)).toBe(true);
    expect(writesTraditional(TRADITIONAL_TEXT)).toBe(true);
    expect(writesTraditional('全省数字经济核心产业增加值达到5000亿元，《經濟日報》报道。')).toBe(false);
    const result = runPipeline([{ name: 'mixed.txt', bytes: new TextEncoder().encode(mixed) }]);
    if (!result.built.ok) throw new Error(result.built.problem);
    expect(result.built.dataset.targets.map((t) => [t.indicator, t.value, t.region.name])).toEqual([['城市生活污水集中处理率', 98, '重庆市']]);
  });

  it('converts to simplified characters without changing the length of any line', () => {
    expect(toSimplified('數字經濟發展')).toBe('数字经济发展');
    // Hong Kong's forms of 衛 and 檯, which the converter leaves as written
    expect(toSimplified('鄉鎮衞生院和辦公枱')).toBe('乡镇卫生院和办公台');
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'們個國區發經濟為這說會時過與產億萬樣點頭髮乾隆皇後麵條著名台灣abc123，。'), maxLength: 40 }), (line) => {
      expect(toSimplified(line)).toHaveLength(line.length);
    }));
  });

  it('gives names back in the characters the text writes, never in a mirror\'s pinyin', () => {
    const written = ['數字經(jīng)濟發(fā)展 Big Data'];
    const own = ownCharacters(written, written.map(toSimplified));
    expect(own.get('经')).toBe('經');
    expect(own.has(' ')).toBe(false);
    expect(inOwnCharacters('数字经济 Big Data', own)).toBe('數字經濟 Big Data');
  });

  it('extracts a traditional text with its title and quotes as written, its indicators named and keyed in simplified characters', () => {
    const result = runPipeline([{ name: 'trad.txt', bytes: new TextEncoder().encode(TRADITIONAL_TEXT) }]);
    if (!result.built.ok) throw new Error(result.built.problem);
    const targets = result.built.dataset.targets;
    expect(targets.map((t) => [t.indicator, t.value, t.unit, t.region.name, t.deadline?.year])).toEqual([
      ['数字经济核心产业增加值', 5000, '亿元', '广州市', 2027],
      ['5G基站数量', 10, '万个', '广州市', 2027],
    ]);
    // the catalogue is written in simplified characters: the key comes from the simplified reading
    const simplified = runPipeline([{ name: 'simp.txt', bytes: new TextEncoder().encode(toSimplified(TRADITIONAL_TEXT)) }]);
    if (!simplified.built.ok) throw new Error(simplified.built.problem);
    expect(targets[0].indicatorKey).not.toBeNull();
    expect(targets.map((t) => t.indicatorKey)).toEqual(simplified.built.dataset.targets.map((t) => t.indicatorKey));
    expect(targets.map((t) => t.indicator)).toEqual(simplified.built.dataset.targets.map((t) => t.indicator));
    expect(result.built.dataset.documents[0].title).toBe('廣州市數字經濟發展行動計劃');
    expect(targets[0].source.quote).toBe('全市數字經濟核心產業增加值達到5000億元');
    for (const target of targets) expect(TRADITIONAL_TEXT).toContain(target.source.quote);
  });
});
