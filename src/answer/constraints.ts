/**
 * What a question fixes besides its topic words: a deadline it names ("hằng năm", "quý
 * IV/2024") that a row must be due at, an indicator it names that a passage must state, what
 * money and documents look like in a text, and the time a deadline answer must name.
 */
import type { IndicatorDef } from '../domain/indicators.js';
import { normalizeDeadline } from '../ingest/deadline.js';
import { fold, foldFlat, hasPhrase } from '../text.js';
import type { Engine } from './engine.js';
import type { Understanding } from './understand.js';

const MONEY_VI = /\b(?:bao nhieu tien|muc tien|so tien|kinh phi bao nhieu|bao nhieu (?:von|kinh phi|ngan sach)|(?:von|kinh phi|ngan sach)(?: \w+){0,6} (?:la )?bao nhieu|(?:bao nhieu|may) (?:trieu|ty|nghin|ngan)(?: dong)?|muc (?:luong|tro cap|ho tro|dong)(?: \w+){0,9} (?:la )?bao nhieu|vnd)\b/;
const MONEY_EN = /\b(?:how much money|amount of money|in dong|vnd|(?:million|billion|thousand) dong|how many dong|how much (?:\w+ ){0,2}(?:capital|funding|funds?|budget|investment)|what budget)\b/;
/**
 * A count of things is asked ("bao nhiêu xã", "how many job fairs"): a share does not answer it.
 * Not a count of people or households, which users ask as a share as often as not.
 */
const COUNT_VI = /\bbao nhieu (?!(?:phan tram|ty le|ti le|vao|den|trong|nam|thang|tuoi|m2|tien|trieu|ty|nghin|nguoi|dan|ho|lan|la|dat|muc|so)\b)[a-z]+/;
const COUNT_EN = /\bhow many (?!(?:people|persons|residents|households|families|percent|per cent|years?|times)\b)[a-z]+/;
const asksCount = (lang: string, text: string): boolean => (lang === 'en' ? COUNT_EN : COUNT_VI).test(text);
/** The present is asked about ("hiện nay còn bao nhiêu hộ nghèo", "right now"): a plan's targets are for years to come. */
// "Giảm còn bao nhiêu" is the level a target brings it down to, not what is left today.
const PRESENT_VI = /\b(?:hien nay|hien tai|hien co|bay gio|luc nay|(?<!(?:giam|xuong|ha) )con bao nhieu)\b/;
const PRESENT_EN = /\b(?:right now|currently|at present|at the moment|today|so far|to date)\b/;
/** A question that asks what is aimed for ("phấn đấu", "đến năm 2030") is not about today. */
const AIMED_VI = /\b(?:phan dau|muc tieu|chi tieu|den (?:nam )?20\d\d)\b/;
const asksPresent = (lang: string, text: string): boolean => (lang === 'en' ? PRESENT_EN.test(text) : PRESENT_VI.test(text) && !AIMED_VI.test(text));
const FIGURE_VI = /\b(?:bao nhieu|muc nao|phan tram|so luong|ty le|ti le)\b/;
const FIGURE_EN = /\b(?:how many|how much|what (?:percentage|share|proportion|rate|level|figure|number)|percent)\b/;

/** A question about an amount of money; `text` folded (Vietnamese) or lower-cased (English). */
const asksMoney = (lang: string, text: string): boolean => (lang === 'en' ? MONEY_EN : MONEY_VI).test(text);
/** A question that asks for a figure ("bao nhiêu", "what percentage"): a target with no figure does not answer it. */
const asksFigure = (lang: string, text: string): boolean => (lang === 'en' ? FIGURE_EN : FIGURE_VI).test(text);

/** A question that asks which documents: "những nghị quyết, chỉ thị nào", "which resolutions"; `text` padded with spaces. */
// Not "Nghị quyết 42 vào năm nào": a numbered document is named, and the question asks when.
const ASKS_DOCUMENTS = / (?:nghi quyet|chi thi|ket luan|quyet dinh|nghi dinh|thong tu|van ban)(?: (?!\d|nam\b|thang\b|quy\b|ngay\b|luc\b)\w+){0,3} nao | which (?:\w+ )?(?:resolutions?|directives?|decisions?|documents?|decrees?) /;
export const asksForDocuments = (text: string): boolean => ASKS_DOCUMENTS.test(text);
/** Query terms that name a kind of document (and "mà", which joins clauses): never what a basis document is about. */
export const DOCUMENT_NOUNS = new Set('van ban van_ban ke hoach ke_hoach chuong trinh chuong_trinh nghi quyet nghi_quyet chi thi chi_thi ma'.split(' '));

/** Deadline kinds a question names only as a deadline ("hằng năm", "quý IV/2024", "tháng 12/2024"); a bare year may be a target's. */
const ASKED_DEADLINE = new Set(['yearly', 'quarter', 'date', 'ongoing']);

/** How a question names a deadline, folded: "hằng năm", "(hoàn thành) trong quý IV/2024", "tháng 12/2024", "trước ngày 30/6". */
const DEADLINE_WORDS = /\b(?:(?:phai )?(?:hoan thanh|xong) )?(?:(?:trong|truoc|vao) )?(?:hang nam|moi nam|thuong xuyen|quy (?:iv|iii|ii|i|[1-4]) \d{4}|thang \d{1,2} \d{4}|(?:truoc )?ngay \d{1,2} \d{1,2}(?: \d{4})?)\b/;

/**
 * "Những nhiệm vụ nào … hằng năm?": the question names when, so a row due at another time
 * does not answer it; when the deadline is all the question asks by (its other words only
 * name the document), every row due then answers it.
 */
export function askedDeadline(engine: Engine, u: Understanding): { when: string; only: boolean } | null {
  const d = normalizeDeadline(u.question);
  if (!d || !ASKED_DEADLINE.has(d.kind)) return null;
  const said = DEADLINE_WORDS.exec(fold(u.question).replace(/[^a-z0-9]+/g, ' '))?.[0].split(' ') ?? [];
  const naming = new Set(u.namedDocs.flatMap((s) => fold(engine.docs.get(s)?.meta.number ?? '').match(/[a-z0-9]+/g) ?? []));
  const only = said.length > 0 && u.topic.every((t) => u.stats.frame?.has(t) || t.split('_').every((x) => said.includes(x) || naming.has(x)));
  return { when: d.normalized, only };
}

/** The clauses of a text (between ";" or sentence ends), folded flat: what `statesIndicator` reads (features keep them per passage). */
export function flatClauses(text: string): string[] {
  return text.split(/[;.]\s+/u).map(foldFlat);
}

/** Does one clause of a text (between ";" or sentence ends) carry every word of one of the indicator's labels? */
export function statesIndicator(def: IndicatorDef, text: string): boolean {
  return statesIndicatorIn(def, flatClauses(text));
}

/** statesIndicator on the text's `flatClauses`. */
export function statesIndicatorIn(def: IndicatorDef, clauses: string[]): boolean {
  return clauses.some((flat) => def.label.some((alt) => alt.every((t) => hasPhrase(flat, t))));
}

/** A time a task is due or recurs: a year, quarter, month or date, "hằng năm", "thường xuyên", "định kỳ". */
export const TIME = /\b(?:năm\s+20\d\d|20\d\d|quý\s+[IV1-4]+|tháng\s+\d{1,2}|\d{1,2}\/\d{1,2}|hằng năm|hàng năm|hằng quý|hàng quý|thường xuyên|định kỳ|kịp thời)/iu;

/** An amount of money: "500.000 đồng", "2 triệu", "1,5 tỷ đồng", "VNĐ". */
export const MONEY = /\d\s*(?:đồng|đ\b|triệu|tỷ|nghìn|ngàn)|VNĐ|VND/iu;

/** A document named by its number: "07-CT/TU", "48-NQ/TU", "08/2022/NĐ-CP". */
export const DOC_NUMBER = /\d+(?:\/\d{4})?[-/][A-ZĐ]{1,6}(?:[-/][A-ZĐ]{1,6})?/u;

/** What kind of fact a question asks for; `text` folded (Vietnamese) or lower-cased (English). */
export function whatIsAsked(lang: string, text: string): { asksMoney: boolean; asksFigure: boolean; asksPresent: boolean; asksCount: boolean } {
  return { asksMoney: asksMoney(lang, text), asksFigure: asksFigure(lang, text), asksPresent: asksPresent(lang, text), asksCount: asksCount(lang, text) };
}
