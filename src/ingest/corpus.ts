/** All documents → one corpus: the tables that sit beside the search index. Pure. */
import type { Catalog, Chunk, DocMeta, Responsibility, SectionInfo, Target } from '../types.js';
import { ingestDocument } from './document.js';

/** Bump when the shape of corpus.json or the search tokens change. */
export const FORMAT_VERSION = 2;

export interface CorpusDocument {
  meta: DocMeta;
  sections: SectionInfo[];
  /** Cleaned source lines, index = line number - 1; '' for blank and page-number lines. */
  lines: string[];
  /** Verbatim source lines (line terminators removed), for showing a citation in context. */
  raw: string[];
}

export interface Corpus {
  formatVersion: number;
  documents: CorpusDocument[];
  chunks: Chunk[];
  targets: Target[];
  responsibilities: Responsibility[];
}

export interface SourceFile {
  name: string;
  text: string;
}

/** `onError`: a document that makes the indexer throw is left out and reported (else the error propagates). */
export function buildCorpus(files: SourceFile[], catalog: Catalog, onError?: (name: string, error: unknown) => void): Corpus {
  const corpus: Corpus = { formatVersion: FORMAT_VERSION, documents: [], chunks: [], targets: [], responsibilities: [] };
  for (const f of [...files].sort((a, b) => a.name.localeCompare(b.name))) {
    let d: ReturnType<typeof ingestDocument>;
    try {
      d = ingestDocument(f.name, f.text, catalog[f.name]);
    } catch (e) {
      if (!onError) throw e;
      onError(f.name, e);
      continue;
    }
    corpus.documents.push({
      meta: d.meta,
      sections: d.sections,
      lines: d.lines.map((l) => (l.skip ? '' : l.clean)),
      raw: d.lines.map((l) => l.raw),
    });
    // One at a time: spreading 200,000 chunks as arguments overflows the stack.
    for (const c of d.chunks) corpus.chunks.push(c);
    for (const t of d.targets) corpus.targets.push(t);
    for (const r of d.responsibilities) corpus.responsibilities.push(r);
  }
  return corpus;
}
