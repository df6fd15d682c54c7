// Puts the icons, manifests, social preview and licences next to the built index.html and names them
// in its head; the dev server serves the same files from memory. Node only; imports the app files and server types.

import path from 'node:path';
import type { Plugin } from 'vite';
import { appFiles, headTags, siteAddress } from './app-files.ts';
import { contentType } from './static-server.ts';

/** `siteUrl` (SITE_URL at build) makes the social preview's image an absolute URL; see docs/hosting.md. */
export function appFilesPlugin(options: { siteUrl?: string } = {}): Plugin {
  const siteUrl = siteAddress(options.siteUrl);
  let files: ReturnType<typeof appFiles> | undefined;
  let root = process.cwd();
  const made = () => (files ??= appFiles(root));

  return {
    name: 'good-standing:app-files',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: () => headTags(siteUrl).map(({ tag, attrs }) => ({ tag, attrs, injectTo: 'head' as const })),
    generateBundle() {
      for (const [fileName, make] of Object.entries(made())) this.emitFile({ type: 'asset', fileName, source: make() });
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const name = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname).slice(1);
        const make = made()[name];
        if (!make) return next();
        response.setHeader('content-type', contentType(path.basename(name)));
        response.end(make());
      });
    },
  };
}
