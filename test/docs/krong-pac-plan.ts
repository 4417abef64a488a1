/**
 * Test document (g): a district People's Committee plan (Ủy ban nhân dân huyện Krông Pắc, tỉnh
 * Đắk Lắk, before the 2025 reorganisation; number, signer and content invented) as a Word file:
 * letterhead as a borderless table, "I. MỤC ĐÍCH, YÊU CẦU / II. MỤC TIÊU / III. NHIỆM VỤ, GIẢI
 * PHÁP / IV. TỔ CHỨC THỰC HIỆN", its targets in a Word table with the 2023 actual value beside the
 * 2025 and 2030 plans (STT | Chỉ tiêu | Đơn vị tính | Thực hiện năm 2023 | Kế hoạch năm 2025 |
 * Kế hoạch năm 2030, group rows, decimal commas), tasks assigned in prose ("Phòng Lao động -
 * Thương binh và Xã hội chủ trì, phối hợp với …, hoàn thành trước …"), numbered paragraphs per
 * department, "Nơi nhận | KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" as a borderless table, and after the
 * signature an appendix "Phụ lục: PHÂN CÔNG NHIỆM VỤ" (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan
 * phối hợp | Thời gian hoàn thành | Sản phẩm) with a cell merged down two rows. Written by hand
 * for the test; no engine was tuned on it.
 */
import type { DocPart } from './docx.js';

const NQ42 =
  'Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới';

export const KRONG_PAC_FILE = 'KH 187-KH-UBND huyen Krong Pac thuc hien NQ 42.docx';

export const KRONG_PAC: DocPart[] = [
  {
    table: {
      rows: [
        [{ text: ['ỦY BAN NHÂN DÂN', 'HUYỆN KRÔNG PẮC'] }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] }],
        ['Số: 187/KH-UBND', 'Krông Pắc, ngày 15 tháng 4 năm 2024'],
      ],
    },
  },
  { p: 'KẾ HOẠCH', bold: true },
  { p: `Thực hiện ${NQ42} trên địa bàn huyện Krông Pắc`, bold: true },
  {
    p: `Thực hiện Kế hoạch số 112-KH/HU ngày 05/3/2024 của Ban Thường vụ Huyện ủy Krông Pắc và Kế hoạch số 3152/KH-UBND ngày 08/4/2024 của Ủy ban nhân dân tỉnh Đắk Lắk về thực hiện ${NQ42} (sau đây gọi tắt là Nghị quyết số 42-NQ/TW), Ủy ban nhân dân huyện Krông Pắc ban hành Kế hoạch thực hiện như sau:`,
  },
  { p: 'I. MỤC ĐÍCH, YÊU CẦU', bold: true },
  { p: '1. Mục đích', bold: true },
  {
    p: '- Cụ thể hóa các nhiệm vụ, giải pháp của Nghị quyết số 42-NQ/TW và Kế hoạch của Ủy ban nhân dân tỉnh phù hợp với điều kiện thực tế của huyện, nhất là vùng đồng bào dân tộc thiểu số tại chỗ và các buôn đặc biệt khó khăn.',
  },
  {
    p: '- Xác định rõ trách nhiệm của các phòng, ban, đơn vị thuộc huyện và Ủy ban nhân dân các xã, thị trấn trong tổ chức thực hiện chính sách xã hội; bảo đảm người có công, hộ nghèo, hộ cận nghèo, người yếu thế được hưởng đầy đủ, kịp thời các chế độ, chính sách.',
  },
  { p: '2. Yêu cầu', bold: true },
  {
    p: '- Việc triển khai phải nghiêm túc, đồng bộ, gắn với Chương trình mục tiêu quốc gia giảm nghèo bền vững, Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng bào dân tộc thiểu số và miền núi và Chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn huyện.',
  },
  {
    p: '- Các chỉ tiêu phải được giao cụ thể đến từng xã, thị trấn; định kỳ đánh giá, kịp thời tháo gỡ khó khăn, vướng mắc trong quá trình thực hiện.',
  },
  { p: 'II. MỤC TIÊU', bold: true },
  { p: '1. Mục tiêu chung', bold: true },
  {
    p: 'Thực hiện đầy đủ, kịp thời các chính sách xã hội; từng bước thu hẹp khoảng cách về mức sống giữa vùng đồng bào dân tộc thiểu số với các vùng khác trong huyện; phát triển thị trường lao động gắn với chuyển đổi cơ cấu cây trồng; mở rộng bao phủ bảo hiểm xã hội, bảo hiểm y tế; bảo đảm người dân được tiếp cận các dịch vụ xã hội cơ bản về y tế, giáo dục, nhà ở, nước sạch và thông tin.',
  },
  { p: '2. Các chỉ tiêu chủ yếu', bold: true },
  {
    table: {
      header: ['STT', 'Chỉ tiêu', 'Đơn vị tính', 'Thực hiện năm 2023', 'Kế hoạch năm 2025', 'Kế hoạch năm 2030'],
      rows: [
        ['I', { text: 'GIẢM NGHÈO, VIỆC LÀM, BẢO HIỂM XÃ HỘI', columnSpan: 5 }],
        ['1', 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều', '%', '6,84', '4,6', 'Dưới 2'],
        ['2', 'Tỷ lệ hộ nghèo là đồng bào dân tộc thiểu số tại chỗ', '%', '17,2', '13', 'Dưới 7'],
        ['3', 'Số lao động được giải quyết việc làm mới trong năm', 'Người', '2.150', '2.300', '2.500'],
        ['4', 'Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', '%', '24,6', '28', '35'],
        ['5', 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm xã hội', '%', '11,3', '15,2', '25,5'],
        ['6', 'Tỷ lệ lực lượng lao động trong độ tuổi tham gia bảo hiểm thất nghiệp', '%', '7,9', '10', '18'],
        ['II', { text: 'Y TẾ, GIÁO DỤC', columnSpan: 5 }],
        ['7', 'Tỷ lệ dân số tham gia bảo hiểm y tế', '%', '91,4', '93,2', 'Trên 95'],
        ['8', 'Số bác sĩ trên 10.000 dân', 'Bác sĩ', '6,1', '7', '9'],
        ['9', 'Tỷ lệ trẻ em dưới 5 tuổi bị suy dinh dưỡng thể thấp còi', '%', '21,8', '19,5', 'Dưới 15,5'],
        ['10', 'Tỷ lệ huy động trẻ em độ tuổi mẫu giáo đến trường', '%', '93,5', '95', '98'],
        ['III', { text: 'NHÀ Ở, NƯỚC SẠCH, THÔNG TIN', columnSpan: 5 }],
        ['11', 'Số căn nhà tạm, nhà dột nát của hộ nghèo, hộ cận nghèo được hỗ trợ xây mới, sửa chữa (lũy kế từ năm 2024)', 'Căn', '186', '420', 'Xóa hoàn toàn'],
        ['12', 'Tỷ lệ hộ gia đình ở nông thôn sử dụng nước sạch theo quy chuẩn', '%', '38,5', '45', '60'],
        ['13', 'Tỷ lệ buôn đồng bào dân tộc thiểu số được nghe, xem các kênh phát thanh, truyền hình', '%', '85', '90', '100'],
      ],
    },
  },
  { p: 'III. NHIỆM VỤ, GIẢI PHÁP', bold: true },
  { p: '1. Tuyên truyền, nâng cao nhận thức về chính sách xã hội', bold: true },
  {
    p: 'Phòng Văn hóa và Thông tin chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện và Ủy ban nhân dân các xã, thị trấn tổ chức tuyên truyền Nghị quyết số 42-NQ/TW trên hệ thống truyền thanh cơ sở, Cổng thông tin điện tử huyện và các nhóm Zalo của thôn, buôn, tổ dân phố; mở chuyên mục "Chính sách xã hội với người dân" phát sóng định kỳ 02 kỳ/tháng, bắt đầu từ quý II/2024.',
  },
  {
    p: 'Tại các buôn đồng bào dân tộc thiểu số, nội dung tuyên truyền được biên dịch và phát bằng tiếng Ê Đê; phát huy vai trò của già làng, trưởng buôn và người có uy tín trong cộng đồng, lồng ghép vào các buổi sinh hoạt cộng đồng và lễ hội truyền thống.',
  },
  { p: '2. Thực hiện tốt chính sách ưu đãi người có công với cách mạng', bold: true },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Ban Chỉ huy Quân sự huyện và Ủy ban nhân dân các xã, thị trấn rà soát, giải quyết dứt điểm hồ sơ tồn đọng xác nhận người có công, hoàn thành trước ngày 30/11/2024; tu bổ, chỉnh trang Nghĩa trang liệt sĩ huyện và các công trình ghi công liệt sĩ trên địa bàn.',
  },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Công an huyện và Bưu điện huyện số hóa hồ sơ người có công, đối tượng bảo trợ xã hội, làm sạch dữ liệu theo Đề án 06; đẩy mạnh chi trả trợ cấp không dùng tiền mặt, phấn đấu đến hết năm 2025 có ít nhất 80% đối tượng nhận trợ cấp qua tài khoản.',
  },
  { p: '3. Giảm nghèo bền vững, nhất là vùng đồng bào dân tộc thiểu số tại chỗ', bold: true },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Chi cục Thống kê huyện và Ủy ban nhân dân các xã, thị trấn tổ chức rà soát hộ nghèo, hộ cận nghèo hằng năm đúng quy trình, công khai, minh bạch; tổng hợp kết quả trình Ủy ban nhân dân huyện phê duyệt trước ngày 15/12 hằng năm.',
  },
  {
    p: 'Phòng Dân tộc chủ trì, phối hợp với Phòng Nông nghiệp và Phát triển nông thôn, Phòng Lao động - Thương binh và Xã hội xây dựng Đề án giảm nghèo bền vững đối với đồng bào dân tộc thiểu số tại chỗ giai đoạn 2024 - 2030, trình Ủy ban nhân dân huyện trong quý IV/2024.',
  },
  {
    p: 'Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện hướng dẫn hộ nghèo chuyển đổi cây trồng kém hiệu quả sang trồng xen sầu riêng, bơ trong vườn cà phê tái canh; nhân rộng mô hình nuôi bò sinh sản theo hình thức luân chuyển giữa các hộ trong buôn; mỗi năm xây dựng ít nhất 03 mô hình sinh kế có sự tham gia của hộ nghèo.',
  },
  {
    p: 'Phòng giao dịch Ngân hàng Chính sách xã hội huyện bảo đảm nguồn vốn cho vay hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và cho vay giải quyết việc làm; phối hợp với các hội, đoàn thể nhận ủy thác củng cố hoạt động của các Tổ tiết kiệm và vay vốn, giữ tỷ lệ nợ quá hạn dưới 0,3%.',
  },
  { p: '4. Phát triển thị trường lao động, tạo việc làm bền vững', bold: true },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Trung tâm Dịch vụ việc làm tỉnh Đắk Lắk và Huyện đoàn tổ chức ít nhất 02 phiên giao dịch việc làm lưu động mỗi năm tại thị trấn Phước An và các xã Ea Kly, Ea Phê; tư vấn cho thanh niên đi làm việc có thời hạn ở nước ngoài theo hợp đồng.',
  },
  {
    p: 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội và Hội Nông dân huyện mở các lớp đào tạo nghề ngắn hạn cho lao động nông thôn về kỹ thuật trồng, chăm sóc cà phê, sầu riêng, sửa chữa máy nông nghiệp; ưu tiên người dân tộc thiểu số, người khuyết tật và lao động thuộc hộ nghèo.',
  },
  { p: '5. Mở rộng bao phủ bảo hiểm xã hội, bảo hiểm y tế', bold: true },
  {
    p: 'Bảo hiểm xã hội huyện chủ trì, phối hợp với Bưu điện huyện và Ủy ban nhân dân các xã, thị trấn tổ chức hội nghị đối thoại, tư vấn trực tiếp tại thôn, buôn về bảo hiểm xã hội tự nguyện; kiểm tra các doanh nghiệp chậm đóng, trốn đóng bảo hiểm xã hội, bảo hiểm thất nghiệp cho người lao động.',
  },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Bảo hiểm xã hội huyện và Phòng Dân tộc lập danh sách đề nghị cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số sinh sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn, người thuộc hộ cận nghèo, gửi Bảo hiểm xã hội huyện trước ngày 31/01 hằng năm.',
  },
  { p: '6. Trợ giúp xã hội, chăm sóc người cao tuổi, người khuyết tật và trẻ em', bold: true },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với Hội Chữ thập đỏ huyện, Hội Người cao tuổi huyện rà soát, lập danh sách người cao tuổi cô đơn, người khuyết tật đặc biệt nặng không nơi nương tựa để đề nghị tiếp nhận vào cơ sở bảo trợ xã hội của tỉnh hoặc hỗ trợ chăm sóc tại cộng đồng; chi trả trợ cấp xã hội hằng tháng đầy đủ, đúng thời hạn.',
  },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội phối hợp với Công an huyện, Huyện đoàn triển khai các biện pháp phòng, chống xâm hại, bạo lực trẻ em, đuối nước trẻ em; duy trì hoạt động của Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 tại cơ sở; hằng năm tổ chức Tháng hành động vì trẻ em vào tháng 6.',
  },
  { p: '7. Nâng cao chất lượng dịch vụ y tế, giáo dục', bold: true },
  {
    p: 'Phòng Y tế chủ trì, phối hợp với Trung tâm Y tế huyện và Phòng Nội vụ rà soát, bố trí đủ bác sĩ cho các trạm y tế xã; phấn đấu đến năm 2026 có 100% trạm y tế xã có bác sĩ làm việc; đẩy mạnh khám, chữa bệnh bảo hiểm y tế tại tuyến xã và triển khai hồ sơ sức khỏe điện tử cho người dân.',
  },
  {
    p: 'Trung tâm Y tế huyện triển khai chương trình cải thiện dinh dưỡng cho trẻ em dưới 5 tuổi và phụ nữ mang thai tại các xã Ea Yiêng, Vụ Bổn, Ea Uy; tổ chức uống bổ sung vitamin A 02 đợt/năm.',
  },
  {
    p: 'Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Ủy ban nhân dân các xã, thị trấn duy trì kết quả phổ cập giáo dục mầm non cho trẻ em 5 tuổi, phổ cập giáo dục tiểu học và xóa mù chữ; vận động học sinh người dân tộc thiểu số bỏ học trở lại trường; tăng cường dạy tiếng Việt cho trẻ mẫu giáo người dân tộc thiểu số trước khi vào lớp 1.',
  },
  { p: '8. Nhà ở, nước sạch và thông tin cho người dân', bold: true },
  {
    p: 'Phòng Kinh tế và Hạ tầng chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội, Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Ủy ban nhân dân các xã, thị trấn thực hiện Chương trình xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, hoàn thành trong quý III/2025.',
  },
  {
    p: 'Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với Ban Quản lý dự án đầu tư xây dựng huyện và Phòng Tài chính - Kế hoạch đầu tư nâng cấp công trình cấp nước sinh hoạt tập trung tại các xã Ea Hiu, Ea Yiêng, Hòa Tiến, đưa vào sử dụng trong năm 2027.',
  },
  {
    p: 'Phòng Văn hóa và Thông tin phối hợp với Ủy ban nhân dân các xã hoàn thiện hệ thống truyền thanh ứng dụng công nghệ thông tin - viễn thông, bảo đảm đến năm 2026 có 100% thôn, buôn có cụm loa truyền thanh hoạt động thường xuyên.',
  },
  { p: '9. Kiểm tra, giám sát, sơ kết, tổng kết', bold: true },
  {
    p: 'Phòng Lao động - Thương binh và Xã hội chủ trì, phối hợp với các phòng, ban liên quan kiểm tra việc thực hiện chính sách xã hội tại các xã, thị trấn; tham mưu Ủy ban nhân dân huyện tổ chức sơ kết 3 năm thực hiện Kế hoạch trong quý IV/2027 và tổng kết trong quý IV/2030.',
  },
  { p: 'IV. TỔ CHỨC THỰC HIỆN', bold: true },
  {
    p: '1. Phòng Lao động - Thương binh và Xã hội: Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, đôn đốc các cơ quan, đơn vị, địa phương triển khai thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện và Sở Lao động - Thương binh và Xã hội trước ngày 10/12 hằng năm.',
  },
  {
    p: '2. Phòng Tài chính - Kế hoạch: Chủ trì, phối hợp với Phòng Lao động - Thương binh và Xã hội tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm; lồng ghép nguồn vốn các chương trình mục tiêu quốc gia và huy động nguồn xã hội hóa.',
  },
  {
    p: '3. Phòng Dân tộc: Hướng dẫn, theo dõi việc thực hiện chính sách đối với đồng bào dân tộc thiểu số và người có uy tín; phối hợp đánh giá tình hình giảm nghèo ở các buôn đặc biệt khó khăn.',
  },
  {
    p: '4. Phòng Nội vụ: Tham mưu Ủy ban nhân dân huyện đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua hằng năm của các cơ quan, đơn vị và Ủy ban nhân dân các xã, thị trấn.',
  },
  {
    p: '5. Phòng Y tế, Phòng Giáo dục và Đào tạo, Trung tâm Y tế huyện: Theo chức năng, nhiệm vụ tổ chức thực hiện các chỉ tiêu về y tế, giáo dục được giao tại Mục II; báo cáo kết quả về Phòng Lao động - Thương binh và Xã hội để tổng hợp.',
  },
  {
    p: '6. Bảo hiểm xã hội huyện: Hằng quý cung cấp số liệu người tham gia bảo hiểm xã hội, bảo hiểm thất nghiệp, bảo hiểm y tế theo từng xã, thị trấn cho Phòng Lao động - Thương binh và Xã hội; phối hợp giải quyết kịp thời các kiến nghị của người tham gia.',
  },
  {
    p: '7. Văn phòng HĐND và UBND huyện: Theo dõi, đôn đốc việc thực hiện các nhiệm vụ được giao tại Kế hoạch này; đăng tải Kế hoạch trên Cổng thông tin điện tử huyện.',
  },
  {
    p: '8. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện: Tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tham gia thực hiện chính sách xã hội; vận động Quỹ "Vì người nghèo" hỗ trợ xây nhà cho hộ nghèo; giám sát việc thực hiện chính sách xã hội tại cơ sở.',
  },
  {
    p: '9. Ủy ban nhân dân các xã, thị trấn: Xây dựng kế hoạch thực hiện tại địa phương, ban hành trước ngày 31/5/2024; giao chỉ tiêu đến từng thôn, buôn, tổ dân phố; định kỳ báo cáo kết quả về Ủy ban nhân dân huyện (qua Phòng Lao động - Thương binh và Xã hội) trước ngày 25/11 hằng năm.',
  },
  {
    p: 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh về Ủy ban nhân dân huyện (qua Phòng Lao động - Thương binh và Xã hội) để xem xét, giải quyết./.',
  },
  {
    table: {
      rows: [
        [
          {
            text: [
              'Nơi nhận:',
              '- UBND tỉnh Đắk Lắk (b/c);',
              '- Sở Lao động - TB&XH tỉnh (b/c);',
              '- TT Huyện ủy, TT HĐND huyện (b/c);',
              '- CT, các PCT UBND huyện;',
              '- UBMTTQVN huyện và các đoàn thể;',
              '- Các phòng, ban, đơn vị thuộc huyện;',
              '- UBND các xã, thị trấn;',
              '- Lưu: VT, LĐTBXH.',
            ],
          },
          { text: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trương Công Luận'] },
        ],
      ],
    },
  },
  { p: 'Phụ lục: PHÂN CÔNG NHIỆM VỤ', bold: true },
  { p: '(Kèm theo Kế hoạch số 187/KH-UBND ngày 15/4/2024 của Ủy ban nhân dân huyện Krông Pắc)' },
  {
    table: {
      header: ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành', 'Sản phẩm'],
      rows: [
        ['1', 'Tuyên truyền Nghị quyết số 42-NQ/TW trên hệ thống truyền thanh cơ sở và Cổng thông tin điện tử huyện', 'Phòng Văn hóa và Thông tin', 'Trung tâm Văn hóa, Thông tin và Thể thao huyện; UBND các xã, thị trấn', 'Từ quý II/2024, thường xuyên', 'Chuyên mục, tin, bài'],
        ['2', 'Rà soát, giải quyết hồ sơ tồn đọng xác nhận người có công', 'Phòng Lao động - Thương binh và Xã hội', 'Ban Chỉ huy Quân sự huyện; UBND các xã, thị trấn', '30/11/2024', 'Báo cáo kết quả giải quyết hồ sơ'],
        ['3', 'Số hóa hồ sơ người có công, đối tượng bảo trợ xã hội; làm sạch dữ liệu', 'Phòng Lao động - Thương binh và Xã hội', 'Công an huyện; Bưu điện huyện', '31/12/2024', 'Cơ sở dữ liệu được cập nhật'],
        ['4', 'Rà soát hộ nghèo, hộ cận nghèo hằng năm', 'Phòng Lao động - Thương binh và Xã hội', 'Chi cục Thống kê huyện; UBND các xã, thị trấn', 'Trước 15/12 hằng năm', 'Quyết định phê duyệt kết quả rà soát'],
        ['5', 'Xây dựng Đề án giảm nghèo bền vững đối với đồng bào dân tộc thiểu số tại chỗ giai đoạn 2024 - 2030', 'Phòng Dân tộc', 'Phòng Nông nghiệp và Phát triển nông thôn; Phòng Lao động - Thương binh và Xã hội', 'Quý IV/2024', 'Đề án trình UBND huyện'],
        ['6', 'Tổ chức phiên giao dịch việc làm lưu động', 'Phòng Lao động - Thương binh và Xã hội', 'Trung tâm Dịch vụ việc làm tỉnh Đắk Lắk; Huyện đoàn', { text: 'Hằng năm', rowSpan: 2 }, 'Ít nhất 02 phiên/năm'],
        ['7', 'Đào tạo nghề ngắn hạn cho lao động nông thôn', 'Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện', 'Phòng Lao động - Thương binh và Xã hội; Hội Nông dân huyện', 'Các lớp đào tạo nghề'],
        ['8', 'Phát triển người tham gia bảo hiểm xã hội tự nguyện', 'Bảo hiểm xã hội huyện', 'Bưu điện huyện; UBND các xã, thị trấn', 'Hằng năm', 'Hội nghị đối thoại, tư vấn'],
        ['9', 'Lập danh sách đề nghị cấp thẻ bảo hiểm y tế cho người dân tộc thiểu số vùng đặc biệt khó khăn, hộ cận nghèo', 'Phòng Lao động - Thương binh và Xã hội', 'Bảo hiểm xã hội huyện; Phòng Dân tộc', 'Trước 31/01 hằng năm', 'Danh sách đề nghị cấp thẻ'],
        ['10', 'Lập danh sách người cao tuổi cô đơn, người khuyết tật đặc biệt nặng không nơi nương tựa cần chăm sóc', 'Phòng Lao động - Thương binh và Xã hội', 'Hội Chữ thập đỏ huyện; Hội Người cao tuổi huyện', 'Quý III/2024', 'Danh sách đối tượng'],
        ['11', 'Bố trí bác sĩ cho trạm y tế xã', 'Phòng Y tế', 'Trung tâm Y tế huyện; Phòng Nội vụ', 'Năm 2026', '100% trạm y tế xã có bác sĩ'],
        ['12', 'Xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo', 'Phòng Kinh tế và Hạ tầng', 'Phòng Lao động - Thương binh và Xã hội; Ủy ban MTTQ Việt Nam huyện; UBND các xã, thị trấn', 'Quý III/2025', 'Nhà ở được bàn giao cho hộ dân'],
        ['13', 'Nâng cấp công trình cấp nước sinh hoạt tập trung xã Ea Hiu, Ea Yiêng, Hòa Tiến', 'Phòng Nông nghiệp và Phát triển nông thôn', 'Ban Quản lý dự án đầu tư xây dựng huyện; Phòng Tài chính - Kế hoạch', 'Năm 2027', 'Công trình đưa vào sử dụng'],
        ['14', 'Sơ kết 3 năm thực hiện Kế hoạch', 'Phòng Lao động - Thương binh và Xã hội', 'Các phòng, ban, đơn vị liên quan', 'Quý IV/2027', 'Báo cáo sơ kết'],
      ],
    },
  },
];
