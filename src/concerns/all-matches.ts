/**
 * The matches of a global pattern, as matchAll gives them, read with the pattern itself.
 * String#matchAll builds a copy of its pattern at every call; a reading run on every clause of a
 * long draft paid that copy thousands of times, for texts where the pattern mostly finds nothing.
 */

/** Every match of `pattern` (global) in `text`, as `[...text.matchAll(pattern)]` gives them; the pattern's lastIndex is left as it was. */
export function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const from = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  try {
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      found.push(m);
      if (m[0] === '') pattern.lastIndex = nextIndex(text, pattern.lastIndex, readsCodePoints(pattern));
    }
  } finally {
    pattern.lastIndex = from;
  }
  return found;
}

/** The index after `at`: past a surrogate pair whole when `unicode` (the AdvanceStringIndex of the standard). */
export function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const high = text.charCodeAt(at);
  const low = text.charCodeAt(at + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff ? at + 2 : at + 1;
}

/** Does the pattern read code points (the u or v flag), so that an empty match moves past a whole one? */
export function readsCodePoints(pattern: RegExp): boolean {
  return pattern.unicode || pattern.flags.includes('v');
}
