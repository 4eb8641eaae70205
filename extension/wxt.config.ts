import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { GUIDES_FILE } from './src/guides/book.js';
import { BUILT_IN, GUIDE_DATA } from './src/guides/index.js';
import { PORTAL_MATCHES } from './src/hosts.js';
import { CATALOGUES } from './src/i18n/index.js';

export default defineConfig({
  imports: false,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    build: { sourcemap: false },
  }),
  // The Firefox build must not carry sidePanel (MV2 has sidebar_action instead), so the manifest is per browser.
  manifest: ({ browser }) => ({
    // The browser shows the name and description in its own language: _locales/*/messages.json, written below.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'vi',
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: PORTAL_MATCHES,
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the browser: no data is collected or transmitted.
            gecko: {
              id: 'papi-guide@vinhchau.papi-toolkit',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The manifest's texts come from the extension's catalogues, so they are translated in one place.
    'build:publicAssets': (_wxt, files) => {
      // The guides go in as one data file that the background reads at start, so background.js carries no guide;
      // a guide that does not validate fails the build.
      if (BUILT_IN.refused.length) throw new Error(`guides refused: ${BUILT_IN.refused.join(' | ')}`);
      files.push({ relativeDest: GUIDES_FILE, contents: JSON.stringify(GUIDE_DATA) });
      for (const [locale, messages] of Object.entries(CATALOGUES)) {
        const text = (key: 'app.title' | 'app.description'): string => messages[key] ?? CATALOGUES.vi[key];
        files.push({
          relativeDest: `_locales/${locale}/messages.json`,
          contents: JSON.stringify(
            {
              extName: { message: `PAPI – ${text('app.title')}` },
              extDescription: { message: text('app.description') },
            },
            null,
            2,
          ),
        });
      }
    },
  },
  // The sources zip (for addons.mozilla.org) holds what the build needs: the extension, core, the root configs and
  // the root postinstall's script (`pnpm install` fails without it). `pnpm release` rebuilds from it to prove it.
  zip: {
    artifactTemplate: 'papi-extension-{{version}}-{{browser}}.zip',
    sourcesTemplate: 'papi-extension-{{version}}-sources.zip',
    sourcesRoot: resolve(__dirname, '..'),
    includeSources: ['scripts/build-sqlite.mjs'],
    excludeSources: [
      'packages/demo/**',
      'packages/collector/**',
      'widgets/**',
      'test/**',
      'scripts/**',
      'release/**',
      '**/dist/**',
      '**/.output/**',
      '**/.wxt/**',
    ],
  },
});
