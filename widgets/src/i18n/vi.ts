/** Widget strings, Vietnamese: the source catalogue. */
// One part per element, so that a page loading one element's script carries only that element's strings.

/** Shared by every element: loading and errors. */
export const common = {
  loading: 'Đang tải…',
  'error.title': 'Không hiển thị được nội dung',
  'error.network': 'Không tải được dữ liệu. Kiểm tra kết nối mạng rồi thử lại.',
  'error.network-host': 'Không tải được dữ liệu từ {host}. Kiểm tra kết nối mạng rồi thử lại.',
  'error.network-cors':
    'Không tải được dữ liệu từ {host}. Có hai khả năng: máy này đang mất kết nối mạng, hoặc trang {host} không cho phép trang này đọc dữ liệu của nó (chặn theo CORS). Kiểm tra kết nối rồi thử lại; nếu vẫn lỗi, ban biên tập cần đặt tệp dữ liệu trên chính trang này hoặc đề nghị {host} cho phép.',
  'error.timeout': 'Máy chủ {host} không trả lời sau {seconds} giây. Hãy thử lại sau.',
  'error.address':
    'Địa chỉ dữ liệu không hợp lệ: "{address}". Ban biên tập cần sửa thuộc tính src thành địa chỉ http(s) đầy đủ (ví dụ https://example.gov.vn/ke-hoach.json) hoặc đường dẫn trên trang này.',
  'error.busy': 'Máy chủ {host} đang bận. Sẽ tự tải lại sau {seconds} giây.',
  'error.http': 'Máy chủ trả lỗi {status} khi tải dữ liệu.',
  'error.json': 'Dữ liệu không phải JSON hợp lệ.',
  'error.invalid': 'Dữ liệu có {count} lỗi:',
  'error.none': 'Chưa có dữ liệu: thêm thuộc tính src hoặc thẻ script type="application/json" bên trong phần tử.',
  'action.retry': 'Thử lại',
} as const;

/** <papi-disclosure-badge>. */
export const badge = {
  'badge.label': 'Công khai: {category}',
  'badge.posted': 'Niêm yết từ {date}',
  'badge.removed': 'Gỡ xuống ngày {date}',
  'badge.location': 'Nơi niêm yết: {location}',
  'badge.basis': 'Căn cứ:',
  'badge.link': 'Xem văn bản',
  'badge.unknown-category': 'Không có loại nội dung công khai "{category}".',
  'badge.bad-date': 'Ngày không hợp lệ: {detail}',
  'badge.bad-days':
    'Thuộc tính days phải là số ngày niêm yết, số nguyên từ 1 đến 3650 (ví dụ days="30"), nhưng đang là "{value}".',
  'badge.missing-posted': 'Thiếu ngày niêm yết (thuộc tính posted, dạng YYYY-MM-DD).',
  'badge.bad-href':
    'Dành cho ban biên tập: thuộc tính href "{value}" không phải địa chỉ http(s), nên không hiện liên kết đến văn bản.',
} as const;

/** <papi-checklist>, its CSV export included. */
export const checklist = {
  'list.unit': 'Đơn vị',
  'list.all-units': 'Tất cả đơn vị',
  'list.units-2025': 'Từ 01/7/2025',
  'list.units-2023': 'Năm 2023',
  'list.showing': '{count} nhiệm vụ',
  'list.none': 'Không có nhiệm vụ nào cho đơn vị này.',
  'list.reported': 'Tình trạng theo báo cáo tự đánh giá kỳ {period} của đơn vị, gửi ngày {date}.',
  'list.reported-loading': 'Đang tải báo cáo tự đánh giá của đơn vị…',
  'list.reported-none': 'Đơn vị chưa gửi báo cáo tự đánh giá cho kế hoạch này.',
  'list.reported-failed': 'Chưa tải được báo cáo tự đánh giá của đơn vị; tình trạng dưới đây là của kế hoạch.',
  'list.lead': 'Chủ trì',
  'list.partners': 'Phối hợp',
  'list.timing': 'Thời gian',
  'list.status': 'Trạng thái',
  'list.progress': '{done} / {total}',
  'list.progress-label': 'Tiến độ: {done} trên {total} nhiệm vụ hoàn thành',
  'list.evidence': 'Minh chứng',
  'list.evidence-link': 'Đường dẫn minh chứng (http/https)',
  'list.evidence-bad': 'Chỉ nhận đường dẫn bắt đầu bằng http:// hoặc https://',
  'list.note': 'Ghi chú',
  'list.details': 'Minh chứng, ghi chú',
  'list.pick-unit': 'Chọn đơn vị để tự đánh giá.',
  'list.saved': 'Đã lưu trên máy này.',
  'list.saving': 'Đang lưu…',
  'list.save-failed': 'Không lưu được trên máy này (trình duyệt chặn bộ nhớ). Hãy xuất tệp để giữ kết quả.',
  'list.export-csv': 'Xuất CSV',
  'list.export-json': 'Xuất JSON',
  'list.submit': 'Gửi báo cáo {period}',
  'list.period': 'Kỳ báo cáo: {period}',
  'list.queued': 'Đã lưu báo cáo, sẽ tự gửi khi có kết nối.',
  'list.sent': 'Đã gửi báo cáo đến {host}.',
  'list.rejected': 'Máy chủ từ chối báo cáo: {reason}',
  'list.submit-failed': 'Không lưu được báo cáo để gửi: {reason}',
  'list.submit-storage':
    'Báo cáo chưa gửi được: trình duyệt không cho lưu trên máy này (chế độ duyệt web riêng tư hoặc cài đặt lưu trữ của trình duyệt), nên không giữ được báo cáo để gửi. Hãy mở trang trong cửa sổ thường rồi gửi lại, hoặc xuất tệp để giữ kết quả.',
  'list.report-queued': 'Báo cáo kỳ {period} đang chờ gửi: đã lưu trên máy này, sẽ tự gửi khi có kết nối.',
  'list.report-sent': 'Đã gửi báo cáo kỳ {period} đến {host} lúc {time}.',
  'list.unknown-unit':
    'Không có đơn vị mã "{unit}" trong danh mục đơn vị (thuộc tính unit). Hãy chọn một đơn vị trong danh sách.',
  'list.editor': 'Dành cho ban biên tập: {detail}',
  'list.bad-unit-id':
    'Mã đơn vị "{unit}" (thuộc tính unit) không đúng dạng: chỉ dùng chữ thường không dấu a-z, số 0-9 và dấu -, ví dụ "phuong-an-binh". Hãy chọn một đơn vị trong danh sách.',
  'list.bad-today':
    'thuộc tính today "{value}" không phải ngày dạng YYYY-MM-DD (ví dụ 2026-11-27), nên được bỏ qua; hạn và kỳ báo cáo tính theo ngày hôm nay ({date}).',
  'list.bad-mode':
    'thuộc tính mode "{value}" không hợp lệ (chỉ nhận "view" hoặc "self-assessment"), nên danh mục hiện ở chế độ xem.',
  'list.bad-period':
    'thuộc tính period "{value}" không phải kỳ báo cáo hợp lệ (dạng YYYY, YYYY-H1 hoặc YYYY-H2, ví dụ 2026-H2), nên được bỏ qua; báo cáo dùng kỳ {period}.',
  'list.not-configured':
    'Chưa gửi được báo cáo từ đây vì cổng thông tin chưa cài đặt đúng địa chỉ nhận báo cáo. Vẫn có thể xuất tệp CSV, JSON.',
  'list.bad-endpoint':
    'thuộc tính endpoint "{value}" không dùng được: endpoint phải là địa chỉ http(s) đầy đủ, ví dụ {example}, hoặc đường dẫn bắt đầu bằng "/" trên chính trang này.',
  'list.token.label': 'Mã xác thực của {unit}',
  'list.token.hint':
    'Mã do Phòng Nội vụ cấp cho đơn vị, bắt đầu bằng papi_. Mã chỉ được lưu trên máy này và chỉ dùng để gửi báo cáo của đơn vị.',
  'list.token.save': 'Lưu mã',
  'list.token.save-send': 'Lưu mã và gửi báo cáo',
  'list.token.cancel': 'Hủy',
  'list.token.bad':
    'Đây không phải mã xác thực: mã bắt đầu bằng papi_ và dài 68 ký tự (chữ, số và dấu gạch dưới). Hãy sao chép lại đúng mã Phòng Nội vụ đã cấp.',
  'list.token.storage':
    'Trình duyệt không cho lưu mã trên máy này, nên chưa gửi được báo cáo. Hãy kiểm tra chế độ duyệt web riêng tư hoặc cài đặt lưu trữ của trình duyệt.',
  'list.token.kept': 'Mã xác thực của đơn vị đã được lưu trên máy này.',
  'list.token.none': 'Chưa nhập mã xác thực của đơn vị trên máy này; báo cáo chỉ được gửi kèm mã do Phòng Nội vụ cấp.',
  'list.token.change': 'Nhập mã mới',
  'list.token.enter': 'Nhập mã xác thực',
  'list.token.forget': 'Xóa mã khỏi máy này',
  'list.token.saved': 'Đã lưu mã.',
  'list.token.forgotten': 'Đã xóa mã khỏi máy này.',
  'list.token-waiting': 'Báo cáo đã được lưu trên máy này và sẽ được gửi ngay khi nhập mã xác thực của đơn vị.',
  'list.token-refused':
    'Máy chủ từ chối mã xác thực của đơn vị: mã không đúng hoặc đã bị thu hồi. Báo cáo vẫn được giữ trên máy này; hãy nhập mã mới do Phòng Nội vụ cấp để gửi.',
  'list.token-wrong-unit':
    'Máy chủ từ chối mã xác thực: mã này là của một đơn vị khác. Báo cáo vẫn được giữ trên máy này; hãy nhập đúng mã của đơn vị mình để gửi.',
  'csv.id': 'Mã nhiệm vụ',
  'csv.number': 'STT',
  'csv.activity': 'Hoạt động',
  'csv.dimensions': 'Lĩnh vực',
} as const;

/** <papi-disclosure-register>. */
export const register = {
  'register.title': 'Công khai thông tin',
  'register.period': 'Từ {from} đến {to}',
  'register.missing': 'Chưa công khai trong kỳ',
  'register.missing-count': '{count} nội dung bắt buộc chưa công khai',
  'register.entries': '{count} văn bản',
} as const;

/** <papi-feedback-button>. */
export const feedback = {
  'feedback.open': 'Góp ý',
  'feedback.title': 'Góp ý của bạn',
  'feedback.about-unit': 'Đơn vị: {unit}',
  'feedback.about-dimension': 'Lĩnh vực: {dimension}',
  'feedback.rating': 'Bạn hài lòng ở mức nào?',
  'feedback.required': '(bắt buộc)',
  'feedback.optional': '(không bắt buộc)',
  'feedback.dimension': 'Lĩnh vực PAPI',
  'feedback.dimension-none': '— Không chọn —',
  'feedback.comment': 'Ý kiến',
  'feedback.count': '{count} / {max} ký tự',
  'feedback.consent': 'Tôi đồng ý để đơn vị tiếp nhận góp ý này liên hệ lại với tôi về góp ý này',
  'feedback.contact': 'Số điện thoại hoặc email',
  'feedback.contact-note': 'Chỉ dùng để trả lời góp ý của bạn.',
  'feedback.send': 'Gửi góp ý',
  'feedback.cancel': 'Hủy',
  'feedback.close': 'Đóng',
  'feedback.thanks': 'Cảm ơn bạn đã góp ý!',
  'feedback.status.sending': 'Đã lưu trên máy, đang gửi…',
  'feedback.status.sent': 'Đã gửi',
  'feedback.status.queued': 'Đã lưu, sẽ gửi khi có mạng',
  'feedback.status.retrying': 'Đã lưu trên máy này nhưng chưa gửi được đến máy chủ; sẽ tự thử lại.',
  'feedback.status.rejected': 'Máy chủ không nhận góp ý này (mã lỗi: {code}). Góp ý vẫn được lưu trên máy này.',
  'feedback.status.sending-unsaved': 'Đang gửi… (trình duyệt không cho lưu góp ý trên máy này)',
  'feedback.status.unsaved':
    'Chưa gửi được, và góp ý không được lưu trên máy này vì trình duyệt không cho lưu. Hãy kiểm tra kết nối mạng rồi bấm “Gửi lại”. Nếu đóng hộp thoại, góp ý sẽ mất.',
  'feedback.status.rejected-unsaved':
    'Máy chủ không nhận góp ý này (mã lỗi: {code}). Góp ý không được lưu trên máy này.',
  'feedback.retry': 'Gửi lại',
  'feedback.receipt': 'Mã tiếp nhận góp ý của bạn:',
  'feedback.receipt-keep': 'Hãy giữ mã này để hỏi về góp ý của bạn sau này.',
  'feedback.receipt-status': 'Xem tình trạng góp ý',
  'feedback.receipt-copy': 'Sao chép mã',
  'feedback.receipt-copied': 'Đã sao chép mã.',
  'feedback.receipt-selected': 'Mã đã được chọn: hãy sao chép (Ctrl+C, hoặc nhấn giữ trên điện thoại).',
  'feedback.earlier': 'Góp ý bạn gửi trước đây đã đến nơi. Mã tiếp nhận:',
  'feedback.earlier-sent': 'đến nơi ngày {date}',
  'feedback.not-configured': 'Cổng thông tin này chưa cài đặt việc nhận góp ý, nên chưa gửi được góp ý từ đây.',
  'feedback.not-configured-editor': 'Dành cho ban biên tập: {detail}',
  'feedback.missing-endpoint': 'thiếu thuộc tính endpoint (địa chỉ http(s) của dịch vụ thu nhận góp ý)',
  'feedback.bad-endpoint':
    'thiếu thuộc tính endpoint hợp lệ: "{value}" không dùng được; endpoint phải là địa chỉ http(s) đầy đủ, ví dụ {example}, hoặc đường dẫn bắt đầu bằng "/" trên chính trang này',
  'feedback.missing-unit': 'thiếu thuộc tính unit (mã đơn vị trong danh mục đơn vị)',
  'feedback.unit-name-hint':
    'đơn vị ngoài danh mục (một xã, phường khác) cần có tên trong thuộc tính unit-name, ví dụ unit-name="Phường An Bình", và phải có trong tệp PAPI_UNITS của dịch vụ thu nhận',
  'feedback.error.summary': 'Vui lòng kiểm tra lại:',
  'feedback.error.rating': 'Hãy chọn một mức độ hài lòng.',
  'feedback.error.too-long': 'Dài {length} ký tự, tối đa {max}.',
  'feedback.error.consent': 'Hãy đánh dấu đồng ý nếu muốn để lại thông tin liên hệ.',
} as const;

/** <papi-feedback-button mode="kiosk">: the counter's tablet (with the feedback part's statuses and counter). */
export const kiosk = {
  'kiosk.question': 'Bạn hài lòng với việc phục vụ hôm nay ở mức nào?',
  'kiosk.chosen': 'Bạn đã chọn: {level}',
  'kiosk.comment': 'Bạn muốn nói thêm điều gì?',
  'kiosk.dossier': 'Mã hồ sơ',
  'kiosk.dossier-note':
    'Có trên giấy tiếp nhận hồ sơ. Chỉ cán bộ của đơn vị xem được, để tìm đúng hồ sơ của bạn; mã hồ sơ không hiện khi tra cứu bằng mã tiếp nhận và không in trên phiếu.',
  'kiosk.back': 'Chọn lại',
  'kiosk.send': 'Gửi đánh giá',
  'kiosk.thanks': 'Cảm ơn bạn!',
  'kiosk.status.sending': 'Đang gửi đánh giá của bạn…',
  'kiosk.status.sent': 'Đánh giá của bạn đã đến đơn vị.',
  'kiosk.status.queued':
    'Máy này đang chưa kết nối được tới máy chủ: đánh giá của bạn đã được lưu trên máy và sẽ tự gửi đi. Mã tiếp nhận chỉ có sau khi gửi được.',
  'kiosk.status.rejected': 'Máy chủ không nhận đánh giá này (mã lỗi: {code}). Xin báo cán bộ tại quầy.',
  'kiosk.status.sending-unsaved': 'Đang gửi đánh giá của bạn…',
  'kiosk.status.unsaved': 'Chưa gửi được, và máy này không lưu được đánh giá. Xin báo cán bộ tại quầy.',
  'kiosk.status.rejected-unsaved': 'Máy chủ không nhận đánh giá này (mã lỗi: {code}). Xin báo cán bộ tại quầy.',
  'kiosk.print': 'In phiếu',
  'kiosk.done': 'Xong',
  'kiosk.reset-note': 'Màn hình sẽ sẵn sàng cho người tiếp theo sau {seconds} giây.',
  'kiosk.check-at': 'Tra cứu tình trạng góp ý bằng mã này tại {address}',
} as const;

/** <papi-feedback-status>: a resident looks up their feedback by its receipt code. */
export const status = {
  'status.title': 'Tra cứu góp ý',
  'status.intro': 'Nhập mã tiếp nhận bạn nhận được khi gửi góp ý để xem đơn vị đã xử lý đến đâu và đọc câu trả lời.',
  'status.code': 'Mã tiếp nhận',
  'status.code-hint': 'Ví dụ: K7MQ-3XPD. Chữ hoa hay chữ thường, có dấu gạch hay không đều được.',
  'status.submit': 'Tra cứu',
  'status.loading': 'Đang tra cứu mã {code}…',
  'status.found': 'Góp ý mã {code}: {state}.',
  'status.error.empty': 'Hãy nhập mã tiếp nhận.',
  'status.error.malformed':
    'Mã tiếp nhận gồm 8 chữ cái và chữ số, dạng K7MQ-3XPD; "{value}" không phải là một mã như vậy. Hãy kiểm tra lại mã bạn đã nhập.',
  'status.error.unknown':
    'Không có góp ý nào mang mã {code}. Hãy kiểm tra lại mã. Góp ý gửi lúc mất mạng chỉ có mã sau khi đã đến nơi.',
  'status.error.busy': 'Có quá nhiều lượt tra cứu từ mạng của bạn. Trang sẽ tự tra cứu lại sau {seconds} giây.',
  'status.error.offline': 'Máy của bạn đang không có kết nối mạng. Khi có mạng trở lại, trang sẽ tự tra cứu.',
  'status.error.network': 'Không kết nối được tới máy chủ {host}. Hãy thử lại sau ít phút.',
  'status.error.timeout': 'Máy chủ {host} không trả lời sau {seconds} giây. Hãy thử lại.',
  'status.error.server': 'Máy chủ trả lỗi {status} khi tra cứu. Hãy thử lại sau ít phút.',
  'status.error.invalid': 'Máy chủ trả lời không đúng dạng, nên chưa hiện được tình trạng góp ý. Hãy thử lại sau.',
  'status.result': 'Góp ý mã {code}',
  'status.steps': 'Các bước xử lý góp ý',
  'status.state': 'Tình trạng',
  'status.state.received': 'Đã tiếp nhận',
  'status.state.in-progress': 'Đang xử lý',
  'status.state.answered': 'Đã trả lời',
  'status.explain.received': 'Góp ý đã đến đơn vị và đang chờ xem xét.',
  'status.explain.in-progress': 'Đơn vị đang xử lý góp ý của bạn.',
  'status.explain.answered': 'Đơn vị đã trả lời góp ý của bạn.',
  'status.unit': 'Đơn vị',
  'status.received-at': 'Ngày tiếp nhận',
  'status.updated-at': 'Cập nhật lần cuối',
  'status.answered-at': 'Ngày trả lời',
  'status.answer': 'Trả lời của đơn vị',
  'status.note': 'Ghi chú của đơn vị',
  'status.not-configured': 'Trang này chưa cài đặt việc tra cứu góp ý.',
  'status.editor': 'Dành cho ban biên tập: {detail}',
  'status.missing-endpoint': 'thiếu thuộc tính endpoint (địa chỉ http(s) của dịch vụ thu nhận góp ý)',
  'status.bad-endpoint':
    'thuộc tính endpoint "{value}" không dùng được; endpoint phải là địa chỉ http(s) đầy đủ, ví dụ {example}, hoặc đường dẫn bắt đầu bằng "/" trên chính trang này',
} as const;

/** <papi-feedback-summary>. */
export const summary = {
  'summary.busy': 'Chưa cập nhật được số liệu vì máy chủ đang bận; sẽ tự cập nhật sau {seconds} giây.',
  'summary.title': 'Tổng hợp góp ý và tự đánh giá PAPI',
  'summary.bad-endpoint':
    'Dành cho ban biên tập: thuộc tính endpoint "{value}" không dùng được; endpoint phải là địa chỉ http(s) đầy đủ của dịch vụ thu nhận, ví dụ {example}, hoặc đường dẫn bắt đầu bằng "/" trên chính trang này.',
  'summary.intro': 'Dành cho Phòng Nội vụ: số liệu đến ngày {date}; đơn vị chậm nhất, thấp nhất được xếp lên đầu.',
  'summary.total': '{count} góp ý, {share} hài lòng',
  'summary.reports': '{count} đơn vị đã gửi báo cáo tự đánh giá',
  'summary.no-feedback': 'Chưa có góp ý nào',
  'summary.no-reports': 'Chưa có báo cáo tự đánh giá nào.',
  'summary.show-tables': 'Xem dạng bảng số liệu',
  'summary.distribution': 'Phân bố 5 mức độ hài lòng ({count} góp ý)',
  'summary.by-unit': 'Mức độ hài lòng theo đơn vị',
  'summary.by-dimension': 'Mức độ hài lòng theo lĩnh vực PAPI',
  'summary.no-dimension': 'Không gắn lĩnh vực (góp ý về một dịch vụ, hoặc không chọn lĩnh vực)',
  'summary.progress': 'Tiến độ tự đánh giá theo đơn vị',
  'summary.grid': 'Tiến độ tự đánh giá theo đơn vị và lĩnh vực (nhiệm vụ hoàn thành / tổng số)',
  'summary.satisfied': '{share} hài lòng ({satisfied}/{count})',
  'summary.no-rating': 'chưa có đánh giá',
  'summary.progress-text': '{done}/{total} nhiệm vụ hoàn thành ({share})',
  'summary.overdue-count': '{count} quá hạn',
  'summary.lowest': 'thấp nhất',
  'summary.behind': 'chậm nhất',
  'summary.name': 'Tên',
  'summary.unit': 'Đơn vị',
  'summary.level': 'Mức độ',
  'summary.count': 'Số góp ý',
  'summary.share': 'Tỷ lệ',
  'summary.period': 'Kỳ báo cáo',
  'summary.done': 'Hoàn thành',
  'summary.in-progress': 'Đang thực hiện',
  'summary.not-started': 'Chưa bắt đầu',
  'summary.overdue': 'Quá hạn',
  'summary.all': 'Chung',
  'summary.dimension-short': 'LV{number}',
  'summary.answers': 'Trả lời góp ý theo đơn vị',
  'summary.answers-rule': 'Chỉ tính góp ý có mã biên nhận. Quá hạn: chưa trả lời sau {days} ngày kể từ khi nhận.',
  'summary.answers-unconfirmed': 'Thời hạn {days} ngày là giá trị tạm, chưa có căn cứ pháp lý; thị xã có thể thay đổi.',
  'summary.answered-text': '{share} đã trả lời ({answered}/{count})',
  'summary.median-text': 'trung vị {days} ngày để trả lời',
  'summary.no-answers': 'chưa có góp ý nào cần trả lời',
  'summary.slowest': 'chậm trả lời nhất',
  'summary.with-code': 'Góp ý có mã',
  'summary.answered': 'Đã trả lời',
  'summary.share-answered': 'Tỷ lệ đã trả lời',
  'summary.median': 'Trung vị số ngày để trả lời',
} as const;
