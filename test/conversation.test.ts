import { describe, expect, it } from 'vitest';
import { converse, readFollowUp, type ConversationAnswer, type Turn } from '../src/chat/conversation.js';
import { createService } from '../src/answer/service.js';
import { getEngine, SEED } from './helpers.js';

const service = createService(getEngine());

/** Ask a list of messages in one conversation; the answers in order. */
function chat(...messages: string[]): ConversationAnswer[] {
  const history: Turn[] = [];
  return messages.map((m) => {
    const { answer, turn } = converse(service, history, m);
    history.push(turn);
    return answer;
  });
}

const sources = (a: ConversationAnswer): string[] => [...new Set(a.citations.map((c) => c.source))];

describe('follow-ups resolve from the previous turn', () => {
  it('"còn Tây Ninh thì sao?" and "thế còn Đức Phổ?" swap the locality of a target question', () => {
    const [first, tn, dp] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'còn Tây Ninh thì sao?', 'thế còn Đức Phổ?');
    expect(first?.reading).toBeUndefined();
    expect(sources(first!)).toEqual([SEED.tuyPhuoc]);
    expect(tn?.reading).toBe('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?');
    expect(tn?.question).toBe('còn Tây Ninh thì sao?');
    expect(tn?.intent).toBe('target');
    expect(sources(tn!)).toEqual([SEED.tayNinh]);
    expect(tn?.answer).toMatch(/95%/);
    expect(dp?.reading).toContain('ở Đức Phổ đến năm 2030');
    expect(sources(dp!)).toEqual([SEED.ducPho]);
  });

  it('the same without diacritics', () => {
    const [, tn, dp] = chat('ty le dan so tham gia bao hiem y te o Tuy Phuoc', 'con Tay Ninh thi sao', 'the con Duc Pho');
    expect(tn?.abstained).toBe(false);
    expect(sources(tn!)).toEqual([SEED.tayNinh]);
    expect(sources(dp!)).toEqual([SEED.ducPho]);
    expect(tn?.reading).toMatch(/^Hiểu câu hỏi là: .*Tây Ninh/);
  });

  it('"ai phối hợp?" swaps the role, "thời hạn khi nào?" asks the deadline of the same task', () => {
    const [lead, coord, when] = chat('Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định?', 'ai phối hợp?', 'thời hạn khi nào?');
    expect(lead?.intent).toBe('responsibility');
    expect(coord?.reading).toBe('Hiểu câu hỏi là: Cơ quan nào phối hợp tuyên truyền, quán triệt ở Bình Định?');
    expect(coord?.intent).toBe('responsibility');
    expect(sources(coord!)).toEqual([SEED.binhDinh]);
    expect(when?.reading).toMatch(/ở Bình Định, thời hạn khi nào\?$/);
    expect(when?.intent).toBe('deadline');
    expect(when?.answer).toMatch(/Quý IV\/2024/);
  });

  it('"ai phoi hop" without diacritics, and a role after a deadline drops the deadline', () => {
    const [, , who] = chat('co quan nao chu tri tuyen truyen quan triet o Binh Dinh', 'thoi han khi nao', 'ai phoi hop');
    expect(who?.reading).toMatch(/phối hợp tuyen truyen quan triet o Binh Dinh\?$/);
    expect(who?.intent).toBe('responsibility');
  });

  it('the role swapped is the one the last question asked about, not another role word in it', () => {
    const [, who] = chat('Việc thực hiện tuyên truyền, quán triệt ở Bình Định do cơ quan nào chủ trì?', 'ai phối hợp?');
    expect(who?.reading).toBe('Hiểu câu hỏi là: Việc thực hiện tuyên truyền, quán triệt ở Bình Định do cơ quan nào phối hợp?');
  });

  it('"năm 2045 thì sao?" swaps the year', () => {
    const [, y] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'năm 2045 thì sao?');
    expect(y?.reading).toBe('Hiểu câu hỏi là: Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2045?');
    // The plan sets no 2045 figure: an honest "not found" for 2045 that shows the 2030 target, never 2030's as 2045's.
    expect(y?.abstained).toBe(true);
    expect(y?.answer).toMatch(/2045/);
    expect(y?.answer).toContain('96%');
    expect(y?.citations.some((c) => c.source === SEED.tuyPhuoc)).toBe(true);
  });

  it('"so sánh với Bình Định" compares the same indicator across both places', () => {
    const [, cmp] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'so sánh với Bình Định');
    expect(cmp?.reading).toBe('Hiểu câu hỏi là: So sánh tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước với Bình Định đến năm 2030?');
    expect(cmp?.intent).toBe('compare');
    expect(sources(cmp!).sort()).toEqual([SEED.tuyPhuoc, SEED.binhDinh].sort());
  });

  it('English: "and in Tay Ninh?", "what about 2045?", "compare with Tuy Phuoc", read back in English', () => {
    const [, bd, cmp, y] = chat('What is the health insurance coverage target in Binh Dinh?', 'and in Tay Ninh?', 'compare with Tuy Phuoc', 'what about 2045?');
    expect(bd?.reading).toBe('Read as: What is the health insurance coverage target in Tây Ninh?');
    expect(sources(bd!)).toEqual([SEED.tayNinh]);
    expect(y?.reading).toMatch(/^Read as: .*2045/);
    expect(cmp?.intent).toBe('compare');
    expect(cmp?.reading).toMatch(/^Read as: Compare the health insurance coverage target in Tây Ninh with Tuy Phước/);
    expect(sources(cmp!).sort()).toEqual([SEED.tuyPhuoc, SEED.tayNinh].sort());
  });

  it('a new topic after "còn … thì sao?" keeps the place and year', () => {
    const [, housing] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tây Ninh đến năm 2030?', 'còn nhà ở xã hội thì sao?');
    expect(housing?.reading).toBe('Hiểu câu hỏi là: Chỉ tiêu nhà ở xã hội ở Tây Ninh đến năm 2030?');
    expect(sources(housing!)).toEqual([SEED.tayNinh]);
  });

  it('a new topic after a role question keeps the role and the place', () => {
    const [, digital] = chat('Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?', 'vậy còn chuyển đổi số thì sao?');
    expect(digital?.reading).toBe('Hiểu câu hỏi là: Cơ quan nào chủ trì chuyển đổi số ở Tuy Phước?');
    // Whatever the engine makes of it, it stays in Tuy Phước.
    expect(sources(digital!).every((x) => x === SEED.tuyPhuoc)).toBe(true);
  });

  it('a document named by number is not carried to another place', () => {
    const [, tn] = chat('Kế hoạch 109-KH/TU do ai ký?', 'còn Tây Ninh thì sao?');
    expect(tn?.reading).not.toContain('109');
    expect(sources(tn!)).toEqual([SEED.tayNinh]);
  });
});

describe('fresh questions and the reading', () => {
  it('a new full question starts fresh, even mid-conversation', () => {
    const [, , fresh] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', 'còn Tây Ninh thì sao?', 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?');
    expect(fresh?.reading).toBeUndefined();
    expect(fresh?.intent).toBe('responsibility');
    expect(fresh?.citations[0]).toMatchObject({ source: SEED.tuyPhuoc, lines: [159, 159] });
  });

  it('with no history a follow-up form is just a question (no reading)', () => {
    expect(readFollowUp(service, undefined, 'còn Tây Ninh thì sao?')).toEqual({ kind: 'fresh', question: 'còn Tây Ninh thì sao?' });
    const [a] = chat('ai phối hợp?');
    expect(a?.reading).toBeUndefined();
  });

  it('is deterministic: the same history and text give the same reading', () => {
    const one = chat('Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định?', 'ai phối hợp?')[1];
    const two = chat('Cơ quan nào chủ trì tuyên truyền, quán triệt ở Bình Định?', 'ai phối hợp?')[1];
    expect(one?.reading).toBe(two?.reading);
  });

  it('hostile follow-ups never throw', () => {
    for (const m of ['', '???', '<b>còn</b> Tây Ninh', 'còn '.repeat(300), '\u0000\u0001', 'and in', 'so sánh với', 'năm 99999 thì sao?', '__proto__ constructor']) {
      expect(() => chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', m)).not.toThrow();
    }
  });
});

describe('ambiguity and suggestions', () => {
  it('a topic several plans set, asked with no place: answered for all, places offered as choices', () => {
    const [a] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế đến năm 2030?');
    expect(a?.abstained).toBe(false);
    expect(sources(a!).length).toBeGreaterThan(1);
    expect(a?.clarify).toMatch(/địa phương nào/);
    const labels = a?.choices?.map((c) => c.label) ?? [];
    expect(labels).toEqual([...new Set(a?.citations.map((c) => c.locality))]);
    // A choice is a full question that answers for that place only.
    const pick = a?.choices?.find((c) => c.label === 'Bình Định');
    expect(pick).toBeDefined();
    const [b] = chat(pick?.question ?? '');
    expect(sources(b!)).toEqual([SEED.binhDinh]);
    expect(b?.choices).toBeUndefined();
  });

  it('suggestions: 2–4 follow-ups in the question language, and they resolve', () => {
    const [vi] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?');
    expect(vi?.suggestions?.length).toBeGreaterThanOrEqual(2);
    expect(vi?.suggestions?.length).toBeLessThanOrEqual(4);
    for (const s of vi?.suggestions ?? []) {
      const [, next] = chat('Tỷ lệ dân số tham gia bảo hiểm y tế ở Tuy Phước đến năm 2030?', s);
      expect(next?.reading, s).toBeDefined();
      expect(next?.abstained, s).toBe(false);
    }
    const [en] = chat('Which agency leads propaganda work in Tuy Phuoc?');
    expect(en?.suggestions?.length).toBeGreaterThanOrEqual(2);
    expect(en?.suggestions?.every((s) => /^[\x20-\x7e\u00c0-\u1ef9]+$/.test(s) && !/\b(?:còn|thì|sao|ai)\b/.test(s))).toBe(true);
  });

  it('no suggestions after an abstention', () => {
    const [a] = chat('Giá vé máy bay đi Hà Nội bao nhiêu?');
    expect(a?.abstained).toBe(true);
    expect(a?.suggestions).toBeUndefined();
  });
});
