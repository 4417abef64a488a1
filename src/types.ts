/** Shared data shapes. Zod schemas where the data crosses a boundary (files, HTTP, CLI). */
import { z } from 'zod';

export const SECTION_KINDS = [
  'preamble',
  'purpose',
  'goals',
  'targets',
  'vision',
  'tasks',
  'specific-assignments',
  'organisation',
  'recipients',
  'signature',
  'other',
] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export const LEVELS = ['trung ương', 'tỉnh', 'huyện', 'thị xã', 'thành phố', 'xã', 'MTTQ tỉnh', 'MTTQ huyện', 'khác'] as const;
export type Level = (typeof LEVELS)[number];

export const DOC_KINDS = ['Kế hoạch', 'Chương trình hành động', 'Chương trình', 'Quyết định', 'Nghị quyết', 'Chỉ thị', 'Hướng dẫn', 'Đề án', 'Văn bản'] as const;

/** One catalog entry: every field optional; it only fills what the text does not state. */
export const CatalogEntrySchema = z
  .object({
    title: z.string().min(1).max(400),
    kind: z.enum(DOC_KINDS),
    number: z.string().min(1).max(60),
    issuingBody: z.string().min(1).max(200),
    locality: z.string().min(1).max(80),
    province: z.string().min(1).max(80),
    level: z.enum(LEVELS),
    date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD'),
    status: z.enum(['issued', 'draft']),
    signer: z.string().min(1).max(120),
    originalName: z.string().min(1).max(300),
    note: z.string().max(1000),
    /** Fields set by the person adding the document: these win over what the text says. */
    pinned: z.array(z.enum(['title', 'kind', 'number', 'issuingBody', 'locality', 'province', 'level', 'date', 'status', 'signer'])),
  })
  .partial()
  .strict();
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;

export const CatalogSchema = z.record(z.string().regex(/^[\w.-]+$/), CatalogEntrySchema);
export type Catalog = z.infer<typeof CatalogSchema>;

export interface Reference {
  /** "Kế hoạch số 109-KH/TU ngày 12/9/2024 của Ban Thường vụ Tỉnh ủy Bình Định" */
  text: string;
  number: string;
  lines: [number, number];
}

export interface DocMeta {
  source: string;
  title: string;
  kind: string;
  number: string | null;
  issuingBody: string | null;
  locality: string | null;
  province: string | null;
  level: Level | null;
  date: string | null;
  status: 'issued' | 'draft';
  signer: string | null;
  signerLines: [number, number] | null;
  references: Reference[];
  /** Which fields came from the text and which from the catalog. */
  origin: Record<string, 'text' | 'catalog'>;
  lineCount: number;
  contentHash: string;
}

export interface SectionInfo {
  id: number;
  parent: number | null;
  path: string;
  title: string;
  label: string;
  kind: SectionKind;
  lines: [number, number];
}

export interface Chunk {
  id: string;
  source: string;
  section: string;
  sectionId: number;
  sectionKind: SectionKind;
  lines: [number, number];
  text: string;
}

/** `state`: a target with no figure, a state to reach ("xóa bỏ hoàn toàn tình trạng nhà tạm"); its value is 0 and its valueText empty. */
export type Comparator = 'gt' | 'lt' | 'gte' | 'lte' | 'approx' | 'eq' | 'range' | 'state';

export interface Target {
  id: string;
  source: string;
  locality: string | null;
  indicator: string;
  label: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  /** The value as written, with its unit word: "2,45%", "12.900 căn", "11 bác sĩ". */
  valueText: string;
  unit: string;
  year: number;
  vision: boolean;
  /** The clause as written. */
  text: string;
  section: string;
  lines: [number, number];
}

export const ROLES = ['lead', 'coordinate', 'direct', 'advise_execute', 'execute', 'monitor', 'report'] as const;
export type Role = (typeof ROLES)[number];

export interface Deadline {
  text: string;
  kind: 'quarter' | 'date' | 'year' | 'yearly' | 'ongoing' | 'period';
  /** ISO-like normalised form: "2024-Q4", "--11-20", "2024", "yearly", "ongoing". */
  normalized: string;
}

export interface Responsibility {
  id: string;
  source: string;
  locality: string | null;
  agency: string;
  /** Folded agency with the document's locality, for grouping: "ban tuyen giao huyen uy|tuy phuoc". */
  agencyKey: string;
  role: Role;
  task: string;
  deadline: Deadline | null;
  /** Where the deadline is stated (a "Thời gian …:" line may sit below the task). */
  deadlineLines: [number, number] | null;
  section: string;
  lines: [number, number];
}

export const INTENTS = ['responsibility', 'target', 'deadline', 'compare', 'content', 'metadata', 'out_of_scope'] as const;
export type Intent = (typeof INTENTS)[number];

export const CitationSchema = z.object({
  source: z.string(),
  document: z.string(),
  locality: z.string(),
  section: z.string(),
  lines: z.tuple([z.number().int(), z.number().int()]),
  quote: z.string(),
  /** Character ranges [start, end) of `quote` that carry the fact (for highlighting). */
  highlights: z.array(z.tuple([z.number().int(), z.number().int()])).optional(),
});
export type Citation = z.infer<typeof CitationSchema>;

export const AnswerSchema = z.object({
  id: z.string().optional(),
  question: z.string(),
  answer: z.string(),
  intent: z.enum(INTENTS),
  abstained: z.boolean(),
  citations: z.array(CitationSchema),
  /** Rows or passages that answer the question but were not shown (the limit applies). */
  more: z.number().int().optional(),
  /** The language the question was read in; the answer's own words are in it. */
  lang: z.enum(['vi', 'vi-noaccent', 'en']).optional(),
});
export type Answer = z.infer<typeof AnswerSchema>;
