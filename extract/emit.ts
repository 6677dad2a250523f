// Turns findings into the dataset: stable ids (a hash of what the record says, not where it
// sits, so users' notes survive unrelated edits), a stable order, a content version, and a
// final validation against the shared schema.
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { DatasetOfCheckedRecordsSchema, DatasetSchema, FileRecordsSchema, SCHEMA_VERSION, describeIssues, type Dataset, type Observation, type PolicyDocument, type Target } from '../src/domain/schema';
import { indicatorByKey, keyIndicator, toIndicatorEntry } from '../src/domain/indicators';
import { topicOf } from '../src/domain/topics';
import type { ObservationFinding } from './find-observations';
import { figureKindName } from './name-indicator';
import type { Finding } from './finding';

const UTF8 = new TextEncoder();

/** The SHA-1 of a text's UTF-8 bytes, in hex. */
export type Sha1Hex = (text: string) => string;

/** SHA-1 in plain JavaScript, which runs anywhere (the browser worker too). */
let sha1Hex: Sha1Hex = (text) => bytesToHex(sha1(UTF8.encode(text)));

/** Ids hashed with the host's own SHA-1 (node:crypto in the CLI, several times faster): SHA-1 is SHA-1, so the ids are the same. */
export function useSha1(host: Sha1Hex): void {
  sha1Hex = host;
}

export function hash(...parts: readonly (string | number | null)[]): string {
  return sha1Hex(parts.map((p) => String(p)).join('\u0000')).slice(0, 12);
}

/** 个数, 家数, 总量, 规模, 名单, 人口, 旅游人次: a name that already says it measures how many. */
const SAYS_HOW_MANY = /(?:数|量|规模|名单|排名|人口|人次|架次|场次|批次)$/;
/** 人, 名, 万人: people counted, whose number is 人数 (新增就业人数). */
const PEOPLE = /^[万亿]?[人名]$/;
/** 头, 羽, 株, 只: livestock and plants counted by head, named by what is counted alone (生猪出栏). */
const BY_HEAD = /^[万亿]?[头羽株只]$/;

/**
 * A count target's name says it counts (专精特新企业 → 专精特新企业数量, as the target guide names one; people counted: 新增就业人数;
 * livestock and plants by head keep their name: 生猪出栏), before a note in
 * brackets that closes it (千亿级产业集群（先进材料产业）→ 千亿级产业集群数量（先进材料产业）). The record's id is hashed
 * from the name found, so notes kept on a record stay with it.
 */
function countedName(f: Finding): string {
  if (f.kind !== 'target' || f.baseUnit !== 'count') return f.indicator;
  const [, name, note] = /^(.*?)((?:[（(][^（()）]*[)）])?)$/.exec(f.indicator) ?? ['', f.indicator, ''];
  if (!name || SAYS_HOW_MANY.test(name) || BY_HEAD.test(f.unit)) return f.indicator;
  return `${name}${PEOPLE.test(f.unit) ? '人数' : '数量'}${note}`;
}

/** 粮食, 大豆, 茶园, 耕地: a product or a kind of land alone, two to four characters, with no measure of its own. */
const BARE_PRODUCT = /^[\u4e00-\u9fa5]{2,4}$/;
/** 完成, 形成, 发展到, 年产, 累积: a name that is the verb its clause opens with, not what is measured. */
const VERB_OPENING = /^(?:完成|形成|实现|实施|推进|发展|首次|累积|累计|全面|外购|出口|年产|总产|产|再|改建|达到|力争|确保|新增到)/;
/** 产量, 面积, 排放, 吞吐量, 处理…: a name that already says how it measures tonnes or land, or that tonnes of it are no output. */
const SAYS_WHAT_MEASURED = /(?:量|产能|面积|指标|规模|任务|排放|减排|能耗|消耗|消费|吞吐|处理|利用|回收|储备|运输|货运|节约|替代|削减|下降|增加|新增|改造|治理|修复|建设|恢复)$/;

/** 光伏, 风电, 新型储能: a source of power named alone. */
const POWER_SOURCE = /^(?:分布式|集中式|海上|陆上)?(?:光伏(?:发电)?|风电|水电|核电|火电|气电|煤电|新型储能|储能|抽水蓄能|生物质发电)$/;

/**
 * A goal in tonnes or in 亩 named by its product or land alone (完成450万亩145万吨粮食 → 粮食面积, 粮食产量; 13.7万亩油料 → 油料面积), or
 * in kilowatts by its source of power (光伏新增1430万千瓦 → 光伏新增装机): the measure its unit says, as a count's name says it counts.
 */
function measuredName(f: Finding): string {
  // (光伏新增1430万千瓦、风电新增388万千瓦: a source of power alone, in kilowatts, is measured by the capacity installed)
  if (f.kind === 'target' && f.baseUnit === 'kW' && POWER_SOURCE.test(f.indicator)) return `${f.indicator}${f.quote.includes(`${f.indicator}新增`) ? '新增' : ''}装机`;
  // (新增城市绿地200公顷: a product or land newly added is measured as it is)
  const bare = f.indicator.replace(/^新增/, '');
  if (f.kind !== 'target' || (f.baseUnit !== 't' && f.baseUnit !== '亩') || !BARE_PRODUCT.test(bare) || SAYS_WHAT_MEASURED.test(bare) || VERB_OPENING.test(bare)) return f.indicator;
  // (tonnes of a product written after them, 145万吨粮食, are its output; 煤炭产能、氨氮, a port's tonnes, say other things)
  if (f.baseUnit === 't') return f.quote.includes(`吨${bare}`) ? `${f.indicator}产量` : f.indicator;
  return `${f.indicator}面积`;
}

/** A record's name as written out: a count's says it counts; a product's in tonnes, land's in 亩 or power's in kilowatts what is measured. */
/** 补贴人数数量, 名额数量: a count whose name already says what it counts, said once. */
const COUNTED_TWICE = /(人数|名额|家数)数量$/;
const namedMeasure = (f: Finding): string => (f.baseUnit === 'count' ? countedName(f).replace(COUNTED_TWICE, '$1') : measuredName(f));

/** 奖励比例（占投资额） → 奖励比例(占投资额): a name in the brackets its text writes. */
const inPlainBrackets = (name: string): string => (name.includes('（') ? name.replace(/（/g, '(').replace(/）/g, ')') : name);

/**
 * The records of a file's findings. A name is written out as the record shows it: a count's says it counts, a product's
 * tonnes or land's 亩 or power's kilowatts what is measured (`namedMeasure`), and its note stands in the brackets its text
 * writes (`plainBrackets`: ( ), as most web pages do); the id is hashed from the name found, so notes kept on a record stay with it.
 */
export function toTargets(findings: readonly Finding[], plainBrackets = false): Target[] {
  const occurrences = new Map<string, number>();
  return findings.map((f) => {
    const documentId = f.documentKey;
    const key = hash(documentId, f.kind, f.indicator, f.value, f.valueMax, f.unit);
    const n = occurrences.get(key) ?? 0;
    occurrences.set(key, n + 1);
    const { indicatorKey } = f;
    return {
      id: n === 0 ? key : hash(key, n),
      kind: f.kind,
      // (a clause bad bytes cut down to nothing: named by what kind of figure it is, so one odd line never fails a whole file's dataset)
      indicator: (plainBrackets ? inPlainBrackets(namedMeasure(f)) : namedMeasure(f)) || figureKindName(f.kind, f.baseUnit),
      indicatorKey,
      // a keyed record takes its indicator's topic, so one indicator never spans two topics
      topic: (indicatorKey ? indicatorByKey(indicatorKey)?.topic : undefined) ?? topicOf(`${f.indicator} ${f.quote}`),
      value: f.value,
      valueMax: f.valueMax,
      unit: f.unit,
      normalized: { value: f.baseValue, valueMax: f.baseValueMax, unit: f.baseUnit },
      comparator: f.comparator,
      deadline: f.deadline,
      region: f.region,
      documentId,
      strength: f.strength,
      baselineYear: f.baselineYear,
      cumulative: f.cumulative,
      annual: f.annual,
      source: { file: f.file, line: f.line, quote: f.quote, context: f.context, alsoLines: f.alsoLines },
    };
  });
}

/**
 * Reported figures with stable ids (what the figure says: document, indicator, value, unit,
 * period), one per id: a figure an editor's note repeats keeps the body's line.
 */
export function toObservations(findings: readonly ObservationFinding[]): Observation[] {
  const byId = new Map<string, { observation: Observation; inEditorNote: boolean }>();
  for (const f of findings) {
    const documentId = f.documentKey;
    const id = hash(documentId, 'observation', f.measure, f.indicator, f.value, f.unit, JSON.stringify(f.period), f.region.name);
    const known = byId.get(id);
    if (known && !(known.inEditorNote && !f.inEditorNote)) continue;
    byId.set(id, {
      inEditorNote: f.inEditorNote,
      observation: {
        id,
        measure: f.measure,
        indicator: f.indicator,
        indicatorKey: f.measure === 'level' ? keyIndicator(f.indicator, f.baseUnit, { kind: 'target' }) : null,
        value: f.value,
        unit: f.unit,
        normalized: { value: f.baseValue, unit: f.baseUnit },
        period: f.period,
        cumulative: f.cumulative,
        growth: f.growth,
        region: f.region,
        documentId,
        source: { file: f.file, line: f.line, quote: f.quote, context: f.context },
      },
    });
  }
  return [...byId.values()].map((entry) => entry.observation);
}

/**
 * The dataset's content version: a 53-bit hash (cyrb53) of its texts, 12 hex digits. The version
 * only has to change when the content does; SHA-1 over every byte of a large dataset took a tenth
 * of the extraction, this takes a few milliseconds per megabyte.
 */
export function contentHash(texts: readonly string[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // a separator, so ['ab', 'c'] and ['a', 'bc'] differ
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0').slice(-12);
}

export type Built = { ok: true; dataset: Dataset } | { ok: false; problem: string };

/** Code-point order, the same on every machine whatever its locale. */
const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export interface RecordsOfFile { documents: PolicyDocument[]; targets: Target[]; observations: Observation[] }

/** Each source file's records, in the dataset's order (by line; observations then by id). */
function byFile(records: RecordsOfFile): Map<string, RecordsOfFile> {
  const files = new Map<string, RecordsOfFile>();
  const of = (file: string): RecordsOfFile => {
    let found = files.get(file);
    if (!found) files.set(file, (found = { documents: [], targets: [], observations: [] }));
    return found;
  };
  for (const d of records.documents) of(d.file).documents.push(d);
  for (const t of records.targets) of(t.source.file).targets.push(t);
  for (const o of records.observations) of(o.source.file).observations.push(o);
  return files;
}

/** The content hash of one file's records, sorted as the dataset sorts them. */
function fileHash({ documents, targets, observations }: RecordsOfFile): string {
  documents.sort((a, b) => a.line - b.line);
  targets.sort((a, b) => a.source.line - b.source.line);
  observations.sort((a, b) => a.source.line - b.source.line || byText(a.id, b.id));
  return contentHash([JSON.stringify(documents), JSON.stringify(targets), JSON.stringify(observations)]);
}

/** The content hash of each source file's records: the dataset's version is made of them, so each file is hashed where it was read. */
export function fileHashes(records: RecordsOfFile): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const [file, own] of byFile(records)) hashes[file] = fileHash(own);
  return hashes;
}

/**
 * A file's records parsed by their schemas, with their content hashes, or what is wrong with them:
 * done where the file was read (on a pool, in its thread), so that the dataset built from them need
 * not parse or serialise each again.
 */
export function checkRecords(records: RecordsOfFile): { ok: true; records: RecordsOfFile; hashes: Record<string, string> } | { ok: false; problem: string } {
  const parsed = FileRecordsSchema.safeParse(records);
  return parsed.success ? { ok: true, records: parsed.data, hashes: fileHashes(parsed.data) } : { ok: false, problem: `the extracted records do not match their schema:\n${describeIssues(parsed.error)}` };
}

/**
 * @param recordsChecked every record has passed checkRecords: only the envelope and the rules across records are left to check
 * @param hashes the content hash of each source file's records as checkRecords gave them; a file not in it is hashed here
 */
export function buildDataset(documents: readonly PolicyDocument[], targets: readonly Target[], observations: readonly Observation[] = [], { recordsChecked = false, hashes = {} as Readonly<Record<string, string>> } = {}): Built {
  const sortedDocuments = [...documents].sort((a, b) => byText(a.file, b.file) || a.line - b.line);
  const sortedTargets = [...targets].sort((a, b) => byText(a.source.file, b.source.file) || a.source.line - b.source.line);
  const sortedObservations = [...observations].sort((a, b) => byText(a.source.file, b.source.file) || a.source.line - b.source.line || byText(a.id, b.id));
  const keys = [...new Set([...sortedTargets, ...sortedObservations].flatMap((t) => (t.indicatorKey ? [t.indicatorKey] : [])))].sort(byText);
  const indicators = keys.flatMap((key) => { const found = indicatorByKey(key); return found ? [toIndicatorEntry(found)] : []; });
  // the version: the indicators' entries and each file's hash, in file order (a thread that read the file hashed its records)
  const files = [...byFile({ documents: sortedDocuments, targets: sortedTargets, observations: sortedObservations })].sort(([a], [b]) => byText(a, b));
  const version = contentHash([JSON.stringify(indicators), ...files.map(([file, own]) => `${file}\u0000${hashes[file] ?? fileHash(own)}`)]);
  const parsed = (recordsChecked ? DatasetOfCheckedRecordsSchema : DatasetSchema).safeParse({ schemaVersion: SCHEMA_VERSION, version, documents: sortedDocuments, indicators, targets: sortedTargets, observations: sortedObservations });
  if (!parsed.success) return { ok: false, problem: `the extracted dataset does not match its schema:\n${describeIssues(parsed.error)}` };
  return { ok: true, dataset: parsed.data };
}

export function serialize(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
