// Which rule sets a class session plays under: presets by id, and a class's own rule sets sent whole, each
// checked by the model and matched to the id the session names. Imports only the model.

import type { RuleSet } from '../model/regime.ts';
import { checkRegime, customRegimeId, ruleSetOf } from '../model/regime-check.ts';
import { findRegime } from '../model/regimes/index.ts';

/**
 * The session's rule sets, checked: every id a preset's or a `custom:` one whose rules came with it, and no rules
 * that no id names. The rules kept are the checker's own copies, never what was sent.
 */
export function checkSessionRules(regimes: readonly string[], sent: readonly unknown[] = []): RuleSet[] | undefined {
  const checked = sent.map((rules) => checkRegime(rules));
  const rules = checked.flatMap((result) => (result.ok ? [ruleSetOf(result.regime)] : []));
  if (rules.length !== sent.length) return undefined;
  const ids = rules.map(customRegimeId);
  const named = (id: string) => findRegime(id) !== undefined || ids.includes(id);
  return regimes.every(named) && ids.every((id) => regimes.includes(id)) ? rules : undefined;
}

/** The rules a device plays under, when its rule set is a class's own. */
export function rulesOf(sessionRules: readonly RuleSet[] | undefined, regime: string): RuleSet | undefined {
  return sessionRules?.find((rules) => customRegimeId(rules) === regime);
}
