// Finds every number with a unit in a sentence: Arabic and Chinese numerals (3万件, 三十家, 二万三千亿元,
// 3万4000元), 万/亿/万亿 multipliers, 3万余人, %, ‰, 百分之四十五, 七成, 一半以上, 三分之一, 个百分点, ranges
// (10%—15%, 1—2场, 2到4个), 百亿级, 翻两番, a bare 万/亿 of people (用户数超500万), and acronym units
// named beside the number (达到5000千万亿次浮点指令/秒（PFLOPS）, （PUE）值低于1.25).
import { MULTIPLIERS, UNIT_WORDS, normalizeUnit, roundValue } from '../src/domain/units';
import { AR_NUMBER, CN_NUMBER, fractionValue, numeralValue, scaleClassValue } from './numerals';
import { matchesOf } from '../src/domain/text';

export interface Quantity {
  /** Span of the whole mention in the sentence, number to unit (and a range's second number). */
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  /** The unit as written, multiplier included: 亿元, 万家, %, PFLOPS. */
  unit: string;
  base: string;
  factor: number;
  /** 180余家, 100多个: the text says "more than". */
  more: boolean;
  chinese: boolean;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const AR = AR_NUMBER;
const CN = CN_NUMBER;
const MULT = Object.keys(MULTIPLIERS).sort((a, b) => b.length - a.length).join('|');
/** 口径: a unit word that opens a word of its own there, no unit (规模以上（2000万口径）); 对 counts pairs only where its clause ends
 * (公交站台10对。), never as the 对 that opens what a measure is for (1对1帮扶, 500万元对企业…); 单 counts orders only so too
 * (以旧换新2万单、设备更新…), never 单位 or 单个. */
const UNIT_WORD_NOT_BEFORE: Readonly<Record<string, string>> = { 口: '径', 对: '[^，。；、）)\\s]', 单: '[^，。；、）)\\s]' };
const UNIT = UNIT_WORDS.map((word) => escape(word) + (UNIT_WORD_NOT_BEFORE[word] ? `(?!${UNIT_WORD_NOT_BEFORE[word]})` : '')).join('|');
// (1一2家, 10万元一50万元, 5%一5.5%: 一 typed for a dash between figures; 7%至于7.5%: 至于 typed for 至)
const DASH = '(?:[—–\\-~至到]{1,2}|(?<=\\d|[万亿]元?|%)一(?=\\d)|(?<=%)至于(?=\\d))';

/** 三百, 五千: a range's second end of one digit and its place, which a first end of one digit shares (两到三百). */
const PLACE_OF_SECOND = /^[一二两三四五六七八九]([百千])$/;
/** number, optional 余/多 (before or after the multiplier: 3万余人), unit; optionally a range "number unit? — number" (10人（含）—20人: its first end said to be in). */
const QUANTITY = new RegExp(
  `(${AR}|${CN})(?:(${MULT})?(${UNIT})?(?:（含）)?${DASH}(${AR}|${CN}))?(余|多)?(${MULT})?(余|多)?(${UNIT})`,
  'gu',
);
/** 百分之四十五, 千分之三, 万分之1.5-2.19: percent, per-mille and per-myriad written out, or a range of them. */
const PER_HUNDRED = new RegExp(`(百|千|万)分之(${AR}|${CN})(?:[—–\\-~至到](${AR}|${CN}))?`, 'gu');
const PER_PART: Readonly<Record<string, { unit: string; factor: number }>> = { 百: { unit: '%', factor: 1 }, 千: { unit: '‰', factor: 0.1 }, 万: { unit: '‱', factor: 0.01 } };
/** 一半以上, 半数以上: half, where a bound follows (not 一半的精力, 多半, 一半是…). */
const HALF = /(?<![多大过一])(?:一半|半数)(?=以上|左右|以下)/g;
/** 半小时到达, 半小时直达: half an hour, as a travel time. */
const HALF_HOUR = /(?<![多大过一\d])半小时(?=到达|直达|通达|可达|抵达)/g;
/** 7折, 八折, 七五折, 7.5折: a price cut to so many tenths of itself (not 折合, 折算, 折旧, 打折扣). */
const DISCOUNT = /(?<![一二两三四五六七八九十百千\d.])([1-9](?:\.\d)?|[一二三四五六七八九][一二三四五六七八九]?)折(?![合算旧叠扣线返价腾中服射])/gu;
/** 七成, 4成: tenths; not 建成, 形成 (the digit must stand before it) nor 成立, 成果. */
const TENTHS = /(?<![一二三四五六七八九十百千\d.])([一二两三四五六七八九]|[1-9])成(?![立为员果本功效长绩熟型品都交])/gu;
/** 补贴, 奖励, 给予: the payment's word straight before a share it pays (补贴三分之二). */
export const PAYMENT_WORD_BEFORE = /(?:补贴|补助|奖励|奖补|资助|给予)$/;
/** 以上…整改任务: the task a share is done of, after the share. */
const SHARE_OF_TASK_AFTER = /^(?:以上|左右)?[^，。；\d]{2,30}?任务/;
/** 三分之一, 1/3 of something (a share). */
const FRACTION = new RegExp(`(${CN}|\\d+)分之(${CN}|\\d+)|(?<![\\d/.])(\\d)/(\\d{1,2})(?![\\d/])`, 'gu');
/** The colons a ratio is written with: 1:1, 1：0.5, 2.3∶1, 1︰0.5, 1﹕1. */
const COLONS = ':：∶︰﹕';
/** A ratio's colon, in a pattern. */
const RATIO_COLON = `[${COLONS}]`;
/** 1:1给予配套, 按1:0.5比例配套: a matching ratio (the second part for each of the first). */
const MATCHING_RATIO = new RegExp(String.raw`(?<![\d.${COLONS}])(\d+(?:\.\d+)?)\s*${RATIO_COLON}\s*(\d+(?:\.\d+)?)(?![\d.${COLONS}])(?=[^，。；\d]{0,6}(?:配套|匹配))`, 'g');
/** 之比达到2.3:1以上, 车桩比在2.5:1以下: a ratio a measure is to reach (the first part for each of the second; not 9.6:35.8:54.6). */
const STATED_RATIO = new RegExp(String.raw`(?<=比(?:例|值)?(?:要|将|需)?(?:达到|达|在|为|保持在|控制在|稳定在|提高到|提升到|提高至|提升至|降至|降到|下降到|缩小至|缩小到|缩小为|不低于|不高于|不超过|低于|高于|优于)?\s*)(\d+(?:\.\d+)?)\s*${RATIO_COLON}\s*(\d+(?:\.\d+)?)(?![\d.${COLONS}])`, 'g');
/** Quick tests before the ratio patterns: a colon at all; a colon after a 比 and a digit. */
const RATIO_COLON_ANYWHERE = new RegExp(RATIO_COLON);
const STATED_RATIO_HINT = new RegExp(String.raw`比[^，。；]{0,6}\d\s*${RATIO_COLON}`);
/** 城乡居民收入比缩小至1.7以内, 车桩比控制在2以下, 收入倍差缩小到1.9以内, 差异系数缩小到0.4: a ratio written as one number, after the 比, 倍差 or 系数 it measures. */
const BARE_RATIO = /(?<=[\u4e00-\u9fa5](?:比(?:值)?|倍差|系数)(?:要|将)?(?:缩小至|缩小到|缩小为|降至|降到|下降到|下降至|控制在|保持在|稳定在|达到|为))(\d+(?:\.\d+)?)(?=以内|以下|以上|左右|[，。；]|$)/g;
/** 智能算力规模超20000P, 投运算力突破20万P, 智算规模突破10万P: computing power in petaflops, written with a bare P after 算力 or 智算. */
// (10 万 P 算力规模, 30 万 P 的磅礴算力: or before it)
// (…规模达到3300P、2026年达到1.2万P: or the next figure of a list that opened on it)
const BARE_PETAFLOPS = /(?<=(?:算力|智算)[^，。；\d]{0,12}?|\dP、[^，。；]{0,12}?)(\d+(?:\.\d+)?)(万)?\s*P(?![A-Za-z])|(\d+(?:\.\d+)?)(万)?\s*P(?![A-Za-z])(?=[^，。；\d]{0,8}(?:算力|智算))/g;
/** (万亿)GDP俱乐部, 经济总量俱乐部: the club a trillion admits to, after it; what it measures captured. */
export const TRILLION_CLUB = /^(?:元)?(GDP|经济总量)?(?:城市)?俱乐部/;
/** 突破万亿, 超过万亿元, 迈入万亿GDP俱乐部: a trillion reached, written without its 一 (not 万亿级, a class). */
const BARE_TRILLION = /(?<=突破|破|超过|超|过|达到|达|迈上|跨上|跃上|冲刺|实现)万亿(元)?(?![级\d零〇一二两三四五六七八九十])|(?<=迈入|进入|跻身|跨入|加入|挺进)万亿(?=(?:元)?(?:GDP|经济总量)?(?:城市)?俱乐部)/g;
/** /年, /日: the time a capacity is given per; /万元, /亩: the output or area a consumption is given per (20立方米/万元). */
const PER_UNIT = /^\/(?:年|日|天|月|小时|万元|亿元|元|亩|公顷|人|户|吨|平方米|千瓦时)/;
/** /万人, /千人, /十万人: the people a count is given per (360台/万人, 3.5人/千人). */
const PER_PEOPLE = /^\/(?:十万|万|千|百)(?:人|名|人口)/;
/** 综合港区突破亿吨, 游客超亿人次: a hundred million of a measure reached, written without its 一. */
const BARE_HUNDRED_MILLION = /(?<=突破|超过|超|达到|迈上|跨上|跃上|站上|冲刺|实现)亿(?=吨|人次|标箱|千瓦时|度|立方米)/g;
/** 工业总产值突破千亿大关, 迈上百亿台阶: a round sum of money crossed as a milestone, written without its 一. */
const BARE_MILESTONE = /(?<=突破|超过|跨越|迈过|迈上|跨上|跃上|站上|冲刺|实现)([千百])亿(元)?(?:大关|台阶|关口)/g;
/**
 * 千万级专项资金, 百万级奖励, 上亿元引导资金, 上千万元资金: money of a round scale in 万 or 亿, said as a class (级) or as "up to" (上), before the
 * fund or payment it is (not 百万级人口城市).
 */
const ROUND_SCALE_FUND = /(?:上([十百千])?|(?<![\d.零〇一二两三四五六七八九十百千万亿数几])([十百千]))(万|亿)(?:元?级的?|元)(?=[^，。；]{0,6}?(?:资金|基金|奖励|补贴|补助|扶持|资助))/g;
/** 百亿级, 万亿级, 五百亿级, 1000亿级, 建成万亿工业强市: a scale class of money, "at least"; 30—50亿级: a band of scale. */
const SCALE_CLASS = /(?:(?<![\d.])([1-9]\d{0,4})[—–\-~至到])?((?<![零〇一二两三四五六七八九])[十百千万]|[一二两三四五六七八九][十百千](?:[一二三四五六七八九]十)?|(?<![\d.])[1-9]\d{0,4})亿(元)?(?:级|(?=(?:工业|产业|经济)?(?:强市|强县|大市)))/gu;
/** 个, 家, 项: measure words that count things, whose two ends may make a range (3个到5个). */
const COUNT_WORD = /^[个家项座所条处]$/;
/** 形成千亿旅游主导产业, 打造五百亿产业集群: a round scale written bare, without 级 or 元, before the industry or cluster to become one (not 实施万亿产业集群…“万千百工程”, a programme's name). */
// (率先建设5000亿国家级园区: a park of that size, its scale in digits)
// (打造千亿光伏、汽车产业，三百亿光学产业，百亿北斗产业: or industries listed after it, and the next items of the list the verb opens)
const BARE_SCALE_INDUSTRY = /(?:形成|打造|建成|建设|培育|壮大|成为|(?<=(?:形成|打造|培育|壮大)[^。；]{0,40}?[，、]))(?:一个|1个)?(((?:[一二两三四五六七八九])?[百千]|万|(?<=[^\d.])[1-9]\d{2,4}(?=亿))亿)(?!元)(?=[^，。；、\d“”]{0,8}?(?:、[^，。；、\d“”]{1,6}?)*(产业|集群|园区))/g;
/**
 * A number with a multiplier and no unit: 用户数超500万 and 网民规模12亿 count people when the
 * clause names them; 地区生产总值达1.2万亿 and 营业收入超过800亿 are yuan when it names money.
 */
/** 台阶, 园区, 村民, 支持, 本土, 部委: words that open on a measure word (台, 园, 村, 支, 本, 部) without counting anything by it. */
const WORD_NOT_UNIT = '台阶|台湾|[园村镇][区民委级]|支[持付出撑援柱]|本[土地市县区省届级]|部委';
const NOT_A_UNIT = new RegExp(`^(?:${WORD_NOT_UNIT})`);
// (迈上3万亿台阶, 85亿园区, 100亿支持, 千亿支柱产业, 5000台湾人: 台阶 is a step, 园区 a park, 支持 support, 支柱 a pillar and 台湾 a place,
// not the measure words 台, 园 and 支; …等十部委《…》: the ministries that issue a document count no 部)
const BARE_MULTIPLE = new RegExp(`(${AR}|${CN})(余|多)?(万亿|千亿|百亿|亿|万)(余|多)?(?![\\d${'零〇一二两三四五六七八九十百千万亿元'}]|(?!${WORD_NOT_UNIT})(?:${UNIT}))`, 'gu');
/** 奖励每条5万, 补助2万, 1万/吨给予奖励: a sum paid written in 万 without 元. */
// (按1万/吨给予奖励: or a rate per unit, paid)
const PAID_IN_TEN_THOUSANDS = /(?:奖励|奖金|补助|补贴|资助|奖补)[^，。；\d]{0,8}\d+(?:\.\d+)?万(?![元\d])|\d万(?:[/／][\u4e00-\u9fa5]{1,3})?(?:的)?(?:[\u4e00-\u9fa5]{0,4}?)(?:奖励|补助|补贴|资助|奖补)/;
/** 最高, 封顶, 上限为: the words of a cap right before its sum. */
const CAP_WORDS = '(?:最高|封顶|上限为?|不超过)(?:可)?(?:达到?|为)?';
const CAPPED_BEFORE = new RegExp(`${CAP_WORDS}$`);
/** 给予贷款贴息补贴，单家封顶50万: a cap in 万 without 元, after the payment its sentence gives. */
const CAPPED_IN_TEN_THOUSANDS = new RegExp(`(?:奖励|补助|补贴|资助|奖补|贴息)[^。；]{0,40}?${CAP_WORDS}\\d+(?:\\.\\d+)?万(?![元\\d])`);
/** 1- before 5万: the first bound of a range of bare sums. */
const RANGE_FROM = /(?<![\d.])(\d+(?:\.\d+)?)[-—–~至到]$/;
/** 最高可获800万补助, 2000万研发创业资助: a sum in 万 the payment's word follows, what it pays for between them. */
// (按1万/吨给予奖励: a rate, the unit it is paid per after it)
// (not 浏览量50万、10万、5万分别奖励2万、…: tiers of a count, each paid the sum 分别 spreads to it)
const PAID_AFTER = /^(?:[/／][\u4e00-\u9fa5]{1,3})?的?(?![\u4e00-\u9fa5]{0,4}分别)[\u4e00-\u9fa5]{0,6}?(?:奖励|补助|补贴|资助|奖补)/;
/** The words before such a sum, or before a later one of its list: 分别奖励每条5万、3万、, 补贴金额将最高达到20万. */
// (奖金最高200万: or the prize money)
const PAID_BEFORE = /(?:奖励|奖金|补助|补贴|资助|奖补)(?:金额|额度)?(?:每[\u4e00-\u9fa5]{1,2})?(?:将|可)?(?:最高|不超过|最多)?(?:可)?(?:达到?|为)?(?:\d+(?:\.\d+)?万[、和及])*$/;
/** 每年安排资金不少于, 设立专项经费: money set aside, before a sum in 万 written without 元 (100万, 200万). */
// (拿出500万对全县…新建标准化茶园…奖补: or money a government puts up, 资金 unsaid)
// (在冰雪消费券中列支500万: or money budgeted from a fund, 列支)
const SET_ASIDE_WORDS = String.raw`(?:(?:安排|设立|投入|统筹|筹集)[^，。；\d]{0,6}?(?:资金|经费)(?:规模)?|拿出|列支)(?:不少于|不低于|达到?|超过|共计|合计)?`;
const SET_ASIDE_BEFORE = new RegExp(`${SET_ASIDE_WORDS}$`);
/** The same, asked of a whole sentence before its bare amounts are read. */
const SET_ASIDE_IN_TEN_THOUSANDS = new RegExp(String.raw`${SET_ASIDE_WORDS}\d+(?:\.\d+)?万(?![元\d])`);
/** 高新技术企业不超过50万元、…、千帆计划入库企业不超过20万: an earlier item of a list in yuan, ending right before this one's words. */
const SIBLING_BEFORE_IN_YUAN = /\d万元、[^，。；、\d]{0,16}$/;
/** The same, asked of a whole sentence before its bare amounts are read. */
const LISTED_AFTER_YUAN = /\d万元、[^，。；、\d]{0,16}\d+(?:\.\d+)?万(?![元\d])/;
/** 分别给予100万、50万元, 100万、80万、60万和30万元, 100万或50万元: a later item of a list in yuan, which the bare amounts before it share. */
const SIBLING_IN_YUAN = new RegExp(`^(?:\\s*、\\s*(?:${AR})(?:余|多)?(?:万亿|千亿|百亿|亿|万))*\\s*[、和及或]\\s*(?:${AR})(?:余|多)?(万亿|千亿|百亿|亿|万)元`);
/** 两化融合发展水平指数达72, 发展指数从2020年的85提高到95, 居民消费价格指数控制在103.5以内: an index value has no unit. */
// (质量竞争力指数提高至92以上: 至 as well as 到)
const INDEX_VALUE = new RegExp(`(?:达到|达|提高到|提高至|提升到|提升至|升至|增至|超过|超|突破|控制在|稳定在|保持在|不超过|不高于|低于)(${AR})(?![\\d.%‰])`, 'gu');
const PEOPLE_COUNTED = /用户|网民|人口|人数|人次|户数|游客|客流|访问量|下载量|会员|粉丝|观众|连接数|终端数|劳动力|农民工|人才(?:总量|队伍|规模)|(?:从业|就业)人员/;
/** 新增青年人才, 引进高技能人才: talents a goal adds, straight before a bare 万 that counts them. */
const TALENTS_ADDED = String.raw`(?:新增|引进|集聚|吸引|培养|培育|留住)[\u4e00-\u9fa5]{0,6}?人才(?:总量)?`;
const TALENTS_ADDED_BEFORE = new RegExp(`${TALENTS_ADDED}$`);
/** The same, asked of a whole sentence before its bare amounts are read. */
const TALENTS_ADDED_IN = new RegExp(`${TALENTS_ADDED}\\d`);
/** 工人, 人才, 职工, 群众: the people a bare 万 right before them counts (10万产业工人, 5万技能人才, 39万困难群众). */
const PEOPLE_WORDS = '[\u4e00-\u9fa5]{0,4}?(?:工人|人才|人员|职工|学员|技工|农民|群众|居民|老年人|儿童|学生)';
const PEOPLE_AFTER = new RegExp(`^${PEOPLE_WORDS}`);
const TEN_THOUSAND_PEOPLE = new RegExp(`万${PEOPLE_WORDS}`);
/** 百亿产值企业, 千亿营收园区: the measure after a bare sum, then the things of that size, a class (not 实现百亿产值). */
const MEASURED_CLASS_AFTER = /^(?:元)?(?:工业|产业)?(?:产值|营收|营业收入|规模)(?:的|级)?(?:企业|龙头企业|领军企业|园区|集群|产业集群|项目)/;
// (石油化工产业达到3000亿, 等3个产业各达到2000亿, 实现工业园区过百亿: an industry's or a park's size reached, in money; 实现贷款余额1000亿:
// or a balance of loans)
const MONEY_MEASURED = /生产总值|GDP|(?:经济|工业)总量|增加值|收入|营收|规模|产值|投资|固投|交易额|销售额|开票销售|成交额|零售总额|税收|利税|利润|出口额|进出口总额|融资额|(?:贷款|存款|存贷款)余额|资金|安排|投入|(?:产业|园区)(?:各|均|分别)?(?:达到|突破|超过|过)/;
/** 突破, 达到: the verb a bare sum in money is reached by, which the goals after it repeat. */
const REACHING_VERB = /(?:突破|破|达到|超过|力争达到|力争突破)$/;
/** A number whose unit is an acronym in brackets a few characters on: 5000千万亿次浮点指令/秒（PFLOPS）. */
const ACRONYM_AFTER = /^[^，。；、\d]{0,16}?（([A-Z]{2,8})）/;
/** A bare number after a term named by an acronym: 电能利用效率（PUE）值低于1.25, 平均PUE值小于1.2, or by its Chinese name alone (电能利用效率控制在1.2以下). */
const ACRONYM_BEFORE = /(?:（([A-Z]{2,6})）值?|(?<![A-Za-z])([A-Z]{2,6})值|(电能利用效率)(?:值)?)[^，。；\d（]{0,6}$/;
/** An acronym's value written without brackets: PUE值. */
const ACRONYM_VALUE = /[A-Z]{2,6}值/;
const BARE_NUMBER = new RegExp(`(${AR})(?![\\d.])`, 'g');
/** 增速“保6争7”, 增长保七争八: a growth's floor (captured) after 保 and the figure striven for (captured) after 争. */
const FLOOR_AND_STRETCH = /(?<=(?:增速|增长|增幅|增长率)[^，。；\d]{0,3}?)“?保(\d{1,2}(?:\.\d)?|[一二三四五六七八九十])争(\d{1,2}(?:\.\d)?|[一二三四五六七八九十])(?![\d.%％]|个百分点)/g;
/** 翻一番, 翻两番, 翻3番, and 实现翻番 (one doubling, no numeral: not a programme named 翻番工程). */
// (“两个进位、两个翻番、四个全部”: not one of a slogan's items, counted)
const DOUBLINGS = /(?<![个项大])翻([一两二三四]|[1-4](?![\d.]))?番(?!工程|行动|计划|目标)/g;
/** 30、20、 before 10万元 (not 第1、2、, an ordinal list, nor digits run into a word): bare numbers listed before a unit. */
const BARE_LIST_BEFORE = /(?<![\d.第、])(?:\d+(?:\.\d+)?、)+$/;
/** 引进万名, 培育百家, 应用落地超万个 (not 千家万户, 百家争鸣): a round count with no 一, right after a verb that brings it about or one it passes. */
// (赋能中小微企业万户以上: or after what it counts, with 以上 after it)
const BARE_ROUND_COUNT = /(?:(?<=引进|招收|招引|培养|培育|培训|吸引|集聚|新增|带动|打造|建成|孵化|扶持|赋能|服务|超|超过|突破)([万千百])([名人家个户所])(?!万户|争鸣|姓|科)|(?<=[\u4e00-\u9fa5]{2}(?:企业|主体|农户|用户|人才|群众))([万千百])([名人家个户所])(?=以上))/g;
const ROUND_COUNT: Readonly<Record<string, number>> = { 千: 1000, 百: 100 };

const chineseValue = (text: string): number => numeralValue(text);

/** Verbs before a small count that make it an amount: 建成两个基地, 提高五个百分点 (not 两个提升). */
/** 建成4A景区, 新建幼儿园: a verb of building and the thing built, right before a count written after it. */
const COUNTED_BEFORE_ONE = /(?:建成|新建|创建|打造|培育|引进|新增|争创)[\dA-Za-z]{0,3}[\u4e00-\u9fa5]{2,10}$/;
const COUNTING_VERB = /(?:建成|建设|新建|打造|培育|创建|建立|引进|新增|布局|争创|设立|组建|提高|降低|提升|增加|减少|增长|下降|突破)$/;

/** Chinese numerals that are part of words, not amounts: 一批, 一体化, 三位一体, 两个提升. */
/** Nouns after a small count that make it a slogan, not an amount: 两个机制, 三个重点. */
const ABSTRACT_AHEAD = /^(?:机制|体系|制度|原则|方面|层面|环节|阶段|重点|任务|目标|主线|确保|提升|结合|转变|统筹|坚持|能力|作用|水平|优势)/;
/** 首个, 20个, 3座: a count or an ordinal right before a number, which then classes what is counted. */
/** 打造, 建成: a work built to a capacity. */
const BUILT_TO = /(?:打造|建成|建设|形成)$/;
const COUNTED_BEFORE = /(?:[\d一二两三四五六七八九十首]\s*[个座处批家])$/;
/** 通航能力达到3000吨级: a class a capacity is raised to, standing alone at its clause's end. */
const RAISED_TO = /(?:达到|提升至|提升到|提高至|提高到|升级为|升级至)$/;
const CLASS_ALONE = /^级(?:以上)?(?:[，。；、）]|$)/;
/** 增长两位数, 保持两位数增长: growth written as double digits. */
const DOUBLE_DIGITS = /(?<=增长|增速|增幅|保持|实现)两位数(?=以上|增长|$|[，。；])/g;
/** 三个万亿级产业集群, 五个以上千亿级产业集群: a small count of things of a stated scale. */
const SCALE_CLASS_AHEAD = /^(?:以上|左右)?[十百千万]亿(?:元)?级/;

/** 最长三年, 最多1年, 连续三年, 连续补助3年: how long something runs (the support's verb may stand between). */
export const HOW_LONG = /(?:最长|最多|连续|延续|持续)(?:为|不超过|不超)?(?:给予)?(?:补贴|补助|奖励|资助|贴息|支持|扶持)?(?:不超过|不超)?$/;

/** Whether a Chinese numeral is part of a word, by the six characters `before` and `after` it and, for 一年, up to 24 before it (`lead`, else empty). */
function isWordlikeChinese(text: string, value: number, unit: string, before: string, after: string, lead: string): boolean {
  if (!Number.isFinite(value)) return true;
  // 数十个, 数百家, 数千亿, 几百亩, 几十个: some tens, hundreds, thousands, no number at all
  // (成百上千个, 成千上万人: hundreds or thousands, thousands upon thousands)
  if ((/[数几]$/.test(before) || /成[十百千万]上$/.test(before)) && /^[十百千万]/.test(text)) return true;
  // 零点五个百分点, 一点二倍: a number written with its decimals is a measure, never part of a word
  if (text.includes('点')) return false;
  // 千人助万企, 百企帮百村: a campaign named by a round number of each side, no count
  if (/^[十百千万]$/.test(text) && /^[\u4e00-\u9fa5]?[十百千万][\u4e00-\u9fa5]/.test(after)) return true;
  // 千人床位数, 每万人口拥有…, 千人计划: a lone 千 or 万 of people before a word is the base of a rate or a name
  // (常住人口每千人40平方米: or right before the figure a rate sets per so many people)
  if (/^[百千万]$/.test(text) && unit === '人' && ((/^[\u4e00-\u9fa5]/.test(after) && !/^(?:以上|左右|次)/.test(after)) || before.endsWith('每'))) return true;
  // | 百家观点 |, “百家讲坛”: a lone 百 or 千 opening a phrase is part of a name; after a word it counts (开拓百项, 超千家)
  if (/^[百千]$/.test(text) && !/^[万亿]/.test(unit) && !/[\u4e00-\u9fa5]$/.test(before)) return true;
  // 新兴产业百亿项目攻坚, 千亿项目: a round size before 项目, no unit of its own, names a class of projects
  if (/^[百千万]亿?$/.test(text) && /^[万亿]*项$/.test(unit) && after.startsWith('目')) return true;
  // (落地一个10亿元以上或两个5亿元以上项目: a single digit counting things of a size class is a count)
  if (/^[个家座项]$/.test(unit) && value < 10 && /^[\d.]{1,4}[万亿]元(?:及)?以/.test(after)) return false;
  // 百元大钞, 十元纸币: a banknote's face, no sum
  if (unit === '元' && /^(?:大钞|钞票|纸币|面额|硬币)/.test(after)) return true;
  // 千斤顶, 千斤重担: a lone 千 before 斤 is a word
  if (unit === '斤' && text.length === 1) return true;
  // 打造一个千亿级产业集群: one thing of a stated scale, counted
  if (value === 1 && unit === '个' && SCALE_CLASS_AHEAD.test(after) && COUNTING_VERB.test(before)) return false;
  // 给予最高一亿元资助, 引进一万名人才: one of a multiplied unit is an amount, as 1亿元 is
  if (value === 1 && /^[万亿]/.test(unit)) return false;
  // 培育一家以上省级龙头企业, 至少招引一个链主企业: one with a bound on it is an amount
  if (value === 1 && /^[个家座项所条处户名]$/.test(unit) && (after.startsWith('以上') || /(?:至少|不少于|最少)[\u4e00-\u9fa5]{0,4}$/.test(before))) return false;
  // 补贴期限为自发电之日起一年: one year as the term a support is given for is counted
  if (value === 1 && unit === '年' && TERM_BOUNDED.test(lead)) return false;
  // (建成4A景区一个，3A景区2个: one closing a clause after what it counts, a verb of building before that, is a count)
  if (value === 1 && /^[个家座处所]$/.test(unit) && /^\s*(?:[，。；,;]|$)/.test(after) && COUNTED_BEFORE_ONE.test(before)) return false;
  if (value <= 1) return !(value === 1 && /^(倍|个百分点)$/.test(unit) && /(?:[增加长提高约]|扩大|提升|翻)$/.test(before));
  if (value >= 10) return false;
  if (/百分点|倍/.test(unit) || SCALE_CLASS_AHEAD.test(after)) return false;
  // 五家渠市, 七台河市: a single digit and its unit opening a place's name
  if (text.length === 1 && unit !== '个' && /^[\u4e00-\u9fa5][市县区镇乡村]/.test(after)) return true;
  // 加快三元汇、…购物中心等建设: a single digit and 元 running into a word is a name, not three yuan
  if (text.length === 1 && unit === '元' && /^[\u4e00-\u9fa5]/.test(after) && !/^(?:的|每|钱|左右|以上|以下|以内|奖励|补贴|补助|资助|一次性|\/)/.test(after)) return true;
  // 给予最长三年的租金补贴, 连续三年给予奖励: how long support runs
  // (补贴期限不超过五年, 累计最多享受不超过三年的补助: or the term it is given for)
  // (县财政…给予三年全额贴息: or the years a support given runs, straight before it)
  if (unit === '年' && (HOW_LONG.test(before) || TERM_BOUNDED.test(before) || TERM_OF_SUPPORT.test(after) || RENT_FREE_WITHIN.test(after) || (/(?:给予|予以)$/.test(before) && YEARS_OF_SUPPORT.test(after)))) return false;
  // 建立两个机制, 突出三个重点: abstract nouns are not counted things
  if (COUNTING_VERB.test(before) && !ABSTRACT_AHEAD.test(after)) return false;
  if (/^(个|项|类|批|种|条|次|部|方|位|门|期|名|人|组|队|支|片|处|层|间|本|只|份)$/.test(unit)) return true;
  return text.length === 1 && !/元|%|家|万|亿/.test(unit);
}

/**
 * Is text[index] inside “quotes” or 《book titles》 (names such as “新智造100”工程)? Quoted words
 * with a clause mark before the number are speech, not a name: “…落户企业，给予100万元…”; nor is a
 * long list of goals.
 */
function insideQuotes(text: string, index: number): boolean {
  let quote = 0;
  let book = 0;
  let opened = -1;
  for (let i = 0; i < index; i++) {
    const ch = text[i];
    if (ch === '“') { quote++; opened = i; }
    else if (ch === '”') quote = Math.max(0, quote - 1);
    else if (ch === '《') book++;
    else if (ch === '》') book = Math.max(0, book - 1);
  }
  if (book > 0) return true;
  if (quote === 0) return false;
  // a name is short and whole (“新智造100”工程); words quoted with a clause mark are speech
  const close = text.indexOf('”', index);
  const quoted = text.slice(opened + 1, close < 0 ? text.length : close);
  // “园区营业收入增10%、规上工业产值增8.5%”: a long quoted list of goals is no name either
  // (“2025年制造业产值突破7000亿元”“增加值占比不低于40%”等: a quoted goal, a measure and its bound, is no name)
  return !/[，；。]/.test(quoted) && !(quoted.length > 12 && quoted.includes('、') && GOAL_MEASURE.test(quoted))
    && !(quoted.length >= 8 && QUOTED_GOAL_BOUND.test(text.slice(Math.max(opened + 1, index - 4), index)));
}

/** The bound a quoted goal sets just before its figure: 产值突破7000亿元, 占比不低于40%, 达标天数保持在300天以上. */
const QUOTED_GOAL_BOUND = /(?:突破|达到|不低于|不少于|超过|提高到|提高至|提升到|提升至|保持在|稳定在|控制在|维持在|增加到|增至)(?:约)?$/;

/** What a quoted list of goals measures (“营业收入增10%、…”), which a label of amounts (“1个3000亿元、3个1000亿元”) does not. */
// (“2023年力争新认定省级以上‘专精特新’企业150家、瞪羚企业30家…”: or words that strive for them)
const GOAL_MEASURE = /增|达|突破|超|提高|收入|产值|投资|总额|%|力争|确保|争取|新认定|培育/;

/** Numbers glued to Latin letters or arithmetic are names (5G, IPv6, C919, 3+6, 1+N+X); 第三/14号 are ordinals. */
function isNameOrOrdinal(text: string, start: number, end: number): boolean {
  const before = text[start - 1] ?? '';
  const after = text[end] ?? '';
  // (实现GDP 75亿元, its space dropped: a measure's acronym run into its figure names no model)
  if (/[A-Za-z+〔[]/.test(before) || /[+〕\]]/.test(after)) return !/(?<![A-Za-z])GDP$/.test(text.slice(Math.max(0, start - 4), start)) || /[A-Za-z\d]/.test(after);
  // “1+4+N”千亿级…: a number glued to a quoted label is part of it
  // (not 建成家门口青少年宫”24个, a quote closed with none opened, nor one opened in an earlier clause)
  if (before === '”') {
    const open = text.lastIndexOf('“', start);
    if (open >= 0 && !/[，。；]/.test(text.slice(open, start)) && /[+\d]/.test(text.slice(open, start))) return true;
  }
  // (重点打造百家湖硅巷, 三家村: a place named by a count of households in words, then the lake, village or lane it is)
  if (text[end - 1] === '家' && /^[湖山村巷路街桥河岭寨庄港塘]/.test(after) && !/\d/.test(text.slice(start, end))) return true;
  // (依托玻璃院、214所、40/41所等研发资源: a research institute named by its number, listed with others, is a name)
  if (text[end - 1] === '所' && /^[、和及与等]/.test(after) && /[、和及与/托]$/.test(before) && /[院所][、和及与]/.test(text.slice(Math.max(0, start - 12), start))) return true;
  // (前10名 is a rank; 目前80%的水平 is a level now, its figure no rank)
  if (before === '第' || (before === '前' && text[start - 2] !== '目')) return true;
  // (省道541(南四环至国道310段): a road's number is its name; not 大修养护222国道47公里, the length of a road its number already named)
  const afterRoad = /(?:国道|省道|县道|乡道)$/.test(text.slice(Math.max(0, start - 2), start));
  if (afterRoad && !(/\d(?:国道|省道|县道|乡道)$/.test(text.slice(Math.max(0, start - 3), start)) && /(?:公里|千米|km)$/.test(text.slice(start, end)))) return true;
  // (北纬26度黄金海洋牧场: a latitude or a longitude places a thing, and measures nothing)
  if (/(?:北纬|南纬|东经|西经)$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  // %E5%87%88: a page address's escaped bytes, no percentages (分别按15%25%30%给予补助: percentages run together are no address)
  if ((before === '%' && escapedBytes(text, start - 1)) || (text[end - 1] === '%' && /^[0-9A-Fa-f]{2}/.test(text.slice(end, end + 2)) && escapedBytes(text, end - 1))) return true;
  // (给予三年期租金补助, 5年期的贴息: the years a support runs, not a phase; 5年期以上贷款市场报价利率 stays a name)
  if (text[end - 1] === '年' && TERM_OF_SUPPORT.test(text.slice(end, end + 12))) return false;
  // (按照省十一次党代会、市委七届四次全会部署: the number of a congress or a plenary session, which is its name)
  if (text[end - 1] === '次' && SESSION_AFTER.test(text.slice(end, end + 6))) return true;
  return /^(号|届|版|期|章|节|条)/.test(text.slice(end, end + 1)) && !/\d/.test(text[end + 1] ?? '');
}

/** 党代会, 全会, 代表大会 after 十一次: a session named by its number. */
const SESSION_AFTER = /^(?:党代会|党员代表大会|全会|全体会议|代表大会|人代会)/;

/** 内免租金入住, 内免费使用: the years within which space is given free. */
export const RENT_FREE_WITHIN = /^\s*内(?:免租金|免房租|免费入住|免费使用)/;
/** 租金补助, 场地租金补贴, 贴息: the support a count of years with 期 is given for (三年期租金补助). */
export const SUPPORT_GIVEN_FOR_YEARS = '(?:租金|房租|场地|用房){0,2}(?:补贴|补助|奖励|资助|贴息|减免)';
/** 自发电之日起, 自认定当年起: the event a support's term is counted from, between 期限为 and its years. */
export const TERM_START = String.raw`自[^，。；\d]{1,12}(?:之日|当月|当年|次年)起`;
export const TERM_COUNTED_FROM = `(?:${TERM_START})?`;
/** 期限不超过, 年限为, 享受不超过, 期限为自发电之日起: a term bounded, right before its count of years. */
const TERM_BOUNDED = new RegExp(`(?:期限|年限)(?:为|不超过|不超|最长)?${TERM_COUNTED_FROM}$|享受(?:不超过|不超)$`);
/** 期租金补助, 期的贴息: the 期 after a count of years that a support is given for. */
/** 全额贴息, 的租金补贴: the support a span of years given runs for, right after the years. */
const YEARS_OF_SUPPORT = /^(?:的)?(?:全额|全部)?(?:贴息|租金补贴|房租补贴|免租)/;
const TERM_OF_SUPPORT = new RegExp(`^期的?${SUPPORT_GIVEN_FOR_YEARS}`);

/** Where the clause holding text[at] starts: after the last ，；。 before it. */
export const clauseStartAt = (text: string, at: number): number => Math.max(text.lastIndexOf('，', at), text.lastIndexOf('；', at), text.lastIndexOf('。', at)) + 1;

type Span = [number, number];
const overlapsAny = (taken: readonly Span[], s: number, e: number): boolean => taken.some(([a, b]) => s < b && e > a);

/** %E5: one escaped byte of a page address. */
const ESCAPE = /^%[0-9A-Fa-f]{2}/;
/** Whether the % at `at` is one of a run of escaped bytes (%E5%87%88), which a page address writes a character in: one holds a letter. */
function escapedBytes(text: string, at: number): boolean {
  let from = at;
  while (from >= 3 && ESCAPE.test(text.slice(from - 3, from))) from -= 3;
  let to = at;
  while (ESCAPE.test(text.slice(to, to + 3))) to += 3;
  return /[A-Fa-f]/.test(text.slice(from, to).replace(/%/g, ''));
}

/** Records a quantity (负0.5% is negative, 减负2500亿元 is not) and the span it takes. */
function pushQuantity(text: string, found: Quantity[], taken: Span[], q: Omit<Quantity, 'chinese'> & { chinese?: boolean }): void {
  // 负0.5% is below zero; 减负2500亿元 and 担负 are words, not a sign
  const value = text[q.start - 1] === '负' && !/[减担抱胜自正欺]/.test(text[q.start - 2] ?? '') ? -q.value : q.value;
  found.push({ chinese: false, ...q, value });
  taken.push([q.start, q.end]);
}

/** Not yet taken, not part of a name or ordinal, not inside quotes. */
function isFree(text: string, taken: readonly Span[], start: number, end: number): boolean {
  return !overlapsAny(taken, start, end) && !isNameOrOrdinal(text, start, end) && !insideQuotes(text, start);
}

/** Characters the patterns above need, as flags: a sentence is read once for all of them, not searched once per pattern. */
const Mark = {
  /** A digit, a Chinese numeral, 万/亿 (突破万亿) or 半 (半数以上): every pattern needs one, and most sentences hold none. */
  Numeral: 1, Doubling: 2, Fraction: 4, Tenths: 8, Half: 16, Scale: 32, TenThousand: 64, HundredMillion: 128, Index: 256, Bracket: 512,
} as const;
const MARKS = new Uint16Array(65536);
const mark = (characters: string, flag: number): void => { for (const c of characters) MARKS[c.charCodeAt(0)] |= flag; };
mark('0123456789零〇一二两三四五六七八九十百千万亿半', Mark.Numeral);
mark('翻', Mark.Doubling);
// 分之, 1/3
mark('之/', Mark.Fraction);
mark('成', Mark.Tenths);
mark('半', Mark.Half);
mark('级强', Mark.Scale);
mark('万', Mark.TenThousand);
mark('亿', Mark.HundredMillion);
// 指数, 融合发展水平
mark('指融', Mark.Index);
mark('（', Mark.Bracket);

function marksOf(text: string): number {
  let marks = 0;
  for (let i = 0; i < text.length; i++) marks |= MARKS[text.charCodeAt(i)];
  return marks;
}

export function findQuantities(text: string): Quantity[] {
  const marks = marksOf(text);
  if (!(marks & Mark.Numeral)) return [];
  const found: Quantity[] = [];
  const taken: Span[] = [];

  if (marks & Mark.Doubling) for (const m of matchesOf(DOUBLINGS, text)) {
    const start = m.index;
    // 实现翻番，达到5500亿元: a doubling with no numeral, said of the figure it reaches, is that figure's
    if (!m[1] && /^[，,]?\s*(?:达到|达|突破|超过|增至|至)[^，。；]{0,4}\d/.test(text.slice(start + m[0].length, start + m[0].length + 16))) continue;
    // (从5000亿元到10000亿元翻番: or the figure it goes to, just before it)
    if (!m[1] && /从[^，。；]{0,12}\d[^，。；]{0,6}(?:到|至)[^，。；]{0,12}\d[^，。；\d]{0,4}$/.test(text.slice(Math.max(0, start - 40), start))) continue;
    found.push({ start, end: start + m[0].length, value: m[1] ? chineseValue(m[1]) : 1, valueMax: null, unit: '番', base: '番', factor: 1, more: false, chinese: !/\d/.test(m[1] ?? '') });
    taken.push([start, start + m[0].length]);
  }


  // (地区生产总值增速“保6争7”: a growth held at the first figure at least and striven for up to the second, percent unwritten)
  if (text.includes('保') && text.includes('争')) for (const m of matchesOf(FLOOR_AND_STRETCH, text)) {
    const floorAt = m.index + m[0].indexOf(m[1], 1);
    const stretchAt = m.index + m[0].lastIndexOf(m[2]);
    const floor = numeralValue(m[1]);
    const stretch = numeralValue(m[2]);
    // (its quotes mark the idiom, not a name the figures are part of)
    if (!(floor > 0 && stretch > floor && stretch < 100) || overlapsAny(taken, floorAt, stretchAt + m[2].length)) continue;
    pushQuantity(text, found, taken, { start: floorAt, end: floorAt + m[1].length, value: floor, valueMax: null, unit: '%', base: 'percent', factor: 1, more: true, chinese: !/\d/.test(m[1]) });
    pushQuantity(text, found, taken, { start: stretchAt, end: stretchAt + m[2].length, value: stretch, valueMax: null, unit: '%', base: 'percent', factor: 1, more: false, chinese: !/\d/.test(m[2]) });
  }

  if (marks & Mark.Fraction && /分之/.test(text)) for (const m of matchesOf(PER_HUNDRED, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = numeralValue(m[2]);
    const valueMax = m[3] ? numeralValue(m[3]) : null;
    if (!Number.isFinite(value) || (valueMax !== null && !Number.isFinite(valueMax)) || !isFree(text, taken, start, end)) continue;
    const { unit, factor } = PER_PART[m[1]];
    pushQuantity(text, found, taken, { start, end, value, valueMax, unit, base: 'percent', factor, more: false, chinese: !/\d/.test(m[2]) });
  }
  if (marks & Mark.Fraction && /分之|\d\/\d/.test(text)) for (const m of matchesOf(FRACTION, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = m[1] ? fractionValue(numeralValue(m[2]), numeralValue(m[1])) : fractionValue(Number(m[3]), Number(m[4]));
    // a share of something: 高技能人才占技能人才的比例达到1/3, 三分之一以上的专项资金投向基础研究
    // (省级再累加补贴三分之二: or a share paid, straight after the payment's word)
    // (确保财政支出的三分之二以上用于民生: or a share of what is named straight before it)
    // (完成三分之一以上“十二五”以来已建项目问题设施整改任务: or the share of a task to be done)
    const share = /比例|比重|占/.test(text.slice(Math.max(0, start - 24), start)) || (text[start - 1] === '的' && /[\u4e00-\u9fa5]{2}的$/.test(text.slice(Math.max(0, start - 3), start))) || /^(?:以上|以下|左右)?的/.test(text.slice(end, end + 3)) || PAYMENT_WORD_BEFORE.test(text.slice(Math.max(0, start - 4), start))
      || (text.slice(Math.max(0, start - 2), start) === '完成' && SHARE_OF_TASK_AFTER.test(text.slice(end, end + 40)));
    if (!(value > 0 && value < 1) || !isFree(text, taken, start, end) || !share) continue;
    pushQuantity(text, found, taken, { start, end, value, valueMax: null, unit: '', base: 'ratio', factor: 1, more: false, chinese: Boolean(m[1]) });
  }
  // 按照市级支持资金1:1给予配套: money matched to another's in a ratio
  if (RATIO_COLON_ANYWHERE.test(text) && /配套|匹配/.test(text)) for (const m of matchesOf(MATCHING_RATIO, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = fractionValue(Number(m[2]), Number(m[1]));
    if (!(value > 0) || !isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value, valueMax: null, unit: '', base: 'ratio', factor: 1, more: false, chinese: false });
  }
  if (STATED_RATIO_HINT.test(text)) for (const m of matchesOf(STATED_RATIO, text)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = fractionValue(Number(m[1]), Number(m[2]));
    // (配套比例为1:0.5: a matching ratio, read as such above)
    if (!(value > 0) || /配套|匹配/.test(text.slice(Math.max(0, start - 12), start)) || !isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value, valueMax: null, unit: '', base: 'ratio', factor: 1, more: false, chinese: false });
  }
  if (text.includes('比') || text.includes('倍差') || text.includes('系数')) for (const m of matchesOf(BARE_RATIO, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value: Number(m[1]), valueMax: null, unit: '', base: 'ratio', factor: 1, more: false, chinese: false });
  }
  if (text.includes('算力') || text.includes('智算')) for (const m of matchesOf(BARE_PETAFLOPS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    const [value, tenThousands] = m[1] !== undefined ? [m[1], m[2]] : [m[3], m[4]];
    pushQuantity(text, found, taken, { start, end, value: Number(value), valueMax: null, unit: `${tenThousands ?? ''}P`, base: 'PFLOPS', factor: tenThousands ? 1e4 : 1, more: false, chinese: false });
  }
  if (marks & Mark.Tenths && /[一二两三四五六七八九1-9]成/.test(text)) for (const m of matchesOf(TENTHS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value: numeralValue(m[1]) * 10, valueMax: null, unit: '%', base: 'percent', factor: 1, more: false, chinese: !/\d/.test(m[1]) });
  }
  // (土地出让起始价格优惠上限为市场评估价格的7折: a price cut to seven tenths of the price, 70% of it)
  if (text.includes('折')) for (const m of matchesOf(DISCOUNT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    const digits = /\d/.test(m[1]);
    // (七五折: two numerals, tenths and hundredths)
    const tenths = digits ? Number(m[1]) : m[1].length === 2 ? numeralValue(m[1][0]) + numeralValue(m[1][1]) / 10 : numeralValue(m[1]);
    pushQuantity(text, found, taken, { start, end, value: tenths, valueMax: null, unit: '折', base: 'percent', factor: 10, more: false, chinese: !digits });
  }
  // 占耕地面积一半以上, 半数以上的村: half of a whole, a share as 三分之一 is
  if (marks & Mark.Half) for (const m of matchesOf(HALF, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value: 0.5, valueMax: null, unit: '', base: 'ratio', factor: 1, more: false, chinese: true });
  }
  // (实现唐山—北京半小时到达: half an hour to reach a place, a travel time as 1小时到达 is)
  if (marks & Mark.Half) for (const m of matchesOf(HALF_HOUR, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value: 0.5, valueMax: null, unit: '小时', base: 'h', factor: 1, more: false, chinese: true });
  }
  // 工业投资增长两位数以上: a growth of ten per cent or more
  if (text.includes('两位数')) for (const m of matchesOf(DOUBLE_DIGITS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    pushQuantity(text, found, taken, { start, end, value: 10, valueMax: null, unit: '%', base: 'percent', factor: 1, more: true, chinese: true });
  }
  if (marks & Mark.Scale) for (const m of matchesOf(SCALE_CLASS, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\d零〇一二两三四五六七八九十百千]/.test(text[start - 1] ?? '') || !isFree(text, taken, start, end)) continue;
    // 晋升千亿级园区行列: the ranks of a class joined, not an amount
    // (迈入万亿级城市后, 跻身千亿级县: a rank already joined)
    if (/^[^，。；、]{0,8}行列/.test(text.slice(end, end + 12)) || (/(?:迈入|跻身|晋级|晋升|成功进入)$/.test(text.slice(Math.max(0, start - 4), start)) && /^(?:城市|县|县市|大市|强市|俱乐部)/.test(text.slice(end, end + 4)))) { taken.push([start, end]); continue; }
    // (完善百亿级、十亿级项目专班化服务, 为百亿级企业提供服务: the class of projects or firms a count or a service picks out, not an amount)
    if (/^(?:、[^，。；、]{1,10}?级)*(?:重大|重点|产业|制造业|工业|龙头|骨干)?(?:项目|企业)/.test(text.slice(end, end + 24))) { taken.push([start, end]); continue; }
    // (五百亿级: a scale written with its digit, read as the numeral it is)
    const value = /\d/.test(m[2]) ? Number(m[2]) : m[2].length === 1 ? scaleClassValue(m[2]) : numeralValue(m[2]);
    // (打造…等30—50亿级强势单品: a band of scale, from its low end)
    const low = m[1] && /\d/.test(m[2]) && Number(m[1]) < value ? Number(m[1]) : null;
    const unit = value >= 10000 ? '万亿元' : '亿元';
    const scale = value >= 10000 && low === null ? 10000 : 1;
    pushQuantity(text, found, taken, { start, end, value: (low ?? value) / scale, valueMax: low === null ? null : value, unit: scale > 1 ? unit : '亿元', base: 'CNY', factor: scale > 1 ? 1e12 : 1e8, more: low === null, chinese: true });
  }

  if (marks & Mark.HundredMillion && (text.includes('产业') || text.includes('集群') || text.includes('园区'))) for (const m of matchesOf(BARE_SCALE_INDUSTRY, text)) {
    // (the scale alone, after the verb that makes the industry one)
    const end = m.index + m[0].length;
    const start = end - m[1].length;
    if (!isFree(text, taken, start, end)) continue;
    // (建设千亿园区: a park of a round scale in words is a class, as 千亿级园区 is; one in digits is the park's own size)
    if (m[3] === '园区' && !/^\d/.test(m[2])) continue;
    const value = /^\d/.test(m[2]) ? Number(m[2]) : m[2].length === 1 ? scaleClassValue(m[2]) : numeralValue(m[2]);
    const trillion = value >= 10000;
    pushQuantity(text, found, taken, { start, end, value: trillion ? value / 10000 : value, valueMax: null, unit: trillion ? '万亿元' : '亿元', base: 'CNY', factor: trillion ? 1e12 : 1e8, more: true, chinese: !/^\d/.test(m[2]) });
  }

  // (设立千万级专项资金, 拿出上亿元引导资金: a fund of a round scale, "at least" that much)
  if (marks & (Mark.TenThousand | Mark.HundredMillion) && (text.includes('级') || text.includes('上'))) for (const m of matchesOf(ROUND_SCALE_FUND, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    const round = m[1] ?? m[2];
    const [unit, factor] = m[3] === '亿' ? ['亿元', 1e8] : ['万元', 1e4];
    pushQuantity(text, found, taken, { start, end, value: round ? scaleClassValue(round) : 1, valueMax: null, unit, base: 'CNY', factor, more: true, chinese: true });
  }

  // 招收引进万名博士后, 培育百家专精特新企业: a round count written without its 一, right after the verb that brings it about
  if (marks & (Mark.TenThousand | Mark.Numeral) && /(?:[万千百])[名人家个户所]/.test(text)) for (const m of matchesOf(BARE_ROUND_COUNT, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!isFree(text, taken, start, end)) continue;
    // (万名 is written as 1 万名, as 3万名 is; 百家 is 100 家)
    const [round, unitWord] = m[1] ? [m[1], m[2]] : [m[3], m[4]];
    const tenThousand = round === '万';
    pushQuantity(text, found, taken, { start, end, value: tenThousand ? 1 : ROUND_COUNT[round], valueMax: null, unit: tenThousand ? `万${unitWord}` : unitWord, base: 'count', factor: tenThousand ? 1e4 : 1, more: false, chinese: true });
  }
  // 工业产值突破万亿(元): a trillion written without its 一, money when the clause measures money
  if (marks & Mark.TenThousand && text.includes('万亿')) for (const m of matchesOf(BARE_TRILLION, text)) {
    const start = m.index;
    const end = start + m[0].length;
    // (迈入万亿GDP俱乐部: the club of places whose product passed a trillion, joined)
    const club = TRILLION_CLUB.test(text.slice(end));
    if (!isFree(text, taken, start, end) || !(m[1] || club || MONEY_MEASURED.test(text.slice(clauseStartAt(text, start), start)))) continue;
    pushQuantity(text, found, taken, { start, end, value: 1, valueMax: null, unit: '万亿元', base: 'CNY', factor: 1e12, more: club, chinese: true });
  }

  if (text.includes('亿大关') || text.includes('亿台阶') || text.includes('亿元大关') || text.includes('亿元台阶')) for (const m of matchesOf(BARE_MILESTONE, text)) {
    const start = m.index;
    const end = start + m[0].length;
    // (工业应税销售收入较2017年翻一番，在全市率先突破千亿大关: the measure may stand in the clause before, the milestone's own opening on
    // where it is crossed)
    const groupStart = Math.max(text.lastIndexOf('；', start), text.lastIndexOf('。', start)) + 1;
    if (!isFree(text, taken, start, end) || !(m[2] || MONEY_MEASURED.test(text.slice(groupStart, start)))) continue;
    const hundreds = m[1] === '千' ? 1000 : 100;
    pushQuantity(text, found, taken, { start, end, value: hundreds, valueMax: null, unit: '亿元', base: 'CNY', factor: 1e8, more: false, chinese: true });
  }

  if (text.includes('亿')) for (const m of matchesOf(BARE_HUNDRED_MILLION, text)) {
    // (read as 1亿吨 would be, for its unit and measure)
    const [written] = findQuantities(`1${text.slice(m.index, m.index + 6)}`);
    if (!written || written.start !== 0 || !isFree(text, taken, m.index, m.index + written.end - 1)) continue;
    pushQuantity(text, found, taken, { ...written, start: m.index, end: m.index + written.end - 1, chinese: true });
  }

  for (const m of matchesOf(QUANTITY, text)) {
    const [whole, first, firstMult, firstUnit, second, approxBefore, mult, approxAfter, unitWord] = m;
    const start = m.index;
    const end = start + whole.length;
    if (overlapsAny(taken, start, end)) continue;
    const chinese = !/\d/.test(first);
    // a Chinese numeral directly after a digit or Chinese numeral is part of a word: 十四五
    if (/[\d.]/.test(text[start - 1] ?? '')) continue;
    // (2021/3/15 09:42 人民网: the minutes of a clock time, not 42 people)
    if (/(?:^|\D)[0-2]?\d[:：]$/.test(text.slice(Math.max(0, start - 4), start)) && /^[0-5]\d$/.test(first)) continue;
    // 十四五期间, 十五五时期 without quotes: a five-year plan's name, not 45 of anything
    if (chinese && /^十[一二三四五六七八九]五/.test(whole)) continue;
    // (高标准农田和千亩温室大棚建设: a round area written bare, after 和 or 、 and straight before the works it sizes, names their class)
    if (chinese && /^[百千万]亩$/.test(whole) && /^[\u4e00-\u9fa5]{2}/.test(text.slice(end, end + 2)) && !/^(?:以上|以下|左右|以内)/.test(text.slice(end, end + 2)) && /[和、及与]$/.test(text.slice(start - 1, start))) continue;
    // 不再一一列出, 一一对应: digits run together with no place (十, 百) nor zero are words, not 11 of anything
    if (chinese && /^[一二三四五六七八九]{2,}$/.test(first)) continue;
    // 附件1列出的清单, 第3列为…: 列 as the verb to list or a table's column, not trains
    if (unitWord === '列' && (/^[出入为举明示]/.test(text[end] ?? '') || text[start - 1] === '第' || /[表件]$/.test(text.slice(0, start)))) continue;
    // 到 joins a range only between two bare numbers of one unit: 2到4个, not 提高到2025年
    // (从10万元到150万元不等, 给予20万元到100万元不等的资助: a run of amounts each with its unit is a range too)
    // (分别给予3万元到150万元的上台阶奖励: or the amounts a payment runs between)
    // (形成3个到5个新的千亿级产业集群: a count's two ends in one measure word make a range, unless it runs 从 one 到 the other)
    const countRange = firstUnit === unitWord && !firstMult && !mult && COUNT_WORD.test(unitWord) && text[start - 1] !== '从';
    if (second && /到/.test(whole.slice(first.length)) && (firstUnit || firstMult) && !countRange && !text.startsWith('不等', end) && !/(?:给予|奖励|补助|补贴|资助)$/.test(text.slice(Math.max(0, start - 4), start))) {
      // (产值从5000亿元到10000亿元: a change from one level to another, whose goal is the level it goes to)
      const to = normalizeUnit((mult ?? '') + unitWord);
      if (text[start - 1] === '从' && to && /^\d+(?:\.\d+)?$/.test(second)) pushQuantity(text, found, taken, { start: start + whole.lastIndexOf(second), end, value: Number(second), valueMax: null, unit: (mult ?? '') + unitWord, base: to.base, factor: to.factor, more: false, chinese: false });
      continue;
    }
    if (second && firstUnit && firstUnit !== unitWord) continue;
    // 5000万元~1亿元: ends of one unit under two multipliers, the range in the lower one
    const lower = second && firstMult && mult && firstMult !== mult && MULTIPLIERS[firstMult] < MULTIPLIERS[mult] ? firstMult : null;
    if (second && firstMult && firstMult !== mult && !lower) continue;
    const unit = (lower ?? mult ?? '') + unitWord;
    const normalized = normalizeUnit(unit);
    if (!normalized) continue;
    // 冲刺产值千亿园区: nothing but people is counted in hundreds of millions (亿人次 is)
    if (normalized.base === 'count' && /^(?:百亿|千亿|万亿)$/.test(mult ?? '')) continue;
    // 127亿园区工业固投, 安排不少于100亿支持…: 园区 is a noun and 支持 a verb, not 园, 支 counting what went before
    if (unitWord.length === 1 && NOT_A_UNIT.test(text.slice(end - 1, end + 1))) continue;
    // (该镇仅仅1个多月时间, 用两个多月时间: a span of a month and more, counting nothing)
    if (unitWord === '个' && /^多(?:月|小时|星期)/.test(text.slice(end, end + 3))) continue;
    // 广西111个县市区, 全省14个市州: the divisions a place has, counted, are what it is, not a goal
    // (涉及全旗11个苏木乡镇场: a banner's sumu and towns likewise)
    if (unitWord === '个' && /^(?:县市区|县（市、区）|县（市）|县区|市县|市州|地市|乡镇|街道|苏木)/.test(text.slice(end, end + 6)) && /(?:全[省市区州县旗盟]|[^\d\s]{2}[省市州县]|广西|内蒙古|新疆|西藏|宁夏)$/.test(text.slice(Math.max(0, start - 6), start))
      // (覆盖全省14个市州: unless a goal reaches them all)
      && !/(?:覆盖|实现|达到|推广到|延伸到|拓展到)[^，。；]{0,4}$/.test(text.slice(Math.max(0, start - 10), start))) { taken.push([start, end]); continue; }
    // 力争进入…44个百亿园区这个行列: the ranks of a class counted are joined, not built
    if (unitWord === '个' && /^[^，。；\d]{0,12}行列/.test(text.slice(end, end + 16))) { taken.push([start, end]); continue; }
    // 通广大厦15层: the floor of an address
    if (unitWord === '层' && /(?:大厦|大楼|楼|中心|广场|号|座)$/.test(text.slice(Math.max(0, start - 4), start))) continue;
    // 1类新药, 2类医疗器械: the class a drug or device is registered in
    if (unitWord === '类' && /^\s*(?:新药|创新药|改良型新药|医疗器械|中药|生物制品|化学药)/.test(text.slice(end, end + 8))) continue;
    // 30万吨级码头, 全国首个千万千瓦级风电基地, 20个100万千瓦级示范县: a class a facility or a counted thing belongs to,
    // not an amount (money classes are read above); 建设千万千瓦级光伏发电基地, 建成榆林2000万千瓦级: the capacity a base is built to
    // (打造600万吨级的绿色焦化产业园: likewise the capacity a park is built to)
    if (text[end] === '级' && normalized.base !== 'CNY' && !(normalized.base === 'kW' && !COUNTED_BEFORE.test(text.slice(Math.max(0, start - 4), start)))
      && !(normalized.base === 't' && BUILT_TO.test(text.slice(Math.max(0, start - 4), start)) && /^级的?[^，。；\d]{0,10}(?:产业园|园区|基地)/.test(text.slice(end, end + 16)))
      // (航道通航能力达到3000吨级: the class a waterway or port is raised to is its goal)
      && !(normalized.base === 't' && RAISED_TO.test(text.slice(Math.max(0, start - 3), start)) && CLASS_ALONE.test(text.slice(end, end + 4)))
      // (右江总体可通航1000吨级船舶: the class of ships a waterway is to carry is its goal too)
      && !(normalized.base === 't' && /通航$/.test(text.slice(Math.max(0, start - 2), start)) && /^级(?:以上)?(?:的)?船舶?/.test(text.slice(end, end + 6)))) continue;
    const scale = lower ? MULTIPLIERS[lower] : mult ? MULTIPLIERS[mult] : 1;
    // (500元至2万元, 千元至千万元: a first end with its unit and no multiplier is in plain units, read in the second's multiplier)
    const plainFirst = second !== undefined && firstUnit !== undefined && !firstMult && mult !== undefined;
    // (两到三百家, 三至五千人: a first end of one digit shares the place its second end is counted in, 200–300)
    const sharedPlace = chinese && second !== undefined && /^[一二两三四五六七八九]$/.test(first) ? PLACE_OF_SECOND.exec(second)?.[1] : undefined;
    const value = plainFirst ? roundValue(numeralValue(first) / scale) : sharedPlace ? numeralValue(first + sharedPlace, scale) : numeralValue(first, scale);
    const valueMax = second ? (lower && mult ? roundValue(numeralValue(second, MULTIPLIERS[mult]) * MULTIPLIERS[mult] / scale) : numeralValue(second, scale)) : null;
    if (Number.isNaN(value) || (valueMax !== null && Number.isNaN(valueMax))) continue;
    // (建成一到两个示范区, 充电站五到十个: two ends of a range in words are a count, never part of a word)
    const wordRange = second !== undefined && text[start - 1] !== '数';
    if (chinese && !wordRange && isWordlikeChinese(first, value, unit, text.slice(Math.max(0, start - 6), start), text.slice(end, end + 6), value === 1 && unit === '年' ? text.slice(Math.max(0, start - 24), start) : '')) continue;
    if (isYear(value, unitWord, first)) continue;
    if (!isFree(text, taken, start, end)) continue;
    // 100万吨/年, 8.84万立方米/日: a capacity per year or day; the amount reads on past its rate (not 元/吨, a price)
    // (工业机器人使用密度达到360台/万人: or a count per head of the people, a density)
    const perUnit = !['CNY', 'percent', 'count'].includes(normalized.base) ? PER_UNIT.exec(text.slice(end, end + 4))?.[0].length ?? 0
      : normalized.base === 'count' && text[end] === '/' ? PER_PEOPLE.exec(text.slice(end, end + 5))?.[0].length ?? 0 : 0;
    // (a capacity class read above is at least its size, 级 and all)
    const scaleClass = text[end] === '级' ? 1 : 0;
    // (the people a count is per are part of its unit, 台/万人; a capacity's time stays out of it, as before)
    const perPeople = normalized.base === 'count' && perUnit > 0 ? text.slice(end, end + perUnit) : '';
    pushQuantity(text, found, taken, { start, end: end + perUnit + scaleClass, value, valueMax, unit: unit + perPeople, base: normalized.base, factor: normalized.factor, more: Boolean(approxBefore ?? approxAfter) || scaleClass > 0, chinese });
  }

  // a bare multiple needs 万 or 亿: most sentences are passed over without another pattern
  const hundredMillions = (marks & Mark.HundredMillion) !== 0;
  const money = hundredMillions && MONEY_MEASURED.test(text);
  // 开票销售突破10000亿，其中…开发区突破2000亿，…突破1500亿: the goals after the first go on in the same money
  let moneyReached: string | null = null;
  // (…增加值到2025年破万亿、…，到2027年突破1.2万亿: or in the money of a round scale reached before it)
  if (hundredMillions) for (const q of found) if (moneyReached === null && q.base === 'CNY') moneyReached = /(?:突破|破|达到|超过)$/.exec(text.slice(Math.max(0, q.start - 2), q.start))?.[0] ?? null;
  if ((hundredMillions || marks & Mark.TenThousand) && (money || PEOPLE_COUNTED.test(text) || TEN_THOUSAND_PEOPLE.test(text) || TALENTS_ADDED_IN.test(text) || /[万亿]\s*[、或]/.test(text) || PAID_IN_TEN_THOUSANDS.test(text) || CAPPED_IN_TEN_THOUSANDS.test(text) || SET_ASIDE_IN_TEN_THOUSANDS.test(text) || LISTED_AFTER_YUAN.test(text))) for (const m of matchesOf(BARE_MULTIPLE, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (/[\d.零〇一二两三四五六七八九十百千]/.test(text[start - 1] ?? '') || !isFree(text, taken, start, end)) continue;
    const clause = text.slice(clauseStartAt(text, start), start);
    const multiplier = m[3];
    const value = numeralValue(m[1]);
    if (!Number.isFinite(value)) continue;
    const more = Boolean(m[2] ?? m[4]);
    const chinese = !/\d/.test(m[1]);
    // 用户数超500万, and 3.86万贫困人口: the people named before the number or right after it
    // (培养10万产业工人: or the workers, talents or staff it counts, right after it)
    const after = text.slice(end, end + 8).split(/[，。；、]/)[0];
    // (5年左右，新增青年人才100万: or the talents a goal adds, named right before it)
    if (PEOPLE_COUNTED.test(clause) || PEOPLE_COUNTED.test(after) || PEOPLE_AFTER.test(after) || TALENTS_ADDED_BEFORE.test(clause)) {
      if (multiplier !== '万' && multiplier !== '亿') continue;
      pushQuantity(text, found, taken, { start, end, value, valueMax: null, unit: multiplier, base: 'count', factor: multiplier === '万' ? 1e4 : 1e8, more, chinese });
    // (完成127亿园区工业固投: or names right after it what the money measures)
    // (分别奖励每条5万、3万、0.5万: or is paid, in a list of sums the payment opens, or before the payment's word: 最高可获800万补助)
    } else if ((money && multiplier !== '万' && (MONEY_MEASURED.test(clause) || (moneyReached !== null && clause.endsWith(moneyReached)) || (text[end] !== '级' && MONEY_MEASURED.test(text.slice(end, end + 10).split(/[，。；、]/)[0]) && !MEASURED_CLASS_AFTER.test(text.slice(end, end + 10))))) || SIBLING_IN_YUAN.exec(text.slice(end))?.[1] === multiplier
      || (multiplier === '万' && (PAID_BEFORE.test(clause) || (CAPPED_BEFORE.test(clause) && CAPPED_IN_TEN_THOUSANDS.test(text)) || SET_ASIDE_BEFORE.test(clause) || PAID_AFTER.test(text.slice(end, end + 10)) || SIBLING_BEFORE_IN_YUAN.test(text.slice(Math.max(0, start - 24), start))))) {
      const unit = `${multiplier}元`;
      const normalized = normalizeUnit(unit);
      if (multiplier !== '万') moneyReached ??= REACHING_VERB.exec(clause)?.[0] ?? null;
      // (进行1-5万的奖补: the range's first bound, written bare before it)
      const from = RANGE_FROM.exec(text.slice(Math.max(0, start - 12), start));
      const low = from && isFree(text, taken, start - from[0].length, start) && Number(from[1]) < value ? { at: start - from[0].length, value: Number(from[1]) } : null;
      if (normalized && low) pushQuantity(text, found, taken, { start: low.at, end, value: low.value, valueMax: value, unit, base: normalized.base, factor: normalized.factor, more, chinese });
      else if (normalized) pushQuantity(text, found, taken, { start, end, value, valueMax: null, unit, base: normalized.base, factor: normalized.factor, more, chinese });
    }
  }

  // (两化融合发展水平达到66: a level scored as an index, by its name)
  if (marks & Mark.Index && (text.includes('指数') || text.includes('发展水平'))) for (const m of matchesOf(INDEX_VALUE, text)) {
    const start = m.index + m[0].length - m[1].length;
    const end = m.index + m[0].length;
    if (!/指数|融合发展水平/.test(text.slice(clauseStartAt(text, start), start)) || !isFree(text, taken, start, end) || /^[\u4e00-\u9fa5A-Za-z]/.test(text.slice(end)) && !/^[，。；、以左]/.test(text.slice(end))) continue;
    pushQuantity(text, found, taken, { start, end, value: Number(m[1].replace(/,/g, '')), valueMax: null, unit: '', base: 'index', factor: 1, more: false });
  }

  // 分别给予30、20、10万元奖励, 按照20、15、10元/平方米/月: bare numbers listed before the last one's unit share it
  if (text.includes('、')) for (const q of [...found]) {
    const list = BARE_LIST_BEFORE.exec(text.slice(Math.max(0, q.start - 40), q.start));
    if (!list || q.valueMax !== null || (q.unit === '年' && q.value >= 1900)) continue;
    let at = q.start - list[0].length;
    for (const item of list[0].split('、').slice(0, -1)) {
      const start = at;
      at += item.length + 1;
      if (!overlapsAny(taken, start, start + item.length)) pushQuantity(text, found, taken, { start, end: start + item.length, value: Number(item), valueMax: null, unit: q.unit, base: q.base, factor: q.factor, more: false });
    }
  }
  // (most sentences hold neither an acronym in brackets nor a 值: a native scan for 值 before the pattern)
  if (!(marks & Mark.Bracket && /（[A-Z]{2,8}）/.test(text)) && !(text.includes('值') && ACRONYM_VALUE.test(text)) && !text.includes('电能利用效率')) return withPointsShared(withoutRestatements(found.sort((a, b) => a.start - b.start), text), text);
  for (const m of matchesOf(BARE_NUMBER, text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlapsAny(taken, start, end) || /[\dA-Za-z.]/.test(text[start - 1] ?? '') || /[A-Za-z年月日号]/.test(text[end] ?? '')) continue;
    // (第42届国际葡萄酒教育家协会（SWE）年会: an ordinal counts no acronym's measure)
    if (insideQuotes(text, start) || text[start - 1] === '第' || /^[届次期批位名]/.test(text[end] ?? '')) continue;
    const after = ACRONYM_AFTER.exec(text.slice(end));
    const before = ACRONYM_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const unit = after?.[1] ?? before?.[1] ?? before?.[2] ?? (before?.[3] ? 'PUE' : undefined);
    if (!unit) continue;
    const normalized = normalizeUnit(unit) ?? { base: unit, factor: 1 };
    const spanEnd = after ? end + after[0].length : end;
    found.push({ start, end: spanEnd, value: Number(m[1]), valueMax: null, unit, base: normalized.base, factor: normalized.factor, more: false, chinese: false });
    taken.push([start, spanEnd]);
  }
  return withPointsShared(withoutRestatements(found.sort((a, b) => a.start - b.start), text), text);
}

/** 分别提高6个和8个百分点: a count of 个 whose list closes on 个百分点 measures points too. */
function withPointsShared(found: Quantity[], text: string): Quantity[] {
  if (!text.includes('百分点')) return found;
  return found.map((q, i) => {
    const next = found[i + 1];
    return q.unit === '个' && next?.base === 'percentage_point' && /^\s*(?:和|、|至|到|或|—|-|～|~)\s*$/.test(text.slice(q.end, next.start)) ? { ...q, unit: next.unit, base: next.base, factor: next.factor } : q;
  });
}

/** 建成投产600万千瓦（6GW）: the same amount again in other units, in brackets, is no second amount. */
function withoutRestatements(found: Quantity[], text: string): Quantity[] {
  if (!text.includes('（') && !text.includes('(')) return found;
  return found.filter((q, i) => {
    const before = found[i - 1];
    return !(before && before.base === q.base && /^\s*[（(]\s*$/.test(text.slice(before.end, q.start)) && /^\s*[）)]/.test(text.slice(q.end))
      && Math.abs(before.value * before.factor - q.value * q.factor) <= 1e-6 * Math.abs(q.value * q.factor));
  });
}

/** 2025年, 2023—2025年: calendar years, not durations. */
function isYear(value: number, unit: string, written: string): boolean {
  return unit === '年' && Number.isInteger(value) && value >= 1900 && value <= 2100 && /^\d{4}$/.test(written);
}

export function baseValue(quantity: Pick<Quantity, 'factor'>, value: number): number {
  return roundValue(value * quantity.factor);
}
