// Plain text and Markdown → text: UTF-8 (with or without BOM), UTF-16 with or without BOM, or GB18030/GBK.
import { decode } from '../decode';
import type { FormatResult } from './format-result';

export function readText(bytes: Uint8Array): FormatResult {
  const decoded = decode(bytes);
  return decoded.ok ? { text: decoded.text, warnings: decoded.warnings } : { problem: decoded.problem };
}
