/**
 * npm run ask -- "câu hỏi"            readable answer
 * npm run ask -- --json "câu hỏi"     the answer object
 * npm run ask -- --jsonl < qs.jsonl   one {"id","question"} per line in, one answer per line out
 * npm run ask -- --explain "câu hỏi"  also what each stage saw (understand, gather, rank) on stderr
 */
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { ask, createEngine, explain, MAX_QUESTION_CHARS, type Engine } from '../answer/engine.js';
import { ensureIndex } from '../store.js';
import type { Answer } from '../types.js';

const BatchLine = z.object({ id: z.union([z.string(), z.number()]).transform(String), question: z.string() });

export function renderText(a: Answer): string {
  const out = [a.answer];
  if (a.citations.length) {
    const en = a.lang === 'en';
    out.push('', en ? 'Citations:' : 'Trích dẫn:');
    a.citations.forEach((c, i) => {
      const lines = c.lines[0] === c.lines[1] ? `${c.lines[0]}` : `${c.lines[0]}–${c.lines[1]}`;
      out.push(`[${i + 1}] ${c.document} — ${c.locality || '?'} — ${c.section || (en ? '(preamble)' : '(mở đầu)')} — ${c.source} ${en ? 'line' : 'dòng'} ${lines}`);
      out.push(`    “${c.quote}”`);
    });
  }
  return out.join('\n');
}

async function batch(engine: Engine): Promise<void> {
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      process.stdout.write(`${JSON.stringify({ id: String(n), error: { code: 'invalid_json', message: `Dòng ${n} không phải JSON hợp lệ.` } })}\n`);
      continue;
    }
    const item = BatchLine.safeParse(parsed);
    if (!item.success) {
      process.stdout.write(`${JSON.stringify({ id: String(n), error: { code: 'invalid_item', message: `Dòng ${n} cần {"id","question"}.` } })}\n`);
      continue;
    }
    process.stdout.write(`${JSON.stringify(ask(engine, item.data.question, { id: item.data.id }))}\n`);
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const jsonl = args.includes('--jsonl');
  const question = args.filter((a) => !a.startsWith('--')).join(' ');
  const engine = createEngine(ensureIndex((m) => process.stderr.write(`${m}\n`)));
  if (jsonl) return batch(engine);
  if (!question.trim()) {
    process.stderr.write('Cách dùng: npm run ask -- "Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?"\n');
    process.exitCode = 2;
    return;
  }
  if (question.length > MAX_QUESTION_CHARS) process.stderr.write(`Câu hỏi dài quá ${MAX_QUESTION_CHARS} ký tự: chỉ phần đầu được dùng.\n`);
  const answer = ask(engine, question);
  process.stdout.write(json ? `${JSON.stringify(answer, null, 2)}\n` : `${renderText(answer)}\n`);
  // What each stage saw: understand, gather, rank (to stderr, so --json output stays clean).
  if (args.includes('--explain')) process.stderr.write(`${JSON.stringify(explain(engine, question), null, 2)}\n`);
}

await main();
