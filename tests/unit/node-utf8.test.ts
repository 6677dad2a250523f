// UTF-8 read natively in Node (isUtf8 + Buffer) is the text the browser worker's fatal TextDecoder
// gives, and refuses what it refuses: any bytes, valid or not, with or without a BOM.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAs, useUtf8Reader } from '../../extract/decode';

const fatal = (bytes: Uint8Array): string | null => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
};

describe('UTF-8 read in Node', () => {
  it('is the fatal TextDecoder\'s text, or null where it throws', async () => {
    await import('../../extract/node-utf8');
    const encoded = fc.string({ unit: 'grapheme' }).map((text) => new TextEncoder().encode(text));
    const withBom = encoded.map((bytes) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]));
    fc.assert(fc.property(fc.oneof(encoded, withBom, fc.uint8Array({ maxLength: 64 })), (bytes) => {
      expect(decodeAs(bytes, 'utf-8')).toBe(fatal(bytes));
    }), { numRuns: 2000 });
  });

  it('is used once installed', () => {
    let asked = 0;
    useUtf8Reader(() => { asked++; return '数据'; });
    expect(decodeAs(new TextEncoder().encode('数据'), 'utf-8')).toBe('数据');
    expect(asked).toBe(1);
  });
});
