// The places seen from inside, drawn as cutaways: the building's face, and one room opened to the
// watcher like a section drawing, closer than the street (a person is 120 units tall here).
// Imports the kit, the outdoor basics and the palette.

import { PALETTE as P } from '../palette';
import type { Colour } from '../pen';
import {
  cctv,
  crane,
  faces,
  figure,
  pane,
  sky,
  skyline,
  street,
  underlay,
  windows,
  type Kit,
  type SetPiece,
} from './kit';

const PERSON = 120;

interface Room {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The building's face around a room: storeys of other lives, some lit. */
function facade(kit: Kit, left: number, right: number, top: number, bottom: number, colour: Colour): void {
  const { pen, random } = kit;
  pen.rect(left, top, right - left, bottom - top, colour);
  pen.rect(left, top, 6, bottom - top, P.fog, 0.15);
  const size = { w: 46, h: 72, gapX: 40, gapY: 128 };
  windows(kit, left + 24, top + 30, right - left - 40, bottom - top - 40, size, kit.sky.lights * 0.7);
  // sills, and half-drawn curtains: other people's evenings, not lamps
  for (let y = top + 30; y + size.h <= bottom - 10; y += size.h + size.gapY) {
    for (let x = left + 24; x + size.w <= right - 16; x += size.w + size.gapX) {
      pen.rect(x - 3, y + size.h, size.w + 6, 4, P.stoneShade, 0.5);
      pen.rect(x, y, size.w * (0.2 + random() * 0.3), size.h, P.cloth, 0.55);
    }
  }
}

/** Opens a room in the facade: the cut walls and slabs in solid ink, the back wall lit within. */
function cut(kit: Kit, room: Room, wall: Colour): void {
  const { pen, px } = kit;
  const floor = room.y + room.height;
  pen.rect(room.x - 12, room.y - 14, room.width + 24, room.height + 28, P.ink);
  pen.fade(room.x, room.y, room.width, room.height, [
    [0, P.night, 1],
    [0.35, wall, 1],
    [1, wall, 1],
  ]);
  pen.rect(room.x, floor - 16, room.width, 16, P.floor);
  for (let x = room.x + 30; x < room.x + room.width; x += 50)
    pen.stroke([x, floor - 16, x - 8, floor], px, P.kerb, 0.8);
  pen.rect(room.x, floor - 18, room.width, 2, P.deep);
}

/** The view out of a back window: sky, towers, the port. */
function view(kit: Kit, x: number, y: number, width: number, height: number, base: number): void {
  const { pen } = kit;
  pen.save();
  pen.clip(x, y, width, height);
  sky(kit, x, y, width, height);
  skyline(kit, x, x + width, base);
  pen.rect(x, base, width, y + height - base, P.deep);
  pen.restore();
}

/** A ceiling dome camera. */
function dome(kit: Kit, x: number, y: number, facing: 1 | -1): void {
  const { pen } = kit;
  pen.rect(x - 3, y, 6, 10, P.deep);
  pen.ellipse(x, y + 14, 16, 9, P.wallLight);
  pen.ellipse(x, y + 18, 12, 6, P.ink);
  pen.circle(x + facing * 5, y + 19, 3, P.night);
}

function outdoorsAround(kit: Kit): void {
  const { bounds } = kit;
  sky(kit, bounds.left, bounds.top, bounds.right - bounds.left, 2 - bounds.top);
  skyline(kit, bounds.left, bounds.right, 0);
  street(kit);
}

const home: SetPiece = (kit) => {
  const { pen, px } = kit;
  outdoorsAround(kit);
  facade(kit, -340, 340, kit.bounds.top - 10, 0, P.dusk);
  // the ground floor: the stairwell door of Block 3
  pen.rect(190, -66, 70, 66, P.ink);
  pen.rect(196, -60, 58, 60, P.sodium, 0.4);
  pen.rect(170, -82, 110, 12, P.deep);
  const room = { x: -280, y: -300, width: 560, height: 210 };
  const floor = room.y + room.height;
  cut(kit, room, P.cloth);
  for (let x = room.x + 12; x < room.x + room.width; x += 24)
    pen.rect(x, room.y + 30, 2, room.height - 48, P.haze, 0.12);
  // the window onto the estate and the port
  view(kit, -250, -270, 170, 110, -190);
  crane(kit, -150, -190, 70, -1, P.mist);
  pen.stroke([-250, -270, -80, -270, -80, -160, -250, -160, -250, -270], 6, P.stoneShade);
  pen.stroke([-165, -270, -165, -160], 4, P.stoneShade);
  pen.rect(-258, -160, 186, 8, P.stoneShade);
  for (const x of [-272, -84]) {
    pen.rect(x, -280, 24, 136, P.haze);
    for (let k = 0; k < 3; k += 1) pen.rect(x + 3 + k * 8, -280, 2, 136, P.mist, 0.5);
  }
  // the lamp, the calendar, the meter that reports the bills
  pen.stroke([70, room.y, 70, -258], px * 2, P.deep);
  pen.poly([50, -240, 90, -240, 80, -258, 60, -258], P.ember);
  pen.glow(70, -236, 180, P.lamp, 0.35);
  pen.rect(-40, -262, 54, 66, P.paper);
  pen.rect(-40, -262, 54, 12, P.lacquer);
  for (let row = 0; row < 4; row += 1) {
    for (let col = 0; col < 5; col += 1)
      pen.rect(-36 + col * 10, -246 + row * 12, 7, 9, P.stoneShade, row < 2 ? 0.9 : 0.35);
  }
  pen.round(150, -262, 38, 50, 4, P.stoneShade);
  pen.rect(156, -254, 26, 14, P.ink);
  pen.rect(158, -252, 22, 10, P.data, 0.7);
  pen.circle(169, -226, 3.5, P.watched);
  // the door, where the grid worker knocks
  pen.rect(206, -240, 62, 150, P.wood);
  pen.rect(206, -240, 62, 3, P.woodLight);
  pen.circle(258, -162, 3.5, P.gold);
  // the counter, the kettle, the phone with the number on it
  figure(pen, -150, floor, PERSON, P.ink);
  pen.rect(-40, floor - 66, 230, 8, P.woodLight);
  pen.rect(-36, floor - 58, 222, 58, P.wood);
  for (let x = -30; x < 180; x += 54) pen.rect(x, floor - 52, 48, 46, P.woodLight, 0.22);
  pen.round(-10, floor - 102, 36, 36, 9, P.stoneShade);
  pen.rect(-20, floor - 92, 10, 4, P.stoneShade);
  for (const dx of [0, 10]) pen.stroke([dx, floor - 106, dx - 6, floor - 124, dx + 2, floor - 140], 2, P.white, 0.35);
  pen.round(100, floor - 72, 32, 7, 2, P.ink);
  pen.rect(103, floor - 71, 26, 4, P.data);
  pen.glow(116, floor - 70, 60, P.data, 0.4);
  // the estate's own camera, on the wall outside
  pen.rect(-236, -352, 4, 24, P.deep);
  cctv(pen, -220, -330, 1, 1.2);
  return {
    camera: { x: -220, y: -331, facing: 1 },
    figure: { x: -150, y: floor },
    person: PERSON,
    sources: { platform: [116, floor - 70], utility: [169, -226], neighbourhood: [237, -170] },
    walk: floor,
    walkSpan: [room.x + 40, room.x + room.width - 40],
  };
};

const office: SetPiece = (kit) => {
  const { pen, bounds } = kit;
  // the city from the ninth floor: rooftops below, the port and the sea
  sky(kit, bounds.left, bounds.top, bounds.right - bounds.left, 120 - bounds.top);
  skyline(kit, bounds.left, bounds.right, 120);
  // the tower's glass face, floor upon floor
  const glass = (top: number, bottom: number) => {
    pen.rect(-340, top, 680, bottom - top, P.slate);
    pen.rect(-340, top, 680, bottom - top, P.glass, 0.45);
    for (let x = -340; x <= 340; x += 56) pen.rect(x - 2, top, 4, bottom - top, P.deep);
    for (let y = Math.ceil(top / 210) * 210 - 10; y < bottom; y += 210) pen.rect(-340, y - 12, 680, 14, P.slate);
    windows(
      kit,
      -330,
      top + 20,
      660,
      bottom - top - 30,
      { w: 44, h: 150, gapX: 12, gapY: 60 },
      kit.sky.lights * 0.4,
      P.screen,
    );
  };
  glass(bounds.top - 10, -214);
  glass(14, bounds.bottom);
  underlay(kit, bounds.bottom - 1);
  pen.fade(-340, 14, 680, bounds.bottom - 14, [
    [0, P.ink, 0],
    [1, P.ink, 0.8],
  ]);
  const room = { x: -310, y: -200, width: 620, height: 200 };
  cut(kit, room, P.wallLight);
  // the back wall is glass: the port beyond it
  view(kit, room.x, room.y + 14, room.width, 120, -110);
  for (let x = -230; x < 300; x += 150) crane(kit, x, -110, 70, 1, P.mist);
  for (let i = 0; i < 30; i += 1) {
    const colours = [P.lacquer, P.jadeDeep, P.cloth, P.ember, P.glass];
    pen.rect(-300 + i * 20, -118 - (i % 3) * 7, 18, 7, colours[i % colours.length], 0.85);
  }
  pen.rect(room.x, -110, room.width, 24, P.glass, 0.8);
  for (let x = room.x; x < room.x + room.width; x += 88) pen.rect(x, room.y, 5, 118, P.deep);
  pen.rect(room.x, -86, room.width, 5, P.deep);
  for (let x = -260; x < 280; x += 130) pen.rect(x, room.y + 2, 70, 3, P.white, 0.8);
  // Mr Lin's glass room
  pen.rect(110, -190, 190, 174, P.slate, 0.6);
  pen.rect(160, -60, 100, 8, P.woodLight);
  pen.rect(190, -92, 36, 28, P.ink);
  pen.rect(193, -89, 30, 22, P.screen, 0.7);
  figure(pen, 245, -16, 104, P.deep);
  pane(kit, 110, -190, 190, 174, 0.6);
  pen.rect(108, -192, 194, 5, P.stoneShade);
  // desks, screens, the cactus
  figure(pen, -170, -16, PERSON, P.ink);
  for (const x of [-250, -120, 10]) {
    pen.rect(x, -66, 96, 7, P.woodLight);
    pen.rect(x + 4, -59, 4, 43, P.kerb);
    pen.rect(x + 88, -59, 4, 43, P.kerb);
    pen.rect(x + 26, -100, 44, 30, P.ink);
    pen.rect(x + 29, -97, 38, 24, P.screen, 0.75);
    pen.rect(x + 45, -70, 6, 5, P.ink);
    pen.glow(x + 48, -86, 50, P.screen, 0.2);
  }
  pen.round(-18, -86, 9, 20, 4.5, P.jade);
  pen.rect(-20, -70, 13, 5, P.brickLight);
  // the attendance scanner by the lifts
  pen.rect(-294, -96, 12, 80, P.stoneShade);
  pen.round(-300, -124, 24, 30, 3, P.night);
  pen.rect(-296, -120, 16, 22, P.data, 0.85);
  pen.glow(-288, -109, 34, P.data, 0.3);
  dome(kit, -40, room.y, 1);
  return {
    camera: { x: -40, y: room.y + 18, facing: 1 },
    figure: { x: -170, y: -16 },
    person: PERSON,
    sources: { employer: [205, -120], camera: [-288, -109] },
    walk: -16,
    walkSpan: [room.x + 40, 100],
  };
};

const clinic: SetPiece = (kit) => {
  const { pen } = kit;
  outdoorsAround(kit);
  facade(kit, -340, 340, -430, 0, P.stoneShade);
  // the sign with its cross, over the door
  pen.round(-70, -300, 140, 56, 6, P.night);
  pen.rect(-9, -294, 18, 44, P.rewarded);
  pen.rect(-24, -281, 48, 18, P.rewarded);
  pen.glow(0, -272, 120, P.rewarded, 0.3);
  const room = { x: -310, y: -226, width: 620, height: 210 };
  const floor = room.y + room.height;
  cut(kit, room, P.haze);
  // the queue display
  pen.rect(-140, -210, 110, 40, P.ink);
  for (let k = 0; k < 3; k += 1) pen.rect(-130 + k * 32, -202, 24, 24, P.ember, 0.85);
  // chairs and the ones waiting their turn
  for (let x = -296; x < -150; x += 48) {
    pen.rect(x, floor - 48, 40, 8, P.cloth);
    pen.rect(x, floor - 90, 40, 42, P.cloth, 0.85);
    pen.rect(x + 4, floor - 40, 4, 40, P.kerb);
    pen.rect(x + 32, floor - 40, 4, 40, P.kerb);
  }
  figure(pen, -70, floor, 112, P.deep);
  figure(pen, -120, floor, PERSON, P.ink);
  // the priority lane for members, and the ordinary one
  pen.rect(room.x, floor - 4, 300, 4, P.stoneShade);
  pen.rect(0, floor - 4, 300, 4, P.rewarded);
  pen.glow(150, floor, 120, P.rewarded, 0.3);
  pen.rect(18, floor - 110, 4, 110, P.gold);
  pen.round(2, floor - 140, 36, 30, 3, P.rewarded);
  // the reception counter
  figure(pen, 190, floor - 20, 110, P.deep);
  pen.rect(60, floor - 86, 240, 10, P.paper);
  pen.rect(66, floor - 76, 228, 76, P.stoneShade);
  pen.rect(100, floor - 120, 40, 32, P.ink);
  pen.rect(103, floor - 117, 34, 26, P.screen, 0.65);
  dome(kit, 220, room.y, -1);
  return {
    camera: { x: 220, y: room.y + 18, facing: -1 },
    figure: { x: -120, y: floor },
    person: PERSON,
    sources: { agency: [-85, -190], platform: [20, floor - 125] },
    walk: floor,
    walkSpan: [room.x + 40, room.x + room.width - 40],
  };
};

const communityOffice: SetPiece = (kit) => {
  const { pen, px } = kit;
  outdoorsAround(kit);
  facade(kit, -340, 340, -440, 0, P.wallLight);
  pen.rect(-250, -300, 500, 34, P.lacquer);
  pen.rect(-250, -300, 500, 3, P.ember, 0.6);
  const room = { x: -320, y: -240, width: 640, height: 224 };
  const floor = room.y + room.height;
  cut(kit, room, P.wall);
  // the honour board: families rated trustworthy in gold, the rest in red
  pen.rect(-300, -220, 170, 120, P.night);
  pen.rect(-300, -220, 170, 14, P.lacquer);
  faces(kit, -296, -202, 4, 4, 20, P.gold, 0.5);
  pen.stroke([-214, -204, -214, -104], px * 2, P.stoneShade);
  faces(kit, -212, -202, 4, 4, 20, P.watched, 0.35);
  // the ticket machine
  pen.round(-300, floor - 96, 40, 96, 4, P.stoneShade);
  pen.rect(-294, floor - 88, 28, 30, P.data, 0.8);
  pen.glow(-280, floor - 73, 44, P.data, 0.3);
  // the counters, and the fast lane in its golden frame
  for (let i = 0; i < 3; i += 1) {
    const x = -100 + i * 130;
    const fast = i === 2;
    figure(pen, x + 55, floor - 40, 100, P.dusk);
    pane(kit, x, -210, 110, 120, 0.55);
    pen.rect(x + 25, -232, 60, 16, fast ? P.gold : P.stoneShade);
    pen.rect(x + 31, -228, 48, 8, fast ? P.lamp : P.fog, fast ? 0.9 : 0.5);
    if (fast) {
      pen.stroke([x - 2, -212, x + 112, -212, x + 112, -88, x - 2, -88, x - 2, -212], 4, P.gold);
      pen.glow(x + 55, -150, 90, P.rewarded, 0.25);
      pen.rect(x, floor - 4, 110, 4, P.gold);
    }
  }
  figure(pen, -40, floor, PERSON, P.ink);
  figure(pen, -190, floor, 112, P.deep);
  pen.rect(-110, floor - 90, 400, 10, P.paper);
  pen.rect(-104, floor - 80, 388, 80, P.stoneShade);
  for (let x = -104; x < 284; x += 48) pen.stroke([x, floor - 80, x, floor], px, P.concrete, 0.8);
  dome(kit, 90, room.y, -1);
  return {
    camera: { x: 90, y: room.y + 18, facing: -1 },
    figure: { x: -40, y: floor },
    person: PERSON,
    sources: { neighbourhood: [-215, -160], agency: [215, -150] },
    walk: floor,
    walkSpan: [room.x + 40, room.x + room.width - 40],
  };
};

export const INDOOR_SETS = {
  home,
  office,
  clinic,
  community_office: communityOffice,
};
