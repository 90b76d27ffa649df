import seed from '../../seeds/roles.json' with { type: 'json' };
import type { Version } from '../model/clause.js';
import type { Roles } from '../model/roles.js';
import { partiesOf } from './parties.js';

// The file ships with the code and is checked against its schema by the tests
// (tests/unit/roles.test.ts), not at every start.
const shipped = seed as Roles;

/**
 * The party of a two-party draft that pays what a clause prices when the clause does not say,
 * by the roles the draft gives its parties ("Borrower" and "Lender": the Borrower); null when
 * the parties' roles are not a pair of `roles`.
 */
export function payerByRole(version: Version, roles: Roles = shipped): string | null {
  const parties = partiesOf(version);
  if (parties.length !== 2) return null;
  const [a, b] = parties.map((p) => p.toLowerCase());
  for (const pair of roles.pairs) {
    const pays = pair.pays.toLowerCase();
    const receives = pair.receives.toLowerCase();
    if (a === pays && b === receives) return parties[0]!;
    if (b === pays && a === receives) return parties[1]!;
  }
  return null;
}
