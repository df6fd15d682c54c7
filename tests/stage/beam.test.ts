// The street camera's beam, drawn under Node against a recording context: a shaded wedge from the lens,
// its shading made once per length, the context left as it was found. Imports vitest and beam.ts; Phaser is a fake.

import { describe, expect, it, vi } from 'vitest';
import { Beam } from '../../src/stage/beam';

vi.mock('phaser', () => ({
  GameObjects: {
    Arc: class {
      alpha = 1;
      radius: number;
      constructor(_scene: unknown, _x: number, _y: number, radius: number) {
        this.radius = radius;
      }
      setRadius(radius: number) {
        this.radius = radius;
        return this;
      }
    },
  },
  Renderer: {
    Canvas: {
      // As Phaser's: nothing drawn at no opacity; otherwise the context is saved and set to the object's place.
      SetTransform: (_renderer: unknown, ctx: { save(): void }, src: { alpha: number }) => {
        if (src.alpha <= 0) return false;
        ctx.save();
        return true;
      },
    },
  },
}));

/** A 2D context that writes down what is drawn. */
function recording() {
  const calls: string[] = [];
  const stops: [number, string][] = [];
  const ctx = {
    fillStyle: '' as unknown,
    save: () => calls.push('save'),
    restore: () => calls.push('restore'),
    beginPath: () => calls.push('beginPath'),
    moveTo: (x: number, y: number) => calls.push(`moveTo ${x} ${y}`),
    arc: (x: number, y: number, r: number, from: number, to: number) => calls.push(`arc ${x} ${y} ${r} ${from} ${to}`),
    closePath: () => calls.push('closePath'),
    fill: () => calls.push(`fill ${ctx.fillStyle === gradient ? 'shaded' : 'flat'}`),
    createRadialGradient: (...args: number[]) => {
      calls.push(`gradient ${args.join(' ')}`);
      return gradient;
    },
  };
  const gradient = { addColorStop: (at: number, colour: string) => stops.push([at, colour]) };
  return { calls, stops, renderer: { currentContext: ctx } };
}

const camera = { addToRenderList: vi.fn() };
const draw = (beam: Beam, page: ReturnType<typeof recording>) =>
  beam.renderCanvas(page.renderer as never, beam, camera as never);

describe('the camera’s beam', () => {
  it('is a wedge from the lens, shaded from red to nothing as it reaches out, and leaves the context as it was', () => {
    const beam = new Beam({} as never).setRadius(300);
    const page = recording();
    draw(beam, page);
    expect(page.calls).toEqual([
      'save',
      'gradient 0 0 0 0 0 300',
      'beginPath',
      'moveTo 0 0',
      'arc 0 0 300 -0.2 0.2',
      'closePath',
      'fill shaded',
      'restore',
    ]);
    expect(page.stops).toEqual([
      [0, 'rgba(229, 72, 77, 0.34)'],
      [1, 'rgba(229, 72, 77, 0)'],
    ]);
    expect(camera.addToRenderList).toHaveBeenCalledWith(beam);
  });

  it('makes its shading once for each length, not every frame', () => {
    const beam = new Beam({} as never).setRadius(300);
    const page = recording();
    draw(beam, page);
    draw(beam, page);
    beam.setRadius(420);
    draw(beam, page);
    expect(page.calls.filter((call) => call.startsWith('gradient'))).toEqual([
      'gradient 0 0 0 0 0 300',
      'gradient 0 0 0 0 0 420',
    ]);
  });

  it('draws nothing when it is faded out', () => {
    const beam = new Beam({} as never).setRadius(300);
    beam.alpha = 0;
    const page = recording();
    draw(beam, page);
    expect(page.calls).toEqual([]);
  });
});
