import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { literalGate, literalGateOf, requiredLiterals, sourceOf } from '../../src/concerns/literals.js';
import { shippedPhraseRules } from '../../src/concerns/phrase-rules.js';

/**
 * The reading of a pattern into the words it cannot match without, construct by construct: what
 * it may claim (a word every match contains) and what it must not give up on (a word it can see).
 */

describe('the words a pattern cannot match without', () => {
  it('keeps the run whose shortest word is longest, and the first of two as long', () => {
    expect(requiredLiterals('(?:a|bcdefg)xyz')).toEqual(['xyz']);
    expect(requiredLiterals('xyz(?:a|bcdefg)')).toEqual(['xyz']);
    expect(requiredLiterals('abc.defg')).toEqual(['defg']);
    expect(requiredLiterals('abcd.efg')).toEqual(['abcd']);
    expect(requiredLiterals('abc.def')).toEqual(['abc']);
  });

  it('gives nothing where one alternative needs nothing', () => {
    expect(requiredLiterals('abcd|.')).toBeNull();
    expect(requiredLiterals('.|abcd')).toBeNull();
    expect(requiredLiterals('(?:veto|)', 0)).toBeNull();
    expect(requiredLiterals('', 0)).toBeNull();
  });

  it('reads each quantifier by the least count it allows, lazy or not', () => {
    expect(requiredLiterals('x+', 1)).toEqual(['x']);
    expect(requiredLiterals('x*', 1)).toBeNull();
    expect(requiredLiterals('x?', 1)).toBeNull();
    expect(requiredLiterals('abcd*')).toEqual(['abc']);
    expect(requiredLiterals('abcd?')).toEqual(['abc']);
    expect(requiredLiterals('abcd+efg')).toEqual(['abc']);
    expect(requiredLiterals('(?:veto)+?')).toEqual(['veto']);
    expect(requiredLiterals('(?:veto)*?x')).toBeNull();
    expect(requiredLiterals('(?:veto)??x')).toBeNull();
    expect(requiredLiterals('(?:veto){2}')).toEqual(['veto']);
    expect(requiredLiterals('(?:veto){1,3}?ab')).toEqual(['veto']);
    expect(requiredLiterals('(?:veto){0,3}ab')).toBeNull();
    expect(requiredLiterals('(?:veto){0}ab')).toBeNull();
    expect(requiredLiterals('(?:veto){12}')).toEqual(['veto']);
    expect(requiredLiterals('(?:veto){1x}')).toBeNull();
    expect(requiredLiterals('(?:veto){,2}')).toBeNull();
    expect(requiredLiterals('(?:veto){2,3,}')).toBeNull();
    expect(requiredLiterals('(?:veto){2,3}abcde')).toEqual(['abcde']);
    expect(requiredLiterals('(?:veto){2}?abcde')).toEqual(['abcde']);
    expect(requiredLiterals('veto+?consent')).toEqual(['consent']);
  });

  it('steps over every escape whole, and reads none as a word', () => {
    expect(requiredLiterals('\\p{L}veto')).toEqual(['veto']);
    expect(requiredLiterals('\\P{Lu}veto')).toEqual(['veto']);
    expect(requiredLiterals('\\p{Script=Cyrillic}veto')).toEqual(['veto']);
    expect(requiredLiterals('\\u{1F600}veto')).toEqual(['veto']);
    expect(requiredLiterals('(?<w>ab)\\k<w>veto')).toEqual(['veto']);
    expect(requiredLiterals('\\u0041veto')).toEqual(['veto']);
    expect(requiredLiterals('\\u0041ve')).toBeNull();
    expect(requiredLiterals('\\x41veto')).toEqual(['veto']);
    expect(requiredLiterals('\\x41ve')).toBeNull();
    expect(requiredLiterals('\\cJveto')).toEqual(['veto']);
    expect(requiredLiterals('\\cJve')).toBeNull();
    expect(requiredLiterals('\\dveto')).toEqual(['veto']);
    expect(requiredLiterals('\\dve')).toBeNull();
    expect(requiredLiterals('ve\\.to')).toBeNull();
    // a \p or \k without its brace or bracket is two characters, like any other escape
    expect(requiredLiterals('\\kveto')).toEqual(['veto']);
    expect(requiredLiterals('\\pveto')).toEqual(['veto']);
    expect(requiredLiterals('\\p{L}ab}cdef')).toEqual(['cdef']);
    expect(requiredLiterals('\\k<w>ab>cdef')).toEqual(['ab>cdef']);
  });

  it('steps over a class whole, escaped brackets inside it included', () => {
    expect(requiredLiterals('[a-c]veto')).toEqual(['veto']);
    expect(requiredLiterals('[\\]ab]veto')).toEqual(['veto']);
    expect(requiredLiterals('[^x]veto[yz]')).toEqual(['veto']);
    expect(requiredLiterals('[veto]+')).toBeNull();
    expect(requiredLiterals('veto[abc')).toBeNull();
  });

  it('reads groups of every kind, and nothing inside a lookaround', () => {
    expect(requiredLiterals('(?:veto)')).toEqual(['veto']);
    expect(requiredLiterals('(veto)')).toEqual(['veto']);
    expect(requiredLiterals('(?<name>veto)')).toEqual(['veto']);
    expect(requiredLiterals('(?=veto)ab')).toBeNull();
    expect(requiredLiterals('(?!veto)ab')).toBeNull();
    expect(requiredLiterals('(?<=veto)ab')).toBeNull();
    expect(requiredLiterals('(?<!veto)ab')).toBeNull();
    expect(requiredLiterals('(?<=veto)consent')).toEqual(['consent']);
    expect(requiredLiterals('(?<!veto)consent')).toEqual(['consent']);
    expect(requiredLiterals('(?<=x)(?:veto)')).toEqual(['veto']);
    expect(requiredLiterals('(?<name>ab)veto')).toEqual(['veto']);
  });

  it('gives up on what it cannot read', () => {
    expect(requiredLiterals('(?i:veto)')).toBeNull();
    expect(requiredLiterals('(?:veto')).toBeNull();
    expect(requiredLiterals('veto)consent')).toBeNull();
    expect(requiredLiterals('(?:veto)x)')).toBeNull();
  });

  it('keeps a character outside the basic plane whole', () => {
    expect(requiredLiterals('😀😀', 4)).toEqual(['😀😀']);
    expect(requiredLiterals('😀+', 2)).toEqual(['😀']);
    expect(requiredLiterals('ab😀*', 2)).toEqual(['ab']);
    expect(requiredLiterals('ab\ud83d', 2)).toEqual(['ab\ud83d']);
  });

  it('says nothing for words shorter than asked', () => {
    expect(requiredLiterals('abc')).toEqual(['abc']);
    expect(requiredLiterals('ab')).toBeNull();
    expect(requiredLiterals('ab', 2)).toEqual(['ab']);
    expect(requiredLiterals('abcd|ab')).toBeNull();
    expect(requiredLiterals('abcd|ab', 2)).toEqual(['abcd', 'ab']);
    expect(requiredLiterals('veto|veto')).toEqual(['veto']);
  });
});

describe('the test built from those words', () => {
  it('is built only for patterns read as Unicode, and only where a word is required', () => {
    expect(literalGate(/veto/i)).toBeNull();
    expect(literalGate(/\w+/iu)).toBeNull();
    expect(literalGate(/veto|consent/iu)?.source).toBe('veto|consent');
  });

  it('folds case as its pattern does and keeps no place between texts', () => {
    const gate = literalGate(/veto/giuy)!;
    expect(gate.flags).toBe('iu');
    expect([gate.test('a VETO'), gate.test('a VETO'), gate.test('none')]).toEqual([true, true, false]);
    expect(literalGate(/veto/u)!.test('VETO')).toBe(false);
  });
});

// Patterns made of pieces that exercise every branch of the reader, and texts made of the same
// letters: whenever a pattern matches a text, the text holds one of the pattern's words.
const ATOMS = ['a', 'b', 'ab', 'ba', 'veto', 'ї', '😀', '.', '\\d', '\\s', '\\p{L}', '\\u{1F600}', '\\u0061', '\\x62', '[ab]', '[\\]a]', '[^a]'];
const QUANTIFIERS = ['', '', '', '*', '+', '?', '{2}', '{0,2}', '{1,}', '+?', '*?', '{2,3}?'];
const patternPiece: fc.Arbitrary<string> = fc.letrec<{ seq: string; piece: string }>((tie) => ({ // groups one deep: deeper nests of quantifiers grow the patterns and their backtracking fast
  seq: fc.array(tie('piece'), { minLength: 1, maxLength: 3 }).map((pieces) => pieces.join('')),
  piece: fc.oneof(
    { maxDepth: 1, withCrossShrink: true },
    fc.tuple(fc.constantFrom(...ATOMS), fc.constantFrom(...QUANTIFIERS)).map(([atom, q]) => (atom.length > 1 && !atom.startsWith('\\') && !atom.startsWith('[') ? `(?:${atom})${q}` : atom + q)),
    fc.tuple(fc.constantFrom('(?:', '(', '(?=', '(?!', '(?<=', '(?<!'), fc.array(tie('seq'), { minLength: 1, maxLength: 3 }), fc.constantFrom(...QUANTIFIERS)).map(
      // (a quantified group of quantified pieces, "(?:a*a*)*", backtracks for minutes on a long
      // run of "a" that then fails: such a group keeps its pieces' quantifiers and drops its own)
      ([open, branches, q]) => `${open}${branches.join('|')})${(open.startsWith('(?') && open !== '(?:') || /[*+}]/u.test(branches.join('')) ? '' : q}`,
    ),
  ),
})).seq;
const LETTERS = ['a', 'b', 'v', 'e', 't', 'o', 'veto', 'ab', 'ba', 'ї', '😀', '1', ' ', ']', 'A'];

describe('the words a pattern cannot match without, on made patterns', () => {
  it('are in every text the pattern matches', () => {
    let matched = 0;
    let tried = 0;
    fc.assert(
      fc.property(patternPiece, fc.array(fc.array(fc.constantFrom(...LETTERS), { maxLength: 12 }), { minLength: 5, maxLength: 5 }), (source, texts) => {
        const pattern = new RegExp(source, 'u');
        const need = requiredLiterals(source, 1);
        const gate = literalGate(pattern);
        for (const text of texts.map((letters) => letters.join(''))) {
          tried++;
          if (!pattern.test(text)) continue;
          matched++;
          if (need !== null) expect([source, text, need.some((word) => text.includes(word))]).toEqual([source, text, true]);
          if (gate !== null) expect([source, text, gate.test(text)]).toEqual([source, text, true]);
        }
      }),
      { numRuns: 2000 },
    );
    // (a share, not a count: under mutation testing a property runs fewer cases)
    expect(matched).toBeGreaterThan(tried / 10);
  });

  it('are found for most patterns that spell a word outside any option', () => {
    const read = fc.sample(patternPiece.map((source) => requiredLiterals(`${source}veto`)), { numRuns: 300, seed: 7 });
    expect(read.every((need) => need !== null)).toBe(true);
  });
});

describe('a gate read from a phrase as written, without compiling the phrase', () => {
  it('is the gate of the compiled phrase, for every phrase shipped', () => {
    const phrases = shippedPhraseRules().rules.flatMap((rule) => rule.phrases);
    expect(phrases.length).toBeGreaterThan(100);
    for (const phrase of phrases) expect([phrase, literalGateOf(sourceOf(phrase, 'iu'), 'iu')?.source]).toEqual([phrase, literalGate(new RegExp(phrase, 'iu'))?.source]);
  });

  it('reads a slash or a line break as the compiled source escapes it', () => {
    for (const text of ['and/or', 'a\\/b', '[/]x', 'one\ntwo', 'plain words']) expect([text, sourceOf(text, 'iu')]).toEqual([text, new RegExp(text, 'iu').source]);
    expect(literalGateOf(sourceOf('paid and/or borne', 'iu'), 'iu')?.source).toBe(literalGate(/paid and\/or borne/iu)?.source);
  });
});
