import { describe, expect, it } from 'vitest';
import { BASE_ARGS, chooseBrowser, DEBIAN_CHROMIUM, type BrowserEnv } from '../e2e/browser';

function host(env: Record<string, string | undefined>, debian: boolean): BrowserEnv & { unpacked: number } {
  const h = {
    env,
    unpacked: 0,
    exists: (p: string) => debian && p === DEBIAN_CHROMIUM,
    async bundledPath() {
      h.unpacked += 1;
      return '/tmp/chromium';
    },
  };
  return h;
}

describe('the e2e browser choice', () => {
  it('takes CHROMIUM_PATH first', async () => {
    const h = host({ CHROMIUM_PATH: '/opt/c/chrome' }, true);
    expect(await chooseBrowser(h)).toMatchObject({ source: 'env', executablePath: '/opt/c/chrome' });
    expect(h.unpacked).toBe(0);
  });

  it("takes Debian's Chromium when it is installed, without unpacking the bundled one", async () => {
    const h = host({}, true);
    expect(await chooseBrowser(h)).toEqual({ source: 'debian', executablePath: DEBIAN_CHROMIUM, args: BASE_ARGS });
    expect(h.unpacked).toBe(0);
  });

  it('falls back to the Chromium shipped in the npm package on a fresh machine', async () => {
    const h = host({}, false);
    const choice = await chooseBrowser(h);
    expect(choice).toMatchObject({ source: 'bundled', executablePath: '/tmp/chromium' });
    // the same flags as Debian's: none of the package's serverless flags (no --disable-web-security)
    expect(choice.args).toEqual(BASE_ARGS);
    expect(h.unpacked).toBe(1);
  });

  it('SELARAS_CHROMIUM=bundled forces the fallback even where Debian has one', async () => {
    expect((await chooseBrowser(host({ SELARAS_CHROMIUM: 'bundled' }, true))).source).toBe('bundled');
  });
});
