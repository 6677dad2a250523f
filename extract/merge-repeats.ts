// Keeps one record per commitment. An editor's note (编者按) or a summary that repeats a
// commitment of the body — same document, kind, value and unit, a similar indicator — is merged
// into the body's record, whose source lines then list the repeat.
import { similarity } from '../src/domain/text';
import { CURRENCIES } from '../src/domain/units';
import type { Finding } from './finding';
import { ITEM_NUMBER } from './split-sentences';

const SAME_COMMITMENT = 0.8;
/** How far ahead a headline's commitment is looked for in the body: 5G用户普及率将达到56% … (two lines on) 从15%提高到56%. */
const HEADLINE_REACH = 3;
const NOTE_TO_BODY = 0.5;
/** How alike a target's name in a headline and in a body statement far below it must be to be one commitment. */
const FAR_HEADLINE = 0.3;
/** 原标题：… (原標題：… in traditional characters): the headline a page's article first ran under, which the page repeats wherever it puts it. */
const ORIGINAL_TITLE = /^\s*原[标標][题題][：:]/;
/** The lines a text's title and its page's head stand on. */
const TITLE_LINES = 5;

/**
 * The same amount, and no two places side by side: two counties each growing 9.5% are two
 * commitments (a headline for the city restating its district's goal is one: 大连市, 大连市沙河口区).
 */
function sameAmount(a: Finding, b: Finding): boolean {
  return a.kind === b.kind && a.unit === b.unit && a.value === b.value && a.valueMax === b.valueMax && sameRegion(a, b);
}

/** No two places side by side (a city's headline may restate its district's goal). */
const sameRegion = (a: Finding, b: Finding): boolean => a.region.name.startsWith(b.region.name) || b.region.name.startsWith(a.region.name);

/** How far a headline's round figure (近千万亩) may be from the body's exact one (930万亩) it rounds. */
const ROUNDING = 0.1;

/**
 * 5年建近千万亩生态高产标准农田 over …建设生态高产标准农田930万亩: a headline rounding (近, 约) a figure the
 * body states just below it, under a name alike.
 */
function roundedIn(headline: Finding, below: readonly Finding[]): Finding | undefined {
  if (headline.comparator !== '~' || headline.baseValueMax !== null || !headline.baseValue) return undefined;
  return below.find((k) => k.baseUnit === headline.baseUnit && k.baseValueMax === null && sameRegion(k, headline)
    && Math.abs(k.baseValue - headline.baseValue) <= ROUNDING * headline.baseValue && similarity(k.indicator, headline.indicator) >= SAME_COMMITMENT);
}

/** A headline or a news lead: a summary the body may restate in full. */
const summarises = (f: Finding): boolean => f.inHeadline === true || f.inLead === true;

/** A restatement keeps the comparator, or leaves it out, and does not move the deadline it states (one of them may state none). */
function compatible(a: Finding, b: Finding): boolean {
  // a summary may drop the 以上 or 左右 its body states (GDP增长5% … 地区生产总值增长5%左右), and a body the one its lead states
  // (…每年认定…1000家以上 … “每年认定…1000家、…”)
  if (a.comparator !== b.comparator && !((summarises(a) || summarises(b)) && (a.comparator === '=' || b.comparator === '='))) return false;
  // a deadline taken from the document's plan period (8%、500万人 above 到2035年达到500万人) is none stated
  const [da, db] = [statedDeadline(a), statedDeadline(b)];
  return !da || !db || da.year === db.year;
}

/** The deadline a finding's own words give (or its lead carries to it), not its document's plan period. */
const statedDeadline = (f: Finding): Finding['deadline'] => (f.deadlineOfDocument ? null : f.deadline);

/** 围绕全年实现工业产值300亿元的目标 after 全部工业要力争完成产值300亿元: a later line recalling the goal, the same measure named. */
function recallsGoal(first: Finding, later: Finding): boolean {
  return later.kind === 'target' && later.line > first.line && GOAL_RECALLED.test(later.quote) && first.indicator.length >= 2 && later.indicator.slice(-2) === first.indicator.slice(-2);
}
/** …300亿元的目标, 确定经济增长4.5%的预期目标: a figure named as the goal it is. */
const GOAL_RECALLED = /\d[^，。；\d]{0,4}的(?:预期)?(?:目标|任务)/;

/** 地区生产总值增长 and 规模以上工业增加值增长: two measures the indicator catalogue knows apart. */
const otherCatalogued = (a: Finding, b: Finding): boolean => a.indicatorKey !== null && b.indicatorKey !== null && a.indicatorKey !== b.indicatorKey;

/** GDP增长5% and 地区生产总值增长5%: two wordings the indicator catalogue knows as one measure. */
function sameCatalogued(a: Finding, b: Finding): boolean {
  return a.indicatorKey !== null && a.indicatorKey === b.indicatorKey;
}

/**
 * 西宁市将启动新一轮的为民办实事工程,投资41.3亿元 in a news lead and …启动新一轮的为民办实事工程，投资41.3亿元，启动十个方面62件为民办实事工程 in
 * the body: a lead's target the body states again, under a name alike by half its character pairs.
 */
const leadRestated = (lead: Finding, body: Finding): boolean => lead.kind === 'target' && lead.inLead === true && body.inLead !== true && similarity(lead.indicator, body.indicator) >= LEAD_TO_BODY;
const LEAD_TO_BODY = 0.5;

/**
 * 对认定为全球灯塔工厂重奖1000万元 in a news lead, then 对认定为全球灯塔工厂、市级标杆智能工厂…分别给予1000万元、500万元 in the body: a lead's
 * payment to a receiver the body's provision names in the same words, for the same sum, is that provision's.
 */
function leadPaymentRestated(lead: Finding, body: Finding): boolean {
  if (lead.kind !== 'incentive' || lead.inLead !== true || body.inLead === true || body.line <= lead.line) return false;
  // (对首次认定高新技术企业，最高给予30万元的奖补: the receiver may stand in the clause before the quote)
  const receiver = (LEAD_RECEIVER.exec(lead.quote) ?? LEAD_RECEIVER.exec(provisionUpTo(lead.context, lead.quote)))?.[1];
  // (对首次认定高新技术企业 in the lead, 对首次认定的高新技术企业实行梯次奖补 in the body: a 的 between the words changes nothing)
  return receiver !== undefined && receiver.length >= LEAD_RECEIVER_WORDS && withoutOf(body.context).includes(withoutOf(receiver));
}
/** The provision a quote stands in, from its start (after 。 or ；) to the quote's end, the comma before the quote dropped. */
function provisionUpTo(context: string, quote: string): string {
  const at = context.indexOf(quote);
  if (at <= 0) return quote;
  return context.slice(Math.max(context.lastIndexOf('。', at), context.lastIndexOf('；', at)) + 1, at).replace(/[，,]\s*$/, '') + quote;
}
/** A receiver's words without the 的 that may join them. */
const withoutOf = (words: string): string => words.replace(/的/g, '');
/** 对认定为全球灯塔工厂重奖: whom a lead's payment goes to, in the words of the provision it sums up. */
const LEAD_RECEIVER = /对([^，。；\d]{4,30}?)(?:的(?:企业|单位|项目))?(?:一次性|分别|最高|均)*(?:重奖|奖励|给予|予以|补助|补贴|奖补|资助)/;
/** How many words of a receiver a lead and the body must share to be one payment (not 对企业给予). */
const LEAD_RECEIVER_WORDS = 6;

/** 年度计划投资222.8亿元 and “四个一批”重点项目年度计划投资222.8亿元: a target restated with a longer name ending on the shorter. */
function namesPart(a: Finding, b: Finding): boolean {
  const [short, long] = a.indicator.length <= b.indicator.length ? [a.indicator, b.indicator] : [b.indicator, a.indicator];
  return a.kind === 'target' && short.length >= 4 && long.endsWith(short);
}

/** Share of the note's character bigrams that the body paragraph also holds. */
function containment(part: string, whole: string): number {
  const grams = new Set<string>();
  const p = part.replace(/\s+/g, '');
  for (let i = 0; i + 1 < p.length; i++) grams.add(p.slice(i, i + 2));
  if (!grams.size) return 0;
  const w = whole.replace(/\s+/g, '');
  let inside = 0;
  for (const gram of grams) if (w.includes(gram)) inside++;
  return inside / grams.size;
}

/** Two quotes word for word, spaces aside. */
const sameWords = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');
/**
 * The same target's clause, word for word or held whole in the other, under the same name: 河南今年将…同时打造30万亩以上高标准农田示范区。
 * 根据《方案》，…打造30万亩以上高标准农田示范区, a lead and the body in one paragraph (one payment, 给予10万元奖励, may reward two things).
 */
// (原则上对同一项目累计支持金额不超过该项目经专项审计认定支出的50% four times on a page run together: a payment's whole provision said again)
const saidAgain = (a: Finding, b: Finding): boolean => (a.kind === 'target' && a.indicator === b.indicator && (sameWords(a.quote, b.quote) || withinWords(a.quote, b.quote)))
  // (the words found twice in the line, not one payment's copies for two receivers, 分别补助5000万元)
  || (a.kind === 'incentive' && a.indicator === b.indicator && a.quote.length >= WHOLE_PROVISION && sameWords(a.quote, b.quote) && a.context.split(a.quote).length > 2) || headingRestated(a, b);
/** How long a payment's quote must be to be a whole provision, said again word for word (not 每家奖励10万元). */
const WHOLE_PROVISION = 16;
/**
 * 打通10条城区道路。从完善路网结构入手，打通华星路…等10条城区道路: an item's heading, a short sentence of its own opening the line, that
 * the item's text then states again under a name holding the heading's or held in it.
 */
function headingRestated(a: Finding, b: Finding): boolean {
  if (a.kind !== 'target' || a.line !== b.line || a.context !== b.context) return false;
  const heading = a.context.trimStart().split('。', 1)[0];
  return heading.length <= 24 && !/[，,；;]/.test(heading) && heading.includes(a.quote) && !heading.includes(b.quote)
    && (a.indicator.includes(b.indicator) || b.indicator.includes(a.indicator));
}
/** 三、新建300个公共充电桩项目: a numbered item's heading, a line of its own, short and without a clause mark. */
const ITEM_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^，,；;。]{2,36}$/;
/** How many lines below its heading an item's text may restate the heading's figure. */
const ITEM_REACH = 12;
/** 公共充电桩项目, 公共充电桩建设: a works' name without the word its kind of statement closes on. */
const worksCore = (name: string): string => name.replace(/(?:项目|建设|工程|数量)+$/, '');
/**
 * 三、新建300个公共充电桩项目 / … / 任务目标：…共完成300个公共充电桩建设: an item's heading that its text then states again, a few lines
 * on, of the same works: one commitment, the text's statement kept.
 */
function itemHeadingRestated(heading: Finding, body: Finding): boolean {
  if (heading.kind !== 'target' || body.line <= heading.line || body.line - heading.line > ITEM_REACH || !ITEM_HEADING.test(heading.context)) return false;
  const [a, b] = [worksCore(heading.indicator), worksCore(body.indicator)];
  return a.length >= 3 && b.length >= 3 && (a === b || a.endsWith(b) || b.endsWith(a));
}
/** One quote holds the other whole (同时打造30万亩以上…示范区, 打造30万亩以上…示范区), spaces aside. */
function withinWords(a: string, b: string): boolean {
  const [short, long] = [a, b].map((q) => q.replace(/\s+/g, '')).sort((x, y) => x.length - y.length);
  return short.length >= 8 && long.includes(short);
}
/** One payment's name is the other's with words before it (支持汽车置换更新新能源汽车补贴上限, 汽车置换更新新能源汽车补贴上限). */
function endsWithName(a: Finding, b: Finding): boolean {
  const [short, long] = a.indicator.length <= b.indicator.length ? [a.indicator, b.indicator] : [b.indicator, a.indicator];
  return short.length >= 8 && short !== long && long.endsWith(short);
}

/**
 * 对新评定为5A的旅游景区…给予500万元: a payment's quote that names what it is paid for, not 给予1万元促销奖励 alone, which list items
 * paying for different things (批发企业…, 电商企业…) share.
 */
// (nor 每年最高800元/平方米房租补贴, the same terms for two receivers: an amount after words of how often and how much at most;
// nor 分别一次性奖励30万元、20万元, 按级别一次性给予…: the words of how it is paid, in a run)
const namesCondition = (quote: string): boolean => !/^(?:[，,]?(?:按(?:级别|档次|等级)|分别|一次性|最高|可)*(?:给予|奖励|补助|补贴|资助|奖补))|^(?:每年|每月|累计|一次性|最高|不超过|可)+\d/.test(quote.trim());

/**
 * 佛山每年安排1.3亿元扶持推动机器人应用及产业发展 in a lead and 每年安排1.3亿元扶持推动… in the body: a payment quoted word for word on
 * another line (or held whole in the other's quote), in words long enough to say what it is for, is the same payment, however its
 * two sentences name it.
 */
const quotedAgain = (a: Finding, b: Finding): boolean => a.kind === 'incentive' && a.line !== b.line && namesCondition(a.quote) && namesCondition(b.quote)
  && Math.min(a.quote.replace(/\s+/g, '').length, b.quote.replace(/\s+/g, '').length) >= QUOTE_SAID_AGAIN
  && (sameWords(a.quote, b.quote) || (withinWords(a.quote, b.quote) && [a.quote, b.quote].every((q) => PURPOSE_AFTER_AMOUNT.test(q))));
/**
 * 《…政策措施》提出，…对实缴注册资本金1亿元以上并签订合作协议的综合型(区域型)总部，给予500万元开办落户奖补 on one line and 《…》明确，对…
 * on another: a payment under one name, in the same words, whose provision reads the same for a long stretch before them is said again,
 * however short its quote.
 */
function provisionSaidAgain(a: Finding, b: Finding): boolean {
  if (a.kind !== 'incentive' || a.line === b.line || a.indicator !== b.indicator || !sameWords(a.quote, b.quote)) return false;
  const [before, otherBefore] = [a, b].map((f) => {
    const at = f.context.indexOf(f.quote);
    return at < 0 ? '' : f.context.slice(Math.max(0, at - PROVISION_SAID_AGAIN * 2), at).replace(/\s+/g, '').slice(-PROVISION_SAID_AGAIN);
  });
  return before.length >= PROVISION_SAID_AGAIN && before === otherBefore;
}
/** How many characters before a payment's quote two statements of it share. */
const PROVISION_SAID_AGAIN = 24;
/**
 * …1.3亿元扶持推动机器人应用及产业发展: what the money is for, said after the amount; a quote that ends on its amount (奖励金额最高不超过100万元)
 * may sit inside another payment's (其中，体育产业项目奖励金额最高不超过100万元) and say nothing of which it is.
 */
const PURPOSE_AFTER_AMOUNT = /\d[万亿]?元[\u4e00-\u9fa5]{6,}/;
/** How long a payment's quote must be to tell it from another payment said in the same few words (给予最高500万元奖励). */
const QUOTE_SAID_AGAIN = 16;

/**
 * Two payments on lines of two numbered items (7.支持初加工点建设。…单个项目流动资金贷款最高贴息不超过100万元 / 8.…同上): each item's own,
 * however alike their words.
 */
function otherItems(a: Finding, b: Finding): boolean {
  const [x, y] = [ITEM_NUMBER.exec(a.context.trimStart())?.[0].trim(), ITEM_NUMBER.exec(b.context.trimStart())?.[0].trim()];
  return x !== undefined && y !== undefined && x !== y;
}

/** 15项扶持政策，最高奖励可达1亿元: what a package of measures pays at most, its name the package's. */
const PACKAGE_CAP = /(?:政策|措施|举措|条款)[^，。；]{0,4}(?:最高|上限)/;
/** A news lead's top payment of a package the body then pays under its own name. */
const capOfPackage = (lead: Finding, body: Finding): boolean => lead.inLead === true && lead.kind === 'incentive' && body.kind === 'incentive' && lead.comparator === '<=' && PACKAGE_CAP.test(lead.indicator);

/**
 * 山西出台重点产业链重大奖励政策 最高奖3000万元 over …分别给予…2000万元、3000万元: a headline's or a lead's top payment that a payment
 * of the body below states, whatever name and cue each has (not 第三条…给予最高300万元 over 第四条…给予最高300万元, nor a policy's
 * first provision over a later one: with both capped, only news announcing a measure summarises it; nor 最长三年 over 连续三年: how
 * long a payment runs is no sum paid).
 */
const capSummarised = (lead: Finding, body: Finding): boolean => announcesCap(lead) && !summarises(body) && body.kind === 'incentive' && lead.line < body.line
  && (lead.inHeadline === true || body.comparator === '=' || NEWS_OF_A_MEASURE.test(lead.context));
/** A headline's or a lead's sum paid at most: 最高奖励3000万元. */
const announcesCap = (f: Finding): boolean => summarises(f) && f.kind === 'incentive' && f.comparator === '<=' && CURRENCIES.has(f.baseUnit);
/** 本报讯, 记者…获悉, …发布了《…》, 在今天上午举行的…发布会上: the words of news reporting a measure, which a lead's cap summarises. */
const NEWS_OF_A_MEASURE = /获悉|报讯|消息|记者|发布了?《|印发了?《|出台了?《|发布会|新闻|近日|日前|今天|昨日/;

/** Findings can only merge when they state the same amount, so each document's kept findings are indexed by it. */
const amountKey = (f: Finding): string => `${f.documentKey}\u0000${f.kind}\u0000${f.unit}\u0000${f.value}\u0000${f.valueMax}`;

export function mergeRepeats(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  // repeats live in one document and state one amount: compared within that group only, which
  // keeps the work linear in the number of records however many a document holds
  const byAmount = new Map<string, Finding[]>();
  const keptWith = (finding: Finding): Finding[] => {
    const key = amountKey(finding);
    let list = byAmount.get(key);
    if (!list) byAmount.set(key, (list = []));
    return list;
  };
  const body = findings.filter((f) => !f.inEditorNote);
  const notes = findings.filter((f) => f.inEditorNote);
  for (const finding of body) {
    const same = keptWith(finding);
    // repeats sit on other lines: one line naming an amount twice (A、B分别过千亿元) states two commitments,
    // unless it says the same words twice (a page that runs its lead into the text it repeats)
    const earlier = same.find((k) => sameAmount(k, finding) && compatible(k, finding) && (k.line !== finding.line || saidAgain(k, finding))
      // (技术创新服务平台奖励上限 in a lead, 省级以上重点实验室等技术创新服务平台奖励上限 in the article: one payment)
      && (similarity(k.indicator, finding.indicator) >= SAME_COMMITMENT || leadRestated(k, finding) || headingRestated(k, finding) || itemHeadingRestated(k, finding) || sameCatalogued(k, finding) || namesPart(k, finding) || (finding.kind === 'incentive' && endsWithName(k, finding)) || capOfPackage(k, finding) || recallsGoal(k, finding) || quotedAgain(k, finding) || provisionSaidAgain(k, finding) || leadPaymentRestated(k, finding))
      // 第六条…最高500万元, 第八条…最高500万元: articles of a measure pay for different things alike
      // (a news lead announcing a payment the body then states: under the very same name)
      // (…印发《措施》，明确对新评定为5A的旅游景区…给予500万元, and the article saying it again word for word: one payment)
      // (浙江：支持汽车置换更新，新能源汽车最高补贴1.5万元/辆 over the article saying so: a name the other ends with)
      // (not …电子信息制造企业…首次达到10亿元的，给予500万元 and, paragraphs on, 对软件企业…首次达到10亿元的…500万元: a body's later
      // payment named with more words before it is another payment; nor two numbered items' payments in the same words, 7.…单个项目…贴息不超过100万元
      // and 8.…单个项目…贴息不超过100万元)
      && (finding.kind !== 'incentive' || (!otherItems(k, finding) && (capOfPackage(k, finding) || quotedAgain(k, finding) || provisionSaidAgain(k, finding) || leadPaymentRestated(k, finding) || k.context === finding.context || k.inHeadline === true || (k.inLead === true && k.indicator === finding.indicator) || (k.indicator === finding.indicator && sameWords(k.quote, finding.quote) && namesCondition(k.quote)) || (endsWithName(k, finding) && k.indicator.length > finding.indicator.length)))));
    // (主营业务收入达3800亿 under a heading, then 2020年达到3800亿元左右: the statement with its year is the fuller one, and so it is over a
    // horizon reckoned from the year the text is issued, 用3年时间…, or a document's own)
    // (a headline the page did not mark as one, 浙江：支持…补贴上限, gives way to the article's plainer statement)
    if (earlier && !recallsGoal(earlier, finding) && ((summarises(earlier) && !summarises(finding)) || itemHeadingRestated(earlier, finding) || (finding.kind === 'target' && !statedDeadline(earlier) && statedDeadline(finding) !== null)
      || (finding.kind === 'incentive' && endsWithName(earlier, finding) && finding.indicator.length < earlier.indicator.length))) {
      // the body states what the headline or the news lead announced: its record, with its deadline, is the one kept
      Object.assign(earlier, finding, { alsoLines: [...finding.alsoLines, earlier.line, ...earlier.alsoLines] });
      continue;
    }
    if (earlier) { earlier.alsoLines.push(finding.line); continue; }
    const copy = { ...finding, alsoLines: [...finding.alsoLines] };
    kept.push(copy);
    same.push(copy);
  }
  for (const note of notes) {
    const candidates = (byAmount.get(amountKey(note)) ?? []).filter((k) => !k.inEditorNote && sameAmount(k, note));
    let best: Finding | undefined;
    let bestScore = -1;
    for (const candidate of candidates) {
      const score = Math.max(similarity(candidate.indicator, note.indicator), containment(note.quote, candidate.context));
      if (score > bestScore) { best = candidate; bestScore = score; }
    }
    if (best && (bestScore >= NOTE_TO_BODY || candidates.length === 1)) best.alsoLines.push(note.line);
    else kept.push({ ...note, alsoLines: [...note.alsoLines] });
  }
  // a headline repeating a commitment the body states just after it points at the body
  // (in units of its own: 收入将增至1.8万元 over …增长至18000元)
  const repeated = new Set<Finding>();
  const anyKind = (f: Finding): string => `${f.documentKey}\u0000${f.baseUnit}\u0000${f.baseValue}\u0000${f.baseValueMax}`;
  const byAmountAnyKind = new Map<string, Finding[]>();
  for (const k of kept) {
    const list = byAmountAnyKind.get(anyKind(k));
    if (list) list.push(k); else byAmountAnyKind.set(anyKind(k), [k]);
  }
  const byLine = new Map<string, Finding[]>();
  for (const k of kept) {
    const key = `${k.documentKey}\u0000${k.line}`;
    const list = byLine.get(key);
    if (list) list.push(k); else byLine.set(key, [k]);
  }
  /** The body's findings on the lines just below a headline. */
  const nearAfter = (headline: Finding): Finding[] => Array.from({ length: HEADLINE_REACH }, (_, step) => byLine.get(`${headline.documentKey}\u0000${headline.line + step + 1}`) ?? [])
    .flat().filter((k) => !k.inHeadline && !repeated.has(k));
  for (const headline of kept) {
    if (!headline.inHeadline) continue;
    // (原标题：安徽“十四五”新增风光装机1800万千瓦 under the article: a page's original headline repeats the body, above or below it)
    const original = ORIGINAL_TITLE.test(headline.context);
    // (“引客入鲁”征求意见 一架旅游包机将最高奖10万元 / … / 山东省“引客入鲁”奖补办法征求意见 一架旅游包机将最高奖励10万元: a page's
    // headline restated by the article's own just below it is one commitment, the article's)
    // (not 新增落户创投风投机构20家 / 新培育各类创新平台载体20家以上, a list's short lines far down the page)
    const restatedBelow = (k: Finding): boolean => headline.line <= TITLE_LINES && k.line > headline.line && k.line - headline.line <= HEADLINE_REACH
      && similarity(k.indicator, headline.indicator) >= FAR_HEADLINE;
    const stated = (byAmountAnyKind.get(anyKind(headline)) ?? []).filter((k) => (!k.inHeadline || restatedBelow(k)) && k !== headline && !repeated.has(k) && (k.line > headline.line || original)
      && sameRegion(k, headline) && (original ? compatible(headline, k) : compatible(k, headline)));
    // the body's statement just after it, or further on when the body states that amount once only
    // (落户最高可奖励4000万元！… 十余行后 …可给予最高不超过4000万元奖励)
    // (到2027年全省经济总量突破7万亿元, a standalone line mid-text, is not 工业规模提升至7万亿级 fifty lines on: far off, a
    // headline below the text's title names the same thing; the title's own, 顺德力争到2025年GDP达5000亿元, may word it apart)
    // (地区生产总值增长5% on a page's fifth line is not 工业技改投资增长5% forty lines on: a measure the catalogue knows is matched by it)
    const far = stated.length === 1 && (headline.kind === 'incentive' || (headline.line <= TITLE_LINES && headline.indicatorKey === null) || sameCatalogued(stated[0], headline) || similarity(stated[0].indicator, headline.indicator) >= FAR_HEADLINE) ? stated[0] : undefined;
    // (地区生产总值增长5% / 规模以上工业增加值增长5%, a list's lines under a page head: two measures the catalogue tells apart are two goals)
    const body = stated.find((k) => k.line - headline.line <= HEADLINE_REACH && !otherCatalogued(k, headline)) ?? far ?? roundedIn(headline, nearAfter(headline))
      ?? (original ? stated[0] : undefined);
    if (!body) continue;
    body.alsoLines.push(headline.line, ...headline.alsoLines);
    repeated.add(headline);
  }
  // (…最高奖励3000万元 in a lead, then the body's tiers up to 3000万元: the top payment the lead announced)
  for (const lead of kept) {
    if (repeated.has(lead) || !announcesCap(lead)) continue;
    const body = (byAmountAnyKind.get(anyKind(lead)) ?? []).find((k) => k !== lead && !repeated.has(k) && sameRegion(k, lead) && capSummarised(lead, k));
    if (!body) continue;
    body.alsoLines.push(lead.line, ...lead.alsoLines);
    repeated.add(lead);
  }
  if (repeated.size) kept.splice(0, kept.length, ...kept.filter((k) => !repeated.has(k)));
  for (const finding of kept) finding.alsoLines = [...new Set(finding.alsoLines)].filter((l) => l !== finding.line).sort((a, b) => a - b);
  return kept;
}
