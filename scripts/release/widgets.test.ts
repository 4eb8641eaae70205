import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { embedMarkdown, scriptTag, widgetsPackageProblems } from './widgets.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

/** A small unpacked package: lib/ files with the given code, a manifest naming the given tags. */
function fakePackage(manifest: object, lib: Record<string, string>, tags: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'papi-widgets-check-'));
  mkdirSync(join(dir, 'lib'));
  mkdirSync(join(dir, 'dist'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'LICENSE'), 'MIT');
  for (const [name, code] of Object.entries(lib)) writeFileSync(join(dir, 'lib', name), code);
  const declarations = tags.map((tagName) => ({ customElement: true, tagName }));
  writeFileSync(join(dir, 'dist', 'custom-elements.json'), JSON.stringify({ modules: [{ declarations }] }));
  return dir;
}

describe('the widgets package check', () => {
  const lib = {
    'index.js': "export * from './papi-badge.js';",
    'papi-badge.js': "import { d as defineElement } from './chunk-a.js'; defineElement('papi-badge', class {});",
    'chunk-a.js': 'export function defineElement() {}',
  };

  it('accepts a package whose element files are in sideEffects and whose exports all exist', () => {
    const manifest = {
      name: '@papi/widgets',
      exports: { '.': { types: './lib/index.d.ts', default: './lib/index.js' }, './papi-badge': './lib/papi-badge.js', './dist/*': './dist/*' },
      sideEffects: ['./lib/index.js', './lib/papi-*.js'],
      dependencies: { lit: '^3.3.3' },
    };
    expect(widgetsPackageProblems(fakePackage(manifest, lib, ['papi-badge']), { types: false })).toEqual([]);
    // With types required, the missing .d.ts is a problem.
    expect(widgetsPackageProblems(dir!, { types: true })).toEqual(['exports["."] points at ./lib/index.d.ts, which is not in the package']);
  });

  it('reports an element defined outside sideEffects, an element without an entry point, and a workspace dependency', () => {
    const manifest = {
      name: '@papi/widgets',
      exports: { '.': './lib/index.js' },
      sideEffects: ['./lib/index.js'],
      dependencies: { '@papi/core': '0.1.0' },
    };
    const code = { ...lib, 'chunk-b.js': "import { x } from '@papi/core'; defineElement(\"papi-other\", class {});" };
    expect(widgetsPackageProblems(fakePackage(manifest, code, ['papi-badge']), { types: false }).sort()).toEqual(
      [
        'exports has no "./papi-badge" for <papi-badge>',
        'lib/papi-badge.js defines <papi-badge> but sideEffects does not list it',
        'lib/chunk-b.js defines <papi-other> but sideEffects does not list it',
        'lib/chunk-b.js imports a workspace package, which is not published',
        'dependencies name @papi/core, which is bundled and not published',
      ].sort(),
    );
  });
});

describe('the embed snippets', () => {
  const cdn = {
    files: [
      { file: 'papi-widgets.js', integrity: 'sha384-AAA' },
      { file: 'papi-widgets.mjs', integrity: 'sha384-BBB' },
      { file: 'papi-badge.js', integrity: 'sha384-CCC' },
      { file: 'chunks/x.js', integrity: 'sha384-DDD' },
      { file: 'plan.json', integrity: 'sha384-EEE' },
    ],
    tags: ['papi-badge'],
  };

  it('writes each script tag with its integrity and crossorigin, at the given address', () => {
    expect(scriptTag(cdn.files[0]!, 'https://cdn.example.gov.vn/papi/0.1.0')).toBe(
      '<script src="https://cdn.example.gov.vn/papi/0.1.0/papi-widgets.js" integrity="sha384-AAA" crossorigin="anonymous" defer></script>',
    );
    expect(scriptTag(cdn.files[1]!, '/widgets/')).toBe('<script type="module" src="/widgets/papi-widgets.mjs" integrity="sha384-BBB" crossorigin="anonymous"></script>');
  });

  it('offers the all-in-one scripts and one per element, and lists every file with its hash', () => {
    const md = embedMarkdown(cdn, { version: '0.1.0', base: '/widgets/', folder: 'papi-widgets-0.1.0-cdn' });
    expect(md).toContain('<script src="/widgets/papi-widgets.js" integrity="sha384-AAA"');
    expect(md).toContain('### `<papi-badge>`\n\n```html\n<script src="/widgets/papi-badge.js" integrity="sha384-CCC"');
    // A chunk is no element of its own: it is listed with its hash, not offered as a snippet.
    expect(md).not.toContain('src="/widgets/chunks/x.js"');
    expect(md).toContain('| `chunks/x.js` | `sha384-DDD` |');
    expect(md).toContain('| `plan.json` | `sha384-EEE` |');
  });
});
