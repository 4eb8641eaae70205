import { resolve } from 'node:path';
import { defineConfig } from 'wxt';

const HOSTS = ['https://dichvucong.gov.vn/*', 'https://sso.dancuquocgia.gov.vn/*'];

export default defineConfig({
  imports: false,
  vite: () => ({
    oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
    resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
    build: { sourcemap: false },
  }),
  // The Firefox build must not carry sidePanel (MV2 has sidebar_action instead), so the manifest is per browser.
  manifest: ({ browser }) => ({
    name: 'PAPI – Hướng dẫn nộp hồ sơ trực tuyến',
    description: 'Step-by-step guidance for one-stop-shop clerks on the National Public Service Portal (dichvucong.gov.vn).',
    default_locale: undefined,
    permissions: browser === 'firefox' ? ['storage'] : ['storage', 'sidePanel'],
    host_permissions: HOSTS,
    action: { default_title: 'PAPI' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Nothing leaves the browser: no data is collected or transmitted.
            gecko: { id: 'papi-guide@vinhchau.papi-toolkit', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  // The sources zip (for addons.mozilla.org) holds what the build needs: the extension, core and the root configs.
  zip: {
    sourcesRoot: resolve(__dirname, '..'),
    excludeSources: ['packages/demo/**', 'packages/collector/**', 'widgets/**', 'test/**', 'scripts/**', '**/dist/**', '**/.output/**', '**/.wxt/**'],
  },
});
