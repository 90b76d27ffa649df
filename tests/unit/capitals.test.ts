import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bothCases, caseInsensitiveExceptCapitals } from '../../src/concerns/capitals.js';
import { shippedPhraseRules } from '../../src/concerns/phrase-rules.js';

describe('a phrase that asks for a capital', () => {
  const consent = caseInsensitiveExceptCapitals('\\bwithout\\s+the\\s+consent\\s+of\\s+(?:the\\s+)?\\p{Lu}\\p{L}+');

  it('finds a party by its capital, in any case of the words around it', () => {
    expect(consent.exec('No shares shall be issued without the consent of the Investor.')?.[0]).toBe('without the consent of the Investor');
    expect(consent.test('WITHOUT THE CONSENT OF THE INVESTOR')).toBe(true);
    expect(consent.test('Without the Consent of Ukraine')).toBe(true);
  });

  it('does not take a lower-case word for a party', () => {
    expect(consent.test('No resolution passes without the consent of the majority.')).toBe(false);
    expect(consent.test('without the consent of members present')).toBe(false);
  });

  it('is left to ignore case entirely when it asks for no capital', () => {
    const plain = caseInsensitiveExceptCapitals('\\bsurviv(?:e|es)\\s+termination\\b');
    expect(plain.flags).toBe('iu');
    expect(plain.test('SHALL SURVIVE TERMINATION')).toBe(true);
    expect(consent.flags).toBe('u');
  });
});

describe('bothCases', () => {
  it('writes each letter as both its cases', () => {
    expect(bothCases('ab')).toBe('[aA][bB]');
    expect(bothCases('Ab1')).toBe('[Aa][bB]1');
  });

  it('leaves escapes whole: classes, properties, code points and back-references', () => {
    expect(bothCases('\\b\\s\\p{Lu}\\P{L}\\u2019\\u{1F600}\\x41\\k<name>\\.')).toBe('\\b\\s\\p{Lu}\\P{L}\\u2019\\u{1F600}\\x41\\k<name>\\.');
  });

  it('reads an escape to its last character, hex letters and control letters included', () => {
    expect(bothCases('\\u00e9x')).toBe('\\u00e9[xX]');
    expect(bothCases('\\xabx')).toBe('\\xab[xX]');
    expect(bothCases('\\cJx')).toBe('\\cJ[xX]');
    expect(bothCases('a\\ b')).toBe('[aA]\\ [bB]');
  });

  it('writes the letters of a plain group, whose opening is no syntax', () => {
    expect(bothCases('(ab)')).toBe('([aA][bB])');
  });

  it('leaves the syntax of groups and their names alone', () => {
    expect(bothCases('(?:a)(?=b)(?!c)(?<=d)(?<!e)(?<word>f)')).toBe('(?:[aA])(?=[bB])(?![cC])(?<=[dD])(?<![eE])(?<word>[fF])');
  });

  it('adds the other case inside a class, ranges included, and leaves the rest of a class alone', () => {
    expect(bothCases('[ab]')).toBe('[aAbB]');
    expect(bothCases('[a-c]')).toBe('[a-cA-C]');
    expect(bothCases('[^.;]')).toBe('[^.;]');
    expect(bothCases("[\\p{L}’'-]")).toBe("[\\p{L}’'-]");
    expect(bothCases('[x-]')).toBe('[xX-]');
    // a range from a letter to a sign has no other case to add
    expect(bothCases('[a-~]')).toBe('[a-~]');
  });

  it('leaves a letter whose other case is more than one character ("ß", "İ") as written', () => {
    expect(bothCases('ß')).toBe('ß');
    expect(bothCases('İ')).toBe('İ');
    expect(bothCases('ǅ')).toBe('[ǅǄ]');
  });

  it('writes Cyrillic letters as both cases too', () => {
    expect(new RegExp(bothCases('згод'), 'u').test('ЗГОДИ')).toBe(true);
  });
});

describe('every catalogue phrase that asks for a capital', () => {
  // as the rules read them: the catalogue's fragments put in
  const phrases = shippedPhraseRules().rules.flatMap((r) => [...r.phrases, ...(r.unlessSentence ?? [])]).filter((p) => p.includes('\\p{Lu}'));
  const texts = ['set', 'heldout', 'fresh', 'sixth', 'eighth'].flatMap((name) => {
    const set = JSON.parse(readFileSync(new URL(`../eval/concerns-${name}.json`, import.meta.url), 'utf8')) as { clauses: { text: string }[] };
    return set.clauses.map((c) => c.text);
  });

  it('compiles, and matches only where the pattern ignoring every case matches, with the same words or fewer', () => {
    expect(phrases.length).toBeGreaterThan(10);
    expect(texts.length).toBeGreaterThan(500);
    let narrowed = 0;
    for (const phrase of phrases) {
      const strict = caseInsensitiveExceptCapitals(phrase);
      const loose = new RegExp(phrase, 'iu');
      for (const text of texts) {
        const found = strict.exec(text);
        if (found) expect(loose.test(text), `${phrase} on ${text}`).toBe(true);
        else if (loose.test(text)) narrowed++;
      }
    }
    // the point of it: some lower-case words the loose reading took for parties are gone
    expect(narrowed).toBeGreaterThan(0);
  });
});
