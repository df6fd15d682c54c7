// The shape every language's table must have, and the one way to fill a message's {placeholders}.
// Imports the English table as the reference shape.

import { en } from './en';

type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

/** Every table has exactly the English keys; only the words differ. */
export type Messages = Widen<typeof en> & { dir: 'ltr' | 'rtl' };

export type Params = Record<string, string | number>;

/** Fills `{name}` placeholders; numbers are written the language's way. A missing one is left visible. */
export function format(messages: Messages, template: string, params: Params = {}): string {
  const numbers = new Intl.NumberFormat(messages.lang);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** A score change as the HUD shows it: a real minus sign or a plus, always. */
export function formatDelta(messages: Messages, delta: number): string {
  const magnitude = new Intl.NumberFormat(messages.lang).format(Math.abs(delta));
  return `${delta < 0 ? '\u2212' : '+'}${magnitude}`;
}
