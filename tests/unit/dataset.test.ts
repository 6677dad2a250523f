import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialize } from '../../extract/emit';
import { runPipeline, type InputFile } from '../../extract/run-pipeline';
import { DatasetSchema } from '../../src/domain/schema';

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
  it('is what data/targets.json holds', () => {
    expect(readFileSync(join(SEEDS, '..', 'data', 'targets.json'), 'utf8')).toBe(serialize(build()));
  });
});
