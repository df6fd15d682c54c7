// A QR code drawn here, as SVG squares, for the join link on the projector: no image service, no
// markup strings. Imports uqr (the encoder) only.

import { encode } from 'uqr';

const SVG = 'http://www.w3.org/2000/svg';

export function qrCode(text: string, label: string): SVGSVGElement {
  const { data, size } = encode(text, { ecc: 'M', border: 2 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('class', 'qr-code');
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  for (const [name, value] of [
    ['width', size],
    ['height', size],
    ['fill', '#fff'],
  ] as const)
    background.setAttribute(name, String(value));
  // One path for every dark module keeps the element count small on a large code.
  const dark = document.createElementNS(SVG, 'path');
  dark.setAttribute('fill', '#000');
  dark.setAttribute('d', data.flatMap((row, y) => row.flatMap((on, x) => (on ? [`M${x} ${y}h1v1h-1z`] : []))).join(''));
  svg.append(background, dark);
  return svg;
}
