import seed from '../../seeds/roles.json' with { type: 'json' };
import type { Version } from '../model/clause.js';
import type { Roles } from '../model/roles.js';
import { partiesOf } from './parties.js';
import { lazyPattern } from './lazy-pattern.js';

// The file ships with the code and is checked against its schema by the tests
// (tests/unit/roles.test.ts), not at every start.
const shipped = seed as Roles;

/**
 * Whether a party's name gives it `role`: the role itself or a name ending in it ("EPC
 * Contractor"), or their plural ("the Lenders" of a syndicated loan), in any case. A party the
 * opening names under a role's label ("Seller: Kestria Power Generation Company J.S.C. ("KPGC")")
 * has that role too (see roleLabelsOf).
 */
function hasRoleLabelled(party: string, role: string, labels: ReadonlyMap<string, string>): boolean {
  const wanted = role.toLowerCase();
  return [party, labels.get(party)].some((called) => {
    const name = called?.toLowerCase();
    return name !== undefined && [wanted, `${wanted}s`].some((form) => name === form || name.endsWith(` ${form}`));
  });
}

// The opening's clauses read for role labels, at most, and the characters of each.
const LABEL_CLAUSES = 8;
const LABEL_CHARS = 4000;
const LABELS = new WeakMap<Version, Map<string, string>>();
// how far before its short form a party's label may stand
const LABEL_REACH = 300;

/**
 * The role each party is given by a label before its name, the last one before its short form
 * with no other label between: "Seller: Kestria Power Generation Company J.S.C., ... ("KPGC")", as
 * term sheets set their parties out (their lines often run together).
 */
function roleLabelsOf(version: Version): Map<string, string> {
  let labels = LABELS.get(version);
  if (labels) return labels;
  labels = new Map();
  const text = version.clauses.slice(0, LABEL_CLAUSES).map((clause) => `${clause.heading ?? ''}\n${clause.text.slice(0, LABEL_CHARS)}`).join('\n');
  for (const party of partiesOf(version)) {
    const at = [`"${party}"`, `“${party}”`, `"the ${party}"`, `“the ${party}”`].map((quoted) => text.indexOf(quoted)).filter((i) => i >= 0).sort((x, y) => x - y)[0];
    if (at === undefined) continue;
    const before = text.slice(Math.max(0, at - LABEL_REACH), at);
    const label = [...before.matchAll(ROLE_LABEL())].at(-1);
    if (label && !before.slice(label.index + label[0].length).includes(':')) labels.set(party, label[1]!);
  }
  LABELS.set(version, labels);
  return labels;
}
// "Seller: ", "Buyer: ": one or two capitalised words and a colon
const ROLE_LABEL = lazyPattern(() => /(?<![\p{L}-])(\p{Lu}\p{Ll}+(?:[^\S\n]\p{Lu}\p{Ll}+)?):\s/gu);

/** The one party whose role answers for defects (a Contractor, a Seller), or null. */
export function answerableForDefects(version: Version, roles: Roles = shipped): string | null {
  const labels = roleLabelsOf(version);
  const found = partiesOf(version).filter((party) => roles.answerForDefects.some((role) => hasRoleLabelled(party, role, labels)));
  return found.length === 1 ? found[0]! : null;
}

/** The parties whose role holds one of `grants` (a Lessee holds a lease), for the sentence's grants. */
export function holdersOfGrants(version: Version, grants: readonly Roles['holdGrants'][number]['grant'][], roles: Roles = shipped): string[] {
  const holders = roles.holdGrants.filter((g) => grants.includes(g.grant)).flatMap((g) => g.holders);
  const labels = roleLabelsOf(version);
  return partiesOf(version).filter((party) => holders.some((role) => hasRoleLabelled(party, role, labels)));
}

/**
 * The party of a two-party draft that pays what a clause prices when the clause does not say,
 * by the roles the draft gives its parties ("Borrower" and "Lender": the Borrower); null when
 * the parties' roles are not a pair of `roles`.
 */
export function payerByRole(version: Version, roles: Roles = shipped): string | null {
  const parties = partiesOf(version);
  if (parties.length !== 2) return null;
  const [a, b] = parties as [string, string];
  const labels = roleLabelsOf(version);
  const hasRole = (party: string, role: string) => hasRoleLabelled(party, role, labels);
  for (const pair of roles.pairs) {
    if (hasRole(a, pair.pays) && hasRole(b, pair.receives)) return a;
    if (hasRole(b, pair.pays) && hasRole(a, pair.receives)) return b;
  }
  // one party by a role that only ever pays ("Customer", "Buyer"), the other by its own name
  // ("Quillfeather") or by a role that is only ever paid ("Supplier"): the first pays
  const alone = roles.pairs.filter((pair) => !pair.onlyTogether);
  const pays = (party: string) => alone.some((pair) => hasRole(party, pair.pays));
  const paid = (party: string) => alone.some((pair) => hasRole(party, pair.receives));
  const onlyPays = (party: string) => pays(party) && !paid(party);
  const neverPays = (party: string) => !pays(party);
  if (onlyPays(a) && neverPays(b)) return a;
  if (onlyPays(b) && neverPays(a)) return b;
  // one party by a role that is plainly paid ("Lessor"), the other by no role at all ("City",
  // "Ministry"): the other pays
  const onlyPaid = (party: string) => roles.paidBesideAnyone.some((role) => hasRole(party, role)) && !pays(party);
  const noRole = (party: string) => !pays(party) && !paid(party);
  if (onlyPaid(a) && noRole(b)) return b;
  if (onlyPaid(b) && noRole(a)) return a;
  return null;
}

/**
 * The party of a two-party draft that pays damages for late or faulty performance when the clause
 * does not say: the party paid for performing, by role ("Employer" and "Contractor": the
 * Contractor owes delay damages); null when the roles are not a known pair.
 */
export function damagesPayerByRole(version: Version, roles: Roles = shipped): string | null {
  const payer = payerByRole(version, roles);
  return payer ? (partiesOf(version).find((party) => party !== payer) ?? null) : null;
}
