// A web page → the text of its article: the declared charset honoured (GBK/GB18030 pages are
// common), the portal's menus, breadcrumbs, share bar and footer left out (Readability), and
// paragraphs, <br> and table rows turned into lines. linkedom gives a DOM in Node and in workers alike.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { decode, decodeAs } from '../decode';
import { PARAGRAPH_IN_LINE } from '../split-lines';
import type { FormatResult } from './format-result';

/** Elements that end a line of text (a table row becomes one line, each of its cells closed by a bar). */
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
  // inside a table cell, paragraphs and breaks are spaces: the row stays one line
  const walk = (node: Node, inCell: boolean): void => {
    if (node.nodeType === 3) { out.push((node.textContent ?? '').replace(/[ \t\r\n\f]+/g, ' ')); return; }
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') { out.push(inCell ? ' ' : '\n'); return; }
    const cell = CELL.has(name);
    const block = BLOCK.has(name) && (!inCell || name === 'TR' || name === 'TABLE');
    if (block) out.push('\n');
    if (inCell && BLOCK.has(name)) out.push(' ');
    for (const child of Array.from(node.childNodes)) walk(child, (inCell || cell) && name !== 'TABLE');
    // (a row's cells closed by bars, 地区生产总值 | 6%左右 | 3.8% |, as a table copied as text is: its columns can be read)
    if (cell) out.push(' | ');
    else if (inCell && BLOCK.has(name)) out.push(' ');
    if (block) out.push('\n');
  };
  walk(root, false);
  return out.join('').split('\n').map((line) => line.replace(/ {2,}/g, ' ').trim()).filter((line, i, all) => line !== '' || (i > 0 && all[i - 1] !== '')).join('\n').trim();
}

/** Class and id words of the parts around an article on portals: 导航, 面包屑 (当前位置), 分享, 页脚, 相关链接. */
const CHROME_NAME = /(^|[-_\s])(nav|navbar|menu|breadcrumbs?|crumbs?|position|location|share|sharebar|footer|foot|copyright|related|links?|search|header|head|top|topbar|toolbar|sidebar|bottom)([-_\s]|$)/i;

/** The body without its chrome: navigation, header, footer, forms, and blocks named like them. */
function bodyWithoutChrome(document: Document): string {
  const body = document.body;
  if (!body) return '';
  for (const element of Array.from(body.querySelectorAll(CHROME))) element.remove();
  for (const element of Array.from(body.querySelectorAll('[class], [id]'))) {
    if (CHROME_NAME.test(element.getAttribute('class') ?? '') || CHROME_NAME.test(element.getAttribute('id') ?? '')) element.remove();
  }
  return blockText(body);
}

const hanCount = (text: string): number => text.match(/[\u4e00-\u9fa5]/g)?.length ?? 0;

/**
 * The article's text from a page's markup: Readability's pick, unless it kept less than half of
 * what the body holds once its chrome is taken out, or mostly what was taken out (on a short
 * notice Readability may settle on the footer); then the body without its chrome.
 */
export function articleText(html: string): string {
  const { document } = parseHTML(html);
  const heading = document.querySelector('h1')?.textContent?.trim() ?? '';
  const article = new Readability(document.cloneNode(true) as Document, { charThreshold: 200, keepClasses: false }).parse();
  const stripped = bodyWithoutChrome(document);
  if (!article?.content) return stripped;
  const body = blockText(parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body);
  // Readability's pick is the chrome (a short notice's footer) when most of it is not in the stripped body
  const alsoInBody = body.split('\n').filter((line) => stripped.includes(line)).join('');
  if (hanCount(body) < hanCount(stripped) * 0.5 || hanCount(alsoInBody) < hanCount(body) * 0.5) return stripped;
  // Readability may take the page's heading out as the article's title: put it back as the first line
  return heading && !body.slice(0, 300).includes(heading) ? `${heading}\n${body}` : body;
}

/** <p>, <br/>, </div>, <td …>: a tag that breaks a line or a table's cell, as a page's markup pasted into a text file has. */
export const MARKUP_TAG = /<\/?(?:p|br|div|span|strong|td|tr|li|h[1-6]|table|section|article|style|link|meta)\b[^<>\n]{0,400}>/i;

/**
 * A text file holding a page's markup on some of its lines (各区、县(市)人民政府…</p><p style="…"> 现将…): each such line read as
 * the page's would be, paragraphs and breaks as lines, cells closed by bars, styles and scripts left out; other lines as they are.
 */
export function textWithMarkup(text: string): { text: string; lines: number } {
  let lines = 0;
  const read = text.split('\n').map((line) => {
    if (!MARKUP_TAG.test(line)) return line;
    lines++;
    // (its paragraphs stay one line of the file, so records name the line they are on)
    return blockText(parseHTML(`<!doctype html><html><body>${line}</body></html>`).document.body).split('\n').join(PARAGRAPH_IN_LINE);
  });
  return { text: read.join('\n'), lines };
}

export function readHtml(bytes: Uint8Array): FormatResult {
  const decoded = decodeHtml(bytes);
  if (!decoded.ok) return { problem: decoded.problem };
  return { text: articleText(decoded.html) };
}
