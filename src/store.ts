/**
 * Node edge: read seeds/ and the catalog, build and write index/, load it back, and tell
 * whether index/ is stale against seeds/ and the indexer's own code.
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawData } from '@orama/orama';
import { buildCorpus, FORMAT_VERSION, type Corpus, type SourceFile } from './ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from './search/orama.js';
import { readPostings, type Postings } from './search/postings.js';
import { decodePostings, encodePostings, POSTINGS_VERSION, PostingsFileError, readPostingsHeader } from './search/postings-file.js';
import { CatalogSchema, type Catalog } from './types.js';
import { ManifestSchema, type Manifest } from './store-schema.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const INDEX_DIR = join(ROOT, 'index');
const SOURCE_EXT = /\.(?:txt|md)$/i;
/** Code whose change alters the built index. */
const INDEXER_CODE = ['src/ingest', 'src/search/tokenizer.ts', 'src/search/orama.ts', 'src/search/postings-file.ts', 'src/domain', 'src/text.ts', 'src/types.ts'];

export { ManifestSchema, type Manifest } from './store-schema.js';

export interface IndexData {
  corpus: Corpus;
  /** What the engine scores with, stored in postings.bin (read from Orama's index at build). */
  postings: Postings;
  manifest: Manifest;
  /** Orama's saved index: present after a build; `readIndex` leaves orama.json unread (see `readOrama`). */
  orama?: RawData;
}

/** A freshly built index: everything `writeIndex` writes. */
export interface BuiltIndex extends IndexData {
  orama: RawData;
}

export function readCatalog(dir = SEEDS_DIR): Catalog {
  const p = join(dir, 'catalog.json');
  if (!existsSync(p)) return {};
  return CatalogSchema.parse(JSON.parse(readFileSync(p, 'utf8')));
}

export function readSeeds(dir = SEEDS_DIR): SourceFile[] {
  return readdirSync(dir)
    .filter((n) => SOURCE_EXT.test(n))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

function listFiles(p: string): string[] {
  if (!existsSync(p)) return [];
  if (SOURCE_EXT.test(p) || p.endsWith('.ts') || p.endsWith('.json')) return [p];
  try {
    return readdirSync(p)
      .sort()
      .flatMap((n) => listFiles(join(p, n)));
  } catch {
    return [];
  }
}

/** Hash of the seeds, the catalog and the indexer code: what the built index depends on. */
export function fingerprint(seedsDir = SEEDS_DIR, root = ROOT): string {
  const h = createHash('sha256');
  h.update(`format:${FORMAT_VERSION}\n`);
  for (const f of [...listFiles(seedsDir), ...INDEXER_CODE.flatMap((c) => listFiles(join(root, c)))]) {
    if (!SOURCE_EXT.test(f) && !f.endsWith('.ts') && !f.endsWith('catalog.json')) continue;
    h.update(f.slice(root.length).replace(/\\/g, '/'));
    h.update('\0');
    h.update(readFileSync(f));
    h.update('\0');
  }
  return h.digest('hex').slice(0, 16);
}

export function buildIndex(seedsDir = SEEDS_DIR): BuiltIndex {
  const t0 = performance.now();
  const corpus = buildCorpus(readSeeds(seedsDir), readCatalog(seedsDir));
  const db = buildChunkDb(corpus);
  const orama = saveChunkDb(db);
  const postings = readPostings(db, corpus.chunks.map((c) => c.id));
  const manifest: Manifest = {
    formatVersion: FORMAT_VERSION,
    fingerprint: fingerprint(seedsDir),
    builtAt: new Date().toISOString(),
    buildMs: Math.round(performance.now() - t0),
    documents: corpus.documents.length,
    chunks: corpus.chunks.length,
    targets: corpus.targets.length,
    responsibilities: corpus.responsibilities.length,
  };
  return { corpus, orama, postings, manifest };
}

function writeAtomic(path: string, text: string | Uint8Array): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeIndex(data: BuiltIndex, dir = INDEX_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, 'corpus.json'), `${JSON.stringify(data.corpus)}\n`);
  writeAtomic(join(dir, 'orama.json'), `${JSON.stringify(data.orama)}\n`);
  writeAtomic(join(dir, 'postings.bin'), encodePostings(data.postings, { fingerprint: data.manifest.fingerprint, chunkIds: data.corpus.chunks.map((c) => c.id) }));
  // Small, readable tables for people and spreadsheets.
  writeAtomic(join(dir, 'targets.json'), `${JSON.stringify(data.corpus.targets, null, 1)}\n`);
  writeAtomic(join(dir, 'responsibilities.json'), `${JSON.stringify(data.corpus.responsibilities, null, 1)}\n`);
  writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify(data.manifest, null, 2)}\n`);
}

export function readManifest(dir = INDEX_DIR): Manifest | null {
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
}

/** Whether postings.bin is there, of this code's format, and from the manifest's build (its header only). */
function postingsMatch(dir: string, m: Manifest): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(join(dir, 'postings.bin'), 'r');
    const head = new Uint8Array(64);
    readSync(fd, head, 0, head.length, 0);
    const h = readPostingsHeader(head);
    return h?.version === POSTINGS_VERSION && h.fingerprint === m.fingerprint && h.n === m.chunks;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function isStale(dir = INDEX_DIR, seedsDir = SEEDS_DIR): boolean {
  const m = readManifest(dir);
  return !m || m.formatVersion !== FORMAT_VERSION || m.fingerprint !== fingerprint(seedsDir) || !existsSync(join(dir, 'orama.json')) || !existsSync(join(dir, 'corpus.json')) || !postingsMatch(dir, m);
}

/** Reads corpus.json and postings.bin (not orama.json); a missing, stale or damaged postings.bin throws a PostingsFileError. */
export function readIndex(dir = INDEX_DIR): IndexData {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`No index in ${dir}: run npm run index`);
  const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus;
  const file = join(dir, 'postings.bin');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new PostingsFileError(`${file} is missing or unreadable: run npm run index`);
  }
  try {
    const postings = decodePostings(bytes, { fingerprint: manifest.fingerprint, chunkIds: corpus.chunks.map((c) => c.id) });
    return { corpus, postings, manifest };
  } catch (e) {
    throw e instanceof PostingsFileError ? new PostingsFileError(`${file}: ${e.message}; run npm run index`) : e;
  }
}

/** Orama's saved index (index/orama.json), for whoever searches with Orama itself (`loadChunkDb`). */
export function readOrama(dir = INDEX_DIR): RawData {
  return JSON.parse(readFileSync(join(dir, 'orama.json'), 'utf8')) as RawData;
}

/** The index, rebuilt first when missing, stale or unreadable. */
export function ensureIndex(log: (msg: string) => void = () => {}, dir = INDEX_DIR, seedsDir = SEEDS_DIR): IndexData {
  if (!isStale(dir, seedsDir)) {
    try {
      return readIndex(dir);
    } catch (e) {
      if (!(e instanceof PostingsFileError)) throw e;
      log(e.message);
    }
  }
  log('index/ is missing or stale: building it from seeds/ …');
  const data = buildIndex(seedsDir);
  writeIndex(data, dir);
  log(`index built in ${data.manifest.buildMs} ms: ${data.manifest.documents} documents, ${data.manifest.chunks} chunks`);
  return data;
}
