/**
 * Abstention thresholds on the coverage score (share of the question's idf-weighted terms
 * found in the best passage). Calibrated with `npm run eval -- --calibrate` over
 * ../shared/eval/dev.json and test/fixtures/questions.json: when set, passage answers that
 * were right scored ≥ 0.77 and questions the corpus cannot answer ≤ 0.39 on that path; the
 * content threshold sits in the gap. Rows of the who-does-what table that answered right
 * scored ≥ 0.33 (with the role named in the question) and are only consulted for
 * responsibility and deadline questions.
 */
export const THRESHOLDS = {
  /** A passage answering a content question must cover this share of the question. */
  content: 0.5,
  /** A who-does-what row must cover this share to be trusted over a passage. */
  responsibility: 0.3,
  /** A target row must cover this share of the question's topic (or be its named indicator). */
  target: 0.6,
  /** Unknown English words weigh like a rare term: too many of them and the corpus cannot answer. */
  unknownEnglishWeight: 4,
};
