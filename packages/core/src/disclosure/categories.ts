import type { Localized } from '../i18n/locale.js';
import type { DisclosureCategory, DisclosureCategoryFacts } from './types.js';

/*
 * What a commune must make public (DOMAIN.md §7): the seed's own list (appendix, activity 5.2) and the items of
 * Điều 11 of Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 that could be confirmed (1–3).
 * km strings use seed/KHMER.md's terms (ថវិកា, គ្រួសារក្រីក្រ, ផែនការប្រើប្រាស់ដី) and await review like every Khmer
 * string of the package.
 */

const LAW_DEMOCRACY = 'Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15';
const LAW_ACCESS = 'Luật Tiếp cận thông tin 104/2016/QH13';

const SRC_DIEU_11 =
  'https://thuvienphapluat.vn/chinh-sach-phap-luat-moi/vn/ho-tro-phap-luat/chinh-sach-moi/44809/14-noi-dung-chinh-quyen-dia-phuong-cap-xa-phai-cong-khai';
const SRC_SEED = 'Seed: Phụ lục, hoạt động 5.2';

/** Where no law sets a posting period, a posted notice stays up at least 30 days. */
export const DEFAULT_POSTING_DAYS = 30;
export const DEFAULT_POSTING_DAYS_BASIS = `${LAW_ACCESS}, Điều 21 khoản 2: where no law sets a posting period, a posted notice stays up at least 30 days. No period specific to this category is confirmed.`;

/**
 * What the categories do not cover: Điều 11 lists 14 kinds of content, but items 4–14 could not be confirmed verbatim,
 * and neither could which of them Điều 13 requires to be broadcast on the loudspeaker system (items 7–12, at least
 * 3 days in a row). No category claims those items, and none sets broadcastDays. Add them when the text is confirmed.
 */
export const DISCLOSURE_COVERAGE_NOTE =
  'Điều 11 của Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 có 14 nhóm nội dung; chỉ khoản 1–3 được xác nhận. Khoản 4–14 và quy định của Điều 13 về phát trên hệ thống loa truyền thanh (khoản 7–12, ít nhất 3 ngày liên tiếp) chưa được xác nhận nguyên văn, nên không danh mục nào dựa vào chúng. / Điều 11 lists 14 kinds of content; only items 1–3 are confirmed. Items 4–14 and Điều 13’s broadcast rule for items 7–12 are not confirmed verbatim, so no category claims them.';

const t = /* @__NO_SIDE_EFFECTS__ */ (vi: string, en: string, km: string): Localized => ({ vi, en, km });

/** Fields every category shares while no category-specific period is confirmed. */
const DEFAULT_PERIOD = {
  postingDays: DEFAULT_POSTING_DAYS,
  postingDaysConfirmed: false,
  mandatory: true,
} as const;

/** What a category's facts rest on, kept apart from the facts so that code showing only names and periods stays small. */
type CategorySources = Pick<DisclosureCategory, 'postingDaysBasis' | 'sources' | 'note'>;

/**
 * The categories' facts: names, legal basis, posting period, origin. Their sources and notes are in
 * DISCLOSURE_CATEGORY_SOURCES; DISCLOSURE_CATEGORIES joins the two.
 */
export const DISCLOSURE_CATEGORY_FACTS: readonly DisclosureCategoryFacts[] = [
  {
    id: 'ke-hoach-kinh-te-xa-hoi',
    name: t(
      'Kế hoạch phát triển kinh tế - xã hội và kết quả thực hiện',
      'Socio-economic development plans and their results',
      'ផែនការអភិវឌ្ឍសេដ្ឋកិច្ច-សង្គម និងលទ្ធផលអនុវត្ត',
    ),
    legalBasis: [`${LAW_DEMOCRACY}, Điều 11 khoản 1`],
    ...DEFAULT_PERIOD,
    origin: ['dieu-11'],
  },
  {
    id: 'ngan-sach-xa',
    name: t(
      'Thu, chi ngân sách cấp xã: dự toán, tình hình thực hiện hằng quý, 6 tháng, năm, quyết toán và kết quả kiểm toán',
      'Commune budget revenue and spending: estimates, quarterly, six-month and annual execution, final accounts and audit results',
      'ចំណូល ចំណាយថវិកាឃុំ/សង្កាត់៖ ការប៉ាន់ស្មាន ការអនុវត្តប្រចាំត្រីមាស ប្រចាំឆមាស ប្រចាំឆ្នាំ ការទូទាត់ចុងក្រោយ និងលទ្ធផលសវនកម្ម',
    ),
    legalBasis: [`${LAW_DEMOCRACY}, Điều 11 khoản 2`],
    ...DEFAULT_PERIOD,
    origin: ['seed-5.2', 'dieu-11'],
  },
  {
    id: 'du-an-dau-tu-quy-hoach',
    name: t(
      'Dự án đầu tư, thu hồi đất, bồi thường, tái định cư, quỹ đất, quy hoạch xây dựng và quy hoạch khu dân cư nông thôn',
      'Investment projects, land recovery, compensation and resettlement, land funds, construction and rural-residential planning',
      'គម្រោងវិនិយោគ ការដកហូតដី សំណង និងការតាំងទីលំនៅថ្មី មូលនិធិដី ផែនការសំណង់ និងផែនការតំបន់លំនៅដ្ឋានជនបទ',
    ),
    legalBasis: [`${LAW_DEMOCRACY}, Điều 11 khoản 3`],
    ...DEFAULT_PERIOD,
    origin: ['dieu-11'],
  },
  {
    id: 'ho-ngheo',
    name: t('Danh sách hộ nghèo', 'List of poor households', 'បញ្ជីគ្រួសារក្រីក្រ'),
    // As the seed cites them (mục III.2); see the note for what is not confirmed.
    legalBasis: [
      'Nghị định 07/2021/NĐ-CP ngày 27/01/2021 (chuẩn nghèo đa chiều giai đoạn 2021–2025)',
      LAW_DEMOCRACY,
      LAW_ACCESS,
    ],
    ...DEFAULT_PERIOD,
    origin: ['seed-5.2'],
  },
  {
    id: 'quy-hoach-su-dung-dat',
    name: t('Quy hoạch, kế hoạch sử dụng đất', 'Land use plans', 'ផែនការប្រើប្រាស់ដី'),
    // As the seed cites them (mục III.2); see the note for what is not confirmed.
    legalBasis: [LAW_DEMOCRACY, LAW_ACCESS],
    ...DEFAULT_PERIOD,
    origin: ['seed-5.2'],
  },
  {
    id: 'boi-thuong-thu-hoi-dat',
    name: t(
      'Khung giá bồi thường, thu hồi đất',
      'Compensation price frames for land recovery',
      'ក្របខ័ណ្ឌតម្លៃសំណង និងការដកហូតដី',
    ),
    legalBasis: [`${LAW_DEMOCRACY}, Điều 11 khoản 3`],
    ...DEFAULT_PERIOD,
    origin: ['seed-5.2'],
  },
];

/** Every category's sources, notes and the basis of its posting period, by id. */
export const DISCLOSURE_CATEGORY_SOURCES: Readonly<Record<string, CategorySources>> = {
  'ke-hoach-kinh-te-xa-hoi': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_DIEU_11],
  },
  'ngan-sach-xa': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_SEED, SRC_DIEU_11],
    note: 'The seed’s "thu, chi ngân sách cấp xã" (5.2) merged with Điều 11 item 2 (budget estimates, execution, final accounts, audit results).',
  },
  'du-an-dau-tu-quy-hoach': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_DIEU_11],
    note: 'Overlaps the seed’s land items of 5.2: "khung giá bồi thường, thu hồi đất" (boi-thuong-thu-hoi-dat) and "quy hoạch, kế hoạch sử dụng đất" (quy-hoach-su-dung-dat). They are kept apart because the seed names them separately; a register may satisfy them with the same posting.',
  },
  'ho-ngheo': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_SEED],
    note: 'The legal bases are cited as the seed cites them (mục III.2); which article of the two laws applies is not confirmed, so none is named. The seed also asks Phòng Lao động - Thương binh và Xã hội to check the review and disclosure of lists of poor, near-poor and newly non-poor households (mục V.8).',
  },
  'quy-hoach-su-dung-dat': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_SEED],
    note: 'The two laws are cited as the seed cites them (mục III.2), without an article, which is not confirmed. Related to Điều 11 item 3 (land funds, construction and rural-residential planning; see du-an-dau-tu-quy-hoach); whether land-use plans fall under that item is not confirmed. The seed (mục III.2) also asks for residents’ comments on draft plans.',
  },
  'boi-thuong-thu-hoi-dat': {
    postingDaysBasis: DEFAULT_POSTING_DAYS_BASIS,
    sources: [SRC_SEED, SRC_DIEU_11],
    note: 'A seed item (5.2) within the scope of Điều 11 item 3 (land recovery, compensation, resettlement); see du-an-dau-tu-quy-hoach.',
  },
};

/** The categories with their facts and their sources together. */
export const DISCLOSURE_CATEGORIES: readonly DisclosureCategory[] = /* @__PURE__ */ DISCLOSURE_CATEGORY_FACTS.map(
  (c) => ({ ...c, ...DISCLOSURE_CATEGORY_SOURCES[c.id]! }),
);

const BY_ID: ReadonlyMap<string, DisclosureCategoryFacts> = /* @__PURE__ */ new Map(
  /* @__PURE__ */ DISCLOSURE_CATEGORY_FACTS.map((c) => [c.id, c]),
);

/** The category ids, in the list's order. */
export const DISCLOSURE_CATEGORY_IDS: readonly string[] = /* @__PURE__ */ DISCLOSURE_CATEGORY_FACTS.map((c) => c.id);

/** The category's facts (DISCLOSURE_CATEGORY_SOURCES has their sources), or undefined. */
export function disclosureCategoryById(id: string): DisclosureCategoryFacts | undefined {
  return BY_ID.get(id);
}

export interface DisclosureForm {
  readonly id: string;
  readonly name: Localized;
}

/**
 * Forms of disclosure, Điều 12 of Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 as DOMAIN.md §7 summarises them
 * (the vi names are that summary's wording, not the law's verbatim text).
 */
export const DISCLOSURE_FORMS: readonly DisclosureForm[] = [
  {
    id: 'niem-yet',
    name: t(
      'Niêm yết tại trụ sở hoặc nhà văn hóa, nhà sinh hoạt cộng đồng',
      'Posting at the office or the community house',
      'ការបិទផ្សាយនៅទីស្នាក់ការ ឬផ្ទះសហគមន៍',
    ),
  },
  {
    id: 'cong-thong-tin-dien-tu',
    name: t('Cổng thông tin điện tử của xã, phường', 'The commune’s web portal', 'គេហទំព័ររបស់ឃុំ/សង្កាត់'),
  },
  {
    id: 'loa-truyen-thanh',
    name: t('Hệ thống loa truyền thanh', 'The loudspeaker system', 'ប្រព័ន្ធឧបករណ៍បំពងសំឡេង'),
  },
  {
    id: 'truong-ap-khom',
    name: t('Thông qua trưởng ấp, khóm (trưởng thôn, tổ trưởng tổ dân phố)', 'Through hamlet heads', 'តាមរយៈមេភូមិ'),
  },
  {
    id: 'van-ban',
    name: t('Gửi văn bản, thư', 'Letters', 'ការផ្ញើលិខិត'),
  },
  {
    id: 'hoi-nghi-doi-thoai',
    name: t('Hội nghị, đối thoại', 'Dialogue meetings', 'កិច្ចប្រជុំសន្ទនា'),
  },
  {
    id: 'tiep-cong-dan-bao-chi',
    name: t('Tiếp công dân, báo chí', 'Citizen receptions and the press', 'ការទទួលប្រជាពលរដ្ឋ និងសារព័ត៌មាន'),
  },
  {
    id: 'to-chuc-doan-the',
    name: t('Thông qua các đoàn thể', 'Through mass organisations', 'តាមរយៈអង្គការមហាជន'),
  },
  {
    id: 'vien-thong-mang-xa-hoi',
    name: t('Mạng viễn thông, mạng xã hội', 'Telecom networks and social networks', 'បណ្ដាញទូរគមនាគមន៍ និងបណ្ដាញសង្គម'),
  },
];
