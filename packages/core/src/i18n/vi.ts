/** Vietnamese: the source catalogue. Every other locale has the same keys; a missing key falls back to this one. */
export const vi = {
  'khmer.review': 'Bản tiếng Khmer đang chờ người bản ngữ rà soát.',

  unconfirmed: 'chưa xác nhận',

  'status.not-started': 'Chưa bắt đầu',
  'status.in-progress': 'Đang thực hiện',
  'status.done': 'Hoàn thành',
  'task.overdue': 'Quá hạn',
  'progress.label': 'Tiến độ',
  'progress.count': '{done}/{total} nhiệm vụ hoàn thành',
  'progress.overall': 'Tiến độ chung',

  'timing.ongoing': 'Thường xuyên',
  'timing.per-plan': 'Theo kế hoạch được phê duyệt',
  'timing.due': 'Hạn {date}',

  'frequency.six-monthly': 'sáu tháng',
  'frequency.yearly': 'hằng năm',

  'disclosure.scheduled': 'Sắp niêm yết — còn {startsIn} ngày',
  'disclosure.on-display': 'Đang niêm yết — ngày {day}/{of}',
  'disclosure.completed': 'Đã niêm yết đủ {of} ngày',
  'disclosure.taken-down-early': 'Gỡ sớm — mới niêm yết {daysPosted}/{of} ngày',
  'disclosure.missing': 'Chưa công khai',

  'issue.invalid-json': 'không phải JSON hợp lệ ({detail})',
  'issue.type': 'phải là {expected}, nhưng là {actual}',
  'issue.required': 'thiếu trường bắt buộc',
  'issue.unknown-field': 'trường "{field}" không được hỗ trợ (viết sai tên?)',
  'issue.empty': 'không được để trống',
  'issue.too-long': 'dài {length} ký tự, tối đa {max}',
  'issue.too-few': 'có {length} mục, cần ít nhất {min}',
  'issue.too-many': 'có {length} mục, tối đa {max}',
  'issue.out-of-range': 'giá trị {value} nằm ngoài khoảng {min}–{max}',
  'issue.not-integer': '{value} phải là số nguyên',
  'issue.invalid-format': '"{value}" sai định dạng (chỉ dùng {format})',
  'issue.invalid-date': '"{value}" không phải ngày hợp lệ (YYYY-MM-DD)',
  'issue.invalid-datetime': '"{value}" không phải thời điểm hợp lệ (ISO 8601, có múi giờ)',
  'issue.invalid-uuid': '"{value}" không phải UUID',
  'issue.invalid-url': '"{value}" không phải địa chỉ http(s)',
  'issue.not-one-of': '"{value}" không hợp lệ; chọn một trong: {allowed}',
  'issue.duplicate-id': 'mã "{value}" bị trùng với {first}',
  'issue.unknown-unit': 'đơn vị "{value}" không có trong danh mục đơn vị',
  'issue.unit-exists':
    'đơn vị "{value}" đã có trong danh mục đơn vị: hãy bỏ mục này, hoặc đặt cho đơn vị mới một mã riêng',
  'issue.parent-cycle': 'đơn vị cấp trên "{value}" lại dẫn về chính đơn vị này',
  'issue.unknown-dimension': 'lĩnh vực "{value}" không tồn tại (d1–d8)',
  'issue.unknown-group': 'nhóm "{value}" không có trong danh sách nhóm',
  'issue.unknown-procedure': 'thủ tục "{value}" không có trong danh mục',
  'issue.unknown-task': 'nhiệm vụ "{value}" không có trong kế hoạch',
  'issue.consent-required': 'có thông tin liên hệ nhưng chưa đánh dấu đồng ý',
  'issue.date-order': 'ngày {value} phải sau ngày {before}',
  'issue.met-before-choice':
    'đã đúng trước khi chọn: danh sách thả xuống SurveyJS có sẵn "{value}" trước khi chọn (dùng điều kiện "filled")',
  'issue.too-many-issues': 'quá nhiều lỗi; chỉ hiển thị {max} lỗi đầu',

  'answer.status': 'trạng thái phải là một trong: {allowed}',
  'answer.not-text': 'câu trả lời phải là văn bản',
  'answer.required': 'cần viết câu trả lời trước khi đánh dấu là đã trả lời',
  'answer.too-long': 'câu trả lời dài {length} ký tự, tối đa {max}',

  'type.object': 'một đối tượng',
  'type.array': 'một danh sách',
  'type.string': 'một chuỗi',
  'type.number': 'một số',
  'type.integer': 'một số nguyên',
  'type.boolean': 'đúng/sai',
  'type.null': 'null',
  'type.undefined': 'trống',
  'type.other': 'kiểu khác',

  'units.entry': 'mục thứ {n}',
  'units.entry-id': 'mục thứ {n} (mã "{id}")',
} as const;

export type MessageKey = keyof typeof vi;

/**
 * The collector's API errors: the `error.message` of its JSON answers, keyed by the `error.code` each explains, and
 * the issues the collector adds to the validator's (`issue.*`: text that is valid JSON but not acceptable). Read by
 * developers and the portals' staff. A catalogue apart from `vi`, so that the widgets and the extension, whose
 * bundles carry `translate`'s catalogues, do not carry the server's texts (see i18n/api-errors.ts).
 */
export const apiVi = {
  'invalid-body': 'Nội dung gửi lên có {count} lỗi: {list}',
  'invalid-query': 'Tham số truy vấn có {count} lỗi: {list}',
  'invalid-utf8': 'Nội dung gửi lên không phải văn bản UTF-8 hợp lệ.',
  'invalid-json': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'too-deep': 'JSON lồng nhau sâu quá {max} cấp.',
  'body-too-large': 'Nội dung gửi lên vượt quá {max} byte.',
  'unsupported-media-type': 'Hãy gửi nội dung dạng JSON với Content-Type: application/json (UTF-8).',
  'rate-limited': 'Gửi quá nhiều yêu cầu; vui lòng thử lại sau {seconds} giây.',
  'bad-request': 'Yêu cầu bị lỗi ({detail}).',
  'not-found': 'Không có {method} {path} ở đây. Xem GET /api/health.',
  'origin-not-allowed': 'Dịch vụ không nhận yêu cầu từ trang {origin}.',
  unauthorized: 'Cần mã xuất dữ liệu: Authorization: Bearer <mã>.',
  'token-required':
    'Gửi thay mặt một đơn vị cần mã xác thực của đơn vị đó do Phòng Nội vụ cấp: Authorization: Bearer <mã>.',
  'token-invalid':
    'Mã xác thực của đơn vị không hợp lệ: dịch vụ không biết mã này hoặc mã đã bị thu hồi. Hãy đề nghị Phòng Nội vụ cấp mã mới.',
  'token-wrong-unit': 'Mã này là của đơn vị {tokenUnit}; không dùng được để gửi cho đơn vị {unit}.',
  'exports-disabled': 'Chức năng xuất dữ liệu đang tắt: dịch vụ khởi động không có PAPI_EXPORT_TOKEN.',
  'id-conflict':
    'Mã {id} đã được dùng cho một bản ghi khác, bản ghi đó được giữ nguyên. Hãy gửi nội dung mới với mã mới.',
  'invalid-receipt': 'Đây không phải mã tiếp nhận: mã gồm 8 chữ và số, viết dạng K7MQ-3XPD. Hãy kiểm tra lại mã.',
  'unknown-receipt':
    'Không có góp ý nào mang mã tiếp nhận {receipt}. Hãy kiểm tra lại mã; góp ý gửi khi không có mạng chỉ có mã khi đã đến nơi.',
  internal: 'Dịch vụ không xử lý được yêu cầu này; dữ liệu chưa được lưu. Vui lòng thử lại sau.',
  'storage-failed':
    'Dịch vụ tạm ngừng nhận dữ liệu: ổ đĩa không lưu được một bản ghi. Yêu cầu này chưa được lưu; hãy gửi lại khi dịch vụ hoạt động trở lại.',
  'storage-unavailable': 'Dịch vụ không đọc được cơ sở dữ liệu ({detail}).',
  'issue.control-character': 'chứa ký tự điều khiển U+{code}',
  'issue.unpaired-surrogate': 'chứa văn bản Unicode bị lỗi (surrogate đơn lẻ)',
} as const;

export type ApiMessageKey = keyof typeof apiVi;
