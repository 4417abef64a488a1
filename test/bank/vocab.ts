/**
 * How people name indicators, roles and places when they ask — written for the question bank by
 * hand (not taken from the engine's lists). Each indicator: Vietnamese names (with diacritics;
 * the generator folds them for the no-diacritics variants), chat abbreviations, English names.
 */
export interface IndicatorWords {
  vi: string[];
  abbr?: string[];
  en: string[];
}

export const INDICATOR_WORDS: Record<string, IndicatorWords> = {
  meritorious_care: {
    vi: ['chăm lo người có công', 'tỷ lệ người có công được chăm lo toàn diện', 'mức sống gia đình người có công'],
    en: ['care for people with meritorious service', 'share of war veterans’ families cared for'],
  },
  unemployment: { vi: ['tỷ lệ thất nghiệp chung', 'tỷ lệ thất nghiệp', 'thất nghiệp'], en: ['unemployment rate', 'overall unemployment'] },
  unemployment_urban: {
    vi: ['tỷ lệ thất nghiệp khu vực thành thị', 'thất nghiệp ở thành thị', 'thất nghiệp đô thị'],
    en: ['urban unemployment rate', 'unemployment in urban areas'],
  },
  trained_labour: {
    vi: ['tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', 'lao động qua đào tạo', 'lao động có bằng cấp chứng chỉ'],
    abbr: ['tỷ lệ LĐ qua đào tạo'],
    en: ['share of trained workers with certificates', 'trained labour rate'],
  },
  social_insurance: {
    vi: ['tỷ lệ lao động tham gia bảo hiểm xã hội', 'bảo hiểm xã hội', 'lực lượng lao động tham gia BH xã hội'],
    abbr: ['BHXH', 'tỷ lệ tham gia BHXH'],
    en: ['social insurance coverage of the workforce', 'social insurance participation'],
  },
  unemployment_insurance: {
    vi: ['tỷ lệ lao động tham gia bảo hiểm thất nghiệp', 'bảo hiểm thất nghiệp'],
    abbr: ['BHTN', 'tỷ lệ tham gia BHTN'],
    en: ['unemployment insurance coverage', 'unemployment insurance participation'],
  },
  pension: {
    vi: ['tỷ lệ người sau tuổi nghỉ hưu hưởng lương hưu', 'người hưởng lương hưu, trợ cấp hưu trí', 'lương hưu'],
    en: ['share of retirees receiving a pension', 'pension coverage'],
  },
  social_allowance: {
    vi: ['trợ cấp cho hộ chăm sóc trẻ dưới 36 tháng tuổi', 'hộ gia đình chăm sóc trẻ em dưới 36 tháng được hưởng trợ cấp'],
    en: ['allowance for households caring for children under 36 months'],
  },
  nursery_enrolment: {
    vi: ['tỷ lệ huy động trẻ nhà trẻ đến trường', 'trẻ độ tuổi nhà trẻ đến trường'],
    en: ['nursery enrolment rate', 'share of nursery-age children in school'],
  },
  kindergarten_enrolment: {
    vi: ['tỷ lệ huy động trẻ mẫu giáo đến trường', 'trẻ mẫu giáo đi học', 'huy động trẻ mẫu giáo'],
    en: ['kindergarten enrolment rate', 'share of kindergarten-age children in school'],
  },
  primary_enrolment: {
    vi: ['tỷ lệ đi học đúng độ tuổi cấp tiểu học', 'học sinh tiểu học đi học đúng tuổi'],
    en: ['primary school enrolment at the right age', 'primary net enrolment rate'],
  },
  lower_secondary_enrolment: {
    vi: ['tỷ lệ đi học đúng độ tuổi cấp trung học cơ sở', 'đi học đúng tuổi cấp THCS'],
    abbr: ['THCS đúng độ tuổi'],
    en: ['lower secondary enrolment rate', 'lower secondary school attendance at the right age'],
  },
  upper_secondary_enrolment: {
    vi: ['tỷ lệ đi học đúng độ tuổi cấp trung học phổ thông', 'đi học đúng tuổi cấp THPT và tương đương'],
    abbr: ['THPT đúng độ tuổi'],
    en: ['upper secondary enrolment rate', 'high school attendance at the right age'],
  },
  literacy: {
    vi: ['xã, phường đạt chuẩn xóa mù chữ mức độ 2', 'chuẩn xóa mù chữ'],
    en: ['communes meeting the level-2 literacy standard', 'literacy standard'],
  },
  life_expectancy: { vi: ['tuổi thọ trung bình', 'tuổi thọ bình quân của người dân'], en: ['life expectancy', 'average life expectancy'] },
  healthy_years: { vi: ['số năm sống khỏe', 'số năm sống khỏe mạnh'], en: ['healthy life years', 'years lived in good health'] },
  hospital_beds_per_10k: {
    vi: ['số giường bệnh trên 10.000 dân', 'giường bệnh viện trên vạn dân', 'giường bệnh'],
    en: ['hospital beds per 10,000 people', 'number of hospital beds'],
  },
  doctors_per_10k: {
    vi: ['số bác sĩ trên 10.000 dân', 'bác sĩ trên một vạn dân', 'số bác sĩ'],
    en: ['doctors per 10,000 people', 'number of doctors per 10k population'],
  },
  pharmacists_per_10k: {
    vi: ['số dược sĩ trên 10.000 dân', 'dược sĩ'],
    en: ['pharmacists per 10,000 people', 'number of pharmacists'],
  },
  nurses_per_10k: {
    vi: ['số điều dưỡng trên 10.000 dân', 'điều dưỡng viên', 'điều dưỡng và hộ sinh'],
    en: ['nurses per 10,000 people', 'number of nurses and midwives'],
  },
  health_insurance: {
    vi: ['tỷ lệ dân số tham gia bảo hiểm y tế', 'bảo hiểm y tế', 'độ bao phủ bảo hiểm y tế'],
    abbr: ['BHYT', 'tỷ lệ bao phủ BHYT'],
    en: ['health insurance coverage', 'share of the population with health insurance'],
  },
  primary_care_insured: {
    vi: ['người dân dùng dịch vụ chăm sóc ban đầu tại y tế cơ sở được bảo hiểm chi trả', 'khám chữa bệnh ban đầu ở y tế cơ sở do BHYT chi trả'],
    en: ['primary care at grassroots clinics paid by health insurance'],
  },
  health_managed: {
    vi: ['tỷ lệ dân số được quản lý sức khỏe', 'quản lý sức khỏe người dân'],
    en: ['share of the population with a managed health record', 'population health management'],
  },
  immunisation: {
    vi: ['tỷ lệ tiêm chủng mở rộng', 'tiêm chủng mở rộng', 'tiêm chủng'],
    en: ['expanded immunisation coverage', 'vaccination rate'],
  },
  child_stunting: {
    vi: ['tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng thấp còi', 'suy dinh dưỡng thể thấp còi', 'trẻ em thấp còi'],
    abbr: ['SDD thấp còi'],
    en: ['stunting among children under five', 'child stunting rate'],
  },
  social_housing_units: {
    vi: ['số căn nhà ở xã hội', 'nhà ở xã hội', 'căn hộ nhà ở xã hội cho người thu nhập thấp'],
    abbr: ['NOXH'],
    en: ['social housing units', 'number of social housing apartments'],
  },
  housing_area_per_capita: {
    vi: ['diện tích nhà ở bình quân đầu người', 'diện tích nhà ở bình quân', 'm2 nhà ở trên đầu người'],
    en: ['housing floor area per person', 'average housing area per capita'],
  },
  clean_water_urban: {
    vi: ['tỷ lệ hộ thành thị dùng nước sạch', 'nước sạch ở thành thị', 'hộ gia đình thành thị sử dụng nước sạch'],
    en: ['urban households with clean water', 'clean water in urban areas'],
  },
  clean_water_rural: {
    vi: ['tỷ lệ hộ nông thôn dùng nước sạch', 'nước sạch nông thôn', 'hộ gia đình nông thôn sử dụng nước sạch theo quy chuẩn'],
    en: ['rural households with clean water', 'clean water in rural areas'],
  },
  sanitation: {
    vi: ['công trình vệ sinh đạt chuẩn của hộ gia đình, trường học, trạm y tế', 'nhà vệ sinh hợp vệ sinh', 'công trình phụ hợp vệ sinh'],
    en: ['households, schools and clinics with proper sanitation', 'sanitation facilities'],
  },
  wastewater_collection: {
    vi: ['điểm dân cư nông thôn có hệ thống thu gom nước thải', 'thu gom nước thải sinh hoạt'],
    en: ['rural residential areas with wastewater collection', 'wastewater collection'],
  },
  wastewater_treatment: {
    vi: ['tỷ lệ nước thải sinh hoạt được xử lý', 'xử lý nước thải sinh hoạt'],
    en: ['share of domestic wastewater treated', 'wastewater treatment'],
  },
  culture_access_remote: {
    vi: ['người dân vùng sâu, vùng xa được hưởng thụ văn hóa', 'tiếp cận phát thanh truyền hình ở vùng sâu'],
    en: ['people in remote areas with access to cultural activities and broadcasts'],
  },
  culture_access_ethnic: {
    vi: ['các xã vùng đồng bào dân tộc thiểu số được hưởng thụ văn hóa', 'xã vùng đồng bào DTTS nghe, xem phát thanh truyền hình'],
    abbr: ['xã vùng DTTS được tiếp cận văn hóa'],
    en: ['ethnic-minority communes with access to cultural activities and broadcasts'],
  },
};

/** Words for the role an agency plays, per role of the extracted rows. */
export const ROLE_WORDS: Record<string, { vi: string[]; en: string[] }> = {
  lead: { vi: ['chủ trì', 'làm đầu mối', 'chịu trách nhiệm chính'], en: ['leads', 'is in charge of', 'takes the lead on'] },
  coordinate: { vi: ['phối hợp', 'tham gia phối hợp'], en: ['coordinates', 'works with others on'] },
  direct: { vi: ['chỉ đạo', 'lãnh đạo, chỉ đạo'], en: ['directs', 'gives direction on'] },
  advise_execute: { vi: ['tham mưu, thực hiện', 'tham mưu'], en: ['advises on and carries out', 'advises on'] },
  execute: { vi: ['thực hiện', 'có trách nhiệm thực hiện', 'đảm nhận'], en: ['carries out', 'is responsible for'] },
  monitor: { vi: ['giám sát', 'theo dõi, giám sát'], en: ['monitors', 'oversees'] },
  report: { vi: ['báo cáo', 'phải báo cáo'], en: ['is in charge of', 'must carry out'] },
};

/** Real Vietnamese places that have no plan in the seed corpus (near-miss questions). */
export const OTHER_PLACES = {
  districts: ['Phù Mỹ', 'An Nhơn', 'Hoài Nhơn', 'Tây Sơn', 'Mộ Đức', 'Sơn Tịnh', 'Bình Sơn', 'Trảng Bàng', 'Hòa Thành', 'Gò Dầu', 'Sơn Dương', 'Yên Sơn', 'Hàm Yên', 'Chiêm Hóa', 'Nghĩa Hành'],
  provinces: ['Nghệ An', 'Thanh Hóa', 'Cà Mau', 'Lào Cai', 'Gia Lai', 'Kon Tum', 'Long An', 'Bến Tre', 'Quảng Nam', 'Phú Yên', 'Hà Giang', 'Sóc Trăng', 'Đắk Lắk', 'Thái Bình', 'Nam Định'],
};

/**
 * Agencies that no seed plan assigns anything to (checked with grep; member organisations of the
 * Front such as the Farmers' or Women's Union are left out: plans assign "các tổ chức chính trị - xã hội").
 */
export const UNASSIGNED_AGENCIES = [
  { vi: 'Sở Y tế', en: 'the Department of Health' },
  { vi: 'Công an tỉnh', en: 'the provincial police' },
  { vi: 'Ban Dân vận', en: 'the Mass Mobilisation Commission' },
  { vi: 'Ủy ban Kiểm tra', en: 'the Inspection Commission' },
  { vi: 'Ngân hàng Chính sách xã hội', en: 'the Bank for Social Policies' },
  { vi: 'Sở Giao thông vận tải', en: 'the Department of Transport' },
  { vi: 'Sở Tài chính', en: 'the Department of Finance' },
  { vi: 'Kho bạc Nhà nước', en: 'the State Treasury' },
  { vi: 'Viện Kiểm sát nhân dân', en: 'the People’s Procuracy' },
];

/** Questions far from social policy, with a slot for the place. */
export const OFF_TOPIC = {
  vi: [
    'Mức phạt vượt đèn đỏ ở {p} là bao nhiêu?',
    'Giá vàng hôm nay ở {p} thế nào?',
    'Chỉ số VN-Index tuần này tăng hay giảm, nhà đầu tư {p} nên mua cổ phiếu gì?',
    'Thời tiết {p} ngày mai có mưa không?',
    'Lịch thi đấu bóng đá của đội {p} mùa này?',
    'Thủ tục đổi bằng lái xe ở {p} cần giấy tờ gì?',
    'Giá đất nền ở {p} năm nay bao nhiêu một mét vuông?',
    'Kết quả xổ số {p} hôm qua?',
    'Quán phở nào ngon nhất {p}?',
    'Phí gửi xe máy ở bệnh viện {p} là bao nhiêu?',
    'Cách đăng ký biển số xe đẹp ở {p}?',
    'Lãi suất gửi tiết kiệm ngân hàng ở {p} cao nhất là bao nhiêu?',
  ],
  en: [
    'What is the fine for running a red light in {p}?',
    'Which stocks should investors in {p} buy this week?',
    'What will the weather be like in {p} tomorrow?',
    'How much does a plot of land cost in {p} this year?',
    'What are the best tourist beaches near {p}?',
    'How do I renew my driving licence in {p}?',
  ],
};
