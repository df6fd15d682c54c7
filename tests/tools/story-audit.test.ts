import { describe, expect, it } from 'vitest';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { auditStory } from '../../src/tools/story-audit';
import { chooseRandomly, playOnce } from '../../src/simulate/playthrough';
import { randomFrom } from '../../src/model/random';
import { buildGraph } from '../../src/simulate/story-graph';
import { pickAtRandom, playRuns } from '../../src/simulate/story-runs';
import { playRunsInParallel } from '../../src/tools/story-runs-parallel';
import { compileStory, fixture } from '../helpers/stories';

const regime = DEFAULT_REGIME;

describe('story checks on stories with planted faults', () => {
  const problems = async (name: string) =>
    (await auditStory(`tests/fixtures/${name}/main.ink`, { runs: 100, seed: 1, regime, exploreStates: 100_000 }))
      .problems;

  it('fails on a knot no path reaches, naming where it is written', async () => {
    expect(await problems('unreachable-knot')).toEqual([
      'tests/fixtures/unreachable-knot/main.ink:9: "vault" was never reached (100 runs, 3 states explored)',
      'tests/fixtures/unreachable-knot/main.ink:11: ending "vault" was never reached',
    ]);
  });

  it('fails on a loose end, with the choices that run off it', async () => {
    expect(await problems('loose-end')).toContain(
      'tests/fixtures/loose-end/main.ink: 50 runs, first seed 7, choices [0]: the story ran out without an #ending: tag (at 0.c-0.3)',
    );
  });

  it('fails on a choice point where every choice is locked, once, with the choices that lead there', async () => {
    const found = await problems('all-locked');
    expect(found).toContain('tests/fixtures/all-locked/main.ink: at the start: every choice here is locked (at 0.43)');
  });

  it('fails on an unknown event, naming the file and line', async () => {
    expect(await problems('unknown-event')).toContain(
      'tests/fixtures/unknown-event/main.ink:3: unknown event "jaywalked_twice"',
    );
  });

  it('fails on a score-like figure written into the prose, naming the file and line', async () => {
    expect(await problems('score-literal')).toEqual([
      'tests/fixtures/score-literal/main.ink:4: "Twenty points" is a score-like figure written as a literal; let the model supply it',
    ]);
  });

  it('fails on an unknown tag, naming the file and line', async () => {
    expect((await problems('unknown-tag'))[0]).toMatch(
      /^tests\/fixtures\/unknown-tag\/main\.ink:1: unknown tag "#mood"/,
    );
  });

  it('fails on a path that ends without an #ending: tag', async () => {
    expect(await problems('no-ending')).toEqual([
      'tests/fixtures/no-ending/main.ink: at the start: the story ran out without an #ending: tag (at start)',
    ]);
  });

  it('fails on a gate that never closes where the story offers it', async () => {
    expect(await problems('never-closing-gate')).toEqual([
      'tests/fixtures/never-closing-gate/main.ink: gate "rail_highspeed" was only ever open where the story offers it',
    ]);
  });

  it('fails on a choice nobody can take, naming its line', async () => {
    expect(await problems('never-closing-gate')).toEqual([
      'tests/fixtures/never-closing-gate/main.ink: gate "rail_highspeed" was only ever open where the story offers it',
    ]);
    expect(await problems('one-door-shut')).toContain(
      'tests/fixtures/one-door-shut/main.ink:9: choice never taken: * [Apply for the loan #gate: loan_small]',
    );
  });

  it('fails on a runaway loop', async () => {
    expect(await problems('runaway')).toEqual([
      'tests/fixtures/runaway/main.ink: at the start: a runaway loop: 5000 lines without a choice (at loop.2)',
    ]);
  });
});

describe('story checks on a sound story', () => {
  it('finds nothing wrong with the runner’s own fixture and plays every persona to an ending', async () => {
    const audit = await auditStory('tests/fixtures/gates/main.ink', {
      runs: 300,
      seed: 1,
      regime,
      exploreStates: 100_000,
    });
    expect(audit.problems).toEqual([]);
    expect(audit.figures?.variants[0].exploration.complete).toBe(true);
    expect(audit.figures?.variants[0].personas.find((p) => p.persona === 'protect_score')?.ending).toBe('on_the_train');
  });

  it('says when exploration stopped at its bound on states', async () => {
    const audit = await auditStory('tests/fixtures/gates/main.ink', { runs: 0, seed: 1, regime, exploreStates: 1 });
    expect(audit.figures?.variants[0].exploration.complete).toBe(false);
  });
});

describe('story checks over several ways in', () => {
  it('counts coverage over every variant, so content only one of them reaches is not reported', async () => {
    const both = await auditStory('tests/fixtures/lengths/main.ink', {
      runs: 50,
      seed: 1,
      regime,
      variants: [
        { name: 'full', variables: {} },
        { name: 'short', variables: { length: 'short' } },
      ],
    });
    expect(both.problems).toEqual([]);
    expect(both.figures?.variants.map((v) => Object.keys(v.endings))).toEqual([['long_way'], ['short_way']]);
    const fullOnly = await auditStory('tests/fixtures/lengths/main.ink', { runs: 50, seed: 1, regime });
    expect(fullOnly.problems.some((p) => p.includes('ending "short_way" was never reached'))).toBe(true);
  });
});

describe('random runs over the story graph', () => {
  it('read, reach and count exactly what playing each run straight through the runner does', () => {
    const story = compileStory('story/en/main.ink');
    const graph = buildGraph(story.json, regime);
    const runner = startRunner({ story: story.json, regime, seed: 1 });
    for (let seed = 1; seed <= 40; seed += 1) {
      const walked = playRuns(graph, { firstSeed: seed, runs: 1, pick: pickAtRandom });
      const straight = playOnce(runner, seed, chooseRandomly(randomFrom(seed)));
      expect(walked.endings).toEqual({ [straight.ending]: 1 });
      expect(walked.words).toEqual([straight.words]);
      expect(walked.choicePoints).toEqual([straight.choicePoints]);
    }
  });

  it('reuses states it has seen instead of playing them again', () => {
    const graph = buildGraph(fixture('gates').json, regime);
    playRuns(graph, { firstSeed: 1, runs: 50, pick: pickAtRandom });
    expect(graph.size).toBeLessThan(20);
  });

  it('count the same in worker threads as in one loop over the same seeds', async () => {
    const story = compileStory('story/en/main.ink');
    const job = { json: story.json, regime, seed: 1, variables: {}, firstSeed: 1, runs: 60, preferUnused: false };
    const single = playRuns(buildGraph(story.json, regime), { firstSeed: 1, runs: 60, pick: pickAtRandom });
    const { stats } = await playRunsInParallel(job, 3);
    expect(stats).toEqual(single);
  });
});
