// The regimes that ship with the game, by id; the first is the story's own, the others are the
// debrief's "another regime" presets and a class link's `regime=`. Imports only the model.

import type { Regime } from '../regime.ts';
import { commercialCredit } from './commercial-credit.ts';
import { lanmenCivic } from './lanmen-civic.ts';
import { strictMandatory } from './strict-mandatory.ts';

export const REGIMES: Readonly<Record<string, Regime>> = Object.fromEntries(
  [lanmenCivic, commercialCredit, strictMandatory].map((regime) => [regime.id, regime]),
);
export const DEFAULT_REGIME = lanmenCivic;

export function findRegime(id: string): Regime | undefined {
  return Object.hasOwn(REGIMES, id) ? REGIMES[id] : undefined;
}
