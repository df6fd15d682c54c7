// Lets a home player install the game as an app in their own language: one web app manifest per
// language, written at build (src/tools/app-files.ts), and the page's link pointed at the one in use. Imports nothing.

/** The manifest of a language's edition, relative to index.html; the tool that writes them names them by this too. */
export const manifestFile = (lang: string): string => `manifest-${lang}.webmanifest`;

/** Points the page's manifest link at the language the game is played in, so an install takes its names. */
export function linkManifest(lang: string): void {
  const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
  if (link) link.setAttribute('href', `./${manifestFile(lang)}`);
}
