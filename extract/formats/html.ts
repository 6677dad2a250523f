// A web page → the text of its article: the declared charset honoured (GBK/GB18030 pages are
// common), the portal's menus, breadcrumbs, share bar and footer left out (Readability), and
// paragraphs, <br> and table rows turned into lines. linkedom gives a DOM in Node and in workers alike.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decode, decodeAs } from '../decode';
import type { FormatResult } from './format-result';

/** Elements that end a line of text (a table row becomes one line, its cells separated by spaces). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL',
]);
const CELL = new Set(['TD', 'TH']);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'SELECT', 'BUTTON']);
/** Page parts that are never the article, dropped when Readability finds no article to keep. */
const CHROME = 'script, style, noscript, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"]';

/** The charset a page declares in its first bytes (<meta charset> or http-equiv), if any. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const found = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return found ? found[1].toLowerCase() : null;
}

/** Bytes → markup: a BOM wins, then the declared charset, then UTF-8 or GB18030 as for text files. */
export function decodeHtml(bytes: Uint8Array): { ok: true; html: string } | { ok: false; problem: string } {
  const hasBom = (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const charset = hasBom ? null : declaredCharset(bytes);
  if (charset && /^(gb2312|gbk|gb18030|x-gbk|cp936|euc-cn)$/.test(charset)) {
    const html = decodeAs(bytes, 'gb18030');
    if (html !== null) return { ok: true, html };
  }
  const decoded = decode(bytes);
  return decoded.ok ? { ok: true, html: decoded.text } : { ok: false, problem: decoded.problem };
}

/** The text of a DOM subtree, one line per block element and table row. */
export function blockText(root: Node): string {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) { out.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ')); return; }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') { out.push('\n'); return; }
    const block = BLOCK.has(name);
    if (block) out.push('\n');
    for (const child of Array.from(node.childNodes)) walk(child);
    if (CELL.has(name)) out.push(' ');
    if (block) out.push('\n');
  };
  walk(root);
  return out.join('').split('\n').map((line) => line.trim()).filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== '')).join('\n').trim();
}

/** The article's text from a page's markup: Readability's pick, or the body without its chrome. */
export function articleText(html: string): string {
  const { document } = parseHTML(html);
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false }).parse();
  if (article?.content) {
    const body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
    // Readability may take the page's heading out as the article's title: put it back as the first line
    const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
    return heading && !body.slice(0, 300).includes(heading) ? `${heading}\n${body}` : body;
  }
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(CHROME))) element.remove();
  return blockText(body);
}

export function readHtml(bytes: Uint8Array): FormatResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  return { text: articleText(decoded.html) };
}
