// Reference figures that put a big and a small province on one scale: resident population and
// GDP of the 31 provinces for one stated year, each with its source, and the two derived measures
// the app offers (per 10,000 residents, share of GDP). Values are never shown without the label.
import { z } from 'zod';

const CitedFigureSchema = z.object({
  value: z.number().positive(),
  source: z.string().min(8).describe('the document the figure is taken from: 北京市2023年国民经济和社会发展统计公报…'),
});

export const ProvinceFiguresSchema = z.object({
  name: z.string().min(2),
  code: z.string().regex(/^\d{2}0000$/, 'a province code ends in 0000'),
  population: CitedFigureSchema.describe('year-end resident population (年末常住人口) in 万人'),
  gdp: CitedFigureSchema.describe('gross regional product (地区生产总值) in 亿元'),
});
export type ProvinceFigures = z.infer<typeof ProvinceFiguresSchema>;

export const ProvinceReferenceSchema = z.object({
  year: z.number().int().min(2000).max(2100),
  description: z.string().min(1),
  source: z.string().min(8).describe('the documents the figures come from, in one line for notes under a chart'),
  populationUnit: z.literal('万人'),
  gdpUnit: z.literal('亿元'),
  note: z.string(),
  provinces: z.array(ProvinceFiguresSchema).length(31, 'the reference covers the 31 provinces of the mainland'),
}).superRefine((reference, ctx) => {
  const seen = new Set<string>();
  reference.provinces.forEach((province, index) => {
    if (seen.has(province.code)) ctx.addIssue({ code: 'custom', path: ['provinces', index, 'code'], message: `duplicate province ${province.code}` });
    seen.add(province.code);
  });
});
export type ProvinceReference = z.infer<typeof ProvinceReferenceSchema>;

/** none: values as stated; perCapita: per 10,000 residents; gdpShare: percent of the province's GDP. */
export type ScaleMode = 'none' | 'perCapita' | 'gdpShare';
export const SCALE_MODES: readonly ScaleMode[] = ['none', 'perCapita', 'gdpShare'];

/** Which modes make sense for a base unit: money both, counts per resident only, shares neither. */
export function scaleModesFor(baseUnit: string): readonly ScaleMode[] {
  if (baseUnit === 'CNY') return SCALE_MODES;
  if (baseUnit === 'count') return ['none', 'perCapita'];
  return ['none'];
}

/**
 * A value in base units on the chosen scale, or null when it cannot be derived (a city or the
 * nation, a unit the mode does not apply to): 5000亿元 for a province of 2487.45万人 → 2.01亿元 per
 * 10,000 residents; against a GDP of 47218.7亿元 → 10.59 (%).
 */
export function scaleValue(value: number, baseUnit: string, mode: ScaleMode, figures: ProvinceFigures | undefined): number | null {
  if (mode === 'none') return value;
  if (!figures || !scaleModesFor(baseUnit).includes(mode)) return null;
  if (mode === 'perCapita') return value / figures.population.value;
  return (value / (figures.gdp.value * 1e8)) * 100;
}

/** The reference entry of a province by its code; any code of its cities finds nothing. */
export function figuresFor(reference: ProvinceReference, regionCode: string | null): ProvinceFigures | undefined {
  if (!regionCode) return undefined;
  return reference.provinces.find((p) => p.code === regionCode);
}
