/**
 * Who does what: agency, role, task, deadline, with source lines. Covers the forms plans
 * use: "X chủ trì, phối hợp với Y …", "Cơ quan chỉ đạo: …", "Cơ quan tham mưu, thực hiện: …",
 * "Thời gian thực hiện/hoàn thành: …", numbered agency headings with their tasks below,
 * and "Ban … tham mưu … nhiệm vụ, giải pháp 1, 2, 3, 4".
 */
import { fold, squash } from '../text.js';
import type { Deadline, Responsibility, Role } from '../types.js';
import { DEADLINE_LABEL, inlineDeadline, normalizeDeadline } from './deadline.js';
import type { PlacedBlock, Section } from './structure.js';

const AGENCY_HEAD = String.raw`(?:Giao\s+|Đề nghị\s+)?(?:Các\s+|các\s+)?(?:Ban(?!\s+hành)|Ủy ban|Uỷ ban|UBND|Sở|Phòng|Hội đồng nhân dân|HĐND|Mặt trận|MTTQ|Đảng đoàn|Đảng ủy|Đảng uỷ|đảng ủy|Huyện ủy|Huyện uỷ|huyện ủy|Tỉnh ủy|Tỉnh uỷ|Thị ủy|Thị uỷ|Thành ủy|Thành uỷ|Văn phòng|cấp ủy|cấp uỷ|cơ quan|Cơ quan|Công an|Bộ Chỉ huy|Hội|Liên đoàn|Đoàn|Tỉnh đoàn|Huyện đoàn|Bảo hiểm xã hội|Ngân hàng|Trung tâm|Thường trực|Chi bộ|đồng chí|Ủy viên|Bộ|Vụ|Cục|Tổng cục|Chi cục|Viện|Quỹ|Kho bạc|Thanh tra|Đài|Báo|Trường|Bệnh viện|Công đoàn)`;
// "Các cơ quan tham mưu, giúp việc Thị ủy … tổ chức …": after "cơ quan", "tham mưu, giúp việc" names the advisory bodies, it is no verb.
const VERB = String.raw`tổ chức|cụ thể hóa|cụ thể hoá|chủ trì|lãnh đạo|chỉ đạo|(?<![Cc]ơ quan )tham mưu|(?<=[Cc]ơ quan )tham mưu(?!,? giúp việc)|phối hợp|giám sát|xây dựng|thực hiện|triển khai|theo dõi|chịu trách nhiệm|có trách nhiệm|tăng cường|lồng ghép|căn cứ|giúp|hướng dẫn|báo cáo|rà soát|ban hành|thường xuyên|chủ động|tập trung|kịp thời|nghiêm túc|tuyên truyền|vận động|nghiên cứu|đề xuất|đôn đốc|tổng hợp|kiểm tra`;
/** JS `\b` is ASCII-only: after "trì" it never matches. */
const END = String.raw`(?![\p{L}\d])`;
/** The subject runs to its verb; a verb after a comma is a noun of a list ("Các cấp ủy, tổ chức đảng, …"). */
const SUBJECT = new RegExp(String.raw`^(?:[-+•–—]\s*)?(?:\(?[a-zđ][)-]\s*)?(?:\d{1,2}(?:\.\d{1,2})*[.)-]?\s+)?(${AGENCY_HEAD}[^.;:]{0,140}?)(?<!,)\s+(${VERB})${END}`, 'u');
const SUBJECTLESS = new RegExp(String.raw`^(?:[-+•–—]\s*)?(?:\(?[a-zđ][)-]\s*)?(Chủ trì|Chỉ đạo|Lãnh đạo|Phối hợp|Tham mưu|Giám sát|Theo dõi)${END}`, 'u');
/** "Cơ quan chủ trì: X", "Đơn vị phối hợp: Y", "Cơ quan, đơn vị thực hiện: Z" (table rows and plan lines). */
const LABEL_AGENCY = /^(?:Cơ quan|Đơn vị)(?:,\s*đơn vị)? ([^:]{2,40}):\s*(.+)$/u;
const withoutBullet = (text: string): string => text.replace(/^[-+•*–—]\s*/u, '');

/** A "Label: value" line of a task, bulleted or not: its deadline, or its agencies and their role's label. */
function labelled(text: string): { dl: string | null; la: { label: string; agencies: string } | null } {
  const t = withoutBullet(text);
  const dl = DEADLINE_LABEL.exec(t)?.[1] ?? null;
  const m = dl ? null : LABEL_AGENCY.exec(t);
  return { dl, la: m?.[1] && m[2] ? { label: m[1], agencies: m[2] } : null };
}

/** Rows without a deadline of their own get this one. */
function setDeadline(rows: Responsibility[], deadline: Deadline | null, lines: [number, number]): void {
  for (const r of rows) {
    if (r.deadline || !deadline) continue;
    r.deadline = deadline;
    r.deadlineLines = lines;
  }
}

const GENERIC_BODIES = /^(?:các|những)\s+(?:cơ quan|đơn vị|sở|ngành|phòng|ban|tổ chức)(?:\s*[,;]|\s+(?:liên quan|có liên quan|đơn vị|và)|$)/iu;

const TITLE_AGENCY = new RegExp(String.raw`^${AGENCY_HEAD}${END}`, 'u');
/** "phối hợp với Y": the partner's name runs to the verb of the task or the clause's end. */
const PARTNER = new RegExp(String.raw`phối hợp với\s+((?:Ban|Ủy ban|Uỷ ban|UBND|Sở|Phòng|Hội|Mặt trận|MTTQ|Đảng đoàn|Bảo hiểm xã hội|Vụ|Cục|Tổng cục|Trung tâm|Bộ)[^,;]{2,80}?)(?=\s+(?:${VERB})${END}|[,;]|$)`, 'u');
const AND_AGENCY = new RegExp(String.raw`\s+và\s+(?=${AGENCY_HEAD}\s)`, 'u');

const EXPANSIONS: Array<[RegExp, string]> = [
  [/\bubnd\b/g, 'uy ban nhan dan'],
  [/\bhdnd\b/g, 'hoi dong nhan dan'],
  [/\bmttq\b/g, 'mat tran to quoc'],
  [/\bvn\b/g, 'viet nam'],
  [/\bbtv\b/g, 'ban thuong vu'],
  [/\bbtt\b/g, 'ban thuong truc'],
];

export function agencyKey(agency: string, locality: string | null): string {
  let f = squash(fold(agency).replace(/[^a-z0-9 -]/g, ' '));
  for (const [re, to] of EXPANSIONS) f = f.replace(re, to);
  return `${squash(f)}|${locality ? fold(locality) : ''}`;
}

/** Role from the predicate's opening words ("chủ trì, phối hợp …" → lead). */
export function roleOf(predicate: string): Role {
  const f = squash(fold(predicate).replace(/[^a-z0-9 ]/g, ' '));
  const head = f.split(' ').slice(0, 6).join(' ');
  const start = (re: RegExp): boolean => re.test(f);
  if (start(/^(?:giao )?chu tri/) || /\bchu tri\b/.test(head)) return 'lead';
  if (start(/^(?:lanh dao|chi dao|tang cuong lanh dao|tap trung chi dao)/)) return 'direct';
  if (start(/^(?:tham muu|giup)/) || /\btham muu\b/.test(head)) return 'advise_execute';
  if (start(/^(?:tang cuong )?(?:giam sat|theo doi)/)) return 'monitor';
  if (start(/^(?:dinh ky[a-z0-9 ]*?)?bao cao/)) return 'report';
  if (start(/^phoi hop/)) return 'coordinate';
  return 'execute';
}

function labelRole(label: string): Role {
  const f = fold(label);
  if (/chu tri/.test(f)) return 'lead';
  if (/phoi hop/.test(f)) return 'coordinate';
  if (/chi dao/.test(f)) return 'direct';
  if (/tham muu|thuc hien/.test(f)) return 'advise_execute';
  if (/giam sat/.test(f)) return 'monitor';
  return 'execute';
}

interface Ctx {
  source: string;
  locality: string | null;
  issuingBody: string | null;
  sections: Section[];
}

function sentences(text: string): Array<{ text: string; offset: number }> {
  const out: Array<{ text: string; offset: number }> = [];
  let last = 0;
  for (const m of text.matchAll(/\.\s+(?=\p{Lu})/gu)) {
    const i = (m.index ?? 0) + 1;
    out.push({ text: text.slice(last, i).trim(), offset: last });
    last = i + m[0].length - 1;
  }
  out.push({ text: text.slice(last).trim(), offset: last });
  return out.filter((s) => s.text);
}

/** "nhiệm vụ, giải pháp 1, 2, 3, 4" → the titles of those task sections. */
function resolveTaskRefs(text: string, sections: Section[]): string {
  const m = /nhiệm vụ(?:, giải pháp)?\s+((?:\d{1,2}(?:\s*,\s*|\s+và\s+|\s*-\s*))*\d{1,2})\b/u.exec(text);
  if (!m?.[1]) return '';
  const nums = new Set(m[1].split(/\s*(?:,|và|-)\s*/u).filter(Boolean));
  const titles = sections
    .filter((s) => s.kind === 'tasks' && nums.has(s.heading.label) && s.heading.titled)
    .map((s) => `${s.heading.label}. ${s.heading.title}`);
  return titles.length ? ` (${titles.join('; ')})` : '';
}

/** The title of a section, or of its nearest titled parent ("2. Phòng Kinh tế …" for its "a)"). */
function nearestTitle(sec: Section, sections: Section[]): string {
  for (let s: Section | undefined = sec; s; s = s.parent === null ? undefined : sections[s.parent]) if (s.heading.titled) return s.heading.title;
  return '';
}

export function extractResponsibilities(blocks: PlacedBlock[], ctx: Ctx, idPrefix: string): Responsibility[] {
  const out: Responsibility[] = [];
  const bySection = new Map<number, PlacedBlock[]>();
  // A section's heading block, found once: a search per section was quadratic in headings.
  const headingOf = new Map<number, PlacedBlock>();
  for (const b of blocks) {
    if (b.heading && !headingOf.has(b.section)) headingOf.set(b.section, b);
    const list = bySection.get(b.section) ?? [];
    list.push(b);
    bySection.set(b.section, list);
  }
  const push = (agency: string, role: Role, task: string, sec: Section, lines: [number, number], deadline: Deadline | null): void => {
    // "Phòng LĐTBXH là cơ quan thường trực, giúp UBND huyện …": the body is what comes before "là".
    const a = squash(agency.replace(/^(?:Giao|giao|Đề nghị)\s+/u, '').replace(/\s+là\s+(?:cơ quan|đơn vị|bộ phận|đầu mối)\b.*$/u, '').replace(/[,;:.]+$/, ''));
    if (!a || a.length > 160) return;
    out.push({
      id: `${idPrefix}-${out.length + 1}`,
      source: ctx.source,
      locality: ctx.locality,
      agency: a,
      agencyKey: agencyKey(a, ctx.locality),
      role,
      task: squash(task),
      deadline,
      deadlineLines: deadline ? lines : null,
      section: sec.path,
      lines,
    });
  };

  for (const sec of ctx.sections) {
    if (sec.kind === 'recipients' || sec.kind === 'signature' || sec.kind === 'preamble') continue;
    const list = (bySection.get(sec.id) ?? []).filter((b) => !(b.heading && b.heading.titled));
    const first = out.length;
    let sectionDeadline: Deadline | null = null;
    let sectionDeadlineLines: [number, number] | null = null;
    const title = sec.heading.titled ? sec.heading.title : '';
    // "2. Phòng Kinh tế …" then "a) Chủ trì …", "b) Phối hợp …": the lettered items are that agency's.
    // "Đề nghị Ủy ban MTTQ …": a body the issuer does not direct is asked, and its items are its own.
    // "Trách nhiệm của Ủy ban nhân dân các phường, xã", "Nhiệm vụ của …": the body named is the agency.
    const agencyTitle = nearestTitle(sec, ctx.sections).replace(/^(?:Đề nghị|(?:Trách nhiệm|Nhiệm vụ) của)\s+/u, '');
    // "Trách nhiệm của các cơ quan, đơn vị": many bodies, none named.
    const agencySection = Boolean(agencyTitle) && TITLE_AGENCY.test(agencyTitle) && !GENERIC_BODIES.test(agencyTitle) && agencyTitle.length <= 140;
    const headingBlock = headingOf.get(sec.id);
    // Only "Cơ quan …:" / "Thời gian …:" lines so far under the heading: they are its task row.
    let labelsOnly = true;
    // A task line followed by its labelled lines ("Nhiệm vụ 5: Rà soát …", "- Cơ quan chủ trì: …").
    let group: { task: string; start: number; firstRow: number } | null = null;
    list.forEach((b, i) => {
      const { dl, la } = labelled(b.text);
      const row = labelsOnly;
      labelsOnly &&= Boolean(dl || la);
      if (!dl && !la) {
        const next = list[i + 1];
        // A line starting in lower case goes on from a hard-wrapped heading: the heading is the task.
        group = next && labelled(next.text).la && /^[\p{Lu}\d]/u.test(b.text) ? { task: b.text, start: b.start, firstRow: out.length } : null;
      }
      if (dl) {
        if (group) return setDeadline(out.slice(group.firstRow), normalizeDeadline(dl), [b.start, b.end]);
        sectionDeadline = normalizeDeadline(dl);
        sectionDeadlineLines = [b.start, b.end];
        return;
      }
      if (la) {
        // A task row ("5. Mở rộng …" then its "Cơ quan chủ trì: …" lines, as tables become
        // text): the row is quoted from its task line, so the task and its agency are cited together.
        const span: [number, number] = group ? [group.start, b.end] : row && title && headingBlock ? [headingBlock.start, b.end] : [b.start, b.end];
        // "Sở Tư pháp; Hội Nông dân tỉnh": one row per agency of a list.
        for (const agency of la.agencies.split(/\s*;\s*/u)) push(agency, labelRole(la.label), group?.task ?? (title || sec.path), sec, span, null);
        return;
      }
      const lines: [number, number] = agencySection && i === 0 && headingBlock ? [headingBlock.start, b.end] : [b.start, b.end];
      let lastSubject: string | null = null;
      // Item numbers of every style: "2.", "2.1", "2)", "2-", "b)", "b-".
      for (const s of sentences(b.text.replace(/^(?:\d{1,2}(?:\.\d{1,2})*[.)-]?|\p{Ll}[)-])\s+/u, ''))) {
        const subj = SUBJECT.exec(s.text);
        const deadline = inlineDeadline(s.text);
        if (subj?.[1] && subj[2]) {
          const rest = s.text.slice((subj.index ?? 0) + subj[0].length - subj[2].length);
          const task = `${rest}${resolveTaskRefs(rest, ctx.sections)}`;
          push(subj[1], roleOf(rest), task, sec, lines, deadline);
          lastSubject = subj[1];
          // "Đảng ủy UBND xã lãnh đạo Ủy ban nhân dân xã chủ trì …": the body led holds the task too.
          const ledText = /^(?:lãnh đạo|chỉ đạo)\s+/u.test(rest) ? rest.replace(/^(?:lãnh đạo|chỉ đạo)\s+/u, '') : null;
          const led = ledText ? SUBJECT.exec(ledText) : null;
          if (ledText && led?.[1] && led[2]) {
            const ledRest = ledText.slice((led.index ?? 0) + led[0].length - led[2].length);
            push(led[1], roleOf(ledRest), `${ledRest}${resolveTaskRefs(ledRest, ctx.sections)}`, sec, lines, deadline);
          }
          const partner = PARTNER.exec(rest);
          // "Trung tâm Thông tin và Báo Lao động và Xã hội": each body named after "và" is a partner.
          // A partner's task is the whole assignment, with who leads it ("X chủ trì, phối hợp với Y …").
          for (const p of partner?.[1]?.split(AND_AGENCY) ?? []) push(p, 'coordinate', `${squash(subj[1])} ${task}`, sec, lines, deadline);
          continue;
        }
        if (agencySection) {
          const task = withoutBullet(s.text);
          push(lastSubject ?? agencyTitle, roleOf(task), task, sec, lines, deadline);
          continue;
        }
        // "Chủ trì, phối hợp …" without a subject: the previous sentence's agency, else the issuer.
        const owner = lastSubject ?? ctx.issuingBody;
        if (SUBJECTLESS.test(s.text) && owner) {
          const task = withoutBullet(s.text);
          push(owner, roleOf(task), task, sec, lines, deadline);
        }
      }
    });
    if (sectionDeadline && sectionDeadlineLines) setDeadline(out.slice(first), sectionDeadline, sectionDeadlineLines);
  }
  return out;
}
