import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIMENSION_IDS } from '../src/dimensions/dimensions.js';
import { TASK_DIMENSIONS_SOURCE, VINH_CHAU_PLAN_2023, VINH_CHAU_PLAN_2023_TEXTS } from '../src/plan/vinh-chau-2023.js';
import { UNITS, UNIT_IDS, isUnitIdFormat, membersOf, successorOf, unitById } from '../src/units/registry.js';

const SEED = readFileSync(new URL('../seed/ke-hoach-papi-vinh-chau-2023.txt', import.meta.url), 'utf8');

const stripTags = (s: string): string => s.replace(/<[^>]*>/g, '');
const norm = (s: string): string => stripTags(s).replace(/\s+/g, ' ').trim();

/** The seed with whitespace collapsed and HTML markup dropped. */
const SEED_NORM = norm(SEED);
/** The same without the footnote ¹ paragraph, which the page layout drops into the middle of section III.6 b. */
const SEED_NORM_NO_FOOTNOTE = norm(
  SEED.split('\n')
    .filter((line) => !line.startsWith('¹ '))
    .join('\n'),
);
const inSeed = (text: string): boolean => {
  const t = norm(text);
  return t.length > 0 && (SEED_NORM.includes(t) || SEED_NORM_NO_FOOTNOTE.includes(t));
};

const plan = VINH_CHAU_PLAN_2023;
const tasks = plan.tasks;

interface SeedRow {
  /** "1.1", "5,2" as printed; the group number for single-activity groups; undefined when unnumbered. */
  printed: string | undefined;
  group: string;
  activity: string;
  lead: string;
  partners: string;
  timing: string;
}

/** Parses the appendix table independently of the data: one entry per activity row. */
function parseAppendix(): SeedRow[] {
  const start = SEED.indexOf('PHỤ LỤC');
  expect(start).toBeGreaterThan(0);
  const lines = SEED.slice(start).split('\n');
  const header = lines.findIndex((l) => l.startsWith('STT\t'));
  expect(header).toBeGreaterThan(0);
  const rows: SeedRow[] = [];
  let group = '';
  for (const raw of lines.slice(header + 1)) {
    const line = stripTags(raw);
    if (!line.includes('\t') || /^[-\s]+$/.test(line)) continue; // blank lines, the table's closing rule
    let cells = line.split('\t').map((c) => c.replace(/\s+/g, ' ').trim());
    const groupNo = /^\d+$/.test(cells[0] ?? '') ? cells[0] : undefined;
    if (groupNo !== undefined) {
      group = groupNo;
      cells = cells.slice(2); // STT, Nội dung
    } else {
      while (cells.length > 0 && cells[0] === '') cells = cells.slice(1);
    }
    const [activity = '', lead = '', partners = '', timing = ''] = cells;
    if (activity === '' || lead === '') continue; // group 6's intro row has no units
    const numbered = /^(\d+)[.,](\d+)[.,]\s*/.exec(activity);
    rows.push({
      printed: numbered ? `${numbered[1]}${activity[numbered[1]!.length]}${numbered[2]}` : groupNo,
      group,
      activity: numbered ? activity.slice(numbered[0].length) : activity,
      lead,
      partners,
      timing,
    });
  }
  return rows;
}

describe('appendix rows (counted from the seed)', () => {
  const rows = parseAppendix();

  it('finds 23 activity rows in the seed, by an independent count', () => {
    const appendix = stripTags(SEED.slice(SEED.indexOf('PHỤ LỤC')));
    const numbered = appendix.match(/(?:^|\t)\d+[.,]\d+[.,]\s/gm) ?? [];
    const singleGroups = appendix.match(/^\d+\t[^\t]+\t[^\t\d<][^\t]*\t[^\t]+\t/gm) ?? []; // group row whose activity is unnumbered and has a lead
    const unnumbered = appendix.match(/^\t+Đối thoại với Nhân dân\./gm) ?? [];
    expect(numbered.length).toBe(20);
    expect(singleGroups.length).toBe(2);
    expect(unnumbered.length).toBe(1);
    expect(rows.length).toBe(numbered.length + singleGroups.length + unnumbered.length);
    expect(tasks.length).toBe(rows.length);
  });

  it('keeps the seed\'s row order and numbers ("5,2" as 5.2 with a note)', () => {
    expect(tasks.map((t) => t.number)).toEqual(rows.map((r) => r.printed?.replace(',', '.')));
    for (const [i, row] of rows.entries()) {
      const task = tasks[i]!;
      if (row.printed?.includes(',')) expect(task.note).toContain(row.printed);
      if (row.printed === undefined) expect(task.note ?? '').toMatch(/unnumbered/i);
      expect(plan.groups?.find((g) => g.id === task.group)?.number).toBe(row.group);
    }
  });

  it("has each row's activity, lead, partner and timing text as the seed writes it", () => {
    for (const [i, row] of rows.entries()) {
      const task = tasks[i]!;
      expect(typeof task.activity === 'string' ? task.activity : task.activity.vi).toBe(row.activity);
      expect(task.leadText).toBe(row.lead);
      expect(task.partnersText).toBe(row.partners);
      expect(task.timing.text).toBe(row.timing);
      const kind =
        row.timing === 'Thường xuyên' ? 'ongoing' : row.timing.startsWith('Theo Kế hoạch') ? 'per-plan' : 'due';
      expect(task.timing.kind).toBe(kind);
      if (task.timing.kind === 'due') expect(task.timing.due).toBe(`${/\d{4}/.exec(row.timing)?.[0]}-12-31`);
    }
  });

  it('has unique task ids of the agreed shape', () => {
    const ids = tasks.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of tasks) {
      const expected = t.number ? `a-${t.number.replace('.', '-')}` : 'a-5-3';
      expect(t.id).toBe(expected);
    }
  });

  it('has the 7 groups with their seed titles', () => {
    const groups = plan.groups ?? [];
    expect(groups.map((g) => g.number)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    for (const g of groups) {
      const title = typeof g.title === 'string' ? g.title : g.title.vi;
      expect(SEED).toMatch(new RegExp(`^${g.number}\\t${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\t`, 'm'));
      if (g.intro !== undefined) expect(inSeed(typeof g.intro === 'string' ? g.intro : g.intro.vi)).toBe(true);
    }
    expect(groups.find((g) => g.number === '6')?.intro).toBeTruthy();
  });

  it('gives every task at least one valid dimension and explains the mapping', () => {
    for (const t of tasks) {
      expect(t.dimensions.length).toBeGreaterThan(0);
      expect(new Set(t.dimensions).size).toBe(t.dimensions.length);
      for (const d of t.dimensions) expect(DIMENSION_IDS).toContain(d);
    }
    expect(TASK_DIMENSIONS_SOURCE).toMatch(/toolkit/);
  });
});

describe('section III solutions', () => {
  const solutions = plan.solutions ?? [];

  it('has one section per dimension d1..d8, in order, headed as in the seed', () => {
    expect(solutions.map((s) => s.dimension)).toEqual([...DIMENSION_IDS]);
    const section3 = SEED.slice(SEED.indexOf('III. NỘI DUNG'), SEED.indexOf('IV. PHÂN CÔNG'));
    for (const s of solutions) expect(section3).toMatch(new RegExp(`^${s.heading.replace(/[.()]/g, '\\$&')}$`, 'm'));
  });

  it('has non-empty paragraphs, each verbatim in the seed', () => {
    for (const s of solutions) {
      expect(s.sections.length).toBeGreaterThan(0);
      for (const sec of s.sections) {
        expect(sec.paragraphs.length).toBeGreaterThan(0);
        if (sec.heading !== undefined) expect(SEED).toContain(`\n${sec.heading}\n`);
        for (const p of sec.paragraphs) expect(inSeed(p), p.slice(0, 80)).toBe(true);
      }
    }
  });

  it("keeps dimension 6's sub-sections a–d and the footnote on the 18 procedures", () => {
    const d6 = solutions.find((s) => s.dimension === 'd6');
    expect(d6?.sections.map((x) => x.heading?.slice(0, 2))).toEqual(['a)', 'b)', 'c)', 'd)']);
    const footnote = solutions.flatMap((s) => s.sections.flatMap((x) => x.paragraphs)).find((p) => p.startsWith('¹'));
    expect(footnote).toBeDefined();
    expect(footnote!.match(/\(\d+\)/g)?.length).toBe(18);
  });

  it('leaves no paragraph of section III out', () => {
    const section3 = SEED.slice(SEED.indexOf('III. NỘI DUNG'), SEED.indexOf('IV. PHÂN CÔNG'));
    const all = norm(solutions.flatMap((s) => s.sections.flatMap((x) => x.paragraphs)).join(' '));
    // Every line of the seed's section III that is not a heading belongs to some paragraph of the data.
    for (const line of section3.split('\n').map((l) => l.trim())) {
      if (line === '' || /^(III\.|\d\. |[a-d]\) )/.test(line)) continue;
      expect(all, line.slice(0, 60)).toContain(norm(line));
    }
  });
});

describe('section V duties', () => {
  const duties = plan.duties ?? [];
  const sectionV = SEED.slice(SEED.indexOf('V. TỔ CHỨC THỰC HIỆN'), SEED.indexOf('Nơi nhận:'));

  it("has the 15 bodies, numbered and named as the seed's headings", () => {
    const headings = [...sectionV.matchAll(/^(\d+)\. (.+)$/gm)].map((m) => [m[1], m[2]!.trim()]);
    expect(headings.length).toBe(15);
    expect(duties.map((d) => [d.number, d.bodyText])).toEqual(headings);
  });

  it('has every duty verbatim, and as many as the seed', () => {
    for (const d of duties) {
      expect(d.duties.length).toBeGreaterThan(0);
      expect(d.units.length).toBeGreaterThan(0);
      for (const text of d.duties) expect(inSeed(text), text.slice(0, 80)).toBe(true);
    }
    const bullets = sectionV.split('\n').filter((l) => l.startsWith('- ')).length;
    const withBullets = duties.filter((d) => ['1', '2', '14', '15'].includes(d.number));
    expect(withBullets.reduce((n, d) => n + d.duties.length, 0)).toBe(bullets);
  });

  it('maps V.1 and V.2 to the agreed groups', () => {
    expect(duties.find((d) => d.number === '1')?.units).toEqual(['cac-ban-nganh-thi-xa', 'co-quan-trung-uong-tinh']);
    expect(duties.find((d) => d.number === '2')?.units).toEqual(['ubnd-xa-phuong']);
  });
});

describe('other plan fields', () => {
  it('keeps the grounds, goal, requirements and scope verbatim', () => {
    expect(SEED).toContain(`\n${typeof plan.title === 'string' ? plan.title : plan.title.vi}\n`);
    expect(SEED).toContain(`\n${plan.signedBy}\n`);
    expect(plan.grounds?.length).toBe(2);
    for (const g of plan.grounds ?? []) expect(SEED).toContain(g);
    expect(inSeed(plan.goal!.objective)).toBe(true);
    expect(plan.goal!.target).toContain('nhóm 03 huyện, thị xã, thành phố đứng đầu của tỉnh');
    expect(inSeed(plan.goal!.target)).toBe(true);
    expect(plan.requirements?.length).toBe(3);
    for (const r of plan.requirements ?? []) expect(SEED).toContain(r);
    expect(inSeed(plan.scope!.dimensionsText)).toBe(true);
    expect(SEED).toContain(plan.scope!.subjects);
    expect(plan.scope!.units.length).toBe(10);
    for (const [key, text] of Object.entries(VINH_CHAU_PLAN_2023_TEXTS)) expect(inSeed(text), key).toBe(true);
  });

  it("has the 4 pilot places in the seed's communes", () => {
    const places = plan.pilotPlaces ?? [];
    expect(places.map((p) => [p.name, p.unit])).toEqual([
      ['ấp Vĩnh Biên', 'xa-lac-hoa'],
      ['ấp Ca Lạc', 'xa-lac-hoa'],
      ['Khóm 1', 'phuong-1'],
      ['Khóm 2', 'phuong-1'],
    ]);
    for (const p of places) expect(SEED).toContain(p.name);
  });
});

describe('unit references resolve in the registry', () => {
  const referenced: [string, string][] = [
    ...tasks.flatMap((t) => [...t.lead, ...t.partners].map((u): [string, string] => [t.id, u])),
    ...(plan.duties ?? []).flatMap((d) => d.units.map((u): [string, string] => [`V.${d.number}`, u])),
    ...(plan.pilotPlaces ?? []).map((p): [string, string] => [p.id, p.unit]),
    ...(plan.scope?.units ?? []).map((u): [string, string] => ['scope', u]),
    ['reporting.to', plan.reporting!.to],
    ...plan.reporting!.onwardTo.map((u): [string, string] => ['reporting.onwardTo', u]),
    ['issuer', plan.issuer!],
  ];

  it.each(referenced)('%s → %s', (_where, id) => {
    expect(UNIT_IDS.has(id)).toBe(true);
    expect(unitById(id)?.id).toBe(id);
  });

  it('gives every task a lead and unit ids without duplicates', () => {
    for (const t of tasks) {
      expect(t.lead.length, t.id).toBeGreaterThan(0);
      expect(new Set([...t.lead, ...t.partners]).size, t.id).toBe(t.lead.length + t.partners.length);
    }
  });

  it('resolves every bullet of each lead/partner cell to a unit', () => {
    // A cell with n "- " bullets names at least n bodies; "X và Y" may name two in one bullet.
    for (const t of tasks) {
      const count = (text: string | undefined): number => (text?.match(/(?:^|\.\s)- /g) ?? []).length || 1;
      expect(t.lead.length, t.id).toBeGreaterThanOrEqual(count(t.leadText));
      expect(t.partners.length, t.id).toBeGreaterThanOrEqual(count(t.partnersText));
    }
  });

  it('maps the Fatherland Front at both levels where the seed names both', () => {
    for (const t of tasks) {
      if (/MTTQ Việt Nam thị xã(,| và) xã, phường/.test(t.partnersText ?? '')) {
        expect(t.partners, t.id).toEqual(expect.arrayContaining(['mttq-thi-xa', 'mttq-xa-phuong']));
      }
    }
  });
});

describe('units registry', () => {
  const communes2023 = UNITS.filter((u) => u.generation === '2023' && (u.kind === 'ward' || u.kind === 'commune'));
  const units2025 = UNITS.filter((u) => u.generation === '2025' && (u.kind === 'ward' || u.kind === 'commune'));

  it('has unique ids and names in the three locales', () => {
    expect(UNIT_IDS.size).toBe(UNITS.length);
    for (const u of UNITS) {
      expect(isUnitIdFormat(u.id), u.id).toBe(true);
      expect(u.name.vi && u.name.en && u.name.km, u.id).toBeTruthy();
      expect(u.name.km, u.id).toMatch(/[\u1780-\u17FF]/);
      expect(u.source, u.id).toBeTruthy();
    }
  });

  it('keeps Vietnamese place names in Latin script in Khmer', () => {
    for (const u of [...communes2023, ...units2025]) {
      const place = u.name.vi.replace(/^(Phường|Xã) /, '');
      expect(u.name.km, u.id).toContain(place);
    }
  });

  it('has the 10 communes and wards of 2023 and the 5 of 2025', () => {
    expect(communes2023.length).toBe(10);
    expect(units2025.length).toBe(5);
    expect(new Set(plan.scope!.units)).toEqual(new Set(communes2023.map((u) => u.id)));
    expect(new Set(membersOf('ubnd-xa-phuong').map((u) => u.id))).toEqual(new Set(communes2023.map((u) => u.id)));
  });

  it('gives every 2023 commune a 2025 successor, and the predecessors are exactly the inverse', () => {
    const inverse = new Map<string, string[]>();
    for (const u of communes2023) {
      const next = successorOf(u.id);
      expect(next?.generation, u.id).toBe('2025');
      expect(u.until).toBe('2025-06-30');
      inverse.set(next!.id, [...(inverse.get(next!.id) ?? []), u.id]);
    }
    expect(new Set(inverse.keys())).toEqual(new Set(units2025.map((u) => u.id)));
    for (const u of units2025) {
      expect(u.from).toBe('2025-07-01');
      expect([...(u.predecessors ?? [])].sort(), u.id).toEqual([...(inverse.get(u.id) ?? [])].sort());
    }
    expect(successorOf('phuong-1')?.id).toBe('phuong-vinh-chau-2025');
    expect(successorOf('xa-vinh-hiep')?.id).toBe('phuong-khanh-hoa-2025');
    expect(successorOf('phong-noi-vu')).toBeUndefined();
    expect(successorOf('no-such-unit')).toBeUndefined();
  });

  it('marks town bodies as ended with the district tier, successor unconfirmed and unset', () => {
    const townBodies = UNITS.filter((u) => ['town-government', 'town-office', 'town-agency'].includes(u.kind));
    expect(townBodies.length).toBeGreaterThanOrEqual(16);
    for (const u of townBodies) {
      expect(u.until, u.id).toBe('2025-06-30');
      expect(u.successor, u.id).toBeUndefined();
      expect(u.unconfirmed, u.id).toContain('successor');
    }
  });

  it('expands groups one level', () => {
    expect(membersOf('cac-ban-nganh-thi-xa').map((u) => u.id)).toContain('phong-noi-vu');
    expect(membersOf('cac-co-quan-lien-quan')).toEqual([]);
    expect(membersOf('phong-tu-phap').map((u) => u.id)).toEqual(['phong-tu-phap']);
    expect(membersOf('no-such-unit')).toEqual([]);
    for (const u of UNITS) for (const m of u.members ?? []) expect(UNIT_IDS.has(m), `${u.id} → ${m}`).toBe(true);
  });
});
