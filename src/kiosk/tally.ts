// What visitors chose at each key decision (`# poll:` in the story), counted on this device and
// nothing else: no visitor, no time, no order. Shares for the screen, CSV for the curator. Pure.

import type { Share } from '../app/view';

/** One option of one poll point; `source` is where ink wrote it, the same in every language. */
export interface TallyRow {
  poll: string;
  source: string;
  /** The option's words as the last visitor to take it read them. */
  text: string;
  count: number;
}

export interface Tally {
  /** Counts one visitor's answer and says how it compares, this answer included. */
  count(poll: string, source: string, text: string): Share;
  rows(): TallyRow[];
  clear(): void;
}

const keyOf = (poll: string, source: string) => `${poll}\u0000${source}`;

/** Rows read back from the device are checked like any other input: a bad one is dropped. */
export const isTallyRow = (value: unknown): value is TallyRow => {
  const row = value as TallyRow | null;
  return (
    !!row &&
    typeof row.poll === 'string' &&
    typeof row.source === 'string' &&
    typeof row.text === 'string' &&
    Number.isSafeInteger(row.count) &&
    row.count > 0
  );
};

/** `saved` hears every changed row and every clear, to keep its own copy (IndexedDB on a kiosk). */
export function createTally(
  initial: readonly TallyRow[],
  saved: { put(row: TallyRow): void; clear(): void } = { put: () => {}, clear: () => {} },
): Tally {
  const rows = new Map(initial.filter(isTallyRow).map((row) => [keyOf(row.poll, row.source), { ...row }]));
  return {
    count(poll, source, text) {
      const key = keyOf(poll, source);
      const row = rows.get(key) ?? { poll, source, text, count: 0 };
      row.count += 1;
      row.text = text;
      rows.set(key, row);
      saved.put({ ...row });
      let visitors = 0;
      for (const other of rows.values()) if (other.poll === poll) visitors += other.count;
      return { same: row.count, visitors };
    },
    rows: () => [...rows.values()].map((row) => ({ ...row })),
    clear() {
      rows.clear();
      saved.clear();
    },
  };
}

/** Whole percent, never 0 for someone who was counted nor 100 while anyone chose otherwise. */
export function percentOf(share: Share): number {
  if (share.visitors === 0) return 0;
  const percent = Math.round((100 * share.same) / share.visitors);
  if (share.same > 0 && percent === 0) return 1;
  if (share.same < share.visitors && percent === 100) return 99;
  return percent;
}

const cell = (value: string | number) => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** Column ids, like event ids the same in every language, so a script can read any kiosk's file. */
export const CSV_COLUMNS = ['poll', 'poll_name', 'option', 'option_text', 'visitors', 'percent'];

/**
 * The counts as CSV a spreadsheet opens: one row per option, polls by id, with each option's share
 * of its poll. `pollName` names a poll for people; the byte-order mark lets spreadsheet programs
 * read Arabic text as UTF-8.
 */
export function tallyToCsv(rows: readonly TallyRow[], pollName: (poll: string) => string): string {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(row.poll, (totals.get(row.poll) ?? 0) + row.count);
  const sorted = [...rows].sort((a, b) => a.poll.localeCompare(b.poll) || b.count - a.count);
  const lines = [
    CSV_COLUMNS.join(','),
    ...sorted.map((row) =>
      [
        row.poll,
        pollName(row.poll),
        row.source,
        row.text,
        row.count,
        percentOf({ same: row.count, visitors: totals.get(row.poll) ?? 0 }),
      ]
        .map(cell)
        .join(','),
    ),
  ];
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
