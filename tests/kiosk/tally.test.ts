import { describe, expect, it } from 'vitest';
import { createTally, percentOf, tallyToCsv, type TallyRow } from '../../src/kiosk/tally';

describe('tally of what visitors chose', () => {
  it('counts each answer and gives its share of the poll, this visitor included', () => {
    const tally = createTally([]);
    expect(tally.count('report_her', 'ch5.a', 'Report her')).toEqual({ same: 1, visitors: 1 });
    expect(tally.count('report_her', 'ch5.b', 'Stay silent')).toEqual({ same: 1, visitors: 2 });
    expect(tally.count('report_her', 'ch5.a', 'Report her')).toEqual({ same: 2, visitors: 3 });
    expect(tally.count('other_poll', 'ch6.a', 'Go')).toEqual({ same: 1, visitors: 1 });
  });

  it('carries on from the counts it was given and tells its store about every change', () => {
    const stored: TallyRow[] = [];
    let cleared = 0;
    const tally = createTally([{ poll: 'p', source: 's', text: 'Old words', count: 40 }], {
      put: (row) => stored.push(row),
      clear: () => (cleared += 1),
    });
    expect(tally.count('p', 's', 'New words')).toEqual({ same: 41, visitors: 41 });
    expect(stored).toEqual([{ poll: 'p', source: 's', text: 'New words', count: 41 }]);
    tally.clear();
    expect(tally.rows()).toEqual([]);
    expect(cleared).toBe(1);
  });

  it('drops rows read back from the device that are not counts', () => {
    const rows = [
      { poll: 'p', source: 's', text: 'Go', count: 2 },
      { poll: 'p', source: 't', text: 'Stay', count: -1 },
      { poll: 'p', source: 'u', count: 3 },
      null,
    ] as unknown as TallyRow[];
    expect(createTally(rows).rows()).toEqual([{ poll: 'p', source: 's', text: 'Go', count: 2 }]);
  });

  it('rounds shares without ever claiming none or all when that is not so', () => {
    expect(percentOf({ same: 41, visitors: 100 })).toBe(41);
    expect(percentOf({ same: 1, visitors: 1000 })).toBe(1);
    expect(percentOf({ same: 999, visitors: 1000 })).toBe(99);
    expect(percentOf({ same: 3, visitors: 3 })).toBe(100);
    expect(percentOf({ same: 0, visitors: 0 })).toBe(0);
  });

  it('exports CSV with quoted text, shares per poll and a byte-order mark for Arabic', () => {
    const csv = tallyToCsv(
      [
        { poll: 'b_poll', source: 'x', text: 'Say "no", politely', count: 1 },
        { poll: 'a_poll', source: 'y', text: 'أبلغ عنها', count: 3 },
        { poll: 'a_poll', source: 'z', text: 'Stay', count: 1 },
      ],
      (poll) => poll.toUpperCase(),
    );
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'poll,poll_name,option,option_text,visitors,percent',
      'a_poll,A_POLL,y,أبلغ عنها,3,75',
      'a_poll,A_POLL,z,Stay,1,25',
      'b_poll,B_POLL,x,"Say ""no"", politely",1,100',
      '',
    ]);
  });
});
