// What papi-widgets.js is made of, built with the real rollup configuration in memory: the bundle without each
// element (so what that element adds), and the shared parts on their own (strings in three locales, the domain data
// the elements show, idb). gzip sizes do not add up exactly; each figure is measured on its own.
// Prints one JSON object; `pnpm bench` reads it.
import { gzipSync } from 'node:zlib';
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { plugins } from '../rollup.config.js';

const here = dirname(fileURLToPath(import.meta.url));
const src = join(here, '..', 'src');
const core = join(here, '..', '..', 'packages', 'core', 'src');
const elements = readdirSync(src).filter(
  (name) => name.startsWith('papi-') && existsSync(join(src, name, 'define.ts')),
);

const ENTRY = '\0size-entry';
async function gzSize(code) {
  const bundle = await rollup({
    input: ENTRY,
    plugins: [
      { name: 'entry', resolveId: (id) => (id === ENTRY ? id : null), load: (id) => (id === ENTRY ? code : null) },
      ...plugins(),
    ],
    onwarn() {},
  });
  const { output } = await bundle.generate({ format: 'iife', name: 'Part', inlineDynamicImports: true });
  await bundle.close();
  return gzipSync(output[0].code).length;
}

const define = (name) => `export * from ${JSON.stringify(join(src, name, 'define.ts'))};`;
const keep = (names) =>
  `${names.map((n) => `import * as p${n.i} from ${JSON.stringify(n.file)};`).join('\n')}\nglobalThis.__keep = [${names.map((n) => `p${n.i}`).join(', ')}];`;
const files = (list) => list.map((file, i) => ({ file, i }));

const result = {
  all: await gzSize(elements.map(define).join('\n')),
  without: {},
  strings: await gzSize(
    keep(
      files([
        ...['vi', 'en', 'km'].map((l) => join(src, 'i18n', `${l}.ts`)),
        ...['vi', 'en', 'km'].map((l) => join(core, 'i18n', `${l}.ts`)),
      ]),
    ),
  ),
  data: await gzSize(
    `import { UNIT_FACTS, DIMENSION_FACTS, DISCLOSURE_CATEGORY_FACTS, SATISFACTION_LEVELS } from ${JSON.stringify(join(core, 'index.ts'))};\nglobalThis.__keep = [UNIT_FACTS, DIMENSION_FACTS, DISCLOSURE_CATEGORY_FACTS, SATISFACTION_LEVELS];`,
  ),
  idb: await gzSize(`import * as idb from 'idb';\nglobalThis.__keep = idb;`),
};
for (const name of elements)
  result.without[name] = await gzSize(
    elements
      .filter((e) => e !== name)
      .map(define)
      .join('\n'),
  );
console.log(JSON.stringify(result));
