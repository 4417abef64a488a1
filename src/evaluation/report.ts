/** Plain-text tables of scores per intent, language and overall (npm run eval, npm run eval:bank). */
import { summarize, type ItemScore, type Summary } from './score.js';

function pct(x: number, n: number): string {
  return n ? (x / n).toFixed(2) : '-';
}

/** One table: rows by `key`, our answered/cited rates and, when given, a baseline's. */
export function scoreTable(title: string, ours: ItemScore[], key: (s: ItemScore) => string, base?: ItemScore[]): string {
  const o = summarize(ours, key);
  const b = base ? summarize(base, key) : undefined;
  const head = `${title.padEnd(16)} ${'n'.padStart(3)}  ${'answered'.padStart(8)} ${'cited'.padStart(6)}`;
  const lines = [b ? `${head} | ${'baseline ans'.padStart(12)} ${'cited'.padStart(6)}` : head];
  for (const [k, v] of [...o.entries()].sort()) {
    const row = `${k.padEnd(16)} ${String(v.n).padStart(3)}  ${pct(v.answered, v.n).padStart(8)} ${pct(v.cited, v.n).padStart(6)}`;
    const bv: Summary = b?.get(k) ?? { n: 0, answered: 0, cited: 0 };
    lines.push(b ? `${row} | ${pct(bv.answered, bv.n).padStart(12)} ${pct(bv.cited, bv.n).padStart(6)}` : row);
  }
  return lines.join('\n');
}

/** The three tables the eval commands print: per intent, per language, all. */
export function scoreTables(ours: ItemScore[], base?: ItemScore[]): string {
  return [
    scoreTable('intent', ours, (s) => s.intent, base),
    scoreTable('language', ours, (s) => s.lang, base),
    scoreTable('all', ours, () => 'all', base),
  ].join('\n\n');
}
