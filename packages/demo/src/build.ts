// Builds the demo site into dist/site and the server into dist/serve.js.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES, VINH_CHAU_PLAN_2023 } from '@papi/core';
import { COMMUNE_PATH, renderCommunePage } from './pages/commune-page.js';
import { CONFIGURATOR_PATH, renderConfiguratorPage } from './pages/configurator-page.js';
import { dashboardPath, renderDashboardPage } from './pages/dashboard-page.js';
import { pagePath, renderPlanPage } from './pages/plan-page.js';
import { KIOSK_PATH, renderKioskPage } from './pages/kiosk-page.js';
import { renderStatusPage, statusPath } from './pages/status-page.js';
import { INBOX_PATH, renderInboxPage } from './pages/inbox-page.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const site = join(dist, 'site');

rmSync(dist, { recursive: true, force: true });
mkdirSync(site, { recursive: true });
cpSync(join(root, 'public'), site, { recursive: true });
// The widgets as a portal would host them: /widgets/papi-widgets.js and friends.
cpSync(join(root, '..', '..', 'widgets', 'dist'), join(site, 'widgets'), { recursive: true });

for (const locale of LOCALES) {
  const dir = join(site, pagePath(locale));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), renderPlanPage(locale));
  const dashboard = join(site, dashboardPath(locale));
  mkdirSync(dashboard, { recursive: true });
  writeFileSync(join(dashboard, 'index.html'), renderDashboardPage(locale));
  const status = join(site, statusPath(locale));
  mkdirSync(status, { recursive: true });
  writeFileSync(join(status, 'index.html'), renderStatusPage(locale));
}
for (const [path, render] of [
  [COMMUNE_PATH, renderCommunePage],
  [CONFIGURATOR_PATH, renderConfiguratorPage],
  [KIOSK_PATH, renderKioskPage],
  [INBOX_PATH, renderInboxPage],
] as const) {
  mkdirSync(join(site, path), { recursive: true });
  writeFileSync(join(site, path, 'index.html'), render());
}
mkdirSync(join(site, 'plans'), { recursive: true });
writeFileSync(join(site, 'plans', `${VINH_CHAU_PLAN_2023.id}.json`), JSON.stringify(VINH_CHAU_PLAN_2023, null, 2));

await build({
  entryPoints: [join(root, 'src', 'serve.ts')],
  outfile: join(dist, 'serve.js'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});
console.log(`demo: built ${LOCALES.length * 3 + 4} pages into ${site}`);
