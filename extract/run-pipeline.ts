// The extraction pipeline, one stage per module: decode → normalise → split into documents →
// read each document (sentences, numbers, classification, deadline, indicator, reported figures)
// with its region → merge repeats → emit a validated dataset. Pure: files come in as bytes, problems go out as data.
import type { Observation, PolicyDocument, Target } from '../src/domain/schema';
import { decode } from './decode';
import { buildDataset, checkRecords, hash, toObservations, toTargets, type Built } from './emit';
import { Observer, type ObservationFinding } from './find-observations';
import type { Finding } from './finding';
import { mergeRepeats } from './merge-repeats';
import { barredCells, normalizeLine, type NormalizedLine } from './normalize';
import { SOURCE_LINE, readDocument, relatedLinksAt } from './read-document';
import { NEIGHBOUR_LINK, headStart, readHead } from './read-head';
import { PLACE_CAPTION, resolveDocumentRegion, shortNameOf } from './resolve-region';
import { PLAN_REPORT_TITLE, WORKS_TITLE, congressReportYear, datelineYear, editionYear, milestonePlanYear, milestoneYear, onlyGoalsYear, openingYear, planPeriodOf, presentOfThisYear, reportedPlanPeriod, setsYearGoals, spokenPlanPeriod, soleForwardYear, statedGoalsYear, themeYearOfGoals, yearAfterResults, yearAheadPage } from './resolve-deadline';
import { ISSUE_DATE, POLICY_TITLE, segmentDocuments } from './segment-documents';
import { inOwnCharacters, isTraditional, ownCharacters, toSimplified, writesTraditional } from './simplify-script';
import { splitLines } from './split-lines';

export interface InputFile { name: string; bytes: Uint8Array }
/** Files may be read one at a time (a generator), so memory holds one text, not the corpus. */
export type InputFiles = Iterable<InputFile>;
export interface FileProblem { file: string; problem: string }
/** Problems skip a file; warnings name what was read imperfectly (bad bytes, a listed title not found). */
export interface PipelineResult { built: Built; problems: FileProblem[]; warnings: FileProblem[]; filesRead: number }
export interface FileResult {
  documents: PolicyDocument[]; findings: Finding[]; observations: ObservationFinding[]; warnings: string[];
  /** For a text in traditional characters, how it writes the characters its reading changed: names are given back in them. */
  ownScript?: ReadonlyMap<string, string>;
  /** The text writes brackets as ( ), as most web pages do: the notes names close on are written so too. */
  plainBrackets?: boolean;
}
export type Extracted = FileResult;
/** A file's records as the dataset holds them: repeats merged, stable ids given. */
export interface FileRecords {
  documents: PolicyDocument[]; targets: Target[]; observations: Observation[]; warnings: string[];
  /** The content hash of the records of each source file (checkRecords): the dataset's version is made of them. */
  hashes: Record<string, string>;
  /** Why the records do not match their schemas (an extractor's fault, not the file's): the dataset is then not built. */
  invalid?: string;
}

export function extractFile(file: InputFile): FileResult | FileProblem {
  const decoded = decode(file.bytes);
  if (!decoded.ok) return { file: file.name, problem: decoded.problem };
  return extractText(file.name, decoded.text, decoded.warnings);
}

/**
 * A document's identity: its file name, with a page, PDF or Word extension read as .txt, so the
 * same text gives the same ids whichever format it came in (a.html, a.pdf and a.txt alike).
 */
export function identityName(name: string): string {
  return name.replace(/\.(s?html?|xhtml|pdf|docx)$/i, '.txt');
}

/** One file's text (already read from whatever format it came in) → its documents and findings. */
export function extractText(name: string, text: string, readWarnings: readonly string[] = []): FileResult {
  const paragraphs = splitLines(text);
  // 經濟日報…: rules read simplified characters, quotes keep the text's own (one for one, so offsets hold)
  // (重慶市人民政府印发重慶市…規劃 in a page that mixes both scripts: read in simplified ones too, its records named in them)
  // (1\t数字经济增加值（亿元）\t1200\t2200: a table's row copied as text is read with its cells barred, its own text kept as the original)
  const simplified = writesTraditional(text) ? paragraphs.texts.map((line) => toSimplified(barredCells(line))) : null;
  // (only a text mostly in traditional characters has its titles given back in them)
  const traditional = simplified !== null && isTraditional(text);
  const lines = simplified
    ? paragraphs.texts.map((original, i) => ({ ...normalizeLine(simplified[i]), original }))
    : paragraphs.texts.map((original) => { const barred = barredCells(original); return barred === original ? normalizeLine(original) : { ...normalizeLine(barred), original }; });
  const lineNumbers = paragraphs.lineNumbers;
  const fallbackTitle = name.replace(/^.*[\\/]/, '').replace(/\.(txt|md|markdown|s?html?|xhtml|pdf|docx)$/i, '');
  const newsletter = segmentDocuments(lines, fallbackTitle);
  const documents: PolicyDocument[] = [];
  const findings: Finding[] = [];
  const warnings = [...readWarnings, ...newsletter.missing.map((title) => `“${title}” is listed in the table of contents but its title was not found in the text: its commitments are not extracted`)];
  const ids = new Set<string>();
  const observations: ObservationFinding[] = [];
  for (const span of newsletter.documents) {
    const bodyStart = Math.max(0, span.titleLine);
    const sourceLine = firstSourceLine(lines, bodyStart, span.end);
    const isPolicy = span.section === null || POLICY_TITLE.test(span.title);
    const head = span.section === null ? (newsletter.head ??= readHead(lines)) : undefined;
    // the opening of the text, joined once however many clues ask for it
    let opening: string | undefined;
    const region = resolveDocumentRegion({ title: span.title, section: span.section, sourceLine, isPolicy, head, body: () => (opening ??= articleOf((head ? lines : lines.slice(bodyStart, span.end)).slice(0, 200)).map((l) => l.text).join('\n')),
      writes: (words) => lines.slice(span.start, span.end).some((line) => line.original.includes(words)) });
    // 2026年是“十五五”规划开局之年，…: a text opening on the year it speaks of names that year, not the period it opens
    const yearSpoken = YEAR_IS.exec(span.title);
    // (《…（2025年版）》（简称政策文件）…还发布了《2025年度…申报指南》: the period is the designated text's, not the guide's beside it)
    const ownNames = head ? (head.designatedNames.length ? head.designatedNames : head.ownNames) : [];
    // (no title, and 宝应县“十四五”卫生健康主要发展指标 captioning its table: the period the caption names)
    const caption = head?.titleLine === -1 ? lines.slice(span.start, span.end).find((line) => PLACE_CAPTION.test(line.text)) : undefined;
    // (泽库要闻 / 2023年政府承诺十大惠民工程: a news page's headline, shown as its title, naming one year's list of works)
    const works = span.shownAs !== span.title ? WORKS_TITLE.exec(span.shownAs) : null;
    // (“十四五”时期体育事业全方位升级 将兰州市建成西北地区体育强市, a headline shown as the title: the plan period it names, not a year)
    const shownPeriod = head && span.shownAs !== span.title ? planPeriodOf(span.shownAs) : null;
    // (雷州半岛现代农业发展规划实施方案 / (2016-2020年): the period on a line of its own under the title is the title's)
    const underTitle = span.titleLine >= 0 ? lines.slice(span.titleLine + 1, Math.min(span.end, span.titleLine + 6)).find((line) => line.text.trim() !== '' && line.text.trim() !== span.title) : undefined;
    const periodLine = underTitle && PERIOD_ALONE.test(underTitle.text) ? [underTitle.text] : [];
    const period = yearSpoken ? { start: Number(yearSpoken[1]), end: Number(yearSpoken[1]) } : [span.title, ...periodLine, ...ownNames, ...(caption ? [caption.text] : [])].map(planPeriodOf).find((p) => p !== null)
      ?? (works ? { start: Number(works[1]), end: Number(works[1]) } : null) ?? (shownPeriod && shownPeriod.end > shownPeriod.start ? shownPeriod : null);
    // the same title twice in one file (two joined issues) gets an id told apart by its line
    let id = `${fallbackTitle.slice(0, 24)}-${hash(identityName(name), span.title).slice(0, 8)}`;
    if (ids.has(id)) id = `${fallbackTitle.slice(0, 24)}-${hash(identityName(name), span.title, span.titleLine).slice(0, 8)}`;
    ids.add(id);
    documents.push({
      id, title: span.shownAs, region: region.name, regionCode: region.code, level: region.level, section: span.section,
      file: name, line: span.titleLine >= 0 ? lineNumbers[span.titleLine] : 1, published: span.published, isPolicy, planPeriod: period,
    });
    // a one-year plan by its title (2023年工作要点), or a standalone text opening on its year (2024年，XX新区将…)
    const planYear = period && period.start === period.end ? period.end : period || !head ? null : openingYear(lines, span.titleLine);
    // with no date line, a report's 今年 is the year it calls the opening or close of a plan period, or its page's date
    // (…若干政策举措(2025年版): a text issued as a year's edition, whose 全年 is that year)
    const edition = editionYear([span.title, ...ownNames]);
    // (您当前的位置 : 洛阳网 > … 来源: 洛阳网 2021.01.15 11:58: from the line before its head, where a breadcrumb may end on the page's date)
    const milestone = span.published ? null : milestoneYear(lines, span.start);
    const issuedYear = span.published ? Number(span.published.slice(0, 4)) : milestone ?? (head ? datelineYear(lines, Math.max(span.start, headStart(lines, span.start) - 1)) ?? edition : null);
    // 政府工作报告 dated 2025年01月22日: a work report's goals are for the year it is delivered in
    // (…政府工作报告（2023年1月2日）: the year of the date it gives)
    // (各位代表！今年是“十四五”规划收官…: a report's own words to its congress, whatever its page is titled)
    // (政府工作报告速读丨…, news of the report under a date line: the year it is delivered in)
    // (关于自贡市2023年…计划执行情况及2024年计划草案的报告: a plan report, the year of the draft plan it lays before the congress)
    const report = period ? null : WORK_REPORT_TITLE.exec(span.title) ?? PLAN_REPORT_TITLE.exec(span.title) ?? REPORT_TASKS_TITLE.exec(span.title) ?? (span.published ? REPORT_NEWS_TITLE.exec(span.title) : null);
    // (陕西省省长赵刚作政府工作报告。…: news opening on the report's delivery, its year the year of the session)
    const delivery = !period && !report && head !== undefined ? lines.slice(span.start, span.end).find((l, i) => ADDRESSES_CONGRESS.test(l.text) || (i < REPORT_DELIVERED_LINES && REPORT_DELIVERED.test(l.text))) : undefined;
    const reportToCongress = delivery !== undefined;
    // (宜宾市第六届人民代表大会第七次会议…2026年宜宾经济社会发展的重点是什么: undated news of a congress, the year it speaks of)
    const congressYear = issuedYear || period || planYear ? null : congressReportYear(lines, span.start, span.end);
    // (来源: 张家口市2021年政府工作报告: a page whose source line names the work report it is taken from)
    const reportLine = period || report ? undefined : lines.slice(span.start, Math.min(span.end, span.start + REPORT_DELIVERED_LINES)).find((l) => SOURCE_REPORT.test(l.text));
    const sourceReport = reportLine ? SOURCE_REPORT.exec(reportLine.text) : null;
    // (8月23日，永康市人民政府发布关于永康市2023年…计划执行情况与2024年…计划草案的报告，报告指出，…: news of a plan report, named
    // in its lead, the draft plan's year)
    const leadReport = period || report || sourceReport ? null : lines.slice(span.start, Math.min(span.end, span.start + REPORT_DELIVERED_LINES)).map((l) => (l.text.includes('执行情况') ? PLAN_REPORT_TITLE.exec(l.text) : null)).find((m) => m !== null) ?? null;
    // (2021年2月24日上午，…区第九届人民代表大会第六次会议召开。区长…作政府工作报告: undated news, the date the session opened)
    const deliveredYear = delivery && !issuedYear ? Number(ISSUE_DATE.exec(delivery.text)?.[1] ?? 0) || null : null;
    // (…人大第五次会议开幕…作了政府工作报告。…2020年，太原市在经济、民生方面有诸多重大举措: undated, the one year it looks ahead to)
    const reportYear = planYear ?? (report ? (report[1] ? Number(report[1]) : issuedYear) : leadReport ? Number(leadReport[1]) : reportToCongress ? issuedYear ?? deliveredYear ?? soleForwardYear(lines, span.start, span.end) : sourceReport ? Number(sourceReport[1]) : null)
      // 葛店开发区…主动调增全年各项经济发展目标 under a date line: the goals it gives are that year's
      ?? (issuedYear && head && (setsYearGoals(lines, span.titleLine) || setsYearGoals(lines, attachedTitleLine(lines, span, ownNames))) ? issuedYear : null) ?? congressYear
      // (该市就已经确定了全年的经济工作目标，把2008年作为“企业战略重组年”, undated: the goals are the theme year's)
      ?? (!issuedYear && head && !period ? themeYearOfGoals(lines, span.titleLine) : null)
      // (日前，我市下发《2017年南昌市重大重点项目投资计划》。今年，我市共安排…: news opening on one year's plan issued, that year's)
      ?? (head && !period ? issuedYearPlan(lines, span.start, span.end) : null)
      // (一、发放时间 / 2025年10月至12月 / …首期资金投入1亿元: a scheme's labelled time, within one year, is the year of its sums)
      ?? (head && !period ? schemeYear(lines, span.start, span.end) : null)
      // (怀化市实施“开局八好”行动总体方案 / …实现“十五五”良好开局，特制定本方案: a plan for the year that opens the period)
      ?? (head && !period ? milestonePlanYear(lines, span.start, span.end) : null)
      // (2024年，哈尔滨经济社会发展的主要预期目标是…, and no other year: a retold work report, all of it that year's)
      ?? (head && !period ? onlyGoalsYear(lines, span.start, span.end) : null)
      // (2023年，廊坊市聚焦…十大关键领域，深入开展项目建设攻坚年行动 … 在今年的项目建设攻坚年行动中，全市谋划实施…: an undated text
      // speaking of 今年 and naming one year only, not as the year of what was done, means that year)
      ?? (head && !period && !issuedYear ? presentOfThisYear(lines, span.start, span.end) : null)
      // (今年全市交通工作发展目标：… / 2023年，全市完成交通建设投资69.3亿元，同比增长13.6%: an undated text telling last year's results,
      // the year after them)
      ?? (head && !period && !issuedYear ? yearAfterResults(lines, span.start, span.end) : null);
    // (宜都将…力争全年GDP增长7.5%以上 under a date line, naming no later year: its goals without a year are that year's)
    const aheadYear = head && !period && !reportYear && issuedYear && yearAheadPage(lines, span.start, span.end, issuedYear) ? issuedYear : null;
    const observer = new Observer({ documentKey: id, file: name, title: span.title, region, isPolicy, published: span.published, planStart: period?.start ?? null });
    const spokenPeriodEnd = spokenPlanPeriod(lines, span.start, span.end);
    // with no date, a report that sets 2018年…主要预期目标 looks back on 2017
    const goalsYear = issuedYear || period || planYear ? null : congressYear ?? statedGoalsYear(lines, span.start, span.end);
    const lastPastYear = issuedYear ? issuedYear - 1 : period ? period.start - 1 : planYear ? planYear - 1 : goalsYear ? goalsYear - 1 : null;
    // (湖北省政府新闻办举行2018-2022年《湖北省乡村振兴战略规划》新闻发布会: news of the place's plan, due when the plan ends)
    const placeNames = [region.name, shortNameOf(region)].filter((n): n is string => n !== null && n.length >= 2);
    const reported = !period && !reportYear && head && region.code ? reportedPlanPeriod(lines, span.start, span.end, placeNames) : null;
    for (const finding of readDocument(lines, { span, documentKey: id, file: name, region, isPolicy, planEnd: period?.end ?? reported?.end ?? null, planYear: reportYear, issuedYear, issuedInWords: milestone !== null, lastPastYear, lineNumbers, joins: paragraphs.joins, observer, spokenPeriodEnd, editionYear: edition, aheadYear })) findings.push(finding);
    for (const observation of observer.found) observations.push(observation);
  }
  return { documents, findings, observations, warnings, ownScript: traditional && simplified ? ownCharacters(paragraphs.texts, simplified) : undefined, plainBrackets: writesPlainBrackets(text) };
}

/**
 * 关于印发《邵东市实施“七大攻坚”总体方案》的通知 / … / 邵东市实施“七大攻坚”总体方案: the line where the plan a notice issues opens, under
 * its own name on a line of its own (after the notice's words); -1 when none does.
 */
function attachedTitleLine(lines: readonly { text: string }[], span: { titleLine: number; end: number }, ownNames: readonly string[]): number {
  if (span.titleLine < 0 || !ownNames.length) return -1;
  const names = new Set(ownNames.map((name) => name.replace(/\s+/g, '')));
  for (let i = span.titleLine + 1; i < span.end; i++) if (names.has(lines[i].text.replace(/\s+/g, ''))) return i;
  return -1;
}

/** Whether a text writes more of its brackets as ( ) than as （ ）. */
function writesPlainBrackets(text: string): boolean {
  let plain = 0;
  let wide = 0;
  for (let i = text.indexOf('('); i >= 0; i = text.indexOf('(', i + 1)) plain++;
  if (plain === 0) return false;
  for (let i = text.indexOf('（'); i >= 0 && wide <= plain; i = text.indexOf('（', i + 1)) wide++;
  return plain > wide;
}

/**
 * A file's findings → its records. Repeats live within one document and ids count within one
 * document too, so each file is done on its own (in whichever thread read it).
 */
export function recordsOf(result: FileResult): FileRecords {
  const own = result.ownScript;
  // a title is a name, shown as the text writes it; an indicator is a label compared across regions
  // (地区生产总值 in a text that writes 地區生產總值), so it stays in the simplified reading, as its key does
  const documents = own ? result.documents.map((d) => ({ ...d, title: inOwnCharacters(d.title, own) })) : result.documents;
  // (奖励比例(占投资额) in a page that writes ( ): a name's note in the brackets of its text)
  const checked = checkRecords({ documents, targets: toTargets(mergeRepeats(result.findings), result.plainBrackets), observations: toObservations(result.observations) });
  if (!checked.ok) return { documents: [], targets: [], observations: [], warnings: result.warnings, hashes: {}, invalid: checked.problem };
  return { ...checked.records, warnings: result.warnings, hashes: checked.hashes };
}

/** One file from bytes to records, or the reason it could not be read. */
export function fileRecords(file: InputFile): FileRecords | FileProblem {
  const decoded = decode(file.bytes);
  if (!decoded.ok) return { file: file.name, problem: decoded.problem };
  return textRecords(file.name, decoded.text, decoded.warnings);
}

/**
 * One file's text → its records; or, should a rule fail on it, a problem naming the file, so that one text the rules cannot
 * read is skipped and reported, and the other files are still extracted.
 */
export function textRecords(name: string, text: string, readWarnings: readonly string[] = [], read: typeof extractText = extractText): FileRecords | FileProblem {
  try {
    return recordsOf(read(name, text, readWarnings));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { file: name, problem: `the extractor failed on this text (${reason}): none of its commitments are extracted; please report the file` };
  }
}

/** The text of a document's first （来源：…） line, looked for in place: a copy of the document's lines for it cost more than the search. */
function firstSourceLine(lines: readonly NormalizedLine[], from: number, to: number): string | null {
  for (let i = from, end = Math.min(to, lines.length); i < end; i++) if (SOURCE_LINE.test(lines[i].text)) return lines[i].text;
  return null;
}

/** Strings of this length or more may be slices of the text they were cut from (V8 keeps the whole text alive). */
const SLICE_LENGTH = 13;

/** (2016-2020年) on a line of its own: a plan period written under a title. */
const PERIOD_ALONE = /^\s*[（(]\s*(?:19|20)\d{2}\s*年?\s*[—–\-~至]\s*(?:19|20)\d{2}\s*年?\s*[)）]\s*$/;

/** 2026年是“十五五”规划开局之年: a title that is the opening of a text on one year. */
const YEAR_IS = /^\s*((?:19|20)\d{2})\s*年是[^。；]{2,30}?之年/;
/** 下发《2017年南昌市重大重点项目投资计划》: one year's plan issued, named with its year. */
// (not one to be issued: 下一步，…将依据《工作方案》出台《2021年度…工作要点》)
// (制定出台了《…的意见》、《关于组建专业招商团及下达2012年招商引资考核任务的通知》: or a notice, among others, handing down that year's tasks)
const ISSUED_YEAR_PLAN = /(?<![将拟要][^，。；]{0,24})(?:下发|印发|出台|发布|公布)(?:了)?(?:《[^《》]{2,60}》[、和及])*《(?:[^《》]{0,20}?下达)?((?:19|20)\d{2})年度?[^》]{2,40}?(?:计划|要点|方案|清单|任务)(?:的通知)?》/;

/** The year of the one-year plan the opening lines of a text say was issued, or null. */
function issuedYearPlan(lines: readonly NormalizedLine[], from: number, to: number): number | null {
  for (let i = from, end = Math.min(to, from + REPORT_DELIVERED_LINES); i < end; i++) {
    const m = lines[i].text.includes('《') ? ISSUED_YEAR_PLAN.exec(lines[i].text) : null;
    if (m) return Number(m[1]);
  }
  return null;
}

/** 发放时间, 活动时间：, 实施期限: the label of the time a scheme runs, and what follows it on its line. */
const SCHEME_TIME = /^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}[)）、.．]?\s*)?(?:发放|活动|实施|执行|补贴|兑付|使用)(?:时间|期限|期间|日期)\s*(?:[：:]\s*(.*))?$/;
/** How far into a text a scheme's notice states its time. */
const SCHEME_TIME_LINES = 40;

/** The one year a scheme's labelled time names (活动时间：2025年4月30日—2025年5月18日), on its line or the next; null when it names several or none. */
function schemeYear(lines: readonly NormalizedLine[], from: number, to: number): number | null {
  for (let i = from, end = Math.min(to, from + SCHEME_TIME_LINES); i < end; i++) {
    const text = lines[i].text;
    if (text.length > 60 || !/时间|期限|期间|日期/.test(text)) continue;
    const label = SCHEME_TIME.exec(text);
    if (!label) continue;
    const stated = label[1] || lines[i + 1]?.text || '';
    const years = new Set([...stated.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => m[1]));
    return years.size === 1 ? Number([...years][0]) : null;
  }
  return null;
}

/** 各位代表！: a government's work report speaking to the congress it is delivered to. */
const ADDRESSES_CONGRESS = /^\s*各位代表[！!，,]/;
/** 省长…作政府工作报告, 市长…作了《政府工作报告》, 主席…在政府工作报告中提出, 在运城市五届人大六次会议上，政府工作报告…: a report delivered, as news of a congress opens on it. */
const REPORT_DELIVERED = /(?:省长|市长|县长|区长|州长|盟长|旗长|主席)[\u4e00-\u9fa5]{1,4}(?:代表[\u4e00-\u9fa5]{1,8}(?:人民)?政府)?(?:(?:向大会)?作(?:了)?《?(?:[\u4e00-\u9fa5]{0,8}政府)?工作报告|在《?(?:[\u4e00-\u9fa5]{0,8}政府)?工作报告》?中)|人大[\u4e00-\u9fa5]{1,4}次会议上[，,]\s*(?:[\u4e00-\u9fa5]{0,8}政府)?工作报告/;
/** How far into a text such news opens on the delivery (a page's head may stand above it). */
const REPORT_DELIVERED_LINES = 20;
/** 来源: 张家口市2021年政府工作报告: a source line naming a year's work report. */
const SOURCE_REPORT = /^\s*(?:来源|出处|摘自)\s*[:：]\s*[\u4e00-\u9fa5]{0,12}?((?:19|20)\d{2})年(?:[\u4e00-\u9fa5]{0,4})?政府工作报告/;
/** 政府工作报告, 某县人民政府工作报告 as a text's title: a report on one year's work, delivered early in it. */
const WORK_REPORT_TITLE = /^[^，。；]{0,16}(?:人民)?政府工作报告\s*(?:[（(]((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[）)])?$/;
/** 政府工作报告速读, 解读政府工作报告: news of a year's work report, named in its title. */
const REPORT_NEWS_TITLE = /政府工作报告(?:速读|解读|要点|摘要|全文|亮点|关键词|热词)|(?:速读|解读|读懂|看)[^，。；]{0,6}政府工作报告/;
/** 关于落实《政府工作报告》重点工作分工的意见, 关于分解落实《政府工作报告》的通知: the year's report divided into tasks, for the year it is issued in. */
const REPORT_TASKS_TITLE = /落实《?[^》，。；]{0,12}政府工作报告》?[^，。；]{0,12}(?:分工|任务|责任)|分解落实《?[^》，。；]{0,12}政府工作报告/;

/**
 * The records with each string that may be a slice of the file's text copied on its own, in place:
 * the file's text can then be collected. Cheaper than a deep copy of every object (structuredClone).
 */
function detached<T>(value: T): T {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return node.length >= SLICE_LENGTH ? (' ' + node).slice(1) : node;
    if (Array.isArray(node)) { for (let i = 0; i < node.length; i++) node[i] = walk(node[i]); return node; }
    if (node !== null && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of Object.keys(record)) record[key] = walk(record[key]);
    }
    return node;
  };
  return walk(value) as T;
}

/** Collects files' records one at a time, then builds the dataset once. */
export class DatasetBuilder {
  private readonly problems: FileProblem[] = [];
  private readonly warnings: FileProblem[] = [];
  private readonly documents: PolicyDocument[] = [];
  private readonly targets: Target[] = [];
  private readonly observations: Observation[] = [];
  private readonly hashes: Record<string, string> = {};
  private filesRead = 0;
  /** The first file whose records did not pass their schemas, and why. */
  private invalid: FileProblem | null = null;

  private readonly documentFiles = new Map<string, string>();

  /**
   * Takes a file's result; returns why it was not taken, if it was not. A result made in this
   * thread is copied, so the kept strings do not hold the file's whole text alive; one that came
   * from another thread (`copied`) already is a copy.
   */
  add(result: FileRecords | FileProblem, file: string, { copied = false } = {}): string | null {
    if ('problem' in result) { this.problems.push(result); return result.problem; }
    if (result.invalid !== undefined) { this.invalid ??= { file, problem: result.invalid }; return result.invalid; }
    // a.html beside a.pdf: the same document in two formats gives the same ids; keep the first
    const taken = result.documents.find((d) => this.documentFiles.has(d.id));
    if (taken) {
      const problem = `the same document as ${this.documentFiles.get(taken.id)} (same name, another format): read once`;
      this.problems.push({ file: taken.file, problem });
      return problem;
    }
    for (const d of result.documents) this.documentFiles.set(d.id, d.file);
    this.filesRead++;
    for (const warning of result.warnings) this.warnings.push({ file, problem: warning });
    const own = copied ? result : detached(result);
    // one at a time: spreading a large array into push() overflows the stack
    for (const document of own.documents) this.documents.push(document);
    for (const target of own.targets) this.targets.push(target);
    for (const observation of own.observations) this.observations.push(observation);
    Object.assign(this.hashes, result.hashes);
    return null;
  }

  finish(): PipelineResult {
    // (records that came in, every one, passed their schemas where they were made)
    const built: Built = this.invalid ? { ok: false, problem: `${this.invalid.file}: ${this.invalid.problem}` } : buildDataset(this.documents, this.targets, this.observations, { recordsChecked: true, hashes: this.hashes });
    return { built, problems: this.problems, warnings: this.warnings, filesRead: this.filesRead };
  }
}

/** Runs every text file in the order given (callers sort by name for a stable dataset). */
export function runPipeline(files: InputFiles): PipelineResult {
  const builder = new DatasetBuilder();
  for (const file of files) builder.add(fileRecords(file), file.name);
  return builder.finish();
}

/**
 * A page's lines up to the heading of the links it lists after its article (相关阅读, 新闻推荐), without its links to the pages
 * before and after it (上篇:西安市碑林区确立…): those name other pages' places.
 */
function articleOf(lines: readonly NormalizedLine[]): readonly NormalizedLine[] {
  const end = lines.findIndex((_, at) => relatedLinksAt(lines, at));
  return (end < 0 ? lines : lines.slice(0, end)).filter((line) => !NEIGHBOUR_LINK.test(line.text.trim()))
    .map((line) => (line.text.includes('摄') ? { ...line, text: line.text.replace(PHOTO_CAPTION, '') } : line));
}

/**
 * 这是一艘轮船…准备靠泊唐山港曹妃甸港区码头（1月26日摄）。, 新华社记者 杨世尧 摄: a photo's caption and credit, which name the place
 * the picture was taken, not whose text it is.
 */
const PHOTO_CAPTION = /这是[^。]{2,80}?[（(][^（）()]{0,16}摄[)）]。?|(?:新华社|本报)?记者\s*[\u4e00-\u9fa5]{2,4}\s*摄/g;
