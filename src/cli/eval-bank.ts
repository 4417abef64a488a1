/**
 * npm run eval:bank [-- --half tune|report|both] [--verbose] [--file a.json ...] [--failures out.json] [--show-report]
 *
 * Items are listed (and written to --failures) from the tuning half only: the report half is
 * held back, its items seen only as figures unless --show-report asks for them.
 * Scores the question bank (test/bank/*.json, or the files given) on its tuning and report
 * halves — both by default, never the report half alone unless asked — per intent and language,
 * with abstention figures. New item ids join split.json by the hash rule.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { createEngine } from '../answer/engine.js';
import { createService } from '../answer/service.js';
import { bankFiles, extendSplit, figures, halves, loadBank, readSplit, writeSplit, type Half, type HalfFigures } from '../evaluation/bank.js';
import { scoreTable, scoreTables } from '../evaluation/report.js';
import { scoreItem, type ItemScore } from '../evaluation/score.js';
import { ensureIndex, ROOT } from '../store.js';
import type { Answer } from '../types.js';

const BANK_DIR = join(ROOT, 'test', 'bank');
const args = process.argv.slice(2);
const valuesOf = (flag: string): string[] => {
  const out: string[] = [];
  args.forEach((a, i) => {
    if (a === flag && args[i + 1] && !args[i + 1]!.startsWith('--')) out.push(args[i + 1]!);
  });
  return out;
};
const halfArg = valuesOf('--half')[0] ?? 'both';
if (!['tune', 'report', 'both'].includes(halfArg)) {
  console.error('--half must be tune, report or both');
  process.exit(2);
}
const verbose = args.includes('--verbose');
const failuresFile = valuesOf('--failures')[0];
const files = valuesOf('--file');

const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`No such question file: ${missing.join(', ')}`);
  process.exit(2);
}
const chosen = files.length ? files : bankFiles(BANK_DIR);
let bank: ReturnType<typeof loadBank>;
try {
  bank = loadBank(chosen);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}
if (!bank.items.length) {
  console.error(`No questions in ${files.length ? files.join(', ') : BANK_DIR}`);
  process.exit(2);
}
const splitFile = join(BANK_DIR, 'split.json');
const { split, added } = extendSplit(readSplit(splitFile), bank.items.map((i) => i.id));
// Only bank files join the stored split; other question files are split by the same rule in memory.
if (added && chosen.every((f) => resolve(dirname(f)) === resolve(BANK_DIR))) {
  writeSplit(splitFile, split);
  console.error(`split.json: ${added} new id(s) assigned by the hash rule`);
}
const halfOfId = halves(split);

const service = createService(createEngine(ensureIndex((m) => process.stderr.write(`${m}\n`))));
const answers = new Map<string, Answer>();
const scores = new Map<Half, ItemScore[]>([['tune', []], ['report', []]]);
const failures: { id: string; half: Half; file: string; item: unknown; answer: Answer }[] = [];
for (const item of bank.items) {
  const half = halfOfId.get(item.id) ?? 'tune';
  if (halfArg !== 'both' && half !== halfArg) continue;
  const a = service.ask(item.question, { id: item.id });
  answers.set(item.id, a);
  const s = scoreItem(item, a);
  scores.get(half)!.push(s);
  const shown = half === 'tune' || args.includes('--show-report');
  if (!s.answered && shown) failures.push({ id: item.id, half, file: bank.fileOf.get(item.id) ?? '', item, answer: a });
  if (shown && (verbose || !s.answered)) {
    if (verbose || !args.includes('--quiet')) {
      console.log(`${s.answered ? 'PASS' : 'FAIL'} ${item.id} [${half} ${item.intent}/${item.lang}] ${item.question}`);
      if (!s.answered) console.log(`     → ${a.abstained ? '(abstained) ' : ''}${a.answer.slice(0, 200).replace(/\n/g, ' | ')}\n       cites: ${a.citations.map((c) => `${c.source}:${c.lines.join('-')}`).join(', ')}`);
    }
  }
}

const abstained = new Set([...answers].filter(([, a]) => a.abstained).map(([id]) => id));
const report = (f: HalfFigures): void => {
  if (!f.n) return;
  const file = (id: string): string => basename(bank.fileOf.get(id) ?? '?', '.json');
  console.log(`\n=== ${f.half} half: ${f.n} items ===\n${scoreTables(f.scores)}\n\n${scoreTable('file (method)', f.scores, (x) => file(x.id))}`);
  console.log(`accuracy ${f.accuracy.toFixed(3)}  cited ${f.cited.toFixed(3)}`);
  console.log(`near-miss abstained ${f.nearMissAbstained.toFixed(3)} (of ${f.nearMiss}); answerable abstained ${f.answerableAbstained.toFixed(3)} (of ${f.answerable})`);
};
for (const h of ['tune', 'report'] as const) report(figures(h, scores.get(h)!, abstained));
if (halfArg === 'both') report(figures('both', [...scores.get('tune')!, ...scores.get('report')!], abstained));
if (failuresFile) {
  writeFileSync(failuresFile, `${JSON.stringify(failures, null, 1)}\n`);
  console.error(`${failures.length} failing item(s) → ${failuresFile}`);
}
