/**
 * How a reader cites clauses and the changes between them ("Sec. 802(a)(5)(E)", "4.1 (was
 * 3.1)"). The concern rules, the reports, the issues list and the app all speak of clauses this
 * way, so it sits below all of them.
 */
import type { Clause, Version } from '../model/clause.js';
import type { Change, Comparison } from '../model/comparison.js';
import { definedTerms } from '../parse/lines.js';

/**
 * How a reader names a clause: "Article 4 — Contributions", "4.1", the term an unnumbered
 * definition defines ("definition of “Affiliate”"), or its first words.
 */
export function clauseLabel(clause: Clause): string {
  const named = [clause.number, clause.heading].filter(Boolean).join(' ');
  if (named) return named;
  const [defined] = clause.kind === 'definition' ? definedTerms(clause.text) : [];
  if (defined) return `definition of “${defined.term}”`;
  const words = clause.text.split(/\s+/).filter(Boolean);
  return words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : words.join(' ') || '(empty clause)';
}

// Versions are not changed once parsed or loaded, so each one's index is built once.
const BY_ID = new WeakMap<Version, Map<string, Clause>>();

export function clausesById(version: Version): ReadonlyMap<string, Clause> {
  let byId = BY_ID.get(version);
  if (!byId) BY_ID.set(version, (byId = new Map(version.clauses.map((c) => [c.id, c]))));
  return byId;
}

/** Numbers that mean something only under the clause above them: "(a)", "(2)", "b)", "1.", "iv.". */
const ITEM_NUMBER = /^(?:\(?[\p{L}\p{N}]{1,6}\)|[\p{L}\p{N}]{1,4}\.)$/u;

/**
 * The number a lawyer cites a clause by: an item's number after the numbers of the clauses above
 * it, up to the first that stands on its own. "(E)" under "(5)" under "Sec. 802." is
 * "Sec. 802(5)(E)"; "1." under "A." is "A.1". A report naming either "(E)" or "1." alone leaves
 * the reader guessing. Any other number, and an item with no numbered clause above it, is cited
 * as written; an unnumbered clause has none (null).
 */
export function citedNumber(clause: Clause, version: Version): string | null {
  if (!clause.number || !ITEM_NUMBER.test(clause.number)) return clause.number;
  const byId = clausesById(version);
  const items = [clause.number];
  let above = clause.parent === null ? undefined : byId.get(clause.parent);
  while (above?.number && ITEM_NUMBER.test(above.number)) {
    items.unshift(above.number);
    above = above.parent === null ? undefined : byId.get(above.parent);
  }
  // Sections often run on across Parts and Titles ("PART II" holds "7."): a dotted number under
  // a division stands on its own. Items in brackets still hang from it ("SEC. 501(a)").
  if (above?.kind === 'division' && items[0]!.endsWith('.')) above = undefined;
  // The head is the first clause above that stands on its own, else the topmost item.
  const head = above?.number ?? (items.length > 1 ? items.shift()! : null);
  if (head === null) return clause.number;
  let cited = head.startsWith('(') ? head : head.replace(/[\s.:—–-]+$/u, '');
  for (const item of items) cited += item.endsWith('.') ? `.${item.slice(0, -1)}` : item.startsWith('(') ? item : `(${item}`;
  return cited;
}

/** A clause as a report names it: its cited number and heading ("Sec. 802(5)(E)"), else its label. */
export function clauseCitation(clause: Clause, version: Version): string {
  const number = citedNumber(clause, version);
  if (number === clause.number) return clauseLabel(clause);
  return clause.heading ? `${number} ${clause.heading}` : number!;
}

/** Looks up the clauses of a change on both sides. */
export class ChangeReader {
  private readonly oldById: ReadonlyMap<string, Clause>;
  private readonly newById: ReadonlyMap<string, Clause>;

  constructor(private readonly comparison: Comparison) {
    this.oldById = clausesById(comparison.old);
    this.newById = clausesById(comparison.new);
  }

  /** A clause of one side, cited as a reader would ("Sec. 802(5)(E)"; see clauseCitation). */
  cite(side: 'old' | 'new', clause: Clause): string {
    return clauseCitation(clause, this.version(side));
  }

  /**
   * Its cited number alone ("Sec. 802(5)(E)", "8.5", "Article 2"), or its label when it has no
   * number. The dash or colon a heading's number ends with ("Article 2 —") belongs to the heading.
   */
  citeNumber(side: 'old' | 'new', clause: Clause): string {
    const number = citedNumber(clause, this.version(side));
    return number === null ? clauseLabel(clause) : number.replace(/(?<=\S)[\s:—–-]+$/u, '');
  }

  private version(side: 'old' | 'new'): Version {
    return side === 'old' ? this.comparison.old : this.comparison.new;
  }

  /** The clause with this id on one side of the comparison. */
  clause(side: 'old' | 'new', id: string): Clause | undefined {
    return (side === 'old' ? this.oldById : this.newById).get(id);
  }

  oldClauses(change: Change): Clause[] {
    return change.old.map((id) => this.oldById.get(id)!);
  }

  newClauses(change: Change): Clause[] {
    return change.new.map((id) => this.newById.get(id)!);
  }

  /** "Article 4 — Contributions (was Article 3 — Contributions)" */
  title(change: Change): string {
    const olds = this.oldClauses(change).map((c) => this.cite('old', c));
    const news = this.newClauses(change).map((c) => this.cite('new', c));
    if (news.length === 0) return olds.join(' + ');
    if (olds.length === 0) return news.join(' + ');
    const was = olds.join(' + ');
    const now = news.join(' + ');
    return was === now ? now : `${now} (was ${was})`;
  }

  /** "modified, moved, renumbered" */
  flags(change: Change): string {
    return [change.kind, change.moved ? 'moved' : '', change.renumbered ? 'renumbered' : ''].filter(Boolean).join(', ');
  }
}
