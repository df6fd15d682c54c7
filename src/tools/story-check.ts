// `npm run story:check`: compiles every language's story with the same compiler as the build, prints
// each problem as file:line, and checks each translation is the English story in other words. Node only.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { compileInk, formatProblem } from './ink-compile.ts';
import { compareEditions } from './story-parity.ts';

const REFERENCE = 'en';
let problems = 0;
const compiled = new Map<string, string>();
for (const lang of readdirSync('story').sort()) {
  const root = path.join('story', lang, 'main.ink');
  if (!existsSync(root)) continue;
  const result = compileInk(root);
  for (const problem of result.problems) console.error(formatProblem(problem));
  problems += result.problems.length;
  if (result.story) compiled.set(lang, result.story.json);
  console.log(`${root}: ${result.story ? 'compiled' : 'did not compile'}, ${result.problems.length} problem(s)`);
}
const reference = compiled.get(REFERENCE);
for (const [lang, json] of compiled) {
  if (lang === REFERENCE || !reference) continue;
  const differences = compareEditions(reference, json, { reference: REFERENCE, other: lang });
  for (const difference of differences) console.error(`story/${lang}: ${difference}`);
  problems += differences.length;
  console.log(`story/${lang}: ${differences.length} structural difference(s) from story/${REFERENCE}`);
}
process.exitCode = problems > 0 ? 1 : 0;
