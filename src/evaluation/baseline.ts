/**
 * Baselines: what a user gets from a general-purpose search library out of the box, over
 * the same chunks — plain Orama with its default tokenizer, and MiniSearch with default
 * options — each answering with its top chunk.
 */
import { create, insertMultiple, search } from '@orama/orama';
import MiniSearch from 'minisearch';
import type { Corpus } from '../ingest/corpus.js';
import { joinClean } from '../ingest/lines.js';
import type { Answer } from '../types.js';

export interface Baseline {
  name: string;
  ask: (question: string, id?: string) => Answer;
  /** Ids of the top chunks, for search latency. */
  search: (query: string, limit: number) => string[];
}

function topChunkBaseline(name: string, corpus: Corpus, search: (q: string, limit: number) => string[]): Baseline {
  const chunks = new Map(corpus.chunks.map((c) => [c.id, c]));
  const docs = new Map(corpus.documents.map((d) => [d.meta.source, d]));
  return {
    name,
    search,
    ask(question, id) {
      const c = chunks.get(search(question, 1)[0] ?? '');
      const d = c ? docs.get(c.source) : undefined;
      return {
        ...(id ? { id } : {}),
        question,
        answer: c?.text ?? '',
        intent: 'content',
        abstained: !c,
        citations:
          c && d
            ? [{ source: c.source, document: d.meta.title, locality: d.meta.locality ?? '', section: c.section, lines: c.lines, quote: joinClean(d.lines.slice(c.lines[0] - 1, c.lines[1]).filter(Boolean)).text }]
            : [],
      };
    },
  };
}

export function createOramaBaseline(corpus: Corpus): Baseline {
  const db = create({ schema: { id: 'string', text: 'string' } as const });
  void insertMultiple(db, corpus.chunks.map((c) => ({ id: c.id, text: c.text })));
  return topChunkBaseline('orama-default', corpus, (q, limit) => {
    const res = search(db, { term: q, properties: ['text'], limit });
    if (res instanceof Promise) throw new Error('async search');
    return res.hits.map((h) => String(h.document.id));
  });
}

export function createMiniSearchBaseline(corpus: Corpus): Baseline {
  const ms = new MiniSearch<{ id: string; text: string }>({ fields: ['text'] });
  ms.addAll(corpus.chunks.map((c) => ({ id: c.id, text: c.text })));
  return topChunkBaseline('minisearch-default', corpus, (q, limit) => ms.search(q).slice(0, limit).map((r) => String(r.id)));
}
