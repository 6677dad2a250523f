// Real files made from a plain text, the way policy texts reach planners: a government portal's
// page (with menus, breadcrumbs, share bar and footer; UTF-8 or GBK), that page printed to PDF by
// Chromium (wrapped lines, running header, page numbers), a .docx written by a library, a
// scanned-like PDF (an image only), a legacy .doc and a .zip.
import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const lines = (text: string): string[] => text.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => l !== '');

/** A government portal page around the text: navigation, breadcrumbs, share bar, related links, footer. */
export function portalPage(text: string, charset: 'utf-8' | 'gbk' = 'utf-8'): string {
  const body = lines(text);
  const menu = ['首页', '政务公开', '政策文件', '政策解读', '办事服务', '互动交流', '数据开放'];
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="${charset}"><title>${escape(body[0] ?? '')}_政策文件_某某市人民政府门户网站</title>
<style>body{font-family:"Noto Serif CJK SC","Noto Sans CJK SC",serif;margin:0}.nav a{margin:0 8px}article p{margin:0 0 .6em;line-height:1.6;font-size:15px}</style></head>
<body>
<header class="site-header"><div class="logo">某某市人民政府门户网站</div><form class="search"><input name="q" placeholder="请输入关键词"><button>搜索</button></form></header>
<nav class="nav">${menu.map((m) => `<a href="#">${m}</a>`).join('')}</nav>
<div class="breadcrumb">当前位置：<a href="#">首页</a> &gt; <a href="#">政务公开</a> &gt; <a href="#">政策文件</a></div>
<div class="share-bar">分享到：<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a> 【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 <a href="#">打印本页</a></div>
<div class="main"><article class="content">
${body.map((l) => `<p>${escape(l)}</p>`).join('\n')}
</article>
<div class="related"><h3>相关链接</h3><ul><li><a href="#">国务院</a></li><li><a href="#">省人民政府</a></li><li><a href="#">市政务服务网</a></li></ul></div></div>
<footer class="site-footer"><p>主办：某某市人民政府办公厅 承办：某某市大数据发展管理局</p><p>网站标识码 0000000000 备案号：某ICP备00000000号 联系电话：0000-00000000</p></footer>
<script>window.stats = { page: 'article' };</script>
</body></html>`;
}

export function portalPageBytes(text: string, charset: 'utf-8' | 'gbk'): Uint8Array {
  const html = portalPage(text, charset);
  return charset === 'gbk' ? new Uint8Array(iconv.encode(html, 'gbk')) : new TextEncoder().encode(html);
}

/** The portal page printed by Chromium on A4, with a running header (the title) and page numbers in the footer. */
export async function printedPdf(browser: Browser, text: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(portalPage(text), { waitUntil: 'load' });
    const title = escape(lines(text)[0] ?? '');
    return new Uint8Array(await page.pdf({
      format: 'A4', margin: { top: '22mm', bottom: '22mm', left: '20mm', right: '20mm' }, displayHeaderFooter: true,
      headerTemplate: `<div style="font-size:8px;width:100%;text-align:center;font-family:'Noto Sans CJK SC'">${title}</div>`,
      footerTemplate: `<div style="font-size:8px;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>`,
    }));
  } finally {
    await page.close();
  }
}

/** A PDF holding only a picture of text, as a scanner makes: no text layer at all. */
export async function scannedPdf(browser: Browser, text: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0"><canvas id="c" width="700" height="900"></canvas></body></html>`);
    const png = await page.evaluate((content) => {
      const canvas = document.querySelector('canvas')!;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff'; context.fillRect(0, 0, 700, 900);
      context.fillStyle = '#111'; context.font = '18px "Noto Sans CJK SC"';
      content.split('\n').slice(0, 30).forEach((line, i) => context.fillText(line.slice(0, 36), 30, 40 + i * 28));
      return canvas.toDataURL('image/png');
    }, lines(text).join('\n'));
    await page.setContent(`<!DOCTYPE html><html><body style="margin:0"><img src="${png}" style="width:100%"></body></html>`, { waitUntil: 'load' });
    return new Uint8Array(await page.pdf({ format: 'A4' }));
  } finally {
    await page.close();
  }
}

/** A .docx written by the docx library: every line a paragraph; a line holding tabs becomes a table row. */
export async function wordDocument(text: string): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  let rows: TableRow[] = [];
  const flush = (): void => {
    if (rows.length) children.push(new Table({ rows }));
    rows = [];
  };
  for (const line of lines(text)) {
    if (line.includes('\t')) {
      rows.push(new TableRow({ children: line.split('\t').map((cell) => new TableCell({ children: [new Paragraph(cell)] })) }));
      continue;
    }
    flush();
    children.push(new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun(line)] }));
  }
  flush();
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The first bytes of a legacy (OLE compound file) Word document, as Word 97-2003 writes them. */
export function legacyDoc(): Uint8Array {
  const bytes = new Uint8Array(1536);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff], 0x18);
  return bytes;
}

/** A .zip holding the text. */
export async function zipOf(name: string, text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array' });
}

/**
 * A PDF as many Chinese offices make them: its font (STSong-Light) not embedded, the text encoded
 * through the predefined UniGB-UCS2-H CMap, so a reader needs the CMap files to read it.
 */
export function unembeddedFontPdf(text: string): Uint8Array {
  const lines = text.split('\n').filter((l) => l.trim());
  const hex = (line: string): string => Array.from(line, (c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const content = `BT /F1 12 Tf 14 TL 50 780 Td ${lines.map((l) => `<${hex(l)}> Tj T*`).join(' ')} ET`;
  const objects = [
    '<</Type/Catalog/Pages 2 0 R>>',
    '<</Type/Pages/Kids[3 0 R]/Count 1>>',
    '<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>',
    `<</Length ${content.length}>>\nstream\n${content}\nendstream`,
    '<</Type/Font/Subtype/Type0/BaseFont/STSong-Light/Encoding/UniGB-UCS2-H/DescendantFonts[6 0 R]>>',
    '<</Type/Font/Subtype/CIDFontType0/BaseFont/STSong-Light/CIDSystemInfo<</Registry(Adobe)/Ordering(GB1)/Supplement 4>>/FontDescriptor 7 0 R>>',
    '<</Type/FontDescriptor/FontName/STSong-Light/Flags 6/FontBBox[0 -200 1000 900]/ItalicAngle 0/Ascent 880/Descent -120/CapHeight 880/StemV 93>>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => { offsets.push(pdf.length); pdf += `${i + 1} 0 obj\n${object}\nendobj\n`; });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<</Size ${objects.length + 1}/Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}
