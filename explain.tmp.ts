import { createEngine, explain } from './src/answer/engine.js';
import { readIndex } from './src/store.js';
const e = createEngine(readIndex());
for (const q of process.argv.slice(2)) { const x = explain(e, q); console.log(JSON.stringify({u: {intent: x.understand.intent, lang: x.understand.lang, loc: x.understand.localities, topic: x.understand.topic}, rank: x.rank, rows: x.gather.rows.slice(0,2), t: x.gather.targets.slice(0,3)})); }
