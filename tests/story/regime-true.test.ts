// The story tells the truth under every rule set: played many times under each preset, every
// figure the text shows is one the model gave at that moment, and the model gave what its rules say.

import { describe, expect, it } from 'vitest';
import { TIERS, type Regime, type Tier } from '../../src/model/regime';
import { REGIMES } from '../../src/model/regimes';
import { randomFrom } from '../../src/model/random';
import { checkGate, recordEvent, startScore, tierOf, uncountedBy, type ScoreState } from '../../src/model/score';
import type { ExternalCall } from '../../src/narrative/externals';
import { startRunner } from '../../src/narrative/runner';
import { LENGTHS } from '../../src/tools/story-audit';
import { findShownFigures } from '../../src/tools/story-figures';
import { EVENTS, GATES, isEventId, isGateId, type EventId } from '../../src/model/catalogue';
import { Story } from 'inkjs';
import fc from 'fast-check';
import { customRegimeId } from '../../src/model/regime-check';
import { validRuleSet } from '../helpers/rule-sets';
import { compileStory } from '../helpers/stories';

// Every preset is played 200 times in English; the Arabic, the same structure in other words, 100.
const RUNS: Record<string, number> = { en: 200, ar: 100 };

/** What the rules say each question should be answered with, worked out here from the model's own functions. */
function expectedAnswer(regime: Regime, state: ScoreState, call: Extract<ExternalCall, { kind: 'figure' }>) {
  const arg = call.arg ?? '';
  switch (call.name) {
    case 'score':
      return state.score;
    case 'tier':
      return tierOf(regime, state.score);
    case 'gate':
      return isGateId(arg) && checkGate(regime, state, arg).open;
    case 'needs':
      return isGateId(arg) ? regime.gates[arg].tier : undefined;
    case 'worth':
      return isEventId(arg) ? (uncountedBy(regime, state, arg) ? 0 : Math.abs(regime.events[arg].delta)) : undefined;
    case 'floor':
      return arg === 'D' ? regime.range.min : regime.tierFloors[arg as Exclude<Tier, 'D'>];
    case 'base':
      return regime.base;
  }
}

interface Mismatch {
  seed: number;
  choices: number[];
  problem: string;
}

/** Plays `runs` seeded random paths and lists every figure that was not the model's. */
function playAndCompare(lang: string, regime: Regime, variables: Record<string, string>, runs: number) {
  const story = compileStory(`story/${lang}/main.ink`).json;
  let calls: ExternalCall[] = [];
  const runner = startRunner({ story, regime, seed: 1, variables, trace: (call) => calls.push(call) });
  const mismatches: Mismatch[] = [];
  let figuresShown = 0;
  for (let seed = 1; seed <= runs; seed += 1) {
    const random = randomFrom(seed);
    let expected = startScore(regime);
    calls = [];
    let beat = runner.restart(seed);
    for (;;) {
      const numbers = new Set<number>();
      const tiers = new Set<string>();
      for (const call of calls) {
        if (call.kind === 'record') {
          expected = recordEvent(regime, expected, call.event, beat.chapter);
          continue;
        }
        const answer = expectedAnswer(regime, expected, call);
        if (call.value !== answer) {
          mismatches.push({
            seed,
            choices: [...runner.choices],
            problem: `${call.name}(${call.arg ?? ''}) gave ${String(call.value)}, the rules say ${String(answer)}`,
          });
        }
        if (typeof call.value === 'number') numbers.add(call.value);
        if (typeof call.value === 'string') tiers.add(call.value);
      }
      const texts = [...beat.paragraphs.map((p) => p.text), ...beat.choices.map((c) => c.text)];
      for (const figure of texts.flatMap((text) => findShownFigures(text, lang))) {
        figuresShown += 1;
        const known = figure.number !== undefined ? numbers.has(figure.number) : tiers.has(figure.tier ?? '');
        if (!known) {
          mismatches.push({
            seed,
            choices: [...runner.choices],
            problem: `"${figure.text}" is not a figure the model gave here`,
          });
        }
      }
      if (beat.ending) break;
      const open = beat.choices.filter((choice) => !choice.locked);
      calls = [];
      beat = runner.choose(open[Math.floor(random() * open.length)].index);
    }
    if (expected.score !== runner.score.score) {
      mismatches.push({ seed, choices: [...runner.choices], problem: 'the replayed ledger ends elsewhere' });
    }
  }
  return { mismatches, figuresShown };
}

describe('figures in the story under every preset regime', () => {
  for (const lang of ['en', 'ar']) {
    for (const regime of Object.values(REGIMES)) {
      for (const length of LENGTHS) {
        it(`shows only the model's figures in ${RUNS[lang]} ${length.name} ${lang} runs under ${regime.id}`, () => {
          const { mismatches, figuresShown } = playAndCompare(
            lang,
            regime,
            length.variables as Record<string, string>,
            RUNS[lang],
          );
          expect(mismatches.slice(0, 5)).toEqual([]);
          expect(figuresShown).toBeGreaterThan(RUNS[lang]);
        });
      }
    }
  }

  // A handful of the rule sets a class could write, the same every run: switches off, consent, held appeals.
  const written = fc.sample(validRuleSet, { seed: 18, numRuns: 4 }).map((rules) => ({ id: customRegimeId(rules), ...rules }));
  for (const [index, regime] of written.entries()) {
    for (const length of LENGTHS) {
      it(`shows only the model's figures in 20 ${length.name} en runs under random class rules #${index + 1}`, () => {
        const { mismatches } = playAndCompare('en', regime, length.variables as Record<string, string>, 20);
        expect(mismatches.slice(0, 5)).toEqual([]);
      });
    }
  }

  it("gives Lanmen Civic Credit's figures from main.ink's fallbacks when the story runs outside the game", () => {
    for (const lang of ['en', 'ar']) {
      const story = new Story(compileStory(`story/${lang}/main.ink`).json);
      story.allowExternalFunctionFallbacks = true;
      const civic = REGIMES.lanmen_civic;
      for (const event of Object.keys(EVENTS) as EventId[]) {
        expect([event, story.EvaluateFunction('worth', [event])]).toEqual([event, Math.abs(civic.events[event].delta)]);
      }
      for (const gate of GATES) expect([gate, story.EvaluateFunction('needs', [gate])]).toEqual([gate, civic.gates[gate].tier]);
      for (const tier of TIERS) {
        const floor = tier === 'D' ? civic.range.min : civic.tierFloors[tier];
        expect([tier, story.EvaluateFunction('floor', [tier])]).toEqual([tier, floor]);
      }
      expect(story.EvaluateFunction('base')).toBe(civic.base);
    }
  });
});
