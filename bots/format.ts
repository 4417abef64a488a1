/**
 * One formatter from the engine's answer object to chat messages: HTML for Telegram
 * (every piece of user and document text escaped), plain text for Zalo; long answers
 * split on paragraph boundaries so nothing is lost.
 */
import type { ConversationAnswer } from '../src/chat/conversation.js';
import type { Answer, Citation } from '../src/types.js';

export type Markup = 'html' | 'plain';
export type Lang = 'vi' | 'vi-noaccent' | 'en';

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function text(markup: Markup, s: string): string {
  return markup === 'html' ? escapeHtml(s) : s;
}

export function bold(markup: Markup, s: string): string {
  return markup === 'html' ? `<b>${escapeHtml(s)}</b>` : s;
}

export function italic(markup: Markup, s: string): string {
  return markup === 'html' ? `<i>${escapeHtml(s)}</i>` : s;
}

const LABELS = {
  vi: {
    sources: 'Nguồn',
    line: 'dòng',
    lines: 'dòng',
    preamble: 'phần mở đầu',
    quoteHint: 'Bấm số để xem nguyên văn.',
    next: 'Hỏi tiếp:',
    more: (n: number) => `Thêm kết quả (${n})`,
    up: '👍 Đúng',
    down: '👎 Chưa đúng',
    thanks: 'Cảm ơn bạn đã góp ý!',
    rateHint: 'Gõ 👍 hoặc 👎 (kèm góp ý nếu muốn) để đánh giá câu trả lời này.',
    moreHint: (n: number) => `Còn ${n} kết quả khác: gõ “thêm” để xem.`,
    noMore: 'Không còn kết quả khác.',
    stale: 'Câu hỏi này đã cũ, vui lòng hỏi lại.',
    nothingToRate: 'Chưa có câu trả lời nào để đánh giá: hãy đặt câu hỏi trước.',
    unknownAnswer: 'Không còn tìm thấy câu trả lời này để ghi góp ý.',
    feedbackOff: 'Chức năng góp ý đang tắt.',
    reset: 'Đã bắt đầu cuộc trò chuyện mới. Mời bạn đặt câu hỏi.',
  },
  en: {
    sources: 'Sources',
    line: 'line',
    lines: 'lines',
    preamble: 'preamble',
    quoteHint: 'Tap a number to read the quoted passage.',
    next: 'Ask next:',
    more: (n: number) => `More results (${n})`,
    up: '👍 Right',
    down: '👎 Wrong',
    thanks: 'Thank you for your feedback!',
    rateHint: 'Send 👍 or 👎 (with a comment if you like) to rate this answer.',
    moreHint: (n: number) => `${n} more results: send “more” to see them.`,
    noMore: 'No further results.',
    stale: 'This question is too old; please ask again.',
    nothingToRate: 'There is no answer to rate yet: ask a question first.',
    unknownAnswer: 'This answer can no longer be found to store your feedback.',
    feedbackOff: 'Feedback is switched off.',
    reset: 'New conversation started. Ask your question.',
  },
} as const;

export function labels(lang: Lang) {
  return lang === 'en' ? LABELS.en : LABELS.vi;
}

/** "dòng 47", "dòng 47–49" ("line 47", "lines 47–49"): never "47–47". */
export function lineLabel(lang: Lang, [a, b]: readonly [number, number]): string {
  const l = labels(lang);
  return a === b ? `${l.line} ${a}` : `${l.lines} ${a}–${b}`;
}

export function citationLine(markup: Markup, lang: Lang, c: Citation, n: number): string {
  const l = labels(lang);
  const where = [c.document, c.locality, c.section || l.preamble].filter(Boolean).join(' — ');
  return `${bold(markup, `[${n}]`)} ${text(markup, `${where} — ${lineLabel(lang, c.lines)}`)}`;
}

export interface FormatOptions {
  /** Number the first citation offset + 1. */
  offset?: number;
  /** Plain text only: list the suggested follow-ups and clarifying choices (no buttons). */
  listFollowUps?: boolean;
  /** Extra last paragraph (a hint how to rate or see more). */
  footer?: string[];
}

/** The whole reply as paragraphs (before splitting): reading, answer, choices, sources. */
export function answerParagraphs(markup: Markup, lang: Lang, a: Answer & Partial<ConversationAnswer>, opts: FormatOptions = {}): string[] {
  const l = labels(lang);
  const paras: string[] = [];
  if (a.reading) paras.push(italic(markup, a.reading));
  paras.push(text(markup, a.answer));
  if (a.clarify) {
    const choices = opts.listFollowUps && a.choices?.length ? a.choices.map((c) => text(markup, `• ${c.question}`)) : [];
    paras.push([text(markup, a.clarify), ...choices].join('\n'));
  }
  if (a.citations.length) {
    const offset = opts.offset ?? 0;
    paras.push([bold(markup, `${l.sources}:`), ...a.citations.map((c, i) => citationLine(markup, lang, c, offset + i + 1))].join('\n'));
    if (markup === 'html') paras.push(italic(markup, l.quoteHint));
  }
  if (opts.listFollowUps && a.suggestions?.length) paras.push([bold(markup, l.next), ...a.suggestions.map((s) => text(markup, `• ${s}`))].join('\n'));
  for (const f of opts.footer ?? []) paras.push(italic(markup, f));
  return paras;
}

/**
 * Pack paragraphs into messages of at most `max` characters; a paragraph that is longer is
 * cut at line ends, then at spaces (never inside an HTML tag or entity, which hold no space).
 */
export function splitMessage(paragraphs: string[], max: number): string[] {
  const pieces: string[] = [];
  for (const p of paragraphs) {
    if (p.length <= max) {
      pieces.push(p);
      continue;
    }
    let rest = p;
    while (rest.length > max) {
      let cut = rest.lastIndexOf('\n', max);
      if (cut < max / 3) cut = rest.lastIndexOf(' ', max);
      if (cut < max / 3) cut = max;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut).replace(/^[\n ]/, '');
    }
    if (rest) pieces.push(rest);
  }
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out[out.length - 1];
    if (last !== undefined && last.length + 2 + piece.length <= max) out[out.length - 1] = `${last}\n\n${piece}`;
    else out.push(piece);
  }
  return out.length ? out : [''];
}

export function formatAnswer(markup: Markup, lang: Lang, a: Answer & Partial<ConversationAnswer>, max: number, opts: FormatOptions = {}): string[] {
  return splitMessage(answerParagraphs(markup, lang, a, opts), max);
}
