/**
 * Study pack for trainers, generated from the index and tables only: document card,
 * outline, targets, who-does-what, comparison with other localities, and a deterministic
 * multiple-choice quiz (src/study/quiz.ts).
 */
import { targetsFor, type Engine } from '../answer/engine.js';
import type { CorpusDocument } from '../ingest/corpus.js';
import { docId } from '../ingest/document.js';
import { INDICATOR_BY_KEY } from '../domain/indicators.js';
import { fold } from '../text.js';
import type { DocMeta, Responsibility, SectionInfo, Target } from '../types.js';
import { buildQuiz, type QuizItem } from './quiz.js';

export type { QuizItem, QuizKind } from './quiz.js';

export interface StudyPack {
  id: string;
  meta: DocMeta;
  outline: SectionInfo[];
  targets: Target[];
  responsibilities: Responsibility[];
  comparison: Array<{ indicator: string; label: string; own: Target; others: Target[] }>;
  quiz: QuizItem[];
}

/** Documents for an id, a source name or a locality (with or without diacritics). */
export function studySources(engine: Engine, key: string): CorpusDocument[] {
  const k = fold(key.trim());
  const docs = engine.corpus.documents;
  const byId = docs.filter((d) => fold(d.meta.source) === k || fold(docId(d.meta.source)) === k);
  if (byId.length) return byId;
  return docs.filter((d) => fold(d.meta.locality ?? '') === k);
}

export function buildStudyPack(engine: Engine, doc: CorpusDocument): StudyPack {
  const m = doc.meta;
  const src = m.source;
  const targets = engine.corpus.targets.filter((t) => t.source === src);
  const responsibilities = engine.corpus.responsibilities.filter((r) => r.source === src);

  const comparison: StudyPack['comparison'] = [];
  const seen = new Set<string>();
  for (const t of targets) {
    if (t.vision || t.comparator === 'state' || t.indicator.startsWith('other:') || seen.has(t.indicator)) continue;
    seen.add(t.indicator);
    const firstPerSource = targetsFor(engine, t.indicator).filter((o) => o.source !== src);
    if (firstPerSource.length) comparison.push({ indicator: t.indicator, label: INDICATOR_BY_KEY.get(t.indicator)?.vi ?? t.label, own: t, others: firstPerSource });
  }

  return {
    id: docId(src),
    meta: m,
    outline: doc.sections.filter((s) => s.id !== 0),
    targets,
    responsibilities,
    comparison,
    quiz: buildQuiz(engine, doc),
  };
}
