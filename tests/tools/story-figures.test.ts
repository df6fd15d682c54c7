import { describe, expect, it } from 'vitest';
import { findLiteralFigures, findShownFigures } from '../../src/tools/story-figures';

describe('score-like figures in prose', () => {
  it('finds points, signed changes, scores and tiers written as literals in English', () => {
    expect(findLiteralFigures('Volunteers get ten points, a bottle of water.', 'en')).toEqual(['ten points']);
    expect(findLiteralFigures('TRUSTWORTHY DONORS +10.', 'en')).toEqual(['+10']);
    expect(findLiteralFigures('YOUR STARTING SCORE IS 1000. Everyone starts at a thousand.', 'en')).toEqual([
      'SCORE IS 1000',
      'starts at a thousand',
    ]);
    expect(findLiteralFigures('FAST LANE, AA AND ABOVE, for tier A families.', 'en')).toEqual([
      'tier A',
      'AA AND ABOVE',
      'AA',
    ]);
  });

  it('lets the model supply a figure through an EXTERNAL or the points helper', () => {
    expect(
      findLiteralFigures('SCORE NOW {score()}. {points("volunteered")}, TIER {needs("loan_small")} AND ABOVE.', 'en'),
    ).toEqual([]);
    expect(findLiteralFigures('{tier() == "AA": Your name is on it.|Not yet.}', 'en')).toEqual([]);
  });

  it('leaves alone decimals, percentages, money, comments and logic', () => {
    expect(findLiteralFigures('Ninety-nine point seven is a good number. ATTENDANCE −31%.', 'en')).toEqual([]);
    expect(findLiteralFigures('Three thousand yuan by seven tomorrow morning.', 'en')).toEqual([]);
    expect(findLiteralFigures('~ temp n = 20 // twenty points', 'en')).toEqual([]);
  });

  it('finds the same figures in Arabic', () => {
    expect(findLiteralFigures('للمتطوّعين عشر نقاط، وقارورة ماء.', 'ar')).toEqual(['عشر نقاط']);
    expect(findLiteralFigures('الجميع يبدؤون من ألف.', 'ar')).toEqual(['يبدؤون من ألف']);
    expect(findLiteralFigures('«المسار السريع، الفئة AA فما فوق»', 'ar')).toEqual(['الفئة AA', 'AA فما فوق', 'AA']);
    expect(findLiteralFigures('للمتطوّعين {points("volunteered")}، وصلاة الظهر تبدأ عند الواحدة.', 'ar')).toEqual([]);
  });

  it('reads the figures a player was shown, as numbers and tiers', () => {
    expect(findShownFigures('SCORE NOW 985. Minus 20 points. TIER AA REQUIRED.', 'en')).toEqual([
      { text: '20 points', number: 20 },
      { text: 'SCORE NOW 985', number: 985 },
      { text: 'TIER AA', tier: 'AA' },
      { text: 'AA', tier: 'AA' },
    ]);
  });
});
