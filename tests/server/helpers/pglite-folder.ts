// A fresh PGlite data folder for a test in a second: PGlite's own initdb runs once per version and
// machine into a template, which each test copies (the same files a first start would write). Imports Node and PGlite.

import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';

const version = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')).version as string;
const template = path.join(tmpdir(), `good-standing-pglite-${version}`);

export async function freshPgliteFolder(): Promise<string> {
  if (!existsSync(path.join(template, 'PG_VERSION'))) {
    const building = mkdtempSync(`${template}-building-`);
    const db = await PGlite.create(building);
    await db.close();
    // Several test files may build it at once; the first rename wins and the others' copies go.
    try {
      renameSync(building, template);
    } catch {
      rmSync(building, { recursive: true, force: true });
    }
  }
  const folder = mkdtempSync(path.join(tmpdir(), 'gs-data-'));
  cpSync(template, folder, { recursive: true });
  return folder;
}
