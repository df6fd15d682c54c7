// The session's intents about saves: slots, files in and out, and a save made under a class's other
// rules handed back to reopen under them. Imports app and narrative types.

import type { NamedRegime } from '../model/regime';
import type { Runner } from '../narrative/runner';
import type { Intents } from './intents';
import type { Playhead } from './playhead';
import type { SaveFile, SaveProblem } from './save';
import type { SaveKeeper, SlotInfo } from './save-keeper';
import type { Notice } from './view';
import type { ViewFeed } from './view-feed';
import type { EngineArrival } from './engine-arrival';

export interface SaveIntents {
  slots(): SlotInfo[];
  saveToSlot(slot: number): void;
  loadFromSlot(slot: number): void;
  /** The current playthrough as a file's name and text, or null on the title (once the engine is here). */
  exportSave(): Promise<{ name: string; text: string } | null>;
  importSave(text: string): void;
}

export interface SaveIntentsContext {
  keeper: SaveKeeper;
  engine: EngineArrival;
  playhead: Playhead;
  feed: ViewFeed;
  intents: Intents;
  /** Plays a save: throws if its story cannot replay it. */
  reopen(save: SaveFile): Runner;
  /** See SessionOptions.openUnderRules. */
  openUnderRules?: (rules: NamedRegime, saveText: string) => void;
  /** A file name with today's date. */
  dated(prefix: string): string;
}

export function createSaveIntents(context: SaveIntentsContext): SaveIntents {
  const { keeper, engine, playhead, feed, intents } = context;

  /** Opens a save's text from a slot or a file, telling the player what was wrong with it, if anything. */
  const playSave = (text: string, done: Notice, failed: (problem: SaveProblem) => Notice) => {
    if (!intents.engineHere(() => playSave(text, done, failed))) return;
    const opened = keeper.open(text);
    if ('rules' in opened && opened.rules && context.openUnderRules) {
      context.openUnderRules(opened.rules, text);
      return;
    }
    let active: Runner | null = null;
    try {
      if ('save' in opened) active = context.reopen(opened.save);
    } catch {
      active = null;
    }
    if (!active) {
      feed.tell(failed('problem' in opened ? opened.problem : 'bad_shape'));
      return feed.refresh();
    }
    const ready = active;
    intents.carryOut(() => {
      feed.tell(done);
      return playhead.play(ready);
    });
  };

  const saves: SaveIntents = {
    slots: () => keeper.slots(),
    saveToSlot(slot) {
      const active = playhead.runner;
      if (!active || !intents.engineHere(() => saves.saveToSlot(slot))) return;
      if (keeper.saveToSlot(slot, active)) feed.tell({ key: 'saved_to_slot', slot });
      feed.refresh();
    },
    loadFromSlot(slot) {
      const text = keeper.readSlot(slot);
      if (!text) return feed.refresh();
      playSave(text, { key: 'loaded_from_slot', slot }, (problem) => ({ key: 'slot_unreadable', slot, problem }));
    },
    exportSave() {
      const asked = playhead.runner;
      if (!asked) return Promise.resolve(null);
      // A game at its opening has no Story to save until the engine is here.
      return engine.ready().then(
        () => ({ name: context.dated(`good-standing-chapter-${asked.beat.chapter}`), text: keeper.textOf(asked) }),
        (error: unknown) => {
          intents.breakDown(error);
          return null;
        },
      );
    },
    importSave(text) {
      playSave(text, { key: 'imported' }, (problem) => ({ key: 'import_failed', problem }));
    },
  };
  return saves;
}
