/**
 * Core is tree-shakeable (#12 part 9): no module does anything when loaded, so a bundler drops every module, and
 * every part of a module, that a product does not use, even one that ignores package.json's `sideEffects`. Checked
 * with rollup (the widgets' bundler; rolldown, the extension's, follows the same rules).
 */
import { readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The part of rollup's API used here (rollup is the widgets' dependency, so its types are not core's). */
interface Plugin {
  name: string;
  resolveId(source: string, importer?: string): string | null;
  load(id: string): string | null;
  transform(code: string, id: string): Promise<string | null>;
}
interface RollupOptions {
  input: string;
  onwarn(): void;
  plugins: Plugin[];
  treeshake?: { moduleSideEffects: boolean | ((id: string) => boolean) };
}
type Rollup = (
  options: RollupOptions,
) => Promise<{ generate(o: { format: 'es' }): Promise<{ output: [{ code: string }] }> }>;

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const src = join(root, 'packages', 'core', 'src');
const { rollup } = (await import(createRequire(join(root, 'widgets', 'package.json')).resolve('rollup'))) as {
  rollup: Rollup;
};

function modules(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? modules(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Bundles `entry` (a module's source) and gives back the code that survives tree-shaking. */
async function bundle(entry: string, options: Pick<RollupOptions, 'treeshake'> = {}): Promise<string> {
  const plugin: Plugin = {
    name: 'core-sources',
    // Core's imports name the .js its .ts becomes.
    resolveId: (source, importer) =>
      source === 'entry'
        ? '\0entry'
        : /^[./]/.test(source)
          ? resolve(importer && importer !== '\0entry' ? dirname(importer) : root, source).replace(/\.js$/, '.ts')
          : null,
    load: (id) => (id === '\0entry' ? entry : null),
    async transform(code, id) {
      return id.endsWith('.ts') ? (await transform(code, { loader: 'ts' })).code : null;
    },
  };
  const build = await rollup({ input: 'entry', onwarn: () => undefined, plugins: [plugin], ...options });
  const { output } = await build.generate({ format: 'es' });
  return output[0].code.trim();
}

const sourceOf = (path: string): string => JSON.stringify(path.replace(/\.ts$/, '.js'));

describe('core is tree-shakeable', () => {
  it('no module of core does anything when it is loaded', { timeout: 60_000 }, async () => {
    const loud: string[] = [];
    for (const path of modules(src)) {
      // The module itself counts as having effects (as a bundler that ignores `sideEffects` sees it): only its own
      // top-level code can survive, since nothing of it is used.
      const left = await bundle(`import ${sourceOf(path)};`, {
        treeshake: { moduleSideEffects: (id) => id === path },
      });
      if (left) loud.push(`${relative(src, path)}: ${left.slice(0, 120)}`);
    }
    expect(loud).toEqual([]);
  });

  it('one function from the barrel brings only what it needs, whatever the bundler thinks of `sideEffects`', async () => {
    const code = await bundle(`import { foldText } from ${sourceOf(join(src, 'index.ts'))}; console.log(foldText);`, {
      treeshake: { moduleSideEffects: true },
    });
    expect(code).toContain('normalize');
    // Neither the plan, the units, the procedures nor any catalogue of messages.
    expect(code).not.toMatch(/Vĩnh Châu|V\\u0129nh|khai-sinh|papi_|khmer\.review/);
    expect(code.length).toBeLessThan(1500);
  });
});

describe('the collector’s API errors', () => {
  it('stay out of a bundle that translates with core’s own catalogues (a widget’s, the extension’s)', async () => {
    const code = await bundle(
      `import { translate, formatIssue } from ${sourceOf(join(src, 'index.ts'))}; console.log(translate, formatIssue);`,
      { treeshake: { moduleSideEffects: true } },
    );
    expect(code).toContain('khmer.review');
    expect(code).not.toMatch(/PAPI_EXPORT_TOKEN|K7MQ-3XPD|surrogate/);
  });
});
