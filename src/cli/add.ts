/**
 * npm run add -- FILE... [--locality "Tên địa phương"] [--kind "Kế hoạch"]
 * Adds .txt, .md, .docx and .pdf (with a text layer) to seeds/ and rebuilds index/.
 */
import { pathToFileURL } from 'node:url';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { addDocuments, readFiles } from '../ingest/add.js';
import { INDEX_DIR, SEEDS_DIR } from '../store.js';
import { DOC_KINDS } from '../types.js';

const Args = z.object({
  files: z.array(z.string().min(1)).min(1, 'Cần ít nhất một tệp: npm run add -- tep.docx'),
  locality: z.string().min(1).max(80).optional(),
  kind: z.enum(DOC_KINDS, { error: `--kind phải là một trong: ${DOC_KINDS.join(', ')}` }).optional(),
});

function parseArgs(argv: string[]): z.infer<typeof Args> {
  const files: string[] = [];
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--locality' || a === '--kind') out[a.slice(2)] = argv[++i] ?? '';
    else files.push(a);
  }
  const parsed = Args.safeParse({ files, ...out });
  if (!parsed.success) {
    console.error(parsed.error.issues.map((i) => i.message).join('\n'));
    process.exit(2);
  }
  return parsed.data;
}

/** Add files with a progress bar when there are many; prints what happened; returns an exit code. */
export async function runAdd(argv: string[], dirs = { seedsDir: SEEDS_DIR, indexDir: INDEX_DIR }): Promise<number> {
  const args = parseArgs(argv);
  const bar = args.files.length >= 5 ? new cliProgress.SingleBar({ format: 'Đang đọc {bar} {value}/{total} tệp · {file}', stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 }, cliProgress.Presets.shades_classic) : null;
  bar?.start(args.files.length, 0, { file: '' });
  const t0 = performance.now();
  const result = await addDocuments(readFiles(args.files), {
    ...dirs,
    ...(args.locality ? { locality: args.locality } : {}),
    ...(args.kind ? { kind: args.kind } : {}),
    onProgress: (done, _total, file) => bar?.update(done, { file }),
  });
  bar?.stop();
  const quiet = result.added.length > 20;
  if (quiet) console.log(`Đã thêm ${result.added.length} tệp.`);
  else for (const a of result.added) console.log(`Đã thêm: ${a.file} → seeds/${a.seed}`);
  for (const d of result.duplicates) console.log(`Đã có sẵn (bỏ qua): ${d.file} = seeds/${d.seed}`);
  for (const e of result.errors) console.error(`Lỗi: ${e.message}`);
  if (result.manifest) console.log(`Chỉ mục đã cập nhật: ${result.manifest.documents} văn bản, ${result.manifest.chunks} đoạn (${((performance.now() - t0) / 1000).toFixed(1)} s).`);
  return result.errors.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await runAdd(process.argv.slice(2));
