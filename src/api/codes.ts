/**
 * The accepted codes of every coded query parameter, with their meaning: published in
 * openapi.json (enum + description) and quoted in the README. One table, no drift.
 */
import { INDICATORS } from '../domain/indicators.js';
import type { Role, SectionKind } from '../types.js';

export interface Code {
  code: string;
  vi: string;
  en: string;
}

export const SECTION_KIND_CODES: Array<Code & { code: SectionKind }> = [
  { code: 'preamble', vi: 'phần mở đầu, căn cứ', en: 'preamble and legal bases' },
  { code: 'purpose', vi: 'mục đích, yêu cầu', en: 'purpose and requirements' },
  { code: 'goals', vi: 'mục tiêu', en: 'goals' },
  { code: 'targets', vi: 'chỉ tiêu', en: 'numeric targets' },
  { code: 'vision', vi: 'tầm nhìn (đến 2045)', en: 'vision (to 2045)' },
  { code: 'tasks', vi: 'nhiệm vụ, giải pháp', en: 'tasks and solutions' },
  { code: 'specific-assignments', vi: 'nhiệm vụ cụ thể, phân công', en: 'specific assignments' },
  { code: 'organisation', vi: 'tổ chức thực hiện', en: 'organisation of implementation' },
  { code: 'recipients', vi: 'nơi nhận', en: 'recipients' },
  { code: 'signature', vi: 'chữ ký', en: 'signature' },
  { code: 'other', vi: 'mục khác', en: 'other sections' },
];

export const ROLE_CODES: Array<Code & { code: Role }> = [
  { code: 'lead', vi: 'chủ trì', en: 'leads' },
  { code: 'coordinate', vi: 'phối hợp', en: 'coordinates' },
  { code: 'direct', vi: 'lãnh đạo, chỉ đạo', en: 'directs' },
  { code: 'advise_execute', vi: 'tham mưu, giúp thực hiện', en: 'advises and carries out' },
  { code: 'execute', vi: 'thực hiện', en: 'carries out' },
  { code: 'monitor', vi: 'giám sát, theo dõi', en: 'monitors' },
  { code: 'report', vi: 'báo cáo', en: 'reports' },
];

export const TABLE_FORMAT_CODES: Code[] = [
  { code: 'json', vi: 'JSON (mặc định)', en: 'JSON (default)' },
  { code: 'csv', vi: 'CSV (UTF-8, mở được bằng Excel)', en: 'CSV (UTF-8, opens in Excel)' },
];

/** Codes of the admin routes' filters. */
export const CHANNEL_CODES: Code[] = [
  { code: 'api', vi: 'gọi API', en: 'HTTP API' },
  { code: 'web', vi: 'trang web', en: 'web page' },
  { code: 'telegram', vi: 'bot Telegram', en: 'Telegram bot' },
  { code: 'zalo', vi: 'bot Zalo', en: 'Zalo bot' },
];
export const VOTE_CODES: Code[] = [
  { code: 'up', vi: '👍', en: 'thumbs up' },
  { code: 'down', vi: '👎', en: 'thumbs down' },
];
export const ABSTAINED_CODES: Code[] = [
  { code: 'true', vi: 'chỉ câu chưa trả lời', en: 'unanswered only' },
  { code: 'false', vi: 'chỉ câu đã trả lời', en: 'answered only' },
  { code: '1', vi: 'như true', en: 'as true' },
  { code: '0', vi: 'như false', en: 'as false' },
];

export const INDICATOR_CODES: Code[] = INDICATORS.map((d) => ({ code: d.key, vi: d.vi, en: d.en }));

/** "`code` — nghĩa (meaning)" lines for an OpenAPI description. */
export function describeCodes(intro: string, codes: Code[]): string {
  return `${intro}\n\n${codes.map((c) => `- \`${c.code}\` — ${c.vi} (${c.en})`).join('\n')}`;
}

export const codeList = <T extends string>(codes: Array<Code & { code: T }>): [T, ...T[]] => codes.map((c) => c.code) as [T, ...T[]];
