import { describe, expect, it } from 'vitest';
import { CHROMIUM_MISSING, findChromium } from './chromium.js';

describe('findChromium', () => {
  it('honours CHROME_PATH when it points at an executable', () => {
    expect(findChromium({ CHROME_PATH: process.execPath })).toBe(process.execPath);
  });

  it('fails with install instructions when CHROME_PATH points nowhere', () => {
    expect(() => findChromium({ CHROME_PATH: '/no/such/chrome' })).toThrow(
      /CHROME_PATH is set to "\/no\/such\/chrome"/,
    );
    expect(() => findChromium({ CHROME_PATH: '/no/such/chrome' })).toThrow(CHROMIUM_MISSING);
    expect(CHROMIUM_MISSING).toContain('apt-get install -y chromium');
  });
});
