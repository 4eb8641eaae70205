import { name } from './name.js';
import type { UnitFacts } from './types.js';

/*
 * The units since 1/7/2025 (the town's five wards and communes after the reorganisation, and Cần Thơ city), part of
 * the registry (registry.ts, where their sources and notes are). On their own so that code needing only today's
 * units (the extension's choice of the clerk's unit) does not carry the 2023 bodies.
 */

/** The first day of the 2025 units. */
const START_2025 = '2025-07-01';

/** The facts of the units since 1/7/2025. */
export const UNIT_FACTS_2025: readonly UnitFacts[] = [
  {
    id: 'phuong-vinh-chau-2025',
    kind: 'ward',
    generation: '2025',
    name: name('Phường Vĩnh Châu', 'Vĩnh Châu Ward', 'សង្កាត់ Vĩnh Châu'),
    predecessors: ['phuong-1', 'phuong-2', 'xa-lac-hoa'],
    from: START_2025,
  },
  {
    id: 'phuong-khanh-hoa-2025',
    kind: 'ward',
    generation: '2025',
    name: name('Phường Khánh Hòa', 'Khánh Hòa Ward', 'សង្កាត់ Khánh Hòa'),
    predecessors: ['phuong-khanh-hoa', 'xa-vinh-hiep', 'xa-hoa-dong'],
    from: START_2025,
  },
  {
    id: 'phuong-vinh-phuoc-2025',
    kind: 'ward',
    generation: '2025',
    name: name('Phường Vĩnh Phước', 'Vĩnh Phước Ward', 'សង្កាត់ Vĩnh Phước'),
    predecessors: ['phuong-vinh-phuoc', 'xa-vinh-tan'],
    from: START_2025,
  },
  {
    id: 'xa-vinh-hai-2025',
    kind: 'commune',
    generation: '2025',
    name: name('Xã Vĩnh Hải', 'Vĩnh Hải Commune', 'ឃុំ Vĩnh Hải'),
    predecessors: ['xa-vinh-hai'],
    from: START_2025,
  },
  {
    id: 'xa-lai-hoa-2025',
    kind: 'commune',
    generation: '2025',
    name: name('Xã Lai Hòa', 'Lai Hòa Commune', 'ឃុំ Lai Hòa'),
    predecessors: ['xa-lai-hoa'],
    from: START_2025,
  },
  {
    id: 'ubnd-thanh-pho-can-tho',
    kind: 'provincial',
    generation: '2025',
    name: name('Ủy ban nhân dân thành phố Cần Thơ', "Cần Thơ City People's Committee", 'គណៈកម្មាធិការប្រជាជនទីក្រុង Cần Thơ'),
    shortName: name('UBND thành phố Cần Thơ', "Cần Thơ People's Committee", 'គណៈកម្មាធិការប្រជាជនទីក្រុង Cần Thơ'),
    from: START_2025,
  },
];
