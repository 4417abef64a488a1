/**
 * Checks a hand-written question bank against the seed texts, without running the engine:
 * schema (EvalSetSchema), unique ids, every gold quote and answer string present in the
 * normalised source, quote length. Usage: npx tsx test/bank/check-hand.ts [bank.json] [seedsDir]
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { EvalSetSchema, norm } from '../../src/evaluation/score.js';

const bankPath = process.argv[2] ?? 'test/bank/handwritten-a.json';
const seedsDir = process.argv[3] ?? 'seeds';

const items = EvalSetSchema.parse(JSON.parse(readFileSync(bankPath, 'utf8')));
const texts = new Map<string, string>();
const sourceText = (name: string): string | undefined => {
  if (!texts.has(name)) {
    const p = join(seedsDir, name);
    if (!existsSync(p)) return undefined;
    texts.set(name, norm(readFileSync(p, 'utf8')));
  }
  return texts.get(name);
};

const errors: string[] = [];
const warnings: string[] = [];
const seen = new Set<string>();
for (const item of items) {
  if (seen.has(item.id)) errors.push(`${item.id}: duplicate id`);
  seen.add(item.id);
  if (!item.question.trim()) errors.push(`${item.id}: empty question`);
  const abstain = item.expect !== undefined && 'abstain' in item.expect;
  if (abstain !== (item.intent === 'out_of_scope')) errors.push(`${item.id}: abstain iff out_of_scope`);
  if (item.intent === 'compare' && !(item.expect_all && item.expect_all.length >= 2)) {
    errors.push(`${item.id}: compare needs expect_all with >= 2 entries`);
  }
  const expects = item.expect_all ?? (item.expect && 'source' in item.expect ? [item.expect] : []);
  if (!abstain && expects.length === 0) errors.push(`${item.id}: no expectation`);
  for (const e of expects) {
    const text = sourceText(e.source);
    if (text === undefined) {
      errors.push(`${item.id}: unknown source ${e.source}`);
      continue;
    }
    if (!text.includes(norm(e.quote))) errors.push(`${item.id}: quote not in ${e.source}: "${e.quote}"`);
    const words = norm(e.quote).split(' ').length;
    if (words < 5 || words > 15) warnings.push(`${item.id}: quote has ${words} words`);
    if (e.answer_contains.length === 0) errors.push(`${item.id}: empty answer_contains`);
    for (const s of e.answer_contains) {
      if (!text.includes(norm(s))) errors.push(`${item.id}: answer string not in ${e.source}: "${s}"`);
    }
  }
}

const count = (key: (i: (typeof items)[number]) => string): Record<string, number> =>
  items.reduce<Record<string, number>>((acc, i) => ({ ...acc, [key(i)]: (acc[key(i)] ?? 0) + 1 }), {});
console.log(`${items.length} items`);
console.log('intent', count((i) => i.intent));
console.log('lang', count((i) => i.lang));
for (const w of warnings) console.log(`warn  ${w}`);
for (const e of errors) console.log(`ERROR ${e}`);
process.exitCode = errors.length ? 1 : 0;
