// Lays a place out in whatever frame the text leaves free (beside the column on a wide screen,
// above it on a tall one), draws it once, and says where its live parts go, in screen pixels.
// Imports the pen, the palette, the places table, the sets and model ids; never Phaser.

import { SOURCES, type SourceId } from '../model/catalogue';
import { fnv1a, randomFrom } from '../model/random';
import type { SceneId } from '../narrative/tags';
import { glyph } from './art/glyphs';
import { SETS } from './art/sets';
import { type Bounds, type Kit, PERSON } from './art/kit';
import { PALETTE as P, SKIES } from './palette';
import type { Pen } from './pen';
import { PLACES } from './places';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

/** The canvas's size and the room in it that the text leaves visible. */
export interface Frame {
  width: number;
  height: number;
  room: Rect;
}

/** A drawn place's live parts, in screen pixels. */
export interface Staging {
  scale: number;
  horizon: number;
  room: Rect;
  camera: Point & { facing: 1 | -1 };
  figure: Point & { height: number };
  /** Where each reporter sits: the place's own, or a beacon over the skyline. */
  sources: Record<SourceId, Point>;
  walk: { y: number; left: number; right: number };
  road?: { y: number; left: number; right: number };
  /** The band of sky where drones patrol and birds fly. */
  air: { top: number; bottom: number };
}

/** The set's design box, in set units; a set is scaled to fit the room. */
export const SET = { width: 640, height: 440 } as const;

/** A small deterministic generator, so a place looks the same every visit. */
export function seeded(text: string): () => number {
  return randomFrom(fnv1a(text));
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The room clipped to the frame; an empty or tiny room becomes the whole frame. */
export function usableRoom(frame: Frame): Rect {
  const x = clamp(frame.room.x, 0, frame.width);
  const y = clamp(frame.room.y, 0, frame.height);
  const width = clamp(frame.room.width, 0, frame.width - x);
  const height = clamp(frame.room.height, 0, frame.height - y);
  if (width < 160 || height < 120) return { x: 0, y: 0, width: frame.width, height: frame.height };
  return { x, y, width, height };
}

export function layout(frame: Frame): { room: Rect; scale: number; originX: number; horizon: number } {
  const room = usableRoom(frame);
  const tall = room.height > frame.height * 0.6;
  const horizon = room.y + room.height * (tall ? 0.8 : 0.86);
  const scale = clamp(Math.min((room.width * 0.94) / SET.width, ((horizon - room.y) * 0.92) / SET.height), 0.3, 1.7);
  return { room, scale, originX: room.x + room.width / 2, horizon };
}

/** Draws the place into the pen (sized to the frame) and returns where its live parts go. */
export function drawPlace(pen: Pen, id: SceneId, frame: Frame): Staging {
  const place = PLACES[id];
  const { room, scale, originX, horizon } = layout(frame);
  const toSet = (x: number, y: number) => [(x - originX) / scale, (y - horizon) / scale] as const;
  const [left, top] = toSet(0, 0);
  const [right, bottom] = toSet(frame.width, frame.height);
  const bounds: Bounds = { left, right, top, bottom };
  const kit: Kit = { pen, random: seeded(id), sky: SKIES[place.hour], bounds, px: 1 / scale };

  pen.rect(0, 0, frame.width, frame.height, P.ink);
  pen.save();
  pen.translate(originX, horizon);
  pen.scale(scale);
  const anchors = SETS[id](kit);
  pen.restore();

  const toScreen = ([x, y]: readonly [number, number]): Point => ({ x: originX + x * scale, y: horizon + y * scale });
  const own = anchors.sources;
  const elsewhere = SOURCES.filter((source) => !own[source]);
  const skyTop = room.y + room.height * 0.1 + 16;
  const band = horizon - scale * SET.height - skyTop;
  const beacon = (index: number): Point => {
    const t = elsewhere.length > 1 ? index / (elsewhere.length - 1) : 0.5;
    if (band > 90)
      return { x: room.x + room.width * (0.1 + 0.8 * t), y: skyTop + band * (0.2 + 0.6 * ((index * 0.618) % 1)) };
    // No open sky (a band over the text): keep to the two upper corners, clear of the landmark's crown.
    const half = Math.ceil(elsewhere.length / 2);
    const left = index < half;
    const u = left ? index / Math.max(1, half - 1) : (index - half) / Math.max(1, elsewhere.length - half - 1);
    const x = room.x + room.width * (left ? 0.07 + 0.2 * u : 0.73 + 0.2 * u);
    return { x, y: room.y + room.height * 0.14 + 12 + (index % 2) * 24 };
  };
  const sources = Object.fromEntries(
    SOURCES.map((source) => {
      const at = own[source];
      return [source, at ? toScreen(at) : beacon(elsewhere.indexOf(source))];
    }),
  ) as Record<SourceId, Point>;
  const nodes = elsewhere.map((source) => ({ source, at: sources[source] }));
  network(pen, nodes, room.width * 0.3);
  overlay(pen, frame, room);

  const line = (y: number, span?: readonly [number, number]) => ({
    y: horizon + y * scale,
    left: span ? Math.max(room.x, originX + span[0] * scale) : room.x,
    right: span ? Math.min(room.x + room.width, originX + span[1] * scale) : room.x + room.width,
  });
  return {
    scale,
    horizon,
    room,
    camera: { ...toScreen([anchors.camera.x, anchors.camera.y]), facing: anchors.camera.facing },
    figure: { ...toScreen([anchors.figure.x, anchors.figure.y]), height: (anchors.person ?? PERSON) * scale },
    sources,
    walk: line(anchors.walk, anchors.walkSpan),
    road: anchors.road === undefined || place.indoors ? undefined : line(anchors.road),
    air: { top: horizon - scale * 420, bottom: horizon - scale * 330 },
  };
}

/** The reporters the place does not hold, hung over it like a constellation, linked and waiting. */
function network(pen: Pen, nodes: { source: SourceId; at: Point }[], reach: number): void {
  for (let i = 1; i < nodes.length; i += 1) {
    const [a, b] = [nodes[i - 1].at, nodes[i].at];
    if (Math.hypot(a.x - b.x, a.y - b.y) <= reach) pen.stroke([a.x, a.y, b.x, b.y], 1, P.data, 0.16);
  }
  for (const { source, at } of nodes) {
    pen.circle(at.x, at.y, 13, P.ink, 0.6);
    pen.arc(at.x, at.y, 13, 0, Math.PI * 2, 1.5, P.data, 0.35);
    glyph(pen, source, at.x, at.y, 15, P.mist, P.ink);
  }
}

/** The monitor the city is watched on: scanlines, a darkened edge, a viewfinder's corners. */
function overlay(pen: Pen, frame: Frame, room: Rect): void {
  for (let y = 0; y < frame.height; y += 3) pen.rect(0, y, frame.width, 1, P.ink, 0.08);
  const edge = Math.min(frame.height, frame.width) * 0.18;
  pen.fade(0, 0, frame.width, edge, [
    [0, P.ink, 0.55],
    [1, P.ink, 0],
  ]);
  pen.fade(0, frame.height - edge, frame.width, edge, [
    [0, P.ink, 0],
    [1, P.ink, 0.6],
  ]);
  const inset = Math.max(14, Math.min(room.width, room.height) * 0.05);
  const arm = Math.max(18, Math.min(room.width, room.height) * 0.07);
  const [x0, y0, x1, y1] = [room.x + inset, room.y + inset, room.x + room.width - inset, room.y + room.height - inset];
  for (const [x, y, dx, dy] of [
    [x0, y0, 1, 1],
    [x1, y0, -1, 1],
    [x0, y1, 1, -1],
    [x1, y1, -1, -1],
  ]) {
    pen.stroke([x, y + dy * arm, x, y, x + dx * arm, y], 2, P.white, 0.35);
  }
}
