// Splits a newsletter into the policy documents it bundles. The issue's table of contents
// (本期要目: "21 北京市关于…的实施意见" under 国策要论/地方新政) names each document and its
// column; each title is then found in the body, and the editor's note (编者按) before it joins it.
// A text without a table of contents is one document titled by its first heading or line.
import { titleKey, type NormalizedLine } from './normalize';

export interface DocumentSpan {
  title: string;
  section: string | null;
  /** 0-based index of the title line; -1 when the text has none and the file name stands in. */
  titleLine: number;
  /** 0-based index where the document's text (its editor's note, if any) starts. */
  start: number;
  /** 0-based index after its last line. */
  end: number;
  /** 0-based index where the editor's note ends and the document's own text begins, or -1 without a note. */
  noteEnd: number;
}

export interface Newsletter {
  published: string | null;
  documents: DocumentSpan[];
}

interface TocEntry { title: string; key: string; section: string | null }

/** 2023年7月7日 第27期 → 2023-07-07: the issue date of the newsletter. */
const ISSUE_DATE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const TOC_HEADING = /^(本期要目|目录|本期目录)$/;
/** "21 北京市关于…", "- 06 杭州市…": a page number, then the title. */
const TOC_ENTRY = /^\s*(?:[-*]\s*)?(\d{1,3})\s*([^\d\s].*|\s.+)$/;
const EDITOR_NOTE = /^编者按[:：]?$/;
/** Words that end the title of a policy document: 方案, 意见, 办法… */
export const POLICY_TITLE = /(方案|意见|办法|规划|措施|通知|条例|计划|规定|细则|政策|倡议|纲要|指南|决定|要点|若干|法（|法$|法\(|公告|行动)/;

/** A line that ends as a policy's title does: …实施方案, …办法（试行）, …规划（2021—2025年）. */
const ENDS_AS_TITLE = /(方案|意见|办法|规划|措施|通知|条例|计划|规定|细则|决定|纲要|要点|指南|公告|倡议)(（[^）]*）|\([^)]*\))?$/;

export function segmentDocuments(lines: readonly NormalizedLine[], fallbackTitle: string): Newsletter {
  const published = findIssueDate(lines);
  const toc = readTableOfContents(lines);
  const documents = toc ? placeEntries(lines, toc.entries, toc.end) : [];
  return { published, documents: documents.length ? documents : [singleDocument(lines, fallbackTitle)] };
}

function findIssueDate(lines: readonly NormalizedLine[]): string | null {
  for (const line of lines.slice(0, 40)) {
    const m = ISSUE_DATE.exec(line.text);
    if (m && /第\d+期/.test(line.text)) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  for (const line of lines.slice(0, 40)) {
    const m = ISSUE_DATE.exec(line.text);
    if (m && line.text.length < 40) return `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  }
  return null;
}

function readTableOfContents(lines: readonly NormalizedLine[]): { entries: TocEntry[]; end: number } | null {
  const start = lines.findIndex((l) => TOC_HEADING.test(l.text.trim()));
  if (start < 0) return null;
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
  return entries.length ? { entries, end: i } : null;
}

/** Does this body line carry the title `key`? Titles may be broken over two lines or carry a suffix. */
function isTitleLine(lineKey: string, key: string): boolean {
  if (lineKey.length < 4) return false;
  if (lineKey === key) return true;
  if (lineKey.startsWith(key) && lineKey.length <= key.length + 12) return true;
  return key.startsWith(lineKey) && lineKey.length >= Math.min(8, key.length);
}

function placeEntries(lines: readonly NormalizedLine[], entries: readonly TocEntry[], from: number): DocumentSpan[] {
  const found: { entry: TocEntry; titleLine: number }[] = [];
  const keys = lines.map((line) => (line.text.length <= 100 ? titleKey(line.text) : ''));
  let cursor = from;
  for (const entry of entries) {
    for (let i = cursor; i < lines.length; i++) {
      if (isTitleLine(keys[i], entry.key)) {
        found.push({ entry, titleLine: i });
        cursor = i + 1;
        break;
      }
    }
  }
  return found.map(({ entry, titleLine }, index) => {
    const previousTitle = index === 0 ? from : found[index - 1].titleLine + 1;
    let noteStart = -1;
    for (let i = titleLine - 1; i >= previousTitle; i--) {
      if (EDITOR_NOTE.test(lines[i].text.trim())) { noteStart = i; break; }
    }
    const next = found[index + 1];
    let end = lines.length;
    if (next) {
      end = next.titleLine;
      for (let i = next.titleLine - 1; i > titleLine; i--) {
        if (EDITOR_NOTE.test(lines[i].text.trim())) { end = i; break; }
      }
    }
    return {
      title: entry.title.replace(/\s+/g, ' ').trim(),
      section: entry.section,
      titleLine,
      start: noteStart >= 0 ? noteStart : titleLine,
      end,
      noteEnd: noteStart >= 0 ? titleLine : -1,
    };
  });
}

function singleDocument(lines: readonly NormalizedLine[], fallbackTitle: string): DocumentSpan {
  let titleLine = lines.findIndex((l) => /^\s*#\s/.test(l.original));
  if (titleLine < 0) titleLine = lines.findIndex((l) => l.text.trim().length > 0);
  // a page saved or printed from a portal opens with its menus: "首页 政务公开 政策文件" before "某市…实施方案"
  if (titleLine >= 0 && !ENDS_AS_TITLE.test(lines[titleLine].text.trim())) {
    const opening = lines.map((l, i) => ({ text: l.text.trim(), i })).filter((l) => l.text).slice(0, 10);
    const policy = opening.find((l) => ENDS_AS_TITLE.test(l.text) && l.text.length <= 60 && !/[。；，：:]/.test(l.text));
    if (policy) titleLine = policy.i;
  }
  let title = titleLine >= 0 ? lines[titleLine].text.trim() : fallbackTitle;
  // a title broken over two lines: "关于加快推进人工智能产业" / "创新发展的实施意见"
  const next = lines.slice(titleLine + 1).find((l) => l.text.trim());
  if (next && !POLICY_TITLE.test(title) && POLICY_TITLE.test(next.text) && next.text.length < 40) title += next.text.trim();
  if (title.length > 80 || /[。；，]/.test(title)) { title = fallbackTitle; titleLine = -1; }
  return { title, section: null, titleLine, start: 0, end: lines.length, noteEnd: -1 };
}

