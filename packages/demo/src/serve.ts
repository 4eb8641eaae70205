// pnpm start: serves the built demo site on localhost and prints its address.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, listen, serveStatic } from './static-server.js';

const site = join(dirname(fileURLToPath(import.meta.url)), 'site');
const host = process.env.HOST ?? '127.0.0.1';
const requested = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
  console.error(`PORT must be a port number (0–65535), got "${process.env.PORT}"`);
  process.exit(2);
}

const server = createServer(serveStatic(site));
const port = await listen(server, requested, host);
const shown = host === '127.0.0.1' || host === '0.0.0.0' ? 'localhost' : host;
console.log(`PAPI Toolkit demo: http://${shown}:${port}/`);
if (port !== requested && requested !== 0) console.log(`(port ${requested} was busy)`);

const stop = (): void => {
  server.close(() => process.exit(0));
  setTimeout(() => process.exit(0), 2000).unref();
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
