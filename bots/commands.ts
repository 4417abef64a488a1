/**
 * What the chat commands say, for both bots: help, the documents, a compact targets table.
 * Returned as paragraphs in the requested markup; the adapters only send them.
 */
import type { QaService } from '../src/answer/service.js';
import { bold, text, type Lang, type Markup } from './format.js';

export const COMMANDS: Array<{ command: string; description: string }> = [
  { command: 'hoi', description: 'Hỏi về các kế hoạch thực hiện Nghị quyết 42' },
  { command: 'chitieu', description: 'So sánh một chỉ tiêu giữa các địa phương' },
  { command: 'tailieu', description: 'Danh sách văn bản trong kho' },
  { command: 'help', description: 'Cách hỏi, kèm ví dụ' },
  { command: 'start', description: 'Bắt đầu' },
];

export function helpText(markup: Markup): string[] {
  return [
    bold(markup, 'Hỏi đáp Nghị quyết 42-NQ/TW'),
    text(markup, 'Gửi câu hỏi (có dấu hoặc không dấu, tiếng Việt hoặc tiếng Anh). Câu trả lời kèm trích dẫn nguyên văn: văn bản, địa phương, mục, số dòng.'),
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

export function targetsText(markup: Markup, lang: Lang, service: QaService, args: string): string[] {
  const query = args.trim();
  if (!query) return [text(markup, 'Cách dùng: /chitieu <chỉ tiêu> [địa phương], ví dụ /chitieu bảo hiểm y tế Tây Ninh')];
  const keys = service.indicators(query);
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
    const lines = rows.map((t) => text(markup, `• ${t.locality ?? t.source}: ${t.text} (đến ${t.year}; ${t.source} dòng ${t.lines[0]})`));
    out.push([head, ...lines].join('\n'));
  }
  return out;
}

export const RATE_LIMITED = 'Bạn hỏi hơi nhanh. Vui lòng chờ một chút rồi hỏi tiếp nhé.';
export const NOT_TEXT = 'Hiện chỉ trả lời được câu hỏi dạng chữ.';
