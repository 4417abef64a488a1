/**
 * Two questions typed as one ("cơ quan nào tổ chức học tập, cơ quan nào xây dựng kế hoạch?",
 * "what is the target and who leads it"): chat users squash them into a line. Each part is
 * a question of its own when it has words enough to name what it asks and the second opens
 * with its question word.
 */
import { fold } from '../text.js';

const ASKS = /(?:^| )(?:nao|ai|gi|bao nhieu|bao gio|the nao|ra sao|o dau|which|who|what|when|how|where)(?: |$)/;
/** Where one question may end and the next begin. */
const JOINS = /\s*[,;?]\s*(?:(?:và|va|còn|con|and|while)\s+)?|\s+(?:và|va|còn|con|and|while)\s+/giu;
/** The fewest words a part needs to name what it asks, question words included. */
const MIN_WORDS = 5;

/** The words within which a part that opens a new question asks ("cơ quan nào …", "trong những lĩnh vực nào"). */
const OPENING = 5;

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
const asks = (s: string): boolean => ASKS.test(` ${fold(s).replace(/[^a-z0-9]+/g, ' ')} `);
/** The part opens with its question: "thời hạn khi nào" after "quán triệt ở Bình Định," does not. */
const opensAsking = (s: string): boolean => asks(s.split(/\s+/).slice(0, OPENING).join(' '));

/** The two questions a line holds, split at the first join where both sides ask, or null. */
export function splitCompound(question: string): [string, string] | null {
  for (const m of question.matchAll(JOINS)) {
    const at = m.index ?? 0;
    const left = question.slice(0, at).trim();
    const right = question.slice(at + m[0].length).trim();
    if (words(left) >= MIN_WORDS && words(right) >= MIN_WORDS && asks(left) && opensAsking(right)) return [left, right];
  }
  return null;
}
