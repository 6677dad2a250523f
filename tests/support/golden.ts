// Golden cases: tests/golden/cases/<name>.txt is a short policy text showing one phenomenon;
// <name>.expected.json lists the records the extractor must produce from it, in the fields that matter.
import { readFileSync } from 'node:fs';
import { runPipeline } from '../../extract/run-pipeline';
import type { Target } from '../../src/domain/schema';

export function project(target: Target) {
  return {
    kind: target.kind,
    indicator: target.indicator,
    value: target.value,
    valueMax: target.valueMax,
    unit: target.unit,
    normalized: target.normalized,
    comparator: target.comparator,
    deadline: target.deadline,
    region: `${target.region.name}/${target.region.level}/${target.region.code}`,
    baselineYear: target.baselineYear,
    cumulative: target.cumulative,
    line: target.source.line,
    alsoLines: target.source.alsoLines,
  };
}

export function extractCase(path: string) {
  const result = runPipeline([{ name: path.replace(/^.*\//, ''), bytes: readFileSync(path) }]);
  if (!result.built.ok) throw new Error(result.built.problem);
  if (result.problems.length) throw new Error(result.problems.map((p) => p.problem).join('\n'));
  return result.built.dataset;
}
