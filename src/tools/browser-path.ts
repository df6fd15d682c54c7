// Where Debian's Chromium is (CHROMIUM_PATH if set, else the usual install paths), and how a page is
// watched for what a player cannot see: errors, requests, memory. Shared by the browser tests and tools. Node only.

import { existsSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/lib/chromium/chromium'];

export function findChromium(): string | null {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) return existsSync(chosen) ? chosen : null;
  return CANDIDATES.find((candidate) => existsSync(candidate)) ?? null;
}

/** Flags for a headless run on a closed network: no background calls to any other host. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--metrics-recording-only',
];

/** Collects a page's console errors and uncaught exceptions, as text, and every URL it asks for. */
export function watchPage(page: Page): { errors: string[]; requests: URL[] } {
  const errors: string[] = [];
  const requests: URL[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => requests.push(new URL(request.url())));
  return { errors, requests };
}

/**
 * The JS heap in use after forced garbage collection, in bytes, once it stops shrinking: animations
 * still in flight hold memory until they have played. Rests `restMs` first, then measures every `stepMs`.
 */
export async function settledHeap(
  page: Page,
  cdp: CDPSession,
  { restMs = 0, stepMs, patienceMs }: { restMs?: number; stepMs: number; patienceMs: number },
): Promise<number> {
  await page.waitForTimeout(restMs);
  const collected = async () => {
    for (let i = 0; i < 3; i += 1) await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  let last = Number.POSITIVE_INFINITY;
  for (let waited = 0; waited < patienceMs; waited += stepMs) {
    await page.waitForTimeout(stepMs);
    const now = await collected();
    if (last - now < 64 * 1024) return Math.min(now, last);
    last = now;
  }
  return last;
}
