/**
 * A user's file → plain text: .txt/.md as UTF-8 (or UTF-16 with a BOM), .docx with mammoth (tables kept as rows),
 * .pdf with a text layer with unpdf (PDF.js). Every refusal is a clear Vietnamese message.
 */
import mammoth from 'mammoth';
import { extractText as pdfText, getDocumentProxy } from 'unpdf';
import { parseMammothHtml, renderDocx } from './docx.js';

export const MAX_FILE_BYTES = 20 * 1024 * 1024;

export type AddErrorCode = 'too_large' | 'unsupported' | 'empty' | 'not_vietnamese' | 'scanned_pdf' | 'encrypted_pdf' | 'unreadable';

const MESSAGES: Record<AddErrorCode, string> = {
  too_large: 'Tệp lớn hơn 20 MB, không thể thêm.',
  unsupported: 'Định dạng không được hỗ trợ: chỉ nhận .txt, .md, .docx và .pdf có lớp chữ.',
  empty: 'Tệp không có nội dung chữ.',
  not_vietnamese: 'Nội dung không phải văn bản tiếng Việt.',
  scanned_pdf: 'PDF không có lớp chữ (bản scan): hãy nhận dạng chữ (OCR) trước khi thêm.',
  encrypted_pdf: 'PDF được đặt mật khẩu: hãy gỡ mật khẩu trước khi thêm.',
  unreadable: 'Không đọc được tệp (hỏng hoặc sai định dạng).',
};

export class AddError extends Error {
  constructor(
    readonly code: AddErrorCode,
    readonly file: string,
  ) {
    super(`${file}: ${MESSAGES[code]}`);
  }
}

export const EXTENSIONS = ['.txt', '.md', '.docx', '.pdf'] as const;

function extOf(name: string): string {
  const m = /\.[^.]+$/.exec(name.toLowerCase());
  return m ? m[0] : '';
}

function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AddError('unreadable', file);
  }
}

async function fromPdf(bytes: Uint8Array, file: string): Promise<string> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new AddError('unreadable', file);
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (e) {
    if (e instanceof Error && /password/i.test(`${e.name} ${e.message}`)) throw new AddError('encrypted_pdf', file);
    throw new AddError('unreadable', file);
  }
  const { text } = await pdfText(pdf, { mergePages: true });
  if (!/[\p{L}]{2,}/u.test(text)) throw new AddError('scanned_pdf', file);
  return text;
}

async function fromDocx(bytes: Uint8Array, file: string): Promise<string> {
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new AddError('unreadable', file);
  try {
    // HTML rather than raw text: it keeps table rows and header cells (see docx.ts). Images are
    // dropped, not inlined as base64.
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { externalFileAccess: false, convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    return renderDocx(parseMammothHtml(html.value));
  } catch {
    throw new AddError('unreadable', file);
  }
}

/** Share of letters that only Vietnamese uses (ă â đ ê ô ơ ư and tone marks). */
export function vietnameseShare(text: string): number {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (!letters.length) return 0;
  const viet = letters.filter((ch) => /[ăâđêôơưĂÂĐÊÔƠƯ]/.test(ch) || /[\u0300-\u0309\u0323]/.test(ch.normalize('NFD').slice(1))).length;
  return viet / letters.length;
}

export async function extractText(file: string, bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_FILE_BYTES) throw new AddError('too_large', file);
  const ext = extOf(file);
  if (!(EXTENSIONS as readonly string[]).includes(ext)) throw new AddError('unsupported', file);
  if (!bytes.length) throw new AddError('empty', file);
  const raw = ext === '.pdf' ? await fromPdf(bytes, file) : ext === '.docx' ? await fromDocx(bytes, file) : decodeText(bytes, file);
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n').replace(/\u0000/g, '');
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (letters < 20) throw new AddError('empty', file);
  if (vietnameseShare(text) < 0.08) throw new AddError('not_vietnamese', file);
  return text.endsWith('\n') ? text : `${text}\n`;
}
