/**
 * The question bank (test/bank/*.json): valid, honest gold, and scored on both halves against
 * the floors in test/bank/thresholds.json (the lead raises them as the engine improves).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createService } from '../src/answer/service.js';
import { bankFiles, extendSplit, figures, halfOf, halves, loadBank, readSplit, goldProblems, type HalfFigures } from '../src/evaluation/bank.js';
import { scoreTables } from '../src/evaluation/report.js';
import { norm, scoreItem, type ItemScore } from '../src/evaluation/score.js';
import { readIndex, ROOT, SEEDS_DIR } from '../src/store.js';
import { getEngine } from './helpers.js';

const DIR = join(ROOT, 'test', 'bank');
const bank = loadBank(bankFiles(DIR));
const Floors = z.object({ accuracy: z.number(), nearMissAbstained: z.number(), answerableAbstainedMax: z.number() }).strict();
const thresholds = z.object({ tune: Floors, report: Floors }).parse(JSON.parse(readFileSync(join(DIR, 'thresholds.json'), 'utf8')));

describe('question bank', () => {
  it('has the generated half and loads every bank file with the dev-set schema', () => {
    expect(bankFiles(DIR).some((f) => f.endsWith('generated.json'))).toBe(true);
    expect(bank.items.length).toBeGreaterThanOrEqual(350);
  });

  it('has no duplicate ids or questions', () => {
    const ids = bank.items.map((i) => i.id);
    expect(ids.filter((id, k) => ids.indexOf(id) !== k)).toEqual([]);
    const qs = bank.items.map((i) => norm(i.question));
    expect(bank.items.filter((_, k) => qs.indexOf(qs[k]!) !== k).map((i) => `${i.id}: ${i.question}`)).toEqual([]);
  });

  it('every gold quote and answer string is in the text of the source it names', () => {
    const sources = new Map(readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).map((f) => [f, readFileSync(join(SEEDS_DIR, f), 'utf8')]));
    // Facts the corpus records about a document (from its text or the catalog) may be answers too.
    const facts = new Map(readIndex().corpus.documents.map((d) => [d.meta.source, [d.meta.title, d.meta.locality, d.meta.province, d.meta.number, d.meta.date, d.meta.issuingBody, d.meta.signer].filter((x): x is string => !!x)]));
    expect(goldProblems(bank.items, sources, facts)).toEqual([]);
    // …and the check does catch a gold that is not in the source, or a source that does not exist.
    const [first] = bank.items.filter((i) => i.expect && 'source' in i.expect);
    if (first?.expect && 'source' in first.expect) {
      const bad = { ...first, expect: { ...first.expect, answer_contains: ['Sở Giao thông vận tải'] } };
      expect(goldProblems([bad], sources)).toHaveLength(1);
      expect(goldProblems([{ ...first, expect: { ...first.expect, source: 'nope.txt' } }], sources)).toHaveLength(1);
    }
  });

  it('names its items the right way: expectations match the intent', () => {
    for (const it of bank.items) {
      if (it.intent === 'out_of_scope') expect(it.expect, it.id).toEqual({ abstain: true });
      else if (it.intent === 'compare') expect((it.expect_all ?? []).length, it.id).toBeGreaterThanOrEqual(2);
      else expect(!!((it.expect && 'source' in it.expect) || it.expect_all?.length), it.id).toBe(true);
    }
  });

  it('the stored split follows the hash rule and is re-used', () => {
    const stored = readSplit(join(DIR, 'split.json'));
    for (const id of stored.tune) expect(halfOf(id), id).toBe('tune');
    for (const id of stored.report) expect(halfOf(id), id).toBe('report');
    const { split } = extendSplit(stored, bank.items.map((i) => i.id));
    const h = halves(split);
    const tune = bank.items.filter((i) => h.get(i.id) === 'tune').length;
    // Both halves are sizeable (the hash rule splits roughly in two).
    expect(tune / bank.items.length).toBeGreaterThan(0.35);
    expect(tune / bank.items.length).toBeLessThan(0.65);
  });

  it('scores both halves at or above the floors', () => {
    const service = createService(getEngine());
    const h = halves(extendSplit(readSplit(join(DIR, 'split.json')), bank.items.map((i) => i.id)).split);
    const scores: Record<'tune' | 'report', ItemScore[]> = { tune: [], report: [] };
    const abstained = new Set<string>();
    for (const item of bank.items) {
      const a = service.ask(item.question, { id: item.id });
      if (a.abstained) abstained.add(item.id);
      scores[h.get(item.id) ?? 'tune'].push(scoreItem(item, a));
    }
    const out: HalfFigures[] = (['tune', 'report'] as const).map((half) => figures(half, scores[half], abstained));
    for (const f of out) {
      console.log(`\n=== bank ${f.half} half (${f.n}) ===\n${scoreTables(f.scores)}\naccuracy ${f.accuracy.toFixed(3)} cited ${f.cited.toFixed(3)} near-miss abstained ${f.nearMissAbstained.toFixed(3)} answerable abstained ${f.answerableAbstained.toFixed(3)}`);
    }
    for (const f of out) {
      const floor = thresholds[f.half as 'tune' | 'report'];
      expect(f.accuracy, `${f.half} accuracy`).toBeGreaterThanOrEqual(floor.accuracy);
      expect(f.nearMissAbstained, `${f.half} near-miss abstention`).toBeGreaterThanOrEqual(floor.nearMissAbstained);
      expect(f.answerableAbstained, `${f.half} answerable abstention`).toBeLessThanOrEqual(floor.answerableAbstainedMax);
    }
  });
});
