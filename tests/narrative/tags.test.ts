import { describe, expect, it } from 'vitest';
import { parseTag, TagError } from '../../src/narrative/tags';

describe('tags', () => {
  it('reads each tag in the vocabulary as typed data', () => {
    expect(parseTag('scene: bank')).toEqual({ kind: 'scene', id: 'bank' });
    expect(parseTag(' chapter : 2 ')).toEqual({ kind: 'chapter', number: 2 });
    expect(parseTag('gate: loan_small')).toEqual({ kind: 'gate', id: 'loan_small' });
    expect(parseTag('speaker: zhou_hui')).toEqual({ kind: 'speaker', id: 'zhou_hui' });
    expect(parseTag('ending: on_the_train')).toEqual({ kind: 'ending', id: 'on_the_train' });
    expect(parseTag('sfx: camera_shutter')).toEqual({ kind: 'sfx', id: 'camera_shutter' });
    expect(parseTag('poll: report_deng')).toEqual({ kind: 'poll', id: 'report_deng' });
  });

  it('refuses an unknown key, an unknown scene or gate, and a tag without a value', () => {
    expect(() => parseTag('mood: grim')).toThrow(TagError);
    expect(() => parseTag('mood: grim')).toThrow(/unknown tag "#mood"/);
    expect(() => parseTag('scene: moon')).toThrow(/unknown scene "moon"/);
    expect(() => parseTag('gate: loan_huge')).toThrow(/unknown gate "loan_huge"/);
    expect(() => parseTag('scene')).toThrow(/not of the form/);
    expect(() => parseTag('speaker: Zhou Hui')).toThrow(/snake_case/);
    expect(() => parseTag('chapter: one')).toThrow(/chapter number/);
  });
});
