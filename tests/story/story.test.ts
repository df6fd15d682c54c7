import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TABLES } from '../../src/i18n/tables';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { auditStory } from '../../src/tools/story-audit';

const languages = readdirSync('story');

describe.each(languages)('the %s story', (lang) => {
  const audit = auditStory(`story/${lang}/main.ink`, {
    runs: 10_000,
    seed: 1,
    regime: DEFAULT_REGIME,
    names: MESSAGE_TABLES[lang],
    exploreMs: 20_000,
  });

  it('has a message table for its language', () => {
    expect(MESSAGE_TABLES[lang]).toBeDefined();
  });

  it('passes every story check over 10,000 seeded runs, exploration and personas', () => {
    expect(audit.problems).toEqual([]);
    expect(audit.figures?.runs).toBe(10_000);
  });

  it('plays each persona to an ending', () => {
    expect(audit.figures?.personas.map((p) => p.persona)).toEqual(['protect_score', 'conscience', 'refuse', 'random']);
    expect(audit.figures?.personas.every((p) => p.ending)).toBe(true);
  });

  it('gives every path at least 1,500 words to read', () => {
    expect(audit.figures?.words.min).toBeGreaterThanOrEqual(1500);
  });

  it('offers a loan, a travel and a job gate that some paths find open and others locked', () => {
    const gates = audit.figures?.gates ?? {};
    const both = (id: string) => (gates[id]?.open ?? 0) > 0 && (gates[id]?.locked ?? 0) > 0;
    expect(['loan_small', 'mortgage'].some(both)).toBe(true);
    expect(['rail_highspeed', 'flight_domestic', 'travel_abroad'].some(both)).toBe(true);
    expect(['job_private_screening', 'job_public_sector'].some(both)).toBe(true);
  });

  it('reaches more than one ending', () => {
    expect(Object.keys(audit.figures?.endings ?? {}).length).toBeGreaterThan(1);
  });
});
