/**
 * The words that make a name a person rather than a thing, shared by every reading of parties:
 * the forms a company's name ends in, the words that describe a person, and the pronouns that
 * terms written to their reader use for the parties.
 */

/**
 * The forms a company's name ends in ("Ltd", "Inc", "GmbH", "S.A.", "S.à r.l."), as a group of a
 * regular expression's alternatives (written for the u flag; followed by `\b` where used).
 */
export const COMPANY_FORM = `(?:Ltd|Limited|LIMITED|LTD|Inc|INC|CORP|CORPORATION|LLC|LLP|PLLC|LP|plc|PLC|GmbH|AG|KG|KGaA|SE|SA|S\\.A|S\\.L|S\\.p\\.A|SpA|SAS|SARL|SàRL|Sarl|SRL|Srl|S\\.r\\.l|BV|B\\.V|NV|N\\.V|Pty|Pte|Pvt|OÜ|Oy|Oyj|AB|AS|ASA|A\\/S|ApS|Kft|s\\.r\\.o|Sp\\.[^\\S\\n]*z[^\\S\\n]*o\\.o|K\\.K|Ltda|Bhd|Corp|Corporation|Company|Co|N\\.A|Society|Bank|S\\.à[^\\S\\n]*r\\.l)`;

/**
 * Words that describe a person, not a thing ("the organisation that accepts them", "any natural
 * or legal person", "the customer named in it"), as a group of alternatives in lower case (for
 * an i-flagged pattern, or one that expects them so).
 */
export const PERSON_WORDS =
  '(?:person|individual|entity|company|corporation|organi[sz]ation|business|firm|party|body|municipality|department|agency|institution|school|studio|licensee|customer|client|buyer|seller|user|subscriber|member|publisher|developer|operator|learner|tester|holder|cardholder|homeowner|consumer|makers?|authority|government|ministry|council|university|hospital|charity|merchant|retailer|reseller|partner|contractor|supplier|vendor|provider|lender|borrower|tenant|landlord|employer|employee|freelancer|creator|artist|author|driver|host|guest|hirer|student|parent|patient)';

/** The forms of the reader's pronoun and of the speaker's, lower case. */
export const YOU_FORMS: readonly string[] = ['you', 'your', 'yours'];
export const WE_FORMS: readonly string[] = ['we', 'us', 'our', 'ours'];

/** Is a word one of those pronouns, in any case? */
export const PRONOUN = /^(?:you|your|yours|we|us|our|ours)$/iu;

/** Which person a pronoun stands for: the reader ("you", "your") or the speaker ("we", "us"). */
export function personOf(pronoun: string): 'you' | 'we' {
  return YOU_FORMS.includes(pronoun.toLowerCase()) ? 'you' : 'we';
}
