import { afterEach, describe, expect, it, vi } from 'vitest';
import { overlayLabels } from './i18n/index.js';
import { Overlay, type OverlayAction } from './overlay.js';
import { clickAsPerson, trusted } from './testing/events.js';

const content = { stepLabel: 'Bước 13/27', title: 'Nộp trực tuyến', text: 'Bấm Nộp trực tuyến ở thẻ của đơn vị bạn.' };

function target(top: number, bottom: number): HTMLElement {
  const button = document.createElement('button');
  button.textContent = 'Nộp trực tuyến';
  document.body.append(button);
  button.getBoundingClientRect = () => ({
    top,
    bottom,
    left: 20,
    right: 200,
    width: 180,
    height: bottom - top,
    x: 20,
    y: top,
    toJSON: () => ({}),
  });
  button.scrollIntoView = vi.fn();
  return button;
}

afterEach(() => document.body.replaceChildren());

describe('the overlay on the portal page', () => {
  it('speaks the clerk’s language inside the Vietnamese portal page', () => {
    const overlay = new Overlay(document, () => undefined);
    overlay.setLabels(overlayLabels('km'));
    overlay.showAt(target(100, 140), content);
    expect(overlay.host.shadowRoot!.querySelector('.tip')!.getAttribute('lang')).toBe('km');
  });

  it('brings a target that is partly below the fold into view, and leaves one in full view alone', () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(768);
    const overlay = new Overlay(document, () => undefined);
    overlay.setLabels(overlayLabels('vi'));
    const half = target(740, 774);
    overlay.showAt(half, content);
    expect(half.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
    const seen = target(300, 340);
    overlay.showAt(seen, content);
    expect(seen.scrollIntoView).not.toHaveBeenCalled();
  });

  it('shows the target when a keyboard user tabs into the tip while the target is scrolled away', () => {
    vi.spyOn(window, 'innerHeight', 'get').mockReturnValue(768);
    const overlay = new Overlay(document, () => undefined);
    overlay.setLabels(overlayLabels('vi'));
    const field = target(300, 340);
    overlay.showAt(field, content);
    field.getBoundingClientRect = () => ({
      top: -600,
      bottom: -560,
      left: 20,
      right: 200,
      width: 180,
      height: 40,
      x: 20,
      y: -600,
      toJSON: () => ({}),
    });
    overlay.host
      .shadowRoot!.querySelector<HTMLButtonElement>('[data-action="manual"]')!
      .dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(field.scrollIntoView).toHaveBeenCalledWith({ block: 'center' });
  });

  it('acts only on the clerk’s own presses: the portal’s scripts cannot press "I did this" or close the tip', () => {
    const actions: OverlayAction[] = [];
    const overlay = new Overlay(document, (a) => actions.push(a));
    overlay.setLabels(overlayLabels('vi'));
    overlay.showAt(target(100, 140), content);
    const root = overlay.host.shadowRoot!;
    const button = (a: OverlayAction) => root.querySelector<HTMLButtonElement>(`[data-action="${a}"]`)!;
    for (const a of ['manual', 'next', 'back', 'close'] as const) button(a).click();
    root.querySelector('.tip')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(actions).toEqual([]);
    clickAsPerson(button('manual'));
    button('next').dispatchEvent(trusted(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true })));
    expect(actions).toEqual(['manual', 'close']);
  });
});
