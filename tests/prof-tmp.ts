import { readFileSync, readdirSync } from 'node:fs';
import { runPipeline } from '../extract/run-pipeline';
const files = readdirSync('seeds').map((n) => ({ name: n, bytes: readFileSync(`seeds/${n}`) }));
const many = Array.from({ length: 12 }, (_, i) => files.map((f) => ({ name: `${i}-${f.name}`, bytes: f.bytes }))).flat();
const t = performance.now();
const r = runPipeline(many);
console.log((performance.now() - t).toFixed(0), 'ms', r.built.ok && r.built.dataset.targets.length);
