import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../support/browser.js';
import { firefoxPath, launchFirefox, tipProbe, type FirefoxHarness } from './firefox-support.js';
import { walkBudget, walkGuide } from './support.js';

const firefox = firefoxPath();
// In CI Firefox ESR is installed by .ci/run, and this file may not be skipped there.
const required = process.env.CI === 'true' || process.env.PAPI_REQUIRE_FIREFOX === '1';
if (!firefox && !required)
  console.warn(
    "\n*** The extension's Firefox test is SKIPPED: no Firefox here (apt-get install -y firefox-esr, or set FIREFOX_PATH) ***\n",
  );

describe.skipIf(!firefox && !required)('the Firefox build in Firefox ESR: khai-sinh end to end', () => {
  let h: FirefoxHarness;

  beforeAll(async () => {
    if (!firefox) throw new Error('Firefox ESR is needed here: apt-get install -y firefox-esr (or set FIREFOX_PATH)');
    h = await launchFirefox(firefox);
  });
  afterAll(async () => {
    await h?.close();
  });

  it(
    'starts from the deep link and follows the guide on the page to the dossier code, the tip accessible',
    async () => {
      const page = await h.context.newPage();
      await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      const probe = tipProbe(page, 'khai-sinh');
      await expect.poll(async () => (await probe.view())?.state.stepStatus).toBe('found');
      expect(await page.locator('[data-papi-overlay]').count()).toBe(1);
      // The tip is a labelled region whose buttons have names: axe finds nothing in it.
      expect(await axeViolations(page, { include: ['[data-papi-overlay]'] })).toEqual([]);
      let checked = 0;
      const steps = await walkGuide(page, probe, {
        ward: 'Phường Vĩnh Phước',
        fileInput: true,
        onStep: async (v) => {
          if (process.env.PAPI_DEBUG) console.log(`[firefox] ${v.state.step} ${v.step.id} ${v.state.stepStatus}`);
          if (v.state.stepStatus !== 'found') return;
          // The tip beside the outlined element says what to do, in Vietnamese.
          await expect
            .poll(() => page.locator('[data-papi-overlay]').evaluate((host) => host.shadowRoot?.textContent ?? ''))
            .toContain(v.step.tip.vi);
          checked++;
        },
      });
      expect(checked).toBeGreaterThan(15);
      expect((await probe.view())?.state.status).toBe('completed');
      await expect.poll(() => page.url()).toContain('/nop-ho-so/thanh-cong');
      expect(await page.getByText('Mã hồ sơ:').count()).toBe(1);
      // Every step with a target was found on the faithful replica, as in Chromium.
      const missed = steps.filter((s) => s.outcome === 'fallback' || s.outcome === 'other-page');
      expect(missed.map((s) => s.id)).toEqual(['chon-don-vi']);
      expect(steps.find((s) => s.id === 'kiem-tra-tu-dien')?.outcome).toBe('text');
      // Firefox asked for no host but the portal's and the sign-on's: the extension calls nowhere.
      expect(h.refused).toEqual([]);
    },
    walkBudget('khai-sinh'),
  );
});
