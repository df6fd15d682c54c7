import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../src/model/catalogue';
import { TIERS } from '../../src/model/regime';
import { SCENES } from '../../src/narrative/tags';
import { glyph } from '../../src/stage/art/glyphs';
import { drawPlace, layout, type Frame, type Point } from '../../src/stage/compose';
import { PALETTE } from '../../src/stage/palette';
import type { Pen } from '../../src/stage/pen';
import { BUSY, PLACES } from '../../src/stage/places';

/** A pen that paints nothing and remembers every mark: its colour and where it landed on screen. */
function recordingPen() {
  const marks: { kind: string; colour: number; x: number; y: number }[] = [];
  const stack: { dx: number; dy: number; s: number }[] = [];
  let t = { dx: 0, dy: 0, s: 1 };
  const at = (kind: string, colour: number, x: number, y: number) =>
    marks.push({ kind, colour, x: t.dx + x * t.s, y: t.dy + y * t.s });
  const pen: Pen = {
    save: () => stack.push({ ...t }),
    restore: () => {
      t = stack.pop() ?? { dx: 0, dy: 0, s: 1 };
    },
    translate: (x, y) => {
      t = { ...t, dx: t.dx + x * t.s, dy: t.dy + y * t.s };
    },
    scale: (factor) => {
      t = { ...t, s: t.s * factor };
    },
    clip: () => {},
    rect: (x, y, w, h, colour) => at('rect', colour, x + w / 2, y + h / 2),
    round: (x, y, w, h, _r, colour) => at('round', colour, x + w / 2, y + h / 2),
    poly: (points, colour) => at('poly', colour, points[0], points[1]),
    circle: (x, y, _r, colour) => at('circle', colour, x, y),
    ellipse: (x, y, _rx, _ry, colour) => at('ellipse', colour, x, y),
    stroke: (points, _w, colour) => at('stroke', colour, points[0], points[1]),
    arc: (x, y, _r, _a, _b, _w, colour) => at('arc', colour, x, y),
    fade: (x, y, w, h, stops) => stops.forEach(([, colour]) => at('fade', colour, x + w / 2, y + h / 2)),
    glow: (x, y, _r, colour) => at('glow', colour, x, y),
  };
  return { pen, marks };
}

const FRAMES: Record<string, Frame> = {
  'landscape 1280×800, city beside the column': {
    width: 1280,
    height: 800,
    room: { x: 0, y: 0, width: 512, height: 800 },
  },
  'landscape 1920×1080, city beside the column': {
    width: 1920,
    height: 1080,
    room: { x: 0, y: 0, width: 806, height: 1080 },
  },
  'portrait 1080×1920, city above the column': {
    width: 1080,
    height: 1920,
    room: { x: 0, y: 0, width: 1080, height: 432 },
  },
  'right to left, city on the right': { width: 1280, height: 800, room: { x: 768, y: 0, width: 512, height: 800 } },
};

const inside = (p: Point, r: { x: number; y: number; width: number; height: number }) =>
  p.x >= r.x && p.x <= r.x + r.width && p.y >= r.y && p.y <= r.y + r.height;

const PALETTE_COLOURS = new Set<number>(Object.values(PALETTE));

describe('the city on the stage', () => {
  describe.each(Object.entries(FRAMES))('%s', (_name, frame) => {
    it.each(SCENES)('draws %s in the room the text leaves, with its camera, person and reporters there', (id) => {
      const { pen, marks } = recordingPen();
      const staging = drawPlace(pen, id, frame);
      const room = staging.room;
      expect(room).toEqual(frame.room);
      expect(inside(staging.camera, room), 'camera').toBe(true);
      expect(inside(staging.figure, room), 'figure').toBe(true);
      for (const source of SOURCES) expect(inside(staging.sources[source], room), source).toBe(true);
      expect(staging.walk.left).toBeGreaterThanOrEqual(room.x);
      expect(staging.walk.right).toBeLessThanOrEqual(room.x + room.width);
      expect(marks.filter((mark) => inside(mark, room)).length, 'marks in the room').toBeGreaterThan(150);
    });
  });

  it.each(SCENES)('paints %s only in the palette’s colours, the same way every visit', (id) => {
    const frame = FRAMES['landscape 1280×800, city beside the column'];
    const first = recordingPen();
    drawPlace(first.pen, id, frame);
    const second = recordingPen();
    drawPlace(second.pen, id, frame);
    expect(first.marks).toEqual(second.marks);
    const strays = first.marks.filter((mark) => !PALETTE_COLOURS.has(mark.colour));
    expect(strays.map((mark) => mark.colour.toString(16))).toEqual([]);
  });

  it('gives every place its own drawing', () => {
    const frame = FRAMES['landscape 1920×1080, city beside the column'];
    const prints = SCENES.map((id) => {
      const { pen, marks } = recordingPen();
      drawPlace(pen, id, frame);
      return JSON.stringify(marks.filter((mark) => inside(mark, frame.room)).slice(-80));
    });
    expect(new Set(prints).size).toBe(SCENES.length);
  });

  it('draws a sign for every reporter the score listens to', () => {
    for (const source of SOURCES) {
      const { pen, marks } = recordingPen();
      glyph(pen, source, 20, 20, 24, PALETTE.white, PALETTE.ink);
      expect(marks.length, source).toBeGreaterThan(0);
      for (const mark of marks) expect(Math.hypot(mark.x - 20, mark.y - 20), source).toBeLessThan(16);
    }
  });

  it('falls back to the whole frame when the text leaves no room', () => {
    const tight = layout({ width: 1024, height: 768, room: { x: 0, y: 0, width: 90, height: 768 } });
    expect(tight.room).toEqual({ x: 0, y: 0, width: 1024, height: 768 });
  });

  it('quietens the city as the tier rises, and knows every place', () => {
    const busy = TIERS.map((tier) => BUSY[tier]);
    expect([...busy].sort((a, b) => a - b)).toEqual(busy);
    expect(busy[0]).toBeLessThan(busy[busy.length - 1]);
    expect(Object.keys(PLACES).sort()).toEqual([...SCENES].sort());
  });
});
