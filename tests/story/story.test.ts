import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { auditStory } from '../../src/tools/story-audit';

const languages = readdirSync('story');
const tables = { en } as Record<string, typeof en>;

describe.each(languages)('the %s story', (lang) => {
  const audit = auditStory(`story/${lang}/main.ink`, {
    runs: 1000,
    seed: 1,
    regime: DEFAULT_REGIME,
    names: tables[lang],
  });

  it('has a message table for its language', () => {
    expect(tables[lang]).toBeDefined();
  });

  it('compiles and plays 1,000 seeded random playthroughs with no error, warning, unreachable knot or unseen ending', () => {
    expect(audit.problems).toEqual([]);
    expect(audit.figures?.runs).toBe(1000);
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
