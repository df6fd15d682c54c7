// Puts the player's settings on the page: text size on the root, theme, font and motion as data
// attributes the style sheet reads. Imports app types.

import type { Settings } from '../app/settings';

export function applySettings(root: HTMLElement, settings: Settings): void {
  root.style.fontSize = `${settings.textSize}%`;
  root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.dataset.motion = settings.reducedMotion ? 'reduce' : 'full';
}
