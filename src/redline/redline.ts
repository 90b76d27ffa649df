import { Diff } from 'diff';
import type { Segment } from '../model/comparison.js';
import { ignoreFlags, type IgnoreFlags, type IgnoreOption } from '../model/options.js';
import { spaceAt } from './char-class.js';
import { editScript } from './edit-script.js';
import { comparableKey } from './normalize.js';
import { tokenize, type Token } from './tokens.js';

/**
 * A unit is what the word diff compares: one token, plus the tokens that follow it which the
 * reader asked not to see (whitespace or punctuation when ignored). `key` is what equality looks
 * at; `text` is what is shown.
 */
export interface Unit {
  key: string;
  text: string;
}

const QUOTES: Record<string, string> = { '“': '"', '”': '"', '„': '"', '«': '"', '»': '"', '‘': "'", '’': "'", '‚': "'" };

function unitKey(token: Token, ignore: IgnoreFlags): string {
  let key = token.text;
  if (ignore.quotes) key = key.replace(/[“”„«»‘’‚]/gu, (q) => QUOTES[q]!);
  if (ignore.case) key = key.toLowerCase();
  // a legal token may hold spaces ("Section 2.1", "USD 5,000"): ignored, as between tokens and
  // in the clause key, so "Section2.1" is the same reference
  if (ignore.whitespace) key = key.replace(/\s+/gu, '');
  // A renumbered cross-reference ("Article 7" → "Article 8") is noise once renumbering is ignored.
  if (ignore.numbering && token.kind === 'reference') key = key.replace(/[\d.]+[A-Za-z]?|[IVXLCDM]+\b/gu, '#');
  return key;
}

export function toUnits(text: string, ignore: IgnoreFlags): Unit[] {
  const units: Unit[] = [];
  const ignored = (t: Token) => (t.kind === 'space' && ignore.whitespace) || (t.kind === 'punct' && ignore.punctuation);
  // what is ignored before the first compared token rides on that token, so a leading space the
  // reader chose not to see is not an edit; a text of nothing else is one unit with no key
  let leading = '';
  for (const token of tokenize(text)) {
    const last = units.at(-1);
    if (ignored(token)) {
      // Shown, never compared: it rides on the unit before it.
      if (last) last.text += token.text;
      else leading += token.text;
      continue;
    }
    units.push({ key: unitKey(token, ignore), text: leading + token.text });
    leading = '';
  }
  if (leading) units.push({ key: '', text: leading });
  return units;
}

class UnitDiff extends Diff<Unit, Unit[], Unit[]> {
  override tokenize(value: Unit[]): Unit[] {
    return value.slice();
  }
  override equals(left: Unit, right: Unit): boolean {
    return left.key === right.key;
  }
  override join(units: Unit[]): Unit[] {
    return units;
  }
  override removeEmpty(units: Unit[]): Unit[] {
    return units;
  }
}

/**
 * The edit budget of one word diff. jsdiff's Myers search costs O((N+M)·D); past this many
 * edits the region is shown as a whole replacement instead of searching on.
 */
export const MAX_EDIT_LENGTH = 400;

export interface RedlineOptions {
  ignore?: readonly IgnoreOption[];
}

/**
 * Word-level redline of one clause pair, in two steps, as the guide's "hierarchy first" advice
 * applies inside a long clause too: first diff the clause's phrases (split after . ; : and
 * whitespace), then diff words (Myers 1986 through jsdiff) only inside the regions where phrases
 * differ. A 5,000-character appropriation with a few edits costs a few small word diffs.
 *
 * Joining equal+delete texts gives `oldText`; equal+insert gives `newText` (equal segments carry
 * the new wording when ignore options make different texts equal).
 */
export function redline(oldText: string, newText: string, options: RedlineOptions = {}): Segment[] {
  if (oldText === newText) return oldText === '' ? [] : [{ op: 'equal', text: oldText }];
  if (oldText === '') return [{ op: 'insert', text: newText }];
  if (newText === '') return [{ op: 'delete', text: oldText }];
  const ignore = ignoreFlags(options.ignore);
  const oldPhrases = splitPhrases(oldText);
  const newPhrases = splitPhrases(newText);
  const exact = !Object.values(ignore).some(Boolean);
  // one phrase on each side is one region: its words are diffed at once (two are paired first,
  // so a sentence struck before one that stays is struck whole)
  if (oldPhrases.length < 2 && newPhrases.length < 2) return tidy(diffWordsOf(oldText, newText, ignore), { exact });
  const phraseChanges = phraseDiff.diff(
    oldPhrases.map((text) => ({ key: comparableKey(text, ignore), text })),
    newPhrases.map((text) => ({ key: comparableKey(text, ignore), text })),
    // the phrase diff has the word diff's budget too: a crafted clause of 3,000 sentences each
    // changed took 8 s to pair phrase by phrase; past the budget the words are diffed whole,
    // under their own budget
    { maxEditLength: MAX_EDIT_LENGTH },
  );
  if (!phraseChanges) return tidy(diffWordsOf(oldText, newText, ignore), { exact });
  const segments: Segment[] = [];
  let deleted = '';
  let inserted = '';
  const flushRegion = () => {
    if (deleted || inserted) segments.push(...diffWordsOf(deleted, inserted, ignore));
    deleted = inserted = '';
  };
  for (const c of phraseChanges) {
    const text = c.value.map((u) => u.text).join('');
    if (c.removed) deleted += text;
    else if (c.added) inserted += text;
    else {
      flushRegion();
      segments.push({ op: 'equal', text });
    }
  }
  flushRegion();
  return tidy(segments, { exact });
}

/** Phrases end after . ; or : followed by whitespace; the whitespace, however long, stays with the phrase. */
export function splitPhrases(text: string): string[] {
  // `text.split(/(?=\S)(?<=[.;:]\s+)/u)` read by hand, once over the text: the pattern's
  // lookbehind made every clause of every changed pair cost a walk back at each space
  const phrases: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c !== 46 && c !== 59 && c !== 58) || i + 1 >= text.length || !spaceAt(text, i + 1)) continue;
    let j = i + 2;
    while (j < text.length && spaceAt(text, j)) j++;
    if (j < text.length) {
      phrases.push(text.slice(start, j));
      start = j;
    }
    i = j - 1;
  }
  phrases.push(text.slice(start));
  return phrases;
}

const phraseDiff = new UnitDiff();

function diffWordsOf(oldText: string, newText: string, ignore: IgnoreFlags): Segment[] {
  if (oldText === '') return newText === '' ? [] : [{ op: 'insert', text: newText }];
  if (newText === '') return [{ op: 'delete', text: oldText }];
  const oldUnits = toUnits(oldText, ignore);
  const newUnits = toUnits(newText, ignore);
  // Myers would search up to the edit budget before giving up: when the units the two sides
  // share, counted with multiplicity, already prove more edits than that, it is not started.
  const runs = minimumEdits(oldUnits, newUnits) > MAX_EDIT_LENGTH ? null : editScript(...keyIds(oldUnits, newUnits), MAX_EDIT_LENGTH);
  if (!runs) {
    return [
      { op: 'delete', text: oldText },
      { op: 'insert', text: newText },
    ];
  }
  // as jsdiff gives them: kept units show the new text, deleted ones the old
  const segments: Segment[] = [];
  let oldAt = 0;
  let newAt = 0;
  const textOf = (units: Unit[], from: number, count: number) => {
    let text = '';
    for (let i = from; i < from + count; i++) text += units[i]!.text;
    return text;
  };
  for (const run of runs) {
    if (run.op === 'delete') {
      segments.push({ op: 'delete', text: textOf(oldUnits, oldAt, run.count) });
      oldAt += run.count;
    } else {
      segments.push({ op: run.op, text: textOf(newUnits, newAt, run.count) });
      newAt += run.count;
      if (run.op === 'equal') oldAt += run.count;
    }
  }
  return segments;
}

/** The units' keys as small integers, one per distinct key, for the edit script. */
function keyIds(a: readonly Unit[], b: readonly Unit[]): [Int32Array, Int32Array] {
  const ids = new Map<string, number>();
  const idsOf = (units: readonly Unit[]) => {
    const out = new Int32Array(units.length);
    for (let i = 0; i < units.length; i++) {
      let id = ids.get(units[i]!.key);
      if (id === undefined) ids.set(units[i]!.key, (id = ids.size));
      out[i] = id;
    }
    return out;
  };
  return [idsOf(a), idsOf(b)];
}

/**
 * A lower bound on the insertions plus deletions between two unit lists: a common subsequence
 * cannot hold more of a unit than both lists have, so D >= N + M - 2 * (shared units).
 */
export function minimumEdits(a: readonly Unit[], b: readonly Unit[]): number {
  const counts = new Map<string, number>();
  for (const u of a) counts.set(u.key, (counts.get(u.key) ?? 0) + 1);
  let shared = 0;
  for (const u of b) {
    const n = counts.get(u.key) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(u.key, n - 1);
    }
  }
  return a.length + b.length - 2 * shared;
}

/**
 * Semantic cleanup after diff-match-patch's diff_cleanupSemantic (Fraser). An equality that is
 * only whitespace or punctuation, standing between two edits, is folded into both sides, so a
 * reader sees "fifty percent → one hundred percent" rather than alternating fragments. In a
 * clause rewritten from end to end (under REWRITE_SHARE of its letters left standing), the few
 * words that stay ("the", "shall", "to") only scatter the edits, so there any equality no longer
 * than the larger side of the edits before it and of those after it is folded too. A lightly
 * edited clause keeps its word-level detail: "[-50 percent-]{+25 percent+} of [-all future-]{+the+}".
 * Folding joins neighbouring edits, so it repeats until nothing changes. Each run of edits then
 * shows its deletion first.
 *
 * Folding an equality into a deletion and an insertion of the same text keeps both sides' text.
 */
export function tidy(segments: Segment[], options: { exact?: boolean } = {}): Segment[] {
  // Letters and digits only: the spaces between edits stand for nothing.
  const letters = { equal: 0, delete: 0, insert: 0 };
  for (const s of segments) letters[s.op] += lettersIn(s.text);
  const length = (op: Segment['op']) => letters[op];
  const equal = length('equal');
  // Measured against the shorter side, so that a short clause cut from a long one ("... to the
  // Seller by 1 March, and shall pay ..." → "... to the Agent by 1 April.") keeps its detail.
  // With ignore options, equal text carries the new wording and must not be struck as old.
  const rewritten = (options.exact ?? true) && equal < REWRITE_SHARE * Math.min(equal + length('delete'), equal + length('insert'));
  let current = merge(segments);
  for (let pass = 0; pass < MAX_CLEANUP_PASSES; pass++) {
    const next = foldSmallEqualities(current, rewritten);
    if (next === null) break;
    current = merge(next);
  }
  return current;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** How many letters and digits (of any script) a text holds; ASCII is counted without a pattern. */
export function lettersIn(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
    } else {
      // a pair of surrogates is one character: test it whole
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length;
      if (LETTER_OR_DIGIT.test(wide ? text.slice(i, i + 2) : text[i]!)) n++;
      if (wide) i++;
    }
  }
  return n;
}

/** Share of a clause's text left standing below which the clause counts as rewritten. */
export const REWRITE_SHARE = 0.3;

/** Enough for any clause; each pass folds at least one equality or stops. */
const MAX_CLEANUP_PASSES = 50;

/** One pass: the segments with every small equality folded, or null when there is none. */
function foldSmallEqualities(segments: Segment[], rewritten: boolean): Segment[] | null {
  // the larger of the deleted and inserted text in the run of edits that reaches index `from`
  const editsAround = (from: number, step: 1 | -1) => {
    let deleted = 0;
    let inserted = 0;
    for (let k = from; k >= 0 && k < segments.length && segments[k]!.op !== 'equal'; k += step) {
      if (segments[k]!.op === 'delete') deleted += segments[k]!.text.length;
      else inserted += segments[k]!.text.length;
    }
    return Math.max(deleted, inserted);
  };
  let changed = false;
  const out: Segment[] = [];
  segments.forEach((s, i) => {
    const between = s.op === 'equal' && i > 0 && i < segments.length - 1;
    const small =
      between &&
      (/^[\s\p{P}]{0,2}$/u.test(s.text) || (rewritten && s.text.length <= editsAround(i - 1, -1) && s.text.length <= editsAround(i + 1, 1)));
    if (small) {
      out.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
      changed = true;
    } else {
      out.push(s);
    }
  });
  return changed ? out : null;
}

/** Adjacent segments of one kind joined; in each run of edits the deletion comes first. */
function merge(segments: readonly Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ op: 'delete', text: del });
    if (ins) out.push({ op: 'insert', text: ins });
    del = ins = '';
  };
  for (const s of segments) {
    if (s.op === 'delete') del += s.text;
    else if (s.op === 'insert') ins += s.text;
    else {
      flush();
      const last = out.at(-1);
      if (last?.op === 'equal') last.text += s.text;
      else if (s.text !== '') out.push({ ...s });
    }
  }
  flush();
  return out;
}
