/**
 * The question bank in test/bank/*.json: loading, the fixed tuning/report split, and the
 * check that every gold quote and answer string really is in the cited source text.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { EvalSetSchema, norm, type EvalItem, type ItemScore } from './score.js';

/** Files in the bank folder that are not question sets. */
const NOT_QUESTIONS = new Set(['split.json', 'thresholds.json']);

export interface Bank {
  items: EvalItem[];
  /** Which file each item came from. */
  fileOf: Map<string, string>;
}

export function bankFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && !NOT_QUESTIONS.has(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Every question set in `dir` (or the files given), validated with the dev-set schema. */
export function loadBank(files: string[]): Bank {
  const items: EvalItem[] = [];
  const fileOf = new Map<string, string>();
  for (const f of files) {
    const parsed = EvalSetSchema.safeParse(JSON.parse(readFileSync(f, 'utf8')));
    if (!parsed.success) throw new Error(`${f}: not a question set: ${parsed.error.message.slice(0, 500)}`);
    for (const it of parsed.data) {
      items.push(it);
      fileOf.set(it.id, f);
    }
  }
  return { items, fileOf };
}

export type Half = 'tune' | 'report';

/** The split rule: the first byte of sha1(id) even → tuning half. Stable across runs and machines. */
export function halfOf(id: string): Half {
  const b = createHash('sha1').update(id, 'utf8').digest()[0] ?? 0;
  return b % 2 === 0 ? 'tune' : 'report';
}

export const SplitSchema = z.object({ tune: z.array(z.string()), report: z.array(z.string()) }).strict();
export type Split = z.infer<typeof SplitSchema>;

/**
 * The stored split, with ids it does not know yet assigned by the hash rule. An id keeps the
 * half it was first given; ids no longer in the bank stay listed (harmless, and re-used if the
 * item comes back). Returns whether anything was added.
 */
export function extendSplit(split: Split, ids: string[]): { split: Split; added: number } {
  const known = new Set([...split.tune, ...split.report]);
  const out: Split = { tune: [...split.tune], report: [...split.report] };
  let added = 0;
  for (const id of ids) {
    if (known.has(id)) continue;
    out[halfOf(id)].push(id);
    known.add(id);
    added++;
  }
  return { split: out, added };
}

export function readSplit(file: string): Split {
  return existsSync(file) ? SplitSchema.parse(JSON.parse(readFileSync(file, 'utf8'))) : { tune: [], report: [] };
}

export function writeSplit(file: string, split: Split): void {
  writeFileSync(file, `${JSON.stringify({ tune: [...split.tune].sort(), report: [...split.report].sort() }, null, 1)}\n`);
}

export function halves(split: Split): Map<string, Half> {
  const m = new Map<string, Half>();
  for (const id of split.tune) m.set(id, 'tune');
  for (const id of split.report) m.set(id, 'report');
  return m;
}

/** Source text as the scorer compares it: markers removed, hard-wrapped lines joined by one space. */
export function scoringText(lines: string[]): string {
  return norm(lines.join('\n'));
}

/** Remove diacritics the way people type without them: marks dropped, đ → d. */
export function foldVi(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

/**
 * Problems with the gold of each item: a quote or answer string that is not in the text of the
 * source it names. `sources` maps a source name to its full text (missing → the item's source
 * is unknown, which is a problem too).
 */
export function goldProblems(items: EvalItem[], sources: Map<string, string>, facts: Map<string, string[]> = new Map()): string[] {
  const texts = new Map<string, string>();
  const textOf = (s: string): string | undefined => {
    if (!texts.has(s)) {
      const raw = sources.get(s);
      if (raw === undefined) return undefined;
      texts.set(s, scoringText(raw.replace(/\r\n?/g, '\n').split('\n')));
    }
    return texts.get(s);
  };
  const out: string[] = [];
  for (const it of items) {
    const expects = it.expect_all ?? (it.expect && 'source' in it.expect ? [it.expect] : []);
    if (!expects.length && !(it.expect && 'abstain' in it.expect)) out.push(`${it.id}: no expectation`);
    for (const e of expects) {
      const t = textOf(e.source);
      if (t === undefined) {
        out.push(`${it.id}: unknown source ${e.source}`);
        continue;
      }
      if (!norm(e.quote)) out.push(`${it.id}: empty quote`);
      else if (!t.includes(norm(e.quote))) out.push(`${it.id}: quote not in ${e.source}: "${e.quote}"`);
      const known = (facts.get(e.source) ?? []).map(norm);
      for (const a of e.answer_contains) {
        if (!t.includes(norm(a)) && !known.some((f) => f.includes(norm(a)))) out.push(`${it.id}: answer string not in ${e.source}: "${a}"`);
      }
    }
  }
  return out;
}

export interface HalfFigures {
  half: Half | 'both';
  n: number;
  accuracy: number;
  cited: number;
  /** Share of near-miss (out_of_scope) items that abstained. */
  nearMissAbstained: number;
  nearMiss: number;
  /** Share of answerable items that abstained (should be near 0). */
  answerableAbstained: number;
  answerable: number;
  scores: ItemScore[];
}

/** Figures for one set of scored items; `abstained` tells which answers abstained, by item id. */
export function figures(half: HalfFigures['half'], scores: ItemScore[], abstained: Set<string>): HalfFigures {
  const share = (xs: ItemScore[], f: (s: ItemScore) => boolean): number => (xs.length ? xs.filter(f).length / xs.length : 0);
  const near = scores.filter((s) => s.intent === 'out_of_scope');
  const answerable = scores.filter((s) => s.intent !== 'out_of_scope');
  return {
    half,
    n: scores.length,
    accuracy: share(scores, (s) => s.answered),
    cited: share(scores, (s) => s.cited),
    nearMissAbstained: share(near, (s) => abstained.has(s.id)),
    nearMiss: near.length,
    answerableAbstained: share(answerable, (s) => abstained.has(s.id)),
    answerable: answerable.length,
    scores,
  };
}
