/** .docx tables are kept as rows (src/ingest/docx.ts), read from real Word files made with `docx`. */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseMammothHtml, renderDocx } from '../src/ingest/docx.js';
import { ingestDocument } from '../src/ingest/document.js';
import { extractText } from '../src/ingest/extract.js';
import { makeOfficeDocx, type DocPart } from './docs/docx.js';

const INTRO: DocPart = { p: 'Danh mục nhiệm vụ thực hiện Nghị quyết số 42-NQ/TW của tỉnh.' };

async function lines(parts: DocPart[]): Promise<string[]> {
  const text = await extractText('bang.docx', await makeOfficeDocx([INTRO, ...parts]));
  return text.split('\n').filter(Boolean).slice(1);
}

describe('.docx tables as rows', () => {
  it('a table with a header row: the STT cell numbers the row, the first text cell is its title, every other cell is labelled with its own header', async () => {
    const out = await lines([
      {
        table: {
          header: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Sản phẩm', 'Thời hạn'],
          rows: [
            ['1', 'Tổ chức hội nghị quán triệt', 'Ban Tuyên giáo Huyện ủy', 'Trung tâm Chính trị huyện', 'Hội nghị', 'Tháng 6/2024'],
            ['2.', 'Rà soát hộ nghèo', 'Phòng Lao động - Thương binh và Xã hội', '', 'Báo cáo', 'Hằng năm'],
          ],
        },
      },
    ]);
    expect(out).toEqual([
      '1. Tổ chức hội nghị quán triệt',
      'Đơn vị chủ trì: Ban Tuyên giáo Huyện ủy',
      'Đơn vị phối hợp: Trung tâm Chính trị huyện',
      'Sản phẩm: Hội nghị',
      'Thời hạn: Tháng 6/2024',
      '2. Rà soát hộ nghèo',
      'Đơn vị chủ trì: Phòng Lao động - Thương binh và Xã hội',
      'Sản phẩm: Báo cáo',
      'Thời hạn: Hằng năm',
    ]);
  });

  it('group rows spanning the width are one line; a cell merged down rows repeats in each; a cell of several paragraphs is one value', async () => {
    const out = await lines([
      {
        table: {
          header: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
          rows: [
            ['I', { text: 'NHÓM NHIỆM VỤ VỀ AN SINH XÃ HỘI', columnSpan: 4 }],
            ['1', 'Mở rộng bảo hiểm y tế', { text: 'Bảo hiểm xã hội tỉnh', rowSpan: 2 }, { text: ['Sở Y tế', 'Sở Tài chính'] }, 'Hằng năm'],
            ['2', 'Mở rộng bảo hiểm xã hội tự nguyện', 'Liên đoàn Lao động tỉnh', 'Quý IV/2025'],
          ],
        },
      },
    ]);
    expect(out).toEqual([
      'I. NHÓM NHIỆM VỤ VỀ AN SINH XÃ HỘI',
      '1. Mở rộng bảo hiểm y tế',
      'Cơ quan chủ trì: Bảo hiểm xã hội tỉnh',
      'Cơ quan phối hợp: Sở Y tế; Sở Tài chính',
      'Thời gian hoàn thành: Hằng năm',
      '2. Mở rộng bảo hiểm xã hội tự nguyện',
      'Cơ quan chủ trì: Bảo hiểm xã hội tỉnh',
      'Cơ quan phối hợp: Liên đoàn Lao động tỉnh',
      'Thời gian hoàn thành: Quý IV/2025',
    ]);
  });

  it('a first row of short labels reads as a header even when Word does not mark it; without a number column the title line stands alone', async () => {
    const out = await lines([
      {
        table: {
          rows: [
            ['Nội dung', 'Đơn vị thực hiện', 'Thời gian'],
            ['Rà soát hộ nghèo', 'Phòng Lao động', 'Hằng năm'],
          ],
        },
      },
    ]);
    expect(out).toEqual(['Rà soát hộ nghèo', 'Đơn vị thực hiện: Phòng Lao động', 'Thời gian: Hằng năm']);
  });

  it('a table of figures by year with no one assigned stays a pipe table, its rows consecutive lines', async () => {
    const out = await lines([
      {
        table: {
          rows: [
            ['Chỉ tiêu', 'Năm 2025', 'Năm 2030'],
            ['Tỷ lệ dân số tham gia bảo hiểm y tế', '93%', 'Trên 95%'],
          ],
        },
      },
    ]);
    expect(out).toEqual(['| Chỉ tiêu | Năm 2025 | Năm 2030 |', '| --- | --- | --- |', '| Tỷ lệ dân số tham gia bảo hiểm y tế | 93% | Trên 95% |']);
  });

  it('a data table without a header row gives one line per row, cells joined with " | "; a layout table (issuer | motto) is read cell by cell', async () => {
    const out = await lines([
      {
        table: {
          rows: [
            [{ text: ['HUYỆN ỦY CAN LỘC', '*'] }, { text: ['ĐẢNG CỘNG SẢN VIỆT NAM'] }],
            ['Số 12-KH/HU', 'Can Lộc, ngày 3 tháng 4 năm 2024'],
          ],
        },
      },
      { table: { rows: [['1', 'Tổ chức quán triệt Nghị quyết.', 'Quý II/2024'], ['2', 'Sơ kết thực hiện Nghị quyết.', 'Năm 2027']] } },
    ]);
    expect(out).toEqual([
      'HUYỆN ỦY CAN LỘC',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 12-KH/HU',
      'Can Lộc, ngày 3 tháng 4 năm 2024',
      '1 | Tổ chức quán triệt Nghị quyết. | Quý II/2024',
      '2 | Sơ kết thực hiện Nghị quyết. | Năm 2027',
    ]);
  });

  it('a recipients | signature layout table keeps the signature block: the signer is still found', async () => {
    const bytes = await makeOfficeDocx([
      { p: 'KẾ HOẠCH' },
      { p: 'Thực hiện Nghị quyết số 42-NQ/TW, Ban Thường vụ Huyện ủy Can Lộc ban hành Kế hoạch thực hiện như sau:' },
      { p: 'I. MỤC ĐÍCH, YÊU CẦU' },
      { p: '- Quán triệt Nghị quyết đến cán bộ, đảng viên và Nhân dân.' },
      { table: { rows: [[{ text: ['Nơi nhận:', '- Ban Thường vụ Tỉnh ủy,', '- Lưu Văn phòng Huyện ủy.'] }, { text: ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ', 'Nguyễn Văn Lâm'] }]] } },
    ]);
    const doc = ingestDocument('x.txt', await extractText('a.docx', bytes));
    expect(doc.meta.signer).toBe('Nguyễn Văn Lâm');
    expect(doc.meta.locality).toBe('Can Lộc');
  });

  it('text around tables is unchanged: a .docx without tables reads as mammoth raw text does', async () => {
    const paras = ['KẾ HOẠCH', 'Thực hiện Nghị quyết số 42-NQ/TW của Ban Chấp hành Trung ương Đảng', 'I. MỤC ĐÍCH, YÊU CẦU', '- Quán triệt sâu rộng Nghị quyết & các văn bản <hướng dẫn>.'];
    const bytes = await makeOfficeDocx(paras.map((p) => ({ p })));
    const raw = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
    expect(await extractText('a.docx', bytes)).toBe(raw.endsWith('\n') ? raw : `${raw}\n`);
  });

  it('reads the HTML mammoth writes: entities, line breaks, a table nested in a cell, empty rows', () => {
    const html =
      '<p>A &amp; B &lt;C&gt; &quot;D&quot;</p><table><thead><tr><th><p>STT</p></th><th><p>Nhiệm vụ</p></th><th><p>Cơ quan chủ trì</p></th></tr></thead>' +
      '<tbody><tr></tr><tr><td><p>1</p></td><td><p>Việc một<br />dòng hai</p></td><td><table><tr><td><p>Sở Y tế</p></td><td><p>Sở Tài chính</p></td></tr></table></td></tr></tbody></table><p>Hết</p>';
    expect(renderDocx(parseMammothHtml(html))).toBe('A & B <C> "D"\n\n1. Việc một dòng hai\n\nCơ quan chủ trì: Sở Y tế; Sở Tài chính\n\nHết\n\n');
  });
});
