/**
 * Words a regular expression cannot match without. A phrase rule tries its phrases in turn on
 * every clause that mentions one of the rule's keywords; most such clauses hold none of the words
 * a given phrase spells out ("veto", "consent" or "approval", "without"), and a test for those
 * words, read with the phrase's own flags, rules the phrase out before it runs.
 *
 * The reading is conservative: escapes, classes, lookarounds, backreferences and anything
 * optional count as requiring nothing, so a phrase whose every match must contain one of the
 * returned strings is all that is ever claimed.
 */

/** One of these must appear (under the pattern's flags) in any text the pattern matches. */
type Need = readonly string[] | null;

/** The better of two needs: the one whose shortest string is longest (rarer in text). */
function better(a: Need, b: Need): Need {
  if (a === null) return b;
  if (b === null) return a;
  const shortest = (need: readonly string[]) => Math.min(...need.map((s) => s.length));
  return shortest(b) > shortest(a) ? b : a;
}

const SYNTAX = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/']);

class Reader {
  at = 0;
  constructor(private readonly source: string) {}

  /** Alternatives up to the end or a closing parenthesis. */
  alternation(): Need {
    const branches: Need[] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return [...new Set(branches.flatMap((b) => b!))];
  }

  private sequence(): Need {
    let best: Need = null;
    let run = '';
    const endRun = () => {
      if (run) best = better(best, [run]);
      run = '';
    };
    while (this.at < this.source.length) {
      const c = this.source[this.at]!;
      if (c === '|' || c === ')') break;
      const atom = this.atom();
      const min = this.quantifier();
      if (atom.literal !== undefined && min === null) {
        run += atom.literal;
        continue;
      }
      endRun();
      if (min === null || min >= 1) best = better(best, atom.literal !== undefined ? [atom.literal] : atom.need);
    }
    endRun();
    return best;
  }

  /** The least count the quantifier after an atom allows, or null where the atom has none. */
  private quantifier(): number | null {
    const c = this.source[this.at];
    let min: number;
    if (c === '*' || c === '?') {
      min = 0;
      this.at++;
    } else if (c === '+') {
      min = 1;
      this.at++;
    } else if (c === '{') {
      const close = this.source.indexOf('}', this.at);
      const m = /^\{(\d+)(?:,\d*)?\}$/.exec(this.source.slice(this.at, close + 1));
      if (!m) throw new Error('unread quantifier');
      min = Number(m[1]);
      this.at = close + 1;
    } else {
      return null;
    }
    if (this.source[this.at] === '?') this.at++; // lazy
    return min;
  }

  private atom(): { literal?: string; need: Need } {
    const c = this.source[this.at]!;
    if (c === '\\') {
      const next = this.source[this.at + 1];
      if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && /[{<]/.test(this.source[this.at + 2] ?? '')) {
        const close = this.source.indexOf(next === 'k' ? '>' : '}', this.at);
        this.at = close + 1;
      } else if (next === 'u') {
        this.at += 6;
      } else if (next === 'x') {
        this.at += 4;
      } else if (next === 'c') {
        this.at += 3;
      } else {
        this.at += 2;
      }
      return { need: null };
    }
    if (c === '[') {
      this.at++;
      while (this.at < this.source.length && this.source[this.at] !== ']') this.at += this.source[this.at] === '\\' ? 2 : 1;
      this.at++;
      return { need: null };
    }
    if (c === '(') {
      let lookaround = false;
      if (this.source.startsWith('(?:', this.at)) this.at += 3;
      else if (/^\(\?<?[=!]/.test(this.source.slice(this.at, this.at + 4))) {
        lookaround = true;
        this.at += this.source[this.at + 2] === '<' ? 4 : 3;
      } else if (this.source.startsWith('(?<', this.at)) this.at = this.source.indexOf('>', this.at) + 1;
      else if (this.source.startsWith('(?', this.at)) throw new Error('unread group');
      else this.at++;
      const inner = this.alternation();
      if (this.source[this.at] !== ')') throw new Error('unclosed group');
      this.at++;
      return { need: lookaround ? null : inner };
    }
    this.at++;
    if (SYNTAX.has(c)) return { need: null }; // . ^ $ (and nothing else reaches here unescaped)
    // a character outside the basic plane is two code units: keep it whole
    if (c >= '\ud800' && c <= '\udbff' && this.at < this.source.length) {
      const low = this.source[this.at]!;
      this.at++;
      return { literal: c + low, need: null };
    }
    return { literal: c, need: null };
  }
}

/**
 * Strings one of which every match of `source` (a pattern read with the u flag) contains, or null
 * where none can be said; strings shorter than `shortest` are not worth a test and give null.
 */
export function requiredLiterals(source: string, shortest = 3): string[] | null {
  let need: Need;
  try {
    const reader = new Reader(source);
    need = reader.alternation();
    if (reader.at !== source.length) return null;
  } catch {
    return null;
  }
  if (need === null || need.some((s) => s.length < shortest)) return null;
  return [...need];
}

/**
 * A test that fails only on texts `pattern` cannot match: its required strings read with the
 * pattern's own flags (so case folding is the pattern's), or null where there is nothing to test.
 * The strings need no escaping: every character with a meaning in a pattern ends a literal run.
 */
export function literalGate(pattern: RegExp): RegExp | null {
  return literalGateOf(pattern.source, pattern.flags);
}

/**
 * literalGate of a pattern given as its source and flags, without compiling the pattern itself:
 * a phrase's gate is wanted for every phrase of a rule, the phrase only once its gate passes, and
 * building a long Unicode pattern costs milliseconds. (`source` as RegExp#source gives it: see
 * sourceOf.)
 */
export function literalGateOf(source: string, flags: string): RegExp | null {
  if (!flags.includes('u')) return null;
  const need = requiredLiterals(source);
  if (need === null) return null;
  return new RegExp(need.join('|'), flags.replace(/[gy]/g, ''));
}

/**
 * What RegExp#source gives for a pattern written as `text`: the same text, unless it holds a
 * slash or a line break, which the source escapes (only then is the pattern built to ask).
 */
export function sourceOf(text: string, flags: string): string {
  return /[/\n\r\u2028\u2029]/u.test(text) ? new RegExp(text, flags).source : text;
}
