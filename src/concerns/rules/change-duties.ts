import type { Clause, Version } from '../../model/clause.js';
import type { CategoryId } from '../../model/finding.js';
import { builtInPhraseRules } from '../phrase-rules.js';
import { deonticsOf, isLeaveToGive, type Deontic } from '../obligations.js';
import { sentenceAt } from '../sentences.js';
import { assertedMatches, keyed } from './clause-rules.js';
import { SECURITY_GUARANTEE } from './document-rules.js';

/*
 * The duties and rights of a clause as the change rules weigh them, and the kind of concern a
 * duty is: shared by every rule that reads what a change did to a party's duties.
 */

/**
 * The category a duty belongs to: a security commitment is one; a duty to pay, contribute or
 * bear costs is a financial one; one about entry into force, a ratification one; everything
 * else is balance.
 */
const MONEY = keyed(/\b(?:pay|paid|payable|costs?|expenses?|fees?|contribut\p{L}*|capital|royalt\p{L}*|duties|taxe?s?|revenues?|funding|amounts?|sums?)\b/iu, 'pay', 'paid', 'cost', 'expense', 'fee', 'contribut', 'capital', 'royalt', 'dut', 'tax', 'revenue', 'funding', 'amount', 'sum');

// A long clause may carry hundreds of duties that moved: it is read for its category once.
const CATEGORIES = new WeakMap<Clause, CategoryId>();

export function categoryOf(clause: Clause, version: Version): CategoryId {
  let category = CATEGORIES.get(clause);
  if (!category) CATEGORIES.set(clause, (category = readCategory(clause, version)));
  return category;
}

function readCategory(clause: Clause, version: Version): CategoryId {
  if (SECURITY_GUARANTEE.test(clause.text) || phraseOf('security', clause, version)) return 'security';
  if (assertedMatches(clause, MONEY).length > 0 || phraseOf('financial', clause, version)) return 'financial';
  // a right to opt out of provisional application, a duty to ratify: a matter of entry into force
  if (phraseOf('ratification', clause, version)) return 'ratification';
  return 'one-sided';
}

/** Does a phrase rule of the category speak in the clause? (Asked only of clauses whose duties a change moved.) */
function phraseOf(category: CategoryId, clause: Clause, version: Version): boolean {
  return builtInPhraseRules().some((rule) => rule.category === category && rule.find(clause, version).length > 0);
}

// "X shall determine the projects", "X shall appoint the members", "the Parties shall each appoint
// two members": a power over the other, read as a right though its modal is "shall".
const DECIDES = /^\s+(?:each\s+|also\s+|jointly\s+)?(?:(?:in|at)\s+its\s+(?:sole\s+|absolute\s+)?discretion\s+)?(?:determine|decide|select|appoint|approve|designate|choose|nominate)\b/iu;
// "the Seller shall retain title until the price has been paid": what it keeps, a right
const KEEPS = /^\s+(?:retain|keep|reserve)\s+(?:(?:full|legal|all|its)\s+)*(?:title|ownership|property)\b/iu;
// "shall award the contract as it sees fit", "shall allocate the capacity in its absolute
// discretion", "shall take such action as it deems necessary": a duty whose manner the holder
// chooses is a power over the other (not a discretion in a condition on it: "shall repay the Grant
// if the Authority determines in its sole discretion"; nor the discretion of another a relative
// clause gives, "shall pay a security deposit ..., which the Owner may apply at its discretion")
const AT_ITS_DISCRETION = /^(?:(?!\b(?:if|unless|where|when|whenever|provided|subject\s+to|(?:which|whom)\s+(?:the|its|their|an?)\s)\b)[^.;]){0,100}?\b(?:as\s+it\s+(?:may\s+)?(?:sees?|thinks?|deems?|considers?)\s+(?:fit|appropriate|necessary)|(?:in|at)\s+its\s+(?:sole\s+|absolute\s+|own\s+|unfettered\s+)?discretion)\b/iu;
// "shall do likewise", "shall do the same": the term just before, for another party
const LIKEWISE = /^\s+(?:do\s+(?:likewise|the\s+same)|likewise\s+do\s+so)\b/iu;
/** A duty or right as a change weighs it: `shared` when the parties hold it together (see dutiesOf). */
export type WeighedDuty = Deontic & { shared?: true };

/** The duties and rights of a clause as a change weighs them (see DECIDES; a passive with its agent, "shall be borne by the United States", is read with the duties). */
export function dutiesOf(clause: Clause, parties: ReadonlySet<string>, version: Version): WeighedDuty[] {
  return deonticsOf(clause, version)
    // a duty or right the parties share ("Either the Principal or the Agent may terminate", "The
    // Parties shall consult") is each one's: taken from one of them, it is that one's loss
    .flatMap((d): WeighedDuty[] => (d.party === 'Parties' ? [...parties].map((party) => ({ ...d, party, shared: true as const })) : [d]))
    // leave to give ("may make contributions") moves nothing between the parties
    // (nor "shall not unreasonably withhold its consent", which only qualifies the consent the
    // other needs, as "such consent not to be unreasonably withheld" does: the rules on consents
    // read it)
    .filter((d) => parties.has(d.party) && !isLeaveToGive(clause, d) && !(d.kind === 'prohibition' && CONSENT_NOT_WITHHELD.test(clause.text.slice(d.end, d.end + 40))))
    .map((d, i, all) => {
      if (d.kind !== 'obligation') return d;
      // "and the Ukrainian Side shall do likewise": read as the term just before it is
      const read = i > 0 && LIKEWISE.test(clause.text.slice(d.end, d.end + 40)) ? all[i - 1]! : d;
      // ("must" is said of what one is made to do: "you must designate one or more accounts as
      // owners" is a requirement, never a power over the other)
      return read.kind === 'obligation' && !/^must\b/u.test(read.phrase) && decidesOrKeeps(clause, read) ? { ...d, kind: 'right' as const } : d;
    });
}

/** Is the duty one whose words after its modal make it a power or a holding (see DECIDES)? */
function decidesOrKeeps(clause: Clause, duty: Deontic): boolean {
  const after = clause.text.slice(duty.end, duty.end + 200);
  // (an appointment the party pays for is a duty: "shall appoint, at its own cost, an agent",
  // "shall appoint and pay an agent")
  if (DECIDES.test(after) && AT_OWN_COST.test(after)) return false;
  // (help whose manner the helper chooses is still help owed: "shall take such action as it deems
  // necessary, including the use of armed force, to assist Selvara")
  return DECIDES.test(after) || (AT_ITS_DISCRETION.test(after) && !AID_OWED.test(clause.text.slice(duty.end, sentenceAt(clause.text, duty.end).end))) || KEEPS.test(after);
}
// (not help it only may give: "such action as it deems necessary, which may include the provision
// of material assistance" is its say over what to give)
const AID_OWED = /\b(?:including\s+the\s+use\s+of\s+armed\s+force|to\s+(?:assist|help|defend|protect|restore))\b/iu;
const AT_OWN_COST = /^[^.;]{0,60}?(?:\bat\s+(?:its|their)\s+(?:own\s+)?(?:cost|costs|expense)\b|\band\s+pay\b)/iu;
const CONSENT_NOT_WITHHELD = /^\s+unreasonably\s+(?:withhold|delay|condition|refuse)\b/iu;

