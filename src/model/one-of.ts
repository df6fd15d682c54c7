// A guard for the closed vocabularies the game reads from outside (tags, settings, links, saves):
// one way to ask "is this one of the allowed values?". Imports nothing.

export const isOneOf =
  <T>(allowed: readonly T[]) =>
  (value: unknown): value is T =>
    allowed.includes(value as T);

/** The same check as a parser: the value, typed, or the error `refuse` makes of it. */
export const oneOf =
  <T extends string>(allowed: readonly T[], refuse: (value: string) => Error) =>
  (value: string): T => {
    if (isOneOf(allowed)(value)) return value;
    throw refuse(value);
  };
