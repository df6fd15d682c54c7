import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { WORKSHOP_PERSONAS, type PersonaResult, type WorkshopPersonaId } from '../../src/simulate/personas';
import { PREVIEW_CHUNK, playShare, runPreview, splitPreview, summarisePreview } from '../../src/simulate/preview';
import { emptyRunStats, type RunStats } from '../../src/simulate/story-runs';
import { auditStory, LENGTHS } from '../../src/tools/story-audit';
import { compileStory } from '../helpers/stories';

const regime = DEFAULT_REGIME;

const stats = (over: Partial<RunStats>): RunStats => ({ ...emptyRunStats(), ...over });

const persona = (over: Partial<PersonaResult<WorkshopPersonaId>>): PersonaResult<WorkshopPersonaId> => ({
  persona: 'random',
  seed: 1,
  ending: 'keeping_faith',
  score: 1000,
  tier: 'A',
  lists: [],
  words: 100,
  shut: [],
  ...over,
});

describe('the rules preview summary', () => {
  it('lists endings most common first, with ties in a stable order', () => {
    const summary = summarisePreview(regime, [
      { stats: stats({ runs: 6, endings: { b: 2, a: 2, c: 1, d: 1 } }), personas: [] },
    ]);
    expect(summary.endings).toEqual([
      { ending: 'a', count: 2 },
      { ending: 'b', count: 2 },
      { ending: 'c', count: 1 },
      { ending: 'd', count: 1 },
    ]);
  });

  it('counts each run in the tier its final score falls in under the rules previewed, every tier shown', () => {
    const floors = regime.tierFloors;
    const summary = summarisePreview(regime, [
      { stats: stats({ runs: 3, finals: [floors.AAA, floors.A, floors.A - 1] }), personas: [] },
    ]);
    expect(summary.tiers).toEqual([
      { tier: 'AAA', count: 1 },
      { tier: 'AA', count: 0 },
      { tier: 'A', count: 1 },
      { tier: 'B', count: 1 },
      { tier: 'C', count: 0 },
      { tier: 'D', count: 0 },
    ]);
  });

  it('names each door that was met, in catalogue order, with the runs it shut out and the personas it shut out', () => {
    const summary = summarisePreview(regime, [
      {
        stats: stats({ runs: 10, doors: { mortgage: { met: 10, shut: 4 }, loan_small: { met: 8, shut: 0 } } }),
        personas: [
          persona({ persona: 'refuse', shut: ['mortgage', 'travel_abroad'] }),
          persona({ persona: 'conscience' }),
        ],
      },
    ]);
    expect(summary.doors).toEqual([
      { gate: 'loan_small', met: 8, shut: 0, personas: [] },
      { gate: 'mortgage', met: 10, shut: 4, personas: ['refuse'] },
      { gate: 'travel_abroad', met: 0, shut: 0, personas: ['refuse'] },
    ]);
  });

  it('counts runs that stopped on an error, however many met the same one', () => {
    const errors = [
      { message: 'x', seed: 1, choices: [], runs: 3 },
      { message: 'y', seed: 9, choices: [0], runs: 1 },
    ];
    expect(summarisePreview(regime, [{ stats: stats({ errors }), personas: [] }]).failed).toBe(4);
  });
});

describe('the rules preview played on the real story', () => {
  const json = compileStory('story/en/main.ink').json;

  it('yields after every chunk of runs, so a newer draft can stop it in between', () => {
    const [share] = splitPreview({ json, regime, length: 'short', runs: PREVIEW_CHUNK * 2 + 1, seed: 1 }, 1);
    const steps = playShare(share);
    const done: number[] = [];
    let step = steps.next();
    while (!step.done) {
      done.push(step.value);
      step = steps.next();
    }
    expect(done).toEqual([PREVIEW_CHUNK, PREVIEW_CHUNK * 2, PREVIEW_CHUNK * 2 + 1]);
    expect(step.value.stats.runs).toBe(PREVIEW_CHUNK * 2 + 1);
    expect(step.value.personas.map((p) => p.persona)).toEqual(['protect_score', 'conscience', 'refuse', 'random']);
  });

  it('cuts the runs into contiguous shares, one per worker, with the personas played once', () => {
    const request = { json: '', regime, length: 'short' as const, runs: 501, seed: 1 };
    expect(splitPreview(request, 2).map(({ from, runs, personas }) => ({ from, runs, personas }))).toEqual([
      { from: 0, runs: 251, personas: true },
      { from: 251, runs: 250, personas: false },
    ]);
    expect(splitPreview({ ...request, runs: 1 }, 4)).toHaveLength(1);
  });

  it('sums shares played apart to what one share played alone finds', () => {
    const request = { json, regime, length: 'short' as const, runs: 40, seed: 3 };
    expect(runPreview(request, 2)).toEqual(runPreview(request, 1));
  });

  it('finds the same endings as the story checks, and the same ends for the personas it shows, for the same seeds', async () => {
    const runs = 60;
    const short = LENGTHS.filter((length) => length.name === 'short');
    const audit = await auditStory('story/en/main.ink', { runs, seed: 1, regime, variants: short, exploreStates: 10 });
    const checked = audit.figures?.variants[0];
    const preview = runPreview({ json, regime, length: 'short', runs, seed: 1 });
    expect(preview.runs).toBe(runs);
    expect(Object.fromEntries(preview.endings.map(({ ending, count }) => [ending, count]))).toEqual(checked?.endings);
    expect(preview.personas.map(({ persona, ending, score }) => ({ persona, ending, score }))).toEqual(
      checked?.personas
        .filter(({ persona, seed }) => seed === 1 && WORKSHOP_PERSONAS.some((shown) => shown === persona))
        .map(({ persona, ending, score }) => ({ persona, ending, score })),
    );
    expect(preview.tiers.reduce((sum, tier) => sum + tier.count, 0)).toBe(runs);
  });
});
