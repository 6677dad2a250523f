// Units as written in policy texts (亿元, 万家, 个百分点, ‰) and their base units, so values
// from different regions compare: 2000亿元 → 200000000000 CNY, 3万件 → 30000 count, 1‰ → 0.1 percent.

/** Multipliers that may prefix a unit: 10万家, 5000亿元, 3千万元. */
export const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 十亿: 1e9, 亿: 1e8, 千万: 1e7, 百万: 1e6, 十万: 1e5, 万: 1e4, 千: 1e3,
};

interface BaseUnit { base: string; factor: number }

/** Base words of units, longest first where one is a prefix of another. */
const BASE_UNITS: Record<string, BaseUnit> = {
  元: { base: 'CNY', factor: 1 },
  美元: { base: 'USD', factor: 1 },
  欧元: { base: 'EUR', factor: 1 },
  港元: { base: 'HKD', factor: 1 },
  港币: { base: 'HKD', factor: 1 },
  日元: { base: 'JPY', factor: 1 },
  '%': { base: 'percent', factor: 1 },
  '‰': { base: 'percent', factor: 0.1 },
  '‱': { base: 'percent', factor: 0.01 },
  // 市场评估价格的7折: a price cut to seven tenths of the price, 70% of it
  折: { base: 'percent', factor: 10 },
  个百分点: { base: 'percentage_point', factor: 1 },
  百分点: { base: 'percentage_point', factor: 1 },
  倍: { base: '倍', factor: 1 },
  番: { base: '番', factor: 1 },
  年: { base: '年', factor: 1 },
  岁: { base: '岁', factor: 1 },
  // 孕产妇死亡率控制在12/10万以下: a rate per hundred thousand people
  '/10万': { base: 'per_100000', factor: 1 },
  个月: { base: '月', factor: 1 },
  // 落地之日起3个自然年内, 连续2个会计年度: years counted as the calendar or the books count them
  个自然年: { base: '年', factor: 1 },
  个会计年度: { base: '年', factor: 1 },
  个完整会计年度: { base: '年', factor: 1 },
  // 通用飞机飞行达到15万小时: hours flown or served (a limit of hours is procedure, see the classifier)
  小时: { base: 'h', factor: 1 },
  // 实现30分钟上高速: minutes, as a share of an hour
  分钟: { base: 'h', factor: 1 / 60 },
  // 力争单向时延在20毫秒以内: a network's latency
  毫秒: { base: 'ms', factor: 1 },
  天: { base: '天', factor: 1 },
  吨: { base: 't', factor: 1 },
  // 能源生产总量达到49.8亿吨标准煤: tonnes of standard coal equivalent, an energy amount
  吨标准煤: { base: 'tce', factor: 1 },
  吨标煤: { base: 'tce', factor: 1 },
  公斤: { base: 't', factor: 1e-3 },
  千克: { base: 't', factor: 1e-3 },
  // 粮食产量稳定在240亿斤以上: the 市斤 of half a kilogram
  斤: { base: 't', factor: 5e-4 },
  // 集装箱吞吐量达到120万标箱 (标准箱): twenty-foot equivalent units
  标箱: { base: 'TEU', factor: 1 },
  标准箱: { base: 'TEU', factor: 1 },
  TEU: { base: 'TEU', factor: 1 },
  立方米: { base: 'm3', factor: 1 },
  // 啤酒产量突破100万千升: a volume of liquid in kilolitres, as cubic metres (not a bare 升, so often the verb: 由20升到30)
  千升: { base: 'm3', factor: 1 },
  // 天然气产量420亿立方: cubic metres written short
  立方: { base: 'm3', factor: 1 },
  // 天然气产量350亿方: shorter still, only ever after 万 or 亿 (方 alone is no unit: 三方, 方面)
  亿方: { base: 'm3', factor: 1e8 },
  万方: { base: 'm3', factor: 1e4 },
  // PM2.5年均浓度达到39微克/立方米以下: an air quality concentration
  '微克/立方米': { base: 'ug/m3', factor: 1 },
  // (PM2.5、PM10年均浓度分别低于47μg/m3、61μg/m3: the same, in its symbol)
  'μg/m3': { base: 'ug/m3', factor: 1 },
  'μg/m³': { base: 'ug/m3', factor: 1 },
  'µg/m3': { base: 'ug/m3', factor: 1 },
  'µg/m³': { base: 'ug/m3', factor: 1 },
  公顷: { base: '亩', factor: 15 },
  // 粮食生产功能区394.67万hm2: hectares by their symbol
  'hm²': { base: '亩', factor: 15 },
  hm2: { base: '亩', factor: 15 },
  公里: { base: 'km', factor: 1 },
  // 建设规划线路长度52.9km: kilometres by their symbol
  km: { base: 'km', factor: 1 },
  千米: { base: 'km', factor: 1 },
  // 铺设雨水管网345米, 新建绿道1200延米: lengths in metres, as kilometres
  米: { base: 'km', factor: 1e-3 },
  延米: { base: 'km', factor: 1e-3 },
  平方公里: { base: 'km2', factor: 1 },
  平方千米: { base: 'km2', factor: 1 },
  // 城区面积600 km2, 建成区面积达到120km²: square kilometres by their symbol
  'km²': { base: 'km2', factor: 1 },
  km2: { base: 'km2', factor: 1 },
  'k㎡': { base: 'km2', factor: 1 },
  平方米: { base: 'm2', factor: 1 },
  // 给予最高4000平米用房: square metres written short
  平米: { base: 'm2', factor: 1 },
  // 补贴面积最高不超过500㎡: the square-metre sign
  '㎡': { base: 'm2', factor: 1 },
  'm²': { base: 'm2', factor: 1 },
  亩: { base: '亩', factor: 1 },
  千瓦: { base: 'kW', factor: 1 },
  兆瓦: { base: 'kW', factor: 1e3 },
  // 装机容量达到35MW, 102吉瓦单晶硅: power written in megawatts or gigawatts
  吉瓦: { base: 'kW', factor: 1e6 },
  MW: { base: 'kW', factor: 1e3 },
  GW: { base: 'kW', factor: 1e6 },
  kW: { base: 'kW', factor: 1 },
  千瓦时: { base: 'kWh', factor: 1 },
  // 年发电量达到10亿kWh: kilowatt-hours by their symbol
  kWh: { base: 'kWh', factor: 1 },
  kwh: { base: 'kWh', factor: 1 },
  // 配套储能200兆瓦时: energy in megawatt-hours or gigawatt-hours, not the power 兆瓦 alone names
  兆瓦时: { base: 'kWh', factor: 1e3 },
  吉瓦时: { base: 'kWh', factor: 1e6 },
  // 新增变电容量54万千伏安: transformer capacity
  千伏安: { base: 'kVA', factor: 1 },
  度: { base: 'kWh', factor: 1 },
  PFLOPS: { base: 'PFLOPS', factor: 1 },
  EFLOPS: { base: 'PFLOPS', factor: 1e3 },
  TFLOPS: { base: 'PFLOPS', factor: 1e-3 },
  // the same units as often written with a lower-case tail: 10EFlops, 500PFlops
  PFlops: { base: 'PFLOPS', factor: 1 },
  EFlops: { base: 'PFLOPS', factor: 1e3 },
  TFlops: { base: 'PFLOPS', factor: 1e-3 },
  Eflops: { base: 'PFLOPS', factor: 1e3 },
  Pflops: { base: 'PFLOPS', factor: 1 },
  // 存储总量超过1800EB: data storage
  EB: { base: 'PB', factor: 1e3 },
  PB: { base: 'PB', factor: 1 },
  // 年供货量首次达到5GWh: energy in gigawatt-hours
  GWh: { base: 'kWh', factor: 1e6 },
  MWh: { base: 'kWh', factor: 1e3 },
  Tbps: { base: 'Gbps', factor: 1e3 },
  Gbps: { base: 'Gbps', factor: 1 },
  Mbps: { base: 'Gbps', factor: 1e-3 },
  PUE: { base: 'PUE', factor: 1 },
};

/** Measure words of things counted: 家 (firms), 个, 项, 件 (patents), 台套 (machines and sets), 人, 名, 类, 尾 (fish fry), 堂 and 课时 (lessons), 宗 (plots of land), 眼 (wells), 标台 (buses, in standard units), 对 (pairs: 公交站台10对), 单 (orders: 以旧换新2万单), 锭 (spindles: 新增棉纺100万锭)… all normalise to `count`. */
export const COUNT_WORDS = [
  '人次', '场次', '架次', '批次', '班次', '台套', '个', '家', '项', '件', '人', '名', '户', '类', '台', '套', '座', '场', '次', '条', '所', '篇', '部',
  '款', '种', '张', '颗', '块', '辆', '艘', '架', '栋', '幢', '处', '片', '支', '位', '株', '只', '本', '门', '期', '批', '例', '份', '组', '队', '园', '村', '镇', '座', '间', '层', '标准机架', '机架', '基站', '个基站', '根', '盏', '棵', '头', '羽', '尾', '口', '箱', '列', '段', '袋', '枚', '粒', '盒', '瓶', '堂', '宗', '眼', '标台', '对', '单', '课时', '锭',
] as const;

for (const word of COUNT_WORDS) BASE_UNITS[word] ??= { base: 'count', factor: 1 };

/** Every base word, longest first, for building the unit pattern of the extractor. */
export const UNIT_WORDS: readonly string[] = Object.keys(BASE_UNITS).sort((a, b) => b.length - a.length);

/** The bases of sums of money: a payment or a threshold may be written in any of them. */
export const CURRENCIES: ReadonlySet<string> = new Set(['CNY', 'USD', 'EUR', 'HKD', 'JPY']);

export interface NormalizedUnit { base: string; factor: number }

/** 亿元 → { CNY, 1e8 }; 万件 → { count, 1e4 }; ‰ → { percent, 0.1 }; undefined for an unknown unit. */
export function normalizeUnit(written: string): NormalizedUnit | undefined {
  const direct = BASE_UNITS[written];
  if (direct) return direct;
  for (const [prefix, multiplier] of Object.entries(MULTIPLIERS)) {
    if (written.startsWith(prefix)) {
      const rest = BASE_UNITS[written.slice(prefix.length)];
      if (rest) return { base: rest.base, factor: rest.factor * multiplier };
    }
  }
  return undefined;
}

/** Round away floating-point noise: 0.1 * 3 → 0.3, 5000 * 1e8 → 500000000000. */
export function roundValue(value: number): number {
  // (a whole number of up to 12 digits is its own rounding: most amounts are, and the string round trip is the cost)
  if (Number.isInteger(value) && Math.abs(value) < 1e12) return value;
  return Number.parseFloat(value.toPrecision(12));
}

/** Scales the app offers for money: 元 / 万元 / 亿元 / 万亿元. */
export const MONEY_SCALES = [
  { id: 'yuan', label: '元', factor: 1 },
  { id: 'wan', label: '万元', factor: 1e4 },
  { id: 'yi', label: '亿元', factor: 1e8 },
  { id: 'wanyi', label: '万亿元', factor: 1e12 },
] as const;
export type MoneyScale = (typeof MONEY_SCALES)[number]['id'];

export function toMoneyScale(valueCny: number, scale: MoneyScale): number {
  const found = MONEY_SCALES.find((s) => s.id === scale) ?? MONEY_SCALES[0];
  return roundValue(valueCny / found.factor);
}

/** The largest scale under which a money value is still ≥ 1: 3e7 → 万元, 5e11 → 亿元. */
export function bestMoneyScale(valueCny: number): MoneyScale {
  let best: MoneyScale = 'yuan';
  for (const scale of MONEY_SCALES) if (Math.abs(valueCny) >= scale.factor) best = scale.id;
  return best;
}
