// The game as one zip for a game site's HTML5 upload or any static host: index.html at the root,
// relative paths only, under 1,000 files, the credits and licences inside; a folder that breaks those
// rules is refused with every reason. Used by `npm run package` and the browser tests. Node only; imports fflate.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Game sites' HTML5 rules, and ours: the page at the root, the licences beside it. */
export const PACKAGE_RULES = {
  maxFiles: 999,
  index: 'index.html',
  required: ['credits/CREDITS.md', 'credits/licences/'],
} as const;

/** Every file under `folder`, by its path inside it with forward slashes. */
export function readFolder(folder: string): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(folder, full).split(path.sep).join('/'), readFileSync(full));
  }
  return files;
}

const TEXT = /\.(html|css|js|webmanifest)$/;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Each place a text file names one of the package's own files by an absolute URL (`/assets/…`,
 * `https://host/…`), as `file: reference`. Only relative references play from any folder of any host.
 */
export function absoluteReferences(files: Map<string, Uint8Array>): string[] {
  const names = [...new Set([...files.keys()].map((file) => path.posix.basename(file)))];
  const reference = new RegExp(`["'\`(]([^"'\`()\\s]*?(?:${names.map(escape).join('|')}))(?=[?#"'\`)])`, 'g');
  const found: string[] = [];
  for (const [file, bytes] of files) {
    if (!TEXT.test(file)) continue;
    for (const [, url] of new TextDecoder().decode(bytes).matchAll(reference)) {
      if (url.startsWith('/') || /^[a-z][a-z0-9+.-]*:/i.test(url)) found.push(`${file}: ${url}`);
    }
  }
  return found;
}

/** Why these files cannot go up as a game site's HTML5 package; empty when they can. */
export function packageProblems(files: Map<string, Uint8Array>): string[] {
  const problems: string[] = [];
  if (!files.has(PACKAGE_RULES.index)) problems.push(`there is no ${PACKAGE_RULES.index} at the package's root`);
  if (files.size > PACKAGE_RULES.maxFiles)
    problems.push(`${files.size} files: game sites take at most ${PACKAGE_RULES.maxFiles}`);
  for (const wanted of PACKAGE_RULES.required) {
    if (![...files.keys()].some((file) => file.startsWith(wanted))) problems.push(`${wanted} is missing`);
  }
  problems.push(...absoluteReferences(files).map((found) => `an absolute URL, ${found}`));
  return problems;
}

/** Already compressed: stored as they are, which costs nothing and saves the time. */
const STORED = /\.(png|woff2?|webp|ogg|mp3)$/;
/** A fixed date for every entry, so the same build always makes the same zip. */
const ENTRY_TIME = new Date('2026-01-01T00:00:00Z');

export function zipGame(files: Map<string, Uint8Array>): Uint8Array {
  const entries: Zippable = {};
  for (const [file, bytes] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    entries[file] = [bytes, { level: STORED.test(file) ? 0 : 9, mtime: ENTRY_TIME }];
  }
  return zipSync(entries);
}

/** Checks and zips a built folder into `out`; throws naming every rule it breaks. */
export function packageFolder(folder: string, out: string): { bytes: number; files: number } {
  const files = readFolder(folder);
  const problems = packageProblems(files);
  if (problems.length > 0) throw new Error(`${folder} cannot be packaged:\n- ${problems.join('\n- ')}`);
  const zip = zipGame(files);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, zip);
  return { bytes: zip.length, files: files.size };
}
