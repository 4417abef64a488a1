/** The Orama chunk index: schema, build, save and load with the Vietnamese tokenizer (queries: postings.ts). */
import { create, insertMultiple, load, save, type AnyOrama, type RawData, type Tokenizer } from '@orama/orama';
import type { Corpus } from '../ingest/corpus.js';
import { createVietnameseTokenizer } from './tokenizer.js';

/** `id` (the chunk id) is Orama's document id without being indexed: nobody searches by it. */
export const SCHEMA = {
  text: 'string',
  section: 'string',
  source: 'enum',
  locality: 'enum',
  province: 'enum',
  level: 'enum',
  sectionKind: 'enum',
} as const;

export type ChunkDb = AnyOrama;

function emptyDb(): ChunkDb {
  const tokenizer: Tokenizer = createVietnameseTokenizer();
  return create({ schema: SCHEMA, components: { tokenizer }, sort: { enabled: false } }) as ChunkDb;
}

export function buildChunkDb(corpus: Corpus): ChunkDb {
  const db = emptyDb();
  const meta = new Map(corpus.documents.map((d) => [d.meta.source, d.meta]));
  const docs = corpus.chunks.map((c) => {
    const m = meta.get(c.source);
    return {
      id: c.id,
      text: c.text,
      section: c.section,
      source: c.source,
      locality: m?.locality ?? '',
      province: m?.province ?? '',
      level: m?.level ?? '',
      sectionKind: c.sectionKind,
    };
  });
  void insertMultiple(db, docs);
  return db;
}

export function saveChunkDb(db: ChunkDb): RawData {
  return save(db);
}

export function loadChunkDb(raw: RawData): ChunkDb {
  const db = emptyDb();
  load(db, raw);
  return db;
}
