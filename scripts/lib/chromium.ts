/**
 * Debian's Chromium, as every tool of this project drives it (e2e tests, benchmarks, build-time
 * rendering). The background-networking flags matter here: without them Chromium keeps
 * trying to reach Google's hosts, which a machine without internet access refuses.
 */
export const chromiumPath = (): string => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
