// Proves two editions of the story are the same game in different words: same knots, logic, choices,
// tags, events and gates, with only the prose free to differ. Node or browser; pure over compiled JSON.

type InkNode = string | number | boolean | null | InkNode[] | { [key: string]: InkNode };

/** A container's logic as comparable tokens: prose becomes one marker, ids and tags stay exact. */
interface Shape {
  path: string;
  tokens: string[];
}

/**
 * Flattens every container into its own token list, keyed by its path. Text written for the reader
 * is dropped (a translation may move it around inline logic), but a string inside `str`…`/str` is a
 * value the logic compares and one inside `#`…`/#` is a tag, so both are kept word for word.
 */
function shapesOf(json: string): Map<string, Shape> {
  const story = JSON.parse(json) as { root: InkNode[] };
  const shapes = new Map<string, Shape>();
  const visit = (container: InkNode[], path: string) => {
    const tokens: string[] = [];
    const last = container.at(-1);
    const named = last && typeof last === 'object' && !Array.isArray(last) ? last : null;
    const items = named || last === null ? container.slice(0, -1) : container;
    const prose = choiceText(items);
    let literal = 0;
    items.forEach((item, index) => {
      if (Array.isArray(item)) {
        tokens.push(`[${index}]`);
        visit(item, `${path}.${index}`);
      } else if (typeof item === 'string') {
        if (item === 'str' || item === '#') literal += 1;
        if (item === '/str' || item === '/#') literal -= 1;
        if (!item.startsWith('^') || (literal > 0 && !prose.has(index))) tokens.push(item);
      } else {
        tokens.push(JSON.stringify(item));
      }
    });
    for (const [name, child] of Object.entries(named ?? {})) {
      if (Array.isArray(child)) visit(child, path ? `${path}.${name}` : name);
      else tokens.push(`${name}=${JSON.stringify(child)}`);
    }
    shapes.set(path, { path, tokens });
  };
  visit(story.root, '');
  return shapes;
}

/**
 * A choice's words are evaluated as strings just before its choice point: `ev`, then one `str`
 * block for each part of the choice, then any condition, then `/ev` and `{"*": …}`. Returns the
 * indices of those words (not of tags inside them), so they count as prose, not as values.
 */
function choiceText(items: InkNode[]): Set<number> {
  const prose = new Set<number>();
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object' || Array.isArray(item) || !('*' in item)) return;
    let start = index - 1;
    while (start >= 0 && items[start] !== 'ev') start -= 1;
    let at = start + 1;
    while (items[at] === 'str') {
      let tag = false;
      for (at += 1; at < index && items[at] !== '/str'; at += 1) {
        if (items[at] === '#') tag = true;
        else if (items[at] === '/#') tag = false;
        else if (!tag && typeof items[at] === 'string') prose.add(at);
      }
      at += 1;
    }
  });
  return prose;
}

/** Where a container path sits, for a writer: the knot and stitch, without ink's numbered insides. */
const knotOf = (path: string) =>
  path
    .split('.')
    .filter((part) => part && !/^\d+$/.test(part) && !/^[cgs]-\d+$/.test(part) && !part.startsWith('$'))
    .join('.') || 'the top of main.ink';

/**
 * Every way `other` differs from `reference` in structure, one line each, naming the knot. An empty
 * list means the editions play identically for the same choice indices.
 */
export function compareEditions(
  reference: string,
  other: string,
  names = { reference: 'en', other: 'other' },
): string[] {
  const want = shapesOf(reference);
  const have = shapesOf(other);
  const problems: string[] = [];
  const reported = new Set<string>();
  const report = (path: string, message: string) => {
    const knot = knotOf(path);
    if (reported.has(knot)) return;
    reported.add(knot);
    problems.push(`${knot}: ${message}`);
  };
  for (const [path, shape] of want) {
    const theirs = have.get(path);
    if (!theirs) {
      report(path, `is in ${names.reference} but not in ${names.other}`);
      continue;
    }
    const at = shape.tokens.findIndex((token, index) => token !== theirs.tokens[index]);
    if (at >= 0 || theirs.tokens.length !== shape.tokens.length) {
      const index = at >= 0 ? at : shape.tokens.length;
      const show = (token: string | undefined) => (token === undefined ? 'the end' : `'${token}'`);
      report(
        path,
        `${names.other} has ${show(theirs.tokens[index])} where ${names.reference} has ${show(shape.tokens[index])}`,
      );
    }
  }
  for (const path of have.keys()) {
    if (!want.has(path)) report(path, `is in ${names.other} but not in ${names.reference}`);
  }
  return problems;
}
