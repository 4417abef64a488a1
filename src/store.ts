/**
 * Node edge: read seeds/ and the catalog, build and write index/, load it back, and tell
 * whether index/ is stale against seeds/ and the indexer's own code.
 *
 * Layout: every build is written whole into index/builds/<id>/, then published by replacing
 * the symlink index/current → builds/<id> with one rename. A reader resolves the link once
 * and reads every file from that one build, so it never mixes corpus and postings of two
 * builds, and a writer killed at any moment leaves the previous build current.
 */
import { createHash } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

/** Seeds that cannot be indexed go here, out of the way of start-up. */
export const QUARANTINE = 'quarantine';
/** A seed larger than this is not a plan (extraction caps text at 2 M characters). */
const MAX_SEED_BYTES = 8 * 1024 * 1024;

/** Move a seed aside to seeds/quarantine/ with a log line, so that start-up always comes up. */
export function quarantineSeed(seedsDir: string, name: string, reason: string, log: (msg: string) => void = (m) => console.error(m)): void {
  const dir = join(seedsDir, QUARANTINE);
  mkdirSync(dir, { recursive: true });
  renameSync(join(seedsDir, name), join(dir, name));
  log(`seeds/${name} cannot be indexed (${reason}): moved to seeds/${QUARANTINE}/${name}`);
}

/** Build the corpus, quarantining seeds that are too large or make the indexer throw. */
function corpusOf(seedsDir: string, log?: (msg: string) => void): Corpus {
  for (const name of readdirSync(seedsDir).filter((n) => SOURCE_EXT.test(n))) {
    if (statSync(join(seedsDir, name)).size > MAX_SEED_BYTES) quarantineSeed(seedsDir, name, `larger than ${MAX_SEED_BYTES / 1024 / 1024} MB`, log);
  }
  const failed: Array<{ name: string; reason: string }> = [];
  const corpus = buildCorpus(readSeeds(seedsDir), readCatalog(seedsDir), (name, e) => failed.push({ name, reason: e instanceof Error ? e.message : String(e) }));
  for (const f of failed) quarantineSeed(seedsDir, f.name, f.reason, log);
  return corpus;
}

export function buildIndex(seedsDir = SEEDS_DIR, log?: (msg: string) => void): IndexData {
  const t0 = performance.now();
  const corpus = corpusOf(seedsDir, log);
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

const CURRENT = 'current';
const BUILDS = 'builds';
/** What index/ held before builds: removed once a build is published. */
const FLAT_FILES = ['corpus.json', 'orama.json', 'targets.json', 'responsibilities.json', 'manifest.json'];

/** The directory of the current build (index/ itself for an index written before builds). */
export function currentBuildDir(root = INDEX_DIR): string {
  try {
    return realpathSync(join(root, CURRENT));
  } catch {
    return root;
  }
}

/** Which build is current, cheaply (for noticing a change): the link's target, or the flat manifest's time. */
export function currentBuildId(root = INDEX_DIR): string | null {
  try {
    return readlinkSync(join(root, CURRENT));
  } catch {
    try {
      return `flat@${statSync(join(root, 'manifest.json')).mtimeMs}`;
    } catch {
      return null;
    }
  }
}

function startBuild(root: string): string {
  const dir = join(root, BUILDS, `${new Date().toISOString().replace(/[-:.TZ]/g, '')}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Point index/current at a complete build (one rename), then remove builds no longer current. */
function publishBuild(root: string, dir: string): void {
  let previous: string | null = null;
  try {
    previous = resolve(root, readlinkSync(join(root, CURRENT)));
  } catch {
    /* first build, or a flat index/ */
  }
  const tmp = join(root, `${CURRENT}.tmp-${process.pid}-${randomBytes(3).toString('hex')}`);
  symlinkSync(relative(root, dir), tmp);
  renameSync(tmp, join(root, CURRENT));
  for (const f of FLAT_FILES) rmSync(join(root, f), { force: true });
  const now = Date.now();
  for (const name of readdirSync(join(root, BUILDS))) {
    const other = join(root, BUILDS, name);
    if (other === dir) continue;
    // The build just replaced goes now (a reader of it retries from the current one, see
    // readIndex); any other is left for a minute: it may be another writer's, still being
    // written, or one a writer killed mid-way left behind.
    try {
      if (other === previous || now - statSync(other).mtimeMs > 60_000) rmSync(other, { recursive: true, force: true });
    } catch {
      /* already removed */
    }
  }
}

export function writeIndex(data: IndexData, root = INDEX_DIR): void {
  const dir = startBuild(root);
  writeAtomic(join(dir, 'corpus.json'), `${JSON.stringify(data.corpus)}\n`);
  writeAtomic(join(dir, 'orama.json'), `${JSON.stringify(data.orama)}\n`);
  // Small, readable tables for people and spreadsheets.
  writeAtomic(join(dir, 'targets.json'), `${JSON.stringify(data.corpus.targets, null, 1)}\n`);
  writeAtomic(join(dir, 'responsibilities.json'), `${JSON.stringify(data.corpus.responsibilities, null, 1)}\n`);
  writeAtomic(join(dir, 'manifest.json'), `${JSON.stringify(data.manifest, null, 2)}\n`);
  publishBuild(root, dir);
}

export function readManifest(root = INDEX_DIR): Manifest | null {
  try {
    return ManifestSchema.parse(JSON.parse(readFileSync(join(currentBuildDir(root), 'manifest.json'), 'utf8')));
  } catch {
    return null;
  }
}

export function isStale(root = INDEX_DIR, seedsDir = SEEDS_DIR): boolean {
  const dir = currentBuildDir(root);
  const m = readManifest(root);
  return !m || m.formatVersion !== FORMAT_VERSION || m.fingerprint !== fingerprint(seedsDir) || !existsSync(join(dir, 'orama.json')) || !existsSync(join(dir, 'corpus.json'));
}

function readBuild(dir: string): IndexData {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  const corpus = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as Corpus;
  const orama = JSON.parse(readFileSync(join(dir, 'orama.json'), 'utf8')) as RawData;
  return { corpus, orama, manifest };
}

/** The current build, all files from one build; retried if a newer build replaced it mid-read. */
export function readIndex(root = INDEX_DIR): IndexData {
  for (let attempt = 0; ; attempt++) {
    const dir = currentBuildDir(root);
    if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No index in ${root}: run npm run index`);
    try {
      return readBuild(dir);
    } catch (e) {
      if (attempt >= 3 || currentBuildDir(root) === dir) throw e;
    }
  }
}

/** The index, rebuilt first when missing or stale. */
export function ensureIndex(log: (msg: string) => void = () => {}, dir = INDEX_DIR, seedsDir = SEEDS_DIR): IndexData {
  if (!isStale(dir, seedsDir)) return readIndex(dir);
  log('index/ is missing or stale: building it from seeds/ …');
  const data = buildIndex(seedsDir, log);
  writeIndex(data, dir);
  log(`index built in ${data.manifest.buildMs} ms: ${data.manifest.documents} documents, ${data.manifest.chunks} chunks`);
  return data;
}
