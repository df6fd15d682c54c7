import { describe, expect, it } from 'vitest';
import { compareEditions } from '../../src/tools/story-parity';
import { compileStory } from '../helpers/stories';

// tests/fixtures/parity holds a small English story and editions that each differ from it in one way.
describe('comparing two editions of a story', () => {
  const base = compileStory('tests/fixtures/parity/en/main.ink').json;
  const against = (name: string) =>
    compareEditions(base, compileStory(`tests/fixtures/parity/${name}/main.ink`).json, {
      reference: 'en',
      other: name,
    });

  it('finds nothing between a story and its faithful translation, however the prose moves', () => {
    expect(against('faithful')).toEqual([]);
  });

  it('names the knot where a tag was changed', () => {
    expect(against('changed-tag')).toEqual(["station: changed-tag has '^scene: bank' where en has '^scene: station'"]);
  });

  it('names the knot where a choice was dropped', () => {
    expect(against('dropped-choice')[0]).toMatch(/^station: /);
  });

  it('names the knot where an event or a logic value differs', () => {
    expect(against('changed-event')).toEqual([
      "station: changed-event has '^fare_evaded' where en has '^bill_paid_on_time'",
    ]);
  });

  it('names a knot one edition has and the other lacks', () => {
    expect(against('extra-knot')).toContain('platform: is in extra-knot but not in en');
  });
});
