/** The shipped guides: JSON data, checked by core's validateGuide in the tests and when loaded. */
import { type Guide, validateGuide } from '@papi/core';
import khaiSinh from './khai-sinh.json';
import lienThongKhaiSinh from './lien-thong-khai-sinh.json';
import khaiTu from './khai-tu.json';
import ketHon from './ket-hon.json';
import thuongTru from './thuong-tru.json';
import tamTru from './tam-tru.json';

export const GUIDE_DATA: readonly unknown[] = [khaiSinh, lienThongKhaiSinh, khaiTu, ketHon, thuongTru, tamTru];

/** Only guides that validate are offered; a broken one is left out rather than half-run. */
export const GUIDES: readonly Guide[] = GUIDE_DATA.flatMap((g) => {
  const r = validateGuide(g);
  return r.ok ? [r.guide] : [];
});

export function guideById(id: string): Guide | undefined {
  return GUIDES.find((g) => g.id === id);
}

export function guideForProcedure(procedureId: string): Guide | undefined {
  return GUIDES.find((g) => g.procedure === procedureId);
}
