// Builds the game once and serves the build on loopback for every browser test.

import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV to 'test', which would make this a development build (import.meta.env.PROD
  // false, libraries' debug branches in); the tests play what `npm run build` ships.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  const server = await preview({ logLevel: 'warn', preview: { host: '127.0.0.1', port: 4317, strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('the preview server did not say where it listens');
  project.provide('baseUrl', url);
  return async () => {
    await server.close();
  };
}
