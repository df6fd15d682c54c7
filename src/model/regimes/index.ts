// The regimes that ship with the game, by id; the first is the story's own.
// Imports only the model.

import type { Regime } from '../regime';
import { lanmenCivic } from './lanmen-civic';

export const REGIMES: Readonly<Record<string, Regime>> = { [lanmenCivic.id]: lanmenCivic };
export const DEFAULT_REGIME = lanmenCivic;

export function findRegime(id: string): Regime | undefined {
  return Object.hasOwn(REGIMES, id) ? REGIMES[id] : undefined;
}
