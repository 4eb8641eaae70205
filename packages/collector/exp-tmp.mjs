import { createCollector, withDefaults } from './dist/index.js';
import { rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
rmSync('/tmp/b/db5', { recursive: true, force: true });
const c = await createCollector(withDefaults({ dbPath: '/tmp/b/db5/p.sqlite', port: 0, rateLimit: 1000000, logLevel: 'warn', synchronous: process.env.SYNC ?? 'NORMAL' }));
await c.app.ready();
const template = { unit: 'xa-lac-hoa', service: 'khai-sinh', dimension: 'd5', rating: 4, comment: 'Cán bộ hướng dẫn tận tình, hồ sơ trả đúng hẹn.', lang: 'vi', page: 'https://vinhchau.cantho.gov.vn/thu-tuc/khai-sinh', createdAt: '2026-11-27T08:30:00+07:00' };
async function run(name, make, n = 20000) {
  const c0 = process.cpuUsage(); const t0 = performance.now();
  for (let i = 0; i < n; i += 16) await Promise.all(Array.from({ length: 16 }, () => c.app.inject(make())));
  const cpu = process.cpuUsage(c0);
  console.log(name.padEnd(14), ((cpu.user + cpu.system) / n).toFixed(1), 'us cpu/req', (n / (performance.now() - t0) * 1000).toFixed(0), 'req/s');
}
for (let r = 0; r < (process.env.ONLYPOST ? 0 : 2); r++) {
  await run('health', () => ({ method: 'GET', url: '/api/health' }));
  await run('post', () => ({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ id: randomUUID(), ...template }) }));
  await run('post-repeat', () => ({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ id: '0b6f0e52-2f0c-4f57-9a53-7d0b1c2d3e4f', ...template }) }));
  await run('post-404', () => ({ method: 'POST', url: '/api/nothing', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ id: randomUUID(), ...template }) }));
}
if (process.env.ONLYPOST) await run('post', () => ({ method: 'POST', url: '/api/feedback', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ id: randomUUID(), ...template }) }), 60000);
await c.close();
