/**
 * The shipped guides: JSON data, checked by core's validateGuide in the tests, by the build (which writes them to
 * guides.json for the background) and when loaded. The side panel and the tests take them from here.
 */
import khaiSinh from './khai-sinh.json';
import lienThongKhaiSinh from './lien-thong-khai-sinh.json';
import khaiTu from './khai-tu.json';
import ketHon from './ket-hon.json';
import thuongTru from './thuong-tru.json';
import tamTru from './tam-tru.json';
import type { Guide } from '@papi/core';
import { guideBook } from './book.js';

export const GUIDE_DATA: readonly unknown[] = [khaiSinh, lienThongKhaiSinh, khaiTu, ketHon, thuongTru, tamTru];

export const BUILT_IN = guideBook(GUIDE_DATA);

/** Only guides that validate are offered; a broken one is left out rather than half-run. */
export const GUIDES = BUILT_IN.all;

export function guideById(id: string): Guide | undefined {
  return BUILT_IN.byId(id);
}
