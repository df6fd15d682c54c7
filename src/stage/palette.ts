// The stage's art direction in one table: Lanmen seen on a monitor at the edges of the day.
// Cool, desaturated blues for the city; warm sodium for lives; red for being watched, teal for
// being rewarded. Every colour the art paints comes from here (a test checks). Imports only the pen.

import type { Colour, Stop } from './pen';

export const PALETTE = {
  // depth, darkest first: far things are lighter and bluer, as in haze
  ink: 0x0b0f1a,
  night: 0x111827,
  deep: 0x172033,
  slate: 0x222d44,
  dusk: 0x2e3a56,
  haze: 0x4a5878,
  mist: 0x7d8aa8,
  fog: 0xa9b3c8,
  // materials
  stone: 0xc2c6cf,
  stoneShade: 0x8a91a1,
  concrete: 0x5f687b,
  asphalt: 0x1d2431,
  kerb: 0x3a4356,
  wall: 0x2a3248,
  wallLight: 0x3b4663,
  floor: 0x1a2130,
  paper: 0xe9e4d8,
  wood: 0x5e4330,
  woodLight: 0x8f6a48,
  brick: 0x7d4538,
  brickLight: 0xa35f4b,
  lacquer: 0x9c3a31,
  jade: 0x3f8f6b,
  jadeDeep: 0x245a45,
  jadeLight: 0x7cc49e,
  glass: 0x4d6e94,
  glassLight: 0x93b6d6,
  cloth: 0x3d4a6a,
  // light
  sodium: 0xf2c46d,
  ember: 0xe08a3c,
  lamp: 0xffe2a8,
  screen: 0xbfe9f2,
  white: 0xf4f6fa,
  // signals
  watched: 0xe5484d,
  rewarded: 0x2bb3a3,
  data: 0x62d6c6,
  gold: 0xc9a24a,
} as const satisfies Record<string, Colour>;

export type PaletteName = keyof typeof PALETTE;

/** The four lights Lanmen is seen in. */
export type Hour = 'morning' | 'overcast' | 'dusk' | 'night';

export interface Sky {
  stops: readonly Stop[];
  /** Where the low light sits, if any: a hazy sun, a dusk glow. */
  glow?: { colour: Colour; alpha: number };
  /** How much of the city's windows are lit, 0 to 1. */
  lights: number;
  stars: boolean;
}

const P = PALETTE;

export const SKIES: Record<Hour, Sky> = {
  morning: {
    stops: [
      [0, P.dusk, 1],
      [0.6, P.haze, 1],
      [1, P.fog, 1],
    ],
    glow: { colour: P.lamp, alpha: 0.35 },
    lights: 0.08,
    stars: false,
  },
  overcast: {
    stops: [
      [0, P.slate, 1],
      [0.7, P.haze, 1],
      [1, P.mist, 1],
    ],
    lights: 0.22,
    stars: false,
  },
  dusk: {
    stops: [
      [0, P.night, 1],
      [0.55, P.dusk, 1],
      [0.85, P.brick, 1],
      [1, P.ember, 1],
    ],
    glow: { colour: P.ember, alpha: 0.45 },
    lights: 0.45,
    stars: false,
  },
  night: {
    stops: [
      [0, P.ink, 1],
      [0.7, P.night, 1],
      [1, P.slate, 1],
    ],
    lights: 0.6,
    stars: true,
  },
};
