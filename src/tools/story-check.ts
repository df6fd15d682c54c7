// `npm run story:check`: compiles every language's story with the same compiler as the build and
// prints each problem as file:line. Fast; `npm run story:test` plays the stories too. Node only.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInk, formatProblem } from './ink-compile.ts';

let problems = 0;
for (const lang of readdirSync('story').sort()) {
  const root = path.join('story', lang, 'main.ink');
  if (!existsSync(root)) continue;
  const result = compileInk(root);
  for (const problem of result.problems) console.error(formatProblem(problem));
  problems += result.problems.length;
  console.log(`${root}: ${result.story ? 'compiled' : 'did not compile'}, ${result.problems.length} problem(s)`);
}
process.exitCode = problems > 0 ? 1 : 0;
