/**
 * tsx scripts/dump-answers.ts [out.json] [--scores]: every question of test/bank/*.json, ../shared/eval/dev.json,
 * test/docs/questions.json and test/fixtures/questions.json asked on the seeds' index through the
 * service (also with a limit and with a forced locality, and the service's other text lookups),
 * written as JSON; --scores adds every candidate's score (full precision) to each. A speed change must leave this dump byte-identical: diff it before and after.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/answer/engine.js';
import { rank } from '../src/answer/rank.js';
import { createService } from '../src/answer/service.js';
import { understand } from '../src/answer/understand.js';
import { readIndex, ROOT } from '../src/store.js';

const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(ROOT, 'answers-dump.json');
const bankDir = join(ROOT, 'test', 'bank');
const files = [
  ...readdirSync(bankDir).filter((n) => n.endsWith('.json') && n !== 'split.json' && n !== 'thresholds.json').sort().map((n) => join(bankDir, n)),
  join(ROOT, '..', 'shared', 'eval', 'dev.json'),
  join(ROOT, 'test', 'docs', 'questions.json'),
  join(ROOT, 'test', 'fixtures', 'questions.json'),
].filter((f) => existsSync(f));

const questions: string[] = [];
for (const f of files) {
  for (const item of JSON.parse(readFileSync(f, 'utf8')) as Array<{ question?: unknown }>) if (typeof item.question === 'string') questions.push(item.question);
}

const engine = createEngine(readIndex(), { cacheSize: 0 });
const service = createService(engine);
/** Every candidate's score at full precision: a change that alters none of the answers may still move a score. */
function scores(q: string): unknown {
  const r = rank(engine, understand(engine, q));
  return {
    winner: r.winner,
    confidence: r.confidence,
    targets: r.targets.map((x) => [x.t.id, x.score, x.fit]),
    rows: r.rows.map((x) => [x.r.id, x.score]),
    passages: r.passages.map((x) => [x.c.id, x.cov, x.score]),
  };
}
const places = service.documents().map((d) => d.locality).filter((x): x is string => Boolean(x));
const dump = questions.map((q, i) => ({
  q,
  answer: service.ask(q),
  limited: service.ask(q, { limit: 10 }),
  local: places.length ? service.ask(q, { locality: places[i % places.length], limit: 2 }) : null,
  lang: service.language(q),
  indicators: service.indicators(q),
  localities: service.localities(q),
  ...(process.argv.includes('--scores') ? { scores: scores(q) } : {}),
}));
writeFileSync(out, `${JSON.stringify(dump, null, 1)}\n`);
console.log(`${questions.length} questions from ${files.length} files → ${out}`);
