// Each reporter's sign beside a ledger line, as inline SVG drawn from one table. Inline, not a CSS
// mask image: each mask is an SVG document of its own, rebuilt for every new line. Imports model types and dom.

import type { SourceId } from '../model/catalogue';
import { svg } from './dom';

/** Each sign as a path on a 24-unit square. */
const SIGNS: Record<SourceId, { d: string; evenOdd?: boolean }> = {
  bank: { d: 'M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zM8.5 8.5h7v7h-7z', evenOdd: true },
  court: {
    d: 'M11 3h2v16h-2zM3 4h18v2H3zM7 19h10v2H7zM1 13h8l-1 3H2zM15 13h8l-1 3h-6zM4.5 6h1l-3 7h-1zM18.5 6h1l3 7h-1z',
  },
  camera: { d: 'M2 5h15v9H2zM17 8l5-2v7l-5-2zM7 14h2v5H7zM4 19h8v2H4z' },
  platform: { d: 'M6 2h12v20H6zM8 5h8v12H8zM10 8h4v1.5h-4zM10 11h3v1.5h-3z', evenOdd: true },
  employer: { d: 'M8 3h8v4h-2V5h-4v2H8zM2 7h20v13H2zM10 11h4v3h-4z', evenOdd: true },
  neighbourhood: { d: 'M12 2l10 9h-3v10H5V11H2zM10 14h4v7h-4z', evenOdd: true },
  utility: { d: 'M14 1L4 14h6l-2 9 11-14h-6z' },
  transport: { d: 'M4 2h16v17H4zM6 5h12v6H6zM6 19h3v3H6zM15 19h3v3h-3z', evenOdd: true },
  agency: { d: 'M12 2a4 4 0 1 1 0 8a4 4 0 1 1 0-8zM10 9h4v5h-4zM3 14h18v5H3zM5 20h14v2H5z' },
};

/** Decoration only: the line's words name the source, so the sign is hidden from screen readers. */
export function renderSourceSign(source: SourceId): SVGElement {
  const { d, evenOdd } = SIGNS[source];
  return svg(
    'svg',
    { class: 'source-sign', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    svg('path', evenOdd ? { d, 'fill-rule': 'evenodd' } : { d }),
  );
}
