// The places seen from the street: each a landmark with its cameras, screens and scanners, drawn
// in set units around the ground line (see kit.ts). Imports the kit and the palette.

import { PALETTE as P } from '../palette';
import {
  awning,
  cameraPole,
  cctv,
  crescent,
  faces,
  figure,
  lamp,
  pane,
  payCode,
  sky,
  skyline,
  street,
  tree,
  windows,
  type Kit,
  type SetPiece,
} from './kit';

/** Sky, the city behind, and the street in front. Returns the road's line. */
export function outside(kit: Kit, options: { road?: boolean } = {}): number {
  const { bounds } = kit;
  sky(kit, bounds.left, bounds.top, bounds.right - bounds.left, 2 - bounds.top);
  skyline(kit, bounds.left, bounds.right, 0);
  return street(kit, options);
}

/** A roof with upturned eaves, the way Lanmen's older halls are roofed: a curved skirt of tiles. */
function eaves(kit: Kit, x: number, y: number, width: number, rise: number, colour: number, shade: number): void {
  const { pen, px } = kit;
  const half = width / 2;
  const flare = half + rise * 0.35;
  const lift = rise * 0.45;
  const skirt: number[] = [];
  for (let i = 0; i <= 20; i += 1) {
    const t = -1 + i / 10;
    skirt.push(x + t * flare, y - lift * Math.pow(Math.abs(t), 6));
  }
  const ridge = [x + half - rise * 0.9, y - rise, x - half + rise * 0.9, y - rise];
  pen.poly([...skirt, ...ridge], colour);
  for (let tx = x - half + rise * 0.5; tx < x + half - rise * 0.4; tx += 7) {
    const t = (tx - x) / flare;
    pen.stroke(
      [tx + (tx - x) * -0.12, y - rise + 3, tx, y - lift * Math.pow(Math.abs(t), 6) - 2],
      px * 1.4,
      shade,
      0.55,
    );
  }
  pen.rect(x - half + rise * 0.9, y - rise - 4, width - rise * 1.8, 5, shade);
  for (const side of [-1, 1]) {
    pen.poly(
      [
        x + side * (half - rise * 0.9),
        y - rise - 4,
        x + side * (half - rise * 0.9 + 10),
        y - rise - 12,
        x + side * (half - rise * 0.9 + 4),
        y - rise + 1,
      ],
      shade,
    );
  }
  pen.stroke(skirt, px * 2, P.jadeLight, 0.6);
}

const streetScene: SetPiece = (kit) => {
  const { pen } = kit;
  const road = outside(kit);
  const fronts = [
    { x: -300, wall: P.concrete, a: P.rewarded, b: P.fog },
    { x: -100, wall: P.brick, a: P.lacquer, b: P.paper },
    { x: 100, wall: P.wallLight, a: P.cloth, b: P.fog },
  ];
  for (const front of fronts) {
    pen.rect(front.x, -230, 196, 230, front.wall);
    pen.rect(front.x, -230, 196, 3, P.fog, 0.4);
    windows(kit, front.x + 16, -212, 170, 90, { w: 30, h: 34, gapX: 16, gapY: 18 }, kit.sky.lights + 0.2);
    for (let i = 0; i < 2; i += 1) pen.rect(front.x + 30 + i * 90, -166, 22, 14, P.stoneShade);
    pen.rect(front.x + 10, -100, 176, 100, P.ink, 0.8);
    pen.rect(front.x + 16, -92, 120, 84, P.sodium, 0.32);
    pen.glow(front.x + 76, -40, 80, P.sodium, 0.25);
    pen.rect(front.x + 146, -92, 34, 92, P.deep);
    pen.rect(front.x + 12, -128, 172, 20, P.night);
    pen.rect(front.x + 20, -124, 90, 12, P.paper, 0.25);
    awning(kit, front.x + 6, -108, 184, 20, front.a, front.b);
  }
  // the TrustPerks screen over the street
  pen.rect(-6, -330, 12, 100, P.deep);
  pen.round(-110, -400, 220, 96, 6, P.night);
  pen.round(-104, -394, 208, 84, 4, P.rewarded, 0.35);
  pen.arc(-50, -338, 26, Math.PI, Math.PI * 1.85, 7, P.data, 0.95);
  pen.arc(-50, -338, 26, Math.PI * 1.85, Math.PI * 2, 7, P.dusk, 0.9);
  pen.rect(-6, -372, 90, 10, P.white, 0.8);
  pen.rect(-6, -354, 64, 7, P.white, 0.45);
  pen.rect(-6, -340, 76, 7, P.white, 0.45);
  pen.glow(0, -350, 170, P.data, 0.18);
  lamp(kit, -260, 10, 170);
  tree(kit, 250, 10, 150);
  const lens = cameraPole(kit, 300, 12, 250, -1);
  figure(pen, -40, 14, 62, P.ink);
  return {
    camera: { x: lens[0], y: lens[1], facing: -1 },
    figure: { x: -40, y: 14 },
    sources: { platform: [0, -352], camera: lens },
    walk: 12,
    road,
  };
};

const crossing: SetPiece = (kit) => {
  const { pen, bounds, px } = kit;
  sky(kit, bounds.left, bounds.top, bounds.right - bounds.left, 2 - bounds.top);
  skyline(kit, bounds.left, bounds.right, 0);
  street(kit);
  const width = bounds.right - bounds.left;
  pen.rect(bounds.left, 27, width, 58, P.asphalt);
  for (let x = -300; x < 300; x += 40) pen.poly([x, 30, x + 22, 30, x + 30, 82, x + 8, 82], P.white, 0.8);
  // the gantry of eight cameras
  pen.rect(-292, -270, 12, 296, P.deep);
  pen.rect(280, -270, 12, 296, P.deep);
  pen.rect(-300, -284, 600, 16, P.deep);
  pen.rect(-300, -284, 600, 2, P.haze, 0.8);
  for (let i = 0; i < 8; i += 1) cctv(pen, -235 + i * 66, -250, i < 4 ? 1 : -1, 0.9);
  // the public screen of yesterday's offenders
  pen.rect(-210, -340, 8, 56, P.deep);
  pen.round(-300, -430, 190, 100, 4, P.night);
  pen.rect(-292, -422, 174, 12, P.watched, 0.85);
  faces(kit, -290, -404, 6, 2, 28, P.watched, 0.3);
  pen.glow(-205, -380, 150, P.watched, 0.12);
  // the walk signal, red
  pen.rect(-182, -110, 6, 136, P.deep);
  pen.round(-196, -156, 34, 50, 4, P.night);
  figure(pen, -179, -118, 30, P.watched);
  pen.glow(-179, -132, 30, P.watched, 0.3);
  // the traffic light
  pen.rect(208, -150, 6, 176, P.deep);
  pen.round(196, -240, 30, 92, 5, P.night);
  pen.circle(211, -222, 9, P.watched);
  pen.glow(211, -222, 34, P.watched, 0.35);
  pen.circle(211, -194, 9, P.kerb);
  pen.circle(211, -166, 9, P.kerb);
  lamp(kit, 120, 12, 190);
  figure(pen, -110, 14, 62, P.ink);
  pen.stroke([-300, 25, 300, 25], px * 2, P.sodium, 0.5);
  return {
    camera: { x: 29, y: -250, facing: -1 },
    figure: { x: -110, y: 14 },
    sources: { camera: [-37, -250], transport: [211, -222] },
    walk: 12,
    road: 56,
  };
};

const bus: SetPiece = (kit) => {
  const { pen } = kit;
  const road = outside(kit);
  // the shelter
  pen.rect(-310, -196, 270, 12, P.deep);
  pen.rect(-300, -184, 6, 190, P.deep);
  pen.rect(-60, -184, 6, 190, P.deep);
  pane(kit, -294, -184, 234, 150, 0.5);
  pen.round(-250, -170, 110, 130, 3, P.night);
  pen.round(-246, -166, 102, 122, 2, P.rewarded, 0.3);
  pen.arc(-195, -112, 24, Math.PI, Math.PI * 1.85, 6, P.data);
  pen.rect(-228, -76, 66, 8, P.white, 0.6);
  pen.rect(-292, -40, 150, 8, P.woodLight);
  pen.rect(-280, -32, 5, 32, P.deep);
  pen.rect(-160, -32, 5, 32, P.deep);
  // the reader that knows every fare
  pen.rect(-110, -96, 16, 96, P.deep);
  pen.round(-118, -118, 32, 30, 4, P.night);
  pen.round(-114, -114, 24, 22, 3, P.data, 0.8);
  pen.glow(-102, -103, 36, P.data, 0.3);
  cctv(pen, -46, -200, 1, 1);
  // the bus
  pen.round(-10, -96, 330, 128, 14, P.jade);
  pen.rect(-10, -26, 330, 10, P.fog, 0.8);
  pen.round(0, -88, 316, 46, 6, P.ink);
  for (let x = 70; x < 300; x += 56) pen.round(x, -84, 48, 38, 4, P.sodium, 0.3);
  pen.round(-2, -94, 56, 10, 3, P.ink);
  for (let x = 4; x < 50; x += 6) pen.circle(x, -89, 1.6, P.ember, 0.9);
  pen.round(14, -82, 42, 104, 3, P.ink, 0.85);
  pen.stroke([35, -82, 35, 22], kit.px * 2, P.jadeDeep);
  pen.round(-12, -80, 14, 40, 4, P.glass);
  for (const x of [96, 262]) {
    pen.circle(x, 36, 20, P.ink);
    pen.circle(x, 36, 8, P.concrete);
  }
  pen.glow(-8, 10, 40, P.lamp, 0.3);
  figure(pen, -180, 12, 62, P.ink);
  return {
    camera: { x: -46, y: -201, facing: 1 },
    figure: { x: -180, y: 12 },
    sources: { transport: [-102, -103] },
    walk: 12,
    road,
  };
};

const bank: SetPiece = (kit) => {
  const { pen, px } = kit;
  const road = outside(kit);
  pen.rect(-250, -300, 500, 300, P.stone);
  pen.rect(-250, -300, 500, 4, P.white, 0.6);
  pen.rect(-262, -330, 524, 34, P.stoneShade);
  pen.rect(-270, -336, 540, 8, P.stone);
  pen.rect(-230, -280, 460, 240, P.dusk);
  for (const x of [-175, -80, 80, 175]) {
    pen.rect(x - 20, -290, 40, 10, P.stone);
    pen.rect(x - 16, -280, 32, 246, P.stone);
    for (let f = -10; f <= 10; f += 7) pen.stroke([x + f, -276, x + f, -38], px * 1.2, P.stoneShade, 0.8);
    pen.rect(x - 20, -38, 40, 10, P.stone);
  }
  for (const x of [-128, 128]) {
    pen.rect(x - 24, -250, 48, 170, P.glass);
    pane(kit, x - 24, -250, 48, 170, 0.5);
  }
  pen.rect(-50, -200, 100, 172, P.sodium, 0.55);
  pen.glow(0, -100, 140, P.sodium, 0.35);
  pen.stroke([0, -200, 0, -28], px * 2, P.stoneShade);
  // the emblem: an old coin, square hole
  pen.circle(0, -366, 26, P.gold);
  pen.rect(-9, -375, 18, 18, P.stoneShade);
  pen.arc(0, -366, 21, 0, Math.PI * 2, 2, P.lamp, 0.8);
  pen.rect(-4, -392, 8, 4, P.stone);
  // steps, and the Good Standing Lane with its velvet rope
  for (let i = 0; i < 3; i += 1) pen.rect(-280 + i * 8, -28 + i * 10, 560 - i * 16, 10, i % 2 ? P.stoneShade : P.stone);
  pen.poly([-50, -28, 50, -28, 80, 10, -20, 10], P.gold, 0.55);
  for (const x of [-30, 20, 70]) {
    pen.rect(x + 40 - 2, -26, 4, 32, P.gold);
    pen.circle(x + 40, -28, 4, P.gold);
  }
  pen.stroke([12, -20, 35, -10, 60, -20], 3, P.lacquer);
  pen.stroke([60, -20, 85, -10, 110, -20], 3, P.lacquer);
  // the ATM in the wall
  pen.round(186, -150, 46, 84, 4, P.night);
  pen.rect(192, -142, 34, 26, P.data, 0.85);
  pen.glow(209, -129, 40, P.data, 0.3);
  pen.rect(196, -104, 26, 4, P.kerb);
  cctv(pen, -214, -296, 1, 1);
  figure(pen, -150, 14, 62, P.ink);
  figure(pen, -205, 14, 60, P.deep);
  figure(pen, -250, 14, 64, P.deep);
  return {
    camera: { x: -214, y: -297, facing: 1 },
    figure: { x: -150, y: 14 },
    sources: { bank: [0, -366] },
    walk: 12,
    road,
  };
};

const station: SetPiece = (kit) => {
  const { pen, px } = kit;
  outside(kit, { road: false });
  // the high-speed train on its viaduct, leaving
  pen.rect(-330, -150, 660, 12, P.dusk);
  for (let x = -300; x < 330; x += 90) pen.rect(x, -138, 14, 138, P.dusk);
  pen.round(-330, -190, 420, 40, 16, P.white);
  pen.poly([90, -190, 150, -160, 150, -152, 90, -150], P.white);
  pen.rect(-330, -176, 470, 8, P.glass);
  pen.rect(-330, -162, 470, 3, P.glass, 0.8);
  // the hall: a glass vault on steel ribs
  const arch: number[] = [];
  for (let i = 0; i <= 24; i += 1) {
    const t = i / 24;
    arch.push(-300 + t * 600, -250 - Math.sin(t * Math.PI) * 130);
  }
  pen.poly([...arch, 300, 0, -300, 0], P.slate);
  pen.poly([...arch, 300, -250, -300, -250], P.glass, 0.75);
  for (let i = 1; i < 12; i += 1) {
    const t = i / 12;
    const x = -300 + t * 600;
    pen.stroke([x, -250 - Math.sin(t * Math.PI) * 130, x, 0], px * 2, P.deep, 0.8);
  }
  pen.stroke(arch, 5, P.deep);
  pen.rect(-300, -250, 600, 10, P.deep);
  pen.rect(-290, -240, 580, 240, P.sodium, 0.22);
  pen.glow(0, -120, 260, P.lamp, 0.25);
  // the departure board
  pen.rect(-120, -224, 240, 62, P.ink);
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 14; col += 1) {
      if ((row * 7 + col * 3) % 5 !== 0) pen.rect(-112 + col * 16.5, -216 + row * 13, 12, 8, P.ember, 0.85);
    }
  }
  // the gates that read faces
  for (let i = 0; i < 6; i += 1) {
    const x = -220 + i * 86;
    pen.rect(x, -46, 18, 46, P.stoneShade);
    pen.round(x + 2, -64, 14, 16, 2, P.night);
    pen.rect(x + 4, -62, 10, 12, P.data, 0.85);
    pen.rect(x + 18, -28, 40, 4, P.watched, 0.8);
  }
  pen.glow(0, -40, 120, P.data, 0.15);
  figure(pen, -90, 10, 62, P.ink);
  figure(pen, 120, 6, 56, P.deep);
  figure(pen, 200, 6, 58, P.deep);
  cctv(pen, -250, -262, 1, 1);
  return {
    camera: { x: -250, y: -263, facing: 1 },
    figure: { x: -90, y: 10 },
    sources: { transport: [38, -56] },
    walk: 12,
  };
};

const market: SetPiece = (kit) => {
  const { pen, px } = kit;
  outside(kit, { road: false });
  // strings of bulbs between the poles
  for (const x of [-320, 0, 320]) pen.rect(x - 3, -270, 6, 280, P.deep);
  for (const [from, to] of [
    [-320, 0],
    [0, 320],
  ]) {
    const points: number[] = [];
    for (let i = 0; i <= 16; i += 1) {
      const t = i / 16;
      points.push(from + (to - from) * t, -262 + Math.sin(t * Math.PI) * 40);
    }
    pen.stroke(points, px * 1.5, P.deep);
    for (let i = 1; i < 16; i += 2) {
      pen.circle(points[i * 2], points[i * 2 + 1] + 5, 3.5, P.lamp);
      pen.glow(points[i * 2], points[i * 2 + 1] + 5, 16, P.lamp, 0.3);
    }
  }
  const stalls = [
    { x: -300, a: P.lacquer, b: P.paper, goods: [P.ember, P.sodium, P.lacquer] },
    { x: -150, a: P.jade, b: P.fog, goods: [P.jade, P.jadeLight, P.jadeDeep] },
    { x: 0, a: P.cloth, b: P.paper, goods: [P.brickLight, P.ember, P.paper] },
    { x: 150, a: P.rewarded, b: P.paper, goods: [P.sodium, P.jadeLight, P.ember] },
  ];
  for (const stall of stalls) {
    pen.rect(stall.x + 6, -170, 4, 170, P.deep);
    pen.rect(stall.x + 134, -170, 4, 170, P.deep);
    awning(kit, stall.x, -182, 144, 26, stall.a, stall.b);
    pen.glow(stall.x + 72, -140, 60, P.lamp, 0.28);
    pen.circle(stall.x + 72, -146, 4, P.lamp);
    pen.rect(stall.x + 2, -62, 140, 10, P.woodLight);
    pen.rect(stall.x + 8, -52, 128, 52, P.wood);
    for (let pile = 0; pile < 3; pile += 1) {
      const cx = stall.x + 26 + pile * 46;
      for (let i = 0; i < 6; i += 1) {
        const row = i < 3 ? 0 : i < 5 ? 1 : 2;
        const col = i < 3 ? i : i < 5 ? i - 3 : 0;
        pen.circle(cx - 12 + col * 12 + row * 6, -68 - row * 9, 6.5, stall.goods[pile]);
      }
      pen.rect(cx - 8, -50, 16, 10, P.paper, 0.85);
    }
  }
  payCode(kit, 250, -120, 36);
  figure(pen, -40, 12, 62, P.ink);
  figure(pen, -200, 8, 58, P.deep);
  const lens = cameraPole(kit, 300, 10, 300, -1);
  return {
    camera: { x: lens[0], y: lens[1], facing: -1 },
    figure: { x: -40, y: 12 },
    sources: { platform: [250, -102], camera: lens },
    walk: 12,
  };
};

const mosque: SetPiece = (kit) => {
  const { pen, px } = kit;
  outside(kit);
  // the prayer hall behind the gate, its long green roof over the wall
  pen.rect(90, -170, 220, 170, P.stoneShade);
  for (let x = 104; x < 300; x += 40) {
    pen.rect(x, -140, 22, 60, P.ink, 0.7);
    pen.circle(x + 11, -140, 11, P.ink, 0.7);
    pen.rect(x + 3, -136, 16, 52, P.sodium, 0.35);
  }
  eaves(kit, 200, -170, 250, 60, P.jade, P.jadeDeep);
  // the tower: an octagonal pavilion in two tiers
  pen.rect(-272, -250, 56, 250, P.concrete);
  pen.rect(-272, -250, 56, 3, P.fog, 0.4);
  for (let y = -230; y < -40; y += 60) {
    pen.rect(-252, y, 16, 28, P.ink, 0.8);
    pen.circle(-244, y, 8, P.ink, 0.8);
  }
  eaves(kit, -244, -250, 96, 28, P.jade, P.jadeDeep);
  pen.rect(-262, -300, 36, 30, P.concrete);
  eaves(kit, -244, -300, 66, 22, P.jade, P.jadeDeep);
  pen.rect(-245.5, -340, 3, 20, P.gold);
  pen.circle(-244, -336, 3, P.gold);
  crescent(pen, -244, -350, 8, P.gold);
  // the courtyard wall with its green coping
  pen.rect(-320, -70, 640, 70, P.stoneShade);
  pen.rect(-324, -80, 648, 10, P.jadeDeep);
  pen.stroke([-324, -80, 324, -80], px * 2, P.jadeLight, 0.5);
  for (let y = -60; y < 0; y += 12) pen.stroke([-320, y, 320, y], px, P.concrete, 0.6);
  // the gate hall: grey brick, red columns, a pointed arch, the door open and lit
  pen.rect(-120, -200, 240, 200, P.concrete);
  for (let y = -190; y < 0; y += 10) pen.stroke([-120, y, 120, y], px, P.stoneShade, 0.35);
  const door: number[] = [-40, 0, -40, -110];
  for (let i = 0; i <= 12; i += 1) {
    const t = i / 12;
    const angle = Math.PI * t;
    door.push(-40 + 40 * (1 - Math.cos(angle)) * (t < 0.5 ? 1 : 1), -110 - Math.sin(angle) * 44 - (t === 0.5 ? 6 : 0));
  }
  door.push(40, -110, 40, 0);
  pen.poly(door, P.lacquer);
  pen.glow(0, -60, 110, P.sodium, 0.35);
  const inner = door.map((v, i) => (i % 2 ? v * 0.92 : v * 0.84));
  pen.poly(inner, P.sodium, 0.75);
  for (const x of [-108, -66, 66, 108]) pen.rect(x - 5, -200, 10, 200, P.lacquer);
  for (const x of [-88, 88]) {
    pen.rect(x - 14, -170, 28, 50, P.ink, 0.8);
    for (let k = 0; k < 3; k += 1) pen.stroke([x - 14, -158 + k * 14, x + 14, -158 + k * 14], px, P.woodLight, 0.9);
  }
  pen.rect(64, -108, 20, 26, P.paper, 0.9);
  eaves(kit, 0, -200, 300, 46, P.jade, P.jadeDeep);
  pen.rect(-80, -280, 160, 40, P.wood);
  for (let x = -74; x < 76; x += 12) pen.stroke([x, -276, x, -244], px * 1.5, P.woodLight, 0.8);
  pen.rect(-70, -272, 140, 24, P.sodium, 0.25);
  eaves(kit, 0, -276, 220, 52, P.jade, P.jadeDeep);
  pen.rect(-1.5, -364, 3, 40, P.gold);
  pen.circle(0, -334, 5, P.gold);
  pen.circle(0, -350, 3.5, P.gold);
  crescent(pen, 0, -376, 12, P.gold);
  tree(kit, 290, 10, 150, P.jadeDeep);
  cctv(pen, -138, -176, -1, 1);
  pen.rect(-130, -190, 10, 4, P.deep);
  figure(pen, -30, 14, 62, P.ink);
  return {
    camera: { x: -138, y: -177, facing: -1 },
    figure: { x: -30, y: 14 },
    sources: { neighbourhood: [-138, -177], agency: [74, -95] },
    walk: 12,
    road: 56,
  };
};

const noodleShop: SetPiece = (kit) => {
  const { pen, px } = kit;
  const road = outside(kit);
  pen.rect(-240, -330, 480, 330, P.wallLight);
  pen.rect(-240, -330, 480, 3, P.fog, 0.35);
  windows(kit, -220, -312, 440, 90, { w: 44, h: 40, gapX: 26, gapY: 14 }, 0.6);
  // the green sign, a bowl and its steam, no words needed
  pen.round(-230, -212, 460, 56, 4, P.jadeDeep);
  pen.round(-224, -206, 448, 44, 3, P.jade);
  pen.glow(0, -184, 240, P.jadeLight, 0.18);
  pen.arc(-180, -186, 16, 0, Math.PI, 6, P.white);
  pen.rect(-198, -188, 36, 3, P.white);
  for (const dx of [-6, 2, 10]) pen.stroke([-180 + dx, -194, -184 + dx, -202, -180 + dx, -210], 2, P.white, 0.8);
  pen.rect(-140, -192, 300, 14, P.white, 0.12);
  // the window: the counter, the pot, the calligraphy over the till
  pen.rect(-220, -150, 300, 150, P.ink);
  pen.rect(-214, -144, 288, 110, P.sodium, 0.42);
  pen.glow(-70, -90, 170, P.sodium, 0.35);
  pen.rect(-154, -138, 58, 80, P.wood);
  pen.rect(-150, -134, 50, 72, P.paper, 0.92);
  pen.arc(-125, -98, 15, Math.PI * 0.9, Math.PI * 2.6, 4, P.ink, 0.6);
  pen.arc(-125, -98, 8, Math.PI * 1.7, Math.PI * 3.1, 2.5, P.ink, 0.5);
  pen.circle(-125, -122, 2, P.lacquer, 0.8);
  pen.rect(-214, -48, 288, 48, P.wood);
  pen.ellipse(10, -60, 30, 10, P.kerb);
  pen.rect(-20, -60, 60, 14, P.kerb);
  for (const dx of [-10, 6, 22]) pen.stroke([dx, -66, dx - 6, -86, dx + 2, -106, dx - 4, -126], 3, P.white, 0.3);
  figure(pen, -40, -48, 56, P.wood, 0.9);
  pen.stroke([-220, -150, 80, -150, 80, 0], px * 2, P.woodLight);
  // the door, and the CIVILISED MERCHANT plaque beside it
  pen.rect(100, -150, 70, 150, P.ink);
  pane(kit, 104, -146, 62, 146, 0.7);
  pen.rect(180, -128, 44, 30, P.lacquer);
  pen.stroke([182, -126, 222, -126, 222, -100, 182, -100, 182, -126], px * 2, P.gold);
  for (let k = 0; k < 3; k += 1) {
    const [cx, cy] = [192 + k * 10, -113];
    pen.poly(
      [
        cx,
        cy - 4,
        cx + 1.2,
        cy - 1.2,
        cx + 4,
        cy - 1,
        cx + 1.8,
        cy + 1,
        cx + 2.6,
        cy + 4,
        cx,
        cy + 2.2,
        cx - 2.6,
        cy + 4,
        cx - 1.8,
        cy + 1,
        cx - 4,
        cy - 1,
        cx - 1.2,
        cy - 1.2,
      ],
      P.gold,
    );
  }
  for (const x of [-200, 200]) {
    pen.rect(x - 1, -156, 2, 10, P.deep);
    pen.ellipse(x, -132, 14, 18, P.lacquer);
    pen.glow(x, -132, 46, P.ember, 0.45);
  }
  payCode(kit, 198, -74, 26);
  // two stools and a courier's scooter
  for (const x of [-230, -200]) {
    pen.ellipse(x, -28, 12, 4, P.woodLight);
    pen.rect(x - 8, -28, 3, 28, P.wood);
    pen.rect(x + 5, -28, 3, 28, P.wood);
  }
  pen.circle(-306, 4, 11, P.ink);
  pen.circle(-258, 4, 11, P.ink);
  pen.poly([-314, -10, -258, -10, -250, -30, -278, -30], P.ember);
  pen.rect(-262, -52, 4, 24, P.deep);
  pen.round(-318, -50, 34, 28, 3, P.ember);
  figure(pen, -90, 14, 62, P.ink);
  const lens = cameraPole(kit, 300, 12, 260, -1);
  return {
    camera: { x: lens[0], y: lens[1], facing: -1 },
    figure: { x: -90, y: 14 },
    sources: { platform: [198, -62], neighbourhood: [202, -113] },
    walk: 12,
    road,
  };
};

const school: SetPiece = (kit) => {
  const { pen, px } = kit;
  const road = outside(kit);
  // the school, three storeys behind its fence
  pen.rect(-320, -330, 520, 290, P.paper);
  pen.rect(-320, -330, 520, 14, P.brick);
  pen.rect(-320, -200, 520, 10, P.brickLight);
  for (let floor = 0; floor < 3; floor += 1) {
    for (let x = -300; x < 180; x += 48) {
      const y = -306 + floor * 88;
      pen.rect(x, y, 34, 48, P.glass);
      pen.rect(x, y, 34, 48, P.sodium, (x + floor * 7) % 3 === 0 ? 0.35 : 0.08);
      pen.stroke([x + 17, y, x + 17, y + 48], px * 1.5, P.paper);
    }
  }
  pen.circle(-60, -350, 22, P.paper);
  pen.circle(-60, -350, 17, P.white);
  pen.stroke([-60, -350, -60, -362, -60, -350, -51, -346], 2, P.ink);
  // the basketball hoop in the yard
  pen.rect(-300, -170, 5, 150, P.kerb);
  pen.rect(-300, -176, 44, 30, P.white);
  pen.stroke([-288, -150, -266, -150], 2, P.ember);
  // the fence and the gate
  pen.rect(-320, -40, 640, 40, P.concrete);
  for (let x = -316; x < 320; x += 12) {
    if (x > -30 && x < 100) continue;
    pen.rect(x, -110, 3, 72, P.deep);
    pen.poly([x - 2, -110, x + 5, -110, x + 1.5, -118], P.deep);
  }
  pen.rect(-320, -104, 640, 4, P.deep);
  for (const x of [-44, 100]) pen.rect(x, -150, 26, 150, P.stoneShade);
  pen.rect(-44, -160, 170, 14, P.brick);
  const lattice: number[] = [];
  for (let x = -18; x <= 100; x += 10) lattice.push(x, x % 20 === 2 ? -96 : -20);
  pen.stroke(lattice, 2.5, P.fog);
  pen.stroke([-18, -96, 100, -96], 2.5, P.fog);
  pen.stroke([-18, -20, 100, -20], 2.5, P.fog);
  // the guard booth and the face terminal that decides who enters
  pen.rect(140, -120, 90, 120, P.wallLight);
  pen.rect(150, -100, 70, 40, P.sodium, 0.4);
  pen.rect(134, -126, 102, 8, P.deep);
  pen.rect(128, -80, 8, 80, P.deep);
  pen.round(120, -112, 24, 34, 3, P.night);
  pen.rect(124, -108, 16, 22, P.data, 0.85);
  pen.glow(132, -97, 34, P.data, 0.3);
  tree(kit, 280, 10, 160);
  cctv(pen, 114, -160, -1, 1);
  figure(pen, 20, 14, 62, P.ink);
  figure(pen, 48, 14, 34, P.deep);
  return {
    camera: { x: 114, y: -161, facing: -1 },
    figure: { x: 20, y: 14 },
    sources: { agency: [132, -97], camera: [114, -161] },
    walk: 12,
    road,
  };
};

const courthouse: SetPiece = (kit) => {
  const { pen, px } = kit;
  const road = outside(kit);
  pen.rect(-250, -320, 500, 290, P.stoneShade);
  pen.rect(-230, -290, 460, 260, P.dusk);
  for (let x = -214; x < 230; x += 72) {
    pen.rect(x, -290, 30, 262, P.stone);
    pen.rect(x, -290, 4, 262, P.white, 0.4);
  }
  for (let x = -180; x < 200; x += 72) {
    pen.rect(x + 6, -250, 24, 150, P.glass, 0.6);
    pen.rect(x + 6, -250, 24, 150, P.sodium, 0.12);
  }
  pen.rect(-266, -340, 532, 30, P.stone);
  pen.rect(-266, -340, 532, 3, P.white, 0.5);
  pen.rect(-120, -396, 240, 58, P.stone);
  // the scales
  pen.rect(-2, -392, 4, 46, P.gold);
  pen.rect(-36, -386, 72, 4, P.gold);
  for (const x of [-32, 32]) {
    pen.stroke([x, -384, x - 10, -364, x + 10, -364, x, -384], px * 1.5, P.gold);
    pen.arc(x, -366, 11, 0, Math.PI, 3, P.gold);
  }
  pen.rect(-14, -350, 28, 5, P.gold);
  for (let i = 0; i < 5; i += 1) pen.rect(-290 + i * 6, -30 + i * 8, 580 - i * 12, 8, i % 2 ? P.stoneShade : P.stone);
  // the screen of the court's list of debtors
  pen.rect(230, -90, 6, 100, P.deep);
  pen.rect(300, -90, 6, 100, P.deep);
  pen.round(190, -250, 146, 166, 4, P.night);
  pen.rect(198, -242, 130, 14, P.watched, 0.9);
  faces(kit, 198, -224, 5, 5, 26, P.watched, 0.45);
  pen.glow(263, -170, 150, P.watched, 0.12);
  cctv(pen, -240, -300, 1, 1.1);
  figure(pen, -60, 14, 62, P.ink);
  figure(pen, -120, -22, 56, P.deep);
  return {
    camera: { x: -240, y: -301, facing: 1 },
    figure: { x: -60, y: 14 },
    sources: { court: [0, -370] },
    walk: 12,
    road,
  };
};

const airport: SetPiece = (kit) => {
  const { pen, px, bounds } = kit;
  outside(kit, { road: false });
  for (let x = Math.floor(bounds.left / 90) * 90; x < bounds.right; x += 90) pen.rect(x, 12, 44, 3, P.sodium, 0.6);
  // the control tower
  pen.rect(224, -330, 28, 330, P.stoneShade);
  pen.poly([206, -360, 270, -360, 262, -330, 214, -330], P.glass);
  pen.rect(210, -366, 56, 6, P.deep);
  pen.circle(238, -372, 4, P.watched);
  // the terminal: a long wing of a roof over glass
  const roof: number[] = [];
  for (let i = 0; i <= 16; i += 1) {
    const t = i / 16;
    roof.push(-330 + t * 520, -200 - Math.sin(t * Math.PI) * 30);
  }
  pen.poly([...roof, 190, -170, -330, -170], P.stone);
  pen.rect(-320, -172, 500, 172, P.glass);
  pen.rect(-320, -172, 500, 172, P.sodium, 0.25);
  for (let x = -320; x < 180; x += 40) pen.stroke([x, -170, x, 0], px * 1.5, P.deep, 0.8);
  pen.stroke([-320, -90, 180, -90], px * 1.5, P.deep, 0.8);
  pen.glow(-80, -80, 220, P.lamp, 0.2);
  // the plane at its stand, and the bridge to it
  pen.rect(60, -116, 100, 22, P.stoneShade);
  pen.poly([-60, -172, -60, -208, 10, -120, 40, -120], P.fog);
  pen.round(-70, -128, 370, 46, 23, P.white);
  pen.poly([290, -126, 320, -104, 290, -84], P.white);
  pen.rect(-60, -108, 350, 6, P.glass, 0.8);
  for (let x = -40; x < 270; x += 14) pen.circle(x, -114, 2.4, P.ink, 0.8);
  pen.poly([40, -92, 160, -92, 90, -40, 60, -40], P.fog);
  pen.round(80, -80, 48, 22, 10, P.stoneShade);
  pen.rect(40, -82, 4, 82, P.kerb);
  pen.rect(240, -82, 4, 82, P.kerb);
  pen.circle(42, 0, 7, P.ink);
  pen.circle(242, 0, 7, P.ink);
  // the boarding gate that reads faces
  for (const x of [-300, -250]) {
    pen.rect(x, -60, 16, 60, P.stoneShade);
    pen.round(x - 2, -82, 20, 22, 2, P.night);
    pen.rect(x + 2, -78, 12, 14, P.data, 0.85);
  }
  pen.glow(-267, -70, 50, P.data, 0.3);
  figure(pen, -210, 10, 62, P.ink);
  cctv(pen, -300, -204, 1, 1);
  return {
    camera: { x: -300, y: -205, facing: 1 },
    figure: { x: -210, y: 10 },
    sources: { transport: [-267, -70] },
    walk: 12,
  };
};

export const OUTDOOR_SETS = {
  street: streetScene,
  crossing,
  bus,
  bank,
  station,
  market,
  place_of_worship: mosque,
  noodle_shop: noodleShop,
  school,
  courthouse,
  airport,
};
