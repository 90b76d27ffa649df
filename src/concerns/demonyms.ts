import { lazyPattern } from './lazy-pattern.js';
/**
 * A state's people, ships or firms by the adjective of its name ("Briscan vessels shall pay",
 * "the Ukrainian shareholder shall appoint", "Danubian traders may"): treaties and joint
 * ventures give such groups duties and rights that are their state's side of the bargain.
 */

// The groups a state's adjective may stand before as the subject of a duty or a right. Courts,
// law and legislation are left out: "Danubian courts shall have jurisdiction" names a forum, not
// a party acting.
const ACTORS = [
  'vessels?', 'ships?', 'fleets?', 'fishing vessels', 'carriers?', 'airlines?', 'air carriers', 'operators?',
  'traders?', 'compan(?:y|ies)', 'enterprises?', 'entit(?:y|ies)', 'nationals', 'citizens', 'personnel',
  'forces', 'troops', 'authorit(?:y|ies)', 'shareholders?', 'partners?', 'investors?', 'contractors?',
  'suppliers?', 'producers?', 'exporters?', 'importers?', 'licensees?', 'delegation', 'ministry',
].join('|');

/**
 * A pattern source for such a subject: a capitalised word, the adjective or the name itself
 * ("Caldor vessels"), then one of the groups.
 */
export const DEMONYM_SUBJECT = `\\p{Lu}\\p{Ll}{2,}[^\\S\\n]+(?:${ACTORS})(?![\\p{L}\\p{N}])`;

const SUBJECT = lazyPattern(() => new RegExp(`^(?:the\\s+)?(?<adjective>\\p{Lu}\\p{Ll}{2,})\\s+(?:${ACTORS})$`, 'iu'));

/** The adjectives a one-word name makes, in lower case: "Brisca" → "briscan", "Ukraine" → "ukrainian", "Estavia" → "estavian". */
export function adjectivesOf(name: string): string[] {
  if (!/^\p{L}{3,}$/u.test(name)) return [];
  name = name.toLowerCase();
  const stem = name.replace(/(?:ia|a|e|y|o)$/u, '');
  return [...new Set([`${name}n`, `${name}an`, `${name}ian`, `${name}ese`, `${name}ish`, `${name}i`, `${stem}ian`, `${stem}an`, `${stem}ese`, `${stem}ish`, `${stem}i`, `${stem}ic`])];
}

/**
 * The party whose adjective or name opens `subject` ("Briscan vessels" → "Brisca"), given the names
 * parties go by (each name → its party), or null when no party's name, or more than one's, makes
 * that adjective.
 */
export function partyOfDemonym(subject: string, names: ReadonlyMap<string, string>): string | null {
  const adjective = SUBJECT().exec(subject.trim())?.groups?.adjective?.toLowerCase();
  if (!adjective) return null;
  const owners = new Set<string>();
  for (const [name, party] of names) if (name === adjective || adjectivesOf(name).includes(adjective)) owners.add(party);
  return owners.size === 1 ? [...owners][0]! : null;
}
