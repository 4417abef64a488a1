/** Request and response schemas of the HTTP API (zod, published as OpenAPI). */
import { z } from '@hono/zod-openapi';
import { AnswerSchema, LEVELS, ROLES, SECTION_KINDS } from '../types.js';
import { describeCodes, INDICATOR_CODES, ROLE_CODES, SECTION_KIND_CODES, TABLE_FORMAT_CODES } from './codes.js';

export const MAX_QUESTION = 1000;
export const MAX_COMMENT = 1000;
export const CONVERSATION_ID = /^[A-Za-z0-9_.:-]{1,100}$/;

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string().openapi({ description: 'In Vietnamese, or English with Accept-Language: en' }),
      field: z.string().optional().openapi({ description: 'The parameter or body field the error is about' }),
    }),
  })
  .openapi('Error');

export const AskBodySchema = z
  .object({
    question: z.string().openapi({ example: 'Cơ quan nào chủ trì công tác tuyên truyền ở Tuy Phước?' }),
    locality: z.string().min(1).max(80).optional().openapi({ example: 'Tuy Phước' }),
    limit: z.number().int().min(1).max(10).optional().openapi({ example: 3 }),
    conversation: z
      .string()
      .regex(CONVERSATION_ID, 'A–Z a–z 0–9 _ . : - (1–100)')
      .optional()
      .openapi({ description: 'Conversation id from an earlier answer: follow-ups ("còn Tây Ninh thì sao?") are read in its context. "new" starts one (the server picks the id); any other id of yours works too. Omit it for a one-off question.', example: 'new' }),
    channel: z.enum(['api', 'web']).optional().openapi({ description: 'Who asks, for the question log (default "api"; the web page sends "web").' }),
  })
  .strict()
  .openapi('AskRequest');

// The answer contract lives with the engine's types; the API publishes it as is.
export { AnswerSchema } from '../types.js';

export const ChoiceSchema = z.object({ label: z.string(), question: z.string() }).openapi('Choice');

/** The answer of POST /api/ask: the engine's answer plus the conversation around it. */
export const ChatAnswerSchema = AnswerSchema.extend({
  conversation: z.string().optional().openapi({ description: 'Send it back with the next question to continue the conversation (kept 30 minutes idle, 10 turns).' }),
  answerId: z.string().optional().openapi({ description: 'Id of this answer in the question log, for POST /api/feedback (absent when the log is off).' }),
  reading: z.string().optional().openapi({ description: 'How a follow-up was read: "Hiểu câu hỏi là: …" / "Read as: …".' }),
  resolved: z.string().optional().openapi({ description: 'The full question answered, when a follow-up was rewritten.' }),
  clarify: z.string().optional().openapi({ description: 'A short clarifying prompt (the question named no locality and several plans answer it).' }),
  choices: z.array(ChoiceSchema).optional().openapi({ description: 'Options for `clarify`: send `question` as the next question.' }),
  suggestions: z.array(z.string()).optional().openapi({ description: '2–4 follow-ups worth asking next, in the question\'s language.' }),
}).openapi('ChatAnswer');

export const FeedbackBodySchema = z
  .object({
    answerId: z.string().min(1).max(64).openapi({ description: 'answerId from POST /api/ask' }),
    vote: z.enum(['up', 'down']),
    comment: z.string().max(MAX_COMMENT).optional(),
  })
  .strict()
  .openapi('FeedbackRequest');

const Limit = (max: number, def: number) => z.coerce.number().int().min(1).max(max).default(def);

const LocalityParam = z.string().max(80).optional().openapi({ description: 'Địa phương (locality), as written in the documents, diacritics optional: "Tuy Phước", "tuy phuoc"', example: 'Tuy Phước' });

export const SearchQuerySchema = z.object({
  q: z.string().min(1).max(MAX_QUESTION).openapi({ description: 'Câu hỏi hoặc từ cần tìm (question or search words), 1–1,000 characters', example: 'nhà ở xã hội' }),
  locality: LocalityParam,
  kind: z.enum(SECTION_KINDS).optional().openapi({ description: describeCodes('Loại mục của văn bản (kind of section):', SECTION_KIND_CODES) }),
  limit: Limit(50, 10).openapi({ description: 'Số kết quả tối đa (maximum results), 1–50, default 10' }),
  offset: z.coerce.number().int().min(0).max(10_000).default(0).openapi({ description: 'Số kết quả bỏ qua (results to skip), 0–10,000' }),
});

export const PassageSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    document: z.string(),
    locality: z.string(),
    section: z.string(),
    sectionKind: z.enum(SECTION_KINDS),
    lines: z.tuple([z.number().int(), z.number().int()]),
    text: z.string(),
    highlights: z.array(z.tuple([z.number().int(), z.number().int()])),
    score: z.number(),
  })
  .openapi('Passage');

export const SearchResultSchema = z.object({ total: z.number().int(), hits: z.array(PassageSchema) }).openapi('SearchResult');

export const DocumentSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    title: z.string(),
    kind: z.string(),
    number: z.string().nullable(),
    issuingBody: z.string().nullable(),
    locality: z.string().nullable(),
    province: z.string().nullable(),
    level: z.enum(LEVELS).nullable(),
    date: z.string().nullable(),
    status: z.enum(['issued', 'draft']),
    signer: z.string().nullable(),
    lineCount: z.number().int(),
  })
  .openapi('Document');

export const SectionSchema = z
  .object({
    id: z.number().int(),
    parent: z.number().int().nullable(),
    path: z.string(),
    title: z.string(),
    label: z.string(),
    kind: z.enum(SECTION_KINDS),
    lines: z.tuple([z.number().int(), z.number().int()]),
  })
  .openapi('Section');

export const DocIdParam = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: 'id', in: 'path' }, example: '000_3907415c8c5f8eb7' }),
});

export const LinesQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000).openapi({ description: 'Dòng đầu (first line), from 1', example: 158 }),
  to: z.coerce.number().int().min(1).max(1_000_000).openapi({ description: 'Dòng cuối (last line), ≥ from; at most 400 lines are sent per request', example: 160 }),
});

export const LinesSchema = z
  .object({
    source: z.string(),
    from: z.number().int(),
    to: z.number().int(),
    lineCount: z.number().int(),
    lines: z.array(z.object({ n: z.number().int(), text: z.string() })),
    truncated: z.boolean().openapi({ description: 'true when the range was cut to 400 lines' }),
    next: z.number().int().optional().openapi({ description: 'When truncated: the first line not sent (ask again with from=next)' }),
  })
  .openapi('Lines');

export const Format = z.enum(['json', 'csv']).default('json').openapi({ description: describeCodes('Định dạng (format):', TABLE_FORMAT_CODES) });

const IndicatorParam = z.string().max(80).openapi({
  description: describeCodes('Chỉ tiêu (indicator): one of these codes, or words naming it in Vietnamese or English ("bảo hiểm y tế", "health insurance"):', INDICATOR_CODES),
  example: 'health_insurance',
});

export const TargetSchema = z
  .object({
    id: z.string(),
    source: z.string(),
    locality: z.string().nullable(),
    indicator: z.string(),
    label: z.string(),
    comparator: z.enum(['gt', 'lt', 'gte', 'lte', 'approx', 'eq', 'range', 'state']),
    value: z.number(),
    valueMax: z.number().nullable(),
    valueText: z.string(),
    unit: z.string(),
    year: z.number().int(),
    vision: z.boolean(),
    text: z.string(),
    section: z.string(),
    lines: z.tuple([z.number().int(), z.number().int()]),
  })
  .openapi('Target');

export const TargetQuerySchema = z.object({
  indicator: IndicatorParam.optional(),
  locality: LocalityParam,
  format: Format,
});

export const CompareQuerySchema = z.object({ indicator: IndicatorParam.min(1), format: Format });

export const ResponsibilitySchema = z
  .object({
    id: z.string(),
    source: z.string(),
    locality: z.string().nullable(),
    agency: z.string(),
    agencyKey: z.string(),
    role: z.enum(ROLES),
    task: z.string(),
    deadline: z.object({ text: z.string(), kind: z.string(), normalized: z.string() }).nullable(),
    deadlineLines: z.tuple([z.number().int(), z.number().int()]).nullable(),
    section: z.string(),
    lines: z.tuple([z.number().int(), z.number().int()]),
  })
  .openapi('Responsibility');

export const ResponsibilityQuerySchema = z.object({
  agency: z.string().max(200).optional().openapi({ description: 'Cơ quan (agency), part of its name, diacritics optional', example: 'Ban Tuyên giáo' }),
  role: z.enum(ROLES).optional().openapi({ description: describeCodes('Vai trò (role):', ROLE_CODES) }),
  locality: LocalityParam,
  q: z.string().max(MAX_QUESTION).optional().openapi({ description: 'Từ cần có trong nhiệm vụ (words the task must contain)' }),
  limit: Limit(500, 100).openapi({ description: 'Số dòng tối đa (maximum rows), 1–500, default 100' }),
});
