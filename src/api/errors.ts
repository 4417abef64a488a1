/**
 * API errors: `{ "error": { "code", "message" } }`, message in Vietnamese unless the client
 * asks for English (Accept-Language: en…). One table of messages, no stack traces.
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

const MESSAGES = {
  bad_request: { vi: 'Yêu cầu không hợp lệ.', en: 'The request is not valid.' },
  invalid_json: { vi: 'Nội dung gửi lên không phải JSON hợp lệ.', en: 'The request body is not valid JSON.' },
  invalid_encoding: { vi: 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ.', en: 'The request body is not valid UTF-8 text.' },
  unsupported_media_type: { vi: 'Hãy gửi dữ liệu dạng JSON (Content-Type: application/json).', en: 'Send JSON (Content-Type: application/json).' },
  payload_too_large: { vi: 'Nội dung gửi lên quá lớn (tối đa 16 KB).', en: 'The request body is too large (16 KB at most).' },
  question_required: { vi: 'Vui lòng nhập câu hỏi.', en: 'Please type a question.' },
  question_too_long: { vi: 'Câu hỏi quá dài (tối đa 1.000 ký tự).', en: 'The question is too long (1,000 characters at most).' },
  invalid_parameter: { vi: 'Tham số không hợp lệ.', en: 'A parameter is not valid.' },
  not_found: { vi: 'Không tìm thấy.', en: 'Not found.' },
  document_not_found: { vi: 'Không có văn bản này trong kho.', en: 'No such document in the corpus.' },
  method_not_allowed: { vi: 'Phương thức không được hỗ trợ cho địa chỉ này.', en: 'Method not allowed for this address.' },
  rate_limited: { vi: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.', en: 'Too many requests. Please try again shortly.' },
  unauthorized: { vi: 'Không có quyền truy cập.', en: 'Not authorised.' },
  upload_disabled: { vi: 'Tính năng thêm văn bản đang tắt trên máy chủ này.', en: 'Adding documents is switched off on this server.' },
  file_required: { vi: 'Hãy gửi ít nhất một tệp (trường "file").', en: 'Send at least one file (field "file").' },
  files_refused: { vi: 'Không thêm được tệp nào.', en: 'No file could be added.' },
  internal: { vi: 'Đã có lỗi phía máy chủ. Vui lòng thử lại.', en: 'Something went wrong on the server. Please try again.' },
} as const;

export type ErrorCode = keyof typeof MESSAGES;

export function wantsEnglish(c: Context): boolean {
  return /^\s*en\b/i.test(c.req.header('accept-language') ?? '');
}

export function message(c: Context, code: ErrorCode): string {
  return MESSAGES[code][wantsEnglish(c) ? 'en' : 'vi'];
}

/** "1 MB", "16 KB", "25 MB": a byte limit as people say it. */
export function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${+(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;
}

/** 413 that states the limit of the route that refused the body. */
export function tooLarge(c: Context, maxBytes: number) {
  const size = formatBytes(maxBytes);
  const msg = wantsEnglish(c) ? `The request body is too large (${size} at most on this address).` : `Nội dung gửi lên quá lớn (tối đa ${size} cho địa chỉ này).`;
  return c.json({ error: { code: 'payload_too_large', message: msg } }, 413);
}

/** An error whose whole message is given (already in the client's language), with the field it concerns. */
export function failMessage<S extends ContentfulStatusCode>(c: Context, status: S, code: ErrorCode, msg = message(c, code), field?: string) {
  return c.json({ error: { code: code as string, message: msg, ...(field ? { field } : {}) } }, status);
}

export function fail<S extends ContentfulStatusCode>(c: Context, status: S, code: ErrorCode, detail?: string) {
  const msg = message(c, code);
  return c.json({ error: { code: code as string, message: detail ? `${msg} ${detail}` : msg } }, status);
}
