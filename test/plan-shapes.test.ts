/**
 * How plans of the kind nobody tuned for are read (issue 10): invented mini-plans, written for
 * this test in shapes Vietnamese plans use — a ministry party committee's plan whose figures sit
 * under "Mục tiêu" (no "Chỉ tiêu" part) and whose assignments carry deadlines in parentheses,
 * and a task table turned into text ("1. task" then "Cơ quan chủ trì: …" lines) — added to the
 * five seeds, then asked the way a cadre would.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type Engine } from '../src/answer/engine.js';
import { createService, type QaService } from '../src/answer/service.js';
import { buildCorpus } from '../src/ingest/corpus.js';
import { ingestDocument } from '../src/ingest/document.js';
import { buildChunkDb, saveChunkDb } from '../src/search/orama.js';
import { SEED, seedText } from './helpers.js';
import { extractText } from '../src/ingest/extract.js';
import { makeOfficeDocx, type DocPart } from './docs/docx.js';

const MINISTRY = 'bo-y-te-ke-hoach.txt';
const MINISTRY_TEXT = `BAN CÁN SỰ ĐẢNG BỘ Y TẾ

Số 31-KH/BCSĐ

Hà Nội, ngày 05 tháng 4 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết số 42-NQ/TW về chính sách xã hội

Thực hiện Nghị quyết số 42-NQ/TW, Ban cán sự đảng Bộ Y tế ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Quán triệt Nghị quyết đến toàn thể cán bộ, công chức của Bộ.

II. MỤC TIÊU

Ngành Y tế phấn đấu đến năm 2030 tỷ lệ tiêm chủng mở rộng đạt trên 95%. Khoảng 97% dân số tham gia bảo hiểm y tế, trong đó người cao tuổi tham gia chiếm khoảng 20% dân số.

Đến hết năm 2026, hoàn thành số hóa 100% hồ sơ sức khỏe điện tử của người dân.

III. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN

- Vụ Bảo hiểm y tế chủ trì, phối hợp với Bảo hiểm xã hội Việt Nam và Cục Quản lý Dược rà soát danh mục thuốc thanh toán bảo hiểm y tế (hằng năm).

- Cục Y tế dự phòng chủ trì xây dựng chương trình tiêm chủng cho vùng sâu, vùng xa (quý IV/2025).

- Cục Công nghệ thông tin phối hợp với các bệnh viện tuyến tỉnh cập nhật hồ sơ sức khỏe điện tử (hằng năm).

IV. TỔ CHỨC THỰC HIỆN

Văn phòng Bộ theo dõi, đôn đốc việc thực hiện Kế hoạch, báo cáo Ban cán sự đảng trước ngày 20/12 hằng năm.

Nơi nhận:
- Ban Bí thư (để báo cáo),
- Lưu Văn phòng.

T/M BAN CÁN SỰ ĐẢNG
BÍ THƯ

Nguyễn Văn Bình`;

const TABLE_PLAN = `ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ

KẾ HOẠCH
thực hiện Nghị quyết số 42-NQ/TW

I. NHIỆM VỤ CỤ THỂ

1. Xây dựng cơ sở dữ liệu người cao tuổi trên địa bàn tỉnh

Cơ quan chủ trì: Sở Lao động - Thương binh và Xã hội

Cơ quan phối hợp: Sở Y tế; Công an tỉnh

Thời gian hoàn thành: Quý I/2025
`;

let engine: Engine;
let qa: QaService;

beforeAll(() => {
  const files = Object.values(SEED).map((name) => ({ name, text: seedText(name) }));
  const corpus = buildCorpus([...files, { name: MINISTRY, text: MINISTRY_TEXT }], {});
  engine = createEngine({ corpus, orama: saveChunkDb(buildChunkDb(corpus)) });
  qa = createService(engine);
});

describe('plans in shapes the seeds do not have', () => {
  it('a plan with no "Chỉ tiêu" part states its targets under "Mục tiêu": each figure with its year and the noun it is a share of', () => {
    const doc = ingestDocument(MINISTRY, MINISTRY_TEXT);
    const t = (value: number) => doc.targets.find((x) => x.value === value);
    expect(t(97)?.indicator).toBe('health_insurance');
    // What follows ", trong đó" is a share of the label, not part of it.
    expect(t(97)?.label).not.toContain('trong đó');
    // "Đến hết năm 2026, hoàn thành số hóa 100% hồ sơ …": the year is 2026, the label is what is digitised.
    expect(t(100)?.year).toBe(2026);
    expect(t(100)?.label.startsWith('hồ sơ sức khỏe điện tử')).toBe(true);
  });

  it('a partner named after "phối hợp với" ends at the task verb, and bodies joined by "và" are each a partner', () => {
    const rows = ingestDocument(MINISTRY, MINISTRY_TEXT).responsibilities.filter((r) => r.role === 'coordinate');
    expect(rows.map((r) => r.agency)).toEqual(expect.arrayContaining(['Bảo hiểm xã hội Việt Nam', 'Cục Quản lý Dược']));
  });

  it('a task row of a table is quoted from its task line, so the task and its agencies are cited together', () => {
    const doc = ingestDocument('bang.txt', TABLE_PLAN);
    const lead = doc.responsibilities.find((r) => r.role === 'lead');
    const task = doc.lines.findIndex((l) => l.clean.startsWith('1. Xây dựng cơ sở dữ liệu')) + 1;
    expect(lead?.agency).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(lead?.lines[0]).toBe(task);
    expect(lead?.deadline?.normalized).toBe('2025-Q1');
  });

  it('a central plan, which has no place, is reached by naming its issuer', () => {
    const a = qa.ask('Bộ Y tế phấn đấu bao nhiêu phần trăm dân số tham gia bảo hiểm y tế đến năm 2030?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('97%');
    // The seeds' health-insurance targets are not compared in: the question named one plan.
    expect(new Set(a.citations.map((c) => c.source))).toEqual(new Set([MINISTRY]));
  });

  it('"which tasks are due every year" lists the rows due yearly and none due at another time', () => {
    const a = qa.ask('Những nhiệm vụ nào trong Kế hoạch 31-KH/BCSĐ phải thực hiện hằng năm?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('danh mục thuốc');
    expect(a.answer).toContain('hồ sơ sức khỏe điện tử');
    expect(a.answer).not.toContain('quý IV/2025');
  });

  it('"which tasks must be done within a quarter" lists the rows due then, as deadlines', () => {
    const a = qa.ask('Những nhiệm vụ nào trong Kế hoạch 31-KH/BCSĐ phải hoàn thành trong quý IV/2025?');
    expect(a.intent).toBe('deadline');
    expect(a.answer).toContain('Cục Y tế dự phòng');
    expect(a.answer).not.toContain('danh mục thuốc');
  });

  it('the issuer is cited where it issues the plan, as well as in its header', () => {
    const a = qa.ask('Cơ quan nào ban hành Kế hoạch 31-KH/BCSĐ?');
    expect(a.answer).toContain('Ban cán sự đảng Bộ Y tế');
    expect(a.citations.some((c) => c.quote.includes('Ban cán sự đảng Bộ Y tế ban hành Kế hoạch'))).toBe(true);
  });

  it('an agency asked for in a named role is a responsibility question, whatever figures its task is about', () => {
    const a = qa.ask('Cơ quan nào chủ trì xây dựng chương trình tiêm chủng cho vùng sâu, vùng xa để đạt chỉ tiêu tiêm chủng mở rộng của Bộ Y tế?');
    expect(a.intent).toBe('responsibility');
    expect(a.answer).toContain('Cục Y tế dự phòng');
  });

  it('a partner is said to coordinate the assignment its lead holds, never to lead it', () => {
    const a = qa.ask('Cơ quan nào phối hợp với Vụ Bảo hiểm y tế rà soát danh mục thuốc thanh toán bảo hiểm y tế?');
    // Each partner on its own, said to coordinate, with the assignment and its lead quoted.
    expect(a.answer).toContain('Bảo hiểm xã hội Việt Nam phối hợp nhiệm vụ “Vụ Bảo hiểm y tế chủ trì');
    expect(a.answer).toContain('Cục Quản lý Dược phối hợp nhiệm vụ');
    expect(a.answer).not.toMatch(/(?:Bảo hiểm xã hội Việt Nam|Cục Quản lý Dược) chủ trì/u);
  });

  it('a figure for an indicator the plan does not set is not answered from a passage that shares one of its words', () => {
    // The plan speaks of "tiêm chủng" and of "vùng sâu, vùng xa", never of an urban unemployment rate.
    expect(qa.ask('Bộ Y tế đặt chỉ tiêu tỷ lệ thất nghiệp khu vực thành thị bao nhiêu?').abstained).toBe(true);
  });
});

const COMMUNE = 'xa-an-hoa-ke-hoach.txt';
const COMMUNE_TEXT = `ĐẢNG ỦY XÃ AN HÒA

Số 12-KH/ĐU

KẾ HOẠCH
thực hiện Nghị quyết số 42-NQ/TW

I. MỤC ĐÍCH, YÊU CẦU

- Nâng cao nhận thức của cán bộ, đảng viên và Nhân dân trong xã về chính sách xã hội.

II. CHỈ TIÊU ĐẾN NĂM 2030

- 100% hộ nghèo có nhu cầu được vay vốn tín dụng ưu đãi; không còn hộ gia đình chính sách ở nhà tạm, nhà dột nát.

- Duy trì xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3.

III. TỔ CHỨC THỰC HIỆN

Ủy ban nhân dân xã chủ trì triển khai Kế hoạch.
`;

describe('targets a plan states without a figure', () => {
  it('are read beside the figures of a target item and as items of their own, never from the aims', () => {
    const doc = ingestDocument(COMMUNE, COMMUNE_TEXT);
    const states = doc.targets.filter((t) => t.comparator === 'state');
    expect(states.map((t) => t.text)).toEqual(['không còn hộ gia đình chính sách ở nhà tạm, nhà dột nát', 'Duy trì xã đạt chuẩn phổ cập giáo dục tiểu học mức độ 3']);
    expect(states[0]?.indicator).toBe('temporary_housing');
    expect(doc.targets.find((t) => t.value === 100)?.comparator).not.toBe('state');
    expect(doc.targets.some((t) => t.text.includes('Nâng cao nhận thức'))).toBe(false);
  });

  it('answer "every target on a topic" with the figures, and never a question that asks for a figure', () => {
    const every = qa.ask('Kế hoạch của Tây Ninh có những chỉ tiêu gì về nhà ở?');
    expect(every.answer).toContain('11.900');
    expect(every.answer).toContain('xóa bỏ hoàn toàn tình trạng nhà tạm');
    expect(every.citations.some((c) => c.source === SEED.tayNinh && c.quote.includes('nhà tạm'))).toBe(true);
    // "Bao nhiêu" asks for a figure: the stated aim about makeshift housing is not one.
    const howMany = qa.ask('Tây Ninh xóa bao nhiêu căn nhà tạm đến 2030?');
    expect(howMany.answer).not.toMatch(/Xóa nhà tạm, nhà dột nát:/u);
  });
});

const WARD = 'phuong-an-binh-ke-hoach.md';
const WARD_TEXT = `**ỦY BAN NHÂN DÂN**
**PHƯỜNG AN BÌNH**

Số: 45/KH-UBND

# KẾ HOẠCH

Thực hiện Nghị quyết số 42-NQ/TW trên địa bàn phường

## I. CHỈ TIÊU

| TT | Chỉ tiêu | Đơn vị tính | Năm 2026 | Năm 2030 |
|----|----------|-------------|----------|----------|
| 1 | Tỷ lệ dân số tham gia bảo hiểm y tế | % | 93,5 | Trên 96 |
| 2 | Số căn nhà ở xã hội hoàn thành | căn | - | 250 |

## II. NHIỆM VỤ

| TT | Nội dung nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện |
|----|-------------------|-----------------|------------------|---------------------|
| 1 | Rà soát người cao tuổi chưa có thẻ bảo hiểm y tế | Trạm Y tế phường | Công an phường; Hội Người cao tuổi phường | Quý III/2026 |
| 2 | Mở lớp dạy nghề ngắn hạn cho lao động nữ | Phòng Văn hóa - Xã hội | Hội Liên hiệp Phụ nữ phường | Hằng năm |

## III. TỔ CHỨC THỰC HIỆN

### 1. Phòng Văn hóa - Xã hội

a) Chủ trì theo dõi, đôn đốc thực hiện Kế hoạch.

b) Tổng hợp, báo cáo kết quả trước ngày 10/12 hằng năm.
`;

describe('a ward plan whose targets and tasks are markdown tables', () => {
  const doc = ingestDocument(WARD, WARD_TEXT);
  const lineOf = (text: string): number => WARD_TEXT.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('is the ward\'s own plan, at commune level', () => {
    expect([doc.meta.locality, doc.meta.level]).toEqual(['An Bình', 'xã']);
  });

  it('reads a task table by its header cells: who leads, each partner, the deadline, each row cited from its own line', () => {
    const row = lineOf('Rà soát người cao tuổi');
    const rows = doc.responsibilities.filter((r) => r.lines[0] === row);
    expect(rows.map((r) => [r.agency, r.role])).toEqual([
      ['Trạm Y tế phường', 'lead'],
      ['Công an phường', 'coordinate'],
      ['Hội Người cao tuổi phường', 'coordinate'],
    ]);
    expect(rows.every((r) => r.lines[1] === row && r.deadline?.normalized === '2026-Q3')).toBe(true);
  });

  it('reads a target table as one target per year column, with its comparator and the unit of its row', () => {
    const row = lineOf('Tỷ lệ dân số tham gia bảo hiểm y tế');
    const hi = doc.targets.filter((t) => t.lines[0] === row).map((t) => [t.indicator, t.year, t.comparator, t.valueText]);
    expect(hi).toEqual([
      ['health_insurance', 2026, 'eq', '93,5%'],
      ['health_insurance', 2030, 'gt', '96%'],
    ]);
    // "-": no target for that year.
    expect(doc.targets.filter((t) => t.lines[0] === lineOf('Số căn nhà ở xã hội')).map((t) => [t.year, t.valueText])).toEqual([[2030, '250 căn']]);
    // The table's own text is not read again as prose ("| 1 |" is no target).
    expect(doc.targets.every((t) => !t.label.includes('|'))).toBe(true);
  });

  it('gives lettered items under an agency\'s heading to that agency', () => {
    const r = doc.responsibilities.find((x) => x.lines[0] === lineOf('Chủ trì theo dõi, đôn đốc'));
    expect([r?.agency, r?.role]).toEqual(['Phòng Văn hóa - Xã hội', 'lead']);
  });

  it('answers who coordinates a task with the row, cited from that row\'s line alone', () => {
    const files = Object.values(SEED).map((name) => ({ name, text: seedText(name) }));
    const corpus = buildCorpus([...files, { name: WARD, text: WARD_TEXT }], {});
    const e = createEngine({ corpus, orama: saveChunkDb(buildChunkDb(corpus)) });
    const a = createService(e).ask('phuong an binh ai phoi hop ra soat nguoi cao tuoi chua co the bhyt');
    expect(a.answer).toContain('Công an phường');
    const row = lineOf('Rà soát người cao tuổi');
    expect(a.citations.some((c) => c.source === WARD && c.lines[0] === row && c.lines[1] === row)).toBe(true);
  });
});

describe('targets of a period, in money', () => {
  const text = `BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN BA TƠ

KẾ HOẠCH

I. CHỈ TIÊU PHẤN ĐẤU GIAI ĐOẠN 2024 - 2026

1.1. Phấn đấu vận động quỹ "Vì người nghèo" đạt 800 triệu đồng/năm.
`;
  it('an amount in đồng is a target, labelled by what comes before it, in the last year the heading names', () => {
    const t = ingestDocument('ba-to.txt', text).targets[0];
    expect([t?.valueText, t?.year]).toEqual(['800 triệu đồng', 2026]);
    expect(t?.label).toContain('Vì người nghèo');
  });
});

describe('a plan exported from PDF in two columns, with a running head on every page', () => {
  const text = [
    'TỈNH ỦY PHÚ YÊN                                  ĐẢNG CỘNG SẢN VIỆT NAM',
    'Số 12-CTr/TU                                     Phú Yên, ngày 02 tháng 4 năm 2024',
    '',
    'CHƯƠNG TRÌNH HÀNH ĐỘNG',
    'thực hiện Nghị quyết số 42-NQ/TW',
    '',
    'I. NHIỆM VỤ',
    '1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với các cơ quan tổ chức quán triệt Nghị quyết.',
    '2. Ủy ban Kiểm tra Tỉnh ủy chủ trì kiểm tra, giám sát',
    '',
    '- 2 -',
    'Chương trình hành động số 12-CTr/TU của Tỉnh ủy Phú Yên',
    'việc thực hiện chính sách xã hội; xử lý nghiêm hành vi trục lợi chính sách.',
    '3. Văn phòng Tỉnh ủy theo dõi, đôn đốc thực hiện Chương trình.',
    '',
    '- 3 -',
    'Chương trình hành động số 12-CTr/TU của Tỉnh ủy Phú Yên',
    'Nơi nhận:                                                      T/M TỈNH ỦY',
    '- Ban Bí thư Trung ương Đảng,                                       BÍ THƯ',
    '- Lưu Văn phòng Tỉnh ủy.',
    '                                                              Trần Văn Bình',
  ].join('\n');
  const doc = ingestDocument('phu-yen.txt', text);

  it('skips the running head, so a task that runs over the page is read whole', () => {
    const row = doc.responsibilities.find((r) => r.agency === 'Ủy ban Kiểm tra Tỉnh ủy');
    expect(row?.task).toContain('trục lợi chính sách');
    expect(doc.responsibilities.some((r) => r.task.includes('Chương trình hành động số 12'))).toBe(false);
  });

  it('finds the signer after the distribution list when the signing formula shares its lines', () => {
    expect(doc.meta.signer).toBe('Trần Văn Bình');
  });
});

describe('an appendix after the signature', () => {
  const text = `ỦY BAN NHÂN DÂN HUYỆN CƯ KUIN

KẾ HOẠCH

I. NHIỆM VỤ

1. Các phòng, ban triển khai Kế hoạch.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Nguyễn Văn An

Phụ lục: PHÂN CÔNG NHIỆM VỤ

1. Lập danh sách người cao tuổi chưa có thẻ bảo hiểm y tế

Cơ quan chủ trì: Phòng Lao động - Thương binh và Xã hội

Thời gian hoàn thành: Quý III/2024
`;
  it('is read as part of the plan, not as the signature: its task rows are rows', () => {
    const doc = ingestDocument('cu-kuin.txt', text);
    expect(doc.meta.signer).toBe('Nguyễn Văn An');
    const row = doc.responsibilities.find((r) => r.agency === 'Phòng Lao động - Thương binh và Xã hội');
    expect(row?.role).toBe('lead');
    expect(row?.deadline?.normalized).toBe('2024-Q3');
  });
});

describe('a .docx target table with group rows and a column of what was achieved', () => {
  const plan: DocPart[] = [
    { p: 'ỦY BAN NHÂN DÂN HUYỆN EA KAR' },
    { p: 'KẾ HOẠCH Thực hiện Nghị quyết số 42-NQ/TW' },
    { p: 'I. MỤC TIÊU', bold: true },
    { p: '1. Các chỉ tiêu chủ yếu', bold: true },
    {
      table: {
        header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Năm 2025', 'Năm 2030'],
        rows: [
          ['I', { text: 'Y TẾ', columnSpan: 5 }],
          ['1', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '90,1', '93', 'Trên 95'],
          ['II', { text: 'NHÀ Ở', columnSpan: 5 }],
          ['2', 'Số căn nhà ở xã hội hoàn thành', 'Căn', '12', '40', '120'],
        ],
      },
    },
    { p: 'II. NHIỆM VỤ, GIẢI PHÁP', bold: true },
    { p: 'Phòng Y tế chủ trì vận động người dân tham gia bảo hiểm y tế.' },
  ];
  let doc: ReturnType<typeof ingestDocument>;
  beforeAll(async () => {
    doc = ingestDocument('ea-kar.txt', await extractText('ea-kar.docx', await makeOfficeDocx(plan)));
  });

  it('gives one target per planned year, in the targets section, and none from the achieved column', () => {
    const got = doc.targets.map((t) => [t.indicator, t.year, t.comparator, t.valueText]);
    expect(got).toContainEqual(['health_insurance', 2025, 'eq', '93%']);
    expect(got).toContainEqual(['health_insurance', 2030, 'gt', '95%']);
    expect(doc.targets.filter((t) => t.label.startsWith('Số căn nhà ở xã hội')).map((t) => [t.year, t.valueText])).toEqual([
      [2025, '40 Căn'],
      [2030, '120 Căn'],
    ]);
    expect(doc.targets.some((t) => t.year === 2023 || t.valueText.startsWith('90,1'))).toBe(false);
    expect(doc.targets.every((t) => t.section === 'I. MỤC TIÊU > 1. Các chỉ tiêu chủ yếu')).toBe(true);
  });

  it('control: the table\'s group rows are not headings of the plan; the next part still is', () => {
    const titles = doc.sections.map((s) => s.title);
    expect(titles).not.toContain('Y TẾ');
    expect(titles.some((t) => t.includes('NHÀ Ở'))).toBe(false);
    expect(titles).toContain('NHIỆM VỤ, GIẢI PHÁP');
  });
});

describe('tasks written as a task line and its bulleted labels', () => {
  const TEXT = [
    'ỦY BAN NHÂN DÂN TỈNH HÒA AN',
    'KẾ HOẠCH Thực hiện Nghị quyết số 42-NQ/TW',
    'II. NHIỆM VỤ CỤ THỂ',
    'Nhiệm vụ 1: Rà soát, hỗ trợ xóa nhà tạm cho hộ nghèo',
    '- Cơ quan chủ trì: Sở Xây dựng.',
    '- Cơ quan phối hợp: Sở Tài chính; Ủy ban nhân dân các xã.',
    '- Thời gian hoàn thành: Quý IV năm 2026.',
    '',
    'Nhiệm vụ 2: Mở rộng bao phủ bảo hiểm y tế',
    '- Cơ quan chủ trì: Sở Y tế.',
    '- Cơ quan phối hợp: Bảo hiểm xã hội tỉnh.',
    '- Thời gian hoàn thành: Năm 2027.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    'Sở Nội vụ chủ trì theo dõi, tổng hợp kết quả thực hiện.',
  ].join('\n');
  const doc = ingestDocument('hoa-an.txt', TEXT);
  const lineOf = (t: string): number => TEXT.split('\n').findIndex((l) => l.includes(t)) + 1;

  it('each label line is a row of the task line above it, with that task\'s own deadline, cited from the task line on', () => {
    const rows = doc.responsibilities.map((r) => [r.agency, r.role, r.task, r.deadline?.text ?? null, r.lines[0]]);
    expect(rows).toContainEqual(['Sở Xây dựng', 'lead', 'Nhiệm vụ 1: Rà soát, hỗ trợ xóa nhà tạm cho hộ nghèo', 'Quý IV năm 2026', lineOf('Nhiệm vụ 1')]);
    expect(rows).toContainEqual(['Ủy ban nhân dân các xã', 'coordinate', 'Nhiệm vụ 1: Rà soát, hỗ trợ xóa nhà tạm cho hộ nghèo', 'Quý IV năm 2026', lineOf('Nhiệm vụ 1')]);
    expect(rows).toContainEqual(['Sở Y tế', 'lead', 'Nhiệm vụ 2: Mở rộng bao phủ bảo hiểm y tế', 'Năm 2027', lineOf('Nhiệm vụ 2')]);
  });

  it('"sở nào chủ trì, những đơn vị nào phối hợp?" is one question: the lead and the partners of that task, not of another', () => {
    const files = Object.values(SEED).map((name) => ({ name, text: seedText(name) }));
    const corpus = buildCorpus([...files, { name: 'hoa-an.txt', text: TEXT }], {});
    const qa = createService(createEngine({ corpus, orama: saveChunkDb(buildChunkDb(corpus)) }));
    const a = qa.ask('Ở Hòa An, việc rà soát, hỗ trợ xóa nhà tạm cho hộ nghèo do sở nào chủ trì, những đơn vị nào phối hợp?');
    expect(a.answer).toContain('Sở Xây dựng');
    expect(a.answer).toContain('Sở Tài chính');
    expect(a.answer).not.toContain('Sở Y tế');
    expect(a.answer).not.toContain('Bảo hiểm xã hội tỉnh');
    // Control: a second part with a task of its own is a question of its own.
    const two = qa.ask('Ở Hòa An, việc xóa nhà tạm cho hộ nghèo do sở nào chủ trì, việc mở rộng bao phủ bảo hiểm y tế do sở nào chủ trì?');
    expect(two.answer).toContain('Sở Xây dựng');
    expect(two.answer).toContain('Sở Y tế');
  });

  it('control: no row names "Cơ quan" itself, and a sentence with its own subject is read as before', () => {
    expect(doc.responsibilities.some((r) => /^Cơ quan$/u.test(r.agency))).toBe(false);
    expect(doc.responsibilities.find((r) => r.agency === 'Sở Nội vụ' && r.task.startsWith('chủ trì theo dõi'))?.deadline).toBeNull();
  });
});

describe('the issuer of a plan whose grounds cite another issuer', () => {
  const lines = (cite: string) =>
    ['ỦY BAN NHÂN DÂN', 'TỈNH HÒA AN', 'Số: 21/KH-UBND', '', 'KẾ HOẠCH', 'Thực hiện Nghị quyết số 42-NQ/TW', '', cite, 'Ủy ban nhân dân tỉnh Hòa An ban hành Kế hoạch triển khai như sau:', '', 'I. MỤC ĐÍCH, YÊU CẦU', 'Cụ thể hóa Nghị quyết.'].join('\n');
  it('"Căn cứ Nghị quyết … của Chính phủ ban hành Chương trình …" is a ground, not the issuer', () => {
    const doc = ingestDocument('hoa-an.txt', lines('Căn cứ Nghị quyết số 77/NQ-CP ngày 08/5/2024 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 42-NQ/TW;'));
    expect(doc.meta.issuingBody).toBe('Ủy ban nhân dân tỉnh Hòa An');
  });
  it('control: without such a ground the issuer is read the same way', () => {
    expect(ingestDocument('hoa-an.txt', lines('Căn cứ Luật Tổ chức chính quyền địa phương;')).meta.issuingBody).toBe('Ủy ban nhân dân tỉnh Hòa An');
  });
});

describe('a commune programme numbered "1-", "a-", with one body leading another', () => {
  const TEXT = [
    'ĐẢNG ỦY XÃ NẬM CÁY',
    'CHƯƠNG TRÌNH HÀNH ĐỘNG thực hiện Nghị quyết số 42-NQ/TW',
    'I- TỔ CHỨC THỰC HIỆN',
    '1- Đảng ủy Ủy ban nhân dân xã lãnh đạo Ủy ban nhân dân xã chủ trì, phối hợp với Ủy ban Mặt trận Tổ quốc xã xây dựng kế hoạch thực hiện, hoàn thành trước ngày 30/9/2025; lồng ghép các chỉ tiêu vào kế hoạch phát triển kinh tế - xã hội hằng năm của xã.',
    '2- Văn phòng Đảng ủy theo dõi, tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy trước ngày 10/12 hằng năm.',
    'a- Hội Nông dân xã chủ trì hướng dẫn hộ nghèo sử dụng vốn vay đúng mục đích.',
  ].join('\n');
  const doc = ingestDocument('nam-cay.txt', TEXT);
  const row = (agency: string) => doc.responsibilities.find((r) => r.agency === agency);

  it('reads the items whatever their numbering, the body led as the task\'s lead, each with the date said beside it', () => {
    expect([row('Đảng ủy Ủy ban nhân dân xã')?.role, row('Đảng ủy Ủy ban nhân dân xã')?.deadline?.text]).toEqual(['direct', 'hoàn thành trước ngày 30/9/2025']);
    expect([row('Ủy ban nhân dân xã')?.role, row('Ủy ban nhân dân xã')?.deadline?.text]).toEqual(['lead', 'hoàn thành trước ngày 30/9/2025']);
    expect(row('Văn phòng Đảng ủy')?.deadline?.text).toBe('trước ngày 10/12 hằng năm');
    expect(row('Hội Nông dân xã')?.role).toBe('lead');
  });

  it('control: "Văn phòng Đảng ủy xã" asked of a plan that says "Văn phòng Đảng ủy" is that office; one it never names is not', () => {
    const files = Object.values(SEED).map((name) => ({ name, text: seedText(name) }));
    const corpus = buildCorpus([...files, { name: 'nam-cay.txt', text: TEXT }, { name: 'hoa-an.txt', text: TEXT.replace('ĐẢNG ỦY XÃ NẬM CÁY', 'ĐẢNG ỦY XÃ NẬM XE').replace('Văn phòng Đảng ủy theo', 'Văn phòng Đảng ủy xã theo') }], {});
    const qa = createService(createEngine({ corpus, orama: saveChunkDb(buildChunkDb(corpus)) }));
    expect(qa.ask('van phong dang uy xa nam cay bao cao huyen uy truoc ngay nao').answer).toContain('10/12');
    expect(qa.ask('Ban Tuyên giáo Đảng ủy xã Nậm Cáy báo cáo trước ngày nào?').abstained).toBe(true);
  });
});

describe('a department\'s guidance under its city, with figures for two years in one sentence', () => {
  const TEXT = [
    'UBND THÀNH PHỐ HẢI PHÒNG',
    'SỞ NỘI VỤ',
    'Số: 12/HD-SNV',
    'Hải Phòng, ngày 02 tháng 10 năm 2025',
    'HƯỚNG DẪN',
    'Triển khai Nghị quyết số 42-NQ/TW tại các phường, xã',
    'Mục 1. CHỈ TIÊU',
    'Chỉ tiêu số 1 – Bảo hiểm y tế: tỷ lệ dân số tham gia bảo hiểm y tế năm 2026 đạt 94%, năm 2030 đạt trên 97%.',
    'Chỉ tiêu số 2 – Nhà ở: trong năm 2026 hoàn thành 350 căn nhà ở xã hội (lũy kế từ năm 2024).',
    'Chỉ tiêu số 3 – Lao động: tỷ lệ lao động qua đào tạo đạt 72% vào năm 2027 và đạt 80% vào năm 2030.',
    'Mục 2. TỔ CHỨC THỰC HIỆN',
    '1. Trách nhiệm của Ủy ban nhân dân các phường, xã',
    '– Ban hành kế hoạch thực hiện của phường, xã chậm nhất ngày 15/11/2025.',
    '– Tổ chức đối thoại với hộ nghèo, người có công mỗi năm một lần.',
  ].join('\n');
  const doc = ingestDocument('hai-phong.txt', TEXT);

  it('is a guidance of the department, in its city, a province of its own', () => {
    expect([doc.meta.kind, doc.meta.issuingBody, doc.meta.locality, doc.meta.province]).toEqual(['Hướng dẫn', 'Sở nội vụ thành phố Hải Phòng', 'Hải Phòng', 'Hải Phòng']);
  });

  it('gives each figure the year said beside it, and a figure labelled by its year alone the indicator before it', () => {
    const got = doc.targets.map((t) => [t.indicator, t.year, t.valueText]);
    expect(got).toContainEqual(['health_insurance', 2026, '94%']);
    expect(got).toContainEqual(['health_insurance', 2030, '97%']);
    expect(got).toContainEqual(['trained_labour', 2027, '72%']);
    expect(got).toContainEqual(['trained_labour', 2030, '80%']);
    // "lũy kế từ năm 2024" is where the count starts, not its year.
    expect(doc.targets.find((t) => t.valueText === '350 căn')?.year).toBe(2026);
  });

  it('gives the dashed items under "Trách nhiệm của …" to that body, with a "chậm nhất ngày" deadline; "Ban hành" is no agency', () => {
    const rows = doc.responsibilities.map((r) => [r.agency, r.deadline?.text ?? null]);
    expect(rows).toContainEqual(['Ủy ban nhân dân các phường, xã', 'chậm nhất ngày 15/11/2025']);
    expect(doc.responsibilities.filter((r) => r.agency === 'Ủy ban nhân dân các phường, xã').length).toBe(2);
    expect(doc.responsibilities.some((r) => r.agency.startsWith('Ban hành'))).toBe(false);
  });
});

describe('"các cơ quan tham mưu, giúp việc …": the advisory bodies as a subject', () => {
  const doc = ingestDocument(
    'x.txt',
    ['HUYỆN ỦY NA HANG', 'KẾ HOẠCH thực hiện Nghị quyết số 42-NQ/TW', 'IV. TỔ CHỨC THỰC HIỆN', '2. Các cơ quan tham mưu, giúp việc Huyện ủy, các chi bộ trực thuộc tổ chức quán triệt và xây dựng kế hoạch cụ thể.', '3. Các cơ quan tham mưu Ban Thường vụ Huyện ủy sơ kết việc thực hiện vào năm 2027.'].join('\n'),
  );
  it('is one agency whose verb comes after its name', () => {
    expect(doc.responsibilities.map((r) => [r.agency, r.role])).toContainEqual(['Các cơ quan tham mưu, giúp việc Huyện ủy, các chi bộ trực thuộc', 'execute']);
  });
  it('control: "các cơ quan tham mưu Ban Thường vụ …" is agencies that advise', () => {
    expect(doc.responsibilities.map((r) => [r.agency, r.role])).toContainEqual(['Các cơ quan', 'advise_execute']);
  });
});

describe('a People\'s Council resolution copied from a gazette site, article by article', () => {
  const TEXT = [
    '# Nghị quyết 12/2024/NQ-HĐND chính sách hỗ trợ tỉnh Hòa Bình Mới',
    '',
    'HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM',
    '',
    'Số: 12/2024/NQ-HĐND',
    '',
    '**NGHỊ QUYẾT**',
    '',
    '**QUYẾT NGHỊ:**',
    '',
    '**Điều 2. Mục tiêu**',
    '',
    '1. Mục tiêu đến năm 2027',
    '',
    'a) Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.',
    '',
    '**Điều 5. Tổ chức thực hiện**',
    '',
    '1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết.',
    '',
    '**CHỦ TỊCH**',
    '',
    '**Nguyễn Văn An**',
  ].join('\n');
  const doc = ingestDocument('kon-tum.md', TEXT);
  it('is a resolution of the council, in its province, signed by its chair', () => {
    expect([doc.meta.kind, doc.meta.issuingBody, doc.meta.locality, doc.meta.signer]).toEqual(['Nghị quyết', 'Hội đồng nhân dân tỉnh Kon Tum', 'Kon Tum', 'Nguyễn Văn An']);
  });
  it('reads "Mục tiêu đến năm 2027" as targets of that year', () => {
    expect(doc.targets.map((t) => [t.indicator, t.year, t.valueText])).toEqual([['health_insurance', 2027, '95%']]);
  });
  it('control: a "CHỦ TỊCH" inside a sentence is no signature', () => {
    const d = ingestDocument('x.txt', TEXT.replace('**CHỦ TỊCH**', 'Giao Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo thực hiện.'));
    expect(d.meta.signer).toBeNull();
  });
});

describe('a decision with the plan it issues attached', () => {
  const TEXT = [
    'ỦY BAN NHÂN DÂN',
    'HUYỆN EA SÚP',
    'Số: 77/QĐ-UBND',
    'QUYẾT ĐỊNH',
    'Về việc ban hành Kế hoạch thực hiện Nghị quyết số 42-NQ/TW',
    'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện.',
    'TM. ỦY BAN NHÂN DÂN',
    'CHỦ TỊCH',
    'Trần Văn Bình',
    '',
    'KẾ HOẠCH',
    'I. MỤC TIÊU',
    '2. Chỉ tiêu cụ thể',
    'a) Về bảo hiểm y tế: Đến năm 2025, tỷ lệ dân số tham gia bảo hiểm y tế đạt 93,5%; Đến năm 2030, tỷ lệ này đạt trên 95,5%.',
    'b) Về dinh dưỡng: Đến năm 2025, tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi giảm còn dưới 23,5%; Đến năm 2030, giảm còn dưới 19%.',
    'II. TỔ CHỨC THỰC HIỆN',
    '1. Phòng Lao động - Thương binh và Xã hội là cơ quan thường trực, giúp UBND huyện theo dõi, đôn đốc thực hiện Kế hoạch.',
    '2. Trách nhiệm của các cơ quan, đơn vị',
    'Đề nghị Ủy ban MTTQ Việt Nam huyện giám sát việc thực hiện chính sách.',
    'UBND các xã, thị trấn cụ thể hóa Kế hoạch này phù hợp với tình hình địa phương.',
  ].join('\n');
  const doc = ingestDocument('ea-sup.txt', TEXT);
  it('is issued by the district\'s People\'s Committee, not by "Về việc"', () => {
    expect([doc.meta.kind, doc.meta.issuingBody, doc.meta.locality]).toEqual(['Quyết định', 'Ủy ban nhân dân huyện Ea Súp', 'Ea Súp']);
  });
  it('gives "tỷ lệ này" and "Đến năm 2030, giảm còn …" the indicator of the item\'s first figure', () => {
    const got = doc.targets.map((t) => [t.indicator, t.year, t.valueText]);
    expect(got).toEqual([
      ['health_insurance', 2025, '93,5%'],
      ['health_insurance', 2030, '95,5%'],
      ['child_stunting', 2025, '23,5%'],
      ['child_stunting', 2030, '19%'],
    ]);
  });
  it('names the body before "là cơ quan thường trực", a body asked ("Đề nghị …"), and one that "cụ thể hóa"; many bodies unnamed are no agency', () => {
    const agencies = doc.responsibilities.map((r) => r.agency);
    expect(agencies).toContain('Phòng Lao động - Thương binh và Xã hội');
    expect(agencies).toContain('Ủy ban MTTQ Việt Nam huyện');
    expect(agencies).toContain('UBND các xã, thị trấn');
    expect(agencies.some((a) => /^các cơ quan, đơn vị$/iu.test(a))).toBe(false);
  });
});

describe('a task table copied from Word as tab-separated text', () => {
  const TEXT = [
    'ỦY BAN NHÂN DÂN HUYỆN M\'ĐRẮK',
    'KẾ HOẠCH thực hiện Nghị quyết số 42-NQ/TW',
    'IV. TỔ CHỨC THỰC HIỆN',
    'STT\tNội dung công việc\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
    '1\tRà soát hộ nghèo, hộ cận nghèo\tPhòng Lao động - Thương binh và Xã hội\tPhòng Tài chính - Kế hoạch; UBND các xã\tQuý IV/2024',
    '2\tVận động trẻ em đến trường\tPhòng Giáo dục và Đào tạo\t\tHằng năm',
    'V. CHẾ ĐỘ BÁO CÁO',
    'Phòng Lao động - Thương binh và Xã hội tổng hợp, báo cáo trước ngày 15/12 hằng năm.',
  ].join('\n');
  const doc = ingestDocument('mdrak.txt', TEXT);
  it('reads each row by the header\'s columns: lead, each partner, the deadline, cited from the row\'s line', () => {
    const rows = doc.responsibilities.filter((r) => r.lines[0] === 5).map((r) => [r.agency, r.role, r.deadline?.text]);
    expect(rows).toEqual([
      ['Phòng Lao động - Thương binh và Xã hội', 'lead', 'Quý IV/2024'],
      ['Phòng Tài chính - Kế hoạch', 'coordinate', 'Quý IV/2024'],
      ['UBND các xã', 'coordinate', 'Quý IV/2024'],
    ]);
    expect(doc.responsibilities.filter((r) => r.lines[0] === 6).map((r) => [r.agency, r.role])).toEqual([['Phòng Giáo dục và Đào tạo', 'lead']]);
  });
  it('control: its rows are no headings; the next part is', () => {
    expect(doc.sections.map((s) => s.title)).toEqual(expect.arrayContaining(['TỔ CHỨC THỰC HIỆN', 'CHẾ ĐỘ BÁO CÁO']));
    expect(doc.sections.some((s) => /Rà soát|Vận động/u.test(s.title))).toBe(false);
  });
});

describe('tables a PDF-to-text tool left as plain text', () => {
  it('columns aligned with runs of spaces: one target per year column, an empty cell left empty', () => {
    const text = [
      'ỦY BAN NHÂN DÂN TỈNH CÀ MAU',
      'KẾ HOẠCH thực hiện Nghị quyết số 42-NQ/TW',
      '2. CHỈ TIÊU CHỦ YẾU',
      'TT   Chỉ tiêu                                   Đơn vị     Năm 2026    Năm 2030',
      '---------------------------------------------------------------------------',
      '1    Tỷ lệ dân số tham gia bảo hiểm y tế        %          95,5        97,2',
      '2    Số căn nhà ở xã hội hoàn thành             căn                    1.200',
      '3. NHIỆM VỤ, GIẢI PHÁP',
    ].join('\n');
    const doc = ingestDocument('ca-mau.txt', text);
    expect(doc.targets.map((t) => [t.indicator, t.year, t.valueText])).toEqual([
      ['health_insurance', 2026, '95,5%'],
      ['health_insurance', 2030, '97,2%'],
      ['social_housing_units', 2030, '1.200 căn'],
    ]);
    expect(doc.sections.some((s) => /bảo hiểm y tế|nhà ở xã hội/u.test(s.title))).toBe(false);
  });

  it('one cell per line: rows start at their number, a task over two lines stays whole, a page number between rows is skipped', () => {
    const text = [
      'HUYỆN ỦY BA TƠ',
      'KẾ HOẠCH thực hiện Nghị quyết số 42-NQ/TW',
      'PHỤ LỤC',
      'TT',
      'Nội dung nhiệm vụ',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      '1',
      'Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo đồng bào',
      'Hrê ở các xã vùng cao',
      'Phòng Lao động - Thương binh và Xã hội huyện',
      'Ủy ban MTTQ Việt Nam huyện; UBND các xã',
      'Năm 2025',
      '5',
      '2',
      'Vận động Nhân dân tham gia bảo hiểm y tế hộ gia đình',
      'Bảo hiểm xã hội huyện',
      'Phòng Y tế huyện',
      'Hằng năm',
    ].join('\n');
    const doc = ingestDocument('ba-to.txt', text);
    const rows = doc.responsibilities.map((r) => [r.agency, r.role, r.task, r.deadline?.text]);
    expect(rows).toEqual([
      ['Phòng Lao động - Thương binh và Xã hội huyện', 'lead', 'Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo đồng bào Hrê ở các xã vùng cao', 'Năm 2025'],
      ['Ủy ban MTTQ Việt Nam huyện', 'coordinate', 'Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo đồng bào Hrê ở các xã vùng cao', 'Năm 2025'],
      ['UBND các xã', 'coordinate', 'Rà soát, hỗ trợ xóa nhà tạm, nhà dột nát cho hộ nghèo đồng bào Hrê ở các xã vùng cao', 'Năm 2025'],
      ['Bảo hiểm xã hội huyện', 'lead', 'Vận động Nhân dân tham gia bảo hiểm y tế hộ gia đình', 'Hằng năm'],
      ['Phòng Y tế huyện', 'coordinate', 'Vận động Nhân dân tham gia bảo hiểm y tế hộ gia đình', 'Hằng năm'],
    ]);
    // The first row is cited from its task's first line to its deadline.
    expect(doc.responsibilities[0]?.lines).toEqual([10, 14]);
  });

  it('control: prose with a few wide gaps, or a "TT" line with no header after it, is no table', () => {
    const doc = ingestDocument('x.txt', ['HUYỆN ỦY BA TƠ', 'KẾ HOẠCH', 'I. MỤC TIÊU', 'Phấn đấu   tỷ lệ dân số tham gia bảo hiểm y tế đạt 95%.', 'TT', 'Ban Tuyên giáo Huyện ủy chủ trì tuyên truyền.'].join('\n'));
    expect(doc.targets.map((t) => t.valueText)).toEqual(['95%']);
    expect(doc.responsibilities.map((r) => [r.agency, r.role])).toEqual([['Ban Tuyên giáo Huyện ủy', 'lead']]);
  });
});

describe('a .docx whose headings Word numbered itself (the numbers are lost with the text)', () => {
  const plan: DocPart[] = [
    { table: { rows: [['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÌNH PHƯỚC', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'], ['Số: 12/KH-SLĐTBXH', 'Bình Phước, ngày 02 tháng 5 năm 2024']] } },
    { p: 'KẾ HOẠCH', bold: true },
    { p: 'Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch như sau:' },
    { p: 'MỤC TIÊU', bold: true },
    { p: 'Chỉ tiêu cụ thể', bold: true },
    { p: 'Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95% vào năm 2030.' },
    { p: 'NHIỆM VỤ, GIẢI PHÁP', bold: true },
    { p: 'Phòng Bảo trợ xã hội', bold: true },
    { p: 'Tham mưu Giám đốc Sở trình mức chuẩn trợ giúp xã hội của tỉnh; hoàn thành trước ngày 30/9/2024.' },
  ];
  let doc: ReturnType<typeof ingestDocument>;
  beforeAll(async () => {
    doc = ingestDocument('binh-phuoc.txt', await extractText('binh-phuoc.docx', await makeOfficeDocx(plan)));
  });
  it('reads its bold part titles as headings, and the duties under a bold office as that office\'s', () => {
    expect(doc.sections.map((s) => s.path)).toEqual(expect.arrayContaining(['MỤC TIÊU > Chỉ tiêu cụ thể', 'NHIỆM VỤ, GIẢI PHÁP > Phòng Bảo trợ xã hội']));
    expect(doc.targets.map((t) => [t.indicator, t.year, t.valueText])).toEqual([['health_insurance', 2030, '95%']]);
    expect(doc.responsibilities.map((r) => [r.agency, r.role, r.deadline?.text])).toEqual([['Phòng Bảo trợ xã hội', 'advise_execute', 'hoàn thành trước ngày 30/9/2024']]);
  });
  it('takes the place from the letterhead when the issuing sentence names none; "xã hội" is no commune', () => {
    expect([doc.meta.locality, doc.meta.level]).toEqual(['Bình Phước', 'tỉnh']);
  });
  it('control: a Party letterhead "ĐẢNG BỘ TỈNH X / TỈNH ỦY" is the provincial committee of X', () => {
    const d = ingestDocument('x.txt', ['ĐẢNG BỘ TỈNH THÁI BÌNH', 'TỈNH ỦY', '*', 'Số 18-CT/TU', 'CHỈ THỊ', 'về chính sách xã hội'].join('\n'));
    expect([d.meta.kind, d.meta.issuingBody, d.meta.locality]).toEqual(['Chỉ thị', 'Tỉnh ủy Thái Bình', 'Thái Bình']);
  });
});

describe('a ward plan in markdown with a two-row table header and figure-first bullets', () => {
  const TEXT = [
    'ĐẢNG ỦY PHƯỜNG TÂN ĐỊNH',
    '## KẾ HOẠCH',
    '## II. MỤC TIÊU',
    '2. Chỉ tiêu đến năm 2030',
    '* 2 tỷ đồng mỗi năm được vận động vào Quỹ “Vì người nghèo” phường.',
    '## Phụ lục: Phân công nhiệm vụ',
    '| STT | Nhiệm vụ | Đơn vị thực hiện | | Thời gian |',
    '| | | Chủ trì | Phối hợp | |',
    '|---|---|---|---|---|',
    '| 1 | Rà soát hộ cận nghèo | Ủy ban nhân dân phường | Ủy ban MTTQ Việt Nam phường | Quý IV/2025 |',
  ].join('\n');
  const doc = ingestDocument('tan-dinh.md', TEXT);
  it('names each column by both header rows: the task, its lead, its partner, its time', () => {
    expect(doc.responsibilities.map((r) => [r.agency, r.role, r.task, r.deadline?.text])).toEqual([
      ['Ủy ban nhân dân phường', 'lead', 'Rà soát hộ cận nghèo', 'Quý IV/2025'],
      ['Ủy ban MTTQ Việt Nam phường', 'coordinate', 'Rà soát hộ cận nghèo', 'Quý IV/2025'],
    ]);
  });
  it('labels a figure that opens its bullet by what follows it', () => {
    expect(doc.targets.map((t) => [t.valueText, t.label])).toEqual([['2 tỷ đồng', 'mỗi năm được vận động vào Quỹ “Vì người nghèo” phường']]);
  });
});
