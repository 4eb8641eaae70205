import type { DimensionId } from '../dimensions/dimensions.js';
import type { BodyDuties, DimensionSolutions, Plan, PlanGroup, PlanTask } from './types.js';

/**
 * Vĩnh Châu's 2023 PAPI plan (packages/core/seed/ke-hoach-papi-vinh-chau-2023.txt) as data.
 *
 * Texts are the seed's own, verbatim, typos included; where the seed has an obvious slip the text is kept and a
 * `note` (or a comment here) says so. The only changes are layout: paragraphs the seed's page breaks split
 * ("… của" / "Ban Thanh tra …", "… phục" / "vụ chuyên đổi số …", "… xây dựng trường" / footnote / "học an toàn …",
 * "… nâng cao ý" / "thức …", "… tổ chức" / "triển khai …", "(3)" / "Trách nhiệm …") are joined with one space;
 * the "- " that opens a bullet and the "1.1. " that opens an appendix activity are dropped (the number is kept in
 * `number`); the HTML markup of the appendix (<i>, <ul …>) is dropped.
 *
 * Dimensions of the appendix rows: the seed does not map its rows to PAPI dimensions. The `dimensions` of each task
 * are the toolkit's judgement (see TASK_DIMENSIONS_SOURCE), not the plan's: edit them freely.
 */

export const TASK_DIMENSIONS_SOURCE =
  "The seed's appendix does not say which PAPI dimension each activity serves. The dimensions of each task are the toolkit's judgement (the first is the primary one), made by reading each activity against section III of the plan and the PAPI dimensions; they are editable data, not part of the plan.";

const ALL_DIMENSIONS: readonly DimensionId[] = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'];

const ONGOING = { kind: 'ongoing', text: 'Thường xuyên' } as const;
const PER_PLAN = { kind: 'per-plan', text: 'Theo Kế hoạch đã được Ủy ban nhân dân thị xã phê duyệt' } as const;
const YEAR_2023 = { kind: 'due', due: '2023-12-31', text: 'Năm 2023' } as const;

const SOLUTIONS: readonly DimensionSolutions[] = [
  {
    dimension: 'd1',
    heading: '1. Tham gia của người dân ở cấp cơ sở',
    sections: [
      {
        paragraphs: [
          'Đẩy mạnh và bằng nhiều hình thức đổi mới để tăng cường công tác thông tin, truyền thông cho đội ngũ cán bộ, công chức, viên chức và Nhân dân các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước; triển khai thực hiện nghiêm túc các quy định và tạo điều kiện cho Nhân dân được biết, được bàn, được tham gia đóng góp ý kiến, kiểm tra, giám sát các nội dung thuộc quyền của người dân theo Luật Thực hiện dân chủ ở cơ sở và các quy định khác của thị xã.',
          'Thông tin để người dân nắm được các quy định về quyền lợi và nghĩa vụ của mình đối với gia đình, xã hội, nhất là quyền và trách nhiệm của cử tri trong công tác bầu cử; quyền được tham gia đóng góp ý kiến xây dựng chính quyền địa phương; tham gia vào quản lý xã hội; tham gia đóng góp tự nguyện cho các công trình công cộng; tham gia thảo luận, theo dõi, giám sát việc xây dựng mới hoặc tu sửa các công trình công cộng diễn ra ở địa bàn...',
        ],
      },
    ],
  },
  {
    dimension: 'd2',
    // The seed's heading differs from PAPI's name for D2 ("… trong việc ra quyết định ở địa phương"); section II.1 of the seed uses "… trong việc ra quyết định".
    heading: '2. Công khai, minh bạch trong hoạch định chính sách',
    sections: [
      {
        paragraphs: [
          'Thực hiện tốt các nội dung công khai và các hình thức công khai theo Luật Thực hiện dân chủ ở cơ sở và Luật Tiếp cận thông tin. Việc niêm yết công khai cụ thể, chi tiết, hình thức công khai phải phù hợp, thuận tiện để người dân tiếp cận, Nhân dân bàn, Nhân dân giám sát kết quả thực hiện.',
          'Tiếp tục triển khai Nghị định số 07/2021/NĐ-CP, ngày 27/01/2021 của Chính phủ về quy định chuẩn nghèo đa chiều giai đoạn 2021 - 2025; đảm bảo quy trình rà soát hộ nghèo, hộ cận nghèo chặt chẽ, đúng hướng dẫn; tuyệt đối không bỏ sót hộ nghèo, không chạy theo thành tích làm sai lệch tình trạng nghèo của địa phương. Xử lý nghiêm, kịp thời và thông tin công khai để người dân được biết những trường hợp thực hiện không đúng quy định về hộ nghèo và chính sách xã hội cho hộ nghèo.',
          'Thực hiện đúng quy định về tổ chức lấy ý kiến đóng góp của người dân đối với dự thảo quy hoạch, kế hoạch sử dụng đất tại địa phương. Tiếp thu đầy đủ, giải trình, thông tin kịp thời, xem xét điều chỉnh và công khai để người dân được biết về quy hoạch, kế hoạch sử dụng đất tại địa phương.',
        ],
      },
    ],
  },
  {
    dimension: 'd3',
    heading: '3. Trách nhiệm giải trình với người dân',
    sections: [
      {
        paragraphs: [
          // Joined across a page break ("… hoạt động của" / "Ban Thanh tra nhân dân …").
          'Tăng cường trách nhiệm của các ngành, các cấp trong giải quyết khiếu nại, tố cáo của công dân; có kế hoạch bồi dưỡng, nâng cao nhận thức, trách nhiệm của đội ngũ cán bộ, công chức tiếp dân theo thẩm quyền. Nâng cao hiệu quả hoạt động của Ban Thanh tra nhân dân trong việc giám sát việc thực hiện chính sách, pháp luật, giải quyết khiếu nại, tố cáo, việc thực hiện quy chế dân chủ của các cấp chính quyền cơ sở với người dân.',
          'Tiếp tục thực hiện có hiệu quả việc đối thoại trực tiếp giữa người đứng đầu cấp ủy đảng, chính quyền các cấp với Nhân dân bằng nhiều hình thức theo Quy chế số 04-QC/TU ngày 03/12/2019 của Ban Thường vụ Thị ủy Vĩnh Châu về tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân thuộc thẩm quyền giải quyết của Bí thư Thị ủy. Kịp thời phát hiện, tập trung giải quyết dứt điểm những vướng mắc, không để tồn đọng kéo dài gây bức xúc trong Nhân dân nhằm củng cố sự tin tưởng, tín nhiệm của người dân.',
          'Theo dõi, hướng dẫn công tác phổ biến, giáo dục pháp luật của địa phương theo hướng đa dạng hóa các hình thức công khai chính sách, pháp luật hiện hành, hỗ trợ, giúp đỡ để người dân có cơ hội tiếp cận các thông tin chính sách pháp luật và dịch vụ tư pháp.',
        ],
      },
    ],
  },
  {
    dimension: 'd4',
    heading: '4. Kiểm soát tham nhũng trong khu vực công',
    sections: [
      {
        paragraphs: [
          'Triển khai thực hiện nghiêm túc Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ và Kế hoạch số 121/KH-UBND ngày 27/8/2019 của UBND tỉnh Sóc Trăng về triển khai thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ về việc xử lý, ngăn chặn có hiệu quả tình trạng nhũng nhiễu, gây phiền hà cho người dân, doanh nghiệp trong giải quyết công việc; Công văn số 2064/UBND-NC ngày 14/12/2020 của Chủ tịch UBND thị xã Vĩnh Châu về việc tiếp tục triển khai thực hiện Chỉ thị số 10/CT-TTg ngày 22/4/2019 của Thủ tướng Chính phủ. Tập trung kiểm soát tham nhũng trong khu vực công liên quan nhiều đến đời sống người dân ở cơ sở như: Chi tiêu ngân sách; cung ứng dịch vụ công y tế và giáo dục; công tác tuyển dụng, sắp xếp, đề bạt cán bộ, công chức, viên chức; giải quyết thủ tục hành chính, nhất là cấp giấy chứng nhận quyền sử dụng đất, cấp giấy phép xây dựng... Kiên quyết xử lý nghiêm minh, kịp thời những người có hành vi tham nhũng, tiêu cực.',
          // Seed slip kept: "đề cơ quan có thẩm quyền" (meaning "để").
          'Phát huy vai trò của các cơ quan tuyên truyền trong việc phát hiện, đưa tin, phản ánh các vụ việc có biểu hiện vi phạm của cán bộ, công chức, viên chức trong thực thi công vụ, đề cơ quan có thẩm quyền kịp thời vào cuộc xác minh, xử lý.',
          'Chú trọng đào tạo, bồi dưỡng, nâng cao nhận thức trách nhiệm, đạo đức công vụ, đạo đức nghề nghiệp cho cán bộ, công chức, viên chức trong thực thi nhiệm vụ.',
        ],
      },
    ],
  },
  {
    dimension: 'd5',
    heading: '5. Thủ tục hành chính công',
    sections: [
      {
        paragraphs: [
          // Joined across a page break ("… phục" / "vụ chuyên đổi số …"). Seed slip kept: "chuyên đổi số" (meaning "chuyển đổi số").
          'Đẩy mạnh ứng dụng công nghệ thông tin trong giải quyết thủ tục hành chính cho người dân và tổ chức; đảm bảo hạ tầng công nghệ thông tin, hệ thống thông tin giải quyết thủ tục hành chính của thị xã dễ thao tác, thuận tiện cho người dùng, đáp ứng các chức năng theo quy định; tăng số lượng, chất lượng các dịch vụ công toàn trình, dịch vụ công một phần và dịch vụ bưu chính công ích để tạo điều kiện tốt nhất cho tổ chức và công dân trong giải quyết thủ tục hành chính, trước mắt ưu tiên sử dụng dịch vụ công trực tuyến thuộc nhóm danh mục 18 thủ tục hành chính thiết yếu theo Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyên đổi số quốc gia¹ và các dịch vụ công trực tuyến ưu tiên tích hợp, cung cấp trên Cổng dịch vụ công quốc gia được Thủ tướng Chính phủ phê duyệt.',
          'Chấn chỉnh tình trạng lạm dụng yêu cầu nộp bản sao có chứng thực đối với giấy tờ, văn bản khi thực hiện thủ tục hành chính theo Chỉ thị số 17/CT-TTg ngày 20/6/2014 của Thủ tướng Chính phủ.',
          // Seed slips kept: "chuyên đổi số" (meaning "chuyển đổi số"); "dịch vụ công trực toàn trình" (meaning "trực tuyến toàn trình").
          'Xây dựng đội ngũ cán bộ, công chức, viên chức chuyên nghiệp, thái độ văn minh, lịch sự gắn với tăng cường kỷ luật, kỷ cương. Chú trọng đào tạo kỹ năng mềm cho cán bộ, công chức, viên chức tại Bộ phận một cửa của xã, phường; trong đó có khả năng ứng dụng công nghệ thông tin đáp ứng trong bối cảnh chuyên đổi số, kỹ năng giao tiếp, ứng xử phải thân thiện, lắng nghe, tận tâm và chuyên nghiệp. Cán bộ, công chức, viên chức phải am hiểu thao tác, quy trình, nghiệp vụ thực hiện việc nộp hồ sơ dịch vụ công trực toàn trình, dịch vụ công trực tuyến một phần để hướng dẫn người dân tham gia, thực hiện.',
          'Xử lý nghiêm mọi hành vi giải quyết chậm trễ, thiếu minh bạch, thiếu trách nhiệm, gây khó khăn, tiêu cực, nhũng nhiễu, môi giới tư vấn trái quy định, phát sinh chi phí không chính thức khiến người dân, doanh nghiệp đi lại nhiều lần để hoàn thiện thủ tục hành chính.',
          // The seed's footnote ¹ (printed mid-way through section 6 b, where the page ends), kept whole: the 18 essential procedures.
          '¹ Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ, gồm: (1) Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân; (2) Cấp lại, đổi thẻ căn cước công dân; (3) Đăng ký thường trú; (4) Đăng ký tạm trú; (5) Khai báo tạm vắng; (6) Thông báo lưu trú; (7) Đăng ký, cấp biên số mô tô, xe gắn máy; (8) Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình (phạt nguội); (9) Đăng ký khai sinh; (10) Đăng ký khai tử; (11) Đăng ký kết hôn; (12) Liên thông đăng ký khai sinh đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi; (13) Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí; (14) Tích hợp tính giảm trừ mức đóng trong gia hạn thẻ bảo hiểm y tế theo hộ gia đình; (15) Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân; (16) Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận (đổi tên hoặc giấy tờ pháp nhân, giấy tờ nhân thân, địa chỉ); (17) Cấp đổi, cấp lại giấy phép lái xe; (18) Giải quyết hưởng trợ cấp thất nghiệp.',
        ],
      },
    ],
  },
  {
    dimension: 'd6',
    heading: '6. Cung ứng dịch vụ công',
    sections: [
      {
        heading: 'a) Nâng cao hơn nữa chất lượng cung cấp dịch vụ y tế công lập',
        paragraphs: [
          'Tăng cường tuyên truyền chính sách bảo hiểm xã hội, bảo hiểm y tế, nâng cao tỷ lệ người dân có bảo hiểm y tế, bảo hiểm xã hội tự nguyện; triển khai thực hiện có hiệu quả hơn việc hỗ trợ người nghèo mua bảo hiểm y tế và trẻ em dưới 06 tuổi được miễn phí khám chữa bệnh.',
          'Nâng cao hiệu quả quản lý trong lĩnh vực khám, chữa bệnh, y tế dự phòng; bồi dưỡng y đức của đội ngũ cán bộ, viên chức ngành y; nâng cao chất lượng khám chữa bệnh; đẩy mạnh ứng dụng công nghệ thông tin vào quản lý thông tin khám chữa bệnh nhằm cắt giảm, đơn giản hóa thủ tục hành chính.',
        ],
      },
      {
        heading: 'b) Cải thiện chất lượng giáo dục công lập',
        paragraphs: [
          // Joined across a page break and the footnote ("… xây dựng trường" / ¹ … / "học an toàn …").
          'Tiếp tục quan tâm xây dựng trường đạt chuẩn quốc gia; gắn với việc khảo sát đo lường sự hài lòng của phụ huynh học sinh và người dân đối với chất lượng giáo dục ở các trường học; củng cố kỷ cương, dân chủ trong nhà trường; xây dựng trường học an toàn, lành mạnh, thân thiện; bồi dưỡng đạo đức, tác phong của đội ngũ quản lý, giáo viên trong nhà trường.',
        ],
      },
      {
        heading: 'c) Tiếp tục cải thiện cơ sở hạ tầng căn bản',
        paragraphs: [
          'Nâng cấp lưới điện, bê tông hóa đường giao thông nông thôn; tiếp tục thực hiện cung cấp nước sạch theo Chương trình mục tiêu quốc gia về nước sạch và vệ sinh môi trường; thực hiện tốt dịch vụ thu gom, xử lý rác thải, nước thải,...',
        ],
      },
      {
        heading: 'd) Giữ vững an ninh, trật tự trên địa bàn khu dân cư',
        paragraphs: [
          'Thực hiện nghiêm túc các chương trình, mục tiêu quốc gia về phòng, chống tội phạm, phòng, chống ma túy; đẩy mạnh phong trào toàn dân tham gia bảo vệ an ninh tổ quốc.',
        ],
      },
    ],
  },
  {
    dimension: 'd7',
    heading: '7. Quản trị môi trường',
    sections: [
      {
        paragraphs: [
          'Triển khai Đề án cải tạo, nâng cấp, phòng ngừa xử lý ô nhiễm môi trường, “Chống rác thải nhựa”, hoàn thiện hệ thống thoát nước, ưu tiên các khu vực đô thị và đông dân cư. Thường xuyên kiểm tra xử nghiêm các tổ chức, cá nhân vi phạm gây ô nhiễm môi trường, ô nhiễm không khí, ô nhiễm nguồn nước hoặc các trường hợp trốn tránh nghĩa vụ bảo vệ môi trường.',
        ],
      },
    ],
  },
  {
    dimension: 'd8',
    heading: '8. Quản trị điện tử',
    sections: [
      {
        paragraphs: [
          'Triển khai thực hiện tốt các giải pháp xây dựng Chính quyền điện tử, chuyển đổi số trên địa bàn thị xã; tuyên truyền để người dân hiểu và tham gia thực hiện các nhiệm vụ, giải pháp để xây dựng và phát triển Chính quyền số, xã hội số, kinh tế số,...',
          'Tăng cường tương tác với người dân, doanh nghiệp bằng việc xây dựng các kênh tương tác trực tuyến với người dân, doanh nghiệp bảo đảm thuận tiện, nhanh chóng, chất lượng và hiệu quả cao.',
          'Thường xuyên rà soát, nâng cấp hạ tầng công nghệ thông tin, nâng cấp hệ thống thông tin giải quyết thủ tục hành chính của thị xã, xã, phường để tạo điều kiện cho người dân thực hiện các giao dịch trực tuyến.',
        ],
      },
    ],
  },
];

const DUTIES: readonly BodyDuties[] = [
  {
    number: '1',
    bodyText:
      'Trách nhiệm của Thủ trưởng các cơ quan, ban ngành thị xã, Thủ trưởng các cơ quan Trung ương, cơ quan tỉnh đóng trên địa bàn thị xã',
    units: ['cac-ban-nganh-thi-xa', 'co-quan-trung-uong-tinh'],
    duties: [
      'Xây dựng và ban hành Kế hoạch triển khai nhiệm vụ cải thiện, nâng cao Chỉ số PAPI năm 2023 theo chức năng nhiệm vụ và công việc được phân công theo dõi tại Kế hoạch này; định kỳ (sáu tháng, năm) báo cáo kết quả thực hiện (bao gồm kết quả triển khai nhiệm vụ tại cơ quan, đơn vị, địa phương và các nhiệm vụ được UBND thị xã giao cụ thể tại Kế hoạch này) về Phòng Nội vụ để theo dõi, giám sát thực hiện và tổng hợp báo cáo UBND thị xã và Sở Nội vụ.',
      'Tăng cường hướng dẫn chuyên môn, nghiệp vụ; thường xuyên kiểm tra việc thực hiện và kịp thời hướng dẫn khắc phục những hạn chế, thiếu sót về chuyên môn thuộc lĩnh vực phụ trách, quản lý đối với UBND xã, phường.',
    ],
  },
  {
    number: '2',
    bodyText: 'Chủ tịch UBND các xã, phường',
    units: ['ubnd-xa-phuong'],
    duties: [
      'Xây dựng kế hoạch và tổ chức thực hiện bảo đảm thực chất, hiệu quả các nội dung thành phần của Chỉ số PAPI. Phân công cụ thể cán bộ, công chức triển khai thực hiện đầy đủ, có hiệu quả những việc cần làm ngay; phát huy vai trò của Mặt trận Tổ quốc xã, phường và Trưởng Ban nhân dân ấp, khóm.',
      'Tiếp tục nâng cao chất lượng, hiệu quả hoạt động của Bộ phận Một cửa xã, phường. Nâng cao trình độ, kỹ năng nghiệp vụ cho đội ngũ cán bộ, công chức giải quyết thủ tục hành chính. Quan tâm tăng cường và hỗ trợ người dân tiếp cận, sử dụng dịch vụ công toàn trình và dịch vụ công một phần.',
      // Seed slip kept: "đảo bảo" (meaning "đảm bảo").
      'Tăng cường công tác thông tin tuyên truyền, phổ biến các chủ trương, chính sách, pháp luật nhằm góp phần nâng cao Chỉ số PAPI cấp thị xã trên địa bàn xã, phường, nhất là những nội dung được đề ra tại Phụ lục đính kèm Kế hoạch này, đảm bảo người dân hiểu biết các vấn đề người dân có quyền được biết, được bàn, được tham gia thực hiện hoặc kiểm tra, giám sát việc thực hiện. Việc thông tin tuyên truyền phải đảo bảo yêu cầu thường xuyên, liên tục thông qua các hình thức như: Trạm truyền thanh và thông qua các buổi họp dân cư tại cộng đồng dân cư,... để thông tin được đến với đông đảo người dân. Đặc biệt là tại các đơn vị gồm: Khóm 1, Khóm 2 của Phường 1, ấp Ca Lạc, ấp Vĩnh Biên của xã Lạc Hòa.',
      'Chủ động phối hợp với Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội cùng cấp hướng dẫn, đôn đốc, giám sát, kiểm tra việc tổ chức thực hiện các nội dung thành phần Chỉ số PAPI thuộc trách nhiệm thực hiện của UBND xã, phường. Đồng thời định kỳ báo cáo UBND thị xã (qua Phòng Nội vụ) tình hình triển khai Kế hoạch này.',
    ],
  },
  {
    number: '3',
    bodyText: 'Phòng Tư pháp',
    units: ['phong-tu-phap'],
    duties: [
      'Tổ chức thực hiện tốt công tác quản lý nhà nước lĩnh vực phổ biến, giáo dục pháp luật; thường xuyên kiểm tra việc triển khai Luật Tiếp cận thông tin đối với các cơ quan, đơn vị, địa phương, UBND xã, phường, Ban nhân dân ấp, khóm trên địa bàn thị xã.',
    ],
  },
  {
    number: '4',
    bodyText: 'Phòng Quản lý đô thị',
    units: ['phong-quan-ly-do-thi'],
    duties: [
      'Thực hiện tốt việc hướng dẫn cho UBND xã, phường trong công tác lập, thẩm định, phê duyệt và công bố quy hoạch xây dựng theo phân cấp của pháp luật. Thường xuyên tổ chức hướng dẫn, kiểm tra việc triển khai công tác cấp giấy phép xây dựng cho UBND xã, phường nhằm nâng cao hiệu quả giải quyết thủ tục hành chính thuộc địa bàn quản lý.',
    ],
  },
  {
    number: '5',
    bodyText: 'Phòng Tài nguyên và Môi trường',
    units: ['phong-tai-nguyen-moi-truong'],
    duties: [
      'Chủ trì triển khai các giải pháp để tiếp tục thực hiện có hiệu quả công tác quản lý đất đai, khoáng sản, nước, môi trường; chú trọng nâng cao chất lượng, hiệu quả trong việc cấp giấy chứng nhận quyền sử dụng đất cho tổ chức, hộ gia đình và cá nhân.',
    ],
  },
  {
    number: '6',
    bodyText: 'Trung tâm Y tế thị xã',
    units: ['trung-tam-y-te'],
    duties: [
      // Joined across a page break ("… nâng cao ý" / "thức …").
      'Chủ trì thực hiện các giải pháp nâng cao chất lượng cung cấp dịch vụ y tế công lập, nhất là tại tuyến xã, phường; thường xuyên kiểm tra, chỉ đạo nâng cao ý thức, trách nhiệm của đội ngũ viên chức trong thực hiện nhiệm vụ, xử lý nghiêm các hành vi nhũng nhiễu, tiêu cực, vi phạm đạo đức chuyên môn, nghề nghiệp.',
    ],
  },
  {
    number: '7',
    bodyText: 'Phòng Giáo dục và Đào tạo',
    units: ['phong-giao-duc-dao-tao'],
    duties: [
      'Chủ trì thực hiện đồng bộ các giải pháp nâng cao chất lượng giáo dục và đào tạo, bồi dưỡng nâng cao trình độ giáo viên các cấp, trong đó chú trọng nâng cao chất lượng giáo dục tiểu học, trung học cơ sở để cải thiện chỉ số thành phần dịch vụ giáo dục tiểu học, giáo dục trung học cơ sở công lập.',
    ],
  },
  {
    number: '8',
    bodyText: 'Phòng Lao động - Thương binh và Xã hội',
    units: ['phong-lao-dong-tbxh'],
    duties: [
      'Tăng cường hướng dẫn, kiểm tra việc thực hiện quy trình rà soát, xét duyệt và công khai danh sách các hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo và giải quyết các chế độ chính sách xã hội theo đúng quy định; phối hợp Trung tâm Y tế tham mưu giải pháp cải thiện chất lượng y tế trong chăm sóc người có công và đối tượng bảo trợ xã hội.',
    ],
  },
  {
    number: '9',
    bodyText: 'Phòng Tài chính – Kế hoạch',
    units: ['phong-tai-chinh-ke-hoach'],
    duties: [
      // Seed slip kept: "các cơ quan, đơn vị, phương" (most likely "địa phương").
      'Hướng dẫn các cơ quan, đơn vị, phương thực hiện nghiêm các quy định, quy trình về công khai minh bạch trong quản lý ngân sách nhà nước. Tăng cường công tác thanh tra, kiểm tra việc thực hiện các quy định về quản lý ngân sách ở xã, phường; chú trọng việc thực hiện công khai ngân sách ở xã, phường và việc huy động, quản lý, sử dụng các nguồn đóng góp tự nguyện của người dân.',
    ],
  },
  {
    number: '10',
    bodyText: 'Phòng Văn hóa và Thông tin',
    units: ['phong-van-hoa-thong-tin'],
    duties: [
      'Chủ trì, tham mưu đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước, tổ chức triển khai thực hiện các giải pháp đẩy mạnh sử dụng dịch vụ công toàn trình, dịch vụ công một phần và xây dựng Chính quyền số, xã hội số, kinh tế số.',
    ],
  },
  {
    number: '11',
    bodyText: 'Thanh tra thị xã',
    units: ['thanh-tra-thi-xa'],
    duties: [
      'Chủ trì, phối hợp với các cơ quan liên quan tăng cường kiểm tra, hướng dẫn các cơ quan, đơn vị, địa phương thực hiện tốt trách nhiệm giải trình đối với người dân.',
    ],
  },
  {
    number: '12',
    bodyText: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã',
    units: ['van-phong-hdnd-ubnd'],
    duties: [
      // Seed slip kept: "các cơ quan, đơn vị, phương" (most likely "địa phương").
      'Chủ trì, hướng dẫn các cơ quan, đơn vị, phương thực hiện các giải pháp nâng cao chất lượng, hiệu quả công tác cải cách thủ tục hành chính, góp phần nâng cao điểm số chỉ số nội dung thành phần thủ tục hành chính công.',
    ],
  },
  {
    number: '13',
    bodyText: 'Công an thị xã',
    units: ['cong-an-thi-xa'],
    duties: [
      'Đẩy mạnh việc thực hiện Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ Phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030; tiếp tục triển khai thực hiện tốt các chương trình quốc gia phòng, chống tội phạm, phòng chống ma túy, phong trào toàn dân tham gia bảo vệ an ninh Tổ quốc.',
    ],
  },
  {
    number: '14',
    bodyText: 'Phòng Nội vụ',
    units: ['phong-noi-vu'],
    duties: [
      // Joined across a page break ("… tổ chức" / "triển khai …").
      'Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND thị xã tổ chức triển khai thực hiện Kế hoạch này; theo dõi, đôn đốc, kiểm tra, tổng hợp tình hình và kết quả thực hiện, tổng hợp báo cáo trình UBND thị xã để báo cáo UBND tỉnh (qua Sở Nội vụ) theo đúng thời gian quy định.',
      'Theo dõi, đôn đốc, hướng dẫn, kiểm tra, tổng hợp tình hình và kết quả thực hiện Chỉ số PAPI, báo cáo UBND thị xã theo quy định.',
      'Tăng cường công tác kiểm tra việc thực hiện kỷ luật, kỷ cương hành chính, kịp thời phát hiện và đề xuất xử lý nghiêm cán bộ, công chức, viên chức có biểu hiện và hành vi tiêu cực, những thiếu sót trong thực thi công vụ theo quy định.',
      'Phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam thị xã tiến hành kiểm tra, giám sát tình hình triển khai thực hiện đảm bảo hiệu quả công tác thông tin, tuyên truyền để người dân thật sự nắm bắt thông tin, tuyên truyền.',
    ],
  },
  {
    number: '15',
    // "Đề nghị" (a request): the Fatherland Front is not subordinate to the people's committee.
    bodyText: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã',
    units: ['mttq-thi-xa'],
    duties: [
      'Tăng cường các hoạt động giám sát, phản biện xã hội đối với quá trình thực hiện nhiệm vụ, phục vụ người dân, tổ chức, doanh nghiệp của các cơ quan, đơn vị trên địa bàn thị xã.',
      // Seed anachronism kept: a 2023 plan cites "Nghị quyết số 76/NQ-CP ngày 15/7/2025"; the Government's Resolution 76/NQ-CP on the
      // 2021–2030 master programme for public administration reform is dated 15/7/2021.
      'Phối hợp với các tổ chức chính trị - xã hội hướng dẫn Ủy ban Mặt trận Tổ quốc Việt Nam, các tổ chức chính trị - xã hội xã, phường đẩy mạnh công tác tuyên truyền các chủ trương, Nghị quyết của Đảng, chính sách pháp luật của Nhà nước, trọng tâm là tuyên truyền về Nghị quyết số 76/NQ-CP ngày 15/7/2025 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030, thực hiện quy chế dân chủ, phòng chống tham nhũng, lãng phí, các chính sách an sinh xã hội,... để người dân nắm bắt nội dung.',
      'Chủ trì, phối hợp với các cơ quan, ban ngành thị xã và UBND xã, phường tiếp tục tập trung thực hiện giải pháp nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân theo Nghị định số 159/2016/NĐ-CP ngày 29/11/2016 của Chính phủ và Thông tư số 25/TTr-MTTW-BTT ngày 10/8/2017 của Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam.',
    ],
  },
];

const GROUPS: readonly PlanGroup[] = [
  { id: 'g-1', number: '1', title: 'Công tác thông tin tuyên truyền' },
  { id: 'g-2', number: '2', title: 'Hội nghị nâng cao nhận thức chỉ số PAPI' },
  {
    id: 'g-3',
    number: '3',
    title:
      'Bồi dưỡng cán bộ, công chức, viên chức (các lớp bồi dưỡng phải được kiểm tra, đánh giá chất lượng học tập khi kết thúc khóa học)',
  },
  {
    id: 'g-4',
    number: '4',
    title:
      'Xây dựng chính quyền thân thiện, phục vụ nhân dân; đẩy mạnh cải cách hành chính gắn với thực hiện chuyển đổi số',
  },
  { id: 'g-5', number: '5', title: 'Thực hiện quy chế dân chủ cơ sở' },
  {
    id: 'g-6',
    number: '6',
    title: 'Hoạt động kiểm tra, giám sát',
    // Printed in italics in the seed.
    intro:
      'Xây dựng và triển khai kế hoạch thanh tra, kiểm tra, giám sát hàng năm, chuyên đề, chuyên ngành theo chức năng, nhiệm vụ được giao, gồm các hoạt động sau đây:',
  },
  {
    id: 'g-7',
    number: '7',
    // Seed slip kept: "cơ quan hành chính chính nước" (meaning "cơ quan hành chính nhà nước").
    title:
      'Đo lường sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính chính nước; về cung cấp dịch vụ y tế, giáo dục công lập trong thị xã',
  },
];

const TASKS: readonly PlanTask[] = [
  // --- 1. Công tác thông tin tuyên truyền ---
  {
    id: 'a-1-1',
    group: 'g-1',
    number: '1.1',
    activity: 'Chuyển giao tài liệu, đề cương hướng dẫn tuyên truyền.',
    dimensions: ['d1'],
    lead: ['phong-noi-vu'],
    partners: ['mttq-thi-xa'],
    leadText: 'Phòng Nội vụ.',
    partnersText: 'Ủy ban MTTQ Việt Nam thị xã.',
    timing: ONGOING,
  },
  {
    id: 'a-1-2',
    group: 'g-1',
    number: '1.2',
    activity:
      'Chuyển giao video tuyên truyền các nội dung có liên quan đến Chỉ số PAPI trên các kênh thông tin đại chúng.',
    dimensions: ['d1'],
    lead: ['phong-noi-vu'],
    partners: ['mttq-thi-xa', 'phong-van-hoa-thong-tin', 'trung-tam-vhtt-truyen-thanh'],
    leadText: 'Phòng Nội vụ.',
    partnersText:
      '- Ủy ban MTTQ Việt Nam thị xã. - Phòng Văn hóa và Thông tin. - Trung tâm Văn hóa - Thể thao - Truyền thanh.',
    timing: ONGOING,
  },
  {
    id: 'a-1-3',
    group: 'g-1',
    number: '1.3',
    activity: 'Đăng tải thông tin phổ biến giáo dục pháp luật lên Cổng thông tin điện tử thị xã.',
    dimensions: ['d3', 'd8'],
    lead: ['phong-tu-phap'],
    partners: ['ban-bien-tap-cong-ttdt'],
    leadText: 'Phòng Tư pháp.',
    partnersText: 'Ban Biên tập Cổng thông tin điện tử thị xã.',
    timing: ONGOING,
  },
  {
    id: 'a-1-4',
    group: 'g-1',
    number: '1.4',
    activity: 'Tuyên truyền về cải cách hành chính, chính quyền số.',
    dimensions: ['d5', 'd8'],
    lead: ['phong-noi-vu', 'phong-van-hoa-thong-tin'],
    partners: ['trung-tam-vhtt-truyen-thanh', 'ban-bien-tap-cong-ttdt'],
    leadText: '- Phòng Nội vụ. - Phòng Văn hóa và Thông tin.',
    partnersText: '- Trung tâm Văn hóa - Thể thao - Truyền thanh. - Ban Biên tập Cổng thông tin điện tử thị xã.',
    timing: PER_PLAN,
  },
  {
    id: 'a-1-5',
    group: 'g-1',
    number: '1.5',
    activity:
      'Thông tin tuyên truyền để người dân nắm các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước, nhất là các nội dung có liên quan đến pháp luật thực hiện quy chế dân chủ ở cơ sở.',
    dimensions: ['d1'],
    lead: ['ubnd-xa-phuong'],
    partners: ['trung-tam-vhtt-truyen-thanh'],
    leadText: 'UBND xã, phường.',
    partnersText: 'Trung tâm Văn hóa - Thể thao - Truyền thanh.',
    timing: ONGOING,
  },

  // --- 2. Hội nghị nâng cao nhận thức chỉ số PAPI ---
  {
    id: 'a-2',
    group: 'g-2',
    number: '2',
    activity: 'Hội nghị triển khai nhiệm vụ, giải pháp cải thiện chỉ số PAPI',
    dimensions: ALL_DIMENSIONS,
    lead: ['phong-noi-vu'],
    partners: ['cac-ban-nganh-thi-xa', 'ubnd-xa-phuong'],
    leadText: 'Phòng Nội vụ.',
    partnersText: '- Các ban ngành thị xã. - UBND xã, phường.',
    timing: ONGOING,
    note: "Group 2 has a single, unnumbered activity; the row carries the group's number.",
  },

  // --- 3. Bồi dưỡng cán bộ, công chức, viên chức ---
  {
    id: 'a-3-1',
    group: 'g-3',
    number: '3.1',
    activity:
      'Đưa nội dung nâng cao nhận thức chỉ số PAPI, nâng cao kỹ năng chuyên môn nghiệp vụ, quy định pháp luật và các quy trình cơ bản thực hiện 8 nội dung của Chỉ số vào các lớp bồi dưỡng dành cho đối tượng là đại biểu Hội đồng nhân dân xã, phường; lãnh đạo các đoàn thể, Ủy ban nhân dân và công chức cấp xã; Trưởng Ban nhân dân ấp, khóm trên địa bàn thị xã để thực hiện tốt nhiệm vụ.',
    dimensions: ALL_DIMENSIONS,
    lead: ['phong-noi-vu', 'mttq-thi-xa'],
    partners: ['trung-tam-chinh-tri'],
    leadText: '- Phòng Nội vụ. - Ủy ban MTTQ Việt Nam thị xã.',
    partnersText: 'Trung tâm Chính trị thị xã.',
    timing: ONGOING,
  },
  {
    id: 'a-3-2',
    group: 'g-3',
    number: '3.2',
    activity: 'Bồi dưỡng nâng cao nhận thức, trách nhiệm của đội ngũ cán bộ, công chức tiếp dân.',
    dimensions: ['d3'],
    lead: ['phong-noi-vu'],
    partners: ['thanh-tra-thi-xa', 'cac-co-quan-lien-quan'],
    leadText: 'Phòng Nội vụ.',
    partnersText: '- Thanh tra thị xã. - Các ngành có liên quan.',
    timing: ONGOING,
  },

  // --- 4. Xây dựng chính quyền thân thiện … chuyển đổi số ---
  {
    id: 'a-4-1',
    group: 'g-4',
    number: '4.1',
    activity:
      'Nghiên cứu triển khai, khuyến khích xây dựng, nhân rộng các mô hình hiệu quả, nâng cao chất lượng chất lượng cung ứng dịch vụ hành chính công theo hướng hiện đại, nhanh chóng, thuận lợi như: giải quyết thủ tục hành chính không phụ thuộc địa giới hành chính, gắn với số hóa và sử dụng kết quả số hóa hồ sơ, giấy tờ, kết quả giải quyết thủ tục hành chính; các mô hình gửi thư chúc mừng, thư chia buồn, thư xin lỗi với người dân, doanh nghiệp; hẹn giờ tiếp nhận và trả kết quả; các mô hình người dân không viết kết hợp với dịch vụ công trực tuyến và bưu chính công ích trong giải quyết thủ tục hành chính, chính quyền đồng hành cùng với dân,....',
    dimensions: ['d5', 'd8'],
    lead: ['van-phong-hdnd-ubnd', 'ubnd-xa-phuong'],
    partners: ['phong-noi-vu', 'phong-van-hoa-thong-tin', 'cac-co-quan-lien-quan', 'ban-bien-tap-cong-ttdt'],
    leadText: '- Văn phòng HĐND và UBND thị xã. - UBND xã, phường.',
    partnersText:
      '- Phòng Nội vụ. - Phòng Văn hóa và Thông tin. - Các ngành khác có liên quan. - Ban Biên tập Cổng thông tin điện tử thị xã.',
    timing: ONGOING,
    note: 'The seed repeats a word: "nâng cao chất lượng chất lượng cung ứng"; kept as printed.',
  },
  {
    id: 'a-4-2',
    group: 'g-4',
    number: '4.2',
    activity:
      'Nghiên cứu giao chỉ tiêu hồ sơ tiếp nhận, giải quyết trực tuyến một phần và toàn trình cho các ban ngành và Ủy ban nhân dân xã, phường.',
    dimensions: ['d8', 'd5'],
    lead: ['phong-van-hoa-thong-tin'],
    partners: ['cac-co-quan-lien-quan', 'ubnd-xa-phuong'],
    leadText: 'Phòng Văn hóa và Thông tin.',
    partnersText: '- Các cơ quan đơn vị có liên quan. - UBND xã, phường.',
    timing: ONGOING,
  },

  // --- 5. Thực hiện quy chế dân chủ cơ sở ---
  {
    id: 'a-5-1',
    group: 'g-5',
    number: '5.1',
    activity:
      'Thực hiện hiệu quả dân chủ trực tiếp, dân chủ đại diện, triển khai hiệu quả phương châm “dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.',
    dimensions: ['d1'],
    lead: ['ubnd-xa-phuong'],
    partners: ['mttq-thi-xa', 'mttq-xa-phuong'],
    leadText: 'UBND xã, phường.',
    partnersText: 'Ủy ban MTTQ Việt Nam thị xã và xã, phường.',
    timing: ONGOING,
  },
  {
    id: 'a-5-2',
    group: 'g-5',
    number: '5.2',
    activity:
      'Công khai đúng, đủ các nội dung như: danh sách hộ nghèo; thu, chi ngân sách cấp xã và quy hoạch, kế hoạch sử dụng đất và khung giá bồi thường, thu hồi đất,...bảo đảm quy định về thời gian, nội dung, địa điểm công khai.',
    dimensions: ['d2'],
    lead: ['ubnd-xa-phuong'],
    partners: ['mttq-thi-xa', 'mttq-xa-phuong', 'van-phong-hdnd-ubnd', 'cac-co-quan-lien-quan'],
    leadText: 'UBND xã, phường.',
    partnersText:
      '- Ủy ban MTTQ Việt Nam thị xã và xã, phường. - Văn phòng HĐND và UBND thị xã. - Các cơ quan có liên quan.',
    timing: ONGOING,
    note: 'The seed prints this row\'s number as "5,2," (commas for dots).',
  },
  {
    id: 'a-5-3',
    group: 'g-5',
    activity:
      'Đối thoại với Nhân dân. Xây dựng Kế hoạch và tổ chức đối thoại trực tiếp giữa người đứng đầu cấp ủy đảng, chính quyền các cấp với Nhân dân bằng nhiều hình thức theo Quy chế số 07-QC/TU ngày 19/5/2017 của Tỉnh ủy Sóc Trăng; Quy chế số 04-QC/TU ngày 03/12/2019 của Ban Thường vụ Thị ủy Vĩnh Châu.',
    dimensions: ['d3'],
    lead: ['ubnd-xa-phuong', 'van-phong-hdnd-ubnd', 'thanh-tra-thi-xa'],
    partners: ['mttq-thi-xa', 'mttq-xa-phuong', 'cac-co-quan-lien-quan'],
    leadText: '- UBND xã, phường. - Văn phòng HĐND và UBND thị xã. - Thanh tra thị xã.',
    partnersText: '- Ủy ban MTTQ Việt Nam thị xã, xã, phường. - Các cơ quan có liên quan.',
    timing: ONGOING,
    note: 'Unnumbered in the seed: the third row of group 5, after 5.1 and "5,2". Its id (a-5-3) is the toolkit\'s.',
  },

  // --- 6. Hoạt động kiểm tra, giám sát ---
  {
    id: 'a-6-1',
    group: 'g-6',
    number: '6.1',
    activity:
      'Kiểm tra công tác tổ chức chỉ đạo điều hành cải thiện Chỉ số PAPI của Ủy ban nhân dân thị xã, xã, phường.',
    dimensions: ALL_DIMENSIONS,
    lead: ['phong-noi-vu'],
    partners: ['mttq-thi-xa', 'cac-co-quan-lien-quan'],
    leadText: 'Phòng Nội vụ.',
    partnersText: '- Ủy ban MTTQ Việt Nam thị xã. - Các cơ quan có liên quan.',
    timing: ONGOING,
  },
  {
    id: 'a-6-2',
    group: 'g-6',
    number: '6.2',
    activity:
      'Tăng cường công tác thanh tra, kiểm tra công vụ, chú trọng kiểm tra đột xuất việc giải quyết thủ tục hành chính cho người dân tại Bộ phận một cửa các cấp.',
    dimensions: ['d5', 'd4'],
    lead: ['phong-noi-vu', 'cac-ban-nganh-thi-xa'],
    partners: ['doan-kiem-tra', 'cac-co-quan-lien-quan'],
    leadText: '- Phòng Nội vụ. - Các cơ quan khác thực hiện tự kiểm tra.',
    partnersText: 'Đoàn kiểm tra và các cơ quan, đơn vị có liên quan.',
    timing: ONGOING,
    note: '"Các cơ quan khác thực hiện tự kiểm tra" (the other bodies check themselves) is mapped to cac-ban-nganh-thi-xa.',
  },
  {
    id: 'a-6-3',
    group: 'g-6',
    number: '6.3',
    activity:
      'Kiểm tra, đánh giá năng lực cán bộ, công chức cấp xã đáp ứng yêu cầu cải cách hành chính gắn với chuyên đổi số.',
    dimensions: ['d5', 'd8'],
    lead: ['phong-noi-vu'],
    partners: ['phong-van-hoa-thong-tin', 'cac-co-quan-lien-quan'],
    leadText: 'Phòng Nội vụ.',
    partnersText: '- Phòng Văn hóa và Thông tin. - Các cơ quan có liên quan.',
    timing: YEAR_2023,
    note: 'The seed writes "chuyên đổi số" for "chuyển đổi số"; kept as printed.',
  },
  {
    id: 'a-6-4',
    group: 'g-6',
    number: '6.4',
    activity: 'Kiểm tra quản lý tài chính, sử dụng các nguồn đóng góp tự nguyện.',
    dimensions: ['d4', 'd1'],
    lead: ['phong-tai-chinh-ke-hoach'],
    partners: ['cac-co-quan-lien-quan', 'ubnd-xa-phuong'],
    leadText: 'Phòng Tài chính-Kế hoạch.',
    partnersText: 'Các ban ngành có liên quan và UBND xã, phường.',
    timing: ONGOING,
  },
  {
    id: 'a-6-5',
    group: 'g-6',
    number: '6.5',
    activity: 'Kiểm tra công tác phổ biến giáo dục pháp luật, Luật tiếp cận thông tin.',
    dimensions: ['d2', 'd3'],
    lead: ['phong-tu-phap'],
    partners: ['cac-co-quan-lien-quan'],
    leadText: 'Phòng Tư pháp.',
    partnersText: 'Các ngành có liên quan.',
    timing: ONGOING,
  },
  {
    id: 'a-6-6',
    group: 'g-6',
    number: '6.6',
    activity: 'Kiểm tra thực hiện kiểm soát thủ tục hành chính.',
    dimensions: ['d5'],
    lead: ['van-phong-hdnd-ubnd'],
    partners: ['cac-co-quan-lien-quan'],
    leadText: 'Văn phòng HĐND và UBND thị xã.',
    partnersText: 'Các ngành có liên quan.',
    timing: ONGOING,
  },
  {
    id: 'a-6-7',
    group: 'g-6',
    number: '6.7',
    activity: 'Hướng dẫn rà soát hộ nghèo, hộ cận nghèo; theo dõi, kiểm tra các xã, phường trong quá trình rà soát.',
    dimensions: ['d2'],
    lead: ['phong-lao-dong-tbxh'],
    partners: ['cac-co-quan-lien-quan', 'ubnd-xa-phuong'],
    leadText: 'Phòng Lao động-Thương binh và Xã hội.',
    partnersText: '- Các ngành có liên quan. - Ủy ban nhân dân xã, phường.',
    timing: ONGOING,
  },
  {
    id: 'a-6-8',
    group: 'g-6',
    number: '6.8',
    activity: 'Kiểm tra tình trạng dạy thêm, học thêm, các khoản thu, chi phí, lệ phí, các loại quỹ.',
    dimensions: ['d6', 'd4'],
    lead: ['phong-giao-duc-dao-tao'],
    partners: ['cac-co-quan-lien-quan', 'ubnd-xa-phuong', 'truong-tieu-hoc-thcs-cong-lap'],
    leadText: 'Phòng Giáo dục và Đào tạo.',
    partnersText: '- Các ngành có liên quan. - UBND xã, phường. - Các Trường Tiểu học, Trung học cơ sở công lập.',
    timing: ONGOING,
  },
  {
    id: 'a-6-9',
    group: 'g-6',
    number: '6.9',
    activity: 'Kiểm tra vận hành, xử lý chất thải.',
    dimensions: ['d7'],
    lead: ['phong-tai-nguyen-moi-truong'],
    partners: ['cac-co-quan-lien-quan'],
    leadText: 'Phòng Tài nguyên và Môi trường.',
    partnersText: 'Các ngành có liên quan.',
    timing: ONGOING,
  },

  // --- 7. Đo lường sự hài lòng của người dân ---
  {
    id: 'a-7',
    group: 'g-7',
    number: '7',
    activity: 'Đo lường chất lượng giải quyết thủ tục hành chính lĩnh vực đất đai; y tế; giáo dục.',
    dimensions: ['d5', 'd6'],
    lead: ['phong-tai-nguyen-moi-truong', 'trung-tam-y-te', 'phong-giao-duc-dao-tao'],
    partners: ['cac-co-quan-lien-quan', 'ubnd-xa-phuong'],
    leadText: '- Phòng Tài nguyên và Môi trường. - Trung tâm Y tế. - Phòng Giáo dục và Đào tạo.',
    partnersText: '- Các ngành có liên quan. - UBND xã, phường.',
    timing: ONGOING,
    note: "Group 7 has a single, unnumbered activity; the row carries the group's number. The seed wraps this row's unit cells in stray HTML list markup (<ul …>), dropped here.",
  },
];

export const VINH_CHAU_PLAN_2023: Plan = {
  id: 'vinh-chau-papi-2023',
  title: {
    vi: 'Triển khai thực hiện nhiệm vụ, giải pháp cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công (PAPI) thị xã Vĩnh Châu năm 2023',
    en: 'Plan to carry out tasks and solutions to improve the Provincial Governance and Public Administration Performance Index (PAPI) of Vĩnh Châu town in 2023',
    km: 'ផែនការអនុវត្តភារកិច្ច និងដំណោះស្រាយ ដើម្បីកែលម្អ និងលើកកម្ពស់សន្ទស្សន៍ប្រសិទ្ធភាពអភិបាលកិច្ច និងរដ្ឋបាលសាធារណៈ (PAPI) ក្រុង Vĩnh Châu ឆ្នាំ 2023',
  },
  year: 2023,
  issuer: 'ubnd-thi-xa',
  signedBy: 'Nguyễn Thanh Liêm',
  grounds: [
    'Căn cứ Đề án số 02/ĐA-UBND ngày 08/8/2022 của Ủy ban nhân dân (UBND) tỉnh Sóc Trăng Cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công tỉnh Sóc Trăng năm 2022 và giai đoạn đến năm 2030;',
    'Căn cứ Kế hoạch số 90/KH-UBND ngày 05/9/2022 của UBND thị xã Vĩnh Châu về triển khai thực hiện Đề án số 02/ĐA-UBND ngày 08/8/2022 của UBND tỉnh Sóc Trăng về Cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công tỉnh Sóc Trăng năm 2022 và giai đoạn đến năm 2030;',
  ],
  goal: {
    objective: 'Cải thiện, nâng cao Chỉ số PAPI thị xã Vĩnh Châu năm 2023',
    target:
      'phấn đấu đưa thị xã Vĩnh Châu xếp Chỉ số PAPI đạt điểm khá của tỉnh, vào nhóm 03 huyện, thị xã, thành phố đứng đầu của tỉnh',
  },
  requirements: [
    'Việc triển khai thực hiện PAPI được thực hiện đồng bộ với Kế hoạch thực hiện cải cách hành chính thị xã Vĩnh Châu năm 2023.',
    'Các nhiệm vụ được triển khai phải gắn với các giải pháp, mô hình xây dựng chính quyền thân thiện một cách thiết thực, hiệu quả và không hình thức.',
    'Quá trình triển khai cần kết hợp chặt chẽ với việc thực hiện nhiệm vụ chuyên môn của các ngành, UBND xã, phường và phát triển kinh tế - xã hội của địa phương.',
  ],
  scope: {
    // Joined across a page break ("(3)" / "Trách nhiệm …").
    dimensionsText:
      'Kiểm soát và khắc phục những tồn tại hạn chế trong 8 lĩnh vực: (1) Tham gia của người dân ở cấp cơ sở; (2) Công khai, minh bạch trong việc ra quyết định; (3) Trách nhiệm giải trình với người dân; (4) Kiểm soát tham nhũng trong khu vực công; (5) Thủ tục hành chính công; (6) Cung ứng dịch vụ công; (7) Quản trị môi trường; (8) Quản trị điện tử tại chính quyền cơ sở trên địa bàn thị xã để nâng cao chất lượng, hiệu quả quản trị và hành chính công thị xã Vĩnh Châu.',
    units: [
      'phuong-1',
      'phuong-2',
      'phuong-khanh-hoa',
      'phuong-vinh-phuoc',
      'xa-hoa-dong',
      'xa-lac-hoa',
      'xa-lai-hoa',
      'xa-vinh-hai',
      'xa-vinh-hiep',
      'xa-vinh-tan',
    ],
    subjects:
      'Cán bộ, công chức, viên chức, đoàn viên, hội viên, các tầng lớp Nhân dân và các cơ quan, đơn vị, địa phương có liên quan trên địa bàn thị xã.',
  },
  pilotPlaces: [
    { id: 'ap-vinh-bien', name: 'ấp Vĩnh Biên', unit: 'xa-lac-hoa' },
    { id: 'ap-ca-lac', name: 'ấp Ca Lạc', unit: 'xa-lac-hoa' },
    { id: 'khom-1-phuong-1', name: 'Khóm 1', unit: 'phuong-1' },
    { id: 'khom-2-phuong-1', name: 'Khóm 2', unit: 'phuong-1' },
  ],
  solutions: SOLUTIONS,
  duties: DUTIES,
  groups: GROUPS,
  tasks: TASKS,
  reporting: {
    to: 'phong-noi-vu',
    frequencies: ['six-monthly', 'yearly'],
    onwardTo: ['ubnd-thi-xa', 'so-noi-vu'],
    source: 'Seed: mục V.1, V.2, V.14',
  },
  source:
    'packages/core/seed/ke-hoach-papi-vinh-chau-2023.txt: Kế hoạch (số và ngày để trống, "Số: /KH-UBND", "ngày tháng năm 2023"; phụ lục "ngày tháng 4 năm 2023") của UBND thị xã Vĩnh Châu, tỉnh Sóc Trăng, ký TM. Ủy ban nhân dân, Chủ tịch Nguyễn Thanh Liêm.',
};

/**
 * The seed's remaining prose, which the Plan type has no field for: kept verbatim so nothing of the seed is lost.
 */
export const VINH_CHAU_PLAN_2023_TEXTS = {
  number: 'Số: /KH-UBND',
  placeAndDate: 'Vĩnh Châu, ngày tháng năm 2023',
  // Seed slip kept: "gộp tắt" (meaning "gọi tắt").
  preamble:
    'UBND thị xã Vĩnh Châu xây dựng kế hoạch triển khai thực hiện nhiệm vụ, giải pháp cải thiện, nâng cao Chỉ số hiệu quả quản trị và hành chính công (gộp tắt là PAPI) thị xã Vĩnh Châu năm 2023, cụ thể như sau:',
  goalParagraph:
    'Cải thiện, nâng cao Chỉ số PAPI thị xã Vĩnh Châu năm 2023; thực hiện thắng lợi mục tiêu của thị xã là phấn đấu đưa thị xã Vĩnh Châu xếp Chỉ số PAPI đạt điểm khá của tỉnh, vào nhóm 03 huyện, thị xã, thành phố đứng đầu của tỉnh.',
  deployment:
    'Triển khai rộng rãi trên địa bàn 10/10 xã, phường; trong đó chọn 04 ấp, khóm làm địa phương điểm để chỉ đạo, thực hiện gồm: ấp Vĩnh Biên, ấp Ca Lạc, xã Lạc Hòa và Khóm 1, Khóm 2, Phường 1.',
  sectionIV: 'IV. PHÂN CÔNG NHIỆM VỤ CỤ THỂ (Theo phụ lục đính kèm)',
  closing:
    'Trong quá trình triển khai thực hiện kế hoạch này nếu có phát sinh những khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về UBND thị xã (qua Phòng Nội vụ) để kịp thời hướng dẫn, xem xét, giải quyết./.',
  signature: 'TM. ỦY BAN NHÂN DÂN CHỦ TỊCH',
  appendixTitle: 'BẢNG PHÂN CÔNG THỰC HIỆN NHIỆM VỤ CẢI THIỆN, NÂNG CAO CHỈ SỐ PAPI NĂM 2023',
  appendixCaption: '(Kèm theo Kế hoạch số /KH-UBND ngày tháng 4 năm 2023 của Ủy ban nhân dân thị xã Vĩnh Châu)',
} as const;
