// Draws the debrief's score-over-time chart as SVG in the page: tier bands shaded, each change a
// dot coloured by direction and titled with its source. Time runs with the reading direction. Imports i18n and debrief types.

import type { TimelinePoint } from '../debrief/debrief';
import { TIERS, type Regime, type Tier } from '../model/regime';
import { format, formatNumber, type Messages } from '../i18n/messages';
import { svg } from './dom';
import { describeChange } from './text';

const WIDTH = 640;
const HEIGHT = 240;
const PAD = { top: 12, bottom: 24, start: 44, end: 40 };

/** Floors of the tiers, best first, with D's floor at the bottom of the range. */
function bands(floors: Regime['tierFloors'], range: Regime['range']): { tier: Tier; from: number; to: number }[] {
  return TIERS.map((tier, index) => {
    const from = tier === 'D' ? range.min : floors[tier];
    const better = TIERS[index - 1];
    const to = better && better !== 'D' ? floors[better as Exclude<Tier, 'D'>] : range.max;
    return { tier, from, to };
  });
}

export function renderTimelineChart(
  m: Messages,
  points: readonly TimelinePoint[],
  floors: Regime['tierFloors'],
  range: Regime['range'],
): SVGElement {
  const scores = points.map((point) => point.score);
  // Show the scores with a margin, and the nearest tier floors, rather than the whole 0–1,300 range.
  const low = Math.max(range.min, Math.min(...scores) - 40);
  const high = Math.min(range.max, Math.max(...scores) + 40);
  const rtl = m.dir === 'rtl';
  const plotWidth = WIDTH - PAD.start - PAD.end;
  const x = (step: number) => {
    const along = points.length > 1 ? (step / (points.length - 1)) * plotWidth : plotWidth / 2;
    return rtl ? WIDTH - PAD.start - along : PAD.start + along;
  };
  const y = (score: number) => PAD.top + ((high - score) / (high - low || 1)) * (HEIGHT - PAD.top - PAD.bottom);
  const labelX = rtl ? WIDTH - PAD.start + 6 : PAD.start - 6;
  const anchor = rtl ? 'start' : 'end';
  const tierX = rtl ? PAD.end - 6 : WIDTH - PAD.end + 6;

  const shaded = bands(floors, range)
    .filter((band) => band.to > low && band.from < high)
    .map((band, index) => {
      const top = y(Math.min(band.to, high));
      const bottom = y(Math.max(band.from, low));
      return svg(
        'g',
        { class: `band band-${index % 2}` },
        svg('rect', { x: PAD.start, y: top, width: plotWidth, height: Math.max(0, bottom - top) }),
        svg(
          'text',
          { x: tierX, y: (top + bottom) / 2, 'dominant-baseline': 'middle', 'text-anchor': rtl ? 'end' : 'start' },
          m.tiers[band.tier],
        ),
        svg(
          'text',
          { x: labelX, y: bottom, 'text-anchor': anchor, 'dominant-baseline': 'middle', class: 'floor' },
          formatNumber(m, Math.max(band.from, low)),
        ),
      );
    });
  const line = svg('polyline', {
    class: 'score-line',
    points: points.map((point) => `${x(point.step)},${y(point.score)}`).join(' '),
  });
  const dots = points.map((point) =>
    svg(
      'circle',
      {
        cx: x(point.step),
        cy: y(point.score),
        r: point.entry ? 4.5 : 3.5,
        class: point.entry ? (point.entry.delta < 0 ? 'down' : 'up') : 'start',
        'data-source': point.entry?.source ?? '',
      },
      svg('title', {}, point.entry ? describeChange(m, point.entry) : m.debrief.start_row),
    ),
  );
  const first = points[0]?.score ?? 0;
  const last = points.at(-1)?.score ?? first;
  return svg(
    'svg',
    {
      class: 'timeline-chart',
      viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
      // Positions are worked out left to right; the page's direction must not flip the labels' anchors.
      direction: 'ltr',
      role: 'img',
      'aria-label': format(m, m.debrief.timeline_chart_label, { start: first, end: last }),
      'data-testid': 'timeline-chart',
    },
    ...shaded,
    line,
    ...dots,
  );
}
