/**
 * A phrase pattern that ignores case everywhere but where it asks for a capital.
 *
 * The phrase rules are matched without regard to case ("Without the consent" opens a sentence as
 * often as "without the consent" runs on in one), but some find a party by its capital: "the
 * consent of \p{Lu}…" is "the consent of the Investor", not "the consent of the majority". Under
 * the i flag \p{Lu} matches any letter, so such a pattern is rewritten instead: each letter
 * written in it matches either case ("a" becomes [aA]), and it is compiled without i, leaving
 * \p{Lu} to mean a capital. Node 20 has no inline (?i:…) to say this in the pattern itself.
 */
export function caseInsensitiveExceptCapitals(source: string): RegExp {
  if (!/\\p\{Lu\}/u.test(source)) return new RegExp(source, 'iu');
  return new RegExp(bothCases(source), 'u');
}

/** The pattern with every letter it writes out matching either case. */
export function bothCases(source: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const escape = escapeAt(source, i);
      out += escape;
      i += escape.length - 1;
      continue;
    }
    if (!inClass && c === '(' && source[i + 1] === '?') {
      // a group's syntax, and a named group's name, are not text to match
      const syntax = /^\(\?(?:<[\p{L}\p{N}_$]+>|<[=!]|[:=!])/u.exec(source.slice(i))?.[0] ?? '(?';
      out += syntax;
      i += syntax.length - 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    const other = otherCase(c);
    if (other === null) out += c;
    else if (inClass) out += source[i + 1] === '-' && source[i + 2] !== ']' && source[i + 2] !== undefined ? rangeBothCases(source, i, (n) => (i = n)) : `${c}${other}`;
    else out += `[${c}${other}]`;
  }
  return out;
}

/** The escape starting at `at` whole: "\p{Lu}", "\u2019", "\u{1F600}", "\x41", "\k<name>", "\b". */
function escapeAt(source: string, at: number): string {
  const rest = source.slice(at);
  return /^\\[pP]\{[^}]*\}|^\\u\{[0-9a-fA-F]+\}|^\\u[0-9a-fA-F]{4}|^\\x[0-9a-fA-F]{2}|^\\c[A-Za-z]|^\\k<[^>]*>|^\\[\s\S]/u.exec(rest)![0];
}

/** A range of letters in a class ("a-z") with its other case beside it ("a-zA-Z"); moves `at` past it. */
function rangeBothCases(source: string, at: number, moveTo: (n: number) => void): string {
  const from = source[at]!;
  const to = source[at + 2]!;
  moveTo(at + 2);
  const fromOther = otherCase(from);
  const toOther = otherCase(to);
  return fromOther !== null && toOther !== null ? `${from}-${to}${fromOther}-${toOther}` : `${from}-${to}`;
}

function otherCase(c: string): string | null {
  const upper = c.toUpperCase();
  const lower = c.toLowerCase();
  if (upper === lower || upper.length !== 1 || lower.length !== 1) return null;
  return c === upper ? lower : upper;
}
