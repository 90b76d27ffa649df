import type { IgnoreFlags } from '../model/options.js';

/**
 * Text shaped by the ignore options, for equality only (never shown): two texts with the same
 * comparable key differ only in what the reader chose not to see.
 */
export function comparableKey(body: string, ignore: IgnoreFlags): string {
  let key = body;
  if (ignore.quotes) key = key.replace(/[“”„«»]/gu, '"').replace(/[‘’‚]/gu, "'");
  if (ignore.case) key = key.toLowerCase();
  // Before punctuation goes, so "Art. 7" is still recognised as a reference.
  if (ignore.numbering) {
    key = key.replace(/\b(Articles?|Art\.|Sections?|Sec\.|Clauses?|Paragraphs?|Annex|Schedule|Titles?|Chapters?|Parts?)\s?(\d+(\.\d+)*|[IVXLCDM]+\b)/giu, '$1 #');
  }
  if (ignore.punctuation) key = key.replace(/[^\s\p{L}\p{N}]/gu, '');
  // As git's -w: whitespace where the other text has none is ignored too, as the word diff does.
  if (ignore.whitespace) key = key.replace(/\s+/gu, '');
  return key;
}
