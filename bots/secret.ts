/** Constant-time comparison of a webhook secret header with the configured secret. */
export function secretMatches(given: string | undefined, expected: string): boolean {
  if (!expected || given === undefined) return false;
  let diff = given.length ^ expected.length;
  for (let i = 0; i < expected.length; i++) diff |= (given.charCodeAt(i) || 0) ^ expected.charCodeAt(i);
  return diff === 0;
}
