import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RULES } from '../src/tools/game-package';
import { CONTENT_SECURITY_POLICY } from '../vite.config';

const guide = readFileSync('docs/hosting.md', 'utf8');

describe('docs/hosting.md', () => {
  it('gives hosts the very Content-Security-Policy the built page carries', () => {
    expect(guide).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`);
  });

  it('names the package the tool writes and the rules it is checked against', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.package).toBe('tsx src/tools/package.ts');
    expect(guide).toContain('release/good-standing-<version>.zip');
    expect(guide).toContain(`well under ${(PACKAGE_RULES.maxFiles + 1).toLocaleString('en')} files`);
    expect(guide).toContain(PACKAGE_RULES.index);
  });
});
