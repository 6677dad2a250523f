// The extraction pipeline, one stage per module: decode → normalise → split into documents →
// read each document (sentences, numbers, classification, deadline, indicator) with its region →
// merge repeats → emit a validated dataset. Pure: files come in as bytes, problems go out as data.
import type { PolicyDocument } from '../src/domain/schema';
import { decode } from './decode';
import { buildDataset, hash, toTargets, type Built } from './emit';
import type { Finding } from './finding';
import { mergeRepeats } from './merge-repeats';
import { normalizeLine } from './normalize';
import { readDocument } from './read-document';
import { readHead } from './read-head';
import { resolveDocumentRegion } from './resolve-region';
import { planPeriodOf } from './resolve-deadline';
import { POLICY_TITLE, segmentDocuments } from './segment-documents';

export interface InputFile { name: string; bytes: Uint8Array }
/** Files may be read one at a time (a generator), so memory holds one text, not the corpus. */
export type InputFiles = Iterable<InputFile>;
export interface FileProblem { file: string; problem: string }
export interface PipelineResult { built: Built; problems: FileProblem[]; filesRead: number }

export function extractFile(file: InputFile): { documents: PolicyDocument[]; findings: Finding[] } | FileProblem {
  const decoded = decode(file.bytes);
  if (!decoded.ok) return { file: file.name, problem: decoded.problem };
  const lines = decoded.text.split(/\r\n|\r|\n/).map(normalizeLine);
  const fallbackTitle = file.name.replace(/^.*[\\/]/, '').replace(/\.(txt|md|markdown)$/i, '');
  const newsletter = segmentDocuments(lines, fallbackTitle);
  const documents: PolicyDocument[] = [];
  const findings: Finding[] = [];
  for (const span of newsletter.documents) {
    const body = lines.slice(Math.max(0, span.titleLine), span.end);
    const sourceLine = body.find((l) => /^[（(]来源[:：]/.test(l.text))?.text ?? null;
    const isPolicy = span.section === null || POLICY_TITLE.test(span.title);
    const head = span.section === null ? readHead(lines) : undefined;
    const region = resolveDocumentRegion({ title: span.title, section: span.section, sourceLine, isPolicy, head, body: () => (head ? lines : body).slice(0, 200).map((l) => l.text).join('\n') });
    const period = [span.title, ...(head?.ownNames ?? [])].map(planPeriodOf).find((p) => p !== null) ?? null;
    const id = `${fallbackTitle.slice(0, 24)}-${hash(file.name, span.title).slice(0, 8)}`;
    documents.push({
      id, title: span.title, region: region.name, regionCode: region.code, level: region.level, section: span.section,
      file: file.name, line: Math.max(1, span.titleLine + 1), published: newsletter.published, isPolicy, planPeriod: period,
    });
    findings.push(...readDocument(lines, { span, documentKey: id, file: file.name, region, isPolicy, planEnd: period?.end ?? null, planYear: period && period.start === period.end ? period.end : null, issuedYear: newsletter.published ? Number(newsletter.published.slice(0, 4)) : null }));
  }
  return { documents, findings };
}

/** Runs every file in the order given (callers sort by name for a stable dataset). */
export function runPipeline(files: InputFiles): PipelineResult {
  const problems: FileProblem[] = [];
  const documents: PolicyDocument[] = [];
  const findings: Finding[] = [];
  let filesRead = 0;
  for (const file of files) {
    const result = extractFile(file);
    if ('problem' in result) { problems.push(result); continue; }
    filesRead++;
    // copy the kept strings out of the file's text, which they would otherwise hold alive whole
    documents.push(...structuredClone(result.documents));
    findings.push(...structuredClone(result.findings));
  }
  const merged = mergeRepeats(findings);
  const ids = new Map(documents.map((d) => [d.id, d.id]));
  return { built: buildDataset(documents, toTargets(merged, ids)), problems, filesRead };
}
