import { describe, expect, it } from 'vitest';
import { openingParties } from '../../src/concerns/addressed-opening.js';
import { partiesOf, partyNamesOf, resolveParty } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Openings of terms written to their reader, naming the parties in brackets beside "you" and "we". */

const read = (opening: string) => {
  const version = parseVersion(`${opening}\n\n1. You must pay the Fees when due.`);
  return { parties: partiesOf(version), you: resolveParty(version, 'you'), we: resolveParty(version, 'we') };
};

describe('parties an opening names in brackets beside its pronouns', () => {
  it('reads a bracket of a short form and pronouns after a company and after a person described', () => {
    expect(read('ALDER CLOUD TERMS\nThese terms are made between Alder Cloud Ltd (“Provider”, “we”, “us”) and the organisation that signs up (“Customer”, “you”).')).toEqual({
      parties: ['Provider', 'Customer'],
      you: 'Customer',
      we: 'Provider',
    });
  });

  it('reads "you" before a bracket ("between you (the “User”) and ...")', () => {
    expect(read('Welcome!\nThese Terms form an agreement between you (the “User”) and Birch Labs, Inc. (“Birch”, “we” or “us”).')).toEqual({ parties: ['Birch', 'User'], you: 'User', we: 'Birch' });
  });

  it('reads a company given a short form beside a "you" defined after it, and "you" given to a name', () => {
    expect(read('Cedar Media LLC (“Cedar”) runs the Cedar app. “You” means anyone who opens an account.').parties).toEqual(['Cedar', 'You']);
    expect(read('Dogwood Systems AB (“Dogwood”) supplies software to the customer named on the Order (“Customer”). “You” and “your” refer to Customer.')).toEqual({
      parties: ['Dogwood', 'Customer'],
      you: 'Customer',
      // (the other of two parties: see the pronoun an opening leaves out)
      we: 'Dogwood',
    });
  });

  it('reads a role given after its holder, the reader named by a role, and the speaker who says who it is', () => {
    expect(read('These terms apply where Rowan Data Ltd handles records for you. You are the “Controller” and Rowan Data Ltd is the “Processor”.')).toEqual({
      parties: ['Controller', 'Processor'],
      you: 'Controller',
      we: 'Processor',
    });
    expect(read('Juniper Audio S.L. (“Juniper”) provides the streaming service to you, the “Listener”.')).toMatchObject({ parties: ['Juniper', 'Listener'], you: 'Listener' });
    expect(read('We are Maple Kitchen Ltd. You are our customer, and these terms govern orders between you and us.')).toEqual({ parties: ['You', 'We'], you: 'You', we: 'We' });
    // the reader named, and no third party made of it: "applies to you as a business selling through it (the "Seller")"
    expect(read('Oakmarket Ltd (“Oakmarket”, “we”) runs a marketplace. This Agreement applies to you as a business selling through it (the “Seller”).').parties).toEqual(['Oakmarket', 'Seller']);
  });

  it('reads nothing this way in an opening that names no "you" or "we", nor a company beside a person (near miss)', () => {
    expect(openingParties('This Agreement is made between Alder Ltd and Birch Ltd for the sale of goods.')).toEqual([]);
    expect(openingParties('The Seller shall deliver the goods (the “Goods”) to the Buyer at the port (the “Port”).')).toEqual([]);
  });

  it('reads a bounded number of brackets however many a crafted opening holds', () => {
    const crafted = '(“Customer”, “you”) '.repeat(20_000);
    const started = performance.now();
    expect(openingParties(crafted).length).toBeLessThanOrEqual(1);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('the pronoun an opening leaves out', () => {
  it('of two parties, one called "you", "we" is the other; and the reverse', () => {
    const you = partyNamesOf(parseVersion('HR SUITE TERMS\n\nThese terms are between Saltmarsh Software Ltd ("Provider") and the employer subscribing ("Customer", "you").\n\n1. We will not reduce the Service. You shall pay the Fees.'));
    expect(you.aliases.get('we')).toBe('Provider');
    expect(you.aliases.get('our')).toBe('Provider');
    expect(you.aliases.get('you')).toBe('Customer');
    const we = partyNamesOf(parseVersion('HOSTING TERMS\n\nThese terms are between Larchmere Cloud Ltd ("Provider", "we") and the business that signs up ("Customer").\n\n1. We will host the site. You shall pay the Fees.'));
    expect(we.aliases.get('you')).toBe('Customer');
  });

  it('near misses: a draft with no pronoun, and one with three parties, give none', () => {
    const none = partyNamesOf(parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").\n\n1. The Seller shall deliver.'));
    expect(none.aliases.has('we')).toBe(false);
    expect(none.aliases.has('you')).toBe(false);
    const three = partyNamesOf(parseVersion('PLATFORM TERMS\n\nThese terms are between Orchard Apps Ltd ("Orchard"), Pine Pay Ltd ("Pine") and the seller ("Merchant", "you").\n\n1. Orchard shall list. Pine shall pay. You shall ship.'));
    expect(three.parties).toHaveLength(3);
    expect(three.aliases.has('we')).toBe(false);
  });
});

describe('a pronoun in a bracket of its own', () => {
  it('names the reader by the role quoted before it', () => {
    expect(read('Halden Vision AS (“Halden”) provides cloud recording to the “Subscriber” (you).')).toMatchObject({ parties: ['Halden', 'Subscriber'], you: 'Subscriber' });
    // near miss: a bracket that only says where, not who
    expect(read('Halden Vision AS provides cloud recording (worldwide).').parties).toEqual([]);
  });
});

describe('an opening that names a company and a person it serves, each with a short form', () => {
  it('names both, though it says neither "you" nor "between"', () => {
    expect(read('Quarry Hosting Ltd (“Provider”) provides managed hosting to the organisation named in the Order (“Customer”).').parties).toEqual(['Provider', 'Customer']);
    expect(read('Saffron Retail Tech Ltd (“Provider”) supplies point-of-sale software to merchants (“Customer”) in India.').parties).toEqual(['Provider', 'Customer']);
    expect(read('This agreement is between Faircastle Transit LLC (“Vendor”) and the public transit authority that signs it (“Authority”).').parties).toEqual(['Vendor', 'Authority']);
    expect(read('This Agreement is made between Alder Ltd (the “Seller”) and the company that buys (the “Buyer”).').parties).toEqual(['Seller', 'Buyer']);
    expect(read('These terms apply between Larchmont Civic Software Inc. (“Provider”) and the state, county or municipal body named in the Order (“Agency”).').parties).toEqual(['Provider', 'Agency']);
  });

  it('near miss: a company and a thing it supplies name no parties this way', () => {
    expect(read('Quarry Hosting Ltd (“Provider”) provides the managed hosting service described in the Order (“Service”).').parties).toEqual([]);
  });

  it('a company by a form of many countries ("Oy", "SARL"), and a word that is most often a thing, given beside a pronoun or a company', () => {
    expect(read('Tinderbox Software Oy (the “Platform”) runs a marketplace where independent developers (each a “Developer”, “you”) sell plugins.')).toMatchObject({ parties: ['Platform', 'Developer'], you: 'Developer' });
    expect(read('Zephyrine Communications SARL (the “Company”) provides the messaging service to its users (each a “User”, “you”).').parties).toEqual(['Company', 'User']);
    expect(read('Reelhaven Video Terms\nReelhaven Media Inc. (the “Platform”, “we”) hosts videos uploaded by creators. If you upload content, you are a “Creator”.')).toMatchObject({ parties: ['Platform', 'Creator'], you: 'Creator', we: 'Platform' });
  });

  it('"between You and" a company names the reader as "between you and" does', () => {
    expect(read('These Terms form a binding agreement between You and Hollowpine, Inc. (“Hollowpine,” “we,” or “us”).')).toMatchObject({ parties: ['Hollowpine', 'You'], you: 'You' });
  });
});

describe('a company and a person it serves, where no bracket gives a pronoun', () => {
  it('the company speaks as "we" and the person is "you"', () => {
    expect(read('This contract is between Ironmill Health Clubs Pty Ltd (the “Club”) and the person named on the joining form (the “Member”).')).toEqual({ parties: ['Club', 'Member'], you: 'Member', we: 'Club' });
  });

  it('near miss: two companies give no pronoun to either', () => {
    expect(read('This Agreement is made between Alder Ltd (the “Seller”) and Birch Ltd (the “Buyer”).')).toEqual({ parties: ['Seller', 'Buyer'], you: null, we: null });
  });
});

describe('a company described after its name', () => {
  it('is read with two descriptions between its name and its short form', () => {
    expect(read('This agreement is executed between Saptarishi Fintech Private Limited, a company incorporated under the Companies Act, 2013 (hereinafter the “Company”), and the person availing the services (hereinafter the “User”).')).toEqual({ parties: ['Company', 'User'], you: 'User', we: 'Company' });
  });
});

describe('a public body named by its proper name is no reader', () => {
  it('"the Government of the Republic of Selvaria" beside a company: neither is "you" or "we"', () => {
    expect(read('INVESTMENT AGREEMENT\nThis Agreement is concluded between the Government of the Republic of Selvaria (the "Government") and Borealis Steel Holdings Ltd (the "Investor").')).toEqual({
      parties: ['Government', 'Investor'],
      you: null,
      we: null,
    });
    // (a public body described in lower case still is the reader the terms speak to)
    expect(read('HOSTING TERMS\nQuarrystone Hosting Ltd ("Provider") provides hosting to the public body named in the Order ("Customer").')).toEqual({ parties: ['Provider', 'Customer'], you: 'Customer', we: 'Provider' });
  });

  it('a party named with its legal form resolves where the opening keeps its name without it', () => {
    const version = parseVersion('AGREEMENT\n\nThis Agreement is made between the Ministry of Health of Ukraine (the "Ministry") and Helix Vaccines plc (the "Manufacturer").\n\n1. The Ministry shall pay.');
    expect(resolveParty(version, 'Helix Vaccines plc')).toBe('Manufacturer');
    expect(resolveParty(version, 'Helix Vaccines')).toBe('Manufacturer');
    expect(resolveParty(version, 'Helix Pharma plc')).toBeNull();
  });
});

describe('a person named before a bracket of pronouns', () => {
  it('is the reader, by that name and by "you"', () => {
    const version = parseVersion('OFFER LETTER\n\nThis letter sets out the terms agreed between Samir Haddad ("you") and Larchmont Freight Ltd ("the Company").\n\n1. You shall work 37.5 hours a week.');
    expect(resolveParty(version, 'Samir Haddad')).toBe(resolveParty(version, 'you'));
    expect(resolveParty(version, 'Samir Haddad')).not.toBe(resolveParty(version, 'Company'));
    expect(read('EMPLOYMENT AGREEMENT\nThis agreement is between Fenwick Timber Holdings Ltd ("the Company") and Aurelio Santos ("you").').you).not.toBeNull();
  });

  it('is the reader by that name when a description stands between the name and the bracket', () => {
    const version = parseVersion('SOLAR LEASE\n\nThis Lease is made between Brightroof Solar Inc. ("Brightroof", "we") and Elena Marsh, owner of 4 Mill Lane, Dunmore ("you", "your").\n\n1. You must keep the panels clear.');
    expect(resolveParty(version, 'Elena Marsh')).toBe(resolveParty(version, 'you'));
    expect(resolveParty(version, 'Elena Marsh')).not.toBeNull();
    // near miss: a capitalised description ("Owner of ...") is no lower-case description of a person
    expect(resolveParty(parseVersion('SOLAR LEASE\n\nThis Lease is made between Brightroof Solar Inc. ("Brightroof", "we") and Elena Marsh, Owner Of Record ("you").\n\n1. You must pay.'), 'Elena Marsh')).toBeNull();
  });

  it('near miss: a name with a role of its own in the bracket keeps that role as its name', () => {
    expect(read('CONSULTANCY AGREEMENT\nThis agreement is between Larchmont Freight Ltd ("we") and Samir Haddad (the "Consultant").').parties).toContain('Consultant');
    expect(read('CONSULTANCY AGREEMENT\nThis agreement is between Larchmont Freight Ltd ("we") and Samir Haddad (the "Consultant").').parties).not.toContain('Samir Haddad');
  });
});

describe('a role the opening gives the reader or a party without quotes', () => {
  it('"the Policyholder ("you")" and "you, the cardholder ("you")" name the reader', () => {
    const insured = parseVersion('BUILDINGS INSURANCE\n\nThis schedule forms part of the contract between Pinecrest General Insurance Ltd ("we") and the Policyholder ("you").\n\n1. You must pay the premium.');
    expect(resolveParty(insured, 'the Policyholder')).toBe(resolveParty(insured, 'you'));
    const card = parseVersion('CASHBACK CARD\n\nThese terms apply between you, the cardholder ("you"), and Lattimer Card Services Ltd ("we").\n\n1. You must pay.');
    expect(resolveParty(card, 'the cardholder')).toBe(resolveParty(card, 'you'));
    expect(resolveParty(card, 'the cardholder')).not.toBe(resolveParty(card, 'we'));
  });

  it('"between Meridia Savings Bank (the "Bank") and the Account Holder." names two parties', () => {
    const version = parseVersion('SAVINGS ACCOUNT TERMS\n\nThese terms apply between Meridia Savings Bank (the "Bank") and the Account Holder.\n\n1. The Bank shall pay interest monthly.');
    expect(partiesOf(version)).toEqual(['Bank', 'Account Holder']);
  });

  it('"the postgraduate student named in the offer letter (the "Student")" is a person described', () => {
    const version = parseVersion('STUDENT AGREEMENT\n\nThis agreement is made between Kingsmere College of Science (the "University") and the postgraduate student named in the offer letter (the "Student").\n\n1. The Student shall pay the fees.');
    expect(partiesOf(version)).toEqual(['University', 'Student']);
  });
});

describe('two states by their styles opening a treaty', () => {
  it('are its parties, whatever the title in capitals before them', () => {
    const version = parseVersion('AIR SERVICES AGREEMENT BETWEEN THE REPUBLIC OF ESTVALA AND THE KINGDOM OF LUSAVIA\nThe Republic of Estvala and the Kingdom of Lusavia, hereinafter "the Contracting Parties", have agreed as follows.\n\nArticle 1\nEstvala shall designate one airline.');
    expect(partiesOf(version)).toEqual(['Republic of Estvala', 'Kingdom of Lusavia']);
    expect(resolveParty(version, 'Estvala')).toBe('Republic of Estvala');
  });

  it('near miss: states named in a recital after other words are not read so', () => {
    const version = parseVersion('MEMORANDUM\nRecalling that the Republic of Estvala and the Kingdom of Lusavia have agreed on fisheries, Northwind Ltd (the "Operator") offers these terms to you.\n\n1. You must pay the Fees.');
    expect(partiesOf(version)).not.toContain('Republic of Estvala');
  });
});

describe('the role a description gives the reader', () => {
  it('"the person named as the customer in your Welcome Letter ("you")" and "you, the account holder named on your bill ("you")"', () => {
    const supply = parseVersion('ELECTRICITY SUPPLY CONTRACT\n\nThis contract is between Brightwell Home Energy Ltd ("Brightwell", "we") and the person named as the customer in your Welcome Letter ("you").\n\n1. You must pay.');
    expect(resolveParty(supply, 'the customer')).toBe(resolveParty(supply, 'you'));
    const solar = parseVersion('SOLAR TERMS\n\nThese terms are between Sunvale Energy Retail Pty Ltd ("we", "us") and you, the account holder named on your bill ("you").\n\n1. You must pay.');
    expect(resolveParty(solar, 'the account holder')).toBe(resolveParty(solar, 'you'));
    expect(resolveParty(solar, 'the account holder')).not.toBe(resolveParty(solar, 'we'));
  });
});

describe('terms that apply when the reader does a thing', () => {
  it('"These terms apply when you hire a vehicle from Roadstar Rentals Ltd ("we", "us")" make the reader a party', () => {
    const hire = read('CAR HIRE TERMS\nThese terms apply when you hire a vehicle from Roadstar Rentals Ltd ("we", "us").');
    expect(hire.parties).toEqual(['We', 'You']);
    expect(hire.you).toBe('You');
  });

  it('near miss: "you" in the opening\u2019s other words ("as you may know") makes no party', () => {
    expect(read('CAR HIRE TERMS\nAs you may know, these terms are issued by Roadstar Rentals Ltd ("we", "us").').parties).toEqual(['We']);
  });
});
