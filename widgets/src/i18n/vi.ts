/** Widget strings, Vietnamese: the source catalogue. */
export const vi = {
  loading: 'Đang tải…',
  'error.title': 'Không hiển thị được nội dung',
  'error.network': 'Không tải được dữ liệu. Kiểm tra kết nối mạng rồi thử lại.',
  'error.http': 'Máy chủ trả lỗi {status} khi tải dữ liệu.',
  'error.json': 'Dữ liệu không phải JSON hợp lệ.',
  'error.invalid': 'Dữ liệu có {count} lỗi:',
  'error.none': 'Chưa có dữ liệu: thêm thuộc tính src hoặc thẻ script type="application/json" bên trong phần tử.',
  'action.retry': 'Thử lại',

  'badge.label': 'Công khai: {category}',
  'badge.posted': 'Niêm yết từ {date}',
  'badge.removed': 'Gỡ xuống ngày {date}',
  'badge.location': 'Nơi niêm yết: {location}',
  'badge.basis': 'Căn cứ: {basis}',
  'badge.link': 'Xem văn bản',
  'badge.unknown-category': 'Không có loại nội dung công khai "{category}".',
  'badge.bad-date': 'Ngày không hợp lệ: {detail}',
  'badge.missing-posted': 'Thiếu ngày niêm yết (thuộc tính posted, dạng YYYY-MM-DD).',
} as const;

export type WidgetMessageKey = keyof typeof vi;
