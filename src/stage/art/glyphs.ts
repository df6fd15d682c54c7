// A small sign for each reporter the score listens to: bank, court, camera, platform, employer,
// neighbourhood, utility, transport, agency. Drawn in a 24-unit box. Imports the pen and model ids.

import type { SourceId } from '../../model/catalogue';
import type { Colour, Pen } from '../pen';

type Glyph = (pen: Pen, ink: Colour, back: Colour) => void;

const GLYPHS: Record<SourceId, Glyph> = {
  bank: (pen, ink, back) => {
    pen.circle(0, 0, 10, ink);
    pen.rect(-3.5, -3.5, 7, 7, back);
  },
  court: (pen, ink) => {
    pen.rect(-1, -9, 2, 17, ink);
    pen.rect(-9, -8, 18, 2, ink);
    pen.rect(-5, 8, 10, 2, ink);
    for (const x of [-7, 7]) {
      pen.stroke([x, -7, x - 4, 1, x + 4, 1, x, -7], 1.2, ink);
      pen.poly([x - 5, 1, x + 5, 1, x + 3, 4, x - 3, 4], ink);
    }
  },
  camera: (pen, ink, back) => {
    pen.round(-9, -6, 16, 9, 2, ink);
    pen.rect(-10, -8, 18, 2, ink);
    pen.circle(7, -1.5, 3, ink);
    pen.circle(7, -1.5, 1.4, back);
    pen.rect(-4, 3, 2, 6, ink);
    pen.rect(-7, 8, 8, 2, ink);
  },
  platform: (pen, ink, back) => {
    pen.round(-6, -10, 12, 20, 2.5, ink);
    pen.rect(-4.5, -7.5, 9, 13, back);
    for (const y of [-4, -1, 2]) pen.rect(-3, y, y === 2 ? 4 : 6, 1.4, ink);
  },
  employer: (pen, ink, back) => {
    pen.stroke([-4, -5, -4, -8, 4, -8, 4, -5], 1.8, ink);
    pen.round(-10, -5, 20, 14, 2, ink);
    pen.rect(-10, 0, 20, 1.4, back);
    pen.rect(-2, -1, 4, 4, back);
  },
  neighbourhood: (pen, ink, back) => {
    pen.poly([0, -10, 10, -1, 7, -1, 7, 9, -7, 9, -7, -1, -10, -1], ink);
    pen.rect(-2.5, 2, 5, 7, back);
  },
  utility: (pen, ink) => {
    pen.poly([2, -11, -7, 2, -1, 2, -3, 11, 7, -2, 1, -2], ink);
  },
  transport: (pen, ink, back) => {
    pen.round(-8, -10, 16, 18, 3, ink);
    pen.rect(-6, -7, 12, 6, back);
    pen.circle(-4.5, 3.5, 1.6, back);
    pen.circle(4.5, 3.5, 1.6, back);
    pen.rect(-7, 8, 3, 3, ink);
    pen.rect(4, 8, 3, 3, ink);
  },
  agency: (pen, ink, back) => {
    pen.circle(0, -7, 3.5, ink);
    pen.rect(-2, -4, 4, 6, ink);
    pen.round(-9, 2, 18, 6, 1.5, ink);
    pen.rect(-7, 8, 14, 2.5, ink);
    pen.rect(-6, 4, 12, 1.2, back);
  },
};

/** Draws a reporter's sign centred on (x, y), `size` across. */
export function glyph(pen: Pen, source: SourceId, x: number, y: number, size: number, ink: Colour, back: Colour): void {
  pen.save();
  pen.translate(x, y);
  pen.scale(size / 24);
  GLYPHS[source](pen, ink, back);
  pen.restore();
}
