/**
 * Test document (h): a plan of a provincial Department of Labour, Invalids and Social Affairs
 * (Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên, before the 2025 reorganisation; number,
 * signer and content invented) implementing the province's programme for Resolution 42-NQ/TW.
 * Its shape: the drafter used Word AUTO-NUMBERING for every heading and list item, and automatic
 * numbers disappear when the text is extracted — so the headings are bare bold paragraphs
 * ("MỤC ĐÍCH, YÊU CẦU", "Mục đích", "Nhiệm vụ cụ thể" …) with no "I.", "1." or "a)" in front,
 * and list items are plain paragraphs with no "-" or "+". In "Nhiệm vụ cụ thể" each assignee
 * (a division of the department itself: "Phòng Bảo trợ xã hội", "Thanh tra Sở" …) is a short
 * bold paragraph and its duties follow as plain paragraphs that do not repeat its name. A task
 * table (STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời hạn) has one empty partner
 * cell. Letterhead and "Nơi nhận | KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC" are borderless layout tables.
 * Written by hand for the test; no engine was tuned on it.
 */
import type { DocPart } from './docx.js';

const NQ42 =
  'Nghị quyết số 42-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, nâng cao chất lượng chính sách xã hội, đáp ứng yêu cầu sự nghiệp xây dựng và bảo vệ Tổ quốc trong giai đoạn mới';

export const PHU_YEN_FILE = 'ke-hoach-so-lao-dong-phu-yen.docx';

export const PHU_YEN: DocPart[] = [
  {
    table: {
      rows: [
        [{ text: ['SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH PHÚ YÊN'] }, { text: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] }],
        ['Số: 1875/KH-SLĐTBXH', 'Phú Yên, ngày 15 tháng 5 năm 2024'],
      ],
    },
  },
  { p: 'KẾ HOẠCH', bold: true },
  {
    p: 'Triển khai Chương trình hành động của Tỉnh ủy và Kế hoạch của Ủy ban nhân dân tỉnh Phú Yên thực hiện Nghị quyết số 42-NQ/TW trong ngành Lao động - Thương binh và Xã hội',
    bold: true,
  },
  { p: `Căn cứ ${NQ42} (sau đây gọi tắt là Nghị quyết số 42-NQ/TW);` },
  { p: 'Căn cứ Chương trình hành động số 31-CTr/TU ngày 26/02/2024 của Ban Chấp hành Đảng bộ tỉnh Phú Yên thực hiện Nghị quyết số 42-NQ/TW;' },
  {
    p: 'Căn cứ Kế hoạch số 86/KH-UBND ngày 09/4/2024 của Ủy ban nhân dân tỉnh Phú Yên triển khai Chương trình hành động số 31-CTr/TU của Tỉnh ủy, trong đó giao Sở Lao động - Thương binh và Xã hội là cơ quan thường trực;',
  },
  { p: 'Sở Lao động - Thương binh và Xã hội ban hành Kế hoạch tổ chức thực hiện trong ngành như sau:' },

  { p: 'MỤC ĐÍCH, YÊU CẦU', bold: true },
  { p: 'Mục đích', bold: true },
  {
    p: 'Quán triệt sâu sắc các quan điểm, mục tiêu của Nghị quyết số 42-NQ/TW đến toàn thể công chức, viên chức, người lao động của Sở và các đơn vị trực thuộc; tạo chuyển biến rõ nét trong thực thi chính sách xã hội của ngành trên địa bàn tỉnh.',
  },
  {
    p: 'Cụ thể hóa những nhiệm vụ Ủy ban nhân dân tỉnh giao cho ngành thành các công việc có địa chỉ, thời hạn và sản phẩm rõ ràng, làm căn cứ để các phòng, đơn vị chủ động triển khai và tự đánh giá kết quả.',
  },
  { p: 'Yêu cầu', bold: true },
  {
    p: 'Bám sát điều kiện thực tế của tỉnh, chú trọng các huyện miền núi Đồng Xuân, Sơn Hòa, Sông Hinh và vùng bãi ngang ven biển; lồng ghép với Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021 - 2025 và các chương trình, đề án khác đang triển khai.',
  },
  {
    p: 'Các phòng, đơn vị phối hợp chặt chẽ, thường xuyên trao đổi thông tin; người đứng đầu chịu trách nhiệm trước Giám đốc Sở về tiến độ, chất lượng thực hiện nhiệm vụ được giao.',
  },

  { p: 'MỤC TIÊU', bold: true },
  { p: 'Mục tiêu chung', bold: true },
  {
    p: 'Nâng cao hiệu lực, hiệu quả quản lý nhà nước của ngành đối với lĩnh vực chính sách xã hội; bảo đảm an sinh xã hội bền vững, bao trùm; phát triển thị trường lao động linh hoạt; chăm lo tốt hơn đời sống người có công, người nghèo và các nhóm yếu thế, không để ai bị bỏ lại phía sau.',
  },
  { p: 'Chỉ tiêu cụ thể', bold: true },
  { p: 'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều của tỉnh giảm bình quân 1,2%/năm, đến cuối năm 2025 còn dưới 3,6% và đến năm 2030 còn dưới 1,5%.' },
  {
    p: 'Tỷ lệ lao động qua đào tạo đạt 68% vào năm 2025 (trong đó có bằng cấp, chứng chỉ đạt 27,5%) và đạt 75% vào năm 2030 (trong đó có bằng cấp, chứng chỉ đạt 36%).',
  },
  {
    p: 'Số người tham gia bảo hiểm thất nghiệp đạt khoảng 62.000 người vào năm 2025, tương đương 12,8% lực lượng lao động trong độ tuổi, và khoảng 95.000 người vào năm 2030.',
  },
  {
    p: 'Tỷ lệ người khuyết tật có nhu cầu được hỗ trợ tiếp cận dịch vụ y tế, giáo dục, học nghề và việc làm đạt 90% vào năm 2025 và 98% vào năm 2030.',
  },
  { p: 'Tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp, chăm sóc để phục hồi, hòa nhập cộng đồng đạt 93% vào năm 2025 và 97% vào năm 2030.' },
  {
    p: 'Đào tạo, bồi dưỡng kiến thức, kỹ năng công tác xã hội cho 450 cán bộ, cộng tác viên cấp xã vào năm 2025 và lũy kế 1.200 người vào năm 2030.',
  },
  {
    p: 'Tỷ lệ người sau độ tuổi nghỉ hưu được hưởng lương hưu, bảo hiểm xã hội hằng tháng và trợ cấp hưu trí xã hội đạt 40% vào năm 2025 và 57% vào năm 2030.',
  },

  { p: 'NHIỆM VỤ, GIẢI PHÁP', bold: true },
  { p: 'Nhiệm vụ trọng tâm', bold: true },
  {
    p: 'Tổ chức quán triệt Nghị quyết số 42-NQ/TW và Kế hoạch này trong toàn ngành, hoàn thành trong tháng 6/2024; đưa nội dung chính sách xã hội vào sinh hoạt chuyên đề của các chi bộ và hội nghị cán bộ, công chức, viên chức của Sở.',
  },
  {
    p: 'Rà soát các văn bản quy phạm pháp luật do tỉnh ban hành thuộc lĩnh vực của ngành, kiến nghị sửa đổi, bãi bỏ những quy định không còn phù hợp; đề xuất chính sách đặc thù hỗ trợ người lao động thuộc hộ nghèo, hộ cận nghèo đi làm việc ở nước ngoài theo hợp đồng.',
  },
  {
    p: 'Đẩy mạnh chuyển đổi số trong quản lý đối tượng và chi trả chính sách; phấn đấu đến hết năm 2025 có 85% người hưởng trợ cấp ưu đãi, trợ cấp xã hội nhận tiền qua tài khoản cá nhân, không dùng tiền mặt.',
  },
  {
    p: 'Huy động nguồn lực xã hội hóa thông qua Quỹ Đền ơn đáp nghĩa và Quỹ Bảo trợ trẻ em tỉnh; công khai, minh bạch việc tiếp nhận, phân bổ các khoản đóng góp của tổ chức, cá nhân.',
  },
  { p: 'Nhiệm vụ cụ thể', bold: true },
  { p: 'Phòng Bảo trợ xã hội', bold: true },
  {
    p: 'Tham mưu Giám đốc Sở trình Ủy ban nhân dân tỉnh quy định mức chuẩn trợ giúp xã hội áp dụng trên địa bàn tỉnh cao hơn mức chuẩn chung của Chính phủ, phù hợp khả năng cân đối ngân sách địa phương; hoàn thành trước ngày 30/9/2024.',
  },
  {
    p: 'Hướng dẫn các huyện, thị xã, thành phố rà soát, cập nhật thông tin người khuyết tật, người cao tuổi, trẻ em có hoàn cảnh đặc biệt vào cơ sở dữ liệu của ngành hằng năm.',
  },
  {
    p: 'Chỉ đạo các cơ sở trợ giúp xã hội công lập nâng cao chất lượng nuôi dưỡng, phục hồi chức năng; từng bước chuyển sang cung cấp dịch vụ chăm sóc tại cộng đồng.',
  },
  { p: 'Phòng Người có công', bold: true },
  {
    p: 'Phối hợp với Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh rà soát, giải quyết hồ sơ tồn đọng đề nghị xác nhận liệt sĩ, thương binh, người hưởng chính sách như thương binh; hoàn thành trong quý III/2024.',
  },
  {
    p: 'Hướng dẫn các địa phương tu bổ, nâng cấp nghĩa trang liệt sĩ, đài tưởng niệm; tham mưu tổ chức các hoạt động kỷ niệm ngày Thương binh - Liệt sĩ 27/7 hằng năm bảo đảm trang trọng, thiết thực.',
  },
  { p: 'Phòng Lao động - Việc làm - Giáo dục nghề nghiệp', bold: true },
  { p: 'Tham mưu xây dựng Đề án phát triển thị trường lao động tỉnh Phú Yên giai đoạn 2025 - 2030, trình Ủy ban nhân dân tỉnh trong quý IV/2024.' },
  {
    p: 'Hướng dẫn các cơ sở giáo dục nghề nghiệp tuyển sinh, đào tạo nghề cho lao động nông thôn, người dân tộc thiểu số ở các huyện miền núi hằng năm; gắn đào tạo với nhu cầu tuyển dụng của doanh nghiệp trong Khu kinh tế Nam Phú Yên và các khu công nghiệp.',
  },
  {
    p: 'Theo dõi việc thực hiện chính sách bảo hiểm thất nghiệp; phối hợp với Bảo hiểm xã hội tỉnh mở rộng đối tượng tham gia để đạt chỉ tiêu đề ra tại Kế hoạch.',
  },
  { p: 'Phòng Giảm nghèo', bold: true },
  {
    p: 'Hướng dẫn, kiểm tra việc rà soát hộ nghèo, hộ cận nghèo định kỳ theo chuẩn nghèo đa chiều; tổng hợp kết quả, tham mưu Ủy ban nhân dân tỉnh phê duyệt trước ngày 20/12 hằng năm.',
  },
  {
    p: 'Theo dõi, đôn đốc các dự án thuộc Chương trình mục tiêu quốc gia giảm nghèo bền vững do ngành quản lý; nhân rộng các mô hình sinh kế hiệu quả cho hộ nghèo ở vùng bãi ngang ven biển huyện Tuy An và thị xã Sông Cầu.',
  },
  { p: 'Văn phòng Sở', bold: true },
  {
    p: 'Tham mưu Giám đốc Sở bố trí kinh phí thực hiện Kế hoạch trong dự toán ngân sách hằng năm của Sở; phối hợp với Sở Tài chính thẩm định dự toán của các đơn vị trực thuộc.',
  },
  {
    p: 'Đăng tải Kế hoạch trên Trang thông tin điện tử của Sở; đưa kết quả thực hiện Kế hoạch vào tiêu chí bình xét thi đua, khen thưởng cuối năm của các phòng, đơn vị.',
  },
  { p: 'Thanh tra Sở', bold: true },
  {
    p: 'Đưa nội dung thanh tra việc chấp hành pháp luật về lao động, bảo hiểm xã hội, bảo hiểm thất nghiệp vào kế hoạch thanh tra hằng năm, ưu tiên các doanh nghiệp nợ đóng bảo hiểm kéo dài trên 6 tháng.',
  },
  {
    p: 'Kiểm tra việc quản lý, chi trả trợ cấp ưu đãi người có công và trợ cấp xã hội tại cơ sở; tiếp nhận, giải quyết kịp thời khiếu nại, tố cáo thuộc lĩnh vực của ngành.',
  },
  { p: 'Trung tâm Công tác xã hội tỉnh', bold: true },
  {
    p: 'Tổ chức ít nhất 03 lớp tập huấn mỗi năm về kỹ năng công tác xã hội cho cán bộ, cộng tác viên cấp xã, góp phần thực hiện chỉ tiêu đào tạo đã đề ra.',
  },
  {
    p: 'Duy trì hoạt động tư vấn, tiếp nhận và hỗ trợ khẩn cấp cho trẻ em bị xâm hại, phụ nữ bị bạo lực gia đình và người lang thang; kết nối đối tượng với các dịch vụ y tế, pháp lý phù hợp.',
  },
  { p: 'Hoàn thành việc thành lập Điểm tư vấn công tác xã hội tại thị xã Sông Cầu trước ngày 31/12/2024.' },

  { p: 'TỔ CHỨC THỰC HIỆN', bold: true },
  { p: 'Phân công các nhiệm vụ chủ yếu', bold: true },
  { p: 'Các nhiệm vụ chủ yếu cần tập trung thực hiện được phân công cụ thể tại bảng sau:' },
  {
    table: {
      header: ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn'],
      rows: [
        ['1', 'Xây dựng cơ sở dữ liệu đối tượng bảo trợ xã hội, kết nối với Cơ sở dữ liệu quốc gia về dân cư', 'Phòng Bảo trợ xã hội', 'Công an tỉnh; Sở Thông tin và Truyền thông', 'Quý IV/2025'],
        ['2', 'Tổ chức Ngày hội việc làm tỉnh Phú Yên cho thanh niên và học sinh tốt nghiệp trung học phổ thông', 'Trung tâm Dịch vụ việc làm tỉnh', 'Tỉnh đoàn; Sở Giáo dục và Đào tạo', 'Tháng 3 hằng năm'],
        ['3', 'Khảo sát nhu cầu trợ giúp của người khuyết tật tại các huyện Đồng Xuân, Sơn Hòa, Sông Hinh', 'Trung tâm Công tác xã hội tỉnh', 'Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh', 'Năm 2025'],
        ['4', 'Thanh tra chuyên đề việc đóng bảo hiểm thất nghiệp tại các doanh nghiệp trong Khu kinh tế Nam Phú Yên', 'Thanh tra Sở', 'Bảo hiểm xã hội tỉnh; Ban Quản lý Khu kinh tế tỉnh', 'Quý II/2025'],
        ['5', 'Biên soạn sổ tay hướng dẫn thực hiện chính sách xã hội cho cán bộ cấp xã', 'Văn phòng Sở', '', 'Quý I/2025'],
        ['6', 'Hỗ trợ xây mới, sửa chữa nhà ở cho người có công với cách mạng còn khó khăn về nhà ở', 'Phòng Người có công', 'Sở Xây dựng; Ủy ban nhân dân các huyện, thị xã, thành phố', 'Năm 2025'],
      ],
    },
  },
  { p: 'Chế độ thông tin, báo cáo', bold: true },
  {
    p: 'Các phòng, đơn vị thuộc Sở báo cáo kết quả thực hiện Kế hoạch 6 tháng (trước ngày 10/6) và hằng năm (trước ngày 05/12), gửi về Văn phòng Sở.',
  },
  {
    p: 'Văn phòng Sở là đầu mối tổng hợp, tham mưu Giám đốc Sở báo cáo Ủy ban nhân dân tỉnh và Bộ Lao động - Thương binh và Xã hội trước ngày 15/12 hằng năm.',
  },
  {
    p: 'Năm 2027, Sở tổ chức sơ kết giữa kỳ việc thực hiện Kế hoạch; năm 2030 tổng kết, đánh giá toàn diện và đề xuất nhiệm vụ cho giai đoạn tiếp theo.',
  },
  {
    p: 'Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng, đơn vị kịp thời báo cáo Giám đốc Sở (qua Văn phòng Sở) để xem xét, giải quyết./.',
  },
  {
    table: {
      rows: [
        [
          {
            text: [
              'Nơi nhận:',
              'UBND tỉnh (b/c);',
              'Bộ LĐTBXH (b/c);',
              'Ban Tuyên giáo Tỉnh ủy;',
              'Giám đốc, các PGĐ Sở;',
              'Các phòng, đơn vị thuộc Sở;',
              'Phòng LĐTBXH các huyện, thị xã, thành phố;',
              'Lưu: VT, VP.',
            ],
          },
          { text: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Trần Thị Ngọc Huyền'] },
        ],
      ],
    },
  },
];
