import { partyMention } from './names.js';
import { cachedPattern } from './pattern-cache.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * A way out of a term that one party alone gained: a renewal or a term that now runs "unless the
 * Customer gives notice of non-renewal", or a new "the Customer may terminate". The exit is that
 * party's, and the change is in its favour, though the term itself is only reworded. A way out
 * both parties share ("unless either party gives notice", "the Lender or the Borrower may
 * terminate") is no one side's gain; one party's made shared is the other's. Sentences are read
 * as written: capitals tell a party named second ("the Lender or the Borrower") from a clause
 * joined on ("…, and the Borrower may").
 */
export function exitGainedBy(oldSentences: readonly string[], newSentence: string, parties: readonly string[], newClause: string = newSentence): string | null {
  const holders = (sentence: string) => parties.filter((party) => exitOf(party).test(sentence));
  // a way out both had ("Either the Cabinet of Ministers of Ukraine or the Government of the
  // United States may terminate"), now each party's own, is no one's gain, however long the names
  // (nor, read alone, one left to one party: "unless the Licensee gives notice of non-renewal" may
  // stand beside "; the Licensor may elect not to renew", which the sentence read does not hold)
  // (but a notice of non-renewal either party could give, now one party's alone, "unless either
  // Contracting Party notifies the other of its intention not to extend" → "unless the Supplier
  // notifies the Customer", took the other's way out in the same words: the one left holds it)
  if (oldSentences.some((old) => SHARED_EXIT.test(old))) {
    if (!oldSentences.some((old) => SHARED_NOTICE_EXIT().test(old)) || SHARED_EXIT.test(newSentence)) return null;
    const holding = parties.filter((party) => noticeExitOf(party).test(newSentence));
    // (nor where the other keeps a way of its own anywhere in the clause: "; the Licensor may elect
    // not to renew")
    const keepsOwn = (party: string) => exitOf(party).test(newClause) || cachedPattern(`${partyMention(party)}\\s+may\\b`, 'u').test(newClause);
    return holding.length === 1 && !parties.some((party) => party !== holding[0] && keepsOwn(party)) ? holding[0]! : null;
  }
  // and a way out one party had, now shared ("unless the Offtaker gives notice" → "unless either
  // party gives notice"): the other gained it
  if (SHARED_EXIT.test(newSentence)) {
    const had = [...new Set(oldSentences.flatMap(holders))];
    const others = had.length === 1 ? parties.filter((party) => party !== had[0]) : [];
    // (an other the old words named is no newcomer: "may be terminated by the Buyer or the Seller"
    // → "Either the Buyer or the Seller may terminate")
    const named = (party: string) => oldSentences.some((old) => cachedPattern(partyMention(party), 'u').test(old));
    return others.length === 1 && !named(others[0]!) ? others[0]! : null;
  }
  const gained = parties.filter((party) => {
    const exit = exitOf(party);
    return exit.test(newSentence) && !oldSentences.some((old) => exit.test(old));
  });
  return gained.length === 1 ? gained[0]! : null;
}

// (a notice that stops a renewal: "of non-renewal", "of its intention not to extend")
const NOTICE_OF_EXIT = String.raw`(?:gives|serves|delivers|notifies)\b[^.;]{0,80}?\b(?:notice\s+(?:of\s+(?:its\s+)?(?:termination|non-renewal|withdrawal|cancellation)|to\s+(?:terminate|withdraw|cancel))|(?:intention|decision|election|wish)\s+not\s+to\s+(?:renew|extend|continue))\b`;
const SHARED_NOTICE_EXIT = lazyPattern(() => new RegExp(String.raw`\b(?:[Uu]nless|[Ii]f)\s+(?:either|any|each)\s+(?:(?:[Cc]ontracting\s+)?[Pp]arty|of\s+the\s+[Pp]arties)\s+${NOTICE_OF_EXIT}`, 'u'));
const SHARED_EXIT =
  /\b(?:[Ee]ither|[Ee]ach)\b[^.;]{0,160}?\bmay(?:,[^,.;]{1,60},)?\s+(?:at\s+any\s+time\s+)?(?:terminate|withdraw|cancel)\b|\b(?:[Uu]nless|[Ii]f)\s+(?:either|any|each)\s+(?:(?:[Cc]ontracting\s+)?[Pp]arty|of\s+the\s+[Pp]arties)\s+(?:gives|serves|notifies)\b/u;

// "unless the Customer gives …notice", "the Customer may terminate", "terminated ... by the
// Licensor"; not as the second of two
// parties ("the Lender or the Borrower may terminate", "Either Party or the Agent")
function exitOf(party: string): RegExp {
  const name = `(?:[Tt]he\\s+)?${partyMention(party)}`;
  const secondOfTwo = `(?<!(?:\\p{Lu}[\\p{L}\\p{N}’'-]*|\\b[Pp]art(?:y|ies))\\s+(?:or|and|nor)\\s+(?:[Tt]he\\s+)?)`;
  // (a notice of something else, "of an increase in the Charges", or one with a price to pay,
  // "gives notice and pays the Break Fee", is no way out)
  return cachedPattern(
    `${noticeExitOf(party).source}(?!\\s+and\\s+pays\\b)` +
      `|${secondOfTwo}${name}\\s+may(?:,[^,.;]{1,60},)?\\s+(?:at\\s+any\\s+time\\s+)?(?:terminate|withdraw|cancel)\\b` +
      // (or the passive: "unless terminated earlier for material breach or by the Licensor at any
      // time on ninety days' notice", "may be terminated by"; not "by the Licensor's breach", nor a
      // condition, "if this Agreement is terminated by the Licensor")
      `|\\b(?:(?:unless|until)\\s+(?:(?:sooner|earlier|previously)\\s+)?|may\\s+be\\s+)(?:terminated|cancelled|canceled)\\b(?:[^.;]|\\.(?=\\d)){0,120}?\\bby\\s+${name}(?![\\p{L}\\p{N}’'-])`,
    'u',
  );
}

// "unless the Customer gives notice of non-renewal", "unless the Supplier notifies the Customer
// of its intention not to extend": a way out that stops a renewal
function noticeExitOf(party: string): RegExp {
  return cachedPattern(`\\b(?:[Uu]nless|[Ii]f|[Pp]rovided\\s+that)\\s+(?:[Tt]he\\s+)?${partyMention(party)}\\s+${NOTICE_OF_EXIT}`, 'u');
}
