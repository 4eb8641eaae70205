import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import {
  getView,
  launchWithExtension,
  PROCS,
  setUnit,
  settled,
  walkBudget,
  walkGuide,
  type Harness,
} from './support.js';

const GUIDE = guideById('khai-sinh')!;
const idx = (id: string): number => GUIDE.steps.findIndex((s) => s.id === id);
const SIGN_ON = ['vneid-tai-khoan', 'vneid-otp', 'vneid-chia-se', 'vneid-passcode'];

/** Signed out, at "Nộp trực tuyến": pressing it sends the clerk to the VNeID sign-on. */
async function toSignOn(h: Harness, page: Page): Promise<void> {
  await page.goto('https://dichvucong.gov.vn/cau-hoi-thuong-gap');
  await page.evaluate(() => localStorage.clear());
  await page.goto(`https://dichvucong.gov.vn/thu-tuc-hanh-chinh/${PROCS['khai-sinh'].id}#papi-guide=khai-sinh`);
  await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('chon-tinh');
  await walkGuide(page, h.panel, { until: 'nop-truc-tuyen' });
  await settled(h.panel);
  await page.locator('[data-papi-target]').click();
  await page.waitForURL(/sso\.dancuquocgia\.gov\.vn\/auth/);
}

for (const variant of ['normal', 'changed'] as const) {
  describe(`sign-on started by "Nộp trực tuyến" (${variant} replica)`, () => {
    let h: Harness;
    beforeAll(async () => {
      h = await launchWithExtension(variant);
      await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
    });
    afterAll(async () => {
      await h?.close();
    });

    it(
      'guides every sign-on screen, told apart by what it shows, then comes back to file the dossier',
      { timeout: walkBudget('khai-sinh') },
      async () => {
        const page = await h.context.newPage();
        await toSignOn(h, page);
        // The guide takes the sign-on from where the portal sent the clerk: its screens, not "not this step's page".
        await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('vneid-tai-khoan');
        const first = await settled(h.panel);
        expect(first).toMatchObject({
          step: { id: 'vneid-tai-khoan' },
          state: { onStepPage: true, stepStatus: 'found', detour: { returnTo: idx('nop-truc-tuyen') } },
        });
        const seen: { id: string; path: string }[] = [];
        const steps = await walkGuide(page, h.panel, {
          until: 'quan-he',
          onStep: async (v) => {
            seen.push({ id: v.step.id, path: new URL(page.url()).pathname });
          },
        });
        for (const id of SIGN_ON)
          expect(
            steps.find((s) => s.id === id),
            id,
          ).toMatchObject({ outcome: 'found' });
        const paths = new Set(seen.filter((s) => SIGN_ON.includes(s.id)).map((s) => s.path));
        if (variant === 'normal') {
          // One address for every screen (PORTAL.md: /auth?…), the passcode a modal over the consent.
          expect([...paths]).toEqual(['/auth']);
          // Back on the procedure page, as PORTAL.md says the portal does: "Nộp hồ sơ", then "Nộp trực tuyến" again.
          // (On /sso, the portal's landing address, the guide may show "Tìm thủ tục" for a moment.)
          expect(seen.map((s) => s.id).filter((id) => id !== 'tim-thu-tuc')).toEqual([
            ...SIGN_ON,
            'nop-ho-so',
            'nop-truc-tuyen',
          ]);
        } else {
          expect(paths.size).toBe(4);
          // Back on the page it left (the portal re-rendered it there): "Nộp trực tuyến" again.
          expect(seen.map((s) => s.id).filter((id) => id !== 'tim-thu-tuc')).toEqual([...SIGN_ON, 'nop-truc-tuyen']);
        }
        expect(steps.every((s) => s.outcome === 'found')).toBe(true);
        await expect.poll(async () => (await getView(h.panel))?.step.id).toBe('quan-he');
        expect((await getView(h.panel))?.state.detour).toBeUndefined();
        expect(page.url()).toContain('/nop-ho-so?');
        await page.close();
      },
    );
  });
}
