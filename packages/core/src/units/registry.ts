import type { Localized } from '../i18n/locale.js';
import type { Unit, UnitKind } from './types.js';

/**
 * The units registry: every body Vĩnh Châu's 2023 PAPI plan gives a duty to or names as a lead or partner
 * (section V and the appendix), the town's 10 communes and wards of 2023, and the 5 units that took them over
 * on 1/7/2025.
 *
 * - vi names are written as the seed writes them, in full; shortName keeps the seed's abbreviation where it uses one.
 * - en names are the toolkit's renderings.
 * - km names follow shared/KHMER.md: Vietnamese place names stay in Latin script ("សង្កាត់ Vĩnh Phước"),
 *   Ủy ban nhân dân is rendered គណៈកម្មាធិការប្រជាជន, thị xã is rendered ក្រុង. All km strings await review by a
 *   native Khmer speaker (see KHMER_REVIEW in i18n/locale.ts).
 * - Bodies the plan mentions only in passing (Ban Thanh tra nhân dân, Bộ phận Một cửa, Ban nhân dân ấp/khóm,
 *   Thị ủy, Tỉnh ủy, Hội đồng nhân dân xã/phường, the mass organisations) and the "Nơi nhận" list are not units here:
 *   the plan gives them no row and no section of their own.
 */

const SEED = 'Seed: Kế hoạch PAPI 2023';
const LUATDUONGGIA =
  'luatduonggia.vn/ban-do-cac-xa-phuong-thuoc-thi-xa-vinh-chau-soc-trang (DOMAIN.md §3)';
const NQ_1668 =
  'Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025); tienphong.vn/soc-trang-thong-qua-phuong-an-giam-tu-108-con-43-xa-phuong-post1735339.tpo; plo.vn/chinh-thuc-thong-qua-viec-thanh-lap-103-xa-phuong-cua-tp-can-tho-moi-post855571.html (DOMAIN.md §3)';
const NQ_202 = 'Nghị quyết 202/2025/QH15 (12/6/2025) (DOMAIN.md §3)';

/** Last day of the district tier and of the 2023 communes and wards; the 2025 units start the day after. */
const END_2023 = '2025-06-30';
const START_2025 = '2025-07-01';

const TOWN_NOTE =
  'A town-level body: the district tier was abolished on 1/7/2025 (DOMAIN.md §3), so it ceased by 30/6/2025 at the latest. Its successor is not confirmed and is left unset; some town offices may have been merged or renamed earlier in 2025 (not confirmed here).';

const name = (vi: string, en: string, km: string): Localized => ({ vi, en, km });

type Extra = Partial<Pick<Unit, 'shortName' | 'members' | 'note' | 'unconfirmed'>>;

/** A 2023 town-level body that ceased with the district tier; its successor is unconfirmed. */
function town(id: string, kind: UnitKind, n: Localized, source: string, extra: Extra = {}): Unit {
  return {
    id,
    kind,
    generation: '2023',
    name: n,
    until: END_2023,
    source,
    ...extra,
    unconfirmed: ['successor', ...(extra.unconfirmed ?? [])],
    note: extra.note ? `${TOWN_NOTE} ${extra.note}` : TOWN_NOTE,
  };
}

/** A 2023 commune or ward and the 2025 unit that took it over (Nghị quyết 1668/NQ-UBTVQH15). */
function unit2023(id: string, kind: 'ward' | 'commune', placeName: string, successor: string): Unit {
  const isWard = kind === 'ward';
  const numbered = /^\d+$/.test(placeName);
  return {
    id,
    kind,
    generation: '2023',
    name: {
      vi: `${isWard ? 'Phường' : 'Xã'} ${placeName}`,
      en: isWard ? (numbered ? `Ward ${placeName}` : `${placeName} Ward`) : `${placeName} Commune`,
      km: `${isWard ? 'សង្កាត់' : 'ឃុំ'} ${placeName}`,
    },
    successor,
    until: END_2023,
    source: LUATDUONGGIA,
  };
}

function unit2025(id: string, kind: 'ward' | 'commune', placeName: string, predecessors: readonly string[], note?: string): Unit {
  const isWard = kind === 'ward';
  return {
    id,
    kind,
    generation: '2025',
    name: {
      vi: `${isWard ? 'Phường' : 'Xã'} ${placeName}`,
      en: `${placeName} ${isWard ? 'Ward' : 'Commune'}`,
      km: `${isWard ? 'សង្កាត់' : 'ឃុំ'} ${placeName}`,
    },
    predecessors,
    from: START_2025,
    source: NQ_1668,
    ...(note ? { note } : {}),
  };
}

const TOWN_OFFICES_AND_AGENCIES = [
  'phong-noi-vu',
  'phong-tu-phap',
  'phong-quan-ly-do-thi',
  'phong-tai-nguyen-moi-truong',
  'phong-giao-duc-dao-tao',
  'phong-lao-dong-tbxh',
  'phong-tai-chinh-ke-hoach',
  'phong-van-hoa-thong-tin',
  'thanh-tra-thi-xa',
  'van-phong-hdnd-ubnd',
  'trung-tam-y-te',
  'trung-tam-vhtt-truyen-thanh',
  'trung-tam-chinh-tri',
  'ban-bien-tap-cong-ttdt',
] as const;

const COMMUNES_2023 = [
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
] as const;

export const UNITS: readonly Unit[] = [
  // --- The town government and its offices (2023) ---
  town(
    'ubnd-thi-xa',
    'town-government',
    name('Ủy ban nhân dân thị xã Vĩnh Châu', "People's Committee of Vĩnh Châu town", 'គណៈកម្មាធិការប្រជាជនក្រុង Vĩnh Châu'),
    `${SEED}: issuer (phần đầu, phụ lục); mục V.1, V.2, V.14`,
    { shortName: name('UBND thị xã', "Town People's Committee", 'គណៈកម្មាធិការប្រជាជនក្រុង') },
  ),
  town(
    'phong-noi-vu',
    'town-office',
    name('Phòng Nội vụ', 'Office of Home Affairs', 'ការិយាល័យកិច្ចការផ្ទៃក្នុង'),
    `${SEED}, mục V.14; phụ lục 1.1–1.4, 2, 3.1, 3.2, 4.1, 6.1–6.3`,
  ),
  town(
    'phong-tu-phap',
    'town-office',
    name('Phòng Tư pháp', 'Office of Justice', 'ការិយាល័យយុត្តិធម៌'),
    `${SEED}, mục V.3; phụ lục 1.3, 6.5`,
  ),
  town(
    'phong-quan-ly-do-thi',
    'town-office',
    name('Phòng Quản lý đô thị', 'Office of Urban Management', 'ការិយាល័យគ្រប់គ្រងទីប្រជុំជន'),
    `${SEED}, mục V.4`,
  ),
  town(
    'phong-tai-nguyen-moi-truong',
    'town-office',
    name('Phòng Tài nguyên và Môi trường', 'Office of Natural Resources and Environment', 'ការិយាល័យធនធានធម្មជាតិ និងបរិស្ថាន'),
    `${SEED}, mục V.5; phụ lục 6.9, 7`,
  ),
  town(
    'phong-giao-duc-dao-tao',
    'town-office',
    name('Phòng Giáo dục và Đào tạo', 'Office of Education and Training', 'ការិយាល័យអប់រំ និងបណ្តុះបណ្តាល'),
    `${SEED}, mục V.7; phụ lục 6.8, 7`,
  ),
  town(
    'phong-lao-dong-tbxh',
    'town-office',
    name(
      'Phòng Lao động - Thương binh và Xã hội',
      'Office of Labour, War Invalids and Social Affairs',
      'ការិយាល័យការងារ យុទ្ធជនពិការ និងសង្គមកិច្ច',
    ),
    `${SEED}, mục V.8; phụ lục 6.7`,
    {
      shortName: name('Phòng LĐ-TB&XH', 'Labour and Social Affairs Office', 'ការិយាល័យការងារ និងសង្គមកិច្ច'),
      note: 'The appendix writes "Phòng Lao động-Thương binh và Xã hội".',
    },
  ),
  town(
    'phong-tai-chinh-ke-hoach',
    'town-office',
    name('Phòng Tài chính – Kế hoạch', 'Office of Finance and Planning', 'ការិយាល័យហិរញ្ញវត្ថុ និងផែនការ'),
    `${SEED}, mục V.9; phụ lục 6.4`,
    { note: 'The appendix writes "Phòng Tài chính-Kế hoạch".' },
  ),
  town(
    'phong-van-hoa-thong-tin',
    'town-office',
    name('Phòng Văn hóa và Thông tin', 'Office of Culture and Information', 'ការិយាល័យវប្បធម៌ និងព័ត៌មាន'),
    `${SEED}, mục V.10; phụ lục 1.2, 1.4, 4.1, 4.2, 6.3`,
  ),
  town(
    'thanh-tra-thi-xa',
    'town-agency',
    name('Thanh tra thị xã', 'Town Inspectorate', 'អធិការដ្ឋានក្រុង'),
    `${SEED}, mục V.11; phụ lục 3.2, đối thoại với Nhân dân (nhóm 5)`,
  ),
  town(
    'van-phong-hdnd-ubnd',
    'town-office',
    name(
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã',
      "Office of the Town People's Council and People's Committee",
      'ការិយាល័យក្រុមប្រឹក្សាប្រជាជន និងគណៈកម្មាធិការប្រជាជនក្រុង',
    ),
    `${SEED}, mục V.12; phụ lục 4.1, 5.2, đối thoại với Nhân dân (nhóm 5), 6.6`,
    {
      shortName: name(
        'Văn phòng HĐND và UBND thị xã',
        "Office of the Town Council and Committee",
        'ការិយាល័យក្រុមប្រឹក្សា និងគណៈកម្មាធិការប្រជាជនក្រុង',
      ),
    },
  ),
  town(
    'trung-tam-y-te',
    'town-agency',
    name('Trung tâm Y tế thị xã', 'Town Health Centre', 'មជ្ឈមណ្ឌលសុខាភិបាលក្រុង'),
    `${SEED}, mục V.6, V.8; phụ lục 7`,
    { note: 'The appendix (row 7) and V.8 write "Trung tâm Y tế".' },
  ),
  town(
    'trung-tam-vhtt-truyen-thanh',
    'town-agency',
    name(
      'Trung tâm Văn hóa - Thể thao - Truyền thanh',
      'Centre for Culture, Sports and Broadcasting',
      'មជ្ឈមណ្ឌលវប្បធម៌ កីឡា និងវិទ្យុ',
    ),
    `${SEED}, phụ lục 1.2, 1.4, 1.5`,
  ),
  town(
    'trung-tam-chinh-tri',
    'town-agency',
    name('Trung tâm Chính trị thị xã', 'Town Political Training Centre', 'មជ្ឈមណ្ឌលនយោបាយក្រុង'),
    `${SEED}, phụ lục 3.1`,
  ),
  town(
    'ban-bien-tap-cong-ttdt',
    'town-agency',
    name(
      'Ban Biên tập Cổng thông tin điện tử thị xã',
      'Editorial Board of the Town Web Portal',
      'ក្រុមនិពន្ធវិបផតថលព័ត៌មានអេឡិចត្រូនិករបស់ក្រុង',
    ),
    `${SEED}, phụ lục 1.3, 1.4, 4.1`,
  ),
  town(
    'doan-kiem-tra',
    'town-agency',
    name('Đoàn kiểm tra', 'Inspection team', 'ក្រុមត្រួតពិនិត្យ'),
    `${SEED}, phụ lục 6.2`,
    { note: 'The seed does not say which inspection team (e.g. the town\'s administrative-reform inspection team); kept as named.' },
  ),
  town(
    'cong-an-thi-xa',
    'state-agency',
    name('Công an thị xã', 'Town Police', 'នគរបាលក្រុង'),
    `${SEED}, mục V.13`,
    {
      unconfirmed: ['until'],
      note: 'A body of the Ministry of Public Security based in the town (one of the bodies of co-quan-trung-uong-tinh). District-level police are reported to have been reorganised before 1/7/2025; the end date is not confirmed.',
    },
  ),
  town(
    'mttq-thi-xa',
    'front',
    name(
      'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã',
      'Town Committee of the Vietnam Fatherland Front',
      'គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាមក្រុង',
    ),
    `${SEED}, mục V.14, V.15; phụ lục 1.1, 1.2, 3.1, 5.1–5.3, 6.1`,
    {
      shortName: name('Ủy ban MTTQ Việt Nam thị xã', 'Town Fatherland Front', 'រណសិរ្សមាតុភូមិក្រុង'),
      note: 'Not subordinate to the people\'s committee: section V.15 is worded as a request ("Đề nghị").',
    },
  ),

  // --- Groups named together in the seed (2023) ---
  {
    id: 'ubnd-xa-phuong',
    kind: 'group',
    generation: '2023',
    name: name('Ủy ban nhân dân xã, phường', "Commune and ward People's Committees", 'គណៈកម្មាធិការប្រជាជនឃុំ សង្កាត់'),
    shortName: name('UBND xã, phường', "Commune/ward People's Committees", 'គណៈកម្មាធិការប្រជាជនឃុំ សង្កាត់'),
    members: COMMUNES_2023,
    until: END_2023,
    source: `${SEED}, mục V.2; phụ lục 1.5, 2, 4.1, 4.2, 5.1–5.3, 6.4, 6.7, 6.8, 7`,
    note: 'The people\'s committees of the 10 communes and wards of 2023; the members are the communes and wards themselves.',
  },
  {
    id: 'mttq-xa-phuong',
    kind: 'group',
    generation: '2023',
    name: name(
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã, phường',
      'Commune and ward Committees of the Vietnam Fatherland Front',
      'គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាមឃុំ សង្កាត់',
    ),
    until: END_2023,
    source: `${SEED}, mục V.2, V.15; phụ lục 5.1–5.3`,
    note: 'The seed writes "Mặt trận Tổ quốc xã, phường" (V.2) and "Ủy ban MTTQ Việt Nam … xã, phường" (appendix group 5).',
  },
  {
    id: 'cac-ban-nganh-thi-xa',
    kind: 'group',
    generation: '2023',
    name: name('Các ban ngành thị xã', 'Town departments and agencies', 'ស្ថាប័ន និងអង្គភាពជំនាញរបស់ក្រុង'),
    members: TOWN_OFFICES_AND_AGENCIES,
    until: END_2023,
    unconfirmed: ['successor'],
    source: `${SEED}, mục V.1; phụ lục 2, 6.2`,
    note: 'Members are the toolkit\'s reading: the town offices and agencies the plan names. Also stands for "Các cơ quan khác thực hiện tự kiểm tra" (appendix 6.2).',
  },
  {
    id: 'cac-co-quan-lien-quan',
    kind: 'group',
    generation: '2023',
    name: name('Các cơ quan có liên quan', 'Other relevant bodies', 'ស្ថាប័នពាក់ព័ន្ធ'),
    source: `${SEED}, phụ lục 3.2, 4.1, 4.2, 5.2, 5.3, 6.1–6.9, 7`,
    note: 'An open group: "Các ngành/cơ quan/ban ngành (khác) có liên quan", "Các cơ quan đơn vị có liên quan", "các cơ quan, đơn vị có liên quan". The seed does not say which bodies.',
  },
  {
    id: 'truong-tieu-hoc-thcs-cong-lap',
    kind: 'school',
    generation: '2023',
    name: name(
      'Các Trường Tiểu học, Trung học cơ sở công lập',
      'Public primary and lower-secondary schools',
      'សាលាបឋមសិក្សា និងអនុវិទ្យាល័យសាធារណៈ',
    ),
    source: `${SEED}, phụ lục 6.8`,
    note: 'All the public primary and lower-secondary schools of the town; the seed does not list them.',
  },
  {
    id: 'co-quan-trung-uong-tinh',
    kind: 'group',
    generation: '2023',
    name: name(
      'Các cơ quan Trung ương, cơ quan tỉnh đóng trên địa bàn thị xã',
      'Central and provincial bodies based in the town',
      'ស្ថាប័នថ្នាក់កណ្តាល និងស្ថាប័នខេត្តដែលមានទីតាំងនៅក្នុងក្រុង',
    ),
    source: `${SEED}, mục V.1`,
    note: 'An open group: the seed names none of them in V.1 (Công an thị xã, V.13, is one such body).',
  },

  // --- Provincial bodies the plan reports to ---
  {
    id: 'so-noi-vu',
    kind: 'provincial',
    generation: '2023',
    name: name('Sở Nội vụ', 'Department of Home Affairs (Sóc Trăng province)', 'មន្ទីរកិច្ចការផ្ទៃក្នុងខេត្ត Sóc Trăng'),
    source: `${SEED}, mục V.1, V.14`,
    unconfirmed: ['until', 'successor'],
    note: 'The Sóc Trăng provincial department. Sóc Trăng became part of thành phố Cần Thơ under Nghị quyết 202/2025/QH15; the end date and successor of this department are not confirmed.',
  },
  {
    id: 'ubnd-tinh',
    kind: 'provincial',
    generation: '2023',
    name: name('Ủy ban nhân dân tỉnh Sóc Trăng', "Sóc Trăng Provincial People's Committee", 'គណៈកម្មាធិការប្រជាជនខេត្ត Sóc Trăng'),
    shortName: name('UBND tỉnh', "Provincial People's Committee", 'គណៈកម្មាធិការប្រជាជនខេត្ត'),
    source: `${SEED}, căn cứ; mục III.4, V.14`,
    unconfirmed: ['until', 'successor'],
    note: 'Sóc Trăng became part of thành phố Cần Thơ under Nghị quyết 202/2025/QH15 (see ubnd-thanh-pho-can-tho); the exact end date of the provincial committee is not confirmed here.',
  },

  // --- The communes and wards of 2023 (thị xã Vĩnh Châu, tỉnh Sóc Trăng) ---
  unit2023('phuong-1', 'ward', '1', 'phuong-vinh-chau-2025'),
  unit2023('phuong-2', 'ward', '2', 'phuong-vinh-chau-2025'),
  unit2023('phuong-khanh-hoa', 'ward', 'Khánh Hòa', 'phuong-khanh-hoa-2025'),
  unit2023('phuong-vinh-phuoc', 'ward', 'Vĩnh Phước', 'phuong-vinh-phuoc-2025'),
  unit2023('xa-hoa-dong', 'commune', 'Hòa Đông', 'phuong-khanh-hoa-2025'),
  unit2023('xa-lac-hoa', 'commune', 'Lạc Hòa', 'phuong-vinh-chau-2025'),
  unit2023('xa-lai-hoa', 'commune', 'Lai Hòa', 'xa-lai-hoa-2025'),
  unit2023('xa-vinh-hai', 'commune', 'Vĩnh Hải', 'xa-vinh-hai-2025'),
  unit2023('xa-vinh-hiep', 'commune', 'Vĩnh Hiệp', 'phuong-khanh-hoa-2025'),
  unit2023('xa-vinh-tan', 'commune', 'Vĩnh Tân', 'phuong-vinh-phuoc-2025'),

  // --- Since 1/7/2025 (thành phố Cần Thơ; two-tier local government) ---
  unit2025('phuong-vinh-chau-2025', 'ward', 'Vĩnh Châu', ['phuong-1', 'phuong-2', 'xa-lac-hoa']),
  unit2025('phuong-khanh-hoa-2025', 'ward', 'Khánh Hòa', ['phuong-khanh-hoa', 'xa-vinh-hiep', 'xa-hoa-dong'], 'Same name as the 2023 ward phuong-khanh-hoa, over a larger area.'),
  unit2025('phuong-vinh-phuoc-2025', 'ward', 'Vĩnh Phước', ['phuong-vinh-phuoc', 'xa-vinh-tan'], 'Same name as the 2023 ward phuong-vinh-phuoc, over a larger area.'),
  unit2025('xa-vinh-hai-2025', 'commune', 'Vĩnh Hải', ['xa-vinh-hai'], 'Kept unchanged in the reorganisation.'),
  unit2025('xa-lai-hoa-2025', 'commune', 'Lai Hòa', ['xa-lai-hoa'], 'Kept unchanged in the reorganisation.'),
  {
    id: 'ubnd-thanh-pho-can-tho',
    kind: 'provincial',
    generation: '2025',
    name: name("Ủy ban nhân dân thành phố Cần Thơ", "Cần Thơ City People's Committee", 'គណៈកម្មាធិការប្រជាជនទីក្រុង Cần Thơ'),
    shortName: name('UBND thành phố Cần Thơ', "Cần Thơ People's Committee", 'គណៈកម្មាធិការប្រជាជនទីក្រុង Cần Thơ'),
    from: START_2025,
    source: NQ_202,
    unconfirmed: ['from'],
    note: 'The provincial-level city Sóc Trăng became part of (Nghị quyết 202/2025/QH15, passed 12/6/2025). With no district tier since 1/7/2025, the 2025 wards and communes deal with it directly; the date its people\'s committee took over is taken as 1/7/2025 (not confirmed).',
  },
];

const BY_ID: ReadonlyMap<string, Unit> = new Map(UNITS.map((u) => [u.id, u]));

export const UNIT_IDS: ReadonlySet<string> = new Set(BY_ID.keys());

export function unitById(id: string): Unit | undefined {
  return BY_ID.get(id);
}

/** The 2025 unit that took over a 2023 commune or ward; undefined for anything else. */
export function successorOf(id: string): Unit | undefined {
  const unit = BY_ID.get(id);
  if (!unit || unit.generation !== '2023' || (unit.kind !== 'ward' && unit.kind !== 'commune')) return undefined;
  return unit.successor === undefined ? undefined : BY_ID.get(unit.successor);
}

/**
 * The units a unit stands for, expanding a group one level: a group's listed members (none for an open group),
 * a single unit itself, nothing for an unknown id.
 */
export function membersOf(id: string): readonly Unit[] {
  const unit = BY_ID.get(id);
  if (!unit) return [];
  if (unit.kind !== 'group' && unit.members === undefined) return [unit];
  return (unit.members ?? []).flatMap((m) => {
    const member = BY_ID.get(m);
    return member ? [member] : [];
  });
}
