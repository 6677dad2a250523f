// Record ids in Node are hashed with node:crypto's SHA-1, the same digest the plain-JavaScript one
// gives in the browser, several times faster. Imported for its effect by the CLI's entry points.
import { createHash } from 'node:crypto';
import { useSha1 } from './emit';

useSha1((text) => createHash('sha1').update(text, 'utf8').digest('hex'));
