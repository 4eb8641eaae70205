// The theming contract, in Chromium under the strict CSP: a --papi-* token set by the page on an ancestor (here
// body) reaches every element, nested badges included; and a register's badges can be styled through its parts.
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { watchCspViolations } from '../../support/browser.js';
import { chromiumPerTest, mount, openHarness } from './harness.js';

const demoUrl = inject('demoUrl');
const browser = chromiumPerTest();

// Colours no default uses, so that seeing one means the page's token was applied.
const ACCENT = 'rgb(11, 102, 35)';
const BORDER = 'rgb(201, 17, 133)';
const SURFACE = 'rgb(250, 244, 200)';
const OK = 'rgb(0, 90, 120)';
const TOKENS = { accent: ACCENT, border: BORDER, surface: SURFACE, ok: OK } as const;

/** Every colour the element draws with: its shadow tree's computed colours, borders, fills and backgrounds. */
function drawnColours(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((s) => {
    const out = new Set<string>();
    const walk = (root: ShadowRoot): void => {
      for (const el of root.querySelectorAll('*')) {
        const cs = getComputedStyle(el);
        for (const v of [cs.color, cs.backgroundColor, cs.borderTopColor, cs.borderLeftColor, cs.fill, cs.outlineColor])
          out.add(v);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    const host = document.querySelector(s);
    if (host?.shadowRoot) walk(host.shadowRoot);
    return [...out];
  }, selector);
}

const stats = {
  schema: 1,
  asOf: '2026-11-27',
  feedback: {
    total: { count: 2, satisfied: 1, shareSatisfied: 0.5, distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 } },
    byUnit: [
      {
        unit: 'xa-lai-hoa-2025',
        count: 2,
        satisfied: 1,
        shareSatisfied: 0.5,
        distribution: { 1: 0, 2: 1, 3: 0, 4: 0, 5: 1 },
      },
    ],
    byDimension: [],
  },
  selfAssessment: [],
};

const ELEMENTS = [
  {
    tag: 'papi-checklist',
    attrs: { unit: 'xa-lai-hoa-2025', mode: 'self-assessment' },
    ready: '[part~="task"]',
    uses: ['accent', 'border'],
  },
  {
    tag: 'papi-disclosure-badge',
    attrs: { category: 'ho-ngheo', posted: '2026-11-16', today: '2026-11-27', href: '/van-ban/ho-ngheo.pdf' },
    ready: '[part~="status"]',
    uses: ['accent', 'border', 'ok'],
  },
  {
    tag: 'papi-disclosure-register',
    attrs: { today: '2026-11-27' },
    json: JSON.stringify({
      unit: 'xa-lai-hoa-2025',
      period: { from: '2026-07-01', to: '2026-12-31' },
      entries: [{ category: 'ho-ngheo', title: 'Danh sách hộ nghèo', posted: '2026-11-16' }],
    }),
    ready: 'papi-disclosure-badge',
    uses: ['border', 'ok'],
  },
  {
    tag: 'papi-feedback-button',
    attrs: { unit: 'xa-lai-hoa-2025', endpoint: '/' },
    ready: '[part~="button"]',
    uses: ['accent', 'surface'],
  },
  {
    // Before its token: the token's form, as an officer first sees it.
    tag: 'papi-feedback-inbox',
    attrs: { unit: 'xa-lai-hoa-2025', endpoint: '/' },
    ready: '#unit-token',
    uses: ['accent', 'border', 'surface'],
  },
  {
    tag: 'papi-feedback-summary',
    attrs: {},
    json: JSON.stringify(stats),
    ready: 'svg',
    uses: ['accent', 'border', 'surface'],
  },
] as const;

describe('the theming contract', () => {
  for (const el of ELEMENTS) {
    it(`<${el.tag}> takes ${el.uses.map((u) => `--papi-${u}`).join(', ')} set on body`, async () => {
      const page = await openHarness(await browser.newContext(), demoUrl);
      const csp = await watchCspViolations(page);
      await mount(page, { tag: el.tag, attrs: el.attrs, ...('json' in el ? { json: el.json } : {}) });
      await page.waitForFunction(
        ([tag, ready]) => !!document.querySelector(tag!)?.shadowRoot?.querySelector(ready!),
        [el.tag, el.ready],
      );
      const before = await drawnColours(page, el.tag);
      for (const colour of Object.values(TOKENS)) expect(before).not.toContain(colour);

      // As a portal's stylesheet would, through the CSSOM (the strict CSP forbids inline styles in markup).
      await page.evaluate((tokens) => {
        for (const [name, colour] of Object.entries(tokens)) document.body.style.setProperty(`--papi-${name}`, colour);
      }, TOKENS);
      const shown = async () => {
        const after = await drawnColours(page, el.tag);
        return Object.entries(TOKENS)
          .filter(([, colour]) => after.includes(colour))
          .map(([name]) => name);
      };
      await expect.poll(shown).toEqual(expect.arrayContaining([...el.uses]));
      expect(csp).toEqual([]);
    });
  }

  it('lets a page style the badges inside a register through the register’s parts', async () => {
    const page = await openHarness(await browser.newContext(), demoUrl);
    await mount(page, { tag: 'papi-disclosure-register', attrs: { today: '2026-11-27' }, json: ELEMENTS[2].json });
    await page.waitForFunction(
      () =>
        !!document
          .querySelector('papi-disclosure-register')
          ?.shadowRoot?.querySelector('papi-disclosure-badge')
          ?.shadowRoot?.querySelector('[part~="status"]'),
    );
    const parts = await page.evaluate(() =>
      document
        .querySelector('papi-disclosure-register')!
        .shadowRoot!.querySelector('papi-disclosure-badge')!
        .getAttribute('exportparts'),
    );
    expect(parts).toContain('status: badge-status');
    // A constructed stylesheet is the CSSOM's way to add rules under a strict CSP.
    const colour = await page.evaluate(() => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('papi-disclosure-register::part(badge-status) { color: rgb(1, 2, 3); }');
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      const status = document
        .querySelector('papi-disclosure-register')!
        .shadowRoot!.querySelector('papi-disclosure-badge')!
        .shadowRoot!.querySelector('[part~="status"]')!;
      return getComputedStyle(status).color;
    });
    expect(colour).toBe('rgb(1, 2, 3)');
  });
});
