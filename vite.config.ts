// Build and dev server: ink compiled at build time, a strict Content-Security-Policy on the
// built page, Phaser in its own lazily loaded chunk. Test settings live in vitest.config.ts.

import { defineConfig, type Plugin } from 'vite';
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

export default defineConfig({
  base: './',
  plugins: [inkPlugin(), contentSecurityPolicy()],
  build: {
    target: 'es2022',
    // Inlined assets would become data: URLs; fonts and art ship as files instead.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
