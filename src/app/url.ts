// Reads the options a link can carry: ?start=new|resume, ?seed=N, ?length=short (the museum path),
// ?lang=ar, ?mode=class|teacher with ?regime=<id> for a class, ?mode=kiosk for a museum kiosk,
// ?mode=live for a teacher's live session, ?join=CODE for a student joining one, ?mode=rules for the rules
// workshop. A class's own rule set travels in the fragment (#rules=…, read by src/app/rules-share.ts, never
// sent to a server).
// Anything unusable is reported back.

import { isLanguage, type Language } from '../i18n/languages';
import type { RegimeId } from '../model/regime';
import { isStoryLength, type StoryLength } from '../narrative/opening';

export type Mode = 'play' | 'class' | 'teacher' | 'kiosk' | 'live' | 'rules';

export interface LinkOptions {
  startNew: boolean;
  /** Straight back into the autosaved game, as after switching language. */
  resume?: boolean;
  lang?: Language;
  seed?: number;
  length: StoryLength;
  mode: Mode;
  /** A regime id the caller has checked exists; absent means the story's own. */
  regime?: RegimeId;
  /** A live class session's join code, as typed in a link (the server decides whether it is one). */
  join?: string;
  /** Parameters that were present but unusable, for a notice. */
  ignored: { param: string; value: string }[];
}

const MODES: readonly string[] = ['play', 'class', 'teacher', 'kiosk', 'live', 'rules'];

/** `knownRegime` says whether a `regime=` id is one the game ships. */
export function readLink(search: string, knownRegime: (id: string) => boolean = () => false): LinkOptions {
  const params = new URLSearchParams(search);
  const options: LinkOptions = { startNew: false, length: 'full', mode: 'play', ignored: [] };
  const start = params.get('start');
  if (start === 'new') options.startNew = true;
  else if (start === 'resume') options.resume = true;
  else if (start !== null) options.ignored.push({ param: 'start', value: start });
  const seed = params.get('seed');
  if (seed !== null) {
    const value = Number(seed);
    if (/^\d{1,9}$/.test(seed.trim()) && Number.isSafeInteger(value)) options.seed = value;
    else options.ignored.push({ param: 'seed', value: seed });
  }
  const length = params.get('length');
  if (isStoryLength(length)) options.length = length;
  else if (length !== null) options.ignored.push({ param: 'length', value: length });
  const lang = params.get('lang');
  if (isLanguage(lang)) options.lang = lang;
  else if (lang !== null) options.ignored.push({ param: 'lang', value: lang });
  const mode = params.get('mode');
  if (mode !== null && MODES.includes(mode)) options.mode = mode as Mode;
  else if (mode !== null) options.ignored.push({ param: 'mode', value: mode });
  const regime = params.get('regime');
  if (regime !== null && knownRegime(regime)) options.regime = regime;
  else if (regime !== null) options.ignored.push({ param: 'regime', value: regime });
  const join = params.get('join');
  if (join !== null && /^[A-Za-z0-9 -]{0,16}$/.test(join)) options.join = join;
  else if (join !== null) options.ignored.push({ param: 'join', value: join });
  return options;
}
