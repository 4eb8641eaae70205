// Builds the embed files (dist/): the loader papi-widgets.js (a classic script) and the ES modules it fetches, one per
// element plus the chunks they share and each part's strings per locale, all flat in dist/ beside it; and
// papi-widgets.mjs, one ES module with every element. Lit, idb and core are bundled in; nothing is loaded from
// elsewhere at run time.
// Also builds the npm package's modules (lib/): one ES module per element, with Lit and idb left as imports so that a
// site's bundler shares one copy; core is bundled, as it is not published on its own. Their types: rollup.types.config.js.
import { readdirSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { papiStrings, STRINGS_PREFIX } from './build/strings-plugin.js';

export const elements = readdirSync('src').filter(
  (name) => name.startsWith('papi-') && existsSync(`src/${name}/define.ts`),
);
const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'));
/** The package's own dependencies (lit, idb) and their subpaths stay imports in lib/. */
export const external = (id) => Object.keys(dependencies).some((name) => id === name || id.startsWith(`${name}/`));
/** lib/index.js and lib/papi-*.js define elements (package.json's sideEffects); shared code goes in chunk-*.js. */
export const libInput = {
  index: 'src/index.ts',
  ...Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
};
/**
 * An element's folder goes into that element's own file, the rest into one shared chunk. Left to itself, rollup moves
 * a define.ts that other entries import (the register imports the badge's) into a shared chunk, where a bundler that
 * trusts sideEffects may drop it.
 */
export const libChunk = (id) =>
  id.endsWith('/src/index.ts') || id.startsWith(`\0${STRINGS_PREFIX}`)
    ? undefined
    : (elements.find((name) => id.includes(`/src/${name}/`)) ?? 'shared');

/** A strings module's chunk is named after its part and locale (strings-feedback-km-<hash>.js). */
const stringsChunkName = (chunk) =>
  chunk.facadeModuleId?.startsWith(`\0${STRINGS_PREFIX}`)
    ? `strings-${chunk.facadeModuleId.slice(STRINGS_PREFIX.length + 1).replace(':', '-')}`
    : undefined;

/** Empties lib/ first (chunk names carry hashes, so old ones would linger), keeping the files that match `keep`. */
export const cleanLib = (keep) => ({
  name: 'clean-lib',
  buildStart() {
    if (!existsSync('lib')) return;
    for (const name of readdirSync('lib'))
      if (!keep.test(name)) rmSync(`lib/${name}`, { recursive: true, force: true });
  },
});

/** Empties dist/ of the element modules and chunks of earlier builds (their names carry hashes). */
const cleanDist = () => ({
  name: 'clean-dist',
  buildStart() {
    if (!existsSync('dist')) return;
    for (const name of readdirSync('dist')) if (name.endsWith('.js')) rmSync(`dist/${name}`, { force: true });
  },
});

/** Fails the build when an element would be defined outside the files package.json's sideEffects lists. */
const definitionsInEntries = () => ({
  name: 'definitions-in-entries',
  generateBundle(_options, bundle) {
    for (const file of Object.values(bundle)) {
      if (file.type === 'chunk' && !file.isEntry && /defineElement\(\s*['"]/.test(file.code)) {
        this.error(
          `lib/${file.fileName} defines an element, but only index.js and papi-*.js are marked as having side effects`,
        );
      }
    }
  },
});

/**
 * Minifies the CSS of Lit's css`…` templates (terser leaves template text alone): comments and runs of whitespace go.
 * Only templates without ${…} are touched, so nothing is spliced.
 */
const minifyCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(
      /\bcss`([^`$\\]*)`/g,
      (_, text) =>
        `css\`${text
          .replace(/\/\*[^]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .replace(/:\s+/g, ':')
          .replace(/;}/g, '}')
          .trim()}\``,
    );
    return out === code ? null : { code: out, map: null };
  },
});

export const plugins = ({ minify = true } = {}) => [
  papiStrings(),
  minifyCss(),
  // package.json's sideEffects describes the built files of lib/ and dist/, not the sources they are built from.
  nodeResolve({ browser: true, extensions: ['.ts', '.js'], ignoreSideEffectsForRoot: true }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', include: /\.[jt]s$/, exclude: [] }),
  ...(minify ? [terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } })] : []),
];

/*
 * The loader's list of files: the element modules' build records what it wrote, then the loader's build (rollup runs
 * the configurations below in order) inlines it as the module papi-loader:files.
 */
const files = { elements: undefined, strings: undefined };
const recordFiles = () => ({
  name: 'record-files',
  generateBundle(_options, bundle) {
    files.elements = {};
    files.strings = {};
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      if (chunk.isEntry) files.elements[chunk.name] = chunk.fileName;
      const strings = chunk.facadeModuleId?.startsWith(`\0${STRINGS_PREFIX}`)
        ? chunk.facadeModuleId.slice(STRINGS_PREFIX.length + 1)
        : undefined;
      if (strings) files.strings[strings] = chunk.fileName;
    }
  },
});
const loaderFiles = () => ({
  name: 'loader-files',
  resolveId: (id) => (id === 'papi-loader:files' ? '\0papi-loader:files' : null),
  load(id) {
    if (id !== '\0papi-loader:files') return null;
    if (!files.elements) this.error('the element modules must be built before the loader');
    return `export const ELEMENT_FILES = ${JSON.stringify(files.elements)};\nexport const STRINGS_FILES = ${JSON.stringify(files.strings)};`;
  },
});

export default [
  // What the loader fetches: one module per element (it defines the element), the chunks they share, the strings.
  {
    input: Object.fromEntries(elements.map((name) => [name, `src/${name}/define.ts`])),
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name]-[hash].js',
      chunkFileNames: (chunk) => `${stringsChunkName(chunk) ?? 'papi-shared-[name]'}-[hash].js`,
    },
    plugins: [cleanDist(), ...plugins(), recordFiles()],
  },
  {
    input: 'src/loader.ts',
    output: { file: 'dist/papi-widgets.js', format: 'iife' },
    plugins: [loaderFiles(), ...plugins()],
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/papi-widgets.mjs', format: 'es', inlineDynamicImports: true },
    plugins: plugins(),
  },
  // The npm package: readable ES modules (the site's bundler minifies), flat in lib/ so that every file's
  // import.meta.url finds the default plan beside it.
  {
    input: libInput,
    external,
    // Entry files may export what other files import from them, rather than re-export it from a facade.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'lib',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `${stringsChunkName(chunk) ?? 'chunk'}-[hash].js`,
      manualChunks: libChunk,
    },
    plugins: [cleanLib(/\.d\.ts$/), ...plugins({ minify: false }), definitionsInEntries()],
  },
];
