// Splits a newsletter into the policy documents it bundles. The issue's table of contents
// (本期要目: "21 北京市关于…的实施意见" under 国策要论/地方新政) names each document and its
// column; each title is then found in the body, and the editor's note (编者按) before it joins it.
// A text without a table of contents is one document titled by its first heading or line.
// A file holding several newsletters one after another has several tables of contents: each
// newsletter's entries are placed in its own part, which ends where the next issue's cover begins.
import { IsoDateSchema } from '../src/domain/schema';
import { normalizedTitleKey, titleKey, type NormalizedLine } from './normalize';
import { POLICY_TITLE, readHead, type DocumentHead } from './read-head';
import { LAPSES } from './resolve-deadline';

export interface DocumentSpan {
  title: string;
  section: string | null;
  /** 0-based index of the title line; -1 when the text has none and the file name stands in. */
  titleLine: number;
  /** What the document is shown as: its title, or where the file name stands in for one, a news page's headline. */
  shownAs: string;
  /** 0-based index where the document's text (its editor's note, if any) starts. */
  start: number;
  /** 0-based index after its last line. */
  end: number;
  /** 0-based index where the editor's note ends and the document's own text begins, or -1 without a note. */
  noteEnd: number;
  /** The issue date of the newsletter the document belongs to. */
  published: string | null;
}

export interface Newsletter {
  published: string | null;
  documents: DocumentSpan[];
  /** Table-of-contents titles whose text could not be found in the body. */
  missing: string[];
  /** A standalone text's head (title, names, issuers), read once here for the later stages. */
  head: DocumentHead | null;
}

interface TocEntry { title: string; key: string; section: string | null }

/** 2023年7月7日 第27期 → 2023-07-07: the issue date of the newsletter. */
/** 2023年8月18日: a calendar date (not the tail of 20023年…, nor 8月32日). */
export const ISSUE_DATE = /(?<!\d)((?:19|20)\d{2})年(0?[1-9]|1[0-2])月(0?[1-9]|[12]\d|3[01])日/;
const TOC_HEADING = /^\s*(本期要目|目录|本期目录)\s*$/;
/** "21 北京市关于…", "- 06 杭州市…": a page number, then the title. */
const TOC_ENTRY = /^\s*(?:[-*]\s*)?(\d{1,3})\s*([^\d\s].*|\s.+)$/;
const EDITOR_NOTE = /^编者按[:：]?$/;
export { POLICY_TITLE };

/** "第27期": the issue number that opens a newsletter's cover. */
const ISSUE_NUMBER = /第\d+期/;
/** How far before a table of contents its issue's cover may begin, in lines. */
const COVER_LINES = 80;

export function segmentDocuments(lines: readonly NormalizedLine[], fallbackTitle: string): Newsletter {
  const published = findIssueDate(lines, 0);
  const tocs: { entries: TocEntry[]; start: number; end: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!TOC_HEADING.test(lines[i].text)) continue;
    const toc = readTableOfContents(lines, i);
    if (toc) { tocs.push(toc); i = toc.end - 1; }
  }
  const documents: DocumentSpan[] = [];
  const missing: string[] = [];
  tocs.forEach((toc, index) => {
    const next = tocs[index + 1];
    const partEnd = next ? coverStart(lines, toc.end, next.start) : lines.length;
    const partStart = index === 0 ? 0 : coverStart(lines, tocs[index - 1].end, toc.start);
    const placed = placeEntries(lines, toc.entries, toc.end, partEnd, findIssueDate(lines, partStart));
    documents.push(...placed.documents);
    missing.push(...placed.missing);
  });
  if (documents.length) return { published, documents, missing, head: null };
  const head = readHead(lines);
  return { published, documents: [singleDocument(lines, head, fallbackTitle, published)], missing: [], head };
}

/** Where the cover of the issue whose table of contents starts at `toc` begins: its earliest issue-number line. */
function coverStart(lines: readonly NormalizedLine[], after: number, toc: number): number {
  let start = toc;
  for (let i = toc - 1; i >= Math.max(after, toc - COVER_LINES); i--) {
    if (ISSUE_NUMBER.test(lines[i].text) && lines[i].text.length < 40) start = i;
  }
  return start;
}

function findIssueDate(lines: readonly NormalizedLine[], from: number): string | null {
  const cover = lines.slice(from, from + 40);
  for (const line of cover) {
    const date = issueDateIn(line.text);
    if (date && ISSUE_NUMBER.test(line.text)) return date;
  }
  // 发布时间:2016-01-29 08:33:54 来源:… under the portal's own day (2024年05月28日 星期二): the article's date
  // (a portal's table of labels puts each value on the line after its label: 成文日期： / 2023-02-08)
  const labels = cover.slice(0, 40);
  for (const [i, line] of labels.entries()) {
    const value = /[:：]\s*$/.test(line.text) ? labels.slice(i + 1).find((next) => next.text.trim())?.text.trim() ?? '' : '';
    const labelled = PUBLISHED_AT.exec(line.text + value);
    if (labelled) return issueDateIn(`${labelled[1]}年${labelled[2]}月${labelled[3]}日`);
    // (2023-07-24 07:59 来源: 湖北日报, • 2023-02-06 10:02:21 来源:…: a page's date and time before its source, unlabelled, a list's bullet before it or not)
    // (成都商报 2022-01-24 04:12 大字: or after the outlet that ran it, on a byline of its own)
    // (…明年力争种糖蔗15万亩http://www.sina.com.cn 2007年12月13日 09:44: or after the site's address, run on after the headline)
    const stamped = STAMPED_AT.exec(line.original) ?? OUTLET_STAMPED_AT.exec(line.original) ?? (line.original.includes('://') ? ADDRESS_STAMPED_AT.exec(line.original) : null);
    if (stamped) return issueDateIn(`${stamped[1]}年${stamped[2]}月${stamped[3]}日`);
  }
  // (有效期至 | 2026年12月31日: the day a policy lapses is no day it was issued)
  for (const line of cover) {
    const date = issueDateIn(line.text);
    if (date && line.text.length < 40 && !LAPSES.test(line.text)) return date;
    // (   2020-07-13 郑州开发区, 2025-02-22 10:09   海报新闻: a page's day in figures on a line of its own, the body that posted it after it)
    const dashed = DASHED_DAY_LINE.exec(line.text);
    if (dashed) return issueDateIn(`${dashed[1]}年${dashed[2]}月${dashed[3]}日`);
    // (05.11.2014  11:48 under a headline: a page's day written day first, as some sites render it)
    const dayFirst = DAY_FIRST_STAMP.exec(line.text);
    if (dayFirst) return Number(dayFirst[2]) > 12 ? issueDateIn(`${dayFirst[3]}年${dayFirst[1]}月${dayFirst[2]}日`) : issueDateIn(`${dayFirst[3]}年${dayFirst[2]}月${dayFirst[1]}日`);
  }
  // (4月3日，2025年“聚力建支点·夺取开门红”系列新闻发布会第八场召开: a lead opening on the day of an event its year names;
  // 记者从3月24日召开的2023年…新闻发布会上获悉: or learning from it)
  for (const line of cover) {
    const lead = DAY_THEN_YEARS_EVENT.exec(line.text) ?? YEARS_EVENT_HELD_ON.exec(line.text);
    if (lead) return issueDateIn(`${lead[3]}年${lead[1]}月${lead[2]}日`);
  }
  return null;
}
/** 4月3日，2025年“…”系列新闻发布会…召开: a lead opening on a day, then an event named with its year, held that day. */
const DAY_THEN_YEARS_EVENT = /^\s*(\d{1,2})月(\d{1,2})日[，,]\s*((?:19|20)\d{2})年[^。；]{0,40}?(?:会议|大会|发布会|活动|论坛)[^。；]{0,12}?(?:召开|举行|举办|开幕)/;
/** 记者从3月24日召开的2023年…交易会新闻发布会上获悉: a lead learning from an event named with its year, held on a day. */
const YEARS_EVENT_HELD_ON = /^\s*(?:记者)?(?:从|在)(\d{1,2})月(\d{1,2})日(?:召开|举行|举办)的((?:19|20)\d{2})年[^。；]{0,40}?(?:会议|大会|发布会|活动|论坛)/;
/** 05.11.2014  11:48: a line holding a page's day written day first (or, past 12, month first), and its time. */
const DAY_FIRST_STAMP = /^\s*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})\s+\d{1,2}:\d{2}(?::\d{2})?\s*$/;
/** 2020-07-13, 2020-07-13 郑州开发区, 2025-02-22 10:09 海报新闻: a line holding nothing but a day in figures (and its time) and, after it, who posted the page. */
const DASHED_DAY_LINE = /^\s*((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*[\u4e00-\u9fa5]{2,20})?\s*$/;
/**
 * 发布时间：2016-01-29, 成文日期：2023-02-08, 发布:2016-05-13, or a bare 时间：2023-01-14 08:36 among a page's labels (来源：…); a law
 * database's bracketed label, 【公布日期】2005.02.01.
 */
const PUBLISHED_AT = /(?:(?:发布|发稿|发表|成文|印发|公布)(?:时间|日期)?|(?<![\u4e00-\u9fa5])(?:时间|日期))(?:[:：]|(?<=日期)】)\s*((?:19|20)\d{2})[-/.年](\d{1,2})[-/.月](\d{1,2})/;

/**
 * 2023-07-24 07:59 来源: 湖北日报: a line opening on a page's date and time, its source or author after it (http://www.gd.chinanews.com
 * 2023年01月12日 11:50 來(lái)源:中新網(wǎng)廣東: after the site's address too, the date in 年月日, the source in the page's own script,
 * read with the reading of a character a page set after it; 2024-07-29 09:27:43 青海省文化和旅游厅: or the body that posted it).
 */
const STAMPED_AT = /^\s*(?:https?:\/\/\S+\s+)?(?:[•·▪●]\s*)?((?:19|20)\d{2})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:(?:[来來](?:\([a-zà-ǜ]+\))?源|作者|编辑|責任編輯|责任编辑|稿源)[:：]|[\u4e00-\u9fa5]{2,20}(?:厅|局|委|政府|办公室|委员会|管委会)\s*$|$)/;

/** http://www.sina.com.cn 2007年12月13日 09:44: a site's address, then the page's date and time. */
const ADDRESS_STAMPED_AT = /https?:\/\/\S+\s+((?:19|20)\d{2})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?\s+\d{1,2}:\d{2}/;

/** 成都商报 2022-01-24 04:12 大字: a byline of the outlet that ran the page, its date and time, and a label or two of the page's. */
const OUTLET_STAMPED_AT = /^\s*[\u4e00-\u9fa5]{1,10}(?:报|网|社|台|频道|客户端|新闻)\s+((?:19|20)\d{2})[-/.](\d{1,2})[-/.](\d{1,2})\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s+[\u4e00-\u9fa5]{1,4}){0,2}\s*$/;

/** The ISO date a line states, if it is one the calendar has (not 2023年2月30日). */
function issueDateIn(text: string): string | null {
  const m = ISSUE_DATE.exec(text);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : null;
  return iso && IsoDateSchema.safeParse(iso).success ? iso : null;
}

function readTableOfContents(lines: readonly NormalizedLine[], start: number): { entries: TocEntry[]; start: number; end: number } | null {
  const entries: TocEntry[] = [];
  let section: string | null = null;
  let i = start + 1;
  for (; i < lines.length; i++) {
    const text = lines[i].text.trim();
    if (!text) continue;
    if (EDITOR_NOTE.test(text) || text.length > 80) break;
    const entry = TOC_ENTRY.exec(lines[i].original);
    if (entry) {
      const title = entry[2].trim();
      entries.push({ title, key: titleKey(title), section });
    } else if (/^[（(]/.test(text) && entries.length) {
      const last = entries[entries.length - 1];
      last.title += text;
      last.key = titleKey(last.title);
    } else if (text.length <= 8) {
      section = text;
    } else {
      break;
    }
  }
  return entries.length ? { entries, start, end: i } : null;
}

/** Does this body line carry the title `key`? Titles may be broken over two lines or carry a suffix. */
function isTitleLine(lineKey: string, key: string): boolean {
  if (lineKey.length < 4) return false;
  if (lineKey === key) return true;
  if (lineKey.startsWith(key) && lineKey.length <= key.length + 12) return true;
  return key.startsWith(lineKey) && lineKey.length >= Math.min(8, key.length);
}

function placeEntries(lines: readonly NormalizedLine[], entries: readonly TocEntry[], from: number, to: number, published: string | null): { documents: DocumentSpan[]; missing: string[] } {
  const found: { entry: TocEntry; titleLine: number }[] = [];
  const missing: string[] = [];
  const keys: string[] = [];
  for (let i = from; i < to; i++) keys[i - from] = lines[i].text.length <= 100 ? normalizedTitleKey(lines[i].text) : '';
  let cursor = from;
  for (const entry of entries) {
    let at = -1;
    for (let i = cursor; i < to; i++) {
      if (isTitleLine(keys[i - from], entry.key)) { at = i; break; }
    }
    if (at < 0) { missing.push(entry.title.replace(/\s+/g, ' ').trim()); continue; }
    found.push({ entry, titleLine: at });
    cursor = at + 1;
  }
  const documents = found.map(({ entry, titleLine }, index) => {
    const previousTitle = index === 0 ? from : found[index - 1].titleLine + 1;
    let noteStart = -1;
    for (let i = titleLine - 1; i >= previousTitle; i--) {
      if (EDITOR_NOTE.test(lines[i].text.trim())) { noteStart = i; break; }
    }
    const next = found[index + 1];
    let end = to;
    if (next) {
      end = next.titleLine;
      for (let i = next.titleLine - 1; i > titleLine; i--) {
        if (EDITOR_NOTE.test(lines[i].text.trim())) { end = i; break; }
      }
    }
    const title = entry.title.replace(/\s+/g, ' ').trim();
    return {
      title,
      shownAs: title,
      section: entry.section,
      titleLine,
      start: noteStart >= 0 ? noteStart : titleLine,
      end,
      noteEnd: noteStart >= 0 ? titleLine : -1,
      published,
    };
  });
  return { documents, missing };
}

function singleDocument(lines: readonly NormalizedLine[], head: DocumentHead, fallbackTitle: string, published: string | null): DocumentSpan {
  const named = head.title ?? head.ownNames[0];
  // (a news page naming no document: its headline, not the file's name, is what a reader knows it by)
  return { title: named ?? fallbackTitle, shownAs: named ?? head.headline ?? fallbackTitle, section: null, titleLine: head.titleLine, start: 0, end: lines.length, noteEnd: -1, published };
}
