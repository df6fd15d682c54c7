// The score HUD: the number, the tier, any list, and each change with its source and reason.
// Words are DOM; the sign and the words carry the meaning, colour and motion only repeat it. Imports app types.

import type { Hud } from '../app/view';
import { format, type Messages } from '../i18n/messages';
import type { LedgerEntry } from '../model/score';
import { el } from './dom';
import { renderSourceSign } from './source-sign';
import { describeChange } from './text';

/** Which way the number just moved, for the pulse: words carry the meaning, this only echoes it. */
function moved(hud: Hud): 'up' | 'down' | 'still' | undefined {
  if (hud.changes.length === 0) return undefined;
  const net = hud.changes.reduce((sum, entry) => sum + entry.delta, 0);
  return net > 0 ? 'up' : net < 0 ? 'down' : 'still';
}

/** The HUD's standing part: number, tier and lists. Changes go in the live list beside it. */
export function renderStanding(m: Messages, hud: Hud): HTMLElement[] {
  const lists = hud.lists.map((list) => m.lists[list]).join(', ');
  const standing = el(
    'p',
    { class: 'hud-score', 'data-moved': moved(hud) },
    el('span', { class: 'hud-label' }, m.ui.score_label),
    ' ',
    el('span', { class: 'hud-number', 'data-testid': 'score' }, format(m, '{n}', { n: hud.score })),
    ' ',
    el('span', { class: 'tier-badge', 'data-tier': hud.tier }, format(m, m.ui.tier_label, { tier: m.tiers[hud.tier] })),
  );
  return lists ? [standing, el('p', { class: 'hud-lists' }, format(m, m.ui.lists_label, { lists }))] : [standing];
}

/** One line of the ledger, wherever it is shown: its words, which way it went, and who reported it. */
export function renderLedgerItem(m: Messages, entry: LedgerEntry, extra: Record<string, string> = {}): HTMLElement {
  const way = entry.delta < 0 ? 'down' : 'up';
  const { class: more, ...attributes } = extra;
  return el(
    'li',
    { ...attributes, class: more ? `${more} ${way}` : way, 'data-source': entry.source },
    renderSourceSign(entry.source),
    describeChange(m, entry),
  );
}

export function renderChanges(m: Messages, hud: Hud): HTMLElement[] {
  return hud.changes.map((entry) => renderLedgerItem(m, entry, { class: 'change', 'data-testid': 'change' }));
}
