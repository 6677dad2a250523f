// Prints what the extractor makes of a golden case's text, in the fields the case pins, and with
// --write stores it as the case's expectation. Read the records before writing them: a golden case
// holds what the extractor should produce, not whatever it produces now.
//
//   npm run golden:case -- <name> [--write]     (the text is tests/golden/cases/<name>.txt)
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractCase, project } from './golden';

const CASES = join(import.meta.dirname, '..', 'golden', 'cases');
const [name, flag] = process.argv.slice(2);
const text = name ? join(CASES, `${name.replace(/\.txt$/, '')}.txt`) : '';
if (!name || (flag !== undefined && flag !== '--write') || !existsSync(text)) {
  console.error(name && !existsSync(text) ? `no case text at ${text}` : 'usage: npm run golden:case -- <name> [--write]');
  process.exit(64);
}
const expected = `${JSON.stringify(extractCase(text).targets.map(project), null, 2)}\n`;
if (flag === '--write') writeFileSync(text.replace(/\.txt$/, '.expected.json'), expected);
process.stdout.write(expected);
