/**
 * Which Chromium the end-to-end tests (and bench:ui) drive, so that `npm ci && npm test` works on a
 * fresh machine: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when present, else the
 * headless Chromium shipped inside the `@sparticuz/chromium` npm package (unpacked to /tmp on first use).
 * `SELARAS_CHROMIUM=bundled` skips Debian's, to exercise the fallback on a machine that has both.
 */
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Flags every launch needs here: root without a sandbox, no GPU, and no calls out at start. */
export const BASE_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export interface BrowserChoice {
  source: 'env' | 'debian' | 'bundled';
  executablePath: string;
  args: string[];
}

export interface BrowserEnv {
  env: Record<string, string | undefined>;
  exists(path: string): boolean;
  /** The bundled browser: unpacks it and returns its path. */
  bundledPath(): Promise<string>;
}

export async function chooseBrowser(host: BrowserEnv): Promise<BrowserChoice> {
  const fromEnv = host.env.CHROMIUM_PATH;
  if (fromEnv) return { source: 'env', executablePath: fromEnv, args: BASE_ARGS };
  if (host.env.SELARAS_CHROMIUM !== 'bundled' && host.exists(DEBIAN_CHROMIUM)) {
    return { source: 'debian', executablePath: DEBIAN_CHROMIUM, args: BASE_ARGS };
  }
  // Its package also recommends serverless flags (--single-process, --disable-web-security, …); the tests
  // want a browser that behaves like a user's, so it gets the same flags as Debian's.
  return { source: 'bundled', executablePath: await host.bundledPath(), args: BASE_ARGS };
}

let cached: Promise<BrowserChoice> | undefined;

/** The browser for this run (decided once per process). */
export function findBrowser(): Promise<BrowserChoice> {
  cached ??= chooseBrowser({
    env: process.env,
    exists: existsSync,
    async bundledPath() {
      const { default: chromium } = await import('@sparticuz/chromium');
      return chromium.executablePath();
    },
  });
  return cached;
}
