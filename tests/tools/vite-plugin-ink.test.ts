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
  /** The module's shipped part (version and openings) and the module its `json()` imports. */
  const readModule = (code: string) => {
    const match = /^export default \{ \.\.\.(\{.*\}), json: \(\) => import\(("[^"]+")\)/.exec(code);
    if (!match) throw new Error(`not an ink module: ${code.slice(0, 80)}`);
    return { shipped: JSON.parse(match[1]), imports: JSON.parse(match[2]) as string };
  };

  it('turns an .ink import into a module with the version and a json() that fetches the compiled ink on its own', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
    writeFileSync(path.join(folder, 'main.ink'), 'INCLUDE one.ink\n-> one\n');
    writeFileSync(path.join(folder, 'one.ink'), '=== one ===\nHello. #ending: hello\n-> END\n');
    const { run, watched } = load(path.join(folder, 'main.ink'));
    const { shipped, imports } = readModule(run() ?? '');
    expect(shipped.version).toMatch(/^[0-9a-f]{12}$/);
    expect(shipped).not.toHaveProperty('json');
    expect(imports).toBe('./main.ink?ink-json');
    expect(watched).toEqual([path.join(folder, 'main.ink'), path.join(folder, 'one.ink')]);
    const json = load(path.join(folder, 'main.ink?ink-json')).run() ?? '';
    const ink = JSON.parse(JSON.parse(json.replace(/^export default /, '').replace(/;$/, '')));
    expect(ink.inkVersion).toBeGreaterThan(20);
  });

  it('plays the opening of a new game under each shipped regime, so the game can show it before ink is built', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'ink-plugin-'));
    writeFileSync(path.join(folder, 'main.ink'), 'VAR length = "full"\nGood morning. #ending: hello\n-> END\n');
    const { shipped: story } = readModule(load(path.join(folder, 'main.ink')).run() ?? '');
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
