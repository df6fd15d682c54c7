// A student's results as a small file a teacher can collect, and the class view built from many:
// what each poll point's choices were, endings and scores. Nothing personal. Pure; imports the model types.

import { NAME_MAX_LENGTH, TIERS, type Tier } from '../model/regime';
import { NAME_BAD_CHARACTERS } from '../model/regime-check';
import type { Debrief } from './debrief';
import { isLanguage, type Language } from '../i18n/languages';
import type { RegimeId } from '../model/regime';
import { isStoryLength, type StoryLength } from '../narrative/opening';

export const RESULTS_KIND = 'good-standing-results';
export const RESULTS_FORMAT = 1;
/** A results file is a few kilobytes; anything far larger is not one. */
export const MAX_RESULTS_BYTES = 64 * 1024;

/** One option of a poll point: `source` is where ink wrote it, the same in every language. */
export interface PollOption {
  source: string;
  text: string;
}

export interface PollAnswer {
  poll: string;
  /** The source of the option taken. */
  chosen: string;
  /** Every option offered, in the student's language. */
  options: PollOption[];
}

export interface Results {
  kind: typeof RESULTS_KIND;
  format: typeof RESULTS_FORMAT;
  lang: Language;
  regime: RegimeId;
  /** A class's name for the rule set played under; absent under a preset (and in files made before). */
  rulesName?: string;
  length: StoryLength;
  ending: string;
  start: number;
  score: number;
  tier: Tier;
  polls: PollAnswer[];
}

export function resultsOf(debrief: Debrief, lang: Language, length: StoryLength): Results {
  const own = debrief.outcomes[0];
  return {
    kind: RESULTS_KIND,
    format: RESULTS_FORMAT,
    lang,
    regime: debrief.regime,
    ...(debrief.name === undefined ? {} : { rulesName: debrief.name }),
    length,
    ending: debrief.ending,
    start: debrief.start,
    score: own.score,
    tier: own.tier,
    polls: debrief.roads.map((road) => ({
      poll: road.poll,
      chosen: road.options[road.chosen].source,
      options: road.options.map(({ source, text }) => ({ source, text })),
    })),
  };
}

export type ResultsProblem = 'not_json' | 'not_results' | 'newer_format' | 'bad_shape' | 'too_large';

const isString = (value: unknown): value is string => typeof value === 'string' && value.length <= 2000;

const isRulesName = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= NAME_MAX_LENGTH && !NAME_BAD_CHARACTERS.test(value);

const isOption = (value: unknown): value is PollOption =>
  !!value &&
  typeof value === 'object' &&
  isString((value as PollOption).source) &&
  isString((value as PollOption).text);

function isPollAnswer(value: unknown): value is PollAnswer {
  if (!value || typeof value !== 'object') return false;
  const answer = value as Record<string, unknown>;
  return (
    isString(answer.poll) &&
    isString(answer.chosen) &&
    Array.isArray(answer.options) &&
    answer.options.length <= 20 &&
    answer.options.every(isOption) &&
    answer.options.some((option: PollOption) => option.source === answer.chosen)
  );
}

/** Reads one results object, saying plainly what is wrong with it if it is not one. */
export function readResults(value: unknown): { ok: true; results: Results } | { ok: false; problem: ResultsProblem } {
  if (!value || typeof value !== 'object') return { ok: false, problem: 'not_results' };
  const r = value as Record<string, unknown>;
  if (r.kind !== RESULTS_KIND) return { ok: false, problem: 'not_results' };
  if (typeof r.format === 'number' && r.format > RESULTS_FORMAT) return { ok: false, problem: 'newer_format' };
  const sound =
    r.format === RESULTS_FORMAT &&
    isLanguage(r.lang) &&
    isString(r.regime) &&
    (r.rulesName === undefined || isRulesName(r.rulesName)) &&
    isStoryLength(r.length) &&
    isString(r.ending) &&
    Number.isFinite(r.start) &&
    Number.isFinite(r.score) &&
    (TIERS as readonly unknown[]).includes(r.tier) &&
    Array.isArray(r.polls) &&
    r.polls.length <= 100 &&
    r.polls.every(isPollAnswer);
  return sound ? { ok: true, results: value as Results } : { ok: false, problem: 'bad_shape' };
}

export interface ReadFile {
  /** The file's name, or a number for pasted text. */
  name: string;
  results: Results[];
  problem?: ResultsProblem;
}

/**
 * Reads a dropped file or pasted text: one results object, an array of them, or several objects
 * one after another (as several pasted files). Whatever cannot be read is reported, not guessed at.
 */
export function parseResultsText(name: string, text: string): ReadFile {
  if (text.length > MAX_RESULTS_BYTES * 100) return { name, results: [], problem: 'too_large' };
  const values: unknown[] = [];
  try {
    const whole = JSON.parse(text) as unknown;
    values.push(...(Array.isArray(whole) ? whole : [whole]));
  } catch {
    // Several files pasted together: split between a closing and an opening brace.
    for (const part of text.split(/(?<=\})\s*(?=\{)/)) {
      try {
        values.push(JSON.parse(part));
      } catch {
        return { name, results: [], problem: 'not_json' };
      }
    }
  }
  const results: Results[] = [];
  for (const value of values) {
    const read = readResults(value);
    if (!read.ok) return { name, results, problem: read.problem };
    results.push(read.results);
  }
  return { name, results };
}

export interface PollTally {
  poll: string;
  /** Answers per option, with the words first seen for it, in the order first seen. */
  options: { source: string; text: string; count: number }[];
  answers: number;
}

export interface ClassView {
  students: number;
  regimes: Record<string, number>;
  /** The names classes gave their own rule sets, by id (user text, to be shown as text only). */
  rulesNames: Record<string, string>;
  endings: Record<string, number>;
  scores: { regime: RegimeId; min: number; median: number; max: number }[];
  polls: PollTally[];
}

/** What a class chose, in aggregate: no student is named or kept apart. */
export function tallyClass(all: readonly Results[]): ClassView {
  const count = (record: Record<string, number>, key: string) => {
    record[key] = (record[key] ?? 0) + 1;
  };
  const view: ClassView = { students: all.length, regimes: {}, rulesNames: {}, endings: {}, scores: [], polls: [] };
  const scores = new Map<string, number[]>();
  const polls = new Map<string, PollTally>();
  for (const results of all) {
    count(view.regimes, results.regime);
    if (results.rulesName !== undefined && results.regime.startsWith('custom:')) {
      view.rulesNames[results.regime] ??= results.rulesName;
    }
    count(view.endings, results.ending);
    scores.set(results.regime, [...(scores.get(results.regime) ?? []), results.score]);
    for (const answer of results.polls) {
      let tally = polls.get(answer.poll);
      if (!tally) {
        tally = { poll: answer.poll, options: [], answers: 0 };
        polls.set(answer.poll, tally);
      }
      for (const { source, text } of answer.options) {
        if (!tally.options.some((option) => option.source === source)) tally.options.push({ source, text, count: 0 });
      }
      const chosen = tally.options.find((option) => option.source === answer.chosen);
      if (chosen) chosen.count += 1;
      tally.answers += 1;
    }
  }
  view.polls = [...polls.values()];
  view.scores = [...scores].map(([regime, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return { regime, min: sorted[0], median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1] };
  });
  return view;
}
