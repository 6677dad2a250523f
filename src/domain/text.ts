// Small text helpers shared by extraction and app: whitespace-free bigram similarity, used to
// merge repeated commitments and to match titles.

function bigrams(text: string): Set<string> {
  const s = text.replace(/\s+/g, '');
  const grams = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) grams.add(s.slice(i, i + 2));
  if (grams.size === 0 && s) grams.add(s);
  return grams;
}

/** Dice coefficient over character bigrams: 数据产业规模 vs 数据产业总规模 → 0.73. */
export function similarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  if (!A.size || !B.size) return 0;
  let shared = 0;
  for (const gram of A) if (B.has(gram)) shared++;
  return (2 * shared) / (A.size + B.size);
}
