/**
 * Side-by-side measurement: the subject and its baseline run in alternating rounds in the same process, and
 * each figure is the median over rounds, so a noisy machine slows both alike and the ratio stays meaningful.
 */
export interface Row {
  figure: string;
  value: string;
  baseline: string;
  ratio: string;
  budget: string;
  ok: boolean | undefined;
}

export const rows: Row[] = [];

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function timeBatch(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e6 / iterations;
}

export function formatMs(ms: number): string {
  return ms >= 10 ? `${ms.toFixed(1)} ms` : ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`;
}

export interface CompareOptions {
  /** Largest acceptable subject/baseline ratio. */
  maxRatio?: number;
  rounds?: number;
  /** Aim for roughly this many ms per batch. */
  batchMs?: number;
}

/** Times a synchronous subject against its baseline and records a row. */
export function compare(
  figure: string,
  subject: () => unknown,
  baseline: () => unknown,
  options: CompareOptions = {},
): void {
  const { rounds = 15, batchMs = 20, maxRatio } = options;
  // Warm up and size the batches so each lasts about batchMs.
  const once = Math.max(timeBatch(subject, 3), 1e-4);
  const onceBase = Math.max(timeBatch(baseline, 3), 1e-4);
  const n = Math.max(1, Math.round(batchMs / once));
  const nBase = Math.max(1, Math.round(batchMs / onceBase));
  const a: number[] = [];
  const b: number[] = [];
  for (let r = 0; r < rounds; r++) {
    if (r % 2) {
      b.push(timeBatch(baseline, nBase));
      a.push(timeBatch(subject, n));
    } else {
      a.push(timeBatch(subject, n));
      b.push(timeBatch(baseline, nBase));
    }
  }
  const value = median(a);
  const base = median(b);
  const ratio = value / base;
  rows.push({
    figure,
    value: formatMs(value),
    baseline: formatMs(base),
    ratio: `${ratio.toFixed(2)}×`,
    budget: maxRatio === undefined ? '' : `≤ ${maxRatio}×`,
    ok: maxRatio === undefined ? undefined : ratio <= maxRatio,
  });
}

/** Records a figure measured elsewhere (sizes, throughput). */
export function record(row: Row): void {
  rows.push(row);
}

export function printTable(): boolean {
  const headerCells = ['figure', 'value', 'baseline', 'ratio', 'budget', 'verdict'];
  const cells = (r: Row): string[] => [
    r.figure,
    r.value,
    r.baseline,
    r.ratio,
    r.budget,
    r.ok === undefined ? '' : r.ok ? 'ok' : 'OVER',
  ];
  const all = [headerCells, ...rows.map(cells)];
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => [...c[i]!].length)));
  const line = (c: string[]): string => `| ${c.map((x, i) => x.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(all[0]!));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const c of all.slice(1)) console.log(line(c));
  return rows.every((r) => r.ok !== false);
}
