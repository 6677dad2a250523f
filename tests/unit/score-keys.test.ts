// The scorer held-out keys are measured with: what it reports as missed, found wrongly and right in every field must
// follow the records, and the command that runs it must score a key folder and tell two checkouts' readings apart.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../extract/run-pipeline';
import { parseAnswers, score, wrongFields } from '../support/score';

const ROOT = join(import.meta.dirname, '..', '..');
const KEY = join(ROOT, 'tests', 'fixtures', 'dev-texts');
const FILE = 'h37.txt';

const answers = parseAnswers(readFileSync(join(KEY, 'gold.jsonl'), 'utf8'), 'gold.jsonl').filter((a) => a.file === FILE);
const built = runPipeline([{ name: FILE, bytes: readFileSync(join(KEY, 'docs', FILE)) }]).built;
if (!built.ok) throw new Error(built.problem);
const targets = built.dataset.targets;

describe('scoring a key', () => {
  it('finds every answer of a text the extractor reads in full, with nothing found wrongly', () => {
    const result = score(targets, answers);
    expect(answers.length).toBeGreaterThanOrEqual(5);
    expect(result.missed).toEqual([]);
    expect(result.falseFinds).toEqual([]);
    expect(result.matches).toHaveLength(answers.length);
  });

  it('lists a record left out as a miss, and one the key lacks as a false find', () => {
    const [dropped, ...kept] = targets;
    const withoutOne = score(kept, answers);
    expect(withoutOne.missed).toHaveLength(1);
    expect(withoutOne.missed[0].line).toBe(dropped.source.line);
    const lessKey = score(targets, answers.slice(1));
    expect(lessKey.falseFinds).toHaveLength(1);
  });

  it('counts a record right in all fields only when its region is right too', () => {
    const right = score(targets, answers).allFields;
    const wrongRegion = score(targets.map((t, i) => (i === 0 ? { ...t, region: { ...t.region, name: '未识别' } } : t)), answers).allFields;
    expect(wrongRegion).toBeLessThan(right);
  });

  it('names the fields a matched record has wrong, and none where it has them right', () => {
    const [answer, target] = score(targets, answers).matches[0];
    expect(wrongFields(answer, target).filter((f) => f !== 'indicator')).toEqual([]);
    expect(wrongFields(answer, { ...target, region: { ...target.region, name: '未识别' }, kind: target.kind === 'target' ? 'incentive' : 'target' })).toEqual(expect.arrayContaining(['kind', 'region']));
  });
});

describe('npm run score:keys', () => {
  it('scores a key folder and finds no record read differently by the same checkout', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'support', 'score-keys.ts'), KEY, '--against', ROOT], { cwd: ROOT, encoding: 'utf8' });
    expect(out).toMatch(/^dev-texts\s+178 1\.000/m);
    expect(out).toContain('no record read differently');
  });

  it('reads a town\'s text as the CLI does, with the towns list loaded', () => {
    const key = mkdtempSync(join(tmpdir(), 'town-key-'));
    try {
      mkdirSync(join(key, 'docs'));
      writeFileSync(join(key, 'docs', 'town.txt'), '东莞市石龙镇推动产业转型升级实施办法\n为支持石龙镇产业发展，结合我镇实际，特制定本办法。对新认定的高新技术企业，给予10万元一次性奖励。\n');
      writeFileSync(join(key, 'gold.jsonl'), `${JSON.stringify({ file: 'town.txt', line: 2, also_lines: [], doc_title: '东莞市石龙镇推动产业转型升级实施办法', region: '东莞市石龙镇', level: 'district', kind: 'incentive', indicator: '高新技术企业一次性奖励', value: 10, value2: null, unit: '万元', base_value: 100000, base_unit: 'CNY', comparator: '=', deadline: null, quote: '给予10万元一次性奖励' })}\n`);
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'support', 'score-keys.ts'), key], { cwd: ROOT, encoding: 'utf8' });
      // key, answers, F1, P, R, then region: the town, not its city
      expect(out).toMatch(/^town-key-\S+\s+1 1\.000 1\.000 1\.000 100\.0/m);
    } finally {
      rmSync(key, { recursive: true, force: true });
    }
  });

  it('refuses a folder that is no key, saying what it needs', () => {
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'tests', 'support', 'score-keys.ts'), join(ROOT, 'docs')], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }))
      .toThrow(/not a key folder \(it needs docs\/ and gold\.jsonl\)/);
  });
});
