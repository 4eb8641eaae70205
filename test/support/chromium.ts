import { accessSync, constants } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
];

export const CHROMIUM_MISSING = `No Chromium was found for the browser tests.
Install Debian's package:  sudo apt-get update && sudo apt-get install -y chromium
or point CHROME_PATH at a Chromium or Chrome binary:  CHROME_PATH=/path/to/chrome pnpm test
(Playwright's own browser download is not used: the tests drive the system Chromium with playwright-core.)`;

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium binary to drive: CHROME_PATH when set (and it must exist), else the usual system paths. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const wanted = env.CHROME_PATH?.trim();
  if (wanted) {
    if (executable(wanted)) return wanted;
    throw new Error(`CHROME_PATH is set to "${wanted}", but no executable is there.\n\n${CHROMIUM_MISSING}`);
  }
  const found = CANDIDATES.find(executable);
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}

/** Flags for headless Chromium on these machines: no sandbox as root, and no calls to outside hosts. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
