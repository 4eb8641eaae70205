/** The background's door: a message is acted on only from a known sender and in a known shape (see its two parts). */
import type { ToBackground } from '../messages.js';
import { checkSender, type SenderInfo, type Self } from './sender.js';
import { checkShape } from './shapes.js';

export { checkSender, PANEL_PAGE, type SenderInfo, type Self } from './sender.js';
export { checkShape, SHAPES } from './shapes.js';
export { checkReport } from './report.js';

export type Admission =
  | { readonly ok: true; readonly message: ToBackground; readonly tabId?: number }
  | { readonly ok: false; readonly reason: string };

/** Admits a message, or says why not (the reason names the type and the field, never the values). */
export function admit(message: unknown, sender: SenderInfo, self: Self): Admission {
  const who = checkSender(sender, self);
  if (!who.ok) return who;
  const shape = checkShape(message, who.from);
  if (!shape.ok) return shape;
  return who.tabId === undefined
    ? { ok: true, message: shape.message }
    : { ok: true, message: shape.message, tabId: who.tabId };
}
