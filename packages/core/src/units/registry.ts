import { name } from './name.js';
import type { Unit, UnitDetails, UnitFacts } from './types.js';
import { UNIT_FACTS_2025 } from './units-2025.js';

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
const LUATDUONGGIA = 'luatduonggia.vn/ban-do-cac-xa-phuong-thuoc-thi-xa-vinh-chau-soc-trang (DOMAIN.md §3)';
const NQ_1668 =
  'Nghị quyết 1668/NQ-UBTVQH15 (16/6/2025); tienphong.vn/soc-trang-thong-qua-phuong-an-giam-tu-108-con-43-xa-phuong-post1735339.tpo; plo.vn/chinh-thuc-thong-qua-viec-thanh-lap-103-xa-phuong-cua-tp-can-tho-moi-post855571.html (DOMAIN.md §3)';
const NQ_202 = 'Nghị quyết 202/2025/QH15 (12/6/2025) (DOMAIN.md §3)';

/** Last day of the district tier and of the 2023 communes and wards; the 2025 units start the day after (START_2025). */
const END_2023 = '2025-06-30';

const TOWN_NOTE =
  'A town-level body: the district tier was abolished on 1/7/2025 (DOMAIN.md §3), so it ceased by 30/6/2025 at the latest. Its successor is not confirmed and is left unset; some town offices may have been merged or renamed earlier in 2025 (not confirmed here).';

/*
 * The registry is kept in two parts so that code needing only names and links (the widgets) does not carry every
 * unit's sources and notes: UNIT_FACTS (names, kinds, generations, groups, successors, dates) and UNIT_DETAILS
 * (where each fact comes from, what is unconfirmed, notes). UNITS joins them; every unit has both parts (a test
 * checks it).
 */

/** The 2023 units' facts (the town's bodies and its 10 communes and wards), without sources and notes. */
const UNIT_FACTS_2023: readonly UnitFacts[] = [
  {
    id: 'ubnd-thi-xa',
    kind: 'town-government',
    generation: '2023',
    name: name(
      'Ủy ban nhân dân thị xã Vĩnh Châu',
      "People's Committee of Vĩnh Châu town",
      'គណៈកម្មាធិការប្រជាជនក្រុង Vĩnh Châu',
    ),
    shortName: name('UBND thị xã', "Town People's Committee", 'គណៈកម្មាធិការប្រជាជនក្រុង'),
    until: END_2023,
  },
  {
    id: 'phong-noi-vu',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Nội vụ', 'Office of Home Affairs', 'ការិយាល័យកិច្ចការផ្ទៃក្នុង'),
    until: END_2023,
  },
  {
    id: 'phong-tu-phap',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Tư pháp', 'Office of Justice', 'ការិយាល័យយុត្តិធម៌'),
    until: END_2023,
  },
  {
    id: 'phong-quan-ly-do-thi',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Quản lý đô thị', 'Office of Urban Management', 'ការិយាល័យគ្រប់គ្រងទីប្រជុំជន'),
    until: END_2023,
  },
  {
    id: 'phong-tai-nguyen-moi-truong',
    kind: 'town-office',
    generation: '2023',
    name: name(
      'Phòng Tài nguyên và Môi trường',
      'Office of Natural Resources and Environment',
      'ការិយាល័យធនធានធម្មជាតិ និងបរិស្ថាន',
    ),
    until: END_2023,
  },
  {
    id: 'phong-giao-duc-dao-tao',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Giáo dục và Đào tạo', 'Office of Education and Training', 'ការិយាល័យអប់រំ និងបណ្តុះបណ្តាល'),
    until: END_2023,
  },
  {
    id: 'phong-lao-dong-tbxh',
    kind: 'town-office',
    generation: '2023',
    name: name(
      'Phòng Lao động - Thương binh và Xã hội',
      'Office of Labour, War Invalids and Social Affairs',
      'ការិយាល័យការងារ យុទ្ធជនពិការ និងសង្គមកិច្ច',
    ),
    shortName: name('Phòng LĐ-TB&XH', 'Labour and Social Affairs Office', 'ការិយាល័យការងារ និងសង្គមកិច្ច'),
    until: END_2023,
  },
  {
    id: 'phong-tai-chinh-ke-hoach',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Tài chính – Kế hoạch', 'Office of Finance and Planning', 'ការិយាល័យហិរញ្ញវត្ថុ និងផែនការ'),
    until: END_2023,
  },
  {
    id: 'phong-van-hoa-thong-tin',
    kind: 'town-office',
    generation: '2023',
    name: name('Phòng Văn hóa và Thông tin', 'Office of Culture and Information', 'ការិយាល័យវប្បធម៌ និងព័ត៌មាន'),
    until: END_2023,
  },
  {
    id: 'thanh-tra-thi-xa',
    kind: 'town-agency',
    generation: '2023',
    name: name('Thanh tra thị xã', 'Town Inspectorate', 'អធិការដ្ឋានក្រុង'),
    until: END_2023,
  },
  {
    id: 'van-phong-hdnd-ubnd',
    kind: 'town-office',
    generation: '2023',
    name: name(
      'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã',
      "Office of the Town People's Council and People's Committee",
      'ការិយាល័យក្រុមប្រឹក្សាប្រជាជន និងគណៈកម្មាធិការប្រជាជនក្រុង',
    ),
    shortName: name(
      'Văn phòng HĐND và UBND thị xã',
      'Office of the Town Council and Committee',
      'ការិយាល័យក្រុមប្រឹក្សា និងគណៈកម្មាធិការប្រជាជនក្រុង',
    ),
    until: END_2023,
  },
  {
    id: 'trung-tam-y-te',
    kind: 'town-agency',
    generation: '2023',
    name: name('Trung tâm Y tế thị xã', 'Town Health Centre', 'មជ្ឈមណ្ឌលសុខាភិបាលក្រុង'),
    until: END_2023,
  },
  {
    id: 'trung-tam-vhtt-truyen-thanh',
    kind: 'town-agency',
    generation: '2023',
    name: name(
      'Trung tâm Văn hóa - Thể thao - Truyền thanh',
      'Centre for Culture, Sports and Broadcasting',
      'មជ្ឈមណ្ឌលវប្បធម៌ កីឡា និងវិទ្យុ',
    ),
    until: END_2023,
  },
  {
    id: 'trung-tam-chinh-tri',
    kind: 'town-agency',
    generation: '2023',
    name: name('Trung tâm Chính trị thị xã', 'Town Political Training Centre', 'មជ្ឈមណ្ឌលនយោបាយក្រុង'),
    until: END_2023,
  },
  {
    id: 'ban-bien-tap-cong-ttdt',
    kind: 'town-agency',
    generation: '2023',
    name: name(
      'Ban Biên tập Cổng thông tin điện tử thị xã',
      'Editorial Board of the Town Web Portal',
      'ក្រុមនិពន្ធវិបផតថលព័ត៌មានអេឡិចត្រូនិករបស់ក្រុង',
    ),
    until: END_2023,
  },
  {
    id: 'doan-kiem-tra',
    kind: 'town-agency',
    generation: '2023',
    name: name('Đoàn kiểm tra', 'Inspection team', 'ក្រុមត្រួតពិនិត្យ'),
    until: END_2023,
  },
  {
    id: 'cong-an-thi-xa',
    kind: 'state-agency',
    generation: '2023',
    name: name('Công an thị xã', 'Town Police', 'នគរបាលក្រុង'),
    until: END_2023,
  },
  {
    id: 'mttq-thi-xa',
    kind: 'front',
    generation: '2023',
    name: name(
      'Ủy ban Mặt trận Tổ quốc Việt Nam thị xã',
      'Town Committee of the Vietnam Fatherland Front',
      'គណៈកម្មាធិការរណសិរ្សមាតុភូមិវៀតណាមក្រុង',
    ),
    shortName: name('Ủy ban MTTQ Việt Nam thị xã', 'Town Fatherland Front', 'រណសិរ្សមាតុភូមិក្រុង'),
    until: END_2023,
  },
  {
    id: 'ubnd-xa-phuong',
    kind: 'group',
    generation: '2023',
    name: name('Ủy ban nhân dân xã, phường', "Commune and ward People's Committees", 'គណៈកម្មាធិការប្រជាជនឃុំ សង្កាត់'),
    shortName: name('UBND xã, phường', "Commune/ward People's Committees", 'គណៈកម្មាធិការប្រជាជនឃុំ សង្កាត់'),
    members: [
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
    ],
    until: END_2023,
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
  },
  {
    id: 'cac-ban-nganh-thi-xa',
    kind: 'group',
    generation: '2023',
    name: name('Các ban ngành thị xã', 'Town departments and agencies', 'ស្ថាប័ន និងអង្គភាពជំនាញរបស់ក្រុង'),
    members: [
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
    ],
    until: END_2023,
  },
  {
    id: 'cac-co-quan-lien-quan',
    kind: 'group',
    generation: '2023',
    name: name('Các cơ quan có liên quan', 'Other relevant bodies', 'ស្ថាប័នពាក់ព័ន្ធ'),
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
  },
  {
    id: 'so-noi-vu',
    kind: 'provincial',
    generation: '2023',
    name: name('Sở Nội vụ', 'Department of Home Affairs (Sóc Trăng province)', 'មន្ទីរកិច្ចការផ្ទៃក្នុងខេត្ត Sóc Trăng'),
  },
  {
    id: 'ubnd-tinh',
    kind: 'provincial',
    generation: '2023',
    name: name(
      'Ủy ban nhân dân tỉnh Sóc Trăng',
      "Sóc Trăng Provincial People's Committee",
      'គណៈកម្មាធិការប្រជាជនខេត្ត Sóc Trăng',
    ),
    shortName: name('UBND tỉnh', "Provincial People's Committee", 'គណៈកម្មាធិការប្រជាជនខេត្ត'),
  },
  {
    id: 'phuong-1',
    kind: 'ward',
    generation: '2023',
    name: name('Phường 1', 'Ward 1', 'សង្កាត់ 1'),
    successor: 'phuong-vinh-chau-2025',
    until: END_2023,
  },
  {
    id: 'phuong-2',
    kind: 'ward',
    generation: '2023',
    name: name('Phường 2', 'Ward 2', 'សង្កាត់ 2'),
    successor: 'phuong-vinh-chau-2025',
    until: END_2023,
  },
  {
    id: 'phuong-khanh-hoa',
    kind: 'ward',
    generation: '2023',
    name: name('Phường Khánh Hòa', 'Khánh Hòa Ward', 'សង្កាត់ Khánh Hòa'),
    successor: 'phuong-khanh-hoa-2025',
    until: END_2023,
  },
  {
    id: 'phuong-vinh-phuoc',
    kind: 'ward',
    generation: '2023',
    name: name('Phường Vĩnh Phước', 'Vĩnh Phước Ward', 'សង្កាត់ Vĩnh Phước'),
    successor: 'phuong-vinh-phuoc-2025',
    until: END_2023,
  },
  {
    id: 'xa-hoa-dong',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Hòa Đông', 'Hòa Đông Commune', 'ឃុំ Hòa Đông'),
    successor: 'phuong-khanh-hoa-2025',
    until: END_2023,
  },
  {
    id: 'xa-lac-hoa',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Lạc Hòa', 'Lạc Hòa Commune', 'ឃុំ Lạc Hòa'),
    successor: 'phuong-vinh-chau-2025',
    until: END_2023,
  },
  {
    id: 'xa-lai-hoa',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Lai Hòa', 'Lai Hòa Commune', 'ឃុំ Lai Hòa'),
    successor: 'xa-lai-hoa-2025',
    until: END_2023,
  },
  {
    id: 'xa-vinh-hai',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Vĩnh Hải', 'Vĩnh Hải Commune', 'ឃុំ Vĩnh Hải'),
    successor: 'xa-vinh-hai-2025',
    until: END_2023,
  },
  {
    id: 'xa-vinh-hiep',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Vĩnh Hiệp', 'Vĩnh Hiệp Commune', 'ឃុំ Vĩnh Hiệp'),
    successor: 'phuong-khanh-hoa-2025',
    until: END_2023,
  },
  {
    id: 'xa-vinh-tan',
    kind: 'commune',
    generation: '2023',
    name: name('Xã Vĩnh Tân', 'Vĩnh Tân Commune', 'ឃុំ Vĩnh Tân'),
    successor: 'phuong-vinh-phuoc-2025',
    until: END_2023,
  },
];

/** Every unit's facts, without sources and notes: the 2023 units, then those since 1/7/2025 (units-2025.ts). */
export const UNIT_FACTS: readonly UnitFacts[] = /* @__PURE__ */ UNIT_FACTS_2023.concat(UNIT_FACTS_2025);

/** Every unit's source, unconfirmed facts and notes, by id. */
export const UNIT_DETAILS: Readonly<Record<string, UnitDetails>> = {
  'ubnd-thi-xa': {
    source: `${SEED}: issuer (phần đầu, phụ lục); mục V.1, V.2, V.14`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-noi-vu': {
    source: `${SEED}, mục V.14; phụ lục 1.1–1.4, 2, 3.1, 3.2, 4.1, 6.1–6.3`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-tu-phap': {
    source: `${SEED}, mục V.3; phụ lục 1.3, 6.5`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-quan-ly-do-thi': {
    source: `${SEED}, mục V.4`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-tai-nguyen-moi-truong': {
    source: `${SEED}, mục V.5; phụ lục 6.9, 7`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-giao-duc-dao-tao': {
    source: `${SEED}, mục V.7; phụ lục 6.8, 7`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'phong-lao-dong-tbxh': {
    source: `${SEED}, mục V.8; phụ lục 6.7`,
    unconfirmed: ['successor'],
    note: `${TOWN_NOTE} The appendix writes "Phòng Lao động-Thương binh và Xã hội".`,
  },
  'phong-tai-chinh-ke-hoach': {
    source: `${SEED}, mục V.9; phụ lục 6.4`,
    unconfirmed: ['successor'],
    note: `${TOWN_NOTE} The appendix writes "Phòng Tài chính-Kế hoạch".`,
  },
  'phong-van-hoa-thong-tin': {
    source: `${SEED}, mục V.10; phụ lục 1.2, 1.4, 4.1, 4.2, 6.3`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'thanh-tra-thi-xa': {
    source: `${SEED}, mục V.11; phụ lục 3.2, đối thoại với Nhân dân (nhóm 5)`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'van-phong-hdnd-ubnd': {
    source: `${SEED}, mục V.12; phụ lục 4.1, 5.2, đối thoại với Nhân dân (nhóm 5), 6.6`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'trung-tam-y-te': {
    source: `${SEED}, mục V.6, V.8; phụ lục 7`,
    unconfirmed: ['successor'],
    note: `${TOWN_NOTE} The appendix (row 7) and V.8 write "Trung tâm Y tế".`,
  },
  'trung-tam-vhtt-truyen-thanh': {
    source: `${SEED}, phụ lục 1.2, 1.4, 1.5`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'trung-tam-chinh-tri': {
    source: `${SEED}, phụ lục 3.1`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'ban-bien-tap-cong-ttdt': {
    source: `${SEED}, phụ lục 1.3, 1.4, 4.1`,
    unconfirmed: ['successor'],
    note: TOWN_NOTE,
  },
  'doan-kiem-tra': {
    source: `${SEED}, phụ lục 6.2`,
    unconfirmed: ['successor'],
    note: `${TOWN_NOTE} The seed does not say which inspection team (e.g. the town's administrative-reform inspection team); kept as named.`,
  },
  'cong-an-thi-xa': {
    source: `${SEED}, mục V.13`,
    unconfirmed: ['successor', 'until'],
    note: `${TOWN_NOTE} A body of the Ministry of Public Security based in the town (one of the bodies of co-quan-trung-uong-tinh). District-level police are reported to have been reorganised before 1/7/2025; the end date is not confirmed.`,
  },
  'mttq-thi-xa': {
    source: `${SEED}, mục V.14, V.15; phụ lục 1.1, 1.2, 3.1, 5.1–5.3, 6.1`,
    unconfirmed: ['successor'],
    note: `${TOWN_NOTE} Not subordinate to the people's committee: section V.15 is worded as a request ("Đề nghị").`,
  },
  'ubnd-xa-phuong': {
    source: `${SEED}, mục V.2; phụ lục 1.5, 2, 4.1, 4.2, 5.1–5.3, 6.4, 6.7, 6.8, 7`,
    note: "The people's committees of the 10 communes and wards of 2023; the members are the communes and wards themselves.",
  },
  'mttq-xa-phuong': {
    source: `${SEED}, mục V.2, V.15; phụ lục 5.1–5.3`,
    note: 'The seed writes "Mặt trận Tổ quốc xã, phường" (V.2) and "Ủy ban MTTQ Việt Nam … xã, phường" (appendix group 5).',
  },
  'cac-ban-nganh-thi-xa': {
    source: `${SEED}, mục V.1; phụ lục 2, 6.2`,
    unconfirmed: ['successor'],
    note: 'Members are the toolkit\'s reading: the town offices and agencies the plan names. Also stands for "Các cơ quan khác thực hiện tự kiểm tra" (appendix 6.2).',
  },
  'cac-co-quan-lien-quan': {
    source: `${SEED}, phụ lục 3.2, 4.1, 4.2, 5.2, 5.3, 6.1–6.9, 7`,
    note: 'An open group: "Các ngành/cơ quan/ban ngành (khác) có liên quan", "Các cơ quan đơn vị có liên quan", "các cơ quan, đơn vị có liên quan". The seed does not say which bodies.',
  },
  'truong-tieu-hoc-thcs-cong-lap': {
    source: `${SEED}, phụ lục 6.8`,
    note: 'All the public primary and lower-secondary schools of the town; the seed does not list them.',
  },
  'co-quan-trung-uong-tinh': {
    source: `${SEED}, mục V.1`,
    note: 'An open group: the seed names none of them in V.1 (Công an thị xã, V.13, is one such body).',
  },
  'so-noi-vu': {
    source: `${SEED}, mục V.1, V.14`,
    unconfirmed: ['until', 'successor'],
    note: 'The Sóc Trăng provincial department. Sóc Trăng became part of thành phố Cần Thơ under Nghị quyết 202/2025/QH15; the end date and successor of this department are not confirmed.',
  },
  'ubnd-tinh': {
    source: `${SEED}, căn cứ; mục III.4, V.14`,
    unconfirmed: ['until', 'successor'],
    note: 'Sóc Trăng became part of thành phố Cần Thơ under Nghị quyết 202/2025/QH15 (see ubnd-thanh-pho-can-tho); the exact end date of the provincial committee is not confirmed here.',
  },
  'phuong-1': {
    source: LUATDUONGGIA,
  },
  'phuong-2': {
    source: LUATDUONGGIA,
  },
  'phuong-khanh-hoa': {
    source: LUATDUONGGIA,
  },
  'phuong-vinh-phuoc': {
    source: LUATDUONGGIA,
  },
  'xa-hoa-dong': {
    source: LUATDUONGGIA,
  },
  'xa-lac-hoa': {
    source: LUATDUONGGIA,
  },
  'xa-lai-hoa': {
    source: LUATDUONGGIA,
  },
  'xa-vinh-hai': {
    source: LUATDUONGGIA,
  },
  'xa-vinh-hiep': {
    source: LUATDUONGGIA,
  },
  'xa-vinh-tan': {
    source: LUATDUONGGIA,
  },
  'phuong-vinh-chau-2025': {
    source: NQ_1668,
  },
  'phuong-khanh-hoa-2025': {
    source: NQ_1668,
    note: 'Same name as the 2023 ward phuong-khanh-hoa, over a larger area.',
  },
  'phuong-vinh-phuoc-2025': {
    source: NQ_1668,
    note: 'Same name as the 2023 ward phuong-vinh-phuoc, over a larger area.',
  },
  'xa-vinh-hai-2025': {
    source: NQ_1668,
    note: 'Kept unchanged in the reorganisation.',
  },
  'xa-lai-hoa-2025': {
    source: NQ_1668,
    note: 'Kept unchanged in the reorganisation.',
  },
  'ubnd-thanh-pho-can-tho': {
    source: NQ_202,
    unconfirmed: ['from'],
    note: "The provincial-level city Sóc Trăng became part of (Nghị quyết 202/2025/QH15, passed 12/6/2025). With no district tier since 1/7/2025, the 2025 wards and communes deal with it directly; the date its people's committee took over is taken as 1/7/2025 (not confirmed).",
  },
};

/**
 * The form every unit id has, in this registry and in any list of units added to it (a plan's own units, the
 * collector's PAPI_UNITS): a Vietnamese slug without diacritics, lowercase letters and digits joined by single
 * hyphens, at most 64 characters ("xa-lai-hoa-2025"). A test checks every id here against it.
 */
export const UNIT_ID_FORMAT = {
  pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  maxLength: 64,
  /** The form in words, for messages. */
  name: 'a-z, 0-9, -',
} as const;

/** Whether a text has the form of a unit id (whether or not any registry knows it). */
export function isUnitIdFormat(id: string): boolean {
  return id.length <= UNIT_ID_FORMAT.maxLength && UNIT_ID_FORMAT.pattern.test(id);
}

/** The units with their facts and their sources together. */
export const UNITS: readonly Unit[] = /* @__PURE__ */ UNIT_FACTS.map((u) => ({ ...u, ...UNIT_DETAILS[u.id]! }));

const BY_ID: ReadonlyMap<string, UnitFacts> = /* @__PURE__ */ new Map(/* @__PURE__ */ UNIT_FACTS.map((u) => [u.id, u]));

export const UNIT_IDS: ReadonlySet<string> = /* @__PURE__ */ new Set(/* @__PURE__ */ BY_ID.keys());

/** A unit's facts (UNIT_DETAILS has its sources and notes), or undefined. */
export function unitById(id: string): UnitFacts | undefined {
  return BY_ID.get(id);
}

/** The 2025 unit that took over a 2023 commune or ward; undefined for anything else. */
export function successorOf(id: string): UnitFacts | undefined {
  const unit = BY_ID.get(id);
  if (!unit || unit.generation !== '2023' || (unit.kind !== 'ward' && unit.kind !== 'commune')) return undefined;
  return unit.successor === undefined ? undefined : BY_ID.get(unit.successor);
}

/**
 * The units a unit stands for, expanding a group one level: a group's listed members (none for an open group),
 * a single unit itself, nothing for an unknown id.
 */
export function membersOf(id: string): readonly UnitFacts[] {
  const unit = BY_ID.get(id);
  if (!unit) return [];
  if (unit.kind !== 'group' && unit.members === undefined) return [unit];
  return (unit.members ?? []).flatMap((m) => {
    const member = BY_ID.get(m);
    return member ? [member] : [];
  });
}
