// npm run schema: writes data/targets.schema.json from the zod schema (npm run extract does too).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetJsonSchema } from './dataset-schema';

writeFileSync(join(import.meta.dirname, '..', 'data', 'targets.schema.json'), datasetJsonSchema());
