// Record ids hashed in Node (node:crypto) are the ids the plain-JavaScript SHA-1 gives in the
// browser worker, for any text: CJK, emoji, lone surrogates.
import { createHash } from 'node:crypto';
import { sha1 } from '@noble/hashes/legacy.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hash } from '../../extract/emit';
import '../../extract/node-sha1';

const plain = (text: string): string => bytesToHex(sha1(new TextEncoder().encode(text)));

describe('record ids in Node', () => {
  it('hash node:crypto SHA-1 as the plain-JavaScript SHA-1 does', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => {
      expect(createHash('sha1').update(text, 'utf8').digest('hex')).toBe(plain(text));
    }), { numRuns: 500 });
  });

  it('give the ids of the parts joined as before', () => {
    expect(hash('文件-1', 'target', '数据要素市场规模', 2000, null, '亿元')).toBe(plain(['文件-1', 'target', '数据要素市场规模', '2000', 'null', '亿元'].join('\u0000')).slice(0, 12));
  });
});
