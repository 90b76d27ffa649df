import type { Clause } from '../model/clause.js';
import type { IgnoreFlags } from '../model/options.js';
import { normalizeNumber } from '../parse/number.js';
import { comparableKey } from '../redline/normalize.js';
import { contentWords } from '../redline/tokens.js';

/** The text a change shows for a clause: its heading, then its own text. */
export function clauseBody(clause: Pick<Clause, 'heading' | 'text'>): string {
  if (clause.heading && clause.text) return `${clause.heading}\n${clause.text}`;
  return clause.heading ?? clause.text;
}

/** Maps words to small integers shared by both versions, so word sets compare as int arrays. */
export class WordIds {
  private readonly ids = new Map<string, number>();
  idsOf(words: readonly string[]): Uint32Array {
    const out = new Set<number>();
    for (const w of words) {
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.ids.size;
        this.ids.set(w, id);
      }
      out.add(id);
    }
    return Uint32Array.from(out).sort();
  }
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
  private wordSet: Uint32Array | null = null;
  private alnumCount = -1;

  constructor(clause: Clause, private readonly ids: WordIds, ignore: IgnoreFlags) {
    this.body = clauseBody(clause);
    this.key = comparableKey(this.body, ignore);
    this.number = normalizeNumber(clause.number);
    this.heading = clause.heading?.toLowerCase() ?? null;
    this.isTitle = clause.kind === 'heading';
  }

  /** "b.|account terms": a number and a heading together name a section; null without both */
  get title(): string | null {
    return this.number !== null && this.heading !== null ? `${this.number}|${this.heading}` : null;
  }

  /** sorted unique word ids: the vocabulary for similarity */
  get words(): Uint32Array {
    this.wordSet ??= this.ids.idsOf(contentWords(this.body));
    return this.wordSet;
  }

  /** letters and digits in the content: short clauses ("Reserved.") never count as moved */
  get alnum(): number {
    if (this.alnumCount < 0) this.alnumCount = this.body.replace(/[^\p{L}\p{N}]/gu, '').length;
    return this.alnumCount;
  }
}
