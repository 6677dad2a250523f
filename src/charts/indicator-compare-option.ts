// Compare one indicator (or the members of one family) across regions: a row per region, a mark
// per deadline with its value, comparator and year written on it, a region's marks for one
// indicator joined by a line, a range drawn as a bar; the record's own wording in the tooltip.
import type { Translate } from '../app/i18n';
import type { CompareMark, ComparePanel } from '../data/compare';
import { formatNumber, formatQuantity, measureWordOf, unitName, type Language } from '../domain/format-quantity';
import type { ScaleMode } from '../domain/province-reference';
import type { Comparator } from '../domain/schema';
import { FONT, PALETTE, escapeHtml, type ChartSpec } from './chart-spec';

const COMPARATOR_SIGN: Record<Comparator, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

/** Derived values keep three significant digits: 2.0107亿元 per 10,000 residents reads 2.01亿元. */
const threeDigits = (value: number): number => Number(value.toPrecision(3));

/** The unit a value on a scale is read in: 亿元 stays 元 (numbers carry 亿), 元/万人, % GDP. */
export function scaleUnitText(baseUnit: string, mode: ScaleMode, language: Language, measureWord = ''): string {
  const unit = unitName(baseUnit, language, measureWord);
  if (mode === 'perCapita') return language === 'zh' ? `${unit}/万人` : `${unit ? `${unit} ` : ''}per 10,000 residents`;
  if (mode === 'gdpShare') return language === 'zh' ? '占GDP %' : '% of GDP';
  return unit;
}

/** One value on a scale in words: 5000亿元, 2.01亿元/万人, 占GDP 10.6%; 500 billion yuan, 10.6% of GDP. */
export function scaledQuantity(value: number, baseUnit: string, mode: ScaleMode, language: Language, measureWord = ''): string {
  if (mode === 'none') return formatQuantity(value, baseUnit, language, measureWord);
  if (mode === 'gdpShare') return language === 'zh' ? `占GDP ${formatNumber(threeDigits(value), 'zh')}%` : `${formatNumber(threeDigits(value), 'en')}% of GDP`;
  const quantity = formatQuantity(threeDigits(value), baseUnit, language, measureWord);
  return language === 'zh' ? `${quantity}/万人` : `${quantity} per 10,000 residents`;
}

/** A mark's value with its comparator: ≥5000亿元, ≈60%, 200亿元–300亿元. */
export function markValueText(mark: CompareMark, baseUnit: string, mode: ScaleMode, language: Language): string {
  const { target } = mark.row;
  const word = measureWordOf(target.unit);
  const low = scaledQuantity(mark.value, baseUnit, mode, language, word);
  if (mark.valueMax !== null) return `${low}–${scaledQuantity(mark.valueMax, baseUnit, mode, language, word)}`;
  return `${COMPARATOR_SIGN[target.comparator]}${low}`;
}

export interface CompareChartInput {
  panel: ComparePanel;
  title: string;
  /** A single indicator is coloured by deadline year; the members of a family by indicator. */
  colourBy: 'year' | 'indicator';
  indicatorName: (key: string) => string;
  mode: ScaleMode;
  language: Language;
  t: Translate;
  /** A region's name in the interface language (浙江省 / Zhejiang); category values stay as in the data. */
  regionName?: (name: string) => string;
}

type Point = { value: [number, string, number]; name: string; label?: { position: 'top' | 'bottom'; align: 'left' | 'center' | 'right' } };

/** The measure word all marks share (家), or none when they differ (家 and 个): an axis names one unit. */
export function commonMeasureWord(marks: readonly CompareMark[]): string {
  const words = new Set(marks.map((m) => measureWordOf(m.row.target.unit)));
  return words.size === 1 ? [...words][0] : '';
}

/** Marks of a row alternate their labels above and below, in value order, so close values stay legible. */
function labelSides(marks: readonly CompareMark[]): Map<CompareMark, 'top' | 'bottom'> {
  const sides = new Map<CompareMark, 'top' | 'bottom'>();
  const rows = new Map<string, CompareMark[]>();
  for (const mark of marks) rows.set(mark.region, [...(rows.get(mark.region) ?? []), mark]);
  for (const row of rows.values()) {
    [...row].sort((a, b) => a.value - b.value || (a.year ?? 9999) - (b.year ?? 9999)).forEach((mark, i) => sides.set(mark, i % 2 ? 'bottom' : 'top'));
  }
  return sides;
}

/** Members of a family may share a value: a shape per member keeps both visible. */
const SYMBOLS = ['circle', 'diamond', 'triangle', 'rect', 'roundRect', 'pin'];

/** A label near the start of the axis runs rightwards from its mark, one near the end leftwards, so none is cut off. */
export function labelAlign(value: number, top: number): 'left' | 'center' | 'right' {
  if (top <= 0 || value <= top * 0.3) return 'left';
  return value >= top * 0.7 ? 'right' : 'center';
}

export function indicatorCompareOption({ panel, title, colourBy, indicatorName, mode, language, t, regionName = (n) => n }: CompareChartInput): ChartSpec {
  const { marks, regions, baseUnit } = panel;
  const groupOf = (mark: CompareMark): string => (colourBy === 'indicator' ? indicatorName(mark.indicatorKey) : mark.year === null ? t('none') : String(mark.year));
  const groups = [...new Set(marks.map(groupOf))];
  if (colourBy === 'year') groups.sort();
  const unitText = scaleUnitText(baseUnit, mode, language, commonMeasureWord(marks));
  const valueText = (mark: CompareMark): string => markValueText(mark, baseUnit, mode, language);
  const label = (mark: CompareMark): string => `${valueText(mark)} · ${mark.year ?? t('none')}`;

  const sides = labelSides(marks);
  const top = Math.max(0, ...marks.map((m) => m.valueMax ?? m.value));
  // a region's marks of one indicator joined in deadline order: 2025 → 2030
  const joins: object[] = [];
  const byLine = new Map<string, CompareMark[]>();
  for (const mark of marks) byLine.set(`${mark.region}\u0000${mark.indicatorKey}`, [...(byLine.get(`${mark.region}\u0000${mark.indicatorKey}`) ?? []), mark]);
  for (const line of byLine.values()) {
    const dated = line.filter((m) => m.year !== null).sort((a, b) => a.year! - b.year!);
    for (let i = 1; i < dated.length; i++) joins.push([{ coord: [dated[i - 1].value, dated[i - 1].region] }, { coord: [dated[i].value, dated[i].region] }]);
  }

  const series = groups.map((group, index) => {
    const color = PALETTE[index % PALETTE.length];
    const own = marks.map((mark, at) => ({ mark, at })).filter(({ mark }) => groupOf(mark) === group);
    const ranges = own.filter(({ mark }) => mark.valueMax !== null).map(({ mark }) => [
      { coord: [mark.value, mark.region], lineStyle: { color, width: 6, opacity: 0.45, type: 'solid' } },
      { coord: [mark.valueMax, mark.region] },
    ]);
    return {
      type: 'scatter',
      name: group,
      color,
      symbol: colourBy === 'indicator' ? SYMBOLS[index % SYMBOLS.length] : 'circle',
      symbolSize: 14,
      data: own.map(({ mark, at }): Point => ({
        value: [mark.value, mark.region, at], name: mark.region, label: { position: sides.get(mark) ?? 'top', align: labelAlign(mark.value, top) },
      })),
      label: { show: true, position: 'top', distance: 6, fontSize: 12, color: '#111827', formatter: (p: { value: Point['value'] }) => label(marks[p.value[2]]) },
      markLine: {
        silent: true, symbol: 'none', animation: false, label: { show: false },
        lineStyle: { color: '#9ca3af', width: 2, type: 'solid' },
        data: [...(index === 0 ? joins : []), ...ranges],
      },
      z: 3,
    };
  });

  const description = regions.map((region) => `${regionName(region)} ${marks.filter((m) => m.region === region).map(label).join('，')}`).join('；');
  const ordered = regions.flatMap((region) => marks.filter((m) => m.region === region));
  return {
    title,
    records: ordered.map((mark) => mark.row),
    height: Math.max(200, 116 + regions.length * 48),
    table: {
      columns: [t('region'), t('indicator'), t('wording'), t('comparator'), t('value'), `${t('plotted')} (${unitText || t('count')})`, t('deadline'), t('records'), t('quote')],
      rows: ordered.map((mark) => [
        regionName(mark.region), indicatorName(mark.indicatorKey), mark.row.target.indicator, COMPARATOR_SIGN[mark.row.target.comparator] || mark.row.target.comparator,
        valueText(mark), mode === 'none' ? mark.value : threeDigits(mark.value), mark.year ?? '', 1 + mark.others.length, mark.row.target.source.quote,
      ]),
    },
    option: {
      textStyle: { fontFamily: FONT },
      aria: { enabled: true, label: { description: `${title}: ${description}` } },
      legend: { show: groups.length > 1 || colourBy === 'indicator', top: 0, left: 0, data: groups },
      grid: { left: 8, right: 32, top: 44, bottom: 48, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'value', name: unitText, nameLocation: 'middle', nameGap: 28, min: 0,
        axisLabel: { hideOverlap: true, formatter: (v: number) => formatNumber(v, language) },
      },
      yAxis: { type: 'category', inverse: true, data: regions, axisTick: { show: false }, axisLabel: { formatter: regionName }, splitLine: { show: true, lineStyle: { color: '#eef0f3' } } },
      tooltip: {
        trigger: 'item',
        confine: true,
        formatter: (p: { componentType?: string; value?: Point['value'] }) => {
          if (p.componentType !== 'series' || !p.value) return '';
          const mark = marks[p.value[2]];
          const { target, document } = mark.row;
          return `<b>${escapeHtml(regionName(mark.region))}</b> · ${escapeHtml(indicatorName(mark.indicatorKey))}<br/>`
            + `${escapeHtml(valueText(mark))} · ${t('deadline')} ${mark.year ?? t('none')}<br/>`
            + `${t('wording')}：${escapeHtml(target.indicator)}<br/>「${escapeHtml(target.source.quote)}」<br/>`
            + `<span style="color:#4b5563">${escapeHtml(document?.title ?? '')}${mark.others.length ? ` · +${mark.others.length} ${t('records')}` : ''}</span>`;
        },
      },
      series,
    },
  };
}
