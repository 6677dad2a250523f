// UTF-8 in Node is checked (isUtf8) and read (Buffer) natively: the same text a fatal TextDecoder
// gives, in a fraction of its time. Imported for its effect by the CLI's entry points.
import { Buffer, isUtf8 } from 'node:buffer';
import { useUtf8Reader } from './decode';

useUtf8Reader((bytes) => (isUtf8(bytes) ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : null));
