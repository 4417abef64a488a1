/**
 * Test document (a): a decision of a provincial People's Committee that issues the plan, with
 * Điều 1–3, the recipients/signature block laid out as a borderless table, the plan itself
 * after it, and its tasks in an appendix table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối
 * hợp | Thời gian hoàn thành) with group rows, a cell merged down two rows and cells with
 * several paragraphs. Invented content written by hand for the test; no engine was tuned on it.
 */
import type { DocPart } from './docx.js';

const NQ42 =
  'Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới';

export const HA_TINH_FILE = 'QD 1268-QD-UBND Ha Tinh ke hoach NQ42.docx';

export const HA_TINH: DocPart[] = [
  {
    table: {
      rows: [
        [{ text: ['ỦY BAN NHÂN DÂN', 'TỈNH HÀ TĨNH'] }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] }],
        ['Số: 1268/QĐ-UBND', 'Hà Tĩnh, ngày 20 tháng 5 năm 2024'],
      ],
    },
  },
  { p: 'QUYẾT ĐỊNH', bold: true },
  { p: `Ban hành Kế hoạch thực hiện ${NQ42}`, bold: true },
  { p: 'ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH', bold: true },
  { p: 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;' },
  { p: `Căn cứ ${NQ42};` },
  { p: 'Căn cứ Chương trình hành động số 45-CTr/TU ngày 12/3/2024 của Ban Chấp hành Đảng bộ tỉnh thực hiện Nghị quyết số 42-NQ/TW;' },
  { p: 'Theo đề nghị của Giám đốc Sở Lao động - Thương binh và Xã hội tại Tờ trình số 1520/TTr-SLĐTBXH ngày 10 tháng 5 năm 2024.' },
  { p: 'QUYẾT ĐỊNH:', bold: true },
  { p: `Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thực hiện ${NQ42} trên địa bàn tỉnh Hà Tĩnh.` },
  { p: 'Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký ban hành.' },
  {
    p: 'Điều 3. Chánh Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh; Giám đốc các sở; Thủ trưởng các ban, ngành cấp tỉnh; Chủ tịch Ủy ban nhân dân các huyện, thành phố, thị xã và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.',
  },
  {
    table: {
      rows: [
        [
          { text: ['Nơi nhận:', '- Như Điều 3;', '- Bộ Lao động - Thương binh và Xã hội;', '- Thường trực Tỉnh ủy, Thường trực HĐND tỉnh;', '- Chủ tịch, các PCT UBND tỉnh;', '- Lưu: VT, KGVX.'] },
          { text: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Phan Đình Khánh'] },
        ],
      ],
    },
  },
  { p: 'KẾ HOẠCH', bold: true },
  { p: `Thực hiện ${NQ42} trên địa bàn tỉnh Hà Tĩnh`, bold: true },
  { p: '(Ban hành kèm theo Quyết định số 1268/QĐ-UBND ngày 20/5/2024 của Ủy ban nhân dân tỉnh)' },
  { p: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true },
  { p: '1. Mục đích', bold: true },
  {
    p: 'Cụ thể hóa các quan điểm, mục tiêu, nhiệm vụ và giải pháp của Nghị quyết số 42-NQ/TW phù hợp với điều kiện thực tế của tỉnh; xác định nhiệm vụ cụ thể của các sở, ban, ngành, địa phương trong tổ chức thực hiện, bảo đảm chính sách xã hội được thực hiện đầy đủ, kịp thời, đúng đối tượng.',
  },
  { p: '2. Yêu cầu', bold: true },
  {
    p: 'Các sở, ban, ngành cấp tỉnh và Ủy ban nhân dân các huyện, thành phố, thị xã chủ động xây dựng kế hoạch triển khai thực hiện, bảo đảm đồng bộ, hiệu quả, đúng tiến độ; gắn việc thực hiện Kế hoạch với các chương trình mục tiêu quốc gia trên địa bàn.',
  },
  { p: 'II. MỤC TIÊU', bold: true },
  { p: '1. Mục tiêu tổng quát', bold: true },
  {
    p: 'Xây dựng hệ thống chính sách xã hội của tỉnh toàn diện, bền vững, tiến bộ và công bằng; không ngừng nâng cao đời sống vật chất, tinh thần của Nhân dân, nhất là người có công, người nghèo, người yếu thế và đồng bào vùng miền núi phía Tây của tỉnh.',
  },
  { p: '2. Các chỉ tiêu chủ yếu đến năm 2030', bold: true },
  { p: '- Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm bình quân 1 - 1,5%/năm.' },
  { p: '- Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 38%.' },
  { p: '- 45% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm xã hội; 35% lực lượng lao động trong độ tuổi lao động tham gia bảo hiểm thất nghiệp.' },
  { p: '- Trên 96% dân số tham gia bảo hiểm y tế.' },
  { p: '- Tuổi thọ trung bình của người dân đạt 75 tuổi.' },
  { p: '- Hoàn thành đầu tư xây dựng 6.500 căn nhà ở xã hội.' },
  { p: '- 100% hộ gia đình ở thành thị và 85% hộ gia đình ở nông thôn được sử dụng nước sạch theo quy chuẩn.' },
  { p: 'III. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', bold: true },
  { p: '1. Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của cán bộ, đảng viên và Nhân dân về chính sách xã hội.' },
  { p: '2. Rà soát, hoàn thiện cơ chế, chính sách đặc thù của tỉnh về chính sách xã hội, bảo đảm phù hợp với khả năng cân đối ngân sách.' },
  { p: '3. Phát triển hệ thống an sinh xã hội đa tầng, mở rộng bao phủ bảo hiểm xã hội, bảo hiểm y tế; phát triển nhà ở xã hội.' },
  { p: '4. Tăng cường kiểm tra, giám sát việc thực hiện chính sách xã hội; định kỳ sơ kết, tổng kết.' },
  { p: 'Nhiệm vụ cụ thể của các cơ quan, đơn vị tại Phụ lục kèm theo Kế hoạch này.' },
  { p: 'IV. TỔ CHỨC THỰC HIỆN', bold: true },
  {
    p: '1. Sở Lao động - Thương binh và Xã hội là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương hướng dẫn, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm.',
  },
  { p: '2. Sở Tài chính chủ trì, phối hợp với Sở Kế hoạch và Đầu tư tham mưu bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách hiện hành.' },
  { p: '3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường giám sát, phản biện xã hội trong thực hiện chính sách xã hội.' },
  { p: '4. Ủy ban nhân dân các huyện, thành phố, thị xã xây dựng kế hoạch thực hiện trên địa bàn, hoàn thành trong quý III/2024.' },
  { p: 'PHỤ LỤC', bold: true },
  { p: 'DANH MỤC NHIỆM VỤ CỤ THỂ THỰC HIỆN NGHỊ QUYẾT SỐ 42-NQ/TW', bold: true },
  { p: '(Kèm theo Kế hoạch ban hành tại Quyết định số 1268/QĐ-UBND ngày 20/5/2024 của Ủy ban nhân dân tỉnh)' },
  {
    table: {
      header: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'],
      rows: [
        ['I', { text: 'CÔNG TÁC TUYÊN TRUYỀN, NÂNG CAO NHẬN THỨC', columnSpan: 4 }],
        ['1', 'Tổ chức tuyên truyền, phổ biến Nghị quyết số 42-NQ/TW và Kế hoạch này trên các phương tiện thông tin đại chúng', 'Sở Thông tin và Truyền thông', { text: ['Báo Hà Tĩnh;', 'Đài Phát thanh - Truyền hình tỉnh'] }, 'Quý III/2024'],
        ['2', 'Biên soạn tài liệu hỏi - đáp về chính sách xã hội cho cán bộ cơ sở', 'Sở Lao động - Thương binh và Xã hội', 'Sở Tư pháp; Hội Nông dân tỉnh', 'Quý IV/2024'],
        ['II', { text: 'HOÀN THIỆN CƠ CHẾ, CHÍNH SÁCH', columnSpan: 4 }],
        ['3', 'Xây dựng Nghị quyết của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ đóng bảo hiểm xã hội tự nguyện cho người dân trên địa bàn tỉnh giai đoạn 2025 - 2030', 'Sở Lao động - Thương binh và Xã hội', 'Sở Tài chính; Bảo hiểm xã hội tỉnh', 'Năm 2025'],
        ['4', 'Rà soát, sửa đổi chính sách hỗ trợ nhà ở cho người có công với cách mạng và hộ nghèo', 'Sở Xây dựng', 'Sở Lao động - Thương binh và Xã hội; Ủy ban nhân dân các huyện, thành phố, thị xã', 'Quý II/2025'],
        ['III', { text: 'PHÁT TRIỂN HỆ THỐNG AN SINH XÃ HỘI', columnSpan: 4 }],
        ['5', 'Mở rộng đối tượng tham gia bảo hiểm y tế, nhất là học sinh, sinh viên và người thuộc hộ gia đình làm nông nghiệp có mức sống trung bình', 'Bảo hiểm xã hội tỉnh', 'Sở Y tế; Sở Giáo dục và Đào tạo', { text: 'Hằng năm', rowSpan: 2 }],
        ['6', 'Phát triển mạng lưới cơ sở trợ giúp xã hội, chăm sóc người cao tuổi, người khuyết tật', 'Sở Lao động - Thương binh và Xã hội', 'Sở Kế hoạch và Đầu tư; Sở Tài chính'],
        ['7', 'Đầu tư nâng cấp trạm y tế xã đạt chuẩn, bảo đảm mỗi trạm có bác sĩ làm việc', 'Sở Y tế', 'Sở Kế hoạch và Đầu tư; Ủy ban nhân dân các huyện, thành phố, thị xã', 'Giai đoạn 2024 - 2030'],
        ['8', 'Xây dựng Đề án phát triển nhà ở xã hội tỉnh Hà Tĩnh giai đoạn 2024 - 2030', 'Sở Xây dựng', 'Sở Tài nguyên và Môi trường; Ngân hàng Chính sách xã hội chi nhánh tỉnh', 'Quý IV/2024'],
        ['IV', { text: 'KIỂM TRA, GIÁM SÁT, SƠ KẾT, TỔNG KẾT', columnSpan: 4 }],
        ['9', 'Kiểm tra, giám sát việc thực hiện chính sách xã hội tại các địa phương', 'Sở Lao động - Thương binh và Xã hội', 'Các sở, ngành liên quan', 'Hằng năm'],
        ['10', 'Sơ kết 5 năm thực hiện Nghị quyết số 42-NQ/TW trên địa bàn tỉnh', 'Sở Lao động - Thương binh và Xã hội', 'Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố, thị xã', 'Năm 2028'],
      ],
    },
  },
];
