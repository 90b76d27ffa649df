/** Pieces of the patterns that read names of parties out of clause text. */

// A capitalised word. A full stop belongs to it only inside an abbreviation ("U.S.", "U.S.A."),
// so that "... the API Terms. You shall" names "You", not "API Terms. You".
export const CAPITALISED = `\\p{Lu}(?:[\\p{L}\\p{N}’'-]|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.)*`;
// The words of one subject stay on one line: a paragraph break ends a subject.
export const GAP = `[^\\S\\n]+`;

/**
 * A regular expression source that finds a mention of `party`: its name as a whole word; a
 * name in Cyrillic in any case ending ("Україна", "Україні", "Сполученим Штатам"), since
 * Ukrainian declines names where English does not.
 */
export function partyMention(party: string): string {
  const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const words = party.split(/\s+/u).map((w) => (/\p{Script=Cyrillic}/u.test(w) && w.length > 4 ? `${escape(w.replace(/[аеиіоуяюєї]$/u, ''))}\\p{L}{0,3}` : escape(w)));
  return `(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`;
}
