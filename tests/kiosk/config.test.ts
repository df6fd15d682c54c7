import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultKioskConfig, readKioskConfig } from '../../src/kiosk/config';

const defaults = defaultKioskConfig('lanmen_civic');
const known = (id: string) => ['lanmen_civic', 'strict_mandatory'].includes(id);

describe('kiosk config', () => {
  it('runs on the defaults, and says so, when there is no file', () => {
    expect(readKioskConfig(null, defaults, known)).toEqual({ config: defaults, problems: [{ key: 'config_missing' }] });
    expect(defaults).toMatchObject({ idleSeconds: 90, warningSeconds: 30, length: 'short', languages: ['en', 'ar'] });
  });

  it('takes every valid field a curator sets, and passes over their notes', () => {
    const chosen = {
      idleSeconds: 120,
      warningSeconds: 45,
      languages: ['ar', 'en'],
      length: 'full',
      regime: 'strict_mandatory',
      showStatistics: false,
      adminPin: '2468',
    };
    const text = JSON.stringify({ ...chosen, _note: 'lobby kiosk' });
    expect(readKioskConfig(text, defaults, known)).toEqual({ config: chosen, problems: [] });
  });

  it('keeps the default for each bad field and names it, keeping the good ones', () => {
    const text = JSON.stringify({
      idleSeconds: 5,
      warningSeconds: 10,
      languages: ['en', 'fr'],
      regime: 'galactic',
      adminPin: '12',
      showStatistics: false,
      colour: 'red',
    });
    const { config, problems } = readKioskConfig(text, defaults, known);
    expect(config).toEqual({ ...defaults, showStatistics: false });
    expect(problems.map((p) => (p.key === 'config_field' ? p.field : p.key))).toEqual([
      'idleSeconds',
      'warningSeconds',
      'languages',
      'regime',
      'adminPin',
      'colour',
    ]);
  });

  it('never gives a visitor less than 20 seconds to answer the warning', () => {
    expect(readKioskConfig('{"warningSeconds": 19}', defaults, known).config.warningSeconds).toBe(30);
    expect(readKioskConfig('{"warningSeconds": 20}', defaults, known).config.warningSeconds).toBe(20);
  });

  it('reports a file that is not a JSON object and runs on the defaults', () => {
    for (const text of ['{not json', '[1, 2]', '"kiosk"', 'null']) {
      expect(readKioskConfig(text, defaults, known)).toEqual({
        config: defaults,
        problems: [{ key: 'config_unreadable' }],
      });
    }
  });
});

describe('the kiosk.json that ships with the build', () => {
  it('reads without a problem and says exactly what the defaults are', () => {
    const text = readFileSync('public/kiosk.json', 'utf8');
    expect(readKioskConfig(text, defaults, known)).toEqual({ config: defaults, problems: [] });
  });
});
