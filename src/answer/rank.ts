/**
 * Rank stage: one ranking over every kind of candidate. The question's intent is a prior
 * on each kind, not a gate: a passage that covers the question far better than any
 * who-does-what row still wins a "who" question. Each kind's score is read against its
 * own abstention threshold, so scores of different kinds compare.
 */
import { THRESHOLDS } from './config.js';
import { askedDeadline } from './constraints.js';
import type { Engine } from './engine.js';
import { gatherMeta, gatherPassages, gatherRows, gatherTargets, type Candidate, type MetaCandidate, type PassageCandidate, type RowCandidate, type SectionCandidate, type TargetCandidate } from './gather.js';
import { gatherSections } from './sections.js';
import type { Understanding } from './understand.js';

export type Kind = Candidate['kind'];
type Intent = Understanding['a']['intent'];

/** How much each intent expects each kind of answer. */
const PRIOR: Record<Intent, Record<Kind, number>> = {
  // A quantity question is answered by a target or a passage that states a quantity, never by an assignment.
  target: { target: 1, row: 0, meta: 0.3, passage: 0.8, section: 0.7 },
  compare: { target: 1, row: 0, meta: 0.3, passage: 0.6, section: 0.5 },
  responsibility: { target: 0.5, row: 1, meta: 0.3, passage: 0.85, section: 0.8 },
  deadline: { target: 0.5, row: 1, meta: 0.3, passage: 0.8, section: 0.6 },
  metadata: { target: 0.3, row: 0.4, meta: 1.2, passage: 0.6, section: 0.9 },
  content: { target: 0.6, row: 0.8, meta: 0.3, passage: 1, section: 1.2 },
};

/** The score at which a candidate of each kind is trusted to answer. */
const floorOf = (): Record<Kind, number> => ({ target: THRESHOLDS.target, row: THRESHOLDS.responsibility, meta: 0.5, passage: THRESHOLDS.content, section: 0.5 });

export interface Ranked {
  targets: TargetCandidate[];
  rows: RowCandidate[];
  meta: MetaCandidate[];
  passages: PassageCandidate[];
  sections: SectionCandidate[];
  /** Passage coverage corrected for words no document has (the abstention score for passages). */
  confidence: number;
  /** Each kind's best score over its floor, times the intent's prior. */
  strength: Record<Kind, number>;
  /** The kind that answers, or null to abstain. */
  winner: Kind | null;
}

export function rank(engine: Engine, u: Understanding): Ranked {
  const intent = u.a.intent;
  const targets = gatherTargets(engine, u);
  const rows = gatherRows(engine, u, intent === 'deadline');
  const meta = gatherMeta(engine, u);
  const sections = gatherSections(engine, u);
  // Deadline and target questions search on their topic: "thời gian thực hiện" names no task.
  const q = intent === 'deadline' || intent === 'target' || intent === 'compare' ? u.topic : u.terms;
  const { ranked: passages, confidence } = gatherPassages(engine, u, q, intent === 'target' || intent === 'compare');
  const best: Record<Kind, number> = {
    target: targets[0]?.score ?? 0,
    row: rows[0]?.score ?? 0,
    meta: meta[0]?.score ?? 0,
    passage: confidence,
    section: sections[0]?.score ?? 0,
  };
  // "Làm gì để …", "how does …": measures are asked for, a figure does not answer.
  let prior = u.a.asksHow && intent !== 'target' && intent !== 'compare' ? { ...PRIOR[intent], target: 0 } : PRIOR[intent];
  // "Which agency …?" is never answered by a figure.
  if (u.a.asksWho && intent === 'responsibility') prior = { ...prior, target: 0 };
  // "Những nhiệm vụ nào … hằng năm?": the tasks due then, each an assignment.
  if (askedDeadline(engine, u)?.only) prior = { ...prior, row: Math.max(prior.row, 1.1) };
  // A question about what a named agency does is answered by its assignments first.
  if (u.agencies.length && !u.a.asksWho && (intent === 'content' || intent === 'responsibility')) prior = { ...prior, row: Math.max(prior.row, 1.05) };
  const strength = { target: 0, row: 0, meta: 0, passage: 0, section: 0 } as Record<Kind, number>;
  let winner: Kind | null = null;
  const FLOOR = floorOf();
  for (const k of ['section', 'meta', 'target', 'row', 'passage'] as const) {
    if (best[k] < FLOOR[k] || !prior[k]) continue;
    // Above its floor a kind counts by how far above, damped: priors decide close calls.
    strength[k] = prior[k] * (1 + Math.min(1, (best[k] - FLOOR[k]) / (1 - FLOOR[k] + 1e-9)) * 0.35);
    if (!winner || strength[k] > strength[winner]) winner = k;
  }
  // "What does the plan say about …": an assignment shows the corpus answers, but a passage that covers more of the question says it.
  if (winner === 'row' && intent === 'content' && !u.a.asksWho && !u.agencies.length && confidence > best.row) winner = 'passage';
  // A metadata question no passage answers better still gets the document's own facts.
  if (!winner && intent === 'metadata' && meta.length) winner = 'meta';
  return { targets, rows, meta, passages, sections, confidence, strength, winner };
}
