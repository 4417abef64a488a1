/**
 * index/postings.bin: the engine's postings (postings.ts) stored as they are used, so that
 * loading is one read and a few typed-array views instead of parsing Orama's JSON and
 * re-deriving the postings on every start. Pure (bytes in, bytes out): Node reads the file
 * in store.ts, the Worker gets it bundled as an ArrayBuffer.
 *
 * Layout, little-endian, every section 4-byte aligned:
 *   0   magic "NQ42PST" + NUL          8 bytes
 *   8   u32 version                    (POSTINGS_VERSION)
 *   12  u32 n                          chunks
 *   16  u32 chunk-id digest            FNV-1a of the corpus's chunk ids: ties the file to corpus.json
 *   20  u32 checksum                   FNV-1a over the 32-bit words after the header
 *   24  u32 total length in bytes
 *   28  u32 section count              (SECTIONS.length)
 *   32  fingerprint                    32 bytes, UTF-8, NUL-padded (the manifest's)
 *   64  section table                  (u32 offset, u32 byte length) per section
 *   …   sections: per field (text, then section): vocabulary, start, chunk, tf, length;
 *       then the terms only in section paths, and df over text terms + those.
 * A vocabulary is its terms joined by "\n", in term-id order.
 */
import type { Field, Postings } from './postings.js';

export const POSTINGS_VERSION = 1;
const MAGIC = 'NQ42PST\0';
const HEADER = 64;
const FIELD_SECTIONS = ['vocab', 'start', 'chunk', 'tf', 'length'] as const;
const SECTIONS = 2 * FIELD_SECTIONS.length + 2;

/** A postings file that cannot be used: what is wrong with it, in words. */
export class PostingsFileError extends Error {
  override name = 'PostingsFileError';
}

export interface PostingsHeader {
  version: number;
  n: number;
  fingerprint: string;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
const utf8 = new TextEncoder();

function fnv(words: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < words.length; i++) h = Math.imul(h ^ (words[i] ?? 0), 0x01000193);
  return h >>> 0;
}

/** FNV-1a over the chunk ids' UTF-16 code units, "\n" between ids. */
export function chunkDigest(ids: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 10, 0x01000193);
  }
  return h >>> 0;
}

function vocabulary(terms: Iterable<string>): Uint8Array {
  const list = [...terms];
  for (const t of list) if (t.includes('\n')) throw new Error(`postings: term with a newline ${JSON.stringify(t)}`);
  return utf8.encode(list.join('\n'));
}

function wordsOf(a: Uint32Array): Uint8Array {
  if (LITTLE_ENDIAN) return new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  const out = new Uint8Array(a.byteLength);
  const v = new DataView(out.buffer);
  a.forEach((x, i) => v.setUint32(4 * i, x, true));
  return out;
}

/** The bytes of index/postings.bin for postings over `chunkIds`, built from the index `fingerprint`. */
export function encodePostings(p: Postings, meta: { fingerprint: string; chunkIds: readonly string[] }): Uint8Array {
  if (meta.chunkIds.length !== p.n) throw new Error(`postings: ${p.n} chunks, ${meta.chunkIds.length} ids`);
  const fp = utf8.encode(meta.fingerprint);
  if (fp.length > 32) throw new Error('postings: fingerprint longer than 32 bytes');
  const extra = [...p.section.terms.keys()].filter((t) => !p.text.terms.has(t));
  const dfTerms = [...p.text.terms.keys(), ...extra];
  if (dfTerms.length !== p.df.size) throw new Error('postings: df does not cover the vocabulary');
  const df = Uint32Array.from(dfTerms, (t) => p.df.get(t) ?? 0);
  const field = (f: Field): Uint8Array[] => [vocabulary(f.terms.keys()), wordsOf(f.start), wordsOf(f.chunk), wordsOf(f.tf), wordsOf(f.length)];
  const sections = [...field(p.text), ...field(p.section), vocabulary(extra), wordsOf(df)];
  const table = HEADER + 8 * SECTIONS;
  let end = table;
  const offsets = sections.map((s) => {
    const at = end;
    end += (s.length + 3) & ~3;
    return at;
  });
  const out = new Uint8Array(end);
  const view = new DataView(out.buffer);
  out.set(utf8.encode(MAGIC), 0);
  sections.forEach((s, i) => {
    out.set(s, offsets[i] ?? 0);
    view.setUint32(HEADER + 8 * i, offsets[i] ?? 0, true);
    view.setUint32(HEADER + 8 * i + 4, s.length, true);
  });
  view.setUint32(8, POSTINGS_VERSION, true);
  view.setUint32(12, p.n, true);
  view.setUint32(16, chunkDigest(meta.chunkIds), true);
  view.setUint32(24, end, true);
  view.setUint32(28, SECTIONS, true);
  out.set(fp, 32);
  view.setUint32(20, checksumOf(out), true);
  return out;
}

/** Checksum of everything after the fixed header (the table and the sections), read as little-endian words. */
function checksumOf(bytes: Uint8Array): number {
  const len = bytes.byteLength - HEADER;
  if (LITTLE_ENDIAN && bytes.byteOffset % 4 === 0) return fnv(new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER, len >>> 2));
  const v = new DataView(bytes.buffer, bytes.byteOffset + HEADER, len);
  return fnv(Uint32Array.from({ length: len >>> 2 }, (_, i) => v.getUint32(4 * i, true)));
}

/** The fixed header, or null when `bytes` is not a postings file (enough to tell a stale file without reading it all). */
export function readPostingsHeader(bytes: Uint8Array): PostingsHeader | null {
  if (bytes.byteLength < HEADER || new TextDecoder().decode(bytes.subarray(0, 8)) !== MAGIC) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, HEADER);
  const fp = bytes.subarray(32, 64);
  const zero = fp.indexOf(0);
  return { version: view.getUint32(8, true), n: view.getUint32(12, true), fingerprint: new TextDecoder().decode(zero < 0 ? fp : fp.subarray(0, zero)) };
}

/**
 * Postings from the bytes of index/postings.bin, checked against what they must belong to:
 * the corpus's chunk ids and, when given, the manifest's fingerprint. The typed arrays are
 * views on `bytes` (copied only when unaligned or on a big-endian machine).
 */
export function decodePostings(input: Uint8Array | ArrayBuffer, expect: { chunkIds: readonly string[]; fingerprint?: string }): Postings {
  let bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  const header = readPostingsHeader(bytes);
  if (!header) throw new PostingsFileError('not a postings file (bad magic)');
  if (header.version !== POSTINGS_VERSION) throw new PostingsFileError(`format version ${header.version}, this code reads ${POSTINGS_VERSION}`);
  if (expect.fingerprint !== undefined && header.fingerprint !== expect.fingerprint) throw new PostingsFileError(`built from index ${header.fingerprint || '?'}, the manifest is ${expect.fingerprint}`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const total = view.getUint32(24, true);
  if (total !== bytes.byteLength) throw new PostingsFileError(`${bytes.byteLength} bytes, the header says ${total} (truncated?)`);
  if (view.getUint32(28, true) !== SECTIONS || HEADER + 8 * SECTIONS > total) throw new PostingsFileError('unexpected section table');
  if (header.n !== expect.chunkIds.length || view.getUint32(16, true) !== chunkDigest(expect.chunkIds))
    throw new PostingsFileError(`built for other chunks (${header.n} in the file, ${expect.chunkIds.length} in corpus.json)`);
  if (bytes.byteOffset % 4 !== 0) bytes = bytes.slice();
  if (checksumOf(bytes) !== view.getUint32(20, true)) throw new PostingsFileError('checksum mismatch (damaged file)');

  const decoder = new TextDecoder();
  let next = 0;
  const section = (): Uint8Array => {
    const i = next++;
    const off = view.getUint32(HEADER + 8 * i, true);
    const len = view.getUint32(HEADER + 8 * i + 4, true);
    if (off % 4 !== 0 || off + len > total) throw new PostingsFileError(`section ${i} out of bounds`);
    return bytes.subarray(off, off + len);
  };
  const words = (expected?: number): Uint32Array => {
    const s = section();
    if (s.byteLength % 4 !== 0 || (expected !== undefined && s.byteLength !== 4 * expected)) throw new PostingsFileError(`section ${next - 1} has a wrong length`);
    if (LITTLE_ENDIAN) return new Uint32Array(s.buffer, s.byteOffset, s.byteLength >>> 2);
    const v = new DataView(s.buffer, s.byteOffset, s.byteLength);
    return Uint32Array.from({ length: s.byteLength >>> 2 }, (_, i) => v.getUint32(4 * i, true));
  };
  const terms = (): string[] => {
    const s = section();
    return s.byteLength ? decoder.decode(s).split('\n') : [];
  };
  const n = header.n;
  const field = (): Field => {
    const list = terms();
    const start = words(list.length + 1);
    const chunk = words();
    const tf = words(chunk.length);
    const length = words(n);
    if (start[0] !== 0 || start[list.length] !== chunk.length) throw new PostingsFileError(`section ${next - 4}: postings do not add up`);
    const map = new Map<string, number>();
    for (let t = 0; t < list.length; t++) map.set(list[t] ?? '', t);
    if (map.size !== list.length) throw new PostingsFileError('a vocabulary repeats a term');
    let sum = 0;
    for (let i = 0; i < n; i++) sum += length[i] ?? 0;
    return { terms: map, start, chunk, tf, length, avgLength: sum / Math.max(1, n) };
  };
  const text = field();
  const sectionField = field();
  const extra = terms();
  const dfWords = words(text.terms.size + extra.length);
  const df = new Map<string, number>();
  let k = 0;
  for (const t of text.terms.keys()) df.set(t, dfWords[k++] ?? 0);
  for (const t of extra) df.set(t, dfWords[k++] ?? 0);
  return { n, text, section: sectionField, df };
}
