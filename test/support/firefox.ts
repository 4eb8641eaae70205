/**
 * Firefox ESR with a built extension, driven by playwright-core over WebDriver BiDi (the `moz-firefox` channel:
 * Playwright's own patched Firefox is not used). The extension is installed the way Firefox installs one from a
 * profile (a file named after the add-on's id, holding the folder's path), and the portal's hosts are sent to the
 * local replica through a CONNECT proxy, since Firefox has no host-resolver flag.
 */
import { accessSync, constants, mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { firefox, type BrowserContext } from 'playwright-core';

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

export const FIREFOX_MISSING = `No Firefox was found for the extension's Firefox tests.
Install Debian's package:  sudo apt-get update && sudo apt-get install -y firefox-esr
or point FIREFOX_PATH at a Firefox binary:  FIREFOX_PATH=/path/to/firefox pnpm test`;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Firefox binary to drive: FIREFOX_PATH when set (and it must exist), else the usual system paths; null if none. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | null {
  const wanted = env.FIREFOX_PATH?.trim();
  if (wanted) {
    if (executable(wanted)) return wanted;
    throw new Error(`FIREFOX_PATH is set to "${wanted}", but no executable is there.\n\n${FIREFOX_MISSING}`);
  }
  return CANDIDATES.find(executable) ?? null;
}

export interface HostProxy {
  readonly port: number;
  /** Hosts asked for that are not mapped: refused, and listed here so a test can say what the browser tried. */
  readonly refused: string[];
  close(): Promise<void>;
}

/** An HTTP proxy that tunnels CONNECT for the given host names to one local port, and refuses everything else. */
export async function startHostProxy(hosts: readonly string[], targetPort: number): Promise<HostProxy> {
  const refused: string[] = [];
  const tunnels = new Set<Duplex>();
  const server: Server = createServer((_req, res) => {
    res.writeHead(403).end();
  });
  server.on('connect', (req, client, head) => {
    const [host] = (req.url ?? '').split(':');
    if (!host || !hosts.includes(host)) {
      refused.push(req.url ?? '');
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    tunnels.add(client);
    client.on('close', () => tunnels.delete(client));
    const upstream = connect(targetPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    const drop = (): void => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', drop);
    client.on('error', drop);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    refused,
    close: () =>
      new Promise((resolve) => {
        for (const socket of tunnels) socket.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface FirefoxWithExtension {
  readonly context: BrowserContext;
  /** The extension's base URL (moz-extension://<uuid>/), fixed for the profile. */
  readonly extensionBase: string;
}

/**
 * Starts Firefox on a new profile in `userDir` with the unpacked extension in `extensionDir` (its gecko id is
 * `geckoId`), HTTPS to `hosts` going to `proxyPort`, and the replica's self-signed certificate accepted.
 */
export async function launchFirefoxWithExtension(options: {
  executablePath: string;
  userDir: string;
  extensionDir: string;
  geckoId: string;
  proxyPort: number;
}): Promise<FirefoxWithExtension> {
  const profile = join(options.userDir, 'profile');
  mkdirSync(join(profile, 'extensions'), { recursive: true });
  // A "proxy file": Firefox loads the add-on from the folder it names, unpacked and unsigned (ESR allows that).
  writeFileSync(join(profile, 'extensions', options.geckoId), options.extensionDir);
  const uuid = '5f0c2a3e-7b1d-4c8e-9a6f-0d1e2f3a4b5c';
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath: options.executablePath,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1280, height: 900 },
    firefoxUserPrefs: {
      'xpinstall.signatures.required': false,
      // Add-ons found in the profile start enabled, without the "an add-on was added" prompt.
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [options.geckoId]: uuid }),
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': options.proxyPort,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': options.proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      'intl.accept_languages': 'vi-VN, vi, en',
    },
  });
  return { context, extensionBase: `moz-extension://${uuid}/` };
}
