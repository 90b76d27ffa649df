/**
 * Line-level judgements the parser makes about plain text: is this a heading standing on its own,
 * a bullet, the start of a recital or of a definition.
 */

import { readsAsTitle } from './headings.js';

const TERMINAL_PUNCTUATION = /[.;,:]$/u;

/**
 * A short line that names what follows rather than saying something: "Security Guarantees",
 * "GENERAL PROVISIONS—THIS TITLE", "Office of the Secretary". Sentences end in punctuation,
 * headings do not (capitalised headings sometimes end in a full stop).
 */
export function isHeadingLike(line: string): boolean {
  if (line.length === 0 || line.length > 100) return false;
  if (!/^["“«]?\p{Lu}/u.test(line)) return false;
  if (line.split(/\s+/).length > 12) return false;
  // A lead-in ("... shall meet—") or an obligation is a sentence, however short.
  if (/[—–-]$/u.test(line) || /\b(shall|must|means)\b/iu.test(line)) return false;
  // A heading in capitals may close with a full stop ("DEFINITIONS."); a sentence in capitals
  // may not, however short ("THE PROGRAM IS PROVIDED AS IS.").
  if (TERMINAL_PUNCTUATION.test(line)) return line.endsWith('.') && line === line.toUpperCase() && readsAsTitle(line);
  return true;
}

/** A document title: one line, not a sentence (no closing punctuation), of reasonable length. */
export function isTitleLike(line: string): boolean {
  return line.length <= 250 && /^["“«]?[\p{Lu}\p{N}]/u.test(line) && !/[.;,:]$/u.test(line);
}

/** Lines that keep their own line inside a paragraph: bullets and Markdown table rows. */
export function isListOrTableLine(line: string): boolean {
  return /^([-*+•▪◦]\s|\|)/u.test(line);
}

export function isRecitalStart(line: string): boolean {
  return /^(WHEREAS|Whereas)\b/u.test(line) || /^NOW,?\s+(THEREFORE|Therefore)\b/u.test(line);
}

// The opening of a definition: the term in quotes, then "means" or the like. Drafts kept in
// Markdown often embolden the term (**“Affiliate”** means, “**Affiliate**” means). A term may
// hold an apostrophe ("Buyer’s Group"): it ends at the quote that "means" follows.
const EMPHASIS = '(?:\\*\\*|__|\\*|_)?';
const DEFINITION_SOURCE =
  // (after the words that say where the term holds: 'In this Contract, "Court" means ...')
  `^(?:In[^\\S\\n]+this[^\\S\\n]+\\p{L}+(?:[^\\S\\n]+\\p{L}+)?(?:,[^,"“\\n]{1,60})?,[^\\S\\n]+)?${EMPHASIS}["“'‘«]${EMPHASIS}([^"”»*_\\n]{1,80}?)${EMPHASIS}["”'’»]${EMPHASIS}\\s+` +
  `(?:means|shall mean|has the meaning|have the meaning|includes|shall include|refers to|означає|означають)\\b`;

/** '"Fund" means ...', '“Resources” shall mean ...', '**“User”** means ...', '"Терміни" означає ...' */
export function isDefinitionStart(line: string): boolean {
  return DEFINITION_AT_START.test(line);
}

const DEFINITION_AT_START = new RegExp(DEFINITION_SOURCE, 'u');

/** The terms a text defines, one per paragraph that opens with a definition, in order. */
export function definedTerms(text: string): { term: string; start: number }[] {
  const found: { term: string; start: number }[] = [];
  for (const m of text.matchAll(new RegExp(DEFINITION_SOURCE, 'gmu'))) {
    found.push({ term: m[1]!, start: m.index + m[0].indexOf(m[1]!) });
  }
  return found;
}
