// English names of Chinese regions in Hanyu Pinyin, from pinyin-pro (a maintained dictionary that
// reads place-name characters right: 重庆 → Chongqing, 六安 → Lu'an). Loaded only in English mode.
// Level words become English (区 → District, 县 → County; 省/市 dropped as in common usage), and the
// province-level names whose official English is not plain pinyin are given as published.
import { pinyin } from 'pinyin-pro';
import { shortNameOf } from '../domain/regions';

/** Official English names that are not the plain pinyin of the Chinese name. */
const OFFICIAL: Record<string, string> = {
  全国: 'China (national)', 未识别: 'Unresolved', 陕西省: 'Shaanxi', 内蒙古自治区: 'Inner Mongolia',
  香港特别行政区: 'Hong Kong', 澳门特别行政区: 'Macao', 台湾省: 'Taiwan',
};

/** Level words kept as English after the name, longest first: 滨海新区 → Binhai New Area. */
const LEVEL_WORDS: readonly [string, string][] = [
  ['自治县', 'Autonomous County'], ['新区', 'New Area'], ['开发区', 'Development Zone'], ['区', 'District'], ['县', 'County'], ['旗', 'Banner'],
];

/** 浙江 → Zhejiang; 西安 → Xi'an (an apostrophe where a syllable starting a, e or o would run on). */
function romanise(text: string): string {
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true });
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined.charAt(0).toUpperCase() + joined.slice(1);
}

const cache = new Map<string, string>();

export function englishRegionName(name: string): string {
  const known = OFFICIAL[name] ?? cache.get(name);
  if (known) return known;
  let english: string;
  const short = shortNameOf(name);
  const level = LEVEL_WORDS.find(([word]) => name.endsWith(word) && name.length > word.length + 1);
  if (short) english = romanise(short);
  else if (level) english = `${romanise(name.slice(0, -level[0].length))} ${level[1]}`;
  else english = romanise(name);
  cache.set(name, english);
  return english;
}
