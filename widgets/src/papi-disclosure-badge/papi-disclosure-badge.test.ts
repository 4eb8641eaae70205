import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import type { PapiDisclosureBadge } from './papi-disclosure-badge.js';

async function mount(attrs: Record<string, string>, lang?: string): Promise<PapiDisclosureBadge> {
  const host = document.createElement('div');
  if (lang) host.setAttribute('lang', lang);
  const el = document.createElement('papi-disclosure-badge');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  host.append(el);
  document.body.append(host);
  await el.updateComplete;
  return el;
}
const text = (el: Element, part: string) =>
  el.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.replace(/\s+/g, ' ').trim();

afterEach(() => {
  document.body.replaceChildren();
  document.documentElement.removeAttribute('lang');
});

describe('<papi-disclosure-badge>', () => {
  it('shows the category, its legal basis and the day of the posting period', async () => {
    const el = await mount({
      category: 'ho-ngheo',
      posted: '2026-11-16',
      today: '2026-11-27',
      href: '/van-ban/ho-ngheo.pdf',
      location: 'Nhà văn hóa ấp Ca Lạc',
    });
    expect(text(el, 'category')).toBe('Danh sách hộ nghèo');
    expect(text(el, 'status')).toBe('Đang niêm yết — ngày 12/30');
    expect(text(el, 'meta')).toContain('Niêm yết từ 16/11/2026');
    expect(text(el, 'meta')).toContain('Nơi niêm yết: Nhà văn hóa ấp Ca Lạc');
    expect(text(el, 'basis')).toMatch(/^Căn cứ: /);
    expect(el.shadowRoot!.querySelector('a')!.getAttribute('href')).toMatch(/\/van-ban\/ho-ngheo\.pdf$/);
  });

  it('follows the lang of its ancestors and of itself', async () => {
    const el = await mount({ category: 'ho-ngheo', posted: '2026-11-16', today: '2026-11-27' }, 'en');
    expect(text(el, 'status')).toBe('On display — day 12 of 30');
    el.setAttribute('lang', 'km');
    // The Khmer strings are loaded on demand: the badge switches when they are in.
    await expect.poll(() => text(el, 'status')).toBe('កំពុងបិទផ្សាយ — ថ្ងៃទី 12 នៃ 30');
  });

  it('reports taken-down-early and honours a days override', async () => {
    const early = await mount({
      category: 'ngan-sach-xa',
      posted: '2026-10-01',
      removed: '2026-10-20',
      today: '2026-11-27',
    });
    expect(text(early, 'status')).toBe('Gỡ sớm — mới niêm yết 19/30 ngày');
    const short = await mount({
      category: 'ngan-sach-xa',
      posted: '2026-10-01',
      removed: '2026-10-20',
      days: '15',
      today: '2026-11-27',
    });
    expect(text(short, 'status')).toBe('Đã niêm yết đủ 15 ngày');
  });

  it('fires a composed event with the status', async () => {
    const seen: unknown[] = [];
    document.addEventListener('papi-disclosure-status', (e) => seen.push((e as CustomEvent).detail), { once: true });
    await mount({ category: 'ho-ngheo', posted: '2026-12-01', today: '2026-11-27' });
    expect(seen).toEqual([{ category: 'ho-ngheo', status: { kind: 'scheduled', startsIn: 4, of: 30 } }]);
  });

  it('explains wrong attributes in the reader’s language instead of showing nothing', async () => {
    const unknown = await mount({ category: 'khong-co', posted: '2026-11-16' });
    expect(unknown.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(
      'Không có loại nội dung công khai "khong-co".',
    );
    const bad = await mount({ category: 'ho-ngheo', posted: '16/11/2026' }, 'en');
    expect(bad.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(
      'posted: "16/11/2026" is not a valid date (YYYY-MM-DD)',
    );
    const missing = await mount({ category: 'ho-ngheo' });
    expect(missing.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain('Thiếu ngày niêm yết');
    // A period in words, or out of range, is named as the editor wrote it: not "NaN", and not called a bad date.
    for (const days of ['ba mươi', '0']) {
      const wrong =
        (await mount({ category: 'ho-ngheo', posted: '2026-11-16', days })).shadowRoot!.querySelector('[role="alert"]')
          ?.textContent ?? '';
      expect(wrong).toContain(`Thuộc tính days phải là số ngày niêm yết`);
      expect(wrong).toContain(`"${days}"`);
      expect(wrong).not.toMatch(/NaN|Ngày không hợp lệ/);
    }
  });

  it('marks the Vietnamese legal basis as Vietnamese, its label in the reader’s language', async () => {
    const el = await mount({ category: 'ho-ngheo', posted: '2026-11-16', today: '2026-11-27' }, 'en');
    const basis = el.shadowRoot!.querySelector('[part="basis"]')!;
    expect(basis.hasAttribute('lang')).toBe(false);
    expect(basis.textContent!.trim()).toMatch(/^Legal basis: Nghị định 07\/2021/);
    expect(basis.querySelector('span[lang="vi"]')!.textContent).toContain('Luật Thực hiện dân chủ ở cơ sở');
  });

  it('never renders a script URL as a link, and renders markup in attributes as text', async () => {
    const el = await mount({
      category: 'ho-ngheo',
      posted: '2026-11-16',
      today: '2026-11-27',
      href: 'javascript:alert(1)',
      location: '<img src=x onerror=alert(1)>',
    });
    expect(el.shadowRoot!.querySelector('a')).toBeNull();
    expect(el.shadowRoot!.querySelector('img')).toBeNull();
    expect(text(el, 'meta')).toContain('<img src=x onerror=alert(1)>');
    // The editors learn why the link is missing.
    expect(text(el, 'editors')).toBe(
      'Dành cho ban biên tập: thuộc tính href "javascript:alert(1)" không phải địa chỉ http(s), nên không hiện liên kết đến văn bản.',
    );
    const fine = await mount({ category: 'ho-ngheo', posted: '2026-11-16', href: '/van-ban/1.pdf' });
    expect(fine.shadowRoot!.querySelector('[part="editors"]')).toBeNull();
  });
});
