import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * What each folder of src may import: other folders of src (and `story`, the ink sources) and
 * packages. This table, not each file's header, is the rule; a folder not in it fails the test.
 */
const MAY_IMPORT: Record<string, { folders: string[]; packages: RegExp }> = {
  model: { folders: [], packages: /^$/ },
  narrative: { folders: ['model'], packages: /^inkjs$/ },
  debrief: { folders: ['model', 'narrative', 'i18n'], packages: /^$/ },
  i18n: { folders: ['model', 'narrative'], packages: /^$/ },
  app: { folders: ['model', 'narrative', 'debrief', 'i18n', 'story'], packages: /^(@fontsource\/|fflate$)/ },
  platform: { folders: ['model', 'narrative', 'app', 'kiosk', 'class'], packages: /^$/ },
  stage: { folders: ['model', 'narrative', 'app', 'platform'], packages: /^phaser$/ },
  ui: {
    folders: ['model', 'narrative', 'debrief', 'i18n', 'app', 'kiosk', 'platform', 'class', 'simulate'],
    packages: /^uqr$/,
  },
  kiosk: { folders: ['model', 'narrative', 'i18n', 'app', 'platform', 'stage', 'ui'], packages: /^$/ },
  // Plays the story without a screen (playthroughs, the story graph, runs, personas): the one code
  // the story checks, the tests and the rules preview's Web Worker all use.
  simulate: { folders: ['model', 'narrative'], packages: /^$/ },
  // The class session's wire format: what the server writes and the game's client reads.
  class: { folders: ['model', 'narrative'], packages: /^$/ },
  // The class server: no folder but tools may import it, so it is never bundled into the game.
  server: {
    folders: ['model', 'narrative', 'class'],
    packages: /^(node:.*|fastify|@fastify\/(helmet|rate-limit|static)|@electric-sql\/pglite|pg)$/,
  },
  tools: {
    folders: ['model', 'narrative', 'i18n', 'kiosk', 'platform', 'stage', 'story', 'server', 'simulate'],
    packages: /^(node:.*|inkjs|playwright-core|vite|@resvg\/resvg-js|fflate)$/,
  },
};
/** The composition root and type declarations stand outside the folders and may import anything. */
const ROOTS = ['src/main.ts', 'src/ink.d.ts'];

/** Where each import of a file goes: a top-level folder of src (or `story`), or a package by name. */
function importsOf(file: string): { folder?: string; pkg?: string; spec: string }[] {
  const code = readFileSync(file, 'utf8');
  return [...code.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map(([, spec]) => {
    if (!spec.startsWith('.'))
      return {
        pkg: spec
          .split('/')
          .slice(0, spec.startsWith('@') ? 2 : 1)
          .join('/'),
        spec,
      };
    const parts = path.normalize(path.join(path.dirname(file), spec)).split(path.sep);
    return { folder: parts[0] === 'src' ? parts[1].replace(/\.ts$/, '') : parts[0], spec };
  });
}

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('architecture', () => {
  it('has a rule for every folder of src', () => {
    const folders = readdirSync('src').filter((name) => statSync(path.join('src', name)).isDirectory());
    expect(folders.filter((folder) => !MAY_IMPORT[folder])).toEqual([]);
    const loose = readdirSync('src').filter((name) => !folders.includes(name));
    expect(loose.map((name) => `src/${name}`).filter((file) => !ROOTS.includes(file))).toEqual([]);
  });

  it.each(Object.keys(MAY_IMPORT))('keeps src/%s to the folders and packages it may import', (folder) => {
    const rule = MAY_IMPORT[folder];
    const wrong = sources(path.join('src', folder)).flatMap((file) =>
      importsOf(file)
        .filter(({ folder: to, pkg }) =>
          to !== undefined ? to !== folder && !rule.folders.includes(to) : !rule.packages.test(pkg ?? ''),
        )
        .map(({ spec }) => `${file} imports ${spec}`),
    );
    expect(wrong).toEqual([]);
  });

  it.each(['src/model', 'src/narrative'])('keeps %s free of Phaser and the DOM, so it runs under Node', (folder) => {
    for (const file of sources(folder)) {
      const code = readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\b(phaser|document|window|localStorage)\b/i);
    }
  });

  it.each(['src/model', 'src/narrative'])(
    'names each file %s imports with its extension, as Node loads them when the build plays openings',
    (folder) => {
      for (const file of sources(folder)) {
        const local = [...readFileSync(file, 'utf8').matchAll(/from '(\.[^']*)'/g)].map((m) => m[1]);
        for (const name of local) expect(name, file).toMatch(/\.ts$/);
      }
    },
  );

  it('keeps the views away from inkjs and the runner', () => {
    for (const file of [...sources('src/ui'), ...sources('src/stage')]) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from '(inkjs[^']*|[^']*narrative\/runner)'/);
    }
  });

  it('ships only the inkjs runtime to the browser, never the compiler', () => {
    for (const file of sources('src').filter((f) => !f.startsWith(path.join('src', 'tools')))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/from 'inkjs\/(full|compiler)/);
    }
  });

  it('opens every source file with a comment saying why it exists', () => {
    for (const file of sources('src')) {
      expect(readFileSync(file, 'utf8').startsWith('//'), file).toBe(true);
    }
  });

  it('sets no user-facing text with innerHTML anywhere', () => {
    for (const file of sources('src')) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML/);
    }
  });
});
