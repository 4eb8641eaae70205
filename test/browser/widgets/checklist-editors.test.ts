// <papi-checklist> in real Chromium: keyboard focus through a report's submission, and what the element says
// about the mistakes an editor can make in its attributes (src, unit, today, mode, period, endpoint).
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from '../../support/browser.js';
import { demoToken, enterUnitToken } from '../../support/demo-tokens.js';
import { frames, holdStore } from '../../support/hold.js';
import { watchPosts } from '../../support/outbox.js';
import { chromiumPerTest, mount, openHarness, shadowText } from './harness.js';

const demoUrl = inject('demoUrl');
const chromium = chromiumPerTest();

const small = {
  id: 'ke-hoach-thu-tieu-diem',
  title: { vi: 'Kế hoạch thử', en: 'Test plan' },
  year: 2026,
  units: [{ id: 'ban-quan-ly-cho', name: 'Ban quản lý chợ' }],
  tasks: [
    {
      id: 't1',
      activity: 'Tuyên truyền cải cách hành chính',
      dimensions: ['d5'],
      lead: ['xa-lai-hoa'],
      partners: ['ban-quan-ly-cho'],
      timing: { kind: 'due', due: '2026-06-30' },
    },
    {
      id: 't2',
      activity: { vi: 'Niêm yết danh sách hộ nghèo', en: 'Post the list of poor households' },
      dimensions: ['d2'],
      lead: ['ubnd-xa-phuong'],
      partners: [],
      timing: { kind: 'ongoing' },
    },
  ],
};

/** The focused element, looking into shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let a: Element | null = document.activeElement;
    while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
    return a
      ? { tag: a.localName, text: a.textContent?.trim() ?? '', host: (a.getRootNode() as ShadowRoot).host?.id ?? null }
      : null;
  });

describe('<papi-checklist> for editors and keyboard users, in Chromium', () => {
  it('keeps keyboard focus on "Gửi báo cáo" after Enter, while saving and after, and announces the outcome', async () => {
    const context = await chromium.newContext();
    const page = await openHarness(context, demoUrl);
    await mount(page, {
      tag: 'papi-checklist',
      id: 'sa',
      attrs: { mode: 'self-assessment', unit: 'xa-lai-hoa-2025', today: '2026-11-27', endpoint: '/' },
      json: JSON.stringify(small),
    });
    const submit = page.locator('#sa').getByRole('button', { name: /Gửi báo cáo 2026-H2/ });
    await submit.waitFor();
    // The unit's token, entered beforehand (the demo's).
    await page.locator('#sa').getByRole('button', { name: 'Nhập mã xác thực' }).click();
    await enterUnitToken(page.locator('#sa'), await demoToken(demoUrl, 'xa-lai-hoa-2025'));
    await expect
      .poll(() => page.locator('#sa [part~="token"]').innerText())
      .toContain('Mã xác thực của đơn vị đã được lưu trên máy này.');
    const posted = watchPosts(page, '/api/reports');
    // Slow storage, as on a cheap phone: the test holds the outbox's store, so the report stays "saving" until the
    // test lets it go, across as many frames as it takes to look (a disabled button would lose the focus to <body>
    // at the next frame).
    const release = await holdStore(page, 'papi-widgets', 'outbox');
    await submit.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => submit.getAttribute('aria-disabled')).toBe('true');
    await frames(page);
    expect(await submit.getAttribute('aria-disabled')).toBe('true'); // still saving, held
    expect(await focused(page)).toMatchObject({ tag: 'button', host: 'sa', text: 'Gửi báo cáo 2026-H2' });
    await page.keyboard.press('Enter'); // a second press meanwhile is ignored
    await release();
    const message = page.locator('#sa [part~="message"]');
    await expect.poll(() => message.innerText()).toMatch(/^Đã gửi báo cáo đến /);
    expect(await message.getAttribute('role')).toBe('status');
    expect(await focused(page)).toMatchObject({ tag: 'button', host: 'sa', text: 'Gửi báo cáo 2026-H2' });
    expect(await submit.getAttribute('aria-disabled')).toBe('false');
    expect(await submit.evaluate((b) => (b as HTMLButtonElement).disabled)).toBe(false);
    expect(posted, 'one report for the two presses').toHaveLength(1);
  });

  it('says what is wrong with each attribute, in the element, and works on where it can', async () => {
    const context = await chromium.newContext();
    const page = await openHarness(context, demoUrl);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    const plan = JSON.stringify(small);
    await mount(page, { tag: 'papi-checklist', id: 'scheme', attrs: { src: 'htps://example.gov.vn/plan.json' } });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'other-site',
      attrs: { src: 'https://data.example.gov.vn/plan.json' },
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'unit',
      attrs: { unit: 'xa-lai-hoa-2099', today: '2026-11-27' },
      json: plan,
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'attrs',
      attrs: { today: '27/11/2026', mode: 'tu-danh-gia' },
      json: plan,
    });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'bar',
      attrs: {
        mode: 'self-assessment',
        unit: 'xa-lai-hoa-2025',
        today: '2026-11-27',
        period: '2026-H3',
        endpoint: 'gopy.vinhchau.gov.vn',
      },
      json: plan,
    });

    // A src that is no web address: named, and no Retry that could never help; nothing requested.
    await expect
      .poll(() => shadowText(page, '#scheme'))
      .toContain('Địa chỉ dữ liệu không hợp lệ: "htps://example.gov.vn/plan.json"');
    expect(await page.locator('#scheme [part~="retry"]').count()).toBe(0);
    expect(requested.some((u) => u.includes('plan.json'))).toBe(false);
    // Another site the page may not read (here the page's CSP refuses it; a CORS refusal looks the same to a page).
    await expect
      .poll(() => shadowText(page, '#other-site'))
      .toContain(
        'Không tải được dữ liệu từ data.example.gov.vn. Có hai khả năng: máy này đang mất kết nối mạng, hoặc trang data.example.gov.vn không cho phép',
      );
    expect(await page.locator('#other-site [part~="retry"]').count()).toBe(1);

    // An unknown unit: said so, and the select is there to pick a real one, with the keyboard.
    await expect
      .poll(() => shadowText(page, '#unit'))
      .toContain(
        'Không có đơn vị mã "xa-lai-hoa-2099" trong danh mục đơn vị (thuộc tính unit). Hãy chọn một đơn vị trong danh sách.',
      );
    expect(await shadowText(page, '#unit')).not.toContain('Không có nhiệm vụ nào cho đơn vị này');
    const select = page.locator('#unit select');
    await select.focus();
    await select.selectOption('xa-lai-hoa-2025');
    await expect.poll(() => page.locator('#unit [part~="overall"] [part~="progress-text"]').innerText()).toBe('0 / 2');

    // today and mode: a note for the editors; the plan is still shown, in view mode.
    const notes = await page.locator('#attrs .notices li').allInnerTexts();
    expect(notes).toHaveLength(2);
    expect(notes[0]).toContain('Dành cho ban biên tập: thuộc tính today "27/11/2026" không phải ngày dạng YYYY-MM-DD');
    expect(notes[1]).toContain('thuộc tính mode "tu-danh-gia" không hợp lệ');
    expect(await page.locator('#attrs h3').count()).toBe(8);

    // period and endpoint in self-assessment: said up front, not after pressing submit.
    expect(await page.locator('#bar .notices li').allInnerTexts()).toEqual([
      'Dành cho ban biên tập: thuộc tính period "2026-H3" không phải kỳ báo cáo hợp lệ (dạng YYYY, YYYY-H1 hoặc YYYY-H2, ví dụ 2026-H2), nên được bỏ qua; báo cáo dùng kỳ 2026-H2.',
    ]);
    const bar = await page.locator('#bar [part~="actions"] [role="alert"]').innerText();
    expect(bar).toContain('Chưa gửi được báo cáo từ đây');
    expect(bar).toContain('endpoint phải là địa chỉ http(s) đầy đủ, ví dụ https://gopy.vinhchau.gov.vn');
    expect(
      await page
        .locator('#bar')
        .getByRole('button', { name: /Gửi báo cáo/ })
        .count(),
    ).toBe(0);
    await expect(page.locator('#bar').getByRole('button', { name: 'Xuất CSV' }).isVisible()).resolves.toBe(true);
  });

  it('links the evidence error to its field and marks Vietnamese-only plan data lang="vi" on an English page (axe-clean)', async () => {
    const context = await chromium.newContext();
    const page = await openHarness(context, demoUrl, { lang: 'en' });
    await mount(page, {
      tag: 'papi-checklist',
      id: 'en',
      attrs: { mode: 'self-assessment', unit: 'xa-lai-hoa-2025', today: '2026-11-27', 'heading-level': '1' },
      json: JSON.stringify(small),
    });
    const sa = page.locator('#en');
    await sa.locator('details:has(input[data-task="t1"]) summary').first().click();
    const evidence = sa.locator('input[data-task="t1"]').first();
    await evidence.fill('laihoa.cantho.gov.vn/bao-cao.pdf');
    await evidence.blur();
    await expect
      .poll(() => shadowText(page, '#en'))
      .toContain('Only links starting with http:// or https:// are accepted');
    // The accessible description of the field is the error.
    const described = await evidence.evaluate((input) => {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      return ids.map((id) => (input.getRootNode() as ShadowRoot).getElementById(id)?.textContent ?? null);
    });
    expect(described).toEqual(['Only links starting with http:// or https:// are accepted']);
    expect(await evidence.getAttribute('aria-invalid')).toBe('true');
    // The first activity and the plan's own unit exist only in Vietnamese; the second activity and the title in English.
    const marked = await page.evaluate(() =>
      [...document.getElementById('en')!.shadowRoot!.querySelectorAll('[lang="vi"]')].map((n) => n.textContent),
    );
    expect(marked).toContain('Tuyên truyền cải cách hành chính');
    expect(marked).toContain('Ban quản lý chợ');
    expect(marked).not.toContain('Post the list of poor households');
    expect(marked).not.toContain('Test plan');
    const violations = await axeViolations(page);
    expect(
      violations.map((v) => `${v.id}: ${v.help} ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`),
    ).toEqual([]);
  });
});
