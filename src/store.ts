/**
 * Node edge: read seeds/ and the catalog, build and write index/, load it back, and tell
 * whether index/ is stale against seeds/ and the indexer's own code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RawData } from '@orama/orama';
import { buildCorpus, FORMAT_VERSION, type Corpus, type SourceFile } from './ingest/corpus.js';
import { buildChunkDb, saveChunkDb } from './search/orama.js';
import { CatalogSchema, type Catalog } from './types.js';
import { ManifestSchema, type Manifest } from './store-schema.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SEEDS_DIR = join(ROOT, 'seeds');
export const INDEX_DIR = join(ROOT, 'index');
const SOURCE_EXT = /\.(?:txt|md)$/i;
/** Code whose change alters the built index. */
const INDEXER_CODE = ['src/ingest', 'src/search/tokenizer.ts', 'src/search/orama.ts', 'src/domain', 'src/text.ts', 'src/types.ts'];

export { ManifestSchema, type Manifest } from './store-schema.js';

export interface IndexData {
  corpus: Corpus;
  orama: RawData;
  manifest: Manifest;
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

export function buildIndex(seedsDir = SEEDS_DIR): IndexData {
  const t0 = performance.now();
  const corpus = buildCorpus(readSeeds(seedsDir), readCatalog(seedsDir));
  const db = buildChunkDb(corpus);
  const orama = saveChunkDb(db);
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
  return { corpus, orama, manifest };
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.tmp-${process.pid}`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

export function writeIndex(data: IndexData, dir = INDEX_DIR): void {
  mkdirSync(dir, { recursive: true });
  writeAtomic(join(dir, 'corpus.json'), `${JSON.stringify(data.corpus)}\n`);
  writeAtomic(join(dir, 'orama.json'), `${JSON.stringify(data.orama)}\n`);
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

export function isStale(dir = INDEX_DIR, seedsDir = SEEDS_DIR): boolean {
  const m = readManifest(dir);
  return !m || m.formatVersion !== FORMAT_VERSION || m.fingerprint !== fingerprint(seedsDir) || !existsSync(join(dir, 'orama.json')) || !existsSync(join(dir, 'corpus.json'));
}

export function readIndex(dir = INDEX_DIR): IndexData {
  const manifest = readManifest(dir);
  if (!manifest) throw new Error(`No index in ${dir}: run npm run index`);
  const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus;
  const orama = JSON.parse(readFileSync(join(dir, 'orama.json'), 'utf8')) as RawData;
  return { corpus, orama, manifest };
}

/** The index, rebuilt first when missing or stale. */
export function ensureIndex(log: (msg: string) => void = () => {}, dir = INDEX_DIR, seedsDir = SEEDS_DIR): IndexData {
  if (!isStale(dir, seedsDir)) return readIndex(dir);
  log('index/ is missing or stale: building it from seeds/ …');
  const data = buildIndex(seedsDir);
  writeIndex(data, dir);
  log(`index built in ${data.manifest.buildMs} ms: ${data.manifest.documents} documents, ${data.manifest.chunks} chunks`);
  return data;
}
