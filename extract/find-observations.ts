// Reported figures (observations): numbers a statistics office, a ministry or the text itself
// reports as reached for a region, an indicator and a period — 2022年，全省…增加值达到5100亿元;
// 1—5月份…收入4943亿元，同比增长4%; 截至2022年底已建成5G基站8万个; a target's starting point
// (从2020年的7.8%提高到10%). Forecasts, estimates, rankings and one event's figures are left out.
import { periodEnd } from '../src/domain/periods';
import { NATIONAL, shortNameOf, toRegion } from '../src/domain/regions';
import type { Growth, Period, Region } from '../src/domain/schema';
import { baseValue, type Quantity } from './find-quantities';
import { originalSlice, type NormalizedLine } from './normalize';
import { regionIndex } from './resolve-region';
import { findPeriods, type PeriodMention } from './resolve-period';
import type { Sentence, Span } from './split-sentences';

export interface ObservationFinding {
  documentKey: string;
  measure: 'level' | 'growth';
  indicator: string;
  value: number;
  unit: string;
  baseValue: number;
  baseUnit: string;
  period: Period;
  cumulative: boolean;
  growth: Growth | null;
  region: Region;
  file: string;
  line: number;
  quote: string;
  context: string;
  inEditorNote: boolean;
}

export interface ObservedDocument {
  documentKey: string;
  file: string;
  title: string;
  region: Region;
  isPolicy: boolean;
  /** Date of the newsletter issue carrying the document, when known. */
  published: string | null;
  /** First year of the plan period in the title (（2023—2025年）), when there is one. */
  planStart: number | null;
}

/** Statistics reports among the documents that are not policies: 2023年1—5月份互联网和相关服务业运行情况. */
const STATISTICS_REPORT = /运行情况|运行态势|经济运行|统计公报|统计监测|发展统计/;
/** Forecasts and plans: 预计, 有望, 将达到, 力争, 目标. */
const FORECAST = /预计|预测|预期|有望|将达|将超|将突破|将实现|估计|测算|展望|力争|争取|目标|计划|规划|确保|到(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|末)?前/;
/** Third parties' research: 报告显示, IDC, 研究院. */
const THIRD_PARTY = /报告显示|研究显示|调查显示|报告指出|研究院|研究机构|咨询|IDC|Gartner|[A-Z]{3,}(?:数据|报告)/;
/** One event's figures: 签约金额, a fair's turnover. */
const EVENT = /签约|签署|意向|成交|大会|博览会|展会|交易会|论坛|峰会|开幕|闭幕|发布会|活动|本届|现场/;
/** Rankings: 位居全国第二, 居前5名, 跃居世界第二. */
const RANKING = /排名|排行|位居|居全国|居前|居首|跃居|首位|前列|名列|第[一二三四五六七八九十\d]+(?:位|名)/;
/** Parts of the country or the world that are no jurisdiction of ours: 东部地区, 各省, 全球. */
const AREA = /[东中西南北]部|东北地区|地区|各地|各省|省[（(]区|省份|区县|地市|城市群|全球|世界|国际|国外|境外|美国|欧盟|欧洲|日本|韩国/;
/** A title about the whole country: 2024年1—9月份全国软件业运行情况. */
const COUNTRY_TITLE = /全国|我国|中国(?!共产党)/;
/** The text's present, when no period is named: 目前全市已有…. */
const NOW = /目前|当前|现有|截至目前/;
/** The country as subject: 我国, 全国. */
const COUNTRY = /我国|(?<!占)全国|国内/;
/** Notes, figure captions and definitions around a report: （附注：…, 图1 …. */
const NOT_A_REPORT_LINE = /^\s*(?:[（(]?(?:附注|注)[:：）)]|图\s*\d)/;
/** Cues that the sentence reports a value reached: 截至, 已建成, 实现了, 同比增长. */
const REPORTED = /截至|截止|已建成|已达|已有|已累计|已经|共有|实现了|完成了|达到了|据统计|统计显示|数据显示|同比|环比|比上年|较上年|上年同期/;
/** A growth stated before its rate: 同比增长, 比上年下降, 增长. */
const GROWTH_BEFORE = /(同比|环比|比上年|较上年|比去年同期|较去年同期|与上年同期相比)?(分别)?(增长|上升|提高|增加|下降|减少|回落)了?$/;
/** A target's starting point: 从2020年的9.89亿 (then 提高到12亿). */
const STARTING_POINT = /[从由]((?:19|20)\d{2})年(?:底|末)?的?$/;
const STARTING_POINT_AFTER = /^[^，。；]{0,4}?(?:提高|提升|增加|增长|扩大|上升|下降|降低|减少|压缩)(?:到|至)/;
/** Verbs between a subject and its object: 企业完成互联网业务收入 → 互联网业务收入. */
const OBJECT_VERB = /(?:完成|实现|共投入|监测到)/g;
const LEADING = /^(?:其中|主要产品中|带动|拉动|推动|累计|已建成|建成|已有|现有|共有|拥有|同时|此外|另外|而|并|且|共|已|国家统计局数据显示|数据显示|据[^，]{1,10}统计|根据[^，]{1,16}统计|我国|全国|国内|全省|全市|全区|本市|本省|我省|我市|我区|今年|目前|当前)+/;
const TRAILING = /(?:达到了?|达|为|突破|超过|约|近|累计|共计|共|总计|合计|已|实现|完成|是|有|增至|增长到|提高到|达到约)+$/;
/** A comparison or a list before a number: 比同期工业低, 较1—4月份, 分别 (not 比重, 比例, 比率). */
const COMPARISON = /分别|(?:比|较)(?![重例率])/;
/** Units that are no level: changes in points (回落0.7个百分点), durations, multiples. */
const SKIPPED_BASES = new Set(['percentage_point', '年', '月', '天', '倍', '番']);

interface LineState { index: number; line: NormalizedLine; inStatusBlock: boolean; inEditorNote: boolean; carried: Period | null }

/** Collects the reported figures of one document, sentence by sentence, as the reader walks it. */
export class Observer {
  readonly found: ObservationFinding[] = [];
  private readonly reportYear: number | null;
  private readonly isReport: boolean;
  private readonly titlePeriod: Period | null;
  private state: LineState | null = null;

  constructor(private readonly document: ObservedDocument) {
    const titleYear = /((?:19|20)\d{2})\s*年/.exec(document.title)?.[1];
    this.reportYear = titleYear ? Number(titleYear) : document.published ? Number(document.published.slice(0, 4)) : null;
    this.isReport = STATISTICS_REPORT.test(document.title);
    this.titlePeriod = this.isReport ? (findPeriods(document.title.replace(/\s+/g, ''), this.reportYear)[0]?.period ?? null) : null;
  }

  /** Whether this document can hold reported figures at all: policies and statistics reports can, research summaries cannot. */
  get active(): boolean {
    return this.document.isPolicy || this.isReport;
  }

  startLine(index: number, line: NormalizedLine, inStatusBlock: boolean, inEditorNote: boolean): void {
    this.state = { index, line, inStatusBlock, inEditorNote, carried: null };
  }

  sentence(sentence: Sentence, quantities: readonly Quantity[], clauses: readonly Span[]): void {
    const state = this.state;
    if (!state || !this.active || NOT_A_REPORT_LINE.test(state.line.text)) return;
    const text = sentence.text;
    // 降幅与1—5月份持平, 增速较1—4月份回落: a period named to compare with is not the figure's own
    const periods = /[年月季底末]/.test(text) ? findPeriods(text, this.reportYear).filter((p) => !/[较比与于]$/.test(text.slice(0, p.at))) : [];
    const inherited = state.carried;
    if (periods.length) state.carried = periods[periods.length - 1].period;
    if (!quantities.length) return;
    const excluded = THIRD_PARTY.test(text) || EVENT.test(text);
    let lastLevel: { finding: ObservationFinding; clause: Span } | null = null;
    quantities.forEach((quantity, index) => {
      const clause = clauses.find((c) => quantity.start >= c.start && quantity.start < c.end) ?? clauses[clauses.length - 1];
      if (RANKING.test(clause.text)) return;
      const before = text.slice(clause.start, quantity.start);
      const starting = STARTING_POINT.exec(before);
      if (starting && STARTING_POINT_AFTER.test(text.slice(quantity.end))) {
        if (excluded || SKIPPED_BASES.has(quantity.base)) return;
        const indicator = nameSubject(before.slice(0, starting.index));
        const region = this.regionOf(text.slice(0, quantity.start));
        if (indicator && region) this.push(state, sentence, clause, quantity, { measure: 'level', indicator, period: { kind: 'year', year: Number(starting[1]) }, region, growth: null });
        return;
      }
      if (excluded || FORECAST.test(text) || SKIPPED_BASES.has(quantity.base)) return;
      const period = this.periodFor(periods, text, quantity.start, inherited);
      if (!period || !this.reported(text, period, state)) return;
      if (/^(?:以上|以下|及以上|及以下|以内)/.test(text.slice(quantity.end))) return;
      const region = this.regionOf(text.slice(clause.start, quantity.start), text.slice(0, quantity.start));
      if (!region) return;
      const growthCue = quantity.base === 'percent' ? GROWTH_BEFORE.exec(before) : null;
      if (growthCue) {
        if (growthCue[2]) return; // 分别增长23.3%、34.1%: the rates belong to a list of indicators
        const basis = growthCue[1] === '环比' ? 'month-on-month' : growthCue[1] ? 'year-on-year' : this.isReport ? 'year-on-year' : null;
        if (!basis) return;
        const growth: Growth = { value: /下降|减少|回落/.test(growthCue[3]) ? -quantity.value : quantity.value, basis };
        const subject = before.slice(0, growthCue.index);
        if (lastLevel && !lastLevel.finding.growth && !nameSubject(subject) && samePeriod(lastLevel.finding.period, period)) {
          // 收入4943亿元，同比增长4%: the rate belongs to the level just before it
          lastLevel.finding.growth = growth;
          lastLevel.finding.quote = originalSlice(state.line, sentence.start + lastLevel.clause.start, sentence.start + clause.end).trim();
          return;
        }
        const indicator = nameSubject(subject);
        if (indicator) this.push(state, sentence, clause, quantity, { measure: 'growth', indicator, period, region, growth, value: growth.value });
        lastLevel = null;
        return;
      }
      // 增速分别比同期工业低3.8个和1.7个百分点: a comparison or a list, not one indicator's level (比重 is a share)
      if (COMPARISON.test(before)) return;
      const previous = index > 0 && quantities[index - 1].end > clause.start ? quantities[index - 1].end : clause.start;
      const named = nameSubject(text.slice(previous, quantity.start));
      // 增加值达到6.9万亿元，占GDP比重超过50%: a share of what the sentence just reported
      const indicator = named?.startsWith('占') ? (lastLevel ? `${lastLevel.finding.indicator}${named}` : null) : named;
      lastLevel = indicator ? { finding: this.push(state, sentence, clause, quantity, { measure: 'level', indicator, period, region, growth: null }), clause } : null;
    });
  }

  /**
   * The period nearest before the number in its sentence; else the text's date for 目前/当前; else
   * the one carried from the paragraph; else the report's.
   */
  private periodFor(periods: readonly PeriodMention[], text: string, at: number, inherited: Period | null): Period | null {
    const before = periods.filter((p) => p.end <= at);
    const named = before[before.length - 1]?.period;
    if (named) return named;
    if (NOW.test(text.slice(0, at))) return this.document.published ? { kind: 'asOf', date: this.document.published } : null;
    return inherited ?? this.titlePeriod;
  }

  /** A figure is reported when it lies in the past of the text and the text presents it as reached. */
  private reported(text: string, period: Period, state: LineState): boolean {
    // the text's own present: its issue date, else the eve of its plan period (a 2023—2025 plan looks back from 2022)
    const { published, planStart } = this.document;
    const present = published ?? (planStart ? `${planStart - 1}-12-31` : null);
    if (present && periodEnd(period) > present) return false;
    if (this.isReport || state.inStatusBlock || REPORTED.test(text)) return true;
    // 2022年，全省…达到5100亿元: a past year opening the sentence, when the text's present is known
    return present !== null && period.kind === 'year' && /^(?:19|20)\d{2}年(?:全年|度)?[，,]/.test(text.trim());
  }

  /**
   * The document's jurisdiction (全国 for a report on the whole country), 全国 when the subject is
   * the country, the division a subject opens with (北京市软件业务收入…); null for another kind of
   * place (东部地区) or several divisions.
   */
  private regionOf(subject: string, sentenceBefore = subject): Region | null {
    if (AREA.test(subject) || AREA.test(sentenceBefore.replace(/占全国/g, ''))) return null;
    const home = COUNTRY_TITLE.test(this.document.title) && this.isReport ? NATIONAL : this.document.region;
    const regions = regionIndex();
    const named = new Map<string, { at: number; region: Region }>();
    for (let i = 0; i < subject.length; i++) {
      for (const name of regions.namesAt(subject, i)) {
        const division = regions.lookup(name);
        if (division && name.length >= 2 && division.code !== home.code && !named.has(division.code)) named.set(division.code, { at: i, region: toRegion(division) });
      }
    }
    if (named.size > 1) return null;
    const [only] = named.values();
    if (only) return subject.slice(0, only.at).replace(LEADING, '').replace(/[，,\s]/g, '') === '' ? only.region : null;
    return COUNTRY.test(subject) ? NATIONAL : home;
  }

  private push(
    state: LineState, sentence: Sentence, clause: Span, quantity: Quantity,
    what: { measure: 'level' | 'growth'; indicator: string; period: Period; region: Region; growth: Growth | null; value?: number },
  ): ObservationFinding {
    const value = what.value ?? quantity.value;
    // 北京市软件业务收入 → 软件业务收入: the place is the region, not part of the indicator
    const place = [what.region.name, shortNameOf(what.region.name)].find((name) => name && what.indicator.startsWith(name) && what.indicator.length - name.length >= 2);
    const finding: ObservationFinding = {
      documentKey: this.document.documentKey,
      measure: what.measure,
      indicator: place ? what.indicator.slice(place.length) : what.indicator,
      value,
      unit: quantity.unit,
      baseValue: baseValue(quantity, value),
      baseUnit: quantity.base,
      period: what.period,
      cumulative: /累计/.test(clause.text),
      growth: what.growth,
      region: what.region,
      file: this.document.file,
      line: state.index + 1,
      quote: originalSlice(state.line, sentence.start + clause.start, sentence.start + clause.end).trim(),
      context: state.line.original.trim(),
      inEditorNote: state.inEditorNote,
    };
    this.found.push(finding);
    return finding;
  }
}

function samePeriod(a: Period, b: Period): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The indicator named before a number: 我国规模以上互联网企业完成互联网业务收入 → 互联网业务收入. */
export function nameSubject(text: string): string | null {
  let subject = text
    .replace(/[（(][^）)]*[）)]|\[\d+\]/g, '')
    .replace(/(?:截至|截止)(?:到)?(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?(?:底|末)?/g, '')
    .replace(/(?:(?:19|20)\d{2}年)?(?:\d{1,2}[—–\-~至])?\d{1,2}月份?|(?:(?:19|20)\d{2}年|今年)?(?:上半年|下半年|前三季度|第?[一二三四]季度|全年)|(?:19|20)\d{2}年(?:度)?/g, '')
    .replace(/\d+$/, '');
  const clauseStart = Math.max(...['，', '；', '：', ','].map((mark) => subject.lastIndexOf(mark)));
  if (clauseStart >= 0) subject = subject.slice(clauseStart + 1);
  const verbs = [...subject.matchAll(OBJECT_VERB)];
  const lastVerb = verbs[verbs.length - 1];
  if (lastVerb && subject.length - (lastVerb.index + lastVerb[0].length) >= 2) subject = subject.slice(lastVerb.index + lastVerb[0].length);
  let previous = '';
  while (previous !== subject) {
    previous = subject;
    subject = subject.replace(LEADING, '').replace(TRAILING, '').replace(/的$|\d+$/, '').replace(/^[、，,\s]+|[、，,\s]+$/g, '');
  }
  if (subject.length < 2 || subject.length > 30 || /\d(?:亿|万|%|个|家|元)|[—～~]/.test(subject) || /^(?:增长|下降|增速|同比|规模|总量|数量)$/.test(subject)) return null;
  return subject;
}
