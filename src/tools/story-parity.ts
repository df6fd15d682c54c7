// Proves two editions of the story are the same game in different words: same knots, logic, choices,
// tags, events and gates, with only the prose free to differ. Node or browser; pure over compiled JSON.

type InkNode = string | number | boolean | null | InkNode[] | { [key: string]: InkNode };

/** A container's logic as comparable tokens: prose becomes one marker, ids and tags stay exact. */
interface Shape {
  path: string;
  tokens: string[];
}

/** Keys of objects whose value is a path into the story. */
const PATH_KEYS = ['->', '*', 'CNT?', 'f()', '->t->', '^->'];

interface Container {
  /** Raw path components, as ink numbers and names them. */
  path: string[];
  items: InkNode[];
  named: Record<string, InkNode> | null;
  /** Which items are prose, by raw index. */
  prose: boolean[];
}

/**
 * Flattens every container into its own token list, keyed by its path. Text written for the reader
 * is dropped (a translation may move it around inline logic), but a string inside `str`…`/str` is a
 * value the logic compares and one inside `#`…`/#` is a tag, so both are kept word for word.
 * Dropping prose shifts item numbers, so every path (container keys and divert targets alike) is
 * renumbered to count only the items that remain.
 */
function shapesOf(json: string): Map<string, Shape> {
  const story = JSON.parse(json) as { root: InkNode[] };
  const containers = new Map<string, Container>();
  const collect = (node: InkNode[], path: string[]) => {
    const last = node.at(-1);
    const named = last && typeof last === 'object' && !Array.isArray(last) ? last : null;
    const items = named || last === null ? node.slice(0, -1) : node;
    const words = choiceText(items);
    let literal = 0;
    const prose = items.map((item, index) => {
      if (typeof item !== 'string') return false;
      if (item === 'str' || item === '#') literal += 1;
      if (item === '/str' || item === '/#') literal -= 1;
      return item.startsWith('^') && (literal === 0 || words.has(index));
    });
    containers.set(path.join('.'), { path, items, named, prose });
    items.forEach((item, index) => {
      if (Array.isArray(item)) collect(item, [...path, String(index)]);
    });
    for (const [name, child] of Object.entries(named ?? {})) {
      if (Array.isArray(child)) collect(child, [...path, name]);
    }
  };
  collect(story.root, []);

  /** A raw path renumbered so that item numbers count only what is not prose. */
  const logical = (path: string[]) =>
    path
      .map((part, depth) => {
        if (!/^\d+$/.test(part)) return part;
        const prose = containers.get(path.slice(0, depth).join('.'))?.prose ?? [];
        return String(prose.slice(0, Number(part)).filter((isProse) => !isProse).length);
      })
      .join('.');

  /** A target as written in the JSON, made absolute from the container holding the object. */
  const target = (written: string, from: string[]) => {
    if (!written.startsWith('.')) return logical(written.split('.'));
    const parts = written.slice(1).split('.');
    // The first `^` of a path on a plain object means the container that holds it.
    const path = [...from];
    parts.forEach((part, index) => {
      if (part === '^') {
        if (index > 0) path.pop();
      } else path.push(part);
    });
    return logical(path);
  };

  const shapes = new Map<string, Shape>();
  for (const { path, items, named, prose } of containers.values()) {
    const tokens: string[] = [];
    items.forEach((item, index) => {
      if (prose[index]) return;
      if (Array.isArray(item)) tokens.push('[]');
      else if (item && typeof item === 'object') {
        const copy = { ...item };
        for (const key of PATH_KEYS) {
          if (typeof copy[key] === 'string' && !copy.var) copy[key] = target(copy[key], path);
        }
        tokens.push(JSON.stringify(copy));
      } else tokens.push(typeof item === 'string' ? item : JSON.stringify(item));
    });
    for (const [name, child] of Object.entries(named ?? {})) {
      if (!Array.isArray(child)) tokens.push(`${name}=${JSON.stringify(child)}`);
    }
    const key = logical(path);
    shapes.set(key, { path: key, tokens });
  }
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
    // Back to the `ev` that opens this evaluation, past any `ev`…`/ev` nested in the choice's words.
    let start = index - 1;
    for (let depth = 0; start >= 0; start -= 1) {
      if (items[start] === '/ev') depth += 1;
      if (items[start] === 'ev') depth -= 1;
      if (depth === 0) break;
    }
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
    .filter((part) => part && !/^(\d+|[a-z]|s\d+|[cgs]-\d+)$/.test(part) && !part.startsWith('$'))
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

/**
 * The story's structure as one string: equal for two editions exactly when compareEditions finds
 * nothing between them, so its hash versions saves that may cross from one language to another.
 */
export function structureOf(json: string): string {
  return JSON.stringify([...shapesOf(json)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
