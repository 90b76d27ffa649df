import { describe, expect, it } from 'vitest';
import { scanWords } from '../../src/align/word-scan.js';
import { expectScanAgreesWithPattern } from '../support/scan-agrees.js';

/** The pattern the scan stands for: words of any script, and sentence ends. */
const SPEC = /[\p{L}\p{N}]+|[.;!?](?=\s)|\n/gu;

function bySpec(text: string): string[] {
  return [...text.matchAll(SPEC)].map((m) => (/^[.;!?\n]$/.test(m[0]) ? '<end>' : m[0]));
}

function byScan(text: string): string[] {
  const out: string[] = [];
  scanWords(text, (word) => out.push(word), () => out.push('<end>'));
  return out;
}

// characters where the two readings could part: ASCII edges, other scripts' letters and digits,
// marks, astral letters and digits, every kind of space, and lone surrogates
const PIECES = [
  'a', 'z', 'A', 'Z', '0', '9', '@', '[', '`', '{', '/', ':', '.', ';', '!', '?', ',', ' ', '\t', '\n', '\r', '\v', '\f',
  'é', 'ß', 'я', 'Ї', '٣', '²', '½', '\u0301', '\u00a0', '\u2003', '\u2028', '\u3000', '\ufeff', '\u200b',
  '𝐀', '𝟗', '😀', '\ud835', '\udc00', 'shall', 'Стаття', '1.2', '. ', '!\n',
];

describe('scanning a clause for words and sentence ends', () => {
  it('reads exactly what the pattern reads, on text mixing every kind of character and on any string', () => {
    expectScanAgreesWithPattern(byScan, bySpec, PIECES);
  });

  it('reads an astral letter as part of its word and a stop before a no-break space as an end', () => {
    expect(byScan('pay 𝐀b now.\u00a0go')).toEqual(['pay', '𝐀b', 'now', '<end>', 'go']);
    expect(byScan('end.')).toEqual(['end']);
  });
});
