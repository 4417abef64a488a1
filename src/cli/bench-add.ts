/**
 * npm run bench:add [-- --n 200]: add N generated plans at once (as .txt and .docx) to a
 * copy of seeds/ and index/, with the progress display; prints seconds and peak memory.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { generateCorpus } from '../../bench/generate.js';
import { ROOT } from '../store.js';
import { runAdd } from './add.js';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--n') + 1]) || 200;
const base = mkdtempSync(join(tmpdir(), 'bench-add-'));
const dirs = { seedsDir: join(base, 'seeds'), indexDir: join(base, 'index') };
cpSync(join(ROOT, 'seeds'), dirs.seedsDir, { recursive: true });
cpSync(join(ROOT, 'index'), dirs.indexDir, { recursive: true });
const inbox = join(base, 'inbox');
mkdirSync(inbox);
const { docs } = generateCorpus(n, 7);
const files: string[] = [];
for (const [i, d] of docs.entries()) {
  if (i % 2) {
    const path = join(inbox, d.name.replace(/\.txt$/, '.docx'));
    const doc = new Document({ sections: [{ children: d.text.split('\n').map((l) => new Paragraph({ children: [new TextRun(l)] })) }] });
    writeFileSync(path, await Packer.toBuffer(doc));
    files.push(path);
  } else {
    const path = join(inbox, d.name);
    writeFileSync(path, d.text);
    files.push(path);
  }
}
const t0 = performance.now();
const code = await runAdd(files, dirs);
const seconds = (performance.now() - t0) / 1000;
const peakMb = process.resourceUsage().maxRSS / 1024;
rmSync(base, { recursive: true, force: true });
console.log(`added ${n} generated documents (${Math.ceil(n / 2)} .txt, ${Math.floor(n / 2)} .docx) in ${seconds.toFixed(1)} s; peak RSS ${peakMb.toFixed(0)} MB; exit ${code}`);
