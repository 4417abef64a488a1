import { describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { readIndex } from '../src/store.js';
import { AnswerSchema } from '../src/types.js';
import { getEngine, SEED } from './helpers.js';

const manifest = readIndex().manifest;
const app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });

async function call(path: string, init?: RequestInit): Promise<{ status: number; body: unknown; res: Response }> {
  const res = await app.request(path, init);
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, body, res };
}

const post = (body: string | Uint8Array, type = 'application/json', headers: Record<string, string> = {}) => ({ method: 'POST', body, headers: { 'content-type': type, ...headers } });

describe('POST /api/ask', () => {
  it('answers with the contract object', async () => {
    const { status, body } = await call('/api/ask', post(JSON.stringify({ question: 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?' })));
    expect(status).toBe(200);
    const a = AnswerSchema.strict().parse(body);
    expect(a.citations[0]).toMatchObject({ source: SEED.tuyPhuoc, lines: [159, 159] });
  });
  it('honours locality and limit', async () => {
    const { body } = await call('/api/ask', post(JSON.stringify({ question: 'chỉ tiêu bảo hiểm y tế', locality: 'Tây Ninh', limit: 1 })));
    const a = AnswerSchema.parse(body);
    expect(a.citations.every((c) => c.source === SEED.tayNinh)).toBe(true);
  });
  it('escapes nothing and executes nothing: HTML in the question comes back as plain JSON text', async () => {
    const q = '<script>alert(1)</script> ai chủ trì tuyên truyền Tuy Phước?';
    const { body, res } = await call('/api/ask', post(JSON.stringify({ question: q })));
    expect(res.headers.get('content-type')).toContain('application/json');
    expect(AnswerSchema.parse(body).question).toBe(q);
  });
});

describe('GET endpoints', () => {
  it('/api/search ranks passages with highlights', async () => {
    const { status, body } = await call('/api/search?q=nha%20o%20xa%20hoi&locality=T%C3%A2y%20Ninh&limit=3');
    expect(status).toBe(200);
    const r = body as { total: number; hits: Array<{ source: string; text: string; highlights: Array<[number, number]> }> };
    expect(r.hits.length).toBeGreaterThan(0);
    expect(r.hits.every((h) => h.source === SEED.tayNinh)).toBe(true);
    const h = r.hits[0];
    expect(h && h.highlights.length).toBeGreaterThan(0);
    const [a, b] = h?.highlights[0] ?? [0, 0];
    expect(['nhà', 'ở', 'xã', 'hội']).toContain(h?.text.slice(a, b).toLowerCase());
  });
  it('words that name Object.prototype members are ordinary words, not a 500', async () => {
    for (const q of ['valueOf', 'constructor', '__proto__', 'toString hasOwnProperty', 'TW constructor']) {
      const search = await call(`/api/search?q=${encodeURIComponent(q)}`);
      expect(search.status, q).toBe(200);
      const asked = await call('/api/ask', post(JSON.stringify({ question: q })));
      expect(asked.status, q).toBe(200);
      expect(AnswerSchema.parse(asked.body).abstained, q).toBe(true);
    }
  });
  it('/api/documents lists five documents and /api/documents/:id gives the outline', async () => {
    const list = (await call('/api/documents')).body as { documents: Array<{ id: string }> };
    expect(list.documents.length).toBe(5);
    const { status, body } = await call('/api/documents/000_3907415c8c5f8eb7');
    expect(status).toBe(200);
    const d = body as { outline: Array<{ path: string; lines: [number, number] }>; signer: string };
    expect(d.signer).toBe('Nguyễn Đình Thuận');
    expect(d.outline.some((s) => s.path === 'IV. TỔ CHỨC THỰC HIỆN > 2' && s.lines[0] === 159)).toBe(true);
  });
  it('/api/documents/:id/lines returns verbatim lines', async () => {
    const { body } = await call(`/api/documents/${SEED.tuyPhuoc}/lines?from=158&to=160`);
    const r = body as { lines: Array<{ n: number; text: string }> };
    expect(r.lines.map((l) => l.n)).toEqual([158, 159, 160]);
    expect(r.lines[1]?.text).toMatch(/^2\. Ban Tuyên giáo Huyện ủy chủ trì/);
  });
  it('/api/targets filters by indicator words and locality, and exports CSV with a BOM', async () => {
    const { body } = await call('/api/targets?indicator=bhyt&locality=tay%20ninh');
    const rows = (body as { targets: Array<{ valueText: string; indicator: string }> }).targets;
    expect(rows.map((r) => [r.indicator, r.valueText])).toEqual([['health_insurance', '95%']]);
    const csv = await app.request('/api/targets?indicator=social_housing_units&format=csv');
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('12.900 căn');
  });
  it('/api/targets/compare gives one row per locality', async () => {
    const { body } = await call('/api/targets/compare?indicator=doctors_per_10k');
    const r = body as { rows: Array<{ locality: string; valueText: string }> };
    expect(r.rows.map((x) => x.locality)).toEqual(['Tuy Phước', 'Đức Phổ', 'Bình Định', 'Tây Ninh']);
    expect(new Set(r.rows.map((x) => x.locality)).size).toBe(r.rows.length);
  });
  it('/api/responsibilities filters by agency, role, locality and words', async () => {
    const { body } = await call('/api/responsibilities?agency=ban%20tuyen%20giao&role=lead&locality=Tuy%20Ph%C6%B0%E1%BB%9Bc');
    const r = body as { responsibilities: Array<{ agency: string; lines: [number, number] }> };
    expect(r.responsibilities.map((x) => [x.agency, x.lines])).toEqual([['Ban Tuyên giáo Huyện ủy', [159, 159]]]);
    const q = (await call('/api/responsibilities?q=b%C3%A1o%20c%C3%A1o%20k%E1%BA%BFt%20qu%E1%BA%A3&locality=Tuy%C3%AAn%20Quang')).body as { total: number };
    expect(q.total).toBeGreaterThan(0);
  });
  it('/health reports the index', async () => {
    const { body } = await call('/health');
    expect(body).toMatchObject({ status: 'ok', indexLoaded: true, documents: 5 });
  });
  it('/openapi.json describes every endpoint', async () => {
    const { body } = await call('/openapi.json');
    const paths = Object.keys((body as { paths: Record<string, unknown> }).paths);
    for (const p of ['/api/ask', '/api/search', '/api/documents', '/api/documents/{id}', '/api/documents/{id}/lines', '/api/targets', '/api/targets/compare', '/api/responsibilities', '/health']) expect(paths).toContain(p);
  });
  it('serves the web page with secure headers', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<html lang="vi">');
  });
});

type Case = [name: string, path: string, init: RequestInit | undefined, status: number, code?: string];
const big = JSON.stringify({ question: 'a'.repeat(1024 * 1024) });
const HOSTILE: Case[] = [
  ['empty body', '/api/ask', post(''), 400, 'invalid_json'],
  ['whitespace body', '/api/ask', post('   '), 400, 'invalid_json'],
  ['empty question', '/api/ask', post('{"question":""}'), 400, 'question_required'],
  ['whitespace question', '/api/ask', post('{"question":"   \\n\\t "}'), 400, 'question_required'],
  ['punctuation only', '/api/ask', post('{"question":"?!.,;"}'), 400, 'question_required'],
  ['question too long', '/api/ask', post(JSON.stringify({ question: 'x'.repeat(1001) })), 400, 'question_too_long'],
  ['1 MB body', '/api/ask', post(big), 413, 'payload_too_large'],
  ['17 KB body', '/api/ask', post(JSON.stringify({ question: 'ab '.repeat(6000) })), 413, 'payload_too_large'],
  ['text/plain', '/api/ask', post('{"question":"x"}', 'text/plain'), 415, 'unsupported_media_type'],
  ['form encoded', '/api/ask', post('question=x', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type'],
  ['multipart', '/api/ask', post('--x\r\n', 'multipart/form-data; boundary=x'), 415, 'unsupported_media_type'],
  ['no content type', '/api/ask', { method: 'POST', body: '{"question":"x"}' }, 415, 'unsupported_media_type'],
  ['xml', '/api/ask', post('<q>x</q>', 'application/xml'), 415, 'unsupported_media_type'],
  ['malformed JSON', '/api/ask', post('{bad'), 400, 'invalid_json'],
  ['truncated JSON', '/api/ask', post('{"question": "ai'), 400, 'invalid_json'],
  ['trailing garbage', '/api/ask', post('{"question":"x"} x'), 400, 'invalid_json'],
  ['JSON null', '/api/ask', post('null'), 400, 'invalid_parameter'],
  ['JSON array', '/api/ask', post('["x"]'), 400, 'invalid_parameter'],
  ['JSON string', '/api/ask', post('"x"'), 400, 'invalid_parameter'],
  ['JSON number', '/api/ask', post('42'), 400, 'invalid_parameter'],
  ['missing question', '/api/ask', post('{}'), 400, 'invalid_parameter'],
  ['question number', '/api/ask', post('{"question":5}'), 400, 'invalid_parameter'],
  ['question null', '/api/ask', post('{"question":null}'), 400, 'invalid_parameter'],
  ['question array', '/api/ask', post('{"question":["a"]}'), 400, 'invalid_parameter'],
  ['question object', '/api/ask', post('{"question":{"a":1}}'), 400, 'invalid_parameter'],
  ['question bool', '/api/ask', post('{"question":true}'), 400, 'invalid_parameter'],
  ['unknown field', '/api/ask', post('{"question":"x","admin":true}'), 400, 'invalid_parameter'],
  ['limit string', '/api/ask', post('{"question":"x","limit":"3"}'), 400, 'invalid_parameter'],
  ['limit negative', '/api/ask', post('{"question":"x","limit":-1}'), 400, 'invalid_parameter'],
  ['limit huge', '/api/ask', post('{"question":"x","limit":1000000}'), 400, 'invalid_parameter'],
  ['limit float', '/api/ask', post('{"question":"x","limit":1.5}'), 400, 'invalid_parameter'],
  ['locality number', '/api/ask', post('{"question":"x","locality":1}'), 400, 'invalid_parameter'],
  ['locality empty', '/api/ask', post('{"question":"x","locality":""}'), 400, 'invalid_parameter'],
  ['invalid UTF-8', '/api/ask', post(new Uint8Array([0x7b, 0x22, 0x71, 0x75, 0x65, 0x73, 0x74, 0x69, 0x6f, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d])), 400, 'invalid_encoding'],
  ['binary body', '/api/ask', post(new Uint8Array([0, 1, 2, 255, 254, 253])), 400, 'invalid_encoding'],
  ['GET on ask', '/api/ask', { method: 'GET' }, 405, 'method_not_allowed'],
  ['PUT on ask', '/api/ask', { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } }, 405, 'method_not_allowed'],
  ['DELETE on search', '/api/search?q=x', { method: 'DELETE' }, 405, 'method_not_allowed'],
  ['PUT on documents', '/api/documents', { method: 'PUT', body: '{}', headers: { 'content-type': 'application/json' } }, 405, 'method_not_allowed'],
  ['upload while uploads are off', '/api/documents', post('{}'), 403, 'upload_disabled'],
  ['search without q', '/api/search', undefined, 400, 'invalid_parameter'],
  ['search empty q', '/api/search?q=', undefined, 400, 'invalid_parameter'],
  ['search huge q', `/api/search?q=${'a'.repeat(1001)}`, undefined, 400, 'invalid_parameter'],
  ['search negative limit', '/api/search?q=x&limit=-5', undefined, 400, 'invalid_parameter'],
  ['search huge limit', '/api/search?q=x&limit=999999', undefined, 400, 'invalid_parameter'],
  ['search limit text', '/api/search?q=x&limit=abc', undefined, 400, 'invalid_parameter'],
  ['search negative offset', '/api/search?q=x&offset=-1', undefined, 400, 'invalid_parameter'],
  ['search unknown kind', '/api/search?q=x&kind=bogus', undefined, 400, 'invalid_parameter'],
  ['unknown document', '/api/documents/nope', undefined, 404, 'document_not_found'],
  ['path traversal id', '/api/documents/..%2F..%2Fetc%2Fpasswd', undefined, 404, 'document_not_found'],
  ['lines without range', `/api/documents/${SEED.tuyPhuoc}/lines`, undefined, 400, 'invalid_parameter'],
  ['lines reversed', `/api/documents/${SEED.tuyPhuoc}/lines?from=10&to=5`, undefined, 400, 'invalid_parameter'],
  ['lines zero', `/api/documents/${SEED.tuyPhuoc}/lines?from=0&to=5`, undefined, 400, 'invalid_parameter'],
  ['lines text', `/api/documents/${SEED.tuyPhuoc}/lines?from=a&to=b`, undefined, 400, 'invalid_parameter'],
  ['lines of unknown doc', '/api/documents/nope/lines?from=1&to=2', undefined, 404, 'document_not_found'],
  ['targets bad format', '/api/targets?format=xlsx', undefined, 400, 'invalid_parameter'],
  ['compare without indicator', '/api/targets/compare', undefined, 400, 'invalid_parameter'],
  ['responsibilities bad role', '/api/responsibilities?role=boss', undefined, 400, 'invalid_parameter'],
  ['responsibilities huge limit', '/api/responsibilities?limit=100000', undefined, 400, 'invalid_parameter'],
  ['unknown route', '/api/nope', undefined, 404, 'not_found'],
  ['unknown page', '/wp-admin.php', undefined, 404, 'not_found'],
];

describe(`hostile input (${HOSTILE.length} cases): the right 4xx, a clear message, never a 500`, () => {
  it('has at least 50 cases', () => expect(HOSTILE.length).toBeGreaterThanOrEqual(50));
  for (const [name, path, init, status, code] of HOSTILE) {
    it(`${name} → ${status}`, async () => {
      const { status: got, body } = await call(path, init);
      expect(got).toBe(status);
      const err = (body as { error?: { code: string; message: string } }).error;
      expect(err?.code).toBe(code);
      expect(err?.message.length).toBeGreaterThan(5);
      expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+|stack/i);
    });
  }
  it('answers errors in English when asked', async () => {
    const { body } = await call('/api/ask', post('{bad', 'application/json', { 'accept-language': 'en-US,en;q=0.9' }));
    expect((body as { error: { message: string } }).error.message).toBe('The request body is not valid JSON.');
  });
  it('messages are Vietnamese by default', async () => {
    const { body } = await call('/api/ask', post('{"question":""}'));
    expect((body as { error: { message: string } }).error.message).toBe('Vui lòng nhập câu hỏi.');
  });
});

describe('rate limit and CORS', () => {
  it('429 with Retry-After past the per-minute limit', async () => {
    const limited = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 3, corsOrigins: '' });
    const codes: number[] = [];
    let retry: string | null = null;
    for (let i = 0; i < 5; i++) {
      const r = await limited.request('/api/search?q=nha');
      codes.push(r.status);
      if (r.status === 429) retry = r.headers.get('retry-after');
    }
    expect(codes).toEqual([200, 200, 200, 429, 429]);
    expect(Number(retry)).toBeGreaterThan(0);
  });
  it('CORS only for configured origins', async () => {
    const withCors = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: 'https://a.example' });
    const ok = await withCors.request('/api/search?q=nha', { headers: { origin: 'https://a.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://a.example');
    const none = await app.request('/api/search?q=nha', { headers: { origin: 'https://evil.example' } });
    expect(none.headers.get('access-control-allow-origin')).toBeNull();
  });
});
