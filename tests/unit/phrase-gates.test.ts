import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateAgreementPair } from '../../src/bench/generate.js';
import { literalGate, requiredLiterals } from '../../src/concerns/literals.js';
import { shippedPhraseRules } from '../../src/concerns/phrase-rules.js';

/**
 * A phrase is skipped on a clause only where its gate (the words it cannot match without) fails;
 * the gate must then fail only on texts the phrase does not match.
 */

const phrases = shippedPhraseRules().rules.flatMap((rule) => rule.phrases.map((phrase) => new RegExp(phrase, 'iu')));
const gated = phrases.map((pattern) => ({ pattern, gate: literalGate(pattern) }));

// the words the phrases spell, in both cases, with pieces around them
const WORDS = [...new Set(phrases.flatMap((p) => requiredLiterals(p.source) ?? []))];
const PIECES = [
  ...WORDS, ...WORDS.map((w) => w.toUpperCase()), 'the', 'of', 'with', 'prior', 'written', 'consent', 'approval', 'United States', 'Ukraine',
  'shall', 'may', 'not', 'be', 'any', 'all', 'right', 'to', 'veto', 'power', 'without', 'except', 'Party', 'Parties', 'Fund', 'ſ', 'K', 'İ',
  'згоди', 'без', 'Верховна Рада', '50', '%', 'per cent', ' ', '\n', '.', ',', ';', '"', '“', '”',
];

function agree(text: string) {
  for (const { pattern, gate } of gated) if (gate !== null && pattern.test(text)) expect([pattern.source, gate.test(text)]).toEqual([pattern.source, true]);
}

describe('phrase rules: the words a phrase cannot match without', () => {
  it('gates most phrases', () => {
    expect(gated.filter((g) => g.gate !== null).length).toBeGreaterThan(phrases.length * 0.9);
  });

  it('reads literal runs, alternatives, groups and quantifiers', () => {
    expect(requiredLiterals('\\bright\\s+(?:of|to)\\s+veto\\b|\\bveto\\s+(?:right|power)\\b')).toEqual(['right', 'power']);
    expect(requiredLiterals('\\bwith\\s+the\\s+(?:prior\\s+)?(?:consent|approval)\\s+of')).toEqual(['consent', 'approval']);
    expect(requiredLiterals('\\bsurviv(?:e|es|al)\\b')).toEqual(['surviv']);
    expect(requiredLiterals('\\bcourts?\\s+of')).toEqual(['court']);
    expect(requiredLiterals('(?:abc)?d{0,2}ef*')).toBeNull();
    expect(requiredLiterals('(?<!\\p{L})арбітраж\\p{L}*')).toEqual(['арбітраж']);
    expect(requiredLiterals('(?=veto)\\w+')).toBeNull();
    expect(requiredLiterals('[veto]+abc|x')).toBeNull();
    expect(requiredLiterals('(?:veto){2,}|(?<name>consent)+')).toEqual(['veto', 'consent']);
  });

  it('never fails on a text its phrase matches, in texts made of the phrases’ words', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), fc.array(fc.constantFrom(' ', '', '\n'), { minLength: 30, maxLength: 30 }), (pieces, gaps) => {
        agree(pieces.map((piece, index) => piece + gaps[index]).join(''));
      }),
      { numRuns: 3000 },
    );
  });

  it('never fails on a text its phrase matches, in any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => agree(text)), { numRuns: 1000 });
  });

  it('never fails on a clause its phrase matches, in the samples and a generated agreement', () => {
    const pair = generateAgreementPair({ clauses: 200 });
    const texts = [pair.old, pair.new, ...readdirSync('samples').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`samples/${f}`, 'utf8'))];
    let matched = 0;
    for (const text of texts)
      for (const paragraph of text.split(/\n\s*\n/))
        for (const { pattern, gate } of gated) {
          if (!pattern.test(paragraph)) continue;
          matched++;
          if (gate !== null) expect([pattern.source, gate.test(paragraph)]).toEqual([pattern.source, true]);
        }
    expect(matched).toBeGreaterThan(20);
  });
});

describe('phrase rules: a rule’s keywords', () => {
  // Every clause the labelled sets and the samples hold: a phrase that matches one of them must
  // find there one of its rule's keywords, or the one scan for keywords skips it and the phrase
  // never runs (as "defensive equipment" did, the keyword list holding only "defence").
  const texts: string[] = [];
  for (const name of readdirSync('tests/eval').filter((f) => f.endsWith('.json'))) {
    const set = JSON.parse(readFileSync(`tests/eval/${name}`, 'utf8')) as { clauses?: { text: string }[]; changes?: { old: string; new: string }[] };
    for (const clause of set.clauses ?? []) texts.push(clause.text);
    for (const change of set.changes ?? []) texts.push(change.old, change.new);
  }
  for (const name of readdirSync('samples').filter((f) => f.endsWith('.txt'))) texts.push(...readFileSync(`samples/${name}`, 'utf8').split(/\n\s*\n/));
  const lowered = texts.map((text) => text.toLowerCase());

  it('are read from enough text to mean something', () => {
    expect(texts.length).toBeGreaterThan(1500);
  });

  // (one test per rule: every rule's phrases over every labelled text is a scan that grows with
  // each set written, some 40,000 texts; the rule with the most phrases took 30 s of it on a busy
  // machine of two cores, so the bound is wide)
  it.each(shippedPhraseRules().rules.map((rule) => [rule.id, rule] as const))('of %s hold a word of every text one of its phrases matches', (_id, rule) => {
    const unheld: string[] = [];
    const keywords = rule.keywords.map((k) => k.toLowerCase());
    const patterns = rule.phrases.map((phrase) => new RegExp(phrase, 'iu'));
    texts.forEach((text, at) => {
      if (keywords.some((k) => lowered[at]!.includes(k))) return;
      patterns.forEach((pattern, i) => {
        const m = pattern.exec(text);
        if (m) unheld.push(`${rule.id} phrase ${i + 1}: "${m[0]}"`);
      });
    });
    expect(unheld).toEqual([]);
  }, 120_000);
});
