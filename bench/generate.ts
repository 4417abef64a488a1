/**
 * Deterministic corpus generator: N plan documents shaped like the seeds (headings in the
 * seeds' several styles, targets with Vietnamese decimals, "X chủ trì, phối hợp …" rows,
 * deadlines), each for a made-up district, plus questions with known answers about them.
 * Nothing generated is committed; benches and tests make it when they run.
 */
import { PROVINCES } from '../src/domain/places.js';
import { fold } from '../src/text.js';

export interface GeneratedDoc {
  name: string;
  text: string;
  locality: string;
}

export interface GeneratedQuestion {
  id: string;
  question: string;
  intent: 'responsibility' | 'target' | 'deadline';
  source: string;
  /** Text the answer must contain (and the cited quote too). */
  answer: string;
}

const FIRST = ['An', 'Bình', 'Cẩm', 'Đại', 'Hòa', 'Long', 'Mỹ', 'Phú', 'Quế', 'Tân', 'Thạch', 'Vĩnh', 'Xuân', 'Yên', 'Kim', 'Hải', 'Đông', 'Lộc', 'Cát', 'Triệu'];
const SECOND = ['Lạc', 'Sơn', 'Hưng', 'Phước', 'Thành', 'Lợi', 'Giang', 'Hà', 'Lâm', 'Điền', 'Khánh', 'Thuận', 'Xuyên', 'Trạch', 'Khê', 'Linh', 'Phong', 'Đức', 'Mậu', 'Tường'];
const THIRD = ['Thượng', 'Hạ', 'Trung', 'Tiền', 'Hậu', 'Đông', 'Tây', 'Nam', 'Bắc', 'Mới'];
const LEADS = ['Ban Tuyên giáo Huyện ủy', 'Ban Dân vận Huyện ủy', 'Ban Tổ chức Huyện ủy', 'Văn phòng Huyện ủy', 'Phòng Văn hóa và Thông tin huyện'];
const QUARTERS = ['I', 'II', 'III', 'IV'];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Made-up district names that are no real province and not one of the seeds' places. */
export function localityNames(n: number): string[] {
  const taken = new Set([...PROVINCES, 'Tuy Phước', 'Đức Phổ', 'Quảng Ngãi', 'Bình Định', 'Tây Ninh', 'Tuyên Quang'].map((p) => fold(p)));
  const out: string[] = [];
  for (const a of FIRST) for (const b of SECOND) if (a !== b) out.push(`${a} ${b}`);
  for (const c of THIRD) for (const a of FIRST) for (const b of SECOND) if (a !== b) out.push(`${a} ${b} ${c}`);
  return out.filter((x) => !taken.has(fold(x))).slice(0, n);
}

const vi = (x: number, digits = 1): string => x.toFixed(digits).replace('.', ',');
const thousands = (x: number): string => String(x).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export function generateCorpus(n: number, seed = 42): { docs: GeneratedDoc[]; questions: GeneratedQuestion[] } {
  const names = localityNames(n);
  const docs: GeneratedDoc[] = [];
  const questions: GeneratedQuestion[] = [];
  names.forEach((place, i) => {
    const r = rng(seed * 100_003 + i);
    const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)] as T;
    const lead = pick(LEADS);
    const bhyt = 90 + Math.floor(r() * 9);
    const unemployment = vi(1.5 + r() * 2, 2);
    const houses = thousands(100 + Math.floor(r() * 9000));
    const doctors = 5 + Math.floor(r() * 10);
    const quarter = `Quý ${pick(QUARTERS)}/${2024 + Math.floor(r() * 3)}`;
    const roman = r() < 0.5 ? (x: string) => `### ${x}.` : (x: string) => `${x} -`;
    const num = r() < 0.5 ? (x: number) => `#### ${x}.` : (x: number) => `**${x}.`;
    const close = (s: string) => (s.startsWith('**') ? '**' : '');
    const name = `gen_${String(i).padStart(5, '0')}.txt`;
    const lines = [
      `Số ${100 + i}-KH/HU`,
      '',
      '## KẾ HOẠCH',
      '',
      `thực hiện Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội`,
      '',
      `Thực hiện Nghị quyết số 42-NQ/TW, Ban Thường vụ Huyện ủy ${place} ban hành Kế hoạch thực hiện như sau:`,
      '',
      `${roman('I')} MỤC ĐÍCH, YÊU CẦU`,
      '',
      `- Triển khai, quán triệt, đẩy mạnh công tác tuyên truyền tạo sự chuyển biến mạnh mẽ trong nhận thức của cán bộ, đảng viên và Nhân dân huyện ${place}.`,
      '',
      `${roman('II')} MỤC TIÊU`,
      '',
      `${num(1)} Các chỉ tiêu chủ yếu đến năm 2030${close(num(1))}`,
      '',
      `- Tỷ lệ thất nghiệp chung dưới ${unemployment}%, tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt ${30 + Math.floor(r() * 20)}%.`,
      '',
      `- ${doctors} bác sĩ, ${Math.floor(2 + r() * 4)} dược sĩ trên 10.000 dân; trên ${bhyt}% dân số tham gia bảo hiểm y tế.`,
      '',
      `- Xây dựng được ${houses} căn hộ nhà ở xã hội cho người thu nhập thấp.`,
      '',
      `${roman('III')} NHIỆM VỤ VÀ GIẢI PHÁP`,
      '',
      `${num(1)} Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức về chính sách xã hội${close(num(1))}`,
      '',
      `- Đổi mới nội dung, phương pháp tuyên truyền, vận động với hình thức đa dạng, phù hợp với từng đối tượng trên địa bàn ${place}.`,
      '',
      `${num(2)} Phát triển thị trường lao động, tạo việc làm bền vững${close(num(2))}`,
      '',
      `- Tổ chức có hiệu quả các phiên giao dịch việc làm; hỗ trợ đào tạo nghề cho lao động nông thôn ${place}.`,
      '',
      `${roman('IV')} TỔ CHỨC THỰC HIỆN`,
      '',
      `1. ${lead} chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức học tập, quán triệt và tuyên truyền Kế hoạch này.`,
      '',
      `2. Ủy ban nhân dân huyện xây dựng kế hoạch cụ thể hóa, ban hành trong ${quarter.replace('Quý', 'quý')}; định kỳ báo cáo Ban Thường vụ Huyện ủy.`,
      '',
      'Nơi nhận:',
      '- Thường trực Tỉnh ủy,',
      '- Lưu Văn phòng Huyện ủy.',
      '',
      'T/M BAN THƯỜNG VỤ',
      'BÍ THƯ',
      '',
      `${pick(['Nguyễn', 'Trần', 'Lê', 'Phạm'])} Văn ${pick(['An', 'Bình', 'Cường', 'Dũng'])}`,
    ];
    docs.push({ name, text: `${lines.join('\n')}\n`, locality: place });
    questions.push(
      { id: `${name}#lead`, question: `Cơ quan nào chủ trì công tác tuyên truyền ở ${place}?`, intent: 'responsibility', source: name, answer: lead },
      { id: `${name}#bhyt`, question: `Chỉ tiêu tỷ lệ dân số tham gia bảo hiểm y tế của ${place} đến năm 2030?`, intent: 'target', source: name, answer: `${bhyt}%` },
      { id: `${name}#unemp`, question: `ty le that nghiep chung ${fold(place)}`, intent: 'target', source: name, answer: `${unemployment}%` },
      { id: `${name}#dl`, question: `Ủy ban nhân dân huyện ${place} phải ban hành kế hoạch khi nào?`, intent: 'deadline', source: name, answer: quarter.replace('Quý', 'quý') },
    );
  });
  return { docs, questions };
}
