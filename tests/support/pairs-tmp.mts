import { readFileSync, readdirSync } from 'node:fs';
import { join, basename } from 'node:path';
import { extractInputs } from '../../extract/extract-inputs';
import '../../extract/node-towns';
import { parseAnswers, score } from './score';
for (const key of process.argv.slice(2)) {
  const answers = parseAnswers(readFileSync(join(key, 'gold.jsonl'), 'utf8'), key);
  const docs = join(key, 'docs');
  const files = readdirSync(docs).sort().map((name) => ({ name, bytes: readFileSync(join(docs, name)) }));
  const r = await extractInputs(files);
  if (!r.built.ok) continue;
  const s = score(r.built.dataset.targets, answers);
  for (const [a, t] of s.matches) console.log(JSON.stringify({ k: basename(key), f: a.file, l: a.line, v: `${a.value}${a.unit}`, gk: a.kind, pk: t.kind, g: a.indicator, p: t.indicator, q: t.source.quote }));
}
