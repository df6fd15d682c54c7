// What the built game weighs, gzipped, and the budget it is held to: read by the benchmark's table
// and by the browser test that fails when the budget is broken. Node only.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes the game may weigh: the ceiling we hold it to. */
export const WEIGHT_BUDGET = {
  /**
   * What the first words wait for: the page's script and style sheet. The story's openings are in it;
   * inkjs and the compiled story are not (they were, at 140 KB).
   */
  firstText: 60_000,
  /** The stage: Phaser and the city, fetched after the first words. */
  stage: 420_000,
  /**
   * Everything in assets/ a browser may fetch: every language's edition and font, but not the .woff
   * twins of .woff2 fonts, which only browsers without woff2 ever ask for.
   */
  total: 1_200_000,
};

export interface AssetFile {
  name: string;
  bytes: number;
  gzip: number;
}

export interface Weights {
  files: AssetFile[];
  firstText: number;
  stage: number;
  total: number;
}

/** A file's size once gzipped at the highest level, as a static host compresses it ahead of time. */
export const gzippedSize = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** Weighs the build in `folder` (its index.html and assets/), gzipped at the highest level. */
export function weighBuild(folder: string): Weights {
  const files = readdirSync(path.join(folder, 'assets')).map((name) => {
    const file = path.join(folder, 'assets', name);
    return { name, bytes: statSync(file).size, gzip: gzippedSize(file) };
  });
  const sum = (list: AssetFile[]) => list.reduce((total, file) => total + file.gzip, 0);
  const html = readFileSync(path.join(folder, 'index.html'), 'utf8');
  const stem = (name: string) => name.slice(0, name.lastIndexOf('-'));
  const woff2 = new Set(files.filter((file) => file.name.endsWith('.woff2')).map((file) => stem(file.name)));
  return {
    files,
    firstText: sum(files.filter((file) => /\.(js|css)$/.test(file.name) && html.includes(file.name))),
    stage: sum(files.filter((file) => /^boot-.*\.js$/.test(file.name))),
    total: sum(files.filter((file) => !(file.name.endsWith('.woff') && woff2.has(stem(file.name))))),
  };
}
