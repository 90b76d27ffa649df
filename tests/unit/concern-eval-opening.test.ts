import { describe, expect, it } from 'vitest';
import { asDraftClause, opening } from '../../src/bench/concern-eval.js';
import { partiesOf, resolveParty, statesAreParties, ukraineAmong } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** The opening the labelled sets' clauses are set in names the parties as their labels do. */

describe('the opening of a labelled case', () => {
  const partiesIn = (labels: string[]) => partiesOf(parseVersion(`${opening(labels)}\n\n1. The Parties shall cooperate.`));

  it('names states by their governments, a state labelled by its government as labelled', () => {
    expect(partiesIn(['Ukraine', 'United States'])).toEqual(['Ukraine', 'United States']);
    expect(partiesIn(['Government of Ukraine', 'Government of the United States of America'])).toEqual(['Ukraine', 'United States']);
    expect(partiesIn(['Republic of Sarnia', 'Kingdom of Tessel'])).toEqual(['Republic of Sarnia', 'Kingdom of Tessel']);
    // a state whose style names it with an article ("of the Netherlands") is a state too
    expect(partiesIn(['the Kingdom of the Netherlands', 'the Republic of Tessel'])).toEqual(['Kingdom of the Netherlands', 'Republic of Tessel']);
    // a style that ends in its kind, and a country by its own short name
    expect(partiesIn(['Georgia', 'the Hellenic Republic'])).toEqual(['Georgia', 'Hellenic Republic']);
    expect(statesAreParties(parseVersion(opening(['Georgia', 'the Hellenic Republic'])))).toBe(true);
    expect(statesAreParties(parseVersion(opening(['Ireland', 'the Organization'])))).toBe(true);
    // beside an organisation or a company, a state is named as itself
    expect(partiesIn(['Ireland', 'the Organization'])).toEqual(['Ireland', 'Organization']);
    expect(partiesIn(['the Republic of Tessel', 'the Investor'])).toEqual(['Republic of Tessel', 'Investor']);
  });

  it('names a side of a state ("the Ukrainian Side", "the U.S. Party") as its government given that short form, so the state\u2019s own rules apply', () => {
    const version = parseVersion(`${opening(['the Ukrainian Side', 'the U.S. Side'])}\n\n1. The Ukrainian Side shall act in accordance with the Constitution of Ukraine.`);
    expect(partiesOf(version)).toEqual(['Ukrainian Side', 'U.S. Side']);
    expect(ukraineAmong(version)).toBe('Ukrainian Side');
    expect(partiesIn(['Ukraine', 'United States of America'])).toEqual(['Ukraine', 'United States']);
    // a government labelled by its state's adjective or name, beside one labelled "Government of"
    const government = parseVersion(`${opening(['the Government of Ukraine', 'the U.S. Government'])}\n\n1. The U.S. Government shall consult the Government of Ukraine.`);
    expect(partiesOf(government)).toEqual(['Ukraine', 'U.S. Government']);
    expect(resolveParty(government, 'the Government of Ukraine')).toBe('Ukraine');
    expect(partiesIn(['the United States Government', 'Ukraine'])).toEqual(['United States Government', 'Ukraine']);
  });

  it('opens a draft in Ukrainian where both parties are governments labelled in Ukrainian', () => {
    const version = parseVersion(`${opening(['Уряд України', 'Уряд Японії'])}\n\n1. Сторони співпрацюють.`);
    expect(partiesOf(version)).toEqual(['Україна', 'Японії']);
    expect(resolveParty(version, 'Уряд України')).toBe('Україна');
    // near miss: a Ukrainian company beside a government keeps the opening of roles
    expect(opening(['Кабінет Міністрів України', 'ТОВ «Полісся Літій»'])).toMatch(/^AGREEMENT/u);
  });

  it('names other parties by a company given the label as its short form', () => {
    expect(partiesIn(['Lender', 'Borrower'])).toEqual(['Lender', 'Borrower']);
  });

  it('names a company labelled by its own name by that name, with the short form its first word makes', () => {
    const version = parseVersion(`${opening(['Ostrava Resources AG', 'Bluehill Mining Pty Ltd'])}\n\n1. Bluehill shall contribute to each Approved Budget.`);
    expect(partiesOf(version)).toEqual(['Ostrava', 'Bluehill']);
    expect(resolveParty(version, 'Bluehill Mining Pty Ltd')).toBe('Bluehill');
    expect(partiesIn(['Norrland Infrastructure Fund II', 'the Investor'])).toEqual(['Norrland', 'Investor']);
  });

  it('names a public body labelled by its own name by that name, with its kind as the short form', () => {
    const version = parseVersion(`${opening(['Northgate Ports Holdings Ltd', 'the Harbour Authority of Port Aldis'])}\n\n1. The Harbour Authority of Port Aldis shall dredge the channel.`);
    expect(partiesOf(version)).toEqual(['Northgate', 'Authority']);
    expect(resolveParty(version, 'the Harbour Authority of Port Aldis')).toBe('Authority');
    // near miss: a role that names no place stays a role given to a company
    expect(partiesIn(['the Authority', 'the Operator'])).toEqual(['Authority', 'Operator']);
    // a body "for" its purpose, and companies of other countries' forms
    expect(partiesIn(['the European Bank for Reconstruction and Development', 'Dnipro Logistics Park LLC'])).toEqual(['Bank', 'Dnipro']);
    expect(partiesIn(['Meridian Biologics Inc.', 'Farmak JSC'])).toEqual(['Meridian', 'Farmak']);
  });

  it('gives a party the role its case says the text calls it by, and names it in full', () => {
    const roles = { 'Guaranteed Buyer SE': 'Buyer', 'the Government of the Republic of Kazakhstan': 'the Kazakh Side' };
    const version = parseVersion(`${opening(['Guaranteed Buyer SE', 'the Government of the Republic of Kazakhstan'], roles)}\n\n1. The Buyer shall pay the Kazakh Side.`);
    expect([...partiesOf(version)].sort()).toEqual(['Buyer', 'Kazakh Side']);
    expect(resolveParty(version, 'Guaranteed Buyer SE')).toBe('Buyer');
    expect(resolveParty(version, 'the Government of the Republic of Kazakhstan')).toBe('Kazakh Side');
    // a party given no role is named as it would be without roles
    const mixed = parseVersion(opening(['the Government of the Democratic Republic of Sarnia', 'Kivu Cobalt Holdings Ltd'], { 'the Government of the Democratic Republic of Sarnia': 'State' }));
    expect(partiesOf(mixed)).toEqual(['State', 'Kivu']);
    // a case without roles is named as before
    expect(opening(['Guaranteed Buyer SE', 'Zoria Wind Farm LLC'], {})).toBe(opening(['Guaranteed Buyer SE', 'Zoria Wind Farm LLC']));
  });
});

describe('a labelled clause as it stands in a draft', () => {
  it('is numbered, unless it opens with an article’s number and heading of its own', () => {
    expect(asDraftClause('The Buyer shall pay the Price.')).toBe('1. The Buyer shall pay the Price.');
    expect(asDraftClause('Article 5. Term\nThis Agreement remains in force for ten years.')).toBe('Article 5. Term\nThis Agreement remains in force for ten years.');
    expect(asDraftClause('ARTICLE IV: DURATION')).toBe('ARTICLE IV: DURATION');
  });

  it('a treaty’s recital in capitals ("RECOGNIZING", "RECALLING") is left unnumbered, as a recital opening with "WHEREAS" is', () => {
    expect(asDraftClause('RECOGNIZING the support given since 2022,')).toBe('RECOGNIZING the support given since 2022,');
    expect(asDraftClause('RECALLING the Joint Declaration of 12 May 2023,')).toBe('RECALLING the Joint Declaration of 12 May 2023,');
    // near miss: the same word inside an operative clause, not opening it
    expect(asDraftClause('The Parties, RECOGNIZING the urgency, shall meet monthly.')).toBe('1. The Parties, RECOGNIZING the urgency, shall meet monthly.');
  });

  it('a recital in mixed case is left unnumbered where it ends with the comma a preamble’s paragraphs end with', () => {
    expect(asDraftClause('Recalling that each Party conducts its foreign relations under its own constitution,')).toBe('Recalling that each Party conducts its foreign relations under its own constitution,');
    // near miss: the same word opening an operative sentence
    expect(asDraftClause('Considering the report, the Commission shall decide within 30 days.')).toBe('1. Considering the report, the Commission shall decide within 30 days.');
  });

  it('a division\u2019s number with its words on the same line is left as the draft has it, so the parser reads the number and the words apart', () => {
    const text = 'Clause 51.1 The Trust and Project Co shall each treat as confidential all Confidential Information.';
    expect(asDraftClause(text)).toBe(text);
    const version = parseVersion(`${opening(['the Trust', 'Project Co'])}\n\n${asDraftClause(text)}`);
    expect(version.clauses.at(-1)!.text).toBe('The Trust and Project Co shall each treat as confidential all Confidential Information.');
  });

  it('a sentence that opens by citing an article is numbered like any other, and read as a clause', () => {
    const text = 'Clause 14 (Confidentiality) shall survive termination of this Agreement.';
    expect(asDraftClause(text)).toBe(`1. ${text}`);
    const version = parseVersion(`${opening(['the Seller', 'the Buyer'])}\n\n${asDraftClause(text)}`);
    expect(version.clauses.at(-1)!.text).toBe(text);
  });
});
