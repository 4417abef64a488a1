/** Real .docx and .pdf files made inside the tests (docx, pdf-lib with a Unicode font). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb } from 'pdf-lib';

const require = createRequire(import.meta.url);
const FONT = readFileSync(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));

export async function makeDocx(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

export async function makePdf(lines: string[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const font = await pdf.embedFont(FONT, { subset: true });
  let page = pdf.addPage([595, 842]);
  let y = 800;
  for (const line of lines) {
    if (y < 60) {
      page = pdf.addPage([595, 842]);
      y = 800;
    }
    page.drawText(line, { x: 40, y, size: 10, font });
    y -= 16;
  }
  return pdf.save();
}

/** A PDF with pictures only: what a scanner produces. */
export async function makeScannedPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  for (let i = 0; i < 30; i++) page.drawRectangle({ x: 40, y: 780 - i * 24, width: 400 + (i % 5) * 20, height: 10, color: rgb(0.1, 0.1, 0.1) });
  return pdf.save();
}

/**
 * A PDF that asks for a user password: an incremental update adds a Standard security
 * handler whose /U entry does not match the empty password.
 */
export async function makeEncryptedPdf(lines: string[]): Promise<Uint8Array> {
  const base = Buffer.from(await makePdf(lines));
  const text = base.toString('latin1');
  const startxref = Number(/startxref\s+(\d+)/.exec(text.slice(-200))?.[1] ?? 0);
  const size = Number(/\/Size (\d+)/.exec(text)?.[1] ?? 10);
  const root = /\/Root (\d+ \d+ R)/.exec(text)?.[1] ?? '1 0 R';
  const hex = (n: number) => Array.from({ length: n }, (_, i) => ((i * 37 + 11) % 256).toString(16).padStart(2, '0')).join('');
  const objNum = size;
  const obj = `${objNum} 0 obj\n<< /Filter /Standard /V 1 /R 2 /O <${hex(32)}> /U <${hex(32).split('').reverse().join('')}> /P -44 >>\nendobj\n`;
  const objOffset = base.length;
  const xrefOffset = objOffset + Buffer.byteLength(obj, 'latin1');
  const xref = `xref\n${objNum} 1\n${String(objOffset).padStart(10, '0')} 00000 n \ntrailer\n<< /Size ${objNum + 1} /Root ${root} /Prev ${startxref} /Encrypt ${objNum} 0 R /ID [<${hex(16)}> <${hex(16)}>] >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([base, Buffer.from(obj + xref, 'latin1')]));
}

/** A short plan of a district the corpus does not have. */
export function newPlanLines(place: string, lead: string, bhyt: number): string[] {
  return [
    'KẾ HOẠCH',
    `thực hiện Nghị quyết số 42-NQ/TW về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội`,
    `Thực hiện Nghị quyết số 42-NQ/TW, Ban Thường vụ Huyện ủy ${place} ban hành Kế hoạch thực hiện như sau:`,
    'I. MỤC ĐÍCH, YÊU CẦU',
    `- Quán triệt sâu rộng Nghị quyết đến cán bộ, đảng viên và Nhân dân huyện ${place}.`,
    'II. MỤC TIÊU',
    '1. Các chỉ tiêu chủ yếu đến năm 2030',
    `- Trên ${bhyt}% dân số tham gia bảo hiểm y tế.`,
    'III. TỔ CHỨC THỰC HIỆN',
    `1. ${lead} chủ trì, phối hợp với các cơ quan liên quan tổ chức tuyên truyền Kế hoạch này.`,
    '2. Ủy ban nhân dân huyện xây dựng kế hoạch cụ thể hóa, ban hành trong quý III/2025.',
  ];
}
