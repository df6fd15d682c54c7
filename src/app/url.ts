// Reads the options a link can carry: ?start=new skips the title, ?seed=N fixes the seed,
// ?length=short picks the museum path. Anything it cannot use is reported back, not guessed at.

export interface LinkOptions {
  startNew: boolean;
  seed?: number;
  length: 'full' | 'short';
  /** Parameters that were present but unusable, for a notice. */
  ignored: { param: string; value: string }[];
}

export function readLink(search: string): LinkOptions {
  const params = new URLSearchParams(search);
  const options: LinkOptions = { startNew: false, length: 'full', ignored: [] };
  const start = params.get('start');
  if (start === 'new') options.startNew = true;
  else if (start !== null) options.ignored.push({ param: 'start', value: start });
  const seed = params.get('seed');
  if (seed !== null) {
    const value = Number(seed);
    if (/^\d{1,9}$/.test(seed.trim()) && Number.isSafeInteger(value)) options.seed = value;
    else options.ignored.push({ param: 'seed', value: seed });
  }
  const length = params.get('length');
  if (length === 'short' || length === 'full') options.length = length;
  else if (length !== null) options.ignored.push({ param: 'length', value: length });
  return options;
}
