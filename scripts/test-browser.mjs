#!/usr/bin/env node
// Runs the two browser test projects side by side, each one file at a time: `browser` (widgets, demo, collector;
// they share the demo's database) and `browser-extension` (each file has its own replica and browser). Much of a
// guide's walk waits on the page, so the two overlap well on two cores. Vitest runs projects limited to one worker
// strictly one after the other, hence two processes. Their lines are shown as they come, each after its project.
// Usage: node scripts/test-browser.mjs [vitest arguments, e.g. file filters]
import { spawn } from 'node:child_process';

const args = process.argv.slice(2);
const projects = ['browser', 'browser-extension'];
const width = Math.max(...projects.map((p) => p.length));
const children = new Set();

function run(project) {
  return new Promise((resolve) => {
    const child = spawn('pnpm', ['exec', 'vitest', 'run', '--project', project, '--passWithNoTests', ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    const label = `${project.padEnd(width)} │ `;
    for (const stream of [child.stdout, child.stderr]) {
      let partial = '';
      stream.setEncoding('utf8');
      stream.on('data', (text) => {
        const lines = (partial + text).split('\n');
        partial = lines.pop() ?? '';
        if (lines.length) process.stdout.write(lines.map((l) => label + l).join('\n') + '\n');
      });
      stream.on('end', () => {
        if (partial) process.stdout.write(label + partial + '\n');
      });
    }
    child.on('close', (code, signal) => {
      children.delete(child);
      resolve({ project, code: code ?? (signal ? 1 : 0) });
    });
  });
}

// Stopped from outside (Ctrl+C, a CI timeout): the test runs stop too, and with them their browsers.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of children) child.kill(signal);
    process.exit(130);
  });
}

const results = await Promise.all(projects.map(run));
for (const r of results) console.log(`${r.code === 0 ? 'passed' : 'FAILED'}: ${r.project} (exit code ${r.code})`);
process.exit(results.some((r) => r.code !== 0) ? 1 : 0);
