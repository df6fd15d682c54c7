// Checks a story as writers need it checked: compiles it, reads its source for unknown ids and
// tags, plays it thousands of times, explores its choice tree and plays it as personas, all through
// the real runner and model. Returns problems (file:line or choice path) and figures. Node only.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isEventId, isGateId } from '../model/catalogue.ts';
import type { Regime } from '../model/regime.ts';
import { tierOf } from '../model/score.ts';
import type { RunnerOptions } from '../narrative/runner.ts';
import { parseTag, TagError } from '../narrative/tags.ts';
import { compileInk, formatProblem } from './ink-compile.ts';
import { PERSONA_SEEDS, PERSONAS, playPersonas, type PersonaResult } from '../simulate/personas.ts';
import { exploreGraph } from './story-explore.ts';
import { findLiteralFigures } from './story-figures.ts';
import { buildGraph } from '../simulate/story-graph.ts';
import { playRunsInParallel } from './story-runs-parallel.ts';

export interface AuditOptions {
  runs: number;
  seed: number;
  regime: Regime;
  /** Display names the interface has, to catch a speaker or ending with no name. */
  names?: { speakers: Record<string, string>; endings: Record<string, string>; roads?: Record<string, string> };
  preferUnused?: boolean;
  /** Ways into the story, each played and explored; coverage is checked over all of them. */
  variants?: Variant[];
  /** Time allowed for the systematic exploration. */
  /** How many distinct states exploration may visit. */
  exploreStates?: number;
}

export interface Variant {
  name: string;
  /** Ink variables set before the story starts, such as `length: "short"`. */
  variables: NonNullable<RunnerOptions['variables']>;
}

/** The lengths the game offers: the whole story, and the museum's short path (`?length=short`). */
export const LENGTHS: Variant[] = [
  { name: 'full', variables: {} },
  { name: 'short', variables: { length: 'short' } },
];

export interface Spread {
  min: number;
  median: number;
  max: number;
}

/** What one way into the story (the full length, the museum path) looked like. */
export interface VariantFigures {
  name: string;
  runs: number;
  endings: Record<string, number>;
  words: Spread;
  choicePoints: Spread;
  score: { min: number; max: number };
  chapters: { chapter: string; min: number; max: number; tiers: string }[];
  gates: Record<string, { open: number; locked: number }>;
  personas: PersonaResult[];
  exploration: { states: number; complete: boolean; milliseconds: number };
  /** Distinct states the runs and the exploration played through the runner. */
  states: number;
  runsMs: number;
}

export interface AuditFigures {
  variants: VariantFigures[];
  /** Coverage over every variant together. */
  sections: { path: string; where: string; runs: number }[];
  choices: { source: string; where: string; text: string; taken: number }[];
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
    roads: [] as { id: string; where: string }[],
  };
  for (const file of files) {
    const lang = path.basename(path.dirname(file));
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, index) => {
        const where = at(file, index + 1);
        const line = raw.replace(/\/\/.*$/, '');
        for (const figure of findLiteralFigures(raw, lang)) {
          found.problems.push(
            `${where}: "${figure}" is a score-like figure written as a literal; let the model supply it`,
          );
        }
        for (const [, id] of line.matchAll(/\brecord\(\s*"([^"]*)"\s*\)/g)) {
          if (!isEventId(id)) found.problems.push(`${where}: unknown event "${id}"`);
        }
        for (const [, id] of line.matchAll(/\b(?:gate|needs)\(\s*"([^"]*)"\s*\)/g)) {
          if (!isGateId(id)) found.problems.push(`${where}: unknown gate "${id}"`);
        }
        if (/^\s*[*+].*\]\s*#\s*(gate|stance|road)\s*:/.test(line)) {
          found.problems.push(
            `${where}: a #gate: or #stance: after the ] is not attached to the choice; put it inside`,
          );
        }
        for (const [, text] of line.matchAll(/(?<!\\)#([^#\]]*)/g)) {
          if (!text.trim()) continue;
          try {
            const tag = parseTag(text);
            if (tag.key === 'speaker') found.speakers.push({ id: String(tag.value), where });
            if (tag.key === 'ending') found.endings.push({ id: String(tag.value), where });
            if (tag.key === 'road') found.roads.push({ id: String(tag.value), where });
          } catch (error) {
            if (!(error instanceof TagError)) throw error;
            found.problems.push(`${where}: ${error.message}`);
          }
        }
      });
  }
  return found;
}

export const spread = (values: number[]): Spread => {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0] ?? 0, median: sorted[Math.floor(sorted.length / 2)] ?? 0, max: sorted.at(-1) ?? 0 };
};

export async function auditStory(rootFile: string, options: AuditOptions): Promise<Audit> {
  const started = performance.now();
  const compiled = compileInk(rootFile);
  const { story, sections, choices } = compiled;
  const problems = compiled.problems.map((p) => formatProblem(p));
  const source = readSource(compiled.files);
  problems.push(...source.problems);
  if (options.names) {
    for (const { id, where } of source.speakers) {
      if (!Object.hasOwn(options.names.speakers, id)) problems.push(`${where}: speaker "${id}" has no display name`);
    }
    for (const { id, where } of source.endings) {
      if (!Object.hasOwn(options.names.endings, id)) problems.push(`${where}: ending "${id}" has no display name`);
    }
    for (const { id, where } of source.roads) {
      if (!Object.hasOwn(options.names.roads ?? {}, id))
        problems.push(`${where}: road "${id}" has no line in the debrief`);
    }
  }
  if (!story) return { problems, figures: null };

  const root = path.relative(process.cwd(), rootFile);
  const variants: VariantFigures[] = [];
  const sectionRuns: Record<string, number> = {};
  const taken: Record<string, number> = {};
  const explored = { sections: new Set<string>(), taken: new Set<string>(), endings: new Set<string>() };
  const gates: Record<string, { open: number; locked: number }> = {};
  for (const variant of options.variants ?? [{ name: 'full', variables: {} }]) {
    const label = variant.name === 'full' ? root : `${root} (${variant.name})`;
    // Random runs play in worker threads while this thread explores and plays the personas.
    const runsStarted = performance.now();
    const running = playRunsInParallel({
      json: story.json,
      regime: options.regime,
      seed: options.seed,
      variables: variant.variables,
      firstSeed: options.seed,
      runs: options.runs,
      preferUnused: options.preferUnused ?? false,
    }).then((result) => ({ ...result, runsMs: Math.round(performance.now() - runsStarted) }));
    let tree: ReturnType<typeof buildGraph>;
    try {
      tree = buildGraph(story.json, options.regime, options.seed, variant.variables);
    } catch (error) {
      problems.push(`${label}: at the start: ${(error as Error).message}`);
      await running.catch(() => undefined);
      continue;
    }
    const exploreStarted = performance.now();
    const exploration = exploreGraph(tree, options.exploreStates ?? 50_000);
    const exploreMs = Math.round(performance.now() - exploreStarted);
    problems.push(...exploration.errors.map((error) => `${label}: exploring, ${error}`));
    const personas = playPersonas(story.json, options.regime, options.seed, variant.variables, PERSONAS, PERSONA_SEEDS);
    const { stats, states, runsMs } = await running;
    problems.push(
      ...stats.errors.map(
        ({ message, seed, choices: path, runs }) =>
          `${label}: ${runs} runs, first seed ${seed}, choices [${path.join(', ')}]: ${message}`,
      ),
    );
    problems.push(...personas.errors.map((error) => `${label}: ${error}`));

    for (const [key, n] of Object.entries(stats.sections)) sectionRuns[key] = (sectionRuns[key] ?? 0) + n;
    for (const [key, n] of Object.entries(stats.taken)) taken[key] = (taken[key] ?? 0) + n;
    for (const section of exploration.sections) explored.sections.add(section);
    for (const source of exploration.taken) explored.taken.add(source);
    for (const ending of [
      ...exploration.endings,
      ...Object.keys(stats.endings),
      ...personas.results.map((p) => p.ending),
    ]) {
      explored.endings.add(ending);
    }
    for (const [gate, seen] of Object.entries(stats.gates)) {
      gates[gate] ??= { open: 0, locked: 0 };
      gates[gate].open += seen.open;
      gates[gate].locked += seen.locked;
    }
    const chapterRows = Object.entries(stats.chapters)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([chapter, range]) => ({
        chapter,
        ...range,
        tiers: `${tierOf(options.regime, range.min)}–${tierOf(options.regime, range.max)}`,
      }));
    variants.push({
      name: variant.name,
      runs: stats.runs,
      endings: stats.endings,
      words: spread(stats.words),
      choicePoints: spread(stats.choicePoints),
      score: {
        min: Math.min(...chapterRows.map((c) => c.min)),
        max: Math.max(...chapterRows.map((c) => c.max)),
      },
      chapters: chapterRows,
      gates: stats.gates,
      personas: personas.results,
      exploration: { states: exploration.states, complete: exploration.complete, milliseconds: exploreMs },
      states: states + tree.size,
      runsMs,
    });
  }
  if (variants.length === 0) return { problems, figures: null };

  const runs = variants.reduce((sum, v) => sum + v.runs, 0);
  const states = variants.reduce((sum, v) => sum + v.exploration.states, 0);
  const sectionRows = sections.map((s) => ({
    path: s.path,
    where: at(s.file, s.line),
    runs: sectionRuns[s.path] ?? 0,
  }));
  for (const row of sectionRows) {
    if (row.runs === 0 && !explored.sections.has(row.path)) {
      problems.push(`${row.where}: "${row.path}" was never reached (${runs} runs, ${states} states explored)`);
    }
  }
  const choiceRows = choices.map((c) => ({
    source: c.source,
    where: at(c.file, c.line),
    text: c.text,
    taken: taken[c.source] ?? 0,
  }));
  for (const row of choiceRows) {
    if (row.taken === 0 && !explored.taken.has(row.source))
      problems.push(`${row.where}: choice never taken: ${row.text}`);
  }
  for (const { id, where } of source.endings) {
    if (!explored.endings.has(id)) problems.push(`${where}: ending "${id}" was never reached`);
  }
  for (const [gate, seen] of Object.entries(gates)) {
    if (!seen.open || !seen.locked) {
      problems.push(`${root}: gate "${gate}" was only ever ${seen.open ? 'open' : 'locked'} where the story offers it`);
    }
  }
  return {
    problems,
    figures: {
      variants,
      sections: sectionRows,
      choices: choiceRows,
      milliseconds: Math.round(performance.now() - started),
    },
  };
}
