import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import type { Messages } from '../../src/i18n/messages';
import type { Regime } from '../../src/model/regime';
import { DEFAULT_REGIME } from '../../src/model/regimes';
import { recordEvent, startScore } from '../../src/model/score';
import { describeChange } from '../../src/ui/text';

const held: Regime = { ...DEFAULT_REGIME, appeals: 'pending', topics: { ...DEFAULT_REGIME.topics, worship: false } };
const state = (['crossed_on_red', 'appeal_filed', 'worship_unregistered'] as const).reduce(
  (s, event) => recordEvent(held, s, event, 1),
  startScore(held),
);

describe('a ledger line in words', () => {
  it('says a disputed line is pending and a line the rules do not count is not counted', () => {
    const [crossing, , worship] = state.ledger.map((entry) => describeChange(en as Messages, entry));
    expect(crossing).toBe(`\u221220 · Traffic camera, Heping Rd: crossing on red (${en.ledger_marks.pending})`);
    expect(worship).toContain(en.ledger_marks.topic);
  });

  it('writes a line the rules counted as it always has', () => {
    const counted = recordEvent(DEFAULT_REGIME, startScore(DEFAULT_REGIME), 'blood_donated', 1).ledger[0];
    expect(describeChange(en as Messages, counted)).toBe('+10 · City agency, blood donation');
    expect(describeChange(ar as Messages, state.ledger[0])).toContain(ar.ledger_marks.pending);
  });
});
