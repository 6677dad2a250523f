// Record ids in Node are hashed with node:crypto's SHA-1, the same digest the plain-JavaScript one
// gives in the browser, several times faster. Imported for its effect by the CLI's entry points.
import { hash } from 'node:crypto';
import { useSha1 } from './emit';

// the one-shot hash, not a Hash object per id: for texts this short, making the object costs more than hashing
useSha1((text) => hash('sha1', text, 'hex'));
