import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUIDES } from '../../../extension/src/guides/index.js';
import { getView, launchWithExtension, setUnit, walkBudget, walkGuide, type Harness } from './support.js';

// Every shipped guide, started by its deep link and played through on the faithful replica: every step that
// has a target finds it (text-only steps stay text), and the guide completes.
describe('every guide on the portal replica', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launchWithExtension('normal');
    await setUnit(h.panel, 'phuong-vinh-phuoc-2025');
  });
  afterAll(async () => {
    await h?.close();
  });

  it('ships the six essential guides', () => {
    expect(GUIDES.map((g) => g.id).sort()).toEqual([
      'ket-hon',
      'khai-sinh',
      'khai-tu',
      'lien-thong-khai-sinh',
      'tam-tru',
      'thuong-tru',
    ]);
  });

  for (const guide of GUIDES) {
    it(`resolves every target of ${guide.id}`, { timeout: walkBudget(guide.id) }, async () => {
      const page = await h.context.newPage();
      await page.goto('https://dichvucong.gov.vn/cau-hoi-thuong-gap');
      await page.evaluate(() => localStorage.clear()); // signed out, as at the start of a resident's visit
      await page.goto(`https://dichvucong.gov.vn/#papi-guide=${guide.id}`);
      await expect.poll(async () => (await getView(h.panel))?.guideId).toBe(guide.id);
      const steps = await walkGuide(page, h.panel);
      expect((await getView(h.panel))?.state.status).toBe('completed');
      // A step waiting for what is left to do ("the required fields still empty") may find nothing left and pass
      // by itself before the clerk sees it; a step on a page nobody has recorded (`assumed`: the replica shows the
      // thường trú and tạm trú forms as the older wizard) may fall back to its instructions; every other step with
      // a target was found.
      const fellBack = new Set(steps.filter((s) => s.outcome === 'fallback').map((s) => s.id));
      for (const id of fellBack) expect(guide.steps.find((s) => s.id === id)?.assumed, `${id} fell back`).toBe(true);
      const withTarget = guide.steps
        .filter((s) =>
          s.target && !steps.some((r) => r.id === s.id) ? s.advance.kind !== 'gone' : s.target && !fellBack.has(s.id),
        )
        .map((s) => s.id);
      const found = steps.filter((s) => s.outcome === 'found').map((s) => s.id);
      expect(found.sort()).toEqual([...withTarget].sort());
      const done = (await getView(h.panel))?.state.done ?? [];
      for (const s of guide.steps)
        if (s.target && !steps.some((r) => r.id === s.id)) expect(done[guide.steps.indexOf(s)], s.id).toBe('auto');
      expect(steps.filter((s) => s.outcome !== 'found').every((s) => s.outcome === 'text' || fellBack.has(s.id))).toBe(
        true,
      );
      // A step that names a SurveyJS question is outlined on that question, never on a block repeating its title.
      for (const s of steps) {
        const dataName = guide.steps.find((g) => g.id === s.id)?.target?.dataName;
        if (dataName && s.outcome === 'found') expect(s.question, s.id).toMatch(new RegExp(`^${dataName}__\\d+$`));
      }
      await page.close();
    });
  }
});
