/**
 * The one way this project starts Chromium: Debian's /usr/bin/chromium (or CHROMIUM_PATH)
 * driven by playwright-core, which never downloads a browser of its own. Shared by the build
 * (Mermaid diagrams are rendered in it) and the end-to-end tests, so both run the same browser
 * with the same flags.
 */
import { chromium, type Browser } from 'playwright-core';

export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraFlags` are added to the common ones (the tests keep the browser off other hosts). */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...chromiumFlags, ...extraFlags],
  });
}
