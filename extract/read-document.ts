// Walks one document paragraph by paragraph and sentence by sentence, turning each number that
// is a commitment into a Finding: classified, with comparator, deadline, region and indicator.
import type { Comparator, Deadline, Region } from '../src/domain/schema';
import { classify, comparatorOf } from './classify';
import type { Observer } from './find-observations';
import type { Finding } from './finding';
import { baseValue, findQuantities } from './find-quantities';
import { nameIndicator } from './name-indicator';
import { originalSlice, type NormalizedLine } from './normalize';
import { baselineYearOf, deadlineAt, findDeadlines } from './resolve-deadline';
import type { DocumentSpan } from './segment-documents';
import { splitSentences, trimClause } from './split-sentences';

export interface DocumentContext {
  span: DocumentSpan;
  documentKey: string;
  file: string;
  region: Region;
  isPolicy: boolean;
  planEnd: number | null;
  /** Collects the reported figures (statistics) met on the way; see find-observations.ts. */
  observer?: Observer;
}

/** 一、 （一） 1. 第三条 ## …: the numbering that opens a heading or an item. */
const NUMBERING = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十百]+[章条节]|【[^】]{1,12}】)\s*/;
/** Blocks that describe the present, not the plan: 发展现状, 工作成效. */
const STATUS_HEADING = /现状|成效|成绩|进展|回顾|基础条件|发展基础|形势/;
const SOURCE_LINE = /^[（(]来源[:：]/;
const EDITOR_NOTE = /^编者按[:：]?$/;
const AMOUNT_HINT = /[\d两二三四五六七八九十百千万亿]/;

function isHeading(line: NormalizedLine): boolean {
  const text = line.text;
  if (/^\s*#/.test(line.original)) return true;
  return NUMBERING.test(text) && text.length <= 40 && !/[。；]./.test(text);
}

function leadOf(text: string): string {
  const rest = text.replace(NUMBERING, '');
  const end = rest.search(/[。：；]/);
  return (end >= 0 ? rest.slice(0, end) : rest).trim();
}

function strengthOf(sentence: string): Finding['strength'] {
  if (/确保|必须|务必/.test(sentence)) return 'binding';
  if (/力争|争取|努力|力求/.test(sentence)) return 'aspirational';
  return null;
}

export function readDocument(lines: readonly NormalizedLine[], context: DocumentContext): Finding[] {
  const { span } = context;
  const findings: Finding[] = [];
  let carried: Deadline | null = null;
  let heading = '';
  let inStatusBlock = false;
  for (let i = span.start; i < span.end; i++) {
    const line = lines[i];
    const text = line.text;
    if (!text.trim() || i === span.titleLine || EDITOR_NOTE.test(text.trim()) || SOURCE_LINE.test(text)) continue;
    if (i === span.noteEnd) { carried = null; heading = ''; }
    const inEditorNote = span.noteEnd >= 0 && i < span.noteEnd;
    if (isHeading(line)) {
      heading = leadOf(text);
      carried = null;
      inStatusBlock = STATUS_HEADING.test(text);
      continue;
    }
    if (NUMBERING.test(text)) {
      heading = leadOf(text) || heading;
      carried = null;
    }
    // a line with no digit and no 十/百/千/两… can hold neither an amount nor a deadline
    if (!(context.isPolicy || context.observer?.active) || !AMOUNT_HINT.test(text)) continue;
    context.observer?.startLine(i, line, inStatusBlock, inEditorNote);
    for (const sentence of splitSentences(text)) {
      const mentions = findDeadlines(sentence.text);
      const quantities = findQuantities(sentence.text);
      const clauses = sentence.clauses.map((c) => trimClause({ ...c, start: c.start - sentence.start, end: c.end - sentence.start }));
      context.observer?.sentence(sentence, quantities, clauses);
      const comparators: Comparator[] = [];
      quantities.forEach((quantity, index) => {
        const clause = clauses.find((c) => quantity.start >= c.start && quantity.start < c.end) ?? clauses[clauses.length - 1];
        const comparator = comparatorOf(sentence.text, quantity, index > 0 ? { quantity: quantities[index - 1], comparator: comparators[index - 1] } : undefined);
        comparators[index] = comparator;
        const verdict = classify({ sentence: sentence.text, quantity, clause: clause.text, isPolicy: context.isPolicy, inStatusBlock });
        if (verdict.kind === null) return;
        const explicit = deadlineAt(mentions, quantity.start);
        const deadline = verdict.kind === 'incentive'
          ? explicit
          : explicit ?? carried ?? (context.planEnd ? { year: context.planEnd, date: null } : null);
        const indicator = nameIndicator({ sentence: sentence.text, clause, quantities, index, kind: verdict.kind, heading, comparator });
        findings.push({
          documentKey: context.documentKey,
          kind: verdict.kind,
          indicator,
          value: quantity.value,
          valueMax: quantity.valueMax,
          unit: quantity.unit,
          baseValue: baseValue(quantity, quantity.value),
          baseValueMax: quantity.valueMax === null ? null : baseValue(quantity, quantity.valueMax),
          baseUnit: quantity.base,
          comparator,
          deadline,
          region: context.region,
          strength: strengthOf(sentence.text),
          baselineYear: baselineYearOf(clause.text),
          cumulative: /累计/.test(clause.text),
          annual: /每年|年均|年度|每年度/.test(clause.text),
          file: context.file,
          line: i + 1,
          quote: originalSlice(line, sentence.start + clause.start, sentence.start + clause.end).trim(),
          context: line.original.trim(),
          alsoLines: [],
          inEditorNote,
        });
      });
      const leading = mentions.filter((m) => m.leading);
      if (leading.length) carried = leading[leading.length - 1].deadline;
    }
  }
  return findings;
}
