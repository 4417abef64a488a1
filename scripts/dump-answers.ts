/**
 * tsx scripts/dump-answers.ts [out.json]: every question of test/bank/*.json, ../shared/eval/dev.json,
 * test/docs/questions.json and test/fixtures/questions.json asked on the seeds' index through the
 * service (also with a limit and with a forced locality, and the service's other text lookups),
 * written as JSON. A speed change must leave this dump byte-identical: diff it before and after.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine } from '../src/answer/engine.js';
import { createService } from '../src/answer/service.js';
import { readIndex, ROOT } from '../src/store.js';

const out = process.argv[2] ?? join(ROOT, 'answers-dump.json');
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

const service = createService(createEngine(readIndex(), { cacheSize: 0 }));
const places = service.documents().map((d) => d.locality).filter((x): x is string => Boolean(x));
const dump = questions.map((q, i) => ({
  q,
  answer: service.ask(q),
  limited: service.ask(q, { limit: 10 }),
  local: places.length ? service.ask(q, { locality: places[i % places.length], limit: 2 }) : null,
  lang: service.language(q),
  indicators: service.indicators(q),
  localities: service.localities(q),
}));
writeFileSync(out, `${JSON.stringify(dump, null, 1)}\n`);
console.log(`${questions.length} questions from ${files.length} files → ${out}`);
