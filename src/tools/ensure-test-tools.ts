// Runs before `npm test`: the browser tests need Debian's Chromium and the class server's tests
// Debian's PostgreSQL. What is missing, on a machine that can install it (root with apt-get), is
// installed; otherwise it stops with what to run. Node only.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path.ts';
import { findPostgres } from './postgres-cluster.ts';

const NEEDED = [
  { pkg: 'chromium', present: () => findChromium() !== null, why: 'the browser tests need Chromium' },
  { pkg: 'postgresql', present: () => findPostgres() !== undefined, why: "the class server's tests need PostgreSQL" },
];

function install(packages: string[]): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log(`Installing Debian's ${packages.join(' and ')} for the tests…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], { stdio: 'inherit', env });
  return true;
}

const missing = NEEDED.filter((tool) => !tool.present());
if (missing.length > 0 && !(install(missing.map((tool) => tool.pkg)) && missing.every((tool) => tool.present()))) {
  for (const tool of missing.filter((t) => !t.present())) {
    console.error(`${tool.why}: install it with \`sudo apt-get install -y ${tool.pkg}\`.`);
  }
  console.error('(CHROMIUM_PATH may point at a Chromium binary elsewhere.)');
  process.exit(1);
}
