import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask, createEngine } from '../src/answer/engine.js';
import { buildCorpus } from '../src/ingest/corpus.js';
import { buildChunkDb } from '../src/search/orama.js';
import { readPostings } from '../src/search/postings.js';
import { decodePostings, encodePostings, PostingsFileError, POSTINGS_VERSION, readPostingsHeader } from '../src/search/postings-file.js';
import { currentBuildDir, ensureIndex, INDEX_DIR, isStale, readIndex, SEEDS_DIR } from '../src/store.js';

/** The files of the current build (index/current → builds/<id>). */
const BUILD = currentBuildDir(INDEX_DIR);
import { tempDir } from './tmp.js';

const index = readIndex();
const ids = index.corpus.chunks.map((c) => c.id);
const fp = index.manifest.fingerprint;
const bytes = new Uint8Array(readFileSync(join(BUILD, 'postings.bin')));

/** A copy of the file with some bytes changed. */
function patched(change: (b: Uint8Array, v: DataView) => void): Uint8Array {
  const b = bytes.slice();
  change(b, new DataView(b.buffer));
  return b;
}

describe('index/postings.bin', () => {
  it('decodes to the postings it was encoded from, on the seeds and on an empty corpus', () => {
    expect(readPostingsHeader(bytes)).toEqual({ version: POSTINGS_VERSION, n: ids.length, fingerprint: fp });
    const again = encodePostings(index.postings, { fingerprint: fp, chunkIds: ids });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const empty = buildCorpus([], {});
    const p = readPostings(buildChunkDb(empty), []);
    expect(decodePostings(encodePostings(p, { fingerprint: 'x', chunkIds: [] }), { chunkIds: [], fingerprint: 'x' })).toEqual(p);
  });

  it('reads from an unaligned buffer and from an ArrayBuffer (the Worker gets one)', () => {
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(decodePostings(shifted.subarray(1), { chunkIds: ids, fingerprint: fp })).toEqual(index.postings);
    const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect(decodePostings(ab, { chunkIds: ids })).toEqual(index.postings);
  });

  it('refuses a file that is damaged, truncated, of another version, from another build or for other chunks', () => {
    const refuse = (b: Uint8Array, why: RegExp, chunkIds: string[] = ids): void => {
      expect(() => decodePostings(b, { chunkIds, fingerprint: fp })).toThrow(PostingsFileError);
      expect(() => decodePostings(b, { chunkIds, fingerprint: fp })).toThrow(why);
    };
    refuse(patched((b) => (b[b.length - 5] = (b[b.length - 5] ?? 0) ^ 1)), /checksum/);
    refuse(patched((b) => (b[Math.floor(b.length / 2)] = (b[Math.floor(b.length / 2)] ?? 0) ^ 0x80)), /checksum/);
    refuse(bytes.slice(0, bytes.length - 8), /truncated/);
    refuse(bytes.slice(0, 40), /magic|truncated/);
    refuse(patched((_, v) => v.setUint32(8, POSTINGS_VERSION + 1, true)), /format version/);
    refuse(patched((b) => b.set(new TextEncoder().encode('0000000000000000'), 32)), /built from index/);
    refuse(bytes, /other chunks/, ids.slice(1));
    refuse(bytes, /other chunks/, [...ids.slice(0, -1), 'another-id']);
    refuse(new TextEncoder().encode('{"not":"postings"}'.padEnd(100)), /magic/);
  });
});

describe('a stale or damaged postings.bin in an index directory', () => {
  const copyIndex = (): string => {
    const dir = tempDir('postings-');
    for (const f of ['corpus.json', 'orama.json', 'postings.bin', 'manifest.json']) copyFileSync(join(BUILD, f), join(dir, f));
    expect(isStale(dir)).toBe(false);
    return dir;
  };

  it('damaged: readIndex names the file and the fix; ensureIndex rebuilds it and answers', () => {
    const dir = copyIndex();
    writeFileSync(join(dir, 'postings.bin'), patched((b) => (b[b.length - 5] = (b[b.length - 5] ?? 0) ^ 1)));
    expect(() => readIndex(dir)).toThrow(/postings\.bin: checksum mismatch.*npm run index/);
    const logs: string[] = [];
    const data = ensureIndex((m) => logs.push(m), dir, SEEDS_DIR);
    expect(logs.join('\n')).toMatch(/checksum mismatch/);
    expect(logs.join('\n')).toMatch(/building it/);
    expect(data.postings).toEqual(index.postings);
    expect(readIndex(dir).postings).toEqual(index.postings);
    expect(ask(createEngine(readIndex(dir)), 'ai chu tri tuyen truyen tuy phuoc').citations[0]?.lines).toEqual([159, 159]);
  });

  it('missing, of another version or from another build: the index is stale (rebuilt at start)', () => {
    const dir = copyIndex();
    writeFileSync(join(dir, 'postings.bin'), patched((_, v) => v.setUint32(8, POSTINGS_VERSION + 1, true)));
    expect(isStale(dir)).toBe(true);
    writeFileSync(join(dir, 'postings.bin'), patched((b) => b.set(new TextEncoder().encode('0000000000000000'), 32)));
    expect(isStale(dir)).toBe(true);
    rmSync(join(dir, 'postings.bin'));
    expect(isStale(dir)).toBe(true);
    expect(() => readIndex(dir)).toThrow(/postings\.bin is missing or unreadable: run npm run index/);
    ensureIndex(() => {}, dir, SEEDS_DIR);
    expect(isStale(dir)).toBe(false);
    expect(readIndex(dir).postings).toEqual(index.postings);
  });
});
