import type { Localized } from '../i18n/locale.js';
import type { EssentialList, Procedure, ProcedureDocument } from './types.js';

/*
 * The essential procedures: the union of
 *  - the 18 of Quyết định 06/QĐ-TTg (06/01/2022), numbered and named as the seed's footnote ¹ lists them, and
 *  - the 25 of Chỉ thị 24/CT-TTg (13/9/2025, online only from 1/10/2025), numbered 1–25 in the order DOMAIN.md §5
 *    lists them (commune 6, police 13, other 6).
 * Every one of the 18 is also among the 25, so there are 25 records.
 *
 * `complete: true` marks the six procedures of DOMAIN.md §5's table: documents, time limit, fee, handling body and
 * legal basis are filled from that table. Two things stay open even for them: `code` is set only where DOMAIN.md
 * gives one (tạm trú, 1.004194), and `onlineLevel` is this file's best reading, listed in `unconfirmed`.
 * The other 19 carry only what DOMAIN.md gives (names, list numbers, area, and the police as handling body for the
 * police group): no fee, time limit or code is guessed for them.
 *
 * km strings follow seed/KHMER.md where it has a term; the rest were composed for this file and, like every Khmer
 * string of the package, await review (see KHMER_REVIEW in i18n/locale.ts). Vietnamese proper names stay in Latin script.
 */

const SRC_PLO =
  'https://plo.vn/ky-nguyen-so/tu-ngay-1-10-2025-25-thu-tuc-hanh-chinh-bat-buoc-phai-lam-online-post873231.html';
const SRC_DANTRI =
  'https://dantri.com.vn/noi-vu/bo-toan-bo-ho-so-giay-voi-25-thu-tuc-hanh-chinh-tu-110-20251002085214215.htm';
const SRC_SEED = 'Seed: Kế hoạch PAPI thị xã Vĩnh Châu 2023, chú thích ¹ (Quyết định 06/QĐ-TTg ngày 06/01/2022)';

/** Sources of a record: the seed's footnote for the 18 of QĐ 06, then the two press reports of Chỉ thị 24/CT-TTg. */
const sourcesFor = /* @__NO_SIDE_EFFECTS__ */ (inQd06: boolean): readonly string[] =>
  inQd06 ? [SRC_SEED, SRC_PLO, SRC_DANTRI] : [SRC_PLO, SRC_DANTRI];

const t = /* @__NO_SIDE_EFFECTS__ */ (vi: string, en: string, km: string): Localized => ({ vi, en, km });
const doc = /* @__NO_SIDE_EFFECTS__ */ (name: Localized, condition?: Localized): ProcedureDocument =>
  condition ? { name, condition } : { name };

const ONLY_IF_NOT_IN_DATABASES = t(
  'Chỉ khi thông tin chưa có trong cơ sở dữ liệu quốc gia',
  'Only if the information is not already in the national databases',
  'តែក្នុងករណីព័ត៌មានមិនទាន់មាននៅក្នុងមូលដ្ឋានទិន្នន័យជាតិ',
);

const HANDLED_BY_POLICE = t('Cơ quan Công an', 'The police (Công an)', 'នគរបាល');
const HANDLED_BY_COMMUNE_LEVEL = t(
  'Cấp xã (theo nhóm thủ tục cấp xã của Chỉ thị 24/CT-TTg)',
  'Commune level (per Chỉ thị 24/CT-TTg’s commune-level group)',
  'ថ្នាក់ឃុំ/សង្កាត់ (តាមក្រុមនីតិវិធីថ្នាក់ឃុំនៃសេចក្តីណែនាំ 24/CT-TTg)',
);

const CIVIL_STATUS_BASIS = ['Luật Hộ tịch 2014', 'Nghị định 123/2015/NĐ-CP'] as const;
const RESIDENCE_BASIS = ['Luật Cư trú 68/2020/QH14', 'Thông tư 66/2023/TT-BCA', 'Thông tư 75/2022/TT-BTC'] as const;

const CT01 = t(
  'Tờ khai thay đổi thông tin cư trú (mẫu CT01)',
  'Residence information change form (form CT01)',
  'ពាក្យប្រកាសផ្លាស់ប្តូរព័ត៌មានស្នាក់នៅ (គំរូ CT01)',
);
const LAWFUL_RESIDENCE = t(
  'Giấy tờ, tài liệu chứng minh chỗ ở hợp pháp',
  'Papers proving lawful residence',
  'ឯកសារបញ្ជាក់ពីទីលំនៅស្របច្បាប់',
);
const LAWFUL_RESIDENCE_CONDITION = t(
  'Chỉ khi thông tin chưa có trong cơ sở dữ liệu quốc gia; nộp trực tuyến thì bản chụp/quét không cần chứng thực',
  'Only if not already in the national databases; when filing online, scans need no certification',
  'តែក្នុងករណីមិនទាន់មាននៅក្នុងមូលដ្ឋានទិន្នន័យជាតិ; ពេលដាក់តាមអនឡាញ ឯកសារស្កេនមិនចាំបាច់មានការបញ្ជាក់ទេ',
);

export const PROCEDURES: readonly Procedure[] = [
  // ── Commune level (Chỉ thị 24/CT-TTg 1–6) ────────────────────────────────────────────────────────────
  {
    id: 'khai-sinh',
    name: t('Đăng ký khai sinh', 'Birth registration', 'ការចុះបញ្ជីកំណើត'),
    lists: { 'qd06-2022': 9, 'ct24-2025': 1 },
    seedName: 'Đăng ký khai sinh',
    area: 'commune',
    onlineLevel: 'full',
    handledBy: t('UBND xã, phường', 'Commune or ward People’s Committee', 'គណៈកម្មាធិការប្រជាជនឃុំ/សង្កាត់'),
    documents: [
      doc(t('Tờ khai đăng ký khai sinh', 'Birth registration form', 'ពាក្យស្នើសុំចុះបញ្ជីកំណើត')),
      doc(
        t(
          'Giấy chứng sinh',
          'Birth certificate issued by the health facility (giấy chứng sinh)',
          'លិខិតបញ្ជាក់កំណើតពីមូលដ្ឋានសុខាភិបាល',
        ),
      ),
      doc(
        t(
          'Văn bản của người làm chứng xác nhận việc sinh, hoặc giấy cam đoan về việc sinh',
          'A witness’s written statement of the birth, or a written undertaking (cam đoan) about the birth',
          'លិខិតបញ្ជាក់ពីសាក្សីអំពីកំណើត ឬលិខិតធានាអំពីកំណើត',
        ),
        t('Chỉ khi không có giấy chứng sinh', 'Only if there is no giấy chứng sinh', 'តែក្នុងករណីគ្មានលិខិតបញ្ជាក់កំណើត'),
      ),
      doc(
        t(
          'Giấy tờ tùy thân của người đi đăng ký',
          'Identity paper of the person registering',
          'អត្តសញ្ញាណប័ណ្ណរបស់អ្នកមកចុះបញ្ជី',
        ),
      ),
      doc(t('Giấy tờ chứng minh nơi cư trú', 'Papers proving residence', 'ឯកសារបញ្ជាក់ទីលំនៅ'), ONLY_IF_NOT_IN_DATABASES),
    ],
    timeLimit: t(
      'Trong ngày; hồ sơ nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo',
      'The same day; dossiers received after 15:00 are settled the next working day',
      'ក្នុងថ្ងៃតែមួយ; សំណុំឯកសារដែលទទួលក្រោយម៉ោង 15:00 នឹងបានលទ្ធផលនៅថ្ងៃធ្វើការបន្ទាប់',
    ),
    fee: t(
      'Miễn lệ phí khi đăng ký đúng hạn; miễn cho hộ nghèo, người có công, người khuyết tật',
      'Free when registered on time; free for poor households, people with merit and people with disabilities',
      'ឥតគិតថ្លៃ ពេលចុះបញ្ជីទាន់ពេល; ឥតគិតថ្លៃសម្រាប់គ្រួសារក្រីក្រ អ្នកមានគុណូបការៈ និងជនពិការ',
    ),
    legalBasis: [...CIVIL_STATUS_BASIS, 'Thông tư 15/2015/TT-BTP'],
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'khai-tu',
    name: t('Đăng ký khai tử', 'Death registration', 'ការចុះបញ្ជីមរណភាព'),
    lists: { 'qd06-2022': 10, 'ct24-2025': 2 },
    seedName: 'Đăng ký khai tử',
    area: 'commune',
    onlineLevel: 'full',
    handledBy: t(
      'UBND xã, phường nơi cư trú cuối cùng của người chết',
      'People’s Committee of the commune or ward of the deceased’s last residence',
      'គណៈកម្មាធិការប្រជាជនឃុំ/សង្កាត់ នៃទីលំនៅចុងក្រោយរបស់អ្នកស្លាប់',
    ),
    documents: [
      doc(
        t('Tờ khai đăng ký khai tử', 'Death registration form', 'ពាក្យស្នើសុំចុះបញ្ជីមរណភាព'),
        t(
          'Nộp trong 15 ngày kể từ ngày chết',
          'To be filed within 15 days of the death',
          'ត្រូវដាក់ក្នុងរយៈពេល 15 ថ្ងៃ គិតពីថ្ងៃស្លាប់',
        ),
      ),
      doc(t('Giấy báo tử', 'Death notice (giấy báo tử)', 'លិខិតជូនដំណឹងមរណភាព')),
    ],
    timeLimit: t(
      'Trong ngày; tối đa 5 ngày làm việc nếu cần xác minh',
      'The same day; at most 5 working days if it needs checking',
      'ក្នុងថ្ងៃតែមួយ; យ៉ាងយូរ 5 ថ្ងៃធ្វើការ ប្រសិនបើត្រូវផ្ទៀងផ្ទាត់',
    ),
    fee: t(
      'Miễn lệ phí khi đăng ký đúng hạn (trong 15 ngày kể từ ngày chết)',
      'Free when registered on time (within 15 days of the death)',
      'ឥតគិតថ្លៃ ពេលចុះបញ្ជីទាន់ពេល (ក្នុងរយៈពេល 15 ថ្ងៃ គិតពីថ្ងៃស្លាប់)',
    ),
    legalBasis: ['Luật Hộ tịch 2014, Điều 33', 'Nghị định 123/2015/NĐ-CP'],
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'ket-hon',
    name: t('Đăng ký kết hôn', 'Marriage registration', 'ការចុះបញ្ជីអាពាហ៍ពិពាហ៍'),
    lists: { 'qd06-2022': 11, 'ct24-2025': 3 },
    seedName: 'Đăng ký kết hôn',
    area: 'commune',
    // Both parties must be present to register, so the best reading is a partly online service.
    onlineLevel: 'partial',
    handledBy: t(
      'UBND xã, phường nơi cư trú của một trong hai bên',
      'People’s Committee of the commune or ward where either party resides',
      'គណៈកម្មាធិការប្រជាជនឃុំ/សង្កាត់ នៃទីលំនៅរបស់ភាគីណាមួយ',
    ),
    documents: [
      doc(t('Tờ khai đăng ký kết hôn', 'Marriage registration form', 'ពាក្យស្នើសុំចុះបញ្ជីអាពាហ៍ពិពាហ៍')),
      doc(t('Giấy tờ tùy thân của hai bên', 'Identity papers of both parties', 'អត្តសញ្ញាណប័ណ្ណរបស់ភាគីទាំងពីរ')),
      doc(
        t('Giấy xác nhận tình trạng hôn nhân', 'Certificate of marital status', 'លិខិតបញ្ជាក់ស្ថានភាពអាពាហ៍ពិពាហ៍'),
        t(
          'Chỉ với bên không cư trú tại xã, phường nơi đăng ký kết hôn',
          'Only for a party who does not reside in the commune or ward where the marriage is registered',
          'តែសម្រាប់ភាគីដែលមិនរស់នៅក្នុងឃុំ/សង្កាត់ដែលចុះបញ្ជីអាពាហ៍ពិពាហ៍',
        ),
      ),
    ],
    timeLimit: t(
      'Ngay khi nhận đủ hồ sơ, hai bên có mặt; tối đa 5 ngày làm việc nếu cần xác minh',
      'At once, with both parties present; at most 5 working days if it needs checking',
      'ភ្លាមៗ ដោយភាគីទាំងពីរមានវត្តមាន; យ៉ាងយូរ 5 ថ្ងៃធ្វើការ ប្រសិនបើត្រូវផ្ទៀងផ្ទាត់',
    ),
    fee: t(
      'Miễn lệ phí cho công dân Việt Nam cư trú ở trong nước',
      'Free for Vietnamese citizens residing in Vietnam',
      'ឥតគិតថ្លៃសម្រាប់ពលរដ្ឋវៀតណាមដែលរស់នៅក្នុងប្រទេស',
    ),
    legalBasis: ['Luật Hộ tịch 2014, Điều 18', 'Nghị định 123/2015/NĐ-CP, Điều 10'],
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'lien-thong-khai-sinh',
    name: t(
      'Liên thông đăng ký khai sinh – đăng ký thường trú – cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
      'Joined procedure: birth registration – permanent residence registration – health insurance card for children under 6',
      'នីតិវិធីរួម៖ ការចុះបញ្ជីកំណើត – ការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍ – ប័ណ្ណធានារ៉ាប់រងសុខភាពសម្រាប់កុមារអាយុក្រោម 6 ឆ្នាំ',
    ),
    lists: { 'qd06-2022': 12, 'ct24-2025': 4 },
    seedName: 'Liên thông đăng ký khai sinh đăng ký thường trú - cấp thẻ bảo hiểm y tế cho trẻ dưới 6 tuổi',
    area: 'commune',
    onlineLevel: 'full',
    handledBy: t(
      'UBND xã, phường; Công an; Bảo hiểm xã hội',
      'Commune or ward People’s Committee; the police (Công an); Social Insurance (BHXH)',
      'គណៈកម្មាធិការប្រជាជនឃុំ/សង្កាត់; នគរបាល; ធានារ៉ាប់រងសង្គម (BHXH)',
    ),
    documents: [
      doc(
        t(
          'Một bộ hồ sơ điện tử liên thông, nộp một lần trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID',
          'One joined electronic dossier, filed once on the National Public Service Portal or the VNeID app',
          'សំណុំឯកសារអេឡិចត្រូនិករួមមួយ ដាក់ស្នើតែម្តងលើវិបផតថលសេវាសាធារណៈជាតិ ឬកម្មវិធី VNeID',
        ),
      ),
    ],
    timeLimit: t(
      'Không quá 3 ngày làm việc; thiếu giấy tờ thì trong 7 ngày làm việc',
      'At most 3 working days; if papers are missing, within 7 working days',
      'មិនលើសពី 3 ថ្ងៃធ្វើការ; ប្រសិនបើសំណុំឯកសារមិនគ្រប់ ក្នុងរយៈពេល 7 ថ្ងៃធ្វើការ',
    ),
    fee: t(
      'Như đăng ký khai sinh: miễn lệ phí khi đăng ký đúng hạn',
      'As for birth registration: free when registered on time',
      'ដូចការចុះបញ្ជីកំណើត៖ ឥតគិតថ្លៃ ពេលចុះបញ្ជីទាន់ពេល',
    ),
    legalBasis: ['Nghị định 63/2024/NĐ-CP', 'Quyết định 296/QĐ-VPCP (2024)'],
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'lien-thong-khai-tu',
    name: t(
      'Liên thông đăng ký khai tử – xóa đăng ký thường trú – trợ cấp mai táng phí',
      'Joined procedure: death registration – removal of permanent residence – funeral allowance',
      'នីតិវិធីរួម៖ ការចុះបញ្ជីមរណភាព – ការលុបការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍ – ប្រាក់ឧបត្ថម្ភបុណ្យសព',
    ),
    lists: { 'qd06-2022': 13, 'ct24-2025': 5 },
    seedName: 'Liên thông đăng ký khai tử - Xóa đăng ký thường trú - Trợ cấp mai táng phí',
    area: 'commune',
    handledBy: HANDLED_BY_COMMUNE_LEVEL,
    sources: sourcesFor(true),
    complete: false,
    unconfirmed: ['handledBy'],
  },
  {
    id: 'bien-dong-dat-dai',
    name: t(
      'Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận',
      'Registration of changes to land-use rights and ownership of land-attached assets due to changed details of the certificate holder',
      'ការចុះបញ្ជីបម្រែបម្រួលសិទ្ធិប្រើប្រាស់ដី និងកម្មសិទ្ធិលើទ្រព្យសម្បត្តិភ្ជាប់នឹងដី ដោយសារការផ្លាស់ប្តូរព័ត៌មានរបស់ម្ចាស់វិញ្ញាបនបត្រ',
    ),
    lists: { 'qd06-2022': 16, 'ct24-2025': 6 },
    seedName:
      'Đăng ký biến động về quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất do thay đổi thông tin về người được cấp Giấy chứng nhận (đổi tên hoặc giấy tờ pháp nhân, giấy tờ nhân thân, địa chỉ)',
    area: 'commune',
    handledBy: HANDLED_BY_COMMUNE_LEVEL,
    sources: sourcesFor(true),
    complete: false,
    unconfirmed: ['handledBy'],
  },

  // ── Police (Chỉ thị 24/CT-TTg 7–19) ──────────────────────────────────────────────────────────────────
  {
    id: 'xac-nhan-cmnd',
    name: t(
      'Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân',
      'Confirmation of the old ID card (CMND) number once a citizen identity card has been issued',
      'ការបញ្ជាក់លេខអត្តសញ្ញាណប័ណ្ណចាស់ (CMND) ពេលបានទទួលអត្តសញ្ញាណប័ណ្ណ (CCCD) រួច',
    ),
    lists: { 'qd06-2022': 1, 'ct24-2025': 7 },
    seedName: 'Xác nhận số Chứng minh nhân dân khi đã được cấp thẻ Căn cước công dân',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'can-cuoc',
    name: t(
      'Cấp lại, đổi thẻ căn cước công dân',
      'Reissue or renewal of the citizen identity card',
      'ការចេញឡើងវិញ ឬការប្តូរអត្តសញ្ញាណប័ណ្ណ',
    ),
    lists: { 'qd06-2022': 2, 'ct24-2025': 8 },
    seedName: 'Cấp lại, đổi thẻ căn cước công dân',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'thuong-tru',
    name: t('Đăng ký thường trú', 'Permanent residence registration', 'ការចុះបញ្ជីស្នាក់នៅអចិន្ត្រៃយ៍'),
    lists: { 'qd06-2022': 3, 'ct24-2025': 9 },
    seedName: 'Đăng ký thường trú',
    area: 'police',
    onlineLevel: 'full',
    handledBy: t('Công an cấp xã', 'Commune-level police (Công an)', 'នគរបាលថ្នាក់ឃុំ/សង្កាត់'),
    documents: [
      doc(CT01),
      doc(
        t('Tờ khai mẫu CT02 (thay cho CT01)', 'Form CT02 (instead of CT01)', 'ពាក្យប្រកាសគំរូ CT02 (ជំនួស CT01)'),
        t(
          'Với người Việt Nam định cư ở nước ngoài',
          'For Vietnamese people residing abroad',
          'សម្រាប់ជនជាតិវៀតណាមដែលរស់នៅក្រៅប្រទេស',
        ),
      ),
      doc(LAWFUL_RESIDENCE, LAWFUL_RESIDENCE_CONDITION),
    ],
    timeLimit: t('7 ngày làm việc', '7 working days', '7 ថ្ងៃធ្វើការ'),
    fee: t(
      '20.000 đồng nộp trực tiếp; 10.000 đồng nộp trực tuyến',
      'VND 20,000 in person; VND 10,000 online',
      '20.000 ដុង ពេលដាក់ផ្ទាល់; 10.000 ដុង ពេលដាក់តាមអនឡាញ',
    ),
    legalBasis: RESIDENCE_BASIS,
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'tam-tru',
    name: t('Đăng ký tạm trú', 'Temporary residence registration', 'ការចុះបញ្ជីស្នាក់នៅបណ្ដោះអាសន្ន'),
    lists: { 'qd06-2022': 4, 'ct24-2025': 10 },
    seedName: 'Đăng ký tạm trú',
    area: 'police',
    code: '1.004194',
    onlineLevel: 'full',
    handledBy: t('Công an cấp xã', 'Commune-level police (Công an)', 'នគរបាលថ្នាក់ឃុំ/សង្កាត់'),
    documents: [doc(CT01), doc(LAWFUL_RESIDENCE, LAWFUL_RESIDENCE_CONDITION)],
    timeLimit: t('3 ngày làm việc', '3 working days', '3 ថ្ងៃធ្វើការ'),
    fee: t(
      '15.000 đồng nộp trực tiếp; 7.000 đồng nộp trực tuyến',
      'VND 15,000 in person; VND 7,000 online',
      '15.000 ដុង ពេលដាក់ផ្ទាល់; 7.000 ដុង ពេលដាក់តាមអនឡាញ',
    ),
    legalBasis: RESIDENCE_BASIS,
    sources: sourcesFor(true),
    complete: true,
    unconfirmed: ['onlineLevel'],
  },
  {
    id: 'tam-vang',
    name: t('Khai báo tạm vắng', 'Declaration of temporary absence', 'ការប្រកាសអវត្តមានបណ្ដោះអាសន្ន'),
    lists: { 'qd06-2022': 5, 'ct24-2025': 11 },
    seedName: 'Khai báo tạm vắng',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'luu-tru',
    name: t('Thông báo lưu trú', 'Notification of a stay (lưu trú)', 'ការជូនដំណឹងអំពីការស្នាក់នៅ'),
    lists: { 'qd06-2022': 6, 'ct24-2025': 12 },
    seedName: 'Thông báo lưu trú',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'bien-so-xe-may',
    name: t(
      'Đăng ký, cấp biển số mô tô, xe gắn máy',
      'Registration and number plates for motorcycles and mopeds',
      'ការចុះបញ្ជី និងការចេញផ្លាកលេខម៉ូតូ',
    ),
    lists: { 'qd06-2022': 7, 'ct24-2025': 13 },
    // Verbatim, including the seed's typo "biên số" for "biển số".
    seedName: 'Đăng ký, cấp biên số mô tô, xe gắn máy',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'phat-nguoi',
    name: t(
      'Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình (phạt nguội)',
      'Payment of road-traffic fines recorded by camera (phạt nguội)',
      'ការបង់ប្រាក់ពិន័យល្មើសចរាចរណ៍ផ្លូវគោក ដែលថតបានដោយកាមេរ៉ា',
    ),
    lists: { 'qd06-2022': 8, 'ct24-2025': 14 },
    seedName:
      'Thu tiền nộp phạt xử lý vi phạm hành chính trong lĩnh vực giao thông đường bộ qua thiết bị ghi hình (phạt nguội)',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'ho-chieu',
    name: t('Cấp hộ chiếu phổ thông', 'Issue of an ordinary passport', 'ការចេញលិខិតឆ្លងដែនធម្មតា'),
    lists: { 'ct24-2025': 15 },
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'con-dau-moi',
    name: t('Đăng ký mẫu con dấu mới', 'Registration of a new seal', 'ការចុះបញ្ជីត្រាថ្មី'),
    lists: { 'ct24-2025': 16 },
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'con-dau-thu-nho',
    name: t(
      'Đăng ký con dấu thu nhỏ, dấu nổi, dấu xi',
      'Registration of a reduced-size, embossed or wax seal',
      'ការចុះបញ្ជីត្រាខ្នាតតូច ត្រាផុស ឬត្រាក្រមួន',
    ),
    lists: { 'ct24-2025': 17 },
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'giay-phep-lai-xe',
    name: t(
      'Cấp đổi, cấp lại giấy phép lái xe',
      'Renewal or reissue of a driving licence',
      'ការប្តូរ ឬការចេញប័ណ្ណបើកបរឡើងវិញ',
    ),
    // QĐ 06 (the seed) says "cấp đổi, cấp lại"; the press reports of CT 24 say "cấp/đổi": taken as the same service.
    lists: { 'qd06-2022': 17, 'ct24-2025': 18 },
    seedName: 'Cấp đổi, cấp lại giấy phép lái xe',
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'ly-lich-tu-phap',
    name: t('Cấp Phiếu lý lịch tư pháp', 'Issue of a judicial record certificate', 'ការចេញលិខិតបញ្ជាក់ប្រវត្តិតុលាការ'),
    lists: { 'ct24-2025': 19 },
    area: 'police',
    handledBy: HANDLED_BY_POLICE,
    sources: sourcesFor(false),
    complete: false,
  },

  // ── Other (Chỉ thị 24/CT-TTg 20–25) ──────────────────────────────────────────────────────────────────
  {
    id: 'bhyt-ho-gia-dinh',
    name: t(
      'Gia hạn thẻ bảo hiểm y tế theo hộ gia đình (tích hợp tính giảm trừ mức đóng)',
      'Renewal of household health insurance cards (with the contribution reduction computed automatically)',
      'ការបន្តសុពលភាពប័ណ្ណធានារ៉ាប់រងសុខភាពតាមគ្រួសារ',
    ),
    lists: { 'qd06-2022': 14, 'ct24-2025': 20 },
    seedName: 'Tích hợp tính giảm trừ mức đóng trong gia hạn thẻ bảo hiểm y tế theo hộ gia đình',
    area: 'other',
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'dang-ky-thue',
    name: t(
      'Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân',
      'First tax registration, and changes to tax registration details, for households and individuals',
      'ការចុះបញ្ជីពន្ធដារលើកដំបូង និងការផ្លាស់ប្តូរព័ត៌មានចុះបញ្ជីពន្ធដារ សម្រាប់គ្រួសារ និងបុគ្គល',
    ),
    lists: { 'qd06-2022': 15, 'ct24-2025': 21 },
    seedName:
      'Đăng ký thuế lần đầu, đăng ký thay đổi thông tin đăng ký thuế đối với người nộp thuế là hộ gia đình, cá nhân',
    area: 'other',
    sources: sourcesFor(true),
    complete: false,
  },
  {
    id: 'cap-dien-moi',
    name: t('Cấp điện mới', 'New electricity connection', 'ការភ្ជាប់ចរន្តអគ្គិសនីថ្មី'),
    lists: { 'ct24-2025': 22 },
    area: 'other',
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'doi-chu-the-hop-dong-dien',
    name: t(
      'Thay đổi chủ thể hợp đồng mua bán điện',
      'Change of the party to an electricity supply contract',
      'ការផ្លាស់ប្តូរភាគីនៃកិច្ចសន្យាទិញលក់អគ្គិសនី',
    ),
    lists: { 'ct24-2025': 23 },
    area: 'other',
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'thi-tot-nghiep-thpt',
    name: t(
      'Đăng ký dự thi tốt nghiệp trung học phổ thông và đăng ký xét tuyển',
      'Registration for the upper-secondary graduation exam and for admission',
      'ការចុះឈ្មោះប្រឡងបញ្ចប់ការសិក្សាមធ្យមសិក្សាទុតិយភូមិ និងការដាក់ពាក្យចូលរៀន',
    ),
    lists: { 'ct24-2025': 24 },
    area: 'other',
    sources: sourcesFor(false),
    complete: false,
  },
  {
    id: 'tro-cap-that-nghiep',
    name: t('Giải quyết hưởng trợ cấp thất nghiệp', 'Claim for unemployment benefit', 'ការទទួលប្រាក់ឧបត្ថម្ភអត់ការងារធ្វើ'),
    lists: { 'qd06-2022': 18, 'ct24-2025': 25 },
    seedName: 'Giải quyết hưởng trợ cấp thất nghiệp',
    area: 'other',
    sources: sourcesFor(true),
    complete: false,
  },
];

const BY_ID: ReadonlyMap<string, Procedure> = /* @__PURE__ */ new Map(/* @__PURE__ */ PROCEDURES.map((p) => [p.id, p]));

/** The procedure with this id, or undefined. */
export function procedureById(id: string): Procedure | undefined {
  return BY_ID.get(id);
}

/** The procedures of one official list, ordered by their number in it. */
export function proceduresInList(list: EssentialList): readonly Procedure[] {
  return PROCEDURES.filter((p) => p.lists[list] !== undefined).sort(
    (a, b) => (a.lists[list] ?? 0) - (b.lists[list] ?? 0),
  );
}

/**
 * Certified copies (DOMAIN.md §6): the seed cites Chỉ thị 17/CT-TTg against demanding them; the rule itself is
 * Nghị định 23/2015/NĐ-CP, restated by Công văn 8835/VPCP-KSTT. A short reminder for the clerk at the counter.
 */
export const CERTIFIED_COPY_RULE: { readonly text: Localized; readonly legalBasis: readonly string[] } = {
  text: t(
    'Người dân được nộp bản sao không chứng thực và xuất trình bản chính để đối chiếu: cán bộ tự đối chiếu, không được yêu cầu bản sao có chứng thực. Nộp trực tuyến: bản chụp, bản quét không cần chứng thực; giấy tờ đã có trong cơ sở dữ liệu quốc gia thì không được yêu cầu nộp.',
    'A citizen may hand in a plain copy and show the original: compare them yourself and do not ask for a certified copy. Online: scans need no certification, and papers already in the national databases must not be asked for.',
    'ប្រជាពលរដ្ឋអាចដាក់ច្បាប់ចម្លងធម្មតា ហើយបង្ហាញច្បាប់ដើមដើម្បីផ្ទៀងផ្ទាត់៖ មន្ត្រីត្រូវផ្ទៀងផ្ទាត់ដោយខ្លួនឯង ហើយមិនត្រូវទាមទារច្បាប់ចម្លងដែលមានការបញ្ជាក់ទេ។ ពេលដាក់តាមអនឡាញ៖ ឯកសារស្កេនមិនចាំបាច់មានការបញ្ជាក់ទេ ហើយមិនត្រូវទាមទារឯកសារដែលមានរួចហើយនៅក្នុងមូលដ្ឋានទិន្នន័យជាតិទេ។',
  ),
  legalBasis: [
    'Nghị định 23/2015/NĐ-CP',
    'Công văn 8835/VPCP-KSTT ngày 30/11/2024',
    'Chỉ thị 17/CT-TTg ngày 20/6/2014',
  ],
};
