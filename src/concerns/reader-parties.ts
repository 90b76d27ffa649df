import { openingParties, pronounsGivenTo, pronounsOfLetter } from './addressed-opening.js';
import type { AddressedParty } from './addressed-parties.js';
import type { PartyList } from './party-list.js';
import { WE_FORMS, YOU_FORMS } from './person-words.js';

/*
 * The parties of terms written to their reader, "you" and "we", added to those read otherwise:
 * the brackets of an opening, definitions that give a person its pronouns, and pronouns given to
 * a name (see addressed-opening.ts and addressed-parties.ts for how each is read).
 */

/**
 * The parties an opening names beside their pronouns (`Brightmoor Analytics Ltd ("Provider",
 * "we")`, `between you (the "User") and ...`). A reader the opening names only as "You", where a
 * definition says who "you" is, is left to that definition ("'The Licensee' or 'You': any
 * natural or legal person ..."), or to the name the opening gives the pronoun.
 */
export function addReadersOfOpening(list: PartyList, opening: string, addressed: readonly AddressedParty[]): void {
  // (or where a letter's heading gives the pronoun to a name, as its "To:" line does)
  const given = pronounsOfLetter(opening);
  const defines = (person: 'you' | 'we') => addressed.some((a) => a.person === person) || given.some(([forms]) => forms === (person === 'you' ? YOU_FORMS : WE_FORMS));
  for (const { party, names } of openingParties(opening)) {
    if ((party === 'You' && defines('you')) || (party === 'We' && defines('we'))) continue;
    list.add(party, ...names);
  }
}

/**
 * Parties defined with their pronouns ("Customer", "You," and "Your" refer to ...), and pronouns
 * the opening gives to a name ("“you” means Customer"). Of a party already read, these are more
 * of its names; failing any, they are the parties. Says whether the list is complete: it is when
 * it named parties before, or when both a "you" and a "we" are defined.
 */
export function addAddressedParties(list: PartyList, opening: string, addressed: readonly AddressedParty[]): boolean {
  const givePronouns = () => {
    for (const [forms, name] of pronounsGivenTo(opening)) {
      const party = list.partyCalled(name);
      if (party) for (const form of forms) list.alias(form, party);
      // ("In these terms "we" refers to Provider" where "we" is the party read: the name is its too)
      else {
        const byPronoun = list.partyCalled(forms[0]!);
        if (byPronoun) list.alias(name.toLowerCase(), byPronoun);
      }
    }
  };
  if (list.parties.length === 0) {
    for (const { party, names } of addressed) list.add(party, ...names);
    givePronouns();
    return addressed.length === 2;
  }
  givePronouns();
  for (const { party: addressedParty, names } of addressed) {
    const party = names.map((name) => list.aliases.get(name)).find((known) => known !== undefined);
    // a "you" or "we" defined beside the names the opening gave ("Loomstead Media LLC
    // ("Loomstead") operates the app. "You" means anyone who ...") is a party of its own
    if (party) for (const name of names) list.alias(name, party);
    else list.add(addressedParty, ...names);
  }
  return true;
}

/**
 * Of two parties, one called "you" and neither "we" (or the reverse), the other is the one the
 * pronoun left out stands for: an opening that says `Saltmarsh Software Ltd ("Provider") and the
 * employer subscribing ("Customer", "you")` means the Provider by "we will not reduce ...".
 */
export function givePronounsToTheOther(list: PartyList): void {
  if (list.parties.length !== 2) return;
  const you = list.partyCalled('you');
  const we = list.partyCalled('we');
  if (Boolean(you) === Boolean(we)) return;
  const other = list.parties.find((party) => party !== (you ?? we))!;
  for (const form of you ? WE_FORMS : YOU_FORMS) list.alias(form, other);
}
