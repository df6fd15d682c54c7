import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileInk, formatProblem } from '../../src/tools/ink-compile';

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
