// The stylesheet's animations, read as text: each moves only transform or opacity, so none paints or
// lays out the page every frame while a reader may choose. Imports vitest and node:fs.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CSS = readFileSync(new URL('../../src/ui/style.css', import.meta.url), 'utf8');

/** Each @keyframes rule's name and the properties its frames set. */
function keyframes(css: string): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const match of css.matchAll(/@keyframes\s+([\w-]+)\s*\{((?:[^{}]*\{[^{}]*\})*)\s*\}/g)) {
    const properties = [...match[2].matchAll(/([\w-]+)\s*:/g)].map((property) => property[1]);
    found.set(match[1], [...new Set(properties)]);
  }
  return found;
}

describe('the stylesheet’s animations', () => {
  it('move only transform and opacity, which never paint or lay out the page', () => {
    const animations = keyframes(CSS);
    expect(animations.size).toBe((CSS.match(/@keyframes/g) ?? []).length);
    expect(animations.size).toBeGreaterThan(0);
    for (const [name, properties] of animations) {
      expect({ name, properties: properties.filter((p) => p !== 'transform' && p !== 'opacity') }).toEqual({
        name,
        properties: [],
      });
    }
  });

  it('finds a property that would paint the page, so the check above can fail', () => {
    const painted = keyframes('@keyframes glow { from { box-shadow: 0 0 0 2px red; } 50% { opacity: 1; } }');
    expect(painted.get('glow')).toEqual(['box-shadow', 'opacity']);
  });
});
