/**
 * The API as documented: /docs offline, every coded parameter's codes in openapi.json,
 * validation errors wholly in the client's language naming the field, /lines saying when
 * it cut, and one log line per request without users' questions.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../src/api/app.js';
import { INDICATOR_CODES, ROLE_CODES, SECTION_KIND_CODES, CHANNEL_CODES } from '../src/api/codes.js';
import { CHANNELS } from '../src/db/log.js';
import { bufferedLines } from '../src/api/requestlog.js';
import { nodeDocsAssets } from '../src/api/docs-node.js';
import { readIndex } from '../src/store.js';
import { ROLES, SECTION_KINDS } from '../src/types.js';
import { INDICATORS } from '../src/domain/indicators.js';
import { getEngine, SEED } from './helpers.js';

const manifest = readIndex().manifest;
const app = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', docsAssets: nodeDocsAssets() });
type Err = { error: { code: string; message: string; field?: string } };

describe('/docs without network', () => {
  it('the page and every asset it names are served by the app itself', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).not.toMatch(/https?:\/\//); // nothing from a CDN
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(3);
    for (const u of urls) {
      expect(u.startsWith('/')).toBe(true);
      const a = await app.request(u);
      expect(a.status, u).toBe(200);
      expect((await a.arrayBuffer()).byteLength, u).toBeGreaterThan(20);
    }
    const bundle = await app.request('/docs/assets/swagger-ui-bundle.js');
    expect(bundle.headers.get('content-type')).toContain('javascript');
    expect(await bundle.text()).toContain('SwaggerUIBundle');
    expect(res.headers.get('content-security-policy')).not.toMatch(/https?:/);
  });

  it('asset names outside the list are 404 (no path traversal into node_modules)', async () => {
    for (const u of ['/docs/assets/package.json', '/docs/assets/..%2F..%2Fpackage.json', '/docs/assets/constructor', '/docs/assets/__proto__']) expect((await app.request(u)).status, u).toBe(404);
  });

  it('without the assets (the Worker) /docs is a plain HTML reference with every path and the codes', async () => {
    const plain = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '' });
    const html = await (await plain.request('/docs')).text();
    expect(html).not.toMatch(/<script/);
    for (const p of ['/api/ask', '/api/search', '/api/documents/{id}/lines', '/api/responsibilities']) expect(html).toContain(p);
    expect(html).toContain('specific-assignments');
    expect(html).toContain('advise_execute');
  });
});

interface Param {
  name: string;
  in: string;
  description?: string;
  schema?: { enum?: string[] };
}

describe('openapi.json lists the accepted codes of every coded parameter', async () => {
  const doc = (await (await app.request('/openapi.json')).json()) as { paths: Record<string, Record<string, { parameters?: Param[] }>> };
  const params = Object.entries(doc.paths).flatMap(([path, ops]) => Object.values(ops).flatMap((op) => (op.parameters ?? []).map((p) => ({ path, ...p }))));

  it('the code tables cover the types exactly', () => {
    expect(SECTION_KIND_CODES.map((c) => c.code).sort()).toEqual([...SECTION_KINDS].sort());
    expect(ROLE_CODES.map((c) => c.code).sort()).toEqual([...ROLES].sort());
    expect(CHANNEL_CODES.map((c) => c.code).sort()).toEqual([...CHANNELS].sort());
    expect(INDICATOR_CODES.length).toBe(INDICATORS.length);
  });

  it('every query parameter has a description; every enum value is explained in it', () => {
    const query = params.filter((p) => p.in === 'query');
    expect(query.length).toBeGreaterThan(10);
    for (const p of query) {
      if (p.path === '/api/study/{id}') continue; // owned by the study-pack work
      expect(p.description, `${p.path} ${p.name}`).toBeTruthy();
      for (const v of p.schema?.enum ?? []) expect(p.description, `${p.path} ${p.name}=${v}`).toContain(`\`${v}\` — `);
    }
  });

  it('kind, role and format are enums; indicator lists every indicator code', () => {
    const by = (path: string, name: string) => params.find((p) => p.path === path && p.name === name);
    expect(by('/api/search', 'kind')?.schema?.enum).toEqual([...SECTION_KINDS]);
    expect(by('/api/responsibilities', 'role')?.schema?.enum).toEqual([...ROLES]);
    expect(by('/api/targets', 'format')?.schema?.enum).toEqual(['json', 'csv']);
    for (const path of ['/api/targets', '/api/targets/compare']) for (const d of INDICATORS) expect(by(path, 'indicator')?.description).toContain(`\`${d.key}\``);
  });

  it('an indicator code from the list is accepted by the API', async () => {
    const res = await app.request('/api/targets/compare?indicator=health_insurance');
    expect(res.status).toBe(200);
    expect(((await res.json()) as { indicator: string }).indicator).toBe('health_insurance');
  });
});

const post = (body: string, lang?: string) => ({ method: 'POST', body, headers: { 'content-type': 'application/json', ...(lang ? { 'accept-language': lang } : {}) } });

/** Requests whose parameters zod refuses. */
const INVALID: Array<[string, RequestInit | undefined]> = [
  ['/api/search', undefined],
  ['/api/search?q=', undefined],
  [`/api/search?q=${'a'.repeat(1001)}`, undefined],
  ['/api/search?q=x&limit=abc', undefined],
  ['/api/search?q=x&limit=999999', undefined],
  ['/api/search?q=x&limit=0', undefined],
  ['/api/search?q=x&limit=1.5', undefined],
  ['/api/search?q=x&offset=-1', undefined],
  ['/api/search?q=x&kind=bogus', undefined],
  [`/api/documents/${SEED.tuyPhuoc}/lines`, undefined],
  [`/api/documents/${SEED.tuyPhuoc}/lines?from=0&to=5`, undefined],
  [`/api/documents/${SEED.tuyPhuoc}/lines?from=a&to=b`, undefined],
  [`/api/documents/${SEED.tuyPhuoc}/lines?from=10&to=5`, undefined],
  ['/api/targets?format=xlsx', undefined],
  ['/api/targets/compare', undefined],
  ['/api/responsibilities?role=boss', undefined],
  ['/api/responsibilities?limit=100000', undefined],
  ['/api/ask', post('null')],
  ['/api/ask', post('[1]')],
  ['/api/ask', post('{}')],
  ['/api/ask', post('{"question":5}')],
  ['/api/ask', post('{"question":"x","admin":true}')],
  ['/api/ask', post('{"question":"x","limit":"3"}')],
  ['/api/ask', post('{"question":"x","limit":1000}')],
  ['/api/ask', post('{"question":"x","locality":""}')],
];

// zod's own words must never reach a client.
const ZOD_ENGLISH = /Invalid input|expected|received|Too (?:small|big)|Unrecognized|Invalid option|NaN/;
const withLang = (init: RequestInit | undefined, lang: string): RequestInit => ({ ...(init ?? {}), headers: { ...((init?.headers as Record<string, string>) ?? {}), 'accept-language': lang } });

describe('validation errors wholly in the requested language, naming the field', () => {
  for (const [path, init] of INVALID) {
    it(`${init?.method ?? 'GET'} ${path.slice(0, 70)} ${typeof init?.body === 'string' ? init.body : ''}`, async () => {
      const vi = await app.request(path, init);
      expect(vi.status).toBe(400);
      const v = (await vi.json()) as Err;
      expect(v.error.code).toBe('invalid_parameter');
      expect(v.error.message).not.toMatch(ZOD_ENGLISH);
      expect(v.error.message).toMatch(/^(?:Tham số |Trường |Nội dung gửi lên |Không nhận trường)/);
      const en = (await (await app.request(path, withLang(init, 'en-GB,en;q=0.9'))).json()) as Err;
      expect(en.error.message).not.toMatch(ZOD_ENGLISH);
      expect(en.error.message).toMatch(/^(?:Parameter|Field|The request body|Unknown field)/);
      expect(en.error.message).not.toMatch(/[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/i);
      if (v.error.field) expect(v.error.message).toContain(`'${v.error.field}'`);
    });
  }

  it('names the field in words, as a user would say it', async () => {
    const v = (await (await app.request('/api/search')).json()) as Err;
    expect(v.error).toEqual({ code: 'invalid_parameter', field: 'q', message: "Tham số 'q' (câu hỏi hoặc từ cần tìm) là bắt buộc." });
    const e = (await (await app.request('/api/search', { headers: { 'accept-language': 'en' } })).json()) as Err;
    expect(e.error.message).toBe("Parameter 'q' (question or search words) is required.");
    const kind = (await (await app.request('/api/search?q=x&kind=bogus')).json()) as Err;
    expect(kind.error.message).toBe(`Tham số 'kind' (loại mục của văn bản) phải là một trong các giá trị: ${SECTION_KINDS.join(', ')}.`);
    const limit = (await (await app.request('/api/search?q=x&limit=999')).json()) as Err;
    expect(limit.error.message).toBe("Tham số 'limit' (số kết quả tối đa) không được lớn hơn 50.");
    const body = (await (await app.request('/api/ask', post('{"question":5}'))).json()) as Err;
    expect(body.error.message).toBe("Trường 'question' (câu hỏi) phải là một chuỗi ký tự.");
  });
});

describe('/lines says when it truncated', () => {
  // The longest seed (a range over 400 lines needs a document that long).
  const doc = [...getEngine().corpus.documents].sort((a, b) => b.raw.length - a.raw.length)[0];
  const total = doc?.raw.length ?? 0;
  const id = doc?.meta.source ?? '';
  it('a range over 400 lines: 400 sent, truncated: true, next is the first line not sent, and asking from next goes on', async () => {
    expect(total).toBeGreaterThan(400);
    const r = (await (await app.request(`/api/documents/${id}/lines?from=1&to=${total}`)).json()) as { lines: Array<{ n: number }>; truncated: boolean; next?: number; to: number };
    expect(r.lines.length).toBe(400);
    expect(r).toMatchObject({ truncated: true, next: 401, to: 400 });
    const rest = (await (await app.request(`/api/documents/${id}/lines?from=${r.next}&to=${total}`)).json()) as { lines: Array<{ n: number }>; truncated: boolean; next?: number };
    expect(rest.lines[0]?.n).toBe(401);
    expect(rest.truncated).toBe(total - 400 > 400);
  });
  it('a range within the limit, or cut only by the end of the document, is not truncated', async () => {
    const a = (await (await app.request(`/api/documents/${id}/lines?from=1&to=3`)).json()) as Record<string, unknown>;
    expect(a.truncated).toBe(false);
    expect(a).not.toHaveProperty('next');
    const b = (await (await app.request(`/api/documents/${id}/lines?from=${total - 5}&to=${total + 100}`)).json()) as Record<string, unknown>;
    expect(b).toMatchObject({ truncated: false, to: total });
  });
});

describe('request log', () => {
  it('the server\'s sink writes the lines of one event-loop turn in one write, and flushes on demand', async () => {
    const writes: string[] = [];
    const sink = bufferedLines((t) => writes.push(t));
    sink.log('GET /a 200 1ms');
    sink.log('GET /b 200 1ms');
    expect(writes).toEqual([]);
    await new Promise((ok) => setImmediate(ok));
    expect(writes).toEqual(['GET /a 200 1ms\nGET /b 200 1ms\n']);
    sink.log('GET /c 404 0ms');
    sink.flush();
    expect(writes[1]).toBe('GET /c 404 0ms\n');
  });

  const make = (questions: boolean) => {
    const lines: string[] = [];
    const a = createApp({ engine: getEngine(), manifest }, { rateLimitPerMinute: 0, corsOrigins: '', requestLog: (l) => lines.push(l), logQuestions: questions });
    return { a, lines };
  };
  it('one line per request: method, path, status, ms — and no question text', async () => {
    const { a, lines } = make(false);
    await a.request('/api/search?q=b%E1%BA%A3o%20hi%E1%BB%83m%20y%20t%E1%BA%BF%20b%C3%AD%20m%E1%BA%ADt');
    await a.request('/api/ask', post('{"question":"Ai ký Kế hoạch 133-KH/HU bí mật?"}'));
    await a.request('/api/nope');
    await a.request('/api/search');
    expect(lines.length).toBe(4);
    expect(lines[0]).toMatch(/^GET \/api\/search 200 \d+ms$/);
    expect(lines[1]).toMatch(/^POST \/api\/ask 200 \d+ms$/);
    expect(lines[2]).toMatch(/^GET \/api\/nope 404 \d+ms$/);
    expect(lines[3]).toMatch(/^GET \/api\/search 400 \d+ms$/);
    expect(lines.join('\n')).not.toMatch(/bí mật|bi mat|b%C3%AD/i);
  });
  it('LOG_QUESTIONS=1 adds the query and the question', async () => {
    const { a, lines } = make(true);
    await a.request('/api/search?q=nh%C3%A0%20%E1%BB%9F&limit=%ZZ');
    await a.request('/api/ask', post('{"question":"Ai ký Kế hoạch 133-KH/HU?"}'));
    expect(lines[0]).toMatch(/^GET \/api\/search 400 \d+ms \?q=/);
    expect(lines[1]).toMatch(/^POST \/api\/ask 200 \d+ms q="Ai ký Kế hoạch 133-KH\/HU\?"$/);
  });
});
