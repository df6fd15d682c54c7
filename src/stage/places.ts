// How each story location looks: a palette and a landmark, as data the scene draws from.
// Imports only the scene ids from the narrative vocabulary.

import type { SceneId } from '../narrative/tags';

export type Landmark =
  | 'crosswalk'
  | 'counter'
  | 'train'
  | 'desks'
  | 'window'
  | 'stalls'
  | 'cross'
  | 'arch'
  | 'bus'
  | 'columns'
  | 'plane'
  | 'gate';

export interface Place {
  sky: [number, number];
  ground: number;
  /** 0 to 1: how much of the skyline is lit windows. */
  lights: number;
  landmark: Landmark;
  /** Indoors hides the skyline behind a wall. */
  indoors: boolean;
}

const DUSK: [number, number] = [0x1b2540, 0x3a4a6b];
const NIGHT: [number, number] = [0x0e1424, 0x222d48];
const DAY: [number, number] = [0x5f7ea6, 0xb9c8d8];

export const PLACES: Record<SceneId, Place> = {
  home: { sky: NIGHT, ground: 0x2a2f3a, lights: 0.6, landmark: 'window', indoors: true },
  street: { sky: DAY, ground: 0x40464f, lights: 0.1, landmark: 'crosswalk', indoors: false },
  crossing: { sky: DAY, ground: 0x3a4048, lights: 0.1, landmark: 'crosswalk', indoors: false },
  bus: { sky: DAY, ground: 0x3d434c, lights: 0.2, landmark: 'bus', indoors: false },
  office: { sky: DAY, ground: 0x333a46, lights: 0.4, landmark: 'desks', indoors: true },
  bank: { sky: DUSK, ground: 0x2f3541, lights: 0.3, landmark: 'columns', indoors: false },
  station: { sky: DUSK, ground: 0x30343c, lights: 0.5, landmark: 'train', indoors: false },
  market: { sky: DAY, ground: 0x4a4540, lights: 0.2, landmark: 'stalls', indoors: false },
  clinic: { sky: DAY, ground: 0x3a4450, lights: 0.3, landmark: 'cross', indoors: true },
  community_office: { sky: DAY, ground: 0x363c47, lights: 0.3, landmark: 'counter', indoors: true },
  place_of_worship: { sky: DUSK, ground: 0x39353a, lights: 0.2, landmark: 'arch', indoors: false },
  noodle_shop: { sky: NIGHT, ground: 0x3b3430, lights: 0.7, landmark: 'stalls', indoors: false },
  school: { sky: DAY, ground: 0x3e4a3f, lights: 0.2, landmark: 'gate', indoors: false },
  courthouse: { sky: DUSK, ground: 0x2e3138, lights: 0.2, landmark: 'columns', indoors: false },
  airport: { sky: DAY, ground: 0x3c424a, lights: 0.3, landmark: 'plane', indoors: false },
};

export const ACCENT = { watched: 0xe5484d, rewarded: 0x2bb3a3, window: 0xf2c46d, ink: 0x0b0f1a } as const;
