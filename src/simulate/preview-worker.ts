// The rules preview's Web Worker: plays its share of a draft's runs off the main thread, a chunk at a
// time, and drops a draft as soon as a newer one arrives. Imports the preview; the page sends the story.

import { playShare, type PreviewPart, type PreviewShare } from './preview.ts';

/** What the page asks: play this share of a draft (or, without one, stop), tagged so its answers can be told from a stale one's. */
export interface PreviewAsk {
  id: number;
  share?: PreviewShare;
}

export type PreviewAnswer =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'done'; part: PreviewPart }
  | { id: number; kind: 'failed'; message: string };

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<PreviewAsk>) => void): void;
  postMessage(answer: PreviewAnswer): void;
};

let latest = 0;
/** Lets messages in between chunks, so a newer draft can arrive and replace this one. */
const breathe = () => new Promise((resolve) => setTimeout(resolve, 0));

async function play(id: number, share: PreviewShare) {
  try {
    const steps = playShare(share);
    for (;;) {
      const step = steps.next();
      if (step.done) return scope.postMessage({ id, kind: 'done', part: step.value });
      scope.postMessage({ id, kind: 'progress', done: step.value });
      await breathe();
      if (latest !== id) return;
    }
  } catch (error) {
    scope.postMessage({ id, kind: 'failed', message: (error as Error).message });
  }
}

scope.addEventListener('message', (event) => {
  const { id, share } = event.data;
  latest = id;
  if (share) void play(id, share);
});
