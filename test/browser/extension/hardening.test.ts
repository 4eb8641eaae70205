import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import { axeViolations } from '../../support/browser.js';
import {
  command,
  extensionStorageDump,
  formUrl,
  getView,
  gotoStep,
  withPortalTab,
  PROCS,
  type Harness,
} from './support.js';

const KHAI_SINH = guideById('khai-sinh')!;
const indexOf = (id: string): number => KHAI_SINH.steps.findIndex((s) => s.id === id);

/** The cases the extension keeps, as the panel's IndexedDB has them. */
async function storedCases(
  h: Harness,
): Promise<{ id: string; guideId: string; status: string; completedAt?: string }[]> {
  const dump = JSON.parse(await extensionStorageDump(h.panel)) as Record<string, unknown>;
  return (dump['papi-extension/cases'] as { id: string; guideId: string; status: string }[] | undefined) ?? [];
}

/** What the portal's own scripts can do to the tip: its shadow root is open, so they reach its buttons. */
function pressTipButtonsFromPage(page: Page, actions: string[]): Promise<number> {
  return page.evaluate((names) => {
    let pressed = 0;
    for (const host of document.querySelectorAll('[data-papi-overlay]'))
      for (const name of names)
        for (const b of host.shadowRoot?.querySelectorAll<HTMLButtonElement>(`[data-action="${name}"]`) ?? []) {
          b.click();
          b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
          pressed++;
        }
    return pressed;
  }, actions);
}

// Issue #12 part 7: the portal's scripts (running in the page, where page.evaluate runs) cannot mark steps done,
// file cases or answer the extension's questions; the clerk's real input (playwright's) does.
describe('the extension on the replica acts only on the clerk’s own input', () => {
  let h: Harness;
  let page: Page;
  withPortalTab((opened) => ({ h, page } = opened));

  it('a click step: the page’s synthetic clicks and key presses do nothing, a real click moves on', async () => {
    await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCS['khai-sinh'].id}#papi-guide=khai-sinh`);
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('chon-tinh');
    const target = page.locator('[data-papi-target]');
    await target.waitFor({ state: 'attached' });
    const dispatched = await page.evaluate(() => {
      const el = document.querySelector<HTMLElement>('[data-papi-target]')!;
      el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
      el.click();
      return el.textContent;
    });
    expect(dispatched).toContain('Chọn Tỉnh/ Thành phố');
    expect(await pressTipButtonsFromPage(page, ['manual', 'next'])).toBe(2);
    // The page's events were sent before the real click: had any counted, the guide would be further on now,
    // or "chon-tinh" would be done by hand.
    await target.click();
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('chon-can-tho');
    const v = (await getView(h.panel))!;
    expect(v.state.done[indexOf('chon-tinh')]).toBe('auto');
    expect(v.state.done[indexOf('chon-can-tho')]).toBeNull();
  });

  it('a field step: a value and input events from the page’s script do not do it; the clerk leaving the field does', async () => {
    await page.goto(formUrl('khai-sinh'));
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
    await gotoStep(h.panel, 'ho-ten-tre');
    const field = page.locator('[data-papi-target]');
    await field.waitFor({ state: 'attached' });
    await page.evaluate(() => {
      const q = document.querySelector('[data-papi-target]')!;
      const input = (q.matches('input') ? q : q.querySelector('input'))! as HTMLInputElement;
      input.value = 'NGUYỄN VĂN A';
      for (const type of ['input', 'change', 'keyup', 'focusout', 'blur'])
        input.dispatchEvent(new Event(type, { bubbles: true }));
      input.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    });
    expect(await pressTipButtonsFromPage(page, ['manual', 'next', 'manual'])).toBe(3);
    // The clerk's own keystrokes: into the field (already holding the script's text) and out of it.
    const input = page.locator('[data-papi-target] input, input[data-papi-target]').first();
    await input.focus();
    await input.press('End');
    await input.press('Tab');
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ngay-sinh-tre');
    const v = (await getView(h.panel))!;
    expect(v.state.done[indexOf('ho-ten-tre')]).toBe('auto');
    expect(v.state.done[indexOf('ngay-sinh-tre')]).toBeNull();
  });

  it('the last step: the page pressing "I did this" files nothing and counts nothing; the clerk’s press does', async () => {
    // A new case on the form (the steps before it count as done before it started), and every step before the
    // last one done from the panel (a trusted sender): "I did this" on the last step would file it.
    await command(h.panel, { type: 'start', guideId: 'khai-sinh' });
    expect((await getView(h.panel))?.step.id).toBe('quan-he');
    for (let n = 0; n < 60 && (await getView(h.panel))?.step.id !== 'ma-ho-so'; n++)
      await command(h.panel, { type: 'manual' });
    expect((await getView(h.panel))?.step.id).toBe('ma-ho-so');
    const manual = page.locator('[data-papi-overlay] [data-action="manual"]');
    await manual.waitFor({ state: 'visible' });
    expect(await pressTipButtonsFromPage(page, ['manual', 'manual', 'next'])).toBeGreaterThanOrEqual(3);
    // A real press on "‹ Trước" after them: had the page's presses counted, the case would be filed and the tip gone.
    await page.locator('[data-papi-overlay] [data-action="back"]').click();
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('luu-va-nop');
    expect((await getView(h.panel))?.state.status).toBe('running');
    expect((await storedCases(h)).filter((c) => c.status === 'completed' || c.completedAt)).toEqual([]);
    await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
    const tallies = h.panel.getByRole('heading', { name: 'Số hồ sơ đã nộp có hướng dẫn' });
    await expect.poll(() => tallies.locator('xpath=following-sibling::*[1]').textContent()).toBe('Chưa có số liệu.');
    // The clerk: on to the last step and "Tôi đã làm" there. The case is filed and counted.
    await command(h.panel, { type: 'manual' });
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('ma-ho-so');
    await manual.click();
    await expect.poll(async () => (await getView(h.panel))?.state.status).toBe('completed');
    expect((await storedCases(h)).filter((c) => c.status === 'completed')).toHaveLength(1);
    await h.panel.getByRole('button', { name: 'Thủ tục' }).click();
    await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
    await expect.poll(() => h.panel.locator('table').first().textContent()).toContain('Đăng ký khai sinh');
  });

  it('a deep link that would replace the case in progress asks first, by keyboard; the page cannot answer for the clerk', async () => {
    await page.goto(formUrl('khai-sinh'));
    await expect
      .poll(async () => {
        const v = await getView(h.panel);
        return v?.guideId === 'khai-sinh' && v.state.status === 'running';
      })
      .toBe(true);
    const inProgress = (await getView(h.panel))!;
    await page.goto(formUrl('khai-tu'));
    const dialog = page.getByRole('alertdialog', { name: 'Mở hướng dẫn khác?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(`Hồ sơ #${inProgress.caseNumber}`);
    expect(await dialog.textContent()).toContain('Đăng ký khai tử');
    // The link is taken out of the address, the case in progress goes on meanwhile.
    expect(page.url()).not.toContain('papi-guide');
    expect((await getView(h.panel))?.caseId).toBe(inProgress.caseId);
    // axe-core on the extension's own elements (the replica imitates the portal's markup, faults included).
    expect(await axeViolations(page, { include: ['[data-papi-overlay]'] })).toEqual([]);
    const keep = dialog.getByRole('button', { name: 'Tiếp tục hồ sơ đang làm' });
    const replace = dialog.getByRole('button', { name: 'Bắt đầu hướng dẫn mới' });
    await expect.poll(() => keep.evaluate((b) => b.matches(':focus'))).toBe(true);
    // The page's script presses "start the new guide": nothing happens.
    await page.evaluate(() => {
      for (const host of document.querySelectorAll('[data-papi-overlay]'))
        host.shadowRoot?.querySelector<HTMLButtonElement>('[data-answer="replace"]')?.click();
    });
    // Escape keeps the case.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await getView(h.panel))?.caseId).toBe(inProgress.caseId);
    expect((await getView(h.panel))?.linkOffer).toBeUndefined();
    expect((await storedCases(h)).filter((c) => c.guideId === 'khai-tu')).toEqual([]);
    // Again, and this time Tab to "start the new guide" and Enter: the khai-tu case starts, the other is paused.
    await page.goto(formUrl('khai-tu'));
    await dialog.waitFor();
    await expect.poll(() => keep.evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Tab');
    expect(await replace.evaluate((b) => b.matches(':focus'))).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-tu');
    await dialog.waitFor({ state: 'detached' });
    const cases = await storedCases(h);
    expect(cases.find((c) => c.id === inProgress.caseId)?.status).toBe('paused');
    expect(cases.find((c) => c.guideId === 'khai-tu')?.status).toBe('active');
  });

  it('the background refuses the panel’s commands from the content script’s world, and acts on its own reports', async () => {
    await command(h.panel, { type: 'pause' });
    await page.goto(formUrl('khai-sinh'));
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
    const before = await gotoStep(h.panel, 'ho-ten-tre');
    // The background says what it refused, and why, on its console.
    const logged: string[] = [];
    for (const worker of h.context.serviceWorkers()) worker.on('console', (m) => logged.push(m.text()));
    h.context.on('serviceworker', (worker) => worker.on('console', (m) => logged.push(m.text())));
    // The content script's isolated world on the portal page, reached through the DevTools protocol.
    const session = await page.context().newCDPSession(page);
    const worlds: { id: number; origin: string; type?: string }[] = [];
    session.on('Runtime.executionContextCreated', (e) =>
      worlds.push({ id: e.context.id, origin: e.context.origin, type: (e.context.auxData as { type?: string }).type }),
    );
    await session.send('Runtime.enable');
    await expect.poll(() => worlds.some((w) => w.type === 'isolated' && w.origin.includes(h.extensionId))).toBe(true);
    const world = worlds.find((w) => w.type === 'isolated' && w.origin.includes(h.extensionId))!;
    const send = async (message: unknown): Promise<string> => {
      const { result } = await session.send('Runtime.evaluate', {
        contextId: world.id,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((r) => 'answered ' + typeof r, (e) => 'no answer: ' + e.message)`,
        awaitPromise: true,
        returnByValue: true,
      });
      return result.value as string;
    };
    for (const message of [
      { type: 'start', guideId: 'ket-hon' },
      { type: 'discard', caseId: before.caseId },
      { type: 'goto', step: 0 },
      { type: 'get-state' },
      { type: 'page', url: 'https://example.com/', deepLink: 'ket-hon' },
      { type: 'manual', extra: 1 },
    ])
      expect(await send(message), JSON.stringify(message)).toBe('answered undefined');
    await expect
      .poll(() => logged.filter((l) => l.startsWith('papi background: message refused:')))
      .toEqual([
        'papi background: message refused: start: not accepted from the content',
        'papi background: message refused: discard: not accepted from the content',
        'papi background: message refused: goto: not accepted from the content',
        'papi background: message refused: get-state: not accepted from the content',
        'papi background: message refused: page.url: not an address on the portal',
        'papi background: message refused: manual: unknown field extra',
      ]);
    // Its own kind of message, from the same world, is heard: the refusals above are for what they were.
    expect(await send({ type: 'back' })).toBe('answered object');
    await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('loai-dang-ky');
    const after = (await getView(h.panel))!;
    expect(after.caseId).toBe(before.caseId);
    expect(after.guideId).toBe('khai-sinh');
    expect((await storedCases(h)).filter((c) => c.guideId === 'ket-hon')).toEqual([]);
    await session.detach();
  });
});
