import { describe, expect, it } from 'vitest';
import type { ExportRow } from '../../src/server/class-store.ts';
import { toCsv } from '../../src/server/export-format.ts';

const row = (over: Partial<ExportRow>): ExportRow => ({
  device: 1,
  regime: 'lanmen_civic',
  nickname: null,
  chapter: 3,
  ending: 'slow_train',
  score: 600,
  tier: 'b',
  polls: {},
  ...over,
});

describe('the CSV export', () => {
  it('gives each poll a column, in name order, and leaves a poll a device did not reach empty', () => {
    const csv = toCsv([row({ polls: { sign_up: 'yes', report: 'no' } }), row({ device: 2, polls: { sign_up: 'no' } })]);
    expect(csv.split('\r\n')).toEqual([
      'device,regime,nickname,chapter,ending,score,tier,poll:report,poll:sign_up',
      '1,lanmen_civic,,3,slow_train,600,b,no,yes',
      '2,lanmen_civic,,3,slow_train,600,b,,no',
      '',
    ]);
  });

  it('writes a nickname a spreadsheet would run as a formula as plain text, and quotes commas', () => {
    const csv = toCsv([row({ nickname: '=HYPERLINK("x")' }), row({ device: 2, nickname: 'Li, Mei' })]);
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
    expect(csv).toContain(',"Li, Mei",');
  });

  it('keeps negative scores as numbers', () => {
    expect(toCsv([row({ score: -40 })])).toContain(',-40,');
  });
});
