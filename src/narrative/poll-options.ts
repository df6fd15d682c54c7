// The words of every key decision's options (`# poll:`), read from the compiled story without playing it:
// a live class's projector names the options its students' devices report by source. Pure; imports nothing.

/** One option as the story writes it: `source` is the choice's ink path, the same in every language. */
export interface StoryOption {
  source: string;
  text: string;
}

type Node = unknown;
const POLL_TAG = /^\^poll:\s*(\S+)\s*$/;

const isChoicePoint = (node: Node): node is { '*': string } =>
  !!node && typeof node === 'object' && !Array.isArray(node) && '*' in node;

/** A container's own name, kept in its closing object as `#n`. */
function nameOf(container: Node[]): string | undefined {
  const last = container.at(-1);
  return last && typeof last === 'object' && !Array.isArray(last) ? (last as { '#n'?: string })['#n'] : undefined;
}

/**
 * A choice's words are the first string the story builds after the previous choice (or the poll's
 * tag): between `str` and its `/str`, less the tags in it (`#road:` and the like); ink trims them as
 * it shows them. Words that depend on the playthrough (`{ch4_role == "desk": …}`) and the choice's
 * condition are evaluated apart and left out: what is kept is what every player reads.
 */
function textAfter(container: Node[], from: number): string {
  const words: string[] = [];
  let inTag = false;
  let depth = 0;
  for (let i = container.indexOf('str', from); i >= 0 && i < container.length; i += 1) {
    const node = container[i];
    if (node === 'str') depth += 1;
    else if (node === '/str' && --depth === 0) break;
    else if (node === '#') inTag = true;
    else if (node === '/#') inTag = false;
    else if (depth === 1 && !inTag && typeof node === 'string' && node.startsWith('^')) words.push(node.slice(1));
  }
  return words.join('').replace(/\s+/g, ' ').trim();
}

/** Every poll's options, in the order written, from the story's runtime JSON. */
export function findPollOptions(storyJson: string): Record<string, StoryOption[]> {
  const polls: Record<string, StoryOption[]> = {};
  const walk = (container: Node[], route: string) => {
    let poll: string | undefined;
    let from = 0;
    container.forEach((node, index) => {
      const here = route ? `${route}.` : '';
      const tag = index > 0 && container[index - 1] === '#' && typeof node === 'string' ? POLL_TAG.exec(node) : null;
      if (tag) {
        poll = tag[1];
        from = index + 2;
      } else if (isChoicePoint(node) && poll) {
        (polls[poll] ??= []).push({ source: `${here}${index}`, text: textAfter(container, from) });
        from = index + 1;
      } else if (Array.isArray(node)) walk(node, `${here}${nameOf(node) ?? index}`);
      else if (node && typeof node === 'object' && index === container.length - 1) {
        for (const [name, child] of Object.entries(node)) {
          if (!name.startsWith('#') && Array.isArray(child)) walk(child, `${here}${name}`);
        }
      }
    });
  };
  walk((JSON.parse(storyJson) as { root: Node[] }).root, '');
  return polls;
}
