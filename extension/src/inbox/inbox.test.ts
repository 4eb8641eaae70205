import { describe, expect, it } from 'vitest';
import { guideById } from '../guides/index.js';
import { draftStep } from '../recorder/draft-step.js';
import { admit, checkSender, checkShape, SHAPES, type SenderInfo } from './index.js';

/** A step as the recorder drafts it, on a button of the portal. */
function recorded() {
  document.body.innerHTML = '<button type="button" class="btn">Nộp hồ sơ</button>'; // test fixture markup
  const step = draftStep({
    kind: 'click',
    element: document.querySelector('button')!,
    url: 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345',
  })!;
  document.body.innerHTML = '';
  return JSON.parse(JSON.stringify(step)) as Record<string, unknown>;
}

const self = { id: 'abcdefghijklmnopabcdefghijklmnop', base: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const panel: SenderInfo = { id: self.id, url: `${self.base}sidepanel.html` };
const content: SenderInfo = {
  id: self.id,
  url: 'https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=1',
  tab: { id: 7 },
  frameId: 0,
};

describe('who may message the background', () => {
  it('hears the side panel (as the side panel or opened in a tab) and the content script on the portal', () => {
    expect(checkSender(panel, self)).toEqual({ ok: true, from: 'panel' });
    expect(checkSender({ ...panel, url: `${panel.url}#x`, tab: { id: 3 } }, self)).toEqual({ ok: true, from: 'panel' });
    expect(checkSender(content, self)).toEqual({ ok: true, from: 'content', tabId: 7 });
    const signOn = { ...content, url: 'https://sso.dancuquocgia.gov.vn/auth?client=1' };
    expect(checkSender(signOn, self)).toMatchObject({ ok: true, from: 'content' });
  });

  it('refuses another extension, another page of its own, a frame, a tab outside the portal, and no sender', () => {
    const refused = (s: SenderInfo): string => {
      const r = checkSender(s, self);
      if (r.ok) throw new Error(`accepted ${JSON.stringify(s)}`);
      return r.reason;
    };
    expect(refused({ ...panel, id: 'another-extension' })).toBe('not from this extension');
    expect(refused({ ...content, id: undefined })).toBe('not from this extension');
    expect(refused({ id: self.id, url: `${self.base}options.html` })).toMatch(/another page/);
    expect(refused({ ...content, frameId: 2 })).toBe('from a frame');
    expect(refused({ ...content, url: 'https://dichvucong.gov.vn.evil.example/' })).toMatch(/outside the portal/);
    expect(refused({ ...content, url: 'http://dichvucong.gov.vn/' })).toMatch(/outside the portal/);
    expect(refused({ ...content, url: 'https://dichvucong.gov.vn:8443/' })).toMatch(/outside the portal/);
    expect(refused({ ...content, tab: undefined })).toMatch(/neither/);
    expect(refused({ id: self.id })).toMatch(/neither/);
  });
});

describe('what the background accepts', () => {
  const ok = (m: unknown, from: 'panel' | 'content' = 'content') => checkShape(m, from);
  const reason = (m: unknown, from: 'panel' | 'content' = 'content'): string => {
    const r = checkShape(m, from);
    if (r.ok) throw new Error(`accepted ${JSON.stringify(m)}`);
    return r.reason;
  };

  it('accepts every message the content script and the panel send, in its shape', () => {
    const fromContent = [
      { type: 'page', url: 'https://dichvucong.gov.vn/' },
      { type: 'page', url: 'https://dichvucong.gov.vn/', deepLink: 'khai-sinh' },
      { type: 'located', step: 'nop-truc-tuyen', strategy: 'label', failed: ['data-name'] },
      { type: 'not-found', step: 'nop-truc-tuyen', tried: ['label', 'role', 'css'] },
      { type: 'condition-met', step: 'ho-ten-tre' },
      { type: 'agency', step: 'chon-xa', name: 'Phường Vĩnh Phước' },
      { type: 'screen', step: 'vneid-otp' },
      { type: 'link-answer', guideId: 'khai-sinh', replace: false },
      { type: 'manual' },
      { type: 'next' },
      { type: 'back' },
      { type: 'recorder-step', step: recorded() },
      { type: 'recorder-ask' },
    ];
    for (const m of fromContent) expect(ok(m), JSON.stringify(m)).toEqual({ ok: true, message: m });
    const fromPanel = [
      { type: 'get-state' },
      { type: 'start', guideId: 'khai-tu' },
      { type: 'pause' },
      { type: 'resume', caseId: '0b7c3a52-6a1e-4f0e-9f51-2d4a4c0e9a11' },
      { type: 'discard', caseId: 'case-1' },
      { type: 'settings-changed' },
      { type: 'check-guide', guideId: 'khai-sinh-v2' },
      { type: 'goto', step: 12 },
      { type: 'manual' },
      { type: 'recorder-start' },
      { type: 'recorder-stop' },
      { type: 'recorder-try', guide: guideById('khai-tu') },
    ];
    for (const m of fromPanel) expect(ok(m, 'panel'), JSON.stringify(m)).toEqual({ ok: true, message: m });
    // Every type has its validator and is tried above.
    expect(new Set([...fromContent, ...fromPanel].map((m) => m.type))).toEqual(new Set(Object.keys(SHAPES)));
  });

  it('refuses the panel’s commands from the content script, and the page’s reports from the panel', () => {
    expect(reason({ type: 'start', guideId: 'khai-sinh' })).toBe('start: not accepted from the content');
    expect(reason({ type: 'discard', caseId: 'case-1' })).toBe('discard: not accepted from the content');
    expect(reason({ type: 'goto', step: 3 })).toBe('goto: not accepted from the content');
    expect(reason({ type: 'get-state' })).toBe('get-state: not accepted from the content');
    expect(reason({ type: 'settings-changed' })).toBe('settings-changed: not accepted from the content');
    expect(reason({ type: 'check-guide', guideId: 'khai-sinh' })).toBe('check-guide: not accepted from the content');
    expect(reason({ type: 'condition-met', step: 'x' }, 'panel')).toBe('condition-met: not accepted from the panel');
    expect(reason({ type: 'link-answer', guideId: 'x', replace: true }, 'panel')).toMatch(/not accepted/);
  });

  it('refuses unknown types and wrong, missing, oversized or extra fields, naming the field', () => {
    expect(reason(null)).toBe('not an object');
    expect(reason('page')).toBe('not an object');
    expect(reason([{ type: 'page' }])).toBe('not an object');
    expect(reason({ type: 'state', view: null })).toBe('unknown type');
    expect(reason({ type: 'toString' })).toBe('unknown type');
    expect(reason({ type: '__proto__' })).toBe('unknown type');
    expect(reason({})).toBe('unknown type');
    expect(reason({ type: 'page' })).toBe('page.url: not an address on the portal');
    expect(reason({ type: 'page', url: 'https://example.com/' })).toBe('page.url: not an address on the portal');
    expect(reason({ type: 'page', url: `https://dichvucong.gov.vn/${'a'.repeat(17_000)}` })).toMatch(/page.url/);
    expect(reason({ type: 'page', url: 'https://dichvucong.gov.vn/', deepLink: '../x' })).toMatch(/page.deepLink/);
    expect(reason({ type: 'located', step: 'x', strategy: 'xpath', failed: [] })).toMatch(/located.strategy/);
    expect(reason({ type: 'located', step: 'x', strategy: 'label', failed: ['label', 'eval'] })).toMatch(
      /located.failed/,
    );
    expect(reason({ type: 'not-found', step: 'x', tried: 'label' })).toMatch(/not-found.tried/);
    expect(reason({ type: 'not-found', step: 'x', tried: [], path: '/ho-so/G22.99' })).toBe(
      'not-found: unknown field path',
    );
    expect(reason({ type: 'condition-met', step: 'A B' })).toMatch(/condition-met.step/);
    expect(reason({ type: 'condition-met', step: 'x'.repeat(61) })).toMatch(/condition-met.step/);
    expect(reason({ type: 'agency', step: 'chon-xa', name: '' })).toMatch(/agency.name/);
    expect(reason({ type: 'agency', step: 'chon-xa', name: 'x'.repeat(121) })).toMatch(/agency.name/);
    expect(reason({ type: 'link-answer', guideId: 'khai-sinh', replace: 'yes' })).toMatch(/link-answer.replace/);
    expect(reason({ type: 'manual', step: 3 })).toBe('manual: unknown field step');
    expect(reason({ type: 'goto', step: -1 }, 'panel')).toMatch(/goto.step/);
    expect(reason({ type: 'goto', step: 1.5 }, 'panel')).toMatch(/goto.step/);
    expect(reason({ type: 'goto', step: '2' }, 'panel')).toMatch(/goto.step/);
    expect(reason({ type: 'resume', caseId: '<img>' }, 'panel')).toMatch(/resume.caseId/);
    expect(reason({ type: 'start' }, 'panel')).toMatch(/start.guideId/);
    expect(reason({ type: 'check-guide', guideId: 'Khai Sinh' }, 'panel')).toMatch(/check-guide.guideId/);
  });

  it('takes a recorded step from the content script only, in the draft step’s shape and nothing more', () => {
    const step = recorded();
    expect(reason({ type: 'recorder-step', step }, 'panel')).toMatch(/not accepted from the panel/);
    expect(reason({ type: 'recorder-start' })).toMatch(/not accepted from the content/);
    expect(reason({ type: 'recorder-try', guide: guideById('khai-tu') })).toMatch(/not accepted/);
    const bad = (change: Record<string, unknown>): string =>
      reason({ type: 'recorder-step', step: { ...step, ...change } });
    // Anything beyond the shape: a value, the page's address, text in the step.
    expect(bad({ value: 'LÊ MINH CHÂU' })).toBe('recorder-step.step: not a draft step');
    expect(bad({ url: ['https://dichvucong.gov.vn/nop-ho-so?formalityCaseId=8812345'] })).toMatch(/URL pattern/);
    expect(bad({ url: ['dichvucong.gov.vn/', 'dichvucong.gov.vn/a'] })).toMatch(/URL pattern/);
    expect(bad({ title: { vi: 'LÊ MINH CHÂU', en: '', km: '' } })).toMatch(/texts not empty/);
    expect(bad({ tip: { vi: '', en: '', km: '', note: '' } })).toMatch(/texts not empty/);
    expect(bad({ target: { label: 'x', value: 'LÊ MINH CHÂU' } })).toMatch(/not a locator/);
    expect(bad({ target: undefined })).toMatch(/not a locator/);
    expect(bad({ advance: { kind: 'url', url: 'dichvucong.gov.vn/' } })).toMatch(/click or filled/);
    expect(bad({ advance: { kind: 'click', text: 'x' } })).toMatch(/click or filled/);
    expect(bad({ alternatives: [{ strategy: 'label', target: { label: 'x' }, value: 'y' }] })).toMatch(/proposed/);
    expect(bad({ alternatives: Array(5).fill({ strategy: 'label', target: { label: 'x' } }) })).toMatch(/proposed/);
    expect(bad({ strategy: 'xpath' })).toMatch(/locator strategy/);
    expect(bad({ key: '<img>' })).toMatch(/key/);
    expect(bad({ target: { label: 'x'.repeat(4000) } })).toMatch(/draft step|locator/);
    expect(reason({ type: 'recorder-step', step, extra: 1 })).toBe('recorder-step: unknown field extra');
    expect(reason({ type: 'recorder-try', guide: { ...guideById('khai-tu'), id: 'Bad Id' } }, 'panel')).toMatch(
      /recorder-try.guide: not a valid guide/,
    );
  });

  it('admits a message only when both the sender and the shape are right', () => {
    expect(admit({ type: 'page', url: content.url }, content, self)).toEqual({
      ok: true,
      message: { type: 'page', url: content.url },
      tabId: 7,
    });
    expect(admit({ type: 'start', guideId: 'khai-sinh' }, panel, self)).toEqual({
      ok: true,
      message: { type: 'start', guideId: 'khai-sinh' },
    });
    expect(admit({ type: 'start', guideId: 'khai-sinh' }, content, self)).toMatchObject({ ok: false });
    expect(admit({ type: 'start', guideId: 'khai-sinh' }, { ...panel, id: 'other' }, self)).toMatchObject({
      ok: false,
      reason: 'not from this extension',
    });
  });
});
