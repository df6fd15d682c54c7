// `npm run story:check`: compiles and audits every language's story, printing problems as
// file:line messages and the figures writers need. Exits non-zero on any problem. Node only.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { en } from '../i18n/en.ts';
import { DEFAULT_REGIME } from '../model/regimes/index.ts';
import { auditStory } from './story-audit.ts';

const TABLES = { en } as const;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const runs = option('runs', 1000);
const seed = option('seed', 1);
let failed = false;

for (const lang of readdirSync('story').sort()) {
  const root = path.join('story', lang, 'main.ink');
  if (!existsSync(root)) continue;
  const names = TABLES[lang as keyof typeof TABLES];
  if (!names) {
    console.error(`${root}: no message table for language "${lang}"`);
    failed = true;
  }
  const { problems, figures } = auditStory(root, { runs, seed, regime: DEFAULT_REGIME, names });
  for (const problem of problems) console.error(problem);
  failed ||= problems.length > 0;
  if (figures) {
    const { words, choicePoints } = figures;
    const minutes = (n: number) => (n / 200).toFixed(1);
    console.log(
      [
        `story/${lang}: ${figures.runs} runs in ${figures.milliseconds} ms, ${figures.sections} knots and stitches`,
        `  words read per path: min ${words.min}, median ${words.median}, max ${words.max} (${minutes(words.min)}–${minutes(words.max)} min at 200 wpm)`,
        `  choices per path: min ${choicePoints.min}, median ${choicePoints.median}, max ${choicePoints.max}`,
        `  score range: ${figures.score.min}–${figures.score.max}`,
        `  endings: ${Object.entries(figures.endings)
          .map(([id, n]) => `${id} ${n}`)
          .join(', ')}`,
        `  gates (open/locked when offered): ${Object.entries(figures.gates)
          .map(([id, g]) => `${id} ${g.open}/${g.locked}`)
          .join(', ')}`,
        `  ${problems.length} problem(s)`,
      ].join('\n'),
    );
  }
}

process.exitCode = failed ? 1 : 0;
