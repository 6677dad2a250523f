import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDataset, checkRecords, contentHash, serialize } from '../../extract/emit';
import { DatasetBuilder, runPipeline, type InputFile } from '../../extract/run-pipeline';
import { DatasetOfCheckedRecordsSchema, DatasetSchema } from '../../src/domain/schema';

const SEEDS = join(import.meta.dirname, '..', '..', 'seeds');
const files = () => readdirSync(SEEDS).map((name) => ({ name, bytes: readFileSync(join(SEEDS, name)) }));
const build = (input: InputFile[] = files()) => {
  const { built } = runPipeline(input);
  if (!built.ok) throw new Error(built.problem);
  return built.dataset;
};

describe('dataset', () => {
  it('is byte-identical across runs', () => expect(serialize(build())).toBe(serialize(build())));
  it('keeps ids when an unrelated text is added or lines move', () => {
    const base = build();
    const shifted = build(files().map((f) => ({ ...f, bytes: new Uint8Array([...new TextEncoder().encode('\n\n'), ...f.bytes]) })));
    expect(shifted.targets.map((t) => t.id)).toEqual(base.targets.map((t) => t.id));
  });
  it('validates against the shared schema, which rejects broken records', () => {
    const dataset = build();
    expect(DatasetSchema.safeParse(dataset).success).toBe(true);
    const badComparator = structuredClone(dataset);
    badComparator.targets[1].comparator = '≥' as never;
    expect(DatasetSchema.safeParse(badComparator).error?.issues.map((i) => i.path.join('.'))).toEqual(['targets.1.comparator']);
    const danglingDocument = structuredClone(dataset);
    danglingDocument.targets[0].documentId = 'missing';
    expect(DatasetSchema.safeParse(danglingDocument).error?.issues[0]).toMatchObject({ path: ['targets', 0, 'documentId'], message: 'unknown document missing' });
  });
  it("checks each file's records where they are made, and only the rules across records once they are all in", () => {
    const dataset = build();
    const own = { documents: dataset.documents, targets: dataset.targets, observations: dataset.observations };
    const checked = checkRecords(own);
    expect(checked.ok).toBe(true);
    const broken = structuredClone(own);
    broken.targets[1].comparator = '≥' as never;
    const refused = checkRecords(broken);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.problem).toMatch(/targets\.1\.comparator/);
    // a file whose records fail their schemas stops the dataset, whichever file it is, and is named
    const builder = new DatasetBuilder();
    builder.add({ ...own, warnings: [], hashes: checked.ok ? checked.hashes : {} }, 'good.txt');
    builder.add({ documents: [], targets: [], observations: [], warnings: [], hashes: {}, invalid: 'the extracted records do not match their schema' }, 'bad.txt');
    const { built } = builder.finish();
    expect(built.ok).toBe(false);
    expect(!built.ok && built.problem).toBe('bad.txt: the extracted records do not match their schema');
    // records already checked: the envelope and the links between records are still checked
    const duplicated = buildDataset(dataset.documents, [...dataset.targets, dataset.targets[0]], dataset.observations, { recordsChecked: true });
    expect(!duplicated.ok && duplicated.problem).toMatch(/duplicate id/);
    const dangling = structuredClone(dataset);
    dangling.targets[0].documentId = 'missing';
    expect(DatasetOfCheckedRecordsSchema.safeParse(dangling).error?.issues[0]).toMatchObject({ path: ['targets', 0, 'documentId'], message: 'unknown document missing' });
    // and the checked build is the full one, byte for byte: the version made of the hashes each
    // file's thread gave is the one made of its records here
    const full = buildDataset(dataset.documents, dataset.targets, dataset.observations);
    expect(full.ok && serialize(full.dataset)).toBe(serialize(dataset));
    // a hash given for a file is what the version is made of
    const file = dataset.targets[0].source.file;
    const otherHash = buildDataset(dataset.documents, dataset.targets, dataset.observations, { recordsChecked: true, hashes: { [file]: '000000000000' } });
    expect(otherHash.ok && otherHash.dataset.version).not.toBe(dataset.version);
  });
  it('carries a version that changes with any record and only then', () => {
    const base = build();
    expect(base.version).toMatch(/^[0-9a-f]{12}$/);
    expect(build().version).toBe(base.version);
    // one record's amount written one higher in its source
    const { source } = base.targets[0];
    const changedQuote = source.quote.replace(/\d+/, (n) => String(Number(n) + 1));
    const changed = build(files().map((f) => (f.name === source.file ? { ...f, bytes: new TextEncoder().encode(new TextDecoder().decode(f.bytes).replaceAll(source.quote, changedQuote)) } : f)));
    expect(changed.targets.some((t) => t.source.quote === changedQuote)).toBe(true);
    expect(changed.version).not.toBe(base.version);
  });
  it('hashes content so that one character or a moved boundary tells texts apart', () => {
    const texts = ['数据产业规模达5000亿元', '数据产业规模达5001亿元', '数据产业规模达5000亿', '元数据产业规模达5000亿'];
    expect(new Set(texts.map((t) => contentHash([t]))).size).toBe(texts.length);
    expect(contentHash(['ab', 'c'])).not.toBe(contentHash(['a', 'bc']));
    expect(contentHash(['ab', 'c'])).toBe(contentHash(['ab', 'c']));
  });
  it('is what data/targets.json holds', () => {
    expect(readFileSync(join(SEEDS, '..', 'data', 'targets.json'), 'utf8')).toBe(serialize(build()));
  });
});
