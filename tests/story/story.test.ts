import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES } from '../../src/i18n/tables';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { auditStory, LENGTHS } from '../../src/tools/story-audit';
import { compileInk } from '../../src/tools/ink-compile';

const languages = readdirSync('story');

describe.each(languages)('the %s story', (lang) => {
  const root = `story/${lang}/main.ink`;
  // `npm run story:test` plays 10,000 runs of each length; the suite plays 1,000 to stay quick,
  // preferring least-taken choices so rare branches are still reached.
  const audit = auditStory(root, {
    runs: 1_000,
    seed: 1,
    regime: DEFAULT_REGIME,
    names: MESSAGE_TABLES[lang],
    exploreMs: 10_000,
    preferUnused: true,
    variants: LENGTHS,
  });
  const variant = (name: string) => {
    const found = audit.figures?.variants.find((v) => v.name === name);
    if (!found) throw new Error(`no figures for the ${name} story`);
    return found;
  };
  const seesBothWays = (gates: Record<string, { open: number; locked: number }>, ids: string[]) =>
    ids.some((id) => (gates[id]?.open ?? 0) > 0 && (gates[id]?.locked ?? 0) > 0);

  it('has a message table for its language', () => {
    expect(MESSAGE_TABLES[lang]).toBeDefined();
  });

  it('passes every story check over 1,000 seeded runs of each length, exploration and personas', () => {
    expect(audit.problems).toEqual([]);
    expect(audit.figures?.variants.map((v) => v.runs)).toEqual([1_000, 1_000]);
  });

  it('is at least 15,000 words in all', () => {
    expect(compileInk(root).words).toBeGreaterThanOrEqual(15_000);
  });

  it('reads in 20 to 40 minutes on every full path, with a choice at least every 150 words on average', () => {
    const full = variant('full');
    expect(full.words.min).toBeGreaterThanOrEqual(4_000);
    expect(full.words.max).toBeLessThanOrEqual(9_000);
    expect(full.words.median / full.choicePoints.median).toBeLessThanOrEqual(150);
  });

  it('reaches at least six different endings in the full story', () => {
    expect(Object.keys(variant('full').endings).length).toBeGreaterThanOrEqual(6);
  });

  it('keeps the museum path to 6–8 minutes with endings of its own', () => {
    const short = variant('short');
    expect(short.words.min).toBeGreaterThanOrEqual(1_200);
    expect(short.words.max).toBeLessThanOrEqual(2_000);
    const own = Object.keys(short.endings);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.every((ending) => !Object.hasOwn(variant('full').endings, ending))).toBe(true);
  });

  it.each(['full', 'short'])('offers in the %s story a loan, a travel and a job gate that some paths find open and others locked', (name) => {
    const { gates } = variant(name);
    expect(seesBothWays(gates, ['loan_small', 'mortgage'])).toBe(true);
    expect(seesBothWays(gates, ['rail_highspeed', 'flight_domestic', 'travel_abroad'])).toBe(true);
    expect(seesBothWays(gates, ['job_private_screening', 'job_public_sector'])).toBe(true);
  });

  it('plays each persona to an ending on both lengths', () => {
    for (const v of audit.figures?.variants ?? []) {
      expect(v.personas.map((p) => p.persona)).toEqual(['protect_score', 'conscience', 'refuse', 'random']);
    }
  });
});
