// The corpus the extraction benches time: the seeds repeated until a size is reached, every amount varied per copy
// (5000亿元 → 5003亿元), so no two copies are the same text.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');

/** The seeds' texts, in name order. */
export function seedTexts(): string[] {
  return readdirSync(join(ROOT, 'seeds')).sort().map((name) => readFileSync(join(ROOT, 'seeds', name), 'utf8'));
}

/** A text with every amount raised by `by`: 5000亿元 → 5003亿元. */
export function varyAmounts(text: string, by: number): string {
  return text.replace(/(\d+)(?=\s*(?:亿|万|个|家|项|%|件))/g, (n) => String(Number(n) + by));
}

/** Writes copies of the seeds into `dir` (copy0000-0.txt …) until they reach `bytes`; their paths and their size. */
export function writeSeedCorpus(dir: string, bytes: number): { paths: string[]; bytes: number } {
  const seeds = seedTexts();
  const paths: string[] = [];
  let written = 0;
  for (let copy = 0; written < bytes; copy++) {
    for (const [i, seed] of seeds.entries()) {
      const text = varyAmounts(seed, copy % 97);
      const path = join(dir, `copy${String(copy).padStart(4, '0')}-${i}.txt`);
      writeFileSync(path, text);
      paths.push(path);
      written += Buffer.byteLength(text);
    }
  }
  return { paths, bytes: written };
}
