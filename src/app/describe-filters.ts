// The active filters in words of the interface language, for export headers and the screen:
// 地区：浙江省 · 主题：数据要素市场 · 状态：已过截止日期、12个月内到期 — never raw keys like topic=data-market.
import type { Filters } from '../data/filters';
import { topicLabel } from '../domain/topics';
import type { Language, MessageKey, Translate } from './i18n';

export function describeFilters(
  filters: Filters, t: Translate, language: Language, regionName: (name: string) => string = (n) => n,
  indicatorName: (key: string) => string = (k) => k, familyName: (key: string) => string = (k) => k,
): string {
  const colon = language === 'zh' ? '：' : ': ';
  const list = language === 'zh' ? '、' : ', ';
  const parts: string[] = [];
  if (filters.q) parts.push(`${t('search')}${colon}“${filters.q}”`);
  if (filters.region) parts.push(`${t('region')}${colon}${regionName(filters.region)}`);
  if (filters.level) parts.push(`${t('level')}${colon}${t(filters.level)}`);
  if (filters.kind) parts.push(`${t('kind')}${colon}${t(filters.kind)}`);
  if (filters.topic) parts.push(`${t('topic')}${colon}${topicLabel(filters.topic, language)}`);
  if (filters.status.length) parts.push(`${t('status')}${colon}${filters.status.map((s) => t(s)).join(list)}`);
  if (filters.strength) parts.push(`${t('strength')}${colon}${t(filters.strength satisfies MessageKey)}`);
  if (filters.indicator) parts.push(`${t('indicatorCol')}${colon}${indicatorName(filters.indicator)}`);
  if (filters.family) parts.push(`${t('family')}${colon}${familyName(filters.family)}`);
  if (filters.from !== null || filters.to !== null) {
    parts.push(`${t('deadline')}${colon}${filters.from ?? '…'}–${filters.to ?? '…'}`);
  }
  return parts.length ? parts.join(' · ') : t('noFilters');
}
