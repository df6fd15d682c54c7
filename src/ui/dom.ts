// The one way views build elements: text goes in through textContent, never as HTML,
// so nothing from the story or a save can inject markup. Imports nothing.

type Attributes = Record<string, string | undefined>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined) element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** The same for SVG drawn in the page: charts and signs. */
export function svg(
  tag: string,
  attributes: Record<string, string | number>,
  ...children: (Node | string)[]
): SVGElement {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

/** Runs `action` on click and on Enter/Space is given for free by <button>. */
export function button(attributes: Attributes, label: Child, action: () => void): HTMLButtonElement {
  const element = el('button', { type: 'button', ...attributes }, label);
  element.addEventListener('click', action);
  return element;
}

/** Hands the player a file to keep, as a download, without leaving the page. JSON unless told otherwise. */
export function downloadFile(file: { name: string; text: string; type?: string }): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.type ?? 'application/json' }));
  el('a', { href: url, download: file.name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

export type Row = { cells: Child[]; class?: string };

/** A data table with column headers; a caption only where no heading just above already names it. */
export function table(caption: string | null, head: string[], rows: Row[]): HTMLTableElement {
  return el(
    'table',
    {},
    caption && el('caption', {}, caption),
    el('thead', {}, el('tr', {}, ...head.map((label) => el('th', { scope: 'col' }, label)))),
    el(
      'tbody',
      {},
      ...rows.map((row) => el('tr', { class: row.class }, ...row.cells.map((cell) => el('td', {}, cell)))),
    ),
  );
}
