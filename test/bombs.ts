/** Hostile files, built inside the tests, small on disk: a PDF page-list bomb and a .docx zip bomb. */
import { crc32, deflateRawSync } from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFNumber } from 'pdf-lib';

/** A one-page PDF whose page tree lists that page `times` times (~6 bytes per listing). */
export async function pdfPageListBomb(times = 200_000): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.addPage([595, 842]);
  const pages = pdf.context.lookup(pdf.catalog.get(PDFName.of('Pages')), PDFDict);
  const kids = pages.lookup(PDFName.of('Kids'), PDFArray);
  const ref = kids.get(0);
  const many = pdf.context.obj([]);
  for (let i = 0; i < times; i++) many.push(ref);
  pages.set(PDFName.of('Kids'), many);
  pages.set(PDFName.of('Count'), PDFNumber.of(times));
  return pdf.save({ useObjectStreams: false });
}

interface Entry {
  name: string;
  data: Uint8Array;
  crc: number;
  size: number;
}

/** A zip of deflated entries (enough of the format for mammoth and our size check). */
function zip(entries: Entry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.crc, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.data));
    centrals.push(central, name);
    offset += 30 + name.length + e.data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

function entry(name: string, text: string): Entry {
  const data = Buffer.from(text);
  return { name, data: deflateRawSync(data), crc: crc32(data), size: data.length };
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** A .docx whose word/document.xml is one paragraph expanding to `mb` MB (a few hundred KB on disk). */
export function docxBomb(mb = 200): Uint8Array {
  const open = Buffer.from('<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const close = Buffer.from('</w:t></w:r></w:p></w:body></w:document>');
  const xml = Buffer.concat([open, Buffer.alloc(mb * 1024 * 1024, 'xã hội '), close]);
  const doc: Entry = { name: 'word/document.xml', data: deflateRawSync(xml, { level: 9 }), crc: crc32(xml), size: xml.length };
  return zip([entry('[Content_Types].xml', CONTENT_TYPES), entry('_rels/.rels', RELS), doc]);
}
