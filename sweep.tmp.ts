import { join } from 'node:path';
import { createEngine } from './src/answer/engine.js';
import { createService } from './src/answer/service.js';
import { THRESHOLDS } from './src/answer/config.js';
import { bankFiles, halves, loadBank, readSplit } from './src/evaluation/bank.js';
import { scoreItem } from './src/evaluation/score.js';
import { readIndex, ROOT } from './src/store.js';
const dir = join(ROOT, 'test', 'bank');
const bank = loadBank(bankFiles(dir));
const half = halves(readSplit(join(dir, 'split.json')));
const data = readIndex();
const key = process.argv[2] as keyof typeof THRESHOLDS;
for (const v of process.argv.slice(3).map(Number)) {
  (THRESHOLDS as Record<string, number>)[key] = v;
  const service = createService(createEngine(data, { cacheSize: 0 }));
  const r: Record<string, { n: number; ok: number; nm: number; nmAb: number; ans: number; ansAb: number }> = {};
  for (const item of bank.items) {
    const h = half.get(item.id) ?? 'tune';
    const a = service.ask(item.question);
    const s = scoreItem(item, a);
    const x = (r[h] ??= { n: 0, ok: 0, nm: 0, nmAb: 0, ans: 0, ansAb: 0 });
    x.n++; if (s.answered) x.ok++;
    if (item.intent === 'out_of_scope') { x.nm++; if (a.abstained) x.nmAb++; } else { x.ans++; if (a.abstained) x.ansAb++; }
  }
  console.log(key, v, Object.entries(r).map(([h, x]) => `${h}: acc ${(x.ok / x.n).toFixed(3)} nm ${(x.nmAb / x.nm).toFixed(3)} ansAb ${(x.ansAb / x.ans).toFixed(3)}`).join(' | '));
}
