// Builds the embed files: one classic script (IIFE) and one ES module with every element, plus one classic
// script per element. Lit, idb and core are bundled in; nothing is loaded from elsewhere at run time.
import { readdirSync, existsSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const elements = readdirSync('src').filter((name) => name.startsWith('papi-') && existsSync(`src/${name}/define.ts`));

/**
 * Minifies the CSS of Lit's css`…` templates (terser leaves template text alone): comments and runs of whitespace go.
 * Only templates without ${…} are touched, so nothing is spliced.
 */
const minifyCss = () => ({
  name: 'minify-lit-css',
  transform(code, id) {
    if (!/\.ts$/.test(id) || !code.includes('css`')) return null;
    const out = code.replace(/\bcss`([^`$\\]*)`/g, (_, text) =>
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

const plugins = () => [
  minifyCss(),
  nodeResolve({ browser: true, extensions: ['.ts', '.js'] }),
  esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', include: /\.[jt]s$/, exclude: [] }),
  terser({ ecma: 2021, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    input: 'src/index.ts',
    output: [
      { file: 'dist/papi-widgets.js', format: 'iife', name: 'PapiWidgets' },
      { file: 'dist/papi-widgets.mjs', format: 'es' },
    ],
    plugins: plugins(),
  },
  ...elements.map((name) => ({
    input: `src/${name}/define.ts`,
    output: { file: `dist/${name}.js`, format: 'iife', name: name.replace(/-(\w)/g, (_, c) => c.toUpperCase()) },
    plugins: plugins(),
  })),
];
