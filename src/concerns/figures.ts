import { tokenize } from '../redline/tokens.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Figures as drafters write them: "50 percent", "$3,005,442,000", and in words, "fifty per
 * cent", "one-half", "two-thirds of", "half of the revenues", "twelve months", "п'ятдесят
 * відсотків". Each is read to a value, so a change from "fifty percent" to "one-quarter" is a
 * figure that fell from 50 to 25, and its direction can be weighed.
 */

export type FigureKind = 'percent' | 'amount' | 'duration' | 'count' | 'ratio';

export interface Figure {
  kind: FigureKind;
  /** the words as written */
  text: string;
  /** percent for shares and fractions, the number for amounts, counts and ratios ("4.50:1" is 4.5), days for durations and sums in time */
  value: number;
  /** a sum measured in time ("six months' rent"): its value is days, not money */
  inTime?: true;
  /** a multiple of a sum ("twice the Price"): where a side has none, the sum is taken once (100) */
  multiple?: true;
  /** a margin over a floating rate ("EURIBOR plus 4%"): set by the change rules, not weighed against a fixed rate */
  margin?: true;
  /** a day of the calendar ("31 December 2028"), read as a time: its value is days since 1 January 1970, later is more time */
  date?: true;
  start: number;
  end: number;
}

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALES: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

// Ukrainian numerals, in the nominative ("п'ятдесят відсотків") and in the genitive they take after
// "протягом", "не менше", "у розмірі" ("протягом тридцяти днів", "двадцяти п'яти відсотків").
const UKRAINIAN_BY_APOSTROPHE: Record<string, number> = {
  'один': 1, 'одна': 1, 'два': 2, 'дві': 2, 'три': 3, 'чотири': 4, "п'ять": 5, 'шість': 6, 'сім': 7, 'вісім': 8, "дев'ять": 9,
  'десять': 10, 'одинадцять': 11, 'дванадцять': 12, 'тринадцять': 13, 'чотирнадцять': 14, "п'ятнадцять": 15, 'шістнадцять': 16, 'сімнадцять': 17,
  'вісімнадцять': 18, "дев'ятнадцять": 19, 'двадцять': 20, 'тридцять': 30, 'сорок': 40, "п'ятдесят": 50, 'шістдесят': 60, 'сімдесят': 70,
  'вісімдесят': 80, "дев'яносто": 90, 'сто': 100,
  'одного': 1, 'однієї': 1, 'двох': 2, 'трьох': 3, 'чотирьох': 4, "п'яти": 5, 'шести': 6, 'семи': 7, 'восьми': 8, "дев'яти": 9,
  'десяти': 10, 'одинадцяти': 11, 'дванадцяти': 12, 'тринадцяти': 13, 'чотирнадцяти': 14, "п'ятнадцяти": 15, 'шістнадцяти': 16, 'сімнадцяти': 17,
  'вісімнадцяти': 18, "дев'ятнадцяти": 19, 'двадцяти': 20, 'тридцяти': 30, 'сорока': 40, "п'ятдесяти": 50, 'шістдесяти': 60, 'сімдесяти': 70,
  'вісімдесяти': 80, "дев'яноста": 90, 'ста': 100,
};
// each spelt with each of the apostrophes Ukrainian text uses: ' ’ ʼ
const UKRAINIAN: Record<string, number> = Object.fromEntries(
  Object.entries(UKRAINIAN_BY_APOSTROPHE).flatMap(([word, value]) => (word.includes("'") ? ["'", '’', 'ʼ'].map((mark) => [word.replace("'", mark), value]) : [[word, value]])),
);

// ("point" for decimals: "two point five per cent"; "quarter" after a whole: "one and one-quarter per cent")
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(SCALES), 'and', 'a', 'half', 'point', 'quarters', 'quarter'].join('|')})`;
// (a run never opens with "and", "point" or "quarter": "until 2030, and sixty-five per cent" is
// sixty-five per cent, and a lone quarter is read as a fraction, where its "of" is seen)
const FIRST_NUMBER_WORD = `(?!(?:and|point|quarters?)\\b)${NUMBER_WORD}`;
/**
 * "one hundred", "twenty-five", "two hundred and fifty", "three and a half": runs of number words,
 * at most twelve (no figure a drafter writes is longer; an unbounded run let a crafted clause of
 * "a a a ..." be tried from every word to its end, seconds for 40 KB).
 */
const WORDS = `${FIRST_NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD}){0,11}`;

/** The value of a run of English number words ("two hundred and fifty" → 250, "three and a half" → 3.5), or null. */
export function wordsToNumber(words: string): number | null {
  let total = 0;
  let current = 0;
  let seen = false;
  // "a" or "one" stands for one ("a hundred"), unless a half follows it: "a half", "one-half", "two and one-half"
  let countedOne = false;
  // after "point", each unit is the next decimal digit ("one point seven five" → 1.75), kept as
  // digits so that the value is the one the same figure in digits has
  let decimals: string | null = null;
  let lastUnit = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/u)) {
    if (decimals !== null) {
      const digit = UNITS[word];
      if (digit === undefined || digit > 9) return null;
      decimals += String(digit);
      continue;
    }
    if (word === 'point') {
      if (!seen) return null;
      decimals = '';
      continue;
    }
    if (word === 'and') { countedOne = false; continue; }
    if (word === 'a') {
      countedOne = current === 0;
      current = current || 1;
      continue;
    }
    // ("one and three-quarters": the units just before are so many quarters)
    if (word === 'quarters') {
      if (lastUnit < 1 || lastUnit > 3) return null;
      current += lastUnit * 0.25 - lastUnit;
      lastUnit = 0;
      continue;
    }
    if (word === 'half' || word === 'quarter') {
      current = (countedOne ? current - 1 : current) + (word === 'half' ? 0.5 : 0.25);
      countedOne = false;
      seen = true;
      continue;
    }
    countedOne = word === 'one';
    lastUnit = word in UNITS ? UNITS[word]! : 0;
    if (word in UNITS) current += UNITS[word]!;
    else if (word in TENS) current += TENS[word]!;
    else if (word === 'hundred') current = (current || 1) * 100;
    else if (word in SCALES) {
      total += (current || 1) * SCALES[word]!;
      current = 0;
    } else return null;
    seen = true;
  }
  if (!seen) return null;
  // (decimals after a fraction, "two and a half point five", are no number)
  if (decimals) return Number.isInteger(total + current) ? Number(`${total + current}.${decimals}`) : null;
  return total + current;
}

const FRACTIONS: [RegExp, number][] = [
  [/^(?:one|a)[\s-]half$|^half$/iu, 50],
  [/^(?:one|a)[\s-]third$/iu, 100 / 3],
  [/^two[\s-]thirds$/iu, 200 / 3],
  [/^(?:one|a)[\s-](?:quarter|fourth)$/iu, 25],
  [/^three[\s-](?:quarters|fourths)$/iu, 75],
  [/^(?:one|a)[\s-]fifth$/iu, 20],
  [/^(?:one|a)[\s-]tenth$/iu, 10],
  [/^(?:one|a)[\s-]eighth$/iu, 12.5],
  [/^(?:one|a)[\s-]twentieth$/iu, 5],
  [/^(?:one|a)[\s-]hundredth$/iu, 1],
  // (so many fifths, eighths or tenths: "two-tenths of one per cent", "three-fifths")
  ...(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const).flatMap((count, i): [RegExp, number][] =>
    ([['fifths', 5], ['eighths', 8], ['tenths', 10]] as const).filter(([, parts]) => i + 2 < parts).map(([word, parts]) => [new RegExp(`^${count}[\\s-]${word}$`, 'iu'), (100 * (i + 2)) / parts]),
  ),
  [/^половин[аиу]$/iu, 50],
  [/^третин[аиу]$/iu, 100 / 3],
  [/^чверт[ьі]$/iu, 25],
];
// ("a third party", "a fourth state": an ordinal before a noun it counts, no fraction)
const FRACTION_WORDS = `(?:(?:one|a)[\\s-](?:half|third|quarter|fourth|fifth|eighth|tenth|twentieth|hundredth)(?![\\s-]+(?:part(?:y|ies)|person|persons|countr(?:y|ies)|state|states|entity|entities|time|round|tranche|instalment|installment|reading|year|anniversary)\\b)|(?:two|three|four|five|six|seven|eight|nine)[\\s-](?:fifths|eighths|tenths)|two[\\s-]thirds|three[\\s-](?:quarters|fourths)|half(?=\\s+of\\b)|половин[аиу]|третин[аиу]|чверт[ьі])`;

// ("per centum", the older form, is read as "per cent")
const PERCENT_WORDS = lazyPattern(() => new RegExp(`\\b(${WORDS})[\\s-]+(?:per[\\s-]?cent(?:um)?|percent)\\b`, 'giu'));
// (and the words first, the digits after them in brackets, as loan agreements write it: "two (2)
// per cent. per annum")
const WORDS_THEN_DIGITS_PERCENT = lazyPattern(() => new RegExp(`\\b${WORDS}\\s*\\((\\d{1,3}(?:[.,]\\d+)?)\\)\\s*(?:per[\\s-]?cent(?:um)?|percent)\\b`, 'giu'));
const DIGITS_THEN_WORDS_PERCENT = lazyPattern(() => new RegExp(`(?<![\\d.,])(\\d{1,3}(?:[.,]\\d+)?)\\s*\\(${WORDS}(?:[\\s-]+point[\\s-]+${WORDS})?\\)\\s*(?:per[\\s-]?cent(?:um)?|percent)\\b`, 'giu'));
const UKRAINIAN_PERCENT = lazyPattern(() => new RegExp(`(?<![\\p{L}'’ʼ])(${Object.keys(UKRAINIAN).join('|')})(?:\\s+(${Object.keys(UKRAINIAN).join('|')}))?\\s+(?:відсотк(?:ів|и|а)|процент(?:ів|и)?)`, 'giu'));
const FRACTION = lazyPattern(() => new RegExp(`(?<![\\p{L}])(${FRACTION_WORDS})(?![\\p{L}])`, 'giu'));
// "thirty (30) days", "five Business Days", "ten working days"
// (and the digits first, as drafts from Kyiv or Warsaw write them: "within 5 (five) banking days")
// (not the minutes of a time of day, "between 21.00 and 07.00 hours", nor the end of a decimal)
const DURATION = lazyPattern(() => new RegExp(`\\b(?<![\\d][.,:])(\\d+|${WORDS})(?:\\s*\\((?:\\d+|${WORDS})\\))?[\\s-]+(?:(?:business|working|calendar|banking|clear|consecutive|full|complete|whole)\\s+){0,2}(hour|day|week|month|year)s?\\b`, 'giu'));
// the possessive is what makes the time a measure of money: "six months' rent", but "within
// thirty days pay the Price" is a period
// (the sum may be a defined term: "twelve months' Capacity Charges", "one month's Monthly Recurring
// Charges")
const SUM_IN_TIME = lazyPattern(() => /^['’]s?\s+(?:(?:average|basic|gross|net|annual|monthly|base|total)\s+|\p{Lu}[\p{L}-]*\s+(?=\p{Lu}))?(?:rent|rental|salary|wages|pay|payments?|fees?|royalt(?:y|ies)|commissions?|interest|income|profits?|revenues?|remuneration|hire|charges?)\b/iu);
// (a defined term of several words, read case by case: under the i flag a capital matches any
// letter, and "month's notice or by payment" would read as a sum)
const SUM_IN_TIME_DEFINED = lazyPattern(() => /^['’]s?\s+(?:\p{Lu}[\p{L}-]*\s+){2,3}(?:Rent|Rental|Salary|Wages|Pay|Payments?|Fees?|Royalt(?:y|ies)|Commissions?|Interest|Income|Profits?|Revenues?|Remuneration|Hire|Charges?)\b/u);
// (a month is a twelfth of a year, so that "sixty (60) months" is "five years"; see sameFigure)
const DAYS: Record<string, number> = { hour: 1 / 24, day: 1, week: 7, month: 365 / 12, year: 365 };
// "the fifth anniversary", "the thirtieth Operating Year": a point so many years in
const ORDINAL_UNITS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11, twelfth: 12,
  thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
};
const ORDINAL_TENS: Record<string, number> = { twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90 };
const ORDINAL = `(?:(?:${Object.keys(TENS).join('|')})[\\s-]+(?:${Object.keys(ORDINAL_UNITS).join('|')})|${[...Object.keys(ORDINAL_UNITS), ...Object.keys(ORDINAL_TENS)].join('|')}|\\d{1,3}(?:st|nd|rd|th))`;
// (a plain "first year" names a stretch of time more than a point in it, and is left alone)
// (its digits may follow in brackets, "the fifteenth (15th) anniversary", as a day's do)
const YEAR_ORDINAL = lazyPattern(() => new RegExp(`\\b(${ORDINAL})(?:\\s+\\(\\d{1,3}(?:st|nd|rd|th)\\))?[\\s-]+(?:anniversary|(?:operating|contract|lease|calendar|financial|fiscal|production|concession)\\s+year)\\b`, 'giu'));

/** The value of an ordinal ("fifth" → 5, "twenty-fifth" → 25, "30th" → 30), or null. */
function ordinalValue(words: string): number | null {
  const digits = /^(\d+)/u.exec(words);
  if (digits) return Number(digits[1]);
  let value = 0;
  for (const word of words.toLowerCase().split(/[\s-]+/u)) {
    if (word in TENS) value += TENS[word]!;
    else if (word in ORDINAL_UNITS) value += ORDINAL_UNITS[word]!;
    else if (word in ORDINAL_TENS) value += ORDINAL_TENS[word]!;
    else return null;
  }
  return value;
}
// "за дванадцять місяців", "протягом тридцяти днів", "3 роки": longest numerals first, so "дванадцять" is not read as "два".
const UKRAINIAN_NUMERALS = Object.keys(UKRAINIAN).sort((a, b) => b.length - a.length).join('|');
const UKRAINIAN_DURATION = lazyPattern(() => new RegExp(`(?<![\\p{L}])(\\d+|${UKRAINIAN_NUMERALS})(?:\\s+(${UKRAINIAN_NUMERALS}))?\\s+(дн(?:ів|і|я)|день|тиж(?:день|ні|нів)|місяц(?:ів|і|я|ь)|рок(?:ів|и|у)|рік|літ)(?![\\p{L}])`, 'giu'));
const UKRAINIAN_UNIT: [RegExp, number][] = [[/^д/u, 1], [/^тиж/u, 7], [/^міс/u, 365 / 12], [/^(?:р|л)/u, 365]];

// So many things supplied, stationed or appointed: "four air-defence batteries", "3 additional
// inspectors", "twelve seats", "30,000 personnel". Two or more (a plural noun, or a noun of many
// such as "personnel", after at most two words), never a
// number that names a provision ("Article 5 units"), a date, a money, a share or a period. The
// noun must read as a plural: not a word that merely ends in "s" ("three gross tons", "two class
// A shares", "three is", "two of its"), so the search goes on to the noun after it.
const NOT_PLURAL_END = `(?<![su]s|is|\\b(?:a|ha|wa|wherea|ga|it|thi|hi|ye|thu|plu|u|le|unle|besi|perhap|alway)s)`;
// (a count restated in words in brackets, "18,000 (eighteen thousand) tonnes", is one count)
// (the look at the next character comes first: the look back over a run of spaces for
// "Article" would otherwise be taken at every space of a long run, which grows as its square)
const COUNT = lazyPattern(() => new RegExp(
  `(?=[\\p{L}\\d])(?<![\\p{L}\\d.,§$€£₴-]|\\b(?:article|section|clause|annex|schedule|paragraph|part|no|number|item|appendix|chapter|rule|stage|phase|level|tier|grade|class|category|type)\\.?\\s+)(\\d{1,3}(?:,\\d{3})*|${WORDS})(?:\\s*\\((?:\\d{1,3}(?:,\\d{3})*|${WORDS})\\))?\\s+((?:[\\p{L}][\\p{L}'’-]*\\s+){0,4}?)([\\p{L}][\\p{L}-]*s|personnel|staff|aircraft)\\b${NOT_PLURAL_END}`,
  'giu',
));
// plural nouns a count of which is a period, a money, a share or the agreement's own furniture
const NOT_COUNTED = /^(?:hours|days|weeks|months|years|minutes|times|occasions|dollars|euros|pounds|hryvnias|cents|fils|pence|kopecks|centimes|piastres|percents|parties|copies|originals|counterparts|languages|texts|articles|sections|clauses|annexes|paragraphs|others|ones|thousands|millions|billions|hundreds|tens|dozens|halves|thirds|quarters|fourths|fifths|tenths|hundredths|thousandths|weekdays|decades|centuries|terms|semesters|trimesters)$/iu;
// (the capitalised words of a street's name, and the word for the street, after a number)
const STREET_AFTER = lazyPattern(() => /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2}?\s+(?:Road|Street|Parade|Avenue|Lane|Square|Place|Way|Drive|Boulevard|Quay|Wharf|Row|Terrace|Crescent|Gardens|Yard|Mews|Close|Embankment|Strasse|Straße)\b/u);
// (or a street named after its word, "11 Quai des Pêcheurs", "4 Rue des Tanneurs")
const STREET_FIRST = /^(?:Quai|Rue|Avenue|Via|Calle|Chemin|Place|Plaza|Boulevard|Strada|Ulica)\s/u;
const SEATS_OF_WHOM = lazyPattern(() => new RegExp(`(?<![\\p{L}\\d])(\\d{1,2}|${WORDS})(?:\\s*\\(\\d{1,2}\\))?\\s+of\\s+whom(?=\\s+(?:shall|will|are\\s+to|to)\\s+be\\s+(?:appointed|nominated|designated|elected)\\b)`, 'giu'));
const CODED_SUM_AFTER = /^\s*\(\s*[A-Z]{3}\s?\d/u;
const PARTS_OF_A_SUM = /^(?:instal(?:l)?ments|amounts|payments|tranches|portions)$/iu;
const MAY_BE_COUNT = /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)/iu;

/**
 * The value of a percent or amount token as the tokenizer keeps it ("50 percent", "$5 billion").
 * Its tokens always hold digits; figures in words are read by their own patterns in figuresOf.
 */
export function figureValue(text: string): number | null {
  const digits = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)/u.exec(text);
  if (!digits) return null;
  const scale = /\b(thousand|million|billion|trillion)\b/iu.exec(text)?.[1]?.toLowerCase();
  return Number(digits[1]!.replace(/[, \u00a0\u202f]/gu, '')) * (scale ? SCALES[scale]! : 1);
}

/** Every figure in `text`, in order: digits (through the tokenizer), words, fractions, durations. */
// Words without one of which a pattern above cannot match, read the way it reads (case-insensitive,
// Unicode): most clauses have none, and the pattern is then not run over them. Every percent and
// amount token holds a digit.
const DIGIT = /\d/u;
const MAY_BE_PERCENT_WORDS = /per[\s-]?cent/iu;
const MAY_BE_FRACTION = /half|third|quarter|fourth|fifth|eighth|tenth|twentieth|hundredth|половин|третин|чверт/iu;
const MAY_BE_DURATION = /hour|day|week|month|year/iu;
const NEXT_DAY = /\b(?:the\s+)?(?:next|following)\s+(?:business|working|banking)\s+day\b/giu;
const MAY_BE_NEXT_DAY = /(?:next|following)\s+(?:business|working|banking)\s+day/iu;
const MAY_BE_YEAR_ORDINAL = /anniversary|year/iu;
// A time to act set as the day it falls on: "not later than the twentieth (20th) day after each
// month ends" is twenty days, as "within twenty days after" is
const DAY_ORDINAL = lazyPattern(() => new RegExp(`\\b(${ORDINAL})(?:\\s+\\(\\d{1,3}(?:st|nd|rd|th)\\))?\\s+(?:(?:business|working|banking|calendar)\\s+)?day(?=\\s+(?:after|following|from)\\b)`, 'giu'));
// (the words that make the day a deadline: "not later than the", "by the", "within the")
const DEADLINE_BEFORE = /\b(?:(?:not|no)\s+later\s+than|by|before|on\s+or\s+before|within)\s+the\s+$/iu;
const MAY_BE_DAY_ORDINAL = /\bday\s+(?:after|following|from)\b/iu;

// The benchmark rates a period may name the tenor of, after it
const RATE_TENOR_AFTER = /^[\s-]+(?:(?:Term|Compounded|Daily)\s+)?(?:SOFR|LIBOR|EURIBOR|SONIA|SARON|TONA|TIBOR|HIBOR|SIBOR|BBSY|CDOR|JIBAR|WIBOR|PRIBOR|BUBOR|STIBOR|NIBOR|CIBOR)\b/u;

// A multiple of a sum ("twice its Subscription Price", "three times the Annual Fee"), read as the
// share of that sum it comes to (200, 300). Never a frequency ("twice a year", "three times in
// any month"): the multiple must stand before the sum it multiplies. A number in words may have
// its digits after it ("ten (10) times the annual fee"), and a half its own ("one and one-half
// (1.5) times the basic hourly rate"); the multiple may be said again after it ("two and a half
// times (2.5x) the aggregate Funding").
const MULTIPLE = lazyPattern(() => new RegExp(
  `\\b(twice|double|triple|treble|(?:\\d{1,2}|${Object.keys(UNITS).join('|')})(?:\\s*\\(\\d{1,2}\\))?(?:\\s+and\\s+(?:a|one)(?:\\s+|-)half(?:\\s*\\(\\d{1,2}(?:\\.\\d)?\\))?)?\\s+times)(?:\\s*\\(\\s*\\d{1,2}(?:\\.\\d{1,2})?\\s*[x×]\\s*\\))?\\s+(?=(?:the|its|their|his|her|such|that|all|any)\\s|(?:an?\\s+)?(?:amount|sum)s?\\b)`,
  'giu',
));
const MULTIPLIERS: Record<string, number> = { twice: 2, double: 2, triple: 3, treble: 3 };
const MAY_BE_MULTIPLE = /twice|double|triple|treble|times/iu;
// "250 basis points", "150 bps": a hundredth of a per cent each, so a margin said in them is the
// share it stands for (2.5%), weighed against one said in per cent ("EURIBOR plus 2%" → "plus
// 250 basis points" raises it)
// (the number in words may have its digits after it: "two hundred and seventy-five (275) basis points")
const BASIS_POINTS = lazyPattern(() => new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?|\\b${WORDS})(?:[^\\S\\n]*\\(\\d{1,4}(?:\\.\\d+)?\\))?[\\s-]+(?:basis[\\s-]+points?|bps?)\\b`, 'giu'));
const MAY_BE_BASIS_POINTS = /basis|bps?\b/iu;

// A sum in words with its currency after it: "twelve million euros", "five hundred billion US
// dollars" (in digits, "EUR 12,000,000", the tokenizer reads it)
// (a dollar named by its country, "fifteen million Canadian dollars"; a code before the words,
// "USD five hundred million")
const AMOUNT_WORDS = lazyPattern(() => new RegExp(
  `\\b(${WORDS})\\s+(?:(?:United\\s+States|US|U\\.S\\.|Canadian|Australian|New\\s+Zealand|Singapore|Hong\\s+Kong)\\s+)?(?:dollars|euros?|pounds(?:\\s+sterling)?|hryvnias?|francs)\\b|\\b(?:USD|EUR|GBP|UAH|CHF)\\s+(${WORDS})\\b`,
  'giu',
));
const MAY_BE_AMOUNT_WORDS = /dollars|euro|pounds|hryvnia|francs|USD|EUR|GBP|UAH|CHF/iu;

// A sum in digits with a currency the tokenizer does not know after it, as treaties and older
// drafts write national currencies: "55 million crowns", "40,000 pounds sterling", "2 billion
// yen", "1,250,000 Velmoran lire" (and "forty million crowns" in words)
// (one of them said alone, "one Kestrian crown", "one dinar"; not "one pound", which may weigh)
const CURRENCY_WORDS = '(?:pounds(?:\\s+sterling)?|crowns?|kroner|kronor|kronur|krone|yen|rupees?|dinars?|shillings?|pesos?|rand|francs?|lei|leu|zlotys?|riyals?|dirhams?|liras?|lire|manats?|tenge|lari|drams?|kunas?|forints?|leva|lev|denars?|guilders?|florins?|roubles?|rubles?|kwacha|nairas?|cedis?|birr|baht|ringgits?|rupiahs?|thalers?|ducats?)';
// (the currency named by its country, "Swiss francs", "Norwegian kroner", "South African rand")
const CURRENCY_COUNTRY = '(?:(?:Swiss|Japanese|Norwegian|Swedish|Danish|Icelandic|Czech|South\\s+African|Indian|Pakistani|Kenyan|Ugandan|Tanzanian|Mexican|Chilean|Colombian|Philippine|Polish|Saudi|Qatari|Omani|Emirati|UAE|Moroccan|Tunisian|Algerian|Turkish|Egyptian|Jordanian|Kuwaiti|Bahraini|Serbian|Romanian|Moldovan|\\p{Lu}\\p{Ll}+(?:an|ese|ish|i))\\s+)?';
const DIGIT_AMOUNT = lazyPattern(() => new RegExp(`(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?:\\s+(thousand|million|billion))?\\s+${CURRENCY_COUNTRY}${CURRENCY_WORDS}\\b`, 'giu'));
// (its digits may follow the words in brackets: "two million (2,000,000) Samarran dinars")
const WORDS_AMOUNT = lazyPattern(() => new RegExp(`\\b(${WORDS})(?:\\s*\\(\\d[\\d,.]*\\))?\\s+${CURRENCY_COUNTRY}${CURRENCY_WORDS}\\b`, 'giu'));
const MAY_BE_CURRENCY_WORDS = /pounds|crown|kron|yen|rupee|dinar|shilling|peso|rand|franc|lei|leu|zloty|riyal|dirham|lira|lire|manat|tenge|lari|dram|kuna|forint|lev|denar|guilder|florin|r[ou]ble|kwacha|naira|cedi|birr|baht|ringgit|rupiah|thaler|ducat/iu;

// A sum under a currency's code the tokenizer does not know ("KSD 2.40"), read where the words in
// brackets after it name a currency: "KSD 2.40 (two Kestrian dinars and forty fils)"
const CODED_AMOUNT = lazyPattern(() => new RegExp(`(?<![\\p{L}\\d])[A-Z]{3}[^\\S\\n]?(\\d{1,3}(?:,\\d{3})*(?:\\.\\d+)?)(?=[^\\S\\n]*\\([^()]{0,60}?\\b${CURRENCY_WORDS}\\b)`, 'gu'));

// A sum in the IMF's unit of account, which treaties on nuclear or maritime liability cap in:
// "50 million Special Drawing Rights", "300,000 SDR" (the word diff reads "SDR 50" before its number)
const DRAWING_RIGHTS = /(?<![\d.,])(\d{1,3}(?:,\d{3})*(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(million|billion|thousand))?\s+(?:Special\s+Drawing\s+Rights|SDRs?)\b/gu;
const MAY_BE_DRAWING_RIGHTS = /Drawing\s+Rights|SDR/u;
// A price in the hundredth of a currency, as tariffs and rates per unit are set: "6.10 US cents per
// kWh", "4.5 cents per bushel", "75 pence a litre" (read in the whole unit, so a cut from 6.10 to
// 5.85 cents is a cut)
const HUNDREDTHS = /(?<![\d.,])(\d+(?:\.\d+)?)\s+(?:(?:US|U\.S\.|euro|Euro)\s+)?(?:cents|pence|eurocents)\b/gu;
const MAY_BE_HUNDREDTHS = /cents|pence/u;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

function multipleValue(words: string): number | null {
  const lower = words.toLowerCase();
  if (MULTIPLIERS[lower] !== undefined) return 100 * MULTIPLIERS[lower];
  // (the digits a number in words may have after it are the same number: "ten (10) times")
  const m = /^(\S+)(?:\s*\(\d{1,2}\))?(\s+and\s+(?:a|one)(?:\s+|-)half(?:\s*\(\d{1,2}(?:\.\d)?\))?)?\s+times$/u.exec(lower);
  if (!m) return null;
  const base = /^\d+$/u.test(m[1]!) ? Number(m[1]) : (UNITS[m[1]!] ?? null);
  return base === null ? null : 100 * (base + (m[2] ? 0.5 : 0));
}

/**
 * "one-quarter of one per cent", "one-half of 1%": a fraction of a percentage, read as one figure
 * (a quarter of one per cent is 0.25%, not 25%). It starts where the fraction does, so it is kept
 * over the two read apart.
 */
function fractionsOfPercentages(text: string, fractions: readonly Figure[], figures: readonly Figure[]): Figure[] {
  if (fractions.length === 0) return [];
  // each percentage by where it starts: a crafted clause of thousands of fractions looks each up once
  const fractionSet = new Set(fractions);
  const percentageAt = new Map<number, Figure>();
  for (const f of figures) if (f.kind === 'percent' && !f.multiple && !fractionSet.has(f) && !percentageAt.has(f.start)) percentageAt.set(f.start, f);
  const whole: Figure[] = [];
  for (const fraction of fractions) {
    const of = /^\s+of\s+/u.exec(text.slice(fraction.end, fraction.end + 8));
    const percentage = of && percentageAt.get(fraction.end + of[0].length);
    if (percentage) whole.push({ kind: 'percent', text: text.slice(fraction.start, percentage.end), value: (fraction.value * percentage.value) / 100, start: fraction.start, end: percentage.end });
  }
  return whole;
}

/**
 * One figure however written: "fifty percent" and "one-half", "five per cent" and "5%". Periods
 * within a day and a half in a hundred of each other are one ("thirty days" and "one month", "52
 * weeks" and "one year"): drafts say the same time in either unit.
 */
export const sameFigure = (a: Figure, b: Figure) =>
  a.kind === b.kind && Boolean(a.inTime) === Boolean(b.inTime) && Boolean(a.date) === Boolean(b.date) && (a.kind === 'duration' && !a.date ? sameTime(a.value, b.value) : Math.abs(a.value - b.value) < 1e-6);

/**
 * A count of the figures of `list` that are each asked figure as sameFigure reads it. Within one
 * kind the figures that are a figure form one run of the values in order (sameFigure grows no
 * looser with distance), so two searches in the sorted values find it: a crafted clause of tens
 * of thousands of figures is counted in n log n, where counting by a walk over the list for each
 * figure had taken seconds.
 */
export function figureCounter(list: readonly Figure[]): (figure: Figure) => number {
  const groupOf = (f: Figure) => `${f.kind}|${f.inTime ? 't' : ''}|${f.date ? 'd' : ''}`;
  const groups = new Map<string, Figure[]>();
  for (const f of list) {
    const group = groups.get(groupOf(f));
    if (group) group.push(f);
    else groups.set(groupOf(f), [f]);
  }
  for (const group of groups.values()) group.sort((a, b) => a.value - b.value);
  // the first index at which `past` holds: `past` is false and then true along the sorted values
  const firstPast = (sorted: Figure[], past: (f: Figure) => boolean) => {
    let [low, high] = [0, sorted.length];
    while (low < high) {
      const middle = (low + high) >> 1;
      if (past(sorted[middle]!)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  return (figure) => {
    const sorted = groups.get(groupOf(figure));
    if (!sorted) return 0;
    const from = firstPast(sorted, (f) => f.value >= figure.value || sameFigure(f, figure));
    const to = firstPast(sorted, (f) => f.value > figure.value && !sameFigure(f, figure));
    return to - from;
  };
}

/** Two periods in days that are one time said in other units ("sixty (60) months", "five years"). */
export function sameTime(a: number, b: number): boolean {
  return Math.abs(a - b) <= DURATION_TOLERANCE * Math.max(a, b);
}
const DURATION_TOLERANCE = 0.015;

// "4.50:1" (not a time of day, nor a split of two shares: the second term is one), "3.75 to 1" or
// "4.0x" (each with decimals: "from 5 to 1 members" and "2x" are no ratios)
const COVENANT_RATIO = lazyPattern(() => /(?<![\d.:])(\d{1,3}(?:\.\d{1,2})?)\s*:\s*1(?:\.0{1,2})?(?![\d:]|\.\d)|(?<![\d.])(\d{1,3}\.\d{1,2})\s+to\s+1(?:\.0{1,2})?(?!\d|\.\d)|(?<![\d.])(\d{1,2}\.\d{1,2})\s?[x×](?![\p{L}\d])/gu);
// the words of a measure of debt or cover a covenant's ratio follows ("Leverage", "the ratio of Net Debt to EBITDA")
const COVENANT_MEASURE_BEFORE = /\b(?:[Rr]atio|[Ll]everage|[Cc]over(?:age)?|[Gg]earing|EBITDA|DSCR|LLCR|LTV|[Ll]oan[\s-]to[\s-][Vv]alue|[Dd]ebt|[Ii]ndebtedness|[Cc]urrent\s+[Aa]ssets)\b[^.;]*$/u;
const MAY_BE_RATIO = /:\s*1|\d\s+to\s+1|\d[x×]/u;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = `(?:${MONTHS.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})`;
const CALENDAR_DATE = lazyPattern(() => new RegExp(`\\b(?:(?<day>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${MONTH})\\s+(?<year>(?:19|20)\\d{2})|(?<month2>${MONTH})\\s+(?<day2>\\d{1,2}),\\s+(?<year2>(?:19|20)\\d{2}))\\b`, 'gu'));
const MAY_BE_DATE = /(?:19|20)\d{2}/u;
const DOCUMENT_DATE_BEFORE = /\b(?:effective\s+date|last\s+(?:updated|modified|revised)|dated|version\s+(?:of|dated))\s*:?\s*$/iu;

/** A split written as a ratio: "in the proportions of 40:60", "shared 60:40 between". */
export const SPLIT_RATIO = /\b(?:(?:proportions?|ratio|split)\s+of|(?:shared|divided|split|allocated|apportioned))\s+(\d{1,3})\s*:\s*(\d{1,3})(?![\d:])/giu;

// (or in words: "shared between Estmark and Lorn in the proportion of eighty to twenty")
const SPLIT_RATIO_IN_WORDS = lazyPattern(() => new RegExp(`\\b(?:proportions?|ratio)\\s+of\\s+(${WORDS})\\s+to\\s+(${WORDS})(?![\\p{L}-])`, 'giu'));

/** The ratios a text splits something in, in text order: where each stands (from its first number) and its two parts. */
export function splitRatiosIn(text: string): { first: number; second: number; text: string; start: number; end: number }[] {
  const found: { first: number; second: number; text: string; start: number; end: number }[] = [];
  for (const m of text.includes(':') ? text.matchAll(SPLIT_RATIO) : []) {
    const [first, second] = [Number(m[1]), Number(m[2])];
    const from = m[0].search(/\d/u);
    if (first + second > 0) found.push({ first, second, text: m[0].slice(from), start: m.index + from, end: m.index + m[0].length });
  }
  for (const m of /\b(?:proportions?|ratio)\s+of\s/iu.test(text) ? text.matchAll(SPLIT_RATIO_IN_WORDS()) : []) {
    const [first, second] = [wordsToNumber(m[1]!), wordsToNumber(m[2]!)];
    // (the ratio stands from its first number, after "proportion of ")
    const of = /\bof\s+/iu.exec(m[0])!;
    const at = m.index + of.index + of[0].length;
    if (first !== null && second !== null && first + second > 0 && first <= 100 && second <= 100) found.push({ first, second, text: text.slice(at, m.index + m[0].length), start: at, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

export function figuresOf(text: string): Figure[] {
  const figures: Figure[] = [];
  const fractions: Figure[] = [];
  let at = 0;
  for (const token of DIGIT.test(text) ? tokenize(text) : []) {
    if (token.kind === 'percent' || token.kind === 'amount') {
      const value = figureValue(token.text);
      if (value !== null) figures.push({ kind: token.kind, text: token.text, value, start: at, end: at + token.text.length });
    }
    at += token.text.length;
  }
  for (const m of MAY_BE_PERCENT_WORDS.test(text) ? text.matchAll(PERCENT_WORDS()) : []) {
    const value = wordsToNumber(m[1]!);
    if (value !== null) figures.push({ kind: 'percent', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  // the digits with the words in brackets before "per cent": "30 (thirty) per cent"
  for (const m of /\d\s*\(/u.test(text) ? text.matchAll(DIGITS_THEN_WORDS_PERCENT()) : []) {
    figures.push({ kind: 'percent', text: m[0], value: Number(m[1]!.replace(',', '.')), start: m.index, end: m.index + m[0].length });
  }
  for (const m of /\(\d{1,3}(?:[.,]\d+)?\)\s*per/iu.test(text) ? text.matchAll(WORDS_THEN_DIGITS_PERCENT()) : []) {
    figures.push({ kind: 'percent', text: m[0], value: Number(m[1]!.replace(',', '.')), start: m.index, end: m.index + m[0].length });
  }
  // the Ukrainian readings scan for many words at every position: only where there is Cyrillic
  const cyrillic = /\p{Script=Cyrillic}/u.test(text);
  for (const m of cyrillic ? text.matchAll(UKRAINIAN_PERCENT()) : []) {
    const value = (UKRAINIAN[m[1]!.toLowerCase()] ?? 0) + (m[2] ? (UKRAINIAN[m[2].toLowerCase()] ?? 0) : 0);
    figures.push({ kind: 'percent', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_FRACTION.test(text) ? text.matchAll(FRACTION()) : []) {
    const value = FRACTIONS.find(([pattern]) => pattern.test(m[1]!))?.[1];
    if (value === undefined) continue;
    const fraction: Figure = { kind: 'percent', text: m[0], value, start: m.index, end: m.index + m[0].length };
    figures.push(fraction);
    fractions.push(fraction);
  }
  for (const m of MAY_BE_BASIS_POINTS.test(text) ? text.matchAll(BASIS_POINTS()) : []) {
    const points = /^\d/u.test(m[1]!) ? Number(m[1]!.replaceAll(',', '')) : wordsToNumber(m[1]!);
    if (points !== null) figures.push({ kind: 'percent', text: m[0], value: points / 100, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_AMOUNT_WORDS.test(text) ? text.matchAll(AMOUNT_WORDS()) : []) {
    // (the pattern is case-blind for the words; a code is written in capitals)
    if (m[2] !== undefined && !/^[A-Z]{3}/u.test(m[0])) continue;
    const value = wordsToNumber((m[1] ?? m[2])!);
    if (value !== null) figures.push({ kind: 'amount', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_CURRENCY_WORDS.test(text) ? text.matchAll(DIGIT_AMOUNT()) : []) {
    const value = Number(m[1]!.replaceAll(',', '')) * (m[2] ? SCALE[m[2].toLowerCase()]! : 1);
    figures.push({ kind: 'amount', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_CURRENCY_WORDS.test(text) ? text.matchAll(WORDS_AMOUNT()) : []) {
    const value = wordsToNumber(m[1]!);
    if (value !== null) figures.push({ kind: 'amount', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_CURRENCY_WORDS.test(text) ? text.matchAll(CODED_AMOUNT()) : []) {
    // (a code the tokenizer knows, "USD 5", is read there already)
    if (figures.some((f) => f.kind === 'amount' && f.start <= m.index && f.end > m.index)) continue;
    figures.push({ kind: 'amount', text: m[0], value: Number(m[1]!.replaceAll(',', '')), start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_DRAWING_RIGHTS.test(text) ? text.matchAll(DRAWING_RIGHTS) : []) {
    const value = Number(m[1]!.replaceAll(',', '')) * (m[2] ? SCALE[m[2]]! : 1);
    figures.push({ kind: 'amount', text: m[0], value, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_HUNDREDTHS.test(text) ? text.matchAll(HUNDREDTHS) : []) {
    figures.push({ kind: 'amount', text: m[0], value: Number(m[1]!) / 100, start: m.index, end: m.index + m[0].length });
  }
  // a split written as a ratio ("in the proportions of 40:60", "in the proportion of eighty to
  // twenty"): the first party's share, in per cent
  for (const ratio of splitRatiosIn(text)) figures.push({ kind: 'percent', text: ratio.text, value: (100 * ratio.first) / (ratio.first + ratio.second), start: ratio.start, end: ratio.end });
  // a financial ratio a covenant keeps ("Leverage does not exceed 4.50:1", "3.75 to 1", "4.0x")
  // (only after the words of a measure of debt or cover: "on a 1:1 basis" is no covenant)
  for (const m of MAY_BE_RATIO.test(text) ? text.matchAll(COVENANT_RATIO()) : []) {
    if (!COVENANT_MEASURE_BEFORE.test(text.slice(Math.max(0, m.index - 120), m.index))) continue;
    figures.push({ kind: 'ratio', text: m[0], value: Number(m[1] ?? m[2] ?? m[3]), start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_MULTIPLE.test(text) ? text.matchAll(MULTIPLE()) : []) {
    const value = multipleValue(m[1]!);
    if (value !== null) figures.push({ kind: 'percent', text: m[1]!, value, multiple: true, start: m.index, end: m.index + m[1]!.length });
  }
  for (const m of MAY_BE_DURATION.test(text) ? text.matchAll(DURATION()) : []) {
    const count = /^\d+$/u.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
    // "six months' rent", "one year's average commission": a sum measured in time, not a period
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
    const sum = SUM_IN_TIME().test(after) || SUM_IN_TIME_DEFINED().test(after);
    // ("six-month Term SOFR", "3-month EURIBOR": the tenor of a floating rate names the rate, no period)
    if (RATE_TENOR_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 20))) continue;
    if (count !== null) figures.push({ kind: sum ? 'amount' : 'duration', text: m[0], value: count * DAYS[m[2]!.toLowerCase()]!, start: m.index, end: m.index + m[0].length, ...(sum ? { inTime: true as const } : {}) });
  }
  // a day of the calendar ("31 December 2028", "June 1, 2028"): weighed as the time it leaves
  for (const m of MAY_BE_DATE.test(text) ? text.matchAll(CALENDAR_DATE()) : []) {
    const [day, month, year] = m.groups!.day ? [m.groups!.day, m.groups!.month!, m.groups!.year!] : [m.groups!.day2!, m.groups!.month2!, m.groups!.year2!];
    const at = MONTHS.indexOf(month.toLowerCase());
    // (not the date of the document itself: "Effective date: April 19, 2019", "Last updated")
    if (Number(day) < 1 || Number(day) > 31 || DOCUMENT_DATE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    figures.push({ kind: 'duration', text: m[0], value: Date.UTC(Number(year), at, Number(day)) / 86_400_000, start: m.index, end: m.index + m[0].length, date: true });
  }
  // "by the end of the next Business Day": a time to act of one day, said without a number
  for (const m of MAY_BE_NEXT_DAY.test(text) ? text.matchAll(NEXT_DAY) : []) {
    figures.push({ kind: 'duration', text: m[0], value: 1, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_YEAR_ORDINAL.test(text) ? text.matchAll(YEAR_ORDINAL()) : []) {
    const count = ordinalValue(m[1]!);
    if (count !== null) figures.push({ kind: 'duration', text: m[0], value: count * DAYS.year!, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_DAY_ORDINAL.test(text) ? text.matchAll(DAY_ORDINAL()) : []) {
    // (a day things must be done by, not the day an agreement enters into force on)
    if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const count = ordinalValue(m[1]!);
    if (count !== null) figures.push({ kind: 'duration', text: m[0], value: count, start: m.index, end: m.index + m[0].length });
  }
  for (const m of cyrillic ? text.matchAll(UKRAINIAN_DURATION()) : []) {
    const count = /^\d+$/u.test(m[1]!) ? Number(m[1]) : (UKRAINIAN[m[1]!.toLowerCase()] ?? 0) + (m[2] ? (UKRAINIAN[m[2].toLowerCase()] ?? 0) : 0);
    const unit = UKRAINIAN_UNIT.find(([re]) => re.test(m[3]!.toLowerCase()))![1];
    figures.push({ kind: 'duration', text: m[0], value: count * unit, start: m.index, end: m.index + m[0].length });
  }
  for (const m of MAY_BE_COUNT.test(text) ? text.matchAll(COUNT()) : []) {
    // "two of its members", "two per shift": a part of a whole, or a rate, is not so many things
    if (NOT_COUNTED.test(m[3]!) || /\b(?:per|of)\s/iu.test(m[2]!)) continue;
    // "14 Kings Parade", "11 Quai des Pêcheurs": a number in an address, not so many things
    if (STREET_AFTER().test(text.slice(m.index + m[0].length - m[3]!.length, m.index + m[0].length + 40)) || STREET_FIRST.test(m[2]!)) continue;
    // "payable in four equal instalments", "pay the Rent by four (4) equal instalments": the parts
    // one sum is paid in, not so many sums
    if (PARTS_OF_A_SUM.test(m[3]!) && /\b(?:in|by)\s+$/iu.test(text.slice(Math.max(0, m.index - 4), m.index))) continue;
    // "30,000 personnel": thousands grouped with commas
    const count = /^\d{1,3}(?:,\d{3})*$/u.test(m[1]!) ? Number(m[1]!.replaceAll(',', '')) : wordsToNumber(m[1]!);
    // (a currency of its own name, its code and digits in brackets after it: "twelve Calveran pesos
    // (CVP 12)" is a sum of money, not so many things)
    const money = CODED_SUM_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
    if (count !== null && count >= 2 && Number.isInteger(count)) figures.push({ kind: money ? 'amount' : 'count', text: m[0], value: count, start: m.index, end: m.index + m[0].length });
  }
  // seats of a body a party fills, the body named before ("five directors, four (4) of whom shall
  // be appointed by Party A"): so many seats, a count as "four directors" would be
  for (const m of /\bof\s+whom\b/u.test(text) ? text.matchAll(SEATS_OF_WHOM()) : []) {
    const count = /^\d+$/u.test(m[1]!) ? Number(m[1]) : wordsToNumber(m[1]!);
    if (count !== null && Number.isInteger(count)) figures.push({ kind: 'count', text: m[0], value: count, start: m.index, end: m.index + m[0].length });
  }
  figures.push(...fractionsOfPercentages(text, fractions, figures));
  // one reading per place: a digit figure wins over words read inside it
  figures.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Figure[] = [];
  for (const figure of figures) if (kept.length === 0 || figure.start >= kept.at(-1)!.end) kept.push(figure);
  return kept;
}

/** The text with each figure in it ("ten years", "50 percent") replaced by one mark. */
export function withoutFigures(text: string): string {
  let out = '';
  let at = 0;
  for (const figure of figuresOf(text)) {
    out += `${text.slice(at, figure.start)}#`;
    at = figure.end;
  }
  return out + text.slice(at);
}

// The lead of a figure repeated in digits after its words ("falls below ninety-nine point nine per
// cent (" before "99.9%"), without those words: what the words stand after is what the digits do.
const FIGURE_WORDS_THEN_PAREN = /\s*\(\s*$/u;
export function withoutWordsOfFigure(lead: string): string {
  if (!FIGURE_WORDS_THEN_PAREN.test(lead)) return lead;
  const cut = lead.replace(FIGURE_WORDS_THEN_PAREN, '');
  const last = figuresOf(cut.slice(-80)).at(-1);
  if (last && last.end === Math.min(80, cut.length)) return cut.slice(0, cut.length - Math.min(80, cut.length) + last.start);
  // (or a sum spelled in capitals that no figure is read in: "at a price of Euro Twenty-One Million (")
  const spelled = SUM_SPELLED_THEN_PAREN().exec(lead.slice(-160));
  return spelled ? `${lead.slice(0, lead.length - Math.min(160, lead.length) + spelled.index)} ` : lead;
}
const SUM_SPELLED_THEN_PAREN = lazyPattern(() => new RegExp(
  `(?:\\s+(?:(?:US|U\\.S\\.)\\s+)?(?:euros?|dollars?|pounds?|sterling|francs?|kroner|krone|yen|yuan|${NUMBER_WORD}(?:-${NUMBER_WORD})?))+\\s*\\(\\s*$`,
  'iu',
));
