/**
 * Who sent a message to the background. Only two kinds of sender are heard: the extension's own side panel and its
 * content script on the portal's origins. Anything else (another extension, another page of ours, a frame) is refused.
 */
import { onPortal } from '../hosts.js';

/** The fields of the browser's MessageSender that the check reads. */
export interface SenderInfo {
  readonly id?: string;
  readonly url?: string;
  readonly tab?: { readonly id?: number };
  readonly frameId?: number;
}

/** The extension itself: its id and the base address of its pages ("chrome-extension://<id>/"). */
export interface Self {
  readonly id: string;
  readonly base: string;
}

export type SenderKind = 'panel' | 'content';

export type SenderCheck =
  | { readonly ok: true; readonly from: SenderKind; readonly tabId?: number }
  | { readonly ok: false; readonly reason: string };

/** The side panel's page (opened as the side panel, or in a tab). */
export const PANEL_PAGE = 'sidepanel.html';

export function checkSender(sender: SenderInfo, self: Self): SenderCheck {
  if (sender.id !== self.id) return { ok: false, reason: 'not from this extension' };
  const url = sender.url ?? '';
  if (url.startsWith(self.base)) {
    const page = url.slice(self.base.length).replace(/[?#].*$/, '');
    return page === PANEL_PAGE ? { ok: true, from: 'panel' } : { ok: false, reason: `from another page (${page})` };
  }
  // A content script runs in a tab's top frame, on the portal only.
  if (sender.tab?.id === undefined) return { ok: false, reason: 'neither the side panel nor a tab' };
  if (sender.frameId !== undefined && sender.frameId !== 0) return { ok: false, reason: 'from a frame' };
  if (!onPortal(url)) return { ok: false, reason: 'from a page outside the portal' };
  return { ok: true, from: 'content', tabId: sender.tab.id };
}
