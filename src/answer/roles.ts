/** Words that ask about a role ("cơ quan tham mưu, thực hiện") rather than name the task. */
export const ROLE_TERMS = new Set(
  'co quan co_quan tham muu tham_muu thuc hien thuc_hien chu tri chu_tri nhiem vu nhiem_vu don vi don_vi giao phu trach phu_trach lanh dao lanh_dao chi dao chi_dao phoi hop phoi_hop trach nhiem trach_nhiem ban_nao to_chuc'.split(' '),
);
