// `npm run soak`: the long kiosk soak. Builds the game, serves it on loopback and plays 1,000
// visitors (or --visits N) in one Chromium page, then prints the figures docs/kiosk.md quotes. Node only.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, findChromium } from './browser-path.ts';
import { openKiosk, soak } from './kiosk-soak.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number above 0`);
  return value;
}

const visits = option('visits', 1000);
const seed = option('seed', 1);
const maxChoices = option('max-choices', 14);
const config = { idleSeconds: 90, warningSeconds: 30, languages: ['en', 'ar'] as ('en' | 'ar')[] };

const executablePath = findChromium();
if (!executablePath)
  throw new Error('Chromium not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH');
// A folder of its own: dist/ may be in use by the browser tests.
const outDir = mkdtempSync(path.join(tmpdir(), 'good-standing-soak-'));
console.log('building the game…');
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({ logLevel: 'warn', build: { outDir }, preview: { host: '127.0.0.1', port: 0 } });
const base = server.resolvedUrls?.local[0];
if (!base) throw new Error('the preview server did not say where it listens');
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
try {
  const kiosk = await openKiosk(browser, base, config);
  console.log(`${visits} visitors, seed ${seed}, up to ${maxChoices} choices each…`);
  const figures = await soak(kiosk, config, {
    visits,
    seed,
    maxChoices,
    progress: (done) => {
      if (done % 50 === 0) console.log(`  ${done} visits`);
    },
  });
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(2);
  const growth = figures.heapAfterLast - figures.heapAfterFirst;
  const rows = [
    ['visits in one page', `${figures.visits}`],
    [
      'how they ended',
      `${figures.ends.finished} finished, ${figures.ends.walked_away} walked away, ${figures.ends.rescued_then_walked_away} answered the warning then walked away`,
    ],
    ['choices taken', `${figures.choices}`],
    ['time', `${Math.round(figures.milliseconds / 1000)} s`],
    [
      'JS heap after the first visit → after the last (forced GC)',
      `${mb(figures.heapAfterFirst)} → ${mb(figures.heapAfterLast)} MB`,
    ],
    ['growth (target ≤ 2 MB)', `${growth >= 0 ? '+' : ''}${mb(growth)} MB ${growth <= 2 * 2 ** 20 ? '✓' : '✗'}`],
    ['DOM elements after the first visit → after the last', `${figures.nodesAfterFirst} → ${figures.nodesAfterLast}`],
    ['console errors', `${kiosk.errors.length}`],
  ];
  console.log(['', '| figure | value |', '| --- | --- |', ...rows.map(([k, v]) => `| ${k} | ${v} |`)].join('\n'));
  for (const error of kiosk.errors) console.error(error);
  mkdirSync('reports', { recursive: true });
  writeFileSync(
    'reports/soak.json',
    JSON.stringify({ seed, maxChoices, config, figures, errors: kiosk.errors }, null, 2),
  );
  process.exitCode = kiosk.errors.length === 0 && growth <= 2 * 2 ** 20 ? 0 : 1;
} finally {
  await browser.close();
  await server.close();
}
