// Puts the player's settings on the page: text size on the root, theme, font and motion as data
// attributes the style sheet reads. Imports app types.

import type { Settings } from '../app/settings';

/**
 * Every view passes through here, so only what changed is written: a rewritten attribute on the
 * root, even to the same value, can send the browser to restyle the whole page after a click.
 */
export function applySettings(root: HTMLElement, settings: Settings): void {
  const fontSize = `${settings.textSize}%`;
  if (root.style.fontSize !== fontSize) root.style.fontSize = fontSize;
  const data: Record<string, string> = {
    theme: settings.theme,
    font: settings.font,
    motion: settings.reducedMotion ? 'reduce' : 'full',
  };
  for (const [key, value] of Object.entries(data)) if (root.dataset[key] !== value) root.dataset[key] = value;
}
