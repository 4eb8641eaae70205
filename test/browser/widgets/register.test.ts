import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, watchCspViolations, watchDialogs } from '../../support/browser.js';
import { mount, openHarness, shadowText } from './harness.js';

const demoUrl = inject('demoUrl');
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
});

const register = {
  unit: 'xa-lai-hoa-2025',
  period: { from: '2026-07-01', to: '2026-12-31' },
  entries: [
    {
      category: 'ho-ngheo',
      title: 'Danh sách hộ nghèo năm 2026',
      posted: '2026-11-16',
      href: '/van-ban/ho-ngheo.pdf',
      location: 'Nhà văn hóa ấp Ca Lạc',
    },
    { category: 'ngan-sach-xa', title: 'Dự toán ngân sách', posted: '2026-10-01', removed: '2026-10-20' },
  ],
};

describe('<papi-disclosure-register> and <papi-disclosure-badge> in Chromium', () => {
  it('shows a register from inline JSON and from src, with badges, "chưa công khai" rows and JSON-LD', async () => {
    const page = await openHarness(context, demoUrl);
    const csp = await watchCspViolations(page);
    await page.route('**/so-cong-khai.json', (r) =>
      r.fulfill({ contentType: 'application/json', body: JSON.stringify(register) }),
    );
    await mount(page, {
      tag: 'papi-disclosure-register',
      id: 'inline',
      attrs: { today: '2026-11-27' },
      json: JSON.stringify(register),
    });
    await mount(page, {
      tag: 'papi-disclosure-register',
      id: 'src',
      attrs: { today: '2026-11-27', src: '/so-cong-khai.json' },
    });
    for (const id of ['inline', 'src']) {
      await expect.poll(() => shadowText(page, `#${id}`)).toContain('Công khai thông tin: Xã Lai Hòa');
      const text = await shadowText(page, `#${id}`);
      expect(text).toContain('4 nội dung bắt buộc chưa công khai');
      expect(text.match(/Chưa công khai trong kỳ/g)).toHaveLength(4);
    }
    // Each badge computes its status: day 12 of 30, and taken down early.
    const statuses = await page.evaluate(() =>
      [...document.getElementById('inline')!.shadowRoot!.querySelectorAll('papi-disclosure-badge')].map(
        (b) => b.shadowRoot!.querySelector('[part~="status"]')!.textContent,
      ),
    );
    expect(statuses).toEqual(['Gỡ sớm — mới niêm yết 19/30 ngày', 'Đang niêm yết — ngày 12/30']);
    const ld = await page.evaluate(() =>
      [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent!)),
    );
    expect(ld).toHaveLength(2);
    expect(ld[0].itemListElement).toHaveLength(2);
    expect(ld[0].itemListElement[0].item).toMatchObject({
      '@type': 'DigitalDocument',
      name: 'Danh sách hộ nghèo năm 2026',
      datePublished: '2026-11-16',
    });
    // Keyboard: Tab reaches the first document link inside the register.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.getElementById('inline')!.shadowRoot!.activeElement?.getAttribute('href')),
    ).toMatch(/\/van-ban\/ho-ngheo\.pdf$/);
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'en'));
    await expect.poll(() => shadowText(page, '#inline')).toContain('Public disclosure: Lai Hòa Commune');
    await page.evaluate(() => document.documentElement.setAttribute('lang', 'km'));
    await expect.poll(() => shadowText(page, '#inline')).toContain('ការផ្សព្វផ្សាយព័ត៌មានជាសាធារណៈ');
    expect(csp).toEqual([]);
    await page.close();
  });

  it('renders hostile strings as text, and keeps them from closing the JSON-LD script', async () => {
    const page = await openHarness(context, demoUrl);
    const dialogs = watchDialogs(page);
    const evil = '</script><script>alert(1)</script><img src=x onerror=alert(2)>\u202e\u200b';
    const hostile = {
      unit: evil,
      period: register.period,
      entries: [
        {
          category: 'ho-ngheo',
          title: evil + 'y'.repeat(300),
          posted: '2026-11-16',
          location: evil,
          href: '/a"><script>alert(3)</script>',
        },
      ],
    };
    await mount(page, {
      tag: 'papi-disclosure-register',
      id: 'evil',
      attrs: { today: evil, 'heading-level': evil },
      json: JSON.stringify(hostile),
    });
    await mount(page, {
      tag: 'papi-disclosure-badge',
      id: 'badge',
      attrs: {
        category: 'ho-ngheo',
        posted: '2026-11-16',
        location: evil,
        href: 'javascript:alert(4)',
        days: evil,
        today: '2026-11-27',
      },
    });
    await expect
      .poll(() =>
        page.evaluate(() => document.getElementById('evil')!.shadowRoot!.querySelector('h2')?.textContent ?? ''),
      )
      .toContain('alert(1)');
    const r = await page.evaluate(() => {
      const root = document.getElementById('evil')!.shadowRoot!;
      const badge = document.getElementById('badge')!.shadowRoot!;
      return {
        bad: root.querySelectorAll('img, script').length + badge.querySelectorAll('img, script, a').length,
        title: root.querySelector('h2')?.textContent,
        scripts: document.querySelectorAll('script').length,
        ld: document.querySelector('script[type="application/ld+json"]')!.textContent!,
      };
    });
    expect(r.bad).toBe(0);
    expect(r.title).toContain('</script><script>alert(1)</script>');
    expect(r.ld).not.toContain('<');
    expect(JSON.parse(r.ld).itemListElement[0].item.contentLocation.name).toBe(evil);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
