// The CLI reads the formats policy texts come in: a folder of a portal page (GBK), a .docx, a
// plain text, a PDF whose font is not embedded, a legacy .doc and a .zip gives a dataset from the
// four readable files and names the other two with the reason.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetSchema } from '../../src/domain/schema';
import { legacyDoc, portalPageBytes, unembeddedFontPdf, wordDocument, zipOf } from '../support/documents';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'extract', 'cli.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });

describe('extract CLI with pages, Word files and the rest', () => {
  it('reads .html, .docx, .txt and .pdf from a folder and names .doc and .zip with the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'extract-formats-'));
    const folder = join(dir, 'policies');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-page.html'), portalPageBytes('湖州市数字乡村建设实施方案（2023—2025年）\n到2025年，全市建成数字乡村示范村100个。\n', 'gbk'));
    writeFileSync(join(folder, 'b-rules.docx'), await wordDocument('杭州市制造业补贴办法\n对首台套装备给予最高500万元奖励。\n'));
    writeFileSync(join(folder, 'c-plan.txt'), '宁波市海洋经济发展规划\n到2025年，海洋生产总值达到2500亿元。\n');
    writeFileSync(join(folder, 'c2-notice.pdf'), unembeddedFontPdf('温州市人工智能产业发展行动计划\n到2025年，全市培育人工智能企业200家。'));
    writeFileSync(join(folder, 'd-old.doc'), legacyDoc());
    writeFileSync(join(folder, 'e-archive.zip'), await zipOf('x.txt', '到2025年，建成5G基站3万个。'));
    const out = join(dir, 'targets.json');
    const result = run(folder, '--out', out);
    expect(result.stderr).toMatch(/d-old\.doc: a legacy Word \.doc/);
    expect(result.stderr).toMatch(/e-archive\.zip: a \.zip archive is not opened/);
    expect(result.status).toBe(2);
    const dataset = DatasetSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    expect(dataset.targets.map((t) => [t.source.file, t.value, t.region.name])).toEqual([
      ['a-page.html', 100, '湖州市'], ['b-rules.docx', 500, '杭州市'], ['c-plan.txt', 2500, '宁波市'], ['c2-notice.pdf', 200, '温州市'],
    ]);
  });
});
