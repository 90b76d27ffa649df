import type { Clause, Version } from '../../model/clause.js';
import { otherParty } from '../bearing.js';
import { payerByRole } from '../roles.js';
import type { ChangeRule } from '../rule.js';

/*
 * The Incoterms rule a delivery is made on, read as how much of the carriage the seller takes on.
 * Under Incoterms 2020 the seller's part grows from EXW (goods made available at its own premises)
 * through FCA, FAS and FOB (handed to the buyer's carrier or put on board), CFR and CPT (carriage
 * paid to the destination), CIF and CIP (carriage and insurance paid), to DAP, DPU and DDP
 * (delivered at the destination, unloaded, duty paid). DAT, the 2010 name of DPU, is read as DPU.
 * Rules the same distance apart in cost (CFR and CPT, CIF and CIP) share a rank.
 */
const RANK: Record<string, number> = { EXW: 0, FCA: 1, FAS: 2, FOB: 3, CFR: 4, CPT: 4, CIF: 5, CIP: 5, DAP: 6, DAT: 7, DPU: 7, DDP: 8 };
const TERM = /\b(EXW|FCA|FAS|FOB|CFR|CPT|CIF|CIP|DAP|DAT|DPU|DDP)\b/gu;

/** The Incoterms rules some clauses name, in order, with where each is said. */
function termsIn(clauses: readonly Clause[]): { clause: Clause; term: string; start: number; end: number }[] {
  return clauses.flatMap((clause) => [...clause.text.matchAll(TERM)].map((m) => ({ clause, term: m[1]!, start: m.index, end: m.index + m[0].length })));
}

/**
 * A delivery moved to another Incoterms rule ("FCA Seller's silo" → "DAP Buyer's mill"): a rule
 * further along puts more of the carriage, its cost and its risk on the seller, the party paid by
 * role, and spares the buyer; one further back, the reverse. Read only where each side names one
 * rule, and they differ; a draft whose roles do not say who sells is not read.
 */
export const incotermMoved: ChangeRule = {
  id: 'incoterm-moved',
  category: 'financial',
  severity: 'medium',
  rewrittenOnly: true,
  find(change, comparison, clauses) {
    const before = termsIn(clauses.oldClauses(change));
    const after = termsIn(clauses.newClauses(change));
    const distinct = (found: typeof before) => new Set(found.map((f) => RANK[f.term]));
    if (distinct(before).size !== 1 || distinct(after).size !== 1) return [];
    const [from, to] = [before[0]!, after[0]!];
    if (RANK[from.term] === RANK[to.term]) return [];
    const seller = sellerOf(comparison.new);
    if (!seller) return [];
    const further = RANK[to.term]! > RANK[from.term]!;
    return [
      {
        side: 'new',
        clause: to.clause.id,
        oldClauses: change.old,
        evidence: { start: to.start, end: to.end },
        explanation: `Delivery moves from ${from.term} to ${to.term}: the seller takes on ${further ? 'more' : 'less'} of the carriage, its cost and its risk.`,
        affects: seller,
        effect: further ? 'burden' : 'benefit',
      },
    ];
  },
};

/** The party that sells: the other of the one whose role pays. */
function sellerOf(version: Version): string | null {
  const buyer = payerByRole(version);
  return buyer ? otherParty(version, buyer) : null;
}
