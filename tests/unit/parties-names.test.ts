import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import { partyMention, stateShortName } from '../../src/concerns/names.js';
import { partiesOf, partyName, partyNamesOf, pointOfView, resolveParty, statesAreParties } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * How a party's name is read and looked up: the words a draft puts around it are not part of it,
 * a name that only contains a party's name is not that party, and a reader may name a party any
 * way the draft does. Drafts written here.
 */

describe('a party’s name, as a subject writes it', () => {
  it('drops the article or quantifier before it and the Government it is the government of', () => {
    expect(partyName(' the Buyer ')).toBe('Buyer');
    expect(partyName('the  Buyer')).toBe('Buyer');
    expect(partyName('Government of  Ukraine')).toBe('Ukraine');
    expect(partyName('the Cabinet of Ministers of Ukraine')).toBe('Ukraine');
    expect(partyName('Government of the  Republic of Sarnia')).toBe('Republic of Sarnia');
  });

  it('reads "each Party" and "both Parties" as the Parties together, and no other name that holds "Party"', () => {
    expect(partyName('each Party')).toBe('Parties');
    expect(partyName('both Parties')).toBe('Parties');
    expect(partyName('the Third Party')).toBe('Third Party');
    expect(partyName('Party Hardware Ltd')).toBe('Party Hardware Ltd');
  });

  it('reads the United States by its short forms, and no longer name that begins or ends with it', () => {
    for (const written of ['U.S', 'U.S.', 'USA', 'the United States', 'Government of the United States of America']) expect(partyName(written), written).toBe('United States');
    expect(partyName('United States Steel')).toBe('United States Steel');
    expect(partyName('Bank of the United States')).toBe('Bank of the United States');
  });
});

describe('the parties an opening names', () => {
  const partiesIn = (text: string) => partiesOf(parseVersion(text));

  it('lists every state named before a short form that names them together', () => {
    expect(partiesIn('TREATY\n\nThe Republic of Sarnia, the Federation of Arcos and the Kingdom of Tessel (the "Parties") have agreed as follows.')).toEqual(['Republic of Sarnia', 'Federation of Arcos', 'Kingdom of Tessel']);
  });

  it('rules that govern a body and each member name both as parties, the body by its name', () => {
    const names = partyNamesOf(parseVersion('RULES OF THE LOWLAND DAIRY COOPERATIVE\n\nThese Rules govern Lowland Dairy Cooperative Limited (the "Cooperative") and each Member.\n\n1. Each Member shall deliver its milk.'));
    expect(names.parties).toEqual(['Cooperative', 'Member']);
    expect([...names.aliases]).toEqual([['cooperative', 'Cooperative'], ['lowland dairy cooperative limited', 'Cooperative'], ['member', 'Member']]);
  });

  it('an opening that says the parties "have concluded" the contract names them, each by the name that ends at its bracket', () => {
    const names = partyNamesOf(parseVersion('ORE FRAME CONTRACT No. KF-UM/27\n\nKarsavel Ferroalloys JSC (the "Buyer") and Umbala Manganese Company Ltd (the "Seller") have concluded this Contract as follows.\n\n1. The Seller shall deliver.'));
    expect(names.parties).toEqual(['Buyer', 'Seller']);
    expect(names.aliases.get('karsavel ferroalloys jsc')).toBe('Buyer');
    // near miss: a name with its place after a comma keeps the name, not the place
    const placed = partyNamesOf(parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is concluded between Hartwell Components GmbH, Stuttgart, Germany (the "Supplier"), and Brackenridge Motors Limited (the "Buyer").\n\n1. The Supplier shall deliver.'));
    expect(placed.aliases.get('hartwell components gmbh')).toBe('Supplier');
    expect(placed.aliases.get('germany')).toBeUndefined();
  });

  it('"between" two states on the title\'s own line names them', () => {
    expect(partiesOf(parseVersion('TREATY ON THE ISLE OF MARNE\nbetween the Republic of Tessaly and the Principality of Orlande.\n\n1. Orlande shall consult.'))).toEqual(['Republic of Tessaly', 'Principality of Orlande']);
    // near miss: "between" after a lower-case word in a sentence of the text names no pair this way
    expect(partiesOf(parseVersion('NOTES\n\nthe border runs between the Republic of Tessaly and the Principality of Orlande.\n\n1. It is marked.'))).toEqual([]);
  });

  it('near miss: words before the short form that are more than names list no parties', () => {
    expect(partiesIn('AGREEMENT\n\nThe rights of the Buyer and the Seller (the "Parties") are set out below.\n\n1. The Seller shall deliver.')).toEqual([]);
  });

  it('two names given short forms on one line are the parties, whatever verb joins them', () => {
    expect(partiesIn('DEED\n\nAlder Ltd (the "Seller") sells to Birch Ltd (the "Buyer") the goods.')).toEqual(['Seller', 'Buyer']);
  });

  it('near miss: an opening that does not say who agrees with whom names no parties by short forms given to things', () => {
    expect(partiesIn('DEED\n\nThe goods (the "Goods") lie in the warehouse at the dock (the "Warehouse").')).toEqual([]);
    expect(partiesIn('DEED\n\nAlder Ltd (the "Seller") owns the goods stored at the dock.')).toEqual([]);
  });

  it('keeps every name a party goes by, without article or final stop, as another name for it', () => {
    const names = partyNamesOf(parseVersion('AGREEMENT\n\nThis Agreement is made between Borealis Metals Inc. (the "Company") and Osprey LLP (the "Investor").'));
    expect(names.parties).toEqual(['Company', 'Investor']);
    expect([...names.aliases]).toEqual([['company', 'Company'], ['borealis metals inc', 'Company'], ['investor', 'Investor'], ['osprey llp', 'Investor']]);
  });
});

describe('a party looked up by any of its names', () => {
  const company = parseVersion('AGREEMENT\n\nThis Agreement is made between Borealis Metals Inc. (the "Company") and Osprey LLP (the "Investor").');
  const states = parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.');

  it('by its long name or short form, with or without article, case or final stop', () => {
    for (const name of ['borealis metals inc', 'Borealis Metals Inc.', 'the Company,', 'COMPANY']) expect(resolveParty(company, name), name).toBe('Company');
    expect(resolveParty(company, 'Osprey LLP')).toBe('Investor');
  });

  it('the United States by "us", "U.S.", "u.s.a." or its full name; nothing longer', () => {
    for (const name of ['us', 'US', 'u.s.', 'U.S.A.', 'USA', 'United States of America']) expect(resolveParty(states, name), name).toBe('United States');
    expect(resolveParty(states, 'the US Army')).toBeNull();
    expect(resolveParty(company, 'US')).toBeNull();
  });

  it('a point of view no draft names is refused with the parties the drafts do name, or that they name none', () => {
    expect(pointOfView('Lender', [company])).toEqual({ unknown: '"Lender" is not a party these drafts name; they name Company, Investor' });
    expect(pointOfView('Lender', [parseVersion('Just a note.')])).toEqual({ unknown: '"Lender" is not a party these drafts name; they name no parties' });
    expect(pointOfView('the investor', [parseVersion('Just a note.'), company])).toEqual({ party: 'Investor' });
  });
});

describe('a state named by its style in the opening and by its name alone in the articles', () => {
  const TREATY = 'TREATY\n\nbetween the Government of the Federal Republic of Taloria and the Government of the Grand Duchy of Vorlund.';

  it('reads the name after the style as the state\u2019s short name, and no name without a state\u2019s style', () => {
    expect(stateShortName('Federal Republic of Taloria')).toBe('Taloria');
    expect(stateShortName('Kingdom of the Netherlands')).toBe('Netherlands');
    expect(stateShortName('United Provinces of Darrow')).toBe('Darrow');
    expect(stateShortName('Republic of South Africa')).toBe('South Africa');
    for (const name of ['Bank of England', 'United States', 'Ukraine', 'Government', 'University of Sarnia Press Board']) expect(stateShortName(name), name).toBeNull();
  });

  it('finds a mention of the state by either name, as a whole word', () => {
    const mentions = (text: string) => [...text.matchAll(new RegExp(partyMention('Federal Republic of Taloria'), 'gu'))].map((m) => m[0]);
    expect(mentions('The Federal Republic of Taloria and Taloria, not Talorian goods.')).toEqual(['Federal Republic of Taloria', 'Taloria']);
    expect(mentions('Republic of Sarnia')).toEqual([]);
  });

  it('reads "the U.S. Party" and "the Ukrainian Side" as the two states of the seed story', () => {
    expect(partyName('the U.S. Party')).toBe('United States');
    expect(partyName('the Ukrainian Side')).toBe('Ukraine');
    const mentions = (party: string, text: string) => [...text.matchAll(new RegExp(partyMention(party), 'gu'))].map((m) => m[0]);
    expect(mentions('United States', 'the U.S. Party, U.S.-appointed members and the United States of America')).toEqual(['U.S. Party', 'U.S.', 'United States of America']);
    expect(mentions('Ukraine', 'the Ukrainian Side and Ukraine, not Ukrainian law')).toEqual(['Ukrainian Side', 'Ukraine']);
  });

  it('looks the state up by its short name, and weighs on it a duty its articles give it by that name', () => {
    const version = parseVersion(`${TREATY}\n\n1. Vorlund shall pay to Taloria one-half of the revenues from the Senne pipeline.`);
    expect(resolveParty(version, 'Taloria')).toBe('Federal Republic of Taloria');
    expect(resolveParty(version, 'the Government of the Grand Duchy of Vorlund')).toBe('Grand Duchy of Vorlund');
    const money = findingsOfVersion(version, 'single').filter((f) => f.category === 'financial' && f.level === 'clause');
    expect(money.map((f) => f.affects)).toContain('Grand Duchy of Vorlund');
  });
});

describe('parties that are states', () => {
  const states = (text: string) => statesAreParties(parseVersion(text));

  it('by a Government, a state’s own name or a short form that says so, and then a constitution is a concern', () => {
    expect(states('AGREEMENT\n\nbetween the Government of Ukraine and the Government of the Republic of Sarnia.')).toBe(true);
    expect(states('AGREEMENT\n\nThis Agreement is made between the Republic of Veland (the "Host State") and Quay Holdings SA (the "Investor").')).toBe(true);
    expect(states('AGREEMENT\n\nThis Agreement is made between Alder Holdings Ltd (the "Host State") and Birch Resources Inc. (the "Investor").')).toBe(true);
    const version = parseVersion('AGREEMENT\n\nThis Agreement is made between Alder Holdings Ltd (the "Host State") and Birch Resources Inc. (the "Investor").\n\n1. The Host State represents that this Agreement has been approved in accordance with its Constitution.');
    expect(findingsOfVersion(version, 'single').map((f) => f.rule)).toContain('constitution-named');
  });

  it('by a style that ends in its kind ("the Hellenic Republic", "the Russian Federation") or a country’s own short name ("Ireland", "Georgia")', () => {
    expect(states('AGREEMENT\n\nThe Government of Georgia and the Government of the Hellenic Republic (the "Parties") have agreed as follows.')).toBe(true);
    expect(states('AGREEMENT\n\nThis Agreement is made between the Hellenic Republic and Quay Holdings SA (the "Investor").')).toBe(true);
    const version = parseVersion('AGREEMENT\n\nThis Agreement is made between Ireland and the North Atlantic Treaty Organization (the "Organization").\n\n1. Nothing in this Programme shall require Ireland to take any action inconsistent with its Constitution.');
    expect(partiesOf(version)).toEqual(['Ireland', 'Organization']);
    expect(findingsOfVersion(version, 'single').map((f) => f.rule)).toContain('constitution-named');
  });

  it('by an organ that acts for a state ("the Ministry of Mines", "the Cabinet of Ministers of Ukraine")', () => {
    expect(states('CONVENTION\n\nThis Convention is made between the Ministry of Mines and Geology (the "Ministry") and Quay Holdings SA (the "Company").')).toBe(true);
    expect(states('AGREEMENT\n\nbetween the Cabinet of Ministers of Ukraine and Quay Holdings SA (the "Investor").')).toBe(true);
    // near miss: a company that calls itself a ministry of nothing
    expect(states('AGREEMENT\n\nThis Agreement is made between Ministry Brewing Ltd (the "Brewer") and Birch LLP (the "Investor").')).toBe(false);
  });

  it('near misses: companies, and a company whose name begins with "State"', () => {
    // a company named after a place is no state ("Jordan Ltd"), nor is a bare name no country has
    expect(states('AGREEMENT\n\nThis Agreement is made between Jordan Ltd (the "Company") and Birch LLP (the "Investor").')).toBe(false);
    expect(partiesOf(parseVersion('AGREEMENT\n\nThis Agreement is made between Madison and Birch LLP (the "Investor").\n\n1. The Investor shall pay.'))).toEqual(['Investor']);
    expect(states('AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Company") and Birch LLP (the "Investor").')).toBe(false);
    expect(states('AGREEMENT\n\nThis Agreement is made between State Street Trust (the "Custodian") and Birch LLP (the "Investor").')).toBe(false);
    const version = parseVersion('AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Company") and Birch LLP (the "Investor").\n\n1. The Company shall act in accordance with its constitution.');
    expect(findingsOfVersion(version, 'single').map((f) => f.rule)).not.toContain('constitution-named');
  });
});

describe('a second short form in the same bracket', () => {
  it('`(the "Licensee" or "Publisher")` gives the party both names', () => {
    const version = parseVersion('GAME PUBLISHING CONTRACT\n\nThis Contract is entered into by Starling Forge Media Inc. (the "Licensee" or "Publisher") and Pellucid Pixel AB (the "Licensor" or "Developer").\n\n1. The Publisher shall release the Game.');
    expect(partiesOf(version)).toEqual(['Licensee', 'Licensor']);
    expect(resolveParty(version, 'Publisher')).toBe('Licensee');
    expect(resolveParty(version, 'the Developer')).toBe('Licensor');
  });

  it('near miss: a bracket that closes after the first name leaves a quoted word after it alone', () => {
    const version = parseVersion('SUPPLY CONTRACT\n\nThis Contract is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer"), and "Goods" means the goods in Schedule 1.\n\n1. The Seller shall deliver the Goods.');
    expect(resolveParty(version, 'Goods')).toBeNull();
  });
});
