import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { Hub } from './hub.js';
import type { StateMessage } from './messages.js';
import type { Settings } from './settings.js';
import { Store } from './store.js';
import { tallies, talliesCsv } from './tallies.js';

const setup = async (name: string) => {
  const store = await Store.open(name);
  const sent: StateMessage[] = [];
  let settings: Settings = { locale: 'vi', unitId: 'phuong-vinh-phuoc-2025' };
  let n = 0;
  const hub = new Hub({ store, settings: async () => settings, broadcast: (m) => sent.push(m), now: () => new Date('2026-11-27T08:00:00Z'), newId: () => `case-${++n}` });
  return { store, hub, sent, setSettings: (s: Settings) => (settings = s) };
};

describe('background hub', () => {
  it('starts a guide from a deep link and follows the page', async () => {
    const { hub, sent } = await setup('hub-1');
    await hub.handle({ type: 'page', url: 'https://dichvucong.gov.vn/#papi-guide=khai-sinh', deepLink: 'khai-sinh' }, 7);
    expect(sent.at(-1)?.view).toMatchObject({ guideId: 'khai-sinh', step: { id: 'dang-nhap' }, unitName: 'Phường Vĩnh Phước', caseNumber: 1 });
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
    expect(hub.view()).toMatchObject({ guideId: 'khai-sinh', state: { step: 1 } });
    cases = await store.cases();
    expect(cases.find((c) => c.id === 'case-2')?.status).toBe('paused');
    const keys = new Set(cases.flatMap((c) => Object.keys(c)));
    expect([...keys].sort()).toEqual(['done', 'guideId', 'id', 'number', 'procedure', 'startedAt', 'status', 'step', 'times', 'unitId', 'updatedAt']);
  });

  it('records locator failures with step, strategy and path only, and tallies completed filings', async () => {
    const { hub, store } = await setup('hub-3');
    await hub.handle({ type: 'start', guideId: 'tam-tru' });
    await hub.handle({ type: 'not-found', step: 'dang-nhap', tried: ['label', 'role'], path: '/' });
    expect((await store.failures()).map((f) => [f.stepId, f.strategy, f.path, f.count])).toEqual([
      ['dang-nhap', 'label', '/', 1],
      ['dang-nhap', 'role', '/', 1],
    ]);
    expect(hub.view()?.state.stepStatus).toBe('fallback');
    for (let i = 0; i < 40 && hub.view()?.state.status !== 'completed'; i++) await hub.handle({ type: 'manual' });
    const done = await store.cases();
    expect(done[0]).toMatchObject({ status: 'completed', completedAt: '2026-11-27T08:00:00.000Z' });
    const rows = tallies(done);
    expect(rows).toEqual([{ month: '2026-11', procedure: 'tam-tru', level: expect.any(String), count: 1 }]);
    const csv = talliesCsv(rows, 'vi');
    expect(csv.startsWith('\uFEFF"month","procedure_id","procedure","online_level","completed"\r\n')).toBe(true);
    expect(csv).toContain('"2026-11","tam-tru","Đăng ký tạm trú"');
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
});
