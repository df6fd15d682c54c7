// Lets the game `import story from '../story/en/main.ink'`: compiles ink at build and dev time, plays
// new games' openings, fails the build with file:line errors, reloads on any included file. Node only.

import path from 'node:path';
import type { Plugin } from 'vite';
import { REGIMES } from '../model/regimes/index.ts';
import { findOpenings } from '../narrative/find-openings.ts';
import { LENGTH_VARIABLES } from '../narrative/opening.ts';
import { compileInk, formatProblem } from './ink-compile.ts';

export function inkPlugin(): Plugin {
  /** included file → the root .ink modules that read it */
  const readers = new Map<string, Set<string>>();

  return {
    name: 'good-standing:ink',
    load(id) {
      if (!id.endsWith('.ink')) return null;
      const { story, problems, files } = compileInk(id);
      for (const file of files) {
        this.addWatchFile(file);
        if (!readers.has(file)) readers.set(file, new Set());
        readers.get(file)?.add(id);
      }
      for (const warning of problems.filter((p) => p.severity === 'warning')) this.warn(formatProblem(warning));
      const first = problems.find((p) => p.severity === 'error');
      if (!story || first) {
        const errors = problems.filter((p) => p.severity === 'error');
        this.error({
          message: errors.map((p) => formatProblem(p)).join('\n') || 'the story did not compile',
          id: first?.file ?? id,
          loc: first ? { file: first.file, line: first.line, column: 0 } : undefined,
        });
      }
      // Every shipped regime and length: a new game under any of them shows its first words at once.
      const openings = findOpenings(story.json, Object.values(REGIMES), Object.values(LENGTH_VARIABLES));
      return `export default ${JSON.stringify({ json: story.json, version: story.version, openings })};`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const roots = readers.get(path.resolve(file));
        if (!roots) return;
        for (const root of roots) {
          const module = server.moduleGraph.getModuleById(root);
          if (module) server.moduleGraph.invalidateModule(module);
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
