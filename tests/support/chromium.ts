/**
 * Where Chromium is and how it is started: shared by the browser tests and the benchmark,
 * so both drive the same browser with the same flags.
 */
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH when set (only that one), else the usual places of Debian's package; '' when none. */
export function findChromium(): string {
  const candidates =
    process.env.CHROMIUM_PATH !== undefined
      ? [process.env.CHROMIUM_PATH]
      : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  return candidates.find((c) => c !== '' && existsSync(c)) ?? '';
}

/** Headless in containers: no sandbox, no GPU, and nothing that phones home during a run. */
export const chromiumArgs: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];
