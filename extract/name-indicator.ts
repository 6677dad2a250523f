// Names what a number measures with a short phrase from the text itself:
// 数据产业规模达5000亿元 → 数据产业规模; 打造10个产业数据枢纽 → 打造产业数据枢纽;
// 对公共平台建设单位，按照不超过建设项目投资的30%予以补贴 → 公共平台建设单位补贴比例（占建设项目投资）.
import type { Kind } from '../src/domain/schema';
import { SUPPORT_GIVEN_FOR_YEARS, TERM_START, TRILLION_CLUB, clauseStartAt, type Quantity } from './find-quantities';
import { BAND_LABEL, BASELINE_FROM, EXAMPLES_BEFORE_COUNT, FOREIGN_CURRENCY, FORBIDDEN_TO, KIND_QUALITY, LEVEL_REACHED, SCALED_FIRMS, WORDS_ONLY_SCALE, FACILITIES_CLASSED, MONEY_BAND, NOT_OUTWARD, MULTIPLE_THEN_LEVEL, RAISE_VERB, RATE_OF_BAND, REACH_VERB_END, SIZE_CLASS_HEAD, SIZE_CLASS_LISTED_AFTER, SIZE_CLASS_RUN_AFTER, SIZE_OF_CLASS, SIZE_MEASURE, USED_FREE, VOUCHER_OFF_BEFORE, WAIVED_COST, YEAR_PART, YEARS_LISTED, yearTargetNamed } from './classify';
import { BRINGING_ABOUT_PATTERN, COUNTED_ACTOR_PATTERN, GENERIC_HEAD_PATTERN, GENERIC_RECIPIENT_PATTERN, HOME_LENT_WORDS, LOAN_ISSUED_WORDS, PROCEDURE_PATTERN } from './indicator-words';
import { numeralValue } from './numerals';
import { TWO_YEARS } from './resolve-deadline';
import { IN_CHARGE, ITEM_NUMBER, type Span } from './split-sentences';
import { BULLET_MARKS, FOOTNOTE_MARK, matchesOf } from '../src/domain/text';
import { regionIndex } from './resolve-region';
import { CURRENCIES } from '../src/domain/units';

export interface NamingInput {
  sentence: string;
  clause: Span;
  quantities: readonly Quantity[];
  index: number;
  kind: Kind;
  /** The item heading or lead phrase of the paragraph: （一）提升机器人关键技术创新能力. */
  heading: string;
  comparator: string;
  /** The paragraph's text before the sentence, where a list a count refers back to may stand. */
  earlier?: string;
  /** The receiver a line of its own names over the provisions after it (对其他邮轮产业相关企业 / A05-1：…给予…). */
  receiverLine?: string;
}

const LIST_SEPARATOR = /[、，；和及与…]|以及/;
/** Verbs and cues that end a subject right before its number: 规模达5000亿元, 占比达到60%. */
const TRAILING_CUE = new RegExp(String.raw`(?:(?<=[\u4e00-\u9fa5]{2})(?:今年|明年))?(?:力争|累计|年均|加快|加速|尽快|全力|奋力|继续|持续)?(?:[≥≤≧≦]|(?<=增速|增长|增幅|增长率)“?保(?:(?:\d{1,2}(?:\.\d)?|[一二三四五六七八九十])争)?|${FORBIDDEN_TO}(?=超过|高于|多于|大于)|确保|力争|力求|争取|(?:达到|达)(?:和|或|并)(?=超过|突破)|达到|高达|多达|达|维持在|维持|突破|超过|逾|不低于|不少于|不超过|不超(?!过)|不高于|不多于|不大于|不小于|至多|低于|高于|大于|小于|提高到|提高至|提升到|提升至|增长到|增长至|增加到|增加至|扩大到|扩大至|发展到|发展至|增至|降低到|降低至|降至|缩小到|缩小至|缩小为|下降到|下降至|上调到|上调至|调整到|调整至|控制在|保持在|保持|稳定在|实现|为|至|接近|大约|(?<!签)约|近|应当|应|要|需|将|(?:不仅|还|也|均|都)?可以|可|预计|迈进|迈过|迈上|跨上|跃上|站上|(?<=[值入额模量])上|跨过|跨越|冲刺|(?<![缓脉])冲(?:破|击)?|(?<![突打攻])破|(?<!未|全面|超额|圆满|顺利)完成|最高|最低|最多|至少|获得|(?<![每年])新增|累计|合计|共|分别过|均过|(?<![人年平亩户日月])均|(?<!的)全部|(?<![通经越])过|(?<![赶])超|分别|给予|予以|按照|按|原则上|再|(?<=[值额率模入])计划|(?<=[\u4e00-\u9fa5]{2})(?<![拥具享持占所没含])有|(?<=[资额值入])即)+$`);
const CONDITION = /在[^，。]{2,24}下$/;
/** 从2020年的7.8%提高到, 分别由8万元和4万元提高到: a baseline and a change before the number. */
// (由2023年的1.2万辆提高到2026年的5万辆: the year of the figure reached after 到, too)
// (支持比例由不超过项目建设相关投资额15%提高到: a cap of a share, named by what it is of)
const FROM_TO = new RegExp(String.raw`^(.+?)(?:分别)?${BASELINE_FROM}(?:(?<=不超过)([\u4e00-\u9fa5]{2,12}?)的?)?(?:[\d.,]+(?:%|‰|[万亿]*(?:人次|[元个家件户台套人吨亩辆座所张项条])?)(?:[和、][\d.,]+(?:%|‰|[万亿]*(?:人次|[元个家件户台套人吨亩辆座所张项条])?))*)?(?:[^，。；\d]{0,3}?(?:${RAISE_VERB}|达|突破|超过))?(?:到|至|为)?(?:(?:19|20)\d{2}年(?:底|末)?的)?$`);
/** Verbs that open an object phrase: 培育数据类专精特新企业300家 → 数据类专精特新企业. */
const LEADING_VERB = /^(?:针对|面向|最终|达成|达到|积极|全力|着力|安排(?!建设)(?=[^，。；\d]{2,12}项目)|坚定不移地|推出(?!台)|力争|推动|累计|培育|打造|建设|建成(?!区)|引进|引育|集聚(?!区)|汇聚|形成|实现|认定|新建成|新建|发展|建立|支持|推进|开展|完成|部署|选树|培养|吸引|服务(?!外包|贸易|业)|挂牌|发布|带动|争取|鼓励|加快|加强|大力|评定|择优评选|锚定|瞄准|聚集(?!区)|提速|成功(?!率)|抓好|抓实)+(?![和及与])/;
/** 计划2025全年举办 at the end of the words before a number. */
const YEAR_ROUND = /(?:计划)?(?:19|20)\d{2}全年(?:举办|开展|完成|实现)?$/;
/** 1月20日至1月29日期间, 2023年3月1日—5月31日: the days a measure runs, which name nothing it pays for. */
const DATE_WINDOW = /(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:起)?(?:至|到|—|-|～|~)(?:(?:19|20)\d{2}年)?(?:\d{1,2}月)?\d{1,2}日(?:期间|止|前)?/g;
/** 省财政, 绍兴市财政, 区级财政 opening the words before an amount. */
const PAYER = /^(?:[\u4e00-\u9fa5]{0,6}?(?:省|市|区|县|州))?级?财政(?:局|资金)?/;
/** 营业收入每上一个20亿元台阶: a reward paid at each step of a measure. */
// (企业年主营业务收入超100亿元后，每上一个100亿元台阶: or the size the steps start from, in the clause before)
const STEP = /(?:对于?([^，；。]{2,24}?的[^，；。的]{0,8}?(?:企业|项目))[，,])?((?:[^，；。\d]{0,8}[\d.]+)?[^，；。\d]{0,8}?|[^，；。\d]{2,16}?(?:超过?|突破|达到)[\d.]+[万亿]?元)(?:后[，,]\s*)?每(上|增加|跨越|迈上)一个[^，；。]{0,12}?台阶/;
/**
 * A news report's spoken way of telling a payment (如果…那么所在单位就能直接享受高额经费支持, 企业将获得…,
 * 只要全职引进了…): its connectives and praise, no part of what is paid.
 */
const SPOKEN_FILLER = /那么|如果|只要|^凡是|(?:就能|就可以|就可|便可|即可|都能|将|可)(?:直接)?(?:享受|获得|拿到)(?:到)?|(?:直接)?享受(?=[^，。；]{2})|(?<!最)高额|(?<=[引聘]进)了/g;

/** 固定资产投资1000万元以上, 年营业收入5亿元及以上的: who qualifies, not what is paid for. */
// (设备总投入300万元以上的技术改造项目: the top tier of an investment, which names its payment)
/** 50亿元及以上、30亿元及以上…的，分别: sizes listed, each with its own amount. */
const SPREAD_SIZES = /\d[万亿]*元(?:及)?以上、[\d.]+[万亿]*元[^，。；]*?的[，,]?[^，。；]{0,6}分别/;
// (年营业额100万元以上奖励: a tier right before the payment it is paid, which names it, stays)
const THRESHOLD_IN_NAME = /(?:(?:固定资产)?(?:投资|营业收入|主营业务收入|产值)(?:额)?)?(?<![\d.]|投入)[\d.]+[万亿]*元(?:及以上的?|以上的?(?!(?:一次性)?(?:奖励|补助|补贴|奖补|资助)$))/g;
/**
 * Words opening a clause before what it measures: a paper's dateline, 据了解, a horizon run in (到2027年年营业收入…), 我省, 全市, 力争, a place resolving
 * (长春新区力争实现工业产值…; not a measure's own resolve, 工业产值力争增长…).
 */
/** 并, 并且, 且, 同时 opening the words after a figure: a further work joined to the one the figure measures (not 并网, 并购…). */
const FURTHER_WORK_JOINED = /^(?:并且?|且|同时)(?![网购联行列重存举轨发入])/;
/** 且, 并 (not 并网, 并购, 并联…, words of their own), ，: what joins one condition to the next. */
const JOINING_AND = /[且，]|并(?![网购联行列重存举轨发入])/;
const JOINING_AND_OPENING = new RegExp(`^(?:${JOINING_AND.source})`);
const LEADING_FILLER = /^(?:[^，。；]{0,12}?具体(?:是|为|包括)(?=[\u4e00-\u9fa5“]{2})|落实好?[^，。；\d]{2,10}?政策(?=[\u4e00-\u9fa5]{2})|[\u4e00-\u9fa5]{1,8}?中有(?![机效色线序关力益偿限])(?=[\u4e00-\u9fa5]{2})|[\u4e00-\u9fa5]{0,10}?(?:措施|标准|办法|政策)(?:及标准)?(?:为|是|包括|如下)[:：]\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）])?|经[^，。；]{2,16}?(?:批准|同意)(?:后)?[，,]?(?=[\u4e00-\u9fa5]{4})|以[^，。；]{2,40}?为(?:基础|依据)(?=[\u4e00-\u9fa5]{2})|以实现(?=[\u4e00-\u9fa5]{4})|(?:本报|[\u4e00-\u9fa5]{2,8}(?:日报|晚报|报|网|台))讯(?:\s*[（(][^）)]{0,60}[）)])?\s*|由[^，。；]{2,24}?(?:会同[^，。；]{2,16}?)?(?:牵头|负责)?(?=建设|新建|实施|开展|推进|完成|培育|引进|打造)|据了解|据介绍|据悉|原则上|[\u4e00-\u9fa5]{1,8}?(?:实施|出台|发布|施行|落地)后[，,]?(?=[\u4e00-\u9fa5]{4})|[省市县区](?:人民)?政府(?=一次性|奖励|补助|补贴)|(?:[\u4e00-\u9fa5]{2,8}?时)?我们(?:还|也|将)?(?:打造|推出|出台|制定|设立|通过|确定|提出)了?(?:全年)?(?=[\u4e00-\u9fa5‘“]{3})|[\u4e00-\u9fa5]{0,12}?(?:市长|县长|区长|省长|主席|书记|主任|局长|厅长|处长|科长|负责人)[\u4e00-\u9fa5]{2,3}?(?:在[^，。；]{0,12}?中)?(?:指出|表示|提出|强调|介绍)[，,：:]?|记者(?:从[^，。；]{2,20}?)?(?:了解到|获悉|注意到)[，,]?|比如|例如|譬如|具体(?:是|为)[:：]?|[\u4e00-\u9fa5]{0,10}?工作报告(?:确定|明确|提出)了?|[\u4e00-\u9fa5]{0,8}?[省市县区旗]委[、和与及]?(?:[省市县区旗](?:人民)?政府)?(?:(?:确定|明确|提出)(?:了)?的?|(?=为民办实事|民生实事|惠民实事))|属于(?=[\u4e00-\u9fa5“]{2})|(?:具体)?包括|近期|(?:到|至)(?:(?:(?:19|20)\d{2}年|今年|明年)(?:底|末)?|年底|年末)前?(?=[\u4e00-\u9fa5]{2})|(?:到|至)“?十[一二三四五六]五”?(?:期)?末(?:时)?[，,]?(?=[\u4e00-\u9fa5]{2})|我省|我市|我区|我国|中国(?=计划|将|力争|确保|要)|全国(?=计划|将|力争|确保|要)|该省|该市|该区|该县|该旗|该州|该盟|该镇|全[省市区县]上下|全(?:[省市区县镇乡旗]|地区|州(?!县)|盟)(?![域级])|其中|即[：:]?|就是(?=[\u4e00-\u9fa5]{2})|[：:]|同时|分别(?=[\u4e00-\u9fa5]{2})|此外|并且|并(?![网购联行列重存举轨发入])|且|还|[都均也]将|将|要求|要|把(?![关握控脉])(?=[\u4e00-\u9fa5“]{3})|根据其(?=[\u4e00-\u9fa5]{4})|在(?=建成(?!区)|完成|实现|达到|打造|新增|培育|引进)|[一二三四五六七八九十]是(?=[\u4e00-\u9fa5]{2})|[\u4e00-\u9fa5]{0,6}?(?:起草|印发|出台|制定)了?《[^《》]{2,60}》[，,]?|共计(?!划)|共(?![享同性生治赢富]|建(?![成设]))|原标题[:：]?\s*(?=[\u4e00-\u9fa5]{4})|[省市县区]级?财政(?:局)?(?:将|拟)(?=[\u4e00-\u9fa5]{3})|[\u4e00-\u9fa5]{0,8}?(?:出台|发布|推出)了?[\u4e00-\u9fa5]{0,6}?(?:政策措施|措施|政策|办法|新政)(?=[\u4e00-\u9fa5]{3})|(?:紧紧)?围绕(?:着)?率先(?:打造|建设|建成|形成)?(?=[\u4e00-\u9fa5]{2})|率先(?:打造|建设|建成|形成)(?=[\u4e00-\u9fa5]{2})|力争|力求|确保|保证(?!金)|争取|努力|(?:年底|年末)(?!前?实现)前?(?=[\u4e00-\u9fa5]{4})|致力于(?:实现)?(?=[\u4e00-\u9fa5]{4})|预计|预期(?!寿命|目标)|(?:[\u4e00-\u9fa5]{0,8}?经济社会发展(?:的)?|[\u4e00-\u9fa5]{1,8}?[省市区县州盟旗](?:的)?)?(?:主要)?预期目标(?:是|为)|(?:年度|全年)目标(?:是|为)|[^，。；\d]{0,16}?的?(?:总体|主要|发展)?目标(?:具体)?(?:是|为)|[^，。；\d]{0,16}?(?:目标)?任务(?:是|为)(?=[\u4e00-\u9fa5]{2})|[\u4e00-\u9fa5]{2,3}(?=今年|全年|年内)|全年|今明两年|今年|明年|年内|期间(?![内的])|的|了(?=[\u4e00-\u9fa5]{2})|使(?!用|命|馆|领|节|者)(?=[\u4e00-\u9fa5]{4})|(?:设定|确定(?!性)|提出|明确)了?|[\u4e00-\u9fa5]{0,8}?(?:立下|定下)了?(?=[\u4e00-\u9fa5A-Za-z“]{2})|(?:满怀信心|郑重|正式)提出|[\u4e00-\u9fa5]{1,4}?(?:设定|确定|提出|明确|制定)了(?=[\u4e00-\u9fa5]{4})|[\u4e00-\u9fa5]{0,6}?(?:会议|市|省|区|县|政府|文件|意见|办法|措施|方案|通知|规划|政策|计划)(?:确定|明确|提出|规定(?![的了]))(?!性)[：:]?|《[^《》]{1,16}》(?:确定|明确|提出|指出)(?!明确|要求)[：:，]?|[\u4e00-\u9fa5]{1,8}?将(?:力争|确保|争取|努力)|[\u4e00-\u9fa5]{0,6}?(?:人民政府|政府)将(?=[\u4e00-\u9fa5]{3})|(?:将|拟|计划)?于(?:(?:19|20)\d{2}年(?:底|前|内)?)?(?=新增|新建|建成|完成|实现|开工|启动|实施|引进|培育|改扩建)|[\u4e00-\u9fa5]{1,6}?将(?=新增|新建|新引进|新培育|新开工|新开|开工|建成|建设|完成|实现|培育|引进|打造|达到|压减|淘汰|减少|实施|计划|通过|每年|致力于)|[\u4e00-\u9fa5]{1,4}?要(?=(?:全面|基本|如期)?完成)|通过(?:实施|开展|推进)?(?=[\u4e00-\u9fa5]{4})|[\u4e00-\u9fa5]{1,6}?(?:(?<!大)力争|确保)(?!增长|达到|实现|突破|超过|提高|提升|保持|控制|新增|年均|达|超|增|翻|在|到)(?=[\u4e00-\u9fa5]{4})|[\u4e00-\u9fa5]{2,6}?(?:省|市|新区|县|州|盟|旗)(?:力争|确保|争取)实现(?=[\u4e00-\u9fa5]{4})|[\u4e00-\u9fa5]{1,5}?[县市区旗州]计划(?!投资|总投资)(?=[\u4e00-\u9fa5]{3})|(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2,3}计划(?=新增|新建)|计划(?=新|开|建|实|完|引)|计划(?!投资|总投资|生育|单列)(?=[\u4e00-\u9fa5]{4}))+/;
/** 的预期目标, 的目标任务, 人民币的目标, 的增长目标, 的“2331”目标 after a number: the goal itself, not a thing counted. */
const GOAL_WORD = /^(?:人民币|美元)?(?:的|为)?(?:预期|主要|发展|总体|奋斗|增长|规模|“[^”]{1,12}”)?目标(?:任务)?(?:[，。；]|$)/;
/** Subjects that end on what is measured: 有效发明专利数, 实际利用外资, 到位内资, 营业额. */
const MEASURE_END = /(?:数|率|额|量|资|收入|营收|产值|增加值|规模)$/;
/** Objects that only say how the subject moves: 营业收入保持10%左右增长. */
const MOTION = /^(?:增长|提高|提升|下降|增加|降低|减少)$/;
/** 产业集群, 重点产业集群: what a scale written without 级 classes (15个千亿元产业集群, 6个500亿元重点产业集群). */
const SCALED_KIND = new RegExp(`^(?:以上)?${KIND_QUALITY}(?:产业集群|集群|产业|园区|基地)`);
/** Objects that are the measure of the subject: 产业集群迈进1000亿元级规模. */
const MEASURE_OBJECT = /^(?:规模|总量|产值|总产值|营业收入|营收)(?:[（(].*)?$/;
const DURATION = /^(?:年|月|天)$/;
/** What a name never opens or ends on: punctuation, a bullet (■, ▶, •), an ellipsis, an item's number in a circle (①, ⑷), a list's star. */
const NAME_EDGES = new RegExp(String.raw`^[、，；：。\s${BULLET_MARKS}•.…*＊\u2460-\u2487]+|[、，；：。\s.…]+$`, 'g');
/** （含）, （不含）, （含1亿元）: a note on which end of a band is in, which says nothing of what is paid for. */
const BAND_END_NOTES = /[（(]\s*不?含[^（()）]{0,8}[)）]/g;
const SUPPORT_NOUN = /资金支持|经费补助|(?:岗位|工作|生活|交通|住房|特殊)?津贴|安家费|(?:奖励|补助|补贴|扶持|资助)(?:资金|经费)|补贴|补助|奖励|奖补|资助|贴息|支持|扶持|激励(?!机制|作用|政策|措施|约束|引导)|配套(?:奖励|补助|补贴|资金)?|基金|券|(?:小额)?(?:担保)?贷款/;
const SUPPORT_NOUNS = new RegExp(SUPPORT_NOUN.source, 'g');
const GENERIC_SUPPORT = /^(?:资金支持|经费补助|补贴|补助|奖励|支持|资助)$/;
const GENERIC_SUBJECT = /^(?:补助|补贴|奖励|支持|资助)?(?:金额|资金|额度)?$/;

/** 浙江开化：, 南京溧水: : a label of a few characters before a headline's colon. */
const PLACE_LABEL = /^([\u4e00-\u9fa5]{2,8})[：:]\s*(?=[\u4e00-\u9fa5]{2})/;

/** The text without a place's label before a headline's colon (浙江开化：社会资本投资… → 社会资本投资…). */
function withoutPlaceLabel(text: string): string {
  const label = text.includes('：') || text.includes(':') ? PLACE_LABEL.exec(text) : null;
  return label && regionIndex().namesAt(label[1], 0).some((name) => regionIndex().lookup(name)) ? text.slice(label[0].length) : text;
}

/** “专、精、特、新”: the characters of one word, listed one by one in quotes. */
const LISTED_CHARACTERS = /“[\u4e00-\u9fa5](?:、[\u4e00-\u9fa5]){2,}”/g;

function clean(text: string): string {
  // 一、全年数字经济核心产业增加值增长 → 全年…: the item's numbering is no part of the name
  // “全区上下要力争…: a quote the name does not close is speech opening, not part of the name
  // （上接第一版）: a newspaper's continuation mark is no part of the name either
  // (主要工作目标 1、地区生产总值增长11%: a heading run into its list's first item is no part of the item's name)
  // (【重庆：到2027年 力争…营业收入达到7000亿元】: a bracketed headline's place label is no part of the name)
  // (浙江开化：社会资本投资…最高补助2000万元: nor a headline's place label before its colon)
  // (“专、精、特、新”中小企业 → “专精特新”中小企业: one word's characters listed in quotes are the word)
  const unlabelled = withoutPlaceLabel(text).replace(LISTED_CHARACTERS, (listed: string) => listed.replace(/、/g, ''));
  // (2024年度全省计划实施…: what is left of 年度 once its year is taken off opens no name)
  // (（含300张，下同），给予…补贴: the tail of a note whose comma cut the clause is no part of the name)
  const opened = (/^“(?!.*”)/.test(unlabelled) ? unlabelled.slice(1) : unlabelled).replace(/^[^（()）]{1,6}[)）](?=[\u4e00-\u9fa5])/, '').replace(/^度(?=全[省市区县]|计划|我[省市区县]|[，,])/, '').replace(/^【(?:[^【】：:]{1,12}[：:]\s*)?/, '').replace(/^[（(]上接第?[一二三四五六七八九十\d]{1,2}版[)）]/, '').replace(/^[\u4e00-\u9fa5]{0,10}(?:目标|任务|指标)\s*(?=\d{1,2}[、.．](?!\d))/, '');
  // a table's row number (1 地区生产总值增长6%以上, its space dropped) too, not 1小时经济圈 or 15分钟生活圈; 1）新建… too
  // (…3.6平方米...: an ellipsis is no name)
  // (①, ⑷: an item's number in a circle or a bracket of its own character; *, a list's star)
  // (“语料券”奖补[4]: a footnote's mark is no part of the name)
  // (A04-1：首次…: a cell item's code is no part of its name either)
  // (家政服务13825404095道路景观林带: a page's advert with its phone number, run into the name, is no part of it)
  const name = opened.replace(/^[^，。；]*?\d{7,}(?!\d)/, '').replace(FOOTNOTE_MARK, '').replace(/^[A-Z]\d{1,3}(?:-\d{1,3})+[：:]/, '').replace(NAME_EDGES, '').replace(/^(?:[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[)）](?=[\u4e00-\u9fa5])|[一二三四五六七八九十]+、(?![一二三四五六七八九十]{1,2}(?:产业|产|类))|\d{1,2}[.．、](?!\d)|\d{1,2}(?=[\u4e00-\u9fa5])(?!小时|分钟|天|年|月|日|个|家|项|万|亿|千|百|号|类|星|级|大|条|批|所|座|名|位|人|次|套|部|台|岁|周|种|倍|成))/, '')
    // (02 完成128个老旧小区改造: a list item's number, all that stands before the verb, is no name)
    .replace(/^\d{1,2}$/, '')
    // 用3年左右时间推动…, 通过3年左右时间…: how long a goal takes is its horizon, not its name
    .replace(HORIZON_LEAD, '')
    // (…排名各补贴, 新建、投用科创载体面积各100万平方米: 各 says each of several is paid or reaches the figure; 完成9个地块共47.6万平方米
    // 征收: 共 comes before the sum of what was counted; neither is part of the name)
    .replace(/各(?=(?:补贴|奖励|补助|资助|奖补)?$)|(?<!公)共(?:计)?$/, '')
    // 第五条企业实施…, 全力以赴推动…: an article's number and a rallying phrase are no part of the name
    .replace(/^第[一二三四五六七八九十百\d]+条\s*/, '').replace(/^全力以赴(?:推动|推进)?(?=[\u4e00-\u9fa5]{2})/, '')
    // 2024年确保粮食播种面积: the year is the deadline, no part of the name
    // (到2025gdp实现800亿元: nor is a horizon written without its 年)
    .replace(/^(?:19|20)\d{2}年(?:底|末)?(?:确保|力争|争取)?(?=[\u4e00-\u9fa5]{2})/, '').replace(/^(?:到|至)(?:19|20)\d{2}(?=[A-Za-z]{2,}|(?!年)[\u4e00-\u9fa5]{2})/, '')
    // 依据播放量等量化指标进行年度排名第1名奖励: the criteria a ranking goes by are no part of the name
    .replace(/^(?:依据|根据|按照)[^，。；]{1,20}?(?:进行|开展)(?=[\u4e00-\u9fa5]{2})/, '')
    // (做实打响“旅居云南”新品牌、力争旅居人数: an item of work listed before the goal opening on its resolve is no part of its name)
    .replace(/^[^、，。；]{4,40}、(?:力争|争取|确保)(?=[\u4e00-\u9fa5]{2})/, '')
    // 5G网络力争单向时延: the resolve between a subject and its measure is no part of the name
    .replace(/(?<=[A-Za-z\d][\u4e00-\u9fa5]{1,6})(?:力争|确保)(?=[\u4e00-\u9fa5]{2})/, '')
    // 重大装备制造业将实现总产值, 产业链可实现总产值: what a subject will reach is named by the two, not by the verb between
    // (竹产业全产业链实现产值, 医药健康产业力争实现总经营规模: however the verb is said)
    .replace(/(?<=[\u4e00-\u9fa5][业链群])(?:将|可|力争)?(?:实现|达到)(?=[\u4e00-\u9fa5]{2})/, '')
    // (交通基础设施项目将于2025年全部建成通车: nor is the year the things counted will be done by)
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:将|拟|要)?于(?:19|20)\d{2}年(?:底|末)?前?(?:全部|全面)?(?=[\u4e00-\u9fa5]{2})/, '')
    // 500亿元集群（2028年）: the year in brackets after what is counted is its deadline
    .replace(/(?<=[\u4e00-\u9fa5]{2})[（(](?:19|20)\d{2}年[)）]$/, '')
    // 补贴期限为自发电之日起: the event a term is counted from is no part of the name
    .replace(TERM_COUNTED_END, '')
    // (…跑单奖励1月20日至1月29日期间每单补贴: nor are the days a measure runs)
    .replace(DATE_WINDOW, '')
    // (自新企业入驻…产业园工商注册之日起前三年: nor, elsewhere, more than whose event it is)
    .replace(/自([^，。；自]{2,10}?)(?:入驻|落户|注册|投产|成立|开业|设立|认定)[^，。；]{0,24}?之日起/, '$1')
    // (在完成年度50万亩高标准农田建设任务基础上: the task a goal builds on, by what it builds; not the words around it)
    .replace(/^(?:在)?完成(?:年度|全年|今年)(?=(?:[\u4e00-\u9fa5]{4,}任务(?:的)?基础上)?$)/, '').replace(/(?<=[\u4e00-\u9fa5]{2})任务(?:的)?基础上$/, '');
  // 规模以上工业增加值在675亿元以上: 在 belongs to the bound, not the name
  return name.length > 2 && name.endsWith('在') && /[\u4e00-\u9fa5）)]/.test(name[name.length - 2]) ? name.slice(0, -1) : name;
}
/** 期限为自发电之日起: a term's 为 and the event it is counted from, closing a name. */
const TERM_COUNTED_END = new RegExp(`(?<=期限|年限)为?${TERM_START}$`);
const HORIZON_LEAD = /^(?:(?:力争)?(?:用|通过|经过)?[\d一二两三四五六七八九十]+(?:年|个多?月)(?:左右)?(?:的)?时间|(?:力争|争取)?(?:[\d一二两三四五]+年)?内(?=实现|建成|达到|打造|形成|培育|引进|新增)|(?:左右)?(?:的)?时间(?=推动|推进|实现|使|让))(?:推动|推进|实现|使|让)?/;

/** …集群效应显现的营业收入过: a size's measure closing qualities that run on from a count. */
const SIZE_AFTER_QUALITIES = new RegExp(`^[^，。；\\d]{2,40}的(${SIZE_MEASURE})$`);
/** 产值超, 营收达到: the size a counted kind of thing has, between the count and the amount. */
/** /平方米/月, /亩左右: what a rate is given per, left at a name's start after its figure (8元/平方米/月的补贴). */
const PER_UNIT_LEFT = /^(?:\/(?:平方米|立方米|㎡|m²|小时|千瓦时|千瓦|兆瓦|公顷|公斤|千克|标方|万元|[年日天月人户亩吨度辆台套个家次元座升]))+(?:左右|以上|以下|的)?/;
const SIZE_WORDS = new RegExp(`^(?:左右|以上)?[\u4e00-\u9fa5]{0,4}?${SIZE_OF_CLASS}$`);
/** 亩, 吨, 平方米, 公里: a physical measure, not a count, money or a share. */
const PHYSICAL = /^(?:亩|t|tce|km|km2|m2|m3|kW|kWh|TEU)$/;

/** 建设列入为民办实事工程: the works of the year a count of things is listed in, after them. */
const LISTED_IN_PROGRAMME = /(?<=[\u4e00-\u9fa5]{2})(?:建设)?(?:被)?列入[^，。；]{0,6}?(?:为民办实事|民生实事|惠民实事)(?:工程|项目)?$/;

/** Text between the number and the next list separator: 个可交易数据产品 → 可交易数据产品. */
/** 名新进入初中一年级、…的女生提供HPV疫苗免费接种: the people counted (their head after the last 的), then the service they are given. */
// (为200万名以上小学高年级、初中、高中学生开展1次心理健康测评: or people listed, a service held for them, how many times said)
const SERVED_AFTER = /^(?:以上)?(?:[^，。；]{0,40}的)?([^，。；的\d]{2,20}?)(?:提供|开展)(?:[\d一两二三四五六七八九十]次)?([^，。；\d]{2,16})(?=[，。；]|$)/;

function objectAfter(sentence: string, clause: Span, quantity: Quantity, next: Quantity | undefined): string {
  // (新增10个（每个街道1个）老年人助餐点建设: a note in brackets right after the count, with a figure of its own, stands between the
  // count and what it counts)
  const note = next ? COUNT_NOTE_AFTER.exec(sentence.slice(quantity.end)) : null;
  if (note && next && next.start < quantity.end + note[0].length && quantity.end + note[0].length < clause.end) {
    // (…老年人助餐点建设、完成…等31项: up to the list's next item, which the figure in the note stood for)
    const without = sentence.slice(0, quantity.end) + sentence.slice(quantity.end + note[0].length);
    const itemEnd = without.slice(quantity.end, clause.end - note[0].length).search(/[、，；。]/);
    return objectAfter(without, { ...clause, end: itemEnd >= 0 ? quantity.end + itemEnd : clause.end - note[0].length }, quantity, undefined);
  }
  // (实施重点区域清淤（20万方）工程: a figure in brackets measures the words before them; the kind of work after them is no object)
  if (/[（(]\s*$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && /^\s*[)）]/.test(sentence.slice(quantity.end))) return '';
  // 为不少于9000名…的女生提供HPV疫苗免费接种: people a service is given to, counted after 为, are named with the service
  const served = quantity.base === 'count' && /^万?[名人户位]$/.test(quantity.unit) && /为(?:全[省市区县])?(?:不少于|超过|近|约)?$/.test(sentence.slice(clause.start, quantity.start).replace(/全[省市区县](?=$)/, '')) ? SERVED_AFTER.exec(sentence.slice(quantity.end, clause.end)) : null;
  if (served) return clean(served[1] + served[2]);
  // 完成450万亩145万吨粮食: two measures of one product side by side, the product after the second
  const product = next && next.start === quantity.end && next.base !== quantity.base && PHYSICAL.test(quantity.base) && PHYSICAL.test(next.base)
    ? /^([\u4e00-\u9fa5]{2,6}?)(?=[、，；。和及与]|的|$)/.exec(sentence.slice(next.end, clause.end)) : null;
  if (product) return clean(product[1]);
  // (2个百万千瓦光电基地: a capacity in magnitude words right after the count classes what is counted, and is named with it)
  const classed = next !== undefined && next.start === quantity.end && next.chinese && WORDS_ONLY_SCALE.test(sentence.slice(next.start, next.end))
    ? FACILITIES_CLASSED.exec(sentence.slice(next.end)) : null;
  if (classed && next) return clean(sentence.slice(next.start, next.end + classed[0].length));
  // 429个500万元以上项目: a class by size right after the count is what is counted
  const sized = next !== undefined && next.start === quantity.end ? /^(?:及)?以上(?:的)?[^，、；。\d]{0,6}?(?:项目|企业)/.exec(sentence.slice(next.end)) : null;
  if (sized && next) return clean(sentence.slice(next.start, next.end + sized[0].length));
  // (一个10亿元以上或两个5亿元以上先进制造业项目: the class of the first choice, the things named after the second)
  const either = next !== undefined && next.start === quantity.end ? /^((?:及)?以上)(?:的)?或[^，。；]{1,16}?以上(?:的)?([^，、；。\d]{0,12}?(?:项目|企业))/.exec(sentence.slice(next.end)) : null;
  if (either && next) return clean(sentence.slice(next.start, next.end) + either[1] + either[2]);
  // (完成超230个50户以上木质房屋连片村寨常高压给水管网建设: or of any things, counted by a size of their own)
  const sizedThings = next !== undefined && next.start === quantity.end && next.base === 'count' && quantity.base === 'count' ? /^(?:及)?以上(?:的)?[^，、；。\d]{2,24}/.exec(sentence.slice(next.end, clause.end)) : null;
  if (sizedThings && next) return sentence.slice(next.start, next.end) + clean(sizedThings[0]);
  // 5个产值超1000亿元的战略性产业集群: the things counted, with the size that says which
  const sizeClass = next && next.base === 'CNY' && next.end <= clause.end ? SIZE_CLASS_HEAD.exec(sentence.slice(next.end)) : null;
  if (sizeClass && next && SIZE_WORDS.test(sentence.slice(quantity.end, next.start))) return clean(sentence.slice(quantity.end, next.end).replace(/^(?:左右|以上)/, '') + sizeClass[0]);
  // (3个营业收入超千亿元、5个超五百亿元的产业集群: a size class cut short by the list shares the head of the item after it)
  const sizeListed = next && next.base === 'CNY' && next.end <= clause.end && !sizeClass && SIZE_WORDS.test(sentence.slice(quantity.end, next.start)) ? next : null;
  const listedHead = sizeListed ? SIZE_CLASS_LISTED_AFTER.exec(sentence.slice(sizeListed.end)) : null;
  if (listedHead && sizeListed) return clean(sentence.slice(quantity.end, sizeListed.end) + listedHead[1]);
  // (全省培育10家年产值10亿元以上、100家…: a size class whose things go unnamed, cut short by the list's next item, is named by its size)
  const sizeOnly = sizeListed ? /^(?:及)?以上(?=[、，。；]|$)/.exec(sentence.slice(sizeListed.end)) : null;
  if (sizeOnly && sizeListed) return clean(sentence.slice(quantity.end, sizeListed.end) + sizeOnly[0]);
  // (培育1~2家接待量超100万人次、5家超50万人次…的滑雪场: a size of any measure, the things counted named after the list)
  const crossed = next && next.base !== 'CNY' && next.end <= clause.end ? sentence.slice(quantity.end, next.start) : '';
  const runHead = next && /^[\u4e00-\u9fa5]{0,4}?(?:超过|超|过|突破)$/.test(crossed) ? SIZE_CLASS_RUN_AFTER.exec(sentence.slice(next.end))?.[1] : undefined;
  if (runHead && next) return clean(`${crossed}${sentence.slice(next.start, next.end)}的${runHead}`);
  // (5个主导产业明晰、…的营业收入过500亿元的工业集中区: qualities between the count and its size leave the size to name them)
  const measured = sizeClass && next ? SIZE_AFTER_QUALITIES.exec(sentence.slice(quantity.end, next.start)) : null;
  if (measured && next && sizeClass) return clean(measured[1] + sentence.slice(next.start, next.end) + sizeClass[0]);
  // (完成400台使用时间15年以上老旧住宅电梯安全评估, 改造20户建成30年以上的老旧住房: a bound on the things counted, said between the
  // count and them, only says which; they name what is counted)
  const bounded = next && next.end <= clause.end && quantity.base === 'count' && next.base !== 'count' && !CURRENCIES.has(next.base) && /^[\u4e00-\u9fa5]{0,6}$/.test(sentence.slice(quantity.end, next.start))
    ? /^(?:及)?(?:以上|以下|以内)的?([\u4e00-\u9fa5“”]{2,24})/.exec(sentence.slice(next.end, clause.end)) : null;
  // (3处500平方米以上的口袋公园和10公里绿道: the 和 that opens the list's next item is no part of it)
  if (bounded && !/^(?:的|和|及|或)/.test(bounded[1])) return clean(bounded[1].replace(/(?<=[\u4e00-\u9fa5]{2})(?:和|及|与|或)$/, ''));
  // 5个超千亿级产业集群: a scale class right after the count is part of what is counted
  // (15个千亿元产业集群: the scale written without 级; 10个过千亿元集群: or crossed)
  // (培育10家以上百亿元汽车企业: firms of a trade too)
  const scaleClass = next !== undefined && (sentence[next.end - 1] === '级' || (next.base === 'CNY' && (SCALED_KIND.test(sentence.slice(next.end)) || SCALED_FIRMS.test(sentence.slice(next.end))))) && /^(?:以上|左右)?[超过近]?$/.test(sentence.slice(quantity.end, next.start));
  const classEnd = scaleClass ? sentence.slice(next.end, clause.end).search(/[、，；和及与]/) : -1;
  // (为1.5万名 3-6岁儿童开展…: the ages of the people counted are part of what is counted)
  const ages = next !== undefined && next.base === '岁' && sentence.slice(quantity.end, next.start).trim() === '';
  const end = scaleClass ? (classEnd >= 0 ? next.end + classEnd : clause.end) : Math.min(clause.end, next && !ages ? next.start : clause.end);
  // 培育5个100亿级、10个50亿级消费品工业龙头企业: a scale class cut short by the list shares the head of the item after it
  const classHead = scaleClass && classEnd === 0 ? /^、[\d一二三四五六七八九十]+个[\d.]+[万亿]*元?级([^、，；。\d]{2,16})/.exec(sentence.slice(next.end, clause.end))?.[1] : undefined;
  if (classHead && next) return clean(sentence.slice(next.start, next.end) + classHead);
  // …增长10%左右（责任单位：区科经局）: who answers for a goal is a note, not what it measures
  // (将超3500亿元人民币: the currency named after the unit is no object)
  // (成本低于2000元/千瓦: what a price is given per is no object)
  // (…达到20000家的工作目标: the goal the figure is, not what it counts)
  // (冲刺6000亿元规上工业总产值目标: the goal the figure is, named after it, is what it measures; not 逾两万亿元发展目标, a goal named by its kind;
  // 完成30万亩建设任务的总体目标 → 建设任务)
  // (7000亿元】7月16日: a headline's bracket closing after the figure ends what it names)
  let after = sentence.slice(quantity.end, end).replace(/[【】].*$/, '').replace(/^的(?:年度)?(?:量化|工作|发展|总体|奋斗|核心|主要|建设)?目标.*$/, '').replace(/^(?!的|(?:发展|奋斗|总体|主要|核心)目标$)([\u4e00-\u9fa5]{2,}?)(?<!的)的?(?:发展|奋斗|总体|主要)?目标$/, (named, measure: string) => (quantity.base === 'percent' ? named : measure)).replace(PER_UNIT_LEFT, '').replace(/^(?:以上|以下|以内|左右|上下|及以上)/, '').replace(quantity.base === 'CNY' ? /^人民币/ : /^$/, '').replace(IN_CHARGE, '').replace(/^级(?=规模|产业|企业)/, '').replace(/^(?:规模|总额)的/, '');
  // (30所学校幼儿园建设列入为民办实事工程: the programme the things are listed in is no part of what is counted)
  if (after.includes('列入')) after = after.replace(LISTED_IN_PROGRAMME, '');
  // (建成150个以上低空航空器起降场（点）及配套的信息化基础设施: what comes with the things counted is no part of them)
  if (after.includes('配套')) after = after.replace(/(?<=[\u4e00-\u9fa5）)]{2})(?:及|和|以及)(?:其)?配套(?:的)?[^，。；、]*$/, '');
  // (获得33个稀土项目近10亿元的…资金支持: the bound of the next figure is no part of what this one counts)
  if (next && end === next.start) after = after.replace(/(?<=[\u4e00-\u9fa5]{2})(?:近|约|逾)$/, '');
  // 达到391家(其中国家级13家、省级60家): the parts in a bracket after the figure are no part of what it counts
  // (…、新增学位8000个以上等一系列具体举措: 等 closes a list of works, and what follows it names them all)
  // (…增长率达到10%、位居西部前列: a list's next item is no object of this figure)
  // (能耗降低17%（系国家分解指标）: nor is a note on the figure's standing, in its bracket)
  // (超100亿元的产业3个（茶叶、中药材、油茶）: nor the things counted, listed in a bracket, which the words before the figure name)
  if (/^\s*[（(](?:其中|系|为|含|指|注)/.test(after) || after.startsWith('等') || after.startsWith('、') || /^\s*[（(][^（()）]+、[^（()）]+[)）]\s*$/.test(after)) return '';
  // 未来产业规模达1450亿元的预期目标: a goal names nothing measured; nor does “…增10%”等重点指标, a quoted list's end
  // (迈上3万亿台阶, 突破千亿大关: the step a measure climbs is no thing measured)
  // (把…人均GDP力争达到2.06万美元作为…的使命: what a figure is taken as, after 作为, is no thing measured either)
  if (GOAL_WORD.test(after) || after.startsWith('”') || /^(?:新)?(?:台阶|大关|关口)|^作为/.test(after)) return '';
  // (硬化道路10万平方米并安装太阳能路灯1000盏: a further work joined by 并 is no object of this figure)
  if (FURTHER_WORK_JOINED.test(after)) return '';
  // (总投资100亿元的焦化苯、水溶肥等16个重点项目: examples of the works counted next name no object of the sum; the count's does)
  if (next?.base === 'count' && EXAMPLES_ONLY.test(after)) return '';
  // 特色鲜明、创新力强的未来产业集群: qualities listed before 的 describe one head noun
  const described = /^([^，；、]{2,8}、)+[^，；、的]{2,8}的([^，；、的]{2,16})/.exec(after);
  if (described && !next) return clean(described[2]);
  // (6000户特殊困难高龄、失能、残疾老年人家庭居家适老化改造: short qualities alike in length, listed inside one name, qualify its head;
  // the name keeps the words before them and the head after)
  const parts = !next ? (/^[^，；。的\d]+/.exec(after)?.[0] ?? '').split('、') : [];
  const quality = parts.length >= 3 ? parts[1].length : 0;
  const lastPart = parts[parts.length - 1] ?? '';
  // (开展体育、音乐、美术等实习支教: not examples, which 等 closes)
  // (破损路面、井盖、道牙、树框进行维修更换: nor things listed, the verb done to them after the last)
  if (quality >= 2 && quality <= 3 && !lastPart.slice(0, quality + 1).includes('等') && !/^(?:进行|实施|开展|完成|予以)/.test(lastPart.slice(quality)) && parts.slice(1, -1).every((part) => part.length === quality) && parts[0].length >= quality + 2 && lastPart.length >= quality + 4) return clean(parts[0].slice(0, -quality) + lastPart.slice(quality));
  // 5家共性技术研发和成果转化的公共服务平台: a 和 inside what describes the head does not end the object
  const joined = /^[^，；、的]{2,20}(?:和|及|与)[^，；、的]{2,16}的([^，；、的]{2,16})/.exec(after);
  if (joined && !next) return clean(joined[1]);
  // 5个以上高水平的机器人及智能制造公共服务平台, 50家机器人研发制造和系统集成骨干(培育)企业: two fields joined before the kind of
  // thing both make, which ends the clause, are one object
  const compound = !next ? COMPOUND_OBJECT.exec(after.replace(/[（(][^（()）]{0,6}[)）]/g, '').replace(/[，；。].*$/, '')) : null;
  if (compound) return clean(compound[1]);
  // A、B、C等第三方专业机构: the head noun follows 等 (not 1万台挖掘机、“两化融合”示范等18个…, where the next figure's count does)
  const etc = after.lastIndexOf('等');
  if (etc > 0 && after.slice(0, etc).includes('、') && /[\u4e00-\u9fa5]{2}/.test(after.slice(etc + 1))) return clean(after.slice(etc + 1));
  // (3万台挖掘机等18个工程: 等 closing the item, before the count of all, is no part of what it counts)
  if (next && etc > 0 && etc === after.length - 1) after = after.slice(0, etc);
  const stop = after.search(LIST_SEPARATOR);
  // 重点建设60个智能工厂、数字化车间: with no amount after it, a list of nouns is counted together
  // …增长5%、“甲线”运量突破16万标箱: a figure or a verb after 、 opens the next item, not a list of nouns
  // (累计建设100个零工驿站和“家门口”就业服务站, 引进1000家文化内容和技术团队: or joined by 和)
  // (not 30个直升机场和一批起降场地: a second item counted by its own vague count, 一批 or 若干)
  const together = stop >= 0 && /[、和及与]/.test(after[stop]) && !next && after.length <= 20 && !/[的，；\d]|”$|突破|达到|超过|增长|提高/.test(after)
    && (after[stop] === '、' || !/[（(]/.test(after)) && !/^(?:一批|若干|一系列|多个|一些)/.test(after.slice(stop + 1));
  // 100个重点工业和技改项目: a short second noun that carries the head both share is part of the object
  // (10个以上物流和文体消费标杆场景: so does a longer one after a word too short to name a thing of its own)
  const sharedHead = stop >= 0 && /[和及与]/.test(after[stop]) && (/^[\u4e00-\u9fa5]{1,4}(?:项目|企业|园区|基地|平台|工程)(?:$|[，；。])/.test(after.slice(stop + 1))
    || (stop <= 3 && /^[\u4e00-\u9fa5]{2,10}(?:场景|项目|企业|园区|基地|平台|工程|中心|产品|品牌)(?:$|[，；。])/.test(after.slice(stop + 1))));
  if (stop >= 0 && !together && !sharedHead) after = after.slice(0, stop);
  else if (sharedHead) after = after.replace(/[，；。].*$/, '');
  // 1万亿元（这也是湾区首个区域GDP万亿目标）人均GDP…: an aside on the figure ends what it counts
  if (/^[（(](?:这|此|该|即|其)/.test(after)) return '';
  // (突破万亿元（人民币，下同）大关: a currency's aside, cut by its own comma, and the milestone word name nothing counted)
  after = after.replace(/^的/, '').replace(/^[（(][^）)]{0,6}[）)](?:以上|以下|以内|左右)?/, '').replace(/^[（(][^）)]*$/, '').replace(/^(?:大关|关口)$/, '');
  // (13.7万亩油料的硬任务: the task a figure is set as names nothing measured)
  after = after.replace(/的(?:硬|刚性|约束性)?(?:任务|目标|指标)$/, '');
  // 从2020年的15%提高到56%: what follows a baseline is the change, not an object
  if (/^(?:提高|提升|增长|增加|降低|下降|扩大|减少)(?:到|至)/.test(after)) return '';
  // 打造2个1000亿、3个500亿、5个100亿产业集群: an amount standing as a label takes the noun the list ends on
  const label = clean(after);
  if (AMOUNT_LABEL.test(label)) {
    const noun = LABELLED_NOUN.exec(sentence.slice(quantity.end, clause.end).replace(/[，。；、\s]+$/, ''));
    if (noun) return label + noun[1];
  }
  return label;
}

/** （每个街道1个）: a short note in brackets, right after a count. */
const COUNT_NOTE_AFTER = /^[（(][^（()）]{1,16}[)）]/;

/** 下同）: the tail of a bracketed note, its opening cut off by a comma inside it, where a name begins. */
const NOTE_TAIL_OPENING = /^[^（()）]{1,6}[)）](?=[\u4e00-\u9fa5])/;

/** A work's opening verb. */
const WORK_VERB = '(?:开工建设|新开工|改扩建|新增|新建|建成|建设|改造|打造|完成|实施|推进|培育|引进|开工|提升|整治|开通|新开)';
/** 建设世界级商圈、新增碧道: works listed, each opening on its verb, the last one (captured) running into a figure. */
const WORKS_LISTED_BEFORE = new RegExp(`^(?:[^、，；]{0,6}?${WORK_VERB}[^、，；\\d]{2,16}、)+(${WORK_VERB}[^、，；\\d]{2,16})$`);
/** Text between the previous number (or clause start) and this one, minus cues: 数据产业规模达 → 数据产业规模. */
function subjectBefore(sentence: string, clause: Span, quantity: Quantity, previous: Quantity | undefined): string {
  // (地区生产总值增速“保6争7”: the figure striven for after the floor held is the same measure's)
  if (previous && sentence[previous.start - 1] === '保' && sentence.slice(previous.end, quantity.start) === '争') return subjectBefore(sentence, clause, previous, undefined);
  // 5G用户普及率从2020年的15%提高到56%: the subject stands before 从, for the baseline and the target alike
  const fromTo = FROM_TO.exec(sentence.slice(clause.start, quantity.start));
  if (fromTo && fromTo[1].length >= 2) return clean(fromTo[1].replace(LEADING_FILLER, '').replace(/(?:力争|争取|确保)$/, '').replace(TRAILING_CUE, ''));
  // (建成5人制足球场15个: how many play on a side is part of the kind of court counted)
  const side = previous && previous.unit === '人' && sentence[previous.end] === '制' ? previous : undefined;
  // (自联入境旅游包机每架次（游客不少于150人）奖励组团社6万元: a figure in a note on what earns a payment, the payment right
  // after it, is the note's; the subject stands before the note, with no figure of its own)
  const noteOpen = previous && previous.end > clause.start ? sentence.slice(0, previous.end).search(/[（(][^（()）]*$/) : -1;
  const inNote = noteOpen >= clause.start && PAID_AFTER_NOTE.test(sentence.slice(previous!.end, quantity.start)) && !/\d/.test(sentence.slice(clause.start, noteOpen));
  const start = Math.max(clause.start, previous && previous.end > clause.start && !inNote ? (side ? side.start : previous.end) : clause.start);
  let before = inNote ? sentence.slice(start, quantity.start).replace(/[（(][^（()）]*[）)]/g, '') : sentence.slice(start, quantity.start);
  // (not 新建厂房5万平方米并引进企业10家: a further work joined by 并 opens a subject of its own)
  // (nor 3处500平方米以上的口袋公园和10公里绿道: a figure after a thing and 和 opens the list's next item; not a bound alone, 38%以上和45%以上)
  if (previous && !FURTHER_WORK_JOINED.test(before) && !(/[和及与]$/.test(before) && !/^(?:及?以上|以下|左右)?[和及与]$/.test(before)) && (before.startsWith('的') || /^(?:(?:及?以上|以下)[^，。；、\d]{0,12}|[^，。；、\d]{0,4}(?:项目|企业|高新区|开发区|经开区|园区|集群|产业链)(?:达到|达|超过|突破|不少于|不低于|至少)?)$/.test(before))) {
    // 首次突破100亿元的企业15家, 新引进10亿元以上产业项目8个, 营业收入超万亿元高新区1个: the subject reaches back over the amount that qualifies it
    const opening = Math.max(clause.start, ...['、', '，', '；'].map((s) => sentence.lastIndexOf(s, previous.start) + 1));
    return clean(sentence.slice(opening, quantity.start).replace(TRAILING_CUE, '').replace(LEADING_FILLER, '').replace(LEADING_VERB, ''));
  }
  const separator = Math.max(...['、', '和', '，', '；'].map((s) => before.lastIndexOf(s)));
  if (separator >= 0 && previous && previous.end > clause.start) before = before.slice(separator + 1);
  // 建设世界级商圈、新增碧道100公里: works listed, each opening on its verb, the figure in the last: the last work is what it counts
  const lastWork = before.includes('、') && !(previous && previous.end > clause.start) ? WORKS_LISTED_BEFORE.exec(before) : null;
  if (lastWork) before = lastWork[1];
  // (确定了10件为民实事：中小学“…”工程、城镇新增就业30万人: a listed work named before the item the figure counts is no part of it)
  const afterWork = !lastWork && before.includes('、') && !(previous && previous.end > clause.start) ? WORK_THEN_ITEM.exec(before) : null;
  if (afterWork) before = afterWork[1];
  // (5年内东湖高新区总收入过万亿元, 10年后则达到…: what a span of years says of when is no part of the name)
  // (力争用3个月时间完成改造100台: nor the time it takes)
  if (previous && previous.end === start && DURATION.test(previous.base)) before = before.replace(/^(?:之?内|以内|之?后|以后|(?:左右)?(?:的)?时间(?:内|里)?)(?:则|再)?/, '');
  // (2023—2025年新增转型企业: a period opening the clause is its horizon too; （这也是…）人均GDP: an aside before it is no part)
  // (人均预期寿命比“十三五”末提高: a plan period's end compared against, too)
  before = before.replace(/^[（(](?:这|此|该|即|其)[^（()）]*[）)]/, '').replace(/(?:比|较|相比)(?:(?:19|20)\d{2}年|“?十[一二三四五六七八九]五”?)(?:底|末|期末)?/g, '').replace(/(?:对标|朝着|按照)?(?:到|至)?(?:(?:19|20)\d{2}年?\s*[—–-]\s*)?(?:19|20)\d{2}年(?:度|底|末)?(?:前)?/g, '')
    // 活动计划2025全年举办60场: the plan's year and verb are not the measure
    .replace(YEAR_ROUND, '');
  let previousText = '';
  // (社区养老服务设施均不低于常住人口每千人40平方米: a level set per head of the people, right before the figure, opens the name, as
  // in 每千人口执业医师数)
  let perHead = '';
  while (previousText !== before) {
    previousText = before;
    before = before.replace(TRAILING_CUE, '').replace(CONDITION, '').replace(/的$/, '');
    if (!perHead) before = before.replace(PER_HEAD_BEFORE_FIGURE, (m: string) => { perHead = m.replace(/^常住人口/, ''); return ''; });
  }
  // 全部工业要力争完成产值, 规模以上工业力争完成增加值: the industry before the resolve owns the measure after it
  const named = clean(clean(before).replace(OWNER_RESOLVES, '$1').replace(LEADING_FILLER, ''));
  return perHead && named.length >= 2 ? `${perHead}${named}` : named;
}

/** 常住人口每千人, 每万人: the people a level is set per, written right before its figure. */
const PER_HEAD_BEFORE_FIGURE = /(?<=[\u4e00-\u9fa5]{2})(?:常住人口)?每(?:千|万|百|十万)(?:常住)?人(?:口)?$/;
/** …工程、城镇新增就业: a work of a list, then the item a figure counts (captured), four characters or more. */
const WORK_THEN_ITEM = /(?<=[\u4e00-\u9fa5”"]{2})(?:工程|项目|行动|计划)[”"]?、([^、，。；：:“”"]{4,16})$/;
/** 以上）奖励组团社, 人）给予: the end of a note on what earns a payment, and the payment right after it. */
const PAID_AFTER_NOTE = /^[^（()）]*[）)](?:一次性)?(?:奖励|补助|补贴|奖补|资助|给予|予以)[^，。；\d]{0,8}$/;

/** 全部工业要力争完成, 规模以上工业力争: an industry, its resolve and the verb of reaching, before the measure it owns. */
const OWNER_RESOLVES = /^([\u4e00-\u9fa5]{0,6}(?:工业|产业|企业|行业))(?:要|将)?(?:力争|确保|争取)(?:完成|实现)?(?=[\u4e00-\u9fa5]{2})/;

/** （迁建）, (改扩建): a works verb in brackets, left over at a name's start once the verb before it is stripped. */
const BRACKETED_WORKS_VERB = /^[（(](?:迁建|改建|扩建|改扩建|新建|续建|重建)[)）]/;

function stripLeadingVerb(text: string): string {
  // (新建（迁建）乡镇中心幼儿园: a works verb bracketed after the verb stripped goes with it)
  const stripped = text.replace(BRINGING_ABOUT_PATTERN, '').replace(LEADING_VERB, '').replace(BRACKETED_WORKS_VERB, '');
  // 新建、改建农村公路, 新建或改建便民市场: coordinated verbs name the work, and a name never opens on 、 or 或
  // (实现GDP: or a measure's acronym)
  return (stripped.length >= 4 || /^[A-Z]{2,5}$/.test(stripped)) && !/^[、或和及]/.test(stripped) ? stripped : text;
}

/** The head noun of a phrase: 符合条件的关键机器人设备等融资租赁项目 → 融资租赁项目; a “quoted name” wins. */
function headNoun(phrase: string): string {
  const quoted = /“[^”]{2,16}”[^，、的且和与及“]{0,6}/.exec(phrase);
  if (quoted) return quoted[0];
  const segments = phrase.split(/[，；]/).reverse();
  for (const segment of segments) {
    const lastOf = segment.lastIndexOf('的');
    const head = lastOf >= 0 ? segment.slice(lastOf + 1) : segment;
    if (head.length >= 2 && !/\d/.test(head)) return head.replace(/^.*等/, '');
  }
  return '';
}

/** 高水平的机器人及智能制造公共服务平台: (a quality and 的, then) two fields joined by 和/及/与 before the kind of thing they make. */
// (not 生态主导型企业和一批专精特新中小企业: a first part that ends on a kind of thing, or a second that counts its own, is a list)
const COMPOUND_OBJECT = /^(?:[^，；、的\d]{2,8}的)?([^，；、的\d]{2,20}(?<!平台|中心|企业|基地|园区|项目|集群|机构|载体|工厂|车间|场景|产品|品牌|实验室)(?:和|及|与)(?!一批|若干|一系列|[一二两三四五六七八九十\d])[^，；、的\d]{2,16}?(?:平台|中心|企业|基地|园区|项目|集群|机构|载体|工厂|车间|场景|产品|品牌|实验室))$/;

/** 对, 对于 opening a clause, after an item's number or a list's dash at most (1. 二、 （二） ——): where the receiver a provision is for is named. */
const RECEIVER_OPENER = new RegExp(String.raw`(?:^|[，；。：])\s*(?:——\s*)?(?:(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,2}[)）])\s*)?(?:对于?)${NOT_OUTWARD}`, 'g');

/** 对公共平台建设单位，按照…: who the support is for. */
function beneficiary(sentence: string, quantity: Quantity, index: number, quantities: readonly Quantity[]): string {
  const before = sentence.slice(0, quantity.start);
  // (…公告如下： 1.对于成功引进的制造业投资项目: an item's number may stand between)
  let open = -1;
  for (const m of matchesOf(RECEIVER_OPENER, before)) open = m.index + m[0].length;
  if (open < 0) return '';
  // (对新获得…的农业龙头企业，分别一次性奖励…；省级农业产业化示范联合体，给予…: a provision after a ；that names its own receiver first
  // is for that receiver)
  const provision = sentence.lastIndexOf('；', quantity.start);
  if (provision > open && RECEIVER_CLAUSE.test(sentence.slice(provision + 1, quantity.start).split(/[，,]/)[0].trim())) open = provision + 1;
  const rest = sentence.slice(open);
  // (对…的先进制造业项目进行扶持，鼓励…，综合考虑…等因素，按照…: 进行扶持 closes the receiver too)
  const close = rest.search(/[，；](?:按照|按|给予|予以|每年|分别)|给予|予以|按照|进行(?:扶持|支持|奖励|补助|补贴|资助)/);
  let phrase = close >= 0 ? rest.slice(0, close) : rest.slice(0, 24);
  if (/分别/.test(sentence.slice(open, quantity.start)) && phrase.includes('、')) {
    // 对A、B、C，分别给予200万元、100万元、100万元: the i-th amount goes to the i-th item
    const items = phrase.split('、');
    const first = quantities.findIndex((q) => q.start > open + close);
    const position = index - (first >= 0 ? first : index);
    phrase = items[Math.min(Math.max(position, 0), items.length - 1)];
  }
  return clean(headNoun(phrase).replace(LEADING_VERB, ''));
}

/** 不包括借新还旧、购买土地等方面, 不含土地款: a clause saying what a provision leaves out. */
const EXCLUDED_SCOPE = /^\s*(?:不包括|不包含|不含|不属于|不适用于?)[^，。；]{2,40}$/;

/** 每年重点支持, 重点扶持: the words that open a clause on what a payment supports. */
const SUPPORTED_LEAD = /^(?:每年|每季度|年度)?重点(?:支持|扶持)(?=[^，；。]{4})/;

/** Without 对…: what an earlier number of the sentence counts (评选10个优秀专用模型), or the clause before the support verb. */
function supportedThing(sentence: string, clause: Span, quantities: readonly Quantity[], index: number): string {
  for (let i = index - 1; i >= 0; i--) {
    const after = sentence.slice(quantities[i].end).split(/[，；。]/)[0] ?? '';
    // amounts name no thing, except a fund or voucher they size: 100亿元规模的机器人产业基金
    if (quantities[i].base !== 'count' && !/^(?:规模|总额)的/.test(after)) continue;
    const thing = headNoun(after.replace(/^(?:规模|总额)?的?/, '的'));
    if (thing.length >= 2 && !GENERIC_SUPPORT.test(thing)) return thing;
  }
  // 评定一批市级人工智能标杆产业园，每年对…给予运营经费补助 → 市级人工智能标杆产业园
  // (每年重点支持高水平智能软件、硬件技术攻关，…给予…资金支持 → 高水平智能软件、硬件技术攻关: what a clause says is supported)
  const clauses = sentence.slice(0, clause.start).split(/[，；]/).filter(Boolean).reverse().map((c) => c.replace(SUPPORTED_LEAD, ''));
  // (…用于建设厂房等方面，不包括借新还旧、购买土地等方面，省财政按…: what a provision leaves out is not what it supports)
  const previous = clauses.find((c) => !/给予|予以|按照|\d/.test(c) && !HOW_CLAUSE.test(c) && !EXCLUDED_SCOPE.test(c) && c.replace(PROCEDURE_PATTERN, '').length >= 2);
  if (previous) return clean(compactList(previous.replace(LEADING_VERB, '').replace(/^(?:一批|若干|一系列)/, '').replace(/^.*的(?=.{2,})/, '')));
  return '';
}

/**
 * 在深耕细分市场、具有产业链“链主”地位的冠军企业 → “链主”冠军企业: a long description before 的 gives way
 * to its head, with a quoted title it holds.
 */
function longModifierDropped(subject: string): string {
  const lastOf = subject.lastIndexOf('的');
  if (lastOf < 10 || !subject.slice(0, lastOf).includes('、')) return subject;
  const head = subject.slice(lastOf + 1);
  const quoted = /“[^”]{2,8}”/.exec(subject.slice(0, lastOf))?.[0] ?? '';
  return head.length >= 2 ? quoted + head : subject;
}

/** 疫苗佐剂、培养基质材料以及包装材料等配套产业 → 疫苗佐剂等配套产业: a list closed by 等 keeps its first item. */
function compactList(text: string): string {
  const etc = /^([^，]*?[^、，])等([^、，]{2,})$/.exec(text);
  return etc && /、|以及/.test(etc[1]) ? `${stripLeadingVerb(etc[1].split(/、|以及/)[0])}等${etc[2]}` : text;
}

/** 建设资金, 专项经费: a name that ends on the funds it sizes. */
const FUNDS_NAMED = /[\u4e00-\u9fa5]{2}(?:资金|经费)(?:总额)?$/;

/** 政府承担营销资金的75%，: a share of a cost someone bears, in the clause before a sum (who bears what captured). */
const SHARE_OF_COST_BEFORE = /([\u4e00-\u9fa5]{2,8}?(?:承担|负担)[^，。；\d]{1,8}?)的?\d+(?:\.\d+)?%[，,]\s*$/;
/** 给予8000万元至1亿元的专项工作经费, 安排30亿元人才发展经费: funds for a kind of work, named right after the sum given as them. */
const FUNDS_GIVEN_AFTER = /^的?([\u4e00-\u9fa5]{0,8}?(?:专项)?(?:工作|启动|科研|研发|项目|运营|培养|培训|发展)经费)(?=[，。；、]|[和及][\d.]+[万亿]?元|$)/;

/** The support noun nearest the number: 予以补贴, 给予运营经费补助, 训练成本补助. */
function supportNoun(sentence: string, clause: Span, quantity: Quantity): string {
  const funds = FUNDS_GIVEN_AFTER.exec(sentence.slice(quantity.end));
  if (funds) return funds[1];
  let best = '';
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const m of matchesOf(SUPPORT_NOUNS, sentence)) {
    const distance = m.index >= quantity.end ? m.index - quantity.end : quantity.start - m.index + 4;
    const inClause = m.index >= clause.start && m.index < clause.end;
    const score = distance - (inClause ? 20 : 0);
    if (score < bestDistance) { bestDistance = score; best = m[0]; }
  }
  // 给予牵头研发单位训练成本补助 → 训练成本补助: keep what qualifies the noun, not who receives it
  const given = /给予([^，。；、]{2,12}?)(补助|补贴|奖励|资助|支持|扶持)/.exec(sentence);
  if (given && given[2] === best && !/\d|一定|的/.test(given[1])) {
    return given[1].replace(/^.*?(?:单位|企业|机构|主体|个人|团队)/, '') + given[2];
  }
  return best;
}

/** 70万元(累计)、50万元: a short note in brackets after an amount, which keeps it in the list it is in. */
const AMOUNT_NOTE = '(?:[（(][^（()）\\d，。；]{1,8}[)）])?';
const JOINED_AMOUNT = new RegExp(`^\\s*${AMOUNT_NOTE}\\s*[、和及]\\s*$`);
/** Whether amount `i` follows amount i - 1 after only 、, 和 or 及 (and a note in brackets on the one before). */
const joinedToPrevious = (sentence: string, quantities: readonly Quantity[], i: number): boolean => JOINED_AMOUNT.test(sentence.slice(quantities[i - 1].end, quantities[i].start));
/** What may stand between two amounts one 分别 spreads: two characters at most, or a note in brackets and a joining word. */
const SPREAD_GAP = new RegExp(`^(?:[^]{0,2}|${AMOUNT_NOTE}[、和及]?)$`);

/** The run of two or more amounts joined by 、/和 that the amount at `index` is in: 10万元、50万元和100万元. */
function amountRun(sentence: string, quantities: readonly Quantity[], index: number): { first: number; count: number } | null {
  let first = index;
  while (first > 0 && joinedToPrevious(sentence, quantities, first)) first--;
  let last = index;
  while (last + 1 < quantities.length && joinedToPrevious(sentence, quantities, last + 1)) last++;
  return last > first ? { first, count: last - first + 1 } : null;
}

/** 国家级、省级、市级: the levels a list of awards is given for. */
/** 国家级, 省级: a level alone. */
const LEVEL = '(?:国家|省|自治区|市|区|县)级';
// (国家级、省级和温州市级: a later level may be a city's named with the city, and the last of three or more may join on 和 or 及)
const LISTED_LEVEL = `(?:${LEVEL}|[\u4e00-\u9fa5]{2,3}市级)`;
const LEVEL_LIST = new RegExp(`${LEVEL}(?:、${LISTED_LEVEL})+(?:[和及]${LISTED_LEVEL})?`);
/** 5A级、4A级、3A级, 五星级、四星级: the grades a list of awards is given for, places or firms rated at each. */
const GRADE_LIST = /(?:[1-5]A|[一二三四五]星)级(?:、(?:[1-5]A|[一二三四五]星)级)+(?:[和及](?:[1-5]A|[一二三四五]星)级)?/;

/** Who receives the money, when the text says so after 给予: 给予牵头单位一次性最高200万元支持. */
const RECIPIENT = /给予(?!一次性)([^，；。\d]{2,8}?)(?=一次性|每年|最高|不超过)/;
/** 给予投资人0.25元/度: who receives the money, named right before the amount. */
const RECIPIENT_BEFORE_AMOUNT = /给予([^，；。\d]{2,8}?)$/;

/** 给予园区运营单位|, 给予运营主体|: the body that runs a park, a base or a project, paid right before the amount (captured: what it runs, and the body). */
const OPERATOR_BEFORE_AMOUNT = /给予([\u4e00-\u9fa5]{0,4}?)(运营单位|运营主体|运营机构|运营方|运营商|管理机构|建设单位|承办单位|牵头单位)$/;

/** 给予园区运营单位 after 特色园区: the body paid, without the words what it runs shares with what qualifies (运营单位). */
function operatorPaid(afterGiven: string, paid: string): string | undefined {
  const operator = OPERATOR_BEFORE_AMOUNT.exec(afterGiven);
  return operator ? (paid.endsWith(operator[1]) ? operator[2] : operator[1] + operator[2]) : undefined;
}

const GRADE_END = /(?:国家|自治区|国|省|市|县|区|州)级$/;
/** 确认为国家: a first grade written without its 级, before grades that are words alone. */
const BARE_GRADE_END = /(?:国家|自治区|省)$/;
/** An elliptic list shares its head and tail: 完成Ⅰ期、Ⅱ期、Ⅲ期临床试验 → 完成Ⅱ期临床试验. */
/** 人均可支配收入, 天然气气化率: a measure the last of items alike in length may name for all of them. */
const PARALLEL_MEASURE = /(?:率|收入|比重|占比|水平|指数|规模|产值|增加值)$/;

/** 产量, 出栏量, 面积: the measure a list's item ends on, when it names one. */
const ITEM_MEASURE = /(?:出栏量|存栏量|产量|总产值|产值|增加值|面积|销售额|营业收入|总量|数量)$/;

/** 重点工程减排量, 排放总量: a measure of emissions a list of pollutants closes on (排放量同比: with what it is compared to). */
const EMISSION_MEASURE = /(?:重点工程)?(?:减排量|排放量|排放总量|排放强度|削减量)(?:同比|比上年|较上年)?$/;

/** Whether a first item ends on a grade of the kind the last item's (市级…) is: 国家, 省级, not 工厂. */
function gradedAlike(first: string, lastGrade: string): boolean {
  if (!GRADE_WORD.test(lastGrade)) return true;
  return GRADE_WORD.test(first.replace(/级$/, '').slice(-lastGrade.length)) || GRADE_END.test(first) || BARE_GRADE_END.test(first.replace(/级$/, ''));
}
function listItem(items: readonly string[], position: number): string {
  const at = Math.min(Math.max(position, 0), items.length - 1);
  const first = items[0];
  const last = items[items.length - 1];
  const second = items[1] ?? first;
  // (有研发机构、有研发活动的企业占比: qualities alike, opening as the last one does, share what it qualifies after its 的)
  const ofAt = last.indexOf('的');
  if (items.length >= 2 && ofAt >= 2 && last.length - ofAt >= 3 && items.slice(0, -1).every((item) => !item.includes('的') && item[0] === last[0] && item.length >= 2 && item.length <= ofAt + 3)) {
    return at === items.length - 1 ? last : items[at] + last.slice(ofAt);
  }
  // (获得国家级科技成果一、二、三等奖: grades by numeral alone, the words before the first and the last one's tail shared)
  const numbered = items.length >= 2 ? /^([一二三四五六七八九十])(等奖|等|类|档|批)(.*)$/.exec(last) : null;
  const numberedHead = numbered ? /^(.*?)[一二三四五六七八九十]$/.exec(first)?.[1] : undefined;
  if (numbered && numberedHead && items.slice(1, -1).every((item) => /^[一二三四五六七八九十]$/.test(item))) return numberedHead + (at === 0 ? first.slice(-1) : items[at].slice(0, 1)) + numbered[2] + numbered[3];
  // 评定为四星、五星级旅行社: the words before the first item's grade and the last one's words after it are shared
  const graded = items.length >= 2 ? /^([^级、]{1,3}?)(级.{2,})$/.exec(last) : null;
  // (评定为国家级、省级、市级…: the grades may carry their 级, and the first may be longer than the others;
  // not 省级未来工厂、省级智能工厂, where the first names its own thing after its grade)
  // (国家级、自治区级绿色工厂: a first grade no longer than the last one's)
  // (not 全球灯塔工厂、市级标杆智能工厂: a level after a first item that names a thing, not a grade, is the later item's own)
  if (graded && !/级[^、]{2,}$/.test(first) && (first.length > graded[1].length || GRADE_END.test(first)) && gradedAlike(first, graded[1]) && items.slice(1, -1).every((item) => (first.endsWith('级') ? item.replace(/级$/, '') : item).length === graded[1].length)) {
    // (确认为国家、省、市级技术开发中心: a first grade written without its 级 is cut whole, not by the last one's length)
    const firstGrade = GRADE_END.exec(first) ?? (items.slice(1, -1).every((item) => GRADE_WORD.test(item)) ? BARE_GRADE_END.exec(first) : null);
    // (国家5A级、4A级旅游景区: the first item's 级 stands after its grade)
    const head = firstGrade ? first.slice(0, firstGrade.index) : first.slice(0, first.replace(/级$/, '').length - graded[1].length);
    return head + (at === 0 ? first.slice(head.length).replace(/级$/, '') : items[at].replace(/级.*$/, '')) + graded[2];
  }
  // 新牵头组建的国家、省、市产业技术创新战略联盟: grades written without their 级, the first after words all items share, each named
  // with its 级 as the grades are ranked (新牵头组建省级产业技术创新战略联盟)
  const bareFirst = items.length >= 3 ? BARE_GRADE_END.exec(first) : null;
  const bareLast = bareFirst && items.slice(1, -1).every((item) => GRADE_WORD.test(item) && !item.endsWith('级')) ? GRADE_OPENING.exec(last) : null;
  if (bareFirst && bareLast && !last.startsWith('级', bareLast[0].length) && last.length > bareLast[0].length + 2) {
    const grade = at === 0 ? bareFirst[0] : at === items.length - 1 ? bareLast[0] : items[at];
    return first.slice(0, bareFirst.index) + grade + '级' + last.slice(bareLast[0].length);
  }
  // 东、中、西部地区试点城市: short items share the last one's tail
  // (城镇居民、农村居民人均可支配收入: so do items of four characters alike before a measure the last one names)
  const alike = items.slice(0, -1).every((item) => item.length === 4) && PARALLEL_MEASURE.test(last);
  if (items.length >= 2 && (items.slice(0, -1).every((item) => item.length <= 3) || alike) && last.length > first.length + 2) {
    // (获批国家、省绿色工厂: grades of unlike length, the last one's grade cut at its own end)
    // (对省、市级产业集群: the tail keeps the last one's 级, which a grade written with its own drops)
    const lastGrade = items.slice(0, -1).every((item) => GRADE_WORD.test(item)) ? GRADE_OPENING.exec(last) : null;
    // (进入Ⅰ、Ⅱ、Ⅲ期临床试验: the shortest item says how much of the last one is its own; the first may carry words before it)
    // (进入I、II、III期临床试验: numerals in Latin letters, of unlike length, end where the last one's letters end)
    const roman = items.slice(1, -1).every((item) => /^[IVX]+$/.test(item)) ? /^[IVX]+/.exec(last) : null;
    const tail = last.slice(lastGrade ? lastGrade[0].length : roman ? roman[0].length : Math.min(...items.slice(0, -1).map((item) => item.length)));
    return at === items.length - 1 ? last : items[at] + (items[at].endsWith('级') ? tail.replace(/^级/, '') : tail);
  }
  // (生猪出栏量、蔬菜和水产品产量: a first item with its own measure, a last one with a measure the bare items between share)
  const lastMeasure = items.length >= 3 && ITEM_MEASURE.test(first) && !items.slice(1, -1).some((item) => ITEM_MEASURE.test(item)) ? ITEM_MEASURE.exec(last)?.[0] : undefined;
  if (lastMeasure && last.length > lastMeasure.length) return at === 0 || at === items.length - 1 ? items[at] : items[at] + lastMeasure;
  // (化学需氧量、氨氮、氮氧化物、挥发性有机物重点工程减排量: bare pollutants before a last one naming the emission measure all of them share)
  const emission = items.length >= 2 && !items.slice(0, -1).some((item) => EMISSION_MEASURE.test(item)) ? EMISSION_MEASURE.exec(last)?.[0] : undefined;
  if (emission && last.length >= emission.length + 2) return at === items.length - 1 ? last : items[at] + emission;
  if (items.length < 2 || second.length >= first.length || second.length > 6) return items[at];
  // (化学需氧量、氨氮、二氧化硫和氮氧化物: items of unlike length, none a part of the first)
  if (!/^[\d.]/.test(second) && !items.slice(1, -1).every((item) => item.length === second.length)) return items[at];
  // 过100亿元、50亿元、30亿元企业: amounts of unlike length share the words before the first one's number
  // (总投资2-5亿元、5-10亿元: a band's two ends are one amount)
  const amount = /^[\d.]/.test(second) ? /[\d.]+(?:[-—–~至][\d.]+)?[^\d.]*$/.exec(first) : null;
  // (首次入选省独角兽、潜在独角兽、瞪羚企业: the second item ending on the first's own thing shares the words before that thing)
  const shared = amount ? 0 : commonSuffixLength(first, second);
  // (制造业增加值、数字经济、绿色经济占…: a middle item of four characters or more, ending nothing like the first, shares no head;
  // 参与制定国家标准、行业标准、… end alike and do)
  // (中国驰名商标、省知名品牌: a second item opening on a grade the first lacks names its own thing, sharing nothing)
  const whole = !amount && shared === 0 && second.length >= 4 && (items.length >= 3 || (GRADE_OPENING.test(second) && !GRADE_OPENING.test(first)));
  // (固定资产投资、工业投资: a second item ending on the first's two-character measure, with two words of its own before it, is whole)
  // (本市企业主导制定国际标准、国家标准: not where the first's longer head holds words the others share)
  const ownMeasured = shared === 2 && second.length - shared >= 2 && first.length - second.length <= 2;
  // (新取得正高职称、副高职称、中级职称: a one-character rank the second item opens on takes the place of the first's own, 正 → 副)
  const ranked = shared >= 2 && second.length === shared + 1 && PAIRED_RANK.test(second[0]) && PAIRED_RANK.test(first[first.length - shared - 1] ?? '');
  // (国家级技术中心、省级技术中心: a second item opening on a grade where the first has its own shares only the words before that grade)
  const ownGrade = !amount && shared >= 2 && GRADE_OPENING.test(second) ? FIRST_OWN_GRADE.exec(first.slice(0, first.length - shared)) : null;
  const head = amount ? first.slice(0, amount.index) : ownGrade ? first.slice(0, ownGrade.index) : whole || ownMeasured ? '' : ranked ? first.slice(0, first.length - shared - 1) : shared >= 3 && shared < second.length && shared < first.length ? first.slice(0, first.length - shared) : first.slice(0, first.length - second.length);
  // (…省级智能工厂、绍兴市级智能工厂、省级数字化车间、绍兴市级数字化车间: items of unlike length share no tail)
  // (特种陶瓷、电子化学品的国内市场占有率: a last item longer than the others, whole words, ends its own word at 的; not
  // Ⅰ期、Ⅱ期、Ⅲ期临床试验的…, where the short items share the words after them)
  const ownEnd = second.length >= 4 ? Math.max(second.length, last.indexOf('的')) : second.length;
  // (国际标准、国家标准、行业标准、省级地方标准: a last item ending as the others do has its own words in front, no tail to share)
  // (总量达到300户、500户、1000户以上: amounts of unlike length share what the last one has after its number and their unit)
  const tail = last.length > second.length && items.slice(1, -1).every((item) => item.length === second.length) && commonSuffixLength(second, last) === 0
    ? (amount ? afterUnit(last, second) : last.slice(ownEnd)) : '';
  const core = at === 0 ? first.slice(head.length) : at === items.length - 1 ? last.slice(0, last.length - tail.length) : items[at];
  return head + core + tail;
}

/** 国家级, 省: the grade a first item of a list closes its own words on, before what the later items share. */
const FIRST_OWN_GRADE = /(?:国家|自治区|省|市|县|区|州)级?$/;
/** 按照, 给予, 比例不超过, 补助最高不超过: the words before what a rate paid is a share of. */
const SHARE_CUE = /(?:按照|按|给予|占|标准为|比例为|比例不超过|比例不高于|比例不低于)|(?:资金|补助|补贴|奖励|扶持|奖补)(?:最高)?(?:不超过|不高于)/;
/** 正, 副, 高, 中, 低: a rank of one character that items of a list open on in turn (正高职称、副高职称). */
const PAIRED_RANK = /^[正副高中低大小主次]$/;

/** 1000户以上 after 500户 → 以上: what an amount has after its number and the unit another amount writes, or nothing. */
function afterUnit(item: string, other: string): string {
  const rest = item.replace(LEADING_AMOUNT, '');
  const unit = other.replace(LEADING_AMOUNT, '');
  return rest.startsWith(unit) ? rest.slice(unit.length) : '';
}
const LEADING_AMOUNT = /^[\d.]+(?:[-—–~至][\d.]+)?/;

/** 国家, 省级, 自治区: a grade of government standing alone as an item of a list. */
const GRADE_WORD = /^(?:国家|中央|省|市|县|区|自治区)级?$/;
/** 省绿色工厂, 市级…: the grade a list's last item opens on (without its 级). */
const GRADE_OPENING = /^(?:国家|中央|自治区|省|市|县|区)/;

/** How many characters two names end alike in. */
function commonSuffixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** 新认定、新引进: the ways the things paid for come to be, listed before them. */
const HOW_THEY_COME = /^(?:(?:新|首次)?(?:认定|引进|获批|评定|评为|落户|设立|组建)[、和及与或])+(?:新|首次)?(?:认定|引进|获批|评定|评为|落户|设立|组建)$/;
/** 新认定、新引进的: two or more ways they come, listed, then 的. */
const HOW_THEY_COME_LISTED = /^(?:(?:新|首次)?(?:认定|引进|获批|评定|评为|落户|设立|组建)[、和及与或]){1,3}(?:新|首次)?(?:认定|引进|获批|评定|评为|落户|设立|组建)的/;

/** 可流通交易且符合国家标准的高质量数据集及语料库 → 高质量数据集及语料库; 租用智能算力的主体 → 租用智能算力. */
/** 企业、高等院校和科研机构, 执行单位或商贸流通企业: a list of the kinds of receiver a payment goes to. */
const RECEIVER = '[^、，和及或]{0,6}?(?:单位|企业|机构|主体|院校|高校|院所|团队|个人)';
const RECEIVERS = new RegExp(`^${RECEIVER}(?:(?:、|和|及|或|以及)${RECEIVER})+$`);

/** 首次纳入规上统计, 新升规, 首发上市: a status a receiver gains, which a payment is for. */
const STATUS_GAINED = /(?:纳入|进入)(?:规上|规模以上|限额以上|[^，的]{0,10}?(?:调查单位库|名录库|统计库))|升规|上规|首发上市|首次上市/;

/** (获得)省重大科技成就奖, 荣获省科学技术合作奖: an award won, the condition a payment to its winner names. */
const AWARD_WON = /^(?:首次)?(?:获得|荣获|获)?[^，、的]{2,20}奖(?:项目)?$/;

function thingOf(text: string): string {
  // (充电基础设施按实际投资的 → 充电基础设施: the basis after 按 is named apart, as （占…）; 对…研发平台提供10万元补助: 提供 gives, as 给予)
  // (技术改造项目分三个档次: how the payment is graded is no part of what is paid for)
  // (对2022—2025年“个转企”企业: the years a measure covers are no part of what it pays for)
  // (新认定、新引进的国家工程研究中心: how they come, in a list, is no part of them)
  // (确定创建资格的单个都市田园综合体: 单个 after 的 opens the receiver, one at a time, and no cap's unit)
  let thing = text.replace(HOW_THEY_COME_LISTED, '').replace(/的单个(?=[\u4e00-\u9fa5]{2})/, '的').replace(/(?:19|20)\d{2}年?[—–-](?:19|20)\d{2}年度?/g, '').replace(/[（(][^）)]*[）)]/g, '').replace(/分[一二两三四五六七八九十\d]+个?(?:档次|档|等级)/g, '').replace(/(?:予以|给予|每家|每个|单个|(?<=[\u4e00-\u9fa5]{2})按照?(?![揭需时期])).*$|提供$/, '').replace(/的$/, '')
    // 对新升规工业企业奖励10万元: the payment's own word after the receiver is no part of what is paid for
    // (对牵头建设国家级实验室的企业最高奖励1000万元: nor the cap's word before it)
    .replace(/(?<=[\u4e00-\u9fa5]{4})(?:最高可?|一次性)?(?:奖励|补贴|补助|资助|奖补)$/, '')
    // 首次获自治区认定为瞪羚企业 → 首次认定瞪羚企业; 企业获批牵头建设 → 企业牵头建设
    .replace(/获[^，、的]{0,5}?认定为/g, '认定').replace(/^新?获批的?(?=[\u4e00-\u9fa5]{4})/, '').replace(/获批/g, '')
    // (新认定为国家级绿色工厂 → 新认定国家级绿色工厂: 为 only links the status to its grade)
    .replace(/^(新?(?:认定|评定|评为|命名))为/, '$1')
    .replace(PROCEDURE_PATTERN, '').replace(/^的/, '')
    // 经区农业行政主管部门组织购买花椒收益保险 → 购买花椒收益保险: the body that approves is no part of what is paid for
    .replace(APPROVED_BY, '');
  // 企业设立并经认定为省级研发机构 → 省级研发机构: what is recognised is what is paid for
  const recognised = /(?:并|且)?(?:经|被)认定为([^，、]{2,})$/.exec(thing);
  if (recognised) return recognised[1];
  // 在蓉高校院所、企业建设国家重点实验室、…等 → 国家重点实验室等建设: what the actors build is what is paid for
  const built = /^[^，的]{2,16}?(?:院所|高校|企业|机构|单位)(?:建设|组建|设立)([^，的]{4,})$/.exec(thing);
  if (built) return /、|以及/.test(built[1]) ? `${built[1].split(/、|以及/)[0]}等建设` : `${built[1]}建设`;
  // 市级以上新型研发机构进行绩效评价 → 市级以上新型研发机构: what is done to them is how they qualify
  thing = thing.replace(/^([^，的]{4,})进行[^，的]{2,8}$/, '$1');
  const lastOf = thing.lastIndexOf('的');
  if (lastOf >= 0) {
    const head = thing.slice(lastOf + 1);
    const modifier = thing.slice(0, lastOf);
    // 承办市级消费促进活动的执行单位或商贸流通企业: two kinds of receiver name no more than one
    // (租用智能算力开展大模型训练的企业、高等院校和科研机构: nor do three; what they do is what is paid for)
    const receivers = RECEIVERS.test(head);
    if ((GENERIC_HEAD_PATTERN.test(head) || receivers) && !THRESHOLD.test(modifier)) {
      // 首次上榜工业和信息化部认可的中国电子信息百强、软件业务收入百强的企业 → 中国电子信息百强、软件业务收入百强
      const own = modifier.slice(modifier.lastIndexOf('，') + 1);
      // 首次纳入规模以上统计范围的禁限目录外的企业: an exclusion after the last 的 is no name
      const last = own.slice(own.lastIndexOf('的') + 1);
      thing = own.length > 14 && own.includes('的') ? (/外$/.test(last) ? own.slice(0, own.indexOf('的')) : last) : own;
    }
    // 项目的大额设备 → 大额设备: a general owner adds nothing to what is paid for
    else if (GENERIC_HEAD_PATTERN.test(modifier)) thing = head;
    // 列入市近零碳园区试点计划的园区 → 市近零碳园区试点园区: the list it is put on names what is paid for
    else if (LISTED_ON.test(modifier)) thing = modifier.replace(LISTED_ON, '$1') + head;
    // 临床研究批件或默示许可的疫苗 → 临床研究批件疫苗: the first of two ways to qualify names a short head
    else if (head.length <= 4 && /^[^或、，]{3,}或[^或、，]{2,}$/.test(modifier)) thing = modifier.split('或')[0] + head;
    // 其纳统后1年内营业收入超过2000万元的部分: the part is what is paid on, with what it is part of
    else if (/^部分$/.test(head)) thing = modifier.replace(/^其/, '') + head;
    // 事业单位牵头建设的国家重点实验室、国家技术创新中心: who builds them stays with the list
    // (新认定、新引进的国家工程研究中心、…: how they come is no part of them)
    else if (head.includes('、') && modifier.length <= 10 && !/\d/.test(modifier) && !HOW_THEY_COME.test(modifier)) thing = `${modifier}${head}`;
    // 获得省重大科技成就奖的第一完成单位 → 省重大科技成就奖第一完成单位: the award won names what is paid for, with who won it
    else if (AWARD_WON.test(modifier)) thing = modifier.replace(/^(?:首次)?(?:获得|荣获|获)/, '').replace(/项目$/, '') + head;
    // 对年度交易金额超过500万元的企业: a threshold is not what is paid for, the head is; 在广西注册的 neither
    // (落户区内的产业链重点企业: where the receiver is says nothing of what is paid for either; 符合建设规范的并网光伏项目: nor a standard it meets)
    // (首次纳入规上统计的人工智能企业: a status gained is what is paid for, kept with whom however long the two)
    // (推动产业链集聚发展的链主企业: what a receiver brings about is its role, which the head already names)
    else if ((thing.length > 14 && !(STATUS_GAINED.test(modifier) && modifier.length <= 12 && !/\d/.test(modifier))) || THRESHOLD.test(modifier) || /^(?:在|符合)/.test(modifier) || WHERE_IT_IS.test(modifier) || (BRINGING_ABOUT_PATTERN.test(modifier) && RECEIVER_NOUN_END.test(head) && head.length >= 4)) thing = head;
  }
  // 国家工程研究中心、国家级企业技术中心等, nothing after 等: the first named stands for the list
  const closedList = /^([^，]*?[^、，])等$/.exec(thing);
  if (closedList?.[1].includes('、') && closedList[1].split('、')[0].length >= 2) thing = `${closedList[1].split('、')[0]}等`;
  // 关键机器人设备等融资租赁项目 → 融资租赁项目; 典型案例、…典型案例等荣誉 → 典型案例等荣誉
  const etc = /^([^，]*?[^、，])等([^、，]{2,})$/.exec(thing);
  if (etc) thing = etc[1].includes('、') ? `${etc[1].split('、')[0]}等${etc[2]}` : etc[2];
  thing = thing.replace(PROCEDURE_PATTERN, '').replace(/^(?:企业|单位)(?=首次|开展|实施)/, '').replace(/^首次(?:开展|实现)/, '');
  // (纳入限额以上住宿餐饮业统计并新评定的国家四星级旅游饭店: of conditions joined by 并, the one that names the receiver)
  // (符合建设规范的并网光伏项目: not the 并 of 并网, a word of its own)
  const parts = thing.replace(JOINING_AND_OPENING, '').split(JOINING_AND);
  // (not 并成为示范企业, 且被认定为独角兽企业: what a receiver goes on to become is a condition too)
  const named = parts.length > 1 && !RECEIVER_NOUN_END.test(parts[0]) ? parts.slice(1).find((part) => RECEIVER_NOUN_END.test(part) && !BECOMING.test(part)) : undefined;
  // (企业申报并获批的区域商标: or, with no receiver named, the thing after the last condition's 的, which all of them qualify)
  const qualified = !named && parts.length > 1 ? /^([^的]{0,8})的([^的]{2,12})$/.exec(parts[parts.length - 1]) : null;
  const first = named ?? (qualified ? qualified[1] + qualified[2] : parts[0]);
  // 推进大模型垂类应用的主体 → 大模型垂类应用
  const plain = first.replace(BRINGING_ABOUT_PATTERN, '').replace(/^的/, '');
  return plain.length >= 4 ? plain : first;
}

/** 旅游饭店, 龙头企业, 研发机构: a phrase ending on the kind of receiver a payment is made to. */
const RECEIVER_NOUN_END = /(?:企业|单位|项目|机构|平台|中心|基地|园区|载体|团队|合作社|农场|总部|医院|学校|饭店|酒店|宾馆|景区|民宿|旅行社|商户|门店|主体)$/;

/** 成为, 被认定为, 获评: what a receiver becomes, opening a condition. */
const BECOMING = /^(?:成为|被|获评|获得|获|认定为|评为|列入|纳入|入选)/;

/** 期 before the support a count of years is given for (三年期租金补助 → 租金补助). */
const TERM_WORD = new RegExp(`期的?(?=${SUPPORT_GIVEN_FOR_YEARS})`);

/** 落户区内, 注册在本市, 位于园区内: where a receiver is, its only quality. */
const WHERE_IT_IS = /^(?:新)?(?:落户|注册|入驻|位于|设立)(?:在|于)?(?:区内|市内|县内|园区内|本[区市县]|我[区市县])$/;

/** 列入…试点计划, 纳入…名单, 列入国家级…典型应用案例: a list something is put on. */
const LISTED_ON = /^(?:列入|纳入|入选)([^，、的]{3,24}?)(?:计划|名单|目录|库)?$/;

/** A threshold in a condition, in any numerals: 年营业收入在5000万元以上, 研发投入占比达到百分之十以上. */
// (not the digit of a technology's name, 5G全连接工厂, 3D打印, H5页面)
const THRESHOLD = /(?<![A-Za-z]\d*)\d(?!\d*(?:强|名|[A-Za-z]))|百分之|[一二三四五六七八九十百千两]+[万亿]?元|(?<!规模|限额)以上|以下|超过|不低于/;

/** A general head closing a 对-phrase: 对…推进大模型垂类应用的主体. */
const GENERIC_TAIL = /(?:主体|企业|单位|企事业单位|机构)$/;

/** Clauses that say how or when a sum is paid, not what for: 按照…, 给予…, 经评审认定. */
const HOW_CLAUSE = /^(?:按照|按|给予|予以|每年|分别|根据|依(?:据|照)?(?=[^，]{0,12}条件)|经(?:评审|审核)?认定|经[^，]{0,6}?(?:验收|审核|评审|考核|评估)(?:后|合格)?$|最高|补助|奖励|从)/;

/** The 对-phrase that opens a provision: its clauses up to the one naming its head (…推进大模型垂类应用的主体). */
function openingOf(clauses: readonly string[]): number {
  // (…；获得自治区科学技术奖一、二、三等奖的稀土创新主体，分别奖励…: a later provision may name its receivers by what they won, without 对)
  // (凡世界500强企业将生产基地…落户我市，且…的: or 凡, whoever does so)
  if (!/^(?:针对|对于?|凡是?)/.test(clauses[0] ?? '') && !(/^(?:新|首次)?(?:获得|获评|获批|入选)/.test(clauses[0] ?? '') && /的[^的]{2,8}$/.test(clauses[0]) && clauses.length > 1)) return 0;
  // 对…设立并经认定为省级研发机构的: a 对-phrase closed by 的 in its first clause is whole
  if (/的$/.test(clauses[0]) && clauses.length > 1) return 1;
  let closing = -1;
  let holding = -1;
  for (let i = 0; i < clauses.length - 1 && !(i > 0 && HOW_CLAUSE.test(clauses[i])); i++) {
    if (closing < 0 && GENERIC_TAIL.test(clauses[i]) && /的[^的]{0,6}$/.test(clauses[i])) closing = i;
    // 对参数量超过千亿，经…评测性能达到国内领先的通用大模型: a 的 followed by its head closes the phrase;
    // a clause ending in a bare 的 is a condition after it (对申报创新药品，新取得临床试验批件的)
    if (holding < 0 && /的(?!$)/.test(clauses[i])) holding = i;
  }
  return (closing >= 0 ? closing : holding >= 0 ? holding : 0) + 1;
}

/**
 * What a sum is paid for, from the provision it closes: 对X的，Y的，给予… → X + Y. A list with
 * 分别 gives the item in the amount's position. Empty when the provision names no 对 or condition.
 */
/**
 * Where a provision ends: ；/。, the colon of a standard's label before 对 (奖励标准为：对…), a ， before a new 对, a ， after a grant already
 * stated (每家奖励20万元，, 最高补贴5万元/辆，, 企业奖补15万元，), unless another purse pays the same receiver next (…奖补200万元，绍兴市财政给予…).
 */
const PROVISION_END = new RegExp(String.raw`[；。]|(?<=标准(?:为|是))[：:](?=对于?${NOT_OUTWARD})|[，](?:(?:明确|提出|规定)?(?=(?:[\u4e00-\u9fa5]{1,4}?(?:还|也|亦|则)|如|即|比如|例如)?(?:针对|对于?)${NOT_OUTWARD})|(?<=(?:奖励|补贴|补助|资助|支持|奖补)\d+(?:\.\d+)?[万亿]?元(?:\/[\u4e00-\u9fa5]{1,3})?，)(?![\u4e00-\u9fa5]{0,6}财政))`, 'g');
/** 给予每人300万元资助，: a grant stated with its noun after the amount, after which a clause may name its own receiver. */
const GRANT_STATED = /\d[万亿]?元(?:的)?(?:一次性)?(?:奖励|补贴|补助|资助|支持|奖补)，/g;
/** 支持高新技术企业发展对认定的…: a run-in heading that opens the sentence before 对. */
const RUN_IN_HEADING = /^(?:支持|鼓励|促进)[^，。；对（()）]{2,16}(?=(?:[（(]\d{1,2}[)）])?对)/;

/** A condition without its asides and amounts: 年营业收入（含…）首次超过1000万元的 → 年营业收入首次超过的. */
const withoutAmounts = (c: string): string => c.replace(/[（(][^）)]*[）)]/g, '').replace(/\d+(?:\.\d+)?万元|第\d+年/g, '');
/** A condition with no figure outside its asides (第3年 and 2022年 are no figures). */
const digitless = (c: string): boolean => !/\d/.test(c.replace(/[（(][^）)]*[）)]/g, '').replace(/第\d+年|(?:19|20)\d{2}年度?/g, ''));

/** The item in `position` of the nearest list of `count` items in a provision's clauses, back from its last. */
function listedFor(clauses: readonly string[], count: number, position: number): string {
  for (let k = clauses.length - 1; k >= 0; k--) {
    const clause = k === clauses.length - 1 ? clauses[k].slice(0, Math.max(0, clauses[k].lastIndexOf('分别'))) : clauses[k];
    // (企业境内上市按照通过…辅导验收、通过发行审核、上市交易三个节点，分别给予…: the milestones of a thing, counted after them, each
    // named with the thing)
    const counted = MILESTONES_COUNTED.exec(clause);
    const milestones = counted?.[2].split('、');
    if (counted && milestones?.length === count && milestones.every((item) => item.length >= 2 && item.length <= 24)) return joinOverlapping(counted[1], milestones[position]);
    // (各县（市、区）: a list inside an aside is no list of the clause)
    const listed = clause.replace(/^[^\u4e00-\u9fa5“"]+/, '').replace(/^对于?(?=[\u4e00-\u9fa5“]{2})/, '').replace(/^(?:新增|新|首次)?(?:获批|获得|获)?(?:认定)?/, '').replace(/^(?:实施|开展|组织实施)(?=[\u4e00-\u9fa5“]{4})/, '').replace(/[（(][^（()）]*[)）]/g, '').split('、');
    // (实施市级重点研发计划、科技攻关计划、公益性技术研究和市自然科学资金项目，…，分别给予…: the last item may join on 和 or 及)
    const joined = listed.length >= 2 && listed.length === count - 1 ? /^([^和及]{2,16})[和及]([^和及]{2,20})$/.exec(listed[listed.length - 1]) : null;
    const items = joined ? [...listed.slice(0, -1), joined[1], joined[2]] : listed;
    // (总投资2-5亿元、5-10亿元、10-30亿元的重大产业项目: sizes listed before the head they all qualify, each kept with it)
    const last = items[items.length - 1] ?? '';
    const headAt = /\d/.test(items[0] ?? '') ? last.lastIndexOf('的') : -1;
    if (items.length === count && headAt > 0 && last.length - headAt - 1 >= 2 && [...items.slice(0, -1), last.slice(0, headAt)].every((item) => item.length <= 16)) return thingOf(listItem([...items.slice(0, -1), last.slice(0, headAt)], position) + last.slice(headAt + 1));
    if (items.length === count && items.every((item) => item.length >= 1 && item.length <= 24)) return thingOf(listItem(items, position)).replace(/荣誉称号$/, '');
  }
  return '';
}

/** 超过5000万元至2亿元的部分，按2%给予: the band of a sum a share is paid on, closing on 的部分, then how it is paid. */
const BAND_PART = /([^，。；、()（）]{2,40})的部分[，,]\s*(?:按照?)?(?:不超过)?$/;
/** 发放“标注券”（A类），: what a clause hands out (a voucher, a card, by its quoted name), right before the provision after it. */
const HANDED_OUT_BEFORE = /(?:发放|发行|推出|设立)(“[^”]{1,12}”(?:[（(][^（()）]{1,6}[)）])?)[，,]\s*$/;
/** 对新落户总部企业，: the receiver a sentence opens on. */
const OPENING_RECEIVER = /^\s*对([^，。；]{2,20}?)[，,]/;

/**
 * 对新落户总部企业，…在5000万元以内的部分，按1%给予补助；超过5000万元至2亿元的部分，按2%…: a share paid on one band of a sum is
 * named by the receiver the sentence opens on, the payment, and the band in brackets; other names are kept.
 */
function bandPartOf({ sentence, quantities, index, kind }: NamingInput, name: string): string {
  const quantity = quantities[index];
  // (a single 超过…的部分 is named by the sum it is of, elsewhere)
  if (kind !== 'incentive' || quantity.base !== 'percent' || sentence.split('的部分').length < 3) return name;
  const part = BAND_PART.exec(sentence.slice(sentence.lastIndexOf('；', quantity.start) + 1, quantity.start));
  if (!part) return name;
  const payment = /(?:补助|补贴|奖励|资助|扶持|奖补)(?=比例)/.exec(sentence.slice(quantity.end, quantity.end + 12))?.[0] ?? /(?:补助|补贴|奖励|资助|扶持|奖补)/.exec(name)?.[0] ?? '支持';
  const receiver = OPENING_RECEIVER.exec(sentence)?.[1] ?? '';
  // (…高成长型总部实际到位注册资本在5000万元以内: the band's words after whoever is paid)
  const band = part[1].replace(/^.*(?:企业|总部|机构|项目|单位|公司)(?=[\u4e00-\u9fa5]{2,}\d)/, '').replace(/^其中/, '').replace(/^在/, '').replace(/(?<=[\u4e00-\u9fa5])在(?=\d)/, '');
  return `${receiver}${payment}比例（${band}部分）`;
}

/** 且纳入规上服务业企业统计, before the 的 that closes a condition: a further condition. */
const FURTHER_CONDITION = /且[^，。；的和及与]{2,24}(?=的)/;
/** 国家5A级和4A级旅游景区: two things joined by 和, 及 or 与, the second long enough to name its own. */
const PAIR_JOINED = /^([^和及与、]{1,18})[和及与]([^和及与、]{3,20})$/;
/** 首次认定的高新技术企业, 首次认定高企: a condition on how the receiver was recognised, then the receiver. */
const RECOGNISED_AS = /^([^，。；的]{0,8}?)(认定|评定|获批|入选|获评|引进|落户)(的?)([^，。；的]{2,}|(?<=的)[^，。；]{2,})$/;
/** 再次认定, 新落户: a condition on how a receiver came, standing in for another's. */
const RECOGNISING_END = /(?:认定|评定|获批|入选|获评|引进|落户)$/;

/**
 * 国家级企业技术中心 and 省级 → 省级企业技术中心; 首次认定的高新技术企业 and 再次认定 → 再次认定的高新技术企业 (首次认定高企 → 再次认定高企;
 * 新引进的… and 新落户 → 新落户的…); else null.
 */
function parallelSubject(subject: string, own: string): string | null {
  if (LEVEL_ALONE.test(own) && A_LEVEL.test(subject)) return subject.replace(A_LEVEL, own);
  const recognised = RECOGNISED_AS.exec(subject);
  return recognised && RECOGNISING_END.test(own) && own !== recognised[1] + recognised[2] ? `${own}${recognised[3]}${recognised[4]}` : null;
}

/** 企业当年获得…认定的, 企业产品当年获得…的: a condition opening on the receiver it is about. */
const OWN_RECEIVER_FIRST = /^(?:企业|单位|机构|个人|项目|产品)[^，。；的]{4,}的$/;

/** 一二三产业产值占比, 二三产增加值: sectors written by their numerals alone (captured: the words before, the numerals, the words after). */
const SECTORS_BY_NUMERAL = /^(.*?)(一二三|一二|二三)产(?:业)?(.*)$/;

/** 科研机构在茶叶新产品开发获得国家专利: the last receiver of a list, then what the receivers achieve (captured). */
const ACHIEVED_AFTER_RECEIVERS = /^[\u4e00-\u9fa5]{0,8}?(?:企业|机构|单位|团队|个人|协会|合作社|高校|院所|农户)在([^，。；、]{2,30}?(?:获得|获|荣获|入选|通过)[^，。；、]{2,20})$/;

/** 组织省外游客达到3000人次以上: what reaches a floor of a count, the whole of a clause before a payment. */
// (a count of people or things: a measure's floor, 年营业收入首次达到5000万元以上, is the size of who is paid, not what for)
const FLOOR_CLAUSE = /^([\u4e00-\u9fa5]{2,16}?)(?:首次|累计|年度|全年)?(?:达到|达|超过|突破|在)\s*[\d.]+万?(?:人次|人|家|个|辆|批|次|场|团)(?:（含）|\(含\))?(?:及)?以上$/;

/** 高新区重点发展产业项目的补助比例可适当放大: a receiver (captured), then what is said of the rate or standard of its payment. */
const RECEIVERS_RATE_SAID = /^([^，的]{2,30}?)的(?:补助|补贴|奖励|支持|扶持)(?:比例|标准|额度|金额)[^，\d]*$/;

/** 工业战略性新兴产业、高新技术产业产值占规上工业比重: things listed (captured), then the share of a whole they each hold (captured). */
const SHARES_LISTED = /((?:[\u4e00-\u9fa5]{2,12}、)+[\u4e00-\u9fa5]{2,12}?)((?:产值|增加值|收入|营业收入|投资|税收)?占[\u4e00-\u9fa5]{1,10}?(?:比重|比例))/;
/** 两个占比分别达到40%以上和35%以上: the share, of those the sentence listed before, that a spread figure is in turn; '' when none. */
function sharesListedFor({ sentence, quantities, index }: NamingInput): string {
  const quantity = quantities[index];
  const spreadAt = sentence.lastIndexOf('分别', quantity.start);
  const listed = spreadAt > 0 ? SHARES_LISTED.exec(sentence.slice(0, spreadAt)) : null;
  if (!listed) return '';
  const items = listed[1].split('、');
  const position = quantities.filter((q) => q.start > spreadAt && q.start < quantity.start && q.base === quantity.base).length;
  const count = { 两: 2, 二: 2, 三: 3, 四: 4 }[sentence.slice(listed.index + listed[0].length).match(/(两|二|三|四)个(?:占比|比重|比例)/)?.[1] ?? ''];
  return count === items.length && position < items.length ? `${items[position]}${listed[2]}` : '';
}

/** 先导产业奖励10%、主导产业奖励8%、其他产业奖励5%，: categories, each paid its own figure, listed in the clause before (the last
 * one right before its comma). */
const CATEGORIES_PAID = /((?:[\u4e00-\u9fa5]{2,8}?(?:奖励|补助|补贴|奖补|给予)[\d.]+(?:%|[万亿]?元)[、和])+[\u4e00-\u9fa5]{2,8}?(?:奖励|补助|补贴|奖补|给予)[\d.]+(?:%|[万亿]?元))[，,]/;
/** The category of the clause before that a figure spread by 分别为 stands for, in turn; '' when the clause lists none as many. */
function categorySpreadOver({ sentence, quantities, index, clause }: NamingInput): string {
  const quantity = quantities[index];
  const spreadAt = sentence.lastIndexOf('分别为', quantity.start);
  if (spreadAt < clause.start || spreadAt < 0) return '';
  const listed = CATEGORIES_PAID.exec(sentence.slice(Math.max(0, clauseStartAt(sentence, clause.start - 2) - 1), clause.start));
  if (!listed) return '';
  const categories = listed[1].split(/[、和]/).map((item) => /^(?:其中)?([\u4e00-\u9fa5]{2,8}?)(?:奖励|补助|补贴|奖补|给予)/.exec(item)?.[1] ?? '');
  const spread = quantities.filter((q) => q.start > spreadAt && q.end <= clause.end && q.base === quantity.base);
  const position = spread.indexOf(quantity);
  return position >= 0 && spread.length === categories.length && categories.every((c) => c.length >= 2) ? categories[position] : '';
}

/**
 * “十三五”期间每年安排…, “十三五”资金…: a plan period standing in a name, as the time of what follows or before the money set aside (not
 * 十四五末, when a figure is due, nor “十五五”重大项目计划投资, the period a figure averages over).
 */
const PERIOD_IN_NAME = /“?十[一二三四五六]五”?(?:(?:期间|时期)(?=[\u4e00-\u9fa5]{2})|(?=资金|用于|每年|安排))/;

/** 不低于, 不少于, 不超过 closing a name: the bound before the figure. */
const BOUND_CLOSING = /(?<=[\u4e00-\u9fa5]{2})(?:不低于|不少于|不超过|不高于)$/;

/** 政府 right before the payment it makes (政府一次性奖励), not a government paid (乡镇政府奖励). */
const PAYING_GOVERNMENT = /(?<=[\u4e00-\u9fa5]{2})(?<![乡镇地方区县市省州旗])政府(?=(?:分别)?(?:一次性)?(?:给予)?(?:奖励|补助|补贴|奖补|资助))/;

/** 面积, 占地面积, 建筑面积: an area named by itself alone. */
const BARE_AREA = /^(?:总|占地|建筑|规划|建设)?面积$/;
/** 其中杜家镇半截河子村水稻基地一处，: a site the clause before names (captured), and the one of it counted, right before. */
const SITE_BEFORE = /(?:^|[，,；;：:])\s*(?:其中|一是|二是|三是)?[，,]?\s*([\u4e00-\u9fa5]{2,20}?(?:基地|园区|产业园|示范区|小区|中心|农场|牧场|林场|工程|项目))(?:[一1]处|[一1]个|[一1]座)?[，,]\s*$/;

/** 新能源客车的产能: the product a yearly capacity is of (captured), then the capacity itself. */
const CAPACITY_OF_PRODUCT = /^([\u4e00-\u9fa5]{2,12}?)的(?:产能|生产能力)(?![\u4e00-\u9fa5])/;

/** 2、, 10．, 三、, ◎: an item's number or bullet opening a name (not 二、三产业, two numbers of a list). */
const LEADING_ITEM_NUMBER = /^(?:[◎●■▲★◆○□•]+\s*|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．](?=[\u4e00-\u9fa5])(?![一二三四五六七八九十]))/;

/** 本条款实施资金总额, 本项奖励资金: the funds of the item a provision's words speak of as this one, right before their figure (captured). */
const THIS_ITEMS_FUNDS = /(?:本条款|本条|该条款|本项|本政策|本措施)(?:实施|兑现)?((?:奖励|补贴|补助|扶持)?资金(?:总额|规模)?)(?:不超过|控制在|最高)?$/;
/** 单家封顶, 单家企业奖励最高不超过: a cap per receiver, in a clause of its own. */
const UNIT_CAP = /^(?:单家|每家|单个|每个|单户|每户)(?:企业|单位)?(?:奖励|补贴|补助|奖补|资助)?(?:金额|额度)?(?=[^，。；]*(?:封顶|最高|不超过))(?:封顶|最高|累计)*(?:不超过|不高于)?$/;

/** 补贴, 津贴: the words a payment's name ends on, standing alone as a heading over its terms. */
export const PAYMENT_NAME_END = '(?:补贴|补助|奖补|津贴)';
/** 耕地地力保护补贴, 秸秆还田作业补助: a heading naming a payment. */
export const PAYMENT_NAMED_HEADING = new RegExp(`${PAYMENT_NAME_END}$`);

/** How many figures (of one base, if given) the bracket still open at `at` holds, up to its close; 0 when none is open. */
export function figuresInOpenBracket(sentence: string, quantities: readonly Quantity[], at: number, base?: string): number {
  const open = sentence.lastIndexOf('（', at - 1);
  if (open < 0 || sentence.slice(open, at).includes('）')) return 0;
  const close = sentence.indexOf('）', at);
  return quantities.filter((q) => q.start > open && (close < 0 || q.start < close) && (base === undefined || q.base === base)).length;
}

/** 列入, 获评, 被认定为: how the items of a list qualify, opening it. */
const QUALIFIED_BY = /^(?:新)?(?:列入|纳入|入选|获评|获得|被认定为|认定为|评为|被评为)/;

function paidFor(sentence: string, quantities: readonly Quantity[], index: number): string {
  const quantity = quantities[index];
  const before = sentence.slice(0, quantity.start);
  // a provision ends at ；/。, before a new 对, and after a grant already stated (每家奖励20万元，新进入…)
  // 支持高新技术企业发展对认定的…: a run-in heading before 对 ends there too
  const runIn = RUN_IN_HEADING.exec(before);
  const starts = [0, ...(runIn ? [runIn[0].length] : []), ...matchesOf(PROVISION_END, before).map((m) => m.index + m[0].length)];
  // (…给予…600万元的奖励（1000平方米以上标准化猪圈补助6万元、…）: a bracket breaking a sum down opens each part's own provision)
  const breakdown = before.lastIndexOf('（');
  // (the first part only: the parts after it are told apart by their own words after 、; and a bracket of two parts or more,
  // not a note on one payment, 每棒补助5元（羊肚菌等大田种养的每亩补助2000元）)
  if (breakdown > starts[starts.length - 1] && figuresInOpenBracket(sentence, quantities, quantity.start, 'CNY') >= 2 && !/[）、]/.test(before.slice(breakdown)) && /(?:补助|补贴|奖励|奖补|资助)$/.test(before)) starts.push(breakdown + 1);
  const start = starts[starts.length - 1];
  // （责任单位：…）对申报改良型新药: a bracket before 对 belongs to the previous item
  // 每年对市级以上新型研发机构进行绩效评价: a time word may stand before 对
  // (《措施》提出对制造业企业年度新增银行贷款…: so may the document that says it, in news of it; 如对…, 即对…: or how news links it to the words before)
  // 二、对首次获得…的企业, 第三条对新引进…: an item's numbering is no part of what is paid for, nor who will pay (园区将对…, 新政还对…)
  // (…1亿元的、分别给予: a stray 、 closing the conditions is a clause break; so is 的 right before 分别 after conditions with no
  // sizes, 对新牵头组建的…团队的分别给予…, where sizes listed before it are tiers the spread reads whole)
  // (购买5万元（含）至10万元（不含）的车辆: which end of a band is in says nothing of what is paid for)
  // (对人工智能OPC（即由…创办，以大模型为基础，…，以下称OPC）当年…: a bracket saying what a receiver is, commas and all, is no clause of the provision,
  // nor a list of what it takes in, 重点科技型小微企业（包括：获得“专精特新”中小企业、…资质的小微企业）;
  // …使用算力服务费用的50%给予最高20万元补助: nor is the rate of the costs that a cap after it bounds)
  const clauses = before.slice(start).replace(BAND_END_NOTES, '').replace(/[（(](?:即|指|是指|以下简称|以下称)[^（()）]*[)）]|[（(](?:包括|包含|主要包括|例如|如)[^（()），,]*[)）]/g, '').replace(/(?<=费用|投入|金额|额)的[\d.]+%(?=给予|予以)/g, '').replace(/的、(?=分别|给予)/g, '的，').replace(/的(?=分别)/g, (m: string, at: number, text: string) => (/\d/.test(text.slice(text.lastIndexOf('，', at) + 1, at)) ? m : '的，')).replace(ITEM_NUMBER, '').replace(/^(?:[（(][^）)]*[）)]|【[^】]*】)+/, '').replace(/^(?:[^，。；“]{0,24}[:：]\s*)?[“"](?=对)/, '').replace(/^(?:其中|同时|此外|另外|比如[：:，]?|例如[：:，]?|如|即)?(?:[\u4e00-\u9fa5]{1,6}?(?:还|也|亦|则)?(?:将|拟)|[\u4e00-\u9fa5]{1,6}?(?:还|也|亦|则)|《[^《》]{1,30}》(?:提出|明确|规定)[，,：:]?)?(?=对)/, '').replace(/^(?:每年|每季度|每半年|年度)(?=对)/, '').split('，');
  const openingEnd = openingOf(clauses);
  // (对高新区重点发展产业项目的补助比例可适当放大，最高不超过20%: whom the payment is for, not what is said of its rate)
  const opening = clauses.slice(0, openingEnd).join('，').replace(/^(?:针对|对于?|凡是?)/, '').replace(RECEIVERS_RATE_SAID, '$1');
  const spreadAt = before.slice(start).lastIndexOf('分别');
  // 对首次超过1亿元、10亿元和50亿元的企业，给予10万元、50万元、100万元奖励: as many amounts as thresholds pair without 分别
  const run = spreadAt < 0 ? amountRun(sentence, quantities, index) : null;
  const paired = run !== null && quantities.filter((q, i) => i < run.first && q.start >= start && q.base === quantity.base).length === run.count;
  // 对新认定为国家级、自治区级绿色工厂的给予100万元、50万元: a list of levels as long as the amounts after it pairs with them, 分别 or not
  // (首次评为5A级、4A级、3A级的奖励100万元、50万元、20万元: or a list of grades)
  const levelsPaired = spreadAt < 0 && !paired && run !== null && run.count >= 2 && (LEVEL_LIST.exec(before.slice(start)) ?? GRADE_LIST.exec(before.slice(start)))?.[0].split(/[、和及]/).length === run.count;
  // (对获评市级“未来工厂”、省级“未来工厂”试点、省级“未来工厂”的，给予10万元、50万元、100万元: or any list the 对 opens on, as long
  // as the amounts after it, with no size in it)
  const itemsPaired = spreadAt < 0 && !paired && !levelsPaired && run !== null && run.count >= 2 && !/\d/.test(opening) && splitOutsideBrackets(opening.replace(/的$/, ''), /、/g).length === run.count;
  const spread = spreadAt >= 0 || /分别/.test(sentence.slice(quantity.start, quantity.end + 2)) || paired || levelsPaired || itemsPaired;
  // (分别按照…的4%、6%、8%，给予2000万元、5000万元、1亿元的补贴: a list of sums after a list of rates pairs with the same tiers)
  // (not one cap after a spread of rates, 分别按…80%、60%、40%，给予累计最高3000万元: a sum alone pairs with no tier)
  const sameBase = spread ? quantities.filter((q) => q.start > start + Math.max(spreadAt, 0) && q.base === quantity.base).length >= 2 : false;
  const firstAfter = paired || levelsPaired || itemsPaired ? run.first : spread ? quantities.findIndex((q) => q.start > start + Math.max(spreadAt, 0) && (!sameBase || q.base === quantity.base)) : -1;
  const position = firstAfter >= 0 ? index - firstAfter : 0;
  // how many amounts 分别 spreads: 500万元、300万元、100万元 → 3
  // (the run ends at the first longer gap: a later provision's amounts, 分别给予30万元、50万元, are not in it; a note in brackets,
  // 70万元(累计)、50万元, is no gap)
  let spreadCount = 0;
  if (paired || levelsPaired || itemsPaired) spreadCount = run.count;
  else if (spread && firstAfter >= 0) while (firstAfter + spreadCount < quantities.length && (spreadCount === 0 || SPREAD_GAP.test(sentence.slice(quantities[firstAfter + spreadCount - 1].end, quantities[firstAfter + spreadCount].start)))) spreadCount++;
  // conditions: clauses ending in 的 (or 的企业); a threshold names the thing only as a list 分别 spreads
  const conditions = clauses.slice(openingEnd, -1)
    .filter((c) => /的(?:主体|企业|单位|企事业单位|机构)?$/.test(c) && !HOW_CLAUSE.test(c) && (digitless(c) || (spread && c.includes('、') && !/\d/.test(withoutAmounts(c)))) || (spread && c.includes('、') && /的$/.test(c)));
  // 数据要素×大赛获得国家、省级、市级奖项的一次分别奖励20万元: the condition sits in the amount's own clause
  const ownClause = clauses[clauses.length - 1].replace(/(?:\d+(?:\.\d+)?[万亿]?元[、和及])+$/, '');
  // (…给予20万元奖励，再次认定的给予10万元奖励: or in the clause that pays, before its verb)
  // (对首次认定为市级瞪羚企业的一次性奖励5万元: a clause that is the whole provision names its receiver once, as the opening does)
  // (对首次认定高企给予20万元、再次认定10万元的奖励: or between the amount before and its own)
  const own = (/^(.{4,})的(?:一次性?|分别)*(?:奖励|补贴|补助|资助)$/.exec(ownClause) ?? (clauses.length > 1 ? /^([^对]{2,12})的(?:给予|予以)$/.exec(ownClause) : null)
    ?? /(?:给予|奖励|补贴|补助|资助)\d+(?:\.\d+)?[万亿]?元、((?:(?!给予|予以|奖励|补贴|补助|资助)[^、，\d]){2,8})$/.exec(ownClause))?.[1]?.replace(/^对于?(?=.{4})/, '');
  if (own && !/^[每单]/.test(own) && !opening.includes(own)) conditions.push(own);
  // 新进入市级数字经济示范企业每家奖励10万元: a provision of one clause names its thing before the support noun
  const bare = !own && clauses.length === 1 && !openingEnd ? /^(.{4,}?)(?:每家|每个|单个)?(?:一次性)?(?:奖励|补贴|补助|资助)$/.exec(ownClause)?.[1] : undefined;
  if (bare && !/^[每单累年]|给予|予以|按/.test(bare)) conditions.push(bare);
  // 对申报创新药品，…的，奖励…；新取得注册批件的，再奖励…: a later provision of the sentence keeps its 对
  // 营业收入15亿元以上，增速10%以上的，按…奖励；营业收入10亿元—15亿元，…: provisions told apart by the size each pays for
  // (其中，投资3000万元—5000万元的，…: the tier after 其中)
  // (对新引进的工业项目，固定资产投资5000万元至1亿元的，…: or the clause after the opening)
  const sizeTier = spread ? null : sizeTierOf(clauses[0] === '其中' && clauses.length > 2 && clauses[1].endsWith('的') ? clauses[1] : clauses[0], sentence)
    ?? (openingEnd === 1 && clauses.length > 2 && clauses[1].endsWith('的') ? sizeTierOf(clauses[1], sentence) : null);
  if (sizeTier && sizeTiers(sentence) >= 2) {
    // (…；1亿元至5亿元的，按4%给予奖励: a later provision pays whom the sentence's first one opened on)
    const firstOpening = !opening && start > 0 ? /^(?:[^，。；对]{0,20}。)?对于?([^，。；]{2,30}?)[，,]/.exec(sentence.replace(ITEM_NUMBER, ''))?.[1] : undefined;
    const who = opening ? thingOf(opening) : firstOpening ? thingOf(firstOpening) : '';
    // (…至20万元的车辆补贴2000元: the thing the tier is of, where no 对 names who is paid)
    const tierThing = /的([^，；。\d的]{1,8}?)(?:一次性)?(?:奖励|补贴|补助|资助|奖补)$/.exec(clauses[clauses.length - 1])?.[1];
    return sizeTier + (who && !/\d/.test(who) && !who.includes(sizeTier) ? who : tierThing ?? '企业');
  }
  // 给予以下奖励：2000-4000人，按照每人70元奖励；4000人以上-5000人，按照每人100元奖励: provisions told apart by the count each
  // pays for, named with the receiver the sentence opens on
  const countTier = spread ? undefined : clauses.slice(0, -1).map(countTierOf).filter((tier) => tier !== undefined).pop();
  // (对输送游客1000人次至1999人次，…；2000人次至2999人次，…: the first provision's tier may close the clause that opens on whom it pays)
  if (countTier && sentence.split('；').filter((provision) => provision.split('，').some((c) => countTierOf(c) !== undefined || TRAILING_COUNT_TIER.test(c.trim()))).length >= 2) {
    // (入林地接奖方面，活动期间对…旅行社，…: the award a paragraph is about names its tiers before whoever it goes to)
    const about = /^([^，。；]{2,12}?)方面[，,]/.exec(sentence)?.[1];
    const firstOpening = /对于?([^，。；对]{2,40}?)[，,]/.exec(sentence)?.[1];
    // (对输送游客1000人次至1999人次，…；2000人次至2999人次，…: the first provision's own tier is no part of whom the later one pays)
    const who = (about ?? (opening ? thingOf(opening) : firstOpening ? thingOf(firstOpening) : '')).replace(TRAILING_COUNT_TIER, '');
    return `${who}${countTier}`;
  }
  // (自持运营比例达到50%的，次年给予50万元奖励；达到70%的，…: provisions told apart by the share each reaches, a later one's share
  // of the measure the first names)
  const shareTier = spread ? undefined : clauses.slice(0, -1).map((c) => SHARE_TIER.exec(c)).findLast((m) => m !== null);
  // (each provision's clauses read once: the measure is the first one named, and two provisions or more must reach a share)
  const provisionTiers = shareTier ? sentence.split('；').map((provision) => provision.split('，').map((c) => SHARE_TIER.exec(c)).filter((m) => m !== null)) : [];
  const shareMeasure = shareTier ? shareTier[1] || provisionTiers.flat().find((m) => m[1])?.[1] : undefined;
  if (shareTier && shareMeasure && provisionTiers.filter((tiers) => tiers.length > 0).length >= 2) return `${shareMeasure}达${shareTier[2]}`;
  // …；2025年全年营业收入增量超过5000万元的，给予…: a later provision's own size, paid to the thing of the one before
  const ownSize = !opening && !spread ? clauses.slice(0, -1).map((c) => OWN_SIZE.exec(c)?.[1]).find((size) => size !== undefined) : undefined;
  // 对各县区、…开发区当年工业经济发展情况进行综合考评，第一名奖励…: what the places are ranked on names the prize, not the places
  // (…，第一名奖励100万元，第二名奖励50万元: a later rank of the same ranking, after the grant before it)
  const assessed = ASSESSED.exec(opening) ?? (!opening && before[start - 1] === '，' ? ASSESSED.exec(/^对([^，。；]+)[，,]/.exec(sentence)?.[1] ?? '') : null);
  let subjectText = assessed ? `${assessed[1].replace(ASSESSED_PLACES, '')}${assessed[2]}` : opening;
  // 对…企业发放“标注券”（A类），对其实际产生的数据标注业务量，按…给予: 其 refers to what the clause before hands out, which names the payment
  const handedOut = /^其/.test(subjectText) ? HANDED_OUT_BEFORE.exec(before.slice(0, start))?.[1] : undefined;
  if (handedOut) {
    subjectText = handedOut;
    conditions.length = 0;
  }
  // (对新认定的国家级企业技术中心给予100万元奖励，省级的给予50万元: the paying clause's own grade, or its own kind of the condition the
  // opening sets (首次认定的…，再次认定的给予…), stands in for the opening's)
  const parallel = own && subjectText ? parallelSubject(subjectText, own) : null;
  if (parallel) {
    subjectText = parallel;
    conditions.splice(conditions.indexOf(own ?? ''), 1);
  }
  // 支持企业研发总部建设，对符合条件的，给予最高500万元奖励: a receiver named only as qualifying is what the clause before supports
  if (GENERIC_RECEIVER.test(opening.replace(/(?:给予|予以|按照?).*$/, ''))) {
    const whole = SUPPORT_CLAUSE_BEFORE.exec(before.slice(0, start))?.[1];
    const supported = whole && whole.length > 20 ? BUILT_AT_END.exec(whole)?.[1] : whole;
    if (supported) {
      subjectText = supported;
      conditions.length = 0;
    }
  }
  // 新认定的省级示范产业集群中，符合…鼓励发展的产业，给予…: the set a provision picks from names what it pays for
  const among = !subjectText ? clauses.slice(0, -1).map((c) => /^([^，；。对]{4,24}?)(?:之)?中$/.exec(c)?.[1]).find((c) => c !== undefined) : undefined;
  if (among) {
    subjectText = among;
    conditions.length = 0;
  }
  // (…；企业当年获得国家级或省级新产品认定的，分别奖励…: a condition naming its own receiver first borrows none)
  if (!subjectText && (conditions.length || ownSize) && starts.length > 1 && before[start - 1] === '；' && !OWN_RECEIVER_FIRST.test(conditions[0] ?? '')) {
    for (let k = starts.length - 2; k >= 0 && !subjectText; k--) {
      const earlier = sentence.slice(starts[k], starts[k + 1]).replace(/^(?:[（(][^）)]*[）)])+/, '').split('，');
      // (新获批国家级重点实验室、工程技术研究中心的，给予…；新获批省级的，…: or, for a bare grade, the condition it opens on, without 对)
      subjectText = earlier.slice(0, openingOf(earlier)).join('，').replace(/^对于?/, '')
        || (GRADE_CONDITION.test(conditions[0] ?? '') && conditions.length === 1 && earlier.length > 1 && /^[^\d]{4,40}的$/.test(earlier[0]) ? earlier[0].replace(/的$/, '') : '');
    }
    // …国家级创新平台，给予500万元支持；省级的，给予100万元: the same thing of another grade
    // (…；新获批省级的，给予100万元奖励: the grade may keep the verb the first provision opened on)
    const grade = conditions.length === 1 ? GRADE_CONDITION.exec(conditions[0])?.[1] : undefined;
    if (grade && /(?:国家|省|自治区|市|县|区)级/.test(subjectText)) {
      subjectText = subjectText.replace(/(?:国家|省|自治区|市|县|区)级/, grade);
      conditions.length = 0;
    }
  }
  // 企业在主板、创业板、科技板、新三板上市分别给予…; 新增获批认定国级、省级、市级、县级农业龙头企业…，县级分别一次性奖励…:
  // with no 对 and no condition, the nearest list of as many items as amounts says what each is for
  // 支持人工智能共性技术研发平台建设，经评审通过的平台项目，按…给予最高1000万元补助: with no 对 and no condition but a receiver named
  // only as having passed review, what the sentence opens on supporting is what it pays for
  const led = !subjectText && !conditions.length && !spread && clauses.slice(1).some((c) => VETTED_RECEIVER.test(c)) ? SUPPORT_LEAD.exec(clauses[0])?.[1] : undefined;
  if (led) subjectText = led.length > 16 && led.includes('的') ? led.slice(led.lastIndexOf('的') + 1) : led;
  // 组织省外游客达到3000人次以上，按照100元/人予以奖励: a floor the clause before the payment sets names what is paid for
  const floor = !subjectText && !conditions.length && !spread && clauses.length === 2 ? FLOOR_CLAUSE.exec(clauses[0]) : null;
  if (floor && !/\d/.test(floor[1])) subjectText = floor[1];
  if (!subjectText && !conditions.length) return spread && spreadCount >= 2 ? listedFor(clauses, spreadCount, position) : '';
  // only the list nearest 分别 is spread over the amounts: 上榜A、B百强的企业，进入前10名、11—30名的，分别…
  // (国家5A级和4A级旅游景区，分别给予500万元和100万元: two things joined by 和, as two amounts are spread, are a list too)
  // (not where the provision lists its things with 、, whatever a list of sizes hid them from the conditions)
  // (对新评定为国家5A级和4A级且纳入规上服务业企业统计的景区，分别…: a further condition joined by 且 is no part of either item)
  if (spread && spreadCount === 2 && /和|及|与/.test(subjectText)) subjectText = subjectText.replace(FURTHER_CONDITION, '');
  // (the list before the first amount spread, not the 、 between the amounts: 分别给予不超过20万元、10万元)
  const listEnd = firstAfter >= 0 ? Math.min(quantities[firstAfter].start, before.length) : before.length;
  const pairOf = (text: string): RegExpExecArray | null => (spread && spreadCount === 2 && !before.slice(start, listEnd).includes('、') ? PAIR_JOINED.exec(text) : null);
  const spreadList = [subjectText, ...conditions].filter((c) => c.includes('、') || pairOf(c)).pop();
  const pick = (text: string, source: string): string => {
    const pair = source === spreadList ? pairOf(text) : null;
    const listed = pair ? [pair[1], pair[2]] : text.split('、');
    // (国家级、省级、市级和县级专业展会: the last item may join on 和 or 及)
    const joined = spread && listed.length >= 2 && listed.length === spreadCount - 1 ? /^([^和及]{1,16})[和及](.+)$/.exec(listed[listed.length - 1]) : null;
    const items = joined ? [...listed.slice(0, -1), joined[1], joined[2]] : listed;
    if (items.length < 2) return text;
    if (spread && source === spreadList && (items.length === spreadCount || spreadCount === 0)) return listItem(items, position);
    // 对新认定的国、省、市级科技企业孵化器、众创空间，分别…: the grades are spread, the things after them shared
    const grades = items.slice(0, spreadCount);
    if (spread && source === spreadList && spreadCount >= 2 && items.length > spreadCount && grades.slice(0, -1).every((item) => item.length <= 2) && /^[^级]{1,3}级/.test(grades[grades.length - 1])) {
      return [listItem(grades, position), ...items.slice(spreadCount)].join('、');
    }
    // (各企业、科研机构在茶叶新产品开发获得国家专利: receivers listed, then what they achieve, which names what is paid for)
    const achieved = spread ? null : ACHIEVED_AFTER_RECEIVERS.exec(items[items.length - 1]);
    if (achieved) return achieved[1];
    // (互联网、软件和信息技术服务业企业: a short list of kinds, all paid alike, is named whole)
    return !spread && text.length <= 16 && items.length <= 3 ? text : `${items[0]}等`;
  };
  // 获得国家制造业“单项冠军”, 获得上海市制造业“单项冠军”: the words before the quote tell parallel items apart
  // 纳入“三大改造”重点企业库名单: a list to be on is a condition, not what is paid for
  // (省级“链主”“链核”企业: quotes side by side are one name, and 为 after 认定 links no part of it)
  // (对国家智能制造示范工厂揭榜单位、优秀场景、系统解决方案“揭榜挂帅”企业: a quote in the last of several items, all paid alike, names none of the others)
  // (采用“委外加工”（或“无工厂制造”）模式的纳统工业企业: an aside in brackets, however it is quoted, is no part of the name)
  const unasided = subjectText.includes('“') ? subjectText.replace(/[（(][^（()）]{1,20}[)）]/g, '') : subjectText;
  const quotedMatch = /[^，、的且和与及“”]{0,12}“[^”]{2,16}”(?:“[^”]{2,16}”)*(?:(?!给予|予以|一次|奖励|补贴|补助|资助|奖补)[^，、的且和与及“]){0,6}(?!单)/.exec(unasided);
  // (not 获得省、市级“支持企业升级改造”扶持资金: grades listed before the quote share it)
  const listedBefore = quotedMatch ? unasided.slice(0, quotedMatch.index + quotedMatch[0].indexOf('“')) : '';
  const lastOfSeveral = listedBefore.includes('、') && !GRADE_WORD.test(listedBefore.slice(listedBefore.lastIndexOf('、') + 1)) && !unasided.slice(listedBefore.length).includes('、');
  const quoted = (quotedMatch && !(spreadCount < 2 && lastOfSeveral) ? quotedMatch : null)?.[0].replace(PROCEDURE_PATTERN, '').replace(BRINGING_ABOUT_PATTERN, '').replace(LEADING_VERB, '').replace(/^为(?=.{2})/, '').replace(/^.*(?:名单|库名|库)$/, '') || undefined;
  // 对年主营业务收入首次超过50亿元、100亿元…的头雁企业，分别给予…: each amount goes with its own threshold
  // (对工业销售收入首次突破200亿元、150亿元…的、分别给予…: the tiers may close on 的 alone)
  // (对年产值首次达到1亿元、…10亿元，且同比增速达到15%的工业企业: or on a further condition)
  // (…分三个档次给予补助，当年设备总投入100万元—200万元、200万元—300万元、300万元以上的技术改造项目，分别按…: sizes tiered in a clause of their own)
  const tierOf = spread && spreadCount >= 2 ? TIER_LIST.exec(subjectText.replace(ALSO_CONDITION, '的').replace(SPREAD_TAIL, '')) ?? clauses.slice(openingEnd, -1).map((c) => TIER_LIST.exec(c.replace(/[（(][^）)]*[）)]/g, ''))).find((m) => m !== null && /\d[万亿]*元/.test(m[1])) ?? null : null;
  // (符合…政策要求、年销售收入首次突破100亿元、500亿元…: a condition listed before the sizes is no tier)
  const listed = tierOf?.[1].split(/、|和(?=\d)/);
  const tiers = listed?.slice(Math.max(0, listed.findIndex((t) => /\d/.test(t))));
  const tierHead = tiers ? tiers[0].slice(0, tiers[0].search(/\d/)) : '';
  const tier = tiers && tiers.length === spreadCount && position < tiers.length && tiers.slice(1).every((t) => /^\d/.test(t)) ? (position > 0 ? tierHead : '') + tiers[Math.min(position, tiers.length - 1)] + (tierOf?.[2] ?? '') : '';
  // 对新认定国家级及省级制造业创新中心，分别给予50万元、20万元: the levels are what 分别 spreads
  const levels = spread && spreadCount === 2 && !tier ? /(国家级|省级|市级)(?:及|和|、)(省级|市级|区级|县级)/.exec(subjectText) : null;
  const leveled = levels ? thingOf(subjectText.replace(levels[0], levels[1 + Math.min(position, 1)])) : '';
  // 对工业投资考核前三名的县（市、区）、开发区，分别可获奖励50万元、40万元、30万元: the ranks are what 分别 spreads
  // (对每季度考核排名前六位的乡（镇）分别按20万元、15万元…给予: or 位)
  const ranks = spread && spreadCount >= 2 && !tier && !leveled ? /前([二两三四五六七八九十])([名位])/.exec(subjectText) : null;
  const ranked = ranks && numeralValue(ranks[1]) === spreadCount && position < spreadCount ? thingOf(subjectText.replace(/(?:分别|均).*$/, '').replace(ranks[0], `第${'一二三四五六七八九十'[position]}${ranks[2]}`)) : '';
  // 对首次认定和通过复审的高新技术企业，分别给予最高20万元、10万元: two ways of qualifying, one for each amount
  const joined = spread && spreadCount === 2 && !tier && !leveled && !ranked ? TWO_WAYS_JOINED.exec(subjectText) : null;
  const either = joined ? `${joined[1 + Math.min(position, 1)]}的${joined[3]}` : '';
  const qualified = either || (spread && spreadCount >= 2 && !tier && !leveled && !ranked ? stageListItem(subjectText, spreadCount, position) || statusListItem(subjectText, spreadCount, position) || qualifierListItem(subjectText, spreadCount, position) || ownerListItem(subjectText, spreadCount, position) : '');
  const subjectThing = subjectText && !(quoted && !spread) ? thingOf(subjectText) : '';
  if (ownSize && subjectThing && !/\d/.test(subjectThing)) return ownSize + subjectThing;
  // 对获得国家科学技术奖特等奖、一等奖、二等奖，第一完成单位注册地在本市的重点产业企业，分别给予…: a list as long as the amounts in an
  // earlier clause of the opening names each payment, where the receiver closing the opening is one for all of them
  const listedEarlier = spread && spreadCount >= 2 && !tier && !leveled && !ranked && !qualified && subjectText.includes('，') && !subjectThing.includes('、')
    ? listedFor([...subjectText.split('，').slice(0, -1), ''], spreadCount, position) : '';
  // (对符合条件的高校毕业生及其创办的小微企业，分别提供…30万元和400万元: two receivers joined by 及, the second's head after a 的)
  const joinedPair = spread && spreadCount === 2 && !tier && !leveled && !ranked && !qualified && !listedEarlier && !/[和及与]/.test(subjectThing) ? PAIR_JOINED.exec(subjectText.replace(/^符合条件的/, '')) : null;
  const pairItem = joinedPair ? thingOf(joinedPair[1 + Math.min(position, 1)].replace(/^其/, '')) : '';
  // (对获得省、绍兴市公共数据开放大赛奖项一、二、三等奖的，分别奖励8万元、6万元、4万元以及3万元、2万元、1万元: grades of each level
  // in turn, as many amounts as levels times grades)
  const crossed = spread && spreadCount >= 4 && !tier && !ranked ? LEVELS_BY_GRADES.exec(subjectText.replace(/^对?(?:获得|获评|荣获)?/, '')) : null;
  const crossLevels = crossed?.[1].split('、') ?? [];
  const crossGrades = crossed ? [crossed[3], ...crossed[4].split('、').filter(Boolean)] : [];
  const crossItem = crossed && crossLevels.length * crossGrades.length === spreadCount && position < spreadCount
    ? `${crossLevels[Math.floor(position / crossGrades.length)]}${crossed[2]}${crossGrades[position % crossGrades.length]}${crossed[5]}` : '';
  // (对列入A、B，获评C、D、E的，分别给予五笔: the opening's list and its condition's, each opened by how its items qualify, make one list)
  const across = spread && spreadCount >= 2 && conditions.length === 1 && subjectText.includes('、') && conditions[0].includes('、')
    ? [subjectText, conditions[0]].flatMap((c) => c.replace(/的$/, '').replace(QUALIFIED_BY, '').split('、')) : [];
  const acrossItem = across.length === spreadCount && across.every((item) => item.length >= 2) ? across[Math.min(position, across.length - 1)] : '';
  if (acrossItem) conditions.length = 0;
  const thing = crossItem || acrossItem || tier || leveled || ranked || qualified || listedEarlier || pairItem || (subjectThing ? thresholdKept(subjectText, subjectThing, clauses[clauses.length - 1], sentence, spread) ?? pick(subjectThing, subjectText) : '');
  // 对参加“数据要素×”大赛…全国总决赛一、二、三等奖的企事业单位 → “数据要素×”大赛全国总决赛二等奖
  // (…宁波“单项冠军”示范企业、省“隐形冠军”培育企业…，分别…: items spread from the list, each with its own quote, take no other's)
  const ownQuotes = spread && spreadCount >= 2 && spreadList === subjectText && (subjectText.match(/“/g)?.length ?? 0) >= 2;
  // (二、对新认定的国家级、省级专精特新“小巨人”企业，分别…: a thing the list spread already quotes takes no second copy of the quote)
  // (…“驼鹿”等科创 and 科创“新物种”: the words the quote's run and the thing share are said once)
  const subject = quoted && !spread ? quoted : quoted && !thing.includes(quoted) && !thing.includes(/“[^”]+”/.exec(quoted)?.[0] ?? quoted) && !ownQuotes ? joinOverlapping(quoted, thing) : thing;
  let name = subject;
  for (const condition of conditions) {
    // (支持…企业发展，年主营业务收入首次达到1亿元、5亿元、10亿元的，分别…: the tier named is this condition's, said once)
    if (tier && tierOf && condition.includes(tierOf[1])) continue;
    // (经市…领导小组办公室组织专家认定为优秀企业、示范企业的: the body that recognises them names nothing paid for)
    const recognised = condition.replace(RECOGNISED_BY_BODY, '');
    const detail = pick(thingOf(recognised), condition);
    if (detail && !name.includes(detail)) name += detail;
  }
  // 对新认定的市级“智能工厂”“数字化车间”，分别给予企业20万元、10万元: quotes side by side, as many as the amounts, are what 分别 spreads
  // (“瞪羚”“潜在独角兽”“独角兽”“驼鹿”等科创“新物种”: the kind the quotes are examples of goes with them, each named on its own)
  const sideBySide = spread && spreadCount >= 2 ? QUOTES_SIDE_BY_SIDE_OF_KIND.exec(name) : null;
  if (sideBySide && sideBySide[1].match(/“/g)!.length === spreadCount) {
    const names = sideBySide[1].match(/“[^”]+”/g)!;
    name = name.replace(sideBySide[0], names[Math.min(position, names.length - 1)]);
  }
  // (“标注券”（A类）: the class of what is handed out, which an aside's removal dropped, tells two alike apart)
  const handedClass = handedOut ? /[（(][^（()）]+[)）]$/.exec(handedOut)?.[0] : undefined;
  return handedOut && handedClass && !name.includes(handedClass) ? name.replace(handedOut.slice(0, -handedClass.length), handedOut) : name;
}

/**
 * 对进入Ⅰ、Ⅱ、Ⅲ期临床试验阶段的品种，分别给予…: the stages a thing reaches, listed before its head and as many as the amounts, are
 * what 分别 spreads; each stage is named without the head (进入Ⅱ期临床试验阶段). Empty when the list is not of that many.
 */
function stageListItem(subject: string, count: number, position: number): string {
  const m = STAGES_BEFORE_HEAD.exec(subject.replace(SPREAD_TAIL, ''));
  const items = m?.[1].split('、');
  return items && items.length === count && items.every((item) => item.length >= 1 && item.length <= 24) ? listItem(items, position) : '';
}

/** 企业境内上市按照…辅导验收、通过发行审核、上市交易三个节点: a thing (captured), then its milestones listed (captured) and counted. */
const MILESTONES_COUNTED = /^([^，、]{2,12}?)(?:按照|按)((?:[^、，]{2,24}、)+[^、，]{2,24}?)[两二三四五六七八九十\d]{1,2}个(?:节点|阶段|环节|步骤)$/;

/** 进入Ⅰ、Ⅱ、Ⅲ期临床试验阶段的品种, 完成临床前研究、…取得注册批件的: stages reached (进入, 完成, 取得), then 的 and a short head or none. */
const STAGES_BEFORE_HEAD = /^(?:当年|新)?((?:进入|完成|取得|通过)[^，的]*、[^，的]*)的(?:[^、，的]{1,6})?$/;

/** 符合条件的, 符合研发条件的企业: a receiver named only as qualifying. */
const GENERIC_RECEIVER = /^(?:对于?)?符合[^，。；、]{0,8}?条件的(?:企业|项目|单位|主体)?$/;
/**
 * 支持企业研发总部建设， right before the provision: what the sentence supports, without its verb (鼓励…打造应用场景示范项目，
 * 经综合评价，: a review between them too).
 */
const SUPPORT_CLAUSE_BEFORE = /(?:^|[，。；,])\s*(?:支持|鼓励)([^，。；,\d]{4,60})[，,]\s*(?:经[^，。；,]{0,10}?(?:评审|评价|评估|认定|审核)(?:通过)?[，,]\s*)?$/;
/** …运用人工智能大模型技术打造应用场景示范项目: what a long supported clause builds, its last verb's object. */
const BUILT_AT_END = /(?:打造|建设|建立|创建|开展|实施|培育|引进)([^，。；、\d打建创开实培引]{4,16})$/;
/**
 * 最高一次性补助, 最高经费支持 closing a payment's name: the cap said before the payment, named after it (一次性给予最高不超过500万元补助
 * → 一次性补助上限, 给予最高200万元经费支持 → 经费支持上限).
 */
const CAP_BEFORE_PAYMENT = /最高((?:研发经费|经费|资金|运营|一次性)?(?:补助|奖励|补贴|资助|奖补|支持|贴息|(?:小额)?(?:担保)?贷款)(?:单价|标准|金额|额度|额)?)$/;
/** 经评审通过的平台项目: a receiver named only as having passed review. */
const VETTED_RECEIVER = /^\s*经[^，。；]{0,6}?(?:评审|认定|审核|评估)(?:通过)?的[^，。；]{0,6}$/;
/** 支持人工智能共性技术研发平台建设 opening a sentence that pays: what it supports. */
const SUPPORT_LEAD = /^\s*(?:支持|鼓励)([^，。；\d]{4,40})$/;
/** 首次认定和通过复审的高新技术企业: two ways of qualifying joined by 和, before what both qualify. */
const TWO_WAYS_JOINED = /^([^、，的和]{2,10})和([^、，的和]{2,10})的([^、，的]{2,12})$/;

/** “智能工厂”“数字化车间”: quoted names set side by side, and the kind after 等 they are examples of (等科创“新物种”), if any. */
const QUOTES_SIDE_BY_SIDE_OF_KIND = /((?:“[^”]{2,16}”){2,})(?:等[^，。；、“”\d]{0,6}(?:“[^”]{2,16}”)?)?/;

/** 首次入选…等科创 + 科创“新物种” → 首次入选…等科创“新物种”: two pieces of a name joined, the words the first ends on and the second opens with said once. */
function joinOverlapping(first: string, second: string): string {
  for (let k = Math.min(first.length, second.length - 1); k >= 2; k--) if (first.endsWith(second.slice(0, k))) return first + second.slice(k);
  return first + second;
}

/** 2000-4000人, 4000人以上-5000人, 5000人以上: a band of a count standing as a clause of its own, the tier a rate is paid on. */
const COUNT_TIER = /^\s*((?:[\d.]+(?:人次|人|家|台|辆|户)?(?:以上|以下)?[-—–~至到])?[\d.]+(?:人次|人|家|台|辆|户)(?:以上|以下)?)\s*$/;
/** 游客1000人次至1999人次 → 游客: a count band closing a name. */
const TRAILING_COUNT_TIER = /(?<=[\u4e00-\u9fa5]{2})(?:[\d.]+(?:人次|人|家|台|辆|户)?(?:以上|以下)?[-—–~至到])?[\d.]+(?:人次|人|家|台|辆|户)(?:以上|以下)?$/;
/** The count tier a clause stands for, after any label before its colon (给予以下奖励：2000-4000人 → 2000-4000人). */
/** 自持运营比例达到50%的, 楼宇使用面积占比达到60%的, 达到70%的: the share a provision's first clause says its receiver reaches. */
const SHARE_TIER = /^(?:[^，。；\d]*?的)?([\u4e00-\u9fa5]{2,12}?(?:比例|占比|比重|率))?(?:达到|达|超过|在)(\d+(?:\.\d+)?%)(?:及)?(?:以上)?的$/;
const countTierOf = (clause: string): string | undefined => COUNT_TIER.exec(clause.replace(/^.*[：:]/, ''))?.[1];

/** 营业收入15亿元以上, 营业收入10亿元—15亿元 closing a provision's first clause: the size tier it pays for. */
// (not 亿元至5亿元 inside 1亿元至5亿元, a band written bare)
const SIZE_TIER = /(?<![\d.万亿元至—–\-~])((?![月年季度])[\u4e00-\u9fa5]{2,8}?\d+(?:\.\d+)?[万亿]?元(?:[—–\-~至]\d+(?:\.\d+)?[万亿]?元)?(?:以上|以下)?)(?:的[\u4e00-\u9fa5]{0,6})?$/;
function sizeTierOf(clause: string, sentence?: string): string | null {
  // (投资3000万元（含）—5000万元（不含）的: the notes on which end is in say nothing of the tier)
  const unnoted = clause.replace(/^对于?/, '').replace(BAND_END_NOTES, '');
  const tier = SIZE_TIER.exec(unnoted)?.[1].replace(/^(?:对于?|年度?|全年)/, '') ?? null;
  // (首次超过1亿元, 增量超过1000万元: a size crossed names its payment as it is written, thresholdKept's way)
  if (tier) return !CROSSED_OR_GROWN.test(tier) ? tier : null;
  // (固定资产投资5000万元至1亿元的，…；1亿元至5亿元的，…: a later band written bare is of the measure the sentence's first tier names)
  const band = sentence ? BARE_BAND.exec(unnoted)?.[1] : undefined;
  const measure = band && sentence ? /([\u4e00-\u9fa5]{2,8}?)\d+(?:\.\d+)?[万亿]?元(?:[—–\-~至]\d+(?:\.\d+)?[万亿]?元)?(?:以上|以下)?的/.exec(sentence.split('；')[0])?.[1].replace(/^(?:对于?|年度?|全年)/, '') : undefined;
  return band && measure && !CROSSED_OR_GROWN.test(measure) ? measure + band : null;
}
/** 1亿元至5亿元的, 5亿元以上的: a band of a size written bare, opening a provision. */
const BARE_BAND = /^(\d+(?:\.\d+)?[万亿]?元(?:[—–\-~至]\d+(?:\.\d+)?[万亿]?元)?(?:以上|以下)?)的?$/;
/** How many of a sentence's provisions (parts between ；) open on a size tier of their own. */
// (…5000万元以上的企业奖补15万元，技改投入3000万元至5000万元的企业奖补10万元: or after a grant stated, where provisions run on with commas)
function sizeTiers(sentence: string): number {
  return new Set(sentence.split(PROVISION_END).map((provision) => sizeTierOf(provision.replace(/^其中[，：](?=[^，]*的，)/, '').split('，')[0], sentence)).filter((tier) => tier !== null)).size;
}

/** …10亿元，且同比增速达到15%的工业企业: a further condition after the tiers, the tiers closing without their 的. */
const ALSO_CONDITION = /(?<=\d[万亿]?元)，(?:且|并且|同时)[^，]*的(?=[^的，]{0,12}$)/;
/** 年主营业务收入首次超过50亿元、100亿元、200亿元的头雁企业: sizes listed as tiers, each with the amount in its place. */
/** …的企业分别给予1万元、2万元、: the spreading words and the amounts before this one, after the tiers' receiver. */
const SPREAD_TAIL = /(?:分别|均)(?:按)?(?:给予|予以)?(?:[\d.]+[万亿]?元、)*$/;
const TIER_LIST = /^([^的，]*\d[^、的，]*(?:、[^、的，]{1,20}){1,})的(?:([^的，、]{2,16})|、?)$/;

/** The verbs of a size crossed: 超过, 突破, 达到, 过. */
const CROSSES = '超过|突破|达到|超|达|过';
/** 首次超过1亿元, 增量超过1000万元: a size crossed or grown, not a tier a payment is sorted by. */
const CROSSED_OR_GROWN = new RegExp(`${CROSSES}|首次|增量`);
/** 元, 美元, 港元: the currencies a size may be written in (年进出口额首次突破1亿美元). */
const CURRENCY = `(?:${FOREIGN_CURRENCY}|元)`;
/** A condition that sets a size to reach: 年建筑业产值首次超过25亿元不足100亿元的. */
// (每天实际在岗人数200人至500人之间的企业: or a count of staff)
const SIZE_CONDITION = new RegExp(String.raw`^[^，、的]{0,16}?(?:首次)?(?:${CROSSES}|在)?[\d.]+(?:[万亿]?${CURRENCY}|人)?(?:以上|以下)?(?:[^，、的]{0,8}?[\d.]+(?:[万亿]?${CURRENCY}|%|人)?(?:以上|以下|之间)?)?的(?=[^，、的]{2,16}$)`);
/**
 * 对年建筑业产值首次超过25亿元不足100亿元的建筑业企业，给予…；对…超过20亿元且增幅超过15%的建筑业企业，给予…:
 * where a sentence pays firms of one kind by the size each reaches, the size tells its payments apart
 * (`thing`: what thingOf makes of the subject, which drops the size).
 */
function thresholdKept(subjectText: string, thing: string, ownClause: string, sentence: string, spread: boolean): string | null {
  if (spread || !SIZE_CONDITION.test(subjectText) || /\d/.test(thing)) return null;
  // (不超过200万元 caps the payment: no size)
  const sizes = sentence.match(SIZES_NAMED) ?? [];
  // one size names the payment when it is crossed (首次突破10亿元的); a class by size (达到3亿元以上的) is who qualifies
  if (sizes.length === 0 || (sizes.length === 1 && /[\d.]+(?:[万亿]*元|人)及?以上/.test(subjectText))) return null;
  // (…的建筑业企业，给予最高40万元奖励，首次超过100亿元的给予最高300万元奖励: a later tier states its own size)
  const own = OWN_TIER.exec(ownClause);
  if (own) return own[1] + thing;
  return subjectText.replace(/[（(][^）)]*[）)]/g, '').replace(/的(?=[^的]{2,16}$)/, '');
}
/** 首次超过100亿元, 突破5000万元以上: a size crossed, which names the payment for it. */
const SIZE_CROSSED = String.raw`(?:首次)?(?:${CROSSES})[\d.]+[万亿]?元(?:以上)?`;
/** 超过100亿元, 不足100亿元 (not 不超过, 最高, 通过): the sizes a sentence's payments are told apart by. */
// (人数超500人, 人数200人至500人之间: staff counted)
const SIZES_NAMED = new RegExp(String.raw`(?<![不最高通经越])(?:${CROSSES}|不足|在)[\d.]+[万亿]${CURRENCY}|人数(?:${CROSSES})?[\d.]+人`, 'g');
/** 2025年全年营业收入增量超过5000万元的: a clause that is a size alone, closing on 的. */
const OWN_SIZE = new RegExp(`^([^，、的对]{0,16}?${SIZE_CROSSED})的$`);
/** 首次超过100亿元的给予最高: the size a later tier of a provision pays for. */
const OWN_TIER = new RegExp(`^(${SIZE_CROSSED})的(?:给予|予以|奖励|补助|补贴)(?:一次性)?(?:最高)?(?:不超过)?$`);

/**
 * 对被新认定为国家、省、市企业技术中心的规模以上工业企业，一次性分别奖励… → 新认定省企业技术中心: the statuses a receiver is
 * newly granted, listed before it and as many as the amounts, are what 分别 spreads, each named with how it is granted.
 */
function statusListItem(subjectText: string, count: number, position: number): string {
  const m = STATUS_LIST.exec(subjectText.replace(SPREAD_TAIL, ''));
  const items = m?.[3].split('、');
  // (国家重点新产品和省、市优秀新产品并形成产业化、产生效益: items joined or running into a further condition list no statuses)
  if (!m || !items || items.length !== count || items.some((item) => item.length < 1 || item.length > 16 || /[和并且及与]/.test(item))) return '';
  // (国家、省、市企业技术中心 shares the last item's words; 中国驰名商标、省知名品牌 stands whole, as listItem reads any list)
  return `${m[1] ?? ''}${m[2]}${listItem(items, position)}`;
}
/** 被国家、省工商部门新认定为中国驰名商标、江西省著名商标的规模以上工业企业: who grants (left out), how, the statuses listed, then 的 and the receiver. */
const STATUS_LIST = /^(?:被[^，的]{0,12}?)?(新)?(认定|评为|评定|命名|授予|获评)(?:为)?([^，的]*、[^，的]*)的[^、，的]{2,12}$/;

/**
 * 对整条生产线、整个车间和整个工厂进行智能化改造的技术改造项目，分别给予… → 整条生产线智能化改造技术改造项目:
 * a list in what qualifies the thing paid for, as long as the amounts, is what 分别 spreads.
 */
function qualifierListItem(subjectText: string, count: number, position: number): string {
  const m = /^([^，的]+)的([^，的、]{2,16})$/.exec(subjectText);
  if (!m) return '';
  const items = m[1].split(/[、和及与]/);
  const last = items[items.length - 1];
  const verbAt = last.search(/进行|实施|开展|完成|实现/);
  if (items.length !== count || verbAt < 2 || items.slice(0, -1).some((item) => item.length < 2 || item.length > 8)) return '';
  const named = [...items.slice(0, -1), last.slice(0, verbAt)];
  const shared = last.slice(verbAt).replace(/^(?:进行|实施|开展)/, '');
  return named[Math.min(position, count - 1)] + shared + m[2];
}

/**
 * 对获得…申请的大型载人无人驾驶航空器、大型非载人无人驾驶航空器、中型无人驾驶航空器的生产企业，分别给予… →
 * 大型非载人无人驾驶航空器生产企业: a list as long as the amounts, of what the receivers own, read item by item.
 */
function ownerListItem(subjectText: string, count: number, position: number): string {
  const m = /(?:^|的)([^，的]+)的([^，的、]{2,8})$/.exec(subjectText.replace(/[（(][^）)]*[）)]/g, '').replace(/(?:分别)?(?:给予|予以).*$/, ''));
  if (!m) return '';
  // (获得国家科学技术奖一、二等奖的稀土创新主体: grades listed by their numerals alone share the words around them)
  // (…等奖的企业: a generic receiver leaves the grade to name the payment the plainer way)
  const graded = GENERIC_HEAD_PATTERN.test(m[2]) ? null : GRADES_LISTED.exec(m[1].replace(/^(?:获得|荣获|获)/, ''));
  const listed = graded ? [graded[2], ...graded[3].split('、').slice(1)].map((grade) => graded[1] + grade + graded[4] + graded[5]) : m[1].split('、');
  // (创建安全标准化二级、一级的企业: grades after the first written alone share the words before the first's grade)
  const firstGrade = listed.length >= 2 ? NUMBERED_GRADE_END.exec(listed[0]) : null;
  const items = firstGrade && firstGrade.index >= 2 && listed.slice(1).every((item) => NUMBERED_GRADE.test(item)) ? listed.map((item, i) => (i === 0 ? item : listed[0].slice(0, firstGrade.index) + item)) : listed;
  if (items.length !== count || items.some((item) => item.length < 2 || item.length > 16)) return '';
  return items[Math.min(position, count - 1)] + m[2];
}

/** 经市…办公室组织专家认定为: a body's recognition opening a condition, up to what it recognises the receiver as. */
const RECOGNISED_BY_BODY = /^经[^，。；、的]{2,30}?(?:认定|评定|评审|审定|评选)为/;
/** 二级, 一等奖, 5A级, 四星级: a grade by numeral or letter and its word, ending an item of a list (NUMBERED_GRADE: the whole item). */
const NUMBERED_GRADE_END = /[一二三四五六七八九十两\dA-Z]{1,2}(?:级|等奖|星级|类|档)$/;
const NUMBERED_GRADE = new RegExp(`^${NUMBERED_GRADE_END.source}`);
/** 省、绍兴市公共数据开放大赛奖项一、二、三等奖: levels listed, then what they award and its grades listed by numeral. */
const LEVEL_NAME = '(?:国家级?|省级?|市级?|区级?|县级?|[\\u4e00-\\u9fa5]{2,4}?[省市区县]级?)';
const LEVELS_BY_GRADES = new RegExp(`^(${LEVEL_NAME}(?:、${LEVEL_NAME})+)([^、，。；\\d]{2,16}?)([一二三四五六七八九十])((?:、[一二三四五六七八九十])+)(等奖)`);
/** 国家科学技术奖一、二等奖, 自治区科学技术奖一、二、三等奖: grades listed by numeral, the suffix written once. */
const GRADES_LISTED = /^(.*?)([一二三四五六七八九十])((?:、[一二三四五六七八九十])+)(等奖|级|类|档|批|星级?)(.*)$/;

/** /人, /千瓦时 and a note in brackets (（高职院校）) after an amount: the unit it is paid per and what it is for. */
const PER_UNIT_AND_NOTE = String.raw`(?:[/／][\u4e00-\u9fa5·]{1,4}?(?=的|[、和及（(，。；]|$))?(?:[（(][^（()）]*[)）])?`;
/** /人（高职院校）、3000元/人（中职院校）: what is left of a run of amounts after its first, each with its unit and note. */
const AMOUNT_RUN_TAIL = new RegExp(String.raw`^${PER_UNIT_AND_NOTE}(?:[、和及][\d.]+[万亿]?元${PER_UNIT_AND_NOTE})*`);
/** The support noun with what qualifies it: 最高500万元科研经费补助 → 科研经费补助; 分别奖励800万元 → 奖励. */
function qualifiedSupport(sentence: string, quantity: Quantity): string {
  // (分别给予5000元/人（高职）、3000元/人（中职）的人才培养奖励: the payment named after the run names each amount of it)
  const after = sentence.slice(quantity.end).replace(AMOUNT_RUN_TAIL, '').split(/[，；。]/)[0].replace(/^(?:的|左右)/, '');
  const next = /^([\u4e00-\u9fa5]{0,6}?)(补助|补贴|奖励|资助|支持|扶持|配套(?:奖励|补助|补贴|资金)?|贴息|贷款)/.exec(after);
  if (next && !/最高|不超过|给予|予以|一次性/.test(next[1])) return next[1] + next[2];
  // (最高100万元项目落地奖和最高200万元项目贡献奖: a prize named right after its sum, not an award a receiver won)
  const prize = /^([\u4e00-\u9fa5]{2,6}奖)(?=$|[和及与、])/.exec(after);
  return prize && !/最高|不超过|给予|予以|[一二三四五六七八九十]等/.test(prize[1]) ? prize[1] : '';
}

/** 24个重点片区建设, 100个重要基础设施项目: the works a sentence names, at a clause's or a list's end. */
const WORKS_NAMED = /([\u4e00-\u9fa5]{2,12}?(?:项目|工程|片区建设))(?=[，。；、]|等|$)/g;

/** The works the words of its provision before a bare investment name last (加快…24个重点片区建设，…，完成投资…), or null. */
function worksInWords(before: string): string | null {
  const named = [...before.matchAll(WORKS_NAMED)].pop()?.[1];
  const works = named?.replace(/^.*?(?:实施|推进|加快|谋划|拟定|建设|重点推进)(?=[\u4e00-\u9fa5]{4})/, '').replace(/^[个项大条批座](?:左右|以上)?/, '');
  // (…772亿元项目: not the end of a sum the works cost)
  return works && works.length >= 3 && !/^[万亿]?元/.test(works) ? works : null;
}

/** …产业基金规模突破, 母基金总规模达到: a fund and its size, right before the amount. */
const FUND_SIZE = /([^，。；、\d]{0,14}基金(?:总)?规模)(?:力争|将)?(?:突破|达到|达|超过|超|不少于|不低于)?(?:约)?$/;
/** 产值, 投资, 营业收入: a measure that belongs to an industry or its firms, named alone. */
const BARE_OWNED_MEASURE = /^(?:完成|实现)?(总产值|产值|增加值|营业收入|营收|主营业务收入|投资|产量|销售额|税收)$/;
/** 光热产业投资 → 光热产业: the industry or firms a named measure belongs to. */
export const OWNER_OF_MEASURE = /^([\u4e00-\u9fa5]{2,12}?(?:产业|工业|企业|集群|行业|基地|园区))(?:完成|实现)?(?:总产值|产值|增加值|营业收入|营收|主营业务收入|投资|产量|销售额|税收|规模)$/;
/** 规模以上工业完成总产值 → 规模以上工业总产值: the verb of reaching a measure, between its owner and it. */
// (高新区力争实现工业营业收入, 成都高新区要实现全口径产业总产值: a zone's, with the cue before its verb; GDP要增长, 一般公共预算收入也将增长:
// the cue of a growth to come, before it; 商品进出口总值预计增长, a report's goal said as expected)
const OWNER_VERB_MEASURE = /(?<=[\u4e00-\u9fa5]{2}(?:产业|工业|企业|集群|行业)|(?:高新区|经开区|开发区|园区))(?:力争|确保|要|将)?(?:完成|实现)(?=(?:工业|全口径产业)?(?:总产值|产值|增加值|营业收入|营收|主营业务收入|销售额|税收|利润)$)|(?<=[\u4e00-\u9fa5A-Z]{2})(?<![主重需必])(?:也|还)?(?:要|将|预计)(?=(?:增长|下降)$)/;

/**
 * 提前实现居民收入比2010年翻一番 → 居民收入翻番, 预期全省地区生产总值翻一番 → 地区生产总值翻番: a doubling is named by
 * what doubles and 翻番, without the resolve, the place or the base year around it.
 */
export function doublingName(name: string): string {
  const what = name.replace(/^(?:为|提前|预期|力争|确保|努力|争取)*(?:实现)?(?:全[省市区县]|我[省市区县])?/, '').replace(/(?:再)?(?:翻一番|翻两番|翻三番|翻番)?(?:以上)?$/, '')
    // (算力总规模较“十三五”期末, 社会消费品零售总额在2014年基础上实现: the base a doubling is counted from is no part of what doubles)
    .replace(/(?:比|较)(?=(?:19|20)\d{2}|“?十[一二三四五六]五|上年|基期)[^，。；]{0,12}$|在(?:19|20)\d{2}年(?:的)?基础上(?:实现)?$|[与同](?:19|20)\d{2}年相比[，,]?(?:实现)?$/, '')
    // (经济总量力争“翻两番”: the resolve and the quote the doubling opens are no part of what doubles)
    .replace(/(?:力争|确保|争取|努力|要|将)*(?:实现)?[“"]?$/, '');
  return what.length >= 2 ? `${what}翻番` : name;
}

/** 营业收入翻一番 → 营业收入: what a multiple is of, without the multiple (and the verb of growing by it). */
const withoutMultiple = (name: string): string => name.replace(/(?:增加|增长|提高|扩大|实现)?(?:翻一番|翻番|翻两番)?$/, '');

/** 争创, 力争达到, 争取突破: a clause opening straight on its aim, naming nothing it measures. */
const LONE_AIM = /^\s*(?:力争|争取|争创|确保|努力)(?:达到|达|突破|超过)?(?:约)?$/;

/** The name of the figure at the same place in the clause before, when both clauses give as many figures in the same units. */
function sameAimedHigher(input: NamingInput): string {
  const { sentence, clause, quantities, index } = input;
  const own = quantities.filter((q) => q.start >= clause.start && q.end <= clause.end);
  const first = quantities.indexOf(own[0]);
  const earlier = first > 0 ? clauseOf(sentence, quantities[first - 1]) : null;
  if (!earlier || own.length < 2 || !/^[，,\s]*$/.test(sentence.slice(earlier.end, clause.start))) return '';
  const before = quantities.filter((q) => q.start >= earlier.start && q.end <= earlier.end);
  if (before.length !== own.length || before.some((q, i) => q.unit !== own[i].unit)) return '';
  const at = first - before.length + (index - first);
  return nameIndicator({ ...input, index: at, clause: earlier });
}

/** 为鼓励企业…，, 为加强应用推广，: a clause that states a provision's purpose (为鼓励, 为支持: naming whom it encourages). */
const PURPOSE_CLAUSE = /为了?(?:(鼓励|支持|引导)|推动|促进|加强|加快|推进|强化|提升|深化|激发|调动|充分调动|提高|降低|减轻|保障|营造|优化|扩大|稳定|发挥)([^，。；为]{2,24})[，,]/g;

/** A name without the purpose clause it opens on: what the purpose encourages stays, a goal of the measure goes. */
function withoutPurpose(name: string, sentence: string): string {
  if (!name.startsWith('为')) return name;
  for (const m of matchesOf(PURPOSE_CLAUSE, sentence)) {
    const clause = m[0].slice(0, -1);
    const rest = name.slice(clause.length);
    if (name.startsWith(clause) && rest.length >= 4) return m[1] ? m[2] + rest : rest;
  }
  return name;
}

/** A sum set aside, or one of its parts: 市级财政预算安排…, 其中，科技创新投入…、支持人才项目建设…. */
const SET_ASIDE_WORDS = /(?:预算|财政)[^，。；、]{0,6}安排|安排[^，。；、]{0,8}(?:财政)?资金$|投入$|^其中|^安排$|拿出(?:近|约|超|共)?$/;
/** 财政预算，…; 预算重点投向…: a budget, straight after its sum. */
const BUDGET_AFTER = /^((?:财政)?预算)(?:资金)?(?=[，。；]|$|(?:重点|主要|全部)?(?:投向|用于|支持))/;
/** 在先进制造业领域，: the field a sentence's lead names. */
const FIELD_LEAD = /(?:^|[。；])\s*在([^，。；]{2,12}?领域)[，,]\s*$/;
/** 下达2023年专精特新企业奖励资金: money a body allots, the fund named after the verb and its year. */
const ALLOTTED = /(?:下达|拨付|下拨)(?:(?:19|20)\d{2}年度?)?([^，。；\d]{2,24}?(?:资金|经费))$/;
/** Grant wording: money given to someone, named by the grant rules instead. */
const GRANT_WORDS = /对|给予|予以|按照|按|奖励|补贴|补助|最高|不超过/;

/**
 * 预算安排36.71亿元，其中，科技创新投入5.98亿元、支持人才项目建设0.2亿元: a sum set aside and its
 * parts are named by their own words, not by the item's heading; null for money granted to someone.
 */
function setAsideName(sentence: string, clause: Span, quantity: Quantity): string | null {
  if (quantity.base !== 'CNY') return null;
  // 统筹233.9亿元财政预算 → 财政预算; 在先进制造业领域，6.73亿元预算重点投向… → 先进制造业领域预算: a policy's budget, by the field a lead names
  const budget = BUDGET_AFTER.exec(sentence.slice(quantity.end, clause.end));
  if (budget) return `${FIELD_LEAD.exec(sentence.slice(0, clause.start))?.[1] ?? ''}${budget[1]}`;
  // (2.安排5000万元资金…: an item's number is no part of the words before the sum)
  const written = sentence.slice(clause.start, quantity.start).trimStart().replace(ITEM_NUMBER, '');
  // 江西省财政厅下达2023年专精特新企业奖励资金 → 专精特新企业奖励资金: money allotted, named as the fund it is, not by who allots it
  const allotted = ALLOTTED.exec(written);
  if (allotted) return allotted[1];
  const item = written.slice(written.lastIndexOf('、') + 1);
  // 每年安排不少于100亿支持创新型省份建设 → 创新型省份建设资金: a yearly sum named by what it supports
  const yearly = /(?:每年|年度|全年)安排(?:不少于|不低于|超过)?$/.test(written) ? /^(?:元)?(?:以上|左右)?[，,]?(?:用于|用以|支持)([^，。；、]{2,14})/.exec(sentence.slice(quantity.end, clause.end)) : null;
  if (yearly) return `${yearly[1]}资金`;
  if (!SET_ASIDE_WORDS.test(written) || GRANT_WORDS.test(item)) return null;
  const name = clean(item.replace(/^(?:(?:19|20)\d{2}\s*年[，,]?|今年[，,]?)?(?:其中[，,：:]?)?(?:共|全年|每年)?(?:拟|统筹)?(?:安排(?=[^，。；、]{0,8}资金))?/, '').replace(/(?:约|超|近|共)$/, ''));
  // 预算安排12.76亿元支持产业发展: what it is for, when the words after the sum say
  const purpose = /^(?:以上|左右)?[，,]?((?:用于|用以|支持)[^，。；、]{2,14})/.exec(sentence.slice(quantity.end, clause.end))?.[1] ?? '';
  // a bare 投入 or 财政资金 says nothing of what for: the item's heading does
  const generic = /^(?:[省市区县]级)?(?:财政)?(?:专项)?(?:资金|投入|预算安排)?$/.test(name.replace(/^安排/, ''));
  // (省级财政安排2亿元资金专项支持…, 黑龙江拿出1.2亿元资金: nor, when the words after the sum say what it does, a body or a place
  // that sets it aside)
  // (四川：省级财政安排…: with a headline's place label before it)
  // (市财政安排: the treasury named by its level without 级 too)
  const setter = generic || /^(?:[\u4e00-\u9fa5]{2,8}[：:])?(?:[省市区县]级?)?(?:财政)?安排$|^[\u4e00-\u9fa5]{2,8}拿出$/.test(name);
  // (安排6亿元资金，支持1350万亩黑土地保护性耕作; 安排5000万元资金分类开展盐碱化耕地改良: a sum set aside with nothing
  // before it, named by what the words after it do with it, without the size they do it at)
  // (市级财政安排1000万元，分批次发放文旅消费券 → 文旅消费券发放总额: a sum set aside for vouchers handed out)
  const vouchers = setter ? VOUCHERS_ISSUED.exec(sentence.slice(quantity.end))?.[1] : undefined;
  if (vouchers) return `${vouchers}发放总额`;
  // (经开区将拿出2500万元奖励100家高质量发展优秀企业: a sum set aside to reward whom it names)
  const rewarded = setter ? SET_ASIDE_TO_REWARD.exec(sentence.slice(quantity.end)) : null;
  if (rewarded) return `${rewarded[1]}奖励资金总额`;
  const use = setter ? SET_ASIDE_FOR.exec(sentence.slice(quantity.end)) : null;
  const doing = use ? (use[2] ?? use[3] + use[4]).replace(/^[\d.]+[万亿]*(?:亩|个|家|项|所|座|条|公里|吨|台|辆|户|人)?/, '') : undefined;
  // (资金专项支持低空经济发展 → 低空经济发展专项资金; 资金，对水稻智能集中催芽给予补贴 → 水稻智能集中催芽补贴资金)
  if (doing && doing.length >= 2) return `${doing}${use?.[1] ? '专项' : ''}资金`;
  // (太原市委、市政府拿出10亿元人才专项资金: a body setting a sum aside names nothing, when no use after the sum does)
  if ((generic && !purpose) || /拿出$/.test(name)) return null;
  return name.length >= 2 && name.length <= 20 ? name + purpose : null;
}

/** 元，支持…, 元，持续推进…, 元，落实…: what the clause right after a sum set aside does with it. */
const USED_AFTER_SUM = /^(?:以上|左右)?[，,]\s*(?:主要|重点)?(?:用于|用以|支持|持续推进|推进|落实|实施|保障)([^，。；]{2,40})/;
/** 奖励100家高质量发展优秀企业: whom a sum set aside rewards, counted or not, right after it. */
const SET_ASIDE_TO_REWARD = /^(?:的)?(?:资金)?[，,]?(?:用于)?(?:奖励|表彰|奖补)(?:[\d一二三四五六七八九十百]+(?:家|个|名|户|位|项))?([\u4e00-\u9fa5“”]{2,16}?)(?=[，。；、\s]|$)/;
/**
 * 资金，支持1350万亩黑土地保护性耕作, 资金分类开展盐碱化耕地改良: what a sum set aside is used for, right after it (资金专项支持低空经济发展鼓励…:
 * up to the 发展 or 建设 a headline runs on from).
 */
/** ，分批次发放文旅消费券: the vouchers a sum set aside is handed out as, after it (资金发放年夜饭、…等餐饮消费券: its own clause too). */
const VOUCHERS_ISSUED = /^(?:的)?(?:资金)?[，,]?\s*(?:分批次?|分期|统一|集中)?(?:发放|投放)(?:[^，。；]{0,20}?等)?([\u4e00-\u9fa5“”]{0,8}券)(?=[，。；、\s]|$)/;
const SET_ASIDE_FOR = /^(?:以上|左右)?(?:的)?(?:专项|财政)?资金[，,]?(专项)?(?:(?:用于|用以|支持|(?:分类)?开展)([^，。；、\s]{2,20}?(?:发展|建设)(?=[\u4e00-\u9fa5])|[^，。；、\s]{2,20}(?=[，。；、\s]|$))|对([^，。；、]{2,20}?)给予(补贴|补助|奖励|支持))/;
/** 各县区、…开发区当年工业经济发展情况进行综合考评: what a ranking of places is on (工业经济发展情况), and the ranking (综合考评). */
const ASSESSED = /^([^，。；]{4,40}?)进行([^，。；]{0,4}?(?:考评|考核|评比|评选|评价))$/;
/** 各县区、天水经济技术开发区当年: the places ranked, and the year, before what they are ranked on. */
const ASSESSED_PLACES = /^各[^，]*?(?:[省市区县旗]|开发区|园区)(?:当年|年度|全年)(?=[\u4e00-\u9fa5]{4})|^各[^，]*、[^，、]*?(?:开发区|园区|[省市区县旗])(?=[\u4e00-\u9fa5]{4})/;

/** 年社消额完成30亿元以上，不足40亿元的，: the band of a measure a provision pays for. */
const PAID_BAND = /^([^，。；对\d]{2,16}?)(?:完成|达到|在)?([\d.]+[万亿]*)元?以上[，,](?:不足|低于|不到)([\d.]+[万亿]*元?)的[，,]/;
/** …年营业额达50万元以上100万元（不含100万元）以下的，: a tier of a yearly sum (its measure, its floor, its top), closing a payment's condition. */
const SUM_TIER = /((?:年度?)?(?:营业额|营业收入|主营业务收入|销售额|销售收入|产值|纳税额|税收贡献|投资额|实际投资额|交易额|营收|接待量|接待人次))[^，。；\d]{0,2}?(?:达到?|在|超过)?(\d+(?:\.\d+)?[万亿]*元?)(?:及)?以上(?:[（(][^（()）]*[)）])?(?:(\d+(?:\.\d+)?[万亿]*元?)(?:[（(][^（()）]*[)）])?(?:以下|以内))?的[，,][^，。；\d]{0,12}$/;
/** 年主营业务收入首次突破100亿元的企业，: the size a provision's receiver reaches, before the payment's clause. */
/** 经区农业行政主管部门立项, 经市科技局认定的: the body that approves what is paid for, no part of it. */
const APPROVED_BY = /^经[^，的、]{2,16}?(?:部门|机构|政府|委员会|管委会|局)(?:组织|立项|认定|批准|审核|备案|审批)?的?(?=[\u4e00-\u9fa5“]{2})/;
/** 企业, 符合条件的项目, 上述单位: who is paid, said so generally that it names nothing. */
const GENERIC_PAID = /^(?:(?:符合(?:条件|要求|标准|规定)|经认定|上述|以上)(?:的)?)?(?:企业|单位|主体|机构|项目)$|^(?:符合(?:条件|要求|标准|规定)|经认定|上述|以上)(?:的)?$/;
const REACHED_SIZE = /^([^，。；对]{2,24}?(?:首次)?(?<![不未])(?:突破|达到|超过)[^，。；、]{0,10}?[\d.]+[万亿]*(?:元|%|人|家|个))(?:以上)?的?((?!的)[^，。；]{0,14}?(?:企业|项目|单位|机构))[，,]/;

/** 补助资金不超过…总投资, 补助资金最高不超过…总造价: a payment capped as a share of a sum, what is paid kept. */
const CAPPED_SHARE = /^(.*?(?:补助|补贴|奖励|扶持|奖补))(?:资金)?(?:最高)?(?:不超过|不高于)[^，。；]{2,24}$/;

/** 奖励资金, 补助经费: money named as the payment it is. */
const PAYMENT_FUNDS = /^(?:一次性)?(?:奖励|补助|补贴|扶持|资助|奖补)(?:资金|经费)$/;

/** 对高层次人才、高管人才分别免4年、3年房租: who has rent waived, the years, and what is waived. */
const RENT_WAIVED = new RegExp(String.raw`^对于?([^，。；对]{2,30}?)[，,]?(?:分别|均|各)?免\s*(${YEARS_LISTED})\s*的?(${WAIVED_COST})`);

/** 自签约之日起两年内完成全部投资, 在一年内认定为…总部企业, 择优: when and how a receiver qualifies, inside a payment's name. */
const QUALIFYING_IN_NAME = /自[^，。；]{1,10}?(?:之日)?起[^，。；]{0,6}?(?:内|后)(?:完成[^，。；]{0,8}?投资)?|在[^，。；]{1,6}内(?:被)?(?:认定|评定)为[^，。；]{2,16}?(?=开办|奖励|补助|补贴|支持|资助|奖补)|^择优(?:支持)?(?=[\u4e00-\u9fa5]{4})/g;

/** 作为“美丽乡村”建设以奖代补资金, 设立人工智能产业发展专项资金: the fund a sum set aside is to be, or sets up, right after it. */
// (市财政每年安排5亿元工业发展专项资金，…: or named right after the sum)
// (每年安排1000万元农业生产发展资金扶持农业产业化项目: or with what it supports after it)
const FUND_TAKEN_AS = /^(?:(?:作为|用于设立|设立)([^，。；]{2,24}?(?:资金|基金|经费))|([\u4e00-\u9fa5“”]{2,16}?(?:专项资金|发展资金|引导基金|产业基金)))(?:[，。；]|$|(?:主要|专项)?(?:扶持|支持|用于))/;
/** 用于支持企业技术改造: what a sum set aside is for, right after it (a short purpose, not a list of uses). */
// (其中5000万元主要用于对标行动: or mainly, or earmarked, for it)
/** 补助茶农, 奖励…: the payment a sum set aside makes, straight after it (captured). */
const SUM_PAYS = /^((?:补助|奖励|扶持|奖补)[^，。；、\d]{2,10}?)(?:[，。；]|$)/;
/** 给予改植铁观音每亩补助: what a payment given is for, between 给予 and the payment (captured with the payment). */
const GIVEN_FOR = /^(?:给予|予以)((?!一次性|该|其)[^，。；、\d对]{4,30}?(?:补助|补贴|奖励|奖补|资助))$/;
/** 专项资金扶持茶产业发展, 资金支持…: the fund a sum is set aside as, and what it supports after it (both captured). */
const FUND_THEN_PURPOSE = /^((?:专项|发展|扶持|引导|奖补|奖励|补助)?资金)(?:扶持|支持|用于支持|用于)([^，。；、\d]{2,14}?)(?:[，。；]|$)/;
// (每年拿出不低于1000万元支持水果产业发展: or what it supports, straight after it)
const FUND_FOR = /^(?:资金)?(?:[，,]\s*)?(?:主要|专项|全部|重点)?(?:用于(?:支持|扶持|奖励|补助)?|支持|扶持)(?!(?:资金|经费)(?:[，。；]|$))([^，。；、\d]{2,14}?)(?:[，。；]|$)/;
/** 安排专项资金, 筹措资金, 下达奖励经费: money set aside, named by its fund word alone, right before the sum (the fund word captured). */
const FUND_NAMED_BEFORE_SUM = /(?:安排|拿出|统筹|筹措|筹集|下达|拨付)(?:了)?((?:专项|奖补|补助|奖励|扶持)?(?:资金|经费))(?:共计|共|约|近|超过|不低于|不少于)?$/;
/** 对…的设备软件投资予以补贴, ，奖励2021年度…绩效考评优异的设区市: what the money then pays, for whom or what (captured) and how. */
const FUND_PURPOSE_AFTER = /^(?:[，,]\s*)?(?:(?:用于)?对([^，。；]{2,40}?)(?:予以|给予)(补贴|补助|奖励|奖补|资助)|[，,]\s*(?:用于)?(?:奖励|补助|补贴|扶持|支持)([^，。；、]{2,30}?))(?=[，。；]|$)/;
/** 薄膜光伏示范项目不超过: a kind of thing alone before its cap, in a clause of its own (the kind captured). */
const KIND_CAPPED = /^\s*((?![单每同])[^，。；、：:\d对给予]{2,14}?(?:项目|企业|机构|单位|平台))(?:最高)?(?:不超过|不高于)$/;
/** 给予支持, 给予…补贴: how a clause before pays, closing it (the payment's word captured). */
const GIVEN_AS = /(?:给予|予以)[^，。；\d]{0,8}?(补助|奖励|补贴|资助|支持|奖补|贴息)(?=[，,])/g;
/** 单个项目流动资金贷款最高贴息不超过: a clause capping a payment for a thing it names, per unit or not. */
const OWN_CAP = /^\s*(单个项目|每个项目|单家企业|每家企业|单个企业)?(?![单每同])([^，。；、：:\d对给予每]{2,16}?)(?:最高|最多)(贴息|补助|奖励|补贴|资助|支持)(?:不超过|可达)?$/;
/** 专项用于对工业企业实施淘汰落后产能给予补贴: a sum set aside to pay someone, for something. */
const FUND_PAYS_FOR = /^(?:资金)?(?:主要|专项|全部|重点)?用于对([^，。；、\d]{2,24}?)(?:给予|予以)(补贴|补助|奖励|奖补|资助)/;
/** 每年将专项资金|: a fund named straight before its sum, after a word of time or intent, not after a verb. */
const FUND_AHEAD_OF_SUM = /(?:将|每年|年度)((?:专项|发展|扶持|引导|奖补)资金)$/;
/** 设立…专项资金，…，每年筹集: a fund set up, then what fills it, clauses on (the amount follows). */
const FUND_FILLED = /设立([^，。；“”\d]{2,24}?(?:专项资金|发展资金|引导资金|基金))[，,](?:[^。；]*[，,])?[^，。；]*?(?:筹集|安排|注入)$/;

/** 包括了, 其中, …补助和: what a budget's list of sums opens on, or joins its next sum with (or nothing, a clause the sum opens). */
const LISTED_SUM_LEAD = /^\s*$|(?:包括|包含|涵盖|其中)了?$|(?:补助|补贴|奖补|奖励|贴息|保险|扶持|资助)(?:资金|经费)?[和及]$/;
/** 的高标准农田建设补助, 的…等贷款贴息补助: the payment a sum is, named right after it and 的 (captured). */
const SUM_OF_PAYMENT = /^的([^，。；\d的]{2,60}?(?:补助|补贴|奖补|奖励|贴息|保险|扶持|资助)(?:资金|经费)?)(?=[，。；和及]|$)/;

/** 对概念验证项目的支持比例: a receiver and the payment whose share is set for it (captured in turn). */
const RECEIVERS_SHARE = String.raw`(?:其中)?对于?([^，。；的]{2,30})的(支持|补贴|补助|奖励|资助|奖补)比例`;
/** 对概念验证项目的支持比例为合同金额的: the receiver, the payment whose share is set, and what the share is of (captured in turn). */
const SHARE_OF_RECEIVER = new RegExp(String.raw`^\s*${RECEIVERS_SHARE}(?:为|不低于|不超过|不高于|最高不超过|最高为)([^，。；的]{2,16})的$`);

/** %的设备投入补助, 元/平方米的装修补贴: the payment named right after its figure (the unit it is paid on captured first). */
const LISTED_PAYMENT = /^(?:\s*[/／]\s*([\u4e00-\u9fa5]{1,4}))?的([^，。；、和及\d]{2,12}?(?:补助|补贴|奖励|资助|奖补|贴息))(?=[、和及，,。；]|$)/;
/** …的设备投入补助、 or …的房租补贴和 right before a figure: an earlier payment of the list. */
const PAYMENT_LISTED_BEFORE = /(?:补助|补贴|奖励|资助|奖补|贴息)[、和及]\s*$/;

/** 每家给予最高, 每个奖励: a clause paying each receiver, none named in it. */
const PER_RECEIVER_CLAUSE = /^\s*(?:每家|每个|单家|单个)(?:企业|单位)?(?:一次性)?(?:给予|予以|奖励|补助|补贴|资助)?(?:一次性)?(?:最高|不超过)?$/;
/** 评选一批…的人工智能领域“领雁”软件企业，: a clause picking out receivers (captured after its last 的), right before the payment. */
const RECEIVERS_PICKED = /(?:评选|遴选|认定|评定|选树|培育|支持)(?:一批|若干)?[^，。；]*?的([^，。；的]{2,20}?(?:企业|单位|机构|平台|中心|基地|团队|项目))[，,]$/;

function incentiveName(input: NamingInput, givenSubject: string, object: string): string {
  // 省财政给予…, 绍兴市财政给予…: who pays is the record's region, not what is paid for
  // (…500万元（含500万元）的“新开壶”企业一次性奖励: what is left of a note on a band's end opens no subject)
  let subject = givenSubject.replace(DATE_WINDOW, '').replace(PAYER, '').replace(/^[^（()）]{0,12}[)）]的?/, '').replace(BAND_END_NOTES, '').replace(/^的/, '');
  const { sentence, clause, quantities, index, heading } = input;
  const quantity = quantities[index];
  // (…；投资500万元，建设新城大桥；投资762万元，实施…农村饮水管网延伸工程: money invested is in the works the clause after it builds,
  // whatever the sentence pays besides)
  const invested = SPENDING.test(subject) ? worksBuiltAfter(sentence, clause) : '';
  if (invested) return `${invested}${subject}`;
  // (每年评选一批…的人工智能领域“领雁”软件企业，每家给予最高50万元奖励: a payment to each, in a clause of its own, is for the
  // receivers the clause before picks out)
  const each = PER_RECEIVER_CLAUSE.test(sentence.slice(clause.start, quantity.start)) ? RECEIVERS_PICKED.exec(sentence.slice(Math.max(0, clause.start - 60), clause.start)) : null;
  const eachWord = each ? /奖励|补助|补贴|资助|奖补/.exec(sentence.slice(clause.start, clause.end))?.[0] : undefined;
  if (each && eachWord) return `${each[1]}${eachWord}${input.comparator === '<=' ? '上限' : ''}`;
  // (对概念验证项目的支持比例为合同金额的20%: the receiver, the payment's share and what it is a share of, said in that order)
  const shareStated = quantity.base === 'percent' ? SHARE_OF_RECEIVER.exec(sentence.slice(clause.start, quantity.start)) : null;
  if (shareStated) return `${clean(shareStated[1])}${shareStated[2]}比例（占${shareStated[3]}）`;
  // (包括了1000万元的高标准农田建设补助，680万元的…等农业保险: a sum a budget lists, named by the payment it is, right after it and 的;
  // not 给予…50万元的一次性奖励, 给予最高4万元的租房补贴和40万元的购房补贴, payments whose receiver and terms come before them)
  const paymentAfter = quantity.base === 'CNY' && LISTED_SUM_LEAD.test(sentence.slice(clause.start, quantity.start)) && !/给予|予以/.test(sentence.slice(clause.start, quantity.start)) ? SUM_OF_PAYMENT.exec(sentence.slice(quantity.end, clause.end + 1)) : null;
  if (paymentAfter) return paymentAfter[1];
  // (政府承担营销资金的75%，41.25万元: a sum alone in its clause, right after the share of a cost it comes to, is that share's sum)
  const shareBefore = quantity.base === 'CNY' && !sentence.slice(clause.start, quantity.start).trim() ? SHARE_OF_COST_BEFORE.exec(sentence.slice(Math.max(0, clause.start - 40), clause.start)) : null;
  if (shareBefore) return `${shareBefore[1].replace(/^(?:本次活动|本次|其中)/, '')}金额`;
  // (…按政策给予贴息补助，单个项目流动资金贷款最高贴息不超过100万元: a cap whose own clause names what it caps, beyond the unit it
  // is counted per, is named by its own words, not by the receiver the sentence opens on)
  // (after a clause that gives; not after one that says what is supported, 支持汽车置换更新，新能源汽车最高补贴…)
  const thingCapped = quantity.base === 'CNY' && /[，,]/.test(sentence[clause.start - 1] ?? '') && /给予|予以/.test(sentence.slice(sentence.lastIndexOf('；', clause.start) + 1, clause.start)) ? OWN_CAP.exec(sentence.slice(clause.start, quantity.start)) : null;
  if (thingCapped && thingCapped[2].length >= 4) return `${thingCapped[1] ?? ''}${thingCapped[2]}${thingCapped[3]}上限`;
  // (…按其上年度实际发电量给予支持，薄膜光伏示范项目不超过0.4元/千瓦时，常规光伏项目不超过0.2元/千瓦时: or the kind of thing alone
  // before the cap, each kind capped at its own rate, paid as the giving clause says)
  const kindCapped = quantity.base === 'CNY' && !thingCapped && /[，,]/.test(sentence[clause.start - 1] ?? '') ? KIND_CAPPED.exec(sentence.slice(clause.start, quantity.start)) : null;
  const capGiven = kindCapped ? matchesOf(GIVEN_AS, sentence.slice(sentence.lastIndexOf('；', clause.start) + 1, clause.start)).pop() : undefined;
  if (kindCapped && capGiven) return `${kindCapped[1]}${capGiven[1]}上限`;
  // 补助资金不超过实体工程和仪器设备总投资的50%: the payment capped as a share, what it is a share of named apart as （占…）
  if (quantity.base === 'percent') subject = subject.replace(CAPPED_SHARE, '$1');
  // (设立兰州新区开发建设专项资金，…，由省政府和兰州市人民政府…每年筹集10亿元，用于…: the fund set up, filled by the amount)
  const filled = quantity.base === 'CNY' && !/^[^，。；]{0,2}(?:的)?[\u4e00-\u9fa5]{0,8}(?:资金|基金)/.test(sentence.slice(quantity.end)) ? FUND_FILLED.exec(sentence.slice(0, quantity.start)) : null;
  if (filled) return `${filled[1]}${/(?:每年|年度)[^，。；\d]{0,12}?(?:筹集|安排|注入)$/.test(filled[0]) ? '年度' : ''}规模`;
  // (县财政每年安排2000万元作为“美丽乡村”建设以奖代补资金, 每年安排2亿元设立…专项资金: the fund a sum is set aside as or sets up,
  // each year or once)
  const takenAs = quantity.base === 'CNY' ? FUND_TAKEN_AS.exec(sentence.slice(quantity.end)) : null;
  // (1亿元专项资金，其中5000万元主要用于…；5000万元专项用于…: a part of a sum set aside is set aside too, each part after 其中)
  // (市财政每年安排不低于2亿元工业发展专项资金: with the floor or cap it is put up at between)
  // (从现代农业园区建设奖补资金中辟出2310万元用于高标准农田建设: or cut from another fund)
  const setAside = /(?:安排|拿出|统筹|列支|其中|辟出|划出)(?:不低于|不少于|不超过|至少|最高|约|近|超过)?$/.test(sentence.slice(Math.max(0, quantity.start - 7), quantity.start))
    || (/[；;]\s*$/.test(sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) && sentence.lastIndexOf('其中', quantity.start) >= 0);
  const yearly = /每年|年度/.test(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) ? '年度' : '';
  if (takenAs && setAside) return `${takenAs[1] ?? takenAs[2]}${yearly}规模`;
  // (未来5年安排30亿元人才发展经费, 拿出50万元招商引资工作经费: a sum set aside as funds for a kind of work, named by them)
  const workFunds = quantity.base === 'CNY' && setAside ? FUNDS_GIVEN_AFTER.exec(sentence.slice(quantity.end)) : null;
  if (workFunds) return `${yearly}${workFunds[1]}`;
  // (市级财政将安排2000万元专项资金扶持茶产业发展 → 茶产业发展专项资金: a fund set aside, named by what it goes on to support;
  // 县财政每年拿出1000万元补助茶农 → 补助茶农资金: or by the payment it makes straight after it)
  const fundFor = quantity.base === 'CNY' && setAside ? FUND_THEN_PURPOSE.exec(sentence.slice(quantity.end)) : null;
  if (fundFor) return `${fundFor[2]}${fundFor[1]}`;
  const paysFor = quantity.base === 'CNY' && setAside ? SUM_PAYS.exec(sentence.slice(quantity.end)) : null;
  if (paysFor) return `${paysFor[1]}资金`;
  // (市级财政安排5000万元用于支持企业技术改造: or named for what it is set aside for)
  const setAsideFor = quantity.base === 'CNY' && setAside ? FUND_FOR.exec(sentence.slice(quantity.end)) : null;
  if (setAsideFor) return `${setAsideFor[1]}${yearly}资金`;
  // (区每年将专项资金2亿元用于支持人工智能企业发展: a fund named right before its sum, with no verb that sets it aside, is named
  // by what it is then used for)
  const fundAhead = quantity.base === 'CNY' ? FUND_AHEAD_OF_SUM.exec(sentence.slice(Math.max(0, quantity.start - 10), quantity.start)) : null;
  const fundAheadFor = fundAhead ? FUND_FOR.exec(sentence.slice(quantity.end)) : null;
  if (fundAhead && fundAheadFor) return `${fundAheadFor[1]}${fundAhead[1]}`;
  // (省财政安排资金2055万元对25家…企业的设备软件投资予以补贴, 筹措资金3900万元，奖励…考评优异的设区市: a fund named before the sum
  // it is set aside at, by what it then pays for)
  const fundNamed = quantity.base === 'CNY' ? FUND_NAMED_BEFORE_SUM.exec(sentence.slice(Math.max(0, quantity.start - 24), quantity.start)) : null;
  const fundPurpose = fundNamed ? FUND_PURPOSE_AFTER.exec(sentence.slice(quantity.end)) : null;
  if (fundNamed && fundPurpose) {
    const purpose = clean((fundPurpose[1] ?? fundPurpose[3] ?? '').replace(/[\d一二两三四五六七八九十百千]+(?:家|个|所|项|名|户)/g, '').replace(/^(?:(?:19|20)\d{2}年度?)/, ''));
    if (purpose.length >= 2) return `${purpose}${fundPurpose[2] ?? ''}${fundNamed[1]}`;
  }
  // (…专项用于对工业企业实施淘汰落后产能给予补贴: or for a payment to whom for what)
  const fundPays = quantity.base === 'CNY' && setAside ? FUND_PAYS_FOR.exec(sentence.slice(quantity.end)) : null;
  if (fundPays) return `${fundPays[1]}${fundPays[2]}`;
  const peer = quantities[index + 1];
  // 对高层次人才、高管人才分别免4年、3年房租 → 高管人才免房租年限: rent waived, named for whom and what
  const waivedFrom = DURATION.test(quantity.base) ? sentence.lastIndexOf('对', quantity.start) : -1;
  const waived = waivedFrom >= 0 ? RENT_WAIVED.exec(sentence.slice(waivedFrom)) : null;
  if (waived) {
    const receivers = waived[1].split('、');
    const at = quantities.filter((q, i) => i < index && q.start >= waivedFrom && DURATION.test(q.base)).length;
    return `${receivers.length === waived[2].split('、').length ? receivers[at] ?? receivers[0] : waived[1]}免${waived[3]}年限`;
  }
  // (提供人才公寓，最长3年免费居住 → 人才公寓免费居住期限: the years a home is lent free, named by the home and the use)
  // (…或最长10年免租科学家寓所 → 免租科学家寓所期限: or by the use and the home named after it, where no 对 names who is lent it)
  const usedFree = DURATION.test(quantity.base) ? USED_FREE_AFTER.exec(sentence.slice(quantity.end)) : null;
  const lent = usedFree ? HOME_LENT_BEFORE.exec(sentence.slice(0, quantity.start)) : null;
  if (usedFree && lent) return `${lent[1]}${usedFree[1]}期限`;
  if (usedFree && usedFree[2].length >= 2 && !sentence.slice(Math.max(sentence.lastIndexOf('；', quantity.start), sentence.lastIndexOf('。', quantity.start)) + 1, quantity.start).includes('对')) return `${usedFree[1]}${usedFree[2]}期限`;
  if (DURATION.test(quantity.base) && peer && peer.end <= clause.end && /^[、，]?(?:最高|不超过)?$/.test(sentence.slice(quantity.end, peer.start))) {
    // 给予最多1年、最高100%的租金补贴 → …租金补贴期限: how long is named as what it bounds
    const bounded = nameIndicator({ ...input, index: index + 1 }).replace(/(?:比例|上限|金额)?(?:（占[^）]*）)?$/, '');
    if (bounded.length >= 2) return `${bounded}期限`;
  }
  const ownWords = setAsideName(sentence, clause, quantity);
  if (ownWords) return ownWords;
  // 对初创企业提高资助比例至60%: a rate raised for some receivers is their rate
  const raised = RAISED_RATE.exec(sentence.slice(clause.start, quantity.start));
  if (raised) return raised[1] + raised[2];
  // …每增加2000万元，给予奖励1万元，最高奖励30万元: a cap right after a payment of the same money caps that payment
  const prior = index > 0 ? quantities[index - 1] : undefined;
  if (input.comparator === '<=' && prior && prior.base === quantity.base && quantity.base === 'CNY' && CAP_AFTER_PAYMENT.test(sentence.slice(prior.end, quantity.start))) {
    const capped = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, prior), comparator: '=' }).replace(/（每增加[^）]*）$/, '');
    if (capped.length >= 2 && !/上限$/.test(capped)) return `${capped}上限`;
  }
  // 扶持比例由30%提高至50%，最高额度不超过1亿元: a cap right after a rate caps the money that rate gives
  if (input.comparator === '<=' && prior?.base === 'percent' && quantity.base === 'CNY' && CAP_AFTER_RATE.test(sentence.slice(prior.end, quantity.start))) {
    const rate = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, prior), comparator: '=' });
    // (最高200万元奖励: a cap naming its own support keeps it; 每个品种…比例: a rate per item is no cap's name)
    if (/比例(?:（[^）]*）)?$/.test(rate) && rate.length >= 6 && !rate.includes('每') && !/^(?:的)?(?:奖励|补助|补贴|资助|奖补)/.test(sentence.slice(quantity.end))) return rate.replace(/比例(?:（[^）]*）)?$/, '上限');
  }
  // 人工智能产业基金规模突破50亿元: a fund growing to a size is named by its clause, not by the heading above it
  const fundSize = FUND_SIZE.exec(sentence.slice(clause.start, quantity.start));
  if (fundSize) return clean(fundSize[1]);
  const nearBefore = sentence.slice(Math.max(clause.start, quantity.start - 16), quantity.start);
  // (按实缴注册资本规模的5%给予不超过2000万元的奖励: words before the figure ahead of it are that figure's)
  const ownBefore = prior && prior.end <= quantity.start && prior.end > quantity.start - 16 ? sentence.slice(Math.max(clause.start, prior.end), quantity.start) : nearBefore;
  // (给予企业固定资产投资总额1.5%的补助: a share of a total is no sum of that size)
  const measure = quantity.base !== 'CNY' ? undefined : /^(规模|总额)的/.exec(sentence.slice(quantity.end))?.[1] ?? (/^的/.test(sentence.slice(quantity.end)) ? /规模|总额/.exec(ownBefore)?.[0] : undefined);
  if (measure && object) {
    // 设立100亿元规模的机器人产业基金 → 机器人产业基金规模; 总额不超过5000万元的“算力券” → “算力券”总额
    return object + measure;
  }
  // 将三分之一以上的省级专项资金投向基础研究 → 省级专项资金投向基础研究比例: the share of a sum put to a use
  // (not 最高20%的设备投入补助、…: the payment a share is of, one of a list)
  const shareOf = quantity.base === 'percent' || quantity.base === 'ratio' ? /^(?:以上|以下|左右)?的([^，。；、]{2,30})/.exec(sentence.slice(quantity.end, clause.end))?.[1] : undefined;
  const listedPayment = shareOf !== undefined && /(?:补助|补贴|奖励|资助|奖补|贴息)$/.test(shareOf) && /^[^，。；、]*[、和及]\s*(?:最高)?[\d.]/.test(sentence.slice(quantity.end));
  if (shareOf && /资金|经费|投入|预算|收入/.test(shareOf) && !listedPayment) return `${shareOf}比例`;
  // 给予最高1000万元的资金支持, 20万元一次性资金奖励: money given as support, not a fund it sizes
  // (发放最高3亿元“训力券”: the quote the instrument opens is closed with it)
  // (设立规模为200亿元左右的纺织服装产业发展专项资金: the bound and the 的 before the fund are no part of its name)
  // (分别给予1000万元和500万元的补助资金: the next amount of a pair is no part of the instrument)
  const instrument = /^([^，、；。\d]{0,16}?(?:券|资金|基金)(?:”(?<=“[^“”]*”))?)(?!支持|奖励|补助|补贴|奖补|扶持)/.exec(sentence.slice(quantity.end).replace(/^(?:左右|以上|以下|以内)?的/, ''))?.[1];
  // (给予60万元奖励资金: money given as a reward is no fund)
  // (按每亩补助400元标准安排资金40万元: a rate's standard, and the sum set aside by it, are no instrument of the rate)
  // (专门设立5000万元扶持资金: a payment's funds a clause sets up are a fund, not money given as a reward)
  const fundSetUp = instrument !== undefined && PAYMENT_FUNDS.test(instrument) && /(?:设立|设置|拿出|筹集)$/.test(nearBefore);
  if (quantity.base === 'CNY' && instrument && instrument.length >= 2 && !GENERIC_SUPPORT.test(instrument) && instrument !== '资金' && (fundSetUp || !PAYMENT_FUNDS.test(instrument)) && !instrument.startsWith('标准')) {
    // (每家算力需求方每年累计可领取最高500万元算力券: how much of it each receiver may take, no sum of the instrument)
    const perReceiver = /(每(?:家|个|户|名|人)[^，。；\d]{1,10}?)(?:每年|年度)?(?:累计)?(?:可|能)?(?:领取|获得|享受|申领|使用)/.exec(sentence.slice(clause.start, quantity.start));
    if (perReceiver) return `${perReceiver[1]}${instrument}${input.comparator === '<=' ? '上限' : '额度'}`;
    // 发放6亿元算力券 → 算力券发放规模; 推出1亿元模型扶持资金 → 模型扶持资金规模
    return instrument + (/发放/.test(nearBefore) ? '发放规模' : '规模');
  }
  if (quantity.base === 'count') {
    // 每年评选不超过10个优秀专用模型 → 每年评选优秀专用模型数量
    return `${subject}${headNoun(`的${object}`) || object}数量`;
  }
  // 按照总面积不超过企业办公人数10平米/人/年的标准给予补助 → 补助面积标准: the standard a payment is figured by
  const standard = /^(?:亩|m2|km2|km)$/.test(quantity.base) ? /按照?(?:总)?([^，。；\d]{1,6}?)(?:不超过|不高于|最高|最多)[^，。；\d]{0,10}$/.exec(sentence.slice(clause.start, quantity.start)) : null;
  const standardPaid = standard ? /^[^，。；]{0,8}?的?标准(?:给予|予以)[^，。；]{0,6}?(补助|补贴|奖励|资助|支持)/.exec(sentence.slice(quantity.end)) : null;
  if (standard && standardPaid) return `${standardPaid[1]}${standard[1]}标准`;
  // (给予最高4000平米用房第一年房租全免: what the space is given for after it is no part of it)
  const measured = /^(?:亩|m2|km2|km)$/.test(quantity.base) ? object.replace(/\s+/g, '').replace(/(?:给予|予以).*$/, '').replace(/(?<=^(?:用房|办公用房|办公场地|场地|用地|办公空间|房屋)).+$/, '') : '';
  if (measured.length >= 2) {
    // 对395万亩高标准农田建设项目给予支持 → 高标准农田建设项目支持面积: land or road supported is named for what it is
    return `${measured}${/^(?:亩|m2|km2)$/.test(quantity.base) ? '支持面积' : '支持里程'}`;
  }
  // 落地建设的按照已完成投资的15%: what follows 按照 is the basis, named as （占…）
  subject = subject.replace(/^分别/, '').replace(/(?<=.{2})的?(?:按照|按)[^，；。]*$/, '');
  // (对主营业务收入在20亿元及以上的企业，补助最高限额为800万元，其他企业补助最高限额为250万元: a payment to the others is not to
  // whom the provision's 对 names)
  let paid = OTHERS_PAID.test(sentence.slice(clause.start, quantity.start)) ? '' : paidFor(sentence, quantities, index);
  // (给予改植铁观音每亩补助700元, 给予每套乌龙茶加工设备购置补助2万元: with no one named as paid, what the payment is for is said
  // between 给予 and the payment, its unit in brackets)
  const givenFor = !paid ? GIVEN_FOR.exec(subject) : null;
  if (givenFor) return givenFor[1].replace(/^(.*?)每([亩套台个人户家头只])(.+)$/, '$1$3（每$2）');
  // 每家企业的奖励额度最高不超过500万元 after a ；: a cap for the whole item, named by its heading
  const provision = sentence.slice(Math.max(0, ...['；', '。'].map((p) => sentence.lastIndexOf(p, quantity.start - 1) + 1)), quantity.start);
  // …按1%给予奖励，每家企业的奖励额度最高不超过500万元: a cap in a clause of its own closes the whole item
  const ownCap = /^(?:每家|每个)(?:企业|单位|机构)?(?:的)?(?:奖励|补贴|补助|资助|支持)?(?:额度|金额)?(?:最高|累计)*(?:不超过|不高于)$/.test(sentence.slice(clause.start, quantity.start))
    && /^(?:(?:支持|鼓励|促进|加快|推动)[^，；。\d]{4,14})$/.test(heading);
  // (第二条 固定资产投资规模在500万元以上…，分别按…给予奖励: an article with no heading of its own has the sentence for one, no topic)
  const itemHeading = heading.length <= 30 && !/[，。；]/.test(heading) ? heading : '';
  // (（1）批发业发展奖励。对符合要求的批零企业，按照…给予奖励，单家封顶200万元: a cap per receiver of a payment the item's heading
  // names is that payment's)
  const headingsCap = PAYMENT_HEADING.test(itemHeading) && UNIT_CAP.test(sentence.slice(clause.start, quantity.start).trim());
  const capOfItem = (!paid && /^[每单]/.test(provision) && !/[对，]/.test(provision)) || ownCap || headingsCap ? stripLeadingVerb(itemHeading) : '';
  if (ownCap || headingsCap) paid = '';
  // 新认定市级品牌示范企业给予10万元奖补 after a ；: a provision naming its receiver before 给予 needs no earlier 对
  // (其他各类人才也将给予…: 也将 says how the provision goes on, not who is paid)
  // (…给予每人300万元资助，其他各类人才也将给予…: a provision may start after a grant already stated)
  // (优秀科技人才（B类）按在本区实际购房金额的80%给予最高300万元: or before the 按 that says how the payment is reckoned)
  const receiverOf = (text: string): string | undefined => {
    const words = text.replace(/^(?:[（(][^）)]*[）)])+/, '');
    return /^([^，对\d]{4,20}?)(?:也|还|亦|均|可|将)*(?:给予|予以)/.exec(words)?.[1] ?? /^([^，对\d按]{4,20}?)(?:每年|每季度|年度)?按[^，。；对]{2,40}?(?:给予|予以)/.exec(words)?.[1];
  };
  const granted = Math.max(-1, ...matchesOf(GRANT_STATED, sentence.slice(0, quantity.start)).map((m) => m.index + m[0].length));
  const ownReceiver = granted > quantity.start - provision.length ? receiverOf(sentence.slice(granted, quantity.start)) : undefined;
  const receiver = ownReceiver ?? (!paid ? receiverOf(provision) : undefined);
  if (receiver && !PAYER.test(receiver) && !/政府|部门|财政/.test(receiver) && !GENERIC_RECIPIENT_PATTERN.test(receiver) && !HOW_CLAUSE.test(receiver) && !/^(?:根据|依据|可|并|再)/.test(receiver)) paid = thingOf(receiver);
  // 举办大型会议参会人数达5000人以上的一次性给予100万元补贴: a condition with its size running straight into 给予 names the payment
  const condition = !paid ? /^([^，对。；：:]{4,40}?)的(?:一次性)?(?:给予|予以)$/.exec(provision.slice(provision.lastIndexOf('，') + 1).trim())?.[1] : undefined;
  if (condition && !PAYER.test(condition) && !/政府|部门|财政/.test(condition)) paid = clean(condition);
  // 组织普通旅游专列团队，一次人数达到300人以上，…，一次性奖励150元/人: with no 对, an activity opening the provision, its
  // conditions after it, is what is paid for
  // (根据《…奖励暂行办法》，组织…: the document it goes by opens no activity)
  // (省外整体迁入海口市的高新技术企业，符合…，经…确认…，给予50万元奖励: or the receiver it opens on, named by what it did, its
  // conditions after it)
  const opening = provision.trimStart().replace(ITEM_NUMBER, '').replace(/^(?:根据|按照|依据)《[^《》]{2,60}》[，,]/, '');
  // (从外市地引来一个…旅游团队 → 引来…旅游团队: where they come from, and the one counted at a time, are no part of the activity)
  const activity = !paid ? ACTIVITY_PAID.exec(opening)?.[1]?.replace(/^从[^，。；]{1,6}?(?=引来|输送)/, '').replace(/(?<=引来|输送|组织|接待|招徕)(?:一个|一批|一支)/, '') ?? RECEIVER_OPENING.exec(opening)?.[1] : undefined;
  if (activity) paid = activity;
  // the provision without the list's label before it (2.奖励标准:…)
  const unlabelled = paid ? '' : provision.replace(/^[^：:，。；]{0,10}[：:]/, '');
  // 年主营业务收入首次突破100亿元的企业，一次性给予…: a provision opening on the size its receiver reaches
  // (…突破1000亿元企业，给予企业高管人员…: the receiver's class is named once)
  const reached = unlabelled ? REACHED_SIZE.exec(unlabelled) : null;
  const givenTo = reached ? RECIPIENT.exec(sentence.slice(Math.max(clause.start, sentence.lastIndexOf('给予', quantity.start)), quantity.start))?.[1] : undefined;
  if (reached) paid = givenTo?.startsWith(reached[2].slice(-2)) ? reached[1] : reached[1] + reached[2];
  // 年社消额完成30亿元以上，不足40亿元的，奖励100万元: the band a payment is for names it
  const band = unlabelled && !paid ? PAID_BAND.exec(unlabelled.replace(/^\s*其中\s*[，,]\s*/, '').replace(/\s+/g, '')) : null;
  if (band) paid = `${band[1]}${band[2]}至${band[3]}`;
  // 年营业额达100万元以上（含100万元）的，奖励10万元；年营业额达50万元以上100万元（不含100万元）以下的，奖励5万元: tiers of a
  // yearly sum, each payment named by its tier
  const sumTier = unlabelled && !paid && !band ? SUM_TIER.exec(unlabelled.replace(/\s+/g, '')) : null;
  if (sumTier) paid = `${sumTier[1]}${sumTier[2]}${sumTier[3] ? `至${sumTier[3]}` : '以上'}`;
  // 第三条 支持优质项目落地。对…的企业，给予…: a bare 企业, or a means or result (通过…改造，达到…效果的),
  // names nothing paid for; the article's heading does
  // (对符合条件的项目, 对上述企业: a condition that says no more than that one qualifies, too)
  const topic = /^(?:支持|鼓励|促进)([^，；。\d]{2,14})$/.exec(heading)?.[1];
  if (topic && (GENERIC_PAID.test(paid) || /^(?:通过|达到)/.test(paid))) paid = topic;
  const afterGiven = sentence.slice(Math.max(clause.start, sentence.lastIndexOf('给予', quantity.start)), quantity.start);
  // (对…的特色园区，给予园区运营单位100万元奖励: or the body running what qualifies, named right before the amount)
  const recipient = paid ? RECIPIENT.exec(afterGiven)?.[1] ?? operatorPaid(afterGiven, paid) : undefined;
  // 经验收后，按照发电量给予投资人0.25元/度发电补贴: with no 对, the one 给予 names is who is paid
  const payee = paid ? undefined : RECIPIENT_BEFORE_AMOUNT.exec(afterGiven)?.[1];
  // (给予奖励资金60万元: the payment named before its amount is no one paid)
  const receiving = payee && !GENERIC_RECIPIENT_PATTERN.test(payee) && !/(?:额|费用|投资|投入|成本|收入|主体|[省市区县]级|财政)$|^(?:[省市区县]级|财政|一次性|每|奖励|补助|补贴|资助|扶持|奖补)/.test(payee) ? payee : '';
  // 投资规模在500万元以上从事农林牧副产品加工的企业，…分别按…给予奖励: with no 对, the firms a clause names by what they do
  const kindOfFirm = paid ? null : FIRMS_BY_TRADE.exec(provision.replace(/^\s*第[一二三四五六七八九十百\d]+条\s*/, ''));
  // (（四）属于聘为正高级专业技术职称的人员：享受安家费15万元…，考核合格的，给予40万元购房补贴: in an item labelled by whom it
  // pays, the label names the receiver of each payment in it, not a condition after it; not where 对 names another)
  // (…岗位津贴，提供人才公寓一套；在我市购房的，给予…: the label may open the paragraph, before the sentence the payment is in)
  const label = ITEM_RECEIVER_LABEL.exec(sentence) ?? (input.earlier ? ITEM_RECEIVER_LABEL.exec(input.earlier) : null);
  const labelled = label && !(label.input === sentence ? sentence.slice(label[0].length, quantity.start) : sentence.slice(0, quantity.start)).includes('对') ? clean(label[1].split(/[，,]/).pop()!.replace(/^(?:属于|聘为|被聘为|引进的?)+/, '')) : '';
  if (labelled) paid = '';
  // (3.提高财政补助标准。农村学校营养餐补助标准提高到6元: a clause naming its own payment, what it is for before it, takes no heading)
  const namesOwnPayment = OWN_PAYMENT_NAMED.test(subject.replace(/^对于?/, ''));
  const found = paid || capOfItem || labelled || beneficiary(sentence, quantity, index, quantities) || supportedThing(sentence, clause, quantities, index) || receiving || (kindOfFirm ? kindOfFirm[1] + kindOfFirm[2] : '') || conditionBeforeGiving(provision) || (namesOwnPayment ? '' : stripLeadingVerb(itemHeading));
  // 对研发、制造、税收、奖项、人才给予多角度政策组合扶持: a list of bare domains names no one paid
  // (…分期奖补最高500万元, 分档给予不超过1000万元: a cap's word before the amount, and the verb giving it, are no part of what
  // is paid for; where the words before the amount open with them, those words are the name, and the cap is taken out later)
  const listsDomains = /对[^、，]{1,3}(?:、[^、，]{1,3}){2,}给予/.test(provision);
  const who = listsDomains ? '' : subject.replace(/^对于?/, '').startsWith(found) ? found : found.replace(CAP_BEFORE_AMOUNT, '');
  // 县级分别一次性奖励: who pays (县级) is the record's region, not part of what is paid
  const support = (qualifiedSupport(sentence, quantity) || supportNoun(sentence, clause, quantity)).replace(/^(?:[省市区县]级|[省市区县]财政)再?(?=.{2})/, '');
  // 分别给予500万元、300万元、100万元一次性奖励: 一次性 anywhere in the amount's clause
  const once = paid && /一次性|一次(?=分别|奖励|补贴|补助|资助)/.test(clause.text) ? '一次性' : '';
  // 给予核定合同额最高50%: an amount it is a share of, not who receives it
  const named = recipient && !GENERIC_RECIPIENT_PATTERN.test(recipient) && !/(?:额|费用|投资|投入|成本|收入|主体)$/.test(recipient) && !who.includes(recipient);
  const given = (named ? recipient : '') + (who.includes('一次性') ? '' : once);
  // 按照不超过交易额的1% says what the share is of, which the name carries as （占交易额）
  const generic = GENERIC_SUBJECT.test(subject) || /^(?:分档|分级|分类|分级分类)*(?:按照|按|给予|予以)/.test(subject);
  let name = who + given;
  // 每家企业年度奖励最高200万元 → …每家企业年度奖励; 单台（套）产品最高50万元 → …单台（套）产品奖励
  // (每年按其…的5%给予补助: how often a share is paid is no unit of it; 年度最高3000万元 is a yearly cap)
  const perUnit = paid && /^(?:每|单|年度)/.test(subject) && !(quantity.base === 'percent' && /^(?:每年|每季度|每半年|年度)$/.test(subject)) ? subject : '';
  // 每家企业年度奖励最高200万元 keeps its words; a long clause before the amount is the condition already named
  // (当年改良品种每亩一次性补助1500元: words that already open with what is paid for are not said twice)
  // (对新升规工业企业奖励10万元: what is paid for, read up to the amount, is the subject's own words after 对)
  // (对企业给予奖励 → 企业奖励: 给予 says the payment is given, it names nothing)
  const subjectWords = subject.replace(/^对于?/, '').replace(/给予|予以/g, '');
  if (!generic && SUPPORT_NOUN.test(subject) && (!paid || subject.length <= 14)) {
    if (name && subjectWords.startsWith(name)) name = subjectWords;
    // (对新认定的高新技术企业奖励 → 高新技术企业奖励: the receiver as named, with what it is paid)
    else if (name && subjectWords.includes(name)) name += SUPPORT_NOUN.test(name) ? '' : support;
    // (…至20万元车辆 + 车辆补贴: words the two share where they meet are said once)
    else name += subject.slice(overlapOf(name, subject));
  }
  else {
    const before = name;
    // (对每家企业最高给予2000万元: a subject that opens with the receiver already named adds only its other words)
    // (二是茶叶品种改良补助。茶叶品种改良按160元/亩进行补助: nor one the heading's name already holds)
    name += perUnit + (generic || paid ? '' : name && subjectWords.startsWith(name) ? subjectWords.slice(name.length) : name && subjectWords.length >= 2 && name.includes(subjectWords) ? '' : subject);
    // (国家工程研究中心（实验室）配套奖励200万元, 分期奖补最高500万元: words the name ends on and the support opens with are said once)
    // (…城市基础设施配套资金8.28亿元，电力设施项目等建设资金4.67亿元: money already named as funds takes no other clause's support noun)
    name += before.endsWith(support) || (name !== before && FUNDS_NAMED.test(name)) ? '' : support.slice(overlapOf(name, support));
  }
  // (给予最高20%的设备投入补助、30%的研发费用补助、100%的房租补贴和800元/平方米的装修补贴: payments listed, each after its own
  // figure, are named each by its own)
  const listed = LISTED_PAYMENT.exec(sentence.slice(quantity.end));
  const inList = listed && (/^[、和及]\s*(?:最高)?[\d.]/.test(sentence.slice(quantity.end + listed[0].length)) || PAYMENT_LISTED_BEFORE.test(sentence.slice(clause.start, quantity.start)));
  if (listed && inList) return `${who}${listed[2]}${quantity.base === 'percent' ? '比例' : listed[1] ? `（每${listed[1]}）` : input.comparator === '<=' ? '上限' : ''}`;
  const givenAs = /^的((?:(?!给予|予以|标准)[^，。；]){0,10}(?:补助|补贴|贴息|奖励|资助|支持))/.exec(sentence.slice(quantity.end));
  // 按照不超过建设项目投资的30% → 建设项目投资; 给予交易额1‰ → 交易额; 按照…登记证书的登记服务费用的30% → 登记服务费用
  // 按四技服务收入（不含财政拨付的资金）的8%: a note in brackets is no part of what the share is of
  // (给予设备投资额12%、15%和20%, 合同发生金额的30%或10%: the amounts before this one in its list are no part of the basis, nor in one run
  // together: 按15%25%30%)
  // (按照其首次装修办公用房实际发生费用30%: a long basis reaches further back than the words just before)
  const nearWindow = (/[（(]/.test(nearBefore) ? sentence.slice(Math.max(clause.start, quantity.start - 40), quantity.start).replace(/[（(][^）)]*[）)]/g, '').slice(-16) : sentence.slice(Math.max(clause.start, quantity.start - 22), quantity.start))
    .replace(/(?:[\d.]+[%‰]?[、和及与或]|[\d.]+[%‰])+$/, '');
  // (按企业上一年度享受税前加计扣除政策的研发费用数额的10%: a basis qualified at length, 按 further back than the words just before)
  const farWindow = sentence.slice(Math.max(clause.start, quantity.start - 48), quantity.start);
  const shareWindow = !SHARE_CUE.test(nearWindow) && /(?:按照|按)[^，。；]*的$/.test(farWindow) && !/[\d（(]/.test(farWindow) ? farWindow : nearWindow;
  // (奖励标准为投资额的1‰: a standard set as a share of a sum, too)
  // (补贴比例不超过算力合同费用的30%: a rate bounded, then what it is a share of)
  // (补助资金最高不超过设施设备总造价的30%: a payment capped as a share of a sum)
  const share = SHARE_CUE.test(shareWindow)
    ? /^(?:不超过|不高于|不低于)?(?:[^，。；]*的)?([^，。；的]{2,16}?)的?$/.exec(shareWindow.replace(/^.*(?:按照|按|给予|占|标准为|比例为|比例(?=不超过|不高于|不低于)|(?:资金|补助|补贴|奖励|扶持|奖补)(?:最高)?(?=不超过|不高于))其?/, '').trim())
    : null;
  // 按照实际完成投资（以发票为准）给予不高于30% → 实际完成投资
  const basis = /(?:按照|按)([^，。；给]{2,12}?)给予(?:不超过|不高于|最高)?$/.exec(sentence.slice(Math.max(clause.start, quantity.start - 30), quantity.start).replace(/[（(][^）)]*[）)]/g, ''))?.[1];
  // (按“前三年80%、后两年50%”: the years a rate holds for, after 按, are no basis; named apart as （前三年）)
  const years = share ? RATE_YEARS.exec(share[1])?.[1] : undefined;
  const of = years ? `（${years}）` : share && share[1].length >= 2 && !/最高|最多|不超过|不高于|不低于/.test(share[1]) ? `（占${share[1]}）` : basis ? `（占${basis}）` : '';
  if (quantity.base === 'percent' && givenAs) {
    // 对“首次贷款”业务，给予1%的贴息 → “首次贷款”业务贴息; 给予交易额1‰的资金支持 → …资金支持比例（占交易额）
    return who + givenAs[1] + (/贴息|补助$/.test(givenAs[1]) && !of ? '' : `比例${of}`);
  }
  // (数商企业梯队最高一次性奖励, …技术难题最高可得补助: a cap said inside a sum's name is named as one, at its end)
  if (quantity.base === 'CNY' && input.comparator === '<=' && !/最高(?:额度|金额)/.test(name)) name = name.replace(CAP_INSIDE, '');
  if (quantity.base === 'percent') {
    // (补助比例最高不超过20%: a name already ending on 比例 takes it once)
    // (对企业贷款给予50%贴息, 按50%给予贴息: the interest paid, named right after its share)
    const subsidy = /^(?:给予|予以)?贴息/.test(sentence.slice(quantity.end, quantity.end + 4)) && !name.includes('贴息') ? '贴息' : '';
    name += subsidy + (/费率|利率/.test(sentence.slice(quantity.end, quantity.end + 4)) ? '费率' : name.endsWith('比例') ? '' : '比例') + of;
  } else if (generic && /金额/.test(subject)) {
    name += '金额';
  } else if (quantity.base === 'CNY' && /最高(?:额度|金额)/.test(name)) {
    // 最高额度300万元, 扶持最高额度由200万元增至300万元: the cap, named as one
    name = `${name.replace(/最高(?:额度|金额)/, '')}上限`;
  } else if (input.comparator === '<=' && !/上限|最高/.test(name) && quantity.base === 'CNY') {
    // (大型会议奖励金额上限 → 大型会议奖励上限: the amount of a payment, capped, is the payment's cap)
    // (补助总额限50万元 → 补助总额上限: a total limited to the sum is its cap)
    name = `${name.replace(/(奖励|补贴|补助|资助|奖补)金额$/, '$1').replace(/(?<=总额|额度|金额)限$/, '')}上限`;
  }
  // (产品补贴（按整机售价15%…: a bracket the provision opened and the amount cut is no part of the name)
  const final = (name || object || subject).replace(/(?:一次性)+/g, '一次性').replace(/一次性(?=.+一次性)/, '').replace(/[（(]([^（()）]*)(?=[（(])/g, '$1');
  // 对当年度进出口额1亿元-10亿元（含1亿元）、增幅在10%以上的企业: a band written with which end is in is a tier
  // of payments, and names this one (a bare 10亿元以上 is who qualifies, and stays out)
  const tier = markedBand(provision);
  const banded = tier && !/\d/.test(final) && !final.includes(tier) ? tier + final : final;
  // 进出口额比上年度每增加2000万元，给予奖励1万元: the step a payment is counted by (not the cap on the sum)
  const step = input.comparator === '<=' || !provision.includes('每') ? null : PAYMENT_STEP.exec(provision);
  // (每新增1张床补助…: a step of one thing is a payment per thing, named so already)
  if (!step || banded.includes('每增加') || /^1[^\d.万亿元]/.test(step[2])) return banded;
  // (住宿餐饮企业营业收入每增加1000万元，给予5万元奖励; 首年企业年运营每增加2万架次: what grows by the step, said before it)
  // (并按照产值每增加1亿元, 对零售业企业年零售额较上一年每增加…: what grows, after whom it is paid to and how)
  const grows = clean(step[1]?.replace(/^.*(?:对于?|按照?|[“”"])/, '').replace(/^(?:并|且|其)/, '').replace(/(?:[比较]上一?年度?|同比)$/, '') ?? '');
  // a payment named by its kind alone is named by what grows, as the step's own (零售额每增加1亿元奖励)
  // (每增加50人递增5000元: and a payment named by its increment alone, by the step it rises with)
  if ((grows.length >= 2 && BARE_PAYMENT.test(banded)) || /^(?:递增|追加)$/.test(banded)) return `${grows}每增加${step[2]}${banded}`;
  return `${banded}（${grows.length >= 2 && !banded.includes(grows) ? grows : ''}每增加${step[2]}）`;
}

/** 营业收入每增加1000万元，给予5万元奖励, 年运营每增加2万架次给予…: the step a payment is counted by, and what grows by it (in the same clause). */
const PAYMENT_STEP = /([^，；。：:\d]{2,16})?每(?:同比)?(?:增加|新增|增长|提高)(\d+(?:\.\d+)?[万亿]?(?:元|(?:(?!给予|予以)[\u4e00-\u9fa5]){1,2}))[^，；。\d]{0,4}[，,]?(?:给予|予以|奖励|补贴|补助|奖补|扶持|递增|追加)/;

/** 给予, 按投资额的, 按照入区协议给予连续: a clause that only gives, up to the amount. */
const GIVING_CLAUSE = /^(?:(?:按照?|依照)[^，。；]{0,16}?)?(?:连续\d+年)?(?:一次性)?(?:给予|予以)?(?:一次性)?$/;
/** 固定资产投资1000万元以上的工业产业项目: who qualifies by a size, named by what it is. */
const SIZED_RECEIVER = /\d(?:[万亿]?元|%|件|个|家|人|平方米|㎡|亩)(?:及)?以上的([^，。；的\d]{2,14}?(?:企业|项目|单位|机构|主体))$/;

/**
 * 年度获批10件及以上…软件著作权登记的，给予3万元奖励; 固定资产投资1000万元以上的工业产业项目，按投资额的1%给予奖励: a
 * condition in a clause of its own, closed by 的 or naming who qualifies by its size, before a clause that only gives. A
 * figure in it is how the payment is earned, and names it where nothing else does.
 */
function conditionBeforeGiving(provision: string): string {
  const clauses = provision.replace(BAND_END_NOTES, '').split('，');
  if (clauses.length < 2 || !GIVING_CLAUSE.test(clauses[clauses.length - 1].trim())) return '';
  // (—3—: a page's number run into the text; （房地产项目除外）: a note on who is left out)
  const condition = clauses[clauses.length - 2].replace(/^(?:[—－-]\d{1,3}[—－-]|[—－-]{2}|[（(]?[一二三四五六七八九十\d]{1,2}[)）.．、])\s*/, '').replace(/[（(][^（()）]*[)）]$/, '').trim();
  if (/^对|^(?:按照?|给予|予以|经)/.test(condition) || HOW_CLAUSE.test(condition) || PAYER.test(condition)) return '';
  // (固定资产投资1000万元以上的工业产业项目: the class by size is who qualifies, and the receiver names it)
  const sized = SIZED_RECEIVER.exec(condition);
  if (sized) return sized[1];
  // (新引进企业年营业收入达到2000万元以上的: a sum to reach is who qualifies too, and names nothing paid for)
  if (!/[^的]{4,40}的$/.test(condition) || MONEY_CLASS.test(condition)) return '';
  return clean(condition.replace(/的$/, ''));
}
/** （一）中国科学院院士、中国工程院院士：, 全日制博士研究生：: an item's label naming the people or bodies it pays, before its colon. */
const ITEM_RECEIVER_LABEL = /^\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])\s*([^：:。；]{2,80}?(?:人员|人才|院士|专家|研究生|毕业生|带头人|导师|团队|博士|硕士|本科生|技师|工匠)等?)[：:]/;
/** 组织高铁旅游专列团队，一次人数达到100人以上，…，: an activity a provision opens on, conditions after it in clauses of their own. */
// (区外旅行社招徕区外游客累计500人以上，停留不少于2晚3天，…，按50元/人标准奖励: who does it may open it, its size after it, and
// the rate it is paid at close it)
// (从外市地引来一个鞍山机场进出港的旅游团队，人数在50人以上，按每名游客200元奖励: or brings visitors in, paid by the head)
const ACTIVITY_PAID = /^([^，。；：:\d]{0,12}?(?:组织|举办|承办|开通|新开通|开行|新开|招徕|接待|引来|输送)[^，。；：:\d]{2,20}?)(?:(?:累计|一次性|全年|单次)*[\d][^，。；]{0,16})?[，,](?:[^，。；]{2,40}[，,])+?\s*(?:(?:一次性)?(?:给予|予以|奖励|补助|补贴|奖补)[^，。；]{0,12}|按照?(?:每[^，。；\d]{1,6})?)$/;
/** 省外整体迁入海口市的高新技术企业，…，: a provision opening on its receiver, named by what it did, conditions after it in clauses of their own. */
const RECEIVER_OPENING = /^(?!在)([^，。；：:\d]{2,24}的[^，。；：:的\d]{2,12}?(?:企业|项目|单位|机构|团队))[，,](?:[^，。；]{2,60}[，,])+?\s*(?:一次性)?(?:给予|予以)[^，。；]{0,12}$/;
/** 达到2000万元以上, 在500万元（含）以上: a sum a receiver must reach, a class by size. */
const MONEY_CLASS = /\d(?:\.\d+)?[万亿]?元(?:及)?以上/;

/** …在500万元以上从事农林牧副产品加工的企业，: firms named by the trade they are in, after any size they must reach. */
const FIRMS_BY_TRADE = /(?:^|[，：])(?:[^，。；]*?\d+(?:\.\d+)?[万亿]?元?(?:以上|以下))?(?:从事|经营)([^，。；\d]{2,20}?)的(企业|项目)(?=[，,])/;
/** 对初创企业提高资助比例至: receivers and the rate raised for them, right before the new rate. */
const RAISED_RATE = /对于?([^，。；对]{2,16}?)(?:提高|提升|上调)((?:资助|补助|补贴|奖励|奖补|贴息)?比例)(?:至|到)$/;
/** 二级补助, 省级奖励: a grade and the support paid for it, and nothing else. */
const GRADE_PAID = /^([一二三四五六七八九十]级|[省市县区]级|国家级)((?:一次性)?(?:补助|奖励|补贴|资助|奖补|支持))$/;
/** 一级旅游集散中心建设项目补助: a grade opening a longer name. */
const GRADED = /^([一二三四五六七八九十]级|[省市县区]级|国家级)(.{3,})$/;
/** 不过, 即对, 如对, 比如, 以及: a word linking a sentence to the one before, and the 对 after it, before a name's own words. */
const LEADING_CONNECTIVE = /^(?:不过|但是?|而且|即(?!时)|比如|例如|如(?=对|在)|以及|另外|此外)[，,：:]?(?:对于?)?(?=[\u4e00-\u9fa5“"]{2})/;
/** …玉东本级财政给予的一次性奖励, …每年给予办赛经费支持: the verb giving a payment, and the purse it is given from, inside its name; not before a receiver (一次性给予企业奖励). */
const GIVING_INSIDE = /(?<=[\u4e00-\u9fa5“”"）)]{2})(?:[\u4e00-\u9fa5]{2}本级财政|财政)?(?:给予|予以)的?(?!该|其|企业|单位|个人|主体|机构|团队)(?=[\u4e00-\u9fa5“"]{2})/g;
/** 固定资产投资补助方面，: a sentence opening on the payment it is about, as an aspect (captured: the payment). */
const PAYMENT_ASPECT = /^\s*([^，。；在]{2,12}?(?:补助|补贴|奖励|资助|奖补))方面[，,]/;
/** 在农业方面，, 此外，在服务业方面，: the sector a sentence opens on (captured). */
const SECTOR_ASPECT = /^\s*(?:此外|同时|另外)?[，,]?\s*在([^，。；\d]{2,8}?)方面[，,]/;
/** 取暖问题市政府决定要: what is left of a problem a payment solves, then the body deciding it, opening a name. */
const PROBLEM_AND_DECISION_OPENING = /^[\u4e00-\u9fa5]{0,10}问题(?:[\u4e00-\u9fa5]{0,10}?(?:人民)?政府)?(?:决定)?(?:要)?(?=为|对|给予|拿出|安排|发放)/;
/** (30家)企业超2亿元, (5家)企业过10亿元: the size the firms just counted are to pass (captured). */
const FIRMS_PASSING_AFTER = /^(?:规上|规模以上)?(?:工业)?企业(?:销售|产值|营收|营业收入|销售收入)?((?:超过?|过|突破)[\d.]+[万亿]?元)/;
/** 底线目标, 奋斗增长: a goal named by nothing but its tier (captured: the tier, then whether it is the growth). */
const TIER_ALONE = /^(底线|奋斗|保底|力争|挑战|预期)(?:目标|(增长))$/;
/** 社会消费品零售总额：底线目标…, 其中，加工贸易进出口总额，底线目标…: the measure a sentence opens on before goals by tier (captured). */
const MEASURE_BEFORE_TIERS = /^\s*(?:其中[，,：:]\s*)?([^，。；：:\d]{2,16}?)[：:，,]\s*(?=(?:底线|奋斗|保底|力争|挑战|预期)目标)/;
/** 安排, 统筹安排: a sum named by nothing but its arranging. */
const ARRANGED_NAME = /(?:^|[^省市区县级财政])(?:每年|共|统筹|另)?安排(?:支持|资金)?$/;
/** ，支持500家左右科技型中小企业发展: what the clause after a sum supports (captured: the verb, then what it supports). */
const SUPPORTED_AFTER = /^(?:元)?[，,]\s*(?:专项|重点)?(?:用于)?(支持|扶持)([^，。；]{2,30})/;
/** 完成投资, 投资: investment that names nothing it is made in. */
const INVESTMENT_ALONE = /^(?:完成|实现)?投资$/;
/** 项目可补助上限, 企业奖励: a name saying no more than a kind of receiver and the payment (captured: what it bounds). */
const BARE_UNDER_ASPECT = /^(?:符合条件的)?(?:项目|企业|单位|主体)?(?:可|最高可)?(?:补助|补贴|奖励|资助|奖补|支持)(上限|比例|标准)?$/;
/** 农村学校营养餐补助标准, 城乡居民医保补助标准: a payment's name whole, what it is for (four characters or more, no 每 or 单 of a rate) before its kind. */
const OWN_PAYMENT_NAMED = /^(?:(?![每单])[\u4e00-\u9fa5]){4,24}(?:补助|补贴|资助|津贴|奖励|奖补)(?:标准|资金|金额|额度)?$/;
/** 在加快创新成果转化方面，对: the topic a provision is under, and the 对 after it, opening a name; and the 或 of a second amount after it. */
const TOPIC_FRAME = /^在([\u4e00-\u9fa5“”"]{2,14}?)方面[，,：:]?(?:对于?)?(?:或(?=[\u4e00-\u9fa5]))?(?=[\u4e00-\u9fa5“"]{2})/;

/**
 * 在加快创新成果转化方面对创新药单品种支持上限 → 创新药单品种支持上限: the topic is no part of a name that says what is paid
 * for; of one that names only the kind of payment (在满足创新发展需求方面奖励上限), it is what the payment is for.
 */
function withoutTopic(name: string): string {
  const topic = TOPIC_FRAME.exec(name);
  if (!topic) return name;
  const rest = name.slice(topic[0].length);
  return BARE_KIND_OF_PAYMENT.test(rest.replace(/[（(][^（()）]*[)）]$/, '')) ? topic[1] + rest : rest;
}
/** 武汉将, 喀什经济开发区将, 生态城将: a place that will do what the figure says, before the words naming it; 浦东 and 山东 are checked against the divisions. */
const PLACE_WILL = /^([\u4e00-\u9fa5]{2,8}?)将(?![近军领士帅])(?=[\u4e00-\u9fa5“"]{2})/;
const PLACE_ENDING = /(?:省|市|区|县|州|盟|旗|城|镇|乡)$/;

/** 武汉将开通低空飞行商业航线 → 开通低空飞行商业航线: a place opening a name as the subject of 将 is who commits, which the record's region says. */
function withoutPlaceWill(name: string): string {
  const place = PLACE_WILL.exec(name);
  return place && (PLACE_ENDING.test(place[1]) || regionIndex().lookup(place[1])) ? name.slice(place[0].length) : name;
}
/** 分期奖补最高, 发放最高, 分档给予不超过: a cap's word, and the verb giving it, ending the words before an amount. */
const CAP_BEFORE_AMOUNT = /(?:发放|给予|予以|可获得?)?(?:最高|最多|不超过|不高于)+$/;
/** 最高, 原则上最高可得: a cap's words inside a payment's name. */
const CAP_INSIDE = /(?:原则上)?最高(?:可得|可获得?|获得?|可申领|限额)?(?:不超过|不高于)?/;
/** How many characters (two or more) that `head` ends with `tail` opens with. */
function overlapOf(head: string, tail: string): number {
  for (let n = Math.min(head.length, tail.length - 1); n >= 2; n--) if (head.endsWith(tail.slice(0, n))) return n;
  return 0;
}
/** 50%，最高额度不超过1亿元, 1%给予奖励，奖励金额最高不超过100万元: a cap in the clause straight after a rate. */
const CAP_AFTER_RATE = /^[^，；。\d]{0,4}[，,、]\s*(?:(?:奖励|补贴|补助|资助|扶持|奖补)(?:资金)?(?:额度|金额)?)?(?:最高|最多)(?:额度|金额)?(?:不超过|不高于)?$/;
/** ，最高奖励, ，累计最高不超过: a cap's own clause straight after a payment. */
const CAP_AFTER_PAYMENT = /^[^，；。\d]{0,6}[，,]\s*(?:累计|每年|年度)?(?:最高|最多)(?:奖励|补贴|补助|资助|奖补|支持)?(?:金额)?(?:不超过)?$/;
/** 进出口额1亿元-10亿元, 自营进出口额500万元以上: a measure and the band of it a payment is for. */
const MARKED_BAND = /([\u4e00-\u9fa5]{2,10}?)(\d+(?:\.\d+)?[万亿]?元?(?:[—–\-~至到]\d+(?:\.\d+)?[万亿]?元|[万亿]?元以上))/;
/** The band a provision's receiver is in, where the provision says which end is in (（含1亿元）, 5万元（含）至10万元（不含）); none where 分别 spreads amounts over bands. */
export function markedBand(provision: string): string {
  const plain = provision.replace(BAND_END_NOTES, '');
  if (plain === provision || provision.includes('分别')) return '';
  // (购买5万元（含）至10万元（不含）的车辆补贴: or in the amount's own clause)
  const receiver = /对于?([^，；。]*?)的/.exec(plain)?.[1] ?? /(?:^|[，,：:])([^，,：:；。]*?)的[^，,：:；。\d]{1,8}$/.exec(plain)?.[1];
  const band = receiver ? MARKED_BAND.exec(receiver) : null;
  // (年度内完成固定资产投资在20亿元-25亿元: the measure after the words on when and how it is reached)
  return band ? band[1].replace(/^.*(?:完成|实现|达到|年内|度内|当年度?|全年)/, '').replace(/在$/, '') + band[2] : '';
}

/** Words around a sum set aside that name no purpose: 4.安排, 每年统筹, （二）实施, 每年安排不少于. */
const FUND_NOISE = /[（(][^）)]*[）)]|\d+[.．、]|^(?:实施|开展|推进|设立)|(?:每年|年度)?(?:安排|统筹|设立|投入|筹集)(?:不少于|不低于|超过|至少)?$/g;

/**
 * Money set aside for a purpose: 每年安排100亿元资金支持高精尖产业落地发展 → 高精尖产业落地发展资金;
 * （二）实施种业振兴行动 4.安排9000万元资金 → 种业振兴行动资金. Empty when the object is not 资金.
 */
function fundName(sentence: string, clause: Span, quantity: Quantity, object: string): string {
  const fund = /^(?:([^，、]{2,12})等)?((?:专项)?资金)(?:(?:支持|用于)(.+))?$/.exec(object);
  if (quantity.base !== 'CNY' || !fund) return '';
  // 安排110亿元农业生产发展等资金 → 农业生产发展资金
  if (fund[1]) return purposeBefore(sentence, clause, quantity) + fund[1] + '等' + fund[2];
  if (fund[3] && fund[3].length >= 2) return stripLeadingVerb(fund[3]) + fund[2];
  const [, , kind] = fund;
  const purpose = purposeBefore(sentence, clause, quantity);
  return purpose ? purpose + kind : '';
}

/** Words around a fund's purpose that are not the purpose. */
const tidy = (text: string): string => text.replace(FUND_NOISE, '').replace(FUND_NOISE, '');

/** The action a sum is set aside for, from its own clause or the one before: 1.实施优质高效增粮示范行动，安排… */
function purposeBefore(sentence: string, clause: Span, quantity: Quantity): string {
  const own = tidy(sentence.slice(clause.start, quantity.start));
  if (own.length >= 2) return own;
  const previous = tidy(sentence.slice(0, clause.start).split(/[，；]/).filter((c) => c.trim()).pop() ?? '');
  return previous.length >= 2 && !/\d/.test(previous) ? previous : '';
}

/** 省级的, 新获批省级的: a condition that is a grade alone, of the thing an earlier provision names. */
const GRADE_CONDITION = /^(?:新获批|新认定|新获评|获批|认定为?|被认定为|新)?((?:国家|省|自治区|市|县|区)级)的$/;
/** 技术合同成交额在1000万元以上的…: the 在 that opens a size, which goes with it. */
// (not 在200万元以上（含）等, a band whose words are taken out whole)
const SIZE_OPENED = /在(?=[\d.]+[万亿]*元(?:及)?以上(?!(?:[（(]含[^）)]*[）)])?等))/g;

/** 前3名奖励, 4—10名奖励, 其中第一名奖励: a payment at a rank. */
const RANK_PAID = /^\s*(?:其中[，,]?)?((?:前\d{1,3}|\d{1,3}[—–\-~至]\d{1,3}|第[一二三四五六七八九十\d]{1,3})名)(?:奖励|给予|补助|补贴|奖补)(?:资金)?$/;
/** 排名前10名的A级景区、星级酒店给予复工奖励，其中: who is paid by rank, and the payment, before the ranks are spread. */
// (排名前30名旅行社给予…: or after the rank the lead counts)
const RANKS_PAID_LEAD = /(?:的|前\d{1,3}名)([^，。；的]{2,20}?)(?:给予|予以)([\u4e00-\u9fa5]{0,6}?(?:奖励|补助|补贴|奖补))[，,]\s*(?:其中[，,]?\s*(?:[^，。；]*[，,]\s*)*)?$/;

/** 万个 → 个, 亿元 → 元: a unit without its multiple. */
const bareUnit = (unit: string): string => unit.replace(/^(?:万亿|千亿|百亿|十亿|亿|千万|百万|十万|万|千)/, '');
/** 1.年产5万吨新材料项目：, （3）县城污水处理厂提标改造工程： a list's item opening on the project it is about. */
const PROJECT_ITEM_LABEL = /^\s*(?:\d{1,3}[.、．]|[（(]\d{1,3}[)）])\s*([^：:，。；]{2,40}?(?:项目|工程))[：:]/;
/** 总投资, 2023年计划投资, 年度计划投资: what a project is to cost, or spend in a year, alone before its sum. */
const PROJECT_SPENT = /^\s*(?:(?:19|20)\d{2}年)?((?:总|年度|年度计划|计划)?投资)(?:约|达)?$/;

/** 力争达到, 突破: a clause of a cue and a verb of reaching alone. */
const BARE_REACH = /^\s*(?:力争|确保|争取|将|要)?(?:达到|达|突破|超过|增至|实现)$/;
/** …；到2030年， right before a clause: a later horizon opening its own clause. */
const HORIZON_CLAUSE_BEFORE = /[；，,]\s*(?:到|至)(?:19|20)\d{2}年(?:底|末)?[，,]\s*$/;
/** 10年后则达到, 5年内突破: a clause of a span of years and a verb, naming nothing. */
const SPAN_THEN_VERB = /^\s*[\d一二三四五六七八九十两]+年(?:之?内|以内|之?后|以后)(?:则|再|将)?(?:达到|达|突破|超过|超|过|增至|实现)?$/;

/** What a number measures or pays for; never empty (a clause too garbled to name keeps its own words). */
/** 同比增长, 比上年增长, 增长: a growth named by nothing but itself. */
/** 累计超过, 建成投产, 新增: verbs with no measure named. */
const VERBS_ONLY = /^(?:每年|年|累计|净增|新增|新建|建成|投产|开工|竣工|完成|实现|达到|达|超过|超|突破|并网|投运|改造提升|提升改造|改造|提升|改扩建|改建|扩建|迁建|续建|力争|争取|确保|跨上|迈上|跃上|登上|新|台阶)+$/;
/** 投入强度, 产出效率: two characters of what is measured and two of the measure, nothing to say whose. */
const BARE_MEASURE = /^[\u4e00-\u9fa5]{2}(?:强度|比重|占比|规模|总额|效率|密度)$/;
// (年均保持8%的增长速度: or a rate of growth, said after the figure)
/** 就近建设笋竹物理分解场地，: a clause that builds or sets up things, no figure in it, right before the next (the things captured). */
const BUILT_IN_CLAUSE_BEFORE = /(?:^|[，,；;。])[^，,；;。\d]{0,20}?(?:建设|新建|建成|打造|设立|组建|创建|布局)([^，,；;。、\d]{2,16})[，,]\s*$/;
/** 同比分别增长, 分别增长, 均增长: growths said once for each of the levels before them. */
export const SPREAD_GROWTH = /^\s*(?:同比|环比|比上年|较上年|比去年|较去年)?(?:分别|均)(?:比|较)?(?:上年|去年|(?:19|20)\d{2}年)?(增长|增速|提高|提升|上升|下降)(?:为|了)?$/;
/** 吞吐量, 发电能力, 装机容量: a bare measure of a capacity or an amount, no owner named. */
const BARE_MEASURE_WORD = /^(?!实现|完成|达到|新增|累计)[\u4e00-\u9fa5]{1,3}(?:量|能力|容量)$/;
/** 第二产业产值增长, 工业总产值年均增长: a level's growth, the level first. */
const GROWTH_OF = /^(.{2,}?)(?:年均|年平均|平均)?(?:增长|递增|增速)$/;
const BARE_GROWTH = /^(?:同比|环比|比上年|较上年|比去年|较去年)?(?:[\d一二三四五六七八九十]年)?(?:年)?(?:平均|均)?(?:复合)?(?:增长|递增|增速|增长速度|增长率|下降|提高|提升|增加|上升|降低|减少)$/;
const GROWTH_BASIS = /^(?:同比|环比|比上年|较上年|比去年|较去年)/;
/** （以下简称社零额）: the short name a sentence gives what it measures. */
const SHORT_NAME_GIVEN = /[（(]以下简称[“"]?([\u4e00-\u9fa5]{2,8})[”"]?[）)]/;
/** 奋力站上大台阶, 突破千亿大关: climbing onto a step, with nothing said of what climbs. */
const MILESTONE = /^(?:奋力|力争|努力|争取|确保)?(?:站上|迈上|跨上|跃上|登上|突破|迈过|跨越)?(?:新的?|大|更高的?)?(?:台阶|大关|关口)$/;

/** 医药和医疗器械产业要, 机电制造业将: an industry opening a clause with what it is to do. */
/** 推动非常规天然气增储上产，: a clause that grows a product's output, just before a bare 年产量. */
const GROWS_OUTPUT = /(?:^|[，；：])(?:推动|推进|加快|促进|支持|扩大)?([\u4e00-\u9fa5]{2,10}?)(?:增储上产|扩能增产|增产扩能|稳产增产|增产|扩产|上产)[，]?$/;
const INDUSTRY_RESOLVES = /(?:^|[，,：:；])([^，,：:；\d]{2,24}?(?:产业|行业|业))(?:要|将|应)/;

/** 突破, 跨越: the level reached in the years counted right before it. */
const YEARS_THEN_LEVEL = new RegExp(`^${LEVEL_REACHED}$`);
/** 、2025年突破, 、2025年达到, 以上，2020年达: the same measure's figure for a later year. */
const LATER_YEAR_STEP = /^(?:以上|左右)?[、，,](?:19|20)\d{2}年(?:底|末)?(?:力争|争取)?(?:突破|达到|超过|提高到|提升到|增至|降至|降低到|控制在|保持在|达)?$/;

/** （二）发放“训力券”。: the program an item's heading names in quotes. */
const QUOTED_PROGRAM = /“([^“”]{2,8})”/;

/**
 * What a record measures, named from its sentence; money given under an item whose heading names its
 * program in quotes (（二）发放“训力券”。…对租用智能算力的企业…给予…) is named for the program too.
 */
/**
 * (一)支持设备类投资。…给予…补助 / (1)1000万元-1亿元（不含）的按照5% → 设备类投资补助比例（1000万元-1亿元）: a rate of a
 * schedule, named by its item's heading and its band; null otherwise.
 */
function bandRate({ sentence, quantities, index, heading, kind }: NamingInput): string | null {
  if (kind !== 'incentive' || quantities[index].base !== 'percent') return null;
  const band = RATE_OF_BAND.exec(sentence.slice(0, quantities[index].start));
  if (!band) return null;
  const topic = clean(heading.split(/[。；]/)[0]).replace(/^(?:支持|鼓励|对)/, '');
  const payment = /奖励|补贴|补助|资助|奖补/.exec(heading)?.[0] ?? '补助';
  // (which end of the band is in, 5000万元（不含）, is no part of its name)
  return `${topic.length >= 2 && topic.length <= 16 ? topic : ''}${payment}比例（${band[1].replace(/\s+/g, '').replace(/[（(]不?含[)）]$/, '')}）`;
}

/** 100平米以下的每年不超过, 50人以上的最高: the tier of a size (captured) and how often it is paid (captured), before the most paid. Shared with the kinds, which pay it. */
export const TIER_OF_PAYMENT = /^([^，。；、\d]{0,8}\d+(?:\.\d+)?[^，。；、\d]{1,4}(?:以下|以上|以内)(?:[（(]含[)）])?)的?(每年|每月|每人|每户|每家)?(?:不超过|不高于|最高|最多)$/;

/**
 * （5）场地租金补贴。…100平米以下的每年不超过3000元，100平米以上的每年不超过5000元 → 场地租金补贴上限（100平米以下，每年）: the most
 * each tier of a size is paid, under a heading that names the payment, named by the payment and the tier; null otherwise.
 */
function tierOfPayment({ sentence, clause, quantities, index, kind, heading, comparator }: NamingInput): string | null {
  if (kind !== 'incentive' || quantities[index].base !== 'CNY' || !PAYMENT_NAMED_HEADING.test(heading)) return null;
  const tier = TIER_OF_PAYMENT.exec(lastItemOf(sentence.slice(clause.start, quantities[index].start)));
  const payment = clean(heading.replace(ITEM_NUMBER, '').split(/[。；]/).pop()!);
  if (!tier || payment.length < 4 || payment.length > 16) return null;
  return `${payment}${comparator === '<=' ? '上限' : '标准'}（${tier[1]}${tier[2] ? `，${tier[2]}` : ''}）`;
}

/** The words of a clause's last listed item, after its last 、 or 按 (按中级工班每人每年5000元、高级工班每人每年 → 高级工班每人每年). */
export const lastItemOf = (words: string): string => words.slice(Math.max(words.lastIndexOf('、'), words.lastIndexOf('按')) + 1).trim();
/** 初级工（五级）每人, 高级工班每人每年: a grade of a schedule paid per head, its words captured. Shared with the kinds, which pay it. */
export const GRADE_PER_HEAD = /^([^，。；：:\d]{2,14}?)每(?:人|户|名)(?:每(?:年|月|学时))?$/;
/** 六类人员职业技能培训补贴标准: a payment whose standard the paragraph sets, its name captured. */
const PAYMENT_STANDARD_NAMED = /([^，。；：:\d]{4,24}?(?:补贴|补助|奖补|津贴))标准/g;
/** 企业新型学徒制培训按: what a schedule's grades are paid for, before the 按 that lists them. */
const GRADES_BY = /^\s*([^，。；：:\d按]{4,16}?)按[^，。；]*$/;
/** 综合服务类提高20%：, 生产制造类：: the class a sentence's grades are of, opening it. */
const SCHEDULE_CLASS = /^\s*([\u4e00-\u9fa5]{2,8}?类)(?:提高[\d.]+%)?[：:]/;

/**
 * 六类人员职业技能培训补贴标准…提高20%。其中，初级工（五级）每人840元；…: a grade of a schedule paid per head is named by the payment
 * whose standard the paragraph sets before it, the grade in brackets (with the class its sentence opens on: 综合服务类提高20%：…), or,
 * listed after the 按 that reckons them under a heading naming a payment, by what is paid for and that payment; null otherwise.
 */
function scheduleGrade({ sentence, clause, quantities, index, kind, earlier, heading }: NamingInput): string | null {
  if (kind !== 'incentive' || quantities[index].base !== 'CNY') return null;
  const grade = GRADE_PER_HEAD.exec(lastItemOf(sentence.slice(clause.start, quantities[index].start).replace(/^\s*其中\s*[，,：:]?\s*/, '')));
  // (城乡居民医保补助标准由每人每年670元提高到700元: not a standard raised from a level, whose words name it whole)
  if (!grade || /标准|[由从]$/.test(grade[1])) return null;
  // (2、企业职工岗位技能提升培训补贴 / 企业新型学徒制培训按中级工班每人每年5000元、…: or by what is paid for, before the 按 that lists
  // the grades, and the payment its heading names)
  const byWhat = PAYMENT_NAMED_HEADING.test(heading) ? GRADES_BY.exec(sentence.slice(0, quantities[index].start))?.[1] : undefined;
  const payment = [...matchesOf(PAYMENT_STANDARD_NAMED, `${earlier ?? ''}${sentence.slice(0, clause.start)}`)].pop()?.[1]
    ?? (byWhat ? byWhat + (PAYMENT_NAMED_HEADING.exec(heading)?.[0] ?? '') : undefined);
  if (!payment) return null;
  const klass = SCHEDULE_CLASS.exec(sentence)?.[1] ?? '';
  return `${clean(payment)}（${klass}${grade[1].trim()}）`;
}

/** What a figure measures, never empty: where the text gives nothing to name it by, the words before it or its kind. */
/** （减按15%）的税率征收企业所得税: the tax a rate is levied on, after the rate. */
const TAX_RATE_AFTER = /^\s*的?税率(?:征收|缴纳|计征)([\u4e00-\u9fa5]{2,8}?税)/;

/** 按每立方米, 按照每亩 (给予) right before a sum: the unit it is paid per. */
const PER_UNIT_PAID = /按(?:照)?(每[\u4e00-\u9fa5]{1,4}?)(?:给予|予以)?$/;
/** 前三年, 后两年, 第1—3年 opening a paying clause: the years of the payment it gives. */
const YEARS_PAID = /^\s*((?:前|后|第)[一二两三四五六七八九十\d]+(?:[—–\-~至到][一二两三四五六七八九十\d]+)?个?(?:完整)?(?:会计)?年(?:度)?)(?=按|给予|每年|奖励|补贴|补助)/;
/** 土地出让起始价格不低于市场评估价格的, 对总部项目按评估价格的: what a price cut is of, and the price it is cut from. */
const DISCOUNTED = /^(?:对于?)?([\u4e00-\u9fa5“”]{2,20}?)(?:优惠)?(?:上限|下限)?(?:不低于|不高于|不超过|最低为|为|按照?)([\u4e00-\u9fa5]{2,12}?)的?$/;

/** 二是从9月份开始…, 三是对…: the number of a list's item before when or to whom a measure applies. */
const ITEM_OPENING = /^[一二三四五六七八九十]{1,2}是(?=从|自|对)/;
/** 从9月份开始, 自2025年起: when a measure starts, no part of what it pays or sets. */
const STARTING_WHEN = /^(?:从|自)[^，。；]{1,10}?(?:开始|起)[，,]?(?=[\u4e00-\u9fa5“"]{2})/;
/** 对铁合金行业的用电补贴, 对领军企业: the 对 a measure is addressed by (not 对标, 对外, 对接…, words of their own). */
/** 对标, 对接, 对外, 对于: 对 opening a word of its own, not the 对 that addresses what a measure is for. */
const NOT_ADDRESSING = '(?![标应接上外口象比称照话策手待于内])';
const ADDRESSED_TO = new RegExp(`^对${NOT_ADDRESSING}(?![^，。；]*进行)(?=[\\u4e00-\\u9fa5“"]{2})`);

/** 的速度增长, 的速度递增: a growth said as the pace it keeps, after its figure. */
const PACE_AFTER = /^(?:左右|以上)?的(?:年均)?(?:速度|增速)(?:增长|递增|发展)/;
/** 出口创汇额要以每年递增: the measure that keeps the pace, before its figure. */
const PACE_BEFORE = /^\s*([\u4e00-\u9fa5]{2,16}?)(?:要|将|力争|保持)?以(每年|年均)?(?:递增|增长)?$/;

/** 3小时到达, 2小时直达: a travel time, the figure before where it reaches. */
const TRAVEL_AFTER = /^\s*(?:到达|直达|通达|可达|抵达)/;

/** 加快构建邯郸至主要省会城市, 、热点旅游城市: where a travel time reaches, from the start of its item, past the verb that opens it. */
function travelBefore(before: string): string {
  // (…2小时到达和周边城市: or after the 和 that joins it to the item before)
  const item = before.replace(/^.*(?:、|(?:到达|直达|通达|可达|抵达)和)/, '').replace(/\s+/g, '').replace(/^(?:[^，。；、\d]{0,6}?(?:构建|形成|建成|实现|打造|达到))/, '');
  return /^[\u4e00-\u9fa5—-]{2,20}$/.test(item) ? item : '';
}

/** The figures being named now, each with its sentence: a name borrowed from a figure that borrows back is none. */
const naming: { sentence: string; index: number }[] = [];

/** 奖励扶持政策：…: the policy a name's words were labelled with, before its colon. */
const POLICY_LABEL = /^[^：:，。；]{0,20}?(?:政策|措施|办法)[：:]\s*(?=[\u4e00-\u9fa5]{4})/;
/** 全面完成…项目建设任务: finishing a task is what a task is for; the task names the goal. */
const TASK_DONE = /^(?:全面|基本|如期|按期|按时|圆满)?完成(?=[\u4e00-\u9fa5]{2,}任务$)/;
/** 任务全部分解到位, 任务已下达: a task named with its being allotted. */
const TASK_ALLOTTED = /任务(?:已?全部)?(?:分解|下达)(?:到位|落实)?$/;
/** 补贴标准是, 奖励标准为: the words that lead into a text's standards, before the first of them. */
const STANDARDS_LEAD = /^(?:具体的?)?(?:补贴|补助|奖励|奖补|扶持)标准(?:是|为)(?=[\u4e00-\u9fa5]{2})/;

/** 全市共补贴, 共奖励: a clause that names a total paid by its verb alone. */
const BARE_TOTAL_PAID = /^\s*(?:全[市县区省])?共(?:计)?(?:补贴|补助|奖励|奖补)$/;

/**
 * 加温温室每亩补贴燃煤费用1000元，全市共补贴200万元 → 加温温室补贴燃煤费用总额: a total named only by its verb, right after the rate
 * it pays at, is that payment's total; null otherwise.
 */
function totalOfRate(input: NamingInput): string | null {
  const { sentence, clause, quantities, index, kind } = input;
  const previous = index > 0 ? quantities[index - 1] : undefined;
  if (kind !== 'incentive' || quantities[index].base !== 'CNY' || !previous || previous.base !== 'CNY' || !BARE_TOTAL_PAID.test(sentence.slice(clause.start, quantities[index].start))) return null;
  const rateClause = clauseOf(sentence, previous);
  if (rateClause.end > clause.start || !sentence.slice(rateClause.start, previous.start).includes('每')) return null;
  const rate = namedIndicator({ ...input, index: index - 1, clause: rateClause }).replace(STANDARDS_LEAD, '').replace(/每[\u4e00-\u9fa5]{1,3}?(?=补贴|补助|奖励|奖补)/, '');
  return rate.length >= 4 && !/[（(]/.test(rate) ? `${rate}总额` : null;
}

/** 一等奖：, 特等奖:, 优秀奖：: a line opening on a prize's grade, the winners after it. */
const PRIZE_LINE = /^\s*((?:特|一|二|三|四|五)等奖|优秀奖|鼓励奖)[：:]/;
/** How long a section's heading may run to name the prizes under it (先进市州, 工业强省先进企业). */
const PRIZE_SECTION_LENGTH = 12;

/** 每人每年奖励上限, 一次性补助, 补贴比例: a payment's name that says only how it is paid, not for what. */
const BARE_PAYMENT_NAME = /^(?:每[人户家个名年月次]|单个|一次性|年度|累计|再|另行)*(?:奖励|补助|补贴|资助|奖补|支持|扶持|奖金)(上限|比例|标准|金额|额度)?(?:[（(][^（()）]*[)）])?$/;
/** 给予福州市柔性引进特级人才的用人单位年薪资助，: a clause giving a payment it names, without a sum, right before the clause of the sum (the payment captured). */
/** …的茉莉花新产品，每个都给予一次性奖励，: the receiver a condition closes on (captured), then a clause paying it (the payment captured). */
const RECEIVER_THEN_PAYMENT_BEFORE = /的([^，。；、的\d]{2,12})[，,]\s*(?:每[个家户项]|对其)?(?:都|均)?(?:可)?(?:给予|予以)(?:其)?([^，。；\d]{0,6}?(?:奖励|补贴|补助|资助|奖补))[，,]\s*$/;
/** 对揭榜挂帅项目的支持比例不低于揭榜金额的15%，: a clause setting a receiver's share of a payment, right before the next (receiver and payment captured). */
const SHARE_SET_BEFORE = new RegExp(String.raw`(?:^|[，。；])\s*${RECEIVERS_SHARE}[^，。；]{0,30}[\d.]+\s*[%‰][，,]\s*$`);
const PAYMENT_GIVEN_IN_CLAUSE_BEFORE = /(?:^|[，。；])\s*给予([^，。；\d]{4,30}?(?:资助|补贴|补助|奖励|奖补))[，,]\s*$/;

/** What an item's heading is about, as a name's opening: 三、支持首店经济发展 → 首店经济发展; '' for none or for a sentence. */
function headingTopic(heading: string): string {
  const text = heading.trim().replace(ITEM_NUMBER, '').trim();
  // (七是扶持茶产业的奖励标准: a heading that is a phrase of its own, not a topic, names nothing)
  if (text.length < 3 || text.length > 20 || /[，。；：:\d的]|^[一二三四五六七八九十]是/.test(text)) return '';
  return text.replace(/^(?:大力|积极|加快|加大|全力)?(?:支持|鼓励|促进|推动|推进|加强|实施|落实|强化|提升|扶持)/, '');
}

/** 新发放创业担保贷款不低于担保贷款: a name ending on a payment's word, a floor and the word again (the name up to the first, the word, and the repeat captured). */
const PAYMENT_SAID_AGAIN = /^(.*?(贷款|资金|补贴|补助|奖励))(?:不低于|不少于|超过|达到|达)([\u4e00-\u9fa5]{2,4})$/;
/** 新发展猕猴桃每亩补助2000元，其中: a payment's receiver (captured), its rate's unit (captured) and word (captured), its sum, then 其中 and the parts listed so far. */
const PAYMENT_PARTS_BEFORE = /(?:^|[，,。；：:])([^，,。；：:\d]{2,16}?)(每[亩户人家个])?(补助|补贴|奖励)[\d.]+[万亿]?元[，,]\s*其中(?:[^。；]*?[\d.]+[万亿]?元[，,、])*\s*$/;
/** 苗木, 棚架补助, 水肥一体化补助: a part's own words before its sum (captured without the payment's word). */
const PART_WORDS = /^\s*(?:其中)?([\u4e00-\u9fa5]{2,8}?)(?:补助|补贴|奖励)?$/;
/** 左右周转房, 的免费人才公寓: the home a size right before it is of (whether free, captured, and the home, captured). */
const HOME_LENT_AFTER = new RegExp(`^(?:左右|以内)?的?(免费)?(${HOME_LENT_WORDS})`);
/** 各县, 两县政府所在镇, 两县其他乡镇: a name that is only the group a sum is for. */
const GROUP_ONLY = /^[\u4e00-\u9fa5]{1,8}(?:县|区|镇|乡|乡镇|村|街道)$/;
/** 由330元提高到: a sum raised, in the clause. */
const RAISED_IN_CLAUSE = /由[^，。；]{0,12}?提高到/;
/** 我市各区城市低保标准由: a standard raised, its measure (captured) after the group it is for. */
const STANDARD_RAISED_BEFORE = /(?:[我全本][市县区])?(?:各区|各县|市区|城区|中心城区|主城区)?([\u4e00-\u9fa5]{2,8}?标准)由/g;
/** …发放创业担保贷款: a name ending on the loans a government issues (from 发放, captured), after words of its own. */
const LOANS_NAMED = new RegExp(`^[\\u4e00-\\u9fa5（）()“”]{2,}?((?:新)?发放[^，。；]{0,10}?(?:${LOAN_ISSUED_WORDS}))$`);
/** 新增学位, 床位, 泊位, 停车位: the places, beds or berths a count adds, which facilities hold. */
const PART_OF_FACILITY = /^(?:新增)?(?:学位|床位|泊位|车位|停车位|停车泊位)/;
/** …公办幼儿园, …停车场, …防空地下室: facilities that hold places, beds or berths, ending the words before their count. */
const FACILITY_ENDING = /(?:幼儿园|中小学|小学|中学|学校|停车场|停车场所|停车库|养老院|养老机构|养老服务中心|敬老院|医院|卫生院|托育机构|地下室)$/;
/** 新建、改扩建, 开放, 竣工: the verbs facilities are built or opened by, the last of which ends the words before the facilities. */
const FACILITY_VERB = /(?:新建|改扩建|扩建|改建|建成|建设|开放|投用|竣工|提升|改造)(?:的)?/g;
/** ，新增学位, 、泊位: what stands between a count of facilities and the count of their places, beds or berths. */
const FACILITY_GAP = /^[，、,]\s*(?:新增|提供)?(?:学位|床位|泊位|车位|停车位|停车泊位)$/;

/**
 * 新建公共停车场4个、泊位3000个: the facilities counted right before a count of the places, beds or berths they hold (公共停车场), when
 * only a comma or a 、 stands between; null otherwise.
 */
function facilityBefore(input: NamingInput): string | null {
  const own = input.quantities[input.index];
  const previous = input.quantities[input.index - 1];
  if (!previous || previous.base !== 'count' || own.base !== 'count') return null;
  if (!FACILITY_GAP.test(input.sentence.slice(previous.end, own.start))) return null;
  const words = input.sentence.slice(Math.max(0, previous.start - 40), previous.start).split(/[，。；：,]/).pop() ?? '';
  if (!FACILITY_ENDING.test(words)) return null;
  const verbs = [...words.matchAll(FACILITY_VERB)].pop();
  const facility = verbs ? words.slice((verbs.index ?? 0) + verbs[0].length) : words.replace(/^(?:全年|今年|全市|全县|全区|期间|其中)/, '');
  return facility.length >= 2 && facility.length <= 14 && /^[\u4e00-\u9fa5]/.test(facility) ? facility : null;
}

/** %的村集体年收入超30万元: the things a share counts and the level they reach, up to the clause's end (captured). */
const SHARE_REACHING_NAMED = /^的([\u4e00-\u9fa5]{2,12}?(?:超过?|达到?|突破)[\d.]+[万亿]?[\u4e00-\u9fa5]{0,2}?(?:以上)?)(?=[，。；]|$)/;
/** 比例对发放消费补贴的县（市）区予以配套支持: after a rate, whom it pays (captured) and the payment (captured). */
const RATE_THEN_RECEIVER = /^(?:的)?比例(?:对|向)([^，。；对]{2,30}?)(?:予以|给予)([^，。；\d]{0,6}?(?:支持|补贴|补助|奖励|资助|奖补))(?:[，。；]|$)/;

/** 国家级, 省市级: a level a count of things may be at. */
const LEVEL_WORD = '(?:国家级|省级|市级|县级|省市级|省部级)';
/** 创建国家级, 镇原县和环县国家级: a level alone, or the places at it, what is counted left unsaid (captured). */
const LEVEL_ONLY_COUNTED = new RegExp(`^(?:创建|建设|建好|建成|打造|培育|新增|认定|争创)?([^，。；、\\d]{0,12}?${LEVEL_WORD})$`);
/** 、建好8个省市级现代农业产业园: the next item of a list of levels, naming what each counts (captured). */
const NEXT_LEVEL_HEAD = new RegExp(`^${LEVEL_WORD}?[、和及][^，。；、\\d]{0,4}?[\\d一二两三四五六七八九十]+(?:个|家|处|条|座)${LEVEL_WORD}([^，。；、\\d]{2,16})`);
/** 超过1000亿元的: a count named by the size of its class alone (the size captured). */
const SIZE_CLASS_UNNAMED = /^(?:其中)?((?:超过?|过|突破|达到?)[\d.]+[千百]?[万亿]?元(?:以上)?)的(?:数量)?$/;
/** 主营业务收入超500亿元的开发区: a class of things by the size they pass, earlier in the sentence (measure and things captured). */
const SIZE_CLASS_NAMED = /((?![个家座条所项])[\u4e00-\u9fa5]{2,8}?)(?:超过?|过|突破|达到?)[\d.千百]+[万亿]?元(?:以上)?的([\u4e00-\u9fa5]{2,8}?)(?=达到?|超过?|突破|[，。；、,]|$)/g;

/** 左右的资金，发放…消费券, 资金用于…: what a share of the money put up is spent on (captured). */
const SHARE_SPENT_ON = /^(?:左右|以上)?的?资金[，,]?\s*(?:用于|用来)?(?:发放|支持|补贴)([^，。；]{2,24}?)(?=[，。；]|$)/;

/** 为全市1330名农村老党员和1.2万名在乡老复员军人提高生活费标准: whom a sum is spent on, counted, and what for (captured). */
const SPENT_ON_PEOPLE = /^(?:用于)?为(?:全[市县区省])?[\d.]+万?[名人户位]([^，。；\d]{2,20}?)(?:[和及][\d.]+万?[名人户位]([^，。；\d]{2,20}?))?((?:提高|配套|发放|补助|补贴)[^，。；\d]{2,8})(?=[，。；]|$)/;

/** 农村地区, 城市建成区, 县城: the areas a rate's name may open or close on. */
const AREA_WORD = '(?:农村地区|城市建成区|建成区|城区|县城|乡镇|城镇|地区)';
/** 农村地区, 城市建成区, 县城: an area alone, naming no measure. */
const AREA_ALONE = new RegExp(`^[\\u4e00-\\u9fa5]{0,4}?(?:${AREA_WORD}|农村|市区|郊区|山区|其他地区|其余地区)$`);
/** The area a rate's name opens or closes on: 城市建成区清洁取暖覆盖率, 清洁取暖覆盖率城市建成区. */
const AREA_EDGE = new RegExp(`^[\\u4e00-\\u9fa5]{0,6}?${AREA_WORD}(?=[\\u4e00-\\u9fa5]{3})|(?<=[\\u4e00-\\u9fa5]{3})${AREA_WORD}$`);
/** 清洁取暖率覆盖率县(市)建成区及周边城乡结合部: a rate, then the areas it is measured in (the rate captured). */
const RATE_THEN_AREA = /^(.{2,16}?(?:率|比例|比重|占比))(?=[^率，。；]{2,24}$)(?=.*(?:区|县|城|乡|镇|村|部)$)/;
/** 覆盖率, 比例, 比重: a name ending on a rate. */
const RATE_END = /(?:率|比例|比重|占比)$/;

/** 在中心城区率先: the field a measure is to lead in, closing its name. */
const LEADING_IN_FIELD = /(?<=[\u4e00-\u9fa5]{2})在[^，。；\d]{2,10}?(?:中)?率先$/;

export function nameIndicator(input: NamingInput): string {
  // (尽快达到年产10000台套新能源客车的产能 → 新能源客车年产能: a capacity reached is named by its product)
  const quantity = input.quantities[input.index];
  const capacity = /年产$/.test(input.sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) ? CAPACITY_OF_PRODUCT.exec(input.sentence.slice(quantity.end)) : null;
  if (capacity) return `${capacity[1]}年产能`;
  // (力争实现20%的村集体年收入超30万元 → 村集体年收入超30万元的占比: a share of things reaching a level, named by the things and the level)
  const share = quantity.base === 'percent' ? SHARE_REACHING_NAMED.exec(input.sentence.slice(quantity.end)) : null;
  if (share) return `${share[1]}的占比`;
  // (安排60%左右的资金，发放占比较大的离岛免税消费券；安排30%左右资金发放餐饮、零售等领域消费券 → 离岛免税消费券资金占比: a share of the
  // money put up, named by what it is spent on)
  const shareSpent = quantity.base === 'percent' && /安排$/.test(input.sentence.slice(Math.max(0, quantity.start - 2), quantity.start)) ? SHARE_SPENT_ON.exec(input.sentence.slice(quantity.end)) : null;
  if (shareSpent) return `${clean(shareSpent[1].replace(/^[^，。；的]{0,6}的/, ''))}资金占比`;
  // (按不低于50%比例对发放消费补贴的县（市）区予以配套支持 → 发放消费补贴的县（市）区配套支持比例: a rate set first, then whom it pays
  // and how, names the receiver and the payment)
  const rateFor = quantity.base === 'percent' && input.kind === 'incentive' ? RATE_THEN_RECEIVER.exec(input.sentence.slice(quantity.end)) : null;
  if (rateFor) return `${clean(rateFor[1])}${rateFor[2]}比例`;
  // (2、年地方经济贡献达到100万元的企业，…给予增加部分50%补助: an item's number is no part of what it names)
  // (…获得茶叶品牌金奖的，政府一次性奖励4万元: the government that pays is no part of what is paid for; 乡镇政府奖励, paid to one, is)
  // (“十三五”期间每年安排产业发展扶持资金: the plan period a figure is for is its deadline's, no part of its name)
  // (市财政每年安排产业发展扶持资金不低于2亿元: a bound is the comparator's, no part of the name)
  // (经济总量在中心城区率先迈过千亿大关: the field it is to lead in is no part of what is measured; …专项资金，70%以上用于扶持: nor the bound
  // of a share before what it is spent on)
  const own = ownName(input).replace(LEADING_ITEM_NUMBER, '').replace(PAYING_GOVERNMENT, '').replace(PERIOD_IN_NAME, '').replace(BOUND_CLOSING, '').replace(LEADING_IN_FIELD, '').replace(/(?<=[\u4e00-\u9fa5])(?:以上|左右)(?=用于)/, '');
  // (工业战略性新兴产业、高新技术产业产值占规上工业比重显著提升，到2025年末，两个占比分别达到40%以上和35%以上: the shares counted
  // are those the sentence listed, in turn)
  const sharesCounted = /^(?:两|二|三|四)个(?:占比|比重|比例)/.test(own) ? sharesListedFor(input) : '';
  if (sharesCounted) return sharesCounted;
  // (其中先导产业奖励10%、主导产业奖励8%、其他产业奖励5%，单个项目最高奖励额度分别为400万元、300万元、200万元: caps spread over the
  // categories the clause before pays in turn, each named with its category)
  const category = categorySpreadOver(input);
  if (category && !own.includes(category)) return `${own}（${category}）`;
  // (对世界500强…在哈设立独立法人企业的增加支持200万元: a payment named by its word alone is for the receivers 对…的 names right before it)
  const receivedBy = input.kind === 'incentive' && PAYMENT_WORD_ALONE.test(own) ? RECEIVER_RIGHT_BEFORE.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  if (receivedBy) return `${clean(receivedBy[1])}${own}`;
  // (创建2个国家级、建好8个省市级现代农业产业园 → 国家级现代农业产业园: a level alone, cut off by the list, counts the things the next level's
  // item names)
  const levelOnly = input.quantities[input.index].base === 'count' ? LEVEL_ONLY_COUNTED.exec(own) : null;
  const nextHead = levelOnly ? NEXT_LEVEL_HEAD.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
  if (levelOnly && nextHead) return `${levelOnly[1]}${nextHead[1]}`;
  // (…主营业务收入超500亿元的开发区，其中超过1000亿元的达到10个 → 主营业务收入超过1000亿元的开发区数量: a size class named by its size
  // alone counts the things, and is measured by what, the class named before it in the sentence)
  const sizeOnly = input.quantities[input.index].base === 'count' ? SIZE_CLASS_UNNAMED.exec(own) : null;
  const classBefore = sizeOnly ? matchesOf(SIZE_CLASS_NAMED, input.sentence.slice(0, input.quantities[input.index].start)).filter((m) => !m[0].includes(sizeOnly[1])).pop() : undefined;
  if (sizeOnly && classBefore) return `${classBefore[1]}${sizeOnly[1]}的${classBefore[2]}数量`;
  // (601万元为全市1330名农村老党员和1.2万名在乡老复员军人提高生活费标准 → 农村老党员和在乡老复员军人提高生活费标准资金: a sum named by
  // whom it is spent on and what for)
  const spentOnPeople = quantity.base === 'CNY' ? SPENT_ON_PEOPLE.exec(input.sentence.slice(quantity.end)) : null;
  if (spentOnPeople) return `${spentOnPeople[1]}${spentOnPeople[2] ? `和${spentOnPeople[2]}` : ''}${spentOnPeople[3]}资金`;
  // (清洁取暖覆盖率城市建成区达到100%，农村地区力争达到60%以上 → 农村地区清洁取暖覆盖率: an area alone reaches the rate the figure
  // before it measures for another area)
  const areaAlone = quantity.base === 'percent' && AREA_ALONE.test(own) && input.index > 0 && input.quantities[input.index - 1].base === 'percent' ? nameIndicator({ ...input, index: input.index - 1, clause: clauseOf(input.sentence, input.quantities[input.index - 1]) }) : '';
  const rateOfArea = RATE_THEN_AREA.exec(areaAlone)?.[1] ?? areaAlone.replace(AREA_EDGE, '');
  if (rateOfArea !== areaAlone && RATE_END.test(rateOfArea) && rateOfArea.length >= 3) return `${own}${rateOfArea}`;
  // (其中杜家镇半截河子村水稻基地一处，面积10000亩 → 杜家镇半截河子村水稻基地面积: a bare area is of the place the clause before names)
  const site = BARE_AREA.test(own) ? SITE_BEFORE.exec(input.sentence.slice(0, input.clause.start)) : null;
  if (site) return `${site[1]}${own}`;
  // (涉及到4.2万户, 惠及12万人: the households or people a work reaches, counted by its verb alone)
  const reached = /^(涉及|惠及|覆盖|带动)到?$/.exec(own);
  const counted = reached ? /[户人家]$/.exec(input.quantities[input.index].unit)?.[0] : undefined;
  const name = reached && counted ? `${reached[1]}${counted}数` : own;
  // (棚户区改造工程。…计划3年内实施59个项目 → 棚户区改造项目数量; 铝基产业提升工程。…产值千亿 → 铝基产业产值: a bare measure takes
  // the works its paragraph's run-in heading names)
  const measure = name.replace(/^(?:实现|完成)(?=利税|税收|产值|总产值|营业收入)/, '');
  const works = input.kind === 'target' && BARE_MEASURE_NAME.test(measure) ? worksOfHeading(input.heading) : '';
  if (works.length >= 2) return `${works}${measure}`;
  // (（1）批发业发展奖励。…（本条款实施资金总额2000万元控制）→ 批发业发展奖励资金总额: the item whose funds a provision's own words
  // bound is the one its heading names)
  const ownItem = input.kind === 'incentive' && PAYMENT_HEADING.test(input.heading) ? THIS_ITEMS_FUNDS.exec(input.sentence.slice(0, input.quantities[input.index].start)) : null;
  if (ownItem) return `${input.heading}${ownItem[1]}`;
  // (对落户宝山的邮轮产业相关公司总部 / A04-1：首次在宝山购置自用办公用房的，…给予一次性补贴，最高不超过600万元: a payment whose
  // sentence names no receiver is for the one the line over its provisions names)
  const receiver = input.kind === 'incentive' && input.receiverLine && !input.sentence.slice(0, input.quantities[input.index].start).includes('对') ? receiverOfLine(input.receiverLine) : '';
  // (not a name already naming it, 民营企业总部资金支持 under 对…的邮轮产业民营企业总部)
  return receiver && !name.includes(receiver.slice(-4)) ? `${receiver}${name}` : name;
}

/**
 * A bare payment's name (上限, 比例…) taken from the clause before it, where that clause names the payment:
 * 给予福州市柔性引进特级人才的用人单位年薪资助，每人每年最高资助200万元 (the payment it gives);
 * …的茉莉花新产品，每个都给予一次性奖励，最高奖励10万元 (the receiver a condition closes on, paid there);
 * 对揭榜挂帅项目的支持比例不低于揭榜金额的15%，最高给予200万元 (the receiver whose share it sets). Null when it names none.
 */
function paymentNamedBefore(before: string, measure: string, per: string | undefined): string | null {
  const given = PAYMENT_GIVEN_IN_CLAUSE_BEFORE.exec(before);
  if (given) return `${given[1].replace(/的(?=用人单位|企业|单位)/, '')}${measure}${per ? `（${per}）` : ''}`;
  const receiverPaid = RECEIVER_THEN_PAYMENT_BEFORE.exec(before);
  if (receiverPaid) return `${receiverPaid[1]}${receiverPaid[2]}${measure}`;
  const shareBefore = SHARE_SET_BEFORE.exec(before);
  return shareBefore ? `${clean(shareBefore[1])}${shareBefore[2]}${measure}` : null;
}

/** 对落户宝山的邮轮产业相关公司总部 → 邮轮产业相关公司总部: the receiver a line names, past the condition 的 closes. */
function receiverOfLine(line: string): string {
  const receiver = line.replace(/^\s*对于?/, '').split('的').pop() ?? '';
  return receiver.length >= 2 ? receiver : '';
}

/** 15%支持上限: the share figure of the clause before, left at a name's start, is no part of it. */
const SHARE_OPENING = /^[\d.]+\s*[%‰](?=[\u4e00-\u9fa5])/;
/** 支持, 增加支持, 追加奖励: a payment's word, and how it adds to another. */
const ADDED_PAYMENT_WORD = String.raw`(?:增加|追加|叠加|另行|再)?(?:给予)?(?:支持|奖励|补贴|补助|资助|奖补)`;
/** A payment named by its word alone. */
const PAYMENT_WORD_ALONE = new RegExp(`^${ADDED_PAYMENT_WORD}(?:上限)?$`);
/** 对世界500强企业…的增加支持: the receivers 对…的 names, right before the payment's word. */
const RECEIVER_RIGHT_BEFORE = new RegExp(String.raw`^\s*对于?([^，。；]{2,40}?)的${ADDED_PAYMENT_WORD}$`);
/** 前三年, 后两年: the years a rate holds for. */
const RATE_YEARS_WORDS = '[前后首末第][一二两三四五六七八九十\\d]{1,2}年';
/** 前三年 closing the words after 按. */
const RATE_YEARS = new RegExp(`(${RATE_YEARS_WORDS})$`);
/** 、后两年: the years the next rate of a list holds for. */
const LATER_YEARS_STEP = new RegExp(`^[、，,](${RATE_YEARS_WORDS})$`);
/** （前三年）: the years a rate's name says it holds for. */
const RATE_YEARS_NAMED = new RegExp(`[（(]${RATE_YEARS_WORDS}[）)]$`);
/** 揭榜挂帅项目按揭榜金额支持上限: the sum a payment is reckoned on, right before the payment's word, is named apart as （占…） or not at all (not the criterion it is paid by, 按调用规模奖励). */
const BASIS_BEFORE_PAYMENT = /(?<=[\u4e00-\u9fa5]{2})(?:按照|按)(?!每)[^，。；按（）\d]{0,10}?(?:金额|投资额?|费用|成本|总额|造价|价款|收入|资金)(?=(?:给予)?(?:支持|补助|补贴|奖励|资助|奖补)(?:比例|上限|标准)?(?:（占[^）]*）)?$)/;

function ownName(input: NamingInput): string {
  // (…总投资…，…项目…: a sum named for the works after it, the works named after the sum before them: each asks the other once)
  if (naming.some((figure) => figure.index === input.index && figure.sentence === input.sentence)) return '';
  naming.push({ sentence: input.sentence, index: input.index });
  try {
    // (2000亩设施农业建设任务全部分解到位: a task allotted is named as the task)
    // (以上两项单户企业累计最高不超过800万元: the items a cap over several payments points back to are no part of its name)
    // (以上年为基数，…奖励5万元: the year growth is measured from opens no name)
    // (城区学校10所（含幼儿园4所）: the bracket a part included in the item before it opens is no part of the part's name)
    // (（含300张，下同），给予…补贴: nor the tail of a note whose comma cut the clause; …的、且…: nor a mark a name was put together after)
    // (除当年每亩补贴1000元外，…: the 除 that sets a sum beside others is no part of its name)
    // (对于相应面积给予最高80%场地租金的支持 → 场地租金支持比例: what a provision points back to names nothing, and 的 before the
    // support's measure is said without; 对独角兽企业更是给予…: nor does the stress a news page lays on a receiver; 贷款进行贴息比例: nor
    // 进行, the verb a payment is made by)
    const besides = input.sentence.startsWith('外', input.quantities[input.index].end);
    const first = totalOfRate(input) ?? scheduleGrade(input) ?? tierOfPayment(input) ?? namedIndicator(input);
    const named = (besides ? first.replace(/^除/, '') : first).replace(POLICY_LABEL, '').replace(TASK_ALLOTTED, '任务').replace(TASK_DONE, '').replace(ITEMS_ABOVE, '').replace(BASE_YEAR_LEFT, '').replace(INCLUDED_OPENING, '').replace(NOTE_TAIL_OPENING, '').replace(POINTING_BACK, '').replace(OF_BEFORE_SUPPORT_MEASURE, '').replace(BASIS_BEFORE_PAYMENT, '').replace(SHARE_OPENING, '').replace(STRESS_AFTER_SUBJECT, '').replace(DOING_BEFORE_PAYMENT, '').replace(NAME_EDGES, '');
    // (新发放创业担保贷款不低于担保贷款: a payment's word said again after the floor its sum is put at is said once)
    const again = PAYMENT_SAID_AGAIN.exec(named);
    // (据了解，在横县，…: where the provision holds, a place alone, opens no name)
    const name = withoutExamples(input, yearOfSpread(input, NAME_LEADS.reduce((name, lead) => name.replace(lead, ''), again && again[3].endsWith(again[2]) ? again[1] : named).replace(PLACE_LEAD, (whole: string, place: string) => (regionIndex().lookup(place) ? '' : whole)))).replace(REPEATED_FIGURE, '$1$2').replace(REPEATED_WORDS, (_m, listed?: string, once?: string, words?: string, again?: string) => `${once ?? again ?? ''}${listed ?? words}`);
    // (…吸引5000人以上境外游客者为一等奖，奖励5万元；3000~5000人为二等奖，奖励3万元: the prize a provision names before paying it)
    const prize = input.kind === 'incentive' ? PRIZE_BEFORE.exec(input.sentence.slice(input.sentence.lastIndexOf('；', input.quantities[input.index].start) + 1, input.quantities[input.index].start))?.[1] : undefined;
    // (一、先进市州（6个） / 一等奖：酒泉市，奖励100万元: winners named after their prize's grade are no part of what it pays; the
    // section's heading and the grade are)
    const graded = input.kind === 'incentive' ? PRIZE_LINE.exec(input.sentence) : null;
    const section = graded ? input.heading.replace(/[（(][^（()）]*[)）]/g, '').trim() : '';
    if (graded && section.length >= 2 && section.length <= PRIZE_SECTION_LENGTH && !section.includes(graded[1])) return `${section}${graded[1]}${/奖金|补助|补贴/.exec(name)?.[0] ?? '奖励'}`;
    const apart = toldApart(input, name);
    if (apart) return apart;
    // (耕地地力保护补贴 / 标准为120元/亩: a standard named by nothing else is the standard of the payment the heading names)
    if (/^(?:补助|补贴|奖补)?标准$/.test(name) && PAYMENT_NAMED_HEADING.test(input.heading)) return `${input.heading}标准`;
    // (固定资产投资补助方面，符合条件的项目，最高可补助800万元: a payment named by the aspect the sentence opens on, when its own
    // clause names no more than a kind of receiver and the payment)
    const aspect = input.kind === 'incentive' ? PAYMENT_ASPECT.exec(input.sentence) : null;
    const bare = aspect ? BARE_UNDER_ASPECT.exec(name) : null;
    if (aspect && bare) return `${aspect[1]}${bare[1] ?? ''}`;
    // (在农业方面，2023年完成投资530亿元以上: spending named by the sector the sentence opens on)
    // (安排2亿元，支持500家左右科技型中小企业发展 → 支持科技型中小企业发展资金: money arranged is named by what the clause after it supports)
    const supported = input.kind === 'incentive' && ARRANGED_NAME.test(name) ? SUPPORTED_AFTER.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
    if (supported) return `${supported[1]}${supported[2].replace(/^[\d.]+[^\u4e00-\u9fa5]*(?:左右|以上)?(?:家|个|项|户|名)?(?:左右|以上)?/, '')}资金`;
    const sector = input.kind === 'target' && INVESTMENT_ALONE.test(name) ? SECTOR_ASPECT.exec(input.sentence)?.[1] : undefined;
    if (sector) return `${sector}${name.replace(/^(?:完成|实现)/, '')}`;
    // (为了解决城镇低保户的取暖问题，市政府决定要为城镇低保户发放采暖补贴600万元: the problem a payment solves, and the body deciding it,
    // open no name)
    const solved = input.kind === 'incentive' && /为了?解决/.test(input.sentence) ? PROBLEM_AND_DECISION_OPENING.exec(name) : null;
    if (solved && name.length - solved[0].length >= 4) return name.slice(solved[0].length);
    // (各区城市低保标准由每人每月380元提高到420元；两县政府所在镇由330元提高到365元 → 两县政府所在镇城市低保标准: a group a standard is
    // raised for in a later clause takes the standard the clause before raised)
    const standard = input.kind === 'incentive' && GROUP_ONLY.test(name) && RAISED_IN_CLAUSE.test(input.sentence.slice(input.clause.start, input.clause.end)) ? [...input.sentence.slice(0, input.clause.start).matchAll(STANDARD_RAISED_BEFORE)].pop()?.[1] : undefined;
    if (standard) return `${name}${standard}`;
    // (可免费居住120平方米左右周转房 → 免费周转房面积: a home lent to a talent is named by the home)
    const home = input.kind === 'incentive' && input.quantities[input.index].base === 'm2' ? HOME_LENT_AFTER.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
    const free = home && (home[1] || /免费/.test(input.sentence.slice(Math.max(0, input.quantities[input.index].start - 8), input.quantities[input.index].start)));
    if (home) return `${free ? '免费' : ''}${home[2]}面积`;
    // (新发展猕猴桃每亩补助2000元，其中苗木500元，棚架补助1000元 → 新发展猕猴桃每亩棚架补助: a part of a payment after 其中 is the
    // payment's part, named by the whole's receiver and rate)
    const opensOnParts = /^\s*其中/.test(input.sentence.slice(input.clause.start, input.clause.end));
    const partOf = input.kind === 'incentive' && input.quantities[input.index].base === 'CNY' && input.sentence.lastIndexOf('其中', input.clause.end) >= 0 ? PAYMENT_PARTS_BEFORE.exec(input.sentence.slice(0, input.clause.start) + (opensOnParts ? '其中' : '')) : null;
    const part = partOf ? PART_WORDS.exec(input.sentence.slice(input.clause.start, input.quantities[input.index].start))?.[1] : undefined;
    if (partOf && part) return `${partOf[1]}${partOf[2] ?? ''}${part}${partOf[3]}`;
    // (护航稳岗就业创业发放创业担保贷款 → 发放创业担保贷款: loans issued are named from the verb that issues them)
    const loans = input.kind === 'incentive' ? LOANS_NAMED.exec(name) : null;
    if (loans) return loans[1];
    // (新建、改扩建公办幼儿园13所，新增学位3150个 → 公办幼儿园新增学位: places, beds or berths counted right after the facilities that
    // hold them are those facilities')
    const holder = input.kind === 'target' && PART_OF_FACILITY.test(name) ? facilityBefore(input) : null;
    if (holder && !name.includes(holder)) return `${holder}${name}`;
    // (30家企业超2亿元 → 超2亿元企业数量: firms counted, named by the size they are to pass)
    const passing = input.kind === 'target' && input.quantities[input.index].base === 'count' ? FIRMS_PASSING_AFTER.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
    if (passing) return `${passing[1].replace(/^过/, '超')}企业数量`;
    // (社会消费品零售总额：底线目标929亿元，增长12.5%；奋斗目标938亿元: goals by tier are of the measure the sentence opens on)
    const tier = input.kind === 'target' ? TIER_ALONE.exec(name) : null;
    const measure = tier ? MEASURE_BEFORE_TIERS.exec(input.sentence)?.[1] : undefined;
    if (tier && measure) return `${measure}${tier[2] ?? ''}（${tier[1]}目标）`;
    const prized = prize && !name.includes(prize) ? name.replace(/(奖励|补贴|补助|奖金)?$/, `${prize}$1`) : name;
    // (三、支持首店经济发展 / …每年同一机构奖励最高200万元 → 首店经济发展奖励上限: a payment named by nothing but how it is paid takes
    // the topic its item's heading names)
    // (给予福州市柔性引进特级人才的用人单位年薪资助，每人每年最高资助200万元: or the payment the clause before gives, named there)
    const bareName = input.kind === 'incentive' ? BARE_PAYMENT_NAME.exec(prized) : null;
    const per = /^(?:每[人户家个名年月次])+/.exec(prized)?.[0];
    const namedBefore = bareName ? paymentNamedBefore(input.sentence.slice(0, input.clause.start), bareName[1] ?? '', per) : null;
    if (namedBefore) return namedBefore;
    const topic = bareName ? headingTopic(input.heading) : '';
    return topic ? `${topic}${prized}` : prized;
  } finally {
    naming.pop();
  }
}

/** 对…的贷款进行贴息, …的进行补贴: 进行, the verb a payment is made by, right before the payment's word. */
const DOING_BEFORE_PAYMENT = /(?<=[\u4e00-\u9fa5]{2})进行(?=(?:贴息|补贴|补助|奖励|资助|扶持|支持|奖补))|^进行(?=[\u4e00-\u9fa5]{2})/;
/** 更是, 更: a news page's stress on the receiver it names, between it and what it is given. */
const STRESS_AFTER_SUBJECT = /(?<=[\u4e00-\u9fa5]{2}(?:企业|单位|人才|项目|园区))(?:更是|更)(?=[\u4e00-\u9fa5]{2})/;
/** 相应面积, 相应部分: the words of a provision pointing back to what the sentence before named, opening a name. */
const POINTING_BACK = /^相应(?:面积|部分|金额|费用)?(?=[\u4e00-\u9fa5]{2})/;
/** 场地租金的支持比例: the 的 before a support's measure. */
const OF_BEFORE_SUPPORT_MEASURE = /(?<=[\u4e00-\u9fa5]{2})的(?=(?:支持|补贴|补助|奖励|资助)(?:比例|上限|标准|金额)$)/;
/** （小微企业按, 、其他企业按: a receiver a note lists (captured), right before the share it is paid at; 增量部分的: or a part reckoned on (captured). */
const RATE_OF_LISTED = /[（(、]\s*([\u4e00-\u9fa5]{2,8}?)(?:按|为)$|((?:存量|增量|超出|超额|新增|其余|剩余)部分)的$/;
/** 项目数量, 产值, 生产能力: a measure named by nothing it is of. */
const BARE_MEASURE_NAME = /^(?:项目数量|项目|数量|(?:涉及|惠及|覆盖|带动)[户人家]数|产值|总产值|生产能力|产能|投资规模|总投资|投资|规模|户数|面积|利税|税收|营业收入)$/;

/**
 * A name the words around its figure tell apart from others like it, or say more of than the name alone: a tax's share paid back,
 * amounts listed after as many bands or labels, a payment per step of growth, money or places a plan allots, a place's share of an
 * award; null when none applies.
 */
/** 启动2021年…宜机化改造项目，: works launched (captured), in the clause right before. */
const LAUNCHED_WORKS = /(?:启动|实施|下达|开展|部署)了?(?:(?:19|20)\d{2}年度?)?([^，。；\d]{2,40}?(?:项目|工程))[，,]\s*$/;
/** 农村公路养护补助标准为县道每公里: a standard's name (captured), then what its first amount is for (captured), right before it. */
const STANDARD_LIST_OPENING = /([\u4e00-\u9fa5]{2,20}?(?:标准|基数|额度))(?:为|是|[：:])\s*([^，。；、：:\d]{1,12})$/;
/** 、乡道每公里: what the next amount of a list is for, between it and the one before. */
const NEXT_ITEM = /^、\s*([^，。；、：:\d]{1,12})$/;

/** The standard a list of amounts sets, each amount named by the standard and what it is for; null unless the list has two or more. */
function standardListed({ sentence, quantities, index }: NamingInput): string | null {
  const quantity = quantities[index];
  let first = index;
  while (first > 0 && quantities[first - 1].base === quantity.base && NEXT_ITEM.test(sentence.slice(quantities[first - 1].end, quantities[first].start))) first--;
  let last = index;
  while (last + 1 < quantities.length && quantities[last + 1].base === quantity.base && NEXT_ITEM.test(sentence.slice(quantities[last].end, quantities[last + 1].start))) last++;
  if (last === first) return null;
  const opening = STANDARD_LIST_OPENING.exec(sentence.slice(Math.max(0, quantities[first].start - 40), quantities[first].start));
  // (补助标准为五星级5万元、…: a standard named by its kind alone leaves the name to what the sentence says it pays for)
  const standard = opening?.[1].replace(/^(?:其中|同时|此外|另外)/, '');
  if (!opening || !standard || /^(?:[^，。；\d]{0,2}?(?:奖励|补助|补贴|奖补|资助|扶持))?(?:标准|基数|额度)$/.test(standard)) return null;
  const item = index === first ? opening[2] : NEXT_ITEM.exec(sentence.slice(quantities[index - 1].end, quantity.start))![1];
  return `${standard}（${item.trim()}）`;
}

/** 0.5万—1.0万亩, 1000立方米以下 right before an amount, after a list's mark: the band of a size it is paid for (its note in brackets left out). */
const SIZE_BAND_BEFORE = /(?:^|[、按：:，,])\s*((?:[\d.]+万?(?:亩|立方米|平方米|米|吨|人|户|张|台|辆|千瓦|兆瓦)?\s*[—–\-~至])?[\d.]+万?(?:亩|立方米|平方米|米|吨|人|户|张|台|辆|千瓦|兆瓦)(?:以下|以上|以内|及以上)?)\s*(?:[（(][^（()）]*[)）])?\s*$/;

function toldApart(input: NamingInput, name: string): string | null {
  const quantity = input.quantities[input.index];
  // (给予单个企业（小微企业按5%、其他企业按3%）…后补助: the share each receiver a note lists is paid at is told apart by the receiver;
  // 按…存量部分的10%、增量部分的60%给予奖励: or each part of what it is reckoned on)
  const rateOf = quantity.base === 'percent' ? RATE_OF_LISTED.exec(input.sentence.slice(Math.max(0, quantity.start - 12), quantity.start)) : null;
  const rated = rateOf?.[1] ?? rateOf?.[2];
  if (rated && !name.includes(rated)) return `${name}（${rated}）`;
  // (省级分享兰州新区增值税10%、企业所得税20%…的增量全部返还新区: a share of a tax, paid back, is named as the refund it is)
  const refund = input.kind === 'incentive' && quantity.base === 'percent' && TAX_SHARE_NAMED.test(name) ? TAX_REFUNDED_AFTER.exec(input.sentence.slice(quantity.end)) : null;
  if (refund) return name.replace(TAX_SHARE_NAMED, `税${refund[1] ?? ''}返还比例`);
  // (按照50%的比例返还企业上年度实际缴纳的失业保险费 → 失业保险费返还比例: a share of what was paid, given back, named by what it was)
  const returned = input.kind === 'incentive' && quantity.base === 'percent' ? SHARE_RETURNED_AFTER.exec(input.sentence.slice(quantity.end, quantity.end + 40)) : null;
  if (returned) return `${returned[1].slice(returned[1].lastIndexOf('的') + 1)}返还比例`;
  // (分别给予5000平方米以下（不含）和5000平方米以上每年3万元、5万元…支持: amounts listed after as many size bands, each for its band)
  const run = input.kind === 'incentive' && CURRENCIES.has(quantity.base) ? amountRun(input.sentence, input.quantities, input.index) : null;
  const firstOfRun = run && run.count === 2 ? input.quantities[run.first] : undefined;
  const bands = firstOfRun ? SIZE_BANDS_LISTED.exec(input.sentence.slice(input.sentence.lastIndexOf('；', firstOfRun.start) + 1, firstOfRun.start)) : null;
  if (run && bands && !name.includes(bands[1])) return `${name}（${input.index === run.first ? bands[1] : bands[2]}）`;
  // (启动2021年…宜机化改造项目，投入资金11000万元: money put in, named by nothing else, goes into the works the clause before launches)
  const launched = /^(?:投入|安排|下达)?资金$/.test(name) ? LAUNCHED_WORKS.exec(input.sentence.slice(0, input.clause.start)) : null;
  if (launched) return `${launched[1]}投入资金`;
  // (农村公路养护补助标准为县道每公里1万元、乡道每公里0.5万元: a standard's amounts listed, each after what it is for, are the standard
  // for each)
  const listed = input.kind === 'incentive' && CURRENCIES.has(quantity.base) ? standardListed(input) : null;
  if (listed) return listed;
  // (按0.5万亩以下（含0.5万亩，下同）50万元、0.5万—1.0万亩100万元、…: amounts listed, each after the size band it is paid for)
  const bandOf = (q: Quantity): string | undefined => SIZE_BAND_BEFORE.exec(input.sentence.slice(Math.max(0, q.start - 40), q.start))?.[1];
  const sizeBand = input.kind === 'incentive' && CURRENCIES.has(quantity.base) ? bandOf(quantity) : undefined;
  if (sizeBand && !name.includes(sizeBand)) {
    // (bands make a list only when an amount of the same kind beside it has its own band too)
    const sameBase = input.quantities.filter((q) => q.base === quantity.base);
    const at = sameBase.indexOf(quantity);
    if ([sameBase[at - 1], sameBase[at + 1]].some((q) => q && bandOf(q) !== undefined)) return `${name}（${sizeBand}）`;
  }
  // (分别给予5000元/人（省内高职、高等院校）、3000元/人（省内中职院校）的人才培养奖励: amounts listed, each labelled in brackets
  // after it, are told apart by their labels)
  const label = LABEL_AFTER_AMOUNT.exec(input.sentence.slice(quantity.end));
  const neighbours = label ? [input.quantities[input.index - 1], input.quantities[input.index + 1]].filter((q) => q && q.base === quantity.base && LABEL_AFTER_AMOUNT.test(input.sentence.slice(q.end))) : [];
  if (label && neighbours.length && !name.includes(label[1])) return `${name}（${label[1]}）`;
  // (主营业务收入5000万元以上，每增长1个百分点，奖励5万元: a payment named by its kind alone, paid per step of growth, is named by
  // the measure that grows and the step)
  const perStep = BARE_PAYMENT_KIND.test(name) ? STEP_PAID_BEFORE.exec(input.sentence.slice(input.sentence.lastIndexOf('；', quantity.start) + 1, quantity.start)) : null;
  if (perStep) return `${perStep[1] ?? ''}${perStep[2]}${name}`;
  // (区级财力贡献总额合计不低于50万元人民币，给予一次性10万元奖励: a payment named by its kind alone, for a floor the clause before sets,
  // is named by that floor)
  const floor = BARE_PAYMENT_KIND.test(name) ? FLOOR_PAID_BEFORE.exec(input.sentence.slice(input.sentence.lastIndexOf('；', quantity.start) + 1, quantity.start)) : null;
  if (floor) return `${floor[1].split('的').pop()!.replace(/(?:合计|累计|总计)$/, '')}${floor[2]}${floor[3]}${name}`;
  // (…；重点扶持…的毛茶加工厂建设，…，安排5个名额共25万元: money or places a plan allots, named by nothing but the allotting, are
  // for what the provision opens on)
  // (铺设将军大道（…）供热主管网，全长约4.3公里: a length, an area or a total cost named by nothing else measures the works the clause
  // before builds)
  const measured = WORKS_MEASURE_ALONE.exec(name) ? WORKS_BUILT_BEFORE.exec(input.sentence.slice(0, input.clause.start)) : null;
  const works = measured?.[1].replace(/[（(][^（()）]*[)）]/g, '');
  if (works && works.length >= 2) return `${works}${name.replace(/^(?:全长|总长度?)$/, '长度').replace(/^总(?=里程|面积)/, '')}`;
  // (棚户区改造工程。新开工11万套，基本建成13.2万套: a step named by its verb alone is a step of the works the paragraph's run-in heading
  // names)
  const stepOf = BARE_STEP.test(name) ? worksOfHeading(input.heading) : '';
  if (stepOf) return `${stepOf}${name}`;
  const allotted = ALLOTTED_ALONE.exec(name);
  const head = allotted ? provisionHead(input.sentence, quantity.start) : '';
  if (allotted && head) return `${head}${allotted[1]}`;
  // (奖励2021年度招商引资绩效考评总分排名前6位的设区市，其中，南宁市650万元: a place's share of an award is named for what the award
  // rewards, the place in brackets)
  const placeShare = input.kind === 'incentive' ? PLACE_PAID.exec(name) : null;
  const awardedFor = placeShare ? [...input.sentence.slice(0, quantity.start).matchAll(PLACES_AWARDED_FOR)].pop() : undefined;
  if (placeShare && awardedFor) return `${awardedFor[1].replace(/[（(][^（()）]*[)）]/g, '')}${placeShare[2]}（${placeShare[1]}）`;
  return null;
}

/** 其他企业, 其余项目 opening a payment's clause: the receivers other than those a provision names. */
const OTHERS_PAID = /^\s*(?:其他|其余|其它)(?:企业|单位|项目|机构|主体)?/;

/** 5000平方米以下（不含）和5000平方米以上: two bands of a size (captured), before the amounts paid for each. */
const SIZE_BANDS_LISTED = /([\d.]+[^\d，。；、和及与（()）]{1,4}(?:以下|以上))(?:[（(]不?含[)）])?[和、及与]([\d.]+[^\d，。；、和及与（()）]{1,4}(?:以下|以上))(?:[（(]不?含[)）])?[^，。；\d]{0,8}$/;
/** /人（省内中职院校）、 right after an amount: the label of an item of a list of amounts (captured). */
const LABEL_AFTER_AMOUNT = /^(?:\/[\u4e00-\u9fa5]{1,2})?[（(]([^（()）\d]{2,16})[)）](?=[、，,和]|的)/;
/** 棚户区改造工程, 城市公共停车设施建设行动: a heading naming works (their kind, 工程 or 行动, is dropped from a step's name). */
const WORKS_HEADING = /(?<=[\u4e00-\u9fa5]{2})(?:建设)?(?:工程|行动)$/;
/** 棚户区改造工程 → 棚户区改造, （三）铝基产业提升工程 → 铝基产业: the works a paragraph's run-in heading names, or ''. */
function worksOfHeading(heading: string): string {
  const text = heading.trim().replace(ITEM_NUMBER, '').trim();
  return WORKS_HEADING.test(text) ? text.replace(WORKS_HEADING, '').replace(/(?<=产业|行业|工业|经济)(?:提升|发展|壮大)$/, '') : '';
}
/** 的焦化苯、水溶肥、永磁材料等: examples of the works a count after them counts, and nothing else. */
const EXAMPLES_ONLY = new RegExp(`${EXAMPLES_BEFORE_COUNT}$`);
/** 全长, 总面积, 总投资: a measure of works, named by nothing else. */
const WORKS_MEASURE_ALONE = /^(?:全长|总长|总长度|长度|总里程|里程|总面积|面积|建筑面积|占地面积|总投资)$/;
/** 铺设将军大道（龙山电厂-状元街段）供热主管网，: the clause right before a figure that builds works and counts none of them (captured). */
const WORKS_BUILT_BEFORE = /(?:^|[，,；。：:])\s*(?:[一二三四五六七八九十\d]{1,2}[、.．]\s*|[（(][一二三四五六七八九十\d]{1,2}[)）]\s*)?(?:新建|改建|扩建|改扩建|续建|建设|修建|铺设|改造|实施|建成)([^，。；：:\d]{2,30}?)[，,]\s*$/;
/** 标准安排资金, 安排名额数量: what a plan allots (captured), named by nothing but the allotting. */
const ALLOTTED_ALONE = /^(?:标准)?安排(资金|名额)(?:数量)?$/;

/**
 * 安排连片面积200亩以上的标准化茶园建设项目3~5个 → 标准化茶园建设项目, 重点扶持…核心种植区内的毛茶加工厂建设 → 毛茶加工厂建设, 在重点龙头企业
 * 培育项目上 → 重点龙头企业培育项目: what the provision holding a figure opens on (its first clause after the last ；), or ''.
 */
function provisionHead(sentence: string, at: number): string {
  const from = Math.max(sentence.lastIndexOf('；', at), sentence.lastIndexOf('：', at), sentence.lastIndexOf(':', at)) + 1;
  const opening = sentence.slice(from, at).split(/[，,]/)[0].trim();
  const head = opening.replace(/^(?:安排|重点扶持|扶持|支持|在)/, '').replace(/上$/, '').split('的').pop()!.replace(/[\d.]+(?:[~～—–-][\d.]+)?[个家项所]$/, '');
  return head.length >= 4 && head.length <= 16 && !/\d/.test(head) ? head : '';
}

/** 南宁市奖励: a payment named by the place it goes to alone. */
const PLACE_PAID = /^([\u4e00-\u9fa5]{2,8}?[市县区州盟旗])(奖励|补助|补贴|奖补|奖励资金)$/;
/** 奖励2021年度招商引资绩效考评总分排名前6位的设区市，其中，: what places are rewarded for, then the places each paid (what, captured). */
const PLACES_AWARDED_FOR = /奖励(?:(?:19|20)\d{2}年度?)?([^，。；]{2,30}?)(?:总分)?(?:排名|排在)?(?:前[\d一二三四五六七八九十]+[位名])?(?:优异|优秀|先进|靠前)?的(?:设区市|地级市|市|县|县区|县（市、区）|县（市）|乡镇|市县|市州)[，,]\s*其中[，,：:]?/g;

/** 的比例返还企业上年度实际缴纳的失业保险费: a share given back of what was paid (captured) right after it. */
const SHARE_RETURNED_AFTER = /^的?比例返还([^，。；]{2,24}?(?:保险费|保费|缴费|社保费))(?:[，。；]|$)/;
/** 企业所得税, 增值税比例: a name closing on a tax, or on its share. */
const TAX_SHARE_NAMED = /税(?:比例)?$/;
/** …、资源税50%的增量全部返还新区: a list of tax shares after which the text pays them back (增量, the growth of the tax, captured). */
const TAX_REFUNDED_AFTER = /^[^。；]*?的(增量)?(?:部分)?(?:全部|全额|按\S{0,6})?返还/;

/** 区级财力贡献总额合计不低于50万元人民币，给予一次性: a floor a measure reaches (measure, bound and sum captured), then the payment's clause. */
const FLOOR_PAID_BEFORE = /([^，。；：:\d（()）]{2,24}?)(不低于|不少于|达到|超过|突破)([\d.]+[万亿]?元)(?:人民币)?(?:（含）)?(?:以上)?(?:的)?[，,]\s*(?:给予|予以)?(?:一次性)?$/;
/** 奖励, 一次性补助: a payment's name that is its kind alone. */
const BARE_PAYMENT_KIND = /^(?:一次性)?(?:奖励|补助|补贴|奖补|资助)$/;
/** 主营业务收入5000万元以上，每增长1个百分点，: a step of growth a payment right after it is made for, and the measure that grows (captured). */
const STEP_PAID_BEFORE = /(?:([^，。；\d]{2,12}?)[\d.]+\s*[万亿]?元(?:[（(]含[)）])?及?以上[，,]\s*)?(每(?:增长|增加|新增|多|提高)[^，。；]{1,12})[，,]\s*(?:给予|予以)?(?:一次性)?(?:奖励|补助|补贴|奖补|资助)?$/;
/** 以上年为基数, 年为基数 (what 以上 leaves of it), 以2023年为基数: the year growth is measured from, opening a name. */
const BASE_YEAR_LEFT = /^(?:以)?(?:上一?年度?|去年|(?:19|20)\d{2}年度?|年度?)为基数(?:的)?(?=[\u4e00-\u9fa5]{2})/;
/** 以上两项, 上述三项政策: the items of a text a statement points back to. */
const ITEMS_ABOVE = /(?:以上|上述)[两二三四五六七八九十\d]{1,2}项(?:政策|措施)?(?=[\u4e00-\u9fa5]{2})/;

/**
 * 标准化暖圈、禽舍一次性标准化暖圈、禽舍奖励, 资金占用费补贴占用费补贴: the same words said twice over, back to back or across 一次性
 * (words listed with 、 only as the name opens: …报警器、灭火器、灭火毯 repeats no words of its own).
 */
const REPEATED_WORDS = /^([\u4e00-\u9fa5、“”]{4,16})(一次性)?\1|([\u4e00-\u9fa5“”]{4,16})(一次性)?\3/;
/** 30万人次以上30万人次: a figure and its unit said twice over, back to back, where two ways of naming a tier met. */
const REPEATED_FIGURE = /(?<![\d.])(\d[\d.]*[万千亿]?(?:人次|人|家|个|户|辆|台|头|只|架次|列次|班次))((?:及)?以上|以下)?\1(?:(?:及)?以上|以下)?/;

/** …者为一等奖，奖励, …的为二等奖，奖: the grade of prize a provision names in the clause before its payment (captured). */
const PRIZE_BEFORE = /为([一二三四五六七八九十特]等奖)[，,]\s*(?:奖励|给予|奖|颁发)$/;
/** 加大贷款贴息力度, 持续加大投入力度: the effort a measure steps up, opening a name, before at least four more characters. */
// (not 加大…力度扶持 or 加大…力度在年度奖励, where what is left names no payment of its own)
const EFFORT_LEAD = /^(?:为|通过)?(?:持续|进一步|继续)?加大[^，。；、]{1,14}?力度(?=(?![在的])[\u4e00-\u9fa5“]{4})/;
/** 奖励金额根据…投资额大小分档：: the words leading into a list of bands, up to the colon before the first band's sum. */
const BANDS_LEAD = /^[^，。；：:]{4,40}[：:](?=\d[\d.]*[万亿]?元)/;
/**
 * Words that open no name, however it was composed: the words leading into a text's standards (具体的补贴标准是，加温温室每亩补贴
 * 燃煤费用1000元), the effort a measure steps up (加大贷款贴息力度贴息费率), the words leading into a list of bands up to their colon
 * (奖励金额根据…投资额大小分档：3亿元至10亿元奖励).
 */
/** 目标 地区生产总值 增长6%左右: a page's label 目标 standing before a measure, no part of its name. */
const GOAL_LABEL_LEAD = /^(?:主要)?目标(?![任值责管体])(?=[\u4e00-\u9fa5]{4})/;
/** 共有五大类别赛事可申请补助：（一）: the words leading into a numbered list of kinds, up to the first kind's number. */
const KINDS_LISTED_LEAD = /^[^：:（(]{2,30}[：:]\s*[（(][一二三四五六七八九十\d]{1,2}[)）]\s*/;
/** （含, (含: the bracket a part included in an item opens on. */
const INCLUDED_OPENING = /^[（(]含(?=[\u4e00-\u9fa5]{2})/;
/**
 * 在“金梧桐”安居政策中，萧山给予中高级人才…: the policy a report says a payment is part of, opening its name (its 中 kept where the
 * receiver after it opens on 中, 中高级人才).
 */
const PART_OF_POLICY_LEAD = /^在[^，。；\d]{2,24}?(?:政策|办法|措施|方案|计划|意见|细则)(?:中(?!高级|级|青年|小))?(?=[\u4e00-\u9fa5“]{3})/;
/** 在横县, 在南宁市: a place alone, opening a name (captured without 在). */
const PLACE_LEAD = /^在([\u4e00-\u9fa5]{1,6}?[省市县区旗])(?![或和、及与])(?=[\u4e00-\u9fa5]{2})/;
const NAME_LEADS: readonly RegExp[] = [STANDARDS_LEAD, EFFORT_LEAD, BANDS_LEAD, GOAL_LABEL_LEAD, KINDS_LISTED_LEAD, PART_OF_POLICY_LEAD];
/** 改扩建马冲、孟桥川、冯营: a works verb, then the works it names one by one (the last captured), right before their count. */
const WORKS_NAMED_THEN_COUNTED = new RegExp(`^\\s*(?:(?:确保|力争|推动|加快|全力)?${WORK_VERB})(?:[^、，。；\\d]{1,8}、)+([^、，。；\\d]{1,8})$`);
/** 建成, 开工建设, 推进: the verb a clause of works opens on, before the examples of what it counts. */
// (确保新华大厦等30个项目开工: or the resolve it opens on)
const WORKS_OPENING = new RegExp(`^\\s*(?:(?:确保|力争|推动|加快|全力)${WORK_VERB}?|${WORK_VERB})`);

/**
 * 建成双桥东路等10条主次支路 → 主次支路; 开工建设北京中学东坝北校区等3所学校 → 开工建设学校: the examples before 等 and a count
 * are no part of what is counted.
 */
function withoutExamples({ sentence, clause, quantities, index }: NamingInput, name: string): string {
  const quantity = quantities[index];
  // (改扩建马冲、孟桥川、冯营3座水厂 → 水厂: works named one by one, then counted, are named by what they are, not by the last)
  const named = quantity.base === 'count' && sentence[quantity.start - 1] !== '等' ? WORKS_NAMED_THEN_COUNTED.exec(sentence.slice(clause.start, quantity.start)) : null;
  if (named && name.startsWith(named[1]) && name.length > named[1].length + 1) return name.slice(named[1].length);
  if (sentence[quantity.start - 1] !== '等' || quantity.base !== 'count') return name;
  const lead = sentence.slice(clause.start, quantity.start - 1);
  const examples = lead.slice(WORKS_OPENING.exec(lead)?.[0].length ?? 0).trim();
  return examples.length >= 2 && examples.length <= 40 && name.includes(`${examples}等`) && name.length > examples.length + 3 ? name.replace(`${examples}等`, '') : name;
}

/** 前三年, 第四年至第五年: a span of years. */
const YEARS_SPAN = /(?:前([二两三四五六七八九十])年|第([一二三四五六七八九十])年(?:至|到|—|-)第([二三四五六七八九十])年)/;
/** The span a run of rates is spread over, one rate a year, in the clause right before the run. */
const YEARS_SPREAD = new RegExp(`${YEARS_SPAN.source}(?=[^，。；\\d]{0,24}$)`);

/**
 * 前三年按照企业营业收入的2%、1.5%、1%给予奖励; 第四年至第五年按照…0.8%、0.6%给予: each rate of a run spread over as many years
 * is that year's (新企业第二年奖励比例), its name without the span.
 */
function yearOfSpread({ sentence, quantities, index, kind }: NamingInput, name: string): string {
  if (kind !== 'incentive') return name;
  const run = amountRun(sentence, quantities, index);
  if (!run) return name;
  const opening = sentence.slice(sentence.lastIndexOf('；', quantities[run.first].start) + 1, quantities[run.first].start);
  const years = YEARS_SPREAD.exec(opening.slice(opening.lastIndexOf('，', opening.search(YEARS_SPREAD)) + 1));
  if (!years) return name;
  const first = years[1] ? 1 : numeralValue(years[2]);
  const last = years[1] ? numeralValue(years[1]) : numeralValue(years[3]);
  if (first === null || last === null || last - first + 1 !== run.count) return name;
  const year = `第${'一二三四五六七八九十'[first - 1 + index - run.first]}年`;
  // (…奖励比例（占企业营业收入）（前三年）: the span told apart in brackets is the year now)
  const bare = name.replace(new RegExp(`[（(]${YEARS_SPAN.source}[)）]`), '');
  const span = YEARS_SPAN.exec(bare)?.[0];
  // (机器人系统集成企业租金补贴 → 机器人系统集成企业第一年租金补贴: the year after whom it is paid to, else before the payment)
  if (span) return bare.replace(span, year);
  const paidAt = bare.search(/奖励|补贴|补助|资助|奖补/);
  const receiverEnd = paidAt < 0 ? -1 : Math.max(...['企业', '单位', '机构', '主体', '团队', '项目'].map((word) => { const at = bare.lastIndexOf(word, paidAt); return at < 0 ? -1 : at + word.length; }));
  const at = receiverEnd > 0 ? receiverEnd : paidAt;
  return at > 0 ? bare.slice(0, at) + year + bare.slice(at) : `${year}${bare}`;
}

function namedIndicator(input: NamingInput): string {
  const name = plainName(input);
  // (拿出500万对全县新建标准化茶园进行奖补 → 新建标准化茶园奖补: money put up, named by what it then rewards)
  // (…政府决定追加1亿元资金，…启动第二轮消费券发放: or added to what was put up)
  if (name.includes('拿出') || name.includes('追加')) {
    const rewarded = REWARDED_AFTER.exec(input.sentence.slice(input.quantities[input.index].end));
    if (rewarded) return rewarded[1].replace(/^(?:全[省市县区])/, '') + rewarded[2];
    // (拿出1亿元，给杭州市民发放消费券 → 发放消费券资金: money put up for vouchers handed out)
    const handedOut = VOUCHERS_HANDED_OUT.exec(input.sentence.slice(input.quantities[input.index].end));
    if (handedOut) return `${name.includes('追加') ? '追加' : ''}发放${handedOut[1] ?? handedOut[2]}资金`;
  }
  // (中医药产业力争成为…主导产业，实现总产值380亿元 → 中医药产业总产值: an output still named only by its verb, whose maker the
  // sentence's subject is)
  const output = BARE_OUTPUT.exec(name);
  const maker = output ? outputMaker(input) : null;
  return output && maker ? maker + output[1] : name;
}

/** 实现产值, 完成总产值, 产业规模: an output named by its verb or its kind alone, saying nothing of whose. */
const BARE_OUTPUT = /^(?:实现|完成)?((?:总)?产值|营业收入|产业规模)$/;
/** 中医药产业力争, 喀什经济开发区将, …VR产业基地将: an industry's or a place's name as a clause's subject, before the verb of its plan. */
const MAKER_BEFORE_PLAN = /([\u4e00-\u9fa5A-Za-z]{2,12}?(?:产业|工业|基地|开发区|园区|集群|行业))(?:将|力争|要|计划|争取)/g;

/** The industry or place a sentence plans for as its subject, before the figure; null when none or several. */
function outputMaker({ sentence, quantities, index }: NamingInput): string | null {
  const makers = new Set(matchesOf(MAKER_BEFORE_PLAN, sentence.slice(0, quantities[index].start)).map((m) => m[1].replace(/^(?:该|全|本|我)(?:市|省|区|县)?/, '')));
  const [maker] = makers;
  return makers.size === 1 && maker.length >= 2 ? maker : null;
}

/** ，给杭州市民发放消费券: the vouchers a sum put up is handed out as, in the clause after it (captured, either way round). */
// (追加1亿元资金，于消博会期间启动“…”第二轮消费券发放: or the vouchers, then their handing out)
const VOUCHERS_HANDED_OUT = /^(?:元|万元)?(?:资金)?[，,]\s*(?:(?:给|向|为)?[^，。；]{0,12}?发放([^，。；]{0,6}券)|[^，。；]{0,30}?((?:第[一二三四五六七八九十\d]+轮|首轮|新一轮)?[\u4e00-\u9fa5]{0,4}券)发放)/;
/** 对全县新建标准化茶园进行奖补: what a sum put up rewards, right after it. */
// (对…取得突出成绩的企业和业主，以奖代补，进行奖励: the way it is paid may be said between)
const REWARDED_AFTER = /^(?:元|万元)?(?:资金)?(?:用于)?对([^，。；]{2,40}?)(?:[，,]\s*以奖代补[，,]\s*)?(?:进行|实施|给予)?(奖补|奖励|补贴|补助)/;
/**
 * 投资, 完成投资, 年内投资, 资金, 县财政安排, 市级财政统筹安排, 积极筹集各类资金: a sum named only as spending or as money put up (by the treasury or the
 * place that puts it up), saying nothing of what on.
 */
const BARE_SPENDING = /^(?:[\u4e00-\u9fa5]{0,4}?[省市县区]级?财政|全[省市县区]|我[省市县区])?(?:积极|累计|共|每年|年均|将|拟)?(?:年内|全年|年度|计划)?(?:总)?(?:统筹)?(?:投资|完成投资|投资完成|建设投资|投入|安排|筹集|筹措|斥资|资金|财政资金)(?:各类|专项)?(?:资金)?$/;
/** 市财政安排资金用于支持农村公路建设: money put up, named with what it goes to (captured). */
const SPENT_ON_NAMED = new RegExp(`${BARE_SPENDING.source.slice(0, -1)}用于(?:支持|扶持|实施|建设|推进)?([^，。；]{2,24})$`);
/** ，实施一批重点基础设施项目; 用于…; ，推进…工程: the works a sum goes to, right after it. */
// (，重点抓好…博物馆、…公园等5个重点续建项目: or the works listed, then gathered by 等)
// (，设立产业集群发展专项资金: or the fund it sets up, named as it is; ，对2处…旱厕实施供暖水冲式改造: or what it works on first)
const SPENT_ON_AFTER = /^(?:元|亿元|万元)?(?:人民币)?(?:以上|左右)?[，,]?\s*(?:(?:设立|组建)([^，。；、]{2,24}?(?:基金|资金))|(?:(?:主要|全部|专项)?用于(?:实施|建设)?|(?:对[^，。；]{1,30}?(?=实施))?实施|建设|推进|启动|完成|重点(?:抓好|推进|实施|建设))([^，。；、]{2,24}?(?:项目|工程|计划|行动|设施|改造|实事)|[^，。；]{2,120}?等[\d一二三四五六七八九十]*(?:个|项)?[^，。；、等]{2,16}?(?:项目|工程)))(?=[，。；、]|$)/;

/** The works a sum named only as spending goes to, named with its spending (重点基础设施项目投资); null when the sentence says none. */
function spentOn({ sentence, quantities, index }: NamingInput, name: string): string | null {
  const m = SPENT_ON_AFTER.exec(sentence.slice(quantities[index].end));
  if (!m) return null;
  if (m[1]) return m[1];
  // (一批, 等5个, 74个村…, 100件左右的民生实事: the count and the words that gather the works are no part of their name)
  const works = m[2].replace(/^(?:一批|一系列|[\d一二三四五六七八九十]+(?:个|项|大|件))/, '').replace(/^.*等[\d一二三四五六七八九十]*(?:个|项)?/, '').replace(/^.*的/, '');
  // (积极筹集各类资金…，实施…民生实事 → 民生实事资金: money put up, not invested, is named as funds)
  return works.length >= 2 ? `${works}${/投资|投入/.exec(name)?.[0] ?? '资金'}` : null;
}

function plainName(input: NamingInput): string {
  // (迈入万亿GDP俱乐部: the club a trillion of product admits to, named by the product)
  const club = TRILLION_CLUB.exec(input.sentence.slice(input.quantities[input.index].end));
  if (club) return club[1] === '经济总量' ? '经济总量' : '地区生产总值';
  // (给予最高50%的资金支持[3], 设立总规模30亿元人民币的低空经济专项基金: a footnote's mark, and the currency after the amount, are no
  // part of any name)
  // (高新技术企业企业数量: nor a head noun said twice where a part's name meets the whole's)
  // ((不包括附属和配套用房)自用部分: nor a note in brackets the clause before left at the name's start)
  // (近期（2021年）城镇人口: nor the stage of a plan a figure is for, its year the figure's deadline, nor the brackets it leaves)
  // (首次认定为市级瞪羚企业的一次性奖励: nor the 的 between a condition and the payment it names)
  // (“煤改电”/千瓦时补贴: nor the unit a rate of money is paid per, left after its amount)
  // (“全年空气质量达标天数: nor a quote mark opening a quoted goal, whose close the name never reaches)
  // (家门口青少年宫”: nor a quote mark closing a quote the name never opened)
  return rawName(input).replace(/^“(?=[^”]*$)/, '').replace(/^([^“”]+)”$/, '$1').replace(/(?<=[\u4e00-\u9fa5]{4})的(?=(?:一次性)?(?:奖励|补贴|补助|资助|奖补)(?:上限|比例|标准)?$)/, '').replace(FOOTNOTE_MARK, '').replace(/^人民币的?(?=[\u4e00-\u9fa5]{2})/, '').replace(/(?<=[\u4e00-\u9fa5”])(?<![\d.][万亿]?元)[/／](?:千瓦时|度|立方米|方|吨|平方米|亩|人|户|家|台|套|辆|头|只)(?=[\u4e00-\u9fa5])/, '').replace(/(企业|项目|园区|基地|平台|增加值|总产值|产值|营业收入)\1/, '$1')
    .replace(/^[（(](?:不包括|不含|包括|含)[^（()）]{2,20}[)）](?=[\u4e00-\u9fa5]{2})/, '')
    .replace(/^(?:近期|中期|远期|近中期|中远期)\s*(?:[（(](?:(?:19|20)\d{2}年?)?[)）])?(?=[\u4e00-\u9fa5]{2})/, '').replace(/[（(]\s*[)）]/g, '')
    // (“十三五”期间GDP平均增长: nor the plan period it is due over, its end the figure's deadline)
    .replace(/^“?十[一二三四五六]五”?(?:期间|时期)(?=[\u4e00-\u9fa5A-Z]{2})/, '')
    // (今年我县共安排重点项目79个 → 重点项目数量: the place speaking and its verb of arranging are no part of what is counted)
    .replace(/^[我全本][市县区旗](?:共|还|将|计划)*(?:安排|实施|谋划)(?=[\u4e00-\u9fa5]{4})/, '')
    // (设立主导产业发展基金总规模 → 主导产业发展基金总规模: the verb setting a fund up is no part of what it is)
    .replace(/^(?:统筹)?(?:设立|组建|成立)(?=[\u4e00-\u9fa5]{2,24}?(?:基金|资金)(?!的))/, '')
    // (做到项目招引零距离、…、项目推进零障碍力争新建亿元项目数量: the words before a 力争 the clause never paused at are no part of it)
    .replace(/^[^，。；]{4,}?(?:力争|争取)(?=(?:新建|新增|新开工|新培育|新引进|引进|培育|建成|建设|打造|开工|实施)[\u4e00-\u9fa5]{2})/, '')
    // (GDP则预期增长, GDP计划增长 → 地区生产总值增长: a region's GDP, by its name, without the words of its plan between)
    .replace(/^GDP(?:则|计划|预期|预计|力争|要|将)+(?=(?:年均|平均)?(?:增长|增速)$)/i, 'GDP').replace(GDP_MEASURED, '地区生产总值')
    // (至2020年达到343亿元 after GDP平均增长10%: the level of what grows, not its rate's 平均)
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:年均|平均)$/, '')
    // (优质生鲜乳（以生鲜乳质量追溯平台交接单为准）: nor the record a measure is taken from)
    .replace(/[（(]以[^（()）]{2,30}为准[)）]/g, '')
    // (抓住国家加快铁路建设机遇，今明两年投资530亿元 → 铁路建设投资: nor the chance a measure seizes)
    .replace(/(?<=[\u4e00-\u9fa5]{2})的?(?:机遇|契机)(?=投资|投入|资金)/, '')
    // (…300人(含)以上[单团游客需10人(含)以上]，…的，省内航班客源给予40元/人奖励 → 省内航班客源奖励: nor the close of a note in square
    // brackets the name was cut inside)
    .replace(/^[^[［【]{0,16}[\]］】](?=[\u4e00-\u9fa5]{2})/, '');
}

/** 开工率一季度达到50%、上半年达到: a rate, then the parts of the year it is to reach each figure by. */
const MILESTONE_RUN = new RegExp(`([\\u4e00-\\u9fa5]{2,10}?率)(${YEAR_PART})达到(?:[\\d.]+%(?:以上|左右)?[、，,](${YEAR_PART})达到)*$`);

/** The name of one figure of a schedule of milestones (项目开工率（上半年）), from the clause before it; null if it is none. */
function milestoneName(before: string): string | null {
  const m = MILESTONE_RUN.exec(before);
  return m ? `${clean(m[1]).replace(LEADING_FILLER, '')}（${m[3] ?? m[2]}）` : null;
}

/** 奖励金额分别为, 奖金分别为: amounts listed, one for each place of a ranking. */
const AMOUNTS_BY_PLACE = /^[^，。；\d]{0,8}?(?:奖励|奖金|补助|奖补)(?:金额|标准|资金)?分别为$/;
/** 进入前5名的旅游社: the places of a ranking paid, and who holds them. */
const RANKED_PLACES = /前([\d一二三四五六七八九十]{1,2})名的?([\u4e00-\u9fa5]{2,6}?)(?=[，,。；]|$)/g;

/**
 * …进入前5名的旅游社，市旅游局将给予总额30万元人民币奖励。奖励金额分别为10万元、8万元、6万元、4万元、2万元 → 前5名旅游社奖励总额,
 * 第1名旅游社奖励…: the sum the places of a ranking share, and the amounts listed for its places, as many as the places the sentence
 * before names; null otherwise.
 */
function placeAward({ sentence, quantities, index, kind, earlier = '' }: NamingInput): string | null {
  if (kind !== 'incentive') return null;
  // (…进入前5名的旅游社，市旅游局将给予总额30万元人民币奖励: the sum the places share)
  const total = /总额为?$/.test(sentence.slice(0, quantities[index].start)) ? [...sentence.slice(0, quantities[index].start).matchAll(RANKED_PLACES)].pop() : undefined;
  if (total) return `前${total[1]}名${total[2]}奖励总额`;
  if (!AMOUNTS_BY_PLACE.test(sentence.slice(0, quantities[0]?.start ?? 0).trim())) return null;
  const run = amountRun(sentence, quantities, index);
  const ranked = [...earlier.matchAll(RANKED_PLACES)].pop();
  if (!run || !ranked || numeralValue(ranked[1]) !== run.count) return null;
  return `第${index - run.first + 1}名${ranked[2]}奖励`;
}

/** 设立主导产业发展基金, 组建总规模100亿元的产业引导基金: a fund set up, named (its size before it passed over). */
const FUND_SET_UP = /(?:设立|组建|成立|设置)(?:了)?(?:总规模[\d.]+[万亿]?元的)?([\u4e00-\u9fa5]{2,20}?基金)/;
/** 首期50亿元, 政府出资不少于25亿元: a clause sizing a part of a fund, with nothing but the part before its figure. */
const FUND_PART = /^\s*(?:其中)?(首期|一期|政府出资|财政出资|社会资本出资|社会出资)(?:规模|资金)?(?:不少于|不低于|不超过|达到?|为|约)?\s*$/;

/**
 * 设立主导产业发展基金，总规模200亿元，坚持…原则，首期50亿元，政府出资不少于25亿元: a part of a fund set up earlier in the
 * sentence, named after the fund (主导产业发展基金首期规模, 主导产业发展基金政府出资), not after the clause before it.
 */
function fundPart({ sentence, clause, quantities, index }: NamingInput): string | null {
  const part = FUND_PART.exec(sentence.slice(clause.start, quantities[index].start));
  const fund = part ? FUND_SET_UP.exec(sentence.slice(0, clause.start)) : null;
  return part && fund ? fund[1] + (part[1].endsWith('期') ? `${part[1]}规模` : part[1]) : null;
}

function rawName(input: NamingInput): string {
  const quantity = input.quantities[input.index];
  const place = placeAward(input);
  if (place) return place;
  const part = fundPart(input);
  if (part) return part;
  // (完成固定资产投资1660.67亿元，增长34.2%，高于28%的年度目标 → 固定资产投资增长（年度目标）: the year's target a report measures a
  // growth against is named by that growth)
  if (input.kind === 'target' && yearTargetNamed(input.sentence, quantity)) {
    const measured = input.quantities.findLastIndex((q, i) => i < input.index && q.base === 'percent');
    const nameAt = (i: number): string => nameIndicator({ ...input, index: i, clause: clauseOf(input.sentence, input.quantities[i]) });
    const growth = measured >= 0 ? nameAt(measured).replace(/增速$|增幅$/, '增长') : '';
    // (完成工业总产值2134.24亿元，比去年同期增长47.6%: a growth named by its comparison alone is of the level before it)
    const level = /^(?:(?:比|较)[^，。；\d]{0,6}|同比)?增长$/.test(growth) && measured >= 1 ? nameAt(measured - 1) : '';
    return `${level ? `${level}增长` : /增长/.test(growth) ? growth : '增长'}（年度目标）`;
  }
  // (项目开工率一季度达到50%、上半年达到80% → 项目开工率（一季度）, 项目开工率（上半年）: a rate to reach by each part of the year)
  // (the later parts, each after its 、, in the run the clause up to its comma holds)
  const milestone = quantity.base === 'percent' ? milestoneName(input.sentence.slice(Math.min(input.clause.start, clauseStartAt(input.sentence, quantity.start - 1)), quantity.start)) : null;
  if (milestone) return milestone;
  // (出口创汇额要以每年递增25%的速度增长 → 出口创汇额年均增长: a growth set as the pace a measure grows at)
  const paced = quantity.base === 'percent' && PACE_AFTER.test(input.sentence.slice(quantity.end)) ? PACE_BEFORE.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  if (paced && paced[1].length >= 2) return `${paced[1].replace(LEADING_FILLER, '')}${paced[2] ? '年均' : ''}增长`;
  // (构建邯郸至主要省会城市3小时到达、热点旅游城市3小时到达的交通圈 → 邯郸至主要省会城市通行时间: a travel time is named by where it reaches)
  const reached = (quantity.unit === '小时' || quantity.unit === '分钟') && TRAVEL_AFTER.test(input.sentence.slice(quantity.end)) ? travelBefore(input.sentence.slice(input.clause.start, quantity.start)) : '';
  if (reached) return `${reached}通行时间`;
  // (对上述项目的支持比例由不超过项目建设相关投资额15%提高到20% → 上述项目支持比例（占项目建设相关投资额）: money given raised from a
  // level is named as the level is, by the words before 由, when they name whom it is given to (对…的)
  const raised = input.kind === 'incentive' ? FROM_TO.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  if (raised && /^对于?[^，。；]{2,}的/.test(raised[1]) && !/给予|予以/.test(raised[1])) return clean(raised[1].replace(/^对于?/, '').replace(/的(?=[^的]{2,}$)/, '')) + (raised[2] && quantity.base === 'percent' ? `（占${raised[2]}）` : '');
  // (共设置四种面额:20元、40元、60元、100元 → 消费券面额: the face values a set of vouchers comes in, listed after 面额)
  const faces = input.kind === 'incentive' && quantity.base === 'CNY' ? FACE_VALUES_LISTED.exec(input.sentence.slice(0, quantity.start)) : null;
  if (faces) return `${voucherKind(input.sentence)}面额`;
  // (单笔消费满200元可抵扣50元 → 消费券抵扣金额（满200元）: what a voucher takes off, named with the spending it needs)
  const off = input.kind === 'incentive' ? VOUCHER_OFF_BEFORE.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  // (满1000元减100元消费券: the 元 of the amount before the voucher's kind is no part of it)
  // (有50元减12元消费券: the voucher named right after the amount, before any named earlier in the sentence, 2种消费券 without its count)
  const voucherAfter = /^元?\s*([\u4e00-\u9fa5]{0,4}券)/.exec(input.sentence.slice(quantity.end))?.[1];
  if (off) return `${voucherKind(input.sentence, voucherAfter)}抵扣金额（满${off[1] ?? off[2]}元）`;
  // (餐饮类推出5种券面：15元券（满50元可用）、28元券（满100元可用）→ 餐饮消费券面额（满50元可用）: a voucher's face value, named by
  // its kind and the spending it needs)
  const face = input.kind === 'incentive' && quantity.base === 'CNY' ? VOUCHER_FACE_AFTER.exec(input.sentence.slice(quantity.end)) : null;
  if (face) return `${VOUCHER_CLASS.exec(input.sentence.slice(0, quantity.start))?.[1] ?? ''}消费券面额（满${face[1]}元可用）`;
  // (土地出让起始价格不低于市场评估价格的7折 → 土地出让起始价格折扣（占市场评估价格）: a price cut, named as a share is)
  const discounted = quantity.unit === '折' ? DISCOUNTED.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  if (discounted) return `${discounted[1]}折扣（占${discounted[2]}）`;
  // (对鼓励类产业企业，减按15%的税率征收企业所得税: a tax relief's rate is named by the tax it is levied on)
  const taxed = input.kind === 'incentive' && quantity.base === 'percent' ? TAX_RATE_AFTER.exec(input.sentence.slice(quantity.end)) : null;
  if (taxed) return `${taxed[1]}税率`;
  // (给予4元/平方米/月的补贴: what a rate is given per, left over after its figure, is no part of the name, nor the bound
  // or the 的 after it: 36万元/亩左右, 0.3元/千瓦时的低谷电价)
  // (——年计划完成地区生产总值617亿元以上: the year's plan a report row opens on, and its dashes, are no part of the name)
  // (10万P算力规模将在…拔地而起, 30万P的磅礴算力…: computing power is named by what it measures, not by the words around it)
  // (兰州新区今年GDP增长预期目标：确保22%，力争30% / 地区生产总值预期目标：确保增长22%: a figure whose clause names no measure
  // is of the one the goal's lead names)
  const ownWords = input.kind === 'target' && quantity.base === 'percent' ? input.sentence.slice(input.clause.start, quantity.start) : null;
  const led = ownWords !== null && BARE_GOAL_CLAUSE.test(ownWords) ? GOAL_LEAD_MEASURE.exec(input.sentence.slice(0, input.clause.start)) : null;
  const ledMeasure = led ? led[1].replace(GDP_MEASURED, '地区生产总值') : '';
  if (ledMeasure.length >= 2) return `${ledMeasure}增长`;
  const found = bandPartOf(input, nameFound(input));
  const computing = quantity.base === 'PFLOPS' ? /(?:[\u4e00-\u9fa5]{0,4}?(?=(?:智能|通用|高性能|智算)))?(?:智能|通用|高性能|智算)?算力(?:规模|总量)?/.exec(found)?.[0] : undefined;
  if (computing && !found.endsWith(computing)) return computing;
  // (…（含500台）时，每个企业最高补助…: the close of a condition's aside and its 时 open no name)
  // (不过单个项目引进…, 即对航空航天等主导产业企业…, 如对顺德制造企业…: how the text links a sentence to the one before opens no name)
  // (武汉将开通低空飞行商业航线20条, 山东将安排3000万元专项资金: the place that will do it is the record's region, not its name)
  // (补贴标准为每亩300元: the unit a standard is paid by, in brackets after it)
  const opened = found.replace(STANDARD_PER_UNIT, '标准（$1）').replace(PER_UNIT_LEFT, '').replace(/^[—–-]*(?:全?年|年度)计划(?:完成|实现)?(?=[\u4e00-\u9fa5]{4})/, '').replace(/^[)）]+时?(?=[\u4e00-\u9fa5]{2})/, '').replace(BOUND_LEFT_OVER, '').replace(LEADING_CONNECTIVE, '').replace(ITEM_OPENING, '').replace(STARTING_WHEN, '').replace(ADDRESSED_TO, '');
  const name = withoutTopic(withoutPlaceWill(opened));
  // (…以上的，按3.6万元/亩: the verb a rate is given by names nothing)
  if (!name.trim() || /^(?:按照?|给予|予以)$/.test(name)) return unnamed(input);
  // (服务业增加值占生产总值的比重超过50%: a share named by the whole it is of, not by 比重 alone)
  const share = /^(?:比重|比例|占比)$/.test(name) ? SHARE_OF_WHOLE.exec(input.sentence.slice(input.clause.start, quantity.start).replace(TRAILING_CUE, '')) : null;
  if (share) return clean(stripLeadingVerb(share[1].replace(LEADING_FILLER, '')) + share[2]);
  // (可获最高30万元或20万元奖励: the other amount's 或 is no part of the payment's name)
  // (奖励组团旅行社人民币5万元, 奖金额为人民币20万元: the currency the sum is paid in is no part of what it pays for)
  const paid = name.replace(/(?<=[\u4e00-\u9fa5]{2})或(?=(?:一次性)?(?:奖励|补贴|补助|资助|奖补)(?:上限|比例|金额|标准)?$)/, '')
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:为)?人民币(?=(?:一次性)?(?:奖励|补贴|补助|资助|奖补)?(?:上限|金额|比例|标准)?(?:（[^（）]*）)?$)/, '');
  // (；重新认定的高新技术企业，最高给予5万元补助: a payment named by its kind alone is for the receiver the clause before names)
  // (经核准符合条件补贴比例: how a payment is granted opens no name of what it pays for)
  const granted = input.kind === 'incentive' ? paid.replace(PROCEDURE_OPENING, '').replace(GIVING_INSIDE, '') : paid;
  // (对年营业收入首次突破20亿元至150亿元的制造业企业，一次性给予…奖励: or, with no such clause, in the 对… nearest before it)
  // ([3]: a footnote's mark, gone from the finished name, says nothing of the payment)
  const kindOnly = granted.replace(FOOTNOTE_MARK, '');
  // (火车团组奖 / …给予旅行社5000元奖励: or, with neither, the award its part is headed by)
  const receiver = input.kind !== 'incentive' ? null : BARE_KIND_OF_PAYMENT.test(kindOnly) ? receiverBefore(input) || paidReceiverBefore(input) || AWARD_HEADING.exec(input.heading)?.[0] || PAYMENT_HEADING.exec(input.heading)?.[1] || provisionSubject(input) : BARE_PAID_NAME.test(kindOnly) ? (kindOnly.startsWith('每') ? countedReceiverBefore(input) : null) ?? paidReceiverBefore(input) : null;
  const given = receiver ? granted.replace(/^(?:提供|给予)/, '') : granted;
  const whole = (receiver && !granted.startsWith(receiver) ? receiver + (receiver.endsWith('奖') ? given.replace(/^奖励/, '') : given) : granted).replace(GDP_MEASURED, '地区生产总值').replace(OWNER_VERB_MEASURE, '');
  // (前三年按租金的100%给予补贴，后两年按50%给予补贴: the years of a payment, said opening its clause, tell its rates apart)
  const years = input.kind === 'incentive' ? YEARS_PAID.exec(input.sentence.slice(input.clause.start, quantity.start))?.[1] : undefined;
  // (对新建冷库的，按每立方米100元给予补助 → 新建冷库补助标准（每立方米）: a sum paid per unit is a standard, by that unit)
  const perUnit = input.kind === 'incentive' && !whole.includes('（每') ? PER_UNIT_PAID.exec(input.sentence.slice(input.clause.start, quantity.start))?.[1] : undefined;
  const standard = perUnit ? whole.replace(/(奖励|补助|补贴|奖补|资助)(?:金额)?$/, `$1标准（${perUnit}）`) : whole;
  const timed = years && !standard.includes(years) ? `${standard}（${years}）` : standard;
  // (…奖励（同一主体最高奖励10万元） → 新认证的绿色食品同一主体奖励上限: a cap per receiver, after what it caps)
  // (…一次性奖励该企业 → …一次性奖励: the receiver restated after the paying verb; 世界500强企业将生产基地和中国总部落户我市 →
  // 世界500强企业落户: what a firm moves into the place, on the way to its coming)
  if (input.kind === 'incentive') return voucherNamed(timed.replace(SAME_RECEIVER_CAP, '$3$1$2上限').replace(RECEIVER_RESTATED, '$1').replace(MOVED_INTO_PLACE, '$1'));
  // (对101.4公里老旧燃气管道进行更新改造 → 老旧燃气管道更新改造, 对辖区8栋D级危险房屋进行改造: the task done on its object, without
  // the words that set the object before it)
  const task = TASK_ON_OBJECT.exec(timed);
  if (task) return `${task[1]}${task[2]}${task[3] ?? ''}`;
  // (将对各乡镇老化破损闸门467处进行维修 → 老化破损闸门维修: a task told after its figure is done on the object before it)
  const taskAfter = /^进行([\u4e00-\u9fa5]{2,6})$/.exec(timed);
  const object = taskAfter ? OBJECT_BEFORE_FIGURE.exec(input.sentence.slice(input.clause.start, quantity.start)) : null;
  if (taskAfter && object) return `${object[1]}${taskAfter[1]}`;
  // (实施背街小巷整治工程，完成治理20条 → 背街小巷整治, 实施棚户区改造项目，开工建设1万户 → 棚户区改造开工建设: a figure named
  // by verbs alone counts the works its provision names)
  const works = VERBS_ALONE.test(timed) ? WORKS_NAMED_BEFORE.exec(input.sentence.slice(0, input.clause.start)) : null;
  if (works) {
    const done = timed.replace(/^完成/, '');
    return TASK_VERB.test(done) && TASK_VERB.test(works[1].slice(-2)) ? works[1] : `${works[1]}${done}`;
  }
  // (力争GDP首次突破一万亿元 → GDP: that a figure is crossed for the first time names nothing of what crosses it)
  if (/(?<=[\u4e00-\u9fa5A-Z]{2})首次$/.test(timed)) return timed.slice(0, -2);
  // (8大领域省列重大项目建设 → 省列重大项目: the fields works are counted in, and their 建设, name no count of them)
  if (quantity.base === 'count' && /项目(?:建设)?$/.test(timed)) return timed.replace(/^[\d一二三四五六七八九十]+大(?:领域|板块|行业)的?(?=[\u4e00-\u9fa5]{4})/, '').replace(/项目建设$/, '项目');
  // (3.光伏发电项目：总投资8亿元，装机容量20万千瓦: what a listed project builds is named with the project)
  const project = PROJECT_ITEM_LABEL.exec(input.sentence);
  return project && quantity.start > project[0].length && timed.length <= 10 && !/项目|工程/.test(timed) ? `${project[1]}${timed}` : timed;
}

/** 一次性奖励该企业: a paying verb, then the receiver restated as 该…, closing a name. */
const RECEIVER_RESTATED = /(奖励|补贴|补助|资助|奖补)该(?:企业|单位|项目|机构|个人|团队)$/;
/** 将生产基地和中国总部落户我市: what a firm brings, and the place it comes to, around the verb of its coming. */
const MOVED_INTO_PLACE = /将[^，。；]{2,20}?(落户|迁入|迁至)(?:我市|我区|我县|本市|本区|本县)/;
/** 同一主体最高奖励新认证的绿色食品奖励上限: a cap per receiver, its words run before the name of what it caps. */
const SAME_RECEIVER_CAP = /^(同一(?:主体|企业|单位|项目|申报主体))(?:每年)?(?:累计)?最高(奖励|补贴|补助|资助|奖补)(.{2,}?)\2上限$/;

/** 对各乡镇老化破损闸门 right before a figure: the object a task after the figure is done on. */
const OBJECT_BEFORE_FIGURE = new RegExp(`(?<![面针相绝反应核比])对${NOT_ADDRESSING}(?:各(?:乡镇|县区|区县|镇街|街镇|乡|镇|县|区)|辖区内?|全[市区县镇乡])?([^，。；、对\\d]{2,16})$`);
/** 完成治理, 开工建设: a name of verbs alone, naming nothing done. */
const VERBS_ALONE = /^(?:完成|开工|新建|建设|治理|改造|整治|实施|推进|启动|建成|竣工)+$/;
/** A verb of works that a name of works may already end on. */
const TASK_VERB = /^(?:治理|整治|改造|建设|提升)$/;
/** …，实施背街小巷整治工程， right before a clause: the works a provision names. */
const WORKS_NAMED_BEFORE = /实施([^，。；\d]{2,16}?)(?:工程|项目|行动)[，,]\s*$/;

/** 对辖区D级危险房屋进行改造数量: a task named as done on its object, the object between 对 and 进行. */
const TASK_ON_OBJECT = /^对(?:辖区内?|全[市区县])?([^，。；、]{2,16}?)进行([\u4e00-\u9fa5]{2,6}?)(数量)?$/;

/** (…60人(不含)以内，且…的，每架次包机给予: the bound closing a band in the conditions before, left over at a name's start) */
const BOUND_LEFT_OVER = /^(?:及)?(?:以内|以上|以下)(?:的)?(?=[\u4e00-\u9fa5]{3})/;

/** 新材料产业集群, 旅游主导产业, 碳纤维产业链, 新材料新能源产业基地: an industry named with no measure of it. */
const INDUSTRY_NAMED = /[\u4e00-\u9fa5”]{2}(?:产业|产业集群|集群|产业链|产业基地)$/;

/**
 * 培育形成新材料2000亿级产业集群 → 新材料产业集群规模, 形成千亿旅游主导产业 → 旅游主导产业规模: a sum a target's industry is to
 * reach is its size. Asked of a record's final name, after the names of a list's items are shared (…产业、…总产值).
 */
export function withIndustrySize(name: string, base: string, kind: 'target' | 'incentive'): string {
  if (kind !== 'target' || base !== 'CNY' || !INDUSTRY_NAMED.test(name)) return name;
  // (形成产值规模超7000亿元的“三新两特一大”产业集群 → “三新两特一大”产业集群产值规模: the measure the size was said in, after the industry)
  const measured = MEASURE_THEN_INDUSTRY.exec(name);
  return measured ? measured[2] + measured[1] : `${name}规模`;
}

/** 产值规模…产业集群: the measure a size is said in, before the industry the size is of. */
const MEASURE_THEN_INDUSTRY = /^(产值规模|营收规模|营业收入规模|总产值|产值|营业收入|营收|规模)([\u4e00-\u9fa5“”]{4,})$/;

/** 扶持方式和标准为：, 本措施施行期间, 经核准符合条件: how and when a payment is made opening its name, which say nothing of what it pays for. */
const PROCEDURE_OPENING = /^(?:(?:扶持|支持|奖励|补贴|补助)(?:方式|标准)(?:[和及](?:方式|标准))?为[：:]?|本(?:措施|政策|办法|细则)(?:施行|实施|执行|有效)期(?:间|内)|经(?:核准|审核|核定|认定|评审)(?:后)?(?:符合条件)?的?)+(?=[\u4e00-\u9fa5“]{4})/;

/** A payment's name this long says more of who qualifies than of what is paid. */
const LONG_PAYMENT_NAME = 14;
/** “模型券”, 算力券, 标注券: a voucher a payment is made in, in its name. */
const VOUCHER_IN_NAME = /(“[\u4e00-\u9fa5]{1,4}券”|(?<![\u4e00-\u9fa5])[\u4e00-\u9fa5]{2}券|(?:算力|模型|数据|语料|标注|训力|创新|科技|服务)券)/;
/** 支持上限, 补贴比例（占合同金额）, 单个企业支持上限: what a payment's name ends on, the kind and bound of the payment. */
const PAYMENT_TAIL = /(?:(?:单个|每家|每个)(?:企业|主体|单位|项目))?(?:每年)?(?:一次性)?(?:支持|补贴|补助|奖励|奖补|资助|抵扣|申领)(?:上限|比例|金额|标准|额度)?(?:[（(][^（()）]*[)）])?$/;

/**
 * “模型券”人工智能大模型开展模型服务等达到一定规模、具有良好成效支持上限 → “模型券”支持上限: a long payment's name that holds the
 * voucher it is made in is named by the voucher and the payment's own tail.
 */
function voucherNamed(name: string): string {
  if (name.length <= LONG_PAYMENT_NAME) return name;
  const voucher = VOUCHER_IN_NAME.exec(name)?.[1];
  const tail = PAYMENT_TAIL.exec(name)?.[0];
  return voucher && tail && !tail.includes(voucher) ? voucher + tail : name;
}

/** 全社会研发经费投入增速保持高于全省平均水平，: what the clause just before grows, by its growth, the clause after naming its total. */
const GROWN_BEFORE = /(?:^|[，：:])\s*(?:(?:到|至)(?:19|20)\d{2}年(?:底|末)?[，,]?)?([\u4e00-\u9fa5]{3,16}?)(?:年均)?(?:增速|增幅|增长)[^，。；\d]{0,16}[，,]\s*$/;
/** 确保, 力争增长, 增长: a goal's clause that names no measure before its figure. */
const BARE_GOAL_CLAUSE = /^\s*(?:确保|力争|争取)?(?:增长|增速)?(?:达到?|为)?\s*$/;
/** 兰州新区今年GDP增长预期目标：确保22%，: the measure a lead of growth goals names, before its colon and any bare figures after it. */
// (确定了2020年地区生产总值预期目标：: the measure only, after the year and whatever opens the clause)
const GOAL_LEAD_MEASURE = /(?:^|[，。；：:])[^，。；：:]*?([^，。；：:\d年]{2,16}?)(?:增长|增速)?(?:的)?(?:主要)?(?:预期|发展)?目标(?:是|为)?[：:](?:\s*(?:确保|力争|争取)?(?:增长|增速)?(?:达到?|为)?[\d.]+%(?:以上|左右)?[，,])*\s*$/;
/** GDP增长, GDP总量, 光谷GDP: the place's gross product as the measure, by its official name 地区生产总值 (not 占GDP比重, 万元GDP能耗, 高于全区GDP增速). */
const GDP_MEASURED = /(?<![占每万元位]|全[国省市区县]|高于|快于)GDP(?=(?:年均|平均)?(?:增长|增速)?(?:率)?(?:总量|规模)?$)/i;

/** 火车团组奖, 研学旅游奖: a heading that is an award's name alone. */
export const AWARD_HEADING = /^[\u4e00-\u9fa5]{2,12}奖$/;
/** 汽车报废更新补贴, 新车消费补贴, 批发业发展奖励: a heading that is a payment's name alone, and what it is for. */
const PAYMENT_HEADING = /^([\u4e00-\u9fa5“”]{2,12}?)(?=补贴$|奖励$|补助$|奖补$|资助$)/;
/** 券（满50元可用）: right after a voucher's face value, the spending it needs. */
const VOUCHER_FACE_AFTER = /^券\s*[（(]满([\d.]+)元(?:可用|使用|可使用)[)）]/;
/** 餐饮类推出5种券面: the kind of spending a voucher's faces are for, named before them. */
const VOUCHER_CLASS = /([\u4e00-\u9fa5]{2,4}?)类(?=[^，。；]{0,12}券面)/;
/** 元, 减, 种, 发放, 领取: what the words before 券 may open on that name no kind of voucher (发放消费券 → 消费券). */
const VOUCHER_KIND_LEAD = /^(?:[元减种类张个]+|发放|领取|投放|使用)+/;
/** The kind of voucher a sentence names (the one `named` right after the amount, else its first), 消费券 when it names none. */
const voucherKind = (sentence: string, named?: string): string => (named ?? /([\u4e00-\u9fa5]{0,4}券)/.exec(sentence)?.[1])?.replace(VOUCHER_KIND_LEAD, '') || '消费券';
/** 面额:20元、40 元、: the label of a list of face values, and the values before the one named. */
const FACE_VALUES_LISTED = /(?:面额|面值)[为是]?[:：]\s*(?:[\d.]+\s*元\s*[、,，]\s*)*$/;
/** 补助上限, 一次性奖励, 资金支持: a payment's name that says only what kind it is. */
const BARE_KIND_OF_PAYMENT = /^(?:一次性)?(?:资金)?(?:奖励|补助|补贴|资助|奖补|支持|扶持)(?:资金)?(?:上限|比例|金额|标准)?$/;
/** 重新认定的高新技术企业, 对新引进的研发机构, 5.入选…名单的优质中小企业: the receiver a provision's clause names, before the clause that pays it. */
const RECEIVER_CLAUSE = /^(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?(?:对于?|针对)?([\u4e00-\u9fa5“”]{2,32}?(?:企业|单位|项目|机构|人才|平台|中心|基地|园区|载体|团队|个人|合作社|农场|产品|品牌|总部|医院|学校|协会|商会|联合体|联盟|集团|工作站|实验室|工作室))的?$/;

/** 新设的实缴注册资本5000万元及以上的世界500强企业: a receiver new by its verb, of a size it must reach, and its kind. */
const SIZED_RECEIVER_CLAUSE = /^(?:对于?)?([\u4e00-\u9fa5]{2,4})的[\u4e00-\u9fa5]{2,12}?[\d.]+[万亿]?元(?:人民币)?(?:及)?(?:以上|以下)的([\u4e00-\u9fa5\d]{2,16}?(?:企业|单位|项目|机构))$/;
/**
 * 总部企业实缴注册资本1亿元(含)以上的，…, 1.总部企业自认定年度后第一个完整年度起，…: the receiver a provision opens on as its subject, before
 * the size or the time that qualifies it.
 */
const PROVISION_SUBJECT = /^\s*(?:\d{1,2}[.．、]\s*|[（(][一二三四五六七八九十\d]{1,3}[)）]\s*)?([\u4e00-\u9fa5]{2,8}?(?:企业|单位|机构|人才|团队))(?=自|实缴|年度?|当年|首次|获得|被认定|入选|通过)/;

/** Where the provision holding text[at] starts: after the last ；or 。before it. */
const provisionStart = (sentence: string, at: number): number => Math.max(sentence.lastIndexOf('；', at - 1), sentence.lastIndexOf('。', at - 1)) + 1;

/** The receiver its provision opens on, when the figure's clause comes after it in the same provision, or null. */
function provisionSubject({ sentence, clause }: NamingInput): string | null {
  const start = provisionStart(sentence, clause.start);
  return start < clause.start ? PROVISION_SUBJECT.exec(sentence.slice(start, clause.start))?.[1] ?? null : null;
}

/** The receiver named by the clause before the figure's, within its provision (after the last ；or 。), or null. */
function receiverBefore({ sentence, clause }: NamingInput): string | null {
  const before = sentence.slice(0, clause.start).replace(/[，,]\s*$/, '');
  const from = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1;
  const opens = provisionStart(sentence, clause.start);
  if (from < opens) return null;
  const m = RECEIVER_CLAUSE.exec(before.slice(from).trim());
  // (经市商务委认定为民营企业总部型机构: who recognised the receiver is no part of it)
  if (m) return clean(m[1].replace(/^经[\u4e00-\u9fa5]{1,10}?(?:认定|评定|批准)为?/, '').replace(/的(?=[\u4e00-\u9fa5]{2,}$)/, ''));
  // (新设（增）的实缴注册资本5000万元人民币及以上（…）的世界500强企业（以…为准）: what is new, and the kind of firm a size is set for)
  const newOfSize = SIZED_RECEIVER_CLAUSE.exec(before.slice(from).trim().replace(/[（(][^（）()]*[)）]/g, ''));
  if (newOfSize) return clean(newOfSize[1] + newOfSize[2]);
  // (上半年产值1亿—10亿元（含10亿元）的企业，产值增速15%以上（含15%），奖励50万元: firms of a size, a condition on their growth
  // between them and the payment)
  if (!/(?:以上|以下|以内)(?:[（(][^（）()]*[)）])?$/.test(before.slice(from).trim())) return null;
  const earlier = before.slice(0, Math.max(from - 1, 0));
  const start = Math.max(earlier.lastIndexOf('，'), earlier.lastIndexOf(','), earlier.lastIndexOf('；'), earlier.lastIndexOf('：')) + 1;
  const sized = start >= opens ? RECEIVER_BY_SIZE.exec(earlier.slice(start).trim()) : null;
  return sized ? `${sized[1]}${sized[2]}` : null;
}

/** 上半年产值1亿—10亿元（含10亿元）的企业: firms named by the band or the bound of a size they reach, its note in brackets dropped. */
const RECEIVER_BY_SIZE = new RegExp(String.raw`^([\u4e00-\u9fa5]{2,10}?(?:${MONEY_BAND}|[\d.]+[万亿]?元?)(?:以上|以下)?)(?:[（(][^（）()]*[)）])?的([\u4e00-\u9fa5]{0,8}?(?:企业|单位|项目|机构))$`);

/** 一次性奖励, 提供补助, 每家奖励上限, 资金支持比例: a payment's name that says only how it is paid. */
const BARE_PAID_NAME = /^(?:每[个家项人户名座]|提供|给予|一次性|最高|市级|区级|县级|省级|财政|资金)*(?:奖励|补助|补贴|资助|奖补|支持|扶持)(?:资金)?(?:上限|比例|标准|金额)?$/;
/** 对…的制造业企业，, 对得到认定的企业自建研发平台 |: whom a provision pays, opened by 对, the words after its last 的. */
const PAID_RECEIVER = /对(?:[^，。；|对]{0,50}的)?([^，。；|的对]{2,16}?)\s*(?:[，,|]|$)/g;

/** 其中国家级制造业单项冠军3家，分别为柳州市2家、桂林市1家，: the things counted in the clause before a payment to each (每家奖励…). */
const COUNTED_RECEIVER = /(?:^|[，。；：])(?:其中)?([^，。；：、\d]{2,20}?)\d+(?:家|个|名|人|户)(?:[，,]分别(?:为|是|有)[^，。；]*)?[，,]\s*$/;

/** 国家级制造业单项冠军3家，每家奖励100万元: whom a payment to each of them goes to, counted just before it, or null. */
function countedReceiverBefore({ sentence, clause }: NamingInput): string | null {
  const receiver = COUNTED_RECEIVER.exec(sentence.slice(0, clause.start))?.[1];
  // (每年补贴特色小镇不超过5个: not a count a payment's own bound sets)
  return receiver && !/^(?:共|累计|合计|其中)/.test(receiver) && !/补贴|奖励|补助|资助|给予|不超过|最多|以上|以内/.test(receiver) ? clean(receiver) : null;
}

/** The receiver the 对… clause nearest before a payment names, in its sentence or the paragraph's words before it, or null. */
function paidReceiverBefore({ sentence, quantities, index, earlier = '' }: NamingInput): string | null {
  const before = `${earlier.slice(-200)}${sentence.slice(0, quantities[index].start)}`;
  const last = [...before.matchAll(PAID_RECEIVER)].pop();
  // (the clause must end right before the payment's own clause: no figure between)
  if (!last || /\d/.test(before.slice(last.index + last[0].length))) return null;
  // (对低空关键共性技术攻关项目给予最高50%: the receiver runs on into the verb that pays it)
  const receiver = clean(last[1].replace(/(?:给予|予以|按照|按|最高|一次性|分别|可)+$/, ''));
  return receiver.length >= 2 && !/^(?:其|该|上述|符合条件)/.test(receiver) ? receiver : null;
}

/** 补贴标准为每亩, 奖励标准是每人: a standard named with the unit it is paid by, the figure after it. */
const STANDARD_PER_UNIT = /标准(?:为|是)(每[\u4e00-\u9fa5]{1,3})$/;

/** 服务业增加值占生产总值的比重: a part's share of a whole, written with 的. */
// (占二、三产业的比重: the whole may be numbered parts, 二、三产业)
const SHARE_OF_WHOLE = /([\u4e00-\u9fa5A-Za-z]{2,16}?占(?:[\u4e00-\u9fa5A-Za-z]|[一二三四]、(?=[二三四五]))+?)的(比重|比例)$/;

/** The words of the figure's clause before it, without figures and marks, or else what kind of figure it is. */
function unnamed({ sentence, clause, quantities, index, kind }: NamingInput): string {
  const words = clean(sentence.slice(clause.start, quantities[index].start).replace(BAND_END_NOTES, '').replace(/[\d.]+[万亿]?元?|[^\u4e00-\u9fa5]/g, '')).replace(/^(?:的|按照?|给予)+|(?:的|按照?|给予|为|达到?)+$/g, '');
  if (words.length >= 2) return words;
  return figureKindName(kind, quantities[index].base);
}

/** What kind of figure a record is, named for it when no words name it: 支持比例, 支持金额, 比例, 金额, 数量. */
export function figureKindName(kind: string | null, base: string): string {
  return kind === 'incentive' ? (base === 'percent' ? '支持比例' : '支持金额') : base === 'percent' ? '比例' : base === 'CNY' ? '金额' : '数量';
}

/**
 * 再争取, 另新增, 还要完成 (a clause going beyond the figure before it), 远期（2035年）达到, 远期控制在 (one naming only the stage of a plan
 * it is for): words before a figure that name nothing of its own, so that it measures what the figure before it does.
 */
export const BORROWS_MEASURE = /^\s*(?:(?:再|另|还|又|更)(?:要|将)?(?:争取|力争|新增|增加|完成|建设|建成|实施)?|(?:近期|中期|远期|短期|长期|近中期|中远期)\s*(?:[（(][^（()）]{0,12}[)）])?\s*(?:达到|控制在|达|为|突破|超过|增加到|提高到)?)\s*$/;

function nameFound(input: NamingInput): string {
  const banded = bandRate(input);
  if (banded) return banded;
  const titled = titledAward(input);
  if (titled) return titled;
  const honoured = honouredAward(input);
  if (honoured) return honoured;
  const named = (input.kind === 'incentive' ? spreadReceiver(input) ?? rateByUnit(input) : null) ?? (input.quantities[input.index].unit === '番' ? doublingName(nameOf(input)) : nameOf(input));
  // (地区生产总值年均增速快于东部地区平均水平，占全省比重力争达20%左右: a share alone is of the measure the clause before names)
  const shareOf = input.kind === 'target' && BARE_SHARE.test(named) ? MEASURE_OPENING.exec(clauseBeforeOf(input.sentence, input.clause).replace(LEADING_FILLER, ''))?.[1] : undefined;
  if (shareOf) return shareOf + named;
  // (整体推进高标准农田建设，全年新建300万亩: a verb alone builds what the clause before it pushes on)
  const builds = input.kind === 'target' ? objectOfClauseBefore(named, input) ?? subjectOfItemBefore(named, input) ?? fundSoughtBefore(named, input) ?? worksOfClauseBefore(named, input) : SPENDING_ALONE.test(named) ? worksOfClauseBefore(named, input) : null;
  if (builds) return builds;
  // (培育6个牦牛、藏羊、青稞、油菜、蔬菜、生猪产值百亿元的特色优势产业集群: a count names the class its list of kinds ends on)
  const listedClass = input.quantities[input.index].base === 'count' ? CLASS_AFTER_KINDS.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
  if (listedClass) return clean(listedClass[1].replace(/的(?=[\u4e00-\u9fa5]{2})/, ''));
  // (打造10个上百亿元规模的工业园区: a count names the things it counts, their scale after it)
  const scaled = input.quantities[input.index].base === 'count' ? SCALED_AFTER_COUNT.exec(input.sentence.slice(input.quantities[input.index].end)) : null;
  if (scaled && !named.includes(scaled[0].replace(/^(?:上|超|过)/, ''))) return scaled[0];
  // (建成昌金段等5个高速公路项目, 帕古水库等水利项目30个: a count names the class, not the one work given as its example)
  const counted = input.quantities[input.index].base === 'count' ? NAMED_EXAMPLE.exec(named) ?? sharedQualifiers(named, input) : null;
  // (开工建设仙鹤纸业、中科电气等50个项目: works named as examples, counted with what is done to them)
  const examples = !counted && input.quantities[input.index].base === 'count' ? WORKS_BY_EXAMPLE.exec(input.sentence.slice(input.clause.start, input.quantities[input.index].end + 6)) : null;
  const own = input.kind === 'incentive' ? levelOfListed(named, (input.earlier ?? '') + input.sentence.slice(0, input.quantities[input.index].start)) : counted ? counted[1] : examples ? examples[1] + examples[2] : named;
  // (…；在加快双创平台建设上，…分别给予100万元、50万元奖励: the provision the payment stands in, after the last ；)
  const provision = input.kind === 'incentive' ? input.sentence.slice(input.sentence.lastIndexOf('；', input.quantities[input.index].start) + 1) : '';
  const paid = input.kind === 'incentive' ? topicalPayment(plainPayment(own), provision, input.quantities.length === 1, input.sentence) : own;
  // (其中成长型企业首次转为规上企业的每户奖励10万元: a payment named per receiver is named for the receivers the clause qualifies)
  const receivers = /^每[户家个项人名]/.test(paid) ? PER_RECEIVER_OF.exec(input.sentence.slice(input.clause.start, input.quantities[input.index].start)) : null;
  const topical = receivers ? receivers[1] + paid : paid;
  // (…年营业收入达到3000万元、5000万元…时，分别给予企业50万元、100万元…奖励: each payment named with the size that earns it)
  const tier = input.kind === 'incentive' ? tierOf(input) : null;
  // (年营业收入首次超过20亿元…企业一次性奖励: not where the name already says the size)
  // (15亿元~30亿元一次性补助, 按计划总一次性补助: a name made of the size itself, or of the measure cut short, is the bare payment)
  const bare = tier ? topical.replace(tier.size, '').replace(/[（(]不?含[)）]/g, '').replace(TIER_MEASURE_LEFT, '') : '';
  // (奖励标准：矿山采选1000元/吨、冶炼分离1500元/吨, 补助标准：五星级5万元、四星级3万元: an item of a standard's list, labelled by
  // what it is paid for before its amount, is told apart by its label)
  const listed = tier ? null : standardItemOf(input);
  // (100人以上的奖励: a count that earns a payment, already in its name, tells it apart as it is)
  const tiered = tier?.told ? (topical.includes(tier.size.replace(/(?:及)?以上$/, '')) ? topical : `${topical}（${tier.name}）`) : tier && BARE_PAYMENT.test(bare) && bare !== topical ? `${bare}（${tier.name}）` : tier && !topical.includes(tier.size) ? `${topical}（${tier.name}）` : listed && !topical.includes(listed) ? `${topical}（${listed}）` : topical;
  // (以“算力券”形式，对使用智能算力的企业按…给予最高200万元支持: the instrument the payment is made in names it)
  const form = input.kind === 'incentive' ? PAID_IN_FORM.exec(input.sentence.slice(0, input.quantities[input.index].start)) : null;
  const formed = form && !tiered.includes(form[1]) ? form[1] + tiered.replace(/^使用/, '') : tiered;
  // (设立“先进制造业扩能提级奖励”，对…工业企业，按…5%给予奖励，最高300万元: a payment of an award the sentence sets up is that award's)
  // (within the payment's own provision: …最高300万元 - 对营业收入同比增量…, a page's list run into one line, is the next one)
  const award = input.kind === 'incentive' ? AWARD_SET_UP.exec(input.sentence.slice(input.sentence.lastIndexOf('；', input.quantities[input.index].start) + 1, input.quantities[input.index].start)) : null;
  const part = award ? PAYMENT_PART.exec(formed) : null;
  const awarded = award && part ? award[1] + (award[1].endsWith(part[1]) || award[1].endsWith('奖') ? '' : part[1]) + part[2] : formed;
  // (每头协调小额担保贷款4000元，贴息3年: interest paid, named by nothing else, is on the loan the sentence arranges before it)
  const loan = input.kind === 'incentive' && BARE_INTEREST.test(awarded) ? LOAN_BEFORE.exec(input.sentence.slice(0, input.quantities[input.index].start)) : null;
  const name = loan ? loan[1] + awarded : awarded;
  if (input.kind !== 'incentive' || name.includes('“') || input.sentence.includes('“')) return name;
  const program = QUOTED_PROGRAM.exec(input.heading);
  return program && !name.includes(program[1]) ? `“${program[1]}”${name}` : name;
}

/** 贴息期限, 贴息比例: interest paid, its terms, and nothing of what it is paid on. */
const BARE_INTEREST = /^贴息(?:期限|年限|比例|上限|标准)?$/;
/** 小额担保贷款4000元，: the last loan a sentence names (captured) before a payment. */
const LOAN_BEFORE = /([\u4e00-\u9fa5]{0,6}?贷款)(?:[^，。；贷]{0,12})?[，,][^，。；]*$/;
/** 设立“先进制造业扩能提级奖励”: an award a sentence sets up by name, before the terms it pays on. */
const AWARD_SET_UP = /设立“([^“”]{2,20}?(?:奖励|补贴|补助|资助|奖))”/;
/** 奖励比例（占…）, 补贴上限: what a payment's name says of it after the kind of payment. */
const PAYMENT_PART = /(奖励|补贴|补助|资助|奖补|支持)((?:比例|上限|金额|标准)?(?:（[^（）]*）)?)$/;
/** 奖励上限, 一次性补贴（每人）: the payment a list of receivers closes on, its 一次性 too. */
const LIST_PAID_TAIL = new RegExp(`(?:一次性)?${PAYMENT_PART.source}`);
/** 牦牛、藏羊、…、生猪产值百亿元的特色优势产业集群: kinds listed, then the class they are counted in (captured). */
const CLASS_AFTER_KINDS = /^(?:[\u4e00-\u9fa5]{1,4}、){2,}[\u4e00-\u9fa5]{1,4}?((?:产值)?[一二三四五六七八九十百千\d.]+亿元?(?:级)?的?[\u4e00-\u9fa5]{0,8}?(?:集聚产业|产业集群|集群|产业))(?=[，。；、]|$)/;
/** 占全省比重, 占全市的比重: a share named by nothing but the whole it is of. */
const BARE_SHARE = /^占(?:全[省市区县国]|全国)(?:的)?比重$/;
/** 地区生产总值年均增速快于…: the measure a clause opens on, before its growth or its level. */
const MEASURE_OPENING = /^([\u4e00-\u9fa5]{2,12}?(?:生产总值|增加值|总产值|产值|营业收入|收入|总额|投资|规模|总量))(?:年均)?(?:增速|增长|增幅|达到|达|突破|超过|快于|高于|保持)/;
/** 1、重大项目信息奖。: an item of a policy titled by the award it pays, the title standing alone before its terms. */
const ITEM_AWARD_TITLE = /^\s*(?:\d{1,2}[、.．]|[（(][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)\s*([\u4e00-\u9fa5“”]{2,12}奖)\s*[。：:]\s*$/;
/** 在10亿—50亿元, 100亿元以上: the size band a tier of an award is for. */
const TIER_BAND = /(?:[\d.]+\s*[万亿]?元?\s*[—–\-~至]\s*[\d.]+\s*[万亿]?元|[\d.]+\s*[万亿]?元(?:（含）)?以上)/g;

/**
 * 1、重大项目信息奖。项目固定资产一次性投资在10亿—50亿元的，奖励20万元；…50亿—100亿元的，奖励30万元: each payment of an item
 * titled by its award is that award, for the size band its provision names.
 */
function titledAward({ sentence, quantities, index, kind, earlier = '' }: NamingInput): string | null {
  if (kind !== 'incentive' || quantities[index].base !== 'CNY') return null;
  const title = ITEM_AWARD_TITLE.exec(earlier);
  if (!title) return null;
  const provision = sentence.slice(sentence.lastIndexOf('；', quantities[index].start) + 1, quantities[index].start);
  const band = [...provision.replace(/\s+/g, '').matchAll(TIER_BAND)].pop()?.[0];
  return band ? `${title[1]}（${band}）` : null;
}

/** 被评为2019年广西高质量发展先进县（城区）的宾阳县、青秀区将各获奖励: the title whose holders are each paid, before the places that hold it. */
const HONOURED_EACH_PAID = /被(?:评为|认定为|授予|命名为)(?:(?:19|20)\d{2}年度?)?([^，。；]{2,30}?)(?:称号)?的[^，。；]{0,40}?(?:将|可)?(?:各|分别|均)?获(?:得)?(?:一次性)?(奖励|补助|奖补|补贴)$/;

/** 被评为…先进县（城区）的宾阳县、青秀区将各获奖励5000万元 → 高质量发展先进县（城区）奖励: a payment named by the title its holders earn. */
function honouredAward({ sentence, quantities, index, kind }: NamingInput): string | null {
  if (kind !== 'incentive' || quantities[index].base !== 'CNY') return null;
  const provision = sentence.slice(provisionStart(sentence, quantities[index].start), quantities[index].start);
  const m = provision.includes('获') ? HONOURED_EACH_PAID.exec(provision) : null;
  return m ? clean(m[1].replace(/^[\u4e00-\u9fa5]{2,3}(?=高质量|优秀|先进)/, '')) + m[2] : null;
}

/** 新建, 全年新建: a name of a verb alone. */
const VERB_ALONE = /^(?:全年|年内|今年)?(新建|新增|建设|建成|改造|完成|实施|新改建|改扩建)$/;
/** 发展养生滋补预制菜产业, 做强新能源汽车产业集群, 建设高复纤维产业基地: an industry a clause develops, its last words. */
// (重点发展打瓜、食葵…等有机特色农产品，种植面积85万亩: or the kind a list of crops it develops ends on)
const INDUSTRY_DEVELOPED = /(?:做大做强|做优做强|发展壮大|培育壮大|发展|做强|做大|做优|壮大|培育|打造|形成|建设)(?:([\u4e00-\u9fa5“”]{2,16}?(?:产业集群|产业链|产业基地|产业园|产业|集群))|[^，。；]{2,40}?等([\u4e00-\u9fa5“”]{2,12}))$/;
/** 整体推进高标准农田建设: the work a clause pushes on, before the clause that counts it. */
// (重点推进8大领域234个省列重大项目建设: past the count of the works and of the fields they are in)
const WORK_PUSHED = /(?:推进|加快|加强|实施|开展|抓好|推动|启动)(?:[\d一二三四五六七八九十]+大(?:领域|板块|行业)的?)?(?:\d+个)?([\u4e00-\u9fa5“”]{2,16}?)(?:建设|改造|工程|行动)?$/;

/** The clause before the one a figure stands in, within its sentence: 用足用好省县域经济发展专项资金 before 每年争取…. */
function clauseBeforeOf(sentence: string, clause: Span): string {
  const before = sentence.slice(0, clause.start).replace(/[，,]\s*$/, '');
  return before.slice(clauseStartAt(before, before.length));
}

/** 每年, 全年: a name that says only how often or over what time. */
const TIME_ALONE = /^(?:每年|每年度|全年|年均|当年|年内)$/;
/** 用足用好省县域经济发展专项资金: the money a clause uses or seeks, at its end. */
const FUND_SOUGHT = /(?:用足用好|用好|用足|争取|落实|统筹|整合)([\u4e00-\u9fa5]{2,24}?(?:资金|基金|投资|贷款|债券))$/;

/** 用足用好省县域经济发展专项资金，每年争取不低于5000万元: a sum named by its time alone is of the money the clause before seeks. */
function fundSoughtBefore(name: string, { sentence, clause }: NamingInput): string | null {
  if (!TIME_ALONE.test(name)) return null;
  return FUND_SOUGHT.exec(clauseBeforeOf(sentence, clause))?.[1] ?? null;
}

/** 整体推进高标准农田建设，全年新建300万亩 → 新建高标准农田; null unless the name is a verb alone. */
function objectOfClauseBefore(name: string, { sentence, clause }: NamingInput): string | null {
  // (推进绿色蔬菜保供基地建设，面积突破11万亩: or a bare measure of what it builds)
  // (全线启动鄠周眉高速公路建设，年内完成投资30亿元: or what is invested in a works the clause before starts building)
  // (加快形成轨道交通产业集群，力争实现产值180亿元: the measure reached, 实现 before it)
  const reached = name.replace(/^实现(?=产值|总产值|营业收入|营收|规模)/, '');
  // (做强轨道交通产业，力争到2018年规模以上企业产值达到280亿元: or that of the industry's firms above the size line)
  // (not 规上工业总产值, the whole industry's, after 培育壮大县域特色优势产业)
  const firms = /^(?:规模以上|规上)企业(?=产值|总产值|营业收入|营收)/.exec(reached)?.[0] ?? '';
  const measure = WORK_MEASURE_ALONE.test(reached.slice(firms.length)) || name === '完成投资' ? reached : '';
  const verb = measure ? null : VERB_ALONE.exec(name);
  if (!verb && !measure) return null;
  const clauseBefore = clauseBeforeOf(sentence, clause);
  // (发展养生滋补预制菜产业，产值突破100亿元: or what an industry the clause before develops is measured by)
  // (加快建设…组件等光伏产业链，力争年内多晶硅料产能达到37.5万吨、单晶拉棒产能达到96GW，产值达到500亿元: or one a few clauses
  // back, over clauses that measure it in no money)
  const pushed = (firms ? null : WORK_PUSHED.exec(clauseBefore)) ?? (measure && measure !== '完成投资' ? INDUSTRY_DEVELOPED.exec(clauseBefore) ?? (OUTPUT_MEASURE.test(measure) ? industryBackOver(sentence, clause) : null) : null);
  if (!pushed || (measure === '完成投资' && !pushed[0].endsWith('建设'))) return null;
  const pushedThing = (pushed[1] ?? pushed[2]).replace(/^(?:形成|建设|打造)(?=[\u4e00-\u9fa5“”]{4})/, '');
  return clean(verb ? verb[1] + pushedThing : pushedThing + measure);
}

/** 完成投资, 总投资额, 年度投资, 建筑面积, 销售额, 投入资金: a measure alone that works, projects or events are measured by. */
const MEASURE_OF_WORKS = /^(?:全年|年内|年度|当年)?(?:计划)?(?:完成投资|总投资额?|投资额?|计划投资|建筑面积|占地面积|销售额|交易额|成交额|(?:总)?投入(?:资金)?|资金)$/;
/** 资金, 投入资金, 总投入: money put into works, named by nothing but that. */
const SPENDING_ALONE = /^(?:(?:总)?投入(?:资金)?|资金)$/;
/** A figure in the clause before, with what it counts by: 43件, 9大, 100场次以上, 4041.18平方米 (to be read past, not named). */
const FIGURE_IN_CLAUSE = /(?:[\d.]+|[一二两三四五六七八九十百千]+)(?:万|亿)?(?:件|个?大项|个?小项|项|个|场次|场|大|批|家|座|条|处|平方米|公里|亩)?(?:以上|左右)?/g;
/** The verb a clause does its works with, before what it names: 实施, 举办, 开展, 打好, 确定, 本次启动, 各县（市、区）开展. */
const WORKS_DONE = /^(?:[\u4e00-\u9fa5]{0,4}?(?:共|将|要|持续|继续|全面|加快|集中|重点|累计|本次|今年|全年)|各[\u4e00-\u9fa5]{1,4}?(?=开展|实施|举办))?(?:实施|举办|开展|推进|启动|确定|安排|谋划|打好|打赢|抓好|新建|建成|建设|改造|涉及)(?=[\u4e00-\u9fa5“]{2})/;
/** 全面有序推进, 占地, 共: how the works go on, a measure of their own or a tally's word, at the clause's end. */
const WORKS_STATE_END = /(?:全面|有序|加快|稳步|顺利|扎实|全力)*(?:推进|实施|开展)$|(?:占地|用地|共计|共|的有|有)$/;
/** 为民办实事项目, 城乡民生基础设施建设工程, 农村人居环境整治, 地下停车场, “交通大会战”: what an investment or area measures, at its end. */
const WORKS_NOUN_END = /(?:项目|工程|活动|行动|小区|停车场|设施|基站|整治|改造|大会战|园区|基地|片区)$|”$/;

/**
 * 该县将实施43件为民办实事项目，总投资达10亿元 → 为民办实事项目总投资; 开展农村人居环境整治，完成投资25亿元 → 农村人居环境整治完成投资:
 * an investment, area or sales figure named by its measure alone is of the works, projects or events the clause before it names.
 */
function worksOfClauseBefore(name: string, { sentence, clause }: NamingInput): string | null {
  if (!MEASURE_OF_WORKS.test(name)) return null;
  const before = clauseBeforeOf(sentence, clause).replace(LEADING_FILLER, '');
  // (项目总投资1516亿元，年度计划完成投资487亿元: not a clause measured in money of its own, whose measure is a sibling)
  if (!before || /\d(?:[万亿]|[\u4e00-\u9fa5]{0,2}[万亿])?元/.test(before)) return null;
  const works = before.replace(FIGURE_IN_CLAUSE, '').replace(/[^\u4e00-\u9fa5“”]/g, '').replace(WORKS_DONE, '').replace(WORKS_STATE_END, '');
  return works.length >= 3 && works.length <= 16 && WORKS_NOUN_END.test(works) ? clean(works + name) : null;
}

/** 产值, 营业收入: what an industry's output is measured by (not 总投资, which the works listed before may have). */
const OUTPUT_MEASURE = /^(?:总?产值|营业收入|营收)$/;
/** The industry a clause up to three back in the sentence develops, the clauses between measuring no money; else null. */
function industryBackOver(sentence: string, clause: Span): RegExpExecArray | null {
  const clauses = sentence.slice(0, clause.start).split(/[，,]/).map((c) => c.trim()).filter(Boolean);
  for (let k = clauses.length - 2; k >= Math.max(0, clauses.length - 4); k--) {
    if (/[；。]/.test(clauses.slice(k + 1).join('')) || clauses.slice(k + 1).some((c) => /\d[万亿]*元/.test(c))) return null;
    const developed = INDUSTRY_DEVELOPED.exec(clauses[k].slice(clauses[k].lastIndexOf('；') + 1));
    if (developed) return developed;
  }
  return null;
}

/** 上百亿元规模的工业园区, 千亿级产业集群 right after a count: the things counted, by their scale. */
const SCALED_AFTER_COUNT = /^(?:上|超|过)?(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+)(?:亿|万)?元?(?:以上)?(?:规模|级)的?[\u4e00-\u9fa5]{2,12}?(?:集群|企业|产业链|园区|基地|项目|高新区|开发区|经开区|平台|城市)(?=[，。；、]|$)/;

/** 面积, 规模, 总投资: the measures a name may be alone, of the works a clause before pushes on. */
const WORK_MEASURES = '面积|种植面积|规模|总规模|产值|总产值|投资|总投资|投资额|营业收入|营收';
const WORK_MEASURE_ALONE = new RegExp(`^(?:${WORK_MEASURES})$`);

/** 面积, 产量, 总产, 实现产值, 完成投资, 增加值总量: a name that is a measure alone, of nothing named (what an item before it names may be measured by). */
const MEASURE_ALONE = new RegExp(`^(?:实现)?(?:${WORK_MEASURES}|综合产值|产量|总产量|总产|完成投资|计划投资|销售收入|增加值|增加值总量)$`);
/** 经营面积, 总产值: the measure a name ends on, after what it measures. */
const MEASURE_ENDING = /(?:经营|种植|播种|建设|生产)?(?:总?面积|总?规模|产值|总产值|产量|总产量|总产|营业收入|营收|销售收入)$/;
/** 一产业年均增速: a growth rate a name ends on, after what grows. */
const GROWTH_ENDING = /(?:年均)?(?:增速|增长)$/;

/**
 * 规上农产品加工企业达到170户、总产值达到350亿 → 规上农产品加工企业总产值; 森林“粮库”经营面积3183万亩，产量355万吨 →
 * 森林“粮库”产量: a measure alone, in the item right after another figure's, measures what that item named.
 */
function subjectOfItemBefore(name: string, input: NamingInput): string | null {
  const { sentence, quantities, index } = input;
  const previous = quantities[index - 1];
  const between = previous ? sentence.slice(previous.end, quantities[index].start) : '';
  if (!MEASURE_ALONE.test(name) || !previous || !/^[^，。；、]*[，、][^，。；、]*$/.test(between)) return null;
  if (sharingDepth >= MAX_SHARING_DEPTH) return null;
  sharingDepth++;
  let before: string;
  try { before = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, previous) }); } finally { sharingDepth--; }
  // (the item before measures something, 经营面积, or counts a kind of thing listed with it, 规上农产品加工企业达到170户、)
  // (特色经济作物发展到8000万亩以上，产值突破300亿元; 油料作物22万亩，产量2.4万吨以上: or names a crop by its land or its weight)
  // (一产业年均增速保持在2.6%以上、增加值总量冲刺63.3亿元, 工业年均增长10%，增加值达到500亿元: or what grows at a rate, the
  // item after it opening on its measure)
  const grows = GROWTH_ENDING.test(before) && /^(?:以上|左右)?[，、,][^，。；“”\d]{0,8}$/.test(between);
  const measured = MEASURE_ENDING.test(before) || grows || ((previous.base === '亩' || previous.base === 't') && !/(?:数|量|额|率|比重|基地|园区|园|项目|工程|中心|平台)$|产量|面积|产值|增加|新增|^(?:年产|年加工|加工|生产)/.test(before));
  const counted = previous.base === 'count' && between.includes('、') && !/(?:数|量|额|率)$/.test(before);
  // (低空经济相关企业突破200家，实现产值超过1000亿元: the firms or projects counted just before, their takings or investment)
  const things = previous.base === 'count' && /^[^，。；、]{0,4}[，、][^，。；、]{0,8}$/.test(between) ? /^(.{2,}?(?:企业|项目|园区|基地|集群|工程))(?:数量)?$/.exec(before)?.[1] : undefined;
  // (持续稳定粮食生产面积39万亩以上、产量12万吨以上 → 粮食产量: what is kept up is no part of it)
  const subject = before.replace(grows ? GROWTH_ENDING : MEASURE_ENDING, '').replace(/^(?:持续|稳定|保持|继续)+/, '');
  if ((measured || counted) && subject.length >= 2 && !MEASURE_ALONE.test(before)) return subject + name.replace(/^实现/, '');
  // (铝基新材料产业规上企业数量突破150家，产值…: not where an industry is named, whose output it is)
  // (力争规模以上工业企业超过150家，营业收入突破500亿元: nor after a count of firms by size alone, which the industry the text
  // is about holds)
  return things && !things.includes('产业') && !/^(?:力争|确保)?(?:规模以上|规上)(?:工业)?企业$/.test(things) && /^(?:实现)?(?:产值|总产值|营业收入|营收|总投资|投资)$/.test(name) ? things + name.replace(/^实现/, '') : null;
}

/**
 * 数字化智能化示范工厂120家、车间400个 → 数字化智能化示范车间; 国家级专精特新企业20家、省级50家 → 省级专精特新企业: an item
 * named by a short noun or a level alone, right after a count of the same kind, shares the qualifiers of the item before it
 * (as the capture of a match: [, name]); null otherwise.
 */
function sharedQualifiers(name: string, input: NamingInput): [string, string] | null {
  const { sentence, quantities, index } = input;
  const previous = quantities[index - 1];
  // (市级专业镇10个以上、县级20个以上: the item before may end on its bound)
  // (省级农业产业化重点龙头企业达到1000家、国家级达到100家: or with the verb the item before has)
  if (!previous || previous.base !== 'count' || sentence.slice(previous.end, quantities[index].start).trim().replace(/^(?:以上|以下|以内|左右)/, '').replace(REACH_VERB_END, '') !== `、${name}`) return null;
  const level = LEVEL_ALONE.test(name);
  if (!level && !/^[\u4e00-\u9fa5]{2,4}$/.test(name)) return null;
  // (a long run of such items looks back a few items at most: hostile text must not recurse without end)
  if (sharingDepth >= MAX_SHARING_DEPTH) return null;
  sharingDepth++;
  let before: string;
  try { before = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, previous) }); } finally { sharingDepth--; }
  if (level) {
    // (新认定国家专精特新“小巨人”4家、省级10家: the level may be written without 级, 国家 alone)
    const own = A_LEVEL.exec(before) ?? /国家(?!级)(?=[\u4e00-\u9fa5“])/.exec(before);
    return own ? [name, before.replace(own[0], name)] : null;
  }
  // (改造提升老旧小区20个、棚户区1200户, 新建幼儿园2所、中小学3所: what the item before is named as being done is done to this one)
  const verb = ITEM_VERB.exec(before)?.[0];
  if (verb && !ITEM_VERB.test(name)) return [name, verb + name];
  // (完成农村改炕2万个、改灶2000个 → 农村改灶: the item before ends on a task of the same length and verb, after what qualifies it)
  const task = before.slice(-name.length);
  if (name.length <= 3 && before.length >= name.length + 2 && task !== name && task[0] === name[0] && /^[\u4e00-\u9fa5]{2,3}$/.test(task)) return [name, before.slice(0, -name.length) + name];
  // (the item before ends on a head noun of two characters the short item takes the place of: 示范工厂 → 示范车间)
  return before.length >= name.length + 4 && !before.includes(name) && SWAPPED_HEAD.test(before) ? [name, before.slice(0, -2) + name] : null;
}

/** 新建, 改造提升, 新建改建: the verb the name of an item of a list of works opens on. */
const ITEM_VERB = /^(?:新建改建|新改建|改造提升|提升改造|新建|改建|改造|扩建|建设|建成|新增|培育|引进|创建|打造)/;

/** 吞吐量, 货运量, 产量: a measure its parts keep whatever unit each is counted in (吨, 标箱, 辆). */
const UNIT_FREE_MEASURE = /(?:吞吐量|货运量|客运量|运量|产量)$/;

/** 其中风电, 其中风电300万千瓦、光伏: the part a figure after 其中 is, the parts before it in the list left behind. */
// (其中城中村改造将占据1000亿元, 其中工业投资占600亿元, 其中石臼港区突破亿吨: a part of up to six characters, and the share it takes or reaches;
// 其中综合港区突破亿吨、集装箱100万标箱: the parts after one that reaches a bare 亿)
const PARTS_AFTER_WHOLE = /^其中[，,：:]?\s*(?:[\u4e00-\u9fa5]{2,4}(?:突破|超过|达到?)?(?:[\d.]+[万亿]?|[万亿])[\u4e00-\u9fa5]{0,3}(?:以上|左右)?[、，,]\s*)*(?:[\u4e00-\u9fa5]{2,4}|[\u4e00-\u9fa5]{2,6}?(?:将|约)?(?:占据|占|突破|超过|达到))\s*$/;
/** 将占据, 占: the share a part after 其中 takes of the whole, no part of its name. */
const PART_TAKES = /(?:将|约)?(?:占据|占)$/;
/** 新能源装机容量, 可再生能源装机: a whole of energy, whose kinds (风电, 光伏) take its place and keep its measure. */
const ENERGY_WHOLE = /^(?:新能源|可再生能源|清洁能源|非化石能源|电源|电力)(装机容量|装机规模|装机|发电装机|发电量)$/;

/** How many items back sharedQualifiers looks, and how deep it is now. */
const MAX_SHARING_DEPTH = 4;
let sharingDepth = 0;

/** 工厂, 车间, 企业: a head noun of two characters a short item after 、 may take the place of. */
const SWAPPED_HEAD = /(?:工厂|车间|企业|项目|基地|平台|中心|场景|产品|品牌|农场|园区|集群)$/;

/** 昌金段等高速公路项目: one work named as an example (no list), 等, then the class counted (a long name may hold 和: 生态保护和修复工程等重大项目). */
/** 开工建设仙鹤纸业、中科电气等50个项目, 尽快竣工投产…等20个项目: what is done to works the clause names by example, and what they are
 * (复工投产投资5亿元的…平台、2亿元的…产业园等7个项目: the examples each named after its cost). */
const WORKS_BY_EXAMPLE = /^\s*(?:尽快|加快|全力|力争)?(开工建设|新开工|开工|加快推进|跟踪推进|推进|竣工投产|建成投产|复工投产|竣工|建成|投产)(?:[^，；。\d]{2,40}?|(?:投资|总投资)?\d+(?:\.\d+)?[万亿]?元的[^，；。]{2,80}?)等[\d一二三四五六七八九十]+个((?:在建|新建|续建|重点|重大)?(?:[\u4e00-\u9fa5]{0,4}项目|工程))/;
const NAMED_EXAMPLE = /^(?:[^、，；和与及]{2,16}|[^、，；]{17,32})等((?:[\d.]+[万亿]?元以上)?[\u4e00-\u9fa5“”]{2,12}(?:项目|工程|企业|基地|园区|平台|场景|线路|道路|水库|设施))$/;

/** 国家级 alone; a level anywhere; 新认定的国家级、省级中小企业公共服务示范平台国家级: levels listed, then one; a level closing a name. */
const LEVEL_ALONE = new RegExp(`^${LEVEL}$`);
const A_LEVEL = new RegExp(LEVEL);
const LEVELS_THEN_LEVEL = new RegExp(`^(.*?)(${LEVEL_LIST.source})(.{2,20}?)(${LEVEL})$`);
const LEVEL_AT_END = new RegExp(`\\s*${LEVEL}\\s*$`);
/** 新认定的国家级、省级服务型制造示范企业（平台）: things of levels listed, then what they are (and how they are paid, after). */
const LEVELS_LISTED = new RegExp(`(新认定|认定|获批|获评|新获批)?的?(${LEVEL_LIST.source})([^，。；、\\d（()）]{2,20}(?:[（(][^（()）]{1,6}[)）])?)(?:[^。；]*?(奖励|补助|补贴|资助))?`, 'g');

/**
 * 新认定的国家级、省级服务型制造示范企业（平台）企业定额类补助。国家级 100 万元；省级 50 万元: a payment named by its level
 * alone is for the things of that level listed before it (新认定国家级服务型制造示范企业（平台）补助), in its own name or the
 * paragraph's sentence before.
 */
function levelOfListed(name: string, earlier: string): string {
  const own = LEVELS_THEN_LEVEL.exec(name);
  if (own) return `${own[1].replace(/的$/, '')}${own[4]}${own[3]}`;
  const level = LEVEL_ALONE.exec(name);
  if (!level) return name;
  const listed = [...earlier.matchAll(LEVELS_LISTED)].pop();
  // (…中小企业公共服务示范平台国家级 50 万元；省级…: what the things are ends where the first level's amount begins)
  const things = listed?.[3].replace(LEVEL_AT_END, '');
  return listed && listed[2].split(/[、和及]/).includes(name) ? `${listed[1] ?? ''}${name}${things}${listed[4] ?? ''}` : name;
}

/** 奖励基础设施建设: a payment's word before what it is for (not 补助上限, 奖励比例: the payment's terms). */
const PAYMENT_FIRST = /^(奖励|补贴|补助|资助)(?![\u4e00-\u9fa5]*(?:上限|比例|期限|年限|标准|金额|面积|额度|总额))([\u4e00-\u9fa5]{2,12})$/;
/**
 * 奖励标准为投资额比例（占投资额）, 补助比例为设备购置金额比例（占…）, 补贴比例不超过算力合同费用比例（占…）: a standard's
 * wording before the share its basis already names.
 */
const STANDARD_SHARE = /(奖励|补贴|补助|资助|奖补|支持)(?:标准|比例)(?:为|不超过|不高于|不低于)[^，。；（]{1,12}?比例(?=（占)/;

/**
 * A payment's name in its plain order: 奖励基础设施建设 (奖励基础设施建设1.5万元/亩) → 基础设施建设奖励, what it is for
 * then the payment; 奖励标准为投资额比例（占投资额） (奖励标准为投资额的1‰) → 奖励比例（占投资额）, the basis said once.
 */
function plainPayment(name: string): string {
  return name.replace(STANDARD_SHARE, '$1比例').replace(PAYMENT_FIRST, '$2$1');
}
/** 按照新种一亩补助1000元的标准、改造抚育现有笋用竹林一亩补助500元的标准: a rate paid on each unit of a work, in a list of rates. */
const RATE_BY_UNIT = /(?:^|[，、；：]|按照?)([^，。；、：\d]{2,14}?)(?:一|每)(亩|平方米|户|人|头|只|台|套|个)(?:给予)?(补助|补贴|奖励|奖补)$/;

/** 改造抚育现有笋用竹林补助（每亩): each work of a list of standards named by itself and the unit it is paid on; null otherwise. */
function rateByUnit({ sentence, quantities, index }: NamingInput): string | null {
  const rate = RATE_BY_UNIT.exec(sentence.slice(0, quantities[index].start));
  return rate && /^元?的?标准/.test(sentence.slice(quantities[index].end)) ? clean(`${rate[1].replace(/^按照?/, '')}${rate[3]}（每${rate[2]}）`) : null;
}

/** 分别给予博士研究生、硕士研究生每人, 对新引进的博士、硕士，分别给予每人: receivers listed, then 分别 and the amounts. */
// (对评选为夜间经济集聚区、夜间旅游特色线路…的分别给予不超过: the ones chosen, named as what they were chosen to be, and the cap)
const RECEIVERS_SPREAD = /(?:分别(?:给予|发放)((?:[^，。；、\d]{2,12}、)+[^，。；、\d]{2,12}?)|(?:^|[，；：])对(?:评选为|认定为|被评为|被认定为|获评)?((?:[^，。；、\d]{2,12}、)+[^，。；、\d]{2,16}?)(?:的)?[，,]?分别(?:给予|发放))(?:每人|每户|每家|每个)?(?:不超过|最高)?$/;
/** 对获得年度县域经济发展强县、先进县、进步县的县（市、区），…分别给予: the titles won, listed before whom they were won by. */
const KINDS_WON = /(?:^\s*(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s*|[，；：])对(?:获得|获评|被评为|评为|评选为|认定为|被认定为)((?:[^，。；、\d]{2,16}、)+[^，。；、\d]{2,10}?)(?:称号)?的[^，。；、\d]{1,8}?(?:[（(][^（()）]*[)）])?[，,][^。；]*?分别(?:给予|奖励|补助)?$/;

/**
 * 对获得…强县、先进县、进步县的县（市、区），…分别给予600万元、500万元、300万元一次性财力奖励: as many titles won as amounts, each
 * paid the amount in its place (强县一次性财力奖励); null otherwise.
 */
function kindsWonSpread(provision: string, afterRun: string, position: number, count: number): string | null {
  const won = KINDS_WON.exec(provision);
  const kinds = won?.[1].split('、');
  const payment = PAYMENT_RIGHT_AFTER_RUN.exec(afterRun)?.[1];
  if (!kinds || kinds.length !== count || !payment) return null;
  // (年度四川省县域经济发展强县: the year and the province that award the first title are no part of it)
  const [firstKind, ...later] = kinds.map((kind) => kind.replace(/^(?:(?:19|20)\d{2}年)?年?度?(?:全[省市国区]|[\u4e00-\u9fa5]{2,8}?[省市])?/, ''));
  // (县域经济发展强县、先进县: a short later title shares the words the first one opens on)
  // (not 十强县, whose count is part of the title)
  const shared = firstKind.length >= 6 && later.every((kind) => kind.length <= 4) && !/[一二三四五六七八九十百千]$/.test(firstKind.slice(0, -2)) ? firstKind.slice(0, -2) : '';
  // (农业产业化国家级、省级、市级重点龙头企业: grades listed, the words around them shared, as any list of grades reads)
  return clean((shared ? (position === 0 ? firstKind : shared + later[position - 1]) : listItem([firstKind, ...later], position)) + payment);
}

/** 对每季度考核排名前三位的县级部门分别按: places ranked, as many as the amounts after 分别. */
// (给予排名前5位的市分别奖励1500万元、1200万元…: or given, the payment named straight after 分别)
const RANKS_SPREAD = /(?:^|[，,：:])(?:对于?|给予)?([^，。；、\d]{0,10}?)排名前([一二三四五六七八九十\d]{1,2})(位|名)的?([^，。；\d]{2,12}?)[，,]?分别(?:按照?|给予|(奖励|奖补|补助|补贴))/;
/** 针对新认定国家级、省级、市级科研技术平台的预制菜企业，…配套给予: levels listed before the amounts 给予 spreads over them. */
// (对新获批和认定的国家级、省级、市级重点实验室和企业技术中心、工业设计中心分别给予: many kinds at each level, no comma)
// (认定国家级、省级、温州市级工业互联网平台分别奖励: or a clause opening on the recognition)
// (建成运营并经相关部门认定为市级、省级、国家级文化产业园的，分别给予: or one whose recognition 经 a body follows a condition)
const LEVELS_SPREAD = new RegExp(`(?:^|[，；：])(?:针对|对于?|(?=(?:新)?认定)|[^，。；、\\d]{0,12}?经[^，。；、\\d]{0,8}?(?=认定))([^，。；、\\d]{0,8}?)(${LEVEL_LIST.source})([^，。；\\d]{2,48}?)(?:的[，,]?|[，,]|(?=分别))[^，。；\\d]{0,10}?(配套)?(?:分别)?(?:给予|奖励|补助)$`);
/** …给予资金奖补, …的奖励: the payment after a run of amounts for places ranked. */
const PAYMENT_AFTER_RANKS = /^(?:元)?(?:的|[^，。；]{0,4}?给予)([^，。；、\d]{0,4}?(?:奖补|奖励|补贴|补助|资助))/;
/** 补贴, 奖励, 安家费: the words that end a payment's name after a run of amounts. */
const PAYMENT_NOUN = '(?:补贴|奖励|补助|资助|奖补|津贴|安家费|生活费)';
/** …的一次性租房补贴, …的安家补贴: the payment named after a run of amounts. */
const PAYMENT_AFTER_RUN = new RegExp(String.raw`^(?:元)?的([^，。；、\d]{2,12}?${PAYMENT_NOUN})`);
/** 一次性财力奖励, 的奖补资金: the same, its 的 left out and its words few. */
const PAYMENT_RIGHT_AFTER_RUN = new RegExp(String.raw`^(?:元)?的?([^，。；、\d]{0,8}?${PAYMENT_NOUN})`);

/**
 * 分别给予博士研究生、硕士研究生、本科生每人8000元、5000元、3000元的一次性租房补贴: as many receivers as amounts, each
 * paid the amount in its place, the payment named after the run (博士研究生一次性租房补贴); null otherwise.
 */
function spreadReceiver({ sentence, quantities, index }: NamingInput): string | null {
  const run = amountRun(sentence, quantities, index);
  if (!run) return null;
  const first = run.first;
  const last = first + run.count - 1;
  const provision = sentence.slice(sentence.lastIndexOf('；', quantities[first].start) + 1, quantities[first].start);
  // (评选突出贡献奖，按10万元、8万元、6万元分别奖励一二三名: the places the amounts go to named after them, the award before)
  const placesAfter = RANKS_AFTER_RUN.exec(sentence.slice(quantities[last].end));
  if (placesAfter && placesAfter[1].length === last - first + 1) {
    const award = /评选(?:出)?([^，。；]{2,12}?奖)[，,]/.exec(provision)?.[1] ?? '';
    return `${award}第${placesAfter[1][index - first]}名奖励`;
  }
  const ranked = RANKS_SPREAD.exec(provision);
  if (ranked && numeralValue(ranked[2]) === last - first + 1) {
    const payment = ranked[5] ?? PAYMENT_AFTER_RANKS.exec(sentence.slice(quantities[last].end))?.[1];
    // (排名前三位 → 第一位, 前3名 → 第1名: the ordinal written as the count is)
    const position = /\d/.test(ranked[2]) ? String(index - first + 1) : '一二三四五六七八九十'[index - first];
    return payment ? clean(`${ranked[1]}排名第${position}${ranked[3]}的${ranked[4].replace(/^的/, '')}${payment}`) : null;
  }
  // (针对新认定国家级、省级、市级科研技术平台的预制菜企业，长沙县将配套给予200万元、100万元、20万元奖励: one level each)
  const levels = LEVELS_SPREAD.exec(provision);
  const listed = levels?.[2].split(/[、和及]/);
  if (levels && listed?.length === last - first + 1) {
    // (对新认定国家级、省级、市级试点示范企业分别奖励50万元、30万元、15万元: or the payment said before the amounts)
    const payment = /^(?:元)?的?([^，。；、\d]{0,4}?(?:奖励|补贴|补助|资助|支持))/.exec(sentence.slice(quantities[last].end))?.[1] ?? /(奖励|补助|补贴)$/.exec(provision)?.[1];
    // (…重点（工程）实验室和企业技术中心、工业设计中心: kinds listed are named by the first and 等)
    const kinds = levels[3].replace(/[（(][^）)]*[）)]/g, '').replace(/的/g, '');
    // (新一代信息技术和制造业融合发展试点示范企业: 和 alone may join the words of one kind)
    const kind = kinds.includes('、') ? `${kinds.split(/[、和]/)[0]}等` : kinds;
    return payment ? clean(`${levels[1].replace(/(?:的|为)$/, '')}${listed[index - first]}${kind}${levels[4] ?? ''}${payment}`) : null;
  }
  const spread = RECEIVERS_SPREAD.exec(provision);
  const receivers = (spread?.[1] ?? spread?.[2])?.split('、');
  if (!receivers || receivers.length !== last - first + 1) return kindsWonSpread(provision, sentence.slice(quantities[last].end), index - first, last - first + 1);
  const payment = PAYMENT_AFTER_RUN.exec(sentence.slice(quantities[last].end))?.[1];
  return payment ? clean(receivers[index - first].replace(/的/g, '') + payment) : null;
}

/** 分别奖励一二三名, 分别奖励第一二三名: the places a run of amounts goes to, named by their numerals after it (captured). */
const RANKS_AFTER_RUN = /^[^，。；\d]{0,4}?分别(?:奖励|给予|奖给|授予)第?([一二三四五六七八九十]{2,10})名/;
/** The label of the item of a standard's list a payment is, right before its amount, where the sentence pays more than one amount alike. */
function standardItemOf({ sentence, quantities, index }: NamingInput): string | null {
  const quantity = quantities[index];
  const label = sentence.includes('标准') ? STANDARD_LIST_ITEM.exec(sentence.slice(0, quantity.start))?.[1] : undefined;
  return label && !PAYING_WORDS.test(label) && quantities.filter((q) => q.base === quantity.base).length >= 2 ? label : null;
}
/** 并奖励人民币, 最高不超过: words of paying, which label no item. */
const PAYING_WORDS = /奖励|补贴|补助|资助|奖补|给予|予以|最高|不超过|不低于|人民币|按照?|每/;
/** 奖励标准：矿山采选, …、冶炼分离: the label of an item of a standard's list (captured), right before its amount. */
const STANDARD_LIST_ITEM = /(?:奖励|补助|补贴|奖补|资助|支持)标准(?:为|是)?[：:](?:[^。；：:]*[、，,；])?\s*([^，。；、：:\d（()）]{2,10}|[\d.]+[^，。；、：:\d（()）]{1,3}(?:以上|以下))\s*$/;
/** 新增产值1亿元至2亿元（不含）奖励, 新增产值2亿元及以上奖励: a band of size and the payment it earns, the amount next. */
const BAND_BEFORE_PAYMENT = /^\s*([^，。；、\d]{2,10}?([\d.]+[万亿]?元)(?:[（(]不?含[)）])?(?:[至到—-][\d.]+[万亿]?元(?:[（(]不?含[)）])?|及以上|以上))(?:的)?(?:奖励|补助|补贴|奖补)$/;
/** 30人（含）以上奖励, 每班次达到60人以上奖励: the count a payment is earned by (captured), the amount next. */
const COUNT_BEFORE_PAYMENT = /([\d.]+[万千]?(?:人次|人|家|台|辆|户|架次|班次|列|头|只)(?:[（(]含[)）])?(?:及)?以上)(?:的)?(?:一次性)?(?:奖励|补助|补贴|奖补)$/;
/** 以“算力券”形式，…: the instrument a payment is made in, opening the clause before it (no 。 between). */
const PAID_IN_FORM = /以(“[^”]{2,8}”)(?:的)?(?:形式|方式)[，,][^。]*$/;
/** 其中成长型企业首次转为规上企业的每户: the receivers a clause qualifies, before the payment each is given. */
const PER_RECEIVER_OF = /^\s*(?:其中|同时)?[，,]?(?:对于?)?([^，。；：]{4,30}?)的每[户家个项人名]/;
/** 年营业收入达到, 首次突破, 年收入达, 按计划总投资: the measure a list of sizes is reached in, before the first of them. */
const TIER_MEASURE = /([^，。；、：:\d（）()]{2,12}?)(?:首次)?(?:达到|达|超过|突破|在)$|(?<=按照?)(?!照)([^，。；、：:\d（）()按]{2,12})$/;

/**
 * 新引进企业年营业收入达到3000万元、5000万元、1亿元时，分别给予企业50万元、100万元、200万元资金奖励: the size that earns the
 * i-th payment after 分别 is the i-th of as many sizes listed in the clause before it (年营业收入达到5000万元), with the size
 * alone; null otherwise.
 */
function tierOf({ sentence, clause, quantities, index }: NamingInput): { name: string; size: string; told?: boolean } | null {
  const quantity = quantities[index];
  const spread = sentence.slice(clause.start, quantity.start).lastIndexOf('分别');
  // (新增产值5000万元至1亿元（不含）奖励5万元、新增产值2亿元及以上奖励20万元: or its own band, straight before it)
  if (spread < 0) {
    // (1000万~3000万元：10万元: a line of a schedule labelled by its band)
    const label = BAND_LABEL.exec(sentence.slice(0, quantity.start));
    if (label) return { name: label[1], size: label[1] };
    const item = sentence.slice(Math.max(...['、', '，', '：', '；', ':'].map((mark) => sentence.lastIndexOf(mark, quantity.start - 1))) + 1, quantity.start);
    const band = BAND_BEFORE_PAYMENT.exec(item);
    if (band) return { name: band[1].replace(/[（(]不?含[)）]/g, ''), size: band[2] };
    // (每班次达到30人（含）以上奖励0.5万元、60人（含）以上奖励1万元: or a count each payment of a run is earned by, straight before it)
    const counted = COUNT_BEFORE_PAYMENT.exec(item);
    const count = counted?.[1].replace(/[（(]不?含[)）]/g, '');
    if (count && quantities.filter((q) => q.base === quantity.base).length >= 2) return { name: count, size: count, told: true };
    // (…，其中，年收入达30万元的人才，给予…0.5万元…；年收入达40万元的人才，给予…0.8万元…: each provision of the sentence
    // pays for a size of its own)
    const from = sentence.lastIndexOf('；', quantity.start) + 1;
    const to = sentence.indexOf('；', quantity.start);
    const others = sentence.slice(0, from) + (to >= 0 ? sentence.slice(to) : '');
    const own = PROVISION_SIZE.exec(sentence.slice(from, quantity.start));
    if (own) return PROVISION_SIZE.test(others) ? { name: own[1], size: own[2] } : null;
    // (…以下的按3‰予以奖励；1001万—2000万元人民币（含2000万元）的按3.2‰奖励；…: or a provision opening on its band itself)
    const opening = PROVISION_BAND.exec(sentence.slice(from, quantity.start));
    if (opening && PROVISION_BAND.test(others)) return { name: opening[1] + (opening[2] ?? ''), size: opening[1] };
    // (网络零售额在500万元（含500万）以上的，当年一次性奖励3万元；在300万元（含300万元）至500万元的前五名，当年一次性奖励1万元: each
    // provision pays for a band 在 names, its notes aside; a band with no measure of its own is of the measure the first one names)
    const unnoted = (text: string): string => text.replace(/[（(]含[^（()）]{0,12}[)）]/g, '');
    const step = PROVISION_STEP.exec(unnoted(sentence.slice(from, quantity.start)));
    if (!step || !PROVISION_STEP.test(unnoted(others))) return null;
    const measure = step[1] || (PROVISION_STEP.exec(unnoted(sentence.slice(0, from)))?.[1] ?? '');
    return { name: `${measure.replace(/^(?:本年度|年度|当年|全年)/, '')}${step[2]}${step[3] ?? ''}`, size: step[2] };
  }
  const payments = quantities.filter((q) => q.start >= clause.start + spread && q.start < clause.end && q.base === quantity.base);
  const from = sentence.lastIndexOf('；', clause.start) + 1;
  // (对…在全区排前三名…的城市街道，分别奖励50万元、40万元、30万元: the places of a ranking, one a payment, first to last)
  const ranked = RANKED_FIRST.exec(sentence.slice(from, clause.start + spread));
  if (ranked && numeralValue(ranked[1]) === payments.length && payments.includes(quantity)) {
    const place = `第${RANK_WORDS[payments.indexOf(quantity)]}名`;
    return { name: place, size: place };
  }
  // (1000万元以下至500万元、…、10万元以下等新增…贷款，…分别按…的20%、…和100%给予贴息: bands counted down, one a payment)
  const down = BANDS_DOWN.exec(sentence.slice(from, clause.start + spread))?.[0].split('、');
  if (down && down.length === payments.length && payments.includes(quantity)) {
    const band = down[payments.indexOf(quantity)];
    return { name: band, size: band };
  }
  // (按照2000万元（含）—5000万元、5000万元（含）—1亿元、1亿元及以上三个档次，分别给予…: bands listed as the tiers, one a payment)
  const bands = BANDS_LISTED.exec(sentence.slice(from, clause.start + spread))?.[1].split('、');
  if (bands && bands.length === payments.length && payments.includes(quantity)) {
    const band = bands[payments.indexOf(quantity)].replace(/[（(]不?含[)）]/g, '');
    return { name: `${band}档`, size: band };
  }
  // (按计划总投资30亿元及以上、15亿元~30亿元(不含)分别给予…: or listed in the clause itself, before 分别; the last as many as are paid)
  const sizes = quantities.filter((q) => q.start >= from && q.end <= clause.start + spread).slice(-payments.length);
  const at = payments.indexOf(quantity);
  if (at < 0 || sizes.length !== payments.length || sizes.length < 2) return null;
  // the sizes a list of their own, 、 between them (not two figures of unlike clauses)
  for (let i = 1; i < sizes.length; i++) if (!/^[^，。；\d]{0,4}[、和及与]\s*$/.test(sentence.slice(sizes[i - 1].end, sizes[i].start))) return null;
  const lead = sentence.slice(Math.max(from, sizes[0].start - 16), sizes[0].start);
  const measure = TIER_MEASURE.exec(lead);
  if (!measure) return null;
  const measured = measure[1] ?? measure[2];
  const verb = lead.slice(measure.index + measured.length);
  // (30亿元及以上: the open top band with its bound)
  const size = sentence.slice(sizes[at].start, sizes[at].end) + (/^及以上/.exec(sentence.slice(sizes[at].end))?.[0] ?? '');
  return { name: `${measured.replace(/^.*?(?:企业|单位|项目|机构)(?=[\u4e00-\u9fa5]{2})/, '').replace(/^(?:其中)?(?:对于?|凡)/, '')}${verb}${size}`, size };
}

/** 排前三名, 位列前5名: the first places of a ranking (captured: how many). */
const RANKED_FIRST = /(?:排|排名|位列|位居|居)(?:全[省市区县])?前([二两三四五六七八九十\d]{1,2})名/;
/** 第一名, 第二名 …: the words of a ranking's places. */
const RANK_WORDS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
/** 1000万元以下至500万元、500万元以下至100万元、10万元以下: bands of money counted down, each below one sum down to the next. */
const BANDS_DOWN = /(?:[\d.]+[万亿]?元?以下至[\d.]+[万亿]?元、)+[\d.]+[万亿]?元以下/;
/** 按照2000万元（含）—5000万元、…、1亿元及以上三个档次，: bands of money listed (captured) as the tiers a run of payments is spread over. */
const BANDS_LISTED = /按照?((?:[\d.]+[万亿]?元?(?:[（(]不?含[)）])?(?:[—–\-~至到][\d.]+[万亿]?元(?:[（(]不?含[)）])?|(?:及)?以[上下])?、)+[\d.]+[万亿]?元?(?:[（(]不?含[)）])?(?:[—–\-~至到][\d.]+[万亿]?元(?:[（(]不?含[)）])?|(?:及)?以[上下])?)(?:[一二两三四五六七八九十\d]+个)?(?:档次|档|等次|层次)[，,]\s*$/;
/** 年收入达30万元的人才，给予, 固定资产投资在1-3亿元（含3亿元），奖励: the size a provision's receivers reach, before the payment. */
const PROVISION_SIZE = /(?:^|[，,：:；])(?:对于?)?([^，。；：:\d]{2,12}?(?:达到|达|超过|突破|在)([\d.]+(?:[-—~至][\d.]+)?[万亿]?元)(?:以上|及以上)?)(?:[（(]含[^（()）]*[)）])?(?:的[\u4e00-\u9fa5]{0,4})?[，,]\s*(?:给予|奖励|补贴|补助)/;
/** ；1001万—2000万元人民币（含2000万元）的按, ；到位3000万元人民币以上的按: a provision opening on the band of money it pays for (captured, with its bound). */
const PROVISION_BAND = new RegExp(String.raw`(?:^|[，,；;：:])\s*(?:累计|到位|实际到位)?(${MONEY_BAND}|[\d.]+[万亿]?元)(?:人民币)?(?:[（(]含[^（()）]*[)）])?(以上|以下|及以上|及以下)?的(?:按照?|给予|予以)`);
/** ，本年度网络零售额在500万元以上的，当年一次性奖励: a provision's band, named by 在 and its measure (or none), before its payment. */
const PROVISION_STEP = /(?:^|[，,；;：:])(?:[^，。；：:\d]*?[，,])?([^，。；：:\d]{0,12}?)在([\d.]+[万亿]?元(?:以上)?(?:至[\d.]+[万亿]?元)?)(以上|以下)?的?[\u4e00-\u9fa5\d]{0,4}[，,]\s*(?:当年|每年)?(?:一次性)?(?:给予|奖励|补贴|补助|奖补)/;
/** 奖励, 一次性补助: the words a payment is named by. */
const PAYMENT_WORD = '(?:一次性)?(?:奖励|补助|补贴|资助|奖补)';
/** 按计划总 before 一次性补助: the measure of a list of sizes, cut short, left before the payment's word. */
const TIER_MEASURE_LEFT = new RegExp(`^按照?[^，。；]{0,8}?(?=${PAYMENT_WORD})`);
/** 奖励上限, 一次性补助, 方向奖励上限: a payment's name saying nothing of what it is paid for. */
const BARE_PAYMENT = new RegExp(`^[^，。；]{0,2}${PAYMENT_WORD}(?:上限|比例|金额|标准)?$`);
/** 在支持先进制造业方面奖励上限: the aspect a payment is named under. */
const ASPECT_OPENING = new RegExp(`^在([^，。；]{2,16}?)(?:方面|(?<!基础)上)(?=${PAYMENT_WORD}|支持)`);
/** 方向奖励上限 → 奖励上限: the stray characters before a bare payment's word. */
const BEFORE_PAYMENT_WORD = new RegExp(`^[^，。；]{0,2}(?=${PAYMENT_WORD})`);
/** 其中，民营经济品牌政策重点从…, 在支持先进制造业方面，…: the topic a sentence of payments opens on. */
const SENTENCE_TOPIC = /^\s*(?:其中[，,]?)?(?:在)?([\u4e00-\u9fa5]{2,16}?)(?:方面[，,]|(?<=^\s*(?:其中[，,]?)?在[\u4e00-\u9fa5]{2,16})(?<!基础)上[，,]|重点(?:从|在|围绕|聚焦))/;

/**
 * 在支持先进制造业方面，…给予最高1亿元奖励 → 支持先进制造业奖励上限; 其中，民营经济品牌政策重点从…，给予最高1500万元奖励 →
 * 民营经济品牌政策奖励上限: a payment named by no more than the payment takes the topic its sentence opens on, or the
 * label it runs in after (经营贡献奖励：…); the one payment of a sentence under such a label is named by the label.
 */
function topicalPayment(name: string, sentence: string, single: boolean, whole = sentence): string {
  const aspect = ASPECT_OPENING.exec(name);
  if (aspect) return aspect[1] + name.slice(aspect[0].length);
  // (高端人才奖励：…，其中，年收入达30万元的人才，给予…资金奖励；年收入达40万元的人才，给予…资金奖励: the label before the
  // sentence's first provision names the payments of the others too)
  const label = RUN_IN_LABEL.exec(sentence) ?? (BARE_PAYMENT.test(name) ? RUN_IN_LABEL.exec(whole) : null);
  // (总部落户奖励：对…，经确认符合条件的，按…给予最高3000万元奖励: a label over the one payment of its sentence names it)
  if (label && single && !name.startsWith(label[1])) return label[0].replace(/^[^\u4e00-\u9fa5]*(?:[一二三四五六七八九十]+、)?|[：:]$/g, '') + (/(?:上限|比例|标准)$/.exec(name)?.[0] ?? '');
  if (!BARE_PAYMENT.test(name)) return name;
  const topic = SENTENCE_TOPIC.exec(sentence)?.[1] ?? label?.[1];
  return topic ? topic + name.replace(BEFORE_PAYMENT_WORD, '') : name;
}

/** 经营贡献奖励：新引进企业…分别给予…: a paragraph's run-in label naming the payment it sets out. */
const RUN_IN_LABEL = new RegExp(`^\\s*(?:[（(][一二三四五六七八九十\\d]{1,2}[)）]|\\d{1,2}[.、]|[一二三四五六七八九十]+、)?\\s*([\u4e00-\u9fa5]{2,8}?)${PAYMENT_WORD}[：:]`);

/** 对新认定为省级企业技术中心的某某有限公司等2户企业各奖励: what the firms named did, the firms' kind, and the payment. */
const AWARD_TO_NAMED_FIRMS = /^对([^，。；]{2,40}?)的[^，。；、的]{2,30}?(?:公司|集团|厂|合作社|研究院|研究所|医院)(?:等[\d一二三四五六七八九十]+[户家个]([^，。；\d各]{0,8}?))?(?:各|分别)?(?:按[^，。；]{1,8}?)?(?:给予)?(?:一次性)?(奖励|补贴|补助|资助)/;

function nameOf(input: NamingInput): string {
  const { sentence, clause, quantities, index } = input;
  const part = partInBracket(input);
  if (part) return part;
  // 对新增规模以上的某某有限公司等26户工业企业各奖励20万元: an award to firms the text names is for what they did, not for them
  const award = input.kind === 'incentive' ? AWARD_TO_NAMED_FIRMS.exec(sentence.slice(clause.start, quantities[index].start)) : null;
  if (award) {
    const done = award[1].replace(/(?<=认定)为/, '');
    const kind = award[2] && !done.endsWith(award[2].slice(-2)) ? award[2] : '';
    return `${done}${kind}${award[3]}`;
  }
  // (排名前10名的A级景区、星级酒店给予复工奖励，其中前3名奖励3万元，4—10名奖励2万元: a rank's payment after 其中 is the payment the
  // clause before it gives, to whom it names, at that rank)
  const rank = input.kind === 'incentive' ? RANK_PAID.exec(sentence.slice(clause.start, quantities[index].start)) : null;
  const leadText = rank ? sentence.slice(Math.max(0, sentence.lastIndexOf('；', clause.start) + 1), clause.start) : '';
  // (the ranks spread after 其中, in the rank's clause or before it)
  const ranked = rank && (leadText.includes('其中') || /^\s*其中/.test(sentence.slice(clause.start))) ? RANKS_PAID_LEAD.exec(leadText) : null;
  if (rank && ranked) return `${ranked[1]}${ranked[2]}（${rank[1]}）`;
  // (…总收入过万亿元，10年后则达到30000亿元: a clause of a span of years and a verb alone measures what the figure before the
  // clause did, in its base)
  // (…储能装机规模达到200万千瓦，比2020年翻一番；到2030年，力争达到500万千瓦: a later horizon's clause of a verb alone too)
  const spanned = SPAN_THEN_VERB.exec(sentence.slice(clause.start, quantities[index].start))
    ?? (HORIZON_CLAUSE_BEFORE.test(sentence.slice(0, clause.start)) ? BARE_REACH.exec(sentence.slice(clause.start, quantities[index].start)) : null);
  const measured = spanned ? quantities.slice(0, index).filter((q) => q.end <= clause.start && q.base === quantities[index].base).pop() : undefined;
  if (spanned && measured) return nameIndicator({ ...input, index: quantities.indexOf(measured), clause: clauseOf(sentence, measured) });
  // (增加值增长22%，达597.4亿元: a clause of a verb alone, right after a growth, measures what grew)
  const grew = index > 0 ? quantities[index - 1] : undefined;
  // (恩格尔系数年均递减1.6个百分点，达到33.1%: or a rate reached right after its change in points)
  if (((grew?.base === 'percent' && quantities[index].base !== 'percent') || (grew?.base === 'percentage_point' && quantities[index].base === 'percent')) && BARE_REACH.test(sentence.slice(clause.start, quantities[index].start)) && /^[^，。；\d]{0,4}[，,]\s*$/.test(sentence.slice(grew.end, clause.start))) {
    const growth = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, grew) });
    const tail = grew.base === 'percentage_point' ? POINTS_CHANGE_TAIL : GROWTH_TAIL;
    const what = tail.test(growth) ? growth.replace(tail, '') : '';
    if (what.length >= 2) return what;
  }
  // (1.年产5万吨新材料项目：总投资12亿元，…，2023年计划投资3亿元: a project's investment in a list of projects is named by the
  // project the item's label names, its capacity kept)
  const label = PROJECT_ITEM_LABEL.exec(sentence);
  const spent = label && quantities[index].base === 'CNY' && quantities[index].start > label[0].length ? PROJECT_SPENT.exec(sentence.slice(clause.start, quantities[index].start)) : null;
  if (label && spent) return `${label[1]}${spent[1]}`;
  // 工业总产值方面3年突破6400亿元、5年跨越7500亿元: a count of years before the level reached in them is its horizon, no part
  // of the name, and a later count's level is the same measure's
  const years = index > 0 ? quantities[index - 1] : undefined;
  if (years && years.unit === '年' && YEARS_THEN_LEVEL.test(sentence.slice(years.end, quantities[index].start))) {
    const prior = index > 1 ? quantities[index - 2] : undefined;
    if (prior && prior.unit === quantities[index].unit && /^[、，,]$/.test(sentence.slice(prior.end, years.start))) return nameIndicator({ ...input, index: index - 2, clause: clauseOf(sentence, prior) });
    const measure = clip(clean(sentence.slice(clause.start, years.start).replace(/方面$/, '')));
    if (measure) return measure;
  }
  // 高新技术企业2024年突破3.5万家、2025年突破3.8万家: a later year's figure of the same measure
  const earlier = index > 0 ? quantities[index - 1] : undefined;
  // (按“前三年80%、后两年50%”: a rate for the later years of the same support, named as the first with its own years)
  const laterYears = earlier && earlier.unit === quantities[index].unit ? LATER_YEARS_STEP.exec(sentence.slice(earlier.end, quantities[index].start)) : null;
  if (laterYears && earlier) {
    const first = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, earlier) });
    if (RATE_YEARS_NAMED.test(first)) return first.replace(RATE_YEARS_NAMED, `（${laterYears[1]}）`);
  }
  if (earlier && earlier.unit === quantities[index].unit && LATER_YEAR_STEP.test(sentence.slice(earlier.end, quantities[index].start))) {
    return nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, earlier) });
  }
  const named = namedFor(input) || clip(clean(sentence.slice(clause.start, quantities[index].start))) || clip(clean(clause.text)) || quantities[index].unit || '指标';
  // 聚焦“园区营业收入增10%、…”: the words before a quote the name opens are no part of it; 增 is 增长 written short
  // 地区生产总值力争增长: the resolve between a measure and its verb is no part of the name
  // 为鼓励企业加大技术和设备投入，扶持比例增至15%: a purpose says what is encouraged (为加强应用推广，…: or, a goal of the measure, nothing)
  // (“…7000亿元”“增加值占比不低于40%”: the quote marks between two quoted goals open neither name)
  // (“六个倍增”——全社会研发经费投入…, ——地区生产总值增长6.5%: a label set off by a dash, or a list's dash, opens no name)
  const name = withoutPurpose(named, sentence).replace(/^[^，。；—]{0,20}——(?=[\u4e00-\u9fa5]{4})/, '').replace(/^[^“”]{1,8}“(?=[^”]{2,}$)/, '').replace(/^”“?(?=[\u4e00-\u9fa5]{2})/, '').replace(/(?<=[\u4e00-\u9fa5]{2})(?<![新净倍递激])增$/, '增长')
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:力争|确保|争取)(?=(?:年均)?增长$|年均增长$)/, '')
    // (基金投资方面，给予投资额20%以内的补助: the field a provision is labelled with names it without 方面, and the bound before
    // the payment is the comparator's)
    // (在…方面, a topic the sentence opens on, is named apart)
    .replace(/^(?!在)([\u4e00-\u9fa5、]{2,10})方面(?=[\u4e00-\u9fa5“]{2})/, '$1').replace(/(?<=[\u4e00-\u9fa5]{2})(?:以内|以下)的(?=(?:一次性)?(?:补助|补贴|奖励|资助|支持|奖补))/, '')
    // (分三批发放消费券1亿元: how many batches a sum is given out in opens no name)
    .replace(/^分[两二三四五六七八九十\d]{1,2}(?:批|次|期)(?:发放)?(?=[\u4e00-\u9fa5]{2})/, '')
    // (按照规定，1亿元专项资金: the rule a sum is given under opens no name)
    .replace(/^(?:按照|根据|依照|依据)(?:有关|相关)?规定(?=[\u4e00-\u9fa5]{2})/, '')
    // 奋力将仙桃建设成为武汉城市圈西翼城区面积60平方公里以上…的中心城市: what a place is to be built into opens no name of its measures
    .replace(/^(?:奋力|努力|全力|力争)?(?:将|把)[\u4e00-\u9fa5]{1,8}?(?:建设|打造|建)成为?(?=[\u4e00-\u9fa5]{4})/, '')
    // 支撑开发区经济高质量发展的重点产业链: what a counted thing is for says less of it than its own noun (重点产业链)
    .replace(/^(?:支撑|支持|服务|助力|引领|带动)[^，。；的]{2,20}的(?=[\u4e00-\u9fa5]{2,8}$)/, '')
    // (经确认符合条件的，补助金额不超过…: who qualifies once checked says nothing of what is paid)
    .replace(/^经[^，。；]{0,6}?(?:确认|认定|审核|审定|评审)(?:后)?符合(?:条件|要求)(?:的)?(?=[\u4e00-\u9fa5]{2})/, '')
    // (地区生产总值在2018年基础上翻两番: the year a multiple is measured from, its year already dropped, is no part of the name)
    // (化学需氧量排放总量在2010年的基础上削减: or before the change measured from it, which stays)
    .replace(/(?<=[\u4e00-\u9fa5A-Za-z)）]{2})(?:在的?基础上(?:再|继续)?(?=(?:削减|减少|降低|下降|提高|提升|增长|增加)?$)|[与同]相比$)/, '').replace(/^在的?基础上(?:再|继续)?(?=[\u4e00-\u9fa5]{2})/, '')
    // 在151家机器人企业的基础上再新增100家企业: the base a goal adds to is no part of its name (机器人企业新增)
    .replace(/^([\u4e00-\u9fa5]{2,12}?)的?基础上(?:再|继续)?(新增|增加|引进|培育)?[\u4e00-\u9fa5]{0,4}$/, (_, base: string, verb: string | undefined) => base + (verb ?? '新增'))
    // 经济总量将向7万亿元冲刺: the run toward the figure is no part of what it measures
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:将|要|力争)?向(?:冲刺|迈进|进军|跨越|挺进)$/, '')
    // 服务业增加值增长……”: a quotation cut short ends no name
    .replace(/(?<=[\u4e00-\u9fa5]{2})…+[”"]?$/, '')
    // 从举办超百场招聘会到新增2000个停车泊位: each end of a 从…到… run of works is one of them
    .replace(/^从([^到，。；\d]{2,16}?)到[\u4e00-\u9fa5]{0,3}$/, '$1').replace(/^从[^到，。；\d]{2,16}到(?=[\u4e00-\u9fa5]{2})/, '')
    // 2022—2025年“个转企”企业给予每家扶持: the years a measure covers open no name, and 给予 is no part of one
    // (2023~2025年三年完成新造油茶: written with a tilde, or its years counted again, or the span's first year left by a horizon taken)
    .replace(/^\d{2,4}年?[—–\-~～](?:(?:19|20)\d{2}年度?)?(?:完成(?=新增|新建|新造|建成|改造))?(?=[“\u4e00-\u9fa5]{2})/, '').replace(/^[一二两三四五六七八九十]年(?:内|间)?(?:完成|累计)?(?=(?:新增|新建|新造|建成|实现|改造)[\u4e00-\u9fa5]{2})/, '').replace(/(?<=[\u4e00-\u9fa5”]{2})给予(?=每家|每个|每人|每户)/, '')
    // 符合条件的单家企业奖励上限, 经区农业行政主管部门立项单个项目奖励: that one qualifies, or who approves it, says nothing of what is paid for
    .replace(/^符合(?:条件|要求)的?(?=[\u4e00-\u9fa5“]{4})/, '').replace(APPROVED_BY, '')
    // 全力打造产业集群, 坚定不移地培育冰雪产业, 推出智能终端: how hard a plan tries, or that it brings the things out, is no part of them
    .replace(/^(?:(?:全力|着力|坚定不移地?)(?:打造|培育|建设|推进|发展)|推出(?!台))(?=[\u4e00-\u9fa5“]{4})/, '')
    // (批发企业单家封顶发展奖励上限: 封顶 says the cap the name's 上限 says already, for each firm)
    .replace(/单(?:家|个)(?:企业)?封顶(?=[\u4e00-\u9fa5]*上限$)/, '')
    // (提高民生保障水平|1|将城乡低保标准: a table's cells before the one that holds the figure name nothing of it)
    .replace(/^.*\|(?=[^|]{2})/, '')
    // 按50%-70%进行补助 → 补助比例: 进行 is no part of the support
    .replace(/进行(?=(?:补助|补贴|奖励|资助|奖补))/, '')
    // (…企业，可获100万元一次性资助: that it may be had is no part of the payment)
    .replace(/可获得?(?=(?:一次性)?(?:补助|补贴|奖励|资助|奖补))/, '')
    // …突破1000亿元企业奖励企业 (分别奖励企业500万元): the receiver named once is enough
    .replace(/(企业|单位|机构|项目)((?:一次性)?(?:奖励|补贴|补助|资助|奖补))\1$/, '$1$2')
    // (新引进项目建成投产后奖励企业, 给予重奖奖励: the firm a deed's payment goes to, or 重 before the word for it, adds nothing)
    .replace(/(?<=[\u4e00-\u9fa5]{2}后)(奖励|补贴|补助|资助|奖补)企业$/, '$1').replace(/重奖(?=奖励)/, '')
    // (在其建成投产后: the 其 pointing back at what is paid for)
    .replace(/在其(?=[\u4e00-\u9fa5]{2,}后)/, '')
    // 组织游客400人（含）以上每列给予一次性奖励: the bound left by a size the name drops is no part of it, nor is 给予
    // (年营业额100万元以上奖励: a size the name keeps keeps its bound)
    .replace(BAND_END_NOTES, '').replace(/^(?:及)?(?:以上|以下)的?(?=[\u4e00-\u9fa5]{2})/, '').replace(/(?<=[\u4e00-\u9fa5]{2})(?:及(?:以上|以下)|(?<![\d.][万亿]?元)(?:以上|以下))的?(?=每|奖励|补贴|补助|一次性)/, '').replace(/(?<=[\d.][万亿]?元(?:及)?(?:以上|以下))的(?=每|奖励|补贴|补助|一次性)/, '').replace(/(?<=[\u4e00-\u9fa5]{2})给予(?=一次性|奖励|补贴|补助)/, '')
    // (…公用经费标准提高到每生每年700元, 低保标准分别提高到每人每月: whom a standard is raised for is its unit, in brackets)
    .replace(/(?:分别)?(?:提高|提升|上调|调整|增加)(?:到|至)(每(?:人|生|户|名))(?:[（(](每[年月])[)）]|(每[年月]))?$/, (_, who: string, bracketed?: string, plain?: string) => `（${who}${bracketed ?? plain ?? ''}）`)
    // (对工业企业年度新增研发费用在100万元以上（含）等，增量部分给予10%奖励: nor are the 在 and 等 around that size)
    .replace(/(?<=[\u4e00-\u9fa5]{2})在等?(?=(?:一次性)?(?:奖励|补贴|补助|资助|奖补)(?:比例|上限|金额|标准)?$)/, '')
    // 将加快推动总投资1721.74亿元的酒类重点建设项目: the works counted, not what they cost nor the push for them
    .replace(/^[^，。；]{0,16}?总投资(?:约|达|超过?)?[\d.]+[万亿]*元的(?=[\u4e00-\u9fa5]{4,}$)/, '')
    // (全力推进本级94个总投资772亿元项目建设 → 本级项目: nor what the works counted cost, between their kind and 项目)
    .replace(/(?<=[\u4e00-\u9fa5]{2})总投资(?:约|达|超过?)?[\d.]+[万亿]*元的?(?=[\u4e00-\u9fa5]{0,6}(?:项目|工程)$)/, '')
    // 社会消费品零售总额（以下简称社零额）年均增速: the short name a text gives is no part of the measure
    .replace(/[（(]以下简称[^）)]{1,12}[）)]/, '')
    // (全市生产总值（GDP）增长: the abbreviation a measure is glossed with says it again)
    .replace(/(?<=总值|价格指数)[（(](?:GDP|CPI)[)）]/g, '')
    // 常州将地区生产总值的增长目标定为5%以上: the measure whose goal is set, and its growth
    // (全市生产总值（GDP）增长目标设定为5%左右: without 将 too)
    .replace(/^(?:[^，。；]{0,8}?(?:将|把))?([\u4e00-\u9fa5]{2,16}?(?:[（(][A-Za-z]{2,6}[)）])?)的?(增长|增速)?(?:预期)?目标(?:设定|确定|定)$/, '$1$2')
    // 陕西2024年GDP增长目标5.5%左右: 目标 says the figure is a goal, which the record does already
    // 市发展改革局今年计划实施…重点项目: the body that plans the works, and when, are no part of what is counted
    .replace(/^[\u4e00-\u9fa5]{1,10}(?:局|委|办|厅|管委会)(?:今年|全年|年内)?(?:将|计划|拟|要)+(?=[\u4e00-\u9fa5\d]{2})/, '')
    // (地区生产总值目标同比增长25%: so does 目标 before the growth)
    .replace(/(?<=[\u4e00-\u9fa5]{2})目标(?=(?:同比|比上年|较上年)?(?:增长|增速)$)/, '')
    // (延吉市确定今年GDP增长计划为6%: so does 计划)
    .replace(/(?<=[\u4e00-\u9fa5A-Za-z]{2}(?:增长|增速|下降|降低|提高))(?:目标|计划)$/, '')
    // 给予20万元到100万元不等的资助: that the amount varies is said by its range
    .replace(/不等的?(?=(?:一次性)?[\u4e00-\u9fa5]{0,6}?(?:资助|补助|补贴|奖励|支持|奖补)$)/, '')
    // 城镇新增就业每年45万人以上: how often the figure recurs says no more of what it measures than a bracket does
    .replace(/(?<=[\u4e00-\u9fa5]{2})(?:每年|每年度)$/, '（每年）');
  // 销售额4600万元，同比增长10%: a growth standing alone after a level is that level's growth
  // (the figure closing the clause just before, only a comma between them, and that figure's name)
  const previous = index > 0 ? quantities[index - 1] : undefined;
  const justBefore = previous && /^[^，,；。]{0,4}[，,]\s*$/.test(sentence.slice(previous.end, clause.start)) ? previous : undefined;
  const nameBefore = (figure: Quantity): string => nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, figure) });
  // 工业总产值、增加值分别达到3500亿元、1500亿元，力争达到4000亿元、1600亿元: a clause of bare amounts as many as the
  // clause before it gave aims higher for the same measures, one for one
  const higher = LONE_AIM.test(sentence.slice(clause.start, quantities.find((q) => q.start >= clause.start)?.start ?? clause.start)) ? sameAimedHigher(input) : '';
  if (higher) return higher;
  // 工业企业增加值突破1万亿元达到1.3万亿元，争创1.5万亿元: a bare aim, or a level reached straight after another, measures what the figure before it does
  // (not the last of a list of starting figures, each raised to its own: 由…10%、12%、15%提高到30%、30%、40%)
  if (previous && previous.unit === quantities[index].unit && (LONE_AIM.test(sentence.slice(clause.start, quantities[index].start)) && justBefore
    || (previous.start >= clause.start && /^(?:以上|左右)?(?:达到|达|增至|提高到|提升到)(?:约)?$/.test(sentence.slice(previous.end, quantities[index].start)) && !RAISED_FROM_LIST.test(sentence.slice(clause.start, clause.end))))) {
    const level = nameBefore(previous);
    if (level.length >= 2 && !LONE_AIM.test(level)) return level;
  }
  // 光热产业投资达到30亿元，产值达到110亿元: a bare measure after a clause measuring an industry is that industry's
  // (全部工业要力争完成产值300亿元，完成增加值85亿元: the verb of reaching it is no part of the name)
  // (规上服务业企业新增100家、净增72家; 规模工业产值突破430亿元、税收突破5亿元: or the item before it in the clause's list)
  const itemBefore = previous && previous.start >= clause.start && /^、[^，,；。、\d]{1,6}$/.test(sentence.slice(previous.end, quantities[index].start)) ? previous : undefined;
  const measuredBefore = justBefore ?? itemBefore;
  const ownedMeasure = measuredBefore ? BARE_OWNED_MEASURE.exec(name) : null;
  if (ownedMeasure && measuredBefore) {
    // (完成总产值6700亿元，年均增长11.93%，实现增加值1500亿元: past the level's growth, to the level)
    const level = measuredBefore.base === 'percent' && index >= 2 && quantities[index - 2].base !== 'percent' ? quantities[index - 2] : undefined;
    const owner = OWNER_OF_MEASURE.exec(nameBefore(measuredBefore))?.[1]
      ?? (level ? OWNER_OF_MEASURE.exec(nameIndicator({ ...input, index: index - 2, clause: clauseOf(sentence, level) }))?.[1] : undefined);
    if (owner) return owner + ownedMeasure[1];
  }
  // (钦州港吞吐能力将达到2亿吨、吞吐量1.5亿吨: a bare measure opening as the item before it ends is of that item's owner)
  if (measuredBefore && BARE_MEASURE_WORD.test(name)) {
    const prior = nameBefore(measuredBefore);
    const at = prior.indexOf(name.slice(0, 2));
    // (not 新增规上工业增加值、工业投资, whose owner would take the verb; nor an owner with a bracket or a figure in it)
    if (at >= 2 && !prior.slice(at).startsWith(name) && /(?:量|能力|容量)$/.test(prior) && !/[\d（()）]|新增|实现|完成|达到|累计/.test(prior.slice(0, at))) return prior.slice(0, at) + name;
  }
  // (加快公园城市示范区24个重点片区建设，…，完成投资1300亿元以上; …新能源电池产业…，2022年实现产值200亿元: or, with no figure
  // naming one, the works or the industry the sentence names last before it)
  const bareInvestment = /^(?:完成|实现)?投资$/.test(name);
  const worded = bareInvestment ? worksInWords(sentence.slice(sentence.lastIndexOf('；', quantities[index].start) + 1, quantities[index].start)) : null;
  if (worded) return worded + name;
  // (投资15亿元，实施一批重点基础设施项目 → 重点基础设施项目投资: or the works said right after a sum named only as spending)
  const spentOnWorks = BARE_SPENDING.test(name) ? spentOn(input, name) : null;
  if (spentOnWorks) return spentOnWorks;
  // (the same said in the name: 市财政安排资金用于支持农村公路建设 → 农村公路建设资金)
  const spentOnNamed = SPENT_ON_NAMED.exec(name);
  if (spentOnNamed) return `${spentOnNamed[1]}${/投资|投入/.exec(name.slice(0, name.indexOf('用于')))?.[0] ?? '资金'}`;

  // (生物医药和生命健康产业规模突破1000亿元，企业突破1000户: the firms counted after an industry's measure are that industry's)
  const firms = justBefore && /^企业(?:数量)?$/.test(name) ? OWNER_OF_MEASURE.exec(nameBefore(justBefore))?.[1] : undefined;
  if (firms?.endsWith('产业') && firms.length >= 4) return firms.slice(0, -2) + name;
  // 高新技术企业数量增加一倍，达到2000家; …翻一番，三年累计突破1000个: the level a multiple reaches measures what doubles
  // (the pattern classify drops the multiple by: the level must be this figure, straight after it)
  const levelOf = justBefore && (justBefore.unit === '倍' || justBefore.unit === '番') ? MULTIPLE_THEN_LEVEL.exec(sentence.slice(justBefore.end)) : null;
  if (levelOf && justBefore && justBefore.end + levelOf[0].length - 1 === quantities[index].start) {
    const doubled = withoutMultiple(nameBefore(justBefore));
    // (…翻一番，在全市率先突破千亿大关: where and how soon the level is reached tells it from nothing)
    const note = levelOf[1]?.replace(/^(?:在全[国省市区县])?(?:率先|首先|继续|力争|争取|将|要)*$/, '');
    if (doubled.length >= 2) return note ? `${doubled}（${note}）` : doubled;
  }
  // (地区生产总值500亿元、财政收入50亿元，同比分别增长8%、10%: growths spread over the levels listed in the clause before, in turn)
  const spreadGrowth = quantities[index].base === 'percent' ? SPREAD_GROWTH.exec(sentence.slice(clause.start, quantities[index].start).replace(/(?:[\d.]+[%‰]?[、和及与]\s*)+$/, '')) : null;
  if (spreadGrowth) {
    const growths = quantities.filter((q) => q.base === 'percent' && q.start >= clause.start && q.end <= clause.end);
    // (即实现产值6亿元、销售收入5.6亿元、税收6000万元，完成固定资产投资10.13亿元，引进企业15家，分别较2010年增长…: or over the
    // clauses before, back to where as many levels as growths are listed)
    let from = clauseStartAt(sentence, Math.max(0, clause.start - 2));
    const levelsFrom = (start: number): Quantity[] => quantities.filter((q) => q.base !== 'percent' && q.start >= start && q.end <= clause.start);
    for (let back = 0; back < 4 && from > 0 && levelsFrom(from).length < growths.length; back++) from = clauseStartAt(sentence, Math.max(0, from - 2));
    const levels = levelsFrom(from);
    const at = growths.indexOf(quantities[index]);
    if (growths.length > 1 && levels.length === growths.length && at >= 0) {
      const level = nameIndicator({ ...input, index: quantities.indexOf(levels[at]), clause: clauseOf(sentence, levels[at]) });
      if (level && !BARE_GROWTH.test(level)) return `${level}${spreadGrowth[1]}`;
    }
  }
  // (关键工序数控化率超过75%，较2023年提高5个百分点: a rise in points after a rate is that rate's)
  if (BARE_GROWTH.test(name) && justBefore && (justBefore.base !== 'percent' || quantities[index].base === 'percentage_point')) {
    const level = nameBefore(justBefore);
    // (实现增加值1500亿元左右，年均保持8%的增长速度: a yearly average the clause says before the figure is kept)
    const yearly = /年均/.test(sentence.slice(clause.start, quantities[index].start)) && !name.includes('年均') ? '年均' : '';
    if (level && !BARE_GROWTH.test(level)) return `${level}${yearly}${name.replace(GROWTH_BASIS, '')}`;
  }
  // (第二产业产值实现530亿元，比2005年增长172%，5年平均递增22%: a growth after another grows what that one does, the years it
  // averages over, counted, no part of it)
  const priorAt = BARE_GROWTH.test(name) && /平均|递增/.test(name) && quantities[index].base === 'percent' ? quantities.findLastIndex((q, k) => k < index && q.end <= clause.start) : -1;
  if (priorAt >= 0 && quantities[priorAt].base === 'percent' && /^[^，,；。]{0,4}[，,]\s*$/.test(sentence.slice(quantities[priorAt].end, clause.start))) {
    const grown = GROWTH_OF.exec(nameIndicator({ ...input, index: priorAt, clause: clauseOf(sentence, quantities[priorAt]) }))?.[1];
    if (grown && !BARE_GROWTH.test(grown)) return `${grown}${name.replace(GROWTH_BASIS, '')}`;
  }
  // 开工新型储能装机1000万千瓦，建成投产600万千瓦; 新增…企业100家，累计超过600家; …1.3万亿斤以上，跨上1.4万亿斤台阶: a clause of verbs alone goes on
  // measuring what the clause before it named, in the same unit
  // (新建5G基站3000个，累计达到1.2万个: the unit may carry its multiple)
  if (VERBS_ONLY.test(name) && measuredBefore && bareUnit(measuredBefore.unit) === bareUnit(quantities[index].unit)) {
    const level = nameBefore(measuredBefore).replace(LEADING_VERB, '').replace(/^开工|^新开工/, '');
    // (累计达到 → 累计: the verb of reaching adds nothing to what is counted)
    if (level.length >= 2 && !VERBS_ONLY.test(level)) return `${level}${name.replace(/(?<=.)(?:达到|达|超过|超|突破)$/, '')}`;
  }
  // (累计建成高标准农田1246万亩，今年还要再建设300万亩以上: a further work said by its verb alone goes on with what the figure before built)
  const further = measuredBefore && measuredBefore.base === quantities[index].base ? BARE_FURTHER_WORK.exec(name) : null;
  if (further && measuredBefore) {
    const thing = nameBefore(measuredBefore).replace(WORKS_ADDED_OPENING, '').replace(/(?:数量|面积|规模)$/, '');
    if (thing.length >= 2 && !/\d/.test(thing.replace(/[A-Za-z]+\d+|\d+[A-Za-z]+/g, ''))) return `${thing}${further[1]}`;
  }
  // (支持在竹产区就近建设笋竹物理分解场地，每年新建30个以上: or, with no figure before, the things the clause before builds)
  if (VERBS_ONLY.test(name) && !measuredBefore && quantities[index].base === 'count') {
    const built = BUILT_IN_CLAUSE_BEFORE.exec(sentence.slice(0, clause.start))?.[1];
    if (built) return `${name}${built}`;
  }
  // 社会消费品零售总额（以下简称社零额）年均增速11.3%，力争2021年增速实现15%，总量达到2万亿元: a bare rate or total
  // measures what the sentence named before it, by the short name it gave
  if (/^(?:年均)?(?:增速|增幅|总量|总额)$/.test(name)) {
    const short = SHORT_NAME_GIVEN.exec(sentence.slice(0, clause.start));
    if (short) return short[1] + name;
    // (全社会研发经费投入增速保持高于全省平均水平，总量达到400亿元: or what the clause before grows, by its growth)
    const grown = /^(?:总量|总额)$/.test(name) ? GROWN_BEFORE.exec(sentence.slice(0, clause.start))?.[1].replace(LEADING_FILLER, '') : undefined;
    if (grown && grown.length >= 3) return grown + name;
  }
  // 力争引进重点项目40个以上、履约率70%以上: a bare rate listed right after a count is the rate of what it counts
  if (/^[\u4e00-\u9fa5]{1,3}率$/.test(name) && previous?.base === 'count' && /^(?:以上|左右)?、[^，,；。、\d]{1,6}$/.test(sentence.slice(previous.end, quantities[index].start))) {
    const counted = nameBefore(previous).replace(LEADING_VERB, '');
    // (中心城区人口60万人以上、城市化率60%以上: a population is a measure of its own, no thing counted whose rate follows)
    if (counted.length >= 2 && !counted.endsWith(name) && !counted.endsWith('人口')) return counted + name;
  }
  // 地区生产总值增长6%左右、奋力站上3000亿元大台阶: the step a level climbs onto is no measure; the level is of what the
  // growth just before it measures
  const growthBefore = previous?.base === 'percent' && /^[^，,；;。\d]{0,4}[、，,][^，,；;。、\d]{0,6}$/.test(sentence.slice(previous.end, quantities[index].start)) ? previous : undefined;
  if (MILESTONE.test(name) && growthBefore) {
    const grown = nameBefore(growthBefore);
    const level = GROWTH_TAIL.test(grown) ? grown.replace(GROWTH_TAIL, '') : '';
    if (level.length >= 2) return level;
  }
  // 加快推动纺织服装产业升级改造，…力争产业规模突破400亿元: the industry the sentence is about (not 28个重点产业链, chains counted, nor
  // the measure word a count leaves before them)
  if (/^产业(?:规模|产值|营收|营业收入|增加值)$/.test(name)) {
    const industry = [...sentence.slice(0, clause.start).matchAll(/([\u4e00-\u9fa5]{2,8}?)产业(?!规模|产值|链|集群)/g)].pop()?.[1].replace(/^.*的/, '').replace(/^[个家条项大类]/, '').replace(LEADING_VERB, '').replace(/^(?:加快|推动|推进|支持|促进|培育|壮大)+/, '')
      // (全省将全面实施基础产业发展工程，…，实现产业增加值1.2万亿元: the industry after the verb of the clause that names it)
      .replace(/^[\u4e00-\u9fa5]*?(?:实施|推进|推动|建设|打造|做强|做大|壮大|培育|加快)(?=[\u4e00-\u9fa5]{2})/, '');
    if (industry && industry.length >= 2) return industry + name;
  }
  // 医药和医疗器械产业要推进产业基础高级化，力争2025年产值突破500亿元: a bare measure is the one of the industry the sentence opens on
  if (/^(?:产值|总产值|营收|营业收入|规模|增加值)$/.test(name)) {
    // (…；海洋油气开发产业要…，力争2025年产值突破200亿元: after a ；, the industry its own provision opens on)
    const provision = sentence.lastIndexOf('；', clause.start) + 1;
    const industry = (INDUSTRY_RESOLVES.exec(sentence.slice(provision, clause.start)) ?? INDUSTRY_RESOLVES.exec(sentence.slice(0, clause.start)))?.[1].replace(/^.*(?:提出|指出|明确|要求|方面)/, '');
    if (industry && industry.length >= 3) return industry + name;
  }
  // 全社会研发经费投入大幅增加，投入强度达到2.8%: a bare measure opening on the word the clause just before ends its subject on
  // is that subject's
  if (BARE_MEASURE.test(name)) {
    const head = name.slice(0, 2);
    const earlier = /([^，,；。：:]*)[，,]\s*$/.exec(sentence.slice(0, clause.start))?.[1] ?? '';
    const at = earlier.indexOf(head);
    const subject = at >= 2 ? clean(earlier.slice(0, at)).replace(LEADING_FILLER, '').replace(/^(?:到|至)?(?:19|20)\d{2}年(?:底|末)?/, '') : '';
    if (subject.length >= 2 && /^[\u4e00-\u9fa5]+$/.test(subject)) return subject + name;
  }
  // 形成1至2个世界级、7个万亿级先进制造业集群: a grade whose thing the next count in the list names
  if (/^[\u4e00-\u9fa5]{1,4}级$/.test(name)) {
    const shared = /^[^，、；。]{0,4}、[\d一二两三四五六七八九十]+(?:[至到—-][\d一二两三四五六七八九十]+)?个[^，、；。\d]{0,4}?级([^，、；。和及与\d]{2,12})/.exec(sentence.slice(quantities[index].end));
    if (shared) return name + shared[1];
  }
  // 形成30个全国领先、特色鲜明、深度应用的场景: a bare noun of two characters keeps the quality nearest it
  if (/^[\u4e00-\u9fa5]{1,2}$/.test(name)) {
    const quality = new RegExp(`^[^，。；\\d]{0,40}?(?:^|、)([^、，。；\\d的]{2,8})的${name}`).exec(sentence.slice(quantities[index].end, clause.end));
    if (quality) return quality[1] + name;
  }
  // 一级旅游集散中心建设项目补助200万元，二级补助100万元: another grade of the thing the payment before it named
  const grade = GRADE_PAID.exec(name);
  for (let k = index - 1; grade && k >= Math.max(0, index - 2); k--) {
    const graded = GRADED.exec(nameIndicator({ ...input, index: k, clause: clauseOf(sentence, quantities[k]) }));
    if (graded && graded[1] !== grade[1] && graded[2].endsWith(grade[2])) return grade[1] + graded[2];
  }
  // 产业集群达7个，其中3个营业收入超2000亿元: a part counted by the size its members cross is the whole's things of that size
  const counted = quantities[index];
  const partSize = counted.base === 'count' && /其中\s*$/.test(sentence.slice(Math.max(0, counted.start - 4), counted.start))
    ? /^([\u4e00-\u9fa5]{2,8}(?:超过?|突破|过|达到?)[\d.]+[万亿千百]*元)(?:以上)?(?=[，。；]|$)/.exec(sentence.slice(counted.end)) : null;
  const wholeCount = partSize ? quantities.slice(0, index).filter((q) => q.base === 'count' && q.unit === counted.unit).pop() : undefined;
  if (partSize && wholeCount) {
    const thing = nameIndicator({ ...input, index: quantities.indexOf(wholeCount), clause: clauseOf(sentence, wholeCount) }).replace(/数量$/, '').split('的').pop() ?? '';
    if (thing.length >= 2) return `${partSize[1]}的${thing}`;
  }
  // 普惠消费券的发放总额为170万元，其中商超类80万元、住餐类60万元: a class after 其中 is a part of the whole before it
  // (新建公共充电桩2万个以上，其中农村1万个以上: so is a place or a kind named in a word or two)
  const split = sentence.lastIndexOf('其中', quantities[index].start);
  // (其中百亿项目5个以上: not a part that names its own kind of thing counted)
  // (其中风电300万千瓦、光伏450万千瓦: the parts after the first of the list too)
  const taken = name.replace(PART_TAKES, '');
  // (其中工业产值突破1000亿元, …其中基础母牛达6.5万头，出栏量达5.6万头: a part that reaches a figure and names a measure of its own keeps its name)
  const ownMeasure = /(?:值|额|量|率|规模|收入|投资|数)$/.test(taken) && /(?:突破|超过?|达到?)$/.test(sentence.slice(0, quantities[index].start));
  // (引进3600名高层次银龄人才，其中银龄教师1550名: nor a part that names the people it counts)
  const ownPeople = counted.base === 'count' && /(?:师|员|生|者|人才|工人|农民|干部)$/.test(taken);
  if (/^[\u4e00-\u9fa5]{1,6}类$/.test(name) || (/^[\u4e00-\u9fa5]{2,6}$/.test(taken) && (taken.length <= 4 || taken !== name) && !SWAPPED_HEAD.test(taken) && !ownMeasure && !ownPeople && split >= 0 && PARTS_AFTER_WHOLE.test(sentence.slice(split, quantities[index].start)))) {
    // (发放消费券1亿元，其中第一批3000万元: the whole in another multiple of the same unit)
    // (吞吐量超3亿吨，其中综合港区突破亿吨、集装箱100万标箱: or a throughput or an output in another unit, which each part has too)
    const wholes = split > 0 ? [...quantities.entries()].filter(([, q]) => q.end <= split) : [];
    const sameBase = wholes.filter(([, q]) => q.base === quantities[index].base).pop();
    const last = sameBase ?? wholes.pop();
    const lastName = last ? nameIndicator({ ...input, index: last[0], clause: clauseOf(sentence, last[1]) }) : '';
    const wholeName = sameBase ? lastName.replace(/的?(?:发放)?(?:总额|总量|总规模|规模|额度)$/, '') : UNIT_FREE_MEASURE.test(lastName) ? lastName : '';
    // (新能源装机容量达到800万千瓦，其中风电…: a kind of energy takes the place of the whole's, keeping its measure)
    const energy = ENERGY_WHOLE.exec(wholeName);
    if (energy) return taken + energy[1];
    // (完成固定资产投资1800亿元，其中工业投资600亿元: a part naming the whole's measure itself is named already)
    if (wholeName.length >= 2 && taken.length >= 2 && wholeName.endsWith(taken.slice(-2))) return taken;
    // (城市更新的固定资产投资计划达到1800亿元，其中城中村改造将占据1000亿元: the part takes the whole's measure, not what it is of)
    const measure = taken === name ? wholeName : wholeName.replace(/计划$/, '').split('的').pop() ?? '';
    if (measure.length >= 2 && !measure.endsWith('类')) return taken + measure;
  }
  // 推动非常规天然气增储上产，年产量达到160亿立方米: a bare output is that of what the clause before it grows
  if (/^年?(?:产量|产能|总产量)$/.test(name)) {
    const grown = GROWS_OUTPUT.exec(sentence.slice(0, clause.start))?.[1];
    if (grown) return grown + name;
  }
  return name;
}


/** 确保, 力争, 约合, 同比增长, 含: what a bracket after a figure opens on when it bounds or restates the figure, not a part's label. */
const BOUND_OR_RESTATEMENT = /^(?:确保|力争|争取|保底|至少|不低于|不少于|约|达到?|含|包括|合计|共计?|累计|折合|约合|相当于|同比|比|较|增长|下降|提高|占|其中)/;

/** （仙游县240万元，荔城区: a bracket listing labels and their amounts, up to the label of the part named. */
const SHARED_OUT = /^[（(](?:[\u4e00-\u9fa5]{2,8}[\d.]+[万亿]?[\u4e00-\u9fa5]{0,2}[，,、；;])*[\u4e00-\u9fa5]{2,8}$/;

/**
 * 各类创新平台达到391家(其中国家级13家、省级60家) → 国家级创新平台, 省级创新平台: a part the bracket after a
 * count lists is its item of what the count counts.
 */
function partInBracket(input: NamingInput): string {
  const { sentence, quantities, index } = input;
  const quantity = quantities[index];
  const open = Math.max(sentence.lastIndexOf('(', quantity.start), sentence.lastIndexOf('（', quantity.start));
  if (open < 0 || /[)）]/.test(sentence.slice(open, quantity.start))) return '';
  // (再新建加氢站37座（共计74座）: the total a bracket gives right after a figure is the same things', counted in all)
  const added = index > 0 && quantities[index - 1].end === open && quantities[index - 1].unit === quantity.unit && TOTAL_IN_BRACKET.test(sentence.slice(open, quantity.start)) ? quantities[index - 1] : undefined;
  if (added) {
    const things = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, added) }).replace(WORKS_ADDED_OPENING, '');
    return things.length >= 2 ? clip(things.replace(/(?=(?:数量|总量|规模|面积|里程|长度)$)|$/, '累计')) : '';
  }
  const ofWhole = /^[（(]其中/.test(sentence.slice(open));
  // (营造林40万亩以上（其中南北山绿化工程20万亩）: the whole may end on its bound)
  // (投入超1000万元资金（仙游县240万元，荔城区240万元…）: or, with no 其中, on the measure the parts share out, each by its own short label)
  const whole = quantities.findIndex((q) => q.end === open || (q.end < open && (ofWhole ? /^(?:以上|以下|左右|多)$/ : /^(?:以上|以下|左右|多)?[\u4e00-\u9fa5]{1,4}$/).test(sentence.slice(q.end, open))));
  if (whole < 0 || quantities[whole].unit !== quantity.unit) return '';
  const item = sentence.slice(open, quantity.start).replace(/^.*[、，,；]/, '').replace(/^[（(](?:其中[，,：:]?)?/, '');
  // (（确保440亿元）, （约合…）, （同比增长…）: another bound of the whole, or what it comes to, is no part of it)
  // (the bracket a list of labels and amounts up to the part: not 投资概算为：…每株价格0.4元，县财政奖补0.3元, a breakdown of costs)
  if (!ofWhole && (whole === index || !SHARED_OUT.test(sentence.slice(open, quantity.start)) || BOUND_OR_RESTATEMENT.test(item))) return '';
  // (完成营造林: the verb of the whole is no part of the part's name)
  const head = nameIndicator({ ...input, index: whole, clause: clauseOf(sentence, quantities[whole]) }).replace(/^.*(?:各类|以上|级)/, '').replace(/^(?:完成|实现|达到)(?=[\u4e00-\u9fa5]{2})/, '');
  return item.length >= 2 && head.length >= 2 ? clip(item + head) : '';
}

/** 再新建, 累计建成, 已培育: the verb a work is added by, opening a name; what it adds is the thing counted. */
const WORKS_ADDED_OPENING = /^(?:再|又|另|累计|已|共)?(?:新建|新增|建成|建设|新培育|培育|引进|完成|实现|改造)(?=[\u4e00-\u9fa5A-Za-z\d]{2})/;
/** （共计, （合计, （累计: a bracket opening on the total of what the figure before it adds. */
const TOTAL_IN_BRACKET = /^[（(](?:共计|合计|总计|累计|共)(?:达到?|为)?$/;

/** The steps a project goes through, counted one after another: 签约, 落地, 开工, 投产. */
const PROJECT_STEP = /签约|落地|开工|投产|竣工|建成|开业|入库|落户|到位|复工|达产/;
/** 新, 基本, 全面, 累计: what may qualify a project's step (新开工, 基本建成). */
const STEP_QUALIFIER = '(?:新|基本|全面|累计)?';
/** 新开工, 基本建成, 竣工, 完成, 启动: a step of works, named by its verb alone. */
const BARE_STEP = new RegExp(`^${STEP_QUALIFIER}(?:${PROJECT_STEP.source}|完成|启动)$`);

/** The amount, when it lies inside the clause. */
const inClause = (clause: Span, q: Quantity | undefined): Quantity | undefined => (q && q.start >= clause.start && q.end <= clause.end ? q : undefined);

/** 打造, 加快推进: the verb a section's heading opens on, before what the section is about. */
const HEADING_VERB = /^(?:持续|不断|加快|大力|积极|全力|着力|深入)?(?:打造|建设|推动|推进|实施|支持|发展壮大|发展|壮大|强化|提升|构建|培育|做大做强)/;

/** 牛80元/头、羊20元/只的补贴标准, 窄体机40万元/架、宽体机80万元/架给予一次性奖励: a list of rates per item, and what they are. */
const RATE_STANDARD = /^\/[\u4e00-\u9fa5]?(?:[、][\u4e00-\u9fa5]{1,6}[\d.]+[万亿]?元\/[\u4e00-\u9fa5]?)*(?:的([\u4e00-\u9fa5]{0,4}(?:补贴|补助|奖励|奖补)标准)|给予((?:一次性)?(?:补贴|补助|奖励|奖补)))/;
function namedFor(input: NamingInput): string {
  const { sentence, clause, quantities, index, kind } = input;
  const quantity = quantities[index];
  const previous = index > 0 ? quantities[index - 1] : undefined;
  const next = quantities[index + 1];
  const object = objectAfter(sentence, clause, quantity, inClause(clause, next));
  const subject = subjectBefore(sentence, clause, quantity, inClause(clause, previous));
  const fund = fundName(sentence, clause, quantity, object);
  if (fund) return clip(fund);
  // 安排专项资金5亿元: the sum names its own instrument
  const instrumentBefore = /^(?:安排|设立|统筹|发放|投入)?([^，、；。]{0,8}(?:资金|基金|券))$/.exec(subject);
  // (给予奖励资金60万元: money given as a reward is named for what it rewards, below)
  if (quantity.base === 'CNY' && instrumentBefore && !object && !/对/.test(sentence.slice(clause.start, quantity.start)) && !/^(?:给予|予以)/.test(instrumentBefore[1]) && !PAYMENT_FUNDS.test(instrumentBefore[1])) {
    // (安排资金5.8亿元，支持新安至伊川、尧山至栾川等高速公路项目建设 → 高速公路项目建设资金: a sum named only as money, by what the
    // next clause does with it, the things it lists named by their kind after 等)
    const used = /^(?:专项|财政)?资金$/.test(instrumentBefore[1]) ? USED_AFTER_SUM.exec(sentence.slice(quantity.end)) : null;
    const work = used ? used[1].slice(used[1].lastIndexOf('等') + 1).replace(/^(?:县区|各地|企业)?(?:加快|持续|全面|深入)?/, '').replace(/^[\d.]+[余多]?[个家项所条]/, '') : '';
    if (work.length >= 2) return clip(work + instrumentBefore[1]);
    // (一、打造科技创新核心引擎 / 安排财政资金15亿元，以…为内核，构建…: with nothing after it saying what for, the item's heading does)
    const topic = /^(?:专项|财政)?资金$/.test(instrumentBefore[1]) && !used ? input.heading.replace(HEADING_VERB, '') : '';
    if (topic.length >= 4 && topic.length <= 16 && !/[\d，。；：:]/.test(topic)) return clip(topic + instrumentBefore[1]);
    return clip(instrumentBefore[1] + (input.comparator === '<=' ? '上限' : ''));
  }
  // 给予第一牵头企业最高300万元: money given is named for what it pays, whatever the verdict
  const given = /给予|予以/.test(sentence.slice(clause.start, clause.end));
  // 营业收入每上一个20亿元台阶，再给予30万元奖励 → 营业收入每上一个台阶奖励
  const provisionText = sentence.slice(Math.max(0, sentence.lastIndexOf('；', quantity.start - 1) + 1), quantity.start);
  const step = provisionText.includes('台阶') ? STEP.exec(provisionText) : null;
  // (年产值10亿元以上的企业每上一个台阶: the threshold whole, not cut inside its number)
  // (对年产值10亿元以上的工业企业，每上一个台阶（10亿元）: or the firms the clause before names)
  if (step && (kind === 'incentive' || given)) return clip(`${(step[2] || step[1] || '').replace(/^(?:此后|其后|之后|以后|并|且)+/, '').replace(/的(?=[\u4e00-\u9fa5]{2,4}$)/, '')}每${step[3]}一个台阶${/奖补|奖励|补助|补贴/.exec(sentence.slice(quantity.end, quantity.end + 8))?.[0] ?? '奖励'}${input.comparator === '<=' ? '上限' : ''}`);
  // 按照牛80元/头、羊20元/只的补贴标准: each rate is its item's share of the standard the list closes on
  const standard = kind === 'incentive' ? RATE_STANDARD.exec(sentence.slice(quantity.end, clause.end + 40)) : null;
  const item = standard ? /(?:^|[、，；：按照])([^、，；：按照\d\s]{1,6})$/.exec(sentence.slice(Math.max(0, quantity.start - 8), quantity.start)) : null;
  if (standard && item) return clip(item[1] + (standard[1] ?? standard[2]));
  if (kind === 'incentive' || given) {
    // (中介机构每年可申请人民币20—50万元不等的前期经费: the funds applied for name what is paid)
    const paidAfter = sentence.slice(quantity.end);
    const funds = /^(?:不等)?的?((?:前期|工作|运营)经费)/.exec(paidAfter);
    // (分别给予300万元、500万元的项目落户奖: the award the amounts are named)
    const award = /^(?:[、和][\d.]+[万亿]?元)*的([\u4e00-\u9fa5]{2,8}奖)(?![励金项状补])/.exec(paidAfter);
    const named = award ? award[1] : funds ? incentiveName(input, subject, object).replace(/(?:每年)?可申请(?:人民币)?$/, '') + funds[1] : incentiveName(input, subject, object);
    // (单个项目补助金额最高500万元…: a name never holds its own amount; what stands before it is the name)
    const own = sentence.slice(quantity.start, quantity.end);
    const before = own.length >= 2 && named.includes(own) ? named.slice(0, named.indexOf(own)) : '';
    const written = before.replace(/最高$/, '').length >= 4 && !/^按/.test(before) ? before : named;
    // (营业收入15亿元以上，…；营业收入10亿元—15亿元，…: where provisions are tiers by size, the size names each, and so does a band written with its ends)
    // (对…新增产值50亿元及以上、30亿元及以上…的，分别给予…: sizes listed for 分别 to spread name each payment)
    const name = (sizeTiers(sentence) >= 2 || markedBand(provisionText) || SPREAD_SIZES.test(provisionText) ? written.replace(/(?<=[\u4e00-\u9fa5])在(?=\d)/g, '') : written.replace(SIZE_OPENED, '').replace(THRESHOLD_IN_NAME, '')).replace(SPOKEN_FILLER, '').replace(/最高(?:可(?:达|获)?|不超过)?$/, '上限').replace(/发放(?=(?:最高)?(?:小额)?(?:担保)?贷款$)/, '').replace(CAP_BEFORE_PAYMENT, '$1上限') || written;
    // 给予租金补贴，最长三年 → 租金补贴期限: a number of years or months is how long the support runs
    // (贴息期限最长不超过三年 → 贴息期限)
    // (每亩补助50元，连补3年 → 补助期限; 补助时间不超过3年 → 补助期限; 最多奖补3年 → 奖补期限; 补贴期3年, 补贴时限24个月 → 补贴期限)
    // (给予三年期租金补助 → 租金补助期限: the 期 after the years is no part of what is paid)
    // (重点工业项目自签约之日起两年内完成全部投资补助上限, 跨国公司地区总部在一年内认定为成都市总部企业开办支持: when and how a receiver
    // qualifies, said inside its name, is no part of what is paid for)
    const unconditioned = name.length > 16 ? name.replace(QUALIFYING_IN_NAME, '') : name;
    const termWord = DURATION.test(quantity.base) && sentence[quantity.end] === '期' ? unconditioned.replace(TERM_WORD, '') : unconditioned;
    const spanName = termWord.replace(/(?:最长|最多)(?:不超过|不超)?$|(?<=期限|年限)(?:不超过|不超)$/, '').replace(/连补(?=补助|补贴)/, '')
      .replace(/(?<=补助|补贴|奖补|奖励|支持|资助)(?:时间|时限|期)$/, '').replace(/(?:最多|最长)(?=补助|补贴|奖补|奖励|支持|资助)/, '');
    // (按照市级奖励1:1配套 → …配套比例: a matching ratio is named as one)
    const ratioName = quantity.base === 'ratio' && !/比例$/.test(spanName) ? `${spanName}比例` : spanName;
    return clip(DURATION.test(quantity.base) && !/期限|年限/.test(spanName) ? `${spanName.replace(/(?:上限|比例)$/, '')}期限` : ratioName);
  }
  // (建设成为…城市化率60%以上的中心城市: a rate said before its share names it, not what the share qualifies after 的)
  const rateWords = quantity.base === 'percent' && object.length >= 2 && /^(?:以上|以下|左右)?的/.test(sentence.slice(quantity.end))
    ? sentence.slice(Math.max(clause.start, inClause(clause, previous)?.end ?? clause.start), quantity.start).replace(/^(?:以上|以下|左右)?、/, '') : '';
  if (/^[\u4e00-\u9fa5]{2,10}(?:率|比重|占比)$/.test(rateWords)) return clip(stripLeadingVerb(rateWords));
  const spread = targetListItem(sentence, clause, quantities, index) || countedListItem(input);
  if (spread) return clip(spread);
  // 亿元以上项目签约120个、落地70个; 签约亿元以上项目400个、落地250个: a bare verb after 、 is the same projects' next step
  // (棚户区改造新开工6373套、基本建成3366套: a step may be qualified, 基本建成, 全面竣工)
  const nextStep = previous && inClause(clause, previous) ? /^、((?:基本|全面|累计)?[\u4e00-\u9fa5]{2})$/.exec(sentence.slice(previous.end, quantity.start)) : null;
  if (nextStep && PROJECT_STEP.test(nextStep[1])) {
    const prior = nameIndicator({ ...input, index: index - 1 });
    const projects = prior.replace(new RegExp(`^${STEP_QUALIFIER}(?:${PROJECT_STEP.source})|${STEP_QUALIFIER}(?:${PROJECT_STEP.source})$`), '');
    if (projects !== prior && projects.length >= 2) return clip(projects + nextStep[1]);
  }
  // 新开工改造城镇老旧小区5.3万个、涉及居民865万户: who the same works reach, named with them
  // (…改造完成城镇老旧小区137个，涉及居民33735户: in a clause of its own, straight after them)
  // (not past a sum, 3亿元，带动就业…, nor one reach after another, 覆盖…，带动…)
  const reach = previous && (inClause(clause, previous) || previous.base === 'count') ? /^[、，,]\s*((?:涉及|惠及|覆盖|带动)(?!不少于|不低于|超过|达到)[\u4e00-\u9fa5]{1,6}?)(?:不少于|不低于|超过|达到|达|近|约)?$/.exec(sentence.slice(previous.end, quantity.start)) : null;
  if (reach) {
    const prior = nameIndicator({ ...input, index: index - 1 });
    if (prior.length >= 2 && !prior.includes(reach[1]) && !/^(?:涉及|惠及|覆盖|带动)/.test(prior)) return clip(prior + reach[1]);
  }
  // 核心产业增加值达到500亿元（确保440亿元）: a bracket right after a figure, giving another bound of it, measures the same
  // (named with the word that bounds it: 数字经济核心产业增加值（确保）)
  const otherBound = previous ? /^\s*[（(](确保|力争|争取|保底|至少|不低于)\s*$/.exec(sentence.slice(previous.end, quantity.start)) : null;
  if (otherBound) return `${nameIndicator({ ...input, index: index - 1 })}（${otherBound[1]}）`;
  // (新建森林防火蓄水池1287只（约17190吨）: or the same things in another measure, about that much, named as they are)
  if (previous && previous.unit !== quantity.unit && /^\s*[（(](?:约|共|合计|总计|折合)?\s*$/.test(sentence.slice(previous.end, quantity.start)) && /^\s*[)）]/.test(sentence.slice(quantity.end))) return nameIndicator({ ...input, index: index - 1 }).replace(/数量$/, '');
  if (!object && previous && inClause(clause, previous) && /^[、和及与或]$/.test(sentence.slice(previous.end, quantity.start))) {
    // 被改造企业分别不少于500家、400家和300家: later items of a list measure the same thing
    return nameIndicator({ ...input, index: index - 1 });
  }
  const runOn = inClause(clause, next) && object.length >= 2 && !/[、，；和及与]/.test(sentence.slice(quantity.end, next.start));
  if (runOn && subject.length >= 3 && (MEASURE_END.test(subject) || /占[^占]{1,6}$/.test(subject))) {
    // 有效发明专利数280件培育…企业占全市1/3: in a list without stops the words before a number name it;
    // the words after it open the next item
    return clip(shareNamed(stripLeadingVerb(subject)));
  }
  if (object.length >= 2 && MOTION.test(object)) return clip(stripLeadingVerb(subject) + object);
  // (研发经费投入年均增长12%以上、占GDP比重超过3.5%: or the list's item before, after its bound and a 、)
  const listedShare = /^占/.test(subject) && previous !== undefined && /^(?:以上|左右|以内)?、占/.test(sentence.slice(previous.end, quantity.start));
  if ((/^占/.test(subject) || listedShare) && !object && previous && (inClause(clause, previous) === undefined || listedShare) && index > 0) {
    // 营业收入突破500亿元，占全省25%以上 → 营业收入占全省比重: the share is of the previous clause's measure
    // (研发经费投入年均增长12%以上，占GDP比重… → 研发经费投入占GDP比重: of the measure, not of its growth)
    // (…投入总量达到400亿元，占GDP比重… → …投入占GDP比重: of the measure, not of its total)
    const whole = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, previous) }).replace(GROWTH_OR_TOTAL_TAIL, '');
    return clip(whole + subject + (/比重|比例|占比/.test(subject) ? '' : '比重'));
  }
  if (object.length >= 2 && MEASURE_OBJECT.test(object) && subject.length >= 2) {
    // 医疗器械产业集群迈进1000亿元级规模 → 医疗器械产业集群规模
    return clip(stripLeadingVerb(subject) + object.replace(/[（(].*$/, ''));
  }
  // (建成进出口额达到2000亿美元的现代化航空都市 → 现代化航空都市进出口额: a measure reached by the thing named after 的 is that thing's)
  // (建成总长22公里、覆盖20平方公里的骨干道路网络: another measure of the same thing may stand between)
  const measureOfThing = quantity.base !== 'count' && object.length >= 2 && /^(?:以上|左右)?(?:、[^，。；、的\d]{1,8}?[\d.]+[^，。；、的\d]{0,6})?的/.test(sentence.slice(quantity.end)) ? OWNED_MEASURE.exec(stripLeadingVerb(subject)) ?? OWNED_MEASURE.exec(subject.replace(LEADING_VERB, '')) ?? AREA_ENDING.exec(subject) : null;
  if (measureOfThing && !MEASURE_OBJECT.test(object)) return clip(object + measureOfThing[0]);
  if (object.length >= 2) {
    // 挂牌5000个可交易数据产品 → 挂牌可交易数据产品 (a verb that changes what is counted stays);
    // 打造10个产业数据枢纽 → 产业数据枢纽; 推动500家企业完成贯标 → 完成贯标企业
    const firstInClause = !inClause(clause, previous);
    const lead = firstInClause && subject.length <= 8 ? subject.replace(BRINGING_ABOUT_PATTERN, '').replace(/^[、或和及].*/, '') : '';
    const actor = COUNTED_ACTOR_PATTERN.exec(object);
    // 25家钢铁企业以及35家重点企业完成环保绩效创A: what the last group does, every group listed does
    const last = quantities.filter((q) => q.start >= clause.start && q.end <= clause.end).pop();
    const shared = !actor && last && last !== quantity && last.start > quantity.end && /^[^，；\d]{0,12}$/.test(sentence.slice(quantity.end, last.start).replace(/[^、和及与]*$/, ''))
      ? /^[^，；、]{2,10}?((?:完成|实现|通过|达到)[^，；、\d]{2,12})$/.exec(sentence.slice(last.end, clause.end))?.[1] : undefined;
    const counted = actor ? actor[2] + actor[1] : shared ? shared + object : object;
    if (object.length <= 2 && !lead) {
      // 每批次各省、自治区最多推荐1个城市 → 推荐城市
      const tail = subject.split(/[、，]/).pop()?.replace(/最多|最少|至少|不少于|不超过/g, '').replace(/^(?:自治区|直辖市|各省|省|市)/, '') ?? '';
      return clip(tail.replace(BRINGING_ABOUT_PATTERN, '') + counted);
    }
    return clip(lead + counted);
  }
  // 在全省地级市中率先突破4000亿元: a ranking with no subject of its own
  const subjectless = !subject.replace(/^在[^，。；]{1,12}中/, '').replace(/^(?:率先|首先|继续|持续|力争|努力)+/, '');
  if (subjectless && !object && previous && inClause(clause, previous) && /^(?:以上|以下|左右)?、(?:在[^，；\d]{1,12}中)?(?:(?:19|20)\d{2}年)?[^，；\d]{0,6}$/.test(sentence.slice(previous.end, quantity.start))) {
    // 规模总量力争实现年均增长20%以上、超过5000亿元: the second figure measures the subject of the first
    // (…规模达到3300P、2026年达到1.2万P: at a later year of its own too)
    // (地区生产总值增长8%、力争9%: a second rate is the same growth, aimed higher)
    const sameRate = quantity.base === 'percent' && previous.base === 'percent';
    const first = subjectBefore(sentence, clause, previous, inClause(clause, quantities[index - 2]));
    // (努力实现2024年全市…: nor the resolve, the year and the place the first opens on)
    const measure = (sameRate ? first : first.replace(GROWTH_TAIL, '')).replace(TRAILING_CUE, '').replace(/^(?:努力|力争|确保|争取)*实现(?=.{2})/, '').replace(/^(?:全[省市区县]|我[省市区县])(?=.{2})/, '');
    if (measure.length >= 2) return clip(measure);
  }
  const borrowed = !object ? borrowedName(input, subject) : '';
  if (borrowed) return clip(borrowed);
  // 建设甲水库、乙灌区等水利项目30个 → 甲水库等水利项目; 新建通用机场（运营中心）1个 → 新建通用机场
  if (subject.length >= 2) {
    const named = compactList(longModifierDropped(stripLeadingVerb(subject))).replace(/(?<=.{4})[（(][^）)]{2,8}[）)]$/, '');
    return clip(quantity.base === 'percent' || quantity.base === 'ratio' ? shareNamed(named) : named);
  }
  return clip(subjectOfEarlierClause(sentence, clause) || boundsClauseBefore(sentence, clause, quantity) || stripLeadingVerb(input.heading) || clean(sentence.slice(clause.start, quantity.start)) || quantity.unit);
}

/** 进出口额, 营业收入, 产值: a measure alone, the whole subject of a clause, that a thing named after the figure owns. */
// (新建总长10公里的园区次干道路 → 园区次干道路总长: or the size of works built)
const OWNED_MEASURE = /^(?:进出口额|进出口总额|出口额|营业收入|营收|主营业务收入|总产值|产值|增加值|销售额|交易额|税收|利润|年产值|年营业收入|年销售额|总长|全长|总长度|总面积|建筑面积|占地面积|总库容|库容)$/;
/** 谋划建设可开发面积, 规划建设用地面积: the area of the thing named after the figure, ending the words before it. */
// (谋划建设可开发面积超100平方公里的大型产业园区 → 大型产业园区可开发面积)
const AREA_ENDING = /(?:可开发面积|开发面积|规划面积|用地面积|占地面积|建筑面积|总面积)$/;
/** 限上零售额占全市28% → 限上零售额占全市比重: a share is named as one. */
function shareNamed(name: string): string {
  // (市场占有率 is a measure of its own)
  return /占(?!有|用|地)[^占比]{1,6}$/.test(name) ? `${name}比重` : name;
}

/** A rate or a total with no subject of its own: 年均增速25%, 总数达到79家. */
const RATE_OR_TOTAL = /^(?:年均)?(?:增速|增幅|增长率|增长|增)(?:比[^，、]{1,4}(?:高|快)|(?:高于|快于)[^，、]{1,4})?$|^(?:总数|总量|总额|累计总数|总规模|总装机)$/;
/** 服务外包执行额年均增长大于5%，总额达到7.5亿美元: a total after a growth rate totals the measure that grows. */
const GROWTH_TAIL = /(?:年均|平均)?(?:增长|增速|增幅)$/;
/** 年均递减, 提高, 下降: how a rate changes by points, closing the name of the change. */
const POINTS_CHANGE_TAIL = /(?:年均|平均|累计)?(?:递减|递增|下降|降低|减少|提高|提升|增加|上升)$/;
/** 增长, 总量, 总额 ending a name: what a share's whole is named without (研发经费投入年均增长 → 研发经费投入). */
const GROWTH_OR_TOTAL_TAIL = new RegExp(String.raw`${GROWTH_TAIL.source}|(?<=.{2})(?:总量|总额)$`);
/** Verbs that stand alone before a count in a run of clauses: 新签约60个，新开工35个. */
const BARE_VERB = /^(?:新开工|新签约|开工|签约|竣工|投产|新增|新建|建成|完成)$/;
/** 、投资, 以上、投入: a figure's list item, right after another figure of its clause, spending alone. */
const LISTED_RIGHT_AFTER = /^(?:以上|左右)?、\s*(?:每年|年均|计划)?(?:投资|投入)$/;
/** Spending verbs that name no object: 投资28亿元, 每年投入5000万元. */
const SPENDING = /^(?:每年|年均|计划)?(?:投资|投入)$/;
/** ，建设新城大桥, ，实施…的易地扶贫搬迁工程: the works the clause right after a sum builds (captured). */
const WORKS_RIGHT_AFTER = /^[，,]\s*(?:在[^，。；]{1,24}?)?(?:实施|建设|建成|新建|改建|扩建|改造|修建|开展)([^，。；]{2,40}?)(?=[，。；]|$)/;
/** 建设新城大桥 → 新城大桥, 实施6乡镇7村…的易地扶贫搬迁工程 → 易地扶贫搬迁工程: the works the clause after a clause builds, or ''. */
function worksBuiltAfter(sentence: string, clause: Span): string {
  const built = WORKS_RIGHT_AFTER.exec(sentence.slice(clause.end - (sentence[clause.end - 1] === '，' ? 1 : 0)));
  // (建设23条65公里农村通畅工程, 建设川王附中等69所薄弱学校改造工程: the counts and the examples before the works are no part of them)
  const works = built ? built[1].split('的').pop()!.split('等').pop()!.replace(/^(?:[^、，]{1,8}、)+/, '').replace(/^(?:一批|一系列|若干|一些)/, '').replace(/^(?:[\d.]+(?:公里|千米|米|万平方米|平方米|万亩|亩|[条个所座处项户村栋]))+/, '') : '';
  return works.length >= 3 && !/\d/.test(works) ? works : '';
}
/** 完成投资, 年内完成投资, 年度计划投资, 计划投资: what projects spend, named by the projects. */
const PROJECT_SPENDING = /^(?:年内|全年|年度)?(?:计划)?(?:完成)?(?:年度)?(?:计划)?投资(?:额)?$/;
/** 项目, 重点项目: projects named by nothing but their kind lend no name. */
const BARE_PROJECTS = /^(?:重点|重大)?项目$/;
/** 1000亿, 四百亿级: an amount that labels what is counted. */
const AMOUNT_LABEL = /^(?:\d+|[一二三四五六七八九十百千万]+)亿(?:元)?级?$/;
/** The noun a list of such labels ends on: …、5个100亿产业集群 → 产业集群. */
const LABELLED_NOUN = new RegExp(`${AMOUNT_LABEL.source.slice(1, -1)}([\\u4e00-\\u9fa5]{2,8})$`);
/** Building verbs before a counted object: 新建、改建农村公路 → 农村公路. */
const BUILDING = /^(?:(?:新建|改建|扩建|改造|建设|建成|新增|完成|实施)、?)+(?![和及与])/;

/**
 * A clause that holds only a verb or a rate borrows the thing from the clause beside it:
 * 规上工业总产值达到5000亿元，年均增速25% → 规上工业总产值年均增速; 新增单项冠军企业3家，总数达到8家 →
 * 单项冠军企业总数; 甲类新签约60个，新开工35个 → 甲类新开工; 投资28亿元，新建农村公路300公里 → 农村公路投资.
 */
/** Whether two places of a sentence are within 40 characters and one clause group of each other. */
const nearby = (sentence: string, from: number, to: number): boolean => to - from >= 0 && to - from <= 40 && !/[。；]/.test(sentence.slice(from, to));

/** 今年还要再建设, 再新建, 年内再新增: a further work said by its verb alone, what it works on left to the clause before. */
const BARE_FURTHER_WORK = /^(?:今年|明年|年内|全年)?(?:还要|还将|将|要|还)?再(新建|建设|建成|新增|完成|改造|培育|引进)$/;

function borrowedName(input: NamingInput, subject: string): string {
  const { sentence, clause, quantities, index } = input;
  const quantity = quantities[index];
  const previous = index > 0 ? quantities[index - 1] : undefined;
  // 营业收入突破500亿元，占全省25%，年均增速15%: a share has no growth of its own to borrow, its measure has
  const total = /^总/.test(subject);
  const isShare = (q: Quantity | undefined): boolean => q !== undefined && ['percent', 'ratio'].includes(q.base) && /^占/.test(sentence.slice(clauseOf(sentence, q).start, q.start));
  const lender = !total && index > 1 && isShare(previous) ? index - 2 : index - 1;
  const source = quantities[lender];
  if (RATE_OR_TOTAL.test(subject) && source && (total || !['percent', 'ratio'].includes(source.base)) && nearby(sentence, source.end, quantity.start)) {
    // (地区生产总值在2018年基础上翻两番，年均增速达到25%左右: the growth is the measure's, not the doubling's)
    const lent = nameIndicator({ ...input, index: lender, clause: clauseOf(sentence, source) });
    const named = source.unit === '番' || source.unit === '倍' ? withoutMultiple(lent) : lent;
    const whose = total && ['percent', 'ratio'].includes(source.base) ? (GROWTH_TAIL.test(named) ? named.replace(GROWTH_TAIL, '') : '') : named;
    // (营业收入突破500亿元，占全省25%，年均增速15%: a bare measure past a share lends no name; the industry's growth is meant)
    const bare = lender < index - 1 && /^(?:营业收入|营收|主营业务收入|总产值|产值|规模|增加值)$/.test(whose);
    // 农业总产值104亿元以上、年均增10%以上: 增 written short for 增长
    // (新增装机并网400万千瓦以上，力争总规模达2500万千瓦 → 装机并网总规模: the total is of all of it, not of what is added)
    // (社会消费品零售总额（底线目标）, then 增长12.5%: the growth goes before the note that tells the measure's goals apart)
    const measure = total ? whose.replace(/新增|新建/g, '') : whose;
    const note = /（[^（）]*）$/.exec(measure)?.[0] ?? '';
    if (whose.length >= 2 && !bare && !RATE_OR_TOTAL.test(whose) && !/占|比重|比例/.test(whose) && !whose.endsWith(subject)) return measure.slice(0, measure.length - note.length) + subject.replace(/增$/, '增长') + note;
  }
  // (到2025年地区生产总值占全省比重提升到25%左右…，到2030年比重进一步提升到28%左右: a bare share is the share named before it)
  const share = quantity.base === 'percent' && /^(?:比重|占比)$/.test(subject.replace(/进一步|继续|再|稳步|逐步/g, '')) ? quantities.findLastIndex((q, i) => i < index && q.base === 'percent') : -1;
  if (share >= 0 && nearby(sentence, quantities[share].end, quantity.start)) {
    const lent = nameIndicator({ ...input, index: share, clause: clauseOf(sentence, quantities[share]) });
    if (/占.{2,}(?:比重|比例)$/.test(lent)) return lent;
  }
  // (地区生产总值达到13.9亿元，增长16%，人均达到4382元: a level per head, named by nothing else, is of the level the clauses before
  // name, past its growth)
  const perHead = subject === '人均' && !['percent', 'ratio'].includes(quantity.base) ? quantities.findLastIndex((q, i) => i < index && !['percent', 'ratio'].includes(q.base) && CURRENCIES.has(q.base) === CURRENCIES.has(quantity.base)) : -1;
  if (perHead >= 0 && nearby(sentence, quantities[perHead].end, quantity.start)) {
    const level = nameIndicator({ ...input, index: perHead, clause: clauseOf(sentence, quantities[perHead]) });
    if (level.length >= 2 && !level.startsWith('人均')) return `人均${level}`;
  }
  // 村集体经济组织年经营性收入全部达5万元以上，高于10万元的占80%: the share of the things whose measure, named in the clause
  // before, passes a level
  const above = /^((?:高于|超过|低于|不足|达到)[^，。；的]{1,16})的占比?$/.exec(subject);
  // (the level is a figure of its own clause: the measure's is the last before the clause)
  const measured = above ? quantities.findLastIndex((q, i) => i < index && q.end <= clause.start) : -1;
  if (above && quantity.base === 'percent' && measured >= 0 && nearby(sentence, quantities[measured].end, quantity.start)) {
    const lent = nameIndicator({ ...input, index: measured, clause: clauseOf(sentence, quantities[measured]) });
    if (lent.length >= 2 && !/占|比重|比例/.test(lent)) return `${lent}${above[1]}的占比`;
  }
  // (完成燃气管道更新改造1200公里、投资14亿元以上，供水管道更新改造320公里、…: a sum listed right after another figure of its clause
  // is invested in the works that figure measures, not in the next clause's)
  if (SPENDING.test(subject) && previous && previous.start >= clause.start && LISTED_RIGHT_AFTER.test(sentence.slice(previous.end, quantity.start))) {
    const works = nameIndicator({ ...input, index: index - 1 }).replace(/^[^，、]{0,8}?(?:实施|推进|推动|开展|完成)/, '').replace(BUILDING, '');
    if (works.length >= 2 && !/(?:数量|面积|里程|长度)$/.test(works)) return works + subject.replace(/^(?:每年|年均|计划)/, '');
  }
  // 抓好省重大项目8个，完成投资20亿元; 推进总投资…的139个区级重点项目，年内完成投资188亿元: the projects' investment
  if (PROJECT_SPENDING.test(subject) && previous && nearby(sentence, previous.end, quantity.start)) {
    // (安排省市重点项目360个、年度投资1000亿元: the projects counted in the clause itself, before its count, not an earlier clause's)
    const before = sentence.slice(Math.max(0, clause.start - 40), Math.max(clause.start, previous.start));
    const at = before.lastIndexOf('项目');
    // the words before 项目 back to a figure, a 的 or the clause's start: 139个区级重点项目 → 区级重点项目
    const projects = at >= 0 ? /(?:[^，、。；：\d个的“”]|“[^“”]{1,10}”)*$/.exec(before.slice(0, at))?.[0] ?? '' : '';
    // (安排600个左右重大项目: the bound after the count is no part of the works' name)
    const named = clean(projects).replace(/^(?:左右|以上|多|余)/, '').replace(LEADING_FILLER, '').replace(/^(?:\d{4}年|年(?![度内]))?(?:抓好|推进|加快推进|实施|推动|谋划|形成|计划|建设|安排(?!建设))*/, '').replace(/^[万亿]?元(?:以上)?/, '') + (projects ? '项目' : '');
    // (建成项目22个，完成投资400亿元: what is finished is counted, not what the investment is of)
    if (named.length >= 4 && !BARE_PROJECTS.test(named) && !/^(?:建成|竣工|投产)/.test(named)) return named + subject.replace(/^(?:全年)/, '');
  }
  if (BARE_VERB.test(subject) && previous && previous.end <= clause.start && nearby(sentence, previous.end, quantity.start)) {
    const earlier = clauseOf(sentence, previous);
    const category = /^(.{2,}?)(?:新开工|新签约|开工|签约|竣工|投产|新增|新建|建成|完成)$/.exec(clean(sentence.slice(earlier.start, previous.start)))?.[1];
    if (category && !/\d/.test(category)) return category.replace(LEADING_FILLER, '') + subject;
  }
  const following = quantities[index + 1];
  // 推进总投资2146亿元的429个500万元以上项目: the sum is the investment of the works counted right after it
  // (谋划总投资100亿元的焦化苯、水溶肥等16个重点项目: or after examples of them)
  const between = following ? sentence.slice(quantity.end, following.start) : '';
  if (/^[\u4e00-\u9fa5]{0,6}?(?:总投资|投资|投入)$/.test(subject) && following?.base === 'count' && (between === '的' || EXAMPLES_ONLY.test(between))) {
    const head = /^[^，。；、\d]{2,16}?(?:项目|工程|企业|园区|基地)/.exec(sentence.slice(following.end, clause.end));
    const works = head ? clean(head[0]) : nameIndicator({ ...input, index: index + 1 }).replace(/^.*等/, '');
    if (works.length >= 2 && !/\d/.test(works.replace(/^\d+(?:\.\d+)?万元以上/, ''))) return works + subject.replace(/^.*?(?=总投资|投资|投入)/, '');
  }
  // (…；投资500万元，建设新城大桥；投资762万元，实施…农村饮水管网延伸工程，…: a sum opening a provision is invested in the works the
  // clause right after it builds)
  const builtWorks = SPENDING.test(subject) ? worksBuiltAfter(sentence, clause) : '';
  if (builtWorks) return builtWorks + subject.replace(/^(?:每年|年均|计划)/, '');
  // (投资累计达到700亿元以上，其中设备投资…: the part after 其中 names nothing of the whole)
  // (投资完成2000亿元，力争实现主营业务收入4000亿元: not a sum earned after it, which nothing is invested in)
  if (SPENDING.test(subject) && following && following.base !== 'CNY' && following.start >= clause.end && nearby(sentence, clause.end, following.start) && !/^[，,\s]*其中/.test(sentence.slice(clause.end - 1 < 0 ? 0 : clause.end, following.start))) {
    const clauseAfter = clauseOf(sentence, following);
    const first = nameIndicator({ ...input, index: index + 1, clause: clauseAfter });
    // (投资41.3亿元，启动十个方面62件为民办实事工程: the fields the works fall in name nothing invested in; the works counted after them do)
    const works = quantities[index + 2];
    const counted = FIELDS_COUNTED.test(first) && works && works.start < clauseAfter.end ? nameIndicator({ ...input, index: index + 2, clause: clauseAfter }) : first;
    const thing = counted.replace(/^.*等/, '').replace(BUILDING, '');
    if (thing.length >= 2) return thing + subject.replace(/^(?:每年|年均|计划)/, '');
  }
  // 实施工业领域设备更新450项以上，投资累计达到700亿元: the works counted in the clause before say what is invested in
  if (SPENDING.test(subject) && previous?.base === 'count' && previous.end <= clause.start && nearby(sentence, previous.end, quantity.start)) {
    const works = nameIndicator({ ...input, index: index - 1, clause: clauseOf(sentence, previous) }).replace(/^[^，、]{0,8}?(?:实施|推进|推动|开展|完成)/, '').replace(BUILDING, '');
    if (works.length >= 4 && !/投资|投入|\d/.test(works)) return works + subject.replace(/^(?:每年|年均|计划)/, '');
  }
  // 2.持续发展壮大瓜果蔬菜产业。…每年投入5000万元，围绕…: with no object beside it, the item's heading says what for
  const topic = input.heading.replace(HEADING_VERB, '');
  if (SPENDING.test(subject) && topic.length >= 4 && topic.length <= 16 && !/\d/.test(topic)) return topic + subject.replace(/^(?:每年|年均|计划)/, '');
  return '';
}

/** 方面, 领域: the fields a list of works is counted in, named alone (十个方面). */
const FIELDS_COUNTED = /^(?:方面|领域|板块|类别|大类|门类|方向)(?:数量)?$/;

/** 分别, 均 (not 人均, 年均), 各安排 near an amount's end, 实现双100%: one amount for each subject before it, and the measure named after it. */
// (…货物贸易出口额和重大项目累计投资都要突破一万亿元: 都 before what each is to reach, not 首都 or 成都; 6大产业产值全部超1000亿元: 全部 too)
export const SPREAD_CUE = /(?:分别|(?<![人年平亩户日月])均|各(?=(?:至少|不少于|力争)?(?:为|安排|给予|奖励|补助|补贴|达到|达|打造|培育|建设|建成|新增|形成|遴选)|$)|(?<=实现|达到|达)双(?=$)|(?<=[\u4e00-\u9fa5])双(?=超|过|突破|达)|(?<![首成京古故帝陪])都(?=要|将|能|应|可|需|力争|实现|达到|突破|超过|瞄准|锁定)|全部(?=超|过|突破|达|实现))([^，。；\d]{0,8})$/;

/** What a listed subject measures, shared by the items before it: 光伏制造业、储能制造业产值 → 产值. */
const SHARED_MEASURE = /(?:总产值|产值|增加值|营业收入|营收|主营业务收入|规模|产量|销售额|收入|总装机|装机|排放总量|排放量|浓度)$/;

/** 到2025年, 力争2025年年底, 西藏规划力争2025年年底: the horizon a list of goals opens on, no part of its first item. */
const LIST_HORIZON = /^(?:[^，。；\d]{0,8}?(?:力争|确保|争取))?(?:到|至)?(?:19|20)\d{2}年(?:年底|年末|底|末)?[，,]?/;

/**
 * The subjects one amount serves, each named: 甲、乙两大产业分别达到2000亿元 → 甲产业, 乙产业;
 * 光伏制造业、储能制造业产值分别过千亿元 → 光伏制造业产值, 储能制造业产值. Null unless the list has as many items.
 */
export function sharedSubjects(before: string, count: number): string[] | null {
  const cue = SPREAD_CUE.exec(before);
  // (…覆盖率实现双100%: the verb before 双 ends the list)
  // (市本级和各县（市、区）要分别设立…: nor the 要 that binds them)
  // (氮氧化物、挥发性有机物排放总量比2020年分别下降10%: the year all are measured against is no part of the last item)
  const text = (cue ? before.slice(0, cue.index).replace(/(?:实现|达到|达|要|将|应|需)$/, '') : before).replace(/(?:比|较|相比)(?:19|20)\d{2}年(?:底|末)?$/, '');
  // 等四大产业均实现工业总产值: the measure named after the cue is each subject's
  const measure = cue ? cue[1].replace(/^(?:实现|达到|超过|突破|保持|达|超|为|在)+/, '') : '';
  // (各新增就业500人: 新增 opens a measure, as 增长 and 增加 never do)
  const each = measure.length >= 2 && !/[达超过到长]|增(?!就业|企业|项目|户|人)/.test(measure) ? measure : '';
  // 两大产业: the counted head names what every item is
  const counted = COUNTED_LIST_HEAD.exec(text);
  // (力争到2025年汽车“新四化”、…: the horizon a goal opens on is no part of its first subject)
  // (——规模以上工业增加值、固定资产投资…分别增长5%: nor the dash that opens a layout's item)
  const body = (counted ? text.slice(0, counted.index) : text).replace(/^[—－-]+/, '').replace(LEADING_FILLER, '').replace(LIST_HORIZON, '').replace(BRINGING_ABOUT_PATTERN, '');
  // A、B、C等四大产业: the 等 closing a counted list is no part of its last item
  // (A、B、C这三项主要经济指标: nor the 这 that points back at it)
  const listed = counted ? body.replace(/(?:等|这|这些|上述)$/, '') : body;
  // (a list of measures some of whose parts qualify the next, read before any leading word is dropped: 新建城区、新建居住区…达标率)
  const measures = counted ? null : measuresListed(splitOutsideBrackets(text.replace(/^[—－-]+/, '').replace(LIST_HORIZON, ''), /、/g));
  let items = measures ?? splitOutsideBrackets(listed, /、/g);
  if (items.length !== count) items = splitOutsideBrackets(listed, LIST_JOIN);
  // (省、市两级财政每年预算安排深海、南繁和航天三大…: a counted list opening after the verb that puts it up, the words before it no item)
  if (counted && items.some((item) => item.trim().length < 2)) items = splitOutsideBrackets(listed, LIST_JOIN);
  if (counted && items.length > count) items = [items[items.length - count].replace(/^.*(?:安排|设立|建设|打造|培育|发展|支持|推进|实施|形成)/, ''), ...items.slice(items.length - count + 1)];
  if (items.length !== count || items.some((item) => item.trim().length < 2)) return null;
  // (甲县、乙市等2个县（市）: a place already says the kind of place the head counts)
  // (财政总收入、工贸总收入…这三项主要经济指标的增速: items that are measures already, the head saying so, take only what of them is meant)
  const head = /^[^的]{0,6}指标的([\u4e00-\u9fa5]{2,6})$/.exec(counted?.[2] ?? '')?.[1] ?? counted?.[2];
  if (counted) return items.map((item) => item.trim() + (PLACE_KIND_HEAD.test(counted[2]) && PLACE_KIND_END.test(item.trim()) ? '' : head) + each);
  const tail = SHARED_MEASURE.exec(items[items.length - 1])?.[0] ?? '';
  // (…排放总量分别下降10%: a fall each is to make is said with each, so no figure reads as a level)
  const fall = cue && /^(?:下降|降低|减少)$/.test(cue[1]) ? cue[1] : '';
  // (地区生产总值、规上工业总产值均…: not to an item naming a measure of its own)
  return items.map((item) => (tail && !item.endsWith(tail) && !MEASURE_OF_ITS_OWN.test(item.trim()) ? item.trim() + tail : item.trim()) + fall);
}

/**
 * 新建城区、新建居住区配套建设养老服务设施达标率、社区养老服务设施覆盖率 → two measures: a list of measures (each ending on 率, 值,
 * 额…) some of whose parts name none, each such part joined to the next; null when the list is not of measures or none is joined.
 */
export function measuresListed(parts: readonly string[]): string[] | null {
  const names = (item: string): boolean => MEASURE_OF_ITS_OWN.test(item) || item.endsWith('率');
  if (parts.length < 3 || !names(parts[parts.length - 1].trim()) || parts.every((part) => names(part.trim()))) return null;
  const items: string[] = [];
  let pending: string | null = null;
  for (const raw of parts) {
    const part = raw.trim();
    // (only a qualifier the next part opens as it does, 新建城区、新建居住区…; not 研发经费投入 before 外贸进出口总额, a measure of its own)
    if (pending !== null && !part.startsWith(pending.slice(0, 2))) return null;
    pending = pending === null ? part : `${pending}、${part}`;
    if (names(pending)) { items.push(pending); pending = null; }
  }
  return pending === null && items.length >= 2 ? items : null;
}

/** 地区生产总值, 出口额, 工业投资, 利税: an item ending on a measure of its own. */
export const MEASURE_OF_ITS_OWN = /(?:值|额|量|收入|投资|销售|营收|出口|进口|消费|规模|税收|利税|利润|强度|密度|比重)$/;
/** 县, 县（市）, 区县: a head that counts places by their kind. */
const PLACE_KIND_HEAD = /^(?:[省市县区旗镇乡]{1,2})(?:[（(][^）)]*[）)])?$/;
/** 甲县, 乙市: a place's name ending on its kind. */
const PLACE_KIND_END = /[省市县区旗镇乡]$/;
/** 两大产业, 四个领域, 等3个产业 (counted in digits too): how many items a list before it holds, and the head they share. */
export const COUNTED_LIST_HEAD = /([两二三四五六2-6])(?:大|个(?!月|工作日|百分点|季度|小时|年度)|类|项)([^、和及与\d]{0,10})$/;

/** 、和与及 between a list's items; not 及 before 相关 or 其 (5G及相关产业, 企业及其员工: one item and what belongs to it). */
export const LIST_JOIN = /[、和与]|及(?!相关|其)/g;

/** 市本级和各县（市、区）要 → 市本级, 各县（市、区）要: a list split where no bracket is open. */
export function splitOutsideBrackets(text: string, separator: RegExp): string[] {
  const masked = text.replace(/[（(][^（()）]*[)）]/g, (bracket) => ' '.repeat(bracket.length));
  const items: string[] = [];
  let from = 0;
  for (const m of masked.matchAll(separator)) {
    items.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  items.push(text.slice(from));
  return items;
}

/** A measure's verb that ends the subject of an earlier clause: 增加值实现翻番, 规模达到. */
/** (…增加值达7500亿元；…力争达9000亿元, …增加值年均增速26%以上，达到1.5万亿元: 达 and a growth rate predicate too) */
const PREDICATE = /实现|达到|达(?![成标])|突破|超过|年均增长|增长|提高|提升|保持|迈上|跃升|跃增|攀升|翻番|翻一番|翻两番|年均增速|增速/;
/** 地区生产总值820亿元以上: a clause that is a measure and its figure, nothing else. */
const MEASURE_THEN_FIGURE = /^([^\d，。；]{4,20})(?!(?:19|20)\d{2}年)[\d.]+(?:万[\d.]+)?[万亿]?[\u4e00-\u9fa5%]{0,3}(?:以上|以下|左右)?$/;
/**
 * 为符合条件的老年人家庭应装尽装“一键式”智能服务终端，不少于1800户: a clause that is only a figure and its bound counts what the
 * clause before it provides (老年人家庭“一键式”智能服务终端); empty otherwise.
 */
function boundsClauseBefore(sentence: string, clause: Span, quantity: Quantity): string {
  if (!/^\s*(?:不少于|不低于|不超过|超过|达到|达|约|共|合计)?$/.test(sentence.slice(clause.start, quantity.start))) return '';
  const before = sentence.slice(0, clause.start).replace(/[，,]\s*$/, '');
  const prior = before.slice(Math.max(...['，', '；', '：', '。'].map((mark) => before.lastIndexOf(mark))) + 1);
  if (/\d/.test(prior) || prior.length < 6) return '';
  // (what is provided, after who gets it and how: 为…家庭应装尽装 → …终端)
  const provided = /^(?:为|对|向)?(?:符合条件的)?([^，。；]{2,12}?)(?:应装尽装|安装|配备|配发|提供|发放|建设|建成)(.{2,})$/.exec(prior);
  return provided ? clean(provided[1] + provided[2]) : '';
}

/** 我省数字经济核心产业增加值实现翻番，达到5500亿元，力争达到5800亿元: a clause with no subject of its own measures the last one named. */
/** 免费居住, 免租: what a term lent free gives, right after it. */
const USED_FREE_AFTER = new RegExp(String.raw`^[^，。；\d]{0,4}?(${USED_FREE})([^，。；、\d]{0,12}(?=[，。；、]|$))`);
/** 提供人才公寓，最长: the home or space provided, in the clause before the term. */
const HOME_LENT_BEFORE = /(?:提供|安排|配置|配备)([^，。；\d]{2,10})[，,][^，。；\d]{0,4}$/;

/** 五是, 其三是: an item of a run-in list opening on its number. */
const ITEM_OPENING_IS = /^\s*(?:其)?[一二三四五六七八九十]是/;

/** 2012年展会数量总数: a clause that is a measure and nothing else, its year before it at most. */
const MEASURE_NAMED_ALONE = /^(?:(?:19|20)\d{2}年度?)?(?:全[省市区县])?([\u4e00-\u9fa5“”]{2,14}(?:总数|数量|总量|面积|总额|人数))$/;

function subjectOfEarlierClause(sentence: string, clause: Span): string {
  const clauses = sentence.slice(0, clause.start).split(/[，；：]/).reverse();
  for (const clauseText of clauses.slice(0, 3)) {
    // (实现GDP翻番: the verb opening the clause is no predicate of a subject before it)
    // (全省实现主营业务收入2万6000亿元以上: the place speaking before it too)
    const earlier = clauseText.replace(/^(?:我省|我市|我区|全省|全市|全区|本市|本省)?(?:力争|确保|争取|努力)*实现(?=.{2})/, '');
    // (地区生产总值820亿元以上，增长20%以上，力争达到870亿元: or a measure its figure follows with no verb)
    const predicate = earlier.search(PREDICATE);
    const at = predicate >= 0 ? predicate : MEASURE_THEN_FIGURE.exec(earlier)?.[1].replace(TRAILING_CUE, '').length ?? -1;
    // (一是…400亿元以上；五是大力争取上级科技部门资金支持，确保超过6000万元: an item opening on its number is where its words begin;
    // none of an item before it is its subject)
    const item = at < 0 ? ITEM_OPENING_IS.exec(earlier) : null;
    const itemWords = item ? clean(earlier.slice(item[0].length).replace(LEADING_FILLER, '')) : '';
    if (item) return itemWords.length >= 4 ? itemWords : '';
    // (2012年展会数量总数，力争达到和超过2100个: a measure named alone in the clause right before, its figure in this one)
    const named = at < 0 && clauseText === clauses.find((c) => c.trim() !== '') ? MEASURE_NAMED_ALONE.exec(clauseText.trim())?.[1] : undefined;
    if (named) return named;
    if (at < 0) continue;
    // (经济总量快速增长，力争迈上500亿元台阶: how fast it grows is no part of what grows)
    const subject = clean(earlier.slice(0, at).replace(/^(?:提出)?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?/, '').replace(/^(?:我省|我市|我区|全省|全市|全区|本市|本省)/, '').replace(LEADING_FILLER, '').replace(TRAILING_CUE, '').replace(/(?<=.{2})(?:快速|稳步|大幅|显著|较快|持续|不断)$/, ''));
    // (实现GDP翻番，达到1600亿元: a measure's acronym is name enough)
    if ((subject.length >= 4 || /^[A-Z]{2,5}$/.test(subject)) && !/\d/.test(subject)) return subject;
  }
  return '';
}

/**
 * 数字化研发设计工具普及率、关键工序数控化率分别超过90%、75%: the i-th amount after 分别 measures
 * the i-th item of the list before it. Empty unless the list and the amounts are as many.
 */
function targetListItem(sentence: string, clause: Span, quantities: readonly Quantity[], index: number): string {
  const text = sentence.slice(clause.start, clause.end);
  // (煤炭、原油、天然气产量7.8亿吨、2470万吨、350亿方以上: a list of subjects right before as many amounts, 分别 unsaid)
  const run = amountRun(sentence, quantities, index);
  // (A、B、C的国内市场占有率由2014年的10%、12%、15%提高到30%、30%、40%: a list of starting figures, each raised to its own)
  const spread = RAISED_FROM_LIST.exec(text) ?? /^(.*?)(?:分别|依次)([^，\d]{0,8}?)(?=\d)/.exec(text) ?? (run && run.count >= 2 ? /^([^，\d]+?)()(?=\d)/.exec(text) : null);
  // (在固定资产投资、社会消费品零售总额、进出口方面，分别保持增长20%、13%和14%以上: a clause opening on 分别 spreads the list of the one before)
  // (…，力争分别形成200亿元、100亿元、50亿元产业规模: the resolve before 分别 opens nothing of its own)
  const opensOnSpread = spread !== null && !spread[1].replace(/^(?:力争|确保|争取|将|要)+/, '').trim();
  const prior = opensOnSpread ? sentence.slice(0, clause.start).replace(/[，,]\s*$/, '') : '';
  // (新能源装备制造、…、电子信息智能制造“2+1”产业: a slogan in quotes is no part of the list)
  // (力争2022年全省信贷新增额和社会融资规模增量高于2021年，分别达到…: the list's year, and the year it is to beat, are no part of it)
  const listedBefore = prior.slice(Math.max(...['，', '；', '。', '：'].map((mark) => prior.lastIndexOf(mark))) + 1).replace(/^在(.{2,60})方面$/, '$1').replace(/“[^“”]{1,12}”/g, '')
    .replace(/^(?:力争|确保|争取)?(?:到|至)?(?:19|20)\d{2}年(?:底|末)?(?:全[省市区县])?/, '').replace(/(?:均|都)?(?:高于|超过|快于|好于|不低于)(?:19|20)\d{2}年(?:水平|同期)?$/, '');
  // 城乡居民人均可支配收入分别增长6%和7%: 城乡 stands for 城镇 and 农村
  // (使全市大健康产业和数字经济…: what the goal makes happen, in the whole place)
  // (分别新增光伏发电、风电、生物质发电装机1500万千瓦、…: a 分别 opening the list spreads it as one after it does)
  // (重点发展新能源装备制造、…: the verb of developing the list before opens no item)
  const subject = (opensOnSpread && !/\d/.test(listedBefore) ? listedBefore.replace(/^(?:重点|加快|大力|着力|积极)?(?:发展|培育|打造|壮大|做强|做大)(?=[\u4e00-\u9fa5“]{2})/, '') : spread?.[1] ?? '').replace(TRAILING_CUE, '').replace(/^(?:分别|依次)/, '').replace(/^(?:[\u4e00-\u9fa5]{2,3}(?=今年|全年))?(?:今年|全年|力争|确保)+/, '')
    // (西藏规划力争2025年年底新能源公交车、…, 确保到2025年年底乡镇、…: nor the horizon the list opens on)
    .replace(LIST_HORIZON, '')
    // (3年内将包头市…: the span a goal is set within, and 将, open no name)
    .replace(/^(?:\d{1,2}|[一二两三四五六七八九十])年(?:内|之内)(?:将|要|力争)?/, '').replace(/^使?(?:全[市省区县])?(?=[\u4e00-\u9fa5]{4})/, '').replace(/^城乡(?=居民)/, '城镇和农村')
    // (电子信息、装备制造、新材料三大产业产值: how many the list counts is no part of its last item)
    .replace(/(?<=[\u4e00-\u9fa5])[两二三四五六七八九十2-9](?:大|个)(?=产业|行业|领域|板块|集群)/, '') ?? '';
  const sectors = spread ? SECTORS_BY_NUMERAL.exec(subject) : null;
  if (!spread || (!/[、和与]/.test(subject) && !sectors)) return '';
  // (到2022年和2030年，城乡居民…分别不少于90.86%和92.17%: 分别 spreads the two years, not the subject)
  if (TWO_YEARS.test(sentence.slice(0, clause.start + spread.index))) return '';
  const first = quantities.findIndex((q) => q.start >= clause.start + spread[0].length && q.start < clause.end);
  if (first < 0 || index < first) return '';
  const amounts = quantities.filter((q, i) => i >= first && q.end <= clause.end).length;
  // …分别增长6%和7%: the growth each figure measures
  const growth = /^(?:保持)?(?:增长|下降|提高|降低|减少|增加)$/.test(spread[2]) ? spread[2].replace(/^保持/, '') : '';
  // (一二三产业产值占比分别达7%、50%、43%: the sectors written by their numerals alone, one figure for each)
  if (sectors && !/[、和与]/.test(subject)) return sectors[2].length === amounts ? `${sectors[1]}第${sectors[2][index - first]}产业${sectors[3]}${growth}` : '';
  // A、B和C分别…: the last 和 joins the list's last item
  const listed = subject.includes('、') ? subject.split('、') : subject.split(/和|与/);
  const lastJoin = listed.length >= 2 && listed.length + 1 === amounts ? listed[listed.length - 1].split(/和|与/) : [];
  // (酿酒葡萄和枸杞面积、奶牛存栏、肉牛和滩羊饲养量…分别达到 six amounts: each pair joined by 和 is two items, the first
  // measured as the second)
  const pairs = listed.length < amounts && lastJoin.length !== 2 ? listed.flatMap((item) => {
    const pair = item.split(/和|与/);
    const measure = pair.length === 2 ? PAIR_MEASURE.exec(pair[1])?.[0] : undefined;
    return pair.length !== 2 ? [item] : [measure && !PAIR_MEASURE.test(pair[0]) ? pair[0] + measure : pair[0], pair[1]];
  }) : [];
  const items = lastJoin.length === 2 ? [...listed.slice(0, -1), ...lastJoin] : pairs.length === amounts ? pairs : listed;
  if (items.length !== amounts || items.some((item) => !item.trim())) return '';
  // 人工智能、集成电路产业链核心产业规模分别达到…: the industry's measure the last item names is every item's
  const tail = SHARED_INDUSTRY_MEASURE.exec(items[items.length - 1])?.[0] ?? '';
  // (乘用车（新能源）、太阳能光伏、…、半导体及集成电路产业链产值: whole names of unlike length elide nothing)
  // (煤炭、原油、天然气产量: whole words before the last one's measure share only the measure)
  // (有色金属、装备制造、农畜产品加工比重: or the share the last names, when it names no whole it is of)
  const lastMeasure = SHARED_MEASURE.exec(items[items.length - 1])?.[0] ?? /^[^占]{2,}?(比重|占比)$/.exec(items[items.length - 1])?.[1] ?? '';
  // (肉、奶、禽蛋产量, 粮、油、糖产量: or words of one character, when the last item's thing is as short)
  const short = items[items.length - 1].trim().length - lastMeasure.length <= 2;
  const words = !tail && lastMeasure !== '' && items.length >= 3 && items.every((i) => i.trim().length >= (short ? 1 : 2)) && !items.slice(0, -1).some((i) => /(?:值|额|量|率|数|规模|收入|投资)$/.test(i));
  // (石化、电子信息产业集群营收: or a short item unlike the last one's head)
  const whole = words || (tail && (new Set(items.slice(0, -1).map((i) => i.length)).size > 1 || items[0].length !== items[items.length - 1].length - tail.length));
  const own = whole ? items[index - first] : listItem(items, index - first);
  const item = (words && index - first < items.length - 1 ? own + lastMeasure : own).replace(TRAILING_CUE, '');
  // (化学需氧量、氨氮…和氮氧化物排放总量分别减少…: so is the measure of what is emitted)
  const emitted = /(?<=[\u4e00-\u9fa5]{2})(?:排放总量|排放量|排放强度)$/.exec(items[items.length - 1])?.[0] ?? '';
  // (大健康产业和数字经济占GDP比重分别达到20%和45%: and a share of the whole the last item names)
  // (新能源公交车、出租汽车占比分别达到100%、55%: or a bare share)
  const share = !tail && index - first < items.length - 1 ? /占[^、]{1,10}?比重$|(?<=[\u4e00-\u9fa5]{2})占比$/.exec(items[items.length - 1])?.[0] ?? '' : '';
  // (…，力争分别形成200亿元、100亿元、50亿元产业规模: or the measure the amounts are written before, every item's)
  const lastAmount = quantities.filter((q) => q.end <= clause.end).pop();
  const after = lastAmount ? MEASURE_AFTER_AMOUNTS.exec(sentence.slice(lastAmount.end, clause.end))?.[1] ?? '' : '';
  const trailing = after && !MEASURE_END.test(item) ? (item.endsWith('产业') ? after.replace(/^产业/, '') : after) : '';
  // (第一产业、第二产业、第三产业增加值: an item that already ends on the industry the tail opens on takes only the rest)
  const measured = tail && !MEASURE_END.test(item) && !/比重$/.test(item) ? item + (item.endsWith('产业') ? tail.replace(/^产业(?!链|集群)/, '') : tail) : emitted && !item.endsWith(emitted) ? item + emitted : share && !MEASURE_END.test(item) && !/(?:比重|占比)$/.test(item) ? item + share : item + trailing;
  return clean(stripLeadingVerb(measured)) + growth;
}

/** …的国内市场占有率由2014年的10%、12%、15%提高到: what a list of starting figures measures, up to the raise to the targets. */
const RAISED_FROM_LIST = new RegExp(String.raw`^(.*?)(?:分别)?${BASELINE_FROM}(?:[\d.]+[^，。；\d、和]{0,3}[、和])+[\d.]+[^，。；\d、和]{0,3}(?:分别)?()(?:${RAISE_VERB})(?:到|至)(?=\d)`);

/** 200亿元、100亿元产业规模: a measure written right after a run of amounts, closing the clause. */
const MEASURE_AFTER_AMOUNTS = /^(?:以上)?的?(产业规模|规模|总产值|产值|营业收入|营收)(?:以上)?$/;

/** 枸杞面积, 滩羊饲养量: the measure closing the second of two things joined by 和, which the first shares. */
const PAIR_MEASURE = /(?:面积|饲养量|存栏量?|出栏量?|产量|产值|规模|增加值|营业收入|数量)$/;

/** 产业链核心产业规模, 产业增加值: the measure of an industry closing a list's last item. */
const SHARED_INDUSTRY_MEASURE = new RegExp(`(?:产业链|产业集群|产业|行业|规上工业|规模以上工业)[^、]{0,8}?${SHARED_MEASURE.source}`);

/** 5条特色产业链规模分别达到, or a bare 规模分别达到: a measure spread over the amounts after it, of things counted before. */
const COUNTED_SPREAD = /^(?:(?:到|至)?(?:19|20)\d{2}年(?:底|末)?)?(?:[^，\d]{0,6}?)(?:(\d{1,2}|[两二三四五六七八九十])(?:条|个|大|类|项))?([^，\d、]{2,16}?)(?:分别|依次)[^，\d]{0,8}?(?=\d)/;
/** What such a count counts: 产业链, 产业集群 (the kind of thing each listed item is). */
const COUNTED_KIND = '(?:产业链|产业集群|产业|集群|行业|园区|基地)';
/** 特色产业链规模 → 产业链规模: the kind of thing counted and what is measured of it. */
const COUNTED_MEASURE = new RegExp(`${COUNTED_KIND}[^，\\d]{0,8}$`);
/** 推动A、B、C3条特色标志性产业链: a list, its count and the kind of thing it counts. */
const COUNTED_LIST = new RegExp(`([^，。；：,]+?)(\\d{1,2}|[两二三四五六七八九十])(?:条|个|大|类|项)[^，。；、\\d]{0,10}?(${COUNTED_KIND})`, 'g');
/** The verbs that open a list of the things a plan develops: 推动, 培育壮大, 做强. */
const DEVELOPS = /^.*?(?:推动|推进|培育壮大|发展壮大|培育|发展|打造|做大做强|做优做强|做强|壮大|聚焦|围绕|布局|建设|提升)/;

/**
 * 济南将推动A、B、C、D、E5条特色标志性产业链…。到2030年，5条特色产业链规模分别达到800亿元、…; 培育A、B2个新兴产业集群，
 * 到2030年规模分别达到…: the i-th amount measures the i-th item of the list counted before it. Empty unless the counts agree.
 */
function countedListItem(input: NamingInput): string {
  const { sentence, clause, quantities, index, earlier = '' } = input;
  const m = COUNTED_SPREAD.exec(sentence.slice(clause.start, clause.end));
  if (!m) return '';
  const first = quantities.findIndex((q) => q.start >= clause.start + m[0].length && q.start < clause.end);
  const amounts = quantities.filter((q, i) => i >= first && q.end <= clause.end).length;
  if (first < 0 || index < first || (m[1] && numeralValue(m[1]) !== amounts)) return '';
  // what is measured: 特色产业链规模 → 产业链规模; a bare 规模 takes the kind the count names
  const own = COUNTED_MEASURE.exec(m[2])?.[0];
  if (!own && !(!m[1] && SHARED_MEASURE.test(m[2]) && m[2].length <= 6)) return '';
  const before = earlier + sentence.slice(0, clause.start);
  const counted = [...before.matchAll(COUNTED_LIST)]
    .filter((c) => numeralValue(c[2]) === amounts && (!m[1] || c[2] === m[1])).pop();
  const items = counted?.[1].replace(DEVELOPS, '').split('、') ?? [];
  if (!counted || items.length !== amounts || items.some((item) => item.trim().length < 2)) return '';
  return clean(items[index - first].trim()) + (own ?? counted[3] + m[2]);
}

/** The clause of a sentence that holds a quantity: the span between the punctuation around it. */
function clauseOf(sentence: string, quantity: Quantity): Span {
  const start = Math.max(...['，', '；', '：'].map((p) => sentence.lastIndexOf(p, quantity.start - 1))) + 1;
  const found = sentence.slice(quantity.end).search(/[，；：。]/);
  const end = found >= 0 ? quantity.end + found : sentence.length;
  return { start, end, text: sentence.slice(start, end) };
}

/** 重奖旅行社上限, 奖励旅行社奖励上限: a capped payment named verb first, then whom it pays. */
const RECEIVER_AFTER_VERB = /^(重奖|奖励|补贴|补助)(?!资金|经费|金额|额度|标准|比例|总额)([\u4e00-\u9fa5]{2,8}?)(?:奖励|补贴|补助)?上限$/;

/** At most 48 characters, cut at a word boundary (的, 、, 等) so no fragment opens the name; no filler opens it either. */
function clip(text: string): string {
  // a name never spans clauses: 增加值增长8%，新培育专精特新企业100家，安排专项资金 → 安排专项资金
  // …企业分别奖励 → …企业奖励: 分别 spreads figures, it names nothing
  // (重奖旅行社上限, 奖励旅行社奖励上限: a cap on what rewards whom, the receiver first, 旅行社奖励上限)
  const t = withoutPlaceLabel((text.split(/[，；。]/).filter((part) => part.trim()).pop() ?? text).trim()).replace(LEADING_FILLER, '').replace(RECEIVER_AFTER_VERB, (_m, verb: string, receiver: string) => `${receiver}${verb === '重奖' ? '奖励' : verb}上限`).replace(/(?<=.{2})分别(?:给予)?(?=.{2})/g, '')
    // 地区生产总值增长（调增: a bracket the name's end cuts open is no part of it
    .replace(/(?<=.{2})[（(][^）)]*$/, '');
  if (t.length <= 48) return t;
  // (国家级技术创新示范企业、质量标杆企业、…和工业设计中心奖励上限: a long list paid alike is named by its first item, 等, and the payment)
  const listed = t.indexOf('、');
  const paid = listed >= 2 ? LIST_PAID_TAIL.exec(t) : null;
  if (paid && listed + 1 + paid[0].length <= 48) return `${t.slice(0, listed)}等${paid[0]}`;
  const from = t.length - 48;
  const boundary = t.slice(from, from + 12).search(/[的、等]/);
  return boundary >= 0 ? t.slice(from + boundary + 1) : t.slice(from);
}
