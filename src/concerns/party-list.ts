import { partyName, stateShortName } from './names.js';

/** "Borealis Metals Inc." and "borealis metals inc" are one name. */
export function nameKey(name: string): string {
  return name.trim().replace(/^the\s+/iu, '').replace(/[.,;:]+$/u, '').toLowerCase();
}

/**
 * A name set in capitals, as openings set their parties out ("THE GOVERNMENT OF THE FEDERAL
 * REPUBLIC OF DORUSIA"), in the case its articles write it ("Government of the Federal Republic of
 * Dorusia"), so that the state's usual short name is read from it; any other name as it is.
 */
function inTitleCase(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name.replace(/,.*$/su, ''))) return name;
  return name.replace(/,.*$/su, '').replace(/\p{L}+/gu, (word, at: number) => (at > 0 && /^(?:OF|THE|AND|FOR)$/u.test(word) ? word.toLowerCase() : word[0] + word.slice(1).toLowerCase()));
}

/**
 * The parties of a draft as they are read, in the order the draft introduces them, with every
 * other name it gives each (lower case → the party). Each way of naming parties (an opening's
 * short forms, a definition, "you" and "we") adds to one list.
 */
export class PartyList {
  readonly parties: string[] = [];
  readonly aliases = new Map<string, string>();

  /** A party (if new) and other names for it; a state's usual short name comes with it. */
  add(party: string, ...others: (string | undefined)[]): void {
    // a state read first by its usual short name ("the Government of Solterra" in an article),
    // then by the full name its opening gives ("the United Provinces of Solterra"): one party
    const shortOfParty = stateShortName(party);
    if (shortOfParty && shortOfParty !== party && this.parties.includes(shortOfParty) && !this.parties.includes(party)) this.rename(shortOfParty, party);
    if (!this.parties.includes(party)) this.parties.push(party);
    for (const other of [party, ...others]) if (other) this.aliases.set(nameKey(other), party);
    // and the name the articles use for a long name given ("the United Kingdom" for "the United
    // Kingdom of Great Britain and Northern Ireland (the "UK")")
    for (const other of others) {
      const shortOfOther = other ? stateShortName(partyName(inTitleCase(other))) : null;
      if (shortOfOther) this.alias(shortOfOther, party);
    }
    // "Taloria" for "the Federal Republic of Taloria", as its articles call it
    const short = stateShortName(party);
    if (short) this.alias(short, party);
  }

  /** Another name for a party, unless the name already stands for one. */
  alias(name: string, party: string): void {
    if (!this.aliases.has(nameKey(name))) this.aliases.set(nameKey(name), party);
  }

  /** The party a name stands for, if any. */
  partyCalled(name: string): string | undefined {
    return this.aliases.get(nameKey(name));
  }

  /** A party called by another name from here on; the names it had stay its names. */
  rename(from: string, to: string): void {
    this.parties[this.parties.indexOf(from)] = to;
    for (const [name, party] of this.aliases) if (party === from) this.aliases.set(name, to);
    // (and the new name stands for the party: "the Sending State" given to a Government read first)
    this.aliases.set(nameKey(to), to);
  }
}
