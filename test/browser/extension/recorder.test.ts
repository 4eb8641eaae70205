import { readFileSync } from 'node:fs';
import { validateGuide, type Guide } from '@papi/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../support/browser.js';
import {
  extensionStorageDump,
  getView,
  launchWithExtension,
  PERSONAL,
  PROCS,
  type Harness,
  tipText,
} from './support.js';

// Issue #12 part 1, "done when": an author records a guide on the replica, exports it, imports it in a fresh
// profile, and it runs from its deep link. What the author typed, chose or the address held is in no file.

const ID = 'ghi-lai-lien-thong';
const FORM = `https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=${PROCS['khai-sinh'].caseId}`;
const JOINT = 'Dịch vụ công liên thông: Khai sinh, Khai tử';
/** What must never reach the draft or the file: typed values, the chosen value, the address's codes. */
const SECRETS = [
  PERSONAL.childName,
  PERSONAL.idNumber,
  PERSONAL.date,
  'Đăng ký quá hạn',
  PROCS['khai-sinh'].caseId,
  'c0a80101',
  '3f2a1c52',
];

const focusedText = (panel: Page): Promise<string> =>
  panel.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

/** Presses Tab until the focus is on the button with this text: the control is reachable by keyboard alone. */
async function tabTo(panel: Page, text: string, max = 400): Promise<void> {
  for (let i = 0; i < max; i++) {
    if ((await focusedText(panel)) === text) return;
    await panel.keyboard.press('Tab');
  }
  throw new Error(`"${text}" not reached with Tab`);
}

async function turnOnAuthors(h: Harness): Promise<void> {
  await h.panel.getByRole('button', { name: 'Tùy chọn' }).click();
  await h.panel.getByLabel('Hiện mục “Soạn hướng dẫn”', { exact: false }).check();
  await h.panel.getByText('Đã lưu.').waitFor();
  await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).click();
}

/** A test that drives a few pages of the replica and the panel: time for a busy 2-core machine (as walkBudget). */
const BUDGET = 120_000;

const visible = (page: Page, prefix: string) =>
  page.locator(`[data-name^="${prefix}__"]`).filter({ visible: true }).first();

describe('the guide recorder, from recording to a deep link in a fresh profile', () => {
  let h: Harness;
  let fresh: Harness | undefined;
  let page: Page;
  let exported = '';
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await h?.close();
    await fresh?.close();
  }, BUDGET);

  it(
    'records clicks, a choice and fields across the portal’s pages, keeping no typed value',
    async () => {
      await turnOnAuthors(h);
      const state = h.panel.getByTestId('recorder-state');
      expect(await state.getAttribute('data-recording')).toBe('no');
      expect(await axeViolations(h.panel)).toEqual([]);

      await page.goto('https://dichvucong.gov.vn/');
      await page.getByRole('button', { name: JOINT }).waitFor();
      // Started by keyboard alone, from the section's tab.
      await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).focus();
      await tabTo(h.panel, 'Bắt đầu ghi');
      await h.panel.keyboard.press('Enter');
      await expect.poll(() => state.getAttribute('data-recording')).toBe('yes');
      expect(await state.textContent()).toContain('Đang ghi');
      expect(await state.getAttribute('role')).toBe('status');
      expect(await axeViolations(h.panel)).toEqual([]);

      const steps = h.panel.getByTestId('draft-step');
      await page.getByRole('button', { name: JOINT }).click();
      await expect.poll(() => steps.count()).toBe(1);
      await page.getByRole('link', { name: /đăng ký khai sinh, đăng ký thường trú/ }).click();
      await expect.poll(() => steps.count()).toBe(2);

      // A page load of its own: the new page's content script asks, and goes on recording.
      await page.goto(FORM);
      const name = visible(page, 'citizenHoVaTen_NgdcKS').locator('input');
      await name.waitFor();
      await name.click();
      await name.pressSequentially(PERSONAL.childName);
      await visible(page, 'citizenLoaiDangKy').locator('.sd-dropdown').click();
      await page.getByRole('option', { name: 'Đăng ký quá hạn' }).filter({ visible: true }).click();
      // The birth date, reached and typed by keyboard.
      const date = visible(page, 'citizenNgaythangnamsinh_NgdcKS').locator('input');
      await date.focus();
      await page.keyboard.type(PERSONAL.date);
      await page.keyboard.press('Escape'); // closes the calendar
      await visible(page, 'citizenGioitinh_NgdcKS').getByText('Nữ', { exact: true }).click();
      const id = visible(page, 'citizenNDK_SoDinhDanh').locator('input');
      await id.click();
      await id.pressSequentially(PERSONAL.idNumber);
      await expect.poll(() => steps.count()).toBe(7);

      await h.panel.getByRole('button', { name: 'Dừng ghi' }).click();
      await expect.poll(() => state.getAttribute('data-recording')).toBe('no');
      expect(await h.panel.getByTestId('recorder-ok').textContent()).toContain('Bản nháp có 7 bước');
      // Each step on its page's pattern, with the proposed condition.
      const urls = await h.panel
        .locator('[data-testid=draft-step] textarea[id$="-url"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));
      expect(urls).toEqual([
        'dichvucong.gov.vn/',
        'dichvucong.gov.vn/dich-vu-cong-lien-thong',
        // The e-form's steps take the pattern the shipped guides use for it, with its alternatives.
        ...Array<string>(5).fill('dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId'),
      ]);
      const advances = await h.panel
        .locator('[data-testid=draft-step] select[id$="-advance"]')
        .evaluateAll((els) => els.map((e) => (e as HTMLSelectElement).value));
      expect(advances).toEqual(['click', 'click', 'filled', 'filled', 'filled', 'filled', 'filled']);
      const dump = await extensionStorageDump(h.panel);
      for (const secret of SECRETS) expect(dump).not.toContain(secret);
      expect(await axeViolations(h.panel)).toEqual([]);
    },
    BUDGET,
  );

  it(
    'edits, reorders and deletes by keyboard, refuses an incomplete export with the paths, then exports',
    async () => {
      // Step 4 (the list) up, by keyboard: the focus stays with the moved step.
      await h.panel.getByRole('button', { name: 'Chuyển bước 4 lên' }).focus();
      await h.panel.keyboard.press('Enter');
      await expect.poll(() => focusedText(h.panel)).toBe('Chuyển bước 3 lên');
      await h.panel.getByRole('button', { name: 'Xóa bước 7' }).click();
      const steps = h.panel.getByTestId('draft-step');
      await expect.poll(() => steps.count()).toBe(6);
      await expect.poll(() => focusedText(h.panel)).toBe('Xóa bước 6');

      // Not written yet: refused, each problem with its path, in the clerk's language.
      await h.panel.getByRole('button', { name: 'Xuất tệp' }).click();
      const refused = h.panel.getByTestId('recorder-refused');
      await expect.poll(() => refused.textContent()).toContain('Chưa xuất tệp');
      expect(await refused.textContent()).toContain('steps[0].title.vi');
      expect(await refused.textContent()).toMatch(/\bid\b/);
      expect(await axeViolations(h.panel)).toEqual([]);

      await h.panel.locator('#draft-id').fill(ID);
      await h.panel.locator('#draft-title-vi').fill('Ghi lại: liên thông khai sinh');
      const ids = await steps.evaluateAll((els) => els.map((e) => e.getAttribute('data-key')!));
      for (const [i, key] of ids.entries()) {
        await h.panel.locator(`[id="step-${key}-title-vi"]`).fill(`Bước ghi ${i + 1}`);
        await h.panel.locator(`[id="step-${key}-tip-vi"]`).fill(`Gợi ý ${i + 1}`);
        await h.panel.locator(`[id="step-${key}-instructions-vi"]`).fill(`Hướng dẫn ${i + 1}`);
      }
      // The translations fold away until asked for.
      const enTitle = h.panel.locator(`[id="step-${ids[0]}-title-en"]`);
      expect(await enTitle.isVisible()).toBe(false);
      await steps.first().getByText('Tiếng Anh và tiếng Khmer', { exact: false }).click();
      await enTitle.fill('Open the joint services');
      await h.panel.locator(`[id="step-${ids[0]}-title-km"]`).fill('បើកសេវារួម');
      expect(await axeViolations(h.panel)).toEqual([]);

      const [download] = await Promise.all([
        h.panel.waitForEvent('download'),
        h.panel.getByRole('button', { name: 'Xuất tệp' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`${ID}.json`);
      exported = readFileSync(await download.path(), 'utf8');
      await expect.poll(() => h.panel.getByTestId('recorder-ok').textContent()).toContain(`Đã xuất tệp “${ID}.json”`);

      const checked = validateGuide(JSON.parse(exported));
      expect(checked.ok ? [] : checked.issues).toEqual([]);
      const guide = JSON.parse(exported) as Guide;
      expect(guide.steps.map((s) => s.title.vi)).toEqual([1, 2, 3, 4, 5, 6].map((i) => `Bước ghi ${i}`));
      expect(guide.steps[0]!.title).toEqual({ vi: 'Bước ghi 1', en: 'Open the joint services', km: 'បើកសេវារួម' });
      // English and Khmer left empty take the Vietnamese.
      expect(guide.steps[1]!.tip).toEqual({ vi: 'Gợi ý 2', en: 'Gợi ý 2', km: 'Gợi ý 2' });
      expect(guide.steps[0]!.target).toMatchObject({ label: JOINT });
      expect(guide.steps[2]!.target?.dataName).toBe('citizenLoaiDangKy');
      expect(guide.steps[3]!.target?.dataName).toBe('citizenHoVaTen_NgdcKS');
      expect(guide.steps.some((s) => s.target?.dataName === 'citizenNDK_SoDinhDanh')).toBe(false);
      for (const secret of SECRETS) expect(exported).not.toContain(secret);
      expect(exported).not.toMatch(/formalityCaseId=/);

      // Opened again, the panel folds the steps already written: the draft reads as a list of titles.
      await h.panel.reload();
      await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).click();
      await expect.poll(() => steps.count()).toBe(6);
      expect(await steps.locator('details.step-body[open]').count()).toBe(0);
      expect(await steps.first().locator('summary').first().textContent()).toBe(
        'Đủ chữ tiếng Việt (mở để xem hoặc sửa)',
      );
      expect(await h.panel.locator(`[id="step-${ids[0]}-title-vi"]`).isVisible()).toBe(false);
      expect(await axeViolations(h.panel)).toEqual([]);
    },
    BUDGET,
  );

  it(
    '“Try it” runs the draft on the open portal page as a guide',
    async () => {
      await page.goto('https://dichvucong.gov.vn/');
      await page.getByRole('button', { name: JOINT }).waitFor();
      await h.panel.getByRole('button', { name: 'Thử', exact: true }).click();
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('ban-nhap-thu');
      expect((await getView(h.panel))?.stepCount).toBe(6);
      await expect.poll(() => tipText(page)).toContain('Bước ghi 1');
    },
    BUDGET,
  );

  it('imported in a fresh profile, it runs from its deep link and moves on the recorded action', async () => {
    fresh = await launchWithExtension('normal');
    await turnOnAuthors(fresh);
    await fresh.panel
      .locator('#guide-file')
      .setInputFiles({ name: `${ID}.json`, mimeType: 'application/json', buffer: Buffer.from(exported) });
    await expect.poll(() => fresh!.panel.getByTestId('import-ok').textContent()).toContain(`#papi-guide=${ID}`);

    const tab = await fresh.context.newPage();
    await tab.goto(`https://dichvucong.gov.vn/#papi-guide=${ID}`);
    await expect.poll(async () => (await getView(fresh!.panel))?.guideId).toBe(ID);
    await expect.poll(() => tipText(tab)).toContain('Gợi ý 1');
    await expect.poll(async () => (await getView(fresh!.panel))?.state.stepStatus).toBe('found');
    await tab.getByRole('button', { name: JOINT }).click();
    await expect.poll(async () => (await getView(fresh!.panel))?.state.step).toBe(1);
    await expect.poll(() => tipText(tab)).toContain('Gợi ý 2');
    await tab.getByRole('link', { name: /đăng ký khai sinh, đăng ký thường trú/ }).click();
    await expect.poll(async () => (await getView(fresh!.panel))?.state.step).toBe(2);
  });
});
