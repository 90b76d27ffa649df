/** Pieces of the patterns that read names of parties out of clause text. */

// A capitalised word. A full stop belongs to it only inside an abbreviation ("U.S.", "U.S.A."),
// so that "... the API Terms. You shall" names "You", not "API Terms. You".
export const CAPITALISED = `\\p{Lu}(?:[\\p{L}\\p{N}’'-]|\\.(?=\\p{L})|(?<=\\b\\p{Lu})\\.)*`;
// The words of one subject stay on one line: a paragraph break ends a subject.
export const GAP = `[^\\S\\n]+`;
