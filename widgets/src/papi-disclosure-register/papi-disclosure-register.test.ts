import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { PapiDisclosureRegister } from './papi-disclosure-register.js';
import { jsonLdText } from './papi-disclosure-register.js';

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
    { category: 'ngan-sach-xa', title: 'Báo cáo ngân sách 6 tháng', posted: '2026-07-15', removed: '2026-08-01' },
  ],
};

async function settle(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
  }
}

async function mount(json: string, attrs: Record<string, string> = {}, lang?: string): Promise<PapiDisclosureRegister> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-disclosure-register');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  const s = document.createElement('script');
  s.type = 'application/json';
  s.textContent = json;
  el.append(s);
  host.append(el);
  document.body.append(host);
  await settle(el);
  return el;
}
const root = (el: Element) => el.shadowRoot!;

afterEach(() => document.body.replaceChildren());

describe('<papi-disclosure-register>', () => {
  it('takes its title level from heading-level as the checklist does, its categories one below', async () => {
    for (const [attr, title, category] of [
      ['1', 'H1', 'H2'],
      ['4', 'H4', 'H5'],
      ['9', 'H5', 'H6'],
      ['x', 'H2', 'H3'],
    ] as const) {
      const el = await mount(JSON.stringify(register), { 'heading-level': attr });
      expect(root(el).querySelector('[part~="title"]')!.tagName, attr).toBe(title);
      expect(root(el).querySelector('[part~="category-title"]')!.tagName, attr).toBe(category);
      el.remove();
    }
  });

  it('groups entries by category with one badge each, and flags every mandatory category with nothing', async () => {
    const el = await mount(JSON.stringify(register), { today: '2026-11-27' });
    const badges = root(el).querySelectorAll('papi-disclosure-badge');
    expect(badges).toHaveLength(2);
    expect(badges[0]!.getAttribute('category')).toBe('ngan-sach-xa');
    expect(badges[1]!.getAttribute('today')).toBe('2026-11-27');
    const missing = [...root(el).querySelectorAll('[part~="missing"]')];
    expect(missing).toHaveLength(4);
    expect(missing[0]!.textContent).toContain('Chưa công khai');
    expect(root(el).querySelector('h2')!.textContent).toBe('Công khai thông tin: Xã Lai Hòa');
    expect(root(el).querySelector('[part~="summary"]')!.textContent).toContain('4 nội dung bắt buộc chưa công khai');
  });

  it('puts schema.org JSON-LD beside itself, as text that cannot close its script', async () => {
    const hostile = { ...register, entries: [{ ...register.entries[0], title: '</script><script>alert(1)</script>' }] };
    const el = await mount(JSON.stringify(hostile));
    const ld = el.nextElementSibling as HTMLScriptElement;
    expect(ld.type).toBe('application/ld+json');
    expect(ld.textContent).not.toContain('<');
    const data = JSON.parse(ld.textContent!);
    expect(data['@type']).toBe('ItemList');
    expect(data.itemListElement[0].item.name).toBe('</script><script>alert(1)</script>');
    expect(jsonLdText({ a: '<' })).toBe('{"a":"\\u003c"}');
    el.remove();
    expect(document.querySelector('script[type="application/ld+json"]')).toBeNull();
  });

  it('explains invalid data with paths, and speaks English', async () => {
    const el = await mount(
      JSON.stringify({ ...register, entries: [{ category: 'x', title: 't', posted: 'hôm qua' }] }),
      {},
      'en',
    );
    const text = root(el).querySelector('[role="alert"]')!.textContent!;
    expect(text).toContain('entries[0].category');
    expect(text).toContain('entries[0].posted: "hôm qua" is not a valid date');
  });

  it('never links a script URL', async () => {
    const el = await mount(
      JSON.stringify({ ...register, entries: [{ ...register.entries[0], href: 'javascript:alert(1)' }] }),
    );
    expect(root(el).querySelector('[role="alert"]')!.textContent).toContain('entries[0].href');
  });
});
