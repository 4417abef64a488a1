import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBank, ROOT } from './bank/check-hand.js';

const BANK = join(ROOT, 'test', 'bank', 'handwritten-b.json');

describe('hand-written bank B', () => {
  it('is schema-valid, with every quote and answer string found in its source', () => {
    const r = checkBank([BANK]);
    expect(r.errors).toEqual([]);
    expect(r.items).toBeGreaterThanOrEqual(95);
    expect(r.counts.get('intent:out_of_scope') ?? 0).toBeGreaterThanOrEqual(15);
  });

  it('reports a quote or answer string that is not in the source, and duplicate ids', () => {
    const items = JSON.parse(readFileSync(BANK, 'utf8')) as { id: string; expect?: { quote?: string; answer_contains?: string[] } }[];
    const answerable = items.filter((x) => x.expect?.quote !== undefined).slice(0, 2);
    const [a, b] = answerable.map((x) => structuredClone(x));
    if (!a?.expect || !b?.expect) throw new Error('bank has no answerable items');
    a.expect.quote = `${a.expect.quote} không có trong văn bản`;
    b.expect.answer_contains = ['99,99% không có'];
    const dir = mkdtempSync(join(tmpdir(), 'bank-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify([a, b, { ...b }]));
    const r = checkBank([file]);
    rmSync(dir, { recursive: true, force: true });
    expect(r.errors.some((e) => e.includes('quote not in'))).toBe(true);
    expect(r.errors.some((e) => e.includes('answer string not in'))).toBe(true);
    expect(r.errors.some((e) => e.includes('duplicate id'))).toBe(true);
  });
});
