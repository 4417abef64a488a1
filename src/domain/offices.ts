/**
 * The standing offices of Vietnamese provincial and district government, the Party's
 * committees' boards and the mass organisations — the bodies plans assign tasks to — by the
 * names the Government's decrees on provincial and district specialised agencies
 * (Nghị định 24/2014/NĐ-CP, 37/2014/NĐ-CP, 107/2020/NĐ-CP, 108/2020/NĐ-CP and the 2025
 * reorganisation) and the Party's statutes give them. A question that names one of these is
 * recognised as naming an office even when it is typed without marks ("so y te"), so that a
 * plan in scope that never mentions it is not made to answer for it.
 */
export const OFFICE_NAMES: readonly string[] = [
  // Provincial departments (sở) and their district offices (phòng).
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Kế hoạch và Đầu tư',
  'Sở Tài chính',
  'Sở Công Thương',
  'Sở Nông nghiệp và Phát triển nông thôn',
  'Sở Nông nghiệp và Môi trường',
  'Sở Giao thông vận tải',
  'Sở Xây dựng',
  'Sở Tài nguyên và Môi trường',
  'Sở Thông tin và Truyền thông',
  'Sở Lao động - Thương binh và Xã hội',
  'Sở Văn hóa, Thể thao và Du lịch',
  'Sở Văn hóa và Thể thao',
  'Sở Du lịch',
  'Sở Khoa học và Công nghệ',
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Ngoại vụ',
  'Sở Dân tộc và Tôn giáo',
  'Ban Dân tộc',
  'Thanh tra tỉnh',
  'Phòng Lao động - Thương binh và Xã hội',
  'Phòng Giáo dục và Đào tạo',
  'Phòng Y tế',
  'Phòng Tài chính - Kế hoạch',
  'Phòng Nội vụ',
  'Phòng Văn hóa và Thông tin',
  'Phòng Tài nguyên và Môi trường',
  // The Party committees' boards.
  'Ban Tổ chức',
  'Ban Tuyên giáo',
  'Ban Dân vận',
  'Ban Nội chính',
  'Ban Kinh tế',
  'Ủy ban Kiểm tra',
  'Văn phòng Tỉnh ủy',
  'Văn phòng Huyện ủy',
  // Mass organisations and sector bodies.
  'Hội Nông dân',
  'Hội Liên hiệp Phụ nữ',
  'Hội Cựu chiến binh',
  'Hội Chữ thập đỏ',
  'Đoàn Thanh niên',
  'Liên đoàn Lao động',
  'Ngân hàng Chính sách xã hội',
  'Bảo hiểm xã hội tỉnh',
  'Công an tỉnh',
  'Bộ Chỉ huy Quân sự',
];
