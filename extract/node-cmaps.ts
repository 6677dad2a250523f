// The Node host's CMap files for PDFs whose Chinese fonts are not embedded: read from the
// pdfjs-dist package on disk.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import type { CMapLoader } from './read-input';

const CMAPS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'cmaps');

export const nodeCMaps: CMapLoader = async (name) => new Uint8Array(await readFile(join(CMAPS, `${basename(name)}.bcmap`)));
