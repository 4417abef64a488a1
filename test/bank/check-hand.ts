/**
 * npx tsx test/bank/check-hand.ts [bank.json ...]
 * Checks a hand-written question bank against the seed texts: schema (EvalSetSchema), unique ids,
 * every gold quote and every answer_contains string present in its source after the scorer's
 * normalisation (an answer string may also be the source's locality/province from seeds/catalog.json,
 * since some plans never name their own province), quote length, abstention items without gold.
 * Exits 1 on any error; prints warnings and counts per intent and language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { EvalSetSchema, norm } from '../../src/evaluation/score.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const Catalog = z.record(z.string(), z.object({ province: z.string().optional(), locality: z.string().optional() }).passthrough());

export interface BankReport {
  items: number;
  errors: string[];
  warnings: string[];
  counts: Map<string, number>;
}

/** Validates bank files against the seeds in `seedsDir`. Pure apart from reading files. */
export function checkBank(files: string[], seedsDir = join(ROOT, 'seeds')): BankReport {
  const catalogPath = join(seedsDir, 'catalog.json');
  const catalog = existsSync(catalogPath) ? Catalog.parse(JSON.parse(readFileSync(catalogPath, 'utf8'))) : {};
  const sources = new Map<string, string | null>();
  const sourceText = (name: string): string | null => {
    if (!sources.has(name)) {
      const p = join(seedsDir, name);
      sources.set(name, /^[\w.-]+$/.test(name) && existsSync(p) ? norm(readFileSync(p, 'utf8')) : null);
    }
    return sources.get(name) ?? null;
  };

  const errors: string[] = [];
  const warnings: string[] = [];
  const ids = new Set<string>();
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);

  for (const file of files) {
    const parsed = EvalSetSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      errors.push(`${file}: schema: ${parsed.error.message}`);
      continue;
    }
    for (const item of parsed.data) {
      const at = item.id;
      if (ids.has(at)) errors.push(`${at}: duplicate id`);
      ids.add(at);
      bump(`intent:${item.intent}`);
      bump(`lang:${item.lang}`);
      if (item.question.trim() === '') errors.push(`${at}: empty question`);
      const abstain = item.expect !== undefined && 'abstain' in item.expect;
      if (abstain !== (item.intent === 'out_of_scope')) errors.push(`${at}: abstain gold must go with intent out_of_scope`);
      if (abstain) {
        if (item.expect_all) errors.push(`${at}: abstention item with expect_all`);
        continue;
      }
      const expects = item.expect_all ?? (item.expect && 'source' in item.expect ? [item.expect] : []);
      if (expects.length === 0) errors.push(`${at}: no gold`);
      for (const e of expects) {
        const text = sourceText(e.source);
        if (text === null) {
          errors.push(`${at}: unknown source ${e.source}`);
          continue;
        }
        const q = norm(e.quote);
        if (!text.includes(q)) errors.push(`${at}: quote not in ${e.source}: "${e.quote}"`);
        const words = q.split(' ').length;
        if (words > 15) warnings.push(`${at}: quote has ${words} words (> 15)`);
        if (words < 5) warnings.push(`${at}: quote has ${words} words (< 5)`);
        const meta = catalog[e.source];
        const names = [meta?.province, meta?.locality].filter((x): x is string => !!x).map(norm);
        for (const s of e.answer_contains) {
          const n = norm(s);
          if (n === '') errors.push(`${at}: empty answer string`);
          else if (!text.includes(n) && !names.includes(n)) errors.push(`${at}: answer string not in ${e.source}: "${s}"`);
        }
      }
    }
  }
  return { items: ids.size, errors, warnings, counts };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const files = process.argv.slice(2);
  if (files.length === 0) files.push(join(ROOT, 'test', 'bank', 'handwritten-b.json'));
  const r = checkBank(files);
  for (const w of r.warnings) console.warn(`warn  ${w}`);
  for (const e of r.errors) console.error(`ERROR ${e}`);
  console.log([...r.counts].sort().map(([k, v]) => `${k}=${v}`).join('  '));
  console.log(`${r.items} items, ${r.errors.length} errors, ${r.warnings.length} warnings`);
  process.exit(r.errors.length > 0 ? 1 : 0);
}
