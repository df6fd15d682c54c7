import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolders } from '../../src/tools/static-server';

let base = '';
let close = () => {};

beforeAll(async () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'static-'));
  mkdirSync(path.join(folder, 'icons'));
  writeFileSync(path.join(folder, 'index.html'), '<p>game</p>');
  writeFileSync(path.join(folder, 'manifest-en.webmanifest'), '{}');
  writeFileSync(path.join(folder, 'icons', 'icon.svg'), '<svg/>');
  writeFileSync(path.join(tmpdir(), 'outside.txt'), 'not served');
  const served = await serveFolders({ 'some/where': folder });
  base = served.base;
  close = () => served.server.close();
});

afterAll(() => close());

describe('the static server for tools and tests', () => {
  it('serves a folder under a path of several steps, index.html for the folder itself', async () => {
    const page = await fetch(`${base}/some/where/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    await expect(page.text()).resolves.toBe('<p>game</p>');
    const manifest = await fetch(`${base}/some/where/manifest-en.webmanifest`);
    expect(manifest.headers.get('content-type')).toBe('application/manifest+json');
    expect((await fetch(`${base}/some/where/icons/icon.svg`)).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('answers 404 for anything missing, outside the path, or outside the folder', async () => {
    for (const url of [
      '/some/where/missing.js',
      '/index.html',
      '/some/index.html',
      '/some/where/icons/',
      '/some/where/..%2Foutside.txt',
    ]) {
      expect((await fetch(`${base}${url}`)).status, url).toBe(404);
    }
  });
});
