// The dataset's one source of truth: zod schemas with inferred types, shared by the
// extractor (which validates what it emits) and the app (which validates what it loads).
import { z } from 'zod';

export const SCHEMA_VERSION = 2;

/** Versions this app can still read: older datasets are upgraded by `migrateDataset` before validation. */
export const READABLE_SCHEMA_VERSIONS = [1, 2] as const;

export const LevelSchema = z.enum(['national', 'province', 'city', 'district', 'unresolved'])
  .describe('unresolved: nothing in the text identifies the committing jurisdiction');
export type Level = z.infer<typeof LevelSchema>;

export const RegionSchema = z.object({
  name: z.string().min(1).describe('全国, or the full name of a division: 北京市, 浙江省, 杭州市'),
  level: LevelSchema,
  code: z.string().regex(/^\d{6}$/).nullable().describe('GB/T 2260 (or NBS zone) code; 000000 for 全国; null when unresolved'),
});
export type Region = z.infer<typeof RegionSchema>;

export const KindSchema = z.enum(['target', 'incentive']);
export type Kind = z.infer<typeof KindSchema>;

export const ComparatorSchema = z.enum(['>=', '<=', '~', '=', 'range']);
export type Comparator = z.infer<typeof ComparatorSchema>;

/** A real calendar day written YYYY-MM-DD: 2024-02-29 passes, 2024-13-45 does not. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'not a date written YYYY-MM-DD').refine((text) => {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}, 'not a calendar date');

export const DeadlineSchema = z.object({
  year: z.number().int().min(1949).max(2100),
  date: IsoDateSchema.nullable().describe('YYYY-MM-DD when the text states a month or day'),
});
export type Deadline = z.infer<typeof DeadlineSchema>;

export const NormalizedSchema = z.object({
  value: z.number().finite(),
  valueMax: z.number().finite().nullable(),
  unit: z.string().min(1).describe('CNY | count | percent | percentage_point | a physical unit such as PFLOPS'),
});
export type Normalized = z.infer<typeof NormalizedSchema>;

export const SourceSchema = z.object({
  file: z.string().min(1),
  line: z.number().int().min(1),
  quote: z.string().min(1).describe('the clause, verbatim'),
  context: z.string().min(1).describe('the paragraph the clause sits in, verbatim'),
  alsoLines: z.array(z.number().int().min(1)).describe('other lines repeating this commitment (editor notes, summaries)'),
});
export type Source = z.infer<typeof SourceSchema>;

export const StrengthSchema = z.enum(['binding', 'aspirational']).nullable()
  .describe('确保/必须 → binding; 力争/争取 → aspirational');

export const TargetSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  kind: KindSchema,
  indicator: z.string().min(1).describe('a noun phrase naming what is measured: 数据产业规模, 国家级制造业创新中心奖励上限'),
  indicatorKey: z.string().min(1).nullable().describe('key of the canonical indicator (src/domain/indicators.ts); null when none fits'),
  topic: z.string().min(1),
  value: z.number().finite(),
  valueMax: z.number().finite().nullable(),
  unit: z.string().describe('as written: 亿元, 万件, %, 个百分点'),
  normalized: NormalizedSchema,
  comparator: ComparatorSchema,
  deadline: DeadlineSchema.nullable(),
  region: RegionSchema,
  documentId: z.string().min(1),
  strength: StrengthSchema,
  baselineYear: z.number().int().nullable(),
  cumulative: z.boolean(),
  annual: z.boolean().describe('an amount for every year (每年新增…, 年均增长…), not an end state; 年度交易额 names a yearly measure and is not one'),
  source: SourceSchema,
});
export type Target = z.infer<typeof TargetSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  title: z.string().min(1),
  region: z.string().min(1),
  regionCode: z.string().regex(/^\d{6}$/).nullable(),
  level: LevelSchema,
  section: z.string().nullable().describe('the newsletter column: 国策要论, 地方新政…'),
  file: z.string().min(1),
  line: z.number().int().min(1),
  published: IsoDateSchema.nullable().describe('date of the newsletter issue carrying the document'),
  isPolicy: z.boolean().describe('false for statistics reports and research summaries'),
  planPeriod: z.object({ start: z.number().int(), end: z.number().int() }).nullable(),
});
export type PolicyDocument = z.infer<typeof DocumentSchema>;

/** A catalogue entry as carried by a dataset, so a dataset made elsewhere still explains its keys. */
export const IndicatorEntrySchema = z.object({
  key: z.string().min(1),
  family: z.string().min(1).describe('groups related but distinct measures: data-economy holds 数据产业规模 and 数据交易额'),
  zh: z.string().min(1),
  en: z.string().min(1),
  baseUnit: z.string().min(1).describe('the normalised unit its values are compared in: CNY, count, percent, PFLOPS…'),
  topic: z.string().min(1),
});
export type IndicatorEntry = z.infer<typeof IndicatorEntrySchema>;

/** A calendar month written YYYY-MM. */
export const YearMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'not a month written YYYY-MM');

/** When a reported figure holds: a year (2022年), a run of months (1—5月份, 上半年) or a day (截至2022年底). */
export const PeriodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('year'), year: z.number().int().min(1949).max(2100) }),
  z.object({ kind: z.literal('months'), start: YearMonthSchema, end: YearMonthSchema }),
  z.object({ kind: z.literal('asOf'), date: IsoDateSchema }),
]);
export type Period = z.infer<typeof PeriodSchema>;

export const GrowthSchema = z.object({
  value: z.number().finite().describe('percent, negative for a fall: 同比下降5.9% → -5.9'),
  basis: z.enum(['year-on-year', 'month-on-month']).describe('同比 / 环比'),
});
export type Growth = z.infer<typeof GrowthSchema>;

export const ObservationSourceSchema = SourceSchema.omit({ alsoLines: true });

export const ObservationSchema = z.object({
  id: z.string().regex(/^[0-9a-f]{12}$/),
  measure: z.enum(['level', 'growth']).describe('level: where the indicator stood (5310亿元); growth: its change stated alone (营业成本同比增长6.3%)'),
  indicator: z.string().min(1).describe('a noun phrase from the text: 互联网业务收入, 数字经济核心产业增加值'),
  indicatorKey: z.string().min(1).nullable().describe('key of the canonical indicator (src/domain/indicators.ts); null when none fits'),
  value: z.number().finite(),
  unit: z.string().describe('as written: 亿元, 万个, %'),
  normalized: z.object({ value: z.number().finite(), unit: z.string().min(1) }),
  period: PeriodSchema,
  cumulative: z.boolean().describe('累计: a running total'),
  growth: GrowthSchema.nullable().describe('the change stated beside a level: 同比增长4%'),
  region: RegionSchema,
  documentId: z.string().min(1),
  source: ObservationSourceSchema,
});
export type Observation = z.infer<typeof ObservationSchema>;

const DATASET_SHAPE = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().regex(/^[0-9a-f]{12}$/).describe('content hash: changes whenever the records change'),
  documents: z.array(DocumentSchema),
  indicators: z.array(IndicatorEntrySchema).describe('the catalogue entries the records use'),
  targets: z.array(TargetSchema),
  observations: z.array(ObservationSchema).describe('reported figures: where an indicator stood at a time'),
};

/** The rules across records: targets and reported figures alike name a known document and a listed indicator key, and use an id once. */
function checkAcrossRecords(dataset: { documents: readonly { id: string }[]; indicators: readonly { key: string }[]; targets: readonly CrossChecked[]; observations: readonly CrossChecked[] }, ctx: z.RefinementCtx): void {
  const documentIds = new Set(dataset.documents.map((d) => d.id));
  const indicatorKeys = new Set(dataset.indicators.map((i) => i.key));
  for (const list of ['targets', 'observations'] as const) {
    const seen = new Set<string>();
    dataset[list].forEach((record, index) => {
      if (!documentIds.has(record.documentId)) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'documentId'], message: `unknown document ${record.documentId}` });
      }
      if (record.indicatorKey !== null && !indicatorKeys.has(record.indicatorKey)) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'indicatorKey'], message: `indicator ${record.indicatorKey} is not in the dataset's indicators list` });
      }
      if (seen.has(record.id)) {
        ctx.addIssue({ code: 'custom', path: [list, index, 'id'], message: `duplicate id ${record.id}` });
      }
      seen.add(record.id);
    });
  }
}
type CrossChecked = { id: string; documentId: string; indicatorKey: string | null };

export const DatasetSchema = z.object(DATASET_SHAPE).superRefine(checkAcrossRecords);

/** A file's records, each checked by its own schema where it was made (in the thread that read the file). */
export const FileRecordsSchema = z.object({ documents: DATASET_SHAPE.documents, targets: DATASET_SHAPE.targets, observations: DATASET_SHAPE.observations });

/**
 * The dataset's checks for records FileRecordsSchema has already passed: the envelope and the rules across
 * records, without parsing every record a second time (on a pool of threads, the one step left in one thread).
 */
export const DatasetOfCheckedRecordsSchema = z.object({
  ...DATASET_SHAPE,
  documents: z.array(z.custom<PolicyDocument>()),
  targets: z.array(z.custom<Target>()),
  observations: z.array(z.custom<Observation>()),
}).superRefine(checkAcrossRecords);
export type Dataset = z.infer<typeof DatasetSchema>;

/**
 * Upgrades a parsed dataset of an older schema version to the current one, before validation:
 * v1 had no indicator keys, no indicators list and no observations; early v2 files had no
 * observations either. Anything else is returned unchanged, so the schema reports what is wrong.
 */
const DatasetV1Shape = z.looseObject({ schemaVersion: z.literal(1), targets: z.array(z.looseObject({})) });
const DatasetV2Shape = z.looseObject({ schemaVersion: z.literal(2), observations: z.unknown().optional() });

export function migrateDataset(json: unknown): unknown {
  const v1 = DatasetV1Shape.safeParse(json);
  if (v1.success) {
    return { ...v1.data, schemaVersion: 2, indicators: [], targets: v1.data.targets.map((t) => ({ indicatorKey: null, ...t })), observations: [] };
  }
  const v2 = DatasetV2Shape.safeParse(json);
  return v2.success && v2.data.observations === undefined ? { ...v2.data, observations: [] } : json;
}

/** A readable one-line-per-problem description of a failed validation, for error screens and CLI messages. */
export function describeIssues(error: z.ZodError, limit = 8): string {
  const lines = error.issues.slice(0, limit).map((issue) => {
    const where = issue.path.length ? issue.path.join('.') : '(root)';
    return `${where}: ${issue.message}`;
  });
  if (error.issues.length > limit) lines.push(`… and ${error.issues.length - limit} more`);
  return lines.join('\n');
}
