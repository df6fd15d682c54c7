// Lets the game `import story from '../story/en/main.ink'`: the openings played at build, the compiled ink
// a module of its own (`story.json()`), file:line errors that fail the build, reloads on edits. Node only.

import path from 'node:path';
import type { Plugin } from 'vite';
import { REGIMES } from '../model/regimes/index.ts';
import { findOpenings } from '../narrative/find-openings.ts';
import { LENGTH_VARIABLES } from '../narrative/opening.ts';
import { compileInk, formatProblem } from './ink-compile.ts';

/** The query that asks for a story's compiled ink on its own. */
const JSON_QUERY = '?ink-json';

/** Each language's compiled ink is named for its folder (`story-en-….js`), not for `main.ink`. */
const chunkFileNames = (chunk: { facadeModuleId: string | null }) =>
  chunk.facadeModuleId?.endsWith(JSON_QUERY)
    ? `assets/story-${path.basename(path.dirname(chunk.facadeModuleId))}-[hash].js`
    : 'assets/[name]-[hash].js';

export function inkPlugin(): Plugin {
  /** included file → the root .ink modules that read it */
  const readers = new Map<string, Set<string>>();
  /** Each root's compiled JSON, from its last compile: its own module reads it rather than compiling again. */
  const compiled = new Map<string, string>();

  return {
    name: 'good-standing:ink',
    config: () => ({ build: { rollupOptions: { output: { chunkFileNames } } } }),
    load(id) {
      if (id.endsWith(`.ink${JSON_QUERY}`)) {
        const root = id.slice(0, -JSON_QUERY.length);
        const json = compiled.get(root) ?? compileInk(root).story?.json;
        return json === undefined ? null : `export default ${JSON.stringify(json)};`;
      }
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
      compiled.set(id, story.json);
      // Every shipped regime and length: a new game under any of them shows its first words at once.
      const openings = findOpenings(story.json, Object.values(REGIMES), Object.values(LENGTH_VARIABLES));
      const shipped = JSON.stringify({ version: story.version, openings });
      const json = JSON.stringify(`./${path.basename(id)}${JSON_QUERY}`);
      return `export default { ...${shipped}, json: () => import(${json}).then((module) => module.default) };`;
    },
    configureServer(server) {
      server.watcher.on('change', (file) => {
        const roots = readers.get(path.resolve(file));
        if (!roots) return;
        for (const root of roots) {
          compiled.delete(root);
          for (const id of [root, `${root}${JSON_QUERY}`]) {
            const module = server.moduleGraph.getModuleById(id);
            if (module) server.moduleGraph.invalidateModule(module);
          }
        }
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
