/**
 * Vietnamese provinces and centrally-run cities (the 63 of 2008–2025, which the plans of
 * 2023–2024 use), with common English spellings. Used to notice a question about a place
 * the corpus has no plan for, so the engine says so instead of answering from elsewhere.
 */
export const PROVINCES: string[] = [
  'An Giang', 'Bà Rịa - Vũng Tàu', 'Bà Rịa Vũng Tàu', 'Bắc Giang', 'Bắc Kạn', 'Bạc Liêu', 'Bắc Ninh', 'Bến Tre', 'Bình Định',
  'Bình Dương', 'Bình Phước', 'Bình Thuận', 'Cà Mau', 'Cần Thơ', 'Cao Bằng', 'Đà Nẵng', 'Đắk Lắk', 'Đắk Nông',
  'Điện Biên', 'Đồng Nai', 'Đồng Tháp', 'Gia Lai', 'Hà Giang', 'Hà Nam', 'Hà Nội', 'Hà Tĩnh', 'Hải Dương',
  'Hải Phòng', 'Hậu Giang', 'Hòa Bình', 'Hưng Yên', 'Khánh Hòa', 'Kiên Giang', 'Kon Tum', 'Lai Châu', 'Lâm Đồng',
  'Lạng Sơn', 'Lào Cai', 'Long An', 'Nam Định', 'Nghệ An', 'Ninh Bình', 'Ninh Thuận', 'Phú Thọ', 'Phú Yên',
  'Quảng Bình', 'Quảng Nam', 'Quảng Ngãi', 'Quảng Ninh', 'Quảng Trị', 'Sóc Trăng', 'Sơn La', 'Tây Ninh',
  'Thái Bình', 'Thái Nguyên', 'Thanh Hóa', 'Thừa Thiên Huế', 'Huế', 'Tiền Giang', 'Thành phố Hồ Chí Minh', 'Hồ Chí Minh',
  'Sài Gòn', 'Trà Vinh', 'Tuyên Quang', 'Vĩnh Long', 'Vĩnh Phúc', 'Yên Bái',
];

export const ENGLISH_PLACES: Array<[string, string]> = [
  ['ho chi minh city', 'Hồ Chí Minh'],
  ['saigon', 'Hồ Chí Minh'],
  ['hanoi', 'Hà Nội'],
  ['ha noi', 'Hà Nội'],
  ['da nang', 'Đà Nẵng'],
  ['danang', 'Đà Nẵng'],
  ['hue', 'Huế'],
  ['can tho', 'Cần Thơ'],
  ['hai phong', 'Hải Phòng'],
];
