#!/usr/bin/env node
// Runs a TypeScript entry on Node 20 (which cannot strip types): esbuild bundles it to a temporary module first.
// Usage: node scripts/run-ts.mjs path/to/entry.ts [args…]
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
  process.exit(2);
}
// The bundle sits beside the entry so that its external imports resolve from the entry's own package.
const outfile = join(dirname(resolve(entry)), `.run-${process.pid}.mjs`);
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Workspace packages are TypeScript sources, so they are bundled; every other package stays external.
  plugins: [
    {
      name: 'external-dependencies',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (a) =>
          a.path.startsWith('@papi/') ? undefined : { path: a.path, external: true },
        );
      },
    },
  ],
  logLevel: 'warning',
  sourcemap: 'inline',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
});
process.argv = [process.argv[0], resolve(entry), ...args];
const cleanup = () => rmSync(outfile, { force: true });
process.on('exit', cleanup);
await import(pathToFileURL(outfile).href);
