import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeNumber } from '../../src/parse/number.js';
import { cyrillicLetterValue, letterValue, romanValue, toRoman } from '../../src/parse/ordinals.js';

// The counters a parser reads clause numbers with, held to exact values (written where deliberate
// small bugs in them passed every other test).

describe('clause numbers in their comparable form', () => {
  it.each([
    [null, null],
    ['4.1', '4.1'],
    ['12.', '12'],
    ['1.1.', '1.1'],
    ['SEC. 501.', 'section 501'],
    ['Sec 7', 'section 7'],
    ['ARTICLE IV —', 'article 4'],
    ['Article 12:', 'article 12'],
    ['Art. 3', 'article 3'],
    ['Стаття 5', 'article 5'],
    ['Розділ II', 'title 2'],
    ['§ 12', 'section 12'],
    ['§§ 12', 'section 12'],
    ['Annex C', 'annex c'],
    ['Annex V', 'annex 5'],
    ['Annex X', 'annex 10'],
    ['Schedule 2 -', 'schedule 2'],
    ['Chapter  XI', 'chapter 11'],
    ['Додаток А', 'annex а'],
    ['(a)', '(a)'],
    ['Part Two', 'part two'],
    ['Widget 4', 'widget 4'],
  ])('%s → %s', (label, expected) => {
    expect(normalizeNumber(label)).toBe(expected);
  });
});

describe('ordinals', () => {
  it('Roman numerals in either case, only in their canonical spelling', () => {
    expect([romanValue('i'), romanValue('IV'), romanValue('ix'), romanValue('XL'), romanValue('xc'), romanValue('CD'), romanValue('cm'), romanValue('MCMXCIV')]).toEqual([1, 4, 9, 40, 90, 400, 900, 1994]);
    expect(romanValue('iiii')).toBeNaN();
    expect(romanValue('ic')).toBeNaN();
    expect(romanValue('vx')).toBeNaN();
    expect(romanValue('a')).toBeNaN();
    expect(romanValue('')).toBeNaN();
  });

  it('writes every value back as the numeral it reads', () => {
    expect([toRoman(1), toRoman(4), toRoman(14), toRoman(49), toRoman(444), toRoman(3999)]).toEqual(['i', 'iv', 'xiv', 'xlix', 'cdxliv', 'mmmcmxcix']);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 3999 }), (n) => {
        expect(romanValue(toRoman(n))).toBe(n);
      }),
    );
  });

  it('letters: a to z, then doubled letters as statutes count them', () => {
    expect([letterValue('a'), letterValue('Z'), letterValue('aa'), letterValue('BB'), letterValue('zz')]).toEqual([1, 26, 27, 28, 52]);
    expect(letterValue('ab')).toBeNaN();
    expect(letterValue('aaa')).toBeNaN();
    expect(letterValue('1')).toBeNaN();
  });

  it('Cyrillic capitals in alphabet order, Ukrainian letters included', () => {
    expect([cyrillicLetterValue('А'), cyrillicLetterValue('б'), cyrillicLetterValue('Ґ'), cyrillicLetterValue('Є'), cyrillicLetterValue('Я')]).toEqual([1, 2, 5, 8, 33]);
    expect(cyrillicLetterValue('Q')).toBeNaN();
  });
});
