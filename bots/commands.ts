/**
 * What the chat commands say, for both bots: help, the documents, a compact targets table.
 * Returned as paragraphs in the requested markup; the adapters only send them.
 */
import type { QaService } from '../src/answer/service.js';
import { INDICATORS } from '../src/domain/indicators.js';
import { fold } from '../src/text.js';
import { bold, lineLabel, text, type Lang, type Markup } from './format.js';

export const COMMANDS: Array<{ command: string; description: string }> = [
  { command: 'hoi', description: 'Hỏi về các kế hoạch thực hiện Nghị quyết 42' },
  { command: 'chitieu', description: 'So sánh một chỉ tiêu giữa các địa phương' },
  { command: 'tailieu', description: 'Danh sách văn bản trong kho' },
  { command: 'moi', description: 'Bắt đầu cuộc trò chuyện mới (quên các câu hỏi trước)' },
  { command: 'new', description: 'Start a new conversation' },
  { command: 'help', description: 'Cách hỏi, kèm ví dụ' },
  { command: 'start', description: 'Bắt đầu' },
];

export function helpText(markup: Markup): string[] {
  return [
    bold(markup, 'Hỏi đáp Nghị quyết 42-NQ/TW'),
    text(markup, 'Gửi câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh). Câu trả lời kèm trích dẫn nguyên văn: văn bản, địa phương, mục, số dòng.'),
    text(markup, 'Có thể hỏi tiếp ngắn gọn: “còn Tây Ninh thì sao?”, “ai phối hợp?”, “thời hạn khi nào?”, “năm 2045 thì sao?”. Gõ /moi để bắt đầu lại. Đánh giá mỗi câu trả lời bằng 👍/👎.'),
    [
      bold(markup, 'Ví dụ:'),
      text(markup, '• Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?'),
      text(markup, '• chi tieu bhyt tay ninh 2030'),
      text(markup, '• /chitieu nhà ở xã hội'),
      text(markup, '• /chitieu bác sĩ Bình Định'),
      text(markup, '• /tailieu'),
    ].join('\n'),
  ];
}

export function documentsText(markup: Markup, service: QaService): string[] {
  const lines = service.documents().map((m, i) => text(markup, `${i + 1}. ${m.title} — ${m.locality ?? '?'}${m.status === 'draft' ? ' (dự thảo)' : ''}`));
  return [bold(markup, `Kho có ${lines.length} văn bản:`), lines.join('\n')];
}

const words = (s: string): string => fold(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * Indicator keys for a /chitieu argument: any name the engine understands (its own reading of
 * the text), else the indicator's key or its Vietnamese or English name, whole or in part.
 */
export function indicatorKeys(service: QaService, query: string): string[] {
  // The places are not part of the indicator's name ("/chitieu bảo hiểm y tế Tây Ninh").
  const places = new Set(service.localities(query).flatMap((p) => words(p).split(' ')));
  const q = words(query).split(' ').filter((w) => !places.has(w)).join(' ');
  if (!q) return [];
  const named = INDICATORS.filter((d) => [d.key.replace(/_/g, ' '), d.vi, d.en].some((n) => words(n) === q)).map((d) => d.key);
  if (named.length) return named;
  const understood = service.indicators(query);
  if (understood.length) return understood;
  return INDICATORS.filter((d) => q.length >= 4 && [d.vi, d.en].some((n) => ` ${words(n)} `.includes(` ${q} `))).map((d) => d.key);
}

/** A source as people name it ("133-KH/HU", else its title), not its file name. */
function documentTitle(service: QaService, source: string): string {
  const m = service.documents().find((d) => d.source === source);
  return m?.number ?? m?.title ?? source;
}

export function targetsText(markup: Markup, lang: Lang, service: QaService, args: string): string[] {
  const query = args.trim();
  if (!query) return [text(markup, 'Cách dùng: /chitieu <chỉ tiêu> [địa phương], ví dụ /chitieu bảo hiểm y tế Tây Ninh')];
  const keys = indicatorKeys(service, query);
  if (!keys.length) return [text(markup, `Chưa nhận ra chỉ tiêu “${query}”. Thử: bảo hiểm y tế, nhà ở xã hội, bác sĩ, thất nghiệp, nước sạch…`)];
  const places = service.localities(query);
  const out: string[] = [];
  for (const key of keys.slice(0, 3)) {
    const rows = places.length ? places.flatMap((p) => service.compare(key, p)) : service.compare(key);
    const head = bold(markup, service.indicatorLabel(key, lang));
    if (!rows.length) {
      out.push(`${head}\n${text(markup, 'Không thấy chỉ tiêu này trong các văn bản.')}`);
      continue;
    }
    const lines = rows.map((t) => text(markup, `• ${t.locality ?? t.source}: ${t.text} (đến ${t.year}; ${documentTitle(service, t.source)}, ${lineLabel(lang, t.lines)})`));
    out.push([head, ...lines].join('\n'));
  }
  return out;
}

export const RATE_LIMITED = 'Bạn hỏi hơi nhanh. Vui lòng chờ một chút rồi hỏi tiếp nhé.';
export const NOT_TEXT = 'Hiện chỉ trả lời được câu hỏi dạng chữ.';
