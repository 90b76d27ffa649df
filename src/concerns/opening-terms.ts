import { CAPITALISED, GAP } from './names.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * Parties an opening names by defining them as terms, as bills of lading and standard conditions
 * do: `In this Bill of Lading "Carrier" means Tavrin Line Ltd., ..., and "Merchant" includes the
 * shipper, the consignee ...`, `Definitions: "Licensor" means Brightmoor GmbH; "Licensee" or "you"
 * means the individual ...`. Read only where the opening's line starts so ("In this ...", "In these
 * ...", "Definitions:") and defines two terms at least: one term defined there is more often a
 * thing ("Goods" means ...) than a side of the bargain.
 */
export interface TermDefinedAsParty {
  /** the term as the clauses use it ("Carrier") */
  short: string;
  /** the name it is defined as, where the definition starts with one ("Tavrin Line Ltd.") */
  long?: string;
  /** other terms given the same meaning (`"Licensee" or "you"`) */
  others: string[];
}

// the line that opens the definitions, up to its first quoted term (or the words after a title in
// capitals run into them, as a draft's opening is read)
const DEFINING_LINE = lazyPattern(() => new RegExp(`(?:^|(?<=\\p{Lu}{2}))[^\\S\\n]*(?:In${GAP}(?:this|these)${GAP}[^"“\\n]{1,40}?,?${GAP}|Definitions:${GAP})(?=(?:the${GAP})?["“])`, 'gmu'));
// each term with its verb, and the words of its definition up to the next term, stop or semicolon
const TERM = lazyPattern(() => /(?:the[^\S\n]+)?["“](?:the[^\S\n]+)?(?<short>[\p{Lu}][\p{L}-]*(?:[^\S\n]+[\p{Lu}][\p{L}-]*){0,2})["”](?:[^\S\n]+or[^\S\n]+["“](?<other>[\p{L}][\p{L}-]*)["”])?[^\S\n]+(?:means|includes|shall[^\S\n]+mean)[^\S\n]+(?<body>[^;\n]*?)(?=,?[^\S\n]+and[^\S\n]+(?:the[^\S\n]+)?["“]|;|\.(?:[^\S\n]|$)|$)/gmu);
// a definition that starts with a name ("Tavrin Line Ltd., on whose behalf ...")
const NAME_FIRST = lazyPattern(() => new RegExp(`^(${CAPITALISED}(?:${GAP}(?:&${GAP})?${CAPITALISED}){0,6})`, 'u'));
// (the words a definition of a thing starts with: "the goods described", "any vessel")
const A_THING = /^(?:the[^\S\n]+)?(?:goods|cargo|vessel|ship|container|premises|property|software|services?|works?|equipment|unit|space)\b/iu;

export function termsDefinedAsParties(opening: string): TermDefinedAsParty[] {
  for (const line of opening.matchAll(DEFINING_LINE())) {
    const from = line.index + line[0].length;
    const end = opening.indexOf('\n', from);
    const text = opening.slice(from, end < 0 ? undefined : end);
    const terms: TermDefinedAsParty[] = [];
    for (const m of text.matchAll(TERM())) {
      const { short, other, body } = m.groups!;
      if (A_THING.test(body!)) return [];
      const long = NAME_FIRST().exec(body!)?.[1];
      terms.push({ short: short!, ...(long ? { long } : {}), others: other ? [other] : [] });
    }
    if (terms.length >= 2) return terms;
  }
  return [];
}
