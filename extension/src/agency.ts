/**
 * The office the dossier goes to: the ward or commune the clerk chose under "Chọn cơ quan thực hiện". It is an
 * office's name, never citizen data, so it may be kept with the case; the service list's "Nộp trực tuyến" must be
 * pressed on that office's card (a department's card comes before it).
 */
import { foldText } from '@papi/core';

/** How the portal's option labels begin for wards and communes ("Phường Vĩnh Phước", "Xã Vĩnh Hải"). */
const WARD_PREFIXES = ['phuong ', 'xa ', 'thi tran ', 'dac khu '];
const MAX_NAME = 120;

/** A ward's or commune's name as the portal writes it, or undefined for anything else (a province, a placeholder). */
export function wardName(text: string | null | undefined): string | undefined {
  const name = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!name || name.length > MAX_NAME) return undefined;
  const folded = foldText(name);
  return WARD_PREFIXES.some((p) => folded.startsWith(p)) ? name : undefined;
}

/** The option a press landed on, in an open list (role=option, or a plain item of a listbox or option panel). */
export function pressedOption(target: EventTarget | null): Element | null {
  if (!(target instanceof Element)) return null;
  const option = target.closest('[role="option"]');
  if (option) return option;
  const item = target.closest('li');
  return item && item.closest('[role="listbox"], ul') ? item : null;
}

const BLOCK_TITLE = 'chon co quan thuc hien';

/** The containers of "Chọn cơ quan thực hiện" blocks: around its title, or around its combos. */
function agencyBlocks(doc: Document): Set<Element> {
  const blocks = new Set<Element>();
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || (n.nodeValue ?? '').length > 60 || foldText(n.nodeValue ?? '') !== BLOCK_TITLE) continue;
    const block = parent.closest('form, section, aside') ?? parent.parentElement;
    if (block) blocks.add(block);
  }
  for (const combo of root.querySelectorAll('button[aria-haspopup="listbox"]')) {
    const block = combo.closest('form, section, aside') ?? combo.parentElement?.parentElement;
    if (block) blocks.add(block);
  }
  return blocks;
}

/**
 * The ward or commune a page's "Chọn cơ quan thực hiện" block shows as chosen: the text of a combo button
 * (`aria-haspopup="listbox"`), or the value of the input the portal may swap it for after a choice. Only an
 * office's name is taken from there (anything else is left unread beyond the test of its first words).
 */
export function chosenWardOnPage(doc: Document): string | undefined {
  for (const block of agencyBlocks(doc)) {
    for (const el of block.querySelectorAll(
      'button[aria-haspopup="listbox"], input:not([type]), input[type="text"], [role="combobox"]',
    )) {
      const name = wardName(el instanceof HTMLInputElement ? el.value : el.textContent);
      if (name) return name;
    }
  }
  return undefined;
}
