// The JSON Schema of the dataset, generated from the zod schema so the two never drift.
import { z } from 'zod';
import { DatasetSchema } from '../src/domain/schema';

export function datasetJsonSchema(): string {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'output', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'Quantitative commitments in Chinese policy documents' }, null, 2)}\n`;
}
