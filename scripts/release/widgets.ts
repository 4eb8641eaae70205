// The widgets' release: the npm package (lib/ modules and types, dist/ files) and the CDN folder with the embed
// snippets and their Subresource Integrity hashes. The browser test packs and installs the package the same way.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pack, type PackageJson, unpack } from './pack.js';
import { integrity, readJson, ROOT, run } from './util.js';

export const WIDGETS = join(ROOT, 'widgets');

/** Packs widgets/ (built by `pnpm build`; types by `build:types`) into dest; returns the tarball's path. */
export function packWidgets(dest: string): string {
  if (!existsSync(join(WIDGETS, 'lib', 'index.js')) || !existsSync(join(WIDGETS, 'dist'))) {
    throw new Error('widgets/lib and widgets/dist are not built: run `pnpm build` first.');
  }
  return pack(WIDGETS, dest);
}

/**
 * Installs a widgets tarball into a throw-away project as npm would lay it out: node_modules/@papi/widgets, and its
 * dependencies (Lit, idb) linked from the workspace's own install, so no registry is needed.
 */
export function installWidgets(tarball: string, project: string): string {
  const dir = unpack(tarball, join(project, 'node_modules', '@papi', 'widgets'));
  const manifest = readJson<PackageJson>(join(dir, 'package.json'));
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(realpathSync(join(WIDGETS, 'node_modules', name)), link, 'dir');
  }
  writeFileSync(join(project, 'package.json'), `${JSON.stringify({ private: true, type: 'module', dependencies: { [manifest.name]: manifest.version } }, null, 2)}\n`);
  return dir;
}

/** The element tag names the custom-elements manifest declares. */
export function tagNames(manifestPath: string): string[] {
  const manifest = readJson<{ modules: { declarations?: { tagName?: string; customElement?: boolean }[] }[] }>(manifestPath);
  return [...new Set(manifest.modules.flatMap((m) => m.declarations ?? []).flatMap((d) => (d.customElement && d.tagName ? [d.tagName] : [])))].sort();
}

/** A sideEffects glob ("./lib/papi-*.js") as a test on a path inside the package ("lib/papi-checklist.js"). */
function globMatches(glob: string, path: string): boolean {
  const escape = (text: string): string => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const pattern = glob
    .replace(/^\.\//, '')
    .split('**')
    .map((part) => part.split('*').map(escape).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(path);
}

/** What is wrong with an unpacked widgets package; empty when it is fit to publish. */
export function widgetsPackageProblems(dir: string, options: { types: boolean }): string[] {
  const problems: string[] = [];
  const manifest = readJson<PackageJson>(join(dir, 'package.json'));
  const exists = (path: string): boolean => existsSync(join(dir, path));
  // Every target of the exports map is in the package.
  const targets = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    for (const target of targets(value)) {
      if (target.includes('*') || (!options.types && target.endsWith('.d.ts'))) continue;
      if (!exists(target)) problems.push(`exports["${key}"] points at ${target}, which is not in the package`);
    }
  }
  // Each element has its own entry point, and each file that defines an element is listed in sideEffects.
  const tags = tagNames(join(dir, 'dist', 'custom-elements.json'));
  for (const tag of tags) if (!manifest.exports?.[`./${tag}`]) problems.push(`exports has no "./${tag}" for <${tag}>`);
  const sideEffects = Array.isArray(manifest.sideEffects) ? manifest.sideEffects : [];
  for (const file of readdirSync(join(dir, 'lib')).filter((f) => f.endsWith('.js'))) {
    const code = readFileSync(join(dir, 'lib', file), 'utf8');
    const defined = [...code.matchAll(/defineElement\(\s*["']([a-z0-9-]+)["']/g)].map((m) => m[1]);
    if (defined.length > 0 && !sideEffects.some((glob) => globMatches(glob, `lib/${file}`))) {
      problems.push(`lib/${file} defines <${defined.join('>, <')}> but sideEffects does not list it`);
    }
    if (/from\s*["']@papi\//.test(code)) problems.push(`lib/${file} imports a workspace package, which is not published`);
  }
  if (options.types) {
    for (const file of readdirSync(join(dir, 'lib')).filter((f) => f.endsWith('.d.ts'))) {
      if (/from\s*["']@papi\//.test(readFileSync(join(dir, 'lib', file), 'utf8'))) problems.push(`lib/${file} imports types from a workspace package, which is not published`);
    }
  }
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    if (name.startsWith('@papi/')) problems.push(`dependencies name ${name}, which is bundled and not published`);
  }
  if (!exists('LICENSE')) problems.push('no LICENSE in the package');
  return problems;
}

/** A site's TypeScript that uses the package's types; it compiles only if they resolve and are not `any`. */
const CONSUMER_TS = `import { PapiChecklist } from '@papi/widgets/papi-checklist';
import '@papi/widgets/papi-disclosure-register';
import { WIDGETS_VERSION, type PapiFeedbackButton } from '@papi/widgets';

const checklist: PapiChecklist = document.createElement('papi-checklist');
checklist.unit = 'xa-lai-hoa-2025';
checklist.plan = { id: 'p', title: 'Kế hoạch', year: 2026, groups: [], tasks: [] };
// @ts-expect-error: a plan has tasks, so the types of core's Plan came along
checklist.plan = { id: 'p' };
// @ts-expect-error: unit is a string
checklist.unit = 5;
const register = document.querySelector('papi-disclosure-register');
const button: PapiFeedbackButton | null = document.querySelector('papi-feedback-button');
export const used: [string, unknown, unknown] = [WIDGETS_VERSION, register?.today, button?.endpoint];
`;

/** Installs the tarball into a throw-away project and compiles a strict TypeScript file against its types. */
export function checkWidgetsTypes(tarball: string): void {
  const project = mkdtempSync(join(tmpdir(), 'papi-widgets-types-'));
  try {
    installWidgets(tarball, project);
    writeFileSync(join(project, 'consumer.ts'), CONSUMER_TS);
    const compilerOptions = { strict: true, noEmit: true, target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [], skipLibCheck: false };
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['consumer.ts'] }));
    run(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project });
  } finally {
    rmSync(project, { recursive: true, force: true });
  }
}

export interface CdnFile {
  file: string;
  /** sha384 Subresource Integrity, e.g. "sha384-…". */
  integrity: string;
}

export interface Cdn {
  files: CdnFile[];
  /** Tag names, from the custom-elements manifest. */
  tags: string[];
}

/**
 * Copies the files that widgets/dist serves to editors into dest, and hashes each one. Whatever files the widgets'
 * build writes are taken as they are (a loader with chunks included), nothing is assumed by name.
 */
export function writeCdn(dest: string): Cdn {
  const dist = join(WIDGETS, 'dist');
  if (!existsSync(dist)) throw new Error('widgets/dist is not built: run `pnpm build` first.');
  cpSync(dist, dest, { recursive: true });
  const files = listFiles(dest).map((file) => ({ file, integrity: integrity(readFileSync(join(dest, file))) }));
  writeFileSync(join(dest, 'integrity.json'), `${JSON.stringify(Object.fromEntries(files.map((f) => [f.file, f.integrity])), null, 2)}\n`);
  return { files, tags: existsSync(join(dest, 'custom-elements.json')) ? tagNames(join(dest, 'custom-elements.json')) : [] };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listFiles(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

const attr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The <script> tag that loads one file of the CDN folder from `base`, with its integrity. */
export function scriptTag(file: CdnFile, base: string): string {
  const folder = new URL(base.endsWith('/') ? base : `${base}/`, 'https://portal.invalid/');
  const src = attr(new URL(file.file, folder).href.replace(/^https:\/\/portal\.invalid/, ''));
  const kind = file.file.endsWith('.mjs') ? ' type="module"' : '';
  const timing = file.file.endsWith('.mjs') ? '' : ' defer';
  return `<script${kind} src="${src}" integrity="${file.integrity}" crossorigin="anonymous"${timing}></script>`;
}

/** The embed snippets for editors, as Markdown: every script with its integrity, and every file's hash. */
export function embedMarkdown(cdn: Cdn, options: { version: string; base: string; folder: string }): string {
  const scripts = cdn.files.filter((f) => /\.m?js$/.test(f.file));
  const find = (name: string): CdnFile | undefined => scripts.find((f) => f.file === name);
  const block = (file: CdnFile): string => ['```html', scriptTag(file, options.base), '```'].join('\n');
  const out = [
    `# PAPI widgets ${options.version}: embed snippets`,
    '',
    `**Tiếng Việt.** Chép toàn bộ thư mục \`${options.folder}/\` lên máy chủ của cổng thông tin (ở đây: \`${options.base}\`),`,
    'rồi dán một thẻ `<script>` dưới đây vào trang. Thuộc tính `integrity` khiến trình duyệt từ chối tệp đã bị sửa đổi.',
    '',
    `Host every file of \`${options.folder}/\` in one folder, here \`${options.base}\` (\`pnpm release --cdn-base URL\``,
    'writes another address into these snippets), and paste one of the tags below. `integrity` makes the browser refuse',
    'a file that differs by one byte from the released one; it covers only the file its tag names. `crossorigin="anonymous"`',
    'is needed for that check: when the folder is on another origin than the portal, its server must answer with',
    '`Access-Control-Allow-Origin` (the checklist reads its plan from the same folder and needs it too). Keep',
    "`papi-plan-vinh-chau-2023.json` beside the scripts: `<papi-checklist>` without data loads it from there.",
    '',
  ];
  const all = find('papi-widgets.js');
  if (all) out.push('## Every element: one classic script', '', block(all), '');
  const module = find('papi-widgets.mjs');
  if (module) out.push('## Every element: an ES module', '', block(module), '');
  const own = cdn.tags.flatMap((tag) => {
    const file = find(`${tag}.js`);
    return file ? [{ tag, file }] : [];
  });
  if (own.length > 0) {
    out.push('## One element only', '', "Each file carries Lit; a page with several elements should load `papi-widgets.js` once instead.", '');
    for (const { tag, file } of own) out.push(`### \`<${tag}>\``, '', block(file), '');
  }
  out.push('## Every file', '', '| file | integrity |', '|---|---|', ...cdn.files.map((f) => `| \`${f.file}\` | \`${f.integrity}\` |`), '');
  out.push('The same list is in `integrity.json` in the folder.', '');
  return out.join('\n');
}
