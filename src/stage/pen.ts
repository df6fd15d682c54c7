// The one way the stage draws its art: a small pen over a 2D canvas, so every place shares one
// palette and one line, and tests can record what a place draws under Node. Imports nothing.

/** A colour as 0xRRGGBB; the art takes them from the palette only. */
export type Colour = number;

/** Offset from 0 to 1, colour, alpha. */
export type Stop = readonly [number, Colour, number];

export interface Pen {
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  scale(factor: number): void;
  /** Until restore(), only this rectangle is painted. */
  clip(x: number, y: number, width: number, height: number): void;
  rect(x: number, y: number, width: number, height: number, colour: Colour, alpha?: number): void;
  round(x: number, y: number, width: number, height: number, radius: number, colour: Colour, alpha?: number): void;
  /** A filled polygon from flat [x0, y0, x1, y1, …] points. */
  poly(points: readonly number[], colour: Colour, alpha?: number): void;
  circle(x: number, y: number, radius: number, colour: Colour, alpha?: number): void;
  ellipse(x: number, y: number, radiusX: number, radiusY: number, colour: Colour, alpha?: number): void;
  /** A line through flat points, with round joins: the house line. */
  stroke(points: readonly number[], width: number, colour: Colour, alpha?: number): void;
  /** A stroked arc, angles in radians. */
  arc(
    x: number,
    y: number,
    radius: number,
    from: number,
    to: number,
    width: number,
    colour: Colour,
    alpha?: number,
  ): void;
  /** A rectangle filled with a vertical gradient. */
  fade(x: number, y: number, width: number, height: number, stops: readonly Stop[]): void;
  /** A soft round light, strongest at the centre. */
  glow(x: number, y: number, radius: number, colour: Colour, alpha: number): void;
}

const css = (colour: Colour, alpha = 1) =>
  `rgba(${(colour >> 16) & 255}, ${(colour >> 8) & 255}, ${colour & 255}, ${alpha})`;

function trace(context: CanvasRenderingContext2D, points: readonly number[]): void {
  context.beginPath();
  context.moveTo(points[0], points[1]);
  for (let i = 2; i < points.length; i += 2) context.lineTo(points[i], points[i + 1]);
}

/** A pen that paints on a canvas's 2D context. */
export function canvasPen(context: CanvasRenderingContext2D): Pen {
  const fill = (colour: Colour, alpha: number) => {
    context.fillStyle = css(colour, alpha);
  };
  return {
    save: () => context.save(),
    restore: () => context.restore(),
    translate: (x, y) => context.translate(x, y),
    scale: (factor) => context.scale(factor, factor),
    clip(x, y, width, height) {
      context.beginPath();
      context.rect(x, y, width, height);
      context.clip();
    },
    rect(x, y, width, height, colour, alpha = 1) {
      fill(colour, alpha);
      context.fillRect(x, y, width, height);
    },
    round(x, y, width, height, radius, colour, alpha = 1) {
      fill(colour, alpha);
      context.beginPath();
      context.roundRect(x, y, width, height, Math.min(radius, width / 2, height / 2));
      context.fill();
    },
    poly(points, colour, alpha = 1) {
      fill(colour, alpha);
      trace(context, points);
      context.closePath();
      context.fill();
    },
    circle(x, y, radius, colour, alpha = 1) {
      fill(colour, alpha);
      context.beginPath();
      context.arc(x, y, radius, 0, Math.PI * 2);
      context.fill();
    },
    ellipse(x, y, radiusX, radiusY, colour, alpha = 1) {
      fill(colour, alpha);
      context.beginPath();
      context.ellipse(x, y, radiusX, radiusY, 0, 0, Math.PI * 2);
      context.fill();
    },
    stroke(points, width, colour, alpha = 1) {
      context.strokeStyle = css(colour, alpha);
      context.lineWidth = width;
      context.lineJoin = 'round';
      context.lineCap = 'round';
      trace(context, points);
      context.stroke();
    },
    arc(x, y, radius, from, to, width, colour, alpha = 1) {
      context.strokeStyle = css(colour, alpha);
      context.lineWidth = width;
      context.lineCap = 'round';
      context.beginPath();
      context.arc(x, y, radius, from, to);
      context.stroke();
    },
    fade(x, y, width, height, stops) {
      const gradient = context.createLinearGradient(0, y, 0, y + height);
      for (const [offset, colour, alpha] of stops) gradient.addColorStop(offset, css(colour, alpha));
      context.fillStyle = gradient;
      context.fillRect(x, y, width, height);
    },
    glow(x, y, radius, colour, alpha) {
      const gradient = context.createRadialGradient(x, y, 0, x, y, radius);
      gradient.addColorStop(0, css(colour, alpha));
      gradient.addColorStop(0.4, css(colour, alpha * 0.35));
      gradient.addColorStop(1, css(colour, 0));
      context.fillStyle = gradient;
      context.fillRect(x - radius, y - radius, radius * 2, radius * 2);
    },
  };
}
