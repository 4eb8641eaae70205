/** Files a widget hands to the user: built in memory and offered through a Blob URL, never through a server. */

export { csvCell, toCsv } from '@papi/core';

/** A safe file name: letters, digits, dot, dash and underscore only. */
export function fileName(base: string, ext: string): string {
  return `${base
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\w.-]+/g, '-')
    .slice(0, 80)}.${ext}`;
}

/** Offers a file to save: text built here, or a file fetched as a Blob (kept byte for byte, its BOM included). */
export function download(name: string, content: string | Blob, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}
