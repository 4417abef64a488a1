/**
 * Adding documents (Node edge): extract text, name the seed by a hash of its content (the
 * same file twice is one document), record the original name and the user's choices in
 * the catalog, rebuild the index once. Nothing is half-written: a file that fails is not
 * written, and if the rebuild fails every file of the batch is taken back out.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildIndex, readCatalog, writeIndex, type Manifest } from '../store.js';
import { withSeedsLock } from './lock.js';
import { CatalogSchema, type Catalog, type CatalogEntry } from '../types.js';
import { AddError, extractText, MAX_FILE_BYTES, type AddErrorCode } from './extract.js';

export interface NewFile {
  name: string;
  bytes: Uint8Array;
}

export interface AddOptions {
  seedsDir: string;
  indexDir: string;
  locality?: string;
  kind?: CatalogEntry['kind'];
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called once extraction is over, when the rebuild starts. */
  onIndexing?: () => void;
  /** File → text; the server runs it in a worker thread with a budget. */
  extract?: (name: string, bytes: Uint8Array) => Promise<string>;
  /** Rebuild index/ from seeds/; the server runs it in a worker thread with a budget. */
  build?: (seedsDir: string, indexDir: string) => Promise<Manifest>;
}

export interface AddResult {
  added: Array<{ file: string; seed: string }>;
  duplicates: Array<{ file: string; seed: string }>;
  errors: Array<{ file: string; code: AddErrorCode; message: string }>;
  /** The new index's manifest, when one was built. */
  manifest: Manifest | null;
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

async function buildHere(seedsDir: string, indexDir: string): Promise<Manifest> {
  const data = buildIndex(seedsDir);
  writeIndex(data, indexDir);
  return data.manifest;
}

/** Read files from disk, refusing oversize ones before reading them. */
export function readFiles(paths: string[]): Array<NewFile | AddError> {
  return paths.map((p) => {
    const name = basename(p);
    try {
      if (statSync(p).size > MAX_FILE_BYTES) return new AddError('too_large', name);
      return { name, bytes: new Uint8Array(readFileSync(p)) };
    } catch {
      return new AddError('unreadable', name);
    }
  });
}

/** A file read to text, waiting to be committed; `tag` says whose it is (an upload job). */
export interface Extracted {
  seed: string;
  text: string;
  file: string;
  locality?: string;
  kind?: CatalogEntry['kind'];
  tag?: string;
}

/** Read files to text (refusals as errors), naming each by a hash of its text. */
export async function extractFiles(inputs: Array<NewFile | AddError>, opts: Pick<AddOptions, 'extract' | 'onProgress'>): Promise<{ texts: Extracted[]; errors: AddResult['errors'] }> {
  const extract = opts.extract ?? extractText;
  const texts: Extracted[] = [];
  const errors: AddResult['errors'] = [];
  let done = 0;
  for (const input of inputs) {
    const file = input instanceof AddError ? input.file : input.name;
    try {
      if (input instanceof AddError) throw input;
      const text = await extract(input.name, input.bytes);
      texts.push({ seed: `${createHash('sha256').update(text).digest('hex').slice(0, 16)}.txt`, text, file });
    } catch (e) {
      const err = e instanceof AddError ? e : new AddError('unreadable', file);
      errors.push({ file, code: err.code, message: err.message });
    }
    opts.onProgress?.(++done, inputs.length, file);
  }
  return { texts, errors };
}

type Committed = Pick<Extracted, 'file' | 'seed' | 'tag'>;

/**
 * Write new texts as seeds with their catalog entries and rebuild the index once. Seeds,
 * catalog and index change under one lock, and the catalog is read only then: reading it
 * before extraction's awaits let concurrent adds write back a stale copy. If the rebuild
 * fails, every seed written here is taken back out and the catalog restored.
 */
export async function commitTexts(texts: Extracted[], opts: Pick<AddOptions, 'seedsDir' | 'indexDir' | 'onIndexing' | 'build'>): Promise<{ added: Committed[]; duplicates: Committed[]; manifest: Manifest | null }> {
  return withSeedsLock(opts.seedsDir, async () => {
    const out = { added: [] as Committed[], duplicates: [] as Committed[], manifest: null as Manifest | null };
    const catalogPath = join(opts.seedsDir, 'catalog.json');
    const before = existsSync(catalogPath) ? readFileSync(catalogPath, 'utf8') : null;
    const catalog: Catalog = readCatalog(opts.seedsDir);
    const pending = new Map<string, Extracted>();
    for (const t of texts) {
      if (existsSync(join(opts.seedsDir, t.seed)) || pending.has(t.seed)) out.duplicates.push({ file: t.file, seed: t.seed, ...(t.tag ? { tag: t.tag } : {}) });
      else pending.set(t.seed, t);
    }
    if (!pending.size) return out;
    const written: string[] = [];
    try {
      for (const [seed, t] of pending) {
        writeAtomic(join(opts.seedsDir, seed), t.text);
        written.push(seed);
        const pinned = [...(t.locality ? (['locality'] as const) : []), ...(t.kind ? (['kind'] as const) : [])];
        catalog[seed] = {
          originalName: t.file.slice(0, 300),
          ...(t.locality ? { locality: t.locality } : {}),
          ...(t.kind ? { kind: t.kind } : {}),
          ...(pinned.length ? { pinned: [...pinned] } : {}),
        };
      }
      writeAtomic(catalogPath, `${JSON.stringify(CatalogSchema.parse(catalog), null, 2)}\n`);
      opts.onIndexing?.();
      out.manifest = await (opts.build ?? buildHere)(opts.seedsDir, opts.indexDir);
      for (const [seed, t] of pending) out.added.push({ file: t.file, seed, ...(t.tag ? { tag: t.tag } : {}) });
    } catch (e) {
      for (const seed of written) rmSync(join(opts.seedsDir, seed), { force: true });
      if (before === null) rmSync(catalogPath, { force: true });
      else writeAtomic(catalogPath, before);
      throw e;
    }
    return out;
  });
}

export async function addDocuments(inputs: Array<NewFile | AddError>, opts: AddOptions): Promise<AddResult> {
  const { texts, errors } = await extractFiles(inputs, opts);
  if (!texts.length) return { added: [], duplicates: [], errors, manifest: null };
  const choices = { ...(opts.locality ? { locality: opts.locality } : {}), ...(opts.kind ? { kind: opts.kind } : {}) };
  const c = await commitTexts(
    texts.map((t) => ({ ...t, ...choices })),
    opts,
  );
  const plain = (x: Committed) => ({ file: x.file, seed: x.seed });
  return { added: c.added.map(plain), duplicates: c.duplicates.map(plain), errors, manifest: c.manifest };
}
