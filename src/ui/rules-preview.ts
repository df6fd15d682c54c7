// The rules workshop's live preview: asks a Web Worker to play the draft (and the preset it started
// from) many times, keeps only the newest draft's answer, and draws both side by side as a class
// reads them. Imports the preview's types, i18n and DOM helpers.

import type { RegimeCheck } from '../model/regime-check';
import { TIERS, type Regime } from '../model/regime';
import type { StoryLength } from '../narrative/opening';
import type { PreviewAnswer, PreviewAsk } from '../simulate/preview-worker';
import {
  splitPreview,
  summarisePreview,
  type PreviewPart,
  type PreviewRequest,
  type PreviewSummary,
} from '../simulate/preview';
import { format, type Messages } from '../i18n/messages';
import { el, table } from './dom';

export type PreviewState =
  | { kind: 'waiting' }
  | { kind: 'playing'; done: number; runs: number }
  | { kind: 'done'; summary: PreviewSummary }
  | { kind: 'failed'; message: string };

/** Workers playing one kind of rule set; a new ask replaces the one before, whose answers are then ignored. */
export interface PreviewChannel {
  ask(request: Omit<PreviewRequest, 'json'>, listener: (state: PreviewState) => void): void;
  /** Drops the current ask: whatever its workers still send is ignored. */
  stop(): void;
  dispose(): void;
}

/** How many runs the preview plays unless asked for more, and from which seed (the story checks' first). */
export const PREVIEW_RUNS = 500;
export const PREVIEW_SEED = 1;

/**
 * Opens `workers` Web Workers that share each ask's runs (one per core plays them side by side) and
 * sums up their parts once all are in. An ask waits `debounceMs` for the next before it is sent.
 */
export function openPreviewChannel(json: string, workers: number, debounceMs: number): PreviewChannel {
  const pool = Array.from(
    { length: Math.max(1, workers) },
    () => new Worker(new URL('../simulate/preview-worker.ts', import.meta.url), { type: 'module' }),
  );
  let latest = 0;
  let listen: (state: PreviewState) => void = () => undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let request: Omit<PreviewRequest, 'json'> | undefined;
  let done: number[] = [];
  let parts: (PreviewPart | undefined)[] = [];
  pool.forEach((worker, index) => {
    worker.addEventListener('message', (event: MessageEvent<PreviewAnswer>) => {
      const answer = event.data;
      if (answer.id !== latest || !request) return;
      if (answer.kind === 'failed') return listen({ kind: 'failed', message: answer.message });
      if (answer.kind === 'progress') done[index] = answer.done;
      else parts[index] = answer.part;
      const finished = parts.filter((part): part is PreviewPart => part !== undefined);
      if (finished.length === parts.length)
        listen({ kind: 'done', summary: summarisePreview(request.regime, finished) });
      else listen({ kind: 'playing', done: done.reduce((sum, n) => sum + n, 0), runs: request.runs });
    });
    worker.addEventListener('error', (event) => listen({ kind: 'failed', message: event.message }));
  });
  return {
    ask(next, listener) {
      latest += 1;
      const id = latest;
      listen = listener;
      request = next;
      listener({ kind: 'waiting' });
      clearTimeout(timer);
      timer = setTimeout(() => {
        const shares = splitPreview({ ...next, json }, pool.length);
        done = shares.map(() => 0);
        parts = shares.map(() => undefined);
        shares.forEach((share, index) => pool[index].postMessage({ id, share } satisfies PreviewAsk));
      }, debounceMs);
    },
    stop() {
      latest += 1;
      clearTimeout(timer);
      for (const worker of pool) worker.postMessage({ id: latest } satisfies PreviewAsk);
    },
    dispose() {
      clearTimeout(timer);
      for (const worker of pool) worker.terminate();
    },
  };
}

const percent = (count: number, total: number) => (total > 0 ? Math.round((count / total) * 100) : 0);

function bar(m: Messages, count: number, total: number): HTMLElement {
  const share = percent(count, total);
  const drawn = el('span', { class: 'share-bar', 'aria-hidden': 'true' });
  // Through the CSSOM: the page's Content-Security-Policy refuses style attributes.
  drawn.style.inlineSize = `${share}%`;
  return el('span', { class: 'share' }, drawn, el('span', {}, format(m, m.workshop.percent, { percent: share })));
}

/** What a column shows while its runs are not in yet. */
function stateLine(m: Messages, state: PreviewState): string {
  const w = m.workshop;
  if (state.kind === 'waiting') return w.preview_waiting;
  if (state.kind === 'playing') return format(m, w.preview_playing, { done: state.done, runs: state.runs });
  if (state.kind === 'failed') return format(m, w.preview_failed, { problem: state.message });
  return format(m, w.preview_done, { runs: state.summary.runs });
}

/**
 * The draft and the preset side by side: endings, tiers at the end, doors shut, the personas.
 * A column whose runs are not in yet shows an empty cell, never the figures of an older draft.
 */
export function renderComparison(
  m: Messages,
  draft: PreviewState,
  preset: PreviewState,
  names: { draft: string; preset: string },
): HTMLElement[] {
  const w = m.workshop;
  const mine = draft.kind === 'done' ? draft.summary : undefined;
  const theirs = preset.kind === 'done' ? preset.summary : undefined;
  const both = [mine, theirs];
  const head = (label: string) => [label, names.draft, names.preset];
  const endings = [...new Set(both.flatMap((s) => s?.endings.map((e) => e.ending) ?? []))];
  const count = (s: PreviewSummary | undefined, ending: string) =>
    s?.endings.find((e) => e.ending === ending)?.count ?? 0;
  const cell = (s: PreviewSummary | undefined, value: (s: PreviewSummary) => HTMLElement | string) =>
    s ? value(s) : '';
  const gates = [...new Set(both.flatMap((s) => s?.doors.map((d) => d.gate) ?? []))];
  const door = (s: PreviewSummary, gate: string) => {
    const seen = s.doors.find((d) => d.gate === gate);
    if (!seen) return '';
    const who = seen.personas.map((p) => m.workshop.personas[p]).join(m.workshop.list_joiner);
    return el(
      'span',
      { class: 'door-cell' },
      bar(m, seen.shut, seen.met),
      who && el('span', { class: 'door-personas' }, format(m, w.door_personas, { personas: who })),
    );
  };
  const persona = (s: PreviewSummary, id: string) => {
    const found = s.personas.find((p) => p.persona === id);
    return found
      ? format(m, w.persona_cell, {
          ending: m.endings[found.ending] ?? found.ending,
          tier: m.tiers[found.tier],
          score: found.score,
        })
      : '';
  };
  return [
    el(
      'p',
      { class: 'preview-status', role: 'status', 'data-testid': 'preview-status' },
      `${names.draft}: ${stateLine(m, draft)} · ${names.preset}: ${stateLine(m, preset)}`,
    ),
    el('h3', {}, w.endings_heading),
    table(
      null,
      head(m.debrief.col_ending),
      endings.map((ending) => ({
        cells: [
          m.endings[ending] ?? ending,
          cell(mine, (s) => bar(m, count(s, ending), s.runs)),
          cell(theirs, (s) => bar(m, count(s, ending), s.runs)),
        ],
      })),
    ),
    el('h3', {}, w.tiers_heading),
    table(
      null,
      head(w.col_tier),
      TIERS.map((tier, index) => ({
        cells: [
          m.tiers[tier],
          cell(mine, (s) => bar(m, s.tiers[index].count, s.runs)),
          cell(theirs, (s) => bar(m, s.tiers[index].count, s.runs)),
        ],
      })),
    ),
    el('h3', {}, w.doors_heading),
    el('p', { class: 'hint' }, w.doors_hint),
    table(
      null,
      head(w.col_door),
      gates.map((gate) => ({
        cells: [
          m.gates[gate as keyof Messages['gates']] ?? gate,
          cell(mine, (s) => door(s, gate)),
          cell(theirs, (s) => door(s, gate)),
        ],
      })),
    ),
    el('h3', {}, w.personas_heading),
    el('p', { class: 'hint' }, w.personas_hint),
    table(
      null,
      head(w.col_persona),
      Object.keys(w.personas).map((id) => ({
        cells: [
          w.personas[id as keyof Messages['workshop']['personas']],
          cell(mine, (s) => persona(s, id)),
          cell(theirs, (s) => persona(s, id)),
        ],
      })),
    ),
  ];
}

/** The request for a rule set at a length: the story checks' seed, the default number of runs. */
export const previewRequest = (
  regime: Regime,
  length: StoryLength,
  runs = PREVIEW_RUNS,
): Omit<PreviewRequest, 'json'> => ({
  regime,
  length,
  runs,
  seed: PREVIEW_SEED,
});

/** The workshop's two previews side by side: the draft's and that of the preset it started from. */
export interface WorkshopPreview {
  element: HTMLElement;
  /** Plays the preset's runs, for a new preset or length. */
  askPreset(preset: Regime, length: StoryLength): void;
  /** Plays the draft's runs after the debounce, or says it must be fixed first. */
  askDraft(checked: RegimeCheck, length: StoryLength): void;
  dispose(): void;
}

/**
 * The draft's runs are shared over every core (up to four); the preset's, played once per preset
 * and length, take one. `names` gives the two columns' headings when they are drawn.
 */
export function createWorkshopPreview(
  m: Messages,
  story: string,
  debounceMs: number,
  names: () => { draft: string; preset: string },
): WorkshopPreview {
  const cores = Math.min(4, navigator.hardwareConcurrency || 1);
  const draftChannel = openPreviewChannel(story, cores, debounceMs);
  const presetChannel = openPreviewChannel(story, 1, 0);
  let draftState: PreviewState = { kind: 'waiting' };
  let presetState: PreviewState = { kind: 'waiting' };
  const element = el('div', { class: 'preview', 'data-testid': 'preview' });
  const draw = () => {
    // For tests and the bench: whether each column's runs are in.
    element.dataset.draft = draftState.kind;
    element.dataset.preset = presetState.kind;
    element.replaceChildren(...renderComparison(m, draftState, presetState, names()));
  };
  return {
    element,
    askPreset(preset, length) {
      presetChannel.ask(previewRequest(preset, length), (state) => {
        presetState = state;
        draw();
      });
    },
    askDraft(checked, length) {
      if (!checked.ok) {
        // A draft still playing is dropped, so its figures never stand for rules that no longer hold.
        draftChannel.stop();
        draftState = { kind: 'failed', message: m.workshop.preview_needs_fixing };
        draw();
        return;
      }
      draftChannel.ask(previewRequest(checked.regime, length), (state) => {
        draftState = state;
        draw();
      });
    },
    dispose() {
      draftChannel.dispose();
      presetChannel.dispose();
    },
  };
}
