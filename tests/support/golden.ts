// Golden cases: tests/golden/cases/<name>.txt is a short policy text showing one phenomenon;
// <name>.expected.json lists the records the extractor must produce from it, in the fields that matter
// (tests/golden/observations/ does the same for reported figures).
import { readFileSync } from 'node:fs';
import '../../extract/node-towns';
import { runPipeline } from '../../extract/run-pipeline';
import type { Observation, Target } from '../../src/domain/schema';

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

/** The fields of a reported figure a golden case pins. */
export function projectObservation(o: Observation) {
  return {
    measure: o.measure,
    indicator: o.indicator,
    value: o.value,
    unit: o.unit,
    normalized: o.normalized,
    period: o.period,
    cumulative: o.cumulative,
    growth: o.growth,
    region: `${o.region.name}/${o.region.level}/${o.region.code}`,
    line: o.source.line,
    quote: o.source.quote,
  };
}

export function extractCase(path: string) {
  const result = runPipeline([{ name: path.replace(/^.*\//, ''), bytes: readFileSync(path) }]);
  if (!result.built.ok) throw new Error(result.built.problem);
  if (result.problems.length) throw new Error(result.problems.map((p) => p.problem).join('\n'));
  return result.built.dataset;
}
