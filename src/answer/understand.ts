/**
 * Understand stage: what the question is about, in the corpus's own terms. Places are
 * split into corpus localities and places the corpus has no plan for (national list);
 * documents named by number scope the question; agencies are recognised by the names the
 * documents give them; topic terms are the question's words less the words that only
 * asked for the kind of answer.
 */
import { syllableStream } from '../search/tokenizer.js';
import { fold, hasDiacritics, accentedSyllables } from '../text.js';
import type { NationalPlace } from '../domain/national.js';
import type { Reference } from '../types.js';
import { analyze, type Analysis } from './analyze.js';
import type { Engine } from './engine.js';
import { documentsByIssuer } from './issuers.js';
import { documentsOf } from './lookup.js';
import { termSet, type Idf } from './scoring.js';
import { agenciesOutOfScope, englishOfficesOutOfScope, OFFICE_WORDS, TWO_SYLLABLE_HEAD, officesOutOfScope, standingOfficesOutOfScope, unknownAgencies } from './offices.js';
import { ROLE_TERMS } from './roles.js';
import { correctTypos, expandInitials, queryTerms } from './terms.js';

export interface Understanding {
  question: string;
  a: Analysis;
  /** Documents the question is about (all when it names none). */
  sources: string[];
  /** Documents named by their number ("Kế hoạch 133", "19-KH/TW" in the corpus). */
  namedDocs: string[];
  /** Documents named by number that the corpus only refers to ("Kế hoạch 19-KH/TW"). */
  referenced: Array<{ source: string; ref: Reference }>;
  /** Districts and communes named that no plan covers. */
  unknownLocal: NationalPlace[];
  /** Agencies the question names, folded ("ban tuyen giao - phong trao"). */
  agencies: string[];
  /** Agencies named in capitals that no document mentions ("Sở Y tế" when no plan does). */
  unknownAgencies: string[];
  /** Offices named (in a marked question) that no document in scope mentions. */
  outOfScope: string[];
  /** Question terms and the topic terms (without role and intent words). */
  terms: string[];
  topic: string[];
  /** The topic's parts when the question lists several things, each a topic of its own. */
  parts: string[][];
  /** Corpus statistics with the chosen documents' naming terms down-weighted. */
  stats: Idf;
  /** Syllables typed with diacritics: folded → accented. */
  wanted: Map<string, string>;
}


const DOC_WORD = /(?:^|\s)(?:ke hoach|kh|chuong trinh(?: hanh dong)?|ctr|quyet dinh|qd|van ban|so|plan|programme|program|decision|no)\s*(?:so\s*)?(\d{1,4})(?![\d,.%])(?:\s*[-/]\s*([a-z]{1,5}(?:\s*\/\s*[a-z]{1,5})?))?/g;
const BARE_NUMBER = /(?:^|\s)(\d{1,4})\s*-\s*([a-z]{1,5})\s*\/\s*([a-z]{1,5})\b/g;

function numberKey(n: string): { digits: string; kind: string } {
  const m = /^(\d+)\s*[-/]?\s*([A-Za-zĐđ]*)/u.exec(n.trim());
  return { digits: String(Number(m?.[1] ?? '')), kind: fold(m?.[2] ?? '') };
}

/** Numbers the question gives a document: "kế hoạch 133", "19-KH/TW", "CTr 56". */
function docNumbers(question: string): Array<{ digits: string; kind: string }> {
  const f = ` ${fold(question).replace(/[^a-z0-9/\- ]+/g, ' ')} `;
  const out: Array<{ digits: string; kind: string }> = [];
  for (const m of f.matchAll(DOC_WORD)) out.push({ digits: String(Number(m[1])), kind: (m[2] ?? '').split('/')[0]?.trim() ?? '' });
  for (const m of f.matchAll(BARE_NUMBER)) out.push({ digits: String(Number(m[1])), kind: m[2] ?? '' });
  // "Nghị quyết 42" names the resolution every plan implements, not a document.
  return out.filter((x) => x.kind !== 'nq' && x.digits !== 'NaN');
}

function matches(n: { digits: string; kind: string }, number: string): boolean {
  const k = numberKey(number);
  return k.digits === n.digits && (!n.kind || !k.kind || k.kind.startsWith(n.kind) || n.kind.startsWith(k.kind));
}

/** The most documents whose text is read for an initialism. */
const INITIALISM_DOCS = 24;
const foldedTexts = new WeakMap<object, string>();

/** A document's text folded, words joined by single spaces, padded: read once. */
function foldedText(engine: Engine, source: string): string {
  const doc = engine.docs.get(source);
  if (!doc) return '';
  let t = foldedTexts.get(doc);
  if (t === undefined) {
    // Punctuation stays a boundary: "đầy đủ, kịp thời" holds no phrase "đầy đủ kịp".
    t = ` ${fold(doc.lines.join(' ')).replace(/[.,;:!?()"“”]+/g, ' | ').replace(/[^a-z0-9|]+/g, ' ')} `;
    foldedTexts.set(doc, t);
  }
  return t;
}

/** The words a document is named by: its title, issuer and kind. */
export function documentNaming(engine: Engine, source: string): Set<string> {
  const m = engine.docs.get(source)?.meta;
  return m ? engine.features.terms(`${m.title} ${m.issuingBody ?? ''} ${m.kind}`) : new Set();
}

function scope(engine: Engine, a: Analysis, forced: string | undefined, named: string[]): string[] {
  if (named.length && !forced && !a.localities.length) return named;
  let names = forced ? [forced] : a.localities;
  if (!names.length) return engine.corpus.documents.map((d) => d.meta.source);
  const f = (s: string | null): string => (s ? fold(s) : '');
  if (a.intent !== 'compare' && names.length > 1) {
    // "Tuy Phước … Tỉnh ủy Bình Định": the district is the subject, its province context.
    const districts = names.filter((n) =>
      (engine.lookup.byLocality.get(f(n)) ?? []).some((d) => d.province && f(d.province) !== f(n) && names.some((m) => f(m) === f(d.province))),
    );
    if (districts.length) names = districts;
  }
  const out = new Set<string>();
  for (const n of names) for (const d of documentsOf(engine.lookup, n)) out.add(d.source);
  const scoped = [...out];
  const both = named.filter((s) => out.has(s));
  return both.length ? both : scoped;
}

/**
 * Agencies named in the question, by the names the documents use (longest first), looked up
 * by their first two words; a name's first three words name it too ("Ban Tuyên giáo" for
 * "Ban Tuyên giáo Huyện ủy"). `text`: the question folded, shorthand and abbreviations spelled out ("mttq", "BTV").
 */
function namedAgencies(engine: Engine, text: string): string[] {
  const words = syllableStream(text);
  const f = ` ${words.join(' ')} `;
  const out: string[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    for (const name of engine.agencyNames.get(`${words[i]} ${words[i + 1]}`) ?? []) {
      const parts = name.split(' ');
      // Only an office's head ("Ban Tuyên giáo …", "Sở …") makes three words a name: "bảo hiểm xã …" is a topic.
      const head = TWO_SYLLABLE_HEAD.has(parts[0] ?? '') ? 2 : 1;
      const short = OFFICE_WORDS.has(parts[0] ?? '') ? parts.slice(0, head + 2).join(' ') : name;
      const hit = f.includes(` ${name} `) ? name : f.includes(` ${short} `) ? short : undefined;
      if (hit && !out.some((o) => o.includes(hit))) out.push(hit);
    }
  }
  return out;
}

/** How English questions name a plan, glossed: "provincial plan", "action programme", "district". */
const DOC_NAMING_EN = 'ke hoach chuong trinh hanh dong tinh huyen thi xa xa quyet dinh';
const subject = (topic: string[], naming: Set<string>): string[] => topic.filter((t) => !naming.has(t));

/** An agency's name as the plans write it (the words of the first row that starts with it), for messages. */
function agencyLabel(engine: Engine, folded: string): string {
  const k = folded.split(' ').length;
  for (const r of engine.corpus.responsibilities) {
    const words = r.agency.split(/\s+/u);
    if (syllableStream(words.slice(0, k).join(' ')).join(' ') === folded) return words.slice(0, k).join(' ');
  }
  return folded;
}

export function understand(engine: Engine, question: string, forcedLocality?: string): Understanding {
  const isSyllable = (w: string): boolean => engine.stats.df.has(w);
  const a = analyze(question, engine.places, isSyllable);
  const words = (question.match(/[\p{L}\p{N}]+/gu) ?? []).map((raw) => ({ raw, f: fold(raw) }));
  const unknownLocal = engine.places.unknownLocal(words, a.localities);
  // "huyện Phù Mỹ" (Bình Định): the district is the subject, not its province's plan.
  if (unknownLocal.length) {
    const provinces = new Set(unknownLocal.map((p) => fold(p.province)));
    a.localities = a.localities.filter((l) => !provinces.has(fold(l)));
  }
  // "tỉnh Quảng Ngãi" when the corpus holds only a district of it: the province's own plan is not there.
  const folded = ` ${fold(question).replace(/[^a-z0-9]+/g, ' ')} `;
  for (const l of [...a.localities]) {
    const key = fold(l).replace(/[^a-z0-9]+/g, ' ');
    const own = engine.lookup.byLocality.get(fold(l)) ?? [];
    if (!own.length && (folded.includes(` tinh ${key} `) || folded.includes(` ${key} province `))) {
      a.localities = a.localities.filter((x) => x !== l);
      a.unknownPlaces.push(`tỉnh ${l}`);
    }
  }
  const nums = docNumbers(question);
  const namedDocs: string[] = [];
  const referenced: Understanding['referenced'] = [];
  for (const n of nums) {
    for (const d of engine.corpus.documents) {
      if (d.meta.number && matches(n, d.meta.number) && !namedDocs.includes(d.meta.source)) namedDocs.push(d.meta.source);
    }
  }
  // A central plan, which has no place to be asked by, is named by its issuer.
  if (!namedDocs.length) namedDocs.push(...documentsByIssuer(engine.corpus, question));
  if (!namedDocs.length) {
    for (const n of nums) {
      for (const d of engine.corpus.documents) {
        const ref = d.meta.references.find((r) => r.number && matches(n, r.number));
        if (ref) referenced.push({ source: d.meta.source, ref });
      }
    }
  }
  const sources = scope(engine, a, forcedLocality, namedDocs);
  const isPlace = (x: string): boolean => engine.places.has(x);
  // A word typed with marks is what the user meant; one typed without them may be a slip ("thnah").
  // Capitals are an abbreviation ("UBND", "BCSĐ"), not a slip.
  const unmarked = new Set(words.filter((w) => !hasDiacritics(w.raw) && w.raw !== w.raw.toUpperCase()).map((w) => w.f));
  // Chat initialisms ("VNN", "ĐĐK") are read from the phrases of the documents asked about, when they are few.
  const texts = (): string[] => (sources.length <= INITIALISM_DOCS ? sources.map((s) => foldedText(engine, s)) : []);
  const fix = (t: string): string => correctTypos(engine.stats, expandInitials(engine.stats, t, texts, sources.join('|')), (w) => unmarked.has(w));
  // A document's number ("109-KH/TU") picks the document; its letters are no words of a passage.
  const numberWords = new Set((question.match(/\d+\s*[-/]\s*[\d/.-]*\p{L}[\p{L}\d/.-]*/gu) ?? []).flatMap((n) => fold(n).split(/[^a-z0-9]+/)).filter(Boolean));
  const termsOf = (text: string): string[] => queryTerms(engine.stats, fix(text), isPlace).filter((t) => !t.split('_').every((x) => numberWords.has(x)));
  const terms = termsOf(a.searchText);
  const topicAll = termsOf(a.topicText);
  const topic = topicAll.filter((t) => !ROLE_TERMS.has(t));
  const parts = a.topicParts.map((p) => termsOf(p).filter((t) => !ROLE_TERMS.has(t) && !/^\d+$/.test(t)));
  // Words that name the chosen documents ("Fatherland Front plan" for the MTTQ plan) pick
  // the document, not the passage: they weigh like frame terms.
  const frame = new Set<string>(engine.stats.frame ?? []);
  const naming = new Set<string>();
  if (sources.length < engine.corpus.documents.length) {
    for (const s of sources) for (const t of documentNaming(engine, s)) frame.add(t);
    // English names the document in words of its own ("the Binh Dinh provincial plan"): not the topic.
    if (a.lang === 'en') for (const t of termSet(`${DOC_NAMING_EN}`)) if (frame.has(t)) naming.add(t);
  }
  // "Chương trình của Thị ủy Đức Phổ …" names the document by its issuer: not an agency asked about.
  const issuers = sources.map((x) => syllableStream(engine.docs.get(x)?.meta.issuingBody ?? '').join(' '));
  const agencies = namedAgencies(engine, a.searchText).filter((n) => !issuers.some((i) => i.includes(n)));
  const wanted = new Map<string, string>();
  if (a.lang === 'vi') for (const w of accentedSyllables(question)) if (hasDiacritics(w)) wanted.set(fold(w), w);
  return {
    question,
    a,
    sources,
    namedDocs,
    referenced,
    unknownLocal,
    agencies,
    unknownAgencies: unknownAgencies(engine.stats, question),
    outOfScope: [
      ...(a.lang === 'vi' ? officesOutOfScope(engine, question, sources, isPlace) : a.lang === 'en' ? englishOfficesOutOfScope(engine, question, sources) : []),
      // An agency some plan names, asked about in plans that never mention it ("UBND tỉnh" in the Front's plan).
      ...(a.asksWho ? [] : agenciesOutOfScope(engine, agencies, sources).map((n) => agencyLabel(engine, n))),
      ...(a.lang === 'en' ? [] : standingOfficesOutOfScope(engine, question, sources)),
    ],
    terms,
    topic: [subject(topic, naming), topic, topicAll, terms].find((x) => x.length) ?? [],
    parts: parts.filter((p) => p.length),
    stats: { ...engine.stats, frame },
    wanted,
  };
}
