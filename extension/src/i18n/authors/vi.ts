/**
 * The Authors section's strings in Vietnamese (the reference: every key is here), and the few the panel shows about
 * imported guides elsewhere. Only the side panel uses them, so the background (which carries the other catalogue
 * for the tip's labels) does not.
 */
export const authorsVi = {
  'nav.authors': 'Soạn hướng dẫn',
  'options.authors': 'Hiện mục “Soạn hướng dẫn”: nhập và kiểm tra hướng dẫn (cho cán bộ công nghệ thông tin)',
  'authors.intro':
    'Nhập hướng dẫn từ tệp JSON và kiểm tra hướng dẫn trên trang Cổng đang mở, không cần cài lại tiện ích. Hướng dẫn chỉ là dữ liệu: không có gì trong tệp được chạy như mã.',
  'authors.import': 'Nhập hướng dẫn từ tệp',
  'authors.file': 'Tệp hướng dẫn (.json, tối đa {max} KB)',
  'authors.imported':
    'Đã nhập hướng dẫn “{title}” (mã {id}). Bắt đầu từ thẻ thủ tục, hoặc bằng liên kết có #papi-guide={id}.',
  'authors.replaced': 'Đã thay hướng dẫn đã nhập có mã {id} bằng “{title}”.',
  'authors.refused.too-large': 'Không nhập tệp “{file}”: tệp lớn hơn {max} KB. Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.refused.empty': 'Không nhập tệp “{file}”: tệp rỗng. Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.refused.invalid':
    'Không nhập tệp “{file}”: tệp không phải hướng dẫn hợp lệ ({count} lỗi, mỗi lỗi kèm vị trí trong tệp). Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.refused.full':
    'Không nhập tệp “{file}”: đã có {max} hướng dẫn nhập, hãy gỡ bớt. Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.refused.unreadable': 'Không đọc được tệp “{file}”. Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.saveFailed': 'Không lưu được hướng dẫn (bộ nhớ của tiện ích đầy?). Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.issuesMore': '… và {n} lỗi khác',
  'authors.clash.title': 'Mã hướng dẫn này đã có',
  'authors.clash.builtIn':
    'Tệp “{file}” có mã “{id}”, trùng với hướng dẫn có sẵn “{title}”, là hướng dẫn không thể thay. Giữ tệp này thành một phiên bản mới, mã “{newId}”, hay không nhập?',
  'authors.clash.imported':
    'Tệp “{file}” có mã “{id}”, trùng với hướng dẫn “{title}” đã nhập từ tệp “{earlier}” lúc {date}. Thay hướng dẫn đó, giữ tệp này thành một phiên bản mới (mã “{newId}”), hay không nhập?',
  'authors.clash.newVersion': 'Giữ thành phiên bản mới ({newId})',
  'authors.clash.replace': 'Thay hướng dẫn đã nhập',
  'authors.clash.cancel': 'Không nhập',
  'authors.clash.full': 'Không thể giữ thêm phiên bản mới: đã có {max} hướng dẫn nhập.',
  'authors.cancelled': 'Đã không nhập tệp “{file}”. Các hướng dẫn đã có vẫn giữ nguyên.',
  'authors.list': 'Hướng dẫn đã nhập',
  'authors.listNone': 'Chưa nhập hướng dẫn nào.',
  'authors.col.guide': 'Hướng dẫn',
  'authors.col.source': 'Nguồn',
  'authors.col.link': 'Liên kết mở hướng dẫn',
  'authors.source': 'Tệp “{file}”, nhập lúc {date}',
  'authors.remove': 'Gỡ “{id}”',
  'authors.removed': 'Đã gỡ hướng dẫn “{id}”.',
  'authors.check': 'Kiểm tra hướng dẫn trên trang đang mở',
  'authors.checkHint':
    'Mở trang Cổng cần kiểm tra trong một thẻ, rồi bấm nút: mỗi bước có mẫu địa chỉ khớp với trang được tìm như khi hướng dẫn chạy.',
  'authors.checkGuide': 'Hướng dẫn cần kiểm tra',
  'authors.builtIn': '(có sẵn)',
  'authors.checkRun': 'Kiểm tra hướng dẫn này ở đây',
  'authors.checking': 'Đang kiểm tra trên trang Cổng đang mở…',
  'authors.check.none': 'Không bước nào của “{title}” dành cho trang đang mở.',
  'authors.check.summary':
    '“{title}” trên trang đang mở: {count} bước dành cho trang này; tìm thấy {found}, không tìm thấy {missing}.',
  'authors.check.noPage': 'Không có trang Cổng nào đang mở để kiểm tra. Mở trang Cổng cần kiểm tra rồi thử lại.',
  'authors.check.noGuide': 'Không có hướng dẫn mã “{id}”.',
  'authors.check.badAnswer': 'Trang trả lời không đúng dạng, nên không có kết quả.',
  'authors.check.step': 'Bước',
  'authors.check.result': 'Kết quả',
  'authors.check.how': 'Tìm thấy bằng',
  'authors.check.found': 'Tìm thấy',
  'authors.check.notFound': 'Không tìm thấy',
  'authors.check.noTarget': 'Bước chỉ có chữ',
  'authors.check.failed': 'không thấy bằng: {list}',
  'authors.check.tried': 'đã thử: {list}',
  'authors.check.fromReport': '(bước trong báo cáo)',
  'reports.check': 'Kiểm tra “{guide}” ở đây (bước {step})',
  'card.startImported': 'Bắt đầu hướng dẫn đã nhập “{title}” ({id}, tệp {file})',
} as const;

export type AuthorsKey = keyof typeof authorsVi;
