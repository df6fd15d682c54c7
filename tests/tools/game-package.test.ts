import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { absoluteReferences, packageFolder, packageProblems, readFolder, zipGame } from '../../src/tools/game-package';

const text = (value: string) => new TextEncoder().encode(value);

/** A built game at its smallest: a page, its script and style, a picture, the credits. */
function smallGame(overrides: Record<string, string> = {}): Map<string, Uint8Array> {
  const files: Record<string, string> = {
    'index.html': '<script type="module" src="./assets/index-a1.js"></script><link rel="icon" href="./icons/icon.svg">',
    'assets/index-a1.js': 'import("./boot-b2.js"); new URL("ink-c3.json", import.meta.url);',
    'assets/boot-b2.js': 'const ns = "http://www.w3.org/2000/svg";',
    'assets/ink-c3.json': '{}',
    'assets/index-d4.css':
      '.a { background: url(./font-e5.woff2); } .b { --s: url("data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\'/>"); }',
    'assets/font-e5.woff2': 'font',
    'icons/icon.svg': '<svg/>',
    'credits/CREDITS.md': '# Credits',
    'credits/licences/inter.txt': 'OFL',
    ...overrides,
  };
  return new Map(Object.entries(files).map(([file, body]) => [file, text(body)]));
}

describe('the game package', () => {
  it('accepts a build with index.html at its root, relative paths only and its licences', () => {
    expect(packageProblems(smallGame())).toEqual([]);
  });

  it('zips every file at its own path, index.html at the root, and makes the same zip from the same files', () => {
    const files = smallGame();
    const zip = zipGame(files);
    const unzipped = unzipSync(zip);
    expect(Object.keys(unzipped).sort()).toEqual([...files.keys()].sort());
    for (const [file, bytes] of files) expect(Buffer.from(unzipped[file]), file).toEqual(Buffer.from(bytes));
    expect(Buffer.from(zipGame(new Map([...files].reverse())))).toEqual(Buffer.from(zip));
  });

  it('finds a root-relative or full URL to one of its own files, in a page, a style sheet, a script or a manifest', () => {
    const files = smallGame({
      'index.html':
        '<script src="/assets/index-a1.js"></script><meta property="og:image" content="https://school.example/icons/icon.svg">',
      'assets/index-d4.css': '.a { background: url(/assets/font-e5.woff2?v=1); }',
      'assets/index-a1.js': 'import(`/assets/boot-b2.js`);',
      'manifest-en.webmanifest': '{"icons": [{"src": "/icons/icon.svg"}]}',
    });
    expect(absoluteReferences(files).sort()).toEqual([
      'assets/index-a1.js: /assets/boot-b2.js',
      'assets/index-d4.css: /assets/font-e5.woff2',
      'index.html: /assets/index-a1.js',
      'index.html: https://school.example/icons/icon.svg',
      'manifest-en.webmanifest: /icons/icon.svg',
    ]);
  });

  it('names every rule a folder breaks: no index.html at the root, too many files, no licences', () => {
    const files = smallGame();
    files.delete('index.html');
    files.delete('credits/licences/inter.txt');
    files.set('game/index.html', text('<p>one folder down</p>'));
    for (let i = 0; i < 1000; i += 1) files.set(`assets/part-${i}.js`, text(''));
    expect(packageProblems(files)).toEqual([
      "there is no index.html at the package's root",
      `${files.size} files: game sites take at most 999`,
      'credits/licences/ is missing',
    ]);
  });

  it('writes nothing for a folder it refuses, and says why', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'package-'));
    mkdirSync(path.join(folder, 'assets'));
    writeFileSync(path.join(folder, 'index.html'), '<script src="/assets/a.js"></script>');
    writeFileSync(path.join(folder, 'assets', 'a.js'), '');
    const out = path.join(folder, 'out', 'game.zip');
    expect(() => packageFolder(folder, out)).toThrow(
      /cannot be packaged:\n- credits\/CREDITS\.md is missing\n.*\n- an absolute URL, index\.html: \/assets\/a\.js/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('writes a zip of a good folder and counts its files', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'package-'));
    for (const [file, bytes] of smallGame()) {
      mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      writeFileSync(path.join(folder, file), bytes);
    }
    const out = path.join(folder, '..', `${path.basename(folder)}.zip`);
    const { files, bytes } = packageFolder(folder, out);
    expect(files).toBe(smallGame().size);
    expect(readFolder(folder).size).toBe(files);
    expect(bytes).toBeGreaterThan(0);
    expect(existsSync(out)).toBe(true);
  });
});
