import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    return statSync(file).isDirectory() ? sources(file) : file.endsWith('.ts') ? [file] : [];
  });
}

describe('architecture', () => {
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
