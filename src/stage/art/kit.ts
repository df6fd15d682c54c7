// The shared pieces every place is drawn from: sky, skyline and port, ground, people, lamps,
// cameras, trees, windows. One hand for the whole city. Imports the pen, the palette and model ids.

import type { SourceId } from '../../model/catalogue';
import { PALETTE as P, type Sky } from '../palette';
import type { Colour, Pen } from '../pen';

/** A region in set units: x across from the set's centre, y up is negative, the ground line is 0. */
export interface Bounds {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface Kit {
  pen: Pen;
  /** Deterministic per place, so a place looks the same every visit. */
  random: () => number;
  sky: Sky;
  /** The whole frame, in set units. */
  bounds: Bounds;
  /** One screen pixel, in set units: for hairlines. */
  px: number;
}

/** Where the live layer attaches to a drawn place, in set units. */
export interface Anchors {
  /** The camera that sweeps: its lens, and which way it looks. */
  camera: { x: number; y: number; facing: 1 | -1 };
  /** Where the player stands, feet on the ground. */
  figure: { x: number; y: number };
  /** How tall a person is here: cutaway rooms are seen closer than streets. */
  person?: number;
  /** The place's own reporters: a bank's emblem, a gate's face scanner. Others appear on the skyline. */
  sources: Partial<Record<SourceId, readonly [number, number]>>;
  /** The line people walk along, and between which x they may. */
  walk: number;
  walkSpan?: readonly [number, number];
  /** The line cars drive along, outdoors. */
  road?: number;
}

/** A set: one place's landmark and props, drawn around the origin. */
export type SetPiece = (kit: Kit) => Anchors;

export const PERSON = 62;

/** The sky, its low light and its stars over a rectangle. */
export function sky(kit: Kit, x: number, y: number, width: number, height: number): void {
  const { pen, sky: look, random } = kit;
  pen.fade(x, y, width, height, look.stops);
  if (look.glow) pen.glow(x + width * 0.72, y + height * 0.92, height * 0.7, look.glow.colour, look.glow.alpha);
  if (look.stars) {
    for (let i = 0; i < 40; i += 1) {
      pen.circle(x + random() * width, y + random() * height * 0.6, 0.6 + random() * 0.9, P.fog, 0.25 + random() * 0.4);
    }
  }
}

/** Rows of windows, some lit. */
export function windows(
  kit: Kit,
  x: number,
  y: number,
  width: number,
  height: number,
  size: { w: number; h: number; gapX: number; gapY: number },
  lit: number,
  colour: Colour = P.sodium,
): void {
  const { pen, random } = kit;
  for (let wy = y; wy + size.h <= y + height; wy += size.h + size.gapY) {
    for (let wx = x; wx + size.w <= x + width; wx += size.w + size.gapX) {
      if (random() < lit) pen.rect(wx, wy, size.w, size.h, colour, 0.45 + random() * 0.4);
      else pen.rect(wx, wy, size.w, size.h, P.ink, 0.25);
    }
  }
}

/** Container cranes at the port: Lanmen is a harbour city. */
export function crane(kit: Kit, x: number, base: number, height: number, facing: 1 | -1, colour: Colour): void {
  const { pen, px } = kit;
  const leg = height * 0.55;
  const span = height * 0.32;
  const w = Math.max(3, height * 0.025);
  pen.poly([x, base, x + w, base, x + span * 0.5 + w, base - leg, x + span * 0.5, base - leg], colour);
  pen.poly([x + span, base, x + span + w, base, x + span * 0.5 + w, base - leg, x + span * 0.5, base - leg], colour);
  pen.rect(x - span * 0.1, base - leg - w, span * 1.2, w * 1.4, colour);
  const boomY = base - height * 0.8;
  const reach = height * 0.9 * facing;
  pen.rect(x + span * 0.5 - w / 2, boomY, w, leg - height * 0.25 + w, colour);
  pen.rect(
    Math.min(x + span * 0.5 - height * 0.25 * facing, x + span * 0.5 + reach),
    boomY - w / 2,
    Math.abs(reach) + height * 0.25,
    w,
    colour,
  );
  pen.stroke([x + span * 0.5, boomY - height * 0.14, x + span * 0.5 + reach * 0.95, boomY], px * 1.2, colour);
  pen.stroke([x + span * 0.5, boomY - height * 0.14, x + span * 0.5 - height * 0.24 * facing, boomY], px * 1.2, colour);
  pen.rect(x + span * 0.5 - w, boomY - height * 0.14, w * 2, height * 0.14, colour);
  pen.circle(x + span * 0.5, boomY - height * 0.15, w * 0.8, P.watched, 0.9);
}

/** The city behind a place: port cranes and far towers in haze, then nearer blocks with windows. */
export function skyline(kit: Kit, left: number, right: number, base: number, options: { near?: boolean } = {}): void {
  const { pen, random, sky: look } = kit;
  for (let x = left - 20; x < right;) {
    const w = 34 + random() * 60;
    const h = 120 + random() * 210;
    pen.rect(x, base - h, w - 4, h, P.haze, 0.55);
    if (random() < 0.3) pen.rect(x + w * 0.4, base - h - 18, 2, 18, P.haze, 0.55);
    x += w;
  }
  const port = left + (right - left) * (0.62 + random() * 0.2);
  for (let i = 0; i < 3; i += 1) crane(kit, port + i * 70, base, 150 + random() * 40, 1, P.mist);
  if (options.near === false) return;
  for (let x = left - 30; x < right;) {
    const w = 60 + random() * 90;
    const h = 70 + random() * 170;
    pen.rect(x, base - h, w - 6, h, P.slate);
    pen.rect(x, base - h, w - 6, 2, P.haze, 0.8);
    windows(kit, x + 7, base - h + 10, w - 18, h - 16, { w: 5, h: 7, gapX: 6, gapY: 9 }, look.lights);
    if (random() < 0.25) {
      pen.rect(x + w * 0.3, base - h - 14, w * 0.3, 14, P.dusk);
    }
    x += w;
  }
}

/** The city under the score: a faint grid of data under the streets, to the frame's bottom. */
export function underlay(kit: Kit, top: number): void {
  const { pen, bounds, px } = kit;
  pen.fade(bounds.left, top, bounds.right - bounds.left, bounds.bottom - top, [
    [0, P.asphalt, 1],
    [0.25, P.night, 1],
    [1, P.ink, 1],
  ]);
  const depth = bounds.bottom - top;
  for (let k = 1; k < 40; k += 1) {
    const y = top + 14 * k * k * 0.25;
    if (y > bounds.bottom) break;
    pen.stroke([bounds.left, y, bounds.right, y], px, P.data, 0.05 + Math.min(0.05, k * 0.004));
  }
  for (let x = -2400; x <= 2400; x += 80) {
    pen.stroke([x * 0.08, top, x * (1 + depth / 300), top + depth], px, P.data, 0.05);
  }
}

/** Pavement, kerb and a road with lane marks; then the underlay. Returns the road's centre line. */
export function street(kit: Kit, options: { road?: boolean; paving?: Colour } = {}): number {
  const { pen, bounds } = kit;
  const width = bounds.right - bounds.left;
  pen.rect(bounds.left, 0, width, 22, options.paving ?? P.concrete);
  pen.rect(bounds.left, 0, width, 2, P.fog, 0.35);
  for (let x = Math.floor(bounds.left / 40) * 40; x < bounds.right; x += 40) pen.rect(x, 2, 1.5, 20, P.kerb, 0.6);
  pen.rect(bounds.left, 22, width, 5, P.kerb);
  if (options.road === false) {
    underlay(kit, 27);
    return 12;
  }
  pen.rect(bounds.left, 27, width, 58, P.asphalt);
  for (let x = Math.floor(bounds.left / 70) * 70; x < bounds.right; x += 70) pen.rect(x, 54, 36, 3, P.fog, 0.45);
  underlay(kit, 85);
  return 56;
}

/** A person, seen plainly: no face, no costume, anyone. Feet at (x, y). */
export function figure(pen: Pen, x: number, y: number, height: number, colour: Colour, alpha = 1): void {
  const h = height;
  const head = h * 0.09;
  pen.circle(x, y - h + head, head, colour, alpha);
  pen.rect(x - h * 0.03, y - h + head * 1.8, h * 0.06, h * 0.05, colour, alpha);
  pen.poly(
    [x - h * 0.13, y - h * 0.78, x + h * 0.13, y - h * 0.78, x + h * 0.1, y - h * 0.45, x - h * 0.1, y - h * 0.45],
    colour,
    alpha,
  );
  pen.round(x - h * 0.13, y - h * 0.8, h * 0.26, h * 0.08, h * 0.04, colour, alpha);
  pen.rect(x - h * 0.095, y - h * 0.47, h * 0.085, h * 0.47, colour, alpha);
  pen.rect(x + h * 0.01, y - h * 0.47, h * 0.085, h * 0.47, colour, alpha);
  pen.rect(x - h * 0.16, y - h * 0.76, h * 0.05, h * 0.3, colour, alpha);
  pen.rect(x + h * 0.11, y - h * 0.76, h * 0.05, h * 0.3, colour, alpha);
}

/** A street lamp with its pool of light. */
export function lamp(kit: Kit, x: number, y: number, height: number, lit = true): void {
  const { pen } = kit;
  pen.rect(x - 2, y - height, 4, height, P.deep);
  pen.rect(x - 2, y - height, 18, 3, P.deep);
  pen.round(x + 8, y - height - 1, 16, 6, 3, P.deep);
  if (lit) {
    pen.glow(x + 16, y - height + 6, 60, P.lamp, 0.35);
    pen.rect(x + 10, y - height + 4, 12, 2, P.lamp, 0.9);
  }
}

/** A surveillance camera body; the lens itself is the live layer's. */
export function cctv(pen: Pen, x: number, y: number, facing: 1 | -1, size = 1): void {
  const s = size;
  pen.rect(x - facing * 14 * s - 1.5 * s, y - 14 * s, 3 * s, 14 * s, P.deep);
  pen.round(x - (facing > 0 ? 22 : 2) * s, y - 7 * s, 24 * s, 12 * s, 3 * s, P.wallLight);
  pen.rect(x - (facing > 0 ? 24 : 0) * s, y - 9 * s, 26 * s, 3 * s, P.dusk);
  pen.circle(x, y - 1 * s, 3.2 * s, P.ink);
}

/** A camera on its own pole, the way they stand on every corner. */
export function cameraPole(kit: Kit, x: number, y: number, height: number, facing: 1 | -1): [number, number] {
  const { pen } = kit;
  pen.rect(x - 3, y - height, 6, height, P.deep);
  pen.rect(x - 3, y - height, facing * 26, 4, P.deep);
  const lensX = x + facing * 34;
  const lensY = y - height + 12;
  cctv(pen, lensX, lensY, facing, 1.1);
  return [lensX, lensY];
}

/** A plane tree, the kind that shades Lanmen's older streets. */
export function tree(kit: Kit, x: number, y: number, size: number, colour: Colour = P.jadeDeep): void {
  const { pen, random } = kit;
  pen.rect(x - size * 0.05, y - size * 0.55, size * 0.1, size * 0.55, P.wood);
  for (let i = 0; i < 7; i += 1) {
    const angle = (i / 7) * Math.PI * 2;
    pen.circle(
      x + Math.cos(angle) * size * 0.22,
      y - size * 0.75 + Math.sin(angle) * size * 0.14,
      size * (0.2 + random() * 0.08),
      colour,
    );
  }
  pen.circle(x, y - size * 0.8, size * 0.24, colour);
  pen.circle(x - size * 0.08, y - size * 0.88, size * 0.12, P.jade, 0.5);
}

/** An awning in two alternating colours. */
export function awning(kit: Kit, x: number, y: number, width: number, depth: number, a: Colour, b: Colour): void {
  const { pen } = kit;
  const stripes = Math.max(3, Math.round(width / 16));
  const step = width / stripes;
  for (let i = 0; i < stripes; i += 1) {
    pen.poly(
      [x + i * step, y, x + (i + 1) * step, y, x + (i + 1) * step + 4, y + depth, x + i * step - 4 + 4, y + depth],
      i % 2 ? a : b,
    );
    pen.circle(x + i * step + step / 2, y + depth, step / 2, i % 2 ? a : b);
  }
}

/** A payment code on a stand: every purchase is a record. */
export function payCode(kit: Kit, x: number, y: number, size: number): void {
  const { pen, random } = kit;
  pen.rect(x - 1.5, y + size, 3, 26, P.deep);
  pen.rect(x - size / 2 - 3, y - 3, size + 6, size + 6, P.white);
  const cells = 7;
  const cell = size / cells;
  for (let row = 0; row < cells; row += 1) {
    for (let col = 0; col < cells; col += 1) {
      const corner = (row < 2 && col < 2) || (row < 2 && col > 4) || (row > 4 && col < 2);
      if (corner || random() < 0.45) pen.rect(x - size / 2 + col * cell, y + row * cell, cell, cell, P.ink);
    }
  }
}

/** A board of faces: an honour roll or a list of the shamed, depending on the colour of the frames. */
export function faces(
  kit: Kit,
  x: number,
  y: number,
  columns: number,
  rows: number,
  cell: number,
  flagged: Colour,
  share: number,
): void {
  const { pen, random } = kit;
  for (let row = 0; row < rows; row += 1) {
    for (let col = 0; col < columns; col += 1) {
      const cx = x + col * cell;
      const cy = y + row * cell;
      const marked = random() < share;
      pen.rect(cx + 1, cy + 1, cell - 2, cell - 2, marked ? flagged : P.mist, marked ? 0.9 : 0.5);
      pen.rect(cx + 3, cy + 3, cell - 6, cell - 6, P.deep);
      pen.circle(cx + cell / 2, cy + cell * 0.42, cell * 0.16, P.fog, 0.8);
      pen.poly(
        [
          cx + cell * 0.22,
          cy + cell - 3,
          cx + cell * 0.3,
          cy + cell * 0.66,
          cx + cell * 0.7,
          cy + cell * 0.66,
          cx + cell * 0.78,
          cy + cell - 3,
        ],
        P.fog,
        0.8,
      );
    }
  }
}

/** A glass pane: a tint, a bright edge, a slant of reflection. */
export function pane(kit: Kit, x: number, y: number, width: number, height: number, alpha = 0.35): void {
  const { pen, px } = kit;
  pen.rect(x, y, width, height, P.glassLight, alpha * 0.4);
  pen.poly(
    [x + width * 0.15, y, x + width * 0.4, y, x + width * 0.1, y + height, x, y + height * 0.85],
    P.white,
    alpha * 0.18,
  );
  pen.stroke([x, y, x + width, y, x + width, y + height, x, y + height, x, y], px * 1.5, P.glassLight, alpha * 1.2);
}

/** A crescent, horns up, as on the finials of Lanmen's mosque. */
export function crescent(pen: Pen, x: number, y: number, radius: number, colour: Colour): void {
  const inner = { x, y: y - radius * 0.42, r: radius * 0.8 };
  const outside = (angle: number) =>
    Math.hypot(x + Math.cos(angle) * radius - inner.x, y + Math.sin(angle) * radius - inner.y) > inner.r;
  const step = Math.PI / 48;
  const back = Math.PI / 2;
  let from = back;
  let to = back;
  while (from > back - Math.PI && outside(from - step)) from -= step;
  while (to < back + Math.PI && outside(to + step)) to += step;
  const points: number[] = [];
  for (let a = from; a <= to + 1e-9; a += step) points.push(x + Math.cos(a) * radius, y + Math.sin(a) * radius);
  const end = Math.atan2(points[points.length - 1] - inner.y, points[points.length - 2] - inner.x);
  const start = Math.atan2(points[1] - inner.y, points[0] - inner.x);
  // back along the inner circle, through its lowest point
  let target = start;
  while (target > end) target -= Math.PI * 2;
  for (let a = end; a >= target; a -= step)
    points.push(inner.x + Math.cos(a) * inner.r, inner.y + Math.sin(a) * inner.r);
  pen.poly(points, colour);
}
