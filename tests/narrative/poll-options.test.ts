import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { REGIMES } from '../../src/model/regimes';
import { LENGTH_VARIABLES } from '../../src/narrative/opening';
import { findPollOptions } from '../../src/narrative/poll-options';
import { startRunner } from '../../src/narrative/runner';
import { compileStory } from '../helpers/stories';

const pollsWritten = (lang: string) =>
  readdirSync(`story/${lang}`)
    .filter((file) => file.endsWith('.ink'))
    .flatMap((file) =>
      [...readFileSync(`story/${lang}/${file}`, 'utf8').matchAll(/^\s*# poll:\s*(\S+)/gm)].map((m) => m[1]),
    );

describe.each(['en', 'ar'])('the options of the %s story’s key decisions', (lang) => {
  const json = compileStory(`story/${lang}/main.ink`).json;
  const table = findPollOptions(json);

  it('names two or more options for every poll written in the story', () => {
    expect(Object.keys(table).sort()).toEqual([...new Set(pollsWritten(lang))].sort());
    for (const options of Object.values(table)) expect(options.length).toBeGreaterThanOrEqual(2);
  });

  it('gives each option the source the story shows when it is played, and the words every player reads in it', () => {
    let met = 0;
    for (const regime of Object.values(REGIMES)) {
      for (const variables of Object.values(LENGTH_VARIABLES)) {
        const runner = startRunner({ story: json, regime, seed: 7, variables });
        for (let pick = 0; pick < 3; pick++) {
          let beat = runner.restart(7 + pick, { regime, variables });
          while (beat.choices.length > 0) {
            if (beat.poll) {
              met += 1;
              const written = table[beat.poll];
              expect(beat.choices.map((choice) => choice.source)).toEqual(
                written
                  .map((option) => option.source)
                  .filter((source) => beat.choices.some((c) => c.source === source)),
              );
              for (const choice of beat.choices) {
                const words = written.find((option) => option.source === choice.source)!.text;
                expect(words).not.toBe('');
                expect(choice.text.startsWith(words)).toBe(true);
              }
            }
            const open = beat.choices.filter((choice) => !choice.locked);
            beat = runner.choose(open[pick % open.length].index);
          }
        }
      }
    }
    expect(met).toBeGreaterThan(10);
  });
});
