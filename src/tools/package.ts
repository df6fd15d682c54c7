// `npm run package`: builds the game and writes release/good-standing-<version>.zip (see
// game-package.ts for what it checks), then says its size and file count. Node only.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { packageFolder } from './game-package.ts';

async function main() {
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  if (process.env.SITE_URL)
    throw new Error(
      'SITE_URL makes the link preview absolute, for one site only; unset it to build a package for any host',
    );
  process.env.NODE_ENV = 'production';
  await build({ logLevel: 'warn' });
  const out = path.join('release', `good-standing-${version}.zip`);
  const { bytes, files } = packageFolder('dist', out);
  console.log(`wrote ${out}: ${files} files, ${(bytes / 1024).toFixed(1)} KiB`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
