// Display helpers shared by views.
import type { Region, Target } from '../domain/schema';
import type { Translate } from '../app/i18n';

const COMPARATOR_TEXT: Record<string, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

export function amount(target: Target): string {
  const value = target.valueMax !== null ? `${target.value}–${target.valueMax}` : String(target.value);
  return `${COMPARATOR_TEXT[target.comparator]}${value}${target.unit}`;
}

export function deadlineText(target: Target): string {
  if (!target.deadline) return '—';
  return target.deadline.date ?? String(target.deadline.year);
}

/** A region as the reader sees it: its name, or “未识别 / Unresolved” when the text named none. */
export function regionName(region: Region, t: Translate): string {
  return region.level === 'unresolved' ? t('unresolved') : region.name;
}
