/** Scoring rules of ../shared/eval/README.md, and the dev-set schema. */
import { z } from 'zod';
import type { Answer } from '../types.js';

const Expect = z.object({
  source: z.string(),
  quote: z.string(),
  answer_contains: z.array(z.string()).default([]),
});

export const EvalItemSchema = z.object({
  id: z.string(),
  question: z.string(),
  lang: z.enum(['vi', 'vi-noaccent', 'en']),
  intent: z.string(),
  expect: z.union([Expect, z.object({ abstain: z.literal(true) })]).optional(),
  expect_all: z.array(Expect).optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;
export const EvalSetSchema = z.array(EvalItemSchema);

export function norm(s: string): string {
  return s.normalize('NFC').toLowerCase().replace(/[*#_\\]/g, '').replace(/\s+/g, ' ').trim();
}

export interface ItemScore {
  id: string;
  lang: string;
  intent: string;
  cited: boolean;
  answered: boolean;
}

export function scoreItem(item: EvalItem, a: Answer): ItemScore {
  const base = { id: item.id, lang: item.lang, intent: item.intent };
  if (item.expect && 'abstain' in item.expect) {
    return { ...base, cited: a.abstained, answered: a.abstained };
  }
  const expects = item.expect_all ?? (item.expect && 'source' in item.expect ? [item.expect] : []);
  const text = norm(a.answer);
  let cited = true;
  let answered = !a.abstained;
  for (const e of expects) {
    const c = a.citations.some((x) => x.source === e.source && norm(x.quote).includes(norm(e.quote)));
    cited &&= c;
    answered &&= c && e.answer_contains.every((s) => text.includes(norm(s)));
  }
  return { ...base, cited: cited && !a.abstained, answered };
}

export interface Summary {
  n: number;
  answered: number;
  cited: number;
}

export function summarize(scores: ItemScore[], key: (s: ItemScore) => string): Map<string, Summary> {
  const out = new Map<string, Summary>();
  for (const s of scores) {
    const k = key(s);
    const cur = out.get(k) ?? { n: 0, answered: 0, cited: 0 };
    cur.n++;
    if (s.answered) cur.answered++;
    if (s.cited) cur.cited++;
    out.set(k, cur);
  }
  return out;
}
