// Bundles the collector for Node 20: dist/cli.js (the papi-collector command) and dist/index.js (the API the demo
// server imports). @papi/core is TypeScript source, so it is bundled; every other package, better-sqlite3's native
// module above all, stays external and loads from node_modules.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
// --outdir DIR builds elsewhere (the durability test builds its own copy so as not to disturb dist).
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 && process.argv[at + 1] ? process.argv[at + 1] : join(root, 'dist');
if (outdir === join(root, 'dist')) rmSync(outdir, { recursive: true, force: true });
const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
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
};
await build({
  ...shared,
  entryPoints: [join(root, 'src', 'cli.ts')],
  outfile: join(outdir, 'cli.js'),
  banner: { js: '#!/usr/bin/env node' },
});
await build({ ...shared, entryPoints: [join(root, 'src', 'index.ts')], outfile: join(outdir, 'index.js') });
console.log(`collector: built cli.js and index.js in ${outdir}`);
