import type { Role } from '../types.js';

/** Words that ask about a role ("cơ quan tham mưu, thực hiện") rather than name the task. */
export const ROLE_TERMS = new Set(
  'co quan co_quan tham muu tham_muu thuc hien thuc_hien chu tri chu_tri nhiem vu nhiem_vu don vi don_vi giao phu trach phu_trach lanh dao lanh_dao chi dao chi_dao phoi hop phoi_hop trach nhiem trach_nhiem ban_nao to_chuc'.split(' '),
);

/** Roles the question asks about; English "lead" covers both chủ trì and lãnh đạo. */
export function roleHint(fq: string, en: string): Role[] {
  // "Sở nào chủ trì, những đơn vị nào phối hợp?": every role the question names is asked.
  const out: Role[] = [];
  if (/\b(?:lead|leads|leading|in charge)\b/.test(en)) out.push('lead', 'direct');
  else if (/\bchu tri\b/.test(fq)) out.push('lead');
  else if (/\btham muu\b/.test(fq) || /\badvis/.test(en)) out.push('advise_execute');
  else if (/\b(?:chi dao|lanh dao)\b/.test(fq) || /\bdirect/.test(en)) out.push('direct');
  // "phối hợp với Ban X" names a partner of the one asked about; alone, partners are asked for.
  const partners = /\b(?:coordinat|cooperat|works? (?:together )?with|working with|partner)/.test(en);
  // … unless it asks with whom ("phối hợp với cơ quan nào").
  const withWhom = /\bphoi hop voi (?:ai\b|(?:co quan|don vi|ban|so|nhung|cac)\b.{0,20}\bnao\b)/.test(fq);
  if (out.length ? /\bphoi hop\b(?! voi)/.test(fq) || withWhom || partners : /\bphoi hop\b/.test(fq) || partners) out.push('coordinate');
  if (!out.length && (/\bbao cao\b/.test(fq) || /\breport/.test(en))) out.push('report');
  return out;
}
