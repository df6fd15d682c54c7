// A live class session's decoration of a playthrough: it tells the class server, and nothing else,
// the chapter reached, each key decision's answer (`# poll:`), the ending, score and tier. Imports app types.

import type { Session } from './session';
import type { View } from './view';

/** What a device reports: never the words of the story, the seed, or anything about the player. */
export type ClassReport =
  | { kind: 'chapter'; chapter: number; score: number; tier: string }
  | { kind: 'poll'; poll: string; choice: string; chapter: number; score: number; tier: string }
  | { kind: 'ending'; ending: string; score: number; tier: string; chapter: number };

export function reportToClass(session: Session, report: (report: ClassReport) => void): Session {
  let chapter = 0;
  let ended = false;
  /** The key decision being answered, while `choose` runs; reported once the story has moved on. */
  let answering: { poll: string; choice: string; from: number } | null = null;

  const look = (view: View) => {
    if (view.screen === 'title') return;
    const { score, tier } = view.hud;
    if (answering && view.id !== answering.from) {
      report({ kind: 'poll', poll: answering.poll, choice: answering.choice, chapter: view.beat.chapter, score, tier });
      answering = null;
    }
    if (view.beat.chapter > chapter) {
      chapter = view.beat.chapter;
      report({ kind: 'chapter', chapter, score, tier });
    }
    if (view.screen === 'ending' && !ended) {
      ended = true;
      report({ kind: 'ending', ending: view.ending, score, tier, chapter });
    }
  };
  session.subscribe(look);
  look(session.view);

  return {
    ...session,
    get view() {
      return session.view;
    },
    choose(index) {
      const before = session.view;
      const choice = before.screen === 'story' ? before.beat.choices.find((c) => c.index === index) : undefined;
      if (before.screen === 'story' && before.beat.poll && choice && !choice.locked) {
        answering = { poll: before.beat.poll, choice: choice.source, from: before.id };
      }
      try {
        session.choose(index);
      } finally {
        answering = null;
      }
    },
  };
}
