import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../src/model/regimes';
import { inkPlugin } from '../../src/tools/vite-plugin-ink';

/** Calls the plugin's load hook the way Vite does, with a context that records what it is told. */
function load(file: string) {
  const watched: string[] = [];
  const context = {
    addWatchFile: (f: string) => watched.push(f),
    warn: () => undefined,
    error: (error: { message: string; id: string; loc?: { line: number } }) => {
      throw Object.assign(new Error(error.message), error);
    },
  };
  const hook = inkPlugin().load as unknown as (this: typeof context, id: string) => string | null;
  return { run: () => hook.call(context, file), watched };
}

describe('ink plugin for Vite', () => {
  it('turns an .ink import into a module exporting the compiled JSON and its version, watching every included file', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
    writeFileSync(path.join(folder, 'main.ink'), 'INCLUDE one.ink\n-> one\n');
    writeFileSync(path.join(folder, 'one.ink'), '=== one ===\nHello. #ending: hello\n-> END\n');
    const { run, watched } = load(path.join(folder, 'main.ink'));
    const code = run() ?? '';
    const story = JSON.parse(code.replace(/^export default /, '').replace(/;$/, ''));
    expect(JSON.parse(story.json).inkVersion).toBeGreaterThan(20);
    expect(story.version).toMatch(/^[0-9a-f]{12}$/);
    expect(watched).toEqual([path.join(folder, 'main.ink'), path.join(folder, 'one.ink')]);
  });

  it('plays the opening of a new game under each shipped regime, so the game can show it before ink is built', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
    writeFileSync(path.join(folder, 'main.ink'), 'VAR length = "full"\nGood morning. #ending: hello\n-> END\n');
    const story = JSON.parse(
      (load(path.join(folder, 'main.ink')).run() ?? '').replace(/^export default /, '').replace(/;$/, ''),
    );
    const regimes = Object.keys(REGIMES).length;
    expect(story.openings).toHaveLength(regimes * 2);
    expect(new Set(story.openings.map((o: { variables: string }) => o.variables))).toEqual(
      new Set(['{}', '{"length":"short"}']),
    );
    for (const opening of story.openings) expect(opening.beat.paragraphs).toEqual([{ text: 'Good morning.' }]);
  });

  it('fails the build with the included file and line of an ink error', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
    writeFileSync(path.join(folder, 'main.ink'), 'INCLUDE one.ink\n-> one\n');
    writeFileSync(path.join(folder, 'one.ink'), '=== one ===\nHello {there\n-> END\n');
    const { run } = load(path.join(folder, 'main.ink'));
    expect(run).toThrow(/one\.ink:2: /);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({ id: path.join(folder, 'one.ink'), loc: { line: 2 } });
    }
  });

  it('leaves other files to other plugins', () => {
    expect(load('/src/main.ts').run()).toBeNull();
  });
});
