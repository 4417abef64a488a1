import { describe, expect, it } from 'vitest';
import { parseViNumber } from '../src/ingest/targets.js';
import { normalizeDeadline } from '../src/ingest/deadline.js';
import type { Target } from '../src/types.js';
import { parseSeed, SEED, seedText, sourceLines } from './helpers.js';

function find(targets: Target[], indicator: string): Target {
  const t = targets.find((x) => x.indicator === indicator && !x.vision);
  if (!t) throw new Error(`no ${indicator}`);
  return t;
}

/** [indicator, comparator, value, valueText] checked by hand against the source lines. */
type Row = [string, Target['comparator'], number, string];

const HAND_CHECKED: Record<string, { count: number; rows: Row[] }> = {
  [SEED.tuyPhuoc]: {
    count: 29,
    rows: [
      ['unemployment', 'lt', 2.45, '2,45%'],
      ['unemployment_urban', 'lt', 4, '4%'],
      ['trained_labour', 'eq', 40, '40%'],
      ['social_insurance', 'eq', 19.88, '19,88%'],
      ['unemployment_insurance', 'eq', 14.82, '14,82%'],
      ['pension', 'eq', 41.5, '41,5%'],
      ['nursery_enrolment', 'gte', 40, '40%'],
      ['kindergarten_enrolment', 'gte', 97, '97%'],
      ['primary_enrolment', 'eq', 99.9, '99,9%'],
      ['life_expectancy', 'approx', 75, '75 tuổi'],
      ['doctors_per_10k', 'eq', 4, '04 bác sĩ'],
      ['health_insurance', 'gt', 96, '96%'],
      ['child_stunting', 'lt', 10, '10%'],
      ['clean_water_urban', 'eq', 97, '97%'],
      ['clean_water_rural', 'eq', 95, '95%'],
    ],
  },
  [SEED.ducPho]: {
    count: 28,
    rows: [
      ['unemployment', 'lt', 2, '2%'],
      ['unemployment_urban', 'lt', 2.5, '2,5%'],
      ['social_insurance', 'eq', 20, '20%'],
      ['primary_enrolment', 'eq', 99.5, '99,5%'],
      ['lower_secondary_enrolment', 'gte', 97.5, '97,5%'],
      ['upper_secondary_enrolment', 'gte', 72.3, '72,3%'],
      ['doctors_per_10k', 'eq', 7, '07 bác sĩ'],
      ['health_managed', 'gt', 90, '90%'],
      ['child_stunting', 'lt', 4.8, '4,8%'],
      ['social_housing_units', 'eq', 300, '300 căn hộ'],
      ['housing_area_per_capita', 'approx', 33, '33 m2 sàn/người'],
      ['clean_water_rural', 'eq', 80, '80%'],
    ],
  },
  [SEED.binhDinh]: {
    count: 33,
    rows: [
      ['social_housing_units', 'eq', 12900, '12.900 căn'],
      ['unemployment', 'lt', 2.45, '2,45%'],
      ['social_insurance', 'eq', 41.2, '41,2%'],
      ['unemployment_insurance', 'eq', 34.2, '34,2%'],
      ['kindergarten_enrolment', 'gte', 98, '98%'],
      ['life_expectancy', 'approx', 75.5, '75,5 tuổi'],
      ['hospital_beds_per_10k', 'eq', 43, '43 giường bệnh viện'],
      ['doctors_per_10k', 'eq', 11, '11 bác sĩ'],
      ['nurses_per_10k', 'eq', 28, '28 điều dưỡng'],
      ['health_insurance', 'gt', 97, '97%'],
      ['child_stunting', 'lt', 8, '8%'],
      ['housing_area_per_capita', 'approx', 32, '32 m² sàn/người'],
      ['culture_access_remote', 'gte', 75, '75%'],
    ],
  },
  [SEED.tayNinh]: {
    count: 29,
    rows: [
      ['health_insurance', 'gt', 95, '95%'],
      ['trained_labour', 'range', 35, '35-40%'],
      ['social_insurance', 'eq', 60, '60%'],
      ['unemployment_insurance', 'eq', 45, '45%'],
      ['pension', 'eq', 60, '60%'],
      ['primary_enrolment', 'eq', 99.7, '99,7%'],
      ['hospital_beds_per_10k', 'eq', 32, '32 giường bệnh viện'],
      ['doctors_per_10k', 'eq', 11, '11 bác sĩ'],
      ['pharmacists_per_10k', 'eq', 4, '4 dược sĩ'],
      ['primary_care_insured', 'gt', 70, '70%'],
      ['child_stunting', 'lt', 15, '15%'],
      ['social_housing_units', 'eq', 11900, '11.900 căn hộ'],
      ['culture_access_remote', 'gte', 90, '90%'],
    ],
  },
  // The Fatherland Front's plan states one numeric aim ("phấn đấu 100% người có công …").
  [SEED.tuyenQuang]: { count: 1, rows: [['meritorious_care', 'eq', 100, '100%']] },
};

describe('targets table, hand-checked against the seeds', () => {
  for (const [name, expected] of Object.entries(HAND_CHECKED)) {
    it(`${name}: ${expected.count} atomic targets and their values`, () => {
      const doc = parseSeed(name);
      // The hand-checked count is of figures; aims stated without one are checked below by their wording.
      expect(doc.targets.filter((t) => t.comparator !== 'state').length).toBe(expected.count);
      for (const [indicator, comparator, value, valueText] of expected.rows) {
        const t = find(doc.targets, indicator);
        expect({ indicator, comparator: t.comparator, value: t.value, valueText: t.valueText }).toEqual({ indicator, comparator, value, valueText });
        expect(t.year).toBe(2030);
      }
      // Each target's clause is found in its cited lines.
      const text = seedText(name);
      for (const t of doc.targets) {
        const lines = sourceLines(text, t.lines[0], t.lines[1]).join(' ').replace(/\s+/g, ' ');
        const stated = t.comparator === 'state' ? t.text.split(' ').slice(0, 3).join(' ') : (t.valueText.match(/^[\d.,]+/)?.[0] ?? '?');
        expect(lines, t.id).toContain(stated);
      }
    });
  }

  it('keeps the Tây Ninh range 35 - 40% as a range', () => {
    const t = find(parseSeed(SEED.tayNinh).targets, 'trained_labour');
    expect([t.value, t.valueMax]).toEqual([35, 40]);
  });

  it('parses Vietnamese numbers', () => {
    expect(parseViNumber('2,45')).toBe(2.45);
    expect(parseViNumber('12.900')).toBe(12900);
    expect(parseViNumber('1.234.567,5')).toBe(1234567.5);
    expect(parseViNumber('04')).toBe(4);
  });
});

describe('responsibilities table', () => {
  it('Tuy Phước: Ban Tuyên giáo Huyện ủy leads propaganda (line 159)', () => {
    const r = parseSeed(SEED.tuyPhuoc).responsibilities.find((x) => x.agency === 'Ban Tuyên giáo Huyện ủy');
    expect(r?.role).toBe('lead');
    expect(r?.lines).toEqual([159, 159]);
    expect(r?.task).toMatch(/^chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức học tập, quán triệt và tuyên truyền/);
  });

  it('Bình Định: Ban Tuyên giáo Tỉnh ủy leads, due Quý IV/2024 (agency heading form)', () => {
    const r = parseSeed(SEED.binhDinh).responsibilities.find((x) => x.agency === 'Ban Tuyên giáo Tỉnh ủy');
    expect(r?.role).toBe('lead');
    expect(r?.deadline).toEqual({ text: 'Quý IV/2024', kind: 'quarter', normalized: '2024-Q4' });
    expect(r?.lines).toEqual([69, 71]);
    expect(r?.deadlineLines).toEqual([73, 73]);
    const hdnd = parseSeed(SEED.binhDinh).responsibilities.find((x) => x.agency === 'Đảng đoàn Hội đồng nhân dân');
    expect(hdnd?.deadline?.normalized).toBe('yearly');
  });

  it('Tây Ninh: plans due in quý II/2024', () => {
    const rows = parseSeed(SEED.tayNinh).responsibilities.filter((x) => x.deadline?.normalized === '2024-Q2');
    // The Party board directs the People's Committee, which builds the plan itself.
    expect(rows.map((r) => r.agency)).toEqual(['Ban cán sự đảng Ủy ban nhân dân tỉnh', 'Ủy ban nhân dân tỉnh', 'Các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc Tỉnh ủy']);
    expect(rows.map((r) => r.role).slice(0, 2)).toEqual(['direct', 'execute']);
  });

  it('Tuyên Quang: Ban Dân chủ - Pháp luật advises on task 5; district fronts report before 20/11 yearly', () => {
    const doc = parseSeed(SEED.tuyenQuang);
    const r = doc.responsibilities.find((x) => x.agency === 'Ban Dân chủ - Pháp luật');
    expect(r?.role).toBe('advise_execute');
    expect(r?.task).toContain('5. Phát huy vai trò giám sát, phản biện xã hội');
    const rep = doc.responsibilities.find((x) => x.role === 'report' && x.deadline);
    expect(rep?.agency).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam các huyện, thành phố');
    expect(rep?.deadline?.normalized).toBe('--11-20');
    expect(rep?.lines).toEqual([99, 99]);
  });

  it('Đức Phổ: "Cơ quan chỉ đạo / tham mưu, thực hiện / Thời gian thực hiện" label form', () => {
    const doc = parseSeed(SEED.ducPho);
    const first = doc.responsibilities.filter((x) => x.section.startsWith('III. NHIỆM VỤ VÀ GIẢI PHÁP > 1.'));
    expect(first.map((x) => [x.role, x.agency, x.deadline?.normalized])).toEqual([
      ['direct', 'Ban Thường vụ Thị ủy', 'ongoing'],
      // A list of agencies after the label is one row per agency.
      ['advise_execute', 'Ban Tuyên giáo Thị uỷ', 'ongoing'],
      ['advise_execute', 'các đảng ủy, chi bộ trực thuộc thị uỷ và các cơ quan, cá nhân liên quan', 'ongoing'],
    ]);
    expect(doc.responsibilities.filter((x) => x.deadline?.normalized === '2024/..').length).toBeGreaterThanOrEqual(14);
  });

  it('normalises deadlines as written', () => {
    expect(normalizeDeadline('Quý IV/2024')?.normalized).toBe('2024-Q4');
    expect(normalizeDeadline('trong quý II/2024')?.normalized).toBe('2024-Q2');
    expect(normalizeDeadline('Hằng năm')?.kind).toBe('yearly');
    expect(normalizeDeadline('Thường xuyên.')?.kind).toBe('ongoing');
    expect(normalizeDeadline('trước ngày 20/11')?.normalized).toBe('--11-20');
    expect(normalizeDeadline('Năm 2024 và các năm tiếp theo')?.normalized).toBe('2024/..');
    expect(normalizeDeadline('giai đoạn 2025 - 2030')?.normalized).toBe('2025/2030');
  });
});

describe('document metadata', () => {
  it('detects what the text states and takes the rest from the catalog', () => {
    const tp = parseSeed(SEED.tuyPhuoc).meta;
    expect([tp.kind, tp.number, tp.locality, tp.level, tp.province, tp.signer, tp.status]).toEqual(['Kế hoạch', '133-KH/HU', 'Tuy Phước', 'huyện', 'Bình Định', 'Nguyễn Đình Thuận', 'issued']);
    expect(tp.references[0]?.text).toBe('Kế hoạch số 109-KH/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy Bình Định');
    expect(tp.origin.province).toBe('text');
    const dp = parseSeed(SEED.ducPho).meta;
    expect([dp.kind, dp.locality, dp.level, dp.status, dp.date, dp.province]).toEqual(['Chương trình hành động', 'Đức Phổ', 'thị xã', 'draft', '2024-03', 'Quảng Ngãi']);
    const bd = parseSeed(SEED.binhDinh).meta;
    expect([bd.locality, bd.number, bd.signer, bd.level]).toEqual(['Bình Định', '109-KH/TU', 'Lê Kim Toàn', 'tỉnh']);
    expect(bd.origin.locality).toBe('catalog');
    expect(bd.origin.signer).toBe('text');
    const tn = parseSeed(SEED.tayNinh).meta;
    expect([tn.kind, tn.locality, tn.level, tn.signer]).toEqual(['Chương trình hành động', 'Tây Ninh', 'tỉnh', 'Nguyễn Mạnh Hùng']);
    const tq = parseSeed(SEED.tuyenQuang).meta;
    expect([tq.locality, tq.level, tq.signer]).toEqual(['Tuyên Quang', 'MTTQ tỉnh', 'Lê Ngọc Tân']);
  });

  it('indexes a document with no catalog entry from detected metadata alone', async () => {
    const { ingestDocument } = await import('../src/ingest/document.js');
    const text = seedText(SEED.tuyPhuoc).replace(/Tuy Phước/g, 'Phù Cát');
    const d = ingestDocument('new-plan.txt', text);
    expect(d.meta.locality).toBe('Phù Cát');
    expect(d.meta.origin.locality).toBe('text');
    expect(d.targets.filter((t) => t.comparator !== 'state').length).toBe(29);
  });
});
