import { describe, expect, it } from 'vitest';
import { partiesOf, partyName, resolveParty, statesAreParties } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Survivors of a mutation run of parties.ts, each pinned by an input that tells it apart. Openings written here. */

const partiesIn = (text: string) => partiesOf(parseVersion(text));
const resolveIn = (text: string, name: string) => resolveParty(parseVersion(text), name);
/** An opening that says who agrees with whom, followed by `rest`. */
const MADE = (rest: string) => `AGREEMENT\n\nThis Agreement is made between ${rest}`;

describe('a party’s name, as written and as a reader gives it', () => {
  it('drops a Government only where the name opens with it', () => {
    expect(partyName('Office of the Government of Tessel')).toBe('Office of the Government of Tessel');
    expect(partyName('Government of the Kingdom of Tessel')).toBe('Kingdom of Tessel');
  });

  it('reads a side of Ukraine only as the whole subject, its words apart by any spaces', () => {
    expect(partyName('Ukrainian  Side')).toBe('Ukraine');
    expect(partyName('Pro-Ukrainian Side')).toBe('Pro-Ukrainian Side');
    expect(partyName('Ukrainian Side Delegation')).toBe('Ukrainian Side Delegation');
    expect(partyName('U.S.  Party')).toBe('United States');
  });

  it('finds a company whose name opens with "A", by its name with or without spaces around it', () => {
    const opening = MADE('A Plus Haulage Ltd (the "Carrier") and Birch Ltd (the "Shipper").');
    expect(resolveIn(opening, 'A Plus Haulage Ltd')).toBe('Carrier');
    expect(resolveIn(opening, ' A Plus Haulage Ltd ')).toBe('Carrier');
  });

  it('finds a party whose long name opens a line with "The", however many spaces follow it', () => {
    expect(resolveIn('The Bank of the North (the "Lender") and Alder Ltd (the "Borrower") agree as follows.', 'Bank of the North')).toBe('Lender');
    expect(resolveIn('The  Bank of the North (the "Lender") and Alder Ltd (the "Borrower") agree as follows.', 'Bank of the North')).toBe('Lender');
  });

  it('a name with a word left out is another name', () => {
    const opening = MADE('the Bank of the North (the "Lender") and Alder Ltd (the "Borrower").');
    expect(resolveIn(opening, 'Bank of the North')).toBe('Lender');
    expect(resolveIn(opening, 'Bank of North')).toBeNull();
  });

  it('drops every stop after a name, as when "Inc.," is copied from an opening', () => {
    expect(resolveIn(MADE('Cedar Metals Inc. (the "Buyer") and Alder Ltd (the "Seller").'), 'Cedar Metals Inc.,')).toBe('Buyer');
  });
});

describe('long names read before their short forms', () => {
  it('a name that opens a line, with no heading before it, and one after a described name and its short form', () => {
    const opening = 'Alder Ltd, a company incorporated in England and Wales (the "Seller"), and Birch Holdings Limited (the "Buyer") agree as follows.';
    expect(partiesIn(opening)).toEqual(['Seller', 'Buyer']);
    expect(resolveIn(opening, 'Alder Ltd')).toBe('Seller');
    expect(resolveIn(opening, 'Birch Holdings Limited')).toBe('Buyer');
  });

  it('a name that opens a line under a heading', () => {
    expect(resolveIn('AGREEMENT\n\nAlder Ltd (the "Seller") and Birch Ltd (the "Buyer") agree as follows.', 'Alder Ltd')).toBe('Seller');
  });

  it('the last of a list of three, where the one before it is described', () => {
    const opening = MADE('Alder Ltd (the "Seller"), Birch Ltd, a company incorporated in Tessel (the "Agent"), and Cedar Ltd (the "Buyer").');
    expect(partiesIn(opening)).toEqual(['Seller', 'Agent', 'Buyer']);
    expect(resolveIn(opening, 'Cedar Ltd')).toBe('Buyer');
    expect(resolveIn(opening, 'Birch Ltd')).toBe('Agent');
  });

  it('a name that begins with the letters of "The"', () => {
    const opening = MADE('Thessaly Mining Ltd (the "Seller") and Birch Ltd (the "Buyer").');
    expect(partiesIn(opening)).toEqual(['Seller', 'Buyer']);
    expect(resolveIn(opening, 'Thessaly Mining Ltd')).toBe('Seller');
  });

  it('"The undersigned (each, a ...)" names no one until the draft has them act', () => {
    expect(partiesIn('MEMORANDUM\n\nThe undersigned (each, a "Member") agree as follows.\n\n1. This memorandum takes effect on signature.')).toEqual([]);
    expect(partiesIn('MEMORANDUM\n\nThe undersigned (each, a "Member") agree as follows.\n\n1. Each Member shall pay a fee.')).toEqual(['Member']);
  });

  it('a deed made "in favor of" another, spelt the American way', () => {
    const deed = 'THIS DEED is made by Alder Group plc ("Guarantor") in favor of Birch Bank Limited ("Beneficiary").';
    expect(partiesIn(deed)).toEqual(['Guarantor', 'Beneficiary']);
  });

  it('an instrument given a short form is no party, alone or listed with another', () => {
    const parties = 'between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").';
    expect(partiesIn(`AGREEMENT\n\nThis Supply Agreement (the "Contract") is made ${parties}`)).toEqual(['Seller', 'Buyer']);
    const listed = `AGREEMENT\n\nThis Supply Agreement and the Service Contract (together the "Agreement") are made ${parties}`;
    expect(partiesIn(listed)).toEqual(['Seller', 'Buyer']);
  });
});

describe('names listed before a short form that names them together', () => {
  it('in an opening longer than the stretch read back from the short form', () => {
    const body = 'The Federation of Arcos shall build the road and keep it in good repair. '.repeat(5);
    expect(partiesIn(`TREATY\n\nThe Republic of Sarnia and the Federation of Arcos (each a "Party") have agreed as follows.\n\n1. ${body}`)).toEqual([
      'Republic of Sarnia',
      'Federation of Arcos',
    ]);
  });

  it('one name alone before "the Parties" is no list', () => {
    expect(partiesIn('AGREEMENT\n\nThe Members of the Consortium (the "Parties") agree as follows.\n\n1. The Parties shall meet.')).toEqual([]);
  });

  it('near miss: a list of more than names, in an opening that says who agrees, names no parties', () => {
    const notices = '1. Notices from the Buyer and the Seller (the "Parties") shall be in writing.';
    expect(partiesIn(`AGREEMENT\n\nThe Buyer and the Seller agree as follows.\n\n${notices}`)).toEqual([]);
  });

  it('a name that ends in "Inc.", or has its article doubly spaced, is still a name', () => {
    expect(partiesIn(MADE('Alder Ltd and Birch Resources Inc. (together the "Parties").'))).toEqual(['Alder Ltd', 'Birch Resources Inc']);
    expect(partiesIn(MADE('Alder Ltd and the  Birch Resources Inc. (together the "Parties").'))).toEqual(['Alder Ltd', 'Birch Resources Inc']);
    // each name one stop longer than the name read, where no other reading of the opening finds them
    expect(partiesIn(`${MADE('Alder Inc. and Birch Corp. (together the "Parties").')}\n\n1. Alder Inc. shall deliver and Birch Corp. shall pay.`)).toEqual(['Alder Inc', 'Birch Corp']);
  });
});

describe('a name standing bare beside one given a short form', () => {
  it('is read when it acts, a name with stops between its initials too', () => {
    const opening = MADE('A.B. Metals Ltd and Birch Ltd (the "Buyer").');
    expect(partiesIn(`${opening}\n\n1. A.B. Metals Ltd shall deliver the ore.`)).toEqual(['A.B. Metals Ltd', 'Buyer']);
    // near miss: the same name with its stops left out is another name, and does not act
    expect(partiesIn(`${opening}\n\n1. AB Metals Ltd shall deliver the ore.`)).toEqual(['Buyer']);
  });

  it('is not an instrument, though the draft has it act', () => {
    const parties = MADE('Alder Ltd (the "Borrower") and Birch Bank plc (the "Lender"),');
    const opening = `${parties} with reference to the Security Deed (the "Deed") and the Loan Agreement.`;
    expect(partiesIn(`${opening}\n\n1. The Loan Agreement shall remain in force.`)).toEqual(['Borrower', 'Lender']);
  });

  it('is not a party read again under another name: a state known by its short form', () => {
    const opening =
      'AGREEMENT\n\nThe Government of the Republic of Sarnia (hereinafter "Sarnia") and Birch Resources Inc. (the "Investor") agree as follows. ' +
      'This Agreement replaces the agreement between the Republic of Sarnia and Birch Resources Inc. of 1 May 2020 (the "2020 Agreement").';
    expect(partiesIn(opening)).toEqual(['Sarnia', 'Investor']);
    expect(resolveIn(opening, 'Republic of Sarnia')).toBe('Sarnia');
  });
});

describe('parties of other kinds of opening', () => {
  it('a Ukrainian opening’s other state that never acts keeps the name the opening writes', () => {
    const opening = 'УГОДА\n\nУряд України та Уряд Республіки Сарнія (далі — «Сторони») домовилися про таке:';
    expect(partiesIn(`${opening}\n\n1. Україна зобов'язується надати дані.`)).toEqual(['Україна', 'Республіки Сарнія']);
  });

  it('states by their Governments, though neither is named a republic or a kingdom', () => {
    expect(statesAreParties(parseVersion('AGREEMENT\n\nbetween the Government of Ukraine and the Government of Tessel.'))).toBe(true);
  });

  it('a definition of the parties together is no party, though "each Party" acts', () => {
    const version = parseVersion(`INVESTMENT AGREEMENT

1. Definitions

"Company" means Cedar Minerals plc.

"Party" means any person who signs this Agreement.

2. Each Party shall keep the terms secret. The Company shall issue the Shares.`);
    expect(partiesOf(version)).toEqual(['Company']);
  });
});

describe('a short form that names an instrument, and openings that agree in other words', () => {
  it('takes no instrument for a party, and leaves the party it follows its own short form', () => {
    const amends = MADE(
      'the Republic of Sarnia (the "State") and Birch Resources Inc. (the "Investor"). It amends the agreement between the Republic of Sarnia and Birch Resources Inc. dated 1 May 2020 (the "Original Agreement").',
    );
    expect(partiesIn(amends)).toEqual(['State', 'Investor']);
    expect(resolveIn(amends, 'Birch Resources Inc.')).toBe('Investor');
    expect(partiesIn(MADE('Alder Ltd (the "Seller") and Birch Ltd (the "Buyer") under the terms agreed between Birch Ltd and Cedar Ltd (the "Framework Agreement").'))).toEqual(['Seller', 'Buyer']);
  });

  it('reads the short forms of an opening that has reached an understanding or decided', () => {
    const understanding = 'MEMORANDUM\n\nThe Government of Ukraine (hereinafter "Ukraine") and the Government of the Republic of Sarnia (hereinafter "Sarnia") have reached the following understanding:\n\n1. Sarnia shall send experts.';
    expect(resolveIn(understanding, 'Sarnia')).toBe('Sarnia');
    expect(partiesIn(understanding)).toEqual(['Ukraine', 'Sarnia']);
  });
});

describe('survivors of the run of parties.ts after its fixes', () => {
  it('reads the parties in the opening’s first eight clauses only: a Government named in the eleventh is none', () => {
    const lots = Array.from({ length: 10 }, (_, i) => `${i + 1}. The Seller shall deliver lot ${i + 1}.`).join('\n\n');
    const draft = `${MADE('Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").')}\n\n${lots}\n\n11. The Seller shall consult the Government of the Republic of Tessel on export permits.`;
    expect(partiesIn(draft)).toEqual(['Seller', 'Buyer']);
  });

  it('a short form given to a name that is an instrument is no party, though the short form is not', () => {
    expect(partiesIn(`${MADE('Alder Ltd (the "Seller"), Birch Ltd (the "Buyer") and Cedar Supply Contract (the "Framework").')}\n\n1. The Framework shall apply.`)).toEqual(['Seller', 'Buyer']);
  });

  it('an opening that names the parties is not added to from the definitions', () => {
    const draft = `${MADE('Alder Ltd (the "Seller") and Birch Ltd (the "Buyer").')}\n\n1. "Agent" means the person appointed by the Seller to act for it.\n\n2. The Agent shall deliver the notices.`;
    expect(partiesIn(draft)).toEqual(['Seller', 'Buyer']);
  });
});

