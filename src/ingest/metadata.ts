/**
 * Document metadata detected from the text (title kind, number, issuing body, locality,
 * level, province, date, draft status, signer, referenced plans). The catalog only fills
 * what the text does not state.
 */
import { fold, hash32, squash } from '../text.js';
import type { CatalogEntry, DocMeta, Level, Reference } from '../types.js';
import type { PlacedBlock, Section } from './structure.js';
import { lineSpan } from './lines.js';
import { PROVINCES } from '../domain/places.js';

const NAME = String.raw`((?:\p{Lu}\p{Ll}*)(?:\s+(?:-\s+)?\p{Lu}\p{Ll}*){0,3})`;
const UY = String.raw`(?:ủy|uỷ|Ủy|Uỷ)`;

interface Place {
  locality: string;
  level: Level;
}

/** "Huyện ủy Tuy Phước" → Tuy Phước / huyện; "MTTQ Việt Nam tỉnh Tuyên Quang" → MTTQ tỉnh. */
export function placeOf(body: string): Place | null {
  const mttq = /MTTQ|Mặt trận Tổ quốc/u.test(body);
  const rules: Array<[RegExp, Level]> = [
    // "Đảng ủy xã Tân Lập", "UBND xã …" — but not "Thị xã Đức Phổ".
    [new RegExp(String.raw`(?<![Tt]hị\s)(?<!THỊ\s)[Xx]ã\s+${NAME}`, 'u'), 'xã'],
    // A ward, and since 2025 a special zone, is a commune-level unit.
    [new RegExp(String.raw`(?:[Pp]hường|[Đđ]ặc khu|[Tt]hị trấn)\s+${NAME}`, 'u'), 'xã'],
    [new RegExp(String.raw`(?:Quận ${UY}|[Qq]uận)\s+${NAME}`, 'u'), 'huyện'],
    [new RegExp(String.raw`(?:Huyện ${UY}|[Hh]uyện)\s+${NAME}`, 'u'), 'huyện'],
    [new RegExp(String.raw`(?:Thị ${UY}|[Tt]hị xã)\s+${NAME}`, 'u'), 'thị xã'],
    [new RegExp(String.raw`(?:Thành ${UY}|[Tt]hành phố)\s+${NAME}`, 'u'), 'thành phố'],
    [new RegExp(String.raw`(?:Tỉnh ${UY}|[Tt]ỉnh)\s+${NAME}`, 'u'), 'tỉnh'],
  ];
  for (const [re, level] of rules) {
    const m = re.exec(body);
    const name = m?.[1];
    if (name && !/^(?:Việt Nam|Ban|Đảng|Ủy|Uỷ)$/u.test(name)) {
      const lv: Level = mttq ? (level === 'tỉnh' ? 'MTTQ tỉnh' : 'MTTQ huyện') : level;
      return { locality: name, level: lv };
    }
  }
  return null;
}

const ACRONYMS = new Set(['UBND', 'HĐND', 'MTTQ', 'TW']);

/** "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH" → "Ủy ban nhân dân tỉnh Hà Tĩnh": the place after a type word keeps capitals. */
function sentenceCase(upper: string): string {
  const lower = upper.toLocaleLowerCase('vi');
  const words = lower.split(/\s+/);
  const types = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'thị', 'thành', 'quận', 'phố', 'trấn', 'ủy', 'uỷ']);
  const raw = upper.split(/\s+/);
  let capitalise = false;
  return words
    .map((w, i) => {
      const prev = words[i - 1] ?? '';
      // "UBND", "HĐND": an abbreviation keeps its capitals.
      if (ACRONYMS.has(raw[i] ?? '')) return raw[i];
      // "xã hội" (society) is no commune.
      if (types.has(prev) && !types.has(w) && !['bộ', 'hội', 'ban'].includes(w)) capitalise = true;
      const out = i === 0 || capitalise ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w;
      return out;
    })
    .join(' ');
}

/**
 * The issuing body from the letterhead when the preamble does not name it: the upper-case
 * lines above the national motto ("ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH"; "BỘ …").
 */
/** The kinds of document a title line names, longest first ("CHƯƠNG TRÌNH HÀNH ĐỘNG" before "CHƯƠNG TRÌNH"). */
const KINDS: Record<string, string> = { 'CHƯƠNG TRÌNH HÀNH ĐỘNG': 'Chương trình hành động', 'KẾ HOẠCH': 'Kế hoạch', 'CHƯƠNG TRÌNH': 'Chương trình', 'QUYẾT ĐỊNH': 'Quyết định', 'NGHỊ QUYẾT': 'Nghị quyết', 'HƯỚNG DẪN': 'Hướng dẫn', 'ĐỀ ÁN': 'Đề án', 'CHỈ THỊ': 'Chỉ thị' };
const KIND_TITLE = new RegExp(`^(${Object.keys(KINDS).join('|')})(?![\\p{L}])`, 'u');

/** A body of its own under a parent in a letterhead: "SỞ …", "PHÒNG …", "VĂN PHÒNG …". */
const OWN_BODY = /^(?:SỞ|PHÒNG|VĂN PHÒNG|BAN|CỤC|CHI CỤC|TRUNG TÂM|VỤ|THANH TRA|BẢO HIỂM XÃ HỘI|(?:TỈNH|HUYỆN|THÀNH|THỊ|ĐẢNG) ỦY)(?:\s|$)/u;

function letterhead(preamble: PlacedBlock[]): string | null {
  const parts: string[] = [];
  // A web copy may open with the page's own title ("# Nghị quyết 25/2024/…"): the letterhead follows it.
  const start = preamble.findIndex((b, i) => i < 3 && upperShare(b.text) >= 0.8);
  for (const b of preamble.slice(Math.max(0, start), Math.max(0, start) + 6)) {
    const t = b.text.trim();
    if (/^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|Số)/u.test(t) || KIND_TITLE.test(t) || /\d/.test(t)) break;
    if (upperShare(t) < 0.8 || t.length > 120) break;
    parts.push(t.replace(/\s+(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN).*$/u, '').replace(/[*\s]+$/u, ''));
  }
  // "UBND THÀNH PHỐ HÀ NỘI" / "SỞ NỘI VỤ": the body under its parent issues, in the parent's place.
  const own = parts.findIndex((p, i) => i > 0 && OWN_BODY.test(p));
  const placeOfParent = own > 0 ? /(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s.+$/u.exec(parts.slice(0, own).join(' '))?.[0] : undefined;
  // "ĐẢNG BỘ TỈNH THÁI BÌNH" / "TỈNH ỦY": the committee of that place, "Tỉnh ủy Thái Bình".
  const ownText = parts.slice(own).join(' ');
  const level = /^(TỈNH|HUYỆN|THÀNH|THỊ) ỦY$/u.exec(ownText)?.[1];
  const place = level && placeOfParent?.startsWith(level === 'THÀNH' ? 'THÀNH PHỐ' : level === 'THỊ' ? 'THỊ XÃ' : level) ? placeOfParent.replace(/^(?:TỈNH|HUYỆN|THÀNH PHỐ|THỊ XÃ)\s+/u, '') : placeOfParent;
  const joined = squash(own > 0 ? `${ownText} ${place ?? ''}` : parts.join(' '));
  return joined.split(' ').length >= 2 ? sentenceCase(joined) : null;
}

function upperShare(t: string): number {
  const letters = t.match(/\p{L}/gu) ?? [];
  return letters.length ? letters.filter((c) => c === c.toLocaleUpperCase('vi') && c !== c.toLocaleLowerCase('vi')).length / letters.length : 0;
}

function levelOfBody(body: string): Level | null {
  const f = fold(body);
  if (/^(?:ban can su dang |dang uy )?bo\b|\btrung uong\b|\bchinh phu\b/.test(f)) return 'trung ương';
  const mttq = /mttq|mat tran to quoc/.test(f);
  if (/huyen uy|\bhuyen\b|quan uy|\bquan\b/.test(f)) return mttq ? 'MTTQ huyện' : 'huyện';
  if (/thi uy|thi xa/.test(f)) return 'thị xã';
  if (/thanh uy|thanh pho/.test(f)) return 'thành phố';
  if (/tinh uy|\btinh\b/.test(f)) return mttq ? 'MTTQ tỉnh' : 'tỉnh';
  if (/\b(?:xa|phuong|dac khu|thi tran)\b/.test(f)) return 'xã';
  return null;
}

const REF = new RegExp(
  String.raw`(Kế hoạch|Chương trình hành động|Chương trình|Nghị quyết|Chỉ thị|Kết luận)\s+(?:số\s+)?(\d+[-/][\p{L}\d/-]+)(?:,)?\s+ngày\s+(\d{1,2}/\d{1,2}/\d{4})(?:\s+của\s+([^,;()]+?))?(?=\s+(?:về|thực hiện|\(|Chương trình|Kế hoạch|Nghị quyết)|[,;()]|$)`,
  'gu',
);


export function detectMeta(
  source: string,
  text: string,
  blocks: PlacedBlock[],
  sections: Section[],
  lineCount: number,
): Omit<DocMeta, 'origin'> {
  const preamble = blocks.filter((b) => b.section === 0);
  const sigIds = new Set(sections.filter((s) => s.kind === 'signature').map((s) => s.id));
  // A two-column export puts "T/M TỈNH ỦY" on the line of "Nơi nhận:": the signature section is
  // not seen, and the name follows the distribution list. The document's last blocks are then
  // the signature's, when a signing formula stands among them.
  const tail = blocks.slice(-16);
  const signs = tail.some((b) => /(?:^|\s)(?:T\/M|TM\.|KT\.|Q\.)\s*\p{Lu}/u.test(b.text));
  const sig = sigIds.size ? blocks.filter((b) => sigIds.has(b.section)) : signs ? tail : [];

  let kind = 'Văn bản';
  for (const b of preamble) {
    const m = KIND_TITLE.exec(b.text);
    if (!m?.[1]) continue;
    kind = KINDS[m[1]] ?? kind;
    break;
  }

  let number: string | null = null;
  for (const b of preamble) {
    const m = /Số[:\s]+(\d+[-/][\p{L}\d/-]*\p{L})/u.exec(b.text);
    if (m?.[1]) {
      number = m[1];
      break;
    }
  }

  let issuingBody: string | null = null;
  for (const b of preamble) {
    const m = /(?:^|[,;.)]\s+)([^,;.()]{3,120}?)\s+(?:ban hành|xây dựng)\s+(?:Kế hoạch|Chương trình|kế hoạch|chương trình)/u.exec(b.text);
    const body = m?.[1] ? squash(m[1].replace(/^(?:Căn cứ[^,]*,\s*)/u, '')) : '';
    // "Căn cứ Nghị quyết … của Chính phủ ban hành Chương trình …" cites another document's issuer.
    // "Về việc ban hành Kế hoạch …" is a decision's subject line, not its issuer.
    if (body && /^\p{Lu}/u.test(body) && !/^(?:Căn cứ|Về việc|V\/v)(?!\p{L})/u.test(body) && body.split(' ').length <= 14) {
      issuingBody = body;
      break;
    }
  }

  // "Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch …" names no place; its letterhead ("… TỈNH PHÚ YÊN") does.
  const head = letterhead(preamble);
  if (issuingBody && head && !placeOf(issuingBody) && placeOf(head) && fold(head).includes(fold(issuingBody))) issuingBody = head;
  issuingBody ??= head;
  const place = issuingBody ? placeOf(issuingBody) : null;
  // A city run by the centre ("thành phố Hà Nội") is a province of its own.
  let province: string | null = place && (/tỉnh/.test(place.level) || (place.level === 'thành phố' && PROVINCES.includes(place.locality))) ? place.locality : null;
  if (!province) {
    const re = new RegExp(String.raw`Tỉnh ${UY}\s+${NAME}`, 'u');
    for (const b of preamble) {
      const m = re.exec(b.text);
      if (m?.[1]) {
        province = m[1];
        break;
      }
    }
  }

  let date: string | null = null;
  for (const b of preamble) {
    const m = /ngày\s*(\d{0,2})\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/u.exec(b.text);
    if (m?.[3]) {
      const mm = (m[2] ?? '').padStart(2, '0');
      date = m[1] ? `${m[3]}-${mm}-${m[1].padStart(2, '0')}` : `${m[3]}-${mm}`;
      break;
    }
  }

  const status = preamble.some((b) => /^du thao\b/.test(fold(b.text))) ? 'draft' : 'issued';

  let signer: string | null = null;
  let signerLines: [number, number] | null = null;
  for (let i = sig.length - 1; i >= 0; i--) {
    const b = sig[i];
    if (!b) continue;
    const name = b.text.replace(/^[^\p{L}]+/u, '').trim();
    const words = name.split(/\s+/);
    if (words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w))) {
      signer = name;
      signerLines = [b.start, b.end];
      break;
    }
  }

  const references: Reference[] = [];
  for (const b of preamble) {
    for (const m of b.text.matchAll(REF)) {
      const start = m.index ?? 0;
      const ref = squash(m[0]);
      if (/42-NQ\/TW|42\/NQ\/TW/.test(ref) || references.some((r) => r.text === ref)) continue;
      references.push({ text: ref, number: m[2] ?? '', lines: lineSpan(b, start, start + m[0].length) });
    }
  }

  const level = place?.level ?? (issuingBody ? levelOfBody(issuingBody) : null);
  return {
    source,
    title: '',
    kind,
    number,
    issuingBody,
    locality: place?.locality ?? null,
    province,
    level,
    date,
    status,
    signer,
    signerLines,
    references,
    lineCount,
    contentHash: hash32(text),
  };
}

/** Title shown in citations: "Kế hoạch số 133-KH/HU của Ban Thường vụ Huyện ủy Tuy Phước". */
export function composeTitle(m: Pick<DocMeta, 'kind' | 'number' | 'issuingBody' | 'locality'>): string {
  let t = m.kind;
  if (m.number) t += ` số ${m.number}`;
  if (m.issuingBody) t += ` của ${m.issuingBody}`;
  if (m.locality && !fold(t).includes(fold(m.locality))) t += ` (${m.locality})`;
  return t;
}

/** Text wins; the catalog fills gaps. */
export function mergeCatalog(detected: Omit<DocMeta, 'origin'>, entry: CatalogEntry | undefined): DocMeta {
  const origin: Record<string, 'text' | 'catalog'> = {};
  const out: DocMeta = { ...detected, origin };
  const fields = ['kind', 'number', 'issuingBody', 'locality', 'province', 'level', 'date', 'signer'] as const;
  const pinned = new Set(entry?.pinned ?? []);
  for (const f of fields) {
    const fromText = detected[f];
    const fromCatalog = entry?.[f];
    if (fromCatalog && pinned.has(f)) {
      (out as unknown as Record<string, unknown>)[f] = fromCatalog;
      origin[f] = 'catalog';
    } else if (fromText && !(f === 'kind' && fromText === 'Văn bản')) origin[f] = 'text';
    else if (fromCatalog) {
      (out as unknown as Record<string, unknown>)[f] = fromCatalog;
      origin[f] = 'catalog';
    }
  }
  if (entry?.status && pinned.has('status')) {
    out.status = entry.status;
    origin.status = 'catalog';
  } else if (detected.status === 'draft') origin.status = 'text';
  else if (entry?.status) {
    out.status = entry.status;
    origin.status = 'catalog';
  }
  if (out.level && /tỉnh|MTTQ tỉnh/.test(out.level) && !out.province && out.locality) out.province = out.locality;
  out.title = entry?.title ?? composeTitle(out);
  origin.title = entry?.title ? 'catalog' : 'text';
  return out;
}
