import type { Clause } from '../model/clause.js';
import type { IgnoreFlags } from '../model/options.js';
import { normalizeNumber } from '../parse/number.js';
import { comparableKey } from '../redline/normalize.js';
import { scanWords } from './word-scan.js';

/** The text a change shows for a clause: its heading, then its own text. */
export function clauseBody(clause: Pick<Clause, 'heading' | 'text'>): string {
  if (clause.heading && clause.text) return `${clause.heading}\n${clause.text}`;
  return clause.heading ?? clause.text;
}

/** Sentences shorter than this ("It survives.") are too generic to recognise a clause by. */
export const MIN_SENTENCE_WORDS = 4;

/** The text's words as ids, in order, and where each sentence ends (an index into the ids). */
export interface Tokens {
  ids: Uint32Array;
  ends: number[];
}

/** Maps words to small integers shared by both versions, so word sets compare as int arrays. */
export class WordIds {
  private readonly ids = new Map<string, number>();
  /** One pass over a text: its words' ids in order and its sentence ends. */
  read(text: string): Tokens {
    const ids: number[] = [];
    const ends: number[] = [];
    scanWords(
      text.toLowerCase(),
      (token) => {
        let id = this.ids.get(token);
        if (id === undefined) {
          id = this.ids.size;
          this.ids.set(token, id);
        }
        ids.push(id);
      },
      () => {
        if (ids.length > (ends.at(-1) ?? 0)) ends.push(ids.length);
      },
    );
    if (ids.length > (ends.at(-1) ?? 0)) ends.push(ids.length);
    return { ids: Uint32Array.from(ids), ends };
  }
}

/** The ids sorted, each once (sorts `ids` in place). */
function uniqueSorted(ids: Uint32Array): Uint32Array {
  ids.sort();
  let n = 0;
  for (let k = 0; k < ids.length; k++) if (k === 0 || ids[k] !== ids[k - 1]) ids[n++] = ids[k]!;
  return ids.slice(0, n);
}

/**
 * What alignment knows of one clause. Numbers are left out of `key` and `words`: they are hints.
 * Word sets and letter counts are computed on first use: most clauses of a lightly edited draft
 * pair up by `key` alone and never need them.
 */
export class Fingerprint {
  /** exact comparable content (heading and text, shaped by the ignore options) */
  readonly key: string;
  readonly number: string | null;
  readonly heading: string | null;
  /** a document's or part's title: it can pair with another, but is never a piece of a split */
  readonly isTitle: boolean;
  private readonly body: string;
  private tokens: Tokens | null = null;
  private wordSet: Uint32Array | null = null;
  private sentenceSets: Uint32Array[] | null = null;
  private alnumCount = -1;

  constructor(clause: Clause, private readonly ids: WordIds, ignore: IgnoreFlags) {
    this.body = clauseBody(clause);
    this.key = comparableKey(this.body, ignore);
    this.number = normalizeNumber(clause.number);
    // "Definitions." and "Definitions" name the same section
    this.heading = clause.heading?.toLowerCase().replace(/[.:]+$/u, '') ?? null;
    this.isTitle = clause.kind === 'heading';
  }

  /** "b.|account terms": a number and a heading together name a section; null without both */
  get title(): string | null {
    return this.number !== null && this.heading !== null ? `${this.number}|${this.heading}` : null;
  }

  /** sorted unique word ids: the vocabulary for similarity */
  get words(): Uint32Array {
    this.wordSet ??= uniqueSorted(this.read().ids.slice());
    return this.wordSet;
  }

  /**
   * The word sets of the sentences (and of the parts of a sentence between semicolons; a heading
   * is one), those of at least MIN_SENTENCE_WORDS words: what a reader recognises of a reworded
   * clause.
   */
  get sentences(): Uint32Array[] {
    if (this.sentenceSets === null) {
      const { ids, ends } = this.read();
      const out: Uint32Array[] = [];
      let start = 0;
      for (const end of ends) {
        const set = uniqueSorted(ids.slice(start, end));
        if (set.length >= MIN_SENTENCE_WORDS) out.push(set);
        start = end;
      }
      this.sentenceSets = out;
    }
    return this.sentenceSets;
  }

  private read(): Tokens {
    this.tokens ??= this.ids.read(this.body);
    return this.tokens;
  }

  /** letters and digits in the content: short clauses ("Reserved.") never count as moved */
  get alnum(): number {
    if (this.alnumCount < 0) this.alnumCount = this.body.replace(/[^\p{L}\p{N}]/gu, '').length;
    return this.alnumCount;
  }
}
