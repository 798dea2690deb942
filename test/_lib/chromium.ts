/**
 * Debian's Chromium as the browser tests and the browser bench start it: headless, and without
 * the background connections this machine's closed network refuses.
 */
export const CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
