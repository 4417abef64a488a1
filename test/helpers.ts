import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createEngine, type Engine } from '../src/answer/engine.js';
import { ingestDocument, type ParsedDocument } from '../src/ingest/document.js';
import { readCatalog, readIndex, ROOT, SEEDS_DIR } from '../src/store.js';
import { joinClean } from '../src/ingest/lines.js';
import { squash, stripMarkdown } from '../src/text.js';

export const SEED = {
  tuyPhuoc: '000_3907415c8c5f8eb7.txt',
  ducPho: '001_e1775194dc7f1c37.txt',
  binhDinh: '002_30027309e16c30d9.txt',
  tayNinh: '003_50e010f5c09dfa7d.txt',
  tuyenQuang: '004_baec051b22602dfe.txt',
} as const;

export function seedText(name: string): string {
  return readFileSync(join(SEEDS_DIR, name), 'utf8');
}

export function parseSeed(name: string, text = seedText(name)): ParsedDocument {
  return ingestDocument(name, text, readCatalog()[name]);
}

/** Physical lines [a, b] of a source, verbatim. */
export function sourceLines(text: string, a: number, b: number): string[] {
  return text.replace(/\r\n?/g, '\n').split('\n').slice(a - 1, b);
}

let engine: Engine | undefined;
export function getEngine(): Engine {
  engine ??= createEngine(readIndex());
  return engine;
}

export { ROOT };

/** What a chunk must quote for source lines: cleaned, joined, page numbers and rules dropped. */
export function cleanLines(lines: string[]): string {
  return joinClean(lines.map((l) => squash(stripMarkdown(l.normalize('NFC')))).filter((l) => /[\p{L}\p{N}]/u.test(l) && !/^[-–]?\s*\d{1,3}\s*[-–]?$/.test(l))).text;
}
