import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../support/browser.js';
import { command, extensionStorageDump, getView, launchWithExtension, type Harness, tipText } from './support.js';

// Issue #12 parts 2 and 3: an IT officer imports a guide file in the side panel's Authors section (no rebuild),
// runs it from its deep link and the procedure card, and checks it on an open portal page.

const text = (vi: string, en = vi, km = vi) => ({ vi, en, km });
const ID = 'thu-nghiem-trang-chu';
/** A guide file written by hand, as an author would: steps on the portal's home page, one of them made to fail. */
const GUIDE = {
  id: ID,
  procedure: 'khai-sinh',
  title: text('Thử nghiệm trang chủ', 'Home page trial'),
  summary: text('Một hướng dẫn nhập từ tệp.'),
  startUrl: `https://dichvucong.gov.vn/#papi-guide=${ID}`,
  steps: [
    {
      id: 'tim-kiem',
      url: ['dichvucong.gov.vn/'],
      title: text('Ô tìm kiếm thủ tục'),
      // Markup in a guide is text: the tip shows it as written and never makes an element of it.
      tip: text('Gõ tên thủ tục <img src=x onerror="document.title=1"> vào ô này.'),
      instructions: text('Tìm ô tìm kiếm ở đầu trang.'),
      target: { label: 'Nhập từ khoá tìm kiếm thủ tục hành chính', role: 'textbox' },
      advance: { kind: 'manual' },
    },
    {
      id: 'dang-nhap',
      url: ['dichvucong.gov.vn/'],
      title: text('Nút Đăng nhập'),
      tip: text('Bấm Đăng nhập.'),
      instructions: text('Nút Đăng nhập ở góc trên.'),
      target: { role: 'button', name: 'Đăng nhập' },
      advance: { kind: 'manual' },
    },
    {
      id: 'nut-da-doi',
      url: ['dichvucong.gov.vn/'],
      title: text('Nút đã đổi trên Cổng'),
      tip: text('Nút này không còn.'),
      instructions: text('Nút này không còn.'),
      target: { label: 'Nút không còn trên trang', css: '#khong-con-nua' },
      advance: { kind: 'manual' },
    },
    {
      id: 'ghi-chu',
      url: ['dichvucong.gov.vn/'],
      title: text('Ghi chú'),
      tip: text('Chỉ có chữ.'),
      instructions: text('Chỉ có chữ.'),
      advance: { kind: 'manual' },
    },
    {
      id: 'tra-cuu',
      url: ['dichvucong.gov.vn/tra-cuu-ho-so'],
      title: text('Tra cứu'),
      tip: text('Trang khác.'),
      instructions: text('Trang khác.'),
      target: { label: 'Tra cứu hồ sơ' },
      advance: { kind: 'manual' },
    },
  ],
};
const file = (name: string, value: unknown) => ({
  name,
  mimeType: 'application/json',
  buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)),
});

describe('the Authors section in the side panel', () => {
  let h: Harness;
  let page: Page;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    page = await h.context.newPage();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('is off until turned on in the options, and stays on', async () => {
    const authorsTab = h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true });
    expect(await authorsTab.count()).toBe(0);
    await h.panel.getByRole('button', { name: 'Tùy chọn' }).click();
    await h.panel.getByLabel('Hiện mục “Soạn hướng dẫn”', { exact: false }).check();
    await h.panel.getByText('Đã lưu.').waitFor();
    await h.panel.reload();
    await authorsTab.click();
    await h.panel.getByRole('heading', { name: 'Nhập hướng dẫn từ tệp' }).waitFor();
    expect(await axeViolations(h.panel)).toEqual([]);
  });

  it('imports a guide file, lists it with its source, runs it from its deep link and from the procedure card', async () => {
    await h.panel.locator('#guide-file').setInputFiles(file('trang-chu.json', GUIDE));
    await expect.poll(() => h.panel.getByTestId('import-ok').textContent()).toContain(`#papi-guide=${ID}`);
    const row = h.panel.getByTestId('imported-guides').locator('tbody tr');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('trang-chu.json');
    expect(await row.textContent()).toMatch(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    // Kept in storage.local, where the background reads it.
    expect(await extensionStorageDump(h.panel)).toContain(`"id":"${ID}"`);
    expect(await axeViolations(h.panel)).toEqual([]);

    // The deep link starts it on the portal, and the tip shows its text as text.
    await page.goto(`https://dichvucong.gov.vn/#papi-guide=${ID}`);
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe(ID);
    await expect.poll(() => tipText(page)).toContain('Ô tìm kiếm thủ tục');
    expect(await tipText(page)).toContain('<img src=x onerror="document.title=1">');
    expect(
      await page
        .locator('[data-papi-overlay]')
        .first()
        .evaluate((host) => host.shadowRoot!.querySelectorAll('img').length),
    ).toBe(0);
    await expect.poll(async () => (await getView(h.panel))?.state.stepStatus).toBe('found');

    // The procedure card offers it beside the built-in guide.
    await command(h.panel, { type: 'pause' });
    await h.panel.getByRole('button', { name: 'Thủ tục', exact: true }).click();
    await h.panel.locator('#search').fill('khai sinh');
    await h.panel
      .getByRole('button', { name: /^Đăng ký khai sinh/ })
      .first()
      .click();
    await h.panel.getByRole('button', { name: /Bắt đầu hướng dẫn đã nhập “Thử nghiệm trang chủ”/ }).click();
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe(ID);
    await expect.poll(async () => (await getView(h.panel))?.caseNumber).toBe(2);
  });

  it('"check this guide here" lists the open page’s steps: found (with the strategy) or not found', async () => {
    await page.goto('https://dichvucong.gov.vn/');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).click();
    await h.panel.locator('#check-guide').selectOption(ID);
    await h.panel.getByRole('button', { name: 'Kiểm tra hướng dẫn này ở đây' }).click();
    const rows = h.panel.getByTestId('check-result').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(4);
    const results = await rows.evaluateAll((trs) =>
      trs.map((tr) => [
        tr.getAttribute('data-step'),
        tr.getAttribute('data-result'),
        tr.querySelector('[data-strategy]')?.getAttribute('data-strategy'),
      ]),
    );
    // "Tra cứu" is for another page: not listed.
    expect(results).toEqual([
      ['tim-kiem', 'found', 'label'],
      ['dang-nhap', 'found', 'role'],
      ['nut-da-doi', 'not-found', ''],
      ['ghi-chu', 'no-target', ''],
    ]);
    const status = h.panel.getByTestId('check-status');
    expect(await status.textContent()).toContain('tìm thấy 2, không tìm thấy 1');
    expect(await rows.nth(2).textContent()).toContain('đã thử: nhãn hiển thị, bộ chọn CSS');
    expect(await axeViolations(h.panel)).toEqual([]);
    // In English, at once.
    await h.panel.getByRole('button', { name: 'Tùy chọn' }).click();
    await h.panel.selectOption('#opt-locale', 'en');
    await h.panel.getByRole('button', { name: 'Authors', exact: true }).click();
    await expect.poll(() => status.textContent()).toContain('2 found, 1 not found');
    await h.panel.getByRole('button', { name: 'Options' }).click();
    await h.panel.selectOption('#opt-locale', 'vi');
    await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).click();
  });

  it('the locator-failure report links to the check for its guide and step', async () => {
    // The failing step, made current on the page, is recorded in the report.
    await page.goto(`https://dichvucong.gov.vn/#papi-guide=${ID}`);
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe(ID);
    await command(h.panel, { type: 'goto', step: 2 });
    await expect.poll(async () => (await getView(h.panel))?.state.stepStatus).toBe('fallback');
    await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
    await h.panel
      .getByRole('button', { name: `Kiểm tra “${ID}” ở đây (bước nut-da-doi)` })
      .first()
      .click();
    const marked = h.panel.getByTestId('check-result').locator('tr.is-current');
    await expect.poll(() => marked.getAttribute('data-step')).toBe('nut-da-doi');
    expect(await marked.getAttribute('data-result')).toBe('not-found');
    expect(await marked.textContent()).toContain('(bước trong báo cáo)');
  });

  it('refuses a broken file, naming the path, and keeps what is stored', async () => {
    const broken = structuredClone(GUIDE) as unknown as { steps: Record<string, unknown>[] };
    broken.steps[3] = { ...broken.steps[3], target: { label: 'Ghi chú', name: 'Ghi chú' } };
    await h.panel.locator('#guide-file').setInputFiles(file('hong.json', { ...broken, id: 'hong' }));
    const alert = h.panel.getByTestId('import-refused');
    await expect.poll(() => alert.textContent()).toContain('steps[3].target.role');
    expect(await alert.textContent()).toContain('Không nhập tệp “hong.json”');
    expect(await alert.getAttribute('role')).toBe('alert');
    await h.panel.locator('#guide-file').setInputFiles(file('khong-phai-json.json', '{"id": "x",'));
    await expect.poll(() => alert.textContent()).toContain('khong-phai-json.json');
    await h.panel.locator('#guide-file').setInputFiles(file('lon.json', `"${'x'.repeat(300 * 1024)}"`));
    await expect.poll(() => alert.textContent()).toContain('lớn hơn 256 KB');
    expect(await h.panel.getByTestId('imported-guides').locator('tbody tr').count()).toBe(1);
    expect(await axeViolations(h.panel)).toEqual([]);
  });

  it('asks, by keyboard, when the id is a built-in guide’s: Escape imports nothing, Enter keeps a new version', async () => {
    const input = h.panel.locator('#guide-file');
    const sameId = { ...GUIDE, id: 'khai-sinh' };
    await input.setInputFiles(file('khai-sinh-sua.json', sameId));
    const question = h.panel.getByRole('group', { name: 'Mã hướng dẫn này đã có' });
    await question.waitFor();
    expect(await question.textContent()).toContain('khai-sinh-v2');
    // The focus is on the first answer; a built-in guide is never offered for replacing.
    const focused = (): Promise<string> => h.panel.evaluate(() => document.activeElement?.textContent ?? '');
    await expect.poll(() => focused()).toContain('Giữ thành phiên bản mới');
    expect(await question.getByRole('button', { name: 'Thay hướng dẫn đã nhập' }).count()).toBe(0);
    expect(await axeViolations(h.panel)).toEqual([]);
    await h.panel.keyboard.press('Escape');
    await expect.poll(() => h.panel.getByTestId('import-ok').textContent()).toContain('Đã không nhập tệp');
    expect(await question.count()).toBe(0);
    // Back on the file input, for the next try.
    expect(await h.panel.evaluate(() => document.activeElement?.id)).toBe('guide-file');

    await input.setInputFiles(file('khai-sinh-sua.json', sameId));
    await question.waitFor();
    // The question takes the focus as it is drawn: the keys go to it once it has.
    await expect.poll(() => focused()).toContain('Giữ thành phiên bản mới');
    await h.panel.keyboard.press('Tab');
    await h.panel.keyboard.press('Shift+Tab');
    expect(await focused()).toContain('Giữ thành phiên bản mới');
    await h.panel.keyboard.press('Enter');
    const rows = h.panel.getByTestId('imported-guides').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toContain('khai-sinh-v2');
    // The built-in guide is untouched, and the new version runs from its own deep link.
    expect((await command(h.panel, { type: 'start', guideId: 'khai-sinh' }))?.stepCount).toBeGreaterThan(10);
    await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh-v2');
    await page.getByRole('button', { name: 'Bắt đầu hướng dẫn mới' }).click();
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh-v2');
    expect((await getView(h.panel))?.stepCount).toBe(GUIDE.steps.length);
  });

  it('removes an imported guide: gone from the list, from storage, and from the background; its case waits for it', async () => {
    const running = await command(h.panel, { type: 'start', guideId: ID });
    expect(running?.guideId).toBe(ID);
    await h.panel.getByRole('button', { name: 'Soạn hướng dẫn', exact: true }).click();
    await h.panel.getByRole('button', { name: `Gỡ “${ID}”` }).click();
    await expect.poll(() => h.panel.getByTestId('import-ok').textContent()).toContain(`Đã gỡ hướng dẫn “${ID}”`);
    expect(await h.panel.getByTestId('imported-guides').locator('tbody tr').count()).toBe(1);
    expect(await extensionStorageDump(h.panel)).not.toContain(`"id":"${ID}"`);
    await expect.poll(() => command(h.panel, { type: 'start', guideId: ID })).toBeNull();
    expect(await axeViolations(h.panel)).toEqual([]);
    // Its cases (the one running, and those of the earlier tests) are paused, not lost: the list says why they cannot
    // go on, and offers no "Tiếp tục" for them.
    expect(await getView(h.panel)).toBeNull();
    await h.panel.getByRole('button', { name: 'Hồ sơ đang làm', exact: true }).click();
    const items = h.panel.locator('li.case', { hasText: `Hướng dẫn “${ID}” của hồ sơ này đã được gỡ` });
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    expect(await items.filter({ hasText: `Hồ sơ #${running!.caseNumber}` }).textContent()).toContain('Tạm dừng');
    expect(await items.getByRole('button', { name: /^Tiếp tục/ }).count()).toBe(0);
    expect(await axeViolations(h.panel)).toEqual([]);
  });
});
