// A session's results as a CSV file a spreadsheet opens safely, one row per device. Imports the store's types.

import type { ExportRow } from './class-store.ts';

/** A cell a spreadsheet would run as a formula is written as text. */
function cell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: ExportRow[]): string {
  const polls = [...new Set(rows.flatMap((row) => Object.keys(row.polls)))].sort();
  const header = [
    'device',
    'regime',
    'nickname',
    'chapter',
    'ending',
    'score',
    'tier',
    ...polls.map((p) => `poll:${p}`),
  ];
  const lines = rows.map((row) =>
    [
      row.device,
      row.regime,
      row.nickname,
      row.chapter,
      row.ending,
      row.score,
      row.tier,
      ...polls.map((p) => row.polls[p] ?? null),
    ]
      .map(cell)
      .join(','),
  );
  return [header.join(','), ...lines].join('\r\n') + '\r\n';
}
