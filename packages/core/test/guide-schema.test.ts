import { describe, expect, it } from 'vitest';
import { formatIssue, validateGuide, validateGuideJson } from '../src/index.js';
import { SAMPLE_GUIDE } from './guide-fixture.js';

describe('validateGuide', () => {
  it('accepts a well-formed guide', () => {
    expect(validateGuide(SAMPLE_GUIDE)).toMatchObject({ ok: true });
  });

  it('reports every problem with its path', () => {
    const bad = structuredClone(SAMPLE_GUIDE) as unknown as Record<string, unknown> & {
      steps: Record<string, unknown>[];
    };
    bad.procedure = 'khai-sinh-x';
    bad.steps[0]!.target = { color: 'red' };
    bad.steps[1]!.id = 'login';
    bad.steps[2]!.url = ['not a pattern'];
    bad.steps[3]!.advance = { kind: 'teleport' };
    delete bad.steps[4]!.target;
    (bad.steps[5]!.title as Record<string, unknown>).km = '';
    const result = validateGuide(bad);
    expect(result.ok).toBe(false);
    const paths = result.issues.map((i) => `${i.path} ${i.code}`);
    expect(paths).toEqual(
      expect.arrayContaining([
        'procedure unknown-procedure',
        'steps[0].target.color unknown-field',
        'steps[0].target required',
        'steps[1].id duplicate-id',
        'steps[2].url[0] invalid-format',
        'steps[3].advance.kind not-one-of',
        'steps[5].title.km empty',
      ]),
    );
    expect(result.issues.map((i) => formatIssue(i, 'en')).join('\n')).toContain(
      'steps[1].id: id "login" repeats steps[0]',
    );
  });

  it('requires a target for click and filled steps, and a role for a name', () => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as { steps: Record<string, unknown>[] };
    delete g.steps[2]!.target;
    g.steps[0]!.target = { name: 'Đăng nhập' };
    const paths = validateGuide(g).issues.map((i) => i.path);
    expect(paths).toContain('steps[2].target');
    expect(paths).toContain('steps[0].target.role');
  });

  it('knows "gone" steps (they need a target), `pending` targets and `remember`, and nothing else', () => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as { steps: Record<string, unknown>[] };
    g.steps[3] = {
      ...g.steps[3],
      target: { role: 'button', name: 'Tải lên file', pending: 'file' },
      advance: { kind: 'gone' },
      remember: 'agency',
    };
    expect(validateGuide(g).issues).toEqual([]);
    g.steps[3] = { ...g.steps[3], target: { role: 'button', pending: 'files' }, remember: 'unit' };
    g.steps[4] = { ...g.steps[4], advance: { kind: 'gone' } };
    delete g.steps[4]!.target;
    const paths = validateGuide(g).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['steps[3].target.pending', 'steps[3].remember', 'steps[4].target']));
  });

  it('checks toast steps: words to look for, a target to press, and an optional URL as a second sign', () => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as { steps: Record<string, unknown>[] };
    g.steps[4] = {
      ...g.steps[4],
      advance: { kind: 'toast', text: 'thành công', url: 'dichvucong.gov.vn/nop-ho-so/**' },
    };
    expect(validateGuide(g).issues).toEqual([]);
    delete g.steps[4]!.target;
    expect(validateGuide(g).issues.map((i) => i.path)).toEqual(['steps[4].target']);
    g.steps[4] = { ...g.steps[4], advance: { kind: 'toast', url: 'not a pattern' } };
    expect(validateGuide(g).issues.map((i) => i.path)).toEqual(['steps[4].advance.text', 'steps[4].advance.url']);
  });

  it('knows `assumed` steps (a page nobody has recorded), a boolean', () => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as { steps: Record<string, unknown>[] };
    g.steps[4] = { ...g.steps[4], assumed: true };
    expect(validateGuide(g).issues).toEqual([]);
    g.steps[4] = { ...g.steps[4], assumed: 'yes' };
    expect(validateGuide(g).issues.map((i) => `${i.path} ${i.code}`)).toEqual(['steps[4].assumed type']);
  });

  it('reports bad JSON as one issue', () => {
    expect(validateGuideJson('{').issues[0]?.code).toBe('invalid-json');
  });
});

describe('validateGuide: conditions that a SurveyJS dropdown meets before any choice', () => {
  const withAdvance = (advance: unknown): unknown => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as { steps: Record<string, unknown>[] };
    g.steps[3] = { ...g.steps[3], advance };
    return g;
  };

  it('refuses an "appear" on the dropdown’s value box, filter input or control, naming the step and the fix', () => {
    for (const css of [
      '[data-name^="citizenQuanhevoinguoiduockhaisinh__"] .sd-dropdown__value',
      '[data-name^="citizenGioitinh_NgdcKS__"] .sd-dropdown__value .sv-string-viewer',
      '.sd-dropdown__filter-string-input',
      '[data-name^="x__"] .sd-dropdown',
    ]) {
      const result = validateGuide(withAdvance({ kind: 'appear', target: { css } }));
      expect(result.ok, css).toBe(false);
      expect(result.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
        'steps[3].advance.target.css met-before-choice',
      ]);
      expect(formatIssue(result.issues[0]!, 'en')).toContain('use advance kind "filled"');
      expect(formatIssue(result.issues[0]!, 'vi')).toContain('trước khi chọn');
    }
  });

  it('accepts "filled" on the question, and an "appear" of what only an answer shows', () => {
    expect(validateGuide(withAdvance({ kind: 'filled' })).issues).toEqual([]);
    expect(
      validateGuide(
        withAdvance({
          kind: 'appear',
          target: { css: '[data-name^="citizenQuanhevoinguoiduockhaisinh__"].sd-question--answered' },
        }),
      ).issues,
    ).toEqual([]);
  });
});

describe('validateGuide: what a guide shows is plain text', () => {
  it('refuses control characters and bidirectional overrides in a shown text, naming the path; keeps markup as text', () => {
    const g = structuredClone(SAMPLE_GUIDE) as unknown as {
      title: Record<string, string>;
      steps: { tip: Record<string, string>; instructions: Record<string, string> }[];
      notes?: string[];
    };
    g.steps[1]!.tip.en = 'Press \u202Eetelped\u202C';
    g.steps[2]!.instructions.km = 'a\u0007b';
    g.notes = ['x\u2066y'];
    const r = validateGuide(g);
    expect(r.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'steps[1].tip.en invalid-format',
      'steps[2].instructions.km invalid-format',
      'notes[0] invalid-format',
    ]);
    // Markup is only text to the schema (the overlay and the panel show it as text), and line breaks stay allowed.
    const ok = structuredClone(SAMPLE_GUIDE) as unknown as typeof g;
    ok.steps[1]!.tip.en = '<img src=x onerror=alert(1)> press it\nthen wait';
    expect(validateGuide(ok).issues).toEqual([]);
  });
});
