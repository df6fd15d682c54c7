// The street camera's beam, which sweeps every frame. Drawn as a shaded wedge, not as a turned image:
// without a GPU a turned image costs every pixel of its box, and the press waits behind it. Imports Phaser.

import * as Phaser from 'phaser';

/** Half the beam's angle, in radians. */
const SPREAD = 0.2;
const NEAR = 'rgba(229, 72, 77, 0.34)';
const FAR = 'rgba(229, 72, 77, 0)';

/** A wedge from its position, `length` long, pointing along its rotation; it fades as it reaches out. */
export class Beam extends Phaser.GameObjects.Arc {
  private shade?: { length: number; gradient: CanvasGradient };

  constructor(scene: Phaser.Scene) {
    super(scene, 0, 0, 1);
  }

  /** Phaser's canvas renderer calls this for each object on the display list, once a frame. */
  renderCanvas(
    renderer: Phaser.Renderer.Canvas.CanvasRenderer,
    beam: Beam,
    camera: Phaser.Cameras.Scene2D.Camera,
    parentMatrix?: Phaser.GameObjects.Components.TransformMatrix,
  ): void {
    camera.addToRenderList(beam);
    const ctx = renderer.currentContext;
    if (!Phaser.Renderer.Canvas.SetTransform(renderer, ctx, beam, camera, parentMatrix)) return;
    const length = beam.radius;
    if (beam.shade?.length !== length) {
      const gradient = ctx.createRadialGradient(0, 0, 0, 0, 0, length);
      gradient.addColorStop(0, NEAR);
      gradient.addColorStop(1, FAR);
      beam.shade = { length, gradient };
    }
    ctx.fillStyle = beam.shade.gradient;
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.arc(0, 0, length, -SPREAD, SPREAD);
    ctx.closePath();
    ctx.fill();
    ctx.restore();
  }
}
