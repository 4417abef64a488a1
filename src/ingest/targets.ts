/**
 * Targets (chỉ tiêu) split into atomic indicators: "Tỷ lệ thất nghiệp chung dưới 2,45%,
 * tỷ lệ thất nghiệp khu vực thành thị dưới 4%" → two rows with comparator, value, unit.
 */
import { fold, foldFlat, hasPhrase, squash } from '../text.js';
import { INDICATORS } from '../domain/indicators.js';
import type { Comparator, Target } from '../types.js';
import { lineSpan, type Block } from './lines.js';

const NUM = String.raw`\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?`;
const VALUE = new RegExp(String.raw`(${NUM})(?:\s*[-–]\s*(${NUM}))?(\s*%)?`, 'gu');
/** Units whose label follows the number ("11 bác sĩ", "12.900 căn nhà ở xã hội"). */
const COUNT_UNIT = /^\s+(căn hộ|căn|giường bệnh viện|giường bệnh|giường|bác sĩ|dược sĩ|điều dưỡng viên|điều dưỡng)/u;
/** Units whose label precedes the number ("tuổi thọ … khoảng 75 tuổi", "quỹ … đạt 1,2 tỷ đồng"). */
const MEASURE_UNIT = /^\s+(m2 sàn\/người|m² sàn\/người|m2|m²|tuổi|năm|tỷ đồng|triệu đồng|nghìn đồng|ngàn đồng)(?![\p{L}])/u;
const W = String.raw`(?![\p{L}\d])`;
const FILLER = new RegExp(String.raw`^(?:[\s,;:.\-–]|(?:và|có|bảo đảm|đảm bảo|phấn đấu|đạt|được|xây dựng được|hoàn thành|trên|dưới|ít nhất|tối thiểu|tối đa|khoảng)${W})+`, 'iu');
/** Words a label does not end with ("… trên", "… khoảng"). */
const TRAILING_WORDS = ['và', 'đạt', 'là', 'trên', 'dưới', 'ít nhất', 'tối thiểu', 'tối đa', 'khoảng'];
const TRAILING_CHARS = new Set([...' \t\n\r\f\v\u00a0,;:.-–']);

/**
 * Strip trailing punctuation and filler words. A loop, not a `(…)+$` regular expression:
 * that one retried from every position of a long run of commas (quadratic: 32 KB took 34 s).
 */
export function stripTrailing(s: string): string {
  let end = s.length;
  for (;;) {
    const ch = s[end - 1];
    if (ch !== undefined && TRAILING_CHARS.has(ch)) {
      end--;
      continue;
    }
    const tail = s.slice(Math.max(0, end - 12), end).toLowerCase();
    const word = TRAILING_WORDS.find((w) => tail.endsWith(w) && !/[\p{L}\d]/u.test(s[end - w.length - 1] ?? ' '));
    if (!word) break;
    end -= word.length;
  }
  return s.slice(0, end);
}

/** "2,45" → 2.45; "12.900" → 12900; "04" → 4. */
export function parseViNumber(s: string): number {
  return Number(s.replace(/\.(?=\d{3}(?:\D|$))/g, '').replace(',', '.'));
}

export function comparatorBefore(window: string): Comparator {
  const f = fold(window).split(/\s+/).slice(-4).join(' ');
  if (/\b(?:it nhat|toi thieu)\b/.test(f)) return 'gte';
  if (/\btoi da\b/.test(f)) return 'lte';
  if (/\btren\b/.test(f)) return 'gt';
  if (/\bduoi\b/.test(f)) return 'lt';
  if (/\bkhoang\b/.test(f)) return 'approx';
  return 'eq';
}

export function indicatorOf(label: string, context: string): string | null {
  const fl = foldFlat(label);
  const fc = foldFlat(`${label} ${context}`);
  for (const def of INDICATORS) {
    const inLabel = def.label.some((alt) => alt.every((t) => hasPhrase(fl, t)));
    if (!inLabel) continue;
    if (def.context && !def.context.some((alt) => alt.every((t) => hasPhrase(fc, t)))) continue;
    return def.key;
  }
  return null;
}

interface Mention {
  start: number;
  end: number;
  value: number;
  valueMax: number | null;
  valueText: string;
  unit: string;
  labelAfter: boolean;
}

function mentions(seg: string): Mention[] {
  const out: Mention[] = [];
  for (const m of seg.matchAll(VALUE)) {
    const start = m.index ?? 0;
    const raw = m[0].trimEnd();
    const end = start + raw.length;
    const prev = seg[start - 1] ?? ' ';
    const next = seg[end] ?? ' ';
    if (/[\p{L}\d/.,-]/u.test(prev) && !(prev === '-' && /\s/.test(seg[start - 2] ?? ' '))) continue;
    if (/[\p{L}\d/]/u.test(next)) continue;
    const percent = Boolean(m[3]);
    const a = m[1] ?? '';
    const b = m[2];
    const rest = seg.slice(end);
    const before = seg.slice(Math.max(0, start - 80), start);
    let unit = '%';
    let labelAfter = true;
    let unitText = '%';
    if (!percent) {
      if (/^\d{4}$/.test(a) && !b) continue;
      if (/^\s+dân\b/u.test(rest)) continue;
      const cu = COUNT_UNIT.exec(rest);
      const mu = MEASURE_UNIT.exec(rest);
      if (cu?.[1]) {
        unit = cu[1];
        unitText = ` ${cu[1]}`;
      } else if (mu?.[1]) {
        const f = fold(before);
        const u = mu[1];
        if (u === 'tuổi' && !/tuoi tho/.test(f)) continue;
        if (u === 'năm' && !/song khoe/.test(f)) continue;
        unit = u;
        unitText = ` ${u}`;
        labelAfter = false;
      } else continue;
    }
    const valueText = `${b ? `${a}-${b}` : a}${unitText}`;
    out.push({
      start,
      // A measure unit belongs to this value; a count unit starts the label that follows.
      end: labelAfter ? end : end + rest.indexOf(unit) + unit.length,
      value: parseViNumber(a),
      valueMax: b ? parseViNumber(b) : null,
      valueText,
      unit,
      labelAfter,
    });
  }
  return out;
}

function cleanLabel(s: string): string {
  // "… từ 3 đến 5 tuổi, tỷ lệ đi học đúng độ tuổi cấp tiểu học": the indicator starts at "tỷ lệ".
  const lower = s.toLowerCase();
  const at = Math.max(lower.lastIndexOf('tỷ lệ'), lower.lastIndexOf('tỉ lệ'));
  const from = at > 0 ? s.slice(at) : s;
  // "…, trong đó nông dân …": what follows "trong đó" (of which) is a share of the label, not part of it.
  const whole = from.split(/,\s*trong đó\s/u)[0] ?? from;
  return squash(stripTrailing(whole.replace(FILLER, '')));
}

export interface TargetContext {
  source: string;
  locality: string | null;
  section: string;
  year: number;
  vision: boolean;
  /** Outside target sections only "phấn đấu …" sentences state targets. */
  aspirationalOnly: boolean;
}

/** Split at ";" and at sentence ends (". " before a capital), keeping offsets. */
function segments(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  const re = /;\s+|\.\s+(?=\p{Lu})/gu;
  let last = 0;
  for (const m of text.matchAll(re)) {
    const i = m.index ?? 0;
    out.push({ text: text.slice(last, i), offset: last });
    last = i + m[0].length;
  }
  out.push({ text: text.slice(last), offset: last });
  return out;
}

/** A state to reach is a clause of a few words to a sentence; longer text is a goal's prose. */
const STATE_WORDS = [4, 40] as const;

/**
 * A clause with no figure among a plan's targets ("xóa bỏ hoàn toàn tình trạng nhà tạm, nhà dột
 * nát …", "tỉnh đạt chuẩn xóa mù chữ mức độ 2"): a target all the same. It is read where the plan
 * lists targets: beside figures in the same item, or as an item of its own in a targets section.
 */
function stateTarget(seg: { text: string; offset: number }, block: Block, ctx: TargetContext, withFigures: boolean): Omit<Target, 'id' | 'year'> | null {
  if (ctx.aspirationalOnly || ctx.vision) return null;
  const standalone = /^\s*[-+•]/u.test(block.text);
  if (!withFigures && !standalone) return null;
  const text = squash(seg.text.replace(/^[-+•\s,;.]+|[\s,;.]+$/g, ''));
  const words = text.split(' ').length;
  if (words < STATE_WORDS[0] || words > STATE_WORDS[1] || /:$/u.test(text)) return null;
  const label = squash(stripTrailing(text.replace(FILLER, '')));
  const start = seg.offset + Math.max(0, seg.text.indexOf(text.slice(0, 12)));
  return {
    source: ctx.source,
    locality: ctx.locality,
    indicator: indicatorOf(label, '') ?? `other:${foldFlat(label).trim().split(' ').slice(0, 8).join('_')}`,
    label,
    comparator: 'state',
    value: 0,
    valueMax: null,
    valueText: '',
    unit: '',
    vision: ctx.vision,
    text,
    section: ctx.section,
    lines: lineSpan(block, start, start + text.length),
  };
}

/** A label that is only a year ("năm 2030", "vào năm 2027 và"). */
const YEAR_ONLY = /^(?:(?:vào|đến|và|cuối|đầu)\s+)*năm\s+20\d\d(?:\s+(?:và|thì))?$/iu;
/** "tỷ lệ này", "chỉ tiêu trên": a figure of the indicator just named. */
const ANAPHOR = /^(?:tỷ lệ|tỉ lệ|chỉ tiêu|con số|mức|số)\s+(?:này|đó|trên)(?:\s+(?:đạt|còn|là))?$/iu;
/** "năm 2026", "cuối năm 2025", but not the start of a count ("lũy kế từ năm 2024") nor a baseline ("so với năm 2020"). */
const YEAR = /(?<!(?:từ|so với|giai đoạn)\s)(?:(?:cuối|đầu)\s+)?năm\s+(20\d\d)/giu;

/**
 * The year a value is for: said right after it ("đạt 96% vào năm 2027"), else the last year said
 * before it in the block ("năm 2026 đạt 94%, năm 2030 đạt trên 97%"), else none.
 */
function yearOf(text: string, said: Array<{ end: number; year: number }>, start: number, end: number): number | null {
  const after = /^\s*(?:(?:vào|đến|trong)\s+)?(?:(?:cuối|đầu)\s+)?năm\s+(20\d\d)/iu.exec(text.slice(end, end + 30));
  if (after?.[1]) return Number(after[1]);
  let last: number | null = null;
  for (const y of said) if (y.end <= start) last = y.year;
  return last;
}

export function extractTargets(block: Block, ctx: TargetContext, idPrefix: string): Target[] {
  const out: Target[] = [];
  const per10k = /10\.000 dân/u.test(block.text);
  const blockYear = /đến (?:hết )?năm (20\d\d)/iu.exec(block.text)?.[1];
  // The years the block names, found once for all its figures.
  const said = [...block.text.matchAll(YEAR)].map((m) => ({ end: (m.index ?? 0) + m[0].length, year: Number(m[1]) }));
  const segs = segments(block.text).map((seg) => ({ seg, ms: mentions(seg.text) }));
  const withFigures = segs.some((x) => x.ms.length > 0);
  for (const { seg, ms } of segs) {
    if (ctx.aspirationalOnly && !/phấn đấu/iu.test(seg.text)) continue;
    if (!ms.length) {
      const state = stateTarget(seg, block, ctx, withFigures);
      if (state) out.push({ ...state, id: `${idPrefix}-${out.length + 1}`, year: blockYear ? Number(blockYear) : ctx.year });
      continue;
    }
    let labelTakenUntil = 0;
    ms.forEach((m, i) => {
      // Text already used as the previous value's label cannot label this one.
      const prevEnd = Math.max(i > 0 ? (ms[i - 1]?.end ?? 0) : 0, labelTakenUntil);
      const nextStart = i + 1 < ms.length ? (ms[i + 1]?.start ?? seg.text.length) : seg.text.length;
      const beforeText = cleanLabel(seg.text.slice(prevEnd, m.start));
      const afterText = cleanLabel(seg.text.slice(m.end, nextStart));
      // "tỷ lệ … đạt 38%": the label is before; "hoàn thành số hóa 100% hồ sơ …": a share of the
      // noun after it, unless the words before name a measure (a rate, a number, a level).
      const nounAfter = afterText.split(' ').length >= 2 && /^\s+\p{L}/u.test(seg.text.slice(m.end));
      const measured = /(?:^|\s)(?:tỷ lệ|tỉ lệ|số(?!\s+hóa)|mức|chỉ số|bình quân)(?=\s|$)/iu.test(beforeText);
      // "* 2 tỷ đồng mỗi năm được vận động vào Quỹ …": a figure that opens its item is labelled by what follows.
      const useBefore = /\p{L}/u.test(beforeText) && (!m.labelAfter || (m.unit === '%' && beforeText.split(' ').filter(Boolean).length >= 2 && (measured || !nounAfter)));
      let label = useBefore ? beforeText : afterText;
      if (!useBefore) labelTakenUntil = nextStart;
      // "… năm 2026 đạt 94%, năm 2030 đạt trên 97%": a value labelled by its year alone is the previous one's indicator.
      const previous = out[out.length - 1];
      // The year is the target's, not the indicator's name: "tỷ lệ hộ nghèo năm 2026 còn" names "tỷ lệ hộ nghèo".
      // "…; Đến năm 2030, giảm còn dưới 8%", "tỷ lệ này đạt 60%": the indicator of the figure before it in the item.
      const named = squash(label.replace(YEAR, ' ').replace(/\s(?:còn|đạt|giảm còn|xuống)$/u, '').replace(/^(?:đến|vào|trong)(?=[\s,]|$)|[,;:.]/giu, ' '));
      if (previous && (YEAR_ONLY.test(label) || !named || /^(?:còn|đạt|và|giảm còn)$/u.test(named) || ANAPHOR.test(named))) label = previous.label;
      else if (named.split(' ').length >= 2) label = named;
      if (!label) return;
      // Context for telling indicators apart is near the value; bounded so many values in a block stay linear.
      const rest = block.text.slice(seg.offset + m.end, seg.offset + m.end + 600);
      const indicator = indicatorOf(label, rest) ?? `other:${foldFlat(label).trim().split(' ').slice(0, 8).join('_')}`;
      const comparator: Comparator = m.valueMax !== null ? 'range' : comparatorBefore(seg.text.slice(Math.max(0, m.start - 30), m.start));
      const unit = m.unit === '%' ? '%' : per10k && /giường|bác sĩ|dược sĩ|điều dưỡng/u.test(m.unit) ? `${m.unit} trên 10.000 dân` : m.unit;
      // "trên 96% dân số …": the comparator before the value belongs to the clause.
      const lead = useBefore ? null : /(?:(?:đạt|có|phấn đấu)\s+)?(?:trên|dưới|ít nhất|tối thiểu|tối đa|khoảng|đạt)\s*$/iu.exec(seg.text.slice(prevEnd, m.start));
      const labelAt = useBefore ? seg.text.indexOf(label, prevEnd) : -1;
      const clauseStart = seg.offset + (useBefore ? (labelAt >= 0 && labelAt < m.start ? labelAt : prevEnd) : lead ? prevEnd + (lead.index ?? 0) : m.start);
      const clauseEnd = seg.offset + (useBefore ? m.end : nextStart);
      const text = squash(block.text.slice(clauseStart, clauseEnd).replace(/^[-+•\s,;.]+|[\s,;]+$/g, '').replace(/\s+và$/u, ''));
      out.push({
        id: `${idPrefix}-${out.length + 1}`,
        source: ctx.source,
        locality: ctx.locality,
        indicator,
        label,
        comparator,
        value: m.value,
        valueMax: m.valueMax,
        valueText: m.valueText,
        unit,
        year: yearOf(block.text, said, seg.offset + m.start, seg.offset + m.end) ?? (blockYear ? Number(blockYear) : ctx.year),
        vision: ctx.vision,
        text,
        section: ctx.section,
        lines: lineSpan(block, clauseStart, clauseEnd),
      });
    });
  }
  return out;
}
