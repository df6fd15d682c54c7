import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { MESSAGE_TABLES } from '../../src/i18n/tables';
import { DEFAULT_REGIME, REGIMES } from '../../src/model/regimes';
import { startRunner } from '../../src/narrative/runner';
import { compileInk } from '../../src/tools/ink-compile';
import { PERSONA_SEEDS, PERSONAS } from '../../src/simulate/personas';
import { auditStory, LENGTHS, type Audit } from '../../src/tools/story-audit';

const languages = readdirSync('story');
/** The edition the others are proven equal to (tests/story/parity.test.ts), so length is measured on it. */
const REFERENCE = 'en';
// `npm run story:test` plays 10,000 runs of each length; the suite plays 1,000 of the reference
// edition to stay quick, preferring least-taken choices so rare branches are still reached.
// A translation has the same structure, so fewer runs suffice to check its own tags and names.
const runsFor = (lang: string) => (lang === REFERENCE ? 1_000 : 200);
const exploreFor = (lang: string) => (lang === REFERENCE ? 6_000 : 2_000);

/** Runs, exploration and personas of both lengths take minutes on a loaded two-core machine. */
const AUDIT_TIMEOUT = 600_000;

const audits = new Map<string, Promise<Audit>>();
const auditOf = (lang: string) => {
  let audit = audits.get(lang);
  if (!audit) {
    audit = auditStory(`story/${lang}/main.ink`, {
      runs: runsFor(lang),
      seed: 1,
      regime: DEFAULT_REGIME,
      names: MESSAGE_TABLES[lang],
      exploreStates: exploreFor(lang),
      preferUnused: true,
      variants: LENGTHS,
    });
    audits.set(lang, audit);
  }
  return audit;
};

const variantOf = (audit: Audit, name: string) => {
  const found = audit.figures?.variants.find((v) => v.name === name);
  if (!found) throw new Error(`no figures for the ${name} story`);
  return found;
};

describe.each(languages)('the %s story', (lang) => {
  let audit: Audit;
  beforeAll(async () => {
    audit = await auditOf(lang);
  }, AUDIT_TIMEOUT);

  it('has a message table for its language', () => {
    expect(MESSAGE_TABLES[lang]).toBeDefined();
  });

  it('passes every story check over seeded runs of each length, exploration and personas', () => {
    expect(audit.problems).toEqual([]);
    expect(audit.figures?.variants.map((v) => v.runs)).toEqual([runsFor(lang), runsFor(lang)]);
  });

  it('reaches at least six different endings in the full story', () => {
    expect(Object.keys(variantOf(audit, 'full').endings).length).toBeGreaterThanOrEqual(6);
  });

  it('plays each persona to an ending on both lengths, from each of its seeds', () => {
    for (const v of audit.figures?.variants ?? []) {
      expect(v.personas.map((p) => p.persona)).toEqual(
        Array.from({ length: PERSONA_SEEDS }, () => [...PERSONAS]).flat(),
      );
      expect(v.personas.every((p) => p.ending !== '')).toBe(true);
    }
  });

  it('brings some persona to every ending the full story reaches', () => {
    const full = variantOf(audit, 'full');
    const reached = new Set(full.personas.map((p) => p.ending));
    expect(Object.keys(full.endings).filter((ending) => !reached.has(ending))).toEqual([]);
  });
});

describe('the reference story, whose length every edition shares', () => {
  let audit: Audit;
  beforeAll(async () => {
    audit = await auditOf(REFERENCE);
  }, AUDIT_TIMEOUT);
  const seesBothWays = (gates: Record<string, { open: number; locked: number }>, ids: string[]) =>
    ids.some((id) => (gates[id]?.open ?? 0) > 0 && (gates[id]?.locked ?? 0) > 0);

  it('is at least 15,000 words in all', () => {
    expect(compileInk(`story/${REFERENCE}/main.ink`).words).toBeGreaterThanOrEqual(15_000);
  });

  it('reads in 20 to 40 minutes on every full path, with a choice at least every 150 words on average', () => {
    const full = variantOf(audit, 'full');
    expect(full.words.min).toBeGreaterThanOrEqual(4_000);
    expect(full.words.max).toBeLessThanOrEqual(9_000);
    expect(full.words.median / full.choicePoints.median).toBeLessThanOrEqual(150);
  });

  it('keeps the museum path to 6–8 minutes with endings of its own', () => {
    const short = variantOf(audit, 'short');
    expect(short.words.min).toBeGreaterThanOrEqual(1_200);
    expect(short.words.max).toBeLessThanOrEqual(2_000);
    const own = Object.keys(short.endings);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.every((ending) => !Object.hasOwn(variantOf(audit, 'full').endings, ending))).toBe(true);
  });

  it.each(['full', 'short'])(
    'offers in the %s story a loan, a travel and a job gate that some paths find open and others locked',
    (name) => {
      const { gates } = variantOf(audit, name);
      expect(seesBothWays(gates, ['loan_small', 'mortgage'])).toBe(true);
      expect(seesBothWays(gates, ['rail_highspeed', 'flight_domestic', 'travel_abroad'])).toBe(true);
      expect(seesBothWays(gates, ['job_private_screening', 'job_public_sector'])).toBe(true);
    },
  );

  it.each(Object.values(REGIMES))('writes the $id numbers into its welcome notice, not Lanmen’s', (regime) => {
    const story = compileInk(`story/${REFERENCE}/main.ink`).story?.json ?? '';
    const runner = startRunner({ story, regime, seed: 1 });
    const text = runner.beat.paragraphs.map((p) => p.text).join(' ');
    expect(text).toContain(`YOUR STARTING SCORE IS ${regime.base}.`);
    const gated = startRunner({ story, regime, seed: 1, variables: { length: 'short' } });
    expect(gated.beat.paragraphs.map((p) => p.text).join(' ')).toContain(`YOUR STARTING SCORE IS ${regime.base}.`);
  });
});
