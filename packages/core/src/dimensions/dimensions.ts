import type { Localized } from '../i18n/locale.js';

export const DIMENSION_IDS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7', 'd8'] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export interface SubDimension {
  readonly id: string;
  readonly name: Localized;
}

export interface Dimension {
  readonly id: DimensionId;
  readonly number: number;
  /** vi and en as papi.org.vn publishes them; km written from shared/KHMER.md, awaiting review. */
  readonly name: Localized;
  /** Only the sub-dimensions confirmed from public sources; see subDimensionsConfirmed. */
  readonly subDimensions: readonly SubDimension[];
  /** False where the sub-dimensions could not be confirmed (D2, D4, D5): the list is then empty, not guessed. */
  readonly subDimensionsConfirmed: boolean;
}

const SOURCE_NOTE =
  "Dimension names: papi.org.vn (vi, en). Sub-dimensions: papi.org.vn/eng/faq and PAPI reports as summarised in shared/DOMAIN.md §1; their vi names are the toolkit's rendering of the English ones.";
export const DIMENSIONS_SOURCE = SOURCE_NOTE;

/** PAPI since 2018: 8 dimensions, 28 sub-dimensions, over 120 indicators; each dimension scored 1–10, aggregate max 80. */
export const PAPI_SCALE = {
  dimensions: 8,
  subDimensions: 28,
  dimensionMin: 1,
  dimensionMax: 10,
  aggregateMax: 80,
} as const;

/** A dimension without its sub-dimensions. */
export type DimensionFacts = Omit<Dimension, 'subDimensions'>;

const sub = /* @__NO_SIDE_EFFECTS__ */ (id: string, vi: string, en: string, km: string): SubDimension => ({
  id,
  name: { vi, en, km },
});

/** The 8 dimensions without their sub-dimensions (DIMENSION_SUB_DIMENSIONS): what most interfaces show. */
export const DIMENSION_FACTS: readonly DimensionFacts[] = [
  {
    id: 'd1',
    number: 1,
    name: {
      vi: 'Tham gia của người dân ở cấp cơ sở',
      en: 'Participation at Local Levels',
      km: 'ការចូលរួមរបស់ប្រជាជននៅថ្នាក់មូលដ្ឋាន',
    },
    subDimensionsConfirmed: true,
  },
  {
    id: 'd2',
    number: 2,
    name: {
      vi: 'Công khai, minh bạch trong việc ra quyết định ở địa phương',
      en: 'Transparency in Local Decision-making',
      km: 'តម្លាភាពក្នុងការសម្រេចចិត្តនៅថ្នាក់មូលដ្ឋាន',
    },
    subDimensionsConfirmed: false,
  },
  {
    id: 'd3',
    number: 3,
    name: {
      vi: 'Trách nhiệm giải trình với người dân',
      en: 'Vertical Accountability',
      km: 'គណនេយ្យភាពចំពោះប្រជាជន',
    },
    subDimensionsConfirmed: true,
  },
  {
    id: 'd4',
    number: 4,
    name: {
      vi: 'Kiểm soát tham nhũng trong khu vực công',
      en: 'Control of Corruption in the Public Sector',
      km: 'ការគ្រប់គ្រងអំពើពុករលួយក្នុងវិស័យសាធារណៈ',
    },
    subDimensionsConfirmed: false,
  },
  {
    id: 'd5',
    number: 5,
    name: {
      vi: 'Thủ tục hành chính công',
      en: 'Public Administrative Procedures',
      km: 'នីតិវិធីរដ្ឋបាលសាធារណៈ',
    },
    subDimensionsConfirmed: false,
  },
  {
    id: 'd6',
    number: 6,
    name: {
      vi: 'Cung ứng dịch vụ công',
      en: 'Public Service Delivery',
      km: 'ការផ្តល់សេវាសាធារណៈ',
    },
    subDimensionsConfirmed: true,
  },
  {
    id: 'd7',
    number: 7,
    name: {
      vi: 'Quản trị môi trường',
      en: 'Environmental Governance',
      km: 'អភិបាលកិច្ចបរិស្ថាន',
    },
    subDimensionsConfirmed: true,
  },
  {
    id: 'd8',
    number: 8,
    name: {
      vi: 'Quản trị điện tử',
      en: 'E-Governance',
      km: 'អភិបាលកិច្ចអេឡិចត្រូនិក',
    },
    subDimensionsConfirmed: true,
  },
];

/** The confirmed sub-dimensions of each dimension (empty where none is confirmed). */
export const DIMENSION_SUB_DIMENSIONS: Readonly<Record<DimensionId, readonly SubDimension[]>> = {
  d1: [
    sub('d1-civic-knowledge', 'Tri thức công dân', 'Civic knowledge', 'ចំណេះដឹងពលរដ្ឋ'),
    sub('d1-opportunities', 'Cơ hội tham gia', 'Opportunities for participation', 'ឱកាសចូលរួម'),
    sub(
      'd1-elections',
      'Chất lượng bầu cử trưởng thôn, tổ trưởng dân phố',
      'Quality of village-head elections',
      'គុណភាពនៃការបោះឆ្នោតមេភូមិ',
    ),
    sub('d1-contributions', 'Đóng góp tự nguyện', 'Voluntary contributions', 'ការរួមចំណែកដោយស្ម័គ្រចិត្ត'),
  ],
  d2: [],
  d3: [
    sub(
      'd3-interactions',
      'Tiếp xúc với chính quyền địa phương',
      'Interactions with local authorities',
      'ការទំនាក់ទំនងជាមួយអាជ្ញាធរមូលដ្ឋាន',
    ),
    sub(
      'd3-responsiveness',
      'Giải đáp đề xuất, khiếu nại của người dân',
      'Responsiveness to proposals and complaints',
      'ការឆ្លើយតបចំពោះសំណើ និងបណ្តឹង',
    ),
    sub('d3-inspection-boards', 'Ban Thanh tra nhân dân', "People's Inspection Boards", 'គណៈអធិការកិច្ចប្រជាជន'),
  ],
  d4: [],
  d5: [],
  d6: [
    sub('d6-health', 'Y tế công lập', 'Public health care', 'សេវាសុខាភិបាលសាធារណៈ'),
    sub('d6-primary-education', 'Giáo dục tiểu học công lập', 'Public primary education', 'ការអប់រំបឋមសិក្សាសាធារណៈ'),
    sub('d6-infrastructure', 'Cơ sở hạ tầng căn bản', 'Basic infrastructure', 'ហេដ្ឋារចនាសម្ព័ន្ធមូលដ្ឋាន'),
    sub(
      'd6-law-and-order',
      'An ninh, trật tự khu dân cư',
      'Law and order in residential areas',
      'សន្តិសុខ និងសណ្តាប់ធ្នាប់ក្នុងភូមិ',
    ),
  ],
  d7: [
    sub('d7-air', 'Chất lượng không khí', 'Air quality', 'គុណភាពខ្យល់'),
    sub('d7-water', 'Chất lượng nguồn nước', 'Water quality', 'គុណភាពទឹក'),
    sub(
      'd7-seriousness',
      'Mức độ nghiêm túc trong bảo vệ môi trường',
      'Seriousness of environmental protection',
      'ភាពម៉ឺងម៉ាត់ក្នុងការការពារបរិស្ថាន',
    ),
  ],
  d8: [
    sub('d8-internet-access', 'Tiếp cận internet', 'Internet access', 'ការប្រើប្រាស់អ៊ីនធឺណិត'),
    sub(
      'd8-portal-use',
      'Sử dụng cổng thông tin điện tử của chính quyền',
      'Use of provincial e-government portals',
      'ការប្រើប្រាស់វិបផតថលរដ្ឋាភិបាលអេឡិចត្រូនិក',
    ),
  ],
};

/** The 8 dimensions with their sub-dimensions. */
export const DIMENSIONS: readonly Dimension[] = /* @__PURE__ */ DIMENSION_FACTS.map((d) => ({
  ...d,
  subDimensions: DIMENSION_SUB_DIMENSIONS[d.id],
}));

export function isDimensionId(value: unknown): value is DimensionId {
  return typeof value === 'string' && (DIMENSION_IDS as readonly string[]).includes(value);
}

export function dimensionById(id: DimensionId): Dimension {
  // DIMENSION_IDS and DIMENSIONS are one list in the same order.
  return DIMENSIONS[DIMENSION_IDS.indexOf(id)]!;
}
