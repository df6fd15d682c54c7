import { describe, expect, it } from 'vitest';
import { emptyBeat, type ChoiceView, type Paragraph } from '../../src/narrative/beat';
import { liftChoiceTags, liftLineTags, parseTag, TagError } from '../../src/narrative/tags';

describe('tags', () => {
  it('lifts each line tag in the vocabulary into a named field of the beat or its paragraph', () => {
    const beat = emptyBeat(1);
    const paragraph: Paragraph = { text: 'The camera blinks.' };
    liftLineTags(
      [
        'scene: bank',
        ' chapter : 2 ',
        'speaker: zhou_hui',
        'sfx: camera_shutter',
        'sfx: notification',
        'poll: report_deng',
        'ledger: 2',
        'ending: on_the_train',
      ],
      { beat, paragraph },
    );
    expect(beat).toMatchObject({
      scene: 'bank',
      chapter: 2,
      opensChapter: 2,
      sounds: ['camera_shutter', 'notification'],
      poll: 'report_deng',
      closesChapter: 2,
      ending: 'on_the_train',
    });
    expect(paragraph).toEqual({ text: 'The camera blinks.', speaker: 'zhou_hui' });
  });

  it('lifts a choice’s gate and stance into the choice', () => {
    const choice: ChoiceView = { index: 0, text: 'Apply', source: '0.c-0' };
    liftChoiceTags(['gate: loan_small', 'stance: comply'], choice);
    expect(choice).toEqual({ index: 0, text: 'Apply', source: '0.c-0', gate: 'loan_small', stance: 'comply' });
  });

  it('refuses a choice’s tag on a line of text, and a line’s tag on a choice', () => {
    expect(() => liftLineTags(['gate: loan_small'], { beat: emptyBeat(1), paragraph: { text: '' } })).toThrow(
      /must sit inside a choice's \[brackets\]/,
    );
    expect(() => liftChoiceTags(['scene: bank'], { index: 0, text: 'Go', source: '0' })).toThrow(
      /only #gate: and #stance: belong on a choice/,
    );
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
