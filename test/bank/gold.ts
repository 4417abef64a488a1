/**
 * Gold answers cut from the sources: for each extracted row, the quote (the scorer's view of the
 * cited lines, grown until unique in the document) and the fact as written. Rows whose fact is not
 * in their lines are dropped with a reason.
 */
import type { DocMeta, Responsibility, Target } from '../../src/types.js';
import { clean, count, cut, findIn, growUnique, span, type SourceView } from './source.js';
import { shortAgency } from './words.js';

export interface Expect {
  source: string;
  quote: string;
  answer_contains: string[];
}

export interface TargetGold {
  t: Target;
  meta: DocMeta;
  expect: Expect;
}

export interface GoldContext {
  views: Map<string, SourceView>;
  metaOf: Map<string, DocMeta>;
  /** Record why a row was dropped; returns null for `return drop(…)`. */
  drop: (kind: string, why: string) => null;
}

/** The gold cutters over one corpus. */
export function goldCutter(ctx: GoldContext) {
  const { views, metaOf, drop } = ctx;
  function valueForms(v: string): string[] {
    return [v, v.replace(/(\d)%/, '$1 %'), v.replace(/(\d)-(\d)/, '$1 - $2'), v.replace(/(\d) ?- ?(\d)/, '$1-$2')];
  }

  function targetGold(t: Target): TargetGold | null {
    const v = views.get(t.source);
    const meta = metaOf.get(t.source);
    if (!v || !meta) return drop('target', `${t.id}: unknown source`);
    const [s0, e0] = span(v, t.lines[0], t.lines[1]);
    const clause = clean(t.text).replace(/[.;,]+$/, '');
    const at = findIn(v, clause, s0, e0);
    if (at < 0) return drop('target', `${t.id}: clause "${clause.slice(0, 60)}" not in lines ${t.lines.join('-')}`);
    let vAt = -1;
    let vText = '';
    for (const f of valueForms(t.valueText)) {
      vAt = findIn(v, f, at, at + clause.length);
      if (vAt >= 0) {
        vText = v.text.slice(vAt, vAt + f.length);
        break;
      }
    }
    if (vAt < 0) return drop('target', `${t.id}: value "${t.valueText}" not in its clause`);
    // The clause, or a window of it around the value when it is long; then unique in the document.
    let s = at;
    let e = at + clause.length;
    if (e - s > 110) {
      s = Math.max(at, vAt - 45);
      e = Math.min(at + clause.length, vAt + vText.length + 60);
    }
    const g = growUnique(v, s, e, s0, e0, 220);
    if (!g) return drop('target', `${t.id}: no unique quote around "${clause.slice(0, 50)}"`);
    return { t, meta, expect: { source: t.source, quote: cut(v, g[0], g[1]), answer_contains: [vText] } };
  }

  function respGold(r: Responsibility): { r: Responsibility; meta: DocMeta; expect: Expect; unique: boolean } | null {
    const v = views.get(r.source);
    const meta = metaOf.get(r.source);
    if (!v || !meta) return drop('responsibility', `${r.id}: unknown source`);
    if (clean(r.agency).split(' ').length < 3 || /^(các )?(cơ quan|đơn vị)$/iu.test(clean(r.agency))) return drop('responsibility', `${r.id}: agency "${r.agency}" is not a body's name (cut short?)`);
    const [s0, e0] = span(v, r.lines[0], r.lines[1]);
    const at = findIn(v, r.agency, s0, e0);
    const lo = s0;
    if (at < 0) {
      // A heading that names the agency above its tasks ("1. Ban Tuyên giáo Tỉnh ủy" then the task lines).
      const heading = clean(r.section.split(' > ').pop() ?? '').replace(/^[\dIVX]+[.)]?\s*/, '');
      if (heading.toLowerCase() !== clean(r.agency).toLowerCase()) return drop('responsibility', `${r.id}: agency "${r.agency.slice(0, 50)}" not in lines ${r.lines.join('-')} nor their heading`);
      const head = clean(r.task).split(' ').slice(0, 5).join(' ');
      const tAt = findIn(v, head, s0, e0);
      const g0 = tAt >= 0 ? tAt : s0;
      const g = growUnique(v, g0, Math.min(e0, g0 + 40), g0, e0, 160);
      if (!g) return drop('responsibility', `${r.id}: task lines not unique`);
      const agency = shortAgency(clean(r.agency));
      if (count(v, agency) === 0) return drop('responsibility', `${r.id}: agency not in the text`);
      return { r, meta, expect: { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [agency] }, unique: true };
    }
    // The agency stands alone on a heading line above the task ("4. Ban cán sự đảng …"): quote the
    // task lines below it, as a citation of the task bullet would.
    for (let n = r.lines[0]; n < r.lines[1]; n++) {
      const [ls, le] = v.line(n);
      if (!(at >= ls && at < le)) continue;
      if (clean(v.text.slice(ls, le)).replace(/^[\dIVX]+[.)]\s*/, '').toLowerCase() !== clean(r.agency).toLowerCase()) break;
      const [ts, te] = span(v, n + 1, r.lines[1]);
      const head = clean(r.task).split(' ').slice(0, 5).join(' ');
      const tAt = findIn(v, head, ts, te);
      const g0 = tAt >= 0 ? tAt : ts;
      const g = te > ts ? growUnique(v, g0, Math.min(te, g0 + 40), g0, te, 160) : null;
      if (!g) break;
      return { r, meta, expect: { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [shortAgency(clean(r.agency))] }, unique: true };
    }
    const agency = shortAgency(v.text.slice(at, at + clean(r.agency).length));
    let e = at + clean(r.agency).length;
    for (let k = 0; k < 4 && e < e0; k++) {
      const nx = v.text.indexOf(' ', e + 1);
      e = nx < 0 || nx > e0 ? e0 : nx;
    }
    const g = growUnique(v, at, e, lo, e0, 200);
    const [gs, ge] = g ?? [at, e];
    return { r, meta, expect: { source: r.source, quote: cut(v, gs, ge), answer_contains: [agency] }, unique: !!g };
  }

  /**
   * Gold for a deadline: the sentence that states it, when it is unique in the document; else that
   * sentence plus a unique piece of the task's own lines (both must be cited, so a citation of
   * another task that shares the deadline wording does not pass); else the bare sentence (`unique`
   * false: the caller keeps only a couple of those).
   */
  function deadlineGold(rows: Responsibility[]): { expects: Expect[]; unique: boolean } | null {
    const r = rows[0]!;
    const v = views.get(r.source);
    if (!v || !r.deadline || !r.deadlineLines) return null;
    if (r.deadlineLines[1] < r.lines[0]) return drop('deadline', `${r.id}: deadline at lines ${r.deadlineLines.join('-')} stands before the task (lines ${r.lines.join('-')}): belongs to another item`);
    const [s0, e0] = span(v, r.deadlineLines[0], r.deadlineLines[1]);
    const dl = clean(r.deadline.text);
    const at = findIn(v, dl, s0, e0);
    if (at < 0) return drop('deadline', `${r.id}: deadline "${dl}" not in lines ${r.deadlineLines.join('-')}`);
    const answer = v.text.slice(at, at + dl.length).replace(/^trong /i, '');
    const whole = e0 - s0 < 100;
    const [ws, we] = whole ? [s0, e0] : [at, at + dl.length];
    const own = growUnique(v, ws, we, s0, e0, 200, 'left');
    if (own) return { expects: [{ source: r.source, quote: cut(v, own[0], own[1]), answer_contains: [answer] }], unique: true };
    const sentence: Expect = { source: r.source, quote: cut(v, ws, we), answer_contains: [answer] };
    for (const x of rows) {
      // The task's last line first (the bullet under a heading), then its whole lines.
      const [a0, a1] = span(v, x.lines[0], x.lines[1]);
      const l0 = span(v, x.lines[1], x.lines[1])[0];
      const g = growUnique(v, l0, Math.min(a1, l0 + 40), l0, a1, 160) ?? growUnique(v, a0, Math.min(a1, a0 + 40), a0, a1, 160);
      if (g) return { expects: [sentence, { source: r.source, quote: cut(v, g[0], g[1]), answer_contains: [] }], unique: true };
    }
    return { expects: [sentence], unique: false };
  }

  function metaExpect(m: DocMeta, fact: string, lines?: [number, number], answer = fact, maxLine = 60): Expect | null {
    const v = views.get(m.source)!;
    const [s0, e0] = lines ? span(v, lines[0], lines[1]) : span(v, 1, Math.min(maxLine, v.lineCount));
    const at = findIn(v, fact, s0, e0);
    if (at < 0) return drop('metadata', `${m.source}: "${fact}" not in the text`);
    const g = growUnique(v, at, at + clean(fact).length, s0, e0, 160);
    const [s, e] = g ?? [at, at + clean(fact).length];
    const aAt = findIn(v, answer, s, e);
    const ans = aAt >= 0 ? v.text.slice(aAt, aAt + clean(answer).length) : answer;
    return { source: m.source, quote: cut(v, s, e), answer_contains: [ans] };
  }

  return { targetGold, respGold, deadlineGold, metaExpect };
}
