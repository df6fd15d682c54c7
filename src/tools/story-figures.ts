// The rule for a score-like figure in prose, one table per language: the story check uses it to find
// figures written as literals in the ink, and the regime-true test to find figures the text showed.
// Imports nothing.

/**
 * A score-like figure is a number or tier label in one of these places:
 * - a number before "points" ("twenty points", "30 POINTS", "thirty of your points"), unless it
 *   is a decimal ("ninety-nine point seven");
 * - a signed number ("+10", "−20"), unless it is a percentage;
 * - a number after "score" ("SCORE NOW 985", "your starting score is 1000"), "starts at" or
 *   "says", or before "good" ("is a thousand good");
 * - a tier label after "tier", before "and above" or "or above", and AA or AAA anywhere.
 * In the ink source a figure is a literal unless an EXTERNAL (`{score()}`, `{points(…)}`,
 * `{worth(…)}`, `{floor(…)}`, `{base()}`, `{tier()}`, `{needs(…)}`) supplies it.
 */
interface FigureRules {
  /** A number written out in words, as the language writes it in prose. */
  numberWords: string;
  patterns: (num: string) => RegExp[];
}

const TIER = '(?<t>AAA|AA|A|B|C|D)';

const RULES: Record<string, FigureRules> = {
  en: {
    numberWords:
      '(?:a\\s+)?(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|half)(?:(?:\\s+and\\s+|[\\s-]+)(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand))*',
    patterns: (num) => [
      new RegExp(
        `(?<![\\w-])${num}\\s+(?:more\\s+|extra\\s+|of\\s+your\\s+)?points?\\b(?!\\s+(?:\\d|zero|one|two|three|four|five|six|seven|eight|nine))`,
        'giu',
      ),
      /(?<![\w\d])[+−](?<n>\d+)(?![\d%])/gu,
      new RegExp(`\\bscore\\s+(?:now\\s+|is\\s+|says\\s+|of\\s+|reads\\s+|shows\\s+)?${num}(?![\\w%])`, 'giu'),
      new RegExp(`\\b(?:starts?\\s+at|says)\\s+${num}(?![\\w%])`, 'giu'),
      new RegExp(`\\bis\\s+${num}\\s+good\\b`, 'giu'),
      new RegExp(`\\b[Tt][Ii][Ee][Rr]\\s+${TIER}(?![\\w])`, 'gu'),
      new RegExp(`(?<![\\w])${TIER}\\s+(?:and|or|AND|OR)\\s+(?:above|ABOVE)\\b`, 'gu'),
      /(?<![\w])(?<t>AAA|AA)(?![\w])/gu,
    ],
  },
  ar: {
    numberWords:
      '(?:و|ب|ال|وال|بال)?(?:واحد|واحدة|اثن[ا-ي]+|ثلاث[ا-ي]*|أربع[ا-ي]*|خمس[ا-ي]*|ست[ا-ي]*|سبع[ا-ي]*|ثمان[ا-ي]*|تسع[ا-ي]*|عشر[ا-ي]*|مئة|مائة|مئت[ا-ي]+|ألف|آلاف|نصف)(?:\\s+و?(?:واحد|اثن[ا-ي]+|ثلاث[ا-ي]*|أربع[ا-ي]*|خمس[ا-ي]*|ست[ا-ي]*|سبع[ا-ي]*|ثمان[ا-ي]*|تسع[ا-ي]*|عشر[ا-ي]*|مئة|ألف))*',
    patterns: (num) => [
      new RegExp(`(?<![\\p{L}\\d])${num}\\s+(?:من\\s+)?(?:نقطة|نقاط|نقطتين|نقطتان|نقاطك)(?![\\p{L}])`, 'gu'),
      /(?<![\p{L}\d])[+−](?<n>\d+)(?![\d%])/gu,
      new RegExp(`(?:الدرجة|درجتك|درجة)\\s+(?:الآن\\s+|هي\\s+)?${num}(?![\\p{L}\\d%])`, 'gu'),
      new RegExp(`(?:يبدأ|يبدؤون)\\s+(?:من|عند)\\s+${num}(?![\\p{L}\\d])`, 'gu'),
      new RegExp(`(?:الفئة|فئة|فئتك|فئته|فئتها)\\s+${TIER}(?![\\w])`, 'gu'),
      new RegExp(`(?<![\\w])${TIER}\\s+(?:فما\\s+فوق|وما\\s+فوقها|أو\\s+أعلى|فأعلى|وأعلى)`, 'gu'),
      /(?<![\w])(?<t>AAA|AA)(?![\w])/gu,
    ],
  },
};

const DIGITS = '(?<n>\\d[\\d,]*)';

export interface ShownFigure {
  /** The figure as the text wrote it. */
  text: string;
  number?: number;
  tier?: string;
}

function rulesFor(lang: string): FigureRules {
  return RULES[lang] ?? RULES.en;
}

/** Score-like figures in text a player reads, where the story prints every figure in digits. */
export function findShownFigures(text: string, lang: string): ShownFigure[] {
  const found: ShownFigure[] = [];
  for (const pattern of rulesFor(lang).patterns(DIGITS)) {
    for (const match of text.matchAll(pattern)) {
      const { n, t } = match.groups ?? {};
      if (n !== undefined) found.push({ text: match[0], number: Number(n.replaceAll(',', '')) });
      else if (t !== undefined) found.push({ text: match[0], tier: t });
    }
  }
  return found;
}

/** An EXTERNAL call that supplies a figure; what it leaves behind cannot match a pattern. */
const SUPPLIED = /\b(?:score|tier|needs|worth|floor|base|points)\(\s*(?:"[^"]*")?\s*\)/g;

/** The prose of one line of ink: no comments, logic, tags, or comparisons in conditions. */
function proseOf(line: string): string {
  const code = line.replace(/\/\/.*$/, '');
  if (/^\s*(?:~|VAR\b|CONST\b|===|EXTERNAL\b|INCLUDE\b|->)|~\s*return\b/.test(code)) return '';
  return code
    .replace(SUPPLIED, '⟨⟩')
    .replace(/(?:==|!=)\s*"[^"]*"/g, '')
    .replace(/(?<!\\)#[^#\]]*/g, '');
}

/** Score-like figures written as literals in one line of ink source. */
export function findLiteralFigures(line: string, lang: string): string[] {
  const prose = proseOf(line);
  if (!prose.trim()) return [];
  const rules = rulesFor(lang);
  const num = `(?<n>\\d[\\d,]*|${rules.numberWords})`;
  return rules.patterns(num).flatMap((pattern) => [...prose.matchAll(pattern)].map((match) => match[0].trim()));
}
