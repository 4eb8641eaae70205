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
