// Runs commands in lanes side by side: the steps of one lane one after the other (a lane stops at its first failed
// step), the lanes at the same time. Each line a command prints is shown as it comes, after its lane's name, and a
// table of every step's time and result is printed at the end. Used by scripts/test.mjs and scripts/test-browser.mjs.
import { spawn } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';

const children = new Set();

// Stopped from outside (Ctrl+C, a CI timeout): the commands stop too, and with them their browsers.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

/**
 * @typedef {{ name: string, command: string, args: string[] }} Step
 * @typedef {{ lane: string, step: string, seconds: number, result: 'passed' | 'FAILED' | 'skipped', why?: string[] }} Outcome
 */

/** Runs one command, its lines prefixed and kept in `kept`; resolves to its exit code. */
function runStep(prefix, step, kept) {
  return new Promise((resolve) => {
    const child = spawn(step.command, step.args, { stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        kept.push(...lines);
        if (lines.length) process.stdout.write(lines.map((l) => prefix + l).join('\n') + '\n');
      });
      stream.on('end', () => {
        kept.push(partial);
        if (partial) process.stdout.write(prefix + partial + '\n');
      });
    }
    child.on('error', (error) => {
      kept.push(`${step.command}: ${error.message}`);
      process.stdout.write(`${prefix}${step.command}: ${error.message}\n`);
    });
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve(code ?? (signal ? 1 : 0));
    });
  });
}

/**
 * Runs the lanes side by side.
 * @param {Record<string, Step[]>} lanes lane name → its steps, in order
 * @returns {Promise<Outcome[]>}
 */
export async function runLanes(lanes) {
  const width = Math.max(...Object.keys(lanes).map((l) => l.length));
  const results = await Promise.all(
    Object.entries(lanes).map(async ([lane, steps]) => {
      const prefix = `${lane.padEnd(width)} │ `;
      /** @type {Outcome[]} */
      const outcomes = [];
      let failed = false;
      for (const step of steps) {
        if (failed) {
          outcomes.push({ lane, step: step.name, seconds: 0, result: 'skipped' });
          continue;
        }
        const t0 = Date.now();
        /** @type {string[]} */
        const kept = [];
        const code = await runStep(prefix, step, kept);
        failed = code !== 0;
        outcomes.push({
          lane,
          step: step.name,
          seconds: (Date.now() - t0) / 1000,
          result: failed ? 'FAILED' : 'passed',
          ...(failed ? { why: whyFailed(kept) } : {}),
        });
      }
      return outcomes;
    }),
  );
  return results.flat();
}

const WHY_LINES = 40;

/**
 * What a failed step printed about its failure: vitest's failed-tests summary where there is one, else its last
 * lines. The lanes' output interleaves, and CI logs are often read from the end, so `report` repeats this there.
 */
export function whyFailed(lines) {
  const plain = lines.map((l) => stripVTControlCharacters(l).trimEnd());
  const start = plain.findIndex((l) =>
    /⎯ (Failed (Tests|Suites)|Unhandled Errors|Startup Error|Collect Error|Source Errors|Async Leaks)\b/.test(l),
  );
  const excerpt = start >= 0 ? plain.slice(start) : plain.filter((l) => l).slice(-WHY_LINES);
  return excerpt.filter((l, i) => l || excerpt[i - 1]).slice(0, WHY_LINES);
}

/** Prints what failed, then the steps' outcomes as a table; returns whether all passed. */
export function report(outcomes) {
  for (const o of outcomes) {
    if (!o.why) continue;
    console.log(`\n── ${o.lane} · ${o.step}: what failed ──`);
    console.log(o.why.join('\n'));
  }
  const rows = outcomes.map((o) => [
    o.lane,
    o.step,
    o.result === 'skipped' ? '–' : `${o.seconds.toFixed(0)} s`,
    o.result,
  ]);
  const head = ['lane', 'step', 'time', 'result'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ');
  console.log(['', line(head), ...rows.map(line)].join('\n'));
  return outcomes.every((o) => o.result === 'passed');
}

/** A pnpm command as a step. */
export const pnpm = (name, ...args) => ({ name, command: 'pnpm', args });

/** The browser test projects, one lane each (see vitest.config.ts); `args` pass through to vitest. */
export const browserLanes = (args = []) =>
  Object.fromEntries(
    ['browser', 'browser-feedback', 'browser-extension'].map((project) => [
      project,
      [
        pnpm(
          `vitest --project ${project}`,
          'exec',
          'vitest',
          'run',
          '--project',
          project,
          '--passWithNoTests',
          ...args,
        ),
      ],
    ]),
  );
