// The benchmark's yardstick: the same story on a bare page, as Inky's web export at its smallest
// (inkjs runtime, the compiled JSON, paragraphs and choice buttons). Built for the bench, never shipped. Node only.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { FIRST_TEXT_MARK } from './bench-probe.ts';
import { compileInk, formatProblem } from './ink-compile.ts';

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>Good Standing (bare ink page)</title>
  </head>
  <body>
    <div id="story" data-testid="passage"></div>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

// Like Inky's main.js with everything optional left out: continue, print, offer the choices.
const MAIN_JS = `import { Story } from 'inkjs';
import storyContent from './story.js';

const story = new Story(storyContent);
story.allowExternalFunctionFallbacks = true;
const container = document.getElementById('story');

function continueStory() {
  while (story.canContinue) {
    const paragraph = document.createElement('p');
    paragraph.textContent = story.Continue();
    container.appendChild(paragraph);
  }
  for (const choice of story.currentChoices) {
    const button = document.createElement('button');
    button.dataset.testid = 'choice';
    button.textContent = choice.text;
    button.addEventListener('click', () => {
      story.ChooseChoiceIndex(choice.index);
      container.replaceChildren();
      continueStory();
    });
    container.appendChild(button);
  }
  if (story.currentChoices.length === 0) container.dataset.ended = 'true';
}

// Marked when the first passage is in the page, under the same name the game uses.
continueStory();
performance.mark('${FIRST_TEXT_MARK}');
`;

/** Builds the bare page for story/<lang>/main.ink into `outDir` and returns it. */
export async function buildBarePage(storyRoot: string, outDir: string): Promise<string> {
  const { story, problems } = compileInk(storyRoot);
  if (!story) throw new Error(problems.map((p) => formatProblem(p)).join('\n') || 'the story did not compile');
  const source = mkdtempSync(path.join(tmpdir(), 'good-standing-bare-'));
  try {
    writeFileSync(path.join(source, 'index.html'), INDEX_HTML);
    writeFileSync(path.join(source, 'main.js'), MAIN_JS);
    // Inky's story.js holds the story as a script object, not a fetched .json file.
    writeFileSync(path.join(source, 'story.js'), `export default ${story.json};\n`);
    mkdirSync(outDir, { recursive: true });
    await build({
      configFile: false,
      root: source,
      base: './',
      logLevel: 'warn',
      // The source folder sits outside the project, so the runtime is named by its resolved file:
      // the `import` entry of `inkjs`, exactly what the game's bundle gets.
      resolve: { alias: [{ find: /^inkjs$/, replacement: fileURLToPath(import.meta.resolve('inkjs')) }] },
      build: { outDir: path.resolve(outDir), emptyOutDir: true, target: 'es2022' },
    });
    return outDir;
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
}
