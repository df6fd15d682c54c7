// How each story location is seen: its light, whether we are inside, and what moves there when
// the city is busy. Data the composer and the scene read. Imports scene ids, tiers and the palette's hours.

import type { Tier } from '../model/regime';
import type { SceneId } from '../narrative/tags';
import type { Hour } from './palette';

export interface Place {
  hour: Hour;
  /** Inside, the city is only seen through a window. */
  indoors: boolean;
  /** What may move here: people on foot, cars, drones overhead, birds. */
  traffic: { walkers: boolean; vehicles: boolean; drones: boolean; birds: boolean };
}

const street = { walkers: true, vehicles: true, drones: true, birds: false };
const inside = { walkers: true, vehicles: false, drones: false, birds: false };
const yard = { walkers: true, vehicles: false, drones: true, birds: true };

export const PLACES: Record<SceneId, Place> = {
  home: { hour: 'night', indoors: true, traffic: { ...inside, walkers: false } },
  street: { hour: 'morning', indoors: false, traffic: street },
  crossing: { hour: 'morning', indoors: false, traffic: street },
  bus: { hour: 'morning', indoors: false, traffic: street },
  office: { hour: 'overcast', indoors: true, traffic: inside },
  bank: { hour: 'overcast', indoors: false, traffic: street },
  station: { hour: 'dusk', indoors: false, traffic: { ...yard, birds: false } },
  market: { hour: 'morning', indoors: false, traffic: yard },
  clinic: { hour: 'overcast', indoors: true, traffic: inside },
  community_office: { hour: 'overcast', indoors: true, traffic: inside },
  place_of_worship: { hour: 'dusk', indoors: false, traffic: yard },
  noodle_shop: { hour: 'night', indoors: false, traffic: street },
  school: { hour: 'morning', indoors: false, traffic: yard },
  courthouse: { hour: 'overcast', indoors: false, traffic: street },
  airport: { hour: 'dusk', indoors: false, traffic: { ...yard, birds: false } },
};

/** How many things move in the city at each tier: the better your number, the quieter your city. */
export const BUSY: Record<Tier, number> = { AAA: 1, AA: 2, A: 3, B: 5, C: 7, D: 9 };
