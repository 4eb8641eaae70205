/** Files a widget hands to the user: built in memory and offered through a Blob URL, never through a server. */

/** A cell as a spreadsheet reads it: quoted, and never a formula (CSV injection: =, +, -, @, tab, CR lead). */
export function csvCell(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** UTF-8 with a byte-order mark and CRLF line ends, so that Excel opens Vietnamese text correctly. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** A safe file name: letters, digits, dot, dash and underscore only. */
export function fileName(base: string, ext: string): string {
  return `${base.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').replace(/[^\w.-]+/g, '-').slice(0, 80)}.${ext}`;
}

export function download(name: string, content: string, type: string): void {
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
