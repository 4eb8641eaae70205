import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../extension/src/i18n/index.js';
import { axeViolations } from '../../support/browser.js';
import {
  extensionStorageDump,
  getView,
  launchWithExtension,
  PERSONAL,
  setUnit,
  walkBudget,
  walkGuide,
  type Harness,
  type StepRecord,
} from './support.js';

describe('the extension on the portal replica: khai-sinh end to end', () => {
  let h: Harness;
  let steps: StepRecord[];

  beforeAll(async () => {
    h = await launchWithExtension('normal');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('has a side panel that axe-core finds nothing on', async () => {
    await h.panel.getByLabel('Tìm thủ tục').fill('khai sinh');
    await h.panel.getByRole('button', { name: /^Đăng ký khai sinh/ }).click();
    await h.panel.getByText('Nhắc nhở: không yêu cầu bản sao có chứng thực').waitFor();
    expect(await axeViolations(h.panel)).toEqual([]);
  });

  it("names itself in the browser's language, from the catalogues", async () => {
    const { name, ui } = await h.panel.evaluate(() => {
      const api = (
        globalThis as unknown as { chrome: { i18n: { getMessage(k: string): string; getUILanguage(): string } } }
      ).chrome.i18n;
      return { name: api.getMessage('extName'), ui: api.getUILanguage() };
    });
    const locale = (['vi', 'km'] as const).find((l) => ui.startsWith(l)) ?? 'en';
    expect(name).toBe(`PAPI – ${CATALOGUES[locale]['app.title']}`);
  });

  it('searches procedures with diacritics optional', async () => {
    await h.panel.getByRole('button', { name: 'Thủ tục', exact: true }).click();
    const backToList = h.panel.getByRole('button', { name: '‹ Danh sách thủ tục' });
    if (await backToList.count()) await backToList.click();
    await h.panel.getByLabel('Tìm thủ tục').fill('khai sinh');
    const names = await h.panel.locator('.list button.item').allTextContents();
    expect(names.some((n) => n.startsWith('Đăng ký khai sinh'))).toBe(true);
    expect(names.every((n) => /khai sinh/i.test(n))).toBe(true);
  });

  it(
    'starts from the deep link and follows the guide to the dossier code, the panel following',
    { timeout: walkBudget('khai-sinh') },
    async () => {
      await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
      const page = await h.context.newPage();
      await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
      // The panel switches to the guide and marks the current step.
      await h.panel.locator('[aria-current="step"]').waitFor();
      await h.panel.locator('[data-testid="locator-status"][data-step-status="found"]').waitFor();
      await page.locator('[data-papi-target]').waitFor({ state: 'attached' });
      expect(await page.locator('[data-papi-overlay]').count()).toBe(1);
      // From the keyboard, Alt+Shift+H reaches the tip's buttons, which come after every control of the page.
      await page.keyboard.press('Alt+Shift+KeyH');
      await expect
        .poll(() =>
          page
            .locator('[data-papi-overlay]')
            .evaluate((host) => host.shadowRoot?.activeElement?.getAttribute('data-action') ?? null),
        )
        .toBe('manual');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());

      let checked = 0;
      steps = await walkGuide(page, h.panel, {
        onStep: async (v) => {
          // The panel follows: its current step is the page's step …
          await expect.poll(() => h.panel.locator('[aria-current="step"] button').textContent()).toBe(v.step.title.vi);
          // … and on the page the tip beside the outlined element says what to do.
          if (v.state.stepStatus === 'found' && v.state.onStepPage) {
            await expect
              .poll(() => page.locator('[data-papi-overlay]').evaluate((host) => host.shadowRoot?.textContent ?? ''))
              .toContain(v.step.tip.vi);
            checked++;
          }
        },
      });
      expect(checked).toBeGreaterThan(15);
      const view = await getView(h.panel);
      expect(view?.state.status).toBe('completed');
      await expect.poll(() => page.url()).toContain('/nop-ho-so/thanh-cong');
      expect(await page.getByText('Mã hồ sơ:').count()).toBe(1);
      // Every step with a target was found on the faithful replica; the rest are text or manual steps.
      const missed = steps.filter((s) => s.outcome === 'fallback' || s.outcome === 'other-page');
      expect(missed).toEqual([]);
      const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
      // The child's and the mother's fields are outlined, not the same titles in the applicant's block above them
      // (pre-filled from VNeID, read-only) nor in the father's block below.
      for (const [id, name] of [
        ['ho-ten-tre', 'citizenHoVaTen_NgdcKS'],
        ['ngay-sinh-tre', 'citizenNgaythangnamsinh_NgdcKS'],
        ['gioi-tinh-tre', 'citizenGioitinh_NgdcKS'],
        ['me-ho-ten', 'citizenNDK_HoVaTen'],
        ['me-so-dinh-danh', 'citizenNDK_SoDinhDanh'],
        ['me-ngay-sinh', 'citizenNDK_NgaySinh'],
      ] as const) {
        expect(byId[id]).toMatchObject({ outcome: 'found', strategy: 'data-name' });
        expect(byId[id]?.question).toMatch(new RegExp(`^${name}__\\d+$`));
      }
      expect(byId['chon-don-vi']?.outcome).toBe('found');
      expect(byId['kiem-tra-tu-dien']?.outcome).toBe('text');
      // The panel shows the completed guide and the case as filed.
      await h.panel.getByText('Đã hoàn thành hướng dẫn').waitFor();
      await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
      await h.panel.locator('table td', { hasText: 'Đăng ký khai sinh' }).first().waitFor();
      // On the faithful replica no locator strategy failed: the guide authors' report stays empty.
      const failures = h.panel
        .locator('h2', { hasText: 'Bước không tìm thấy phần tử' })
        .locator('xpath=following-sibling::*[1]');
      expect(await failures.textContent()).toBe('Chưa có số liệu.');
      expect(await axeViolations(h.panel)).toEqual([]);
    },
  );

  it('keeps no personal data typed into the portal in its storage', async () => {
    const dump = await extensionStorageDump(h.panel);
    expect(dump).toContain('khai-sinh'); // the case is there …
    for (const value of Object.values(PERSONAL)) expect(dump).not.toContain(value); // … the resident is not
    expect(dump).not.toContain('NGUYỄN VĂN CÁN BỘ');
    expect(dump).not.toMatch(/H26\.105-/); // nor the dossier code read from the page
  });

  it('works with the keyboard alone in the side panel', async () => {
    await h.panel.reload();
    await h.panel.locator('h1').waitFor();
    await h.panel.getByRole('button', { name: 'Thủ tục', exact: true }).focus();
    await h.panel.keyboard.press('Enter');
    await h.panel.keyboard.press('Tab'); // the guide tab …
    for (let i = 0; i < 10 && !(await h.panel.evaluate(() => document.activeElement?.id === 'search')); i++)
      await h.panel.keyboard.press('Tab');
    expect(await h.panel.evaluate(() => document.activeElement?.id)).toBe('search');
    await h.panel.keyboard.type('ket hon');
    await h.panel.keyboard.press('Tab');
    expect(await h.panel.evaluate(() => document.activeElement?.textContent)).toContain('Đăng ký kết hôn');
    await h.panel.keyboard.press('Enter');
    await h.panel.getByRole('heading', { name: 'Đăng ký kết hôn' }).waitFor();
    for (
      let i = 0;
      i < 10 && !(await h.panel.evaluate(() => document.activeElement?.textContent === 'Bắt đầu hướng dẫn'));
      i++
    )
      await h.panel.keyboard.press('Tab');
    await h.panel.keyboard.press('Enter');
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('ket-hon');
    await h.panel.locator('[aria-current="step"]').waitFor();
    expect(await axeViolations(h.panel)).toEqual([]);
  });

  it('keeps several residents’ cases: pause one, resume it later', async () => {
    // ket-hon (case #2) is running since the keyboard test; start khai-tu, which pauses it.
    await h.panel.getByRole('button', { name: 'Thủ tục', exact: true }).click();
    const backToList = h.panel.getByRole('button', { name: '‹ Danh sách thủ tục' });
    if (await backToList.count()) await backToList.click();
    await h.panel.getByLabel('Tìm thủ tục').fill('khai tu');
    await h.panel.getByRole('button', { name: /^Đăng ký khai tử/ }).click();
    await h.panel.getByRole('button', { name: 'Bắt đầu hướng dẫn' }).click();
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-tu');
    await h.panel.getByRole('button', { name: 'Hồ sơ đang làm' }).click();
    await h.panel.getByRole('button', { name: 'Tiếp tục #2' }).click();
    await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('ket-hon');
    await h.panel.getByRole('button', { name: 'Hồ sơ đang làm' }).click();
    await h.panel.getByRole('button', { name: 'Tiếp tục #3' }).waitFor();
    expect(await h.panel.getByText('Đã nộp').count()).toBe(1); // the khai-sinh case, filed
    // Start times in 24 hours, then the date day first, as the widgets write them (core's formatDateTime).
    const started = await h.panel.locator('.case .muted').allInnerTexts();
    expect(started.length).toBeGreaterThanOrEqual(3);
    for (const s of started) expect(s).toMatch(/Bắt đầu ([01]\d|2[0-3]):[0-5]\d \d{2}\/\d{2}\/\d{4}$/);
  });

  it('exports the tallies as CSV, UTF-8 with a byte-order mark', async () => {
    await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
    const download = h.panel.waitForEvent('download');
    await h.panel.getByRole('button', { name: 'Xuất CSV' }).click();
    const stream = await (await download).createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const csv = Buffer.concat(chunks);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = csv.toString('utf8');
    // core's one CSV writer: cells quoted only when they must be, CRLF line ends.
    expect(text).toContain('month,procedure_id,procedure,online_level,completed\r\n');
    expect(text).toMatch(/\r\n\d{4}-\d{2},khai-sinh,Đăng ký khai sinh,full,1\r\n/);
  });

  it('switches the panel to Khmer (marked for review) and English', async () => {
    await h.panel.getByRole('button', { name: 'Tùy chọn' }).click();
    await h.panel.selectOption('#opt-locale', 'km');
    await h.panel.getByText('អត្ថបទខ្មែររង់ចាំការពិនិត្យដោយអ្នកនិយាយភាសាកំណើត។').waitFor();
    expect(await h.panel.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      'km',
      `PAPI – ${CATALOGUES.km['app.title']}`,
    ]);
    expect(await axeViolations(h.panel)).toEqual([]);
    // A filed case is "filed" (បានដាក់ស្នើ), not "completed", and a case is a dossier (សំណុំឯកសារ).
    await h.panel.getByRole('button', { name: 'សំណុំឯកសារកំពុងធ្វើ' }).click();
    expect(await h.panel.getByText('បានដាក់ស្នើ').count()).toBe(1);
    await h.panel.getByRole('button', { name: 'ការកំណត់' }).click();
    await h.panel.selectOption('#opt-locale', 'en');
    await h.panel.getByRole('heading', { name: 'Online filing guide' }).waitFor();
    await h.panel.getByRole('button', { name: 'Open cases' }).click();
    expect(await h.panel.getByText('Filed', { exact: false }).count()).toBe(1);
    // English dates with the month in words: "Started 14:05 27 November 2026", never 27/11/2026.
    await expect
      .poll(() => h.panel.locator('.case .muted').first().innerText())
      .toMatch(/Started ([01]\d|2[0-3]):[0-5]\d \d{1,2} [A-Z][a-z]+ \d{4}$/);
    await h.panel.getByRole('button', { name: 'Options' }).click();
    await expect.poll(async () => (await getView(h.panel))?.labels.manual).toBe('I did this');
  });
});
