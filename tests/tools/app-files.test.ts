import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ar } from '../../src/i18n/ar';
import { en } from '../../src/i18n/en';
import { LANGUAGES } from '../../src/i18n/languages';
import { manifestFile } from '../../src/platform/install';
import { PALETTE } from '../../src/stage/palette';
import {
  appFiles,
  headTags,
  ICON_SIZES,
  manifestFor,
  pngSize,
  renderIcon,
  siteAddress,
  SOCIAL_PREVIEW,
} from '../../src/tools/app-files';

const TABLES = { en, ar };
const files = appFiles('.');
const bytesOf = (file: string) => {
  const made = files[file]();
  return typeof made === 'string' ? Buffer.from(made) : made;
};

interface Manifest {
  name: string;
  short_name: string;
  lang: string;
  dir: string;
  start_url: string;
  display: string;
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; purpose: string }[];
}

describe('icons', () => {
  it('renders each icon from assets/icon.svg at the size its name promises', () => {
    for (const [file, size] of Object.entries(ICON_SIZES)) {
      expect(pngSize(bytesOf(file)), file).toEqual({ width: size, height: size });
    }
  });

  it('draws the icon only in colours of the stage palette', () => {
    const svg = readFileSync('assets/icon.svg', 'utf8');
    const used = [...svg.matchAll(/#([0-9a-f]{6})\b/gi)].map(([, hex]) => parseInt(hex, 16));
    expect(used.length).toBeGreaterThan(3);
    expect(used.filter((colour) => !(Object.values(PALETTE) as number[]).includes(colour))).toEqual([]);
  });

  it('paints a new raster from the SVG it is given, not a stored one', () => {
    const red =
      '<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4" fill="#e5484d"/></svg>';
    expect(pngSize(renderIcon(red, 48))).toEqual({ width: 48, height: 48 });
    expect(Buffer.from(renderIcon(red, 48))).not.toEqual(Buffer.from(renderIcon(readFileSync('assets/icon.svg'), 48)));
  });

  it('reads no size from bytes that are not a PNG', () => {
    expect(pngSize(Buffer.from('<svg/>'))).toBeNull();
    expect(pngSize(new Uint8Array(0))).toBeNull();
  });
});

describe('web app manifests', () => {
  it('gives each language a manifest named from its own message table, for a standalone app', () => {
    for (const lang of LANGUAGES) {
      const manifest = JSON.parse(String(files[manifestFile(lang)]())) as Manifest;
      expect(manifest).toMatchObject({
        name: TABLES[lang].ui.game_title,
        short_name: TABLES[lang].ui.game_title,
        lang,
        dir: TABLES[lang].dir,
        display: 'standalone',
      });
    }
    expect(manifestFor('ar')).toMatchObject({ name: 'حُسن السيرة', dir: 'rtl' });
  });

  it('starts every language at the same relative address, so the game installs as one app from any folder', () => {
    const starts = LANGUAGES.map((lang) => (manifestFor(lang) as Manifest).start_url);
    expect(new Set(starts).size).toBe(1);
    expect(starts[0]).toMatch(/^\.\//);
  });

  it('names only icons the build makes, at the sizes installers ask for, one of them maskable', () => {
    const { icons, background_color, theme_color } = manifestFor('en') as Manifest;
    for (const icon of icons) expect(files[icon.src.replace(/^\.\//, '')], icon.src).toBeDefined();
    expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect([background_color, theme_color]).toEqual(
      [PALETTE.ink, PALETTE.night].map((c) => `#${c.toString(16).padStart(6, '0')}`),
    );
  });
});

describe('the page head and the link preview', () => {
  it('keeps the social preview at the 1200×630 link previews ask for', () => {
    expect(pngSize(readFileSync(`assets/${SOCIAL_PREVIEW.file}`))).toEqual({ width: 1200, height: 630 });
    expect(pngSize(bytesOf(SOCIAL_PREVIEW.file))).toEqual({ width: 1200, height: 630 });
  });

  it('links the manifest and icons by relative URLs only, unless told where the game is hosted', () => {
    const urls = headTags().flatMap(({ attrs }) => [attrs.href, attrs.content].filter((v) => v?.startsWith('.')));
    expect(urls).toContain('./social-preview.png');
    for (const url of urls) expect(files[url.replace(/^\.\//, '')], url).toBeDefined();
    expect(JSON.stringify(headTags())).not.toMatch(/https?:/);
    const hosted = headTags('https://school.example/games/good-standing/');
    expect(hosted).toContainEqual({
      tag: 'meta',
      attrs: { property: 'og:image', content: 'https://school.example/games/good-standing/social-preview.png' },
    });
  });

  it('takes a site address as a folder, and refuses one that is not a web address', () => {
    expect(siteAddress(undefined)).toBeUndefined();
    expect(siteAddress('https://school.example/games/gs')).toBe('https://school.example/games/gs/');
    expect(() => siteAddress('school.example/games')).toThrow(/SITE_URL must be the game's full address/);
    expect(() => siteAddress('ftp://school.example/')).toThrow(/SITE_URL/);
  });

  it('stops the build with the remedy when the social preview is missing or the wrong size', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'app-files-'));
    mkdirSync(path.join(root, 'assets', 'licences'), { recursive: true });
    copyFileSync('assets/icon.svg', path.join(root, 'assets', 'icon.svg'));
    const made = appFiles(root);
    expect(() => made[SOCIAL_PREVIEW.file]()).toThrow(
      /assets\/social-preview\.png is missing: make it with `npm run art:social`/,
    );
    writeFileSync(path.join(root, 'assets', SOCIAL_PREVIEW.file), renderIcon(readFileSync('assets/icon.svg'), 64));
    expect(() => made[SOCIAL_PREVIEW.file]()).toThrow(/must be a 1200×630 PNG/);
    expect(pngSize(made['icons/icon-192.png']() as Uint8Array)).toEqual({ width: 192, height: 192 });
  });
});

describe('credits', () => {
  const licences = readdirSync('assets/licences');
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
  // Workbox is a build tool's dependency, but its code ships inside the kiosk's service worker.
  const shipped = [...Object.keys(dependencies), 'workbox-sw'];

  it("holds each shipped package's licence exactly as the package carries it", () => {
    for (const name of shipped) {
      const original = readdirSync(`node_modules/${name}`).find((file) => /^licen[cs]e/i.test(file));
      expect(original, name).toBeDefined();
      const copy = `${path.posix.basename(name)}.txt`;
      expect(licences, name).toContain(copy);
      expect(readFileSync(`assets/licences/${copy}`, 'utf8'), name).toBe(
        readFileSync(`node_modules/${name}/${original}`, 'utf8'),
      );
    }
    expect(licences).toHaveLength(shipped.length);
  });

  it('names every licence file and every shipped package in CREDITS.md, and ships them in credits/', () => {
    const credits = readFileSync('assets/CREDITS.md', 'utf8');
    for (const licence of licences) {
      expect(credits).toContain(`(licences/${licence})`);
      expect(files[`credits/licences/${licence}`]).toBeDefined();
    }
    for (const name of shipped) expect(credits).toContain(`\`${name}\``);
    expect(credits).toMatch(/drawn in code/);
    expect(credits).toMatch(/synthesised/);
  });
});
