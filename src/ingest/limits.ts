/**
 * Caps that keep one user file from costing the server more than a bounded amount of memory
 * and time: pages of a PDF, the expanded size of a .docx, characters of extracted text.
 * Checked before the expensive step (PDF.js page loop, mammoth's XML parse), not after.
 */
import { AddError } from './extract.js';

/** Extracted text of one document: about 1,000 pages of a plan; real plans are 50–300 KB. */
export const MAX_TEXT_CHARS = 2_000_000;
export const MAX_PDF_PAGES = 1000;
/** word/document.xml expanded; a 1,000-page report is ~20 MB of XML. */
export const MAX_DOCX_XML_BYTES = 40 * 1024 * 1024;
/** All entries of a .docx expanded (images included). */
export const MAX_DOCX_TOTAL_BYTES = 200 * 1024 * 1024;

export interface ZipEntry {
  name: string;
  compressed: number;
  uncompressed: number;
}

/**
 * Entries of a zip from its central directory (sizes as declared; no decompression). Throws
 * on a zip it cannot read. A few lines of the documented format, not a dependency: we need
 * only the declared sizes, and mammoth brings its own zip reader for the rest.
 */
export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('no end of central directory');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  const out: ZipEntry[] = [];
  const names = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new Error('bad central directory');
    const compressed = view.getUint32(at + 20, true);
    const uncompressed = view.getUint32(at + 24, true);
    const nameLen = view.getUint16(at + 28, true);
    const extraLen = view.getUint16(at + 30, true);
    const commentLen = view.getUint16(at + 32, true);
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLen));
    // ZIP64 sizes (0xFFFFFFFF) are over every cap here anyway.
    out.push({ name, compressed, uncompressed: uncompressed === 0xffffffff ? Number.POSITIVE_INFINITY : uncompressed });
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** Refuse a .docx whose XML would expand beyond the caps (a "zip bomb"), before mammoth reads it. */
export function checkDocxSize(bytes: Uint8Array, file: string): void {
  let entries: ZipEntry[];
  try {
    entries = zipEntries(bytes);
  } catch {
    throw new AddError('unreadable', file);
  }
  const doc = entries.find((e) => e.name === 'word/document.xml');
  if (!doc) throw new AddError('unreadable', file);
  const total = entries.reduce((s, e) => s + e.uncompressed, 0);
  if (doc.uncompressed > MAX_DOCX_XML_BYTES || total > MAX_DOCX_TOTAL_BYTES) throw new AddError('too_expanded', file);
}

interface PdfLike {
  numPages: number;
  getPage(n: number): Promise<{ ref?: { num: number; gen: number } | null; getTextContent(): Promise<{ items: Array<object> }> }>;
}

/**
 * Text of a PDF's pages, in order, one page at a time: a page listed twice in the page tree
 * is read once, more than MAX_PDF_PAGES pages are refused up front, and reading stops as soon
 * as the text passes MAX_TEXT_CHARS (PDF.js was asked for all pages at once before).
 */
export async function pdfPagesText(pdf: PdfLike, file: string): Promise<string> {
  if (pdf.numPages > MAX_PDF_PAGES) throw new AddError('too_many_pages', file);
  const seen = new Set<string>();
  const pages: string[] = [];
  let chars = 0;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const key = page.ref ? `${page.ref.num}/${page.ref.gen}` : `#${n}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const content = await page.getTextContent();
    const text = content.items.map((it) => ('str' in it && typeof it.str === 'string' ? it.str + ('hasEOL' in it && it.hasEOL ? '\n' : '') : '')).join('');
    chars += text.length;
    if (chars > MAX_TEXT_CHARS) throw new AddError('too_long', file);
    pages.push(text);
  }
  // As unpdf's mergePages does.
  return pages.join('\n').replace(/[^\S\n]+/g, ' ').replace(/ ?\n ?/g, '\n').replace(/\n{3,}/g, '\n\n');
}
