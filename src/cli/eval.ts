/**
 * npm run eval [-- --file path.json] [--verbose] [--calibrate]
 * Scores the engine and the plain-Orama baseline on the dev questions, per intent and language.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask, createEngine, explain } from '../answer/engine.js';
import { createOramaBaseline } from '../evaluation/baseline.js';
import { EvalSetSchema, scoreItem, type ItemScore } from '../evaluation/score.js';
import { scoreTables } from '../evaluation/report.js';
import { ensureIndex, ROOT } from '../store.js';

const args = process.argv.slice(2);
const fileArg = args.indexOf('--file');
const file = fileArg >= 0 ? (args[fileArg + 1] ?? '') : join(ROOT, '..', 'shared', 'eval', 'dev.json');
const verbose = args.includes('--verbose');

if (!existsSync(file)) {
  console.error(`No question set at ${file}: the dev set lives in ../shared/eval/dev.json beside this clone (or pass --file).`);
  process.exit(2);
}
const items = EvalSetSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const data = ensureIndex((m) => process.stderr.write(`${m}\n`));
const engine = createEngine(data);
const baseline = createOramaBaseline(data.corpus);

const ours: ItemScore[] = [];
const base: ItemScore[] = [];
for (const item of items) {
  const a = ask(engine, item.question, { id: item.id });
  const s = scoreItem(item, a);
  ours.push(s);
  base.push(scoreItem(item, baseline.ask(item.question, item.id)));
  if (args.includes('--calibrate')) {
    const x = explain(engine, item.question);
    console.log(`${x.rank.confidence.toFixed(3)}  resp=${(x.gather.rows[0]?.score ?? 0).toFixed(3)}  ${item.intent.padEnd(14)} ${a.abstained ? 'ABSTAIN' : 'answer '} ${s.answered ? 'ok  ' : 'FAIL'} ${item.id} ${item.question}`);
  } else if (verbose || (!s.answered && !args.includes('--quiet'))) {
    console.log(`${s.answered ? 'PASS' : 'FAIL'} ${item.id} [${item.intent}/${item.lang}] ${item.question}`);
    if (!s.answered) console.log(`     → ${a.abstained ? '(abstained) ' : ''}${a.answer.slice(0, 200).replace(/\n/g, ' | ')}\n       cites: ${a.citations.map((c) => `${c.source}:${c.lines.join('-')}`).join(', ')}`);
  }
}

console.log(`\n${scoreTables(ours, base)}`);
const oos = ours.filter((s) => s.intent === 'out_of_scope');
console.log(`\nout-of-scope abstained: ${oos.filter((s) => s.answered).length}/${oos.length}`);
const acc = ours.filter((s) => s.answered).length / ours.length;
console.log(`answer accuracy: ${acc.toFixed(3)} (${ours.filter((s) => s.answered).length}/${ours.length}); baseline ${(base.filter((s) => s.answered).length / base.length).toFixed(3)}`);
