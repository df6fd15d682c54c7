import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatProblem } from '../../src/tools/ink-compile';
import { auditStory } from '../../src/tools/story-audit';
import { DEFAULT_REGIME } from '../../src/model/regimes';

function storyIn(files: Record<string, string>) {
  const folder = mkdtempSync(path.join(tmpdir(), 'ink-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(folder, name), text);
  return { folder, root: path.join(folder, 'main.ink') };
}

describe('ink compiler', () => {
  it('names the included file and line of an error, not the file that includes it', () => {
    const { folder, root } = storyIn({
      'main.ink': 'INCLUDE chapter.ink\n-> start\n',
      'chapter.ink': '=== start ===\nHello.\nA broken {brace\n-> END\n',
    });
    const { story, problems } = compileInk(root);
    expect(story).toBeNull();
    expect(problems[0]).toMatchObject({ severity: 'error', file: path.join(folder, 'chapter.ink'), line: 3 });
    expect(formatProblem(problems[0], folder)).toMatch(/^chapter\.ink:3: /);
  });

  it('lists every file it read and every knot and stitch, so watchers and coverage see them all', () => {
    const { folder, root } = storyIn({
      'main.ink': 'INCLUDE a.ink\n-> one\n',
      'a.ink': '=== one ===\nOne.\n-> one.inner\n= inner\nInner. #ending: done\n-> END\n',
    });
    const { story, files, sections } = compileInk(root);
    expect(story?.version).toMatch(/^[0-9a-f]{12}$/);
    expect(files).toEqual([root, path.join(folder, 'a.ink')]);
    expect(sections).toEqual([
      { path: 'one', file: path.join(folder, 'a.ink'), line: 1 },
      { path: 'one.inner', file: path.join(folder, 'a.ink'), line: 4 },
    ]);
  });

  it('reports a missing story file instead of throwing', () => {
    const { problems } = compileInk('/nonexistent/main.ink');
    expect(problems[0].message).toMatch(/cannot read the story/);
  });
});

describe('story audit', () => {
  it('points at the file and line of an unknown event, gate or tag, and of a knot no path reaches', () => {
    const { root } = storyIn({
      'main.ink':
        'EXTERNAL record(e)\nEXTERNAL gate(g)\n-> start\n=== start ===\n~ record("jaywalk")\n{gate("moon_base"): x}\nHi. #mood: calm\n# ending: done\n-> END\n=== lost ===\nNobody comes here.\n-> END\n=== function record(e) ===\n~ return\n=== function gate(g) ===\n~ return true\n',
    });
    const { problems } = auditStory(root, { runs: 5, seed: 1, regime: DEFAULT_REGIME });
    const local = problems.map((p) => p.replace(/^.*main\.ink/, 'main.ink'));
    expect(local).toContain('main.ink:5: unknown event "jaywalk"');
    expect(local).toContain('main.ink:6: unknown gate "moon_base"');
    expect(local.some((p) => p.startsWith('main.ink:7: unknown tag "#mood"'))).toBe(true);
    expect(local).toContain('main.ink:10: "lost" was never reached in 0 runs');
  });
});
