// Reported figures (observations): numbers a statistics office, a ministry or the text itself
// reports as reached for a region, an indicator and a period — 2022年，全省…增加值达到5100亿元;
// 1—5月份…收入4943亿元，同比增长4%; 截至2022年底已建成5G基站8万个; a target's starting point
// (从2020年的7.8%提高到10%). Forecasts, estimates, rankings and one event's figures are left out.
import { periodEnd } from '../src/domain/periods';
import { NATIONAL, shortNameOf, toRegion } from '../src/domain/regions';
import type { Growth, Period, Region } from '../src/domain/schema';
import { baseValue, type Quantity } from './find-quantities';
import { originalSlice, type NormalizedLine } from './normalize';
import {
  AREA, COMPARISON, COUNTRY, COUNTRY_TITLE, EVENT, FORECAST, GROWTH_BEFORE, LEADING, NOT_A_REPORT_LINE, NOW, OBJECT_VERB,
  RANKING, REPORTED, STARTING_POINT, STARTING_POINT_AFTER, STATISTICS_REPORT, THIRD_PARTY, TRAILING,
} from './observation-words';
import { regionIndex } from './resolve-region';
import { findPeriods, type PeriodMention } from './resolve-period';
import type { Sentence, Span } from './split-sentences';
import { matchesOf } from '../src/domain/text';

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

/** Units that are no level: changes in points (回落0.7个百分点), durations, multiples. */
const SKIPPED_BASES = new Set(['percentage_point', '年', '月', '天', 'h', '倍', '番']);

interface LineState { index: number; line: NormalizedLine; inStatusBlock: boolean; inEditorNote: boolean; carried: Period | null; note: boolean }

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
    // a note or a figure's caption (注：…, 图1) reports nothing: told once for the line, not for each of its sentences
    this.state = { index, line, inStatusBlock, inEditorNote, carried: null, note: NOT_A_REPORT_LINE.test(line.text) };
  }

  sentence(sentence: Sentence, quantities: readonly Quantity[], clauses: readonly Span[]): void {
    const state = this.state;
    if (!state || !this.active || state.note) return;
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
  const verbs = matchesOf(OBJECT_VERB, subject);
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
