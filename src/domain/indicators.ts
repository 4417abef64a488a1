/**
 * Canonical indicators of Resolution 42-NQ/TW implementation plans. Every plan restates
 * the resolution's targets with local values, so the vocabulary is the resolution's, not
 * any one document's. Terms are folded (no diacritics); each inner list must all occur.
 */
export interface IndicatorDef {
  key: string;
  vi: string;
  en: string;
  /** Alternatives; all terms of one alternative must occur in the target's label. */
  label: string[][];
  /** Alternatives that must also occur in the label or the rest of the sentence. */
  context?: string[][];
  /** English phrasings (lower case) that name this indicator in a question. */
  enTerms: string[][];
}

export const INDICATORS: IndicatorDef[] = [
  { key: 'meritorious_care', vi: 'Người có công được chăm lo toàn diện', en: 'people with meritorious service cared for', label: [['nguoi co cong']], enTerms: [['meritorious'], ['war veterans'], ['revolutionary contributors']] },
  { key: 'unemployment_urban', vi: 'Tỷ lệ thất nghiệp khu vực thành thị', en: 'urban unemployment rate', label: [['that nghiep', 'thanh thi']], enTerms: [['urban', 'unemployment']] },
  { key: 'unemployment_insurance', vi: 'Lực lượng lao động tham gia bảo hiểm thất nghiệp', en: 'workforce covered by unemployment insurance', label: [['bao hiem that nghiep'], ['bhtn']], enTerms: [['unemployment insurance']] },
  { key: 'unemployment', vi: 'Tỷ lệ thất nghiệp chung', en: 'overall unemployment rate', label: [['that nghiep']], enTerms: [['unemployment']] },
  { key: 'trained_labour', vi: 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', en: 'trained workers with degrees or certificates', label: [['lao dong qua dao tao']], enTerms: [['trained', 'work'], ['trained', 'labo'], ['vocational training']] },
  { key: 'social_insurance', vi: 'Lực lượng lao động tham gia bảo hiểm xã hội', en: 'workforce covered by social insurance', label: [['tham gia bao hiem xa hoi'], ['bhxh']], enTerms: [['social insurance']] },
  { key: 'pension', vi: 'Người sau tuổi nghỉ hưu hưởng lương hưu, BHXH hằng tháng, trợ cấp hưu trí', en: 'people past retirement age receiving pensions', label: [['luong huu'], ['nghi huu']], enTerms: [['pension'], ['retire']] },
  { key: 'social_allowance', vi: 'Hộ nghèo, cận nghèo chăm sóc trẻ em dưới 36 tháng… được hưởng trợ cấp', en: 'poor households caring for young children receiving allowances', label: [['cham soc tre em'], ['tro cap xa hoi']], enTerms: [['allowance'], ['social assistance']] },
  { key: 'nursery_enrolment', vi: 'Tỷ lệ huy động trẻ độ tuổi nhà trẻ đến trường', en: 'nursery-age enrolment', label: [['do tuoi nha tre'], ['nha tre']], enTerms: [['nursery']] },
  { key: 'kindergarten_enrolment', vi: 'Tỷ lệ huy động trẻ độ tuổi mẫu giáo đến trường', en: 'kindergarten-age enrolment', label: [['mau giao']], enTerms: [['kindergarten'], ['preschool']] },
  { key: 'primary_enrolment', vi: 'Tỷ lệ đi học đúng độ tuổi cấp tiểu học', en: 'primary school enrolment at the right age', label: [['tieu hoc']], enTerms: [['primary school'], ['primary education'], ['primary enrol']] },
  { key: 'lower_secondary_enrolment', vi: 'Tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở', en: 'lower secondary enrolment', label: [['trung hoc co so'], ['thcs']], enTerms: [['lower secondary'], ['middle school']] },
  { key: 'upper_secondary_enrolment', vi: 'Tỷ lệ đi học đúng độ tuổi cấp trung học phổ thông', en: 'upper secondary enrolment', label: [['trung hoc pho thong'], ['thpt']], enTerms: [['upper secondary'], ['high school']] },
  { key: 'literacy', vi: 'Đạt chuẩn xóa mù chữ', en: 'literacy standard', label: [['xoa mu chu']], enTerms: [['literacy'], ['illiteracy']] },
  { key: 'life_expectancy', vi: 'Tuổi thọ trung bình', en: 'average life expectancy', label: [['tuoi tho']], enTerms: [['life expectancy']] },
  { key: 'healthy_years', vi: 'Số năm sống khỏe', en: 'healthy life years', label: [['song khoe']], enTerms: [['healthy life'], ['healthy years']] },
  { key: 'hospital_beds_per_10k', vi: 'Giường bệnh viện trên 10.000 dân', en: 'hospital beds per 10,000 people', label: [['giuong benh']], enTerms: [['hospital bed'], ['beds']] },
  { key: 'doctors_per_10k', vi: 'Bác sĩ trên 10.000 dân', en: 'doctors per 10,000 people', label: [['bac si']], enTerms: [['doctor'], ['physician']] },
  { key: 'pharmacists_per_10k', vi: 'Dược sĩ trên 10.000 dân', en: 'pharmacists per 10,000 people', label: [['duoc si']], enTerms: [['pharmacist']] },
  { key: 'nurses_per_10k', vi: 'Điều dưỡng (và hộ sinh) trên 10.000 dân', en: 'nurses per 10,000 people', label: [['dieu duong']], enTerms: [['nurse']] },
  { key: 'primary_care_insured', vi: 'Người dân dùng dịch vụ chăm sóc ban đầu được BHYT chi trả', en: 'primary care paid by health insurance', label: [['cham soc ban dau']], enTerms: [['primary care'], ['primary health care']] },
  { key: 'health_insurance', vi: 'Tỷ lệ dân số tham gia bảo hiểm y tế', en: 'health insurance coverage', label: [['tham gia bao hiem y te'], ['bhyt']], enTerms: [['health insurance']] },
  { key: 'health_managed', vi: 'Dân số được quản lý sức khỏe', en: 'population with managed health records', label: [['quan ly suc khoe']], enTerms: [['health management'], ['health records'], ['health monitoring']] },
  { key: 'immunisation', vi: 'Tỷ lệ tiêm chủng mở rộng', en: 'expanded immunisation coverage', label: [['tiem chung']], enTerms: [['immuni'], ['vaccin']] },
  { key: 'child_stunting', vi: 'Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', en: 'stunting among children under five', label: [['suy dinh duong'], ['thap coi']], enTerms: [['stunting'], ['malnutrition']] },
  { key: 'social_housing_units', vi: 'Số căn nhà ở xã hội', en: 'social housing units', label: [['nha o xa hoi']], enTerms: [['social housing'], ['affordable housing'], ['housing units']] },
  { key: 'temporary_housing', vi: 'Xóa nhà tạm, nhà dột nát', en: 'eliminating makeshift and dilapidated housing', label: [['nha tam'], ['nha dot nat'], ['nha o tam']], enTerms: [['makeshift'], ['temporary hous'], ['dilapidated']] },
  { key: 'housing_area_per_capita', vi: 'Diện tích nhà ở bình quân đầu người', en: 'housing floor area per person', label: [['dien tich nha o']], enTerms: [['floor area'], ['housing area'], ['living space']] },
  { key: 'clean_water_urban', vi: 'Hộ gia đình thành thị dùng nước sạch', en: 'urban households with clean water', label: [['thanh thi']], context: [['nuoc sach']], enTerms: [['urban', 'water']] },
  { key: 'clean_water_rural', vi: 'Hộ gia đình nông thôn dùng nước sạch', en: 'rural households with clean water', label: [['nong thon']], context: [['nuoc sach']], enTerms: [['rural', 'water']] },
  { key: 'sanitation', vi: 'Hộ gia đình, trường học, trạm y tế có công trình hợp vệ sinh', en: 'households, schools and clinics with hygienic sanitation', label: [['hop ve sinh']], enTerms: [['sanitation'], ['latrine'], ['toilet']] },
  { key: 'wastewater_collection', vi: 'Điểm dân cư nông thôn có hệ thống thu gom nước thải', en: 'rural settlements with wastewater collection', label: [['thu gom nuoc thai']], enTerms: [['wastewater collection'], ['sewage collection']] },
  { key: 'wastewater_treatment', vi: 'Nước thải sinh hoạt được xử lý', en: 'domestic wastewater treated', label: [['nuoc thai', 'xu ly']], enTerms: [['wastewater treat'], ['sewage treat']] },
  { key: 'culture_access_remote', vi: 'Người dân vùng sâu, vùng xa, biên giới, hải đảo tiếp cận văn hóa, phát thanh, truyền hình', en: 'remote-area residents with access to culture and broadcasting', label: [['vung sau']], context: [['van hoa'], ['phat thanh']], enTerms: [['remote area']] },
  { key: 'culture_access_ethnic', vi: 'Xã vùng đồng bào dân tộc thiểu số tiếp cận văn hóa, phát thanh, truyền hình', en: 'ethnic-minority communes with access to culture and broadcasting', label: [['dan toc thieu so']], context: [['van hoa'], ['phat thanh']], enTerms: [['ethnic minorit']] },
];

export const INDICATOR_BY_KEY = new Map(INDICATORS.map((d) => [d.key, d]));

/**
 * The field each indicator belongs to, in the words people use for a group of targets
 * ("các chỉ tiêu về giáo dục", "every housing target"): lets a question about a field find
 * targets whose own wording never names it ("tỷ lệ đi học đúng độ tuổi cấp tiểu học").
 */
const FIELDS: Array<[string, string[]]> = [
  ['giáo dục học tập education', ['nursery_enrolment', 'kindergarten_enrolment', 'primary_enrolment', 'lower_secondary_enrolment', 'upper_secondary_enrolment', 'literacy']],
  ['y tế sức khỏe chăm sóc sức khỏe health', ['life_expectancy', 'healthy_years', 'hospital_beds_per_10k', 'doctors_per_10k', 'pharmacists_per_10k', 'nurses_per_10k', 'primary_care_insured', 'health_insurance', 'health_managed', 'immunisation', 'child_stunting']],
  ['nhà ở housing', ['social_housing_units', 'housing_area_per_capita', 'temporary_housing']],
  ['nước sạch vệ sinh môi trường water sanitation', ['clean_water_urban', 'clean_water_rural', 'sanitation', 'wastewater_collection', 'wastewater_treatment']],
  ['lao động việc làm employment', ['unemployment', 'unemployment_urban', 'trained_labour']],
  ['bảo hiểm an sinh xã hội social security', ['social_insurance', 'unemployment_insurance', 'pension', 'social_allowance', 'health_insurance']],
  ['văn hóa thông tin culture', ['culture_access_remote', 'culture_access_ethnic']],
  ['người có công ưu đãi', ['meritorious_care']],
];

/** Field words and the canonical name of an indicator, for matching questions about it. */
export function indicatorWords(key: string): string {
  const def = INDICATOR_BY_KEY.get(key);
  const fields = FIELDS.filter(([, keys]) => keys.includes(key)).map(([words]) => words);
  return [def?.vi ?? '', ...fields].join(' ');
}
