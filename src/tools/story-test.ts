// `npm run story:test`: audits every language's story (runs, exploration, personas), prints the
// problems and headline figures, and writes reports/story-<lang>.md and .html. Node only.

import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_REGIME } from '../model/regimes/index.ts';
import { MESSAGE_TABLES } from '../i18n/tables.ts';
import { auditStory } from './story-audit.ts';
import { renderHtml, renderMarkdown } from './story-report.ts';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  const value = index >= 0 ? Number(process.argv[index + 1]) : fallback;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} takes a whole number`);
  return value;
}

const runs = option('runs', 10_000);
const seed = option('seed', 1);
const exploreMs = option('explore-seconds', 10) * 1000;
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
  const audit = auditStory(root, { runs, seed, regime: DEFAULT_REGIME, names, exploreMs, preferUnused });
  for (const problem of audit.problems) console.error(problem);
  failed ||= audit.problems.length > 0;
  writeFileSync(`reports/story-${lang}.md`, renderMarkdown(lang, audit));
  writeFileSync(`reports/story-${lang}.html`, renderHtml(lang, audit));
  const f = audit.figures;
  if (f) {
    const mins = (n: number) => (n / 200).toFixed(1);
    console.log(
      [
        `story/${lang}: ${f.runs} runs in ${f.runsMs} ms; ${f.exploration.states} states explored${f.exploration.complete ? ' (the whole tree)' : ' (time bound reached)'}; ${f.states} distinct states; ${f.milliseconds} ms in all`,
        `  words read per path: min ${f.words.min}, median ${f.words.median}, max ${f.words.max} (${mins(f.words.min)}–${mins(f.words.max)} min at 200 wpm)`,
        `  choices per path: min ${f.choicePoints.min}, median ${f.choicePoints.median}, max ${f.choicePoints.max}`,
        `  score range: ${f.score.min}–${f.score.max}`,
        `  endings: ${Object.entries(f.endings)
          .map(([id, n]) => `${id} ${n}`)
          .join(', ')}`,
        `  personas: ${f.personas.map((p) => `${p.persona} → ${p.ending} (${p.score}, ${p.tier})`).join('; ')}`,
        `  gates (open/locked when offered): ${Object.entries(f.gates)
          .map(([id, g]) => `${id} ${g.open}/${g.locked}`)
          .join(', ')}`,
        `  ${audit.problems.length} problem(s); report in reports/story-${lang}.md and .html`,
      ].join('\n'),
    );
  }
}
process.exitCode = failed ? 1 : 0;
