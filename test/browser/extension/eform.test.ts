import type { FileChooser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import { command, formUrl, getView, gotoStep, interceptChoosers, launchWithExtension, SCAN, setUnit, uploadOn, type Harness } from './support.js';

const stepId = async (h: Harness): Promise<string | undefined> => (await getView(h.panel))?.step.id;
const target = (page: Page) => page.locator('[data-papi-target]');

// The e-form as PORTAL.md describes it, step by step, on the replica: what makes each step done.
describe('khai-sinh on the replica e-form', () => {
  let h: Harness;
  let page: Page;
  let choosers: FileChooser[];
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
    page = await h.context.newPage();
    choosers = interceptChoosers(page).choosers;
  });
  afterAll(async () => {
    await h?.close();
  });

  it('starts on the form at its first step', async () => {
    await page.goto(formUrl('khai-sinh'));
    await expect.poll(() => stepId(h), { timeout: 10_000 }).toBe('quan-he');
  });

  it('an upload is done when the file’s name shows in its row, not on the click that opens the picker', async () => {
    await gotoStep(h.panel, 'tai-giay-to');
    const birthRow = page.locator('tr', { hasText: 'Giấy chứng sinh' });
    await expect.poll(() => target(page).evaluate((el) => el.closest('tr')?.textContent ?? '')).toContain('Giấy chứng sinh');
    // The clerk cancels the picker: still this step.
    await uploadOn(page, target(page), null, choosers);
    // A file over 2 MB is refused by the portal: still this step, once the portal has said so.
    await uploadOn(page, target(page), { name: 'to-qua-lon.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) }, choosers);
    await page.getByText('Vui lòng chọn tệp nhỏ hơn 2MB!').waitFor();
    expect(await stepId(h)).toBe('tai-giay-to');
    expect(await birthRow.textContent()).not.toContain('.pdf');
    // An accepted file: its name shows in the row, and the guide goes on to the next row that needs a file.
    await uploadOn(page, target(page), SCAN, choosers);
    await expect.poll(() => stepId(h)).toBe('tai-giay-to-khac');
    const v = await getView(h.panel);
    expect(v?.state.done[v.state.step - 1]).toBe('auto');
    await expect.poll(() => target(page).evaluate((el) => el.closest('tr')?.textContent ?? '')).toContain('Giấy tờ chứng minh nơi cư trú');
    await uploadOn(page, target(page), { ...SCAN, name: 'xac-nhan-cu-tru.jpg', mimeType: 'image/jpeg' }, choosers);
    await expect.poll(() => stepId(h)).toBe('nhan-ket-qua');
  });

  it('an upload step whose rows all show their files is done at once', async () => {
    const guide = guideById('khai-sinh')!;
    await command(h.panel, { type: 'goto', step: guide.steps.findIndex((s) => s.id === 'tai-giay-to-khac') });
    await expect.poll(() => stepId(h)).toBe('nhan-ket-qua');
    expect((await getView(h.panel))?.state.done[guide.steps.findIndex((s) => s.id === 'tai-giay-to-khac')]).toBe('auto');
  });
});
