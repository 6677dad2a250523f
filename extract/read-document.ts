// Walks one document paragraph by paragraph and sentence by sentence, turning each number that
// is a commitment into a Finding: classified, with comparator, deadline, region and indicator.
import { keyIndicator } from '../src/domain/indicators';
import { PLAN_PERIODS, PLAN_PERIOD_NAME } from '../src/domain/dates';
import type { Comparator, Deadline, Region } from '../src/domain/schema';
import { CURRENCIES } from '../src/domain/units';
import { boundedContext } from './bound-context';
import { DURATION_BASES, EVENT_REASON, LEVEL_REACHED, POLICY_SETS_OUT, clauseStart, FUND_NAMED_AFTER, YEAR_FIGURE_REASON, YEAR_OF_FIGURE, FORECAST, SET_ASIDE, SET_ASIDE_PARTS, SIZE_OF_COUNTED, VERB_YAO, RESULTS_SUMMED, classify, givesMoney, clauseStances, comparatorOf, laterWorksYear, namedAndCounted, type Stance } from './classify';
import type { Observer } from './find-observations';
import type { Finding } from './finding';
import { baseValue, clauseStartAt, findQuantities, type Quantity } from './find-quantities';
import { numeralValue } from './numerals';
import { BULLET_MARKS, matchesOf } from '../src/domain/text';
import { AWARD_HEADING, BORROWS_MEASURE, COUNTED_LIST_HEAD, GRADE_PER_HEAD, TIER_OF_PAYMENT, LIST_JOIN, MEASURE_OF_ITS_OWN, lastItemOf, OWNER_OF_MEASURE, SPREAD_CUE, SPREAD_GROWTH, doublingName, figuresInOpenBracket, measuresListed, PAYMENT_NAME_END, PAYMENT_NAMED_HEADING, nameIndicator, sharedSubjects, splitOutsideBrackets, withIndustrySize } from './name-indicator';
import { originalOffset, originalSlice, withInserted, type NormalizedLine } from './normalize';
import { NEIGHBOUR_LINK, isSpam } from './read-head';
import { GOALS_LISTED_AFTER, WORKS_TITLE, YEAR_HEADING, YEAR_OR_PERIOD, YEAR_WORK_HEADLINE, YEAR_WORK_REVIEWED, baselineYearOf, deadlineAt, deadlineBefore, findDeadlines, pairedYear, type DeadlineMention } from './resolve-deadline';
import { ZONE_HEAD, actingPlace, divisionHeading, goalsQuotedOf, issuingPlace, officialsHead, officialsPlace, opensOnPlace, ownShortName, payerRegion, provinceIssuing, sentencePlace } from './resolve-region';
import type { DocumentSpan } from './segment-documents';
import { toSimplified } from './simplify-script';
import { lineAt, type Paragraphs } from './split-lines';
import { IN_CHARGE, ITEM_NUMBER, ORIGINAL_HEADLINE, splitSentences, trimClause, type Sentence, type Span } from './split-sentences';

export interface DocumentContext {
  span: DocumentSpan;
  documentKey: string;
  file: string;
  region: Region;
  isPolicy: boolean;
  planEnd: number | null;
  /** 1-based file line of each paragraph; paragraph index + 1 when absent. */
  lineNumbers?: readonly number[];
  /** Offsets where the later printed lines of a joined paragraph begin (see splitLines). */
  joins?: Paragraphs['joins'];
  /** A one-year plan (2023年工作要点, 2023年…政策清单): its year holds for every record stating none. */
  planYear?: number | null;
  /** The year a dated page sets out goals for (力争全年…), naming no later one: its targets' year when they state none. */
  aheadYear?: number | null;
  /** Collects the reported figures (statistics) met on the way; see find-observations.ts. */
  observer?: Observer;
  /** The year the text was issued (its date line), for 今年 when no plan year says it. */
  issuedYear?: number | null;
  /** Whether that year is one the text's words imply (2025年是…之年, 部署2025年工作), the page carrying no date of its own. */
  issuedInWords?: boolean;
  /** The last whole year before the text: the year before its issue, else before its plan period. */
  lastPastYear?: number | null;
  /** The end of a five-year plan the text speaks of (第十五个五年规划 → 2030), for averages over it. */
  spokenPeriodEnd?: number | null;
  /** The year of the edition the text is issued as (若干政策（2025年版）): the year its targets stating none are for. */
  editionYear?: number | null;
}

/** 按, 给予, 可获: the words of the terms a payment is made on, after the condition they follow. */
const PAID_ON = /按|给予|予以|奖励|补贴|补助|资助|可获/;
/** …低于25元/公斤的，广州市级财政按照氢气实际销售量5元/公斤的标准补贴: the 的 closing a condition, then the rate a payer pays by. */
const CONDITION_THEN_RATE = /的[，,]\s*(?:[\u4e00-\u9fa5]{1,10}?(?:财政|政府|管委会))?按照?[^，。；\d]{0,16}$/;
/** …增量超过1亿元的工业企业，按照条件给予最高750万元: the 的 that closes a payment's condition, and the payment after it. */
const CONDITION_THEN_PAYMENT = /的[\u4e00-\u9fa5、（）()]{0,24}?[，,]?(?:按照?[^，。；\d]{0,6}?)?(?:给予|予以|奖励|补助|补贴)(?=[^，。；]*$)/;

/**
 * The condition a payment at `at` is made on, from the start of its clause group to the 的 that
 * closes it (对2025年全年工业总产值增量超过1亿元的工业企业，给予…; …增量超过5000万元的，给予…), or null.
 */
function paymentCondition(sentence: string, at: number): { start: number; end: number } | null {
  const start = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf(';', at)) + 1;
  const before = sentence.slice(start, at);
  const m = CONDITION_THEN_PAYMENT.exec(before) ?? CONDITION_THEN_RATE.exec(before);
  if (m) return { start, end: start + m.index + 1 };
  // (对加氢站终端售价…低于25元/公斤的，…按照…5元/公斤的标准补贴给加氢站，每站每年补贴不超过150万元; …增速超10%的，按不高于
  // 同比增量3%的标准，可获最高30万元奖励: a group is conditioned up to its last 的，, the terms paid on after it, for every payment)
  const close = Math.max(before.lastIndexOf('的，'), before.lastIndexOf('的,'));
  return close > 0 && PAID_ON.test(before.slice(close)) ? { start, end: start + close + 1 } : null;
}

/** Where the clause group holding `at` ends: at the next semicolon, else the sentence's end. */
function clauseGroupEnd(sentence: string, at: number): number {
  const semicolon = sentence.slice(at).search(/[；;]/);
  return semicolon < 0 ? sentence.length : at + semicolon;
}

/** 累计, 总量, 达到, 到2025年, 全年: a clause after a yearly one that measures a total, a level or a year of its own. */
const ANNUAL_ENDS = /累计|总[量数额规模]|达到|突破|规模|年均|(?:19|20)\d{2}年|今年|全年|未来|期间|[一二三四五两\d]年(?:内|来)/;
/** 每年投入3000万元, 年新增450家: what recurs every year (not 每人每年670元, a rate per head and year). */
const EVERY_YEAR_RECURRING = /每年(?<!每[\u4e00-\u9fa5]{1,2}每年)|年(?<![全今当本明去上下近\d]年)(?:新增|净增|引进|培育|新培育|新开工|完成|度实施)/;

/** 年均增长10%, 每年提升1个百分点: a rate kept up over the years to a horizon. */
const ANNUAL_RATE = /年均|每年/;

/** 指标名称, 指标, 序号: a table's header cell on a line of its own. */
const CELL_HEADER = /^(?:指\s*标名称|指\s*标|序\s*号|项目名称|主要指标)$/;
/** %, 亿元, 万人: the units a name cell may close on in brackets. */
// (微克/立方米, 万吨标准煤, 平方公里…: the units of the environmental, energy and land measures a plan's table gives)
const NAME_UNITS = '%|‰|亿元|万元|元|万人次|人次|万人|人|个|家|件|所|张|万吨|吨|万千瓦|千瓦|万亩|亩|亿斤|万斤|万头|万只|平方公里|公里|万平方米|平方米|微克/立方米|万吨标准煤|吨标准煤|个百分点|年|岁';
/** 一般公共预算收入, 每万人口高价值发明专利拥有量（件）, 地区生产总值增长（%）: a name cell, words and no figure (but its unit). */
const CELL_NAME = new RegExp(`^[\\u4e00-\\u9fa5“”（）()A-Za-z]{3,30}(?:[（(](?:${NAME_UNITS})[)）])?(?:\\[\\d{1,2}\\])?$`);
/** 2023年预期目标: the year a goals header names. */
const YEAR_IN_CELL = /((?:19|20)\d{2})\s*年/;
/** 表1 清远市2020年国民经济和社会发展主要指标完成情况: a table's caption naming the year whose goals it reviews. */
const CAPTION_YEAR = /((?:19|20)\d{2})\s*年[^，。；]{0,30}?(?:完成情况|执行情况)/;
/** （%）, (亿元): the unit a name cell closes on. */
const UNIT_IN_NAME = new RegExp(`[（(](${NAME_UNITS})[)）]$`);
/** 2022年, 2027年目标: a column of a goals table by year. */
const YEAR_COLUMN = /^((?:19|20)\d{2})\s*年(?:目标值?|预期|预期目标)?$/;
/** 主要指标 | 单位 | 2022年 | 2027年 | 来源: where a table of goals by year has its name, unit and goals columns, and the goals' year. */
interface YearColumns {
  nameAt: number; unitAt: number; goalAt: number; year: number;
  /** 年均增长（%）: a column of yearly growth to the goal, or -1 */ growthAt: number;
  /** The year each column heads (0 where it heads none): 2024年 | 2025年 | 2027年. */ years: readonly number[];
}

/**
 * The columns of a goals table by year from its header cells (a name cell, 单位, then two years or more), or null
 * (指 标 / 2020年 / 2025年 / 年均增长, one cell a line: or, where `unitless`, no unit column, each name giving its unit in brackets).
 */
function yearColumns(header: readonly string[], unitless = false): YearColumns | null {
  // (“十四五”目标 over 2025年 | 年均[累计]: a heading spanning the goals' columns heads none of its own)
  const cells = header.filter((c) => !SPANNING_GOALS_HEADER.test(c));
  const unitAt = cells.indexOf('单位');
  // (序号 / 指标 / 单位: the last header word before the unit heads the names)
  const firstYear = cells.findIndex((c) => YEAR_COLUMN.test(c));
  const nameAt = unitAt > 0 ? cells.slice(0, unitAt).findLastIndex((c) => CELL_HEADER.test(c))
    : unitless && firstYear > 0 && unitAt < 0 ? cells.slice(0, firstYear).findLastIndex((c) => CELL_HEADER.test(c)) : -1;
  if (nameAt < 0) return null;
  const years = cells.map((c, k) => (k > unitAt ? Number(YEAR_COLUMN.exec(c)?.[1]) || 0 : 0));
  const goalAt = years.findLastIndex((y) => y > 0);
  const growthAt = cells.findIndex((c, k) => k > goalAt && YEARLY_GROWTH_HEADER.test(c));
  // (2020年 | 2025年, or 2025年 | 年均[累计]: two years, or a year and the yearly growth to it)
  const enough = years.filter((y) => y > 0).length >= 2 || (goalAt > 0 && growthAt > goalAt);
  return enough ? { nameAt, unitAt, goalAt, year: years[goalAt], growthAt, years } : null;
}

/**
 * The goals columns of a table whose header heads columns with years (2024年 | 2025年 | 2027年), rightmost first: the last
 * year's (`at`), and any other year's after the last past year but the first, which is the base.
 */
function goalColumnsOf(years: readonly number[], at: number, lastPastYear: number | null | undefined): number[] {
  const first = years.findIndex((y) => y > 0);
  return years.map((year, k) => (k === at || (lastPastYear && year > lastPastYear && k !== first) ? k : -1)).filter((k) => k >= 0).reverse();
}
/** Where a piped row's cell `k` starts in its line: past the cells before it and the bar after each. */
const cellStart = (cells: readonly string[], k: number): number => cells.slice(0, k).reduce((at, cell) => at + cell.length + 1, 0);
/**
 * The column of a table's header that is a horizon at least three years after its base year (2020年 | 2025年), with the year each
 * column heads (2024年 | 2025年 | 2027年: the years between may be goals too), or null.
 */
function horizonColumn(cells: readonly string[], lastPastYear: number | null | undefined): { at: number; year: number; years: number[] } | null {
  const years = cells.map((c) => Number(/^((?:19|20)\d{2})\s*年$/.exec(c)?.[1]) || 0);
  const at = years.findLastIndex((y) => y > 0);
  const base = years.find((y) => y > 0) ?? 0;
  const count = years.filter((y) => y > 0).length;
  // (more than two years only where the years past are known, so the goals' columns can be told from the figures reached)
  if (at <= 0 || (count !== 2 && !(count > 2 && lastPastYear)) || years[at] - base < 3 || !cells.some((c) => NAME_HEADER.test(c))) return null;
  return { at, year: years[at], years };
}

/** 年均增长（%）, 年均增速(%), 年均[累计]: a header over the yearly growth a table's row is to make to its goal (or the rise over the period). */
const YEARLY_GROWTH_HEADER = /^年均(?:(?:增长|增速)(?:率)?(?:[（(]%[)）])?|[[【（(]累计[\]】）)])$/;
/** “十四五”目标, 规划目标: a heading that spans the goals' columns of a table, over the year and the yearly growth. */
const SPANNING_GOALS_HEADER = /^(?:[“"]?十[一二三四五六七八九]五[”"]?(?:规划)?|规划)目标值?$/;
/** 亿元, %, 家, 万平方米: a unit column's cell. */
const UNIT_CELL = /^(?:%|‰|[万亿]{0,2}元(?:\/人)?|[万亿]?(?:人|人次|家|个|户|项|件|吨|亩|千瓦|辆|台|套|座|张)|万平方米|平方公里|公里|个百分点|岁)$/;
/** 6左右, 6.5以上, -3.6: a figure alone in a cell, its unit left to the header. */
const BARE_NUMBER_CELL = /^\s*(?:[<>＜＞≤≥]\s*)?-?\d+(?:\.\d+)?(?=\s*(?:左右|以上|以下|以内)?\s*[|｜]?\s*$)/;
/** 预期性, 约束性, 绝对值, 全省排名: cells that say what kind a row or a column is, not what it measures. */
const CELL_LABEL = /^(?:预期性|约束性|属性|绝对值|同比增长|年度目标|单位|(?:全[省市国])?(?:排名|排位|位次))$/;
/** 牵头责任单位, 市发展改革委, 市财政局（国资委）: a cell naming the body a task falls to. */
const BODY_CELL = /(?:单位|部门|[委局办厅]|政府|管委会)(?:[（(][^）)]*[）)])?$/;
/** 全年地区生产总值2291.5亿元, 截至12月底…: a cell of a table of tasks and what became of them, giving the outcome. */
const OUTCOME_CELL = /^\s*(?:全年|截至|截止|累计|已)/;
/** 【10.3】: a figure a table's note marks as the rise over the period, alone in its cell. */
const CUMULATIVE_CELL = /^\s*【\d+(?:\.\d+)?(?=】\s*[|｜]?\s*$)/;
/** 1.1%, 16013.40亿元, -4.1%, 1916家: a figure and nothing else. */
const BARE_FIGURE = /^[-−+]?[\d.,]+\s*(?:%|‰|[万亿]?元|[万亿]?(?:家|个|人|吨|亩|件|项)|个百分点)?$/;
/** %, 亿元, 万人: a unit column's cell, alone. */
const UNIT_CELL_ALONE = /^\s*(%|‰|[\u4e00-\u9fa5]{1,4})\s*$/;
/** 增长4%, 增长7%以上, 下降2%左右: a growth and nothing else, the measure left to the row's name. */
const BARE_GROWTH = /^(?:增长|增速|下降|提高|降低)[-−+]?[\d.]+\s*%(?:以上|左右|以内)?$/;
/** /架次、每家企业每年度不超过: the words between a rate and the cap on what it pays, in one provision. */
const CAP_AFTER_RATE_PAID = /^(?:\/[\u4e00-\u9fa5]{1,3})?[、，,]\s*[^，。；、\d]{0,12}?(?:不超过|最高|最多|上限)$/;
/** 合计, 共计, 总计, 共补贴: the words of a total, in its clause before the sum (not 共建, 公共). */
const TOTAL_WORDS = /合计|共计|总计|(?<!公)共(?:投入|安排|补贴|补助|奖励|奖补|拨付|下达|发放|兑现)/;

/**
 * Whether the sum at `index` totals the sums the sentence states right before or right after it (two or more, their rates per unit
 * aside: 每亩补贴…1000元 is a rate), with the words of a total in its clause.
 */
function totalOfParts(sentence: string, quantities: readonly Quantity[], index: number): boolean {
  const q = quantities[index];
  if (q.base !== 'CNY' || q.valueMax !== null || !TOTAL_WORDS.test(sentence)) return false;
  // (the words of a figure's clause before it)
  const clauseBefore = (x: Quantity): string => sentence.slice(clauseStart(sentence, x), x.start);
  if (!TOTAL_WORDS.test(clauseBefore(q))) return false;
  const worth = (x: Quantity): number => x.value * x.factor;
  const perUnit = (x: Quantity): boolean => clauseBefore(x).includes('每');
  const parts = quantities.filter((x, k) => k !== index && x.base === 'CNY' && x.valueMax === null && !perUnit(x));
  for (const side of [parts.filter((x) => x.end <= q.start).reverse(), parts.filter((x) => x.start >= q.end)]) {
    let sum = 0;
    for (const [k, part] of side.entries()) {
      sum += worth(part);
      if (k >= 1 && Math.abs(sum - worth(q)) <= 1e-9 * worth(q)) return true;
      if (sum > worth(q)) break;
    }
  }
  return false;
}

/** 发布《山东省…三年行动计划》: a body issuing a plan, in a news page's lead. */
const PLAN_ISSUED = /(?:发布|印发|出台)(?:了)?《[^》]{4,60}(?:规划|计划|方案|意见|任务|要点)》/;
/** 奖补额度, 补助标准, 扶持额度: a table's header cell over the sums paid. */
const PAYMENT_TABLE_HEADER = /(?:奖补|奖励|补助|补贴|资助|扶持|支持)(?:[（(](?:扶持|奖励|补助)[)）])?(?:额度|金额|标准)(?![^，。；]{0,4}(?:为|是|按|不超过|最高))/;
/** 指标名称, 主要指标, 项目: a table's header cell over the names of its rows' measures. */
const NAME_HEADER = /^(?:主要)?指标(?:名称)?(?:[（(][^（()）]{1,4}[)）])?$|^(?:项目|项目名称|名称)$/;
/** A table's header cell over the goals of a year: 年度目标, 2023年目标, 全年预期目标, 目标值, 预期增长(%). */
const GOAL_HEADER = /^(?:(?:19|20)\d{2}年|年度|全年|本年度?)?(?:(?:预期|计划)?目标值?|(?:预期|计划)(?:增长|增速)?)(?:[（(][^（()）]{1,4}[)）])?$/;
/** 当前进度, 工程进度: a table's header cell over how far each row's work has come. */
const PROGRESS_HEADER = /^(?:当前|目前|实际|工程|项目|完成)进度$/;
/** 80%(新区实验幼儿园进度滞后), 95%: a cell holding a share of work done alone, with a note on it or not. */
const PROGRESS_CELL = /^\d+(?:\.\d+)?%(?:[（(][^（()）]*[)）]?)?$/;
/** A table's header cell over what was done: 完成情况, 进展情况, 落实进展情况, 实际完成, 上半年完成(%)… */
const RESULTS_HEADER = /^(?:(?:上半年|前三季度|一季度|1-\d{1,2}月)完成(?:值|情况)?(?:[（(][^（()）]{1,4}[)）])?|(?:(?:19|20)\d{2}年|年度|全年|目前|截至目前)?(?:完成|进展|执行|落实|推进|实施)+(?:情况|进度|进展)|(?:年度|全年)完成|实际完成(?:值|情况)?|(?:(?:19|20)\d{2}年)?(?:完成值|实际值)|工作进展)$/;

/** 2024年底前, 2025年6月底前, 2024年12月: a task table's time limit cell. */
const TIME_LIMIT_CELL = /^\s*((?:19|20)\d{2})年(?:\d{1,2}月)?(?:底|末)?(?:前|完成)?\s*$/;
/** How many lines after its task cell a row's time limit may stand (科室 | 责任人 | 时限, one cell a line, bars between, several units). */
const TIME_LIMIT_REACH = 24;
/** The longest cell between a task and its time limit: a section, a unit, a person, a telephone number. */
const SHORT_CELL = 16;

/** Where a clause or a list item stands in its sentence. */
type TextRange = Pick<Span, 'start' | 'end'>;

/**
 * 地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、固定资产投资增长8%左右: the items of a clause that lists its figures,
 * one an item, each item naming its own (not 分别增长5%、6%, whose later items are figures alone), in the order of its figures
 * from the first (the index of the clause's first figure); null for any other clause.
 */
function listItemsOf(sentence: string, clause: TextRange, quantities: readonly Quantity[]): { first: number; items: TextRange[] } | null {
  const listed = sentence.indexOf('、', clause.start);
  if (listed < 0 || listed >= clause.end) return null;
  const first = quantities.findIndex((q) => q.start >= clause.start && q.end <= clause.end);
  let last = first;
  while (last + 1 < quantities.length && quantities[last + 1].end <= clause.end) last++;
  if (first < 0 || last === first) return null;
  const items: TextRange[] = [];
  for (let i = first; i <= last; i++) {
    const from = i === first ? clause.start : quantities[i - 1].end;
    const to = i < last ? quantities[i + 1].start : clause.end;
    const start = sentence.lastIndexOf('、', quantities[i].start - 1);
    const end = sentence.indexOf('、', quantities[i].end);
    // each figure after the first opens past a 、 of its own, and closes before the next one's
    if (i > first && start < from) return null;
    const itemStart = start >= from ? start + 1 : from;
    const itemEnd = end >= 0 && end < to ? end : i === last ? clause.end : -1;
    if (itemEnd < 0) return null;
    // (…、6%: an item that is a figure alone names nothing)
    if (!/[\u4e00-\u9fa5]{2}/.test(sentence.slice(itemStart, quantities[i].start))) return null;
    items.push({ start: itemStart, end: itemEnd });
  }
  return { first, items };
}

/** 地区生产总值 |, 增长5%左右 |: a line's words as a table's cell, without the bar that closed it. */
function cellOf(text: string): string {
  const trimmed = text.trim();
  // (a test of the last character first: most lines are prose, and a pattern anchored at the end is tried at every character)
  const last = trimmed.charCodeAt(trimmed.length - 1);
  return last === 0x7c || last === 0xff5c ? trimmed.slice(0, -1).trimEnd() : trimmed;
}

/** 期限至, 有效期到: the words before the year a payment's term runs to. */
const PAID_UNTIL = /(?:期限|有效期|执行期|实施期)[为是]?(?:至|到|截至|截止到?)$/;

/** A sentence listing the parts of a whole stated before it: 其中水稻…、玉米…. */
const PART_OPENING = /^\s*其中[，,：:]?/;
/** 其中，…; 按产业类别划分：…: a sentence breaking down the figure of the sentence before it. */
const BREAKDOWN_OPENING = /^\s*(?:其中|按[^，。；：:]{1,8}(?:划分|分类|分))[，,：:]?/;
/** What a whole is measured by, which its parts share: 种植面积, 产值, 营业收入… */
// (规上工业总产值: with the industry it is of)
const MEASURE_TAIL = /(?:种植|播种|养殖|建设|用地)?面积$|(?:(?:规上|规模以上)?工业)?(?:总)?产值$|增加值$|营业收入$|营收$|产量$|销售额$|开票销售$|交易额$|规模$/;
/** 全年销售收入, 营业收入, 产值: the measure closing an item's name, which a next item naming only its subject shares. */
const SHARED_MEASURE = /(?:全年|年度)?(?:销售收入|营业收入|主营业务收入|营收|总产值|产值|增加值|产量|销售额|交易额|税收)$/;
/** 产值, 总投资, 利税: a measure standing alone as an item's name. */
const BARE_ITEM_MEASURE = /^(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售收入|利税|税收|利润|总投资|年度投资|产能)$/;
/** 铝基新材料产业…, 谋划储备项目: the industry or the projects an item's name opens on. */
const ITEM_SUBJECT = /^([^，。；、\d]{2,16}?(?:产业|行业|集群|项目))/;
/** “国家级企业技术中心”“国家级重点实验室”: quoted kinds set side by side. */
const QUOTED_KINDS = /(?:“[^“”]{2,20}”){2,6}/g;

/** The quoted kinds one amount after 分别 is paid for, each, in the provision before it (对新获评“A”“B”的企业，分别给予200万元), or null. */
function kindsEachPaid(sentence: string, clause: { start: number }, quantity: Quantity, quantities: readonly Quantity[]): string[] | null {
  if (!/分别(?:一次性)?(?:给予|奖励|补助|补贴|资助)?[^，。；\d]{0,12}$/.test(sentence.slice(clause.start, quantity.start))) return null;
  const from = sentence.lastIndexOf('；', quantity.start) + 1;
  if (quantities.some((q) => q !== quantity && q.start >= from && q.start < quantity.start + 40 && q.base === quantity.base && q.start > quantity.end && sentence.slice(quantity.end, q.start).length <= 2)) return null;
  const runs = [...sentence.slice(from, clause.start).matchAll(QUOTED_KINDS)];
  const kinds = runs.length === 1 ? runs[0][0].match(/“[^”]+”/g) : null;
  if (kinds && kinds.length >= 2) return kinds;
  // (对当年新增国家级…示范基地的、入选省专精特新产业园创建试点的，分别奖励…100万元: or each condition listed with 的、)
  const listed = CONDITIONS_LISTED.exec(sentence.slice(from, clause.start));
  return listed ? listed[1].split('的、').map((condition) => condition.replace(/^(?:对于?)?(?:当年|新)?/, '').replace(/的$/, '')) : null;
}

/** 的一次性奖励, 补助: the support an amount is paid as, named after it. */
const PAID_KIND = /(?<=^[^，。；\d]{0,4})(?:一次性)?(?:奖励|补助|补贴|资助|奖补)/;
/** 对A的、B的，: conditions listed, each closed by 的, right before the payment they share. */
const CONDITIONS_LISTED = /(?:^|[，。；：])\s*(?:[（(][一二三四五六七八九十\d]+[)）][^，。；]{0,16}[，,])?((?:[^，。；、（(]{4,30}的、)+[^，。；、（(]{4,30}的)[，,]\s*$/;

/** 其中扬州经济技术开发区、仪征经济开发区突破: zones listed before the amount each of them reaches. */
const ZONES_REACHING = /^\s*(?:其中)?((?:[\u4e00-\u9fa5]{2,12}(?:开发区|高新区|园区|新区)、)+[\u4e00-\u9fa5]{2,12}(?:开发区|高新区|园区|新区))(?:分别|均|各)?(?:突破|达到|超过|达)(?:约)?$/;
/** 地区生产总值、一般公共预算收入占全市比重，比2021年提升: shares listed, each rising by the points after them. */
const SHARES_RISING = /(?:^|[，。；：:])\s*((?:[^、，。；：:\d]{2,12}、)+[^、，。；：:\d]{2,12})(占[^，。；、\d]{1,8}(?:比重|比例))[，,]?\s*(?:比|较)?[^，。；]{0,8}?(提升|提高|增加)$/;
/** 江都经济开发区, 高邮高新区: a place or zone named alone, a part whose measure is the whole's. */
const PLACE_ALONE = /^[\u4e00-\u9fa5]{2,12}(?:开发区|高新区|园区|新区|县|市|区)$/;

/** 签订了战略合作协议, 签约仪式: a signing the text reports. */
const SIGNED = /签订了|签署了|签约仪式|集中签约|现场签约/;
/** A sentence going on with an event's figures: 其中…, 合计…, or the projects started or signed that day. */
const EVENT_GOES_ON = /^\s*(?:其中|合计|共计|总计)|(?:开工|开复工|签约|竣工|投产)项目[^，。；\d]{0,4}\d/;

/**
 * A paragraph opening a review of the past: 过去一年，…; 回首这一年，…; 30年来，…; 去年，…; 2021年以来，…; “十三五”以来，….
 * Not a month of last year (去年9月，省政府印发《…》): a dated event, as 2023年9月 is, not the year looked back on.
 */
const OPENER = `(?:(?:回首|回望|回眸)(?:过去的?|这|那)?(?:一|五)?年|过去(?:的)?(?:一|五)年|近?(?:\\d{1,2}|[一二三四五六七八九十]{1,3}|多)?年来|(?:成立|建区|设区|建市)以来|(?:多项|各项)?(?:成绩|成效)(?:亮眼|斐然|显著|明显)|去年(?!(?:\\d{1,2}|[一二三四五六七八九十]{1,3})月)|今年以来[^。！？]*?取得(?:了)?[^。！？，]{0,8}?(?:进展|成效|成绩|成果)|(?:19|20)\\d{2}年以来|“?${PLAN_PERIOD_NAME}”?以来|党的十[八九]大以来|(?:19|20)\\d{2}\\s*年?\\s*(?:回眸|回顾)\\s*$)`;
// (记者从会上获悉，过去五年，…: after the words saying where the report comes from)
// (安徽省委科技办主任、省科技厅党组书记吴劲松在发布会上介绍，近年来，…: or after a speaker named with his posts)
const REVIEW_OPENER = new RegExp(`^\\s*(?:[^，。！？]{2,40}?(?:获悉|了解到|表示|介绍|指出)[，,：:])?${OPENER}`);
/** The same opener in a later sentence of a paragraph, a speaker's words too: …。去年以来，…取得积极成效。; …。州委书记表示，“十三五”以来，… */
const LATER_REVIEW_OPENER = new RegExp(`[。！？]\\s*(?:[^，。！？]{2,16}?(?:表示|介绍|指出)[，,：:])?${OPENER}`);

/**
 * …2024年10个民生实事项目具体如下, 2023年重点项目如下：, …票决产生了2022年民生实事项目，分别是：: a line leading one year's list of works; the
 * items under it, numbered headings and all, are that year's goals.
 */
const WORKS_LIST_LEAD = /((?:19|20)\d{2})\s*年度?[^。；，,：:]{0,24}?(?:民生实事|为民办实事|实事项目|[一二三四五六七八九十\d]{1,3}件实事|重点项目|重点工作|工作任务|目标任务)(?:[^。；，,：:]{0,8}?|[，,]\s*(?:分别是|分别为|具体是|包括))(?:如下[:：]?|[:：])\s*$/;
/** 今年，…继续开展为民办实事工作…。39个为民办实事项目如下：: the works of the text's own year leading their list, the year said before them. */
const THIS_YEAR_WORKS_LEAD = /(?:民生实事|为民办实事|惠民实事|实事项目)[^。；，,：:]{0,8}?(?:如下[:：]?|[:：])\s*$/;
/** 省政府2025年10件惠民实事具体为：一是…: a year's works named by their count, leading their list in the paragraph itself. */
/** 民生实事, 惠民实事, 为民办实事, 实事: what a year's list of works for the people is called. */
const WORKS_NOUN = '(?:民生实事|惠民实事|为民实事|为民办实事|实事)';
const WORKS_LIST_INLINE = new RegExp(String.raw`((?:19|20)\d{2})\s*年度?[^。；，,：:]{0,16}?[一二三四五六七八九十\d]{1,3}(?:件|项)(?:重点)?${WORKS_NOUN}(?:项目)?(?:具体|分别)?(?:为|是|包括)?[:：]`);
/** 十件民生实事, 20项重点惠民实事, 十大实事: the works of a year, named by their count. */
// (12大项、30小项民生实事: or by the count of their smaller items)
const WORKS_COUNTED = String.raw`[一二三四五六七八九十\d]{1,3}(?:小项|件|项|大)(?:重点)?(?:民生实事|惠民实事|为民实事|为民办实事|实事|民生工程|惠民工程|民心工程)`;
/** 办好十件民生实事, 实施十项重点民生实事, 重点抓好10件民生实事, 继续实施20项民生工程: the works of a year a text resolves to do, named by their count. */
// (票决出了长清2023年重点民生实事项目: or the year's works a congress voted for; 2017年连江县委、县政府为民办实事项目达50项: or counted)
const YEAR_WORKS = new RegExp(String.raw`(?:办好|抓好|做好|确定|实施|推进|推出|安排|集中力量办|为民办)[^。；]{0,16}?${WORKS_COUNTED}|((?:19|20)\d{2})年度?[一二三四五六七八九十\d]{1,3}(?:件|项)(?:重点)?(?:民生实事|惠民实事|为民实事|实事)[^。；，]{0,6}?(?:确定|出炉|公布|敲定|发布)|票决(?:出|产生)?了?[^。；，]{0,8}?((?:19|20)\d{2})年度?(?:重点)?(?:民生实事|惠民实事|为民实事|实事)|选出了?[一二三四五六七八九十\d]{1,3}(?:件|项)((?:19|20)\d{2})年度?[^。；，]{0,16}?(?:民生实事|惠民实事|为民实事)|((?:19|20)\d{2})年[^。；，]{0,16}?(?:为民办实事|民生实事|惠民实事)(?:项目)?(?:达|共|有|为|计)[一二三四五六七八九十\d]{1,3}(?:件|项)|((?:19|20)\d{2})年[^。；]{0,20}?(?<!已)列入[^。；，]{0,6}?(?:为民办实事|民生实事|惠民实事)|(?:公布|确定|敲定|发布)了?((?:19|20)\d{2})年度?[^。；，\d]{0,10}?${WORKS_COUNTED}`);
/** 1号线：, 2号线一期工程：: a short label a line opens on, before what it says of the thing (规划如图：附件1号线：…: the last of several). */
const LINE_LABEL = /^\s*(?:[^：:，。；\s]{1,12}[：:])*([^：:，。；\s]{2,12})[：:]/;
/** 长24.2公里, 设站15座, 全长…: a line opening on a bare measure. */
const BARE_MEASURE_LINE = /^\s*(?:全长|总长|长|设站|设车站)\s*[\d.]/;
/** The measures such a line names barely, by what they are of a labelled thing. */
const LABELLED_MEASURES: Readonly<Record<string, string>> = { 长: '线路长度', 全长: '线路长度', 总长: '线路长度', 设站: '车站', 设站数量: '车站数量' };
/** 2012年的一系列经济社会发展目标: the goals just listed, named as a year's. */
const GOALS_LISTED = new RegExp(`(?:19|20)\\d{2}年${GOALS_LISTED_AFTER}`);
/** …了解到，2025年，通渭县继续…: a clause that opens on a year alone. */
const YEAR_OPENING_CLAUSE = /(?:^|[，,。：:])\s*((?:19|20)\d{2})年[，,]/;
/** 确定今年20项民生实事, 办好今年十件惠民实事, 敲定马年为民办十件实事: the works of this year (or of the year of an animal), by their count. */
const THIS_YEARS_WORKS = new RegExp(`(?:今年|([鼠牛虎兔龙蛇马羊猴鸡狗猪])年)(?:的)?(?:为民办)?${WORKS_COUNTED}`);
/** The animals of the years, in turn from the rat's (2020, 2008, …). */
const ZODIAC = '鼠牛虎兔龙蛇马羊猴鸡狗猪';

/** The year of an animal (马年) nearest the year a page is dated in: 2014 for 马年 on a page of 2013, 2014 or 2015. */
function zodiacYear(animal: string, dated: number): number {
  const offset = ((ZODIAC.indexOf(animal) - ((dated - 2020) % 12) + 18) % 12) - 6;
  return dated + offset;
}
/** 去年十件民生实事全部完成: the year's works looked back on. */
const PAST_WORKS = /去年|上年|已经|已全部|全部完成|圆满完成/;
/** Whether a paragraph resolves to do the year's works it names by their count, not looks back on them (asked of every paragraph: the word 实事 first). */
// (继续实施20项民生工程: or its works for the people, 民生工程)
const resolvesYearWorks = (text: string): boolean => (text.includes('实事') || text.includes('民生工程') || text.includes('惠民工程') || text.includes('民心工程')) && YEAR_WORKS.test(text) && !PAST_WORKS.test(text);
/** …4大集群迈上, …两大集群冲刺: a count of industries by 大 or 个, what they are, and the verb of the size each reaches. */
const COUNTED_REACHING = /^(.*[个大])(产业集群|集群|产业|园区|基地)(?:均|各)?(?:迈上|跨上|跃上|站上|冲刺|达成|达到|突破|超过|迈向)$/;
/** 需符合以下条件：, 申报条件：, 应具备下列条件之一: a line leading the list of what one must meet to qualify. */
// (考核标准：, 申报认定具备条件：, 认定标准：: or the standards a thing is assessed or recognised by)
const CONDITIONS_LEAD = /(?:符合|具备|满足|达到)(?:以下|下列|如下)(?:基本)?(?:条件|要求|资格)(?:之一)?[：:]?\s*$|(?:申报|申请|认定|支持|扶持|奖励)(?:条件|对象)(?:为|是)?[：:]\s*$|^\s*(?:[\u4e00-\u9fa5]{0,6}?(?:申报|申请|认定|评定|考核|评价|准入|入选))(?:具备)?(?:条件|标准)[：:]\s*$/;
/** 对符合下列情况之一的投资项目，…可实行更优惠的政策。: a sentence saying the cases a measure covers are listed after it. */
const CASES_LISTED_LEAD = /(?:符合|具备|满足)(?:以下|下列)(?:情况|情形)之一的[^。；：:]*。\s*$/;
/** The characters such a lead ends on (条件：, …之一, …要求): asked of every line before the pattern is. */
const CONDITIONS_LEAD_END = '：:件求格一';
/** ☑, □, √: an item of a checklist. */
const CHECKBOX_ITEM = /^\s*[☑☐□✓✔√✅]/;
/** Whether the run of checklist items a line stands in ends on a payment (the item giving money, or the line after the run). */
function checkedBeforePayment(lines: readonly { text: string }[], at: number, end: number): boolean {
  let i = at + 1;
  while (i < end && CHECKBOX_ITEM.test(lines[i].text) && !givesMoney(lines[i].text)) i++;
  return i < end && givesMoney(lines[i].text);
}
/** （三）, 2., ①: an item of a list. */
const CONDITION_ITEM = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?!\d)|[\u2460-\u2473])/;
/** 将长春、通化培育形成…: places listed that a plan makes into something, right before its scale. */
const PLACES_BECOMING = /^\s*(?:将([\u4e00-\u9fa5]{2,4}?(?:、[\u4e00-\u9fa5]{2,4}?)+)(?:培育|打造|建设|发展)?(?:形成|成为|成)|([\u4e00-\u9fa5]{2,4}?(?:、[\u4e00-\u9fa5]{2,4}?)+))$/;
/** 力争培育形成新能源汽车和智能网联汽车, 新材料、智能家电: industries (after the verb that builds them) before a scale class. */
// (在新能源、集成电路、生物医药等领域培育: or the fields named before the verb, after 在)
const INDUSTRIES_BECOMING = /^\s*在?(?:力争|努力|全力|着力|加快)?(?:培育形成|培育壮大|发展壮大|培育|打造|形成|建成|壮大|建设)?(?!(?:力争|努力|全力|着力|加快)?(?:培育|打造|形成|建成|壮大|建设))([\u4e00-\u9fa5]{2,16}?(?:、[\u4e00-\u9fa5]{2,16}?)*)(?:等(?:领域|行业|方向)(?:培育形成|培育|打造|形成|建成|建设))?$/;
/** 培育, 打造, 发展…: the verbs that make something one of a size (成为, 成 after them). */
const MADE_INTO = '(?:培育|打造|发展|建设|壮大)';
/** 把有色金属、机械、化工分别培育为产值超|: industries listed after 把 or 将, each to be made one of the size after it (captured: the list,
 * and the measure where one is written). */
const INDUSTRIES_MADE_INTO = new RegExp(String.raw`(?:把|将)((?:[\u4e00-\u9fa5]{2,10}?、)*[\u4e00-\u9fa5]{2,10}?)(?:分别|均|都)?${MADE_INTO}(?:成为|成|为)(?:(产值|营业收入|营收|规模)(?:超过|超|达到|达|突破)?)?$`);
/** 2025年培育成|, 力争打造成为|: a clause making something one of a size, with no subject of its own. */
const SUBJECTLESS_MADE_INTO = new RegExp(String.raw`^\s*(?:(?:19|20)\d{2}年(?:底|末)?)?[，,]?(?:力争|争取|努力)?${MADE_INTO}(?:成为|成)$`);
/** 有色金属产业产值…: the industry a clause opens on (captured). */
const INDUSTRY_OPENING = /^\s*([\u4e00-\u9fa5]{2,10}?产业)(?:产值|营业收入|营收|规模|增加值)/;
/** 的产业, 以上的产业集群: the industry such a size is of, right after it (captured). */
const INDUSTRY_MADE_AFTER = /^(?:以上)?(?:的)?((?:支柱|主导|特色|优势)?产业(?:集群)?)(?![园区基链])/;
/** 打造湛江产业转移工业园成为, 培育…临港大型工业园（雷州奋勇片区）形成: a park, before the scale class (千亿级园区) it is to become. */
const PARK_BECOMING = /(?:打造|培育|推动|支持|建设|推进)([^，。；、\d]{2,30}?(?:园|园区|基地|开发区|高新区|经开区|片区|新区)(?:[（(][^（）()]{1,12}[)）])?)(?:成为|形成|建成)$/;
/** 园区, 产业基地: what such a park becomes, of that scale. */
const PARK_AFTER = /^(?:园区|产业园区|产业园|基地|产业基地|开发区)/;
/** 产业集群, 产业链: what a scale class (4000亿级) is the size of. */
const CLUSTER_AFTER = /^(?:产业集群|产业园区|产业链|产业基地|产业)(?![园区基])/;
/**
 * 公布《辽宁省人才服务全面振兴三年行动计划（2018—2020年）》, 征求《…实施方案(2024-2027年)(征求意见稿)》意见: a plan a text
 * reports issued or put out for comment, with the period it runs to.
 */
const ANNOUNCED_PLAN = /(?:公布|印发|发布|出台|推出|征求|审议通过)(?:了)?《[^》]{2,60}?[（(](?:19|20)\d{2}\s*[—–\-~至]\s*((?:19|20)\d{2})\s*年?[)）](?:[（(](?:征求意见稿|试行|草案|送审稿)[)）])?》/;
/** 对于2024发展主要预期目标, 今年主要预期目标是: a paragraph opening on a year's main goals (its year, when written). */
const GOALS_PARAGRAPH = /^[^。；]{0,12}?(?:((?:19|20)\d{2})\s*年?)?[^。；\d]{0,10}?主要预期目标/;
/** 会议明确了今年河北环境改善目标，…, 会议确定了2017年…目标: a paragraph opening on the goals a meeting or a plan sets for the year (its year, when written). */
const SETS_YEAR_GOALS_PARAGRAPH = /^[^。；]{0,24}?(?:明确|确定|提出|定下|锁定|锚定)(?:了)?(?:今年|全年|年度|((?:19|20)\d{2})\s*年)[^。；，\d]{0,12}?目标/;
/** 2018年省政府重点工作任务共178项: a paragraph opening on one year's work tasks. */
const WORK_TASKS_PARAGRAPH = /^\s*((?:19|20)\d{2})\s*年[^。；\d]{0,12}?重点工作任务/;
/** 今年是…攻坚之年, 今年，全市将…: a paragraph opening on this year (not 今年以来, 今年上半年, 今年1—5月, which report, nor 今年，安徽省印发…规划, an event of it). */
const THIS_YEAR_OPENING = /^\s*(?:今年|本年(?!度))(?!以来|上半年|前|[一二三四]季度|\d)(?:是|[，,](?![^，。；]{0,12}?(?:印发|出台|发布|颁布|召开|举办))|[\u4e00-\u9fa5]{0,6}将)/;
/** 在2025年重点工作部署中, 2026年工作安排上, 展望2025年, 展望2024 on a line of its own, 2023年宝鸡市政府将着力…，具体举措有以下四个方面：: a paragraph's turn to the work of one year. */
const YEAR_WORK_LEAD = /^\s*(?:(?:在|对|关于|围绕)?((?:19|20)\d{2})\s*年(?:的)?(?:重点)?工作(?:部署|安排|任务|重点)|展望\s*((?:19|20)\d{2})\s*年?|((?:19|20)\d{2})\s*年?\s*展望\s*$|((?:19|20)\d{2})\s*年[，,]?[\u4e00-\u9fa5]{0,6}?(?:还要|要|将|这样|如何|怎么|怎样)[“"]?(?:干|拼|做|闯)[”"]?[！!？?]?\s*$|((?:19|20)\d{2})\s*年[，,]?[^。；：:\d]{0,12}?将[^。；：:\d]{2,40}?(?:以下|如下)[^。；：:\d]{0,12}[:：]\s*$)/;
/** Whether a line's first words hold a place official's post (县长, 区委书记), looked for before the place is. */
function namesOfficial(text: string): boolean {
  // the engine's own search for the two characters, within the first 48 only
  const head = officialsHead(text);
  // (管委会主任: a zone's head, whose zone the paragraph then speaks for)
  if (head.includes('书记') || (head.includes('主任') && ZONE_HEAD.test(head))) return true;
  for (let at = head.indexOf('长', 1); at > 0; at = head.indexOf('长', at + 1)) {
    const before = head.charCodeAt(at - 1);
    // 县长, 区长, 市长, 旗长
    if (before === 0x53bf || before === 0x533a || before === 0x5e02 || before === 0x65d7) return true;
  }
  return false;
}
/** A digit or a Chinese numeral: what an amount needs. */
const FIGURE_HINT = /[\d一二两三四五六七八九十百千万]/;

/** 报告指出，2025年作为…收官之年，…取得新进展。: a paragraph opening on the year the text looks back on. */
function opensOnPastYear(text: string, lastPastYear: number | null): boolean {
  // the year stands within the paragraph's first words
  if (lastPastYear === null) return false;
  // 全年（2024年）共争取…: the year in brackets after 全年
  const bracketed = YEAR_IN_BRACKETS.exec(text);
  const year = text.indexOf('年');
  // (报告首先回顾了2017年工作。…, 张新起在回顾2013年的工作中指出：…: or a report's review of that year's work)
  const m = bracketed ?? (year >= 4 && year <= 16 ? PAST_YEAR_OPENING.exec(text) : null) ?? (year <= 24 ? YEAR_WORK_REVIEW_OPENING.exec(text) : null);
  if (!m || Number(m[1]) !== lastPastYear) return false;
  return firstSentenceStance(text, lastPastYear) !== 'ahead';
}
/** Where a paragraph's first sentence leaves the stance, read clause by clause from none. */
function firstSentenceStance(text: string, lastPastYear: number | null): Stance {
  const first = text.slice(0, text.search(/[。！？]|$/));
  const { reported, out } = clauseStances(first.split(/[，；]/), 'neutral', lastPastYear);
  // “十四五”期间，…经济总量实现了“三级跳”: a reporting word within it reports too, where no goal was set
  return out === 'neutral' && reported.some(Boolean) ? 'reported' : out;
}
/** “十四五”期间，全州经济总量…从2020年的639.9亿元跃升至2024年的901.8亿元: a plan period opening a paragraph whose first sentence reports. */
function opensOnPeriodReview(text: string, lastPastYear: number | null): boolean {
  return PERIOD_OPENING.test(text) && firstSentenceStance(text, lastPastYear) === 'reported';
}
const PERIOD_OPENING = /^\s*“?十[一二三四五六]五”?(?:期间|时期|以来)[，,]/;
/** 百江镇位于桐庐县西部，距县城50公里，镇域面积235平方公里…: a paragraph opening on where a place lies describes it. */
const PROFILE_OPENING = /^\s*[\u4e00-\u9fa5]{2,12}?(?:镇|乡|县|区|市|州|旗)(?:地处|位于)/;
/** 在2025年“立园满园”行动计划中, 按照2024年工作要点: a sentence speaking within one year's plan. */
const NAMED_YEAR_PLAN = /(?:在|按照|根据|围绕)((?:19|20)\d{2})年(?:度)?[^，。；]{0,16}?(?:行动计划|工作计划|工作要点)(?:中|里|提出|明确)/;
const YEAR_IN_BRACKETS = /^\s*全年[（(]((?:19|20)\d{2})年[)）]/;
/** 报告指出，, 其中提到，: whoever's words a paragraph opens on, before the year it speaks of. */
const SAID_BY = String.raw`(?:[\u4e00-\u9fa5]{0,6}(?:指出|显示|表示|介绍|回顾|提到|提出)[，：:]?)?`;
/** 报告指出，2025年作为…, 2023年，…: a paragraph opening on a year, then what that year was. */
// (报告提到，2023年长春市工业稳中快进: or the place whose year it was, straight after it)
const PAST_YEAR_OPENING = new RegExp(String.raw`^\s*${SAID_BY}((?:19|20)\d{2})年(?:[，,]|作为|是|[\u4e00-\u9fa5]{1,6}?[省市县区州旗](?![^，。；]{0,12}(?:将|要|力争|目标)))`);

/** 。, ！, or the next article's number run on before the point that ends the sentence (最高不超过100万元，第三条.): a cap's sentence closing. */
const CAP_CLOSES = /^\s*(?:[，,]\s*第[一二三四五六七八九十百\d]+条)?\s*[。；;!！.]?\s*$/;
/** …发放考察支持。, …给予一次性补贴。: a sentence that ends naming a support given, with no sum of its own. */
const SUPPORT_NAMED_JUST_BEFORE = /(?:发放|给予|予以|提供)[^，。；\d]{0,12}(?:支持|补贴|补助|奖励|资助)[。；]\s*$/;

/** 报告首先回顾了2017年工作, 张新起在回顾2013年的工作中指出: a paragraph opening on a report's review of a year's work. */
const YEAR_WORK_REVIEW_OPENING = new RegExp(String.raw`^\s*[^，。；\d]{0,12}${YEAR_WORK_REVIEWED.source}`);

/** 2025年，推进…, 报告提出，2025年西安市将…: a paragraph opening on a year, after whoever says it. */
const YEAR_OPENING_PARAGRAPH = new RegExp(String.raw`^\s*${SAID_BY}((?:19|20)\d{2})年(?:[，,]|[\u4e00-\u9fa5]{1,6}?[省市县区州旗])`);

/** Whether a paragraph in a review opens on a year after the one reviewed, or on a year whose plans it lays out. */
function endsReview(text: string, lastPastYear: number | null): boolean {
  const year = YEAR_OPENING_PARAGRAPH.exec(text);
  if (!year) return false;
  return lastPastYear !== null ? Number(year[1]) > lastPastYear : /^[^。]*?(?:安排|计划|将|力争|拟)/.test(text.slice(year.index + year[0].length));
}

/** 出台政策…给予支持, 予以扶持: a paragraph telling of support a policy gives. */
const SUPPORT_ISSUED = /(?:出台|印发|发布)[^。；]{0,30}(?:政策|措施|办法|方案|意见)[^。]*?(?:给予|予以)(?:[^。，；]{0,6})?(?:支持|扶持|奖励|补贴)/;
/** 根据开化县促进文化旅游产业高质量发展若干政策，要…: a paragraph opening on the policy it goes by. */
/** …，德州市出台了一系列工作措施和支持政策。: a paragraph closing on measures just issued, the measures after it. */
const MEASURES_ISSUED_END = /(?:出台|印发|制定|推出)了?[^。；！]{0,20}(?:政策|措施|办法|意见|细则)[。！]?\s*$/;
const POLICY_GROUNDED = /^\s*(?:根据|按照|依据)[^。；，]{0,40}?(?:政策|措施|办法|方案|意见)(?:》)?(?:规定|要求)?[，,]/;
/** Whether a paragraph turns to a policy (the support it gives, or the policy it goes by), which ends a report's run of figures. */
const turnsToPolicy = (text: string): boolean => ((text.includes('给予') || text.includes('予以')) && SUPPORT_ISSUED.test(text)) || POLICY_GROUNDED.test(text);
/** 总结了“十四五”时期的成就, 回顾过去五年的工作: a sentence summing up what a period achieved. */
const SUMS_UP = /(?:总结|回顾)了?[^，。；]{0,16}(?:成就|成绩|成效|工作)/;
/** 上述预期目标…与市第十二次党代会和“十四五”预期目标相衔接: a period the goals are said to fit with, no horizon of theirs. */
const ALIGNED_WITH = /与[^。；]{0,30}?(?:目标|规划|部署)(?:相|紧密)?(?:衔接|一致|契合|协调|呼应)/;
/** 2023年，…, 2019年重点实施…: a sentence opening on a year as a whole, not its end or its start. */
const YEAR_FIRST = /^\s*((?:19|20)\d{2})\s*年(?![底末初前度内])/;
/** A paragraph that goes on from the one before: 其中，…; 另外，…; 此外，…; 与此同时，…. */
const GOES_ON = /^\s*(?:其中|另外|此外|同时|与此同时|除此之外)[，,]/;

/** A line that ends on a semicolon: the sentence goes on in the next line. */
const ENDS_CLAUSE = /[；;]\s*$/;

/** 回顾2017年, 2017年工作回顾: a heading that looks back on one year, alone on its line. */
const REVIEW_YEAR_HEADING = /^\s*(?:回顾|回眸|回望|回首)\s*(?:19|20)\d{2}\s*年?(?:工作)?\s*$|^\s*(?:19|20)\d{2}\s*年?(?:工作)?\s*(?:回顾|回眸)\s*$/;
/** A word every review opener holds. */
const OPENER_WORD = /去年|年来|过去|以来/;

/** Whether a paragraph ends on a review it opens after its first sentence, with no goal after the opener. */
function endsOnReview(text: string): boolean {
  // most paragraphs hold none of the openers' words
  if (!OPENER_WORD.test(text)) return false;
  const opener = LATER_REVIEW_OPENER.exec(text);
  if (!opener) return false;
  // the opener's own sentence reviews (去年以来，…努力克服…); a later one may turn to a goal
  const after = text.slice(opener.index + opener[0].length);
  const end = after.search(/[。！？]/);
  return end < 0 || clauseStances([after.slice(end + 1)], 'reported', null).out === 'reported';
}

/** 二、2026年重点工作: a report's second part, on the year ahead (the first reviews the year before). */
const SECOND_PART_AHEAD = /^\s*二、\s*(?:19|20)\d{2}年(?:的)?(?:重点工作|主要任务|工作安排|工作任务|目标任务|主要目标|工作重点)/;
/** A text that reviews a year as a whole: …2024年经济社会高质量发展综述, 成就回顾, 2023年成绩单来了. */
const REVIEW_TITLE = /综述|回顾|回眸|回望|回首(?!页)|巡礼|纪实|统计公报|成就|成绩单|取得的(?:成绩|成效)|盘点|^[\u4e00-\u9fa5]{2,12}统计局$/;
/**
 * Words without which a text commits to nothing: a goal or a time ahead (到2025年, 2023年底前, 力争, 目标,
 * 将, 下一步), money given (给予, 奖励), a kind of policy document (方案, 意见, 工作报告, 2024年十大民生实事) or a plan's own verbs
 * (着力, 构建). A report of a
 * signing ceremony or a year's results has none of them; nor does news that a report was delivered
 * (市长作政府工作报告。, with nothing it proposes: 报告提出 does propose) or a share of a plan completed (完成规划任务的60%, 占年度计划的54.4%,
 * 指标好于预期).
 */
const COMMITMENT_CUE = new RegExp(String.raw`(?:到|至)(?:19|20)\d{2}年|(?:决定|自[^，。；]{2,16}起)[^，。；]{0,16}?(?:提高|上调|调整)[^，。；]{0,24}?标准|(?:19|20)\d{2}年(?:\d{1,2}月)?(?:底|末)?前|力争|确保|争取(?![到了])|(?<!完成(?:年度|全年)?)目标(?!的)|(?<!好于|超|高于|低于|不及|超出)预期|(?<!占(?:年度|全年)?|完成(?:年度|全年)?)计划(?!的)|(?<!完成)规划|将|${VERB_YAO}|拟|明年|下一步|(?:今后|未来)[五5三3]年|用[\d一二两三四五六七八九十]+年(?:左右)?(?:的)?时间|翻[一两二三]番|给予|予以|(?:奖励|补贴|补助|资助)(?=[^，。；]{0,8}[\d一二两三四五六七八九十])|[\d十百千万亿][^，。；]{0,8}(?:奖励|补贴|补助|资助)|(?:设立|安排)[^，。；]{0,24}(?:资金|基金)|发放[^，。；]{0,12}?(?:消费券|券)|方案|意见|要点|措施|办法|通知|条例|纲要|政策|清单|决定|(?<!作(?:了)?(?:政府)?)工作报告|工作报告(?![。！]|$)|报告(?:提出|明确)|(?:会议|全会)(?:提出|明确|强调|要求)[，,：:]\s*(?:19|20)\d{2}年|(?:增长|增速)[\d.]+%(?:左右|以上)|年内(?!已|累计|共|完成了)|着力|构建|谋划[^，。；]{0,4}“[^”]{2,8}”(?:工程|行动|计划)|(?:19|20)\d{2}年(?:度)?(?:重点工作|工作(?:安排|计划|任务))|(?:19|20)\d{2}年度?(?:[\d一二三四五六七八九十]{1,2}(?:项|件|个))?[^，。；\d]{0,8}?民生\s*(?:“[^”]{1,8}”\s*)?实事|(?:办|兴办)[^，。；]{0,8}?(?:\d{1,2}|[一二三四五六七八九十]{1,2})件实事|(?:\d{1,2}|[一二三四五六七八九十]{1,2})件实事是`);

/**
 * The cues past a text's head: no kind of document (制定实施《…行动方案》, 纳入省级清单: a review cites or
 * joins one), and no 争取, as often money obtained (交通领域争取项目数…居全州首位), unless a goal's verb follows it
 * (2010年我区争取实现社会消费品零售总额增长18%).
 */
const BODY_COMMITMENT_CUE = new RegExp(COMMITMENT_CUE.source.replace('|方案|意见|要点|措施|办法|通知|条例|纲要|政策|清单|决定|', '|').replace('|争取(?![到了])|', '|争取(?=实现|达到|完成|突破|超过|新增)|'));
/** …印发轻工业稳增长工作方案的通知, 出台优惠政策: a text telling of a plan being issued, wherever it does. */
const ISSUES_PLAN = /(?:印发|出台|发布)[^。]{0,40}?(?:方案|意见|要点|措施|办法|纲要|政策)/;
/** The title and the line after it: the head, where a kind of document names the text's own. */
const HEAD_LINES_FOR_KIND = 2;
/** A document cited by name: 《云龙县2025年项目攻坚行动方案》. */
const CITED_NAME = /《[^《》]*》/g;

function commitsAnything(lines: readonly NormalizedLine[], span: DocumentSpan): boolean {
  const first = Math.max(0, span.titleLine, span.start);
  // 2023年塔城地区加快推进农业“五大基地”建设: a headline on one year's work
  // (2023年聊城30件重点民生事项出炉: or on one year's works for the people)
  if (YEAR_WORK_HEADLINE.test(lines[first]?.text ?? '') || WORKS_TITLE.test(span.title) || WORKS_TITLE.test(span.shownAs)) return true;
  for (let i = first; i < span.end; i++) {
    const text = lines[i].text;
    if (i < first + HEAD_LINES_FOR_KIND ? COMMITMENT_CUE.test(text) : BODY_COMMITMENT_CUE.test(text.replace(CITED_NAME, '')) || ISSUES_PLAN.test(text)) return true;
    // (确定今年继续为群众集中力量办好十件民生实事: the year's works a text resolves to do)
    if (resolvesYearWorks(text)) return true;
  }
  return false;
}

/** …工作回顾和2025年工作安排: a title that also announces a plan is no review only. */
const PLAN_TITLE = /计划|安排|目标|打算|思路|要点|任务/;
/** 推进情况:1. …: a line opening on the label of how far a task has come, its items after it. */
const PROGRESS_LABEL = /^\s*(?:推进|进展|完成|落实)情况[：:]/;
/** （责任单位：州水务局）, (牵头单位:市发改委): the note naming the body a task falls to. */
const TASK_OWNER_NOTE = /[（(](?:牵头|责任|主责)?(?:责任)?单位[：:][^（）()]{2,60}[)）]/;
/** 推进情况：1. 全市…, 推进情况： alone: a progress label opening a numbered list of how far things have come. */
const PROGRESS_LIST_OPENS = new RegExp(String.raw`${PROGRESS_LABEL.source}\s*(?:\d{1,2}[.．、]|$)`);
/** A title over how far goals have come: 推进情况, 进展情况, 完成情况. */
const PROGRESS_TITLE = /(?:推进|进展|完成)情况/;
/** 2025年1—9月, 2025年前三季度: statistics this late in a year make the year itself one the text looks back on (not a day: 2025年12月29日). */
const LATE_IN_YEAR = /((?:19|20)\d{2})年(?:1|一)?[—–\-~至]?(?:9|1[0-2]|九|十|十一|十二)月(?!\s*\d{1,2}\s*日|[底末]?前)|((?:19|20)\d{2})年前三季度/;

/** A line opening on a short label and a colon: 无为市：…, 鸠江区：…; or a compilation's part for a place: 宁波市政策篇. */
const PLACE_LABEL = /^\s*([\u4e00-\u9fa5]{2,12}[省市区县州盟旗])(?:[：:]|政策篇)/;
/** 水磨沟区 预计新增就业1.4万人: a place, a space, then a short headline of its own. */
const SPACED_PLACE_LABEL = /^\s*([\u4e00-\u9fa5]{2,12}?[省市区县州盟旗])[ \u3000]+(?=[^\s。；][^。；]{1,35}$)/;
/** 沙依巴克区新建10处…: a short headline opening on a place, run straight into what it does. */
const PLACE_RUN_IN = /^\s*([\u4e00-\u9fa5]{2,8}?[区县旗])(?=[\u4e00-\u9fa5]{2})/;
/** A finding under another name, its catalogue key read again from that name. */
function renamed(found: Finding, indicator: string): Finding {
  return { ...found, indicator, indicatorKey: keyIndicator(indicator, found.baseUnit, { quote: found.quote, kind: found.kind }) };
}

/** Whether `at` lies inside a bracket of `text` opened before it and not yet closed. */
function inBracket(text: string, at: number): boolean {
  const open = Math.max(text.lastIndexOf('（', at), text.lastIndexOf('(', at));
  return open >= 0 && Math.max(text.lastIndexOf('）', at), text.lastIndexOf(')', at)) < open;
}

/** 第二、三年, 第2、3年: years listed by their ordinals. */
const YEARS_LISTED = /第[一二三四五六七八九十\d]+(?:年)?(?:[、和至][一二三四五六七八九十\d]+)+年/;
/** The name of the sentence's last figure before `index` that `keep` accepts. */
function lastNameBefore(names: readonly (string | undefined)[], index: number, keep: (name: string, at: number) => boolean): string | undefined {
  for (let k = Math.min(index, names.length) - 1; k >= 0; k--) {
    const name = names[k];
    if (name !== undefined && keep(name, k)) return name;
  }
  return undefined;
}
/** 突破占服务业比重: a share named by the verb of reaching before it, where the measure should stand. */
const REACHED_SHARE = /^(?:突破|破|达到|超过)(?=占)/;
/** 突破, 达到: a name that is a verb of reaching alone. */
const REACHED_ALONE = /^(?:突破|破|达到|达|超过|超|实现)$/;
/** 开工率, 竣工率: a rate of works, named alone. */
const WORKS_RATE_ALONE = /^(?:开工率|竣工率|投产率|开复工率|完工率)$/;
/** 完成投资, 年度计划投资: the spending a name of works ends on. */
const SPENDING_END = /(?:年度)?(?:计划)?(?:完成投资|投资额|总投资|投资)$/;
/** 编者按：, 【编者按】: an editor's note opening a feature. */
const EDITORS_NOTE = /^\s*[【[]?编者按/;
/** 到, 至 (to) straight before a year: a horizon, never a year reported on. */
const HORIZON_BEFORE = /[到至]\s*[“"]?$/;
/** 今年全市经济社会发展的主要预期目标：, 主要预期目标是： a line that leads a list of this year's goals. */
const THIS_YEAR_LEAD = /(?:今年|本年度)[^。；]{0,24}目标(?:是|为)?[:：]\s*$|^\s*(?:全[市省区县])?(?:经济社会发展的?)?(?:主要)?预期目标(?:是|为)?[:：]\s*$/;
/** 1000亿元的数量: a name opening on the size of what it counts. */
const SIZE_OPENING = /^(\d+(?:\.\d+)?[万亿]?元)的/;
/** 十亿元以上数量: a count named by nothing but the size of what it counts. */
const BARE_SIZE_COUNT = /^((?:[\d.]+|[一二两三四五六七八九十百千]+)[万亿]?元(?:及)?以上)的?(?:数量)?$/;
/** 投资亿元以上项目: what a count counts, at the end of its name. */
const COUNTED_NOUN = /(项目|企业|园区|集群|基地|平台)(?:数量)?$/;
/** 达到100亿元的…: the size a name counts things of. */
const SIZE_IN_NAME = /\d+(?:\.\d+)?[万亿]?元(?=的)/;
/** 主体竣工, 竣工交付, 投入使用: a stage works reach, naming nothing of what reaches it. */
/** 新建, 改扩建, 提升改造: the verbs of works done to a kind of building. */
const ITEM_WORKS_VERB = '新建|改扩建|新改扩建|改建|扩建|改造|维修|提升改造';
/** 、改扩建 between two counts: the next item, a works verb alone (captured). */
const WORKS_VERB_ITEM = new RegExp(String.raw`^[、，]\s*(${ITEM_WORKS_VERB})$`);
/** 中小学新建数量: what an item's works are done to, then its verb and 数量 (captured apart). */
const NOUN_THEN_WORKS_VERB = new RegExp(String.raw`^([\u4e00-\u9fa5]{2,12}?)(?:${ITEM_WORKS_VERB})(数量)?$`);
const STAGE_ONLY_NAME = /^(?:年内|年底前|当年|同步)?(?:主体|全面|基本)?(?:竣工|交付|开工|投用|建成|完工|投产|启用|开园|运营|投入使用|投入运营)(?:交付|使用|投用|运营)?$/;
/** 幼儿园主体竣工: a name ending on a stage works reach. */
const STAGE_ENDING = /(?:竣工|交付|开工|投用|建成|完工|投产|启用|开园|运营|使用)$/;
/** 建设, 新建, 改扩建: the verb opening a count of works built. */
const BUILT_OPENING = /^(?:新建|建设|建成|改扩建|新改扩建|改造|实施)(?=[\u4e00-\u9fa5]{2})/;
/** A figure by its value and unit, as a headline restating the body's is matched to it. */
const figureKey = (figure: { value: number; unit: string }): string => `${figure.value}${figure.unit}`;
/** 重点企业超过, 城区达到: a part of a whole, named alone, then the verb to its rate. */
const PART_ONLY = /^([\u4e00-\u9fa5]{2,8}?)(?:均|也|要|将)?(?:超过|达到|达|不低于|高于|提高到|提升到)$/;
/** 率, 比重, 覆盖, 度, 量, 额: a word that makes a name a measure of its own, not a part of a whole. */
const MEASURE_WORD = /率|比|占|覆盖|度|量|额|值|收入|规模|指数|水平|天数/;
/** 森林覆盖率, 研发投入占主营业务收入的比重: the name of a rate or share. */
const RATE_NAME = /(?:率|比重|比例|占比)$/;
/** 重点企业 + 企业研发投入占…比重 → 重点企业研发投入占…比重; 城区 + 森林覆盖率 → 城区森林覆盖率: a rate named for a part of its whole. */
function partOfRate(part: string, rate: string): string {
  for (let n = Math.min(part.length - 1, 4); n >= 2; n--) if (rate.startsWith(part.slice(-n))) return part + rate.slice(n);
  return part + rate;
}
/** 达到, 力争突破: a name that is nothing but the verb before a figure. */
// (力争达到和超过: or reach and pass, said together)
const VERB_ONLY_NAME = /^(?:力争|确保|争取|再|将)?(?:(?:达到|达)(?:和|或|并))?(?:达到|达|突破|超过|超|增至|提高到|提升到)$/;
/**
 * The line above line `i`, when it is a sentence's subject broken off by a layout: short, no figure, no stop and no comma or colon
 * at its end (全市预制菜产业产值); null otherwise.
 */
function subjectLineAbove(lines: readonly NormalizedLine[], i: number, start: number): string | null {
  let k = i - 1;
  while (k >= start && !lines[k].text.trim()) k--;
  const text = k >= start ? lines[k].text.trim() : '';
  return text.length >= 2 && text.length <= 24 && !/[\d。！!？?；;，,：:、]/.test(text) && !ITEM_NUMBER.test(text) ? text : null;
}
/** 地区生产总值确保增长22%，力争增长30%: a change alone (增长), said again of the measure the figure before changed so. */
const CHANGE_ONLY_NAME = /^(?:力争|确保|争取|再)?(增长|增速|下降|降低|提高|提升)$/;
/** 沈阳市沈河区明年将实施…: a sentence whose opening clause speaks of next year. */
const OPENS_ON_NEXT_YEAR = /^[^，；。]{0,20}(?:明年|今明两年)/;
/** 今年, 明年 (今明两年, which ends next year): the last of them said before a figure, by the text's own reckoning of its year. */
const LAST_SPOKEN_YEAR = /(今年|明年|今明两年)(?!.*(?:今年|明年|今明两年))/;
/** Whether 明年 is the last of 今年 and 明年 said in a sentence from `from` to a figure at `to`, no year stated (`stated`) between. */
const nextYearSpoken = (sentence: string, stated: readonly { at: number }[], from: number, to: number): boolean =>
  !stated.some((m) => m.at >= from && m.at < to) && ['明年', '今明两年'].includes(LAST_SPOKEN_YEAR.exec(sentence.slice(from, to))?.[1] ?? '');
/** 今年…, 本年度…, a report's 主要预期目标: the goals of the year the text is issued in. */
const THIS_YEAR = /今年|本年(?!以来)|预期目标/;
/** 要科学研判下半年发展走势…力争引进…: a paragraph turning to the rest of the year sets that year's goals. */
const REST_OF_YEAR = /(?:研判|抓好|做好|部署|谋划|聚焦)[^。；]{0,6}(?:下半年|四季度)/;
/** 力争三季度…, 确保上半年…: a goal for a part of the year the text is issued in. */
const QUARTER_GOAL = /(?:力争|确保|争取|冲刺)[^，。；\d]{0,6}(?:[一二三四]季度|上半年|前三季度)/;
/** 2021至2023年，…, 2023—2025年新增…: a span of years opening a provision, what follows it done over the whole span. */
const SPAN_OPENING = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]\s*)?(?:19|20)\d{2}\s*年?\s*(?:[—–\-~]|至|到)\s*(?:19|20)\d{2}\s*年(?!底|末|前|以来|期间的)/;
/** Whether a provision's words before a figure open on a span of years and name no single year after it. */
function spanOpens(words: string): boolean {
  const span = SPAN_OPENING.exec(words);
  return span !== null && !/(?:19|20)\d{2}\s*年/.test(words.slice(span[0].length));
}
/** 今年经济社会发展主要预期目标: a heading over this year's goals. */
const THIS_YEAR_HEADING = /^\s*(?:今年|本年度)[^。；，,\d]{0,24}目标[:：]?\s*$/;
/** 2024年发展主要预期目标：, 2013年的主要预期目标是： a line leading the goals of the year it names. */
const YEAR_GOALS_LEAD = /^\s*((?:19|20)\d{2})年(?![—–\-~至])[^。；，,]{0,16}?目标(?:是|为)?[:：]\s*$/;
/** 这份成绩单，分量十足！, 这些目标，催人奋进！: a short label over a part of a news layout, naming the results or the goals it holds, exclaimed. */
const EXCLAIMED_PART = /^\s*[^\d，。；：:！!]{0,6}(?:成绩单|成绩|成就|目标)[，,][^\d，。；：:！!]{2,8}[！!]\s*$/;
/** 2021年, “十四五”, “十三五”时期: a year or a plan period a report's part is labelled by (2020年成就：, “十四五”目标：). */
const LABELLED_TIME = String.raw`(?:(?:19|20)\d{2}\s*年|“?十[一二三四五六]五”?(?:时期|期间)?)`;
/** Headings and sentences that state the plan's goals: 一、总体目标, （二）发展目标。 */
// (“十四五”目标:, 2021年目标: or a period's or a year's goals, labelled so alone)
/** How long a goal heading runs, run into its paragraph (主要目标, 2025年发展目标): no sentence of its own. */
const GOAL_HEADING_LENGTH = 12;
const GOAL_BLOCK = new RegExp(String.raw`总体目标|发展目标|建设目标|主要目标|工作目标|目标任务|目标要求|行动目标|攻坚目标|奋斗目标|预期目标|(?:近期|中期|远期|阶段性)目标|^(?:(?:19|20)\d{2}年)?(?:主要|重点)(?:经济)?指标$|^\s*${LABELLED_TIME}目标[:：]?\s*$`);
const BULLET = new RegExp(`^\\s*[${BULLET_MARKS}]`);
/** Whether the nearest lines before and after line `i` (blank ones passed over) open on the bullet it opens on. */
function bulletedAlike(lines: readonly { text: string }[], i: number, from: number, to: number): boolean {
  const mark = BULLET.exec(lines[i].text)?.[0].trim();
  const near = (step: number): string | undefined => {
    for (let k = i + step; k >= from && k < to; k += step) if (lines[k].text.trim()) return lines[k].text;
    return undefined;
  };
  return mark !== undefined && [near(-1), near(1)].every((text) => text !== undefined && BULLET.exec(text)?.[0].trim() === mark);
}
/** 未来五年，…: a paragraph opening on the years ahead. */
const YEARS_AHEAD_OPENING = /^\s*(?:今后|未来)(?:五|5|三|3)年[，,]/;
/** 到2026年建成…: the first horizon such a paragraph states. */
const AHEAD_HORIZON = /(?:到|至)((?:19|20)\d{2})年(?:底|末)?/;
/** 今后五年, 未来3年: the years ahead of the text, counted from the last year it looks back on. */
const YEARS_AHEAD = /(?:今后|未来)([五5三3])年/;
/** 、2030年累计建成…: a year opening the next item of a list. */
const LATER_HORIZON = /、((?:19|20)\d{2})年(?!以来|以前|前|底前|[—–\-~至])/g;
/**
 * 用5年左右的时间, 通过三年时间, 通过5年的努力, 用2-3年时间, 力争5年内实现: a span from when the text is dated (not 落户3年内, a payment's
 * condition, nor 用7年时间实现了…, a span already run).
 */
// (用2-3年时间: a span given as a range ends with the longer)
const WITHIN_YEARS = /(?:用|通过|经过)(?:[1-9一二两三四五六七八九](?:[-—~到至]|年到|年至))?([1-9一二两三四五六七八九十])年(?:左右)?(?:的)?(?:时间|努力)(?![^，。；]*了)|(?:^|[，。；：]|力争|争取|确保)([1-9一二两三四五])年内(?=[，：]|实现|建成|达到|突破|打造)/;
/** 3年突破, 、5年跨越, 、8年超过: a count of years, then the level reached in them (not 连续3年突破, 近5年超过). */
const YEARS_TO_REACH = new RegExp(String.raw`(?<=[\u4e00-\u9fa5、，,])(?<!连续|近|过去|前|后|每|多|余)([1-9一二两三四五六七八九十])年(?=${LEVEL_REACHED}[^，。；、]{0,8}?\d)`, 'g');
/** 从2016年起，利用…, 自2021年开始: the year a span of years is counted from, just before it. */
// (决定从2009年起在全省组织实施…工程，即力争用5年时间: with what is begun then, and no other figure, between)
const SPAN_FROM = /(?:从|自)((?:19|20)\d{2})年(?:起|开始)(?:“[^”\n]{0,12}”|[^。；\d]){0,40}$/;
/** The year 今后五年 or 未来3年 ends in, counted from the last year the text looks back on. */
const yearsAheadEnd = (m: RegExpExecArray, lastPastYear: number): Deadline => ({ year: lastPastYear + (m[1] === '三' || m[1] === '3' ? 3 : 5), date: null });
/** How far into a page its headline may stand, under a portal's menu. */
const HEADLINE_LINES = 40;
/** How far a page's head (its headline, date and source lines) may run before the text's first full stop. */
const PAGE_HEAD_LINES = 6;
/** 日期:08-03, 来源:…, 2022-08-03 10:15, 【切换城市】: a line of a page's head giving when, whence or by whom, or a portal's city switch. */
const PAGE_META = /^\s*(?:日期|时间|发布时间|发布日期|来源|作者|编辑|责任编辑|浏览|点击)\s*[:：]|^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|^\s*[【[]?切换(?:城市|地区|站点)[】\]]?\s*$/;
/** Whether the nearest lines around line `i` with words on them give a page's date, source or author. */
function nearPageMeta(lines: readonly NormalizedLine[], i: number): boolean {
  const near = (step: number): string | undefined => {
    for (let k = i + step; k >= 0 && k < lines.length && Math.abs(k - i) <= 2; k += step) if (lines[k].text.trim()) return lines[k].text;
    return undefined;
  };
  return [near(-1), near(1)].some((text) => text !== undefined && PAGE_META.test(text));
}
/** 规模, 产值, 营业收入: the measure of an industry, named alone. */
const BARE_INDUSTRY_MEASURE = /^(?:规模|总产值|产值|增加值|营业收入|营收|主营业务收入)$/;

/** 多晶硅料产能, 单晶拉棒产量: a product's own capacity or output, which makes it the subject of the figures after it. */
const PRODUCT_MEASURE = /^[\u4e00-\u9fa5]{2,}(?:产能|产量)$/;

/** The industry the line's last goal of an industry's measure names (…产业规模), not past a product's own capacity or output. */
function ownerBefore(findings: readonly Finding[], from: number): string | undefined {
  for (let k = findings.length - 1; k >= from; k--) {
    const finding = findings[k];
    if (finding.kind !== 'target') continue;
    if (OWNER_OF_MEASURE.test(finding.indicator)) return finding.indicator.replace(OWNER_OF_MEASURE, '$1');
    if (PRODUCT_MEASURE.test(finding.indicator)) return undefined;
  }
  return undefined;
}
/** 2021年主要工作任务, 二、2025年政府工作目标任务: a heading over one year's work, whose year its targets share. */
/** 二、2019年工作安排, 2025年目标任务: a heading of a year's work to come. */
const YEAR_AHEAD_HEADING = /年度?[^，。；\d]{0,12}?(?:工作安排|工作部署|工作任务|目标任务|工作计划|预期目标)/;
// (2021年政策包中2022年继续实施的政策清单: or the year a list of measures is carried out in)
const YEAR_WORK_HEADING = /((?:19|20)\d{2})\s*年度?(?:(?:全[市省区县])?(?:政府)?(?:经济社会)?(?:发展)?(?:部分)?(?:主要|重点)?(?:工作|目标|任务|安排|计划|预期目标)|(?:继续|拟|将)?(?:实施|执行)的?(?:政策|措施|事项))/;
/** A heading with a year or a plan period of its own: 2020年和“十三五”时期工作回顾, “十四五”时期主要目标. */
const DATED_HEADING = new RegExp(`(?:19|20)\\d{2}\\s*年|${PLAN_PERIOD_NAME}`);
/** 遇见，“十四五”, 展望“十五五”, 奋进“十四五”: a line turning to the plan period ahead, and nothing more. */
/** 今后5年中, 未来五年: a line turning to the years ahead, counted from the text's own (captured: how many), and nothing more. */
// (一、未来五年主要工作任务: numbered, naming what it lists)
const YEARS_AHEAD_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])?\s*(?:今后|未来)([三四五3-5])年(?:中|内|里|间)?(?:的)?(?:主要)?(?:工作)?(?:目标任务|目标|任务)?\s*[：:]?\s*$/;
const PERIOD_AHEAD_HEADING = /^(?:遇见|展望|迈向|奋进|决胜|开启|聚焦)[，,：:\s]*“十[一二三四五六七八九]五”\s*$/;
/** “十四五”时期总体把握和主要目标: an unnumbered line that heads a part of a report by its goals, tasks or review. */
// (火车团组奖, 研学旅游奖: or the award a policy's part pays, by its name)
/** 2025年区级民生实事项目, 2019年十件惠民实事: a heading naming a year's list of works, alone on its line (captured: the year). */
const YEAR_WORKS_HEADING = new RegExp(String.raw`^\s*((?:19|20)\d{2})\s*年度?[^，。；：:\d的]{0,8}?${WORKS_NOUN}(?:项目)?(?:清单)?\s*$`);
// (耕地地力保护补贴 / 标准为120元/亩。: a payment's name alone on a line, over its terms)
const PART_HEADING = new RegExp(String.raw`^[^的]*(?:目标|任务|回顾|(?:主要|重点)工作|总体要求|工作安排|(?:主要|重点)(?:经济)?指标)$|^(?![^，。]*(?:有|也|将|是|对|可|给予))[\u4e00-\u9fa5]{2,16}${PAYMENT_NAME_END}$|^${LABELLED_TIME}(?:成绩单?|成就)$|${AWARD_HEADING.source}|${YEAR_WORKS_HEADING.source}`);
/** 2016成绩, 2017目标, 2023成绩回顾, 2024目标任务: a line naming a year's results or goals, its year written without 年. */
// (2021重点回顾, 2022主要任务: a word of weight may stand between)
const BARE_YEAR_PART = /^(\s*(?:19|20)\d{2})(?=(?:重点|主要)?(?:成绩单?|成就|回顾|目标|任务|工作|计划|安排){1,3}\s*$)/;
/** Headings of the tasks after the goals (三、主要任务, 八、保障措施): the goals' year stops there. */
const TASK_BLOCK = /任务|措施|举措|重点工作|工作重点|保障|实施路径/;
/** Blocks that describe the present, not the plan: 发展现状, 工作成效, 现实基础, 规划背景 (not …背景下的任务, nor 夯实制造业发展基础, a task). */
const STATUS_HEADING = /现状|成效|成绩(?![^，。；]{0,4}奖)|成就|进展|回顾|回望|回首|回眸|成绩单|基础条件|(?<!(?:夯实|筑牢|巩固|强化|厚植|夯牢|打牢)[\u4e00-\u9fa5]{0,6})(?:发展基础|现实基础)|背景(?!下)|形势|(?:执行|完成|发展|工作|开展)情况/;
/**
 * A task that raises them is no status block: 一、提升招商成效, （二）加快取得新进展; nor a line of news telling that a report looks
 * back (不仅对过去一年进行了回顾), broken short by a page's layout.
 */
const RAISING_STATUS = /(?:提升|提高|增强|巩固|扩大|放大|彰显|加快|确保|推动|取得)[^，。；]{0,6}(?:成效|成绩|成就|进展)|对[^，。；]{1,12}进行(?:了)?回顾/;
/** （二）报告中确定的其他指标任务完成情况: a block of the goals a report set, each item giving the goal, then how far it has come. */
const GOALS_PROGRESS_HEADING = /(?:目标|指标)任务[^，。；]{0,4}(?:完成|推进|执行|落实)情况/;
const NO_JOINS: Paragraphs['joins'] = new Map();

/** 2021-11-16 08:19:09   极目新闻, 2024年3月5日: a line holding only the page's date, its time and outlet. */
const PAGE_DATE_ONLY = /^\s*(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|\/\d{1,2}\/\d{1,2}|年\d{1,2}月\d{1,2}日)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[^\s，。；\d]{2,12})?\s*$/;
export const SOURCE_LINE = /^[（(]来源[:：]/;
/** AI导读：, ■核心阅读：, 内容摘要： on a line of its own: the label of a summary put over an article. */
const SUMMARY_LABEL = /^\s*[■●]?\s*(?:AI导读|导读|核心阅读|内容提要|内容摘要|摘要)\s*[:：]\s*$/;
const EDITOR_NOTE = /^\s*编者按[:：]?\s*$/;
/** 注：…, and the lines after it numbered ②, ③…: a table's notes, which say how its figures are counted. */
const TABLE_NOTE = /^\s*注[:：]/;
const NOTE_GOES_ON = /^\s*[①②③④⑤⑥⑦⑧⑨⑩]/;
/**
 * （资料图片）, （新华社记者 摄）: a picture's caption line, before the lead it does not replace (…创新药最高补贴3千万元_fororder_成都
 * 医学城-摄影-张志强: or a picture's file name, its headline, 摄影 and the photographer run together).
 */
// (…分别给予一次性50万元、30万元补助!.jpeg: an image's file name, its caption repeating the text)
const PHOTO_CAPTION = /^\s*[（(](?:资料图片?|图片来源[^（()）]{0,20}|[^（()）]{0,16}摄|[^（()）]{0,10}供图)[)）]\s*$|_fororder_|\.(?:jpe?g|png|gif|webp|bmp)\s*$/i;
const BLANK = /^\s*$/;
/** 百家天气预报网 > 天气生活 > 文化 >: a page's breadcrumb trail, no sentence of its text. */
const CRUMBS = /^[^。，；,>]{1,24}\s*[>＞»]\s*[^。，；,>]{1,24}\s*[>＞»]/;
/** 河南一百度官方微信公众号, 扫码关注某某日报客户端: a line naming an outlet's account, page furniture (not 公众号粉丝突破100万, a sentence of its own). */
const ACCOUNT_LINE = /^[^。，；,！!？?\d]{0,24}(?:官方)?(?:微信公众号|公众号|微信号|官方微博|客户端|抖音号|视频号)\s*$/;
/** 查看完整版本: 今年，万州完成…: a forum's footer, repeating the thread's title under its posts. */
const FORUM_FOOTER = /^\s*查看完整版本\s*[:：]/;
/** （完）, （完）【编辑：…】 closing a line: the end of a wire agency's report. */
const ARTICLE_END = /[（(]完[)）]\s*(?:[【[（(][^】\]）)]{0,16}[】\]）)]\s*)?$/;
/** 相关阅读, 延伸阅读, 每日 推荐, 最新文章: the heading of the links a page lists after its article. */
const RELATED_READING = /^\s*(?:相关阅读|相关新闻|新闻推荐|相关链接|相关文章|推荐阅读|延伸阅读|更多阅读|热点推荐|热门推荐|猜你喜欢|每日\s*推荐|最新文章|推荐文章|热门文章|相关推荐|精彩推荐|最新资讯)\s*[:：]?\s*$/;
/**
 * Whether lines[at] heads the links a page lists after its article: 相关阅读 once a sentence of the article has come (相关文章 /
 * 友情链接 over a page's headline is the site's menu).
 */
export function relatedLinksAt(lines: readonly { text: string }[], at: number): boolean {
  return RELATED_READING.test(lines[at].text) && lines.slice(0, at).some((line) => /[。，,]/.test(line.text))
    && !headlineAgainBelow(lines, at);
}
/** 相关推荐 / the page's headline again / the article: a heading the page's template puts above its article heads no links. */
function headlineAgainBelow(lines: readonly { text: string }[], at: number): boolean {
  const next = lines.slice(at + 1).find((line) => line.text.trim());
  return next !== undefined && lines.slice(0, at).some((line) => line.text.trim() === next.text.trim())
    && lines.slice(at + 1, at + 8).some((line) => ARTICLE_PARAGRAPH.test(line.text));
}
/** A paragraph of prose: 80 characters or more, two sentences ended in it at least. */
const ARTICLE_PARAGRAPH = /^(?=.{80})[^。]*。[^。]*。/;
/** 到2020年将实现：, 到2025年，力争：: a lead that dates the list after it. */
const YEAR_LEAD = /(?:到|至)(?:19|20)\d{2}年[^。；]{0,12}[：:]\s*$/;
/** 2020年达到3800亿元左右, 年均增长20%左右: a short line opening on its year, its verb or its rate, with no measure named (not 5G用户普及率…). */
const SUBJECTLESS_LINE = /^\s*(?:(?:19|20)\d{2}年)?(?:力争|预计|将)?(年均增长|年均增速|增长)?(?:达到|达|突破|超过|提高到|为)?(?:约)?\d(?![\d.]*[A-Za-z])[^，。；]{0,12}$/;
/** 年均增长, 增速: the rate a measure's name may end on. */
const GROWTH_OF = /(?:年均)?(?:增长|增速)$/;
/** 标准为120元/亩: a line opening on the standard it gives. */
const STANDARD_OPENING = /^\s*(?:补助|补贴|奖补)?标准(?:为|是|[:：])/;
/** 镇、村各: parts of one character each, listed before 各 (captured). */
const SHARES_EACH = /^([\u4e00-\u9fa5](?:、[\u4e00-\u9fa5])+)各$/;
/** A sentence that gives: 给予…奖励, 予以补助. */
const GIVING = /给予|予以/;
/** 对种植50亩以上的种植户，一次性每亩补助1000元: a rate paid per unit to whoever meets a condition. */
const RATE_IN_FORCE = /(?:^|[，；])\s*对[^，。；]{2,30}?的[^，。；]{0,8}[，,][^。；，]{0,16}?每(?:亩|人|户|个|家|平方米|吨)[^，。；\d]{0,4}?(?:补助|奖励|补贴|奖补)\s*\d/;
const AMOUNT_HINT = /[\d两二三四五六七八九十百千万亿]/;

/** …我市决定对…的县（市）政府予以资金奖励。: a paragraph closing on a decision to pay, in its last sentence. */
const DECIDES_TO_PAY = /决定(?:对|向|给)?[^。；！]{0,60}?(?:给予|予以|安排|下达)[^。；！]{0,12}?(?:奖励|补贴|补助|奖补|资助|表彰)[^。；！]{0,6}[。！]?\s*$/;
/** Whether a paragraph leads a list of this year's works: 今年 said before the lead, and nothing after it looking back (已全部完成). */
function thisYearWorksLead(text: string): boolean {
  const at = text.lastIndexOf('今年');
  return at >= 0 && THIS_YEAR_WORKS_LEAD.test(text) && !PAST_WORKS.test(text.slice(at));
}

/** A line that ends on a colon: it leads the lines after it (到2025年：, 今年…主要预期目标：). */
/** “十五五”期间启动建设: a line that is one clause, a horizon and what is done by then, figures and marks none. */
const HORIZON_OWN_CLAUSE = /^[^，。；：:,\d]*(?:期间|期内|时期|(?:19|20)\d{2}年(?:前|底|末)?)(?!目标|展望|远景)[\u4e00-\u9fa5]{2,8}$/;

function leadsList(text: string): boolean {
  const last = text.trimEnd().slice(-1);
  return last === '：' || last === ':';
}

/** □记者 姜斌 报道, 本报记者 王某 通讯员 李某, 大河报·大河客户端记者 刘某: a line naming who reported the page, nothing else. */
const BYLINE_LINE = /^[\s□■●▲◆]*(?:(?:本报|特约|(?:[\u4e00-\u9fa5]{2,8}(?:报|网|台|客户端|新闻)[·•\s]*){1,3})?(?:记者|通讯员|实习生)\s*[\u4e00-\u9fa5]{2,4}\s*){1,4}(?:报道|报导|摄影?|采写)?\s*$/;

function isHeading(line: NormalizedLine): boolean {
  const text = line.text;
  if (/^\s*#/.test(line.original)) return true;
  // (□记者 姜斌 报道: a byline, bulleted or not, heads nothing)
  if (BYLINE_LINE.test(text)) return false;
  // ■2025年全市经济社会发展的主要预期目标: a news layout's bullet heading
  // (●地区生产总值增长6% is an item: a heading holds no figure but a year)
  if (BULLET.test(text)) return text.length <= 40 && !/[，。；]/.test(text) && !/\d/.test(text.replace(/(?:19|20)\d{2}年/g, ''));
  // (这份成绩单，分量十足！/ 这些目标，催人奋进！: a news layout's label over a part, exclaimed)
  if (EXCLAIMED_PART.test(text)) return true;
  // 2021年主要工作任务, “十四五”时期总体把握和主要目标: a report's part, named without numbering
  // (》》》2017年工作总体要求: marks a news layout puts before a part)
  if (!ITEM_NUMBER.test(text)) {
    // (2020年成就: / “十四五”目标:: a part's label closing on a colon over the one-line items under it)
    const part = text.replace(/^[》>\s]+/, '').replace(/[:：]\s*$/, '');
    // (遇见，“十四五” / 展望“十五五”: a line naming only the plan period ahead opens that period's part)
    if (PERIOD_AHEAD_HEADING.test(part) || YEARS_AHEAD_HEADING.test(part)) return true;
    return part.length <= 30 && PART_HEADING.test(part) && !/[，。；：:,]/.test(part) && !/\d/.test(part.replace(/(?:19|20)\d{2}\s*年/g, ''));
  }
  // 一、对新认定的软件企业，给予…: a numbered item with clauses is content, not a heading;
  // so is 1.劳动年龄人口平均受教育年限达到11.2年。, a sentence with a figure, and 1. 生产总值增长6%左右, a goal without its stop
  const item = text.replace(ITEM_NUMBER, '');
  if (!ITEM_NUMBER.test(text) || text.length > 40 || /[。；]./.test(text) || /[，；]/.test(text) || (/。\s*$/.test(text) && /\d/.test(item))) return false;
  const yearless = item.replace(/(?:19|20)\d{2}\s*年/g, '');
  // (2.整治城区拥堵路口12处: whatever its verb, an item ending on its figure and measure)
  return !MEASURED_ITEM.test(yearless) && !MEASURE_ENDING.test(yearless);
}

/** Whether numbered line `i` holds a figure and the next line with text is numbered at its level, so it heads no text of its own. */
function listItemWithFigure(lines: readonly NormalizedLine[], i: number, end: number): boolean {
  const item = lines[i].text.replace(ITEM_NUMBER, '').replace(/(?:19|20)\d{2}\s*年/g, '');
  if (!ITEM_NUMBER.test(lines[i].text) || !/\d/.test(item)) return false;
  let next = i + 1;
  while (next < end && lines[next].text.trim() === '') next++;
  return next < end && ITEM_NUMBER.test(lines[next].text) && headingLevel(lines[next]) === headingLevel(lines[i]);
}

/** 生产总值增长6%左右, 城镇新增就业2万人: a measure and its figure, an item however short. */
/** (千人床位数达到4.3张, 医院增加到60家以上, 建成10家…医疗机构, 签约服务率≥80%, 3.打造1条…公交线路, 升级改造1家标准化菜场: any measure word after the figure) */
const MEASURED_ITEM = /(?:增长|增速|达到|达|突破|新增|控制在|提高到?|提升到?|增加到?|降低|下降|超过|保持在?|建成|新建|培育|引进|打造|建设|改造|培养|完成|创建|不少于|不低于|[≥≤＞＜>])[^，。；\d]{0,12}?\d[\d.]*\s*(?:%|‰|个百分点|[万亿]?[\u4e00-\u9fa5])/;
/** …路口12处, …示范街22条以上: a line ending on a figure and the measure word after it. */
const MEASURE_ENDING = /\d[\d.]*\s*(?:%|个百分点|[万亿]?[\u4e00-\u9fa5])(?:以上|左右)?\s*$/;
/** How deep a heading sits: 一、 → 1, （一） → 2, 1. → 3, （1） → 4; ## by its marks. */
function headingLevel(line: NormalizedLine): number {
  const marks = /^\s*(#+)/.exec(line.original);
  if (marks) return marks[1].length;
  const text = line.text;
  // 第一章, and a report's parts named without numbering (2021年主要工作任务) stand above 一、
  if (/^第[一二三四五六七八九十百]+章/.test(text) || !(ITEM_NUMBER.test(text) || BULLET.test(text))) return 0;
  if (/^[一二三四五六七八九十]+、/.test(text)) return 1;
  if (/^(?:[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十百]+节|【)/.test(text)) return 2;
  if (/^(?:\d{1,2}[.．、]|第[一二三四五六七八九十百]+条)/.test(text)) return 3;
  return 4;
}

/**
 * A news headline: short, no sentence punctuation, a place may lead it (常州：…超过300亿元); a text's
 * first line may join two phrases with a comma (…增长5.6%以上，历城区描绘…).
 */
function isHeadline(text: string, first: boolean): boolean {
  // ([动态]北京经开区：到2025年GDP突破3800亿元: a column's tag and a place before the colon)
  const line = text.trim().replace(/^(?:[[【［][\u4e00-\u9fa5]{2,4}[\]】］])?[\u4e00-\u9fa5]{2,8}[：:]\s*/, '');
  // (最高2亿元奖励重大突破项目,大力培育“耐心”资本: a subheading of two short phrases, its one comma no sentence's)
  // (郑州航空港实验区:20个项目738亿元 再掀“二次创业”新高潮: a first line whose halves a space parted, read as two sentences)
  if (first && line.length <= 40 && !/[，,；：]/.test(line) && /^[^。]+。[^。]+。?$/.test(line)) return true;
  return line.length <= 40 && !/[。；：]/.test(line) && (first || !/[，,]/.test(line) || SUBHEADING_PAIR.test(line));
}
/** 一、…, （一）…, 第一条 …: the heading of a text's part or article. */
const BODY_PART_HEADING = /^\s*(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）]|第[一二三四五六七八九十百\d]+条)/;
/** 最高5000万元!: a sentence that is a cap alone, nothing said of what it is for. */
const BARE_CAP = /^\s*(?:最高|最多)(?:可达|达)?[\d.]+[万亿]?元\s*[！!]?\s*$/;
/** 最高不超过, 单个项目最高补贴, 补贴总额最多: the words of a sentence that only caps a sum. */
// (每个申报主体限额30万元: or the sum each receiver is limited to)
const CAP_ALONE = /^\s*(?:但|且|同时)?[，,]?(?:单个项目|每个项目|单家企业|每家企业|每个企业|单个企业|每户|每个(?:申报)?主体)?(?:补贴|补助|奖励|资助|支持|奖补)?(?:金额|总额|资金)?(?:最高|最多|累计最高|限额)(?:不超过|可达|为|给予)?\s*$/;
/** 奖励资金, 补贴: the words that name money given. */
const PAYMENT_NAMED = /奖励|补贴|补助|资助|奖补|扶持资金/;
/** 最高2亿元奖励重大突破项目,大力培育“耐心”资本: two short phrases side by side, a subheading's. */
const SUBHEADING_PAIR = /^[^，,]{6,18}[，,][^，,]{6,18}$/;

function leadOf(text: string): string {
  // （由区科技局牵头）: who leads the item is no part of what it is about
  const rest = text.replace(ITEM_NUMBER, '').replace(IN_CHARGE, '');
  const end = rest.search(/[。：；]/);
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

/** 汽车报废更新补贴。, 新车消费补贴。: a paragraph's first sentence that is a payment's name alone. */
const RUN_IN_PAYMENT_HEADING = /^\s*[\u4e00-\u9fa5“”]{2,12}(?:补贴|奖励|补助|奖补|资助)。/;

/** 棚户区改造工程。, 城市排水管网雨污分流改造工程。: a sentence that is the name of a works alone, heading the sentences after it. */
const RUN_IN_WORKS_HEADING = /^\s*[\u4e00-\u9fa5“”]{2,20}(?:工程|行动)。\s*$/;

/** Where a payment's record is, and where its amount stands in the sentence. */
interface PaidAt { at: number; start: number; end: number }

/** …住宿一晚、游览2个4A级（含）以上收费景区的，奖励: the condition a payment's own clause sets, closing on 的 before the payment. */
/** (参会人数在300人以上、1000人以下的会议，最高奖励: or the things it is met by named after the 的; 旅游包机100座以上的（上座率80%）每架次奖励: a note in brackets after it; 2025年建成投运的加氢站补贴: a subsidy as the payment) */
const OWN_CONDITION = /([^，,；;：:。]{2,40}?)的(?:\s*[（(][^（()）]{1,12}[)）])?(?:[\u4e00-\u9fa5]{1,6}?(?=[，,]|最高|一次性|奖励|给予|补贴|补助|资助))?[，,]?\s*(?:各|每[个家户人名])?(?:一次性)?(?:最高)?(?:奖励|给予|补贴|补助|资助)[^，,；;。\d]{0,8}$/;

/**
 * 住宿一晚…的，奖励2万元；住宿两晚…的，奖励3万元: payments of one sentence that came out under one name are told apart by the
 * condition each one's clause sets (…奖励（住宿一晚、游览2个4A级以上收费景区）), when every one of them has its own.
 */
function tellPaymentsApart(findings: Finding[], paid: readonly PaidAt[], sentence: string): void {
  const byName = new Map<string, PaidAt[]>();
  for (const p of paid) {
    const group = byName.get(findings[p.at].indicator);
    if (group) group.push(p);
    else byName.set(findings[p.at].indicator, [p]);
  }
  for (const [name, group] of byName) {
    if (group.length < 2 || new Set(group.map((p) => findings[p.at].baseValue)).size < group.length) continue;
    const conditions = group.map((p, i) => {
      const from = i > 0 ? group[i - 1].end : Math.max(sentence.lastIndexOf('；', p.start), sentence.lastIndexOf(';', p.start), 0);
      const m = OWN_CONDITION.exec(sentence.slice(from, p.start));
      // (1.2025年建成投运的加氢站补贴…: an item's number is no part of the condition)
      return m ? m[1].replace(/^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、](?=\d|[\u4e00-\u9fa5]))?\s*(?:对|凡|在(?:本|该|[\u4e00-\u9fa5]{2,6}?)[市县区])?/, '').replace(/[（(]含[)）]/g, '').trim() : '';
    });
    if (conditions.some((c) => c.length < 2) || new Set(conditions).size < conditions.length) continue;
    group.forEach((p, i) => { findings[p.at] = { ...findings[p.at], indicator: `${name}（${conditions[i]}）` }; });
  }
}

/** 开展劳动者终身职业技能培训，: what a figureless clause right before a figure's takes up (captured). */
const ACTIVITY_TAKEN_UP = /(?:^|[，,；：:）)])\s*(?:\d{1,2}[.．、]\s*)?(?:开展|实施|组织|举办|推进|加快|抓好|做好|深入开展|大力开展)([\u4e00-\u9fa5]{3,16})[，,]\s*$/;
/** 新开工数量, 建成数量: a stage of works named by its verb alone. */
const STAGE_ALONE = /^(?:新开工|开工|建成|竣工|完成|交付|启动)(?:数量)?$/;
/** 加快棚户区改造，(新开工3.5万套，): the works a figureless clause takes up (captured), the clauses after it figureless, or stages of them, up to the figure's. */
const WORKS_TAKEN_UP = /(?:^|[，,；：:])\s*(?:加快|推进|推动|实施|抓好|做好|全面|深入|持续|继续|大力)*([\u4e00-\u9fa5]{2,10}?(?:改造|建设|工程))[，,](?:[^，。；\d]*[，,]|\s*(?:新开工|开工|建成|竣工|完成|交付|启动)[\d.]+[万亿]?[^，。；\d]{0,3}[，,])*\s*$/;
/** 各至少打造, 各建成: each of the subjects listed before building the things counted after (the figure next). */
const EACH_BUILDS = /各(?:至少|不少于|力争)?(?:打造|培育|建设|建成|新建|新增|形成|遴选)$/;
/** 翻一番, 3倍: a multiple of where a measure stands. */
const MULTIPLE_UNIT = /^(?:番|倍)$/;
/** 在2020年基础上, 比2020年, 较上年 before a multiple, or nothing. */
const MULTIPLE_BASE = /(?:在(?:19|20)\d{2}年的?基础上|(?:比|较)(?:19|20)\d{2}年|[与同](?:19|20)\d{2}年(?:相比)?[，,]?(?:实现)?)?$/;

/** 投资, 增加值, 税收: the words a measure that grows ends on. */
const GROWING_MEASURE = '(?:投资|增加值|收入|产值|营收|消费|出口|进口|税收|利税|利润|游客|人次|人数|接待量)';
/**
 * 工业投资、制造业投资和技术改造投资年均增速达到: measures listed before the growth they share
 * (规模工业增加值、制造业税收同比增长10%以上: of one kind or of several, each growing so).
 */
// (力争康普药业产值、税收增长20%以上: a later measure written bare is the first one's owner's)
// (工业投资、高新产业投资增速力争达20%: the hedge may follow the growth it hedges)
const PARALLEL_GROWTH = new RegExp(`((?:^|(?<=[，：:；]))[\u4e00-\u9fa5]{1,8}?${GROWING_MEASURE}(?:[、和及与][\u4e00-\u9fa5]{0,8}?${GROWING_MEASURE}){1,5})(?:均|都)?((?:同比)?(?:年均)?(?:增速|增幅|增长))(?:力争|确保|争取)?(?:达到|达|保持在|为|高于|超过)?(?:约)?$`);
/** 营业收入, 产值: the measure a listed item ends on (营业收入 whole, so 营业 is no owner), and a measure written bare. */
const MEASURE_AT_END = new RegExp(`(?:主营业务收入|营业收入|销售收入|${GROWING_MEASURE})$`);
const BARE_MEASURE = new RegExp(`^${GROWING_MEASURE}$`);
/** 康普药业产值、税收 + 增长 → 康普药业产值增长, 康普药业税收增长: each measure listed with the growth, a bare one with the first one's owner. */
function parallelNames(list: string, growth: string): string[] {
  const items = list.split(/[、和及与]/);
  // (实现营业收入、利润增长10%: a verb and the measure's own words are no owner)
  const owner = items[0].replace(MEASURE_AT_END, '').replace(/^(?:其中|力争|确保|争取|实现|完成|推动|促进)+/, '');
  // (力争康普药业产值, 其中工业投资: the resolve, or the part a list is of, before the first measure is no part of its name)
  // (全市力争全年接待游客和旅游收入增长8%: nor the place resolving, and its 全年, before the resolve)
  return items.map((item, i) => (i > 0 && BARE_MEASURE.test(item) && owner.length >= 2 ? owner + item : item.replace(/^(?:[全我][省市区县](?=力争|确保|争取))?(?:其中|力争|确保|争取|实现|完成)+(?:全年)?(?=[\u4e00-\u9fa5]{2})/, '')) + growth);
}

/** GDP, 一般公共预算收入, 固定资产投资: the aggregates a year's goals grow, which a goal may join under one rate. */
const AGGREGATE = '(?:GDP|地区生产总值|生产总值|(?:地方)?一般公共预算收入|财政(?:总)?收入|税收收入|(?:全社会)?固定资产投资|工业投资|社会消费品零售总额|社零额|(?:规模以上|规上)工业(?:增加值|总产值|营业收入)|工业总产值|外贸进出口(?:总额)?|进出口总额|实际使用外资|(?:城乡|城镇|农村)?居民人均可支配收入)';
/** GDP和一般公共预算收入增长10%以上: aggregates joined under one rate, each growing by it. */
const AGGREGATES_GROWTH = new RegExp(`(?:^|(?<=[，：:；]))(?:力争|确保|争取)?(${AGGREGATE}(?:[、和及与]${AGGREGATE}){1,4})(?:均|分别)?((?:年均)?(?:增速|增幅|增长))(?:达到|达|保持在|为|高于|超过)?(?:约)?$`);
/** 力争高技术产业、制造业投资增速高于: industries listed, the measure written once after the last, before the growth they share. */
const INDUSTRIES_GROWTH = /(?:^|(?<=[，：:；]))(?:(?:加快|大力)?(?:推动|推进|促进)|力争|确保|争取)?((?:[\u4e00-\u9fa5]{2,8}?(?:产业|业)[、和及与]){1,5}[\u4e00-\u9fa5]{2,8}?(?:产业|业))(投资|增加值)((?:年均)?(?:增速|增幅|增长))(?:力争|确保|争取)?(?:达到|达|保持在|为|高于|超过)?(?:约)?$/;

/** 将这两项目标提升至300家和: goals the sentence has just named, counted, raised to the figures after (those before this one captured). */
const RAISED_GOALS = /(?:这|上述|以上)?([两二三四])项目标(?:分别)?(?:提升|提高|调增|调高|增加|调整)(?:至|到|为)((?:[\d.]+[^\d，。；和、]{0,3}[和、])*)$/;

/** 力争两项指标年均增长20%以上: a growth for the measures the sentence has just given, counted. */
const MEASURES_REFERRED = /(?:^|[，,])\s*(?:力争|确保|争取)?([两二三四])项(?:主要)?指标(?:均)?((?:年均)?(?:增长|增速))(?:达到|保持在|为)?$/;

/** 营业收入增速、GDP增速达到10%: rates listed, each written with its own 增速, before the one figure each reaches. */
// (推动投资完成率和新建项目开工率达到100%: or shares, each written with its own 率)
const RATES_LISTED = /(?:^|(?<=[，：:；]))(?:力争|确保|争取|推动)?((?:[\u4e00-\u9fa5A-Za-z]{1,12}?(?:增速|增幅)[、和及与]){1,4}[\u4e00-\u9fa5A-Za-z]{1,12}?(?:增速|增幅)|(?:[\u4e00-\u9fa5]{1,12}?(?:完成率|开工率|达标率|覆盖率|利用率|普及率|入驻率|签约率|履约率|转化率)[、和及与]){1,4}[\u4e00-\u9fa5]{1,12}?(?:完成率|开工率|达标率|覆盖率|利用率|普及率|入驻率|签约率|履约率|转化率))(?:均|分别|都)?(?:力争|确保|争取)?(?:达到|达|保持在|为|高于|超过|不低于)(?:约)?$/;

/** GDP和一般公共预算收入 → GDP, 一般公共预算收入: the aggregates a goal joins (不含 the 和 inside none of them). */
function splitAggregates(list: string): string[] {
  return [...list.matchAll(new RegExp(AGGREGATE, 'g'))].map((m) => m[0]);
}

/**
 * How many subjects one number serves: "A、B产值分别过千亿元" → 2, "…两大产业分别达到2000亿元" → 2, "A、B均达350亿元" → 2,
 * and a multiple needs no 分别: "A、B在2020年基础上翻一番" → 2; else 1.
 */
function subjectsSharing(clause: string, offset: number, numbersInClause: number, multiple: boolean): number {
  const before = clause.slice(0, offset);
  // A、B、C在2020年基础上翻一番: a multiple needs no 分别 to hold for each subject listed
  // 固定资产投资、工业投资均增长12%左右: 均 (not 人均, 年均) spreads a number like 分别
  const cue = multiple ? before.search(MULTIPLE_BASE) : before.search(SPREAD_CUE);
  if (cue < 0) return 1;
  const subject = before.slice(0, cue);
  // (…、文化旅游等3个产业各达到2000亿: the list counted in digits, that count the clause's other figure)
  const counted = COUNTED_LIST_HEAD.exec(subject);
  // (稻米、蔬菜、果业3大产业产值均超过1000亿元: 3大 is read as no figure)
  if (numbersInClause !== (counted && /\d/.test(counted[1]) && counted[0][1] !== '大' ? 2 : 1)) return 1;
  // (对第二、三年仍在…库的规上企业每年分别奖励5万元: the years a payment recurs in, listed, are no subjects of their own)
  if (/每年(?:分别|各|均)/.test(before.slice(cue - 2, cue + 4)) && YEARS_LISTED.test(subject)) return 1;
  // (市本级和各县（市、区）要分别设立…: a bracket's list is one subject's)
  const count = counted ? numeralValue(counted[1]) : listedSubjects(subject);
  return count >= 2 && count <= 6 ? count : 1;
}

/**
 * How many subjects a list names: A、B和C → 3; 汽车“新四化”、智能传感器及物联网、高性能医疗设备及精准医疗 → 3, its 及
 * inside an item before the last joining one industry's name, not two items.
 */
function listedSubjects(subject: string): number {
  const items = splitOutsideBrackets(subject, /、/g).filter((s) => s.trim());
  // (新建城区、新建居住区…达标率、社区…覆盖率均达到100%: a part naming no measure belongs to the next)
  const measures = measuresListed(items);
  if (measures) return measures.length;
  // (木本中药材产和精品水果产业、核桃产业: 和 inside an item still joins two)
  if (items.length >= 2 && items.slice(0, -1).some((item) => item.includes('及')) && !items.some((item) => /[和与]/.test(item))) return items.length;
  // (全国红色旅游融合发展示范区、国家文化产业和旅游产业融合发展示范区: items all ending on one head noun, a 和 inside one joins
  // what qualifies it)
  const head = items.length >= 2 ? items[0].trim().slice(-3) : '';
  if (head.length === 3 && items.every((item) => item.trim().endsWith(head) && item.trim().length > 4)) return items.length;
  return splitOutsideBrackets(subject, LIST_JOIN).filter((s) => s.trim()).length;
}

/** 和 between two figures, and little else (每年和): a pair of figures, one for each of two things named before them. */
const RESPECTIVE_JOIN = /^[^，。；、\d]{0,4}(?:和|及|与)$/;
/** 机场旅客和货邮吞吐量: two things joined, sharing the measure after the second, right before a pair of figures. */
const RESPECTIVE_SUBJECTS = /([\u4e00-\u9fa5]{2,10}?)(?:和|及|与)([\u4e00-\u9fa5]{1,10}?)(吞吐量|产量|产值|面积|规模|里程|人数|覆盖率)(?:分别)?(?:达到|达|为|超过|突破|提高到|增至)(?:约)?$/;

/** 总量分别超过, 分别超过: a clause giving a pair of figures its measure at most (总量), not the things they are of. */
const RESPECTIVE_MEASURE_ONLY = /^([\u4e00-\u9fa5]{0,4}?)分别(?:达到|达|为|超过|突破|提高到|增至|不少于|不低于)?(?:约)?$/;
/** (到2027年，)全区高新技术企业和科技型企业(在…基础上)实现…: the two things a clause opens on, before what they do. */
const PRIOR_SUBJECTS = /^(?:(?:力争|确保)?到(?:19|20)\d{2}年(?:底|末)?)?(?:全[省市区县]|我[省市区县])?([\u4e00-\u9fa5“”]{2,12}?)(?:和|与|及)([\u4e00-\u9fa5“”]{2,12}?)(?=在|实现|达到|力争|均|[，,]|$)/;

/**
 * 机场旅客和货邮吞吐量达到750万人次每年和12万吨每年 → 机场旅客吞吐量, 货邮吞吐量: the name of one of a pair of figures joined by
 * 和, each measuring one of the two things named before them; null for any other figure.
 * (高新技术企业和科技型企业实现双倍增，总量分别超过1000家和4500家 → 高新技术企业总量, 科技型企业总量: a 分别 clause naming no
 * things is of the two the clause before it opens on; a count with no measure of its own counts them: 数量)
 */
function respectiveName(sentence: string, quantities: readonly Quantity[], index: number): string | null {
  const joined = (a: number): boolean => a >= 0 && a + 1 < quantities.length && RESPECTIVE_JOIN.test(sentence.slice(quantities[a].end, quantities[a + 1].start));
  const first = joined(index) ? index : joined(index - 1) ? index - 1 : -1;
  // (a run of three or more is no pair)
  if (first < 0 || joined(first - 1) || joined(first + 1)) return null;
  const from = clauseStartAt(sentence, quantities[first].start);
  const m = RESPECTIVE_SUBJECTS.exec(sentence.slice(from, quantities[first].start));
  if (m) return (index === first ? m[1] : m[2]) + m[3];
  const measureOnly = from > 0 ? RESPECTIVE_MEASURE_ONLY.exec(sentence.slice(from, quantities[first].start)) : null;
  const measure = measureOnly ? measureOnly[1] || (quantities[first].base === 'count' ? '数量' : '') : '';
  if (!measure) return null;
  const prior = PRIOR_SUBJECTS.exec(sentence.slice(clauseStartAt(sentence, from - 2), from - 1));
  return prior ? (index === first ? prior[1] : prior[2]) + measure : null;
}

/** 分别比“十二五”末提高, 分别比2020年提高 (its year taken out): a clause spreading changes over the measures named before it, its verb captured. */
const SPREAD_CHANGE = /^\s*分别[^，。；\d]{0,16}?(提高|提升|增长|下降|降低|增加|减少|上升)$/;

/**
 * …比重分别达到23%、17%，分别比“十二五”末提高6个和8个百分点: the k-th figure of a clause that spreads changes is the change of the
 * k-th measure the clause right before it names (or the clauses right before it, one figure each), as many figures there as here;
 * null otherwise.
 */
function changeOfSpread(sentence: string, clause: Span, quantities: readonly Quantity[], index: number, names: readonly string[]): string | null {
  // (asked of a 分别 clause only: the figures of a clause are sought once it opens so)
  if (!/^\s*分别/.test(clause.text)) return null;
  const here = quantities.map((q, i) => (q.start >= clause.start && q.start < clause.end ? i : -1)).filter((i) => i >= 0);
  const first = here[0];
  const verb = here.length >= 2 && first !== undefined ? SPREAD_CHANGE.exec(sentence.slice(clause.start, quantities[first].start).replace(/(?:19|20)\d{2}年(?:底|末)?/g, '')) : null;
  const before = first - here.length;
  if (!verb || before < 0) return null;
  // (the figures before are one clause's, right before this one, of one measure)
  // (旅游接待总人数6.8亿人次，旅游总收入8160亿元，分别增长20%和27%: or one a clause, in the clauses right before it)
  const between = sentence.slice(quantities[before].start, clause.start);
  const commas = between.match(/[，,]/g)?.length ?? 0;
  const oneClause = commas <= 1 && quantities.slice(before, first).every((q) => q.base === quantities[before].base);
  const clauseEach = commas === here.length && quantities.slice(before + 1, first).every((q, k) => /[，,]/.test(sentence.slice(quantities[before + k].end, q.start)));
  if (/[。；;]/.test(between) || !(oneClause || clauseEach)) return null;
  const name = names[before + index - first];
  return name ? name + verb[1] : null;
}

/** 一带一路网消息：记者8日从…获悉, 南都讯 记者…: the dateline a news report's lead opens on. */
const NEWS_DATELINE = /^\s*[\u4e00-\u9fa5]{2,10}(?:网|报|社|台)?(?:消息|讯)\s*[：:]?\s*(?:[（(]?记者|[\u4e00-\u9fa5]{0,8}\d{1,2}(?:月\d{1,2})?日)/;

/** ——年计划完成地区生产总值617亿元以上: a row stating the year's plan, in a report on how it went. */
const YEAR_PLAN_ROW = /^[\s—–-]*(?:全?年|年度)计划/;
/** 力争期间, 期间，: the period just named, referred back to. */
const BARE_DURING = /(?:^|[，：:]|力争|确保|争取|预计)期间(?![内的])/;
/** 年内, not 3年内 (a span): within this year (the look-behind asked only where 年内 is found). */
const WITHIN_THE_YEAR = '年内(?<=(?:^|[^\\d一二两三四五六七八九十百半几个])年内)';
/** 年内, 今年, 全年, 本年: this year said. */
const THIS_YEAR_SAID = new RegExp(`${WITHIN_THE_YEAR}|今年|全年|本年`);
/** 对年内投产的…项目, 对当年完成…的企业: what a payment is for, to be done within the year, in its 对…的 condition. */
const DONE_WITHIN_YEAR = new RegExp(`对(?:[^，。；]{0,12}?)(?:${WITHIN_THE_YEAR}|全年|当年)[^，。；]{0,24}?的`, 'g');
/** 全年累计组织3000人次以上，给予…: the floor a payment's receiver reaches over a year, which dates no payment. */
const YEARLY_FLOOR = /(?:全年|年度)(?:累计)?[^，。；]{0,24}?(?:及)?(?:以上|以下)[，,]/g;
/** 力争全年达到90亿元, 年度计划, 力争年内…: the whole of one year. */
// (…旅游税收同比增长10%的年度量化目标: the year's goals, named after their figures)
const WHOLE_YEAR = new RegExp(`全年|年度计划|的年度(?:量化|主要|工作|发展)?目标|${WITHIN_THE_YEAR}`);
/** “十五五”时期: a plan period named (not a year). */
const PERIOD_NAMED = /十[一二三四五六七八九]五/;

/** 按照“十四五”末建成…的目标要求, 围绕到2025年…的目标: the goal a sentence says its work is toward. */
const FRAMING_GOAL = /(?:按照|围绕|对标|锚定|瞄准|紧扣)[^。；，]{2,60}?的?目标(?:要求|任务)?(?=[，,])/g;

/** 对落户宝山的邮轮产业相关公司总部: a line naming only whom the provisions after it pay, no mark and no figure in it. */
const RECEIVER_LINE = /^\s*对于?[^，。；：:,\d]{2,40}$/;
const RECEIVER_OPENING = /^\s*对于?/;
/** 养殖户, 市民, 工程师: people who speak for themselves or for their firm, never for a government. */
const SPEAKERS = '(?:养殖户|种植户|村民|农户|农民|市民|居民|游客|群众|职工|老人|家长|车主|店主|商户|个体户|工程师|技术员|技术人员|员工)';
/** “…共领取补贴5000多元。”4月18日，…养殖户童麻乃告诉记者: a paragraph opening on a resident's own words, what they were given or did (the quote captured). */
const TESTIMONY = new RegExp(`^(\\s*[“"][^”"]{4,400}[”"])[^。“]{0,40}?${SPEAKERS}[\\u4e00-\\u9fa5]{0,6}?(?:告诉记者|对记者说|高兴地说|笑着说|说)`);
/** 技术部工程师尉江手持一片…介绍：“…我们优化的方案能使电机效率突破90%…”: a paragraph opening on such a speaker, then their own words (captured with them). */
const TESTIMONY_LED = new RegExp(`^([^“"。]{0,60}?${SPEAKERS}[\\u4e00-\\u9fa5]{0,20}?(?:告诉记者|对记者说|高兴地说|笑着说|说|介绍|表示)[:：]\\s*[“"][^”"]{4,400}[”"])`);

/** 据了解，四川拥有200多家…: a paragraph the news opens in its own voice goes on from no goal before it. */
const NEWS_VOICE_OPENING = /^\s*(?:据了解|据介绍|据悉|记者[^，。；]{0,8}(?:获悉|了解到))[，,]/;

/** “五强”目标具体为：, “三个一”发展目标是: a paragraph opening on the details of goals named by a quoted name (captured). */
const NAMED_GOALS_DETAILED = /^\s*“([^“”]{1,10})”(?:发展)?目标(?:具体)?(?:为|是|包括)[：:，,]/;

/** The year the last of `earlier` lines sets goals of that quoted name by (到2022年，…实现…“五强”发展目标), else null. */
function yearOfNamedGoals(earlier: readonly string[], name: string): number | null {
  const named = new RegExp(`((?:19|20)\\d{2})年[^。；“]*?(?:“[^“”]*”[^。；“]*?)*“${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}”(?:发展)?目标`);
  for (let k = earlier.length - 1; k >= 0; k--) {
    const found = named.exec(earlier[k]);
    if (found) return Number(found[1]);
  }
  return null;
}

/**
 * The stance a line's figures are read in (a goal's, a report's), carried from sentence to sentence:
 * a report's figures run on, and sentences without a number are judged only when a later one needs
 * the stance they leave.
 */
/** 今年, 明年, 将, 到2025年, 下一步, 目标, 《规划》提议: a time ahead, goals or a plan's words, which turn a review to goals. */
const TIME_AHEAD = new RegExp(String.raw`今年|明年|新的一年|下一步|今后|未来|[将要]|力争|确保|争取|目标|计划|预期|(?:到|至)(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:底|末)?前|${POLICY_SETS_OUT}`);

/**
 * Whether a year said in a sentence is the year of a figure in its own clause (力争2024年江津班列到发量占全市50%), not a horizon
 * (到2025年…, 到2025年全市生产总值达到1000亿元) that an average growth after it runs to.
 */
function pointYearOfFigure(sentence: string, mention: DeadlineMention): boolean {
  // (not “十二五”…, a period)
  const said = /^([\u4e00-\u9fa5]{0,3})(?:19|20)\d{2}年$/.exec(sentence.slice(mention.at, mention.end).trim());
  if (!said || /[到至]/.test(said[1]) || /[到至]\s*$/.test(sentence.slice(Math.max(0, mention.at - 2), mention.at))) return false;
  const rest = sentence.slice(mention.end);
  const end = rest.search(/[，,；;。]/);
  return /\d/.test(end < 0 ? rest : rest.slice(0, end));
}

/** …约5亿元 [2], …增长14.5% [2][3]: a sentence closing on the sources it cites. */
const CITED_CLOSE = /\[\d{1,2}\]\s*$/;

class StanceRun {
  private waiting: Sentence[] = [];

  /** Whether the sentence before closed on the sources it cites ([2]), a point of a summary. */
  private cited = false;

  /** The sentence judged last, which may set money aside whose parts a sentence opening on 其中 gives. */
  private lastJudged = '';

  constructor(private stance: Stance, private readonly review: boolean, private readonly item: boolean, private readonly goalsProgress = false, private readonly planText = false) {}

  /** Holds a sentence without a number until the stance after it is needed. */
  wait(sentence: Sentence): void {
    this.waiting.push(sentence);
  }

  /** The stance once every waiting sentence is judged. */
  settle(lastPastYear: number | null, yearReviewed: boolean): Stance {
    // (《决定》指出，2023年是…开局之年，是…经济快速恢复发展的一年。: judged clause by clause, as a sentence with figures is, so a
    // year looked back on after a policy's words is told as one; it sets nothing aside for a 其中 after it)
    for (const sentence of this.waiting) {
      this.advance(sentence.text, sentence.clauses.map((clause) => clause.text), -2, lastPastYear, yearReviewed);
      this.lastJudged = '';
    }
    this.waiting = [];
    return this.stance;
  }

  /** Which clauses of a sentence with numbers report, up to clause `through`; the stance moves on past them. */
  judge(sentence: string, clauses: readonly string[], through: number, lastPastYear: number | null, yearReviewed: boolean): boolean[] {
    this.settle(lastPastYear, yearReviewed);
    return this.advance(sentence, clauses, through, lastPastYear, yearReviewed);
  }

  private advance(sentence: string, clauses: readonly string[] | null, through: number, lastPastYear: number | null, yearReviewed: boolean): boolean[] {
    // (…努力把文化旅游业打造成为…支柱产业 [1] 分组1：…构建了文旅全产业链，…累计接待游客超3200万人次…[2] - 2024年…: the points of a
    // summary, each closed by the sources it cites, are told one by one; a goal in one sets none in the next)
    if (this.stance === 'ahead' && this.cited) this.stance = 'neutral';
    this.cited = sentence.includes(']') && CITED_CLOSE.test(sentence);
    // a measure's item (a line's, or a sentence's: 七是…。八是对…每户奖励5万元) or a sentence that gives is no longer the report
    // (not a line's item under a heading of goals and their progress: 1.引进…不少于3个。上半年，引进…3个。引进亿元及以上项目107个)
    if (this.stance === 'reported' && !this.review && ((this.item && !this.goalsProgress) || GIVING.test(sentence) || ITEM_SENTENCE.test(sentence))) this.stance = 'neutral';
    // (近年来，…县里对种植50亩以上的种植户，一次性每亩补助1000元: nor, in a review, a rate paid to whoever qualifies, a measure
    // in force; the review goes on after it)
    const inForce = this.stance === 'reported' && RATE_IN_FORCE.test(sentence);
    // (区财政预算安排资金52.96亿元。其中，用于…社会事业项目建设资金13.58亿元: the parts of money set aside, in the sentence after it)
    const parts = this.stance === 'neutral' && /^\s*其中/.test(sentence) && SET_ASIDE.test(this.lastJudged);
    const judged = clauseStances(clauses ?? [sentence], inForce ? 'neutral' : parts ? 'ahead' : this.stance, lastPastYear, yearReviewed, through, this.planText);
    const was = this.stance;
    this.stance = inForce && judged.out === 'neutral' ? 'reported' : parts && judged.out === 'ahead' ? 'neutral' : judged.out;
    // (回顾2013年的工作…：…努力寻标对标…，在…进程中迈出坚实步伐。全市生产总值实现8006.6亿元: in a review, a word of striving said
    // of the year reviewed turns no later sentence to goals; a time ahead does)
    if (this.review && was !== 'ahead' && this.stance === 'ahead' && !TIME_AHEAD.test(sentence)) this.stance = 'reported';
    this.lastJudged = clauses !== null ? sentence : '';
    return judged.reported;
  }
}

/** ——优质主体不断壮大。: a line opening as an item of a list set off by dashes. */
const DASH_ITEM = /^\s*——/;
/** 八是…: a sentence opening as an item of a list of measures. */
const ITEM_SENTENCE = /^\s*[一二三四五六七八九十]{1,2}是(?!指)/;
/** 市委、市政府决定对: who decides to pay, up to the 对 that opens the receivers. */
const PAYERS_BEFORE_RECEIVERS = /^[^，。；]*?(?:决定|研究|拟|将|同意)对(?=[^，。；]*[、和])/;
/** 分别一次性给予, 在培育期内分别给予, 每年均给予: a clause whose amount is each item's of the list before it. */
const SPREAD_OPENING = /^(\s*[^，、\d]{0,6}?)(?:分别|(?<![人年平亩户日月])均|各(?=打造|培育|建设|建成|新增|形成|遴选))/;
/** 2亿元（含）, 5亿元以上: a size alone, a tier of what a firm reaches. */
const SIZE_TIER = /^[\d.]+[万亿]?元?(?:[（(]含[)）]|以上|及以上)?的?$/;
/** 6.对入选, 对获得, 对首次获评: a provision's number and the deed that picks its receivers out, before the first of them. */
const RECEIVERS_OPEN = /^(?:\d{1,2}[.、．]|[（(][一二三四五六七八九十\d]{1,3}[)）])?(?:对于?)?(?:(?:首次|新)?(?:入选|获得|获评|被评为|评为|被认定为|认定为|列入|纳入))?/;
/** 的企业, 的单位: the kind of receiver closing the last of them. */
const RECEIVERS_CLOSE = /的(?:企业|单位|机构|主体)$/;
/** 国家级, 省级: the level a list's first receiver carries, shared by those after it that name none. */
const RECEIVER_LEVEL = /^(?:国家级|国家|省级|市级|区级|县级)/;

/**
 * 6.对入选国家级超级能效工厂、零碳工厂的企业 split into its items → 国家级超级能效工厂, 国家级零碳工厂: receivers named by what they won, or
 * null when an item is left too short to name one.
 */
function receiversNamed(items: readonly string[]): string[] | null {
  const bare = items.map((item, i) => {
    const opened = i === 0 ? item.trim().replace(RECEIVERS_OPEN, '') : item.trim();
    return i === items.length - 1 ? opened.replace(RECEIVERS_CLOSE, '') : opened;
  });
  const level = RECEIVER_LEVEL.exec(bare[0])?.[0] ?? '';
  const named = bare.map((item) => (level && !RECEIVER_LEVEL.test(item) ? level + item : item));
  return named.every((item) => item.length >= 2) && named.some((item, i) => item !== items[i].trim()) ? named : null;
}

/** 一次性后补助, 资金支持上限: what a payment's name says is paid, after whom it is paid to. */
const PAID_TAIL = /(?:一次性|每年|年度)?(?:后)?(?:资金支持|补助|补贴|奖励|奖补|资助|支持)(?:上限|比例)?$/;

/**
 * The clause before the one at `start` (认定为A、B、C，|分别…; 在工业、金融等重点领域，|各打造…), without its opening verb.
 */
function priorClause(sentence: string, start: number): string {
  const from = Math.max(...['，', '；', '。', '：'].map((mark) => sentence.lastIndexOf(mark, start - 2))) + 1;
  const clause = sentence.slice(from, start);
  // (城镇居民人均可支配收入、农民人均纯收入年均增长分别达10%、11%，均比2010年翻一番: a clause with figures of its own lends only its subjects)
  const own = /\d/.test(clause) ? clause.search(OWN_PREDICATE) : -1;
  return (own > 0 ? clause.slice(0, own) : clause).replace(/^\s*(?:\d{1,2}[.．、]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*/, '').replace(/^(?:认定为|获批建设|培育建设|对|获得|新获批)/, '').replace(/[，,]\s*$/, '');
}

/** …、国际大科学计划等重大科创平台, …、+实体经济等相关内容的试点示范项目或企业: a list of examples closed by 等 and the class they are of. */
const CLASS_AFTER_EXAMPLES = /、[^、，。；]{2,30}等(?:重点|重大|各类)?(?:[^、，。；的]{0,12}的)?[\u4e00-\u9fa5]{2,12}$/;

/** 年均增长分别达, 均达, 达到: where a clause's own predicate begins, before its figures. */
const OWN_PREDICATE = /(?:年均)?(?:增长|增速)?(?:分别|(?<![人年平亩户日月])均)(?!比)|年均增长|(?:达到|达|增长|提高到)(?=约?[\d一二三四五六七八九十])/;

/** 确保地区生产总值、人均地区生产总值在2020年基础上 → 地区生产总值, 人均地区生产总值. */
function multipleSubjects(before: string): string[] {
  // (…农民人均纯收入均比2010年翻一番: the 均 that spreads it is no part of the last subject)
  return before.replace(MULTIPLE_BASE, '').replace(/(?:分别|(?<![人年平亩户日月])均)$/, '').replace(/^(?:就是|即|确保|力争|争取|推动|实现|努力)+/, '').split(/[、和及与]/).map((s) => s.trim()).filter(Boolean);
}

function strengthOf(sentence: string): Finding['strength'] {
  if (/确保|必须|务必/.test(sentence)) return 'binding';
  if (/力争|争取|努力|力求/.test(sentence)) return 'aspirational';
  return null;
}

export function readDocument(lines: readonly NormalizedLine[], context: DocumentContext): Finding[] {
  const { span } = context;
  const findings: Finding[] = [];
  // the figures read as an event's (签约…, 当天…拿出…), by value and unit, which a headline restating them gives no commitment
  const eventFigures = new Set<string>();
  // the figures read as results already reached, by value and unit, which a headline restating them gives no commitment either
  const reachedFigures = new Set<string>();
  let carried: Deadline | null = null;
  // the line whose sentence set `carried`
  let carriedBy = -1;
  // the sentence that carries it, when the line gave figures before it (…。2022年，青田将重点做好…)
  let carriedAfterFigures: string | null = null;
  let heading = '';
  // the receiver a line of its own names over the provisions after it, until a heading or another such line
  let receiverLine = '';
  let inStatusBlock = false;
  // whether the line read is an item under a label of progress (推进情况:1. …)
  let progressItems = false;
  // 1号线：起点位于… / 长24.2公里，设站21座: the label a line opens on, which the bare measures on the lines after it are of
  let labelBefore = '';
  let lineLabel = '';
  // under a heading of goals and their progress (指标任务完成情况): an item's goal, then what is done, to the item's end
  let goalsProgress = false;
  let goalsProgressLevel = Infinity;
  // whether the line is one of a table's notes (注：…)
  let inTableNote = false;
  let statusLevel = Infinity;
  // the bullet mark of the heading that opened the status block (■), if a bullet did
  let statusBullet: string | null = null;
  // the year the status block's heading names (一、2023年计划执行情况), which its plan rows (——年计划完成…) are due in
  let statusYear: number | null = null;
  // the latest year a block of results names in its headings (▎2025年 under 这份成绩单，分量十足！)
  let resultsYear: number | null = null;
  let inGoalBlock = false;
  // under a heading over this year's goals (今年经济社会发展主要预期目标), which a plan's period does not date
  let thisYearBlock = false;
  // whether the lines read are the items of a list of conditions (…需符合以下条件：)
  let conditionsListed = false;
  // the year of the plan's goals (一、总体目标 … 到2022年): targets stating none are due then
  let goalYear: Deadline | null = null;
  let pastGoals = false;
  // the level of the heading that opened the last goal block (（一）主要目标), while its section lasts
  let goalLevel: number | null = null;
  // the year of the part a heading opens over one year's work (2021年主要工作任务): its targets' year and its 今年
  let sectionYear: number | null = null;
  // the year a section's heading states (二、2025年重点工作, …中2022年继续实施的政策清单), while it is still the section's
  let statedSectionYear: number | null = null;
  // whether that part is a list of the year's works led by a line (…2024年10个民生实事项目具体如下): its figures are goals
  let worksList = false;
  // a text that is one year's list of works sets goals under each of its headings (一、2025年村内基础设施提升工程)
  // (泽库要闻 / 2023年政府承诺十大惠民工程: or the headline a news page is shown under)
  // (各镇政府…: / 现将《海淀区2026年重要民生实事项目》印发给你们: or the name a notice issues it under, where no line is its title)
  const worksText = WORKS_TITLE.test(lines[span.titleLine >= 0 ? span.titleLine : span.start]?.text ?? '') || (span.shownAs !== span.title && WORKS_TITLE.test(span.shownAs)) || (span.titleLine < 0 && WORKS_TITLE.test(span.title));
  // the end of the plan period the last heading naming one opened (“十四五”发展目标 → 2025)
  let headingPeriodEnd: number | null = null;
  let periodAheadEnd: number | null = null;
  // the division a compilation's heading names for the measures under it (（四）抚州市黎川县)
  let placeRegion = context.region;
  const ownShort = ownShortName(context.region);
  let leadLine = -1;
  let datelineSeen = false;
  const titleText = span.title.replace(/\s+/g, '');
  // a review paragraph (过去一年，…) and the paragraphs after it report until a heading or a goal
  // the title or the subtitle under it (——…2024年经济社会高质量发展综述) names a review
  const head = span.titleLine >= 0 ? span.titleLine : span.start;
  let reviewText = [lines[head]?.text ?? '', /^\s*[—－-]{2}/.test(lines[head + 1]?.text ?? '') ? lines[head + 1].text : '']
    .some((title) => title.length <= 40 && REVIEW_TITLE.test(title) && !PLAN_TITLE.test(title));
  // 2025年…目标任务上半年推进情况汇总表: each goal sits beside how far it has come (同比增长2.9%), a report
  const progressText = PROGRESS_TITLE.test(lines[head]?.text ?? '');
  // 鄂州市…会议开幕，政府工作报告指出… / 报告指出，2026年，…将…: news of a work report, whose 报告指出 quotes it
  // (山东省能源局近日发布《…三年行动计划》… / 报告显示，到2025年…: or of a plan its lead says was just issued)
  const workReport = lines.slice(span.start, span.end).some((l) => l.text.includes('政府工作报告'))
    || lines.slice(span.start, Math.min(span.end, span.start + PAGE_HEAD_LINES * 2)).some((l) => PLAN_ISSUED.test(l.text));
  // (…会议开幕，…根据政府工作报告，今年…的主要预期目标是: news of the report of the year the text is issued in)
  const yearsReport = workReport && context.issuedYear && lines.slice(span.start, span.end).some((l) => l.text.includes('今年') && l.text.includes('政府工作报告')) ? context.issuedYear : null;
  // 蓝图已绘就！今后五年济宁这样干！: a headline on the years ahead dates the goals that state no year of their own
  const headline = context.lastPastYear ? lines.slice(span.start, Math.min(span.end, span.start + HEADLINE_LINES)).find((l) => l.text.length <= 40 && !/[。，,；]/.test(l.text) && YEARS_AHEAD.test(l.text)) : undefined;
  const yearsAhead = headline ? YEARS_AHEAD.exec(headline.text) : null;
  const headlineHorizon = yearsAhead && context.lastPastYear ? yearsAheadEnd(yearsAhead, context.lastPastYear) : null;
  // a report of a signing ceremony or of a year's results, with no goal and no money given anywhere
  const isPolicy = context.isPolicy && commitsAnything(lines, span);
  // (…完成城中村改造1.2万户… / 二、2026年重点工作: a page opening inside a report's first part, the review of the year before)
  let firstHeading = span.start;
  while (firstHeading < span.end && !/^\s*[一二三四五六七八九十]+、/.test(lines[firstHeading].text)) firstHeading++;
  const reviewUntil = firstHeading > span.start && firstHeading < span.end && SECOND_PART_AHEAD.test(lines[firstHeading].text) ? firstHeading : -1;
  let reviewBlock = false;
  let lastPastYear = context.lastPastYear ?? null;
  let yearReviewed = false;
  // whether every figure of the last paragraph with figures was a reported one
  let lastReported = false;
  // 编号 | 目标任务 | 完成情况 |: the column of a table from which its cells give results, not goals
  let resultsColumn = -1;
  // the column after the results', where a goals column follows them (-1: the results run to the row's end)
  let resultsColumnEnd = -1;
  // how many cells the header over a results column alone has (a row with fewer lacks cells merged from above, on its left); 0 for other tables
  let resultsHeaderCells = 0;
  // whether the column before the results one holds the year's goals (指标名称 | 年度目标 | 完成情况)
  let goalColumn = false;
  let goalColumnYear: number | null = null;
  // which column of a piped table holds the goals (序号 | 指标 | 2020年 | 2025年目标 |), or -1
  let goalColumnAt = -1;
  // the year each column of a horizon table heads (序号 | 指标 | 2024年 | 2025年 | 2027年), while its rows are read
  let horizonYears: readonly number[] | null = null;
  // the column of a bar table's header that names its rows' measures (指标名称), or -1
  let nameColumn = -1;
  // the column of such a table's header that gives its rows' units (单位), or -1
  let unitColumn = -1;
  // whether the lines read are a table of payments (…奖补对象…奖补额度)
  let paymentTable = false;
  // the line of a results header in a table written one cell a line (-1: none open)
  let cellResults = -1;
  // a column of how far each row's work has come stands in the table copied one cell a line
  let progressColumn = false;
  // the last name cell of such a table (地区生产总值): what the goals after it in its row measure
  let cellName = '';
  // in such a table, the place of the results header among the header's cells (指标名称 / 属性 / 全年目标 / 全年完成 → 3),
  // and the place of the line read in its row, counted from its name cell (-1: not yet in a row)
  let cellResultsAt = -1;
  let cellColumn = -1;
  // how many of the header's cells are still to come after the one it was found by
  let headerCellsLeft = 0;
  // the year such a table's goals are for (2023年预期目标, or its caption: 表1 清远市2020年…主要指标完成情况)
  let cellGoalYear: number | null = null;
  // the unit its goals header gives (预期增长(%)) and whether it heads growth rates
  let cellGoalUnit = '';
  let cellGoalGrowth = false;
  // a table of goals by year with a unit column (主要指标 / 单位 / 2022年 / 2027年 / 来源): the goals' column and the unit's,
  // counted from a row's name cell, and the unit of the row read
  let cellGoalAt = -1;
  let cellUnitAt = -1;
  let rowUnit = '';
  // and the column of the yearly growth to the goal (年均增长), where it has one (-1: none)
  let cellGrowthAt = -1;
  // the same table with a row a line (主要指标 | 单位 | 2022年 | 2027年 |): where its name, unit and goals columns stand, and the goals' year
  let barTable: YearColumns | null = null;
  // whether the lines with figures since the last heading all gave goals under a year one of them set
  let goalRun = false;
  // the last line that gave records: where it is, and the measure and deadline of its last one
  let lastLine: { index: number; findings: number; indicator: string; deadline: Deadline | null } | null = null;
  // the page's head: the lines before the first sentence that closes (最高5亿资金支持，武汉重磅支持…, a headline with a comma)
  let headEnd = span.start;
  // (一、金融产业支持政策 / 第一条 金融机构加速集聚 / 新落户的…，给予…补贴: a part's or an article's heading opens a body, whose
  // provisions, stops or none, are no headline)
  while (headEnd < Math.min(span.end, span.start + PAGE_HEAD_LINES) && !lines[headEnd].text.includes('。') && !BODY_PART_HEADING.test(lines[headEnd].text)) headEnd++;
  // what the last count of the line before counts (建设幼儿园 of 建设幼儿园17所), for the places a line opening on 其中 lists
  // (kept in a box: it is set inside the callback over a line's figures, which the compiler's narrowing does not follow)
  const counted: { before: { unit: string; measure: string } | null } = { before: null };
  for (let i = span.start; i < span.end; i++) {
    let line = lines[i];
    let text = line.text;
    // (91人妻…|亚洲无码…: the spam a hacked page carries above its text counts nothing)
    if (i === span.titleLine || BLANK.test(text) || EDITOR_NOTE.test(text) || SOURCE_LINE.test(text) || PHOTO_CAPTION.test(text) || CRUMBS.test(text) || ACCOUNT_LINE.test(text) || isSpam(text)) continue;
    labelBefore = lineLabel;
    lineLabel = LINE_LABEL.exec(text)?.[1] ?? (BARE_MEASURE_LINE.test(text) ? labelBefore : '');
    // (本政策所指的孵化器，需符合以下条件： / （三）集中孵化面积2万平方米以上…: the items under a list of conditions say who
    // qualifies, unless an item gives money itself)
    if (conditionsListed) {
      if (CONDITION_ITEM.test(text) && !givesMoney(text)) continue;
      conditionsListed = false;
    }
    // (☑单架航班人数达到100人及以上 / ☑游客均在十堰住宿2晚及以上 / 每班奖励6万元: the boxes a receiver must tick before the
    // payment they earn are conditions, unless a box gives money itself)
    if (CHECKBOX_ITEM.test(text) && !givesMoney(text) && checkedBeforePayment(lines, i, span.end)) continue;
    if ((CONDITIONS_LEAD_END.includes(text.trimEnd().slice(-1)) && CONDITIONS_LEAD.test(text)) || (text.includes('之一的') && CASES_LISTED_LEAD.test(text))) conditionsListed = true;
    // 相关阅读, 推荐阅读: the links a page lists under its article are other texts' headlines
    if (relatedLinksAt(lines, i) || FORUM_FOOTER.test(text)) break;
    // (下一篇: 沧州黄骅市开工总投资265亿元19个项目: a link to the page after names another page's news)
    if (NEIGHBOUR_LINK.test(text)) continue;
    // …蔬菜产量均稳定在百万吨以上。（完）【编辑：梁异】: a wire report's end; what follows is the page's links
    if (i > span.start && ARTICLE_END.test(lines[i - 1].text)) break;
    // 指标名称 / 属性 / 完成情况 / 年度目标 …, one cell a line: a figure standing alone on its line gives a result
    // (地区生产总值 | / 增长5%左右 | / 增长4.6% |: each cell closed by the bar of the table it was copied from)
    const cell = cellOf(text);
    // (项目内容 / 当前进度 / 牵头单位, one cell a line: then 80%(…进度滞后) or 95% alone, how far a row's work has come)
    if (PROGRESS_HEADER.test(cell)) progressColumn = true;
    if (progressColumn && PROGRESS_CELL.test(cell)) continue;
    if (cell.length <= 12 && RESULTS_HEADER.test(cell)) {
      const header = lines.slice(Math.max(span.start, i - 8), i).map((l) => cellOf(l.text)).filter((c) => c !== '');
      const headerAt = header.findLastIndex((c) => CELL_HEADER.test(c));
      if (headerAt >= 0) {
        cellResults = i;
        // (序号 / 指标名称 / 属性 / 完成情况 / 年度目标 / 绝对值 / 同比增长: only where the goals' column stands before the results', last, are cells counted)
        // (…完成情况 / 全省排名 / 地区生产总值增长（%）: the first row's name, past the header's last cells)
        const next = cellOf(lines.slice(i + 1, i + 6).find((l) => cellOf(l.text) !== '' && !CELL_LABEL.test(cellOf(l.text)))?.text ?? '');
        cellResultsAt = header.slice(headerAt).some((c) => GOAL_HEADER.test(c)) && CELL_NAME.test(next) && !CELL_LABEL.test(next) ? header.length - headerAt : -1;
        cellColumn = -1;
        const goalHeader = header.slice(headerAt).find((c) => GOAL_HEADER.test(c)) ?? '';
        const caption = header.slice(0, headerAt).reverse().find((c) => CAPTION_YEAR.test(c)) ?? '';
        cellGoalYear = Number((YEAR_IN_CELL.exec(goalHeader) ?? CAPTION_YEAR.exec(caption))?.[1]) || null;
        cellGoalUnit = UNIT_IN_NAME.exec(goalHeader)?.[1] ?? '';
        cellGoalGrowth = /增长|增速/.test(goalHeader);
        cellGoalAt = -1;
        cellUnitAt = -1;
        cellGrowthAt = -1;
        continue;
      }
    }
    // 主要指标 / 单位 / 2022年 / 2027年 / 来源, one cell a line: the later year's column gives goals, in each row's unit
    // (指 标 / 2020年 / 2025年 / 年均增长: or with no unit column, each row's name giving its unit in brackets, and the yearly growth
    // to the goal after it)
    const unitless = cell !== '单位' && YEAR_COLUMN.test(cell) && cellResults < 0 && /\|\s*$/.test(text);
    const before = (cell === '单位' || unitless) && cellResults < 0 ? lines.slice(Math.max(span.start, i - 4), i).map((l) => cellOf(l.text)).filter((c) => c !== '') : [];
    // (单位 / 属性 / “十四五”目标 / 2025年 / 年均[累计]: a spanning goals heading may stand between the unit and the years, two cells on)
    const after = (cell === '单位' || unitless) && cellResults < 0 ? lines.slice(i + 1, i + 8).map((l) => cellOf(l.text)).filter((c) => c !== '') : [];
    const columns = (cell === '单位' || unitless) && cellResults < 0 ? yearColumns([...before, cell, ...after.slice(0, after.slice(0, 3).some((c) => SPANNING_GOALS_HEADER.test(c)) ? 4 : 2)], unitless) : null;
    if (columns) {
      // (the header's cells after this one head columns too: 2025年 / 年均增长 are no row's name)
      headerCellsLeft = unitless ? Math.max(columns.goalAt, columns.growthAt) - before.length : 0;
      // (counted from a row's name cell, which the row's cells follow as the header's do)
      cellResults = i;
      cellUnitAt = columns.unitAt < 0 ? -1 : columns.unitAt - columns.nameAt;
      cellGoalAt = columns.goalAt - columns.nameAt;
      cellGrowthAt = columns.growthAt > 0 ? columns.growthAt - columns.nameAt : -1;
      cellResultsAt = Math.max(cellGoalAt, cellGrowthAt) + 1;
      cellColumn = -1;
      cellGoalYear = columns.year;
      cellGoalUnit = '';
      cellGoalGrowth = false;
      continue;
    }
    if (headerCellsLeft > 0 && cell !== '') { headerCellsLeft--; continue; }
    if (cellResults >= 0 && cell.length > 40) cellResults = -1;
    if (cellResults >= 0 && cellColumn >= 0) cellColumn++;
    // (… / 1.3% / 畜牧业产值占农业总产值之比（%）: in a table with no unit column, the cell after a row's last one opens the next row)
    if (cellResults >= 0 && cellGoalAt > 0 && cellUnitAt < 0 && cellColumn > Math.max(cellGoalAt, cellGrowthAt)) cellColumn = -1;
    // (…增长（%） / 10% / 8.1%: a figure alone under the goals is a goal)
    const goalCell = cellResults >= 0 && (cellGoalAt > 0 ? cellColumn === cellGoalAt || cellColumn === cellGrowthAt : cellResultsAt > 1 && cellColumn >= 1 && cellColumn < cellResultsAt);
    // (… / 1.3% under 年均增长: the yearly growth to the row's goal; 【10.3】 there: the rise over the period, 注：【】为累计增加数)
    const growthCell = goalCell && cellGrowthAt > 0 && cellColumn === cellGrowthAt;
    const risen = growthCell ? CUMULATIVE_CELL.exec(text) : null;
    if (risen) { line = withInserted(line, risen[0].length, rowUnit === '%' ? '个百分点' : rowUnit); text = line.text; }
    // (1 / 地区生产总值 / …: a row's number opens the row, before its name)
    // (in a goals table by year, 5 under 2022年 and 50 under 2027年 are a row's figures, its number only before its name)
    const inRow = cellGoalAt > 0 && cellColumn > cellUnitAt && cellColumn < cellResultsAt;
    if (cellResults >= 0 && !inRow && /^\d{1,2}$/.test(cell)) { cellColumn = -1; continue; }
    // (数字经济核心产业增加值 / 亿元: the unit a row's figures are in)
    if (cellResults >= 0 && cellUnitAt > 0 && cellColumn === cellUnitAt && UNIT_CELL.test(cell)) { rowUnit = cell; continue; }
    if (cellResults >= 0 && BARE_FIGURE.test(cell) && !goalCell) continue;
    // (指标名称 / 预期增长(%) / … / 地区生产总值 / 6左右: a figure alone under a goals header that gives its unit, read with it)
    // (全市生产总值年均增长率 / % / … / 5左右 under 年均: a yearly growth in a row measured in % is in % too)
    const goalUnit = cellGoalUnit || (cellGoalAt > 0 && (!growthCell || rowUnit === '%') ? rowUnit : '');
    const bare = goalCell && goalUnit ? BARE_NUMBER_CELL.exec(text) : null;
    if (bare) { line = withInserted(line, bare[0].length, goalUnit); text = line.text; }
    // 增长5%左右 / 增长5.4%: a cell under the results header gives a result, whatever words it has
    if (cellResults >= 0 && cellResultsAt > 0 && cellColumn === cellResultsAt) continue;
    // (牵头责任单位 / 市发展改革委: the body a row's task falls to names no measure)
    if (cellResults >= 0 && CELL_NAME.test(cell) && !CELL_LABEL.test(cell)) {
      // (…比重 / 保持基本稳定 / 基本稳定: words under the goals, between a row's name and its result, are no name)
      // (数字产业化 / 数字经济核心产业增加值 / 亿元: a category before the name, which the unit's column shows)
      if (!BODY_CELL.test(cell) && !(cellResultsAt > 1 && cellColumn >= 1 && cellColumn < cellResultsAt && cellColumn !== cellUnitAt)) {
        // (每万人口高价值发明专利拥有量[1]: a footnote's mark is no part of the name)
        cellName = cell.replace(/\[\d{1,2}\]$/, '');
        cellColumn = 0;
        // (粮食综合生产能力(亿斤): a name giving its unit in brackets, in a table with no unit column)
        rowUnit = cellGoalAt > 0 && cellUnitAt < 0 ? UNIT_IN_NAME.exec(cell)?.[1] ?? '' : '';
      }
      continue;
    }
    let cells = text.includes('|') ? text.split('|') : null;
    if (!cells || cells.length < 3) { resultsColumn = -1; resultsColumnEnd = -1; resultsHeaderCells = 0; goalColumn = false; goalColumnYear = null; goalColumnAt = -1; nameColumn = -1; unitColumn = -1; barTable = null; horizonYears = null; }
    else {
      // 主要指标 | 单位 | 2022年 | 2027年 | 来源 |: the later year's column gives goals, in each row's unit
      const columns = cells.some((c) => c.trim() === '单位') ? yearColumns(cells.map((c) => c.trim())) : null;
      if (columns) { barTable = columns; continue; }
      // 序号 | 指标 | 2020年 | 2025年 | 属性 |: a base year and a horizon at least three years on, with no unit column: the horizon's
      // column gives goals, in the unit each row's name closes on
      const horizon = horizonColumn(cells.map((c) => c.trim()), context.lastPastYear);
      if (horizon) { goalColumn = true; goalColumnAt = horizon.at; goalColumnYear = horizon.year; horizonYears = horizon.years; resultsColumn = horizon.at + 1; resultsColumnEnd = -1; resultsHeaderCells = 0; nameColumn = cells.findIndex((cell) => NAME_HEADER.test(cell.trim())); continue; }
      const column = cells.findIndex((cell) => RESULTS_HEADER.test(cell.trim()));
      // 指标名称 | 年度目标 | 上半年完成情况 |: the year's goals in a column, what became of them after it
      const goals = cells.findIndex((cell) => GOAL_HEADER.test(cell.trim()));
      if (goals > 0 || column > 0) { nameColumn = cells.findIndex((cell) => NAME_HEADER.test(cell.trim())); unitColumn = cells.findIndex((cell) => cell.trim() === '单位'); }
      // (2023年目标值: the year the column's goals are for, which dates a row's goals that state none)
      if (goals > 0) goalColumnYear = Number(YEAR_IN_CELL.exec(cells[goals].trim())?.[1]) || null;
      if (goals > 0 && (column < 0 || column > goals)) { resultsColumn = goals + 1; resultsColumnEnd = -1; resultsHeaderCells = 0; goalColumn = true; goalColumnAt = goals; continue; }
      // 指标名称 | 2022年实际值 | 2023年目标值 | 重点任务 |: last year's figure in one column, the goals and the tasks after it
      if (column > 0 && goals > column) { resultsColumn = column; resultsColumnEnd = column + 1; resultsHeaderCells = 0; goalColumn = true; goalColumnAt = goals; continue; }
      if (column > 0) { resultsColumn = column; resultsColumnEnd = -1; resultsHeaderCells = cells.length; continue; }
    }
    // (数字经济核心产业增加值 | 亿元 | 2240 | 4000 |: the goal's figure read in the row's unit)
    const barGoal = barTable && cells && cells.length > barTable.goalAt && UNIT_CELL.test(cells[barTable.unitAt].trim()) ? BARE_NUMBER_CELL.exec(cells[barTable.goalAt]) : null;
    if (barTable && cells && barGoal) {
      // (地区生产总值 | 亿元 | 310 | 450 | 7.5 |: and the yearly growth beside it, in per cent, the later cell first)
      // (not a row in per cent, whose growth is in points)
      const growth = barTable.growthAt > barTable.goalAt && cells.length > barTable.growthAt && cells[barTable.unitAt].trim() !== '%' ? BARE_NUMBER_CELL.exec(cells[barTable.growthAt]) : null;
      if (growth) line = withInserted(line, cellStart(cells, barTable.growthAt) + growth[0].length, '%');
      // (2024年 | 2025年 | 2027年 in a plan for 2025—2027: every year's column after the last past year gives goals, the last first)
      for (const k of goalColumnsOf(barTable.years, barTable.goalAt, context.lastPastYear)) {
        const goal = cells.length > k ? BARE_NUMBER_CELL.exec(cells[k]) : null;
        if (goal) line = withInserted(line, cellStart(cells, k) + goal[0].length, cells[barTable.unitAt].trim());
      }
      text = line.text;
      cells = text.split('|');
    }
    // (1 | 空气质量优良天数比率（%） | 85.2 | 88 | 约束性 |: a bare figure under the goals, in the unit the row's name closes on)
    // (经济发展 | 1 | 地区生产总值 | 亿元 | 增长6%以上 |: a row led by a group's cell merged down the rows, its item's number after it, sits
    // one column on)
    const grouped = cells && nameColumn > 0 && cells.length > 2 && /^\s*\d{1,3}\s*$/.test(cells[1]) && /^\s*[\u4e00-\u9fa5]{2,8}\s*$/.test(cells[0]) ? 1 : 0;
    const namedGoal = goalColumn && goalColumnAt > 0 && cells && cells.length > goalColumnAt + grouped && !barGoal ? BARE_NUMBER_CELL.exec(cells[goalColumnAt + grouped]) : null;
    // (常住人口城镇化率 | % | 74.5 |: the unit the row's name closes on, or its unit column's)
    const namedUnit = namedGoal && cells ? UNIT_IN_NAME.exec((cells[(nameColumn > 0 ? nameColumn : 1) + grouped] ?? '').trim())?.[1] ?? (unitColumn > 0 ? UNIT_CELL_ALONE.exec(cells[unitColumn + grouped] ?? '')?.[1] : undefined) : undefined;
    // (… | 持续新增学位(个) | 7320 | 4590 | 1.新增学位4590个… |: not where the row's tasks state the goal with its unit already)
    const statedInRow = namedGoal && namedUnit && cells ? cells.some((c, k) => k !== goalColumnAt && c.includes(`${namedGoal[0].trim()}${namedUnit}`)) : false;
    if (namedGoal && namedUnit && cells && !statedInRow) {
      // (序号 | 指标 | 2024年 | 2025年 | 2027年 |: each goals column's figure, the last first)
      for (const k of horizonYears ? goalColumnsOf(horizonYears, goalColumnAt, context.lastPastYear) : [goalColumnAt]) {
        const goal = cells.length > k ? BARE_NUMBER_CELL.exec(cells[k]) : null;
        if (goal) line = withInserted(line, cellStart(cells, k) + goal[0].length, namedUnit);
      }
      text = line.text;
      cells = text.split('|');
    }
    const barRow = barGoal !== null;
    // where this row's results begin: after the delimiter that opens the results column
    // (大类 | 序号 | 工作任务 | … | 落实进展情况 | over rows whose 大类 cell spans several: a shorter row's results column is as far from its end)
    const shortBy = cells && cells.length < resultsHeaderCells ? resultsHeaderCells - cells.length : 0;
    const resultsFrom = resultsColumn > 0 && cells && resultsColumn - shortBy > 0 ? cellStart(cells, resultsColumn - shortBy + grouped) : -1;
    // (and where they end, when a column of goals follows them)
    const resultsTo = resultsFrom >= 0 && resultsColumnEnd > 0 && cells && cells.length > resultsColumn ? resultsFrom + cells[resultsColumn].length : -1;
    // 奖补(扶持)事项 奖补(扶持)对象 奖补(扶持)方式 奖补额度: a table of payments from its header on, until a heading
    // (a header names the other columns too: 事项, 对象, 方式; 补助标准：对… alone is a provision's prose)
    if (PAYMENT_TABLE_HEADER.test(text) && /事项|对象|方式|条件|类别/.test(text)) paymentTable = true;
    // (a row of a goal column states the year's goal even in a section reporting how the year went)
    // (指标名称 / 2023年预期目标 / 2023年完成情况, one cell a line: or a cell under the goals, between a row's name and its result)
    const goalRow = (goalColumn && resultsFrom > 0) || goalCell || barRow;
    // the first line under the title summarises (a headline the page did not mark as one); a title's second line is
    // part of the title, not the lead
    // (2021-11-16 08:19:09   极目新闻: nor is the page's date and outlet, a line of its head)
    // (大河报·大河客户端记者 刘某: nor is a byline)
    if (leadLine < 0 && !(i === span.titleLine + 1 && titleText.endsWith(text.replace(/\s+/g, ''))) && !PAGE_DATE_ONLY.test(text) && !BYLINE_LINE.test(text)) leadLine = i;
    // (关键词:… 来源:… / 一带一路网消息:记者8日从…获悉，到2022年…: a news dateline under a page's chrome opens the lead)
    if (!datelineSeen && i < span.start + PAGE_HEAD_LINES * 2 && NEWS_DATELINE.test(text)) { datelineSeen = true; leadLine = i; }
    // (AI导读： / 北京市第十六届人大…提出，2025年…目标是地区生产总值增长5%左右: the paragraph under a summary's label sums up the article)
    const lineAbove = i > span.start ? (BLANK.test(lines[i - 1].text) && i - 2 >= span.start ? lines[i - 2].text : lines[i - 1].text) : '';
    if (lineAbove.length <= 12 && SUMMARY_LABEL.test(lineAbove)) leadLine = i;
    const inLead = leadLine === i;
    if (i === span.noteEnd) { carried = null; heading = ''; }
    // in a one-year report, a later horizon stated inside a long paragraph of prose (…锚定“十五五”时期…，
    // 提出…主要目标) dates that paragraph, not the year's work after it; a short lead (到2025年：) dates its lines
    // (so in a plan for 2024-2026: 到2030年，…力争…达到1.2亿千瓦左右… is its outlook, and the tasks after it end with the plan)
    const ownEnd = context.planYear ?? context.planEnd ?? null;
    const laterHorizon = carried !== null && ownEnd !== null && carried.year > ownEnd;
    // (a plan's outlook is a paragraph of its own, however short: it closes on its full stop)
    // (武穴、红安等5地通用机场 / “十五五”期间启动建设: nor is a line, with no marks at all, that closes on what is done by then)
    const closedOutlook = (by: string): boolean => by.length > 120 || (context.planYear == null && (/。\s*$/.test(by) || HORIZON_OWN_CLAUSE.test(by)));
    if (laterHorizon && carriedBy >= 0 && carriedBy !== i && closedOutlook(lines[carriedBy].text) && !leadsList(lines[carriedBy].text)) { carried = null; carriedBy = -1; }
    const inEditorNote = span.noteEnd >= 0 && i < span.noteEnd;
    // (注：①…“十三五”时期为标况数 / ②增速…可上下浮动0.5个百分点: a table's notes set no goal and no horizon)
    inTableNote = TABLE_NOTE.test(text) || (inTableNote && NOTE_GOES_ON.test(text));
    // 2016成绩 / 2017目标: a news layout's part named by its year, 年 left out
    const bareYear = BARE_YEAR_PART.exec(text);
    if (bareYear) { line = withInserted(line, bareYear[1].length, '年'); text = line.text; }
    // (福州市 above the title: the label of the site reposting the text, no heading of its measures)
    // (日期:08-03 / 山西省晋中市 / 来源:…, a page's location label in its head, beside its date or source: no heading either)
    const place = text.length <= 24 && i > span.titleLine ? divisionHeading(text, context.region) : null;
    if (place && !(i < span.start + PAGE_HEAD_LINES && nearPageMeta(lines, i))) { placeRegion = place; continue; }
    if (place) continue;
    // 无为市：2022年地区生产总值增长9.5%左右…: a round-up's line labelled by the place whose goals it gives
    // (西咸新区：紧盯“三个千亿”目标: or a short headline of that place's section)
    // (水磨沟区 预计新增就业1.4万人: or a round-up's short headline for a place, the place set apart by a space the page kept)
    const label = PLACE_LABEL.exec(text) ?? (text.length <= 40 && !/[。；]/.test(text) && /[ \u3000]/.test(line.original) ? SPACED_PLACE_LABEL.exec(toSimplified(line.original)) : null);
    const labelled = label ? divisionHeading(label[1], context.region) : null;
    if (labelled) placeRegion = labelled;
    // 市人大代表、和平县县长张衍彪 (then what he said), 陆川县委书记梁伟表示，…: a round-up of places' plans, each by its official
    const official = namesOfficial(text) ? officialsPlace(text, context.region) : null;
    if (official) placeRegion = official;
    // 泰安市…大会的召开，…。泰安高新区将坚决贯彻…: a report that turns to one of its places acting speaks for that place from there
    const acting = !official ? actingPlace(text, context.region) : null;
    if (acting) placeRegion = acting;
    // (连云区委书记…告诉记者，… / 连云港港口作为…，今年将…: a paragraph opening on the text's own place turns back to it)
    else if (!official && placeRegion !== context.region && opensOnPlace(text, context.region)) placeRegion = context.region;
    // 为促进科技城发展，襄阳高新区出台了一系列政策: this paragraph's measures are the zone's
    // (11月4日，河北发改委发布《…》指出，全省安排…: and this one's are the province's, whichever place a paragraph before spoke for)
    const provincial = provinceIssuing(text, context.region);
    if (provincial && context.region.level === 'province') placeRegion = provincial;
    // (沙依巴克区新建10处小游园和街头绿地: a round-up's short headline run straight on from the place it is about is that place's, itself
    // only; the paragraph after it says whose its figures are)
    const runIn = text.length <= 30 && !/[，,：:。；！!]/.test(text) ? PLACE_RUN_IN.exec(text) : null;
    const paragraphRegion = (runIn ? divisionHeading(runIn[1], context.region) : null) ?? issuingPlace(text, context.region) ?? provincial ?? placeRegion;
    // …到2020年将实现：/ 5、建成10家…医疗机构 / 6、基本实现“大病”不出市 / 7、…: an item of a dated list is no heading, with or without a figure
    const datedList = carried !== null && carriedBy >= 0 && carriedBy < i && ITEM_NUMBER.test(text) && leadsList(lines[carriedBy].text) && YEAR_LEAD.test(lines[carriedBy].text);
    // (3.社会消费品零售总额 | 6% | …: a numbered row of a goal column is no heading)
    // (6、实施28个城市棚户区和16个老旧小区改造 / 7、…: a numbered line with a figure whose next line is numbered as it is heads
    // nothing; it is an item of a list)
    // (●至“十四五”末…160万人 / ●推进仁寿山体育公园升级改造 / ●全市每万人拥有足球场地达到0.8块: a bulleted item without a figure,
    // between items bulleted alike, heads nothing either)
    const bulletedItem = !datedList && BULLET.test(text) && bulletedAlike(lines, i, span.start, span.end);
    if (!datedList && !goalRow && !bulletedItem && isHeading(line) && !listItemWithFigure(lines, i, span.end)) {
      heading = leadOf(text);
      receiverLine = '';
      paymentTable = false;
      carried = null;
      // 一、发展基础 … 1.信息基础设施加快建设: a heading under a status block stays in it
      const level = headingLevel(line);
      // (■ 2024年成绩单 / ●增速…保持领先 / ●粮食总产达到557亿斤: a bullet of another mark is an item under it, not a sibling)
      const bullet = BULLET.exec(text)?.[0].trim() ?? null;
      // (（二）报告中确定的其他指标任务完成情况: a heading over the goals a report set, each told with how far it has come, opens no
      // block of results)
      const progressOfGoals = GOALS_PROGRESS_HEADING.test(text);
      goalsProgress = progressOfGoals || (goalsProgress && level > goalsProgressLevel);
      if (progressOfGoals) goalsProgressLevel = level;
      if (STATUS_HEADING.test(text) && !RAISING_STATUS.test(text) && !progressOfGoals) { inStatusBlock = true; statusLevel = Math.min(statusLevel, level); statusBullet = bullet; statusYear = Number(/((?:19|20)\d{2})年/.exec(text)?.[1] ?? 0) || statusYear; }
      else if (!inStatusBlock || (level <= statusLevel && !(bullet && statusBullet && bullet !== statusBullet))) { inStatusBlock = false; statusLevel = Infinity; statusBullet = null; statusYear = null; }
      const headingYear = inStatusBlock ? /^[^，。；\d]{0,4}((?:19|20)\d{2})年/.exec(text) : null;
      if (headingYear) resultsYear = Math.max(resultsYear ?? 0, Number(headingYear[1]));
      // (这些目标，催人奋进！: an exclaimed label over goals opens them as a goal heading does)
      inGoalBlock = GOAL_BLOCK.test(text) || (EXCLAIMED_PART.test(text) && text.includes('目标'));
      thisYearBlock = THIS_YEAR_HEADING.test(text);
      // …已取得的成绩 … 十四五发展目标: a review's text turns to goals under a goal heading
      // (…南海GDP去年突破3千亿元 / 主要预期目标 / …目标任务； / 城镇新增就业3万人以上；: nor do its lines go on from the report before it)
      if (inGoalBlock) { reviewText = false; lastReported = false; }
      // 二、2025年主要目标: the heading's year is its goals' deadline
      const goalHeadingYear = inGoalBlock ? /((?:19|20)\d{2})年(?![—–\-~至])/.exec(text) : null;
      if (goalHeadingYear) carried = { year: Number(goalHeadingYear[1]), date: null };
      // “十四五”发展目标 (… 2、经济社会发展目标): the goals under a plan period's heading are due at its end
      const period = PLAN_PERIODS.find(({ name }) => text.includes(name));
      // (▎“十四五”时期 under 这份成绩单，分量十足！: not a period whose results a block tells)
      if (period) headingPeriodEnd = inStatusBlock ? null : period.end;
      else if (/(?:19|20)\d{2}年/.test(text)) headingPeriodEnd = null;
      // (遇见，“十四五” / ▲产业发展高效 / 全区…年均增长率达到6%左右: the goals after a turn to the period ahead are due at its end)
      // (今后5年中 / 1、… in a year's work report: the goals after a turn to the years ahead are due in the last of them)
      const yearsAhead = YEARS_AHEAD_HEADING.exec(text);
      const aheadFrom = context.planYear ?? context.issuedYear;
      if (period && PERIOD_AHEAD_HEADING.test(text)) periodAheadEnd = period.end;
      else if (yearsAhead && aheadFrom) periodAheadEnd = aheadFrom + numeralValue(yearsAhead[1]) - 1;
      // (今年目标: a turn back to the text's own year ends them)
      else if (period || /(?:19|20)\d{2}年|今年|本年|全年/.test(text)) periodAheadEnd = null;
      if (inGoalBlock && !goalHeadingYear && headingPeriodEnd !== null) carried = { year: headingPeriodEnd, date: null };
      // (一、实施绿色转型行动 / （一）主要目标 到2027年… / （二）重点举措: a section's measures beside its own goals share their year)
      if (goalLevel !== null && level < goalLevel) goalLevel = null;
      if (inGoalBlock) goalLevel = level;
      if (TASK_BLOCK.test(text) && !inGoalBlock && !(goalLevel !== null && level === goalLevel && level > 1)) pastGoals = true;
      const yearWork = YEAR_WORK_HEADING.exec(text);
      const worksHeading = YEAR_WORKS_HEADING.exec(text);
      // (一、2018年工作回顾 … 二、2019年工作安排: a text opening on a review turns to the year ahead under a heading of its work)
      if (yearWork && !STATUS_HEADING.test(text)) { sectionYear = statedSectionYear = Number(yearWork[1]); worksList = false; if (YEAR_AHEAD_HEADING.test(text)) reviewText = false; }
      // (2025年区级民生实事项目 / 01 / 开工建设…: the works listed under a heading of their year are that year's goals)
      else if (worksHeading) { sectionYear = statedSectionYear = Number(worksHeading[1]); worksList = true; lastReported = false; }
      else if (DATED_HEADING.test(text) || STATUS_HEADING.test(text)) { sectionYear = null; worksList = false; }
      // 经济社会发展主要预期目标 with no year: a report's targets for the year it is delivered in
      // (全年目标, 年度目标: the year's goals, under a heading of their own)
      // (2021年湖南 / 主要预期目标, in an undated summary: the year after the last it looks back on)
      // (这份成绩单，分量十足！/ ▎2025年 / …… / 这些目标，催人奋进！: or an exclaimed label over them, in a text that gives no year of
      // its own the year after the one its results were told under)
      else if ((/预期目标|^\s*(?:全年|年度|今年)(?:主要)?目标\s*$/.test(text) || (inGoalBlock && EXCLAIMED_PART.test(text))) && (context.issuedYear || context.lastPastYear || resultsYear)) sectionYear = context.issuedYear ?? (context.lastPastYear ?? resultsYear ?? 0) + 1;
      reviewBlock = false;
      goalRun = false;
      continue;
    }
    // (对其他邮轮产业相关企业 / A05-1：…给予一次性补贴: a line naming a receiver alone heads the provisions after it; one naming a
    // receiver with conditions, 对不完全符合…条件，但实际具备…职能的…机构, ends the last one's reach)
    if (RECEIVER_OPENING.test(text) && !/[。\d]/.test(text)) receiverLine = RECEIVER_LINE.test(text) ? text.trim() : '';
    // (汽车报废更新补贴。新乡市辖区居民…: a paragraph opening on a payment's name, as its own sentence, is headed by it)
    if (RUN_IN_PAYMENT_HEADING.test(text)) heading = leadOf(text);
    if (ITEM_NUMBER.test(text)) {
      heading = leadOf(text) || heading;
      // (（二）主要目标。到2027年，…取得显著成果 / 1.… / 2.…: a goal heading run into its paragraph opens a goal block as one alone does)
      if (GOAL_BLOCK.test(heading) && heading.length <= GOAL_HEADING_LENGTH) { inGoalBlock = true; reviewText = false; lastReported = false; }
      // (…到2020年将实现：/ 1、… / 2、…: the items of a list its lead dates keep that year)
      // (一、扩大有效投资政策 / …2024年聚焦推进市重点建设项目245个… / （一）夯实…。推动投资完成率…达到100%: as do the items after a
      // section's opening paragraph that dates its work in the year the text is issued)
      if (!datedList && !(carried && carriedBy >= 0 && carried.year === context.issuedYear && context.planYear == null)) carried = null;
    }
    // 今年全市经济社会发展的主要预期目标：, then one goal a line: the year of the list that follows;
    // 2024年发展主要预期目标：, the year the lead names
    const yearGoals = text.length <= 40 ? YEAR_GOALS_LEAD.exec(text) : null;
    // 对于2024发展主要预期目标，…提到，生产总值增长5.5%左右…。此外，单位生产总值能耗降低2.5%以上: a paragraph opening on
    // the year's main goals dates every goal in it
    // (2018年省政府重点工作任务共178项。其中包括：…: or on the year's work tasks)
    const goalsOpening = context.planYear || sectionYear !== null ? null
      : text.includes('主要预期目标') ? GOALS_PARAGRAPH.exec(text) : text.includes('重点工作任务') ? WORK_TASKS_PARAGRAPH.exec(text)
        // (会议明确了今年河北环境改善目标，…。全省地表水水质优良比例达到41.89%: or on the goals set for the year)
        : text.includes('目标') ? SETS_YEAR_GOALS_PARAGRAPH.exec(text) : null;
    const paragraphYear = goalsOpening ? (goalsOpening[1] ? Number(goalsOpening[1]) : context.issuedYear ?? null) : null;
    if (yearGoals || (leadsList(text) && THIS_YEAR_LEAD.test(text))) {
      const year = yearGoals ? Number(yearGoals[1]) : context.planYear ?? sectionYear ?? context.issuedYear ?? null;
      if (year) { carried = { year, date: null }; carriedBy = i; }
      inGoalBlock = true;
    }
    // (到2022年，…实现…“五强”发展目标；… / “五强”目标具体为：产业强，…: the details of goals the text named before, with their year, are
    // due in that year)
    const detailedGoals = NAMED_GOALS_DETAILED.exec(text);
    const namedGoalsYear = detailedGoals ? yearOfNamedGoals(lines.slice(span.start, i).map((line) => line.text), detailedGoals[1]) : null;
    if (namedGoalsYear !== null) { carried = { year: namedGoalsYear, date: null }; carriedBy = i; }
    // a line with no digit and no 十/百/千/两… can hold neither an amount nor a deadline
    // 过去一年，… opens a review even in a paragraph without a number
    const opensReview = REVIEW_OPENER.test(text) || opensOnPastYear(text, lastPastYear) || opensOnPeriodReview(text, lastPastYear) || PROFILE_OPENING.test(text);
    // 亮点 / 2025年 / …48万人 … 落点 / 2026年 / …增长4.5%左右: a year alone on its line (or with its place: 2020年湖南) heads a
    // past year's results or a coming year's goals
    const yearAlone = lastPastYear !== null ? YEAR_HEADING.exec(text) : null;
    if (yearAlone) { reviewBlock = Number(yearAlone[1]) <= (lastPastYear ?? 0); lastReported = false; }
    // (回顾2017年 / 生产总值增长9.5%… / 2018年目标: a heading that looks back on a year heads its results, whatever the text's date)
    else if (REVIEW_YEAR_HEADING.test(text)) { reviewBlock = true; lastReported = false; }
    // 在2025年重点工作部署中，…: a paragraph that turns to a year's work dates the targets after it
    const yearAt = text.indexOf('年');
    const yearWorkLead: RegExpExecArray | null = sectionYear === null && ((yearAt >= 4 && yearAt < 12) || text.startsWith('展望') || text.trimEnd().endsWith('展望')) ? YEAR_WORK_LEAD.exec(text) : null;
    if (yearWorkLead && !FIGURE_HINT.test(text.replace(yearWorkLead[0], ''))) {
      sectionYear = Number(yearWorkLead[1] ?? yearWorkLead[2] ?? yearWorkLead[3] ?? yearWorkLead[4] ?? yearWorkLead[5]);
      reviewBlock = false;
      lastReported = false;
      // (▲亮点回眸之… / 展望2015：新常态下谋求新突破: an outlook ends the review's blocks too)
      // (2026展望: or a year's outlook heading its own line)
      if (yearWorkLead[2] || yearWorkLead[3]) { inStatusBlock = false; statusLevel = Infinity; statusBullet = null; }
    }
    // 2023年，荆门GDP增长6.7%…。今年是荆门建设…攻坚之年…力争固投增长10%: a paragraph opening on this year, after a year
    // reported, sets goals for the year after it
    if (sectionYear === null && !context.planYear && lastPastYear !== null && THIS_YEAR_OPENING.test(text)) sectionYear = context.issuedYear ?? lastPastYear + 1;
    // (发布时间：2018年03月02日 … 2018年是贯彻落实…开局之年，…: a paragraph calling the text's own year by its number does so too)
    if (sectionYear === null && !context.planYear && context.issuedYear && text.trimStart().startsWith(`${context.issuedYear}年是`)) sectionYear = context.issuedYear;
    const worksLead = yearAt >= 0 && (leadsList(text) || text.trimEnd().endsWith('如下')) ? WORKS_LIST_LEAD.exec(text) : null;
    // (今年，…。39个为民办实事项目如下：: a lead whose year is the text's own, said as 今年 before it)
    const worksYear = worksLead ? (STATUS_HEADING.test(worksLead[0]) ? null : Number(worksLead[1])) : context.issuedYear && thisYearWorksLead(text) ? context.issuedYear : null;
    if (worksYear !== null) { sectionYear = worksYear; worksList = true; reviewBlock = false; lastReported = false; continue; }
    // (确定今年继续为群众集中力量办好十件民生实事。/ …即投资9530万元，实施…工程；…: the year's works a text resolves to do, named
    // by their count, are goals, in the paragraph that names them and the ones after it)
    // (2025年，通渭县继续…，将集中力量办好十件民生实事。: and the year the paragraph opens on, said before them, is theirs)
    // (钢城区为民办十件实事敲定 / …公布了2021年钢城区为民办十件实事: a headline naming no year leaves the year to the lead)
    if ((!worksList || sectionYear === null) && resolvesYearWorks(text)) {
      worksList = true;
      // (广平县2019年度10项民生实事日前确定: or the year said with them)
      const works = YEAR_WORKS.exec(text);
      const said = works?.[1] ?? works?.[2] ?? works?.[3] ?? works?.[4] ?? works?.[5] ?? works?.[6];
      const opening: string | undefined = sectionYear === null ? said ?? YEAR_OPENING_CLAUSE.exec(text.slice(0, works?.index))?.[1] : undefined;
      // (…会议确定今年20项民生实事项目, under the page's date: 今年 is the year the page is dated in)
      // (郑州金水区马年十大实事 / 2014-02-13 …已敲定马年为民办十件实事: or the year of the animal nearest it)
      const thisYearsWorks: RegExpExecArray | null = sectionYear === null && !opening && context.issuedYear ? THIS_YEARS_WORKS.exec(text) : null;
      const thisYears: number | null = thisYearsWorks && context.issuedYear ? (thisYearsWorks[1] ? zodiacYear(thisYearsWorks[1], context.issuedYear) : context.issuedYear) : null;
      if (opening) { sectionYear = Number(opening); reviewBlock = false; lastReported = false; }
      else if (thisYears) { sectionYear = thisYears; reviewBlock = false; lastReported = false; }
    }
    // (省政府2025年10件惠民实事具体为：一是稳定和扩大就业，年度目标为…: a list run on from its lead is that year's goals too)
    const inlineWorks = !worksLead && text.includes('实事') && !PAST_WORKS.test(text) ? WORKS_LIST_INLINE.exec(text) : null;
    if (inlineWorks) { sectionYear = Number(inlineWorks[1]); worksList = true; lastReported = false; }
    if (!(context.isPolicy || context.observer?.active) || !AMOUNT_HINT.test(text)) {
      if (opensReview || endsOnReview(text)) reviewBlock = true;
      else if (reviewBlock && clauseStances([text], 'neutral', null).out === 'ahead') reviewBlock = false;
      // 此次出台政策…对氢能产业全链条重点环节给予支持。 / 其中，…予以贴息: a paragraph on a policy's support ends a report's run
      if (turnsToPolicy(text)) lastReported = false;
      continue;
    }
    if (opensReview) reviewBlock = true;
    // (其中提到，2024年，西安市建成投用…。/ 2025年，推进…，开工建设6个330千伏变电站: a paragraph opening on a later year ends the review)
    // (去年以来，…完成…。/ 2019年，安排市本级政府性投资项目72个: with no year known to have passed, a year opening on what it plans)
    else if (reviewBlock && endsReview(text, lastPastYear)) { reviewBlock = false; lastReported = false; }
    // (…累计落实青年人才生活补贴…2.4亿元。据介绍，为…，德州市出台了一系列工作措施和支持政策。/ …每月给予5000元生活补助: a review
    // closing on the measures just issued gives way to them)
    else if (reviewBlock && MEASURES_ISSUED_END.test(lineAbove)) { reviewBlock = false; lastReported = false; }
    // a review paragraph's figures are reported ones, as a status block's are
    context.observer?.startLine(i, line, inStatusBlock || reviewBlock || reviewText || i < reviewUntil, inEditorNote);
    // 一、预期目标 … 地区生产总值同比增长5.5%: under a goal heading a growth 同比 is a goal's
    // 2024年，全市生产总值达…。 / 其中，新增专精特新企业66家…: a paragraph going on from a report reports too
    // 近三年来，…完成投资1804亿元；/ GDP增加262亿元，增长26.9%；: one sentence broken over lines at its semicolons
    if (turnsToPolicy(text)) lastReported = false;
    // 推进情况:1. 全市…培训5585人次。/ 2. 开展…培训484人次…: the items a progress label opens go on telling how far things have come
    // (推进情况:目前已完成…16466户。/ 3.完成5550亩…修复。(责任单位:…): a label with its report run on after it opens no list; the
    // numbered line after it is the next task)
    if (PROGRESS_LABEL.test(text)) progressItems = PROGRESS_LIST_OPENS.test(text);
    // (二、加强教育科技工作…: a heading of the list above them ends them)
    else if (!/^\s*\d{1,2}[.．、]/.test(text) && !BLANK.test(text)) progressItems = false;
    const review = reviewBlock || reviewText || i < reviewUntil || progressItems || (lastReported && (GOES_ON.test(text) || (i > span.start && ENDS_CLAUSE.test(lines[i - 1].text))));
    let figures = 0;
    let reportedFigures = 0;
    // a measure's item (三、…) or a sentence that gives breaks a report's run of figures
    // (据了解，…拥有200多家…: a paragraph in the news's own voice neither goes on from goals or a report nor ends them)
    const newsVoice = NEWS_VOICE_OPENING.test(text);
    // (主要目标为到2025年，…更加完善。/ ——优质主体不断壮大。累计培育…300家: a dash's item under goals a horizon opened is one of them)
    const goalItem = DASH_ITEM.test(text) && carried !== null && carriedBy >= 0 && carriedBy < i && /目标/.test(lines[carriedBy].text);
    // (2.新开工棚户区改造1666套。(责任单位:州住房城乡建设局) in a report of how a year's works go: a numbered task with the body
    // answering for it is the task set, whatever the report tells of it after)
    const taskAssigned = progressText && ITEM_NUMBER.test(text) && TASK_OWNER_NOTE.test(text);
    const stances = new StanceRun(review ? 'reported' : taskAssigned || ((inGoalBlock || goalRow || worksList || goalItem || (worksText && !inStatusBlock) || (goalRun && !opensReview && !YEAR_OR_PERIOD.test(text) && !newsVoice)) && !progressText) ? 'ahead' : 'neutral', review, ITEM_NUMBER.test(text), goalsProgress, context.planYear != null && !inStatusBlock);
    // 本次集中开工项目87个…。其中，投资10亿元以上项目6个…: the sentences after an event's go on with its figures
    let afterEvent = false;
    // the measure of the paragraph's last whole (种植面积 of 三大作物种植面积430万亩), for the parts 其中 lists
    let whole: { unit: string; measure: string; sentence: number } | null = null;
    // (建设幼儿园17所。/ 其中：东台市2所、建湖县4所: each place's count is of what the line before counted)
    const countedWhole = PART_OPENING.test(text) ? counted.before : null;
    counted.before = null;
    let countedValue = 0;
    // the deadline of the last commitment of the sentence before, which a breakdown of it shares
    let lastDeadline: Deadline | null = null;
    // 实现…年均增长10%以上，…年均增长8%左右。到2027年，…基本形成。: the horizon a goals paragraph states after its rates
    const lineFindings = findings.length;
    let horizonAfter: Deadline | null = null;
    let goalsNamedAfter = false;
    let reportedBy: Region | null = null;
    // 2023年，计划推进…项目。安排58亿元财政资金…: the year a sentence of the paragraph opened on, which money set aside after it is for
    let openingYear: Deadline | null = null;
    // the end of the plan period the sentence before described (“十五五”时期是…), for a bare 期间 after it
    let periodNamed: Deadline | null = null;
    // (用3年时间… counted from the year the text is issued: a horizon reckoned, which a year the text states elsewhere outweighs)
    const reckoned = new Set<Deadline>();
    // 未来五年，将做强商贸服务…，到2026年建成4个…。…全力打造5A级旅游景区1个…: a paragraph on the years ahead, whose first horizon
    // names the year they end in, dates its later figures that state none
    const aheadYear = YEARS_AHEAD_OPENING.test(text) ? Number(AHEAD_HORIZON.exec(text)?.[1]) || null : null;
    const testimony = text.startsWith('“') || text.startsWith('"') ? TESTIMONY.exec(text) : text.includes('“') ? TESTIMONY_LED.exec(text) : null;
    const testimonyEnd = testimony ? testimony[1].length : -1;
    // the sentence whose figures were last all read as forecast, and the last to give a record, counted in the paragraph
    let sentenceAt = -1;
    let forecastSentence = -2;
    let recordSentence = -2;
    const sentences = splitSentences(text);
    for (const sentence of sentences) {
      sentenceAt++;
      // (棚户区改造工程。新开工11万套… 城市供水设施建设工程。扩建水厂5座…: each works of a list run into one line heads its own sentences)
      if (RUN_IN_WORKS_HEADING.test(sentence.text)) heading = sentence.text.trim().slice(0, -1);
      // the records the sentence has given so far begin here (力争两项指标年均增长20%以上 names the ones before it)
      const sentenceFindings = findings.length;
      // the place whose figures the sentence gives: one of the region's county-level places it opens on (卫辉市提出的目标是：…), or the
      // province whose goals it quotes, or the paragraph's (found at the sentence's first figure, once)
      let sentenceRegion: Region | undefined;
      const opensOnYear = YEAR_FIRST.exec(sentence.text);
      if (opensOnYear) openingYear = { year: Number(opensOnYear[1]), date: null };
      const goesOnWithEvent: boolean = afterEvent && EVENT_GOES_ON.test(sentence.text);
      afterEvent = goesOnWithEvent;
      const mentions = findDeadlines(sentence.text);
      // (2022年嘉定发布了《…三年行动方案(2022-2024)》，明确了三年推动建设60家区级智能工厂: what a plan just announced sets, in the
      // sentence that announces it, is due at the plan's end, not in the year it came out)
      // (one plan only: not 先后出台《…（2023—2025年）》《…2023年行动计划》, whose figures may be either's)
      const named = sentence.text.indexOf('《');
      const announcedHere = named >= 0 && named === sentence.text.lastIndexOf('《') ? ANNOUNCED_PLAN.exec(sentence.text) : null;
      if (announcedHere) {
        const closed = announcedHere.index + announcedHere[0].length;
        mentions.push({ at: closed - 1, end: closed, deadline: { year: Number(announcedHere[1]), date: null }, leading: true });
        mentions.sort((a, b) => a.at - b.at);
      }
      // “十五五”时期是…攻坚突破期。报告明确，力争期间地区生产总值年均增长5.5%: 期间 on its own is the period the sentence before named
      const during: RegExpExecArray | null = !mentions.length && periodNamed ? BARE_DURING.exec(sentence.text) : null;
      if (during && periodNamed) mentions.push({ at: during.index, end: during.index + during[0].length, deadline: periodNamed, leading: true });
      periodNamed = mentions.find((m) => !m.leading && PERIOD_NAMED.test(sentence.text.slice(m.at, m.end)))?.deadline ?? (during ? periodNamed : null);
      // 今后五年…的主要目标是: five years after the last year the text looks back on
      const ahead = lastPastYear && !mentions.length && (sentence.text.includes('今后') || sentence.text.includes('未来')) ? YEARS_AHEAD.exec(sentence.text) : null;
      if (ahead && lastPastYear) mentions.push({ at: ahead.index, end: ahead.index + ahead[0].length, deadline: yearsAheadEnd(ahead, lastPastYear), leading: true });
      else if (aheadYear && !mentions.length) mentions.push({ at: 0, end: 0, deadline: { year: aheadYear, date: null }, leading: true });
      // 力争用5年左右的时间…, 5年内，设立20亿元…基金 in a text dated 2016: done by 2021
      // (通过三年努力 in a 三年行动计划（2023—2025年）: by the end of the plan's period)
      const within = !mentions.length && sentence.text.includes('年') ? WITHIN_YEARS.exec(sentence.text) : null;
      // (力争5年内… in a plan of three years runs past it)
      const spanYears = within ? numeralValue(within[1] ?? within[2]) : 0;
      // (用3年时间 in a text of 2023 spends 2023, 2024 and 2025; 5年内 in a text of 2016 runs to 2021)
      // (从2016年起，利用3年的时间…: three years from the year stated, the last of them 2018)
      const from = within ? SPAN_FROM.exec(sentence.text.slice(0, within.index)) : null;
      const withinEnd = from ? Number(from[1]) + spanYears - 1 : within && context.issuedYear ? (context.planEnd && context.planEnd >= context.issuedYear && spanYears <= context.planEnd - context.issuedYear + 1 ? context.planEnd : context.issuedYear + spanYears - (within[1] ? 1 : 0)) : null;
      if (within && withinEnd) {
        const reckonedEnd = { year: withinEnd, date: null };
        reckoned.add(reckonedEnd);
        mentions.push({ at: within.index, end: within.index + within[0].length, deadline: reckonedEnd, leading: true });
      }
      // (工业总产值3年突破6400亿元、5年跨越7500亿元、8年超过10000亿元, in a plan of 2018: a list of counts of years from the text's
      // year, each dating the level right after it, the last of them its deadline)
      const yearsToReach = context.issuedYear && sentence.text.includes('、') ? matchesOf(YEARS_TO_REACH, sentence.text) : [];
      if (yearsToReach.length > 1 && context.issuedYear && !mentions.some((m) => m.at < yearsToReach[yearsToReach.length - 1].index)) {
        for (const m of yearsToReach) mentions.push({ at: m.index, end: m.index + m[1].length + 1, deadline: { year: context.issuedYear + numeralValue(m[1]) - 1, date: null }, leading: false, forward: true });
        mentions.sort((a, b) => a.at - b.at);
      }
      // (2019年重点实施…，争取利用3年时间培育50家…: a span counted from the year the sentence opens on, the last of them 2021)
      const spanAfterYear = opensOnYear && mentions.length === 1 ? WITHIN_YEARS.exec(sentence.text) : null;
      if (spanAfterYear && opensOnYear) {
        const end = Number(opensOnYear[1]) + numeralValue(spanAfterYear[1] ?? spanAfterYear[2]) - 1;
        mentions.push({ at: spanAfterYear.index, end: spanAfterYear.index + spanAfterYear[0].length, deadline: { year: end, date: null }, leading: true });
      }
      // 到2025年累计建成10.75亿亩…、2030年累计建成12亿亩…: a later year opening an item after a horizon dates the figures after it
      const horizon = mentions.find((m) => m.leading);
      if (horizon && sentence.text.includes('、')) {
        for (const m of matchesOf(LATER_HORIZON, sentence.text)) {
          const at = m.index + 1;
          if (Number(m[1]) > horizon.deadline.year && at > horizon.end && !mentions.some((x) => x.at <= at && x.end > at)) mentions.push({ at, end: at + m[1].length + 1, deadline: { year: Number(m[1]), date: null }, leading: true });
        }
        mentions.sort((a, b) => a.at - b.at);
      }
      // 江苏将按照“十四五”末建成…的目标要求，…新建高标准农田400万亩: a horizon inside the goal a sentence works toward dates that goal only
      const framed = mentions.length > 0 && sentence.text.includes('目标') ? [...sentence.text.matchAll(FRAMING_GOAL)].map((m) => ({ start: m.index, end: m.index + m[0].length })) : [];
      const mentionsAt = (offset: number): DeadlineMention[] => framed.length === 0 ? mentions : mentions.filter((m) => !framed.some((f) => m.at >= f.start && m.end <= f.end && (offset < f.start || offset >= f.end)));
      const quantities = findQuantities(sentence.text);
      // 其中… lists the parts of a whole: asked only of a sentence with figures
      const listsParts = quantities.length > 0 && PART_OPENING.test(sentence.text);
      // (…任务4894户。其中，南宁市274户，…: or a sentence opening on 其中, after the whole's)
      const partsFrom = quantities.length > 1 ? sentence.text.search(/[，,；]其中|^\s*其中[，,：:]/) : -1;
      // clauses matter only around a number: a sentence without one skips cutting them
      const clauses = quantities.length ? sentence.clauses.map((c) => trimClause({ ...c, start: c.start - sentence.start, end: c.end - sentence.start })) : [];
      let reportedClauses: boolean[] = [];
      if (quantities.length) {
        const late = /月|季度/.test(sentence.text) ? LATE_IN_YEAR.exec(sentence.text) : null;
        if (late) {
          lastPastYear = Math.max(lastPastYear ?? 0, Number(late[1] ?? late[2]));
          yearReviewed = true;
        }
        const lastAsked = clauses.findIndex((c) => quantities[quantities.length - 1].start < c.end);
        reportedClauses = stances.judge(sentence.text, clauses.map((c) => c.text), lastAsked < 0 ? clauses.length - 1 : lastAsked, lastPastYear, yearReviewed);
        // (地区生产总值突破2200亿元、…粮食年产量稳定在58亿斤左右……在…会议上，政府工作报告总结了“十四五”时期的成就: figures an ellipsis
        // closes, which the next sentence sums up as what was achieved, report it)
        if (sentence.text.trimEnd().endsWith('……') && summedUpNext(sentences[sentenceAt + 1]?.text)) reportedClauses = clauses.map(() => true);
      } else stances.wait(sentence);
      context.observer?.sentence(sentence, quantities, clauses);
      const comparators: Comparator[] = [];
      let sentenceDeadline: Deadline | null = lastDeadline;
      const pairedNames: string[] = [];
      const sentenceNames: string[] = [];
      const listItems = new Map<TextRange, { first: number; items: TextRange[] } | null>();
      // whether the paragraph's words right before the sentence give money, asked at most once a sentence
      let givenBefore: boolean | undefined;
      const moneyGivenBefore = (): boolean => (givenBefore ??= sentence.start > 0 && givesMoney(text.slice(Math.max(0, sentence.start - 200), sentence.start)));
      let setAsideJustBefore: boolean | undefined;
      const setAsideBefore = (): boolean => (setAsideJustBefore ??= sentence.start > 0 && SET_ASIDE.test(text.slice(Math.max(0, sentence.start - 200), sentence.start)));
      const afterForecast = forecastSentence === sentenceAt - 1 && recordSentence !== sentenceAt - 1;
      const sentencePaid: PaidAt[] = [];
      quantities.forEach((quantity, index) => {
        // (a figure in a table's column of results was reached, not promised)
        if (resultsFrom >= 0 && sentence.start + quantity.start >= resultsFrom && (resultsTo < 0 || sentence.start + quantity.start < resultsTo)) return;
        const clause = clauses.find((c) => quantity.start >= c.start && quantity.start < c.end) ?? clauses[clauses.length - 1];
        const comparator = comparatorOf(sentence.text, quantity, index > 0 ? { quantity: quantities[index - 1], comparator: comparators[index - 1] } : undefined);
        comparators[index] = comparator;
        // (重点工作任务 / 完成情况: 地区生产总值增长8%左右。/ 全年地区生产总值…，增长5.8%。: the outcome under the task)
        // (“外购基础母牛补贴2000元，…共领取补贴5000多元。”…养殖户童麻乃告诉记者: what a resident says they were given, in their own words)
        const testified = testimonyEnd > 0 && sentence.start + quantity.start < testimonyEnd;
        const reported = (reportedClauses[clauses.indexOf(clause)] ?? false) || (cellResults >= 0 && OUTCOME_CELL.test(text)) || testified;
        figures++;
        if (reported || review) reportedFigures++;
        // (…给予最高2000万元资金支持。对于特别重大的项目，可连续支持三年: the sentence before may give what a duration runs for)
        const afterPayment = DURATION_BASES.has(quantity.base) && moneyGivenBefore();
        const judged = inTableNote ? { kind: null, reason: "a table's note" } as const : classify({ sentence: sentence.text, quantity, clause: clause.text, isPolicy, inStatusBlock: inStatusBlock && !goalRow, reported, workReport, afterPayment });
        // (产量由2023年的1.2万辆提高到2026年的5万辆 in a text of 2024: the figure of a year still ahead is a goal)
        const yearOfFigure = judged.kind === null && judged.reason === YEAR_FIGURE_REASON ? Number(YEAR_OF_FIGURE.exec(sentence.text.slice(0, quantity.start))?.[1]) : 0;
        const classified = yearOfFigure && context.lastPastYear && yearOfFigure > context.lastPastYear ? { kind: 'target' as const } : judged;
        // (奖补事项 | 奖补对象 | 奖补方式 | 奖补额度 … 国家级 100 万元；省级 50 万元: a sum in a table of payments is paid)
        // (…予以资金奖励。其中，肃宁175万元，黄骅150万元: the parts of money the sentence before gives are given too)
        // (区财政预算安排资金52.96亿元。其中，…社会事业项目建设资金13.58亿元: or of money the sentence before sets aside)
        const partOfMoneyGiven = classified.kind === 'target' && quantity.base === 'CNY' && BREAKDOWN_OPENING.test(sentence.text) && (moneyGivenBefore() || setAsideBefore());
        // (最高5000万元!广西将设立县域经济发展专项奖励资金: a headline's bare cap, the money it gives named after its !)
        const headlineCap = classified.kind === 'target' && quantity.base === 'CNY' && BARE_CAP.test(sentence.text) && PAYMENT_NAMED.test(text) && isHeadline(text, i === span.start || i < headEnd);
        // (…按照实际发生成本10%的标准给予一次性补贴。最高不超过100万元。: a sentence that only caps is the cap of the payment before it;
        // …给予用户侧储能项目一次性补助!最高500万元!: exclaimed, as a headline does)
        const capOfPayment = classified.kind === 'target' && quantity.base === 'CNY' && index === 0 && CAP_ALONE.test(sentence.text.slice(0, quantity.start)) && (quantities.length === 1 ? CAP_CLOSES : /^\s*[，,；;]/).test(sentence.text.slice(quantity.end))
          && findings.length > 0 && findings[findings.length - 1].kind === 'incentive' && moneyGivenBefore();
        // (为前来考察交流的高端人才发放考察支持。原则上国内人才个人单次最高2万元，团队单次最高10万元: caps a sentence lists for each
        // receiver, right after the sentence that names the support, are that support's)
        const capsOfSupportNamed = classified.kind === 'target' && quantity.base === 'CNY' && comparator === '<=' && quantities.every((q) => q.base === 'CNY' && /(?:最高|不超过)$/.test(sentence.text.slice(Math.max(0, q.start - 3), q.start)))
          && SUPPORT_NAMED_JUST_BEFORE.test(text.slice(Math.max(0, sentence.start - 40), sentence.start));
        // (初步预计，全市生产总值将达到103.22亿元左右，增长14%以上。其中：一产业增加值12.8亿元…: the parts of a figure forecast are forecast)
        const partOfForecast = classified.kind === 'target' && PART_OPENING.test(sentence.text) && afterForecast;
        // (…全市共补贴200万元：…全市共补贴200万元，两项合计全市补贴400万元; 共计投入资金2080万元，其中…1080万元…，…1000万元: a total
        // whose parts the sentence states is no commitment of its own)
        // (中大型无人机按照90元/架次、每家企业每年度不超过500万元: a cap right after a rate just paid, in its provision, caps that payment)
        const capAfterRate = classified.kind === 'target' && quantity.base === 'CNY' && comparator === '<=' && index > 0 && findings.length > lineFindings
          && findings[findings.length - 1].kind === 'incentive' && CAP_AFTER_RATE_PAID.test(sentence.text.slice(quantities[index - 1].end, quantity.start));
        // (耕地地力保护补贴 / 标准为120元/亩。: the standard a line gives under a payment's name is that payment's)
        // (1、职业技能提升补贴 / …综合服务类提高20%：初级工（五级）每人840元；…: or a rate per head a line lists under it)
        // (（5）场地租金补贴。…100平米以下的每年不超过3000元: or the most each tier of a size is paid)
        const itemBefore = lastItemOf(sentence.text.slice(clause.start, quantity.start));
        const standardUnderPayment = classified.kind === 'target' && quantity.base === 'CNY' && (STANDARD_OPENING.test(sentence.text) || GRADE_PER_HEAD.test(itemBefore) || TIER_OF_PAYMENT.test(itemBefore)) && PAYMENT_NAMED_HEADING.test(heading);
        const verdict = partOfForecast ? { kind: null, reason: 'forecast' } : classified.kind !== null && totalOfParts(sentence.text, quantities, index) ? { kind: null, reason: 'a total of its parts' } : classified.kind === 'target' && quantity.base === 'CNY' && (paymentTable || partOfMoneyGiven || headlineCap || capOfPayment || capAfterRate || standardUnderPayment || capsOfSupportNamed) ? { ...classified, kind: 'incentive' as const } : classified;
        if (verdict.kind === null && verdict.reason === EVENT_REASON) { afterEvent = true; eventFigures.add(figureKey(quantity)); }
        // (not a rate: 增长9.3% last year may well be this year's goal again)
        if (verdict.kind === null && verdict.reason === 'statistic' && quantity.base !== 'percent') reachedFigures.add(figureKey(quantity));
        if (verdict.kind === null && verdict.reason === 'forecast') forecastSentence = sentenceAt;
        if (verdict.kind === null || goesOnWithEvent) return;
        // (工业企业年新增450家以上, 年度实施技术改造项目不少于500项: 年 before what is added each year says so too)
        // (每年实施千万元以上项目不少于200个，投资800亿元以上，争列…20个以上: the clauses after 每年 go on counting each year's,
        // until a ； or a total, a level or a year of their own; 由每人每年670元提高到700元: a rate per head and year recurs in none)
        const annual = EVERY_YEAR_RECURRING.test(clause.text)
          || (EVERY_YEAR_RECURRING.test(sentence.text.slice(sentence.text.lastIndexOf('；', clause.start) + 1, clause.start)) && !ANNUAL_ENDS.test(clause.text));
        // 今年…增长5%左右: this year is the plan's year, or the year the text was issued
        // (《…第十三个五年发展规划纲要》正式发布 / 今年经济社会发展主要预期目标 / 地区生产总值712亿元: or its heading does)
        const saysThisYear = thisYearBlock || THIS_YEAR.test(sentence.text);
        // 力争全年达到90亿元, 力争年内…: the whole of the year the text is issued in, unless a year is carried to it
        // 在2025年“立园满园”行动计划中，…紧盯全年…增长7.5%的目标: the year of the plan the sentence speaks in
        const namedPlan = sentence.text.includes('计划') || sentence.text.includes('要点') ? NAMED_YEAR_PLAN.exec(sentence.text) : null;
        // (力争三季度全县GDP增长10.8%以上: a quarter's goal is this year's quarter)
        // (2022年，果洛州实现…。…划定发展预期目标: with no date, the year after the one the text looks back on)
        // 对2025年全年产值增量超过1亿元的企业，给予…: the period a payment's condition measures is no date of the payment
        const condition = verdict.kind === 'incentive' ? paymentCondition(sentence.text, quantity.start) : null;
        // (…的，给予最高30万元奖励；2025年全年…的，给予…: nor the next payment's condition)
        // (对年内投产的特色产业项目，按…给予: nor the year the things paid for are to be done in)
        const ownTerms = condition ? sentence.text.slice(condition.end, clauseGroupEnd(sentence.text, quantity.start)) : sentence.text;
        const unconditioned = verdict.kind === 'incentive' ? ownTerms.replace(DONE_WITHIN_YEAR, '').replace(YEARLY_FLOOR, '') : ownTerms;
        // (title 2021年政策包分类执行清单 / 一、2021年政策包中2022年继续实施的政策清单: a year a heading states over the title's)
        const thisYear = (statedSectionYear === sectionYear ? sectionYear : null) ?? context.planYear ?? sectionYear ?? paragraphYear ?? (namedPlan ? Number(namedPlan[1]) : null) ?? (saysThisYear || WHOLE_YEAR.test(unconditioned) || QUARTER_GOAL.test(sentence.text) || REST_OF_YEAR.test(text.slice(0, sentence.start)) ? context.issuedYear ?? (saysThisYear && lastPastYear ? lastPastYear + 1 : null) : null);
        const planYear = thisYear ? { year: thisYear, date: null } : null;
        // 2022年，…(figures). 今年，力争…: a sentence's own 今年 is not the year carried from before it
        // …and with no year known for 今年, not a year carried from a sentence about something else, nor the goals' year
        // (…全年计划实施5000万元以上项目20个。按产业类别划分：基础设施项目6个…: the parts are due when the whole is)
        // (2024年重点工作安排 / …力争到2025年产业规模突破7万亿元 / 培育绿色工厂100个: in a year's list of works, one item's horizon is its own)
        const carriedHere = carried && (sectionYear === null || carriedBy === i || carriedBy < 0 || leadsList(lines[carriedBy].text)) ? carried : null;
        // (…到2025年可再生能源装机达到9000万千瓦以上。其中，风电…: the parts are due when the whole is, whatever year is carried)
        const fromBefore = saysThisYear || namedPlan ? null : (BREAKDOWN_OPENING.test(sentence.text) ? lastDeadline : null) ?? carriedHere;
        // money given is due by a date stated before it (每年安排100亿元…，到2022年 does not bound it)
        // the deadline the sentence states or the lead before it carries, else the document's own year or period
        // (…人工智能产业基金规模突破50亿元 under 2027年，: a fund growing to a size is due when the goals around it are)
        const fundReaches = verdict.kind === 'incentive' && comparator === '>=' && !annual && /规模|总量/.test(clause.text);
        // 年内营业收入达到480亿元，助推…“十四五”期间成长为…: this year, said before the figure, is not a period named after it
        // (今年，…继续推动200万千瓦在建风光项目建设，“十四五”期间打造…；…，年内力争启动…: this year, said before the figure in its
        // provision, is not a period named after it, nor one named before the ； that opens the provision; a year named there may be)
        const provisionStart = sentence.text.lastIndexOf('；', quantity.start) + 1;
        const sameYear = (m: DeadlineMention): boolean => m.at >= provisionStart || !PERIOD_NAMED.test(sentence.text.slice(m.at, m.end));
        const thisYearBefore = THIS_YEAR_SAID.test(sentence.text.slice(provisionStart, quantity.start));
        // (会议透露，2024年，管城区将… / …年内完成投资20亿元: in news of next year's work, 年内 or 全年 is the year carried, not the year
        // the news came out; 今年 is that year)
        const yearAheadCarried = thisYearBefore && thisYear !== null && thisYear === context.issuedYear && context.planYear == null && sectionYear == null && paragraphYear == null && !namedPlan
          && fromBefore !== null && fromBefore.year > thisYear && !/今年|本年/.test(sentence.text.slice(provisionStart, quantity.start));
        // (with no year of its own known, the text's year is the one carried to it)
        const paidNow = verdict.kind === 'incentive' && !fundReaches;
        // 到2022年和2030年，…分别不低于22%和30%: a pair of figures, each due at its own horizon
        const paired = pairedYear(sentence.text, quantities, index);
        // (5年内，设立20亿元…基金…；…的，最高给予5000万元运营补贴: a provision after a ； is dated by its own words only)
        const provisionFrom = paidNow ? sentence.text.lastIndexOf('；', quantity.start) + 1 : 0;
        // (对新设立的外资企业（包括2016年注册，2017年实缴注册资本的）…给予: a year in a bracketed note on who qualifies dates no payment)
        const here = mentionsAt(quantity.start);
        // (…的增量全部返还新区，用于新区滚动发展，期限至2017年: or the term the provision's payments run to, told after them)
        const stated = paidNow ? deadlineBefore((condition ? here.filter((m) => m.end <= condition.start || m.at >= condition.end) : here).filter((m) => m.at >= provisionFrom && !inBracket(sentence.text, m.at)), quantity.start)
            ?? here.find((m) => m.at > quantity.end && PAID_UNTIL.test(sentence.text.slice(Math.max(provisionFrom, m.at - 6), m.at + 1)) && !sentence.text.slice(quantity.end, m.at).includes('；'))?.deadline ?? null
          : paired?.deadline ?? (thisYearBefore ? deadlineBefore(here.filter(sameYear), quantity.start) ?? (planYear && !yearAheadCarried ? null : fromBefore)
            // (每年招引…项目100个，带动未来五年…投资1000亿元以上: a horizon after the clause bounds what follows, not a yearly figure)
            // (…将达到年主营业务收入总额7000亿元的目标；而到2012年…: nor a year past the ； after the figure, which opens a provision of its own)
            // (力争2024年江津班列到发量占全市50%，进出口总额年均增速10%以上: nor a year said for an earlier clause's figure, another
            // measure's average growth running over the years the text looks ahead to; not …2027年地区生产总值达到1600亿元，年均增长9%)
            : annual ? deadlineAt(here.filter((m) => m.at < clause.end), quantity.start) : deadlineAt(here.filter((m) => (m.at < quantity.start || !sentence.text.slice(quantity.end, m.at).includes('；')) && !(m.end <= clause.start && clause.text.includes('年均') && !/^\s*(?:年均|平均)/.test(clause.text) && pointYearOfFigure(sentence.text, m))), quantity.start) ?? fromBefore);
        // (2023年全县拟安排资金19.56亿元。其中交通项目安排资金7.27亿元…: the parts of money set aside are due when the whole is)
        // (计划培养…人才。其中，对杰出人才，给予每人200万元资助: not a payment after a goal, whose year dates no payment)
        // (区财政2024年预算安排资金52.96亿元。其中，用于…建设资金13.58亿元: a part's sum, the whole set aside in the sentence before;
        // not 其中，单个项目最高可获500万元支持, a cap on what each is paid)
        const partOfWhole = paidNow && !stated && BREAKDOWN_OPENING.test(sentence.text) && (SET_ASIDE.test(clause.text) || (quantity.base === 'CNY' && !/最高|不超过|每/.test(clause.text) && setAsideBefore())) ? lastDeadline : null;
        // (…。安排58亿元财政资金保障…，其中，道路基础设施建设10亿元: money set aside, and its parts, in the year a sentence before opened on)
        const setAsideInYear = paidNow && !stated && openingYear && !/每年|年度/.test(clause.text) && (SET_ASIDE.test(clause.text) || (quantity.base === 'CNY' && SET_ASIDE_PARTS.test(sentence.text.slice(0, quantity.start)))) ? openingYear : null;
        // (二、2025年工作安排 / 明年经济社会发展主要预期目标是：…, on an undated page whose year is only the one its headings plan for:
        // the text was written the year before, and its next year is the one its heading names)
        const nextYearHeaded = context.issuedInWords === true && statedSectionYear !== null && statedSectionYear === sectionYear && statedSectionYear === context.issuedYear;
        // (张家口今年已投入使用…74辆，明年还将新增170辆: next year, said last before the figure in its provision, is the year after the text's)
        // (某区明年将实施…；再建7个“居民之家”…；新建15个…: or said by the sentence's opening clause, no other year said since)
        const nextYear = context.issuedYear && (sentence.text.includes('明年') || sentence.text.includes('今明两年')) && (nextYearSpoken(sentence.text, here, provisionStart, quantity.start)
          || (!/今年/.test(sentence.text.slice(provisionStart, quantity.start)) && OPENS_ON_NEXT_YEAR.test(sentence.text) && nextYearSpoken(sentence.text, here, 0, quantity.start))) ? { year: context.issuedYear + (nextYearHeaded ? 0 : 1), date: null } : null;
        // (2024年 | 2025年 | 2027年: the year a goals column heads states its figures' deadline, as a year the words name would)
        // (the column counted only in a table's row: most figures stand in prose)
        const columnAt = (barRow && barTable) || (goalColumn && horizonYears) ? text.slice(0, sentence.start + quantity.start).split('|').length - 1 : -1;
        const headed = barRow && barTable ? barTable.years[columnAt] || barTable.year : goalColumn && horizonYears ? horizonYears[columnAt] : 0;
        const columnStated = headed ? { year: headed, date: null } : null;
        // (每年招引亿元以上制造业项目100个, 每年投入3000万元: what recurs every year is due in none, whatever year the text is for;
        // 每年度考核排名第一位的…奖补: not a yearly round of a plan's own, which the plan's year dates)
        const deadline = nextYear ?? stated ?? partOfWhole ?? setAsideInYear ?? (goalCell && cellGoalYear ? { year: cellGoalYear, date: null } : null) ?? columnStated ?? (goalColumn && goalColumnYear ? { year: goalColumnYear, date: null } : null) ?? (goalColumn && !horizonYears && thisYear === null && context.issuedYear ? { year: context.issuedYear, date: null } : null) ?? (inStatusBlock && statusYear && YEAR_PLAN_ROW.test(clause.text) ? { year: statusYear, date: null } : null) ?? (annual && !clause.text.includes('每年度') ? null : verdict.kind === 'incentive' || annual ? planYear
          // 研发经费投入年均增长7%, 单位国内生产总值二氧化碳排放累计降低17% in a report on the 十五五 plan: over the plan period
          : (periodAheadEnd ? { year: periodAheadEnd, date: null } : null)
            ?? (/年均|累计(?:降低|下降|提高|提升|减少)/.test(clause.text) && context.spokenPeriodEnd ? { year: context.spokenPeriodEnd, date: null } : null) ?? planYear
            ?? (context.planEnd && !thisYearBlock ? { year: context.planEnd, date: null } : (pastGoals || thisYearBlock || /今年|本年度/.test(sentence.text) ? null : goalYear))
            ?? (context.aheadYear && !pastGoals ? { year: context.aheadYear, date: null } : null)
            // 若干政策（2025年版）…新认定高新技术企业500家以上: a year's edition sets that year's targets
            ?? (context.editionYear ? { year: context.editionYear, date: null } : null) ?? headlineHorizon
            // (凉山州…会议开幕，今年…主要预期目标是… / 建设美丽宜居乡村20个: the goals of news of the year's work report are for its year)
            ?? (yearsReport && !pastGoals && !thisYearBlock ? { year: yearsReport, date: null } : null));
        // (6左右 | in a table copied one cell a line: the bar that closed the cell is no part of the words)
        // (地区生产总值增长5%以上、规模以上工业增加值增长4.5%以上、…: in a clause listing its figures, each the item that holds it;
        // the items are found once a clause)
        if (!listItems.has(clause)) listItems.set(clause, listItemsOf(sentence.text, clause, quantities));
        const listed = listItems.get(clause);
        const item = listed?.items[index - listed.first] ?? clause;
        const quote = cellOf(originalSlice(line, sentence.start + item.start, sentence.start + item.end));
        // (…比例达到37%及以上和40%及以上: the second of the pair measures what the first does)
        // (机场旅客和货邮吞吐量达到750万人次每年和12万吨每年: two measures sharing a word, and a figure for each)
        // (…比重分别达到23%、17%，分别比“十二五”末提高6个和8个百分点: a 分别 clause's changes are of the measures the clause before spread)
        const own = respectiveName(sentence.text, quantities, index) ?? (paired?.second && pairedNames[index - 1] ? pairedNames[index - 1] : null)
          ?? changeOfSpread(sentence.text, clause, quantities, index, sentenceNames)
          ?? nameIndicator({ sentence: sentence.text, clause, quantities, index, kind: verdict.kind, heading, comparator, earlier: text.slice(0, sentence.start), receiverLine });
        // 国窖1573全年销售收入突破130亿元、青花郎突破100亿元: an item naming only what it is for measures what the item before it does
        // (not 主营业务收入4000亿元、利税600亿元 or …增加值100亿元、实现工业投资300亿元, an item naming a measure of its own)
        const between = index > 0 ? sentence.text.slice(quantities[index - 1].end, quantity.start) : '';
        // (the catalogue asked last: most figures fail the shape first)
        const shared = index > 0 && quantities[index - 1].unit === quantity.unit && own.length <= 6 && /^[^，。；\d]{0,3}、[^，。；、\d]{1,8}$/.test(between)
          && !SHARED_MEASURE.test(own) && !MEASURE_OF_ITS_OWN.test(own) && keyIndicator(own, quantity.base) === null ? SHARED_MEASURE.exec(sentenceNames[index - 1] ?? '')?.[0] : undefined;
        // (…铝基新材料产业规上企业数量突破150家，产值迈过1000亿元大关; 谋划储备项目3500个、总投资4500亿元: an item naming only its
        // measure measures the industry or the projects the item before it names)
        const itemBreak = index > 0 && BARE_ITEM_MEASURE.test(own) ? between.search(/[，、]/) : -1;
        const rest = itemBreak >= 0 ? between.slice(itemBreak + 1) : '';
        const subject = rest.startsWith(own) && rest.length - own.length <= 4 ? ITEM_SUBJECT.exec(sentenceNames[index - 1] ?? '')?.[1] : undefined;
        // (…产业规模突破1000亿元，企业突破1000户；到2030年，规模达到2000亿元: a bare measure in a later sentence of the paragraph
        // measures the industry the paragraph's last goal did)
        // (not past a product's own capacity between: …稀土产业产值达到500亿元…多晶硅料产能达到37.5万吨…，产值达到500亿元)
        const owner = !shared && !subject && BARE_INDUSTRY_MEASURE.test(own) ? ownerBefore(findings, lineFindings) : undefined;
        // (…2023年旅游总收入达到4000亿元，…；到2025年达到6500亿元: a clause with a verb alone measures what the figure before it does, in its unit)
        const changeOnly = index > 0 ? CHANGE_ONLY_NAME.exec(own) : null;
        // (在完成年度50万亩…任务基础上，再争取30万亩; 近期（2021年）城镇人口达到125万人，远期（2035年）达到220万人: or words before it that
        // name nothing of its own, in a clause after the figure before)
        const borrows = index > 0 && quantities[index - 1].end <= clause.start && BORROWS_MEASURE.test(sentence.text.slice(clause.start, quantity.start));
        const verbOnly = index > 0 && !shared && !subject && !owner && (VERB_ONLY_NAME.test(own) || borrows || (changeOnly && sentenceNames[index - 1]?.endsWith(changeOnly[1]))) && quantities[index - 1].base === quantity.base ? sentenceNames[index - 1] : undefined;
        // (…发展规模达到100亿元的超过20个、1000亿元的超过6个: an item opening on its own size is the item before it at that size)
        const sized = index > 0 && !verbOnly ? SIZE_OPENING.exec(own) : null;
        const sizedBefore = sized ? lastNameBefore(sentenceNames, index, (name) => SIZE_IN_NAME.test(name)) : undefined;
        const resized = sized && sizedBefore ? sizedBefore.replace(SIZE_IN_NAME, sized[1]) : undefined;
        // (新签约亿元以上项目15个120亿元, 日用品券1400张3万元: a sum right after a count is what the things counted are worth, named for them;
        // 日用品券1400张3万元(面额50元200张…): its breakdown in brackets after it)
        const worth = index > 0 && !verbOnly && !resized && CURRENCIES.has(quantity.base) && quantities[index - 1].base === 'count' && /^\s*(?:计|共|合计)?\s*$/.test(between) && /^\s*(?:[（(][^（()）]*[)）])?\s*(?:[，。；、]|$)/.test(sentence.text.slice(quantity.end))
          ? sentenceNames[index - 1]?.replace(/数量$/, '') : undefined;
        // (实施城市老旧小区改造项目67个28682户 → 城市老旧小区改造户数: the size of the things just counted, in households, homes or area,
        // named for them by what it measures; 新开工老旧小区改造221个3万户 too)
        const sizeMeasure = index > 0 && !verbOnly && !resized && !worth && quantities[index - 1].base === 'count' && between === '' ? SIZE_OF_COUNTED[quantity.unit] : undefined;
        const sizeNamed = sizeMeasure ? `${(sentenceNames[index - 1] ?? '').replace(/(?:项目)?(?:数量)?$/, '')}${sizeMeasure}` : undefined;
        // (每亩给予3000元一次性奖补。每个申报主体限额30万元: a cap for each receiver is no cap per unit the payment is reckoned by)
        const perReceiver = capOfPayment && /每个(?:申报)?(?:主体|单位|企业|项目)/.test(sentence.text.slice(0, quantity.start));
        const capped = capOfPayment ? `${findings[findings.length - 1].indicator.replace(/(?:比例|标准|金额)(?:（[^（）]*）)?$|上限$/, '').replace(perReceiver ? /每(?:亩|人|户|头|只|吨|平方米)|（每[^（）]*）/g : /$^/, '')}上限` : undefined;
        // (投资亿元以上项目1200项，其中，十亿元以上270项 → 十亿元以上项目数量: a count named by its size alone counts what the count
        // before it does)
        const bareSize = index > 0 && !verbOnly && !resized ? BARE_SIZE_COUNT.exec(own) : null;
        const sizeOf = bareSize && quantity.base === 'count' ? COUNTED_NOUN.exec(lastNameBefore(sentenceNames, index, () => true) ?? '')?.[1] : undefined;
        const sizeCounted = bareSize && sizeOf ? `${bareSize[1]}${sizeOf}` : undefined;
        // (建设幼儿园17所，9所年内主体竣工: a count opening its clause on what becomes of some of the things just counted is of them)
        // (…，8所年内竣工交付: the next stage too, of the same things)
        const stageOf = index > 0 && !verbOnly && quantities[index - 1].base === 'count' && quantities[index - 1].unit === quantity.unit && STAGE_ONLY_NAME.test(own)
          && /^\s*$/.test(sentence.text.slice(clause.start, quantity.start))
          ? (lastNameBefore(sentenceNames, index, (name, k) => quantities[k].unit === quantity.unit && !STAGE_ENDING.test(name.replace(/数量$/, ''))) ?? '').replace(/数量$/, '').replace(BUILT_OPENING, '') : '';
        const staged = stageOf.length >= 2 ? stageOf + own : undefined;
        // (中小学新建6所、改扩建9所 → 中小学改扩建数量: a works verb alone after the item before it is done to what that item names)
        const doneTo = !staged && index > 0 && quantities[index - 1].unit === quantity.unit ? WORKS_VERB_ITEM.exec(between) : null;
        const doneOn = doneTo ? NOUN_THEN_WORKS_VERB.exec(sentenceNames[index - 1] ?? '') : null;
        const redone = doneTo && doneOn ? `${doneOn[1]}${doneTo[1]}${doneOn[2] ?? ''}` : undefined;
        // (企业研发投入占主营业务收入的比重超过3%，重点企业超过5%; 森林覆盖率达到60%，城区达到45%: a clause naming only a part of
        // the whole, right after a rate, gives that part's rate)
        const part = index > 0 && !verbOnly && quantity.base === 'percent' && quantities[index - 1].base === 'percent' && quantities[index - 1].end <= clause.start ? PART_ONLY.exec(sentence.text.slice(clause.start, quantity.start).trim()) : null;
        const rateBefore = part && part[1] === own && !MEASURE_WORD.test(own) ? sentenceNames[index - 1] : undefined;
        const ofPart = part && rateBefore && RATE_NAME.test(rateBefore) ? partOfRate(part[1], rateBefore) : undefined;
        let named = capped ?? verbOnly ?? ofPart ?? staged ?? redone ?? resized ?? sizeCounted ?? worth ?? (sizeNamed && sizeMeasure && sizeNamed.length > sizeMeasure.length + 1 ? sizeNamed : undefined) ?? (shared && between.includes(own) ? own + shared : subject ? subject + own : owner ? owner + own : own);
        // (加快棚户区改造，新开工3.5万套，建成2.5万套: a stage of works named by its verb alone is of the works the clause before it takes up,
        // with no figure between)
        const worksLed = STAGE_ALONE.test(named) ? WORKS_TAKEN_UP.exec(sentence.text.slice(0, clause.start)) : null;
        if (worksLed) named = worksLed[1] + named;
        // (开展劳动者终身职业技能培训，完成培训8万人次: a figure named by the bare thing the clause before it names in full takes that name)
        const bare = /^(?:完成|实现|开展|组织|举办)?([\u4e00-\u9fa5]{2,4}?)(数量|人数|次数)?$/.exec(named);
        const fuller = bare ? ACTIVITY_TAKEN_UP.exec(sentence.text.slice(0, clause.start))?.[1] : undefined;
        if (bare && fuller && fuller.length > bare[1].length && fuller.endsWith(bare[1])) named = fuller + (bare[2] ?? '');
        // (力争到2025年， / 全市预制菜产业产值 / 突破300亿元！: a figure opening its line on its verb alone, in a sentence a poster's layout
        // broke over short lines, measures what the line above it names)
        const above = index === 0 && sentence.start === 0 && VERB_ONLY_NAME.test(named) ? subjectLineAbove(lines, i, span.start) : null;
        if (above) {
          const shift = (q: Quantity): Quantity => ({ ...q, start: q.start + above.length, end: q.end + above.length });
          const joined = nameIndicator({ sentence: above + sentence.text, clause: { ...clause, start: 0, end: clause.end + above.length }, quantities: quantities.map(shift), index, kind: verdict.kind, heading, comparator });
          if (joined.length >= 2 && !VERB_ONLY_NAME.test(joined)) named = joined;
        }
        // (1号线：起点位于… / 长24.2公里，设站21座: a bare measure opening a line is of what the line before it is labelled)
        const measureOfLabel = labelBefore && BARE_MEASURE_LINE.test(text) ? LABELLED_MEASURES[named] : undefined;
        if (measureOfLabel) named = labelBefore + measureOfLabel;
        // (…增加值到2025年破万亿、…，到2027年突破1.2万亿: a figure named by its verb alone measures what the sentence's figure before it in the
        // same unit did)
        // (…、占服务业比重达三分之二以上 after it: the share the verb's measure has, named by that measure)
        const reachedShare = REACHED_SHARE.exec(named);
        if (REACHED_ALONE.test(named) || reachedShare) {
          const measured = lastNameBefore(sentenceNames, index, (name, k) => !REACHED_ALONE.test(name) && (reachedShare ? quantities[k].base === 'CNY' && !name.includes('占') : quantities[k].base === quantity.base));
          if (measured) named = reachedShare ? measured + named.slice(reachedShare[0].length) : measured;
        }
        // (推进52个市重点项目建设，完成投资64亿元以上，开工率100%: a works rate alone is of the works whose spending its provision just named)
        if (WORKS_RATE_ALONE.test(named)) {
          const provisionFrom = sentence.text.lastIndexOf('；', quantity.start) + 1;
          const spent = lastNameBefore(sentenceNames, index, (name, k) => quantities[k].start >= provisionFrom && SPENDING_END.test(name));
          const works = spent?.replace(SPENDING_END, '');
          if (works && works.length >= 2) named = works + named;
        }
        // (全年新增高新技术企业200家、新型研发机构20家的目标，力争将这两项目标提升至300家和30家: each figure raises, in its place, one of
        // the goals the sentence has just named)
        const raised = sentence.text.includes('项目标') ? RAISED_GOALS.exec(sentence.text.slice(Math.max(0, quantity.start - 40), quantity.start)) : null;
        if (raised) {
          const position = raised[2] ? raised[2].split(/[和、]/).length - 1 : 0;
          const goals = sentenceNames.slice(0, index - position).filter((name, k) => name !== undefined && quantities[k].base === quantity.base);
          const goal = goals[goals.length - numeralValue(raised[1]) + position];
          if (goal && goals.length >= numeralValue(raised[1])) named = goal;
        }
        sentenceNames[index] = named;
        if (paired) pairedNames[index] = named;
        // 三大作物种植面积430.08万亩。其中水稻251.1万亩: a part after 其中 is measured as the whole before it is
        // (…开票销售突破10000亿，其中…开发区突破2000亿: parts listed after 其中 inside the sentence, places among them)
        const partsHere = listsParts || (partsFrom >= 0 && quantity.start > partsFrom);
        // (规上工业总产值突破4000亿元。形成3个千亿产业集群…，其中，先进光储产业突破1200亿元: parts listed inside a sentence are of a whole it states)
        const partOf = whole && whole.unit === quantity.unit && partsHere && (listsParts || whole.sentence === sentenceAt) && (named.length <= 6 || PLACE_ALONE.test(named)) && !MEASURE_TAIL.test(named) ? whole.measure
          : countedWhole && countedWhole.unit === quantity.unit && PLACE_ALONE.test(named) ? countedWhole.measure
          // (全区计划实施农村危房改造任务4894户。其中，南宁市274户，…: or the count of the line's sentence before, the parts after 其中)
          : partsHere && partsFrom >= 0 && counted.before && counted.before.unit === quantity.unit && named.length <= 8 && PLACE_ALONE.test(named) ? counted.before.measure : '';
        // 陕西2024年GDP增长目标5.5%左右 → GDP增长: the place the record is for is its region, not part of what it measures
        // (only where that leaves a measure the catalogue knows: 抚州高新区, 襄阳科技城 and 江苏省财政 keep their place)
        // (安徽省经济总量: the place's full name as well as its short one; 光明的地区生产总值: and the 的 after it)
        const ownPrefix = named.startsWith(context.region.name) ? context.region.name : ownShort;
        const placeless = ownPrefix && named.startsWith(ownPrefix) ? named.slice(ownPrefix.length).replace(/^[：:的]/, '') : '';
        const indicator = withIndustrySize((placeless && !/^[省市县区州盟旗级]/.test(placeless) && ((keyIndicator(named, quantity.base) === null || ownPrefix === context.region.name) && keyIndicator(placeless, quantity.base) !== null || (named.startsWith(`${ownPrefix}的`) && placeless.length >= 4)) ? placeless : named) + partOf, quantity.base, verdict.kind);
        const wholeMeasure = MEASURE_TAIL.exec(named)?.[0];
        if (wholeMeasure && !listsParts) whole = { unit: quantity.unit, measure: wholeMeasure, sentence: sentenceAt };
        // (the line's largest count: 建设幼儿园17所，9所年内主体竣工…: the whole its parts are)
        if (quantity.base === 'count' && !listsParts && !PLACE_ALONE.test(named) && quantity.value > countedValue) { counted.before = { unit: quantity.unit, measure: named.replace(/数量$/, '') }; countedValue = quantity.value; }
        const finding: Finding = {
          documentKey: context.documentKey,
          kind: verdict.kind,
          indicator,
          indicatorKey: keyIndicator(indicator, quantity.base, { quote, kind: verdict.kind }),
          value: quantity.value,
          valueMax: quantity.valueMax,
          unit: quantity.unit,
          baseValue: baseValue(quantity, quantity.value),
          baseValueMax: quantity.valueMax === null ? null : baseValue(quantity, quantity.valueMax),
          baseUnit: quantity.base,
          comparator,
          deadline,
          deadlineOfDocument: (stated === null || reckoned.has(stated)) && deadline !== null && deadline !== columnStated,
          region: payerRegion(clause.text, sentenceRegion ??= goalsQuotedOf(sentence.text, sentencePlace(sentence.text, paragraphRegion) ?? paragraphRegion), sentence.text.slice(sentence.text.lastIndexOf('；', clause.start) + 1, clause.start)),
          strength: strengthOf(sentence.text),
          baselineYear: baselineYearOf(clause.text),
          // (2021至2023年，完成全区固定资产投资1700亿元: an amount a span of years opening its provision is done over)
          // (not a yearly figure, 年新增500家, nor one of a single year named after the span, 力争2021年…总量达到2万亿元)
          cumulative: /累计/.test(clause.text) || (quantity.base !== 'percent' && !annual && !/年度/.test(clause.text) && spanOpens(sentence.text.slice(sentence.text.lastIndexOf('；', quantity.start) + 1, quantity.start))),
          // 每年新培育…, 年均增长…: an amount for every year; 年度交易额 names a yearly measure, not a recurring one
          annual: /每年|年均/.test(clause.text),
          file: context.file,
          line: context.lineNumbers ? lineAt({ lineNumbers: context.lineNumbers, joins: context.joins ?? NO_JOINS }, i, originalOffset(line, sentence.start + quantity.start)) : i + 1,
          quote,
          context: boundedContext(line, sentence.start, sentence.end, sentence.start + clause.start, sentence.start + clause.end),
          alsoLines: [],
          inEditorNote,
          // (原标题:市级龙头企业 奖励百万元 东南网3月28日讯…: an original headline run into the report repeats what it says)
          inHeadline: isHeadline(text, i === span.start || i < headEnd) || (sentence.start === 0 && text.includes('原标题') && ORIGINAL_HEADLINE.exec(text)?.[0].length === sentence.end),
          inLead,
        };
        // 光伏制造业、储能制造业产值分别过千亿元: one number, a commitment for each subject
        const multiple = MULTIPLE_UNIT.test(quantity.unit);
        // 认定为A、B、C，分别一次性给予30万元: a clause opening on 分别 spreads its amount over the list of the clause before
        const opening = SPREAD_OPENING.exec(clause.text);
        const prior = opening ? priorClause(sentence.text, clause.start) : '';
        // (在培育期内分别…: when the clause gives its amount is no item of the list)
        const skipped = opening && prior ? opening[1].length : 0;
        const joined = prior + clause.text.slice(skipped);
        const joinedOffset = prior.length + quantity.start - clause.start - skipped;
        // (市委、市政府决定对华池县和镇原县各奖励1亿元: the payers before 对 are no items of the list paid)
        const payersEnd = finding.kind === 'incentive' ? PAYERS_BEFORE_RECEIVERS.exec(joined.slice(0, joinedOffset))?.[0].length ?? 0 : 0;
        // (…再追加奖励10万元（镇、村各5万元）: a bracket still open before the amount holds the list it spreads over)
        const opened = joined.slice(payersEnd, joinedOffset).lastIndexOf('（');
        const bracketStart = opened >= 0 && !joined.slice(payersEnd + opened, joinedOffset).includes('）') ? opened + 1 : 0;
        const spread = joined.slice(payersEnd + bracketStart);
        const offset = joinedOffset - payersEnd - bracketStart;
        // 将长春、通化培育形成千亿级特色产业园区: each place listed is to become one of that scale
        const places = sentence.text[quantity.end - 1] === '级' ? PLACES_BECOMING.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (打造石化及精细化工、新材料2个千亿级产业集群: each named item is to reach that scale)
        const namedItems = quantity.base === 'CNY' ? namedAndCounted(sentence.text.slice(clause.start, quantity.start)) : null;
        // (其中扬州经济技术开发区、仪征经济开发区突破2000亿: zones listed among the parts each reach the amount)
        const zones = !places && !namedItems && partsHere && whole ? ZONES_REACHING.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (地区生产总值、一般公共预算收入…占全市比重，比2021年提升5个百分点: each share listed rises by the points)
        const shares = !places && !namedItems && !zones && quantity.base === 'percentage_point' ? SHARES_RISING.exec(sentence.text.slice(0, quantity.start)) : null;
        // (对新获评“国家级企业技术中心”“国家级重点实验室”的企业，由受益财政分别给予200万元的一次性奖励: one payment for each kind quoted)
        const quotedKinds = !places && !namedItems && !zones && !shares && finding.kind === 'incentive' ? kindsEachPaid(sentence.text, clause, quantity, quantities) : null;
        const placeItems = places ? (places[1] ?? places[2]).split('、') : namedItems ?? zones?.[1].split('、') ?? shares?.[1].split('、') ?? quotedKinds;
        // 力争培育形成新能源汽车和智能网联汽车4000亿级产业集群，新能源和节能环保、新一代信息技术3000亿级产业集群: the industries
        // before a scale class each become a cluster of that size, named with it
        const industries = !places && !namedItems && quantity.base === 'CNY' && sentence.text[quantity.end - 1] === '级' ? INDUSTRIES_BECOMING.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (把有色金属、机械、化工分别培育为产值超100亿元的产业: each industry listed is to be one of that size, named by it and the measure)
        // (有色金属产业产值计划达到750亿元，2025年培育成千亿级产业: or the industry the clause before is about, made so with no subject of its own)
        const madeInto = quantity.base === 'CNY' ? industriesMadeInto(sentence.text.slice(clause.start, quantity.start), sentence.text.slice(quantity.end))
          ?? industryMadeAfter(sentence.text, clause.start, quantity) : null;
        const cluster = industries ? CLUSTER_AFTER.exec(sentence.text.slice(quantity.end))?.[0] : undefined;
        // how many figures the clause holds
        const inClause = quantities.filter((q) => q.start >= clause.start && q.start < clause.end).length;
        // (工业投资、制造业投资和技术改造投资年均增速达到10%以上: measures of one kind listed before one growth, 均 unsaid: each grows so)
        const parallel = !places && !namedItems && !industries && quantity.base === 'percent' && inClause === 1 ? PARALLEL_GROWTH.exec(sentence.text.slice(clause.start, quantity.start).replace(/^(?:力争|确保|争取)?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?[，,]?/, '')) : null;
        // (打造湛江产业转移工业园成为千亿级园区: a park to become one of that scale is named with its size)
        const park = !places && !namedItems && !cluster && quantity.base === 'CNY' && sentence.text[quantity.end - 1] === '级' && PARK_AFTER.test(sentence.text.slice(quantity.end)) ? PARK_BECOMING.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (力争高技术产业、制造业投资增速高于10%: industries sharing the measure written after the last of them)
        // (GDP和一般公共预算收入增长10%以上: aggregates joined under one rate)
        const sharedMeasure = !places && !namedItems && !industries && !parallel && quantity.base === 'percent' && inClause === 1 ? INDUSTRIES_GROWTH.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        const sharedGrowth = !sharedMeasure && !places && !namedItems && !industries && !parallel && quantity.base === 'percent' && inClause === 1 ? AGGREGATES_GROWTH.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (营业收入增速、GDP增速达到10%: rates, each named in full, reaching one figure: each reaches it)
        const rates = !sharedGrowth && !sharedMeasure && !places && !namedItems && !industries && !parallel && quantity.base === 'percent' && inClause === 1 ? RATES_LISTED.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (集成电路、生物医药、…4大集群迈上5000亿元规模: industries named and counted, then the size each reaches)
        const reaching = !places && !namedItems && !industries && quantity.base === 'CNY' ? COUNTED_REACHING.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        const reachingItems = reaching ? namedAndCounted(reaching[1]) : null;
        // (旅游综合收入达到4000亿元，旅游总人数突破5亿人次，力争两项指标年均增长20%以上: the measures the sentence has just given, each growing so)
        const referred = quantity.base === 'percent' && inClause === 1 ? MEASURES_REFERRED.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        const referredNames = referred ? findings.slice(sentenceFindings).filter((f) => f.kind === 'target' && f.baseUnit !== 'percent').map((f) => f.indicator) : [];
        // (地区生产总值600亿元、财政收入60亿元，同比分别增长20%: or the levels just given, each growing by the one figure 分别 spreads)
        const spreadGrowth = !referred && quantity.base === 'percent' && inClause === 1 ? SPREAD_GROWTH.exec(sentence.text.slice(clause.start, quantity.start)) : null;
        // (the levels of the clause before only: …，同比分别增长7%、9%；规上工业总产值150亿元、…，同比分别增长10%)
        const levelsBefore = spreadGrowth ? quantities.filter((q) => q.base !== 'percent' && q.start >= clauseStartAt(sentence.text, Math.max(0, clause.start - 2)) && q.end <= clause.start).length : 0;
        const levelNames = levelsBefore >= 2 ? findings.slice(sentenceFindings).filter((f) => f.kind === 'target' && f.baseUnit !== 'percent').map((f) => f.indicator).slice(-levelsBefore) : [];
        const backNames = referred && referredNames.length === numeralValue(referred[1]) ? referredNames.map((name) => name + referred[2])
          : spreadGrowth && levelNames.length === levelsBefore && levelsBefore >= 2 ? levelNames.map((name) => name + spreadGrowth[1]) : null;
        const industryNames = backNames ?? (madeInto ? madeInto : industries && cluster ? industries[1].split('、').map((industry) => `${industry}${cluster}规模`)
          : reaching && reachingItems ? reachingItems.map((item) => `${item}${reaching[2]}规模`)
          : park ? [`${park[1]}规模`]
          : parallel ? parallelNames(parallel[1], parallel[2])
          : sharedMeasure ? sharedMeasure[1].split(/[、和及与]/).map((item) => item + sharedMeasure[2] + sharedMeasure[3])
          : sharedGrowth ? splitAggregates(sharedGrowth[1]).map((item) => item + sharedGrowth[2])
          : rates ? rates[1].split(/[、和及与]/).map((item) => item.replace(/^GDP/i, '地区生产总值')) : null);
        // (…首次突破1亿元、5亿元、10亿元的…，分别给予3万元到150万元的奖励: a range spread over tiers bounds them all, once)
        // (对…国家级实验室（基地）、省级实验室、…等重大科创平台，分别给予不低于5亿元的补助: examples of one class, each paid alike: one payment)
        const classPaid = !industryNames && !placeItems && finding.kind === 'incentive' && prior !== '' && CLASS_AFTER_EXAMPLES.test(prior);
        const subjects = industryNames ? industryNames.length : placeItems && placeItems.length <= 8 ? placeItems.length : classPaid || (quantity.valueMax !== null && quantity.base === 'CNY') ? 1 : subjectsSharing(spread, offset, bracketStart ? figuresInOpenBracket(sentence.text, quantities, quantity.start) : inClause, multiple);
        // 地区生产总值、居民人均可支配收入在2020年基础上翻一番: each copy of a multiple is named for its subject
        // 甲、乙两大产业分别达到2000亿元: and each copy of a shared amount too
        const before = spread.slice(0, offset);
        // (延安、渭南1000万千瓦级: a bare list of places names no measure; each is of that scale)
        // (新材料、大健康、数字经济三大千亿级产业: items named and counted are each the kind the scale is of)
        const kindAfter = namedItems && !places ? /^级?([^，。；、\d]{1,8})/.exec(sentence.text.slice(quantity.end))?.[1] : undefined;
        const placeMeasure = places?.[2] ? finding.indicator.replace(places[2], '') || '规模' : zones && whole ? whole.measure : shares ? `${shares[2]}${shares[3]}` : quotedKinds ? (quotedKinds[0].startsWith('“') ? '' : PAID_KIND.exec(sentence.text.slice(quantity.end))?.[0] ?? '奖励') : kindAfter ?? finding.indicator;
        // (（镇、村各5万元）: parts of one word each, in a bracket, name the payment's shares after the payment)
        const bracketShares = bracketStart && subjects > 1 ? SHARES_EACH.exec(before)?.[1].split('、') : undefined;
        // (the list read for the items only where no other reading of them, below, holds)
        const sharedItems = subjects > 1 && !industryNames && placeItems?.length !== subjects && bracketShares?.length !== subjects && !multiple ? sharedSubjects(before, subjects) : null;
        // (6.对入选国家级超级能效工厂、零碳工厂的企业分别给予100万元一次性奖励: receivers listed after what they won, each named by it, the
        // level the first carries shared by all, and paid what is written after the amount)
        const receivers = sharedItems && finding.kind === 'incentive' ? receiversNamed(sharedItems) : null;
        // (营业收入首次突破1亿元（含）、2亿元（含）、5亿元（含），分别给予200万元奖励: one sum paid at each size a firm passes is one payment)
        const tiersPaid = sharedItems !== null && finding.kind === 'incentive' && sharedItems.slice(1).every((item) => SIZE_TIER.test(item.trim()));
        const items = industryNames ?? (subjects > 1 && !tiersPaid ? (placeItems?.length === subjects ? placeItems.map((place) => place + placeMeasure + (namedItems && !places && !/规模$/.test(placeMeasure) ? '规模' : '')) : bracketShares?.length === subjects ? bracketShares.map((share) => `${finding.indicator}（${share}）`) : multiple ? multipleSubjects(before) : receivers ?? sharedItems) : null);
        // …一次性后补助: a payment's copies keep what is paid
        // (在工业、金融…等重点领域，各打造30个以上应用标杆: each domain's 应用标杆)
        const eachBuilt = items && prior && finding.kind === 'target' && /^\s*各/.test(clause.text) ? finding.indicator.replace(/^各(?:打造|培育|建设|建成|新增|形成|遴选)?/, '') : '';
        // (市本级和各县（市、区）要分别设立不少于2000万元的产业发展资金: each sets up the fund named after the amount)
        const fundAfter = items && finding.kind === 'incentive' ? FUND_NAMED_AFTER.exec(sentence.text.slice(quantity.end))?.[1] : undefined;
        // (对华池县、镇原县各奖励1亿元: or what the cue in the amount's own clause pays, 奖励 for each)
        const paidHere = items && !prior && finding.kind === 'incentive' ? /(?:各|分别|均)(?:一次性)?(?:给予|予以)?([^，。；\d]{0,6}?(?:奖励|补助|补贴|资助|奖补))$/.exec(before)?.[1] ?? (receivers ? PAID_KIND.exec(sentence.text.slice(quantity.end))?.[0] : undefined) : undefined;
        // (…A、B发展区规上工业总产值分别达600亿元、700亿元，C、D发展区均达350亿元: places listed with no measure of their own reach
        // the one the sentence has just named for others)
        const earlierMeasure = items && finding.kind === 'target' && items.every((item) => !MEASURE_TAIL.test(item)) && !MEASURE_TAIL.test(finding.indicator.replace(items[0], ''))
          ? MEASURE_TAIL.exec(findings.slice(sentenceFindings).findLast((f) => f.kind === 'target' && f.baseUnit === finding.baseUnit)?.indicator ?? '')?.[0] : undefined;
        // (滨城区、邹平市各至少打造2条市级商业街: places listed, each building what the figure counts, are each named with it)
        const eachCounted = items && !multiple && finding.kind === 'target' && EACH_BUILDS.test(before) && !items.some((item) => item && finding.indicator.includes(item)) ? finding.indicator : '';
        const measure = items && multiple ? sentence.text.slice(quantity.start, quantity.end) : fundAfter ?? (items && prior && finding.kind === 'incentive' ? PAID_TAIL.exec(finding.indicator)?.[0] ?? '' : paidHere ?? (eachBuilt || eachCounted || earlierMeasure || ''));
        // (安排县级6个招商团专项工作经费各5万元: a payment to receivers counted, none named, is one payment to each, not copies alike)
        const copies = tiersPaid || (finding.kind === 'incentive' && !(items && items.length === subjects) && !/、/.test(before)) ? 1 : subjects;
        for (let copy = 0; copy < copies; copy++) {
          const item = eachBuilt ? items?.[copy].replace(/^在/, '').replace(/等[^、]{0,8}$/, '') + (/等(?:重点|主要)?([\u4e00-\u9fa5]{2,4})$/.exec(prior)?.[1] ?? '') : items?.[copy];
          const itemName = quantity.unit === '番' ? doublingName(item + measure) : item?.endsWith(measure) ? item : item + measure;
          const copyOf = items && items.length === subjects ? { ...finding, indicator: itemName, indicatorKey: keyIndicator(itemName, quantity.base, { quote, kind: finding.kind }) } : finding;
          findings.push(copy ? { ...copyOf, alsoLines: [] } : copyOf);
          if (copies === 1 && finding.kind === 'incentive') sentencePaid.push({ at: findings.length - 1, start: quantity.start, end: quantity.end });
          recordSentence = sentenceAt;
        }
        sentenceDeadline = deadline;
      });
      if (sentencePaid.length > 1) tellPaymentsApart(findings, sentencePaid, sentence.text);
      lastDeadline = sentenceDeadline;
      // (大会上，…签订了战略合作协议。合计23个项目，投资总额为…: a signing told without figures, its tally next)
      if (!quantities.length && SIGNED.test(sentence.text)) afterEvent = true;
      const leading = mentions.filter((m) => m.leading);
      if (!quantities.length && leading.length && findings.length > lineFindings && !horizonAfter) {
        horizonAfter = leading[0].deadline;
        // (…CPI控制在4%左右……政府工作报告中，2012年的一系列经济社会发展目标: goals named as the year's, whatever they measure)
        goalsNamedAfter = GOALS_LISTED.test(sentence.text);
        // (……2024年，陕西省政府工作报告用一个个数据，细化新一年的奋进目标: and as its province's, when the words name the province)
        reportedBy = goalsNamedAfter ? goalsQuotedOf(sentence.text, paragraphRegion) : null;
      }
      // 2016年，全市生产总值达到…: the year of figures reported is no deadline for the goals after them
      const reportsYear = quantities.length > 0 && reportedClauses.length > 0 && reportedClauses.every(Boolean);
      // 2016年，全市生产总值达到3157.7亿元: a year reported is one the text looks back on
      // (到“十四五”末，预计总接入能力突破4000万千瓦: a forecast's horizon is no year looked back on)
      if (reportsYear) for (const m of mentions) if (!HORIZON_BEFORE.test(sentence.text.slice(Math.max(0, m.at - 2), m.at))) lastPastYear = Math.max(lastPastYear ?? 0, m.deadline.year);
      // (预计到2030年，年产值将达13亿元: a forecast's year is no lead for the goals after it)
      // (2018年4月，辽宁省公布《…三年行动计划（2018—2020年）》: news of a plan issued leads with the plan's end, not the day it came out)
      // (●坚决打赢脱贫攻坚战，确保2018年实现…脱贫 / ●…实现城镇新增就业35万人以上: the year one bullet's goal is due dates none of the
      // bullets after it; a horizon it opens, ●力争到2020年… or ●“十三五”期间…, may)
      const bulletOwnYear = BULLET.test(text) && !leadsList(text) && !/[到至](?:19|20)\d{2}年/.test(sentence.text) && !PERIOD_NAMED.test(sentence.text);
      // (编者按：…党的二十大报告明确了到2035年…的总体目标: an editor's note frames the feature; its horizons date none of the goals after it)
      const framing = EDITORS_NOTE.test(text);
      const announced = !quantities.length && !framing ? ANNOUNCED_PLAN.exec(sentence.text) : null;
      if (announced) { carried = { year: Number(announced[1]), date: null }; carriedBy = i; carriedAfterFigures = null; }
      // (in a one-year report, 力争2025年材料产业规模突破2万亿元 dates its own figures: the year's tasks after it stay the report's)
      // (政府工作报告总结了“十四五”时期的成就: a period whose achievements are summed up is no horizon for what follows)
      // (今后五年…要实现… / …实现重大突破，力争2024年江津班列到发量占全市50%… / 规上工业总产值超过2000亿元: a nearer year inside a
      // sentence's goals, under a horizon carried from a paragraph before, dates its own goals; the paragraphs after stay the horizon's)
      else if (leading.length && !inTableNote && !reportsYear && !framing && !FORECAST.test(sentence.text) && !SUMS_UP.test(sentence.text) && !ALIGNED_WITH.test(sentence.text) && !(figures > 0 && context.planYear != null && leading[leading.length - 1].deadline.year > context.planYear) && !bulletOwnYear
        && !(figures > 0 && carried !== null && carriedBy >= 0 && carriedBy < i && leading[leading.length - 1].deadline.year < carried.year && sentence.text.slice(0, leading[leading.length - 1].at).includes('，'))) { carried = leading[leading.length - 1].deadline; carriedBy = i; carriedAfterFigures = figures > 0 ? sentence.text : null; }
      // …又明确了2026年的各项重点工作和10件民生实事。从…到新增2000个停车泊位: the works after it are that year's
      const worksYear = lastPastYear !== null ? laterWorksYear(sentence.text, lastPastYear) : null;
      if (worksYear !== null) { carried = { year: worksYear, date: null }; carriedBy = i; carriedAfterFigures = null; }
      if (!goalYear && !framing && leading.length && (inGoalBlock || GOAL_BLOCK.test(sentence.text)) && !ALIGNED_WITH.test(sentence.text)) goalYear = leading[0].deadline;
    }
    if (horizonAfter) {
      for (let k = lineFindings; k < findings.length; k++) {
        const found = findings[k];
        if (found.kind === 'target' && found.deadline === null && (goalsNamedAfter || ANNUAL_RATE.test(found.quote))) findings[k] = { ...found, deadline: horizonAfter, region: reportedBy && found.region.code === paragraphRegion.code ? reportedBy : found.region };
      }
    }
    // 主营业务收入2017年达到2400亿元左右 / 2020年达到3800亿元左右 / 年均增长20%左右: a line with no subject of
    // its own, right under one with figures, measures what that line does, by its year when it states none
    const goesOn = lineFindings > 0 && findings.length > lineFindings && lastLine !== null && lastLine.findings > 0 && !lines.slice(lastLine.index + 1, i).some((l) => !BLANK.test(l.text)) ? SUBJECTLESS_LINE.exec(text.replace(ITEM_NUMBER, '')) : null;
    if (goesOn && lastLine) {
      const subject = lastLine.indicator.replace(GROWTH_OF, '');
      for (let k = lineFindings; k < findings.length; k++) {
        const found = findings[k];
        if (found.kind !== 'target' || subject.length < 2) continue;
        const indicator = subject + (goesOn[1] ?? '');
        findings[k] = { ...renamed(found, indicator), deadline: found.deadline ?? lastLine.deadline };
      }
    }
    // …/ 一般公共预算收入 / 1192.49亿元 / 1.6% / 增长7%: a goal in a table written one cell a line measures its row's name cell
    if (cellResults >= 0 && cellName) {
      for (let k = lineFindings; k < findings.length; k++) {
        const found = findings[k];
        if (found.kind !== 'target' || found.indicator.includes(cellName)) continue;
        const measured = cellName.replace(UNIT_IN_NAME, '');
        // (全市生产总值年均增长率, 城镇调查失业率 under 年均[累计]: a row that is a rate already names what the column gives)
        const grows = growthCell && !(found.unit === '%' && /率$/.test(measured));
        const indicator = grows ? measured + (found.unit === '%' ? '年均增长' : found.unit === '个百分点' ? '累计提高' : '累计增加')
          : measured + ((/增长|增速|下降/.test(found.quote) || (cellGoalGrowth && found.unit === '%')) && !/增长|增速|率|比重|占比|涨幅/.test(measured) ? '增长' : '');
        findings[k] = renamed(found, indicator);
      }
    }
    // 3.社会消费品零售总额 | 6% | 795.2亿元 |: a goal in a goal column measures its row's name cell
    // (序号 | 指标名称 | 2022年实际值 | 2023年目标值 | 重点任务 |: the column the header names the measures in; a task cell's own
    // figures, 开展职业技能培训5000人次, name themselves)
    const rowName = goalRow && cells ? (cells[barRow && barTable ? barTable.nameAt : nameColumn > 0 ? nameColumn + grouped : 0] ?? '').replace(ITEM_NUMBER, '').replace(/^[#＃\s]+/, '').trim().replace(UNIT_IN_NAME, '') : '';
    // (细颗粒物（PM2.5）浓度, 5G基站数: a code of letters and digits in a name is no figure)
    if (rowName && !/\d/.test(rowName.replace(/[A-Za-z]+\d+(?:\.\d+)?|\d+[A-Za-z]+/g, ''))) {
      for (let k = lineFindings; k < findings.length; k++) {
        const found = findings[k];
        // (增长4%, 增长7%以上: or the growth a cell gives with no measure of its own)
        if (nameColumn > 0 && !BARE_FIGURE.test(found.quote.trim()) && !BARE_GROWTH.test(found.quote.trim())) continue;
        // (研发经费投入强度 | % |: a share or a level in per cent grows by no per cent; a figure under 年均增长（%） is the yearly growth)
        const yearly = barRow && barTable && barTable.growthAt > 0 && found.unit === '%' && cells?.[barTable.unitAt]?.trim() !== '%';
        const indicator = rowName + (yearly ? '年均增长' : found.unit === '%' && !/增长|增速|下降|率|比重|占比|比例|强度|密度|水平|指数|[%％]/.test(rowName) ? '增长' : '');
        findings[k] = renamed(found, indicator);
      }
    }
    // 任务 | 责任科室 | 2024年底前 |: a row's time limit dates the goals its task cell states, in the row's line or in a cell
    // of its own a few lines after (one cell a line)
    const limitCell = cells ? cells.map((c) => TIME_LIMIT_CELL.exec(c)).find((m) => m !== null) : TIME_LIMIT_CELL.exec(cell);
    const rowStart = cells ? lineFindings : lastLine && i - lastLine.index <= TIME_LIMIT_REACH && findings.length === lineFindings
      && lines.slice(lastLine.index + 1, i).every((l) => cellOf(l.text).length <= SHORT_CELL) ? findings.length - lastLine.findings : -1;
    if (limitCell && rowStart >= 0) {
      for (let k = rowStart; k < findings.length; k++) {
        if (findings[k].kind === 'target' && (findings[k].deadline === null || findings[k].deadlineOfDocument)) findings[k] = { ...findings[k], deadline: { year: Number(limitCell[1]), date: null }, deadlineOfDocument: false };
      }
    }
    if (findings.length > lineFindings) lastLine = { index: i, findings: findings.length - lineFindings, indicator: findings[findings.length - 1].indicator, deadline: findings[findings.length - 1].deadline };
    // (据介绍，贵州是…第12个…省份。: the news's own voice ends no run of goals or report either)
    if (figures && !newsVoice) lastReported = reportedFigures === figures;
    // (…形成了…认可度。/ 此次出台的《规划》，提出要构建…。/ 其中，…培育1~2家…: a paragraph without figures that looks ahead
    // stands between a report and the 其中 after it)
    else if (!figures && lastReported && stances.settle(lastPastYear, yearReviewed) === 'ahead') lastReported = false;
    // 到2025年，新能源产业累计完成投资1000亿元…。/ 新材料产业累计完成投资500亿元…: lines going on from goals under a year are goals
    if (figures && !newsVoice) goalRun = reportedFigures === 0 && carried !== null && (carriedBy === i || goalRun);
    // 2024年，周口跑出…加速度。全市生产总值达…: a year opening a paragraph that only reports is looked back on, not carried
    // (…完成规上工业增加值50.2亿元。2022年，青田将重点做好…: a year after the figures, in a sentence that looks ahead, is carried)
    if (figures && lastReported && carriedBy === i && carried && !(carriedAfterFigures && clauseStances([carriedAfterFigures], 'neutral', null).out === 'ahead')) { lastPastYear = Math.max(lastPastYear ?? 0, carried.year); carried = null; carriedBy = -1; }
    // a paragraph that states a goal closes the review before it
    // (2013年以来，各县…全力推进…。为表彰先进，…我市决定对…的县（市）政府予以资金奖励。: so does one closing on a decision to pay)
    if (reviewBlock && (stances.settle(lastPastYear, yearReviewed) === 'ahead' || (text.includes('决定') && DECIDES_TO_PAY.test(text)))) reviewBlock = false;
    // …。去年以来，…取得积极成效。: the paragraphs after it report
    if (!reviewBlock && !opensReview && endsOnReview(text)) reviewBlock = true;
  }
  // (成都高新区7370万元奖励创新创业 over …当天，成都高新区拿出7370万元表彰…: a headline's figure the body gives as an event's is the event's)
  // (苏州新增现代农业园区5.38万亩 over …2018年度，…新增农业园区建成区面积5.38万亩: and one the body gives as reached is a result)
  // (not where the body also gives it as a goal: 贵州提出旅游收入破万亿目标 over …力争5年内实现旅游总收入突破万亿元)
  if (!eventFigures.size && !reachedFigures.size) return findings;
  // (read only where a headline holds findings: most texts' headlines hold none)
  if (!findings.some((f) => f.inHeadline)) return findings;
  const bodyGoals = new Set(findings.filter((f) => !f.inHeadline).map(figureKey));
  const restated = (f: Finding): boolean => Boolean(f.inHeadline) && (eventFigures.has(figureKey(f)) || (reachedFigures.has(figureKey(f)) && !bodyGoals.has(figureKey(f))));
  return findings.filter((f) => !restated(f));
}

/** Whether a sentence opens by summing up what was achieved (…会议上，政府工作报告总结了“十四五”时期的成就), before any figure of its own. */
function summedUpNext(next: string | undefined): boolean {
  if (!next) return false;
  const digit = next.search(/\d/);
  return RESULTS_SUMMED.test(digit < 0 ? next : next.slice(0, digit));
}

/** 把有色金属、机械分别培育为产值超|100亿元|的产业 → 有色金属产业产值, 机械产业产值: what each industry made into one of a size is named. */
function industriesMadeInto(before: string, after: string): string[] | null {
  const made = INDUSTRIES_MADE_INTO.exec(before);
  const kind = made ? INDUSTRY_MADE_AFTER.exec(after)?.[1] : undefined;
  if (!made || !kind) return null;
  // (纺织服装、高端木业两个重点产业: the count of the list closing it is no part of its last item)
  const listed = made[1].replace(/(?:[两二三四五六七八九十\d]+(?:个|大|项))?(?:重点|主导|支柱|优势|特色)?产业$/, '');
  return listed.split('、').map((item) => `${item.replace(/产业$/, '')}${kind}${made[2] ?? '规模'}`);
}

/** 2025年培育成|千亿级|产业 after 有色金属产业产值计划达到750亿元: the industry the clause before is about, made one of a size. */
function industryMadeAfter(sentence: string, clauseStart: number, quantity: { start: number; end: number }): string[] | null {
  const kind = SUBJECTLESS_MADE_INTO.test(sentence.slice(clauseStart, quantity.start)) ? INDUSTRY_MADE_AFTER.exec(sentence.slice(quantity.end))?.[1] : undefined;
  const industry = kind ? INDUSTRY_OPENING.exec(priorClause(sentence, clauseStart))?.[1] : undefined;
  return industry ? [`${industry}规模`] : null;
}
