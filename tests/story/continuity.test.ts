// Continuity a reader can check: played many times, the story's text agrees with its own state (who
// is on the list, what was reported) and with itself (one fraud, one calendar, one debt that adds up).

import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { randomFrom } from '../../src/model/random';
import type { EventId } from '../../src/model/catalogue';
import type { LedgerEntry } from '../../src/model/score';
import { startRunner, type Runner } from '../../src/narrative/runner';
import { compileStory } from '../helpers/stories';

const RUNS = 250;

/** One beat of one run: what it said, and what the story and the ledger held when it said it. */
interface Moment {
  text: string;
  listed: () => boolean;
  ledger: readonly LedgerEntry[];
  ending?: string;
}

/** Deng's place on the court list, worked out from the story's state as the bible describes it. */
function dengListed(runner: Runner): boolean {
  const state = JSON.parse(runner.snapshot().ink) as {
    variablesState: Record<string, unknown>;
    visitCounts?: Record<string, number>;
  };
  const globals = state.variablesState;
  const guarantor = globals.ch2_guarantor === true;
  const listedTogether = globals.ch6_listed === true && (state.visitCounts?.['ch7_names.bought'] ?? 0) === 0;
  return !guarantor || listedTogether;
}

function playRuns(): Moment[][] {
  const story = compileStory('story/en/main.ink').json;
  const runner = startRunner({ story, regime: DEFAULT_REGIME, seed: 1 });
  const runs: Moment[][] = [];
  for (let seed = 1; seed <= RUNS; seed += 1) {
    const random = randomFrom(seed);
    const moments: Moment[] = [];
    let beat = runner.restart(seed);
    for (;;) {
      const text = beat.paragraphs.map((p) => p.text).join('\n');
      // Reading the story's state is slow; read it only where the text speaks of the list.
      const listed = /LISTED|Deng it goes|off the list/.test(text) && dengListed(runner);
      moments.push({
        text,
        listed: () => listed,
        ledger: runner.score.ledger,
        ending: beat.ending,
      });
      if (beat.ending) break;
      const open = beat.choices.filter((choice) => !choice.locked);
      beat = runner.choose(open[Math.floor(random() * open.length)].index);
    }
    runs.push(moments);
  }
  return runs;
}

const counted = (ledger: readonly LedgerEntry[], event: EventId, chapter?: number) =>
  ledger.some((entry) => entry.event === event && (chapter === undefined || entry.chapter === chapter));

describe('continuity of the full story', () => {
  let runs: Moment[][];
  let moments: Moment[];
  beforeAll(() => {
    runs = playRuns();
    moments = runs.flat();
  }, 300_000);

  it("says Deng is on the court list exactly when the story's state has him on it, in every chapter", () => {
    const claims: [RegExp, boolean][] = [
      [/COURT: LISTED/, true],
      [/IS A LISTED DISHONEST JUDGMENT DEBTOR/, true],
      [/For Deng it goes red/, true],
      [/JUDGMENT PERFORMED, DELISTED/, false],
      [/WAS DELISTED LESS THAN A YEAR AGO/, false],
      [/off the list he could take the G-train/, false],
      [/for Deng it goes green/, false],
    ];
    let checked = 0;
    for (const moment of moments) {
      for (const [claim, listed] of claims) {
        if (!claim.test(moment.text)) continue;
        checked += 1;
        expect([claim.source, moment.listed()]).toEqual([claim.source, listed]);
      }
    }
    expect(checked).toBeGreaterThan(RUNS);
  });

  it("adds up Deng's court debt on his tile: the judgment less the instalments is what is outstanding", () => {
    const tiles = moments
      .map((m) => /JUDGMENT ([\d,]+); (\d+) MONTHLY PAYMENTS OF ([\d,]+).*?OUTSTANDING ([\d,]+)/.exec(m.text))
      .filter((match) => match !== null);
    expect(tiles.length).toBeGreaterThan(0);
    for (const [, judgment, months, payment, outstanding] of tiles) {
      const number = (text: string) => Number(text.replaceAll(',', ''));
      expect(number(judgment) - number(months) * number(payment)).toBe(number(outstanding));
    }
  });

  it("tells Officer Guo's fake-temple fraud one way, and keeps one calendar", () => {
    const told = moments.filter((m) => /pensioners/i.test(m.text));
    expect(told.length).toBeGreaterThan(0);
    for (const { text } of told) {
      expect(text).toMatch(/two hundred and forty pensioners/i);
      expect(text).not.toMatch(/Xiqiao|four hundred pensioners|forty million/);
    }
    const months = new Set(moments.flatMap((m) => m.text.match(/\b(?:September|October|November|August)\b/g) ?? []));
    expect([...months]).toEqual(['September']);
  });

  it("never hands Xu Ming's night in Jinxi to a man or a stranger", () => {
    for (const { text } of moments) expect(text).not.toMatch(/a man in Jinxi|while he was in Jinxi/);
  });

  it('never tells a player who reported, photographed or rated someone that they never pressed REPORT', () => {
    let checked = 0;
    for (const moment of moments) {
      if (!/never pressed REPORT|kept your thumb off every report/.test(moment.text)) continue;
      checked += 1;
      expect(counted(moment.ledger, 'neighbour_reported') || counted(moment.ledger, 'assessment_filed')).toBe(false);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('credits bills on time and a Saturday with gloves only to a player who did them in the first week', () => {
    let checked = 0;
    for (const moment of moments) {
      if (!/never pressed REPORT/.test(moment.text)) continue;
      checked += 1;
      expect(/bills on time/.test(moment.text)).toBe(counted(moment.ledger, 'bill_paid_on_time', 1));
      expect(/a Saturday with gloves/.test(moment.text)).toBe(counted(moment.ledger, 'volunteered', 1));
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('never says a player who told the bank the risk was its own would not call the signature a mistake', () => {
    let refused = 0;
    for (const run of runs) {
      const told = run.findIndex((moment) => /the risk was theirs/.test(moment.text));
      if (told < 0) continue;
      refused += 1;
      for (const later of run.slice(told)) expect(later.text).not.toMatch(/would not pretend the signature/);
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('gives no forgiveness at the back room to a player who has just told Officer Guo it is used', () => {
    const faithful = runs.map((run) => run.at(-1)!).filter((last) => last.ending === 'keeping_faith');
    expect(faithful.length).toBeGreaterThan(0);
    let told = 0;
    for (const last of faithful) {
      if (!last.ledger.some((entry) => entry.chapter === 7 && entry.event === 'neighbour_reported')) continue;
      told += 1;
      expect(last.text).toMatch(/Not today, Xu Ming/);
      expect(last.text).not.toMatch(/pushes the cup towards you|God keeps the accounts/);
    }
    expect(told).toBeGreaterThan(0);
  });
});
