// Runs before `npm test`: the browser tests need Debian's Chromium. If it is missing and this
// machine can install it (root with apt-get), it does; otherwise it stops with what to run. Node only.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './browser-path.ts';

function install(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log("Chromium is missing; installing Debian's chromium package for the browser tests…");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return true;
}

if (!findChromium() && !(install() && findChromium())) {
  console.error(
    'The browser tests need Chromium and none was found.\n' +
      'Install it with `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium binary.',
  );
  process.exit(1);
}
