import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideById } from '../../../extension/src/guides/index.js';
import {
  extensionStorageDump,
  getView,
  launchWithExtension,
  setUnit,
  walkBudget,
  walkGuide,
  type Harness,
} from './support.js';

const GUIDE = guideById('khai-sinh')!;

// The replica with changed markup: renamed classes, the agency card before the content, the ward's service
// card before the department's, options without role="option", a renamed "Hình thức nhận kết quả" block.
describe('the khai-sinh guide on the changed-markup replica', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension('changed');
  });
  afterAll(async () => {
    await h?.close();
  });

  it(
    'still finds its targets, or falls back to text without getting stuck',
    { timeout: walkBudget('khai-sinh') },
    async () => {
      await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
      const page = await h.context.newPage();
      await page.goto('https://dichvucong.gov.vn/#papi-guide=khai-sinh');
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe('khai-sinh');
      const steps = await walkGuide(page, h.panel);
      expect((await getView(h.panel))?.state.status).toBe('completed');
      const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
      // Options without a role are still found by their visible text.
      expect(byId['chon-can-tho']).toMatchObject({ outcome: 'found', strategy: 'label' });
      expect(byId['chon-don-vi']).toMatchObject({ outcome: 'found' });
      expect(byId['nop-truc-tuyen']).toMatchObject({ outcome: 'found' });
      // The renamed block is not found: the step fell back to its text instructions and "I did this" moved on.
      expect(byId['nhan-ket-qua']).toMatchObject({ outcome: 'fallback', how: 'manual' });
      // No page after the submission here: the success toast ("… thành công") alone moved the guide on.
      expect(page.url()).toContain('/nop-ho-so?');
      expect(byId['luu-va-nop']).toMatchObject({ outcome: 'found', how: 'auto' });
      expect((await getView(h.panel))?.state.done[GUIDE.steps.findIndex((s) => s.id === 'luu-va-nop')]).toBe('auto');
      // The ward's card came first on this page, and its "Nộp trực tuyến" was the one pressed (the right agency).
      // The failure report names the step, the strategies and the step's URL pattern only: never the page's own
      // address, whose query holds the dossier's formalityCaseId.
      await h.panel.getByRole('button', { name: 'Báo cáo' }).click();
      const report = h.panel.locator('table').last();
      await report.locator('td', { hasText: 'nhan-ket-qua' }).first().waitFor();
      expect(
        await report.locator('td', { hasText: 'dichvucong.gov.vn/nop-ho-so?formalityCaseId|formalityId' }).count(),
      ).toBeGreaterThan(0);
      const caseId = new URL(page.url()).searchParams.get('formalityCaseId')!;
      expect(caseId.length).toBeGreaterThan(0);
      expect(await report.textContent()).not.toContain(caseId);
      expect(await extensionStorageDump(h.panel)).not.toContain(caseId);
    },
  );
});
