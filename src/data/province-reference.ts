// The bundled population and GDP reference (data/province-reference.json), validated against its
// schema when the compare view loads it, so a bad edit of the file fails loudly with its path.
import json from '../../data/province-reference.json' with { type: 'json' };
import { describeIssues } from '../domain/schema';
import { ProvinceReferenceSchema, type ProvinceReference } from '../domain/province-reference';

function load(): ProvinceReference {
  const parsed = ProvinceReferenceSchema.safeParse(json);
  if (!parsed.success) throw new Error(`data/province-reference.json does not match its schema:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

export const PROVINCE_REFERENCE: ProvinceReference = load();
