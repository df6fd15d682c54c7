// Build and dev server: ink compiled at build time, a strict Content-Security-Policy on the
// built page, the first screen's fonts preloaded, Phaser in its own lazily loaded chunk, icons and
// manifests for installing, a service worker that keeps the build for offline kiosks. Test
// settings live in vitest.config.ts.

import { defineConfig, type Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { appFilesPlugin } from './src/tools/vite-plugin-app-files.ts';
import { inkPlugin } from './src/tools/vite-plugin-ink.ts';

/** No eval, no inline script, nothing from another host. Dev keeps Vite's own inline helpers. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' data: blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'good-standing:csp',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The faces the first screen sets its words in (the story's serif and the interface's sans, each at two weights). */
const FIRST_SCREEN_FONTS = /^assets\/(source-serif-4|inter)-latin-(400|600)-normal-[\w-]+\.woff2$/;

/**
 * The first screen's fonts are fetched with the script, not after it: otherwise the first layout
 * sets the words in fallback fonts, and on Linux each fallback the browser looks up costs a round
 * trip to fontconfig (see `npm run bench`), before the real faces arrive and everything is laid out again.
 */
function preloadFirstFonts(): Plugin {
  return {
    name: 'good-standing:preload-fonts',
    apply: 'build',
    transformIndexHtml: (_html, context) =>
      Object.keys(context.bundle ?? {})
        .filter((fileName) => FIRST_SCREEN_FONTS.test(fileName))
        .sort()
        .map((fileName) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `./${fileName}` },
          injectTo: 'head' as const,
        })),
  };
}

/**
 * Every built file is precached, so a kiosk that loaded the game once plays on with the network cut.
 * The page registers the worker itself (src/platform/offline.ts, kiosk mode only): the CSP forbids
 * the plugin's inline script. The curator's kiosk.json is read from the network first, so an edit is
 * seen on the next load, and from the cache only when the network is gone.
 */
function keepForOffline(): Plugin[] {
  return VitePWA({
    injectRegister: false,
    manifest: false,
    registerType: 'autoUpdate',
    devOptions: { enabled: false },
    workbox: {
      globPatterns: ['**/*'],
      // The credits and the link preview's picture are for people and crawlers, not for play.
      globIgnores: ['kiosk.json', 'credits/**', 'social-preview.png'],
      // The Phaser chunk is about 1.4 MB; a file over the limit fails the build instead of going uncached.
      maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      // Links carry options (?mode=kiosk&lang=ar), so no navigation matches the precached page by URL.
      navigateFallback: 'index.html',
      runtimeCaching: [
        {
          urlPattern: /\/kiosk\.json$/,
          handler: 'NetworkFirst',
          options: {
            cacheName: 'kiosk-config',
            // A network that hangs rather than fails still opens the kiosk on its last config.
            networkTimeoutSeconds: 3,
            // Revalidates with the server, or the HTTP cache could keep an edited file's old copy for days.
            fetchOptions: { cache: 'no-cache' },
          },
        },
      ],
    },
  });
}

export default defineConfig({
  base: './',
  plugins: [
    inkPlugin(),
    contentSecurityPolicy(),
    preloadFirstFonts(),
    appFilesPlugin({ siteUrl: process.env.SITE_URL }),
    keepForOffline(),
  ],
  build: {
    target: 'es2022',
    // Inlined assets would become data: URLs; fonts and art ship as files instead.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
