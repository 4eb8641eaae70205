import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { liveGuideBook } from './guides/book.js';
import { BUILT_IN, GUIDE_DATA, guideById } from './guides/index.js';
import { DEEP_LINK_RESUME_MS, Hub, stepPagePattern } from './hub.js';
import type { GuideBook } from './guides/book.js';
import type { StateMessage } from './messages.js';
import type { Settings } from './settings.js';
import { TRIAL_ID } from './recorder/session.js';
import { MAX_FAILURES, Store } from './store.js';
import { tallies, talliesCsv } from './tallies.js';

const setup = async (name: string, guides: GuideBook = BUILT_IN) => {
  const store = await Store.open(name);
  const sent: StateMessage[] = [];
  let settings: Settings = { locale: 'vi', unitId: 'phuong-vinh-phuoc-2025' };
  let n = 0;
  const hub = new Hub({
    store,
    guides,
    settings: async () => settings,
    broadcast: (m) => sent.push(m),
    now: () => new Date('2026-11-27T08:00:00Z'),
    newId: () => `case-${++n}`,
  });
  return { store, hub, sent, setSettings: (s: Settings) => (settings = s) };
};

describe('background hub', () => {
  it('starts a guide from a deep link and follows the page', async () => {
    const { hub, sent } = await setup('hub-1');
    await hub.handle(
      { type: 'page', url: 'https://dichvucong.gov.vn/#papi-guide=khai-sinh', deepLink: 'khai-sinh' },
      7,
    );
    expect(sent.at(-1)?.view).toMatchObject({
      guideId: 'khai-sinh',
      step: { id: 'dang-nhap' },
      unitName: 'Phường Vĩnh Phước',
      caseNumber: 1,
    });
    await hub.handle({ type: 'page', url: 'https://sso.dancuquocgia.gov.vn/auth?x=1' }, 7);
    expect(hub.view()?.step.id).toBe('vneid-tai-khoan');
  });

  it('keeps several cases: pause, resume, and only ids, steps and times', async () => {
    const { hub, store } = await setup('hub-2');
    await hub.handle({ type: 'start', guideId: 'khai-sinh' });
    await hub.handle({ type: 'manual' });
    await hub.handle({ type: 'start', guideId: 'khai-tu' });
    let cases = await store.cases();
    expect(cases.map((c) => [c.number, c.guideId, c.status]).sort()).toEqual([
      [1, 'khai-sinh', 'paused'],
      [2, 'khai-tu', 'active'],
    ]);
    await hub.handle({ type: 'resume', caseId: 'case-1' });
    expect(hub.view()).toMatchObject({ guideId: 'khai-sinh', step: { id: 'tim-thu-tuc' } }); // "I did this" on "Đăng nhập": on to the search
    cases = await store.cases();
    expect(cases.find((c) => c.id === 'case-2')?.status).toBe('paused');
    const keys = new Set(cases.flatMap((c) => Object.keys(c)));
    expect([...keys].sort()).toEqual([
      'done',
      'guideId',
      'id',
      'number',
      'procedure',
      'startedAt',
      'status',
      'step',
      'times',
      'unitId',
      'updatedAt',
    ]);
  });

  it('records locator failures with step, strategy and the page pattern only, and tallies completed filings', async () => {
    const { hub, store } = await setup('hub-3');
    await hub.handle({ type: 'page', url: 'https://dichvucong.gov.vn/' }, 7);
    await hub.handle({ type: 'start', guideId: 'tam-tru' });
    await hub.handle({ type: 'not-found', step: 'dang-nhap', tried: ['label', 'role'] });
    expect((await store.failures()).map((f) => [f.stepId, f.strategy, f.page, f.count])).toEqual([
      ['dang-nhap', 'label', 'dichvucong.gov.vn/', 1],
      ['dang-nhap', 'role', 'dichvucong.gov.vn/', 1],
    ]);
    expect(hub.view()?.state.stepStatus).toBe('fallback');
    for (let i = 0; i < 40 && hub.view()?.state.status !== 'completed'; i++) await hub.handle({ type: 'manual' });
    const done = await store.cases();
    expect(done[0]).toMatchObject({ status: 'completed', completedAt: '2026-11-27T08:00:00.000Z' });
    const rows = tallies(done);
    expect(rows).toEqual([{ month: '2026-11', procedure: 'tam-tru', level: expect.any(String), count: 1 }]);
    // The same filing walked as an author's "Thử" of a draft counts for nothing.
    expect(tallies(done.map((c) => ({ ...c, guideId: TRIAL_ID })))).toEqual([]);
    const csv = talliesCsv(rows, 'vi');
    expect(csv.startsWith('\uFEFFmonth,procedure_id,procedure,online_level,completed\r\n')).toBe(true);
    expect(csv).toContain('2026-11,tam-tru,Đăng ký tạm trú,');
  });

  it('keeps the office chosen in the step that remembers it, for this case only, and nothing else', async () => {
    const { hub, store } = await setup('hub-agency');
    await hub.handle(
      {
        type: 'page',
        url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/1#papi-guide=khai-sinh',
        deepLink: 'khai-sinh',
      },
      3,
    );
    expect(hub.view()?.step.id).toBe('chon-tinh');
    // Not the step that remembers: ignored (a province, or a list of the e-form).
    await hub.handle({ type: 'agency', step: 'chon-tinh', name: 'Phường Vĩnh Phước' });
    expect(hub.view()?.agencyName).toBeUndefined();
    for (const id of ['chon-tinh', 'chon-can-tho', 'chon-xa']) await hub.handle({ type: 'condition-met', step: id });
    expect(hub.view()?.step.id).toBe('chon-don-vi');
    await hub.handle({ type: 'agency', step: 'chon-don-vi', name: 'Thành phố Cần Thơ' }); // not a ward's name
    expect(hub.view()?.agencyName).toBeUndefined();
    await hub.handle({ type: 'agency', step: 'chon-don-vi', name: '  Phường Khánh Hòa ' });
    expect(hub.view()?.agencyName).toBe('Phường Khánh Hòa');
    expect((await store.cases())[0]?.agency).toBe('Phường Khánh Hòa');
    // A new case (another resident) starts without it.
    await hub.handle({ type: 'start', guideId: 'khai-sinh' });
    expect(hub.view()?.agencyName).toBeUndefined();
  });

  it('follows the sign-on taken from "Nộp trực tuyến" by its screens, and keeps the way back with the case', async () => {
    const { hub, store } = await setup('hub-signon');
    await hub.handle(
      {
        type: 'page',
        url: 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=1#papi-guide=khai-sinh',
        deepLink: 'khai-sinh',
      },
      3,
    );
    expect(hub.view()?.step.id).toBe('nop-truc-tuyen');
    await hub.handle({ type: 'page', url: 'https://sso.dancuquocgia.gov.vn/auth?response_type=code' }, 3);
    // On the sign-on host the page tells which screen it is: the view lists the screens to look for.
    expect(hub.view()?.screens?.map((s) => s.step)).toEqual([
      'vneid-tai-khoan',
      'vneid-otp',
      'vneid-chia-se',
      'vneid-passcode',
    ]);
    await hub.handle({ type: 'screen', step: 'vneid-otp' });
    expect(hub.view()).toMatchObject({
      step: { id: 'vneid-otp' },
      state: { onStepPage: true, detour: { rejoining: false } },
    });
    expect((await store.cases())[0]?.detour).toMatchObject({ rejoining: false });
    // The background restarts (an MV3 worker sleeps): the way back is kept.
    const again = new Hub({
      store,
      guides: BUILT_IN,
      settings: async () => ({ locale: 'vi' }),
      broadcast: () => undefined,
    });
    await again.handle({ type: 'page', url: 'https://dichvucong.gov.vn/tim-kiem-thu-tuc-hanh-chinh?formalityId=1' }, 3);
    expect(again.view()?.step.id).toBe('nop-truc-tuyen');
    expect(again.view()?.state.detour).toBeUndefined();
    expect((await store.cases())[0]?.detour).toBeUndefined();
  });

  it('changes language and drops a discarded case', async () => {
    const { hub, store, setSettings } = await setup('hub-4');
    await hub.handle({ type: 'start', guideId: 'ket-hon' });
    setSettings({ locale: 'km' });
    await hub.handle({ type: 'settings-changed' });
    expect(hub.view()).toMatchObject({ locale: 'km', labels: { next: 'បន្ទាប់' } });
    expect(hub.view()?.unitName).toBeUndefined();
    await hub.handle({ type: 'discard', caseId: 'case-1' });
    expect(hub.view()).toBeNull();
    expect(await store.cases()).toEqual([]);
  });

  it('resumes the open case when the deep link is followed again (a reloaded tab), instead of a duplicate', async () => {
    const { hub, store } = await setup('hub-5');
    const link = {
      type: 'page',
      url: 'https://dichvucong.gov.vn/thu-tuc-hanh-chinh/abc',
      deepLink: 'khai-sinh',
    } as const;
    await hub.handle(link, 7);
    await hub.handle({ type: 'manual' });
    await hub.handle({ type: 'manual' });
    expect(hub.view()).toMatchObject({ caseId: 'case-1', step: { id: 'chon-xa' } });
    // The same tab again, while the case runs: the same case, at the same step.
    await hub.handle(link, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-1', step: { id: 'chon-xa' } });
    // Another resident's khai-tu case meanwhile pauses it; the khai-sinh link then asks, and on "yes" resumes it.
    await hub.handle({ type: 'start', guideId: 'khai-tu' });
    expect(hub.view()?.caseId).toBe('case-2');
    await hub.handle(link, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-2', linkOffer: { guideId: 'khai-sinh' } });
    await hub.handle({ type: 'link-answer', guideId: 'khai-sinh', replace: true }, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-1', guideId: 'khai-sinh', step: { id: 'chon-xa' } });
    expect(hub.view()?.linkOffer).toBeUndefined();
    expect(hub.view()?.state.done.slice(7, 10)).toEqual(['manual', 'manual', null]);
    const cases = await store.cases();
    expect(cases.map((c) => [c.id, c.status]).sort()).toEqual([
      ['case-1', 'active'],
      ['case-2', 'paused'],
    ]);
    // From the panel, a new case for a new resident is still possible.
    await hub.handle({ type: 'start', guideId: 'khai-sinh' });
    expect(hub.view()?.caseId).toBe('case-3');
  });

  it('starts a new case from a deep link when the open case of that guide is old, or filed', async () => {
    const { hub, store } = await setup('hub-6');
    const old = new Date(new Date('2026-11-27T08:00:00Z').getTime() - DEEP_LINK_RESUME_MS - 60_000).toISOString();
    await store.putCase({
      id: 'old',
      number: 1,
      guideId: 'khai-sinh',
      procedure: 'khai-sinh',
      status: 'paused',
      step: 5,
      done: [],
      startedAt: old,
      updatedAt: old,
      times: [],
    });
    await hub.handle({ type: 'page', url: 'https://dichvucong.gov.vn/', deepLink: 'khai-sinh' }, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-1', state: { step: 0 } });
  });

  it('does not file a case when a portal link opens the last step’s page mid-guide (QA: "Tra cứu hồ sơ")', async () => {
    const { hub, store } = await setup('hub-7');
    await hub.handle({ type: 'page', url: 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=1' }, 7);
    await hub.handle({ type: 'start', guideId: 'khai-sinh' });
    await hub.handle({ type: 'manual' }); // quan-he → loai-dang-ky
    await hub.handle({ type: 'manual' }); // → ho-ten-tre (the QA's step 15)
    expect(hub.view()?.step.id).toBe('ho-ten-tre');
    await hub.handle({ type: 'page', url: 'https://dichvucong.gov.vn/tra-cuu-ho-so' }, 7);
    expect(hub.view()).toMatchObject({ step: { id: 'ho-ten-tre' }, state: { status: 'running', onStepPage: false } });
    // Even the last step chosen in the panel and "I did this" there does not file it.
    await hub.handle({ type: 'goto', step: guideById('khai-sinh')!.steps.length - 1 });
    await hub.handle({ type: 'manual' });
    expect(hub.view()).toMatchObject({ step: { id: 'ho-ten-tre' }, state: { status: 'running' } });
    const cases = await store.cases();
    expect(cases[0]).toMatchObject({ status: 'active' });
    expect(cases[0]?.completedAt).toBeUndefined();
    expect(tallies(cases)).toEqual([]);
  });

  it('asks before a deep link replaces the case in progress; declining keeps it, and the question goes with the case', async () => {
    const { hub, store, sent, setSettings } = await setup('hub-8');
    await hub.handle({ type: 'start', guideId: 'khai-tu' });
    await hub.handle({ type: 'manual' });
    const link = { type: 'page', url: 'https://dichvucong.gov.vn/', deepLink: 'khai-sinh' } as const;
    await hub.handle(link, 7);
    // The case in progress goes on; the page is told to ask, in the clerk's language, naming both.
    expect(sent.at(-1)?.view).toMatchObject({ caseId: 'case-1', guideId: 'khai-tu', step: { id: 'tim-thu-tuc' } });
    const offer = hub.view()?.linkOffer;
    expect(offer).toMatchObject({ guideId: 'khai-sinh', lang: 'vi', keep: 'Tiếp tục hồ sơ đang làm' });
    expect(offer?.text).toContain('Hồ sơ #1');
    expect(offer?.text).toContain('Đăng ký khai sinh');
    setSettings({ locale: 'km' });
    await hub.handle({ type: 'settings-changed' });
    expect(hub.view()?.linkOffer).toMatchObject({ lang: 'km', replace: 'ចាប់ផ្តើមការណែនាំថ្មី' });
    // An answer about another guide than the one asked about changes nothing.
    await hub.handle({ type: 'link-answer', guideId: 'ket-hon', replace: true }, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-1', linkOffer: { guideId: 'khai-sinh' } });
    await hub.handle({ type: 'link-answer', guideId: 'khai-sinh', replace: false }, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-1', guideId: 'khai-tu', step: { id: 'tim-thu-tuc' } });
    expect(hub.view()?.linkOffer).toBeUndefined();
    expect((await store.cases()).map((c) => [c.id, c.status])).toEqual([['case-1', 'active']]);
    // A late "yes" after the answer does nothing either.
    await hub.handle({ type: 'link-answer', guideId: 'khai-sinh', replace: true }, 7);
    expect(hub.view()?.guideId).toBe('khai-tu');
    // Asked again, then the case is paused from the panel: the question goes with it.
    await hub.handle(link, 7);
    expect(hub.view()?.linkOffer?.guideId).toBe('khai-sinh');
    await hub.handle({ type: 'pause' });
    expect(hub.view()).toBeNull();
    // With no case in progress, the link starts its guide at once.
    await hub.handle(link, 7);
    expect(hub.view()).toMatchObject({ caseId: 'case-2', guideId: 'khai-sinh' });
    expect(hub.view()?.linkOffer).toBeUndefined();
  });

  it('keys locator failures by the step’s URL pattern, never by a path or query holding a dossier code', async () => {
    const { hub, store } = await setup('hub-9');
    const code = 'G22.99-251127-0042';
    const form = `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=1&maHoSo=${code}`;
    await hub.handle({ type: 'page', url: form }, 7);
    await hub.handle({ type: 'start', guideId: 'khai-sinh' });
    const step = hub.view()!.step;
    await hub.handle({ type: 'not-found', step: step.id, tried: ['label'] });
    // The same failure on another dossier's page counts under the same key.
    await hub.handle({ type: 'page', url: form.replace(code, 'G22.99-251127-0043') }, 7);
    await hub.handle({ type: 'not-found', step: step.id, tried: ['label'] });
    const failures = await store.failures();
    expect(failures.map((f) => [f.stepId, f.page, f.count])).toEqual([
      [step.id, 'dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId', 2],
    ]);
    expect(step.url).toContain(failures[0]!.page);
    expect(JSON.stringify(failures)).not.toMatch(/G22|0042|0043|maHoSo/);
    // A dossier code in the path itself: the pattern it matched, with * where the code was.
    expect(
      stepPagePattern(['dichvucong.gov.vn/ho-so/*/chi-tiet'], `https://dichvucong.gov.vn/ho-so/${code}/chi-tiet`),
    ).toBe('dichvucong.gov.vn/ho-so/*/chi-tiet');
    // A page matching none of the step's patterns: the patterns, not the page.
    expect(stepPagePattern(['a.vn/x', 'a.vn/y'], `https://a.vn/ho-so/${code}`)).toBe('a.vn/x | a.vn/y');
  });

  it(`keeps at most ${MAX_FAILURES} failure records, dropping the ones seen least recently`, async () => {
    const store = await Store.open('hub-10');
    const at = (i: number): string => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
    for (let i = 0; i < MAX_FAILURES; i++)
      await store.recordFailure({ guideId: 'g', stepId: `s${i}`, strategy: 'label', page: 'a.vn/' }, at(i));
    // s0 is seen again, so s1 is now the least recently seen.
    await store.recordFailure({ guideId: 'g', stepId: 's0', strategy: 'label', page: 'a.vn/' }, at(MAX_FAILURES));
    await store.recordFailure({ guideId: 'g', stepId: 'new', strategy: 'label', page: 'a.vn/' }, at(MAX_FAILURES + 1));
    const steps = (await store.failures()).map((f) => f.stepId);
    expect(steps).toHaveLength(MAX_FAILURES);
    expect(steps).toContain('new');
    expect(steps).toContain('s0');
    expect(steps).not.toContain('s1');
    expect(steps).toContain('s2');
    store.close();
  });

  it('drops the failure records of version 1, kept by raw path, and keeps the cases', async () => {
    const old = await openDB('hub-11', 1, {
      upgrade(d) {
        d.createObjectStore('cases', { keyPath: 'id' }).createIndex('status', 'status');
        d.createObjectStore('failures', { keyPath: 'key' });
      },
    });
    await old.put('failures', { key: 'k', path: '/ho-so/G22.99-251127-0042', count: 1 });
    await old.put('cases', { id: 'c1', status: 'paused', updatedAt: '2026-01-01T00:00:00Z' });
    old.close();
    const store = await Store.open('hub-11');
    expect(await store.failures()).toEqual([]);
    expect((await store.cases()).map((c) => c.id)).toEqual(['c1']);
    store.close();
  });

  it('follows the guide book: a replaced guide goes on at its step, a removed one pauses its case until it is back', async () => {
    const base = guideById('khai-tu')!;
    const imported = { ...base, id: 'khai-tu-xa', title: { ...base.title, vi: 'Khai tử (bản của xã)' } };
    const book = liveGuideBook([...GUIDE_DATA, imported]);
    const { hub, store, sent } = await setup('hub-book', book);
    await hub.handle({ type: 'start', guideId: 'khai-tu-xa' });
    await hub.handle({ type: 'manual' });
    // "I did this" on the sign-on: on past its screens, to a step of the guide's own.
    const at = hub.view()!.state.step;
    expect(at).toBeGreaterThan(0);

    // Another guide imported: the case is not touched.
    book.set([...GUIDE_DATA, imported, { ...imported, id: 'khac' }]);
    await hub.guidesChanged();
    expect(hub.view()).toMatchObject({ guideId: 'khai-tu-xa', state: { step: at } });

    // The author's repaired version replaces it: the same case, at the same step, with the new texts.
    const steps = imported.steps.map((s, i) =>
      i === at ? { ...s, title: { ...s.title, vi: 'Tìm thủ tục (đã sửa)' } } : s,
    );
    book.set([...GUIDE_DATA, { ...imported, steps }]);
    expect(book.refused).toEqual([]);
    await hub.guidesChanged();
    expect(hub.view()).toMatchObject({
      guideId: 'khai-tu-xa',
      caseNumber: 1,
      state: { step: at },
      step: { title: { vi: 'Tìm thủ tục (đã sửa)' } },
    });

    // Removed: the case is paused, kept, and the panel and the page are told there is no guide running.
    book.set([...GUIDE_DATA]);
    await hub.guidesChanged();
    expect(hub.view()).toBeNull();
    expect(sent.at(-1)).toEqual({ type: 'state', view: null });
    expect((await store.cases()).map((c) => [c.guideId, c.status, c.step])).toEqual([['khai-tu-xa', 'paused', at]]);
    // A resume finds no guide and changes nothing.
    await hub.handle({ type: 'resume', caseId: 'case-1' });
    expect(hub.view()).toBeNull();

    // Imported again: the case goes on where it was.
    book.set([...GUIDE_DATA, { ...imported, steps }]);
    await hub.guidesChanged();
    await hub.handle({ type: 'resume', caseId: 'case-1' });
    expect(hub.view()).toMatchObject({ guideId: 'khai-tu-xa', state: { step: at } });
  });
});
