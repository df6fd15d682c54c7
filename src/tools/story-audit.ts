// Checks a story as writers need it checked: compiles it, reads its source for unknown ids and tags,
// then plays it many times through the real runner and model. Returns problems and figures. Node only.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEventId, isGateId, type GateId } from '../model/catalogue.ts';
import type { Regime } from '../model/regime.ts';
import { parseTag, TagError } from '../narrative/tags.ts';
import { compileInk, formatProblem } from './ink-compile.ts';
import { playRandomly, type Playthrough } from './playthrough.ts';

export interface AuditOptions {
  runs: number;
  seed: number;
  regime: Regime;
  /** Display names the interface has, to catch a speaker or ending with no name. */
  names?: { speakers: Record<string, string>; endings: Record<string, string> };
}

export interface AuditFigures {
  runs: number;
  endings: Record<string, number>;
  words: { min: number; median: number; max: number };
  choicePoints: { min: number; median: number; max: number };
  score: { min: number; max: number };
  gates: Record<string, { open: number; locked: number }>;
  sections: number;
  milliseconds: number;
}

export interface Audit {
  problems: string[];
  figures: AuditFigures | null;
}

const at = (file: string, line: number) => `${path.relative(process.cwd(), file)}:${line}`;

/** Ids and tags as written in the source, with where they were written. */
function readSource(files: string[]) {
  const found = {
    problems: [] as string[],
    speakers: [] as { id: string; where: string }[],
    endings: [] as { id: string; where: string }[],
  };
  for (const file of files) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const where = at(file, index + 1);
        const line = raw.replace(/\/\/.*$/, '');
        for (const [, id] of line.matchAll(/\brecord\(\s*"([^"]*)"\s*\)/g)) {
          if (!isEventId(id)) found.problems.push(`${where}: unknown event "${id}"`);
        }
        for (const [, id] of line.matchAll(/\bgate\(\s*"([^"]*)"\s*\)/g)) {
          if (!isGateId(id)) found.problems.push(`${where}: unknown gate "${id}"`);
        }
        if (/^\s*[*+].*\]\s*#\s*gate\s*:/.test(line)) {
          found.problems.push(`${where}: #gate: after the ] is not attached to the choice; put it inside the brackets`);
        }
        for (const [, text] of line.matchAll(/(?<!\\)#([^#\]]*)/g)) {
          if (!text.trim()) continue;
          try {
            const tag = parseTag(text);
            if (tag.kind === 'speaker') found.speakers.push({ id: tag.id, where });
            if (tag.kind === 'ending') found.endings.push({ id: tag.id, where });
          } catch (error) {
            if (!(error instanceof TagError)) throw error;
            found.problems.push(`${where}: ${error.message}`);
          }
        }
      });
  }
  return found;
}

const spread = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};

export function auditStory(rootFile: string, options: AuditOptions): Audit {
  const started = performance.now();
  const { story, sections, problems: compileProblems, files } = compileInk(rootFile);
  const problems = compileProblems.map((p) => formatProblem(p));
  const source = readSource(files);
  problems.push(...source.problems);
  if (options.names) {
    for (const { id, where } of source.speakers) {
      if (!Object.hasOwn(options.names.speakers, id)) problems.push(`${where}: speaker "${id}" has no display name`);
    }
    for (const { id, where } of source.endings) {
      if (!Object.hasOwn(options.names.endings, id)) problems.push(`${where}: ending "${id}" has no display name`);
    }
  }
  if (!story) return { problems, figures: null };

  const plays: Playthrough[] = [];
  const visited = new Set<string>();
  for (let run = 0; run < options.runs; run += 1) {
    const seed = options.seed + run;
    try {
      const play = playRandomly(story.json, options.regime, seed);
      plays.push(play);
      for (const section of sections)
        if (!visited.has(section.path) && play.visits(section.path) > 0) visited.add(section.path);
    } catch (error) {
      problems.push(`${path.relative(process.cwd(), rootFile)}: run with seed ${seed}: ${(error as Error).message}`);
      if (problems.length > 50) break;
    }
  }

  for (const section of sections) {
    if (!visited.has(section.path)) {
      problems.push(`${at(section.file, section.line)}: "${section.path}" was never reached in ${plays.length} runs`);
    }
  }
  const endings: Record<string, number> = {};
  for (const play of plays) endings[play.ending] = (endings[play.ending] ?? 0) + 1;
  for (const { id, where } of source.endings) {
    if (!endings[id]) problems.push(`${where}: ending "${id}" was never reached in ${plays.length} runs`);
  }
  const gates: Record<string, { open: number; locked: number }> = {};
  for (const { gate, open } of plays.flatMap((play) => play.gates)) {
    gates[gate] ??= { open: 0, locked: 0 };
    gates[gate][open ? 'open' : 'locked'] += 1;
  }
  for (const [gate, seen] of Object.entries(gates) as [GateId, { open: number; locked: number }][]) {
    if (!seen.open || !seen.locked) {
      problems.push(`gate "${gate}" was only ever ${seen.open ? 'open' : 'locked'} where the story offers it`);
    }
  }
  const scores = plays.flatMap((play) => [options.regime.base, ...play.score.ledger.map((entry) => entry.score)]);
  return {
    problems,
    figures: {
      runs: plays.length,
      endings,
      words: spread(plays.map((play) => play.words)),
      choicePoints: spread(plays.map((play) => play.choicePoints)),
      score: { min: Math.min(...scores), max: Math.max(...scores) },
      gates,
      sections: sections.length,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}
