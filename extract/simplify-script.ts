// Texts in traditional characters (經濟日報, pages mirrored in 繁體) are read in simplified ones, character
// for character, so the rules written for simplified texts apply to them and every offset still points
// into the text as written: quotes keep the text's own characters.
import { Converter } from 'opencc-js/t2cn';
import { CORNER_QUOTES, PAGE_TONELESS_NOTE, PINYIN_READINGS } from './normalize';

/** Characters that only traditional script writes, and their simplified forms: 們/们, 國/国, 經/经… */
const TRADITIONAL = '們個國區發經濟為這說會時過與產億萬樣點還當對開關實現將從務業進設動資創質數據則總體類';
const SIMPLIFIED = /[们个国区发经济为这说会时过与产亿万样点还当对开关实现将从务业进设动资创质数据则总体类]/g;
/** How much of a text tells its script: enough for a title and a paragraph. */
const SAMPLE = 2000;

/** (jīng), (qū), (hé / huò): a syllable with its tone mark, or a heteronym's readings, in brackets. */
const PINYIN = new RegExp(`[（(]${PINYIN_READINGS}[)）]`, 'g');

let convert: ((text: string) => string) | undefined;

const TRADITIONAL_CODES = new Uint8Array(0x10000);
for (const char of TRADITIONAL) TRADITIONAL_CODES[char.charCodeAt(0)] = 1;

/** How many characters only traditional script writes among a text's first `end`, counted up to `enough`. */
// (a loop over character codes: a class of ideographs is slow to scan as a pattern)
function traditionalCount(text: string, end: number, enough = Infinity): number {
  let traditional = 0;
  for (let i = 0, stop = Math.min(text.length, end); i < stop && traditional < enough; i++) traditional += TRADITIONAL_CODES[text.charCodeAt(i)];
  return traditional;
}

/** True when a text writes some traditional characters (five or more near its start), mostly or mixed with simplified ones. */
export function writesTraditional(text: string): boolean {
  return traditionalCount(text, 4 * SAMPLE, 5) >= 5;
}

/** True when a text writes mostly traditional characters. */
export function isTraditional(text: string): boolean {
  const traditional = traditionalCount(text, SAMPLE);
  if (traditional < 5) return false;
  if (traditional > 2 * (text.slice(0, SAMPLE).match(SIMPLIFIED)?.length ?? 0)) return true;
  // a page in traditional characters under a long line of simplified ones (a site's banner, spam):
  // by lines, the traditional ones outnumber the simplified
  let traditionalLines = 0;
  let simplifiedLines = 0;
  for (const line of text.slice(0, 4 * SAMPLE).split('\n')) {
    const inTraditional = traditionalCount(line, line.length);
    const inSimplified = line.match(SIMPLIFIED)?.length ?? 0;
    if (inTraditional >= 2 && inTraditional > 2 * inSimplified) traditionalLines++;
    else if (inSimplified >= 2 && inSimplified > 2 * inTraditional) simplifiedLines++;
  }
  return traditionalLines > simplifiedLines;
}

/**
 * The line in simplified characters, as long as the line: a phrase the converter would write with
 * more or fewer characters is converted one character at a time instead.
 */
export function toSimplified(written: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  // 經(jīng)濟(jì): a mirror's pinyin after each character becomes spaces, which normalising drops
  // (鄂爾多斯市(shi)新能(neng)(neng)源: without tone marks too, where a line holds several)
  const bracketed = written.includes('(') || written.includes('（');
  // (功能的(de)運輸機場: a toneless one among toned notes too, as normalising reads them)
  let toned = 0;
  const marked = bracketed ? written.replace(PINYIN, (m) => { toned++; return ' '.repeat(m.length); }) : written;
  const line = bracketed && toned + (marked.match(PAGE_TONELESS_NOTE)?.length ?? 0) >= 3 ? marked.replace(PAGE_TONELESS_NOTE, (m) => ' '.repeat(m.length)) : marked;
  const whole = convert(line);
  let out = '';
  if (whole.length === line.length) out = whole;
  else for (const char of line) {
    const one = convert(char);
    out += one.length === char.length ? one : char;
  }
  // 給與 is how traditional script writes giving (给予), not 给与
  const given = out.includes('给与') ? out.replaceAll('给与', '给予') : out;
  return given.replace(KEPT_VARIANTS, (char) => VARIANT_READINGS[char]);
}

/**
 * 陜 (陜西省), and the Hong Kong forms 衞 (衞生) and 枱: variants of traditional characters the converter leaves as
 * written, and their simplified forms.
 */
const VARIANT_READINGS: Readonly<Record<string, string>> = { 陜: '陕', 衞: '卫', 枱: '台' };
const KEPT_VARIANTS = new RegExp(`[${Object.keys(VARIANT_READINGS).join('')}]`, 'g');

const IDEOGRAPH = /[\u4e00-\u9fff]/;

/**
 * How a traditional text writes each character its simplified reading changed (经 → 經), taken from
 * the text itself: where one simplified character stands for two (发 → 發, 髮), the more frequent.
 */
export function ownCharacters(written: readonly string[], simplified: readonly string[]): ReadonlyMap<string, string> {
  const counts = new Map<string, Map<string, number>>();
  written.forEach((line, l) => {
    const read = simplified[l];
    for (let i = 0; i < line.length; i++) {
      // corner quotes (「」) are read as “” once the line is normalised
      const reading = CORNER_QUOTES[line[i]] ?? read[i];
      // a mirror's pinyin, read as spaces, is no way of writing a character
      if (line[i] === reading || !((IDEOGRAPH.test(line[i]) && IDEOGRAPH.test(reading)) || line[i] in CORNER_QUOTES)) continue;
      const seen = counts.get(reading) ?? new Map<string, number>();
      seen.set(line[i], (seen.get(line[i]) ?? 0) + 1);
      counts.set(reading, seen);
    }
  });
  const own = new Map<string, string>();
  for (const [char, seen] of counts) own.set(char, [...seen].sort((a, b) => b[1] - a[1])[0][0]);
  return own;
}

/** A name made from the simplified reading, in the text's own characters: 数字经济规模 → 數字經濟規模. */
export function inOwnCharacters(text: string, own: ReadonlyMap<string, string>): string {
  let out = '';
  for (const char of text) out += own.get(char) ?? char;
  return out;
}
