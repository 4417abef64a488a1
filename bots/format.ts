/**
 * One formatter from the engine's answer object to chat messages: HTML for Telegram
 * (every piece of user and document text escaped), plain text for Zalo; long answers
 * split on paragraph boundaries so nothing is lost.
 */
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

const LABELS = {
  vi: { sources: 'Nguồn', lines: 'dòng', preamble: 'phần mở đầu', quoteHint: 'Bấm số để xem nguyên văn.' },
  en: { sources: 'Sources', lines: 'lines', preamble: 'preamble', quoteHint: 'Tap a number to read the quoted passage.' },
} as const;

function labels(lang: Lang) {
  return lang === 'en' ? LABELS.en : LABELS.vi;
}

export function citationLine(markup: Markup, lang: Lang, c: Citation, n: number): string {
  const l = labels(lang);
  const where = [c.document, c.locality, c.section || l.preamble].filter(Boolean).join(' — ');
  return `${bold(markup, `[${n}]`)} ${text(markup, `${where} — ${l.lines} ${c.lines[0]}–${c.lines[1]}`)}`;
}

/** The whole reply as paragraphs (before splitting). */
export function answerParagraphs(markup: Markup, lang: Lang, a: Answer, offset = 0): string[] {
  const paras = [text(markup, a.answer)];
  if (a.citations.length) {
    const l = labels(lang);
    paras.push([bold(markup, `${l.sources}:`), ...a.citations.map((c, i) => citationLine(markup, lang, c, offset + i + 1))].join('\n'));
    if (markup === 'html') paras.push(`<i>${escapeHtml(l.quoteHint)}</i>`);
  }
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

export function formatAnswer(markup: Markup, lang: Lang, a: Answer, max: number): string[] {
  return splitMessage(answerParagraphs(markup, lang, a), max);
}
