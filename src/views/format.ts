// Display helpers shared by views.
import type { Target } from '../domain/schema';

const COMPARATOR_TEXT: Record<string, string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '', range: '' };

export function amount(target: Target): string {
  const value = target.valueMax !== null ? `${target.value}–${target.valueMax}` : String(target.value);
  return `${COMPARATOR_TEXT[target.comparator]}${value}${target.unit}`;
}

export function deadlineText(target: Target): string {
  if (!target.deadline) return '—';
  return target.deadline.date ?? String(target.deadline.year);
}
