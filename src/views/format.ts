// Display helpers shared by views: amounts in the Chinese way (≥3万件, 5000亿元) or in English
// (≥30,000, 500 billion yuan), and deadlines as written: a year stays a year (2025年 / 2025).
import { formatAmount, type Language } from '../domain/format-quantity';
import type { Target } from '../domain/schema';

export function amount(target: Target, language: Language = 'zh'): string {
  return formatAmount(target, language);
}

export function deadlineText(target: Target, language: Language = 'zh'): string {
  if (!target.deadline) return '—';
  return target.deadline.date ?? (language === 'zh' ? `${target.deadline.year}年` : String(target.deadline.year));
}
