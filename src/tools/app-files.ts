// What the build ships around the game so it can be installed and hosted: icons rendered from
// assets/icon.svg, a web app manifest per language, the social preview, the credits and licences,
// and the page's head tags naming them. Node only; imports the message tables, the palette, resvg.

import { Resvg } from '@resvg/resvg-js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ar } from '../i18n/ar.ts';
import { en } from '../i18n/en.ts';
import { LANGUAGES, type Language } from '../i18n/languages.ts';
import type { Messages } from '../i18n/messages.ts';
import { manifestFile } from '../platform/install.ts';
import { PALETTE } from '../stage/palette.ts';

export const ASSETS = 'assets';
export const SOCIAL_PREVIEW = { file: 'social-preview.png', width: 1200, height: 630 } as const;

/** The rasters made from the SVG: what installers, home screens and browser tabs ask for. */
export const ICON_SIZES = {
  'icons/icon-192.png': 192,
  'icons/icon-512.png': 512,
  'icons/apple-touch-icon.png': 180,
  'icons/favicon-32.png': 32,
} as const;
const ICON_SVG = 'icons/icon.svg';

/**
 * The tables by language, typed so that a new language cannot ship without its manifest. Not
 * i18n/tables.ts: the Vite config loads this file, and that one's imports are not yet ones it reads natively.
 */
const TABLES: Record<Language, Messages> = { en, ar };

const hex = (colour: number) => `#${colour.toString(16).padStart(6, '0')}`;
const COLOURS = { background: hex(PALETTE.ink), theme: hex(PALETTE.night) };

/** A file the build writes next to index.html, made only when asked for (the dev server serves one at a time). */
export type AppFiles = Record<string, () => Uint8Array | string>;

/** Width and height from a PNG's header; null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, i) => bytes[i] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export function renderIcon(svg: string | Uint8Array, size: number): Uint8Array {
  return new Resvg(Buffer.from(svg), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** One language's manifest: its names from the message table, one app whatever the language (same start_url). */
export function manifestFor(lang: Language): object {
  const m = TABLES[lang];
  return {
    name: m.ui.game_title,
    short_name: m.ui.game_title,
    description: m.ui.tagline,
    lang: m.lang,
    dir: m.dir,
    start_url: './index.html',
    scope: './',
    display: 'standalone',
    background_color: COLOURS.background,
    theme_color: COLOURS.theme,
    categories: ['games', 'education'],
    icons: [
      { src: `./${ICON_SVG}`, sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      { src: './icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: './icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      // The dial sits inside the middle 80% of the icon, so the same picture serves a masked home screen.
      { src: './icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}

function readAsset(root: string, file: string, remedy: string): Buffer {
  const full = path.join(root, ASSETS, file);
  if (!existsSync(full)) throw new Error(`${path.join(ASSETS, file)} is missing: ${remedy}`);
  return readFileSync(full);
}

/** Every file the build adds, by its path in the build; `root` is the project's folder. */
export function appFiles(root: string): AppFiles {
  const svg = () => readAsset(root, 'icon.svg', 'it is the source of every icon');
  const files: AppFiles = {
    [ICON_SVG]: svg,
    [SOCIAL_PREVIEW.file]: () => {
      const png = readAsset(root, SOCIAL_PREVIEW.file, 'make it with `npm run art:social`');
      const size = pngSize(png);
      if (size?.width !== SOCIAL_PREVIEW.width || size.height !== SOCIAL_PREVIEW.height)
        throw new Error(
          `${ASSETS}/${SOCIAL_PREVIEW.file} must be a ${SOCIAL_PREVIEW.width}×${SOCIAL_PREVIEW.height} PNG: make it again with \`npm run art:social\``,
        );
      return png;
    },
    'credits/CREDITS.md': () => readAsset(root, 'CREDITS.md', 'it names every font and its licence'),
  };
  for (const [file, size] of Object.entries(ICON_SIZES)) files[file] = () => renderIcon(svg(), size);
  for (const lang of LANGUAGES) files[manifestFile(lang)] = () => `${JSON.stringify(manifestFor(lang), null, 2)}\n`;
  for (const licence of readdirSync(path.join(root, ASSETS, 'licences'))) {
    files[`credits/licences/${licence}`] = () =>
      readAsset(root, `licences/${licence}`, 'it is listed in assets/licences');
  }
  return files;
}

/** SITE_URL as the folder the game is served from (a trailing slash added); a clear error for anything else. */
export function siteAddress(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  const url = URL.canParse(raw) ? new URL(raw) : null;
  if (!url || !['http:', 'https:'].includes(url.protocol) || url.search || url.hash)
    throw new Error(
      `SITE_URL must be the game's full address, such as https://example.org/games/good-standing/ (got "${raw}")`,
    );
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return url.href;
}

export interface HeadTag {
  tag: 'link' | 'meta';
  attrs: Record<string, string>;
}

/**
 * The page's links to its icons and manifest and its social preview tags, all relative, so the
 * folder plays from any path. `siteUrl`, where the game is hosted, makes the preview's image absolute,
 * as some link previews need; without it the build holds no absolute URL.
 */
export function headTags(siteUrl?: string): HeadTag[] {
  const m = TABLES.en;
  const image = siteUrl ? new URL(SOCIAL_PREVIEW.file, siteUrl).href : `./${SOCIAL_PREVIEW.file}`;
  const link = (rel: string, href: string, more: Record<string, string> = {}): HeadTag => ({
    tag: 'link',
    attrs: { rel, href, ...more },
  });
  const meta = (key: 'name' | 'property', name: string, content: string): HeadTag => ({
    tag: 'meta',
    attrs: { [key]: name, content },
  });
  return [
    link('manifest', `./${manifestFile('en')}`),
    link('icon', `./${ICON_SVG}`, { type: 'image/svg+xml' }),
    link('icon', './icons/favicon-32.png', { type: 'image/png', sizes: '32x32' }),
    link('apple-touch-icon', './icons/apple-touch-icon.png'),
    meta('name', 'theme-color', COLOURS.theme),
    meta('name', 'description', m.ui.tagline),
    meta('property', 'og:type', 'website'),
    meta('property', 'og:title', m.ui.game_title),
    meta('property', 'og:description', m.ui.tagline),
    meta('property', 'og:image', image),
    meta('property', 'og:image:width', String(SOCIAL_PREVIEW.width)),
    meta('property', 'og:image:height', String(SOCIAL_PREVIEW.height)),
    ...(siteUrl ? [meta('property', 'og:url', new URL('./', siteUrl).href)] : []),
    meta('name', 'twitter:card', 'summary_large_image'),
  ];
}
