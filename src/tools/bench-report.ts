// The benchmark's figures, targets and table: pure functions over the samples the driver collected,
// so the arithmetic can be tested without a browser. Imports nothing.

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile: the smallest sample at or above `p` per cent of them. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

export const intervals = (stamps: readonly number[]) => stamps.slice(1).map((stamp, i) => stamp - stamps[i]);

/** Every figure in results.json; each is a number (NaN only if a measurement could not be taken). */
export interface Figures {
  firstTextRatio4x: number;
  firstTextGameMs4x: number;
  firstTextBareMs4x: number;
  firstTextRatio1x: number;
  /** The same, to the end of the first frame after the mark: style, layout and paint included. */
  firstTextPaintedRatio4x: number;
  /** A choice clicked as soon as the first words are painted, to its answer painted, from navigation. */
  firstAnswerRatio4x: number;
  firstAnswerGameMs4x: number;
  firstAnswerBareMs4x: number;
  scriptBytesRatio: number;
  scriptBytesGame: number;
  scriptBytesBare: number;
  clickToPaintP95Ms4x: number;
  clickToFrameP95Ms4x: number;
  clickToPaintP95Ms4xBare: number;
  /** The floor page: the game's markup, style sheet and fonts, each beat swapped in by a script that does nothing else. */
  clickToPaintP95Ms4xFloor: number;
  /** To the first ordinary task after that frame, which also waits for the page's own after-paint work. */
  clickToSettledP95Ms4x: number;
  clickToSettledP95Ms4xBare: number;
  clickToPaintP95Ms1x: number;
  clickToPaintP95Ms1xBare: number;
  frameIntervalP95Ms: number;
  frameIntervalP95Ms4x: number;
  heapGrowthMB: number;
  heapGames: number;
  playthroughBytes: number;
  playthroughGzipBytes: number;
  phaserChunkGzipBytes: number;
  /** Everything the build ships, gzipped (the .woff twins of .woff2 fonts aside), and its budget. */
  shippedGzipBytes: number;
  shippedBudgetBytes: number;
  /** The rules workshop: from navigation to the first preview and its preset drawn (the worker cold). */
  previewFirstMs: number;
  /** …and after a change, to the draft's 500 short-path runs drawn (debounce included): median and slowest. */
  previewAfterChangeMs: number;
  previewAfterChangeMaxMs: number;
}

interface Row {
  figure: string;
  value: string;
  target: string;
  holds?: boolean;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const ratio = (n: number) => n.toFixed(2);

export function rows(f: Figures): Row[] {
  return [
    {
      figure: 'first story paragraph after navigation, game / bare page, median of ratios, 4×',
      value: `${ratio(f.firstTextRatio4x)} (medians ${ms(f.firstTextGameMs4x)} / ${ms(f.firstTextBareMs4x)})`,
      target: '≤ 1.10',
      holds: f.firstTextRatio4x <= 1.1,
    },
    { figure: '… the same at 1×', value: ratio(f.firstTextRatio1x), target: 'reported' },
    {
      figure: '… at 4× to the end of the next frame (painted)',
      value: ratio(f.firstTextPaintedRatio4x),
      target: '≤ 0.85',
      holds: f.firstTextPaintedRatio4x <= 0.85,
    },
    {
      figure: 'a choice clicked as soon as the first words are painted → its answer painted, from navigation, 4×',
      value: `${ratio(f.firstAnswerRatio4x)} (medians ${ms(f.firstAnswerGameMs4x)} / ${ms(f.firstAnswerBareMs4x)})`,
      target: '≤ 1.10',
      holds: f.firstAnswerRatio4x <= 1.1,
    },
    {
      figure: 'script bytes fetched before first text, game / bare page',
      value: `${ratio(f.scriptBytesRatio)} (${kb(f.scriptBytesGame)} / ${kb(f.scriptBytesBare)})`,
      target: '≤ 1.25',
      holds: f.scriptBytesRatio <= 1.25,
    },
    {
      figure: 'choice click → next paragraph painted, p95, 4×, game / bare page',
      value: `${ratio(f.clickToPaintP95Ms4x / f.clickToPaintP95Ms4xBare)} (${ms(f.clickToPaintP95Ms4x)}, to the frame's start ${ms(f.clickToFrameP95Ms4x)} / ${ms(f.clickToPaintP95Ms4xBare)})`,
      target: '≤ 1.25',
      holds: f.clickToPaintP95Ms4x <= 1.25 * f.clickToPaintP95Ms4xBare,
    },
    {
      figure: '… the same at 1×',
      value: `${ratio(f.clickToPaintP95Ms1x / f.clickToPaintP95Ms1xBare)} (${ms(f.clickToPaintP95Ms1x)} / ${ms(f.clickToPaintP95Ms1xBare)})`,
      target: '≤ 1.25',
      holds: f.clickToPaintP95Ms1x <= 1.25 * f.clickToPaintP95Ms1xBare,
    },
    {
      figure:
        "click → paint p95, 4×, on the floor page (the game's own markup, style and fonts; no game code) / bare page",
      value: `${ratio(f.clickToPaintP95Ms4xFloor / f.clickToPaintP95Ms4xBare)} (${ms(f.clickToPaintP95Ms4xFloor)} / ${ms(f.clickToPaintP95Ms4xBare)})`,
      target: 'reported',
    },
    {
      figure: 'choice click → the first ordinary task after that frame (after-paint work included), p95, 4×',
      value: `${ratio(f.clickToSettledP95Ms4x / f.clickToSettledP95Ms4xBare)} (${ms(f.clickToSettledP95Ms4x)} / ${ms(f.clickToSettledP95Ms4xBare)})`,
      target: 'reported',
    },
    {
      figure: 'frame interval p95 over a scene transition (Phaser ready), 1×',
      value: ms(f.frameIntervalP95Ms),
      target: '≤ 17.5 ms',
      holds: f.frameIntervalP95Ms <= 17.5,
    },
    { figure: '… the same at 4×', value: ms(f.frameIntervalP95Ms4x), target: 'reported' },
    {
      figure: `JS heap after ${f.heapGames} new games in one page vs after 1 (after GC)`,
      value: `${f.heapGrowthMB >= 0 ? '+' : ''}${f.heapGrowthMB.toFixed(2)} MB`,
      target: '≤ +2 MB',
      holds: f.heapGrowthMB <= 2,
    },
    {
      figure: 'total download for a full playthrough, gzipped (as served)',
      value: `${kb(f.playthroughGzipBytes)} (${kb(f.playthroughBytes)})`,
      target: 'reported',
    },
    { figure: 'the Phaser chunk, gzipped', value: kb(f.phaserChunkGzipBytes), target: 'reported' },
    {
      figure: 'everything the game ships (art, sound, fonts, both editions, Phaser), gzipped',
      value: kb(f.shippedGzipBytes),
      target: `≤ ${kb(f.shippedBudgetBytes)}`,
      holds: f.shippedGzipBytes <= f.shippedBudgetBytes,
    },
    {
      figure: 'rules workshop: a value changed → the preview’s 500 short-path runs drawn, median (slowest), 1×',
      value: `${ms(f.previewAfterChangeMs)} (${ms(f.previewAfterChangeMaxMs)})`,
      target: '≤ 3000 ms',
      holds: f.previewAfterChangeMs <= 3000,
    },
    {
      figure: '… the workshop opened → first preview and its preset drawn',
      value: ms(f.previewFirstMs),
      target: 'reported',
    },
  ];
}

/** A Markdown table, the same one the README shows. */
export function formatTable(f: Figures): string {
  const body = rows(f).map((row) => {
    const verdict = row.holds === undefined ? '' : row.holds ? ' ✓' : ' ✗';
    return `| ${row.figure} | ${row.value} | ${row.target}${verdict} |`;
  });
  return ['| figure | result | target |', '| --- | --- | --- |', ...body].join('\n');
}
