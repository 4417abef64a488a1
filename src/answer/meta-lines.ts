/** Where a document states a fact about itself: its issuer, its kind and title, a field's first mention. */
import type { CorpusDocument } from '../ingest/corpus.js';
import { fold } from '../text.js';

/** The first line that holds a text (folded comparison). */
export function findLine(doc: CorpusDocument, needle: string): [number, number] | null {
  const f = fold(needle);
  const i = doc.lines.findIndex((l) => l && fold(l).includes(f));
  return i >= 0 ? [i + 1, i + 1] : null;
}

/** Words that follow the issuer in the sentence that issues the plan ("X ban hành Kế hoạch …"). */
const ISSUES = /^\s*(?:ban hanh|xay dung)\b/;

/** Where the issuer is stated: the sentence in which it issues the plan, and its first mention (the header). */
export function issuerLines(doc: CorpusDocument, issuer: string): Array<[number, number]> {
  const f = fold(issuer);
  const i = doc.lines.findIndex((l) => {
    const at = l ? fold(l).indexOf(f) : -1;
    return at >= 0 && ISSUES.test(fold(l).slice(at + f.length));
  });
  const first = findLine(doc, issuer);
  const out: Array<[number, number]> = i >= 0 ? [[i + 1, i + 1]] : [];
  if (first && first[0] !== i + 1) out.push(first);
  return out;
}

/** A heading line and the line that completes it (the next non-empty one, when it follows at once). */
export function titleBlock(doc: CorpusDocument, at: [number, number]): [number, number] {
  const next = doc.lines.findIndex((l, i) => i >= at[0] && l.trim() !== '');
  return next >= 0 && next + 1 - at[1] <= 2 ? [at[0], next + 1] : at;
}

/** The distribution list ("Nơi nhận:"): each recipient as written, and the lines that list them. */
export function recipients(doc: CorpusDocument): { names: string[]; lines: [number, number] } | null {
  const sec = doc.sections.find((s) => s.kind === 'recipients');
  if (!sec) return null;
  const names: string[] = [];
  let last = sec.lines[0];
  for (let i = sec.lines[0]; i <= sec.lines[1]; i++) {
    const item = /^\s*[-+•]\s*(.+?)[\s,;.]*$/u.exec(doc.lines[i - 1] ?? '')?.[1];
    // "Lưu VT": the office's own file copy, not a recipient; the list ends there.
    if (item && !/^Lưu\b/u.test(item)) {
      names.push(item.replace(/\s+/g, ' '));
      last = i;
    }
  }
  return names.length ? { names, lines: [sec.lines[0], last] } : null;
}
