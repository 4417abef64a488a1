/**
 * Validation errors said wholly in the client's language: the field by its name and in
 * words, and what is wrong with it — never zod's English text inside a Vietnamese message.
 */
import type { Context } from 'hono';
import { failMessage, wantsEnglish } from './errors.js';

type Words = { vi: string; en: string };

/** Every field a client can send, in words. An unknown name is quoted as is. */
const FIELDS: Record<string, Words> = {
  q: { vi: 'câu hỏi hoặc từ cần tìm', en: 'question or search words' },
  question: { vi: 'câu hỏi', en: 'question' },
  locality: { vi: 'địa phương', en: 'locality' },
  kind: { vi: 'loại mục của văn bản', en: 'kind of section' },
  limit: { vi: 'số kết quả tối đa', en: 'maximum number of results' },
  offset: { vi: 'số kết quả bỏ qua', en: 'number of results to skip' },
  from: { vi: 'dòng đầu', en: 'first line' },
  to: { vi: 'dòng cuối', en: 'last line' },
  id: { vi: 'mã văn bản', en: 'document id' },
  indicator: { vi: 'chỉ tiêu', en: 'indicator' },
  format: { vi: 'định dạng', en: 'format' },
  agency: { vi: 'cơ quan', en: 'agency' },
  role: { vi: 'vai trò', en: 'role' },
};

const TYPES: Record<string, Words> = {
  string: { vi: 'một chuỗi ký tự', en: 'text' },
  number: { vi: 'một số', en: 'a number' },
  int: { vi: 'một số nguyên', en: 'a whole number' },
  boolean: { vi: 'true hoặc false', en: 'true or false' },
  object: { vi: 'một đối tượng JSON', en: 'a JSON object' },
  array: { vi: 'một danh sách', en: 'a list' },
};

/** The parts of a zod 4 issue this module reads (structural: no zod import needed). */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
  values?: unknown[];
  keys?: string[];
}

/** Where the value came from, as the validator names it: 'query', 'json', 'param' … */
export type Target = string;

function fieldName(path: PropertyKey[], target: Target, en: boolean): string {
  const name = path.map(String).join('.');
  const words = FIELDS[String(path[path.length - 1] ?? '')];
  const noun = target === 'json' ? (en ? 'Field' : 'Trường') : en ? 'Parameter' : 'Tham số';
  return words ? `${noun} '${name}' (${en ? words.en : words.vi})` : `${noun} '${name}'`;
}

const num = (n: number | bigint | undefined): string => String(n ?? '');

/** What is wrong, as a predicate phrase ("là bắt buộc", "must be one of: …"). */
function problem(issue: IssueLike, en: boolean): string {
  switch (issue.code) {
    case 'invalid_type': {
      // zod says "received undefined" when the field is absent.
      if (/received undefined/.test(issue.message)) return en ? 'is required' : 'là bắt buộc';
      const t = TYPES[issue.expected ?? ''];
      if (issue.expected === 'number' && /NaN/.test(issue.message)) return en ? 'must be a number' : 'phải là một số';
      return t ? (en ? `must be ${t.en}` : `phải là ${t.vi}`) : en ? 'has the wrong type' : 'có kiểu không đúng';
    }
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? (en ? 'must not be empty' : 'không được để trống') : en ? `must have at least ${num(issue.minimum)} characters` : `phải có ít nhất ${num(issue.minimum)} ký tự`;
      if (issue.origin === 'array') return en ? `must have at least ${num(issue.minimum)} items` : `phải có ít nhất ${num(issue.minimum)} phần tử`;
      return issue.inclusive === false ? (en ? `must be greater than ${num(issue.minimum)}` : `phải lớn hơn ${num(issue.minimum)}`) : en ? `must be at least ${num(issue.minimum)}` : `phải từ ${num(issue.minimum)} trở lên`;
    case 'too_big':
      if (issue.origin === 'string') return en ? `must have at most ${num(issue.maximum)} characters` : `dài tối đa ${num(issue.maximum)} ký tự`;
      if (issue.origin === 'array') return en ? `must have at most ${num(issue.maximum)} items` : `có tối đa ${num(issue.maximum)} phần tử`;
      return issue.inclusive === false ? (en ? `must be less than ${num(issue.maximum)}` : `phải nhỏ hơn ${num(issue.maximum)}`) : en ? `must be at most ${num(issue.maximum)}` : `không được lớn hơn ${num(issue.maximum)}`;
    case 'invalid_value': {
      const list = (issue.values ?? []).map(String).join(', ');
      return en ? `must be one of: ${list}` : `phải là một trong các giá trị: ${list}`;
    }
    default:
      return en ? 'is not valid' : 'không hợp lệ';
  }
}

/** One sentence for the first issue, in the language the client asked for. */
export function describeIssue(issue: IssueLike, target: Target, en: boolean): string {
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue.keys ?? []).map((k) => `'${k}'`).join(', ');
    return en ? `Unknown field(s): ${keys}.` : `Không nhận trường: ${keys}.`;
  }
  if (!issue.path.length) {
    // The body as a whole (JSON null, an array, a string …).
    return en ? 'The request body must be a JSON object, e.g. {"question": "…"}.' : 'Nội dung gửi lên phải là một đối tượng JSON, ví dụ {"question": "…"}.';
  }
  return `${fieldName(issue.path, target, en)} ${problem(issue, en)}.`;
}

/** Field named in words plus the issue, for the request's language. */
export function issueMessage(c: Context, issue: IssueLike, target: Target): { message: string; field?: string } {
  const message = describeIssue(issue, target, wantsEnglish(c));
  return issue.path.length ? { message, field: issue.path.map(String).join('.') } : { message };
}

/** The 400 of a refused parameter: `{ error: { code: 'invalid_parameter', message, field } }`. */
export function invalidParameter(c: Context, issue: IssueLike, target: Target) {
  const { message, field } = issueMessage(c, issue, target);
  return failMessage(c, 400, 'invalid_parameter', message, field);
}

/** Messages for checks the handlers make themselves (not zod). */
export function rangeMessage(c: Context): string {
  return wantsEnglish(c) ? "Parameter 'to' (last line) must not be less than 'from' (first line)." : "Tham số 'to' (dòng cuối) không được nhỏ hơn 'from' (dòng đầu).";
}
