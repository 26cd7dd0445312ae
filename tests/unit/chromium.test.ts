import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, findChromium } from '../harness/chromium';

describe('finding a Chromium for the tests and the fallback window', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium({ CHROMIUM_PATH: process.execPath })).toBe(process.execPath);
  });

  it('says what to install when CHROMIUM_PATH is wrong', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nowhere/chromium' })).toThrow(
      'install with `apt-get install -y chromium fonts-noto-cjk` or set CHROMIUM_PATH',
    );
  });

  it('runs as root in a container without talking to Google', () => {
    expect(CHROMIUM_ARGS).toEqual(
      expect.arrayContaining(['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']),
    );
  });
});
