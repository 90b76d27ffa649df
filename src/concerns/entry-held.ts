import type { Version } from '../model/clause.js';
import { lastPartyNamedIn, partiesNamedIn } from './bearing.js';
import { homesOf, stateAmong } from './forum.js';
import { namesAState, partiesOf } from './parties.js';
import { lazyPattern } from './lazy-pattern.js';

/**
 * The party that holds an agreement's entry into force: it takes effect only when that party is
 * satisfied ("when the Bank has received evidence satisfactory to it"), when that party notifies
 * ("once the Swiss Confederation has notified"), or when that party's own organs approve ("upon
 * approval by resolution of the Cabinet of Ministers of Ukraine", "ratified by the Parliament of
 * Georgia"). Until then it may still walk away, so such a condition gained is its gain and one
 * lost its loss. A party's satisfaction is read before the approvals it may be satisfied of:
 * "evidence satisfactory to the Bank that the Parliament of Georgia has ratified" is held by the
 * Bank. A condition on what a party must deliver ("when the Customer has delivered the Credit
 * Support") is a burden on it, not a hold, and is not read here.
 */
export function entryHeldBy(sentence: string, version: Version): string | null {
  if (!ENTRY_WORDS.test(sentence)) return null;
  const satisfied = SATISFIED().exec(sentence);
  if (satisfied) {
    // "to the Bank", or "to it": the party named last before the words
    const named = satisfied.groups!.whom ? partiesNamedIn(satisfied.groups!.whom, version) : [];
    const party = named.length === 1 ? named[0]! : lastPartyNamedIn(sentence.slice(0, satisfied.index), version);
    if (party) return party;
  }
  // notices both parties give ("notify each other", "the later of the notifications by the
  // Republic and the Kingdom") are no one's hold (though one party's organ the procedures they
  // tell of include, "including approval by the Drovnian National Assembly", is read below)
  const notifies = NOTICE_OF_BOTH().test(sentence) ? null : NOTIFIES.exec(sentence);
  if (notifies) {
    const by = notifies.groups!.by;
    const givers = by ? partiesNamedIn(by, version) : [];
    if (givers.length > 1) return null;
    const party = givers[0] ?? lastPartyNamedIn(sentence.slice(Math.max(0, notifies.index - 80), notifies.index + notifies[0].length), version);
    if (party) return party;
  }
  // a party's own procedure, named with its holder ("the parliamentary approval procedure of the
  // Sending State"), its countersignature or confirmation ("countersignature by an authorised
  // officer of Provider", "when the Provider confirms acceptance"), or an organ of its state that
  // approves, by name ("the Kyiv City Council", "the Parliament of Georgia"); holds of both parties
  // ("ratification by the Verkhovna Rada of Ukraine and the internal procedures of the United
  // States") are no one's
  const holders = new Set<string>();
  const procedure = PROCEDURE_OF().exec(sentence);
  const oneNamedIn = (words: string) => {
    const named = partiesNamedIn(words, version);
    if (named.length === 1) holders.add(named[0]!);
  };
  if (procedure) oneNamedIn(procedure.groups!.of!);
  const signs = COUNTERSIGNED_BY().exec(sentence);
  // (not where it is done without: "countersignature by Provider is not required")
  if (signs && !NOT_REQUIRED.test(sentence.slice(signs.index + signs[0].length, signs.index + signs[0].length + 40))) oneNamedIn(signs.groups!.by!);
  const confirms = CONFIRMS.exec(sentence);
  const confirming = confirms ? lastPartyNamedIn(sentence.slice(Math.max(0, confirms.index - 60), confirms.index), version) : null;
  if (confirming) holders.add(confirming);
  // (or a body of its own that approves: "approved ... by the Fronting Insurer's Reinsurance
  // Security Committee", "the approval of the board of directors of the Buyer")
  const body = OWN_BODY_APPROVES().exec(sentence);
  if (body) oneNamedIn(body.groups!.whose ?? body.groups!.of!);
  // (an organ or act of a state not named, "approval by a law of the National Assembly", "the
  // Supreme Decree approving this Agreement", is that of the one party that is a state or a
  // public body, if one alone is)
  let stateOrgan = STATE_ACT().test(sentence);
  for (const m of sentence.matchAll(APPROVED_BY_ORGAN())) {
    const organ = m.groups!.after ?? m.groups!.before!;
    const homes = homesOf(organ, version);
    // (of parties both at home there, the state's: "the National Assembly of the Republic of
    // Kassandu" is the Republic's, though the company is incorporated in it)
    const home = homes.length === 1 ? homes[0]! : homes.length > 1 ? stateAmong(homes, version) : null;
    if (home) holders.add(home);
    if (homes.length === 0 && !/\bof\b/u.test(organ)) stateOrgan = true;
  }
  if (holders.size === 0 && stateOrgan) return lonePublicParty(version);
  return holders.size === 1 ? [...holders][0]! : null;
}

/** The one party that is a state or a public body ("the Republic of Chile", "the Department"), if the other is not. */
function lonePublicParty(version: Version): string | null {
  const parties = partiesOf(version);
  const publicParties = parties.filter((party) => namesAState(party) || PUBLIC_BODY().test(party));
  return publicParties.length === 1 && parties.length === 2 ? publicParties[0]! : null;
}

// a party that is a public body by its name ("the Ministry of Health of Ukraine", "the Department")
const PUBLIC_BODY = lazyPattern(() => /^(?:the\s+)?(?:Government|Cabinet|Ministry|Department|Agency|Authority|Administration|Municipality|(?:\p{Lu}\p{L}+\s+)?(?:City|Regional|County)\s+Council)\b|\b(?:Ministry|Department|Agency|Authority|Administration)\s+(?:of|for)\b/u);

// "the parliamentary approval procedure of the Sending State", "the constitutional requirements of
// Georgia"
const PROCEDURE_OF = lazyPattern(() => /\b(?:parliamentary|constitutional|internal|domestic|legislative|ratification)\s+(?:approval\s+)?(?:procedures?|requirements?|process(?:es)?)\s+of\s+(?<of>(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}.-]*){0,5})/u);

// "countersignature by an authorised officer of Provider", "countersigned by the Bank"
const COUNTERSIGNED_BY = lazyPattern(() => /\bcounter-?sign\p{L}*\s+by\s+(?:an?\s+(?:duly\s+)?authori[sz]ed\s+(?:officer|representative|signatory)\s+of\s+)?(?<by>(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,5})/u);

// (what follows a countersignature done without: "is not required")
const NOT_REQUIRED = /^\s*(?:is|shall|will)\s+not\s+(?:be\s+)?(?:required|needed|necessary)\b/u;

// "when the Provider confirms acceptance of your sign-up", "once the Bank has countersigned it"
const CONFIRMS = /\b(?:has\s+)?(?:confirm(?:s|ed)?\s+(?:its\s+|in\s+writing\s+)?(?:acceptance|approval)|countersign(?:s|ed))\b/u;

// A party's own board or committee that approves, named with the party's name before it or after it
const OWN_BODY = String.raw`(?:(?:[Bb]oard|[Cc]ommittee|[Cc]ouncil)(?:\s+of\s+[Dd]irectors)?|[Ss]hareholders|[Dd]irectors)`;
const OWN_BODY_APPROVES = lazyPattern(() => new RegExp(
  String.raw`\b(?:approv\p{L}*|consent\p{L}*|sanction\p{L}*)\b[^.;]{0,80}?\b(?:by|of)\s+(?:the\s+)?(?:(?<whose>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})['’]s?\s+(?:own\s+)?(?:\p{L}[\p{L}-]*\s+){0,3}${OWN_BODY}|(?:\p{L}[\p{L}-]*\s+){0,2}${OWN_BODY}\s+of\s+(?<of>(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}))`,
  'u',
));

// A state's act that approves, of no state named: a decree, or publication in the state's gazette
const STATE_ACT = lazyPattern(() => /\b(?:[Ss]upreme|Presidential|Executive|Royal|Government|Ministerial)\s+(?:Decree|Order|[Rr]esolution)\s+approv\p{L}*|\bpublication\s+(?:in|of)\s+(?:the\s+)?(?:Official\s+(?:Gazette|Journal)|Diario\s+Oficial|State\s+Gazette|Gazette)\b/u);

const ENTRY_WORDS = /\b(?:enter(?:s|ed)?\s+into\s+force|becomes?\s+binding|(?:is|are)\s+not\s+binding|come\s+into\s+(?:force|effect)|comes\s+into\s+(?:force|effect)|take\s+effect|takes\s+effect|become\s+effective|becomes\s+effective|effectiveness)\b/iu;

// "evidence satisfactory to it", "in form and substance acceptable to the Lender"
const SATISFIED = lazyPattern(() => /\b(?:satisfactory|acceptable)\s+to\s+(?:it|them|(?<whom>(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.-]*){0,5}))(?![\p{L}])/u);

// "the Ukrainian Participant notifies", "has notified the other Party", "the diplomatic note by which
// Valmora informs Kestria", "the notification by the
// Swiss Confederation" (and whatever else "by" names, which may be both parties)
const NOTIFIES = /\b(?:has\s+|have\s+)?(?:notif(?:y|ies|ied)|informs|informed)\b|\bnotifications?\s+(?:by|from)\s+(?<by>[^,;.]{1,160})/u;
const NOTICE_OF_BOTH = lazyPattern(() => /\bnotif\p{L}*\s+(?:to\s+)?(?:each\s+other|one\s+another)\b|\b(?:each|either|both)\s+(?:of\s+the\s+)?(?:Contracting\s+)?Part(?:y|ies)\s+(?:has\s+|have\s+|shall\s+)?notif|\b(?:the\s+)?(?:Contracting\s+)?Parties\s+(?:have\s+|shall\s+)?notif/u);

/**
 * Words of a hold of some kind (an approval, a ratification, a notice, a party's satisfaction),
 * whether or not the party holding it is known: a hold whose holder the words do not name ("once
 * approved by Parliament") has not gone.
 */
export const HOLD_WORDS = lazyPattern(() => /\b(?:approv\p{L}*|ratif\p{L}*|notif\p{L}*|satisfactory|acceptable|resolution|decision|consent)\b/u);

// An approving organ by its own name: a parliament, government, cabinet, council or assembly,
// named after the approval ("approval of the Federal Assembly", "ratified by the Parliament of
// Georgia", "resolution of the Cabinet of Ministers of Ukraine") or before it ("the Kyiv City
// Council approves it")
const ORGAN = String.raw`(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:Parliament|Cabinet\s+of\s+Ministers|Council|Assembly|Congress|Senate|Verkhovna\s+Rada|Government|Storting|Sejm|Bundestag|Riksdag|Knesset|Comptroller)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}-]*){0,3})?`;
const APPROVED_BY_ORGAN = lazyPattern(() => new RegExp(
  String.raw`\b(?:approv\p{L}*|ratif\p{L}*|resolution|decision|consent)\s+(?:\p{L}+\s+){0,3}?(?:by|of)\s+(?:the\s+)?(?<after>${ORGAN})|(?<before>${ORGAN})\s+(?:has\s+)?(?:approv\p{L}*|ratif\p{L}*|adopt\p{L}*)\b`,
  'gu',
));
