#!/usr/bin/env python3
"""Writes src/guides/*.json from the shared step templates below (run once after editing; the JSON is the data)."""
import json, os

HOME = 'dichvucong.gov.vn/'
SSO_AUTH = 'sso.dancuquocgia.gov.vn/auth'
FORM = 'dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'

def t(vi, en, km=None):
    return {'vi': vi, 'en': en, 'km': km or en}

def step(id, url, title, tip, instructions, advance, target=None, optional=False):
    s = {'id': id, 'url': url if isinstance(url, list) else [url], 'title': title, 'tip': tip, 'instructions': instructions}
    if target: s['target'] = target
    s['advance'] = advance
    if optional: s['optional'] = True
    return s

KM = {
 'login': 'ចូលគណនី (Đăng nhập)', 'vneid': 'VNeID', 'search': 'ស្វែងរកនីតិវិធី', 'choose': 'ជ្រើសរើស', 'submit': 'ដាក់ស្នើ',
}

def login_steps():
    return [
        step('dang-nhap', HOME, t('Đăng nhập', 'Sign in', 'ចូលគណនី'),
             t('Bấm “Đăng nhập” để đăng nhập bằng tài khoản VNeID của người dân.', 'Press “Đăng nhập” to sign in with the resident’s VNeID account.', 'ចុច “Đăng nhập” ដើម្បីចូលដោយគណនី VNeID របស់ប្រជាពលរដ្ឋ។'),
             t('Ở góc trên bên phải Cổng, bấm nút “Đăng nhập”. Nếu đã đăng nhập (thấy “Đăng xuất”), bấm “Tôi đã làm”.', 'At the top right of the portal press “Đăng nhập”. If already signed in (you see “Đăng xuất”), press “I did this”.', 'នៅជ្រុងខាងលើស្តាំ ចុច “Đăng nhập”។ បើបានចូលរួចហើយ (ឃើញ “Đăng xuất”) ចុច “ខ្ញុំបានធ្វើរួច”។'),
             {'kind': 'url', 'url': 'sso.dancuquocgia.gov.vn/**'}, {'label': 'Đăng nhập', 'role': 'button', 'name': 'Đăng nhập'}),
        step('vneid-tai-khoan', SSO_AUTH, t('Tài khoản VNeID', 'VNeID account', 'គណនី VNeID'),
             t('Người dân nhập số định danh và mật khẩu VNeID (hoặc quét mã QR), rồi bấm “Đăng nhập”.', 'The resident enters their ID number and VNeID password (or scans the QR code), then presses “Đăng nhập”.', 'ប្រជាពលរដ្ឋបញ្ចូលលេខអត្តសញ្ញាណ និងពាក្យសម្ងាត់ VNeID (ឬស្កេនកូដ QR) រួចចុច “Đăng nhập”។'),
             t('Để người dân tự nhập thông tin đăng nhập VNeID; cán bộ không ghi lại mật khẩu.', 'Let the resident type their own VNeID credentials; never note the password.', 'ទុកឱ្យប្រជាពលរដ្ឋបញ្ចូលព័ត៌មានចូលគណនីដោយខ្លួនឯង។'),
             {'kind': 'url', 'url': 'sso.dancuquocgia.gov.vn/auth/otp'}, {'role': 'button', 'name': 'Đăng nhập', 'css': 'form button[type=submit]'}),
        step('vneid-otp', 'sso.dancuquocgia.gov.vn/auth/otp', t('Mã xác nhận', 'Confirmation code', 'លេខកូដបញ្ជាក់'),
             t('Nhập mã xác nhận gửi tới điện thoại của người dân, rồi bấm “Xác nhận”.', 'Enter the code sent to the resident’s phone, then press “Xác nhận”.', 'បញ្ចូលលេខកូដដែលបានផ្ញើទៅទូរស័ព្ទ រួចចុច “Xác nhận”។'),
             t('Tìm ô “Nhập mã xác nhận”, nhập mã OTP và bấm “Xác nhận”.', 'Find “Nhập mã xác nhận”, enter the OTP code and press “Xác nhận”.', 'រកប្រអប់ “Nhập mã xác nhận” បញ្ចូលលេខកូដ OTP ហើយចុច “Xác nhận”។'),
             {'kind': 'url', 'url': 'sso.dancuquocgia.gov.vn/auth/consent'}, {'label': 'Nhập mã xác nhận', 'role': 'textbox'}),
        step('vneid-chia-se', 'sso.dancuquocgia.gov.vn/auth/consent', t('Đồng ý chia sẻ dữ liệu', 'Consent to share data', 'ការយល់ព្រមចែករំលែកទិន្នន័យ'),
             t('Người dân đọc nội dung, đánh dấu ô đồng ý rồi bấm “Xác nhận chia sẻ”.', 'The resident reads the text, ticks the box, then presses “Xác nhận chia sẻ”.', 'ប្រជាពលរដ្ឋអានខ្លឹមសារ គូសប្រអប់យល់ព្រម រួចចុច “Xác nhận chia sẻ”។'),
             t('Đánh dấu ô “Tôi đã đọc và hiểu rõ nội dung mục đích…” và bấm “Xác nhận chia sẻ”.', 'Tick “Tôi đã đọc và hiểu rõ nội dung mục đích…” and press “Xác nhận chia sẻ”.', 'គូស “Tôi đã đọc và hiểu rõ…” ហើយចុច “Xác nhận chia sẻ”។'),
             {'kind': 'url', 'url': 'sso.dancuquocgia.gov.vn/auth/passcode'}, {'label': 'Tôi đã đọc và hiểu rõ nội dung mục đích', 'role': 'checkbox'}),
        step('vneid-passcode', 'sso.dancuquocgia.gov.vn/auth/passcode', t('Passcode VNeID', 'VNeID passcode', 'Passcode VNeID'),
             t('Nếu được hỏi, người dân nhập passcode VNeID rồi bấm “Xác nhận”.', 'If asked, the resident enters their VNeID passcode and presses “Xác nhận”.', 'បើត្រូវបានសួរ ប្រជាពលរដ្ឋបញ្ចូល passcode រួចចុច “Xác nhận”។'),
             t('Hộp “Nhập passcode” không phải lúc nào cũng hiện; nếu không thấy, bấm “Tôi đã làm”.', 'The “Nhập passcode” box does not always appear; if it does not, press “I did this”.', 'ប្រអប់ “Nhập passcode” មិនតែងតែបង្ហាញទេ។'),
             {'kind': 'url', 'url': 'dichvucong.gov.vn/**'}, {'role': 'textbox', 'name': 'Nhập passcode', 'css': '.ant-modal-content input'}, optional=True),
    ]

def find_steps(name_vi, name_en, link_label):
    return [
        step('tim-thu-tuc', [HOME, 'dichvucong.gov.vn/sso'], t('Tìm thủ tục', 'Find the procedure', 'ស្វែងរកនីតិវិធី'),
             t(f'Gõ “{link_label}” vào ô tìm kiếm và nhấn Enter.', f'Type “{link_label}” into the search box and press Enter.', f'វាយ “{link_label}” ក្នុងប្រអប់ស្វែងរក ហើយចុច Enter។'),
             t(f'Trên trang chủ, gõ tên thủ tục “{name_vi}” vào ô “Nhập từ khoá tìm kiếm thủ tục hành chính” và tìm.', f'On the home page type “{name_vi}” into “Nhập từ khoá tìm kiếm thủ tục hành chính” and search.', f'នៅទំព័រដើម វាយ “{name_vi}” ក្នុងប្រអប់ស្វែងរក។'),
             {'kind': 'url', 'url': 'dichvucong.gov.vn/dvc-ket-qua-thu-tuc'}, {'label': 'Nhập từ khoá tìm kiếm thủ tục hành chính', 'role': 'textbox', 'css': 'input[type=search], header input[type=text]'}),
        step('chon-thu-tuc', 'dichvucong.gov.vn/dvc-ket-qua-thu-tuc', t('Chọn thủ tục', 'Choose the procedure', 'ជ្រើសរើសនីតិវិធី'),
             t(f'Bấm vào “{link_label}” trong danh sách kết quả.', f'Press “{link_label}” in the results.', f'ចុច “{link_label}” ក្នុងលទ្ធផល។'),
             t(f'Trong kết quả tìm kiếm, bấm vào tên thủ tục “{link_label}”. Nếu không thấy, dùng “‹ Trước” / “Sau ›”.', f'In the results press the procedure “{link_label}”. If it is not there, page with “‹ Trước” / “Sau ›”.', f'ក្នុងលទ្ធផល ចុចលើ “{link_label}”។'),
             {'kind': 'url', 'url': 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*'}, {'label': link_label, 'role': 'link', 'name': link_label}),
    ]

def agency_steps():
    P = 'dichvucong.gov.vn/thu-tuc-hanh-chinh/*'
    return [
        step('chon-tinh', P, t('Chọn tỉnh/thành phố', 'Choose the province', 'ជ្រើសរើសខេត្ត/ក្រុង'),
             t('Trong khung “Chọn cơ quan thực hiện”, mở ô “Chọn Tỉnh/ Thành phố”.', 'In “Chọn cơ quan thực hiện”, open “Chọn Tỉnh/ Thành phố”.', 'ក្នុង “Chọn cơ quan thực hiện” បើក “Chọn Tỉnh/ Thành phố”។'),
             t('Ở khung “Chọn cơ quan thực hiện” (bên phải, hoặc đầu trang trên màn hình hẹp), bấm ô “-- Chọn Tỉnh/ Thành phố --”.', 'In the “Chọn cơ quan thực hiện” card (right, or on top on narrow screens) press “-- Chọn Tỉnh/ Thành phố --”.', 'ចុច “-- Chọn Tỉnh/ Thành phố --”។'),
             {'kind': 'click'}, {'label': 'Chọn Tỉnh/ Thành phố', 'role': 'button', 'name': 'Chọn Tỉnh/ Thành phố', 'css': 'button[aria-haspopup="listbox"]'}),
        step('chon-can-tho', P, t('Thành phố Cần Thơ', 'Cần Thơ city', 'ក្រុង Cần Thơ'),
             t('Chọn “Thành phố Cần Thơ” (Sóc Trăng thuộc Cần Thơ từ 2025).', 'Choose “Thành phố Cần Thơ” (Sóc Trăng is part of Cần Thơ since 2025).', 'ជ្រើសរើស “Thành phố Cần Thơ”។'),
             t('Trong danh sách vừa mở, gõ “Cần Thơ” vào ô tìm rồi chọn “Thành phố Cần Thơ”.', 'In the list that opened, type “Cần Thơ” and choose “Thành phố Cần Thơ”.', 'វាយ “Cần Thơ” ហើយជ្រើសរើស “Thành phố Cần Thơ”។'),
             {'kind': 'click'}, {'label': 'Thành phố Cần Thơ', 'role': 'option', 'name': 'Thành phố Cần Thơ'}),
        step('chon-xa', P, t('Chọn phường/xã', 'Choose the ward or commune', 'ជ្រើសរើសសង្កាត់/ឃុំ'),
             t('Mở ô “Chọn Phường/ Xã” (danh sách hiện sau khi đã chọn tỉnh).', 'Open “Chọn Phường/ Xã” (its list loads after the province).', 'បើក “Chọn Phường/ Xã”។'),
             t('Bấm ô “-- Chọn Phường/ Xã --”; nếu danh sách chưa có, chờ vài giây.', 'Press “-- Chọn Phường/ Xã --”; if the list is empty, wait a few seconds.', 'ចុច “-- Chọn Phường/ Xã --”។'),
             {'kind': 'click'}, {'label': 'Chọn Phường/ Xã', 'role': 'button', 'name': 'Chọn Phường/ Xã'}),
        step('chon-don-vi', P, t('Đơn vị của bạn', 'Your unit', 'អង្គភាពរបស់អ្នក'),
             t('Chọn phường/xã của bạn.', 'Choose your ward or commune.', 'ជ្រើសរើសសង្កាត់/ឃុំរបស់អ្នក។'),
             t('Chọn phường/xã nơi tiếp nhận hồ sơ (đặt đơn vị trong Tùy chọn để hướng dẫn tự tìm).', 'Choose the ward or commune receiving the dossier (set your unit in Options so the guide finds it).', 'ជ្រើសរើសសង្កាត់/ឃុំ (កំណត់អង្គភាពក្នុងការកំណត់)។'),
             {'kind': 'click'}, {'label': '{unit}', 'role': 'option', 'name': '{unit}'}),
        step('nop-ho-so', P, t('Nộp hồ sơ', 'Nộp hồ sơ', 'Nộp hồ sơ'),
             t('Bấm “Nộp hồ sơ”.', 'Press “Nộp hồ sơ”.', 'ចុច “Nộp hồ sơ”។'),
             t('Dưới khung “Chọn cơ quan thực hiện”, bấm nút “Nộp hồ sơ”.', 'Below “Chọn cơ quan thực hiện” press “Nộp hồ sơ”.', 'ចុច “Nộp hồ sơ”។'),
             {'kind': 'url', 'url': 'dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityCaseId|formalityId'}, {'role': 'button', 'name': 'Nộp hồ sơ', 'label': 'Nộp hồ sơ'}),
        step('nop-truc-tuyen', 'dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh', t('Nộp trực tuyến', 'Nộp trực tuyến', 'Nộp trực tuyến'),
             t('Trên thẻ dịch vụ của phường/xã bạn, bấm “Nộp trực tuyến”.', 'On your ward’s service card press “Nộp trực tuyến”.', 'នៅលើកាតសេវារបស់សង្កាត់/ឃុំ ចុច “Nộp trực tuyến”។'),
             t('Trong “Danh sách dịch vụ công”, tìm thẻ có “Cơ quan thực hiện:” là phường/xã của bạn (thẻ của sở đứng trước) và bấm “Nộp trực tuyến”. Nếu Cổng yêu cầu đăng nhập lại, làm theo rồi bấm lại.', 'In “Danh sách dịch vụ công” find the card whose “Cơ quan thực hiện:” is your ward (a department’s card comes first) and press “Nộp trực tuyến”. If asked to sign in again, do so and press it again.', 'ចុច “Nộp trực tuyến” លើកាតរបស់សង្កាត់/ឃុំអ្នក។'),
             {'kind': 'url', 'url': FORM}, {'label': 'Nộp trực tuyến', 'role': 'button', 'name': 'Nộp trực tuyến', 'near': '{unit}'}),
    ]

def q(id, data_name, label, title, tip, kind='filled'):
    adv = {'kind': 'filled'} if kind == 'filled' else {'kind': 'appear', 'target': {'css': f'[data-name^="{data_name}__"] .sd-dropdown__value'}}
    return step(id, FORM, title, tip,
                t(f'Trong tờ khai, tìm câu “{label}” và điền/chọn. {tip["vi"]}', f'In the form find “{label}” and fill it in. {tip["en"]}', f'ក្នុងពាក្យប្រកាស រក “{label}” ហើយបំពេញ។'),
                adv, {'label': label, 'dataName': data_name})

def form_end(upload_label, upload_vi):
    return [
        step('tai-giay-to', FORM, t('Đính kèm giấy tờ', 'Attach papers', 'ភ្ជាប់ឯកសារ'),
             t(f'Ở dòng “{upload_vi}”, bấm “Tải lên file” và chọn bản quét (dưới 2MB). Bản quét không cần chứng thực.', f'On the row “{upload_vi}” press “Tải lên file” and choose the scan (under 2 MB). Scans need no certification.', 'ចុច “Tải lên file” ហើយជ្រើសរើសឯកសារស្កេន (តិចជាង 2MB)។'),
             t('Trong bảng “Thành phần hồ sơ”, bấm “Tải lên file” ở từng giấy tờ phải nộp. Giấy tờ đã có trong cơ sở dữ liệu quốc gia thì không cần tải lên.', 'In the “Thành phần hồ sơ” table press “Tải lên file” on each required paper. Papers already in the national databases need no upload.', 'ក្នុងតារាង “Thành phần hồ sơ” ចុច “Tải lên file”។'),
             {'kind': 'click'}, {'role': 'button', 'name': 'Tải lên file', 'near': upload_label, 'css': 'button[title="Tải lên file"]'}),
        step('nhan-ket-qua', FORM, t('Hình thức nhận kết quả', 'How to receive the result', 'របៀបទទួលលទ្ធផល'),
             t('Hỏi người dân muốn nhận kết quả ở đâu; mặc định là tại bộ phận một cửa. Xong bấm “Tôi đã làm”.', 'Ask where the resident wants the result; the default is at the one-stop desk. Then press “I did this”.', 'សួរប្រជាពលរដ្ឋពីកន្លែងទទួលលទ្ធផល។'),
             t('Ở mục “Hình thức nhận kết quả”, giữ “Trả kết quả tại bộ phận tiếp nhận và trả kết quả” hoặc chọn bưu điện / môi trường mạng.', 'Under “Hình thức nhận kết quả” keep “Trả kết quả tại bộ phận tiếp nhận và trả kết quả” or choose post / online.', 'នៅ “Hình thức nhận kết quả” ជ្រើសរើស។'),
             {'kind': 'manual'}, {'label': 'Hình thức nhận kết quả', 'css': '.cc-select-wrapper'}),
        step('luu-va-nop', FORM, t('Lưu và nộp hồ sơ', 'Save and submit', 'រក្សាទុក និងដាក់ស្នើ'),
             t('Kiểm tra lại cùng người dân rồi bấm “Lưu và nộp hồ sơ”.', 'Check everything with the resident, then press “Lưu và nộp hồ sơ”.', 'ពិនិត្យជាមួយប្រជាពលរដ្ឋ រួចចុច “Lưu và nộp hồ sơ”។'),
             t('Cuối trang, bấm “Lưu và nộp hồ sơ”. Nếu hiện thông báo lỗi màu đỏ, sửa trường được nêu rồi bấm lại.', 'At the bottom press “Lưu và nộp hồ sơ”. If a red error toast appears, fix the field it names and press again.', 'ចុច “Lưu và nộp hồ sơ”។'),
             {'kind': 'url', 'url': 'dichvucong.gov.vn/nop-ho-so/**'}, {'role': 'button', 'name': 'Lưu và nộp hồ sơ', 'label': 'Lưu và nộp hồ sơ'}),
        step('ma-ho-so', ['dichvucong.gov.vn/nop-ho-so/**', 'dichvucong.gov.vn/tra-cuu-ho-so'], t('Mã hồ sơ', 'Dossier code', 'លេខកូដឯកសារ'),
             t('Ghi “Mã hồ sơ” cho người dân để tra cứu tại “Tra cứu hồ sơ”. Xong bấm “Tôi đã làm”.', 'Give the resident the “Mã hồ sơ” to track it under “Tra cứu hồ sơ”. Then press “I did this”.', 'ផ្តល់ “Mã hồ sơ” ដល់ប្រជាពលរដ្ឋ។'),
             t('Sau khi nộp, Cổng hiện mã hồ sơ (hoặc thông báo “thành công”). Ghi mã cho người dân; có thể tra cứu ở menu “Tra cứu hồ sơ”.', 'After submitting, the portal shows the dossier code (or a “thành công” message). Note it for the resident; it can be tracked under “Tra cứu hồ sơ”.', 'កត់ត្រាលេខកូដឯកសារ។'),
             {'kind': 'manual'}, {'label': 'Mã hồ sơ'}),
    ]

def text_step(id, title, tip, instr):
    return step(id, FORM, title, tip, instr, {'kind': 'manual'})

def guide(id, title, summary, link_label, form, upload, notes=None, start=None):
    g = {
        'id': id, 'procedure': id, 'title': title, 'summary': summary,
        'startUrl': start or f'https://dichvucong.gov.vn/#papi-guide={id}',
        'steps': login_steps() + find_steps(title['vi'], title['en'], link_label) + agency_steps() + form + form_end(*upload),
    }
    if notes: g['notes'] = notes
    return g

K = 'citizen'
khai_sinh_form = [
    q('quan-he', 'citizenQuanhevoinguoiduockhaisinh', 'Quan hệ với người được khai sinh', t('Quan hệ với trẻ', 'Relationship to the child', 'ទំនាក់ទំនងជាមួយកុមារ'), t('Chọn quan hệ của người đi đăng ký với trẻ.', 'Choose how the applicant is related to the child.', 'ជ្រើសរើសទំនាក់ទំនង។'), 'choice'),
    q('ho-ten-tre', 'citizenHoVaTen_NgdcKS', 'Họ, chữ đệm, tên', t('Họ tên của trẻ', 'Child’s full name', 'ឈ្មោះកុមារ'), t('Nhập họ, chữ đệm, tên của trẻ đúng như người dân đề nghị.', 'Enter the child’s full name as the resident asks.', 'បញ្ចូលឈ្មោះពេញរបស់កុមារ។')),
    q('ngay-sinh-tre', 'citizenNgaythangnamsinh_NgdcKS', 'Ngày, tháng, năm sinh', t('Ngày sinh của trẻ', 'Child’s birth date', 'ថ្ងៃខែឆ្នាំកំណើតកុមារ'), t('Nhập ngày sinh theo giấy chứng sinh (dd/mm/yyyy).', 'Enter the birth date from the birth certificate (dd/mm/yyyy).', 'បញ្ចូលថ្ងៃកំណើត (dd/mm/yyyy)។')),
    q('gioi-tinh-tre', 'citizenGioitinh_NgdcKS', 'Giới tính', t('Giới tính của trẻ', 'Child’s sex', 'ភេទកុមារ'), t('Chọn giới tính của trẻ.', 'Choose the child’s sex.', 'ជ្រើសរើសភេទ។'), 'choice'),
    q('noi-sinh', 'citizenNoisinhnks', 'Nơi sinh', t('Nơi sinh', 'Place of birth', 'ទីកន្លែងកំណើត'), t('Nhập nơi sinh (tên cơ sở y tế hoặc địa chỉ).', 'Enter the place of birth (health facility or address).', 'បញ្ចូលទីកន្លែងកំណើត។')),
    q('me-ho-ten', 'citizenNDK_HoVaTen', 'Họ, chữ đệm, tên người mẹ', t('Họ tên người mẹ', 'Mother’s name', 'ឈ្មោះម្តាយ'), t('Nhập họ tên người mẹ.', 'Enter the mother’s full name.', 'បញ្ចូលឈ្មោះម្តាយ។')),
    q('me-so-dinh-danh', 'citizenNDK_SoDinhDanh', 'Số định danh cá nhân', t('Số định danh của mẹ', 'Mother’s ID number', 'លេខអត្តសញ្ញាណម្តាយ'), t('Nhập số định danh cá nhân (12 số) của mẹ.', 'Enter the mother’s 12-digit personal ID number.', 'បញ្ចូលលេខអត្តសញ្ញាណ ១២ ខ្ទង់។')),
    q('me-ngay-sinh', 'citizenNDK_NgaySinh', 'Ngày sinh người mẹ', t('Ngày sinh của mẹ', 'Mother’s birth date', 'ថ្ងៃកំណើតម្តាយ'), t('Nhập ngày sinh của mẹ; Cổng sẽ tự tra cứu và điền dân tộc, quốc tịch, nơi cư trú.', 'Enter the mother’s birth date; the portal then looks up and fills ethnicity, nationality and residence.', 'បញ្ចូលថ្ងៃកំណើត; ប្រព័ន្ធនឹងបំពេញដោយស្វ័យប្រវត្តិ។')),
    text_step('kiem-tra-tu-dien', t('Kiểm tra thông tin tự điền', 'Check the filled-in data', 'ពិនិត្យព័ត៌មានដែលបានបំពេញ'),
              t('Các ô dân tộc, quốc tịch, nơi cư trú của mẹ được điền và khóa sau khi tra cứu: đọc lại cho người dân nghe.', 'Ethnicity, nationality and residence of the mother are filled and locked after the lookup: read them back to the resident.', 'អានព័ត៌មានដែលបានបំពេញឱ្យប្រជាពលរដ្ឋស្តាប់។'),
              t('Kiểm tra các ô đã tự điền (dân tộc: 05 Khơ-me, 04 Hoa…). Nếu sai, dừng lại và hướng dẫn người dân cập nhật dữ liệu dân cư.', 'Check the auto-filled fields (ethnicity: 05 Khơ-me, 04 Hoa…). If wrong, stop and help the resident correct the population data.', 'ពិនិត្យព័ត៌មាន។')),
    q('so-ban-sao', 'citizenSoluongbansao', 'Số lượng bản sao', t('Số bản sao', 'Number of copies', 'ចំនួនច្បាប់ចម្លង'), t('Nhập số bản sao trích lục người dân cần.', 'Enter how many extract copies the resident needs.', 'បញ្ចូលចំនួនច្បាប់ចម្លង។')),
]

khai_tu_form = [
    q('quan-he', 'citizenmoiquanhe', 'Quan hệ với người được khai tử', t('Quan hệ với người mất', 'Relationship to the deceased', 'ទំនាក់ទំនងជាមួយអ្នកស្លាប់'), t('Chọn quan hệ của người đi khai tử với người đã mất.', 'Choose how the applicant is related to the deceased.', 'ជ្រើសរើសទំនាក់ទំនង។'), 'choice'),
    q('ho-ten-nguoi-mat', 'citizenNDK_HoVaTen', 'Họ, chữ đệm, tên', t('Họ tên người mất', 'Name of the deceased', 'ឈ្មោះអ្នកស្លាប់'), t('Nhập họ tên người đã mất.', 'Enter the deceased’s full name.', 'បញ្ចូលឈ្មោះ។')),
    q('so-dinh-danh', 'citizenNDK_SoDinhDanh', 'Số định danh cá nhân', t('Số định danh người mất', 'ID number of the deceased', 'លេខអត្តសញ្ញាណ'), t('Nhập số định danh cá nhân (12 số).', 'Enter the 12-digit personal ID number.', 'បញ្ចូលលេខ ១២ ខ្ទង់។')),
    q('ngay-sinh', 'citizenNDK_NgaySinh', 'Ngày sinh', t('Ngày sinh người mất', 'Birth date of the deceased', 'ថ្ងៃកំណើត'), t('Nhập ngày sinh; Cổng tự điền giới tính, dân tộc.', 'Enter the birth date; the portal fills sex and ethnicity.', 'បញ្ចូលថ្ងៃកំណើត។')),
    q('ngay-chet', 'citizenField56', 'Ngày, tháng, năm chết (dd/mm/yyyy)', t('Ngày mất', 'Date of death', 'ថ្ងៃស្លាប់'), t('Nhập ngày mất theo giấy báo tử. Khai tử trong 15 ngày kể từ ngày mất.', 'Enter the date of death from the death notice. Register within 15 days of the death.', 'បញ្ចូលថ្ងៃស្លាប់។')),
    q('noi-chet', 'citizenNoichet', 'Nơi chết', t('Nơi mất', 'Place of death', 'ទីកន្លែងស្លាប់'), t('Nhập nơi mất.', 'Enter the place of death.', 'បញ្ចូលទីកន្លែង។')),
    q('giay-bao-tu', 'citizenLoaigiaybaotu', 'Loại giấy báo tử', t('Giấy báo tử', 'Death notice', 'លិខិតជូនដំណឹងមរណភាព'), t('Chọn “Giấy báo tử” hoặc “Giấy tờ thay thế”.', 'Choose “Giấy báo tử” or “Giấy tờ thay thế”.', 'ជ្រើសរើស។'), 'choice'),
    q('so-ban-sao', 'citizenSoluongbansaonguoiyeucaudenghi', 'Số lượng bản sao', t('Số bản sao', 'Number of copies', 'ចំនួនច្បាប់ចម្លង'), t('Nhập số bản sao trích lục.', 'Enter the number of extract copies.', 'បញ្ចូលចំនួន។')),
]

def unknown_form(what_vi, what_en):
    return [
        text_step('ke-khai', t('Kê khai tờ khai', 'Fill in the form', 'បំពេញពាក្យប្រកាស'),
                  t(f'Điền tờ khai {what_vi} cùng người dân; phần người nộp đã tự điền từ VNeID.', f'Fill in the {what_en} form with the resident; the applicant block is pre-filled from VNeID.', 'បំពេញពាក្យប្រកាសជាមួយប្រជាពលរដ្ឋ។'),
                  t(f'Chưa ai ghi lại biểu mẫu {what_vi} trên Cổng mới: điền lần lượt các trường có dấu *, chú ý các danh sách tỉnh/xã tải chậm; nếu Cổng dùng trình hướng dẫn 4 bước cũ (“Thông tin chủ hồ sơ” → “Kê khai thông tin” → “Thành phần hồ sơ” → “Thông tin nhận kết quả”), bấm “Xác nhận” ở hộp “Thông tin chung” rồi đi hết các bước, cuối cùng “Gửi hồ sơ”.', f'Nobody has recorded the {what_en} form on the new portal: fill every field marked *, minding the late-loading province/ward lists; if the portal shows the older 4-step wizard (“Thông tin chủ hồ sơ” → “Kê khai thông tin” → “Thành phần hồ sơ” → “Thông tin nhận kết quả”), press “Xác nhận” on “Thông tin chung”, go through the steps and finish with “Gửi hồ sơ”.', 'បំពេញគ្រប់វាលដែលមានសញ្ញា *។')),
    ]

UNKNOWN_NOTE = 'PORTAL.md: this procedure’s e-form on the new portal is unknown; its form steps are text instructions only.'
CONFIRM_NOTE = 'PORTAL.md: the page after submission is unknown; the last steps assume /nop-ho-so/… and fall back to text.'

guides = [
    guide('khai-sinh', t('Đăng ký khai sinh', 'Birth registration', 'ការចុះបញ្ជីកំណើត'),
          t('Nộp hồ sơ đăng ký khai sinh trực tuyến cho người dân, từ đăng nhập VNeID đến khi có mã hồ sơ.', 'File a birth registration online for a resident, from VNeID sign-in to the dossier code.', 'ដាក់ឯកសារចុះបញ្ជីកំណើតតាមអនឡាញ។'),
          'Đăng ký khai sinh', khai_sinh_form, ('Giấy chứng sinh', 'Giấy chứng sinh'), [CONFIRM_NOTE]),
    guide('lien-thong-khai-sinh', t('Liên thông khai sinh – thường trú – thẻ BHYT trẻ dưới 6 tuổi', 'Joint birth – residence – health insurance (under 6)', 'សេវារួម កំណើត – ស្នាក់នៅ – ធានារ៉ាប់រងសុខភាព'),
          t('Một lần nộp cho ba thủ tục: khai sinh, đăng ký thường trú và thẻ BHYT cho trẻ dưới 6 tuổi.', 'One filing for three procedures: birth, permanent residence and health insurance for a child under 6.', 'ដាក់ម្តងសម្រាប់នីតិវិធីបី។'),
          'Liên thông khai sinh', khai_sinh_form[:5] + unknown_form('phần thường trú và BHYT', 'residence and health-insurance parts'), ('Giấy chứng sinh', 'Giấy chứng sinh'),
          ['PORTAL.md: the joint form is assumed to begin like the khai sinh form; its residence and insurance parts are unknown (text steps).', CONFIRM_NOTE]),
    guide('khai-tu', t('Đăng ký khai tử', 'Death registration', 'ការចុះបញ្ជីមរណភាព'),
          t('Nộp hồ sơ đăng ký khai tử trực tuyến, trong 15 ngày kể từ ngày mất.', 'File a death registration online, within 15 days of the death.', 'ដាក់ឯកសារចុះបញ្ជីមរណភាព។'),
          'Đăng ký khai tử', khai_tu_form, ('Giấy báo tử', 'Giấy báo tử hoặc giấy tờ thay Giấy báo tử'), [CONFIRM_NOTE]),
    guide('ket-hon', t('Đăng ký kết hôn', 'Marriage registration', 'ការចុះបញ្ជីអាពាហ៍ពិពាហ៍'),
          t('Nộp hồ sơ đăng ký kết hôn trực tuyến; hai bên phải có mặt khi nhận kết quả.', 'File a marriage registration online; both parties must be present for the result.', 'ដាក់ឯកសារចុះបញ្ជីអាពាហ៍ពិពាហ៍។'),
          'Đăng ký kết hôn', unknown_form('đăng ký kết hôn', 'marriage registration'), ('Tờ khai', 'Tờ khai đăng ký kết hôn'), [UNKNOWN_NOTE, CONFIRM_NOTE]),
    guide('thuong-tru', t('Đăng ký thường trú', 'Permanent residence registration', 'ការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍'),
          t('Nộp hồ sơ đăng ký thường trú (Công an cấp xã); lệ phí trực tuyến 10.000đ.', 'File a permanent residence registration (commune police); online fee 10,000đ.', 'ដាក់ឯកសារចុះបញ្ជីស្នាក់នៅ។'),
          'Đăng ký thường trú', unknown_form('thường trú (CT01)', 'permanent residence (CT01)'), ('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Giấy tờ chứng minh chỗ ở hợp pháp'), [UNKNOWN_NOTE, CONFIRM_NOTE]),
    guide('tam-tru', t('Đăng ký tạm trú', 'Temporary residence registration', 'ការចុះបញ្ជីស្នាក់នៅបណ្តោះអាសន្ន'),
          t('Nộp hồ sơ đăng ký tạm trú (mã 1.004194, Công an cấp xã); lệ phí trực tuyến 7.000đ.', 'File a temporary residence registration (code 1.004194, commune police); online fee 7,000đ.', 'ដាក់ឯកសារចុះបញ្ជីស្នាក់នៅបណ្តោះអាសន្ន។'),
          'Đăng ký tạm trú', unknown_form('tạm trú (CT01)', 'temporary residence (CT01)'), ('Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp', 'Giấy tờ chứng minh chỗ ở hợp pháp'), [UNKNOWN_NOTE, CONFIRM_NOTE]),
]

out = os.path.join(os.path.dirname(__file__), '..', 'src', 'guides')
for g in guides:
    with open(os.path.join(out, g['id'] + '.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write('\n')
print('wrote', len(guides))
