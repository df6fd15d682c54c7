// Turns model data (reasons, ledger lines, tiers) into the player's language.
// Views call these instead of assembling sentences themselves. Imports i18n and model types.

import type { LedgerEntry, Reason } from '../model/score';
import { format, formatDelta, type Messages } from '../i18n/messages';

export function describeReason(m: Messages, reason: Reason): string {
  if (reason.key === 'listed') return format(m, m.reasons.listed, { list: m.lists[reason.list] });
  return format(m, m.reasons.tier_too_low, {
    need: m.tiers[reason.need],
    have: m.tiers[reason.have],
    score: reason.score,
  });
}

/** A ledger line in words, with what a class's rules did to it: not counted, or an appeal pending or decided. */
export function describeChange(m: Messages, entry: LedgerEntry): string {
  const line = format(m, m.ui.change_line, {
    delta: formatDelta(m, entry.delta),
    source: m.sources[entry.source],
    reason: m.events[entry.event],
  });
  const mark = entry.appeal ?? entry.uncounted;
  return mark ? format(m, m.ui.change_marked, { line, mark: m.ledger_marks[mark] }) : line;
}

/** A speaker's display name; an id the table lacks is shown as written, never dropped. */
export function speakerName(m: Messages, id: string): string {
  return m.speakers[id] ?? id;
}
