import { formatIssue, type Guide } from '@papi/core';
import { describe, expect, it } from 'vitest';
import { GUIDE_DATA, guideById } from './index.js';
import { asNewVersion, judgeGuideFile, newVersionId } from './import-file.js';
import {
  bookData,
  IMPORTED_KEY,
  loadImported,
  MAX_GUIDE_FILE_BYTES,
  MAX_IMPORTED,
  parseImported,
  saveImported,
  withImported,
  withoutImported,
  type ImportedGuide,
} from './imported.js';
import { guideBook } from './book.js';

/** A guide no shipped file has: the khai-sinh guide's first steps under another id. */
const authored = (id = 'thu-nghiem'): Guide => {
  const g = structuredClone(guideById('khai-sinh')!);
  return { ...g, id, steps: g.steps.slice(0, 3) };
};
const ctx = (imported: ImportedGuide[] = []) => ({ builtInIds: ['khai-sinh', 'khai-tu'], imported });
const judge = (value: unknown, imported: ImportedGuide[] = []) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return judgeGuideFile(new TextEncoder().encode(text).length, () => text, ctx(imported));
};
const record = (guide: Guide, file = 'a.json'): ImportedGuide => ({ guide, file, importedAt: '2026-12-04T09:00:00Z' });

/** storage.local as the extension API gives it: get(key) and set(items), values copied as structured data. */
function memoryArea(fail = false) {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {}),
    set: async (items: Record<string, unknown>) => {
      if (fail) throw new Error('QUOTA_BYTES quota exceeded');
      Object.assign(data, structuredClone(items));
    },
  };
}

describe('judging a guide file', () => {
  it('takes a valid guide with a new id', () => {
    expect(judge(authored())).toEqual({ kind: 'ready', guide: authored() });
  });

  it('refuses a file that is not JSON, too large or empty, before anything is stored', () => {
    const notJson = judge('{ "id": "x", ');
    expect(notJson).toMatchObject({ kind: 'refused', reason: 'invalid' });
    expect(notJson.kind === 'refused' && notJson.issues[0]!.code).toBe('invalid-json');
    // The size is judged before the text is read.
    let read = false;
    const big = judgeGuideFile(MAX_GUIDE_FILE_BYTES + 1, () => ((read = true), ''), ctx());
    expect(big).toEqual({ kind: 'refused', reason: 'too-large', issues: [] });
    expect(read).toBe(false);
    expect(judgeGuideFile(0, () => '', ctx())).toMatchObject({ kind: 'refused', reason: 'empty' });
  });

  it('names the path of each problem, in the clerk’s language (core’s messages)', () => {
    const g = authored() as unknown as { steps: Record<string, unknown>[] };
    g.steps[2] = { ...g.steps[2], target: { label: 'Tiếp tục', name: 'Tiếp tục' } }; // a name without its role
    delete g.steps[1]!.title;
    const v = judge(g);
    if (v.kind !== 'refused') throw new Error(v.kind);
    expect(v.issues.map((i) => i.path)).toEqual(['steps[1].title', 'steps[2].target.role']);
    expect(formatIssue(v.issues[1]!, 'vi')).toMatch(/^steps\[2\]\.target\.role: /);
    expect(formatIssue(v.issues[1]!, 'en')).toBe('steps[2].target.role: is required');
  });

  it('refuses a guide whose shown text hides control or bidirectional characters', () => {
    const g = authored();
    const bad = { ...g, title: { ...g.title, vi: 'Khai sinh\u202E' } };
    const v = judge(bad);
    expect(v.kind === 'refused' && v.issues.map((i) => i.path)).toEqual(['title.vi']);
  });

  it('asks when the id is a built-in guide’s or an earlier import’s, offering a free new id', () => {
    const clash = judge({ ...authored(), id: 'khai-sinh' });
    expect(clash).toMatchObject({ kind: 'clash', builtIn: true, newId: 'khai-sinh-v2' });
    const earlier = record(authored('khai-sinh-v2'), 'old.json');
    const again = judge({ ...authored(), id: 'khai-sinh-v2' }, [earlier]);
    expect(again).toMatchObject({ kind: 'clash', builtIn: false, earlier, newId: 'khai-sinh-v3' });
    expect(judge({ ...authored(), id: 'khai-sinh' }, [earlier])).toMatchObject({ newId: 'khai-sinh-v3' });
  });

  it('makes new-version ids that stay slugs of at most 60 characters', () => {
    const long = `${'a'.repeat(58)}-b`;
    const id = newVersionId(long, [long]);
    expect(id.length).toBeLessThanOrEqual(60);
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(asNewVersion(authored(), 'x-v2').id).toBe('x-v2');
  });

  it('refuses a new guide beyond the bound, but still asks about a clash (a replacement does not grow the list)', () => {
    const full = Array.from({ length: MAX_IMPORTED }, (_, i) => record(authored(`g-${i}`)));
    expect(judge(authored('one-more'), full)).toMatchObject({ kind: 'refused', reason: 'full' });
    expect(judge(authored('g-3'), full)).toMatchObject({ kind: 'clash' });
  });
});

describe('imported guides in storage', () => {
  it('are written and read as a list, checked again on reading; a broken record is left out', async () => {
    const area = memoryArea();
    await saveImported(area, [record(authored('mot')), record(authored('hai'), 'hai.json')]);
    expect((await loadImported(area)).map((g) => [g.guide.id, g.file])).toEqual([
      ['mot', 'a.json'],
      ['hai', 'hai.json'],
    ]);
    const tampered = structuredClone(area.data[IMPORTED_KEY]) as { guide: { steps: unknown } }[];
    tampered[0]!.guide.steps = 'eval(1)';
    area.data[IMPORTED_KEY] = [...tampered, { guide: authored('ba') }, 'x', null];
    expect((await loadImported(area)).map((g) => g.guide.id)).toEqual(['hai']);
    expect(parseImported(undefined)).toEqual([]);
  });

  it('a failed write (storage full) leaves what was stored', async () => {
    const area = memoryArea();
    await saveImported(area, [record(authored('mot'))]);
    const full = { ...area, set: memoryArea(true).set };
    await expect(saveImported(full, [record(authored('mot')), record(authored('hai'))])).rejects.toThrow(/quota/);
    expect((await loadImported(area)).map((g) => g.guide.id)).toEqual(['mot']);
  });

  it('replace in place, remove by id, and make the background’s book with the built-in guides first', () => {
    const list = [record(authored('mot')), record(authored('hai'))];
    const replaced = withImported(list, record(authored('mot'), 'moi.json'));
    expect(replaced.map((g) => `${g.guide.id}:${g.file}`)).toEqual(['mot:moi.json', 'hai:a.json']);
    expect(withoutImported(replaced, 'mot').map((g) => g.guide.id)).toEqual(['hai']);
    const book = guideBook(bookData(GUIDE_DATA, replaced));
    expect(book.byId('mot')?.steps).toHaveLength(3);
    expect(book.byId('khai-sinh')?.steps.length).toBeGreaterThan(3);
    expect(book.all.map((g) => g.id).slice(-2)).toEqual(['mot', 'hai']);
  });
});
