// `npm run story:test`: audits every language's story (runs, exploration, personas), prints the
// problems and headline figures, and writes reports/story-<lang>.md and .html. Node only.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_REGIME } from '../model/regimes/index.ts';
import { MESSAGE_TABLES } from '../i18n/tables.ts';
import { auditStory, LENGTHS } from './story-audit.ts';
import { renderHtml, renderMarkdown } from './story-report.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const runs = option('runs', 10_000);
const seed = option('seed', 1);
const exploreStates = option('explore-states', 50_000);
const preferUnused = process.argv.includes('--prefer-unused');
let failed = false;

mkdirSync('reports', { recursive: true });
for (const lang of readdirSync('story').sort()) {
  const root = path.join('story', lang, 'main.ink');
  if (!existsSync(root)) continue;
  const names = MESSAGE_TABLES[lang];
  if (!names) {
    console.error(`${root}: no message table for language "${lang}"`);
    failed = true;
  }
  const audit = await auditStory(root, {
    runs,
    seed,
    regime: DEFAULT_REGIME,
    names,
    exploreStates,
    preferUnused,
    variants: LENGTHS,
  });
  for (const problem of audit.problems) console.error(problem);
  failed ||= audit.problems.length > 0;
  writeFileSync(`reports/story-${lang}.md`, renderMarkdown(lang, audit));
  writeFileSync(`reports/story-${lang}.html`, renderHtml(lang, audit));
  const mins = (n: number) => (n / 200).toFixed(1);
  for (const v of audit.figures?.variants ?? []) {
    console.log(
      [
        `story/${lang}, ${v.name}: ${v.runs} runs in ${v.runsMs} ms; ${v.exploration.states} states explored${v.exploration.complete ? ' (the whole tree)' : ' (the bound on states reached)'}; ${v.states} distinct states`,
        `  words read per path: min ${v.words.min}, median ${v.words.median}, max ${v.words.max} (${mins(v.words.min)}–${mins(v.words.max)} min at 200 wpm)`,
        `  choices per path: min ${v.choicePoints.min}, median ${v.choicePoints.median}, max ${v.choicePoints.max}`,
        `  score range: ${v.score.min}–${v.score.max}`,
        `  endings: ${Object.entries(v.endings)
          .map(([id, n]) => `${id} ${n}`)
          .join(', ')}`,
        `  personas: ${v.personas.map((p) => `${p.persona}@${p.seed} → ${p.ending} (${p.score}, ${p.tier})`).join('; ')}`,
        `  gates (open/locked when offered): ${Object.entries(v.gates)
          .map(([id, g]) => `${id} ${g.open}/${g.locked}`)
          .join(', ')}`,
      ].join('\n'),
    );
  }
  console.log(
    `story/${lang}: ${audit.problems.length} problem(s) in ${audit.figures?.milliseconds ?? 0} ms; report in reports/story-${lang}.md and .html`,
  );
}
process.exitCode = failed ? 1 : 0;
