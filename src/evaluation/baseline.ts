/**
 * Baseline: what a user gets from a general-purpose search library out of the box —
 * plain Orama with its default tokenizer over the same chunks, top chunk as the answer.
 */
import { create, insertMultiple, search } from '@orama/orama';
import type { Corpus } from '../ingest/corpus.js';
import { joinClean } from '../ingest/lines.js';
import type { Answer } from '../types.js';

export interface Baseline {
  ask: (question: string, id?: string) => Answer;
}

export function createOramaBaseline(corpus: Corpus): Baseline {
  const db = create({ schema: { id: 'string', text: 'string' } as const });
  void insertMultiple(db, corpus.chunks.map((c) => ({ id: c.id, text: c.text })));
  const chunks = new Map(corpus.chunks.map((c) => [c.id, c]));
  const docs = new Map(corpus.documents.map((d) => [d.meta.source, d]));
  return {
    ask(question, id) {
      const res = search(db, { term: question, properties: ['text'], limit: 1 });
      if (res instanceof Promise) throw new Error('async search');
      const hit = res.hits[0];
      const c = hit ? chunks.get(String(hit.document.id)) : undefined;
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
