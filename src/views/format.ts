// Display helpers shared by views: amounts in the Chinese way (≥3万件, 5000亿元) or in English
// (≥30,000, 500 billion yuan), and deadlines as written: a year stays a year (2025年 / 2025).
import { formatAmount, type Language } from '../domain/format-quantity';
import { UNRESOLVED } from '../domain/regions';
import type { Target } from '../domain/schema';
import type { Translate } from '../app/i18n';

export function amount(target: Target, language: Language = 'zh'): string {
  return formatAmount(target, language);
}

export function deadlineText(target: Target, language: Language = 'zh'): string {
  if (!target.deadline) return '—';
  return target.deadline.date ?? (language === 'zh' ? `${target.deadline.year}年` : String(target.deadline.year));
}


/**
 * A region as the reader sees it: 未识别 / Unresolved when the text named none, else its name,
 * in English through the pinyin names when they are loaded.
 */
export function regionLabel(name: string, t: Translate, english: ((name: string) => string) | null = null): string {
  if (name === UNRESOLVED.name) return t('unresolved');
  return english ? english(name) : name;
}
