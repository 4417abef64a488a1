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
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, readdirSync, readlinkSync, realpathSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
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

export function buildIndex(seedsDir = SEEDS_DIR, log?: (msg: string) => void): BuiltIndex {
  const t0 = performance.now();
  const corpus = corpusOf(seedsDir, log);
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

const CURRENT = 'current';
const BUILDS = 'builds';
/** What index/ held before builds: removed once a build is published. */
const FLAT_FILES = ['corpus.json', 'orama.json', 'postings.bin', 'targets.json', 'responsibilities.json', 'manifest.json'];

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

export function writeIndex(data: BuiltIndex, root = INDEX_DIR): void {
  const dir = startBuild(root);
  writeAtomic(join(dir, 'corpus.json'), `${JSON.stringify(data.corpus)}\n`);
  writeAtomic(join(dir, 'orama.json'), `${JSON.stringify(data.orama)}\n`);
  writeAtomic(join(dir, 'postings.bin'), encodePostings(data.postings, { fingerprint: data.manifest.fingerprint, chunkIds: data.corpus.chunks.map((c) => c.id) }));
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

export function isStale(root = INDEX_DIR, seedsDir = SEEDS_DIR): boolean {
  const dir = currentBuildDir(root);
  const m = readManifest(root);
  return !m || m.formatVersion !== FORMAT_VERSION || m.fingerprint !== fingerprint(seedsDir) || !existsSync(join(dir, 'orama.json')) || !existsSync(join(dir, 'corpus.json')) || !postingsMatch(dir, m);
}

/** Reads corpus.json and postings.bin (not orama.json); a missing, stale or damaged postings.bin throws a PostingsFileError. */
function readBuild(dir: string): IndexData {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
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

/** Orama's saved index (orama.json of the current build), for whoever searches with Orama itself (`loadChunkDb`). */
export function readOrama(root = INDEX_DIR): RawData {
  return JSON.parse(readFileSync(join(currentBuildDir(root), 'orama.json'), 'utf8')) as RawData;
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
  const data = buildIndex(seedsDir, log);
  writeIndex(data, dir);
  log(`index built in ${data.manifest.buildMs} ms: ${data.manifest.documents} documents, ${data.manifest.chunks} chunks`);
  return data;
}
