import { describe, expect, it } from 'vitest';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf, resolveParty } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A figure whose new place reads no one, weighed where it stood before; the parties of openings in
 * the style of civil-law contracts, whose short forms stand in no bracket, and of treaties and
 * contracts that name their parties another way; an anniversary with its digits in brackets; shares
 * given to a party's side; a sum that opens a sentence as the price of what it gives; what a party
 * keeps, said with "shall". Openings and clauses written here.
 */

const LEASE = 'LEASE OF UNIT 4, HARBOUR MILLS\n\nThis Lease is made between Ostler Estates Ltd (the "Landlord") and Pennock Print Ltd (the "Tenant").';
const PHONE = 'MOBILE SERVICE TERMS\n\nThese terms apply between Kestrel Mobile plc ("we", "us") and you, our customer ("you").';

describe('a figure said again where it reads no one', () => {
  it('a rent rise turned into a floor on the rise is weighed as the rent it was: more is the Tenant\u2019s loss', () => {
    const before = 'The annual rent shall increase on each anniversary of the Lease by two and a half per cent (2.5%).';
    const after = 'The annual rent shall increase on each anniversary of the Lease by the rise in the Retail Prices Index over the previous twelve (12) months, provided that the increase shall never be less than four per cent (4%).';
    expect(only(changeStance(LEASE, before, after, 'Tenant'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    expect(only(changeStance(LEASE, before, after, 'Landlord'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a figure that now only says when a right applies is another term, weighed by no one (near miss)', () => {
    const before = 'Each January your monthly charge will rise by the Retail Prices Index plus three per cent (3%).';
    const after = 'Each January your monthly charge will rise by no more than the Retail Prices Index, and if any rise exceeds six per cent (6%) you may end your contract without paying an exit fee.';
    expect(only(changeStance(PHONE, before, after, 'you'), 'figure-changed')).toEqual([['figure-changed', 'neutral']]);
  });
});

// openings as contracts drafted in Kyiv or Munich set them out: the short form after a comma or a
// dash, the company's form before its name in quotes, who signs for it after
const KYIV = 'SUPPLY CONTRACT No. 08/2026\nCity of Dnipro, 2 March 2026\nLimited Liability Company "Stalevi Truby", hereinafter referred to as the "Supplier", represented by Director Petro Kovalenko, acting on the basis of the Charter, on the one hand, and Joint-Stock Company "Pivden-Enerho", hereinafter referred to as the "Buyer", represented by the Chairman of the Board Olha Marchenko, acting on the basis of the Charter, on the other hand, hereinafter jointly referred to as the "Parties", have concluded this Contract as follows:';
const MUNICH = 'MAINTENANCE AGREEMENT\nbetween Lindauer Aufzugtechnik GmbH, Seestrasse 4, 88131 Lindau, represented by its managing director Karin Vogt - hereinafter "Contractor" - and Alpenblick Hotels AG, Marktplatz 2, 87629 Fuessen, represented by its Management Board - hereinafter "Client" -';

describe('short forms with no bracket', () => {
  it('a contract in the Kyiv style names its two parties, though the draft has only one of them act', () => {
    expect(partiesOf(draft(KYIV, 'The Buyer shall pay for each batch within 30 days of delivery.'))).toEqual(['Supplier', 'Buyer']);
  });

  it('one in the Munich style names its two parties by the short forms between dashes', () => {
    expect(partiesOf(draft(MUNICH, 'The Client shall pay the Contractor a monthly fee of EUR 900.'))).toEqual(['Contractor', 'Client']);
  });

  it('so a price the Buyer pays, raised, is the Supplier\u2019s gain', () => {
    const before = 'The Buyer shall pay the Supplier UAH 41,000 per tonne of pipe, including VAT.';
    const after = 'The Buyer shall pay the Supplier UAH 44,500 per tonne of pipe, including VAT.';
    expect(only(changeStance(KYIV, before, after, 'Supplier'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
    expect(only(changeStance(KYIV, before, after, 'Buyer'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('a short form given to both together names a group, not a third party (near miss)', () => {
    const head = 'TREATY ON THE LOWER TARN\nThe State of Vell and the State of Oranmoor, hereinafter referred to as the "Riparian States", have agreed as follows:';
    expect(partiesOf(draft(head, 'The State of Vell shall bear sixty per cent of the cost of the weir.'))).toEqual(['State of Vell', 'State of Oranmoor']);
  });

  it('"the United States" is one party, though its last word is a plural', () => {
    const head = 'AGREEMENT ON THE HARBOUR OF PELL\nThe Government of the Republic of Corvane, hereinafter referred to as "Corvane", and the Government of the United States of America, hereinafter referred to as the "United States", have agreed as follows:';
    expect(partiesOf(draft(head, 'The United States shall provide two patrol vessels.'))).toEqual(['Corvane', 'United States']);
  });
});

describe('an anniversary with its digits in brackets', () => {
  it('"the fifteenth (15th) anniversary" is a point fifteen years in', () => {
    expect(figuresOf('the first instalment falling due on the fifteenth (15th) anniversary of the first drawdown').map((f) => [f.kind, f.value])).toEqual([['duration', 15 * 365]]);
  });

  it('so a first repayment brought forward ten years is the Lender\u2019s gain', () => {
    const head = 'STATE LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Doravia (the "Lender") and the Republic of Kessin (the "Borrower").';
    const before = 'The Borrower shall repay the Credit in twenty (20) equal semi-annual instalments, the first falling due on the fifteenth (15th) anniversary of the first drawdown.';
    const after = 'The Borrower shall repay the Credit in twenty (20) equal semi-annual instalments, the first falling due on the fifth (5th) anniversary of the first drawdown.';
    expect(only(changeStance(head, before, after, 'Lender'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });
});

describe('openings that name two parties another way', () => {
  const clause = 'Each Party shall notify the other of any change to its law.';
  it('a treaty whose first line names the instrument and then the states: "Treaty between A and B."', () => {
    expect(partiesOf(draft('TREATY ON EXTRADITION\nTreaty between the Republic of Ossery and the United Provinces of Tarne.', clause))).toEqual(['Republic of Ossery', 'United Provinces of Tarne']);
  });

  it('states called the parties first: "The High Contracting Parties, the Republic of A and the Kingdom of B, have agreed"', () => {
    expect(partiesOf(draft('TREATY OF AMITY\nThe High Contracting Parties, the Republic of Velm and the Kingdom of Astor, have agreed as follows:', clause))).toEqual(['Republic of Velm', 'Kingdom of Astor']);
  });

  it('states given a role each ("each a \u201cContracting State\u201d") or a plural together ("the \u201cPartners\u201d") are the parties, the role no third', () => {
    expect(partiesOf(draft('TAX CONVENTION\nThe Republic of Velm and the Kingdom of Astor (each a "Contracting State") have agreed as follows:', clause))).toEqual(['Republic of Velm', 'Kingdom of Astor']);
    expect(partiesOf(draft('AGREEMENT ON SECURITY PARTNERSHIP\nThe Republic of Velm and the Grand Duchy of Lorn (the "Partners") have agreed as follows:', clause))).toEqual(['Republic of Velm', 'Grand Duchy of Lorn']);
  });

  it('two persons called together by a plural are one party (near miss)', () => {
    const head = 'SALE OF A BAKERY\nThis Agreement is made between Mr Owen Tarrant and Mrs Lila Tarrant (together the "Sellers") and Crumbwell Bakeries Ltd (the "Buyer").';
    expect(partiesOf(draft(head, 'The Buyer shall pay the price on completion.'))).toEqual(['Sellers', 'Buyer']);
  });

  it('two names with short forms on one line are the parties, whatever verb joins them', () => {
    const head = 'STATEMENT OF TERMS OF EMPLOYMENT\nHollin Haulage Ltd (the "Employer") employs Ravi Desai (the "Employee") on the following terms.';
    expect(partiesOf(draft(head, 'The Employee shall work 37.5 hours a week.'))).toEqual(['Employer', 'Employee']);
  });
});

describe('a share given to a party\u2019s side', () => {
  const TREATY = 'AGREEMENT ON THE JOINT FRIGATE PROGRAMME\nThe Republic of Ostra and the Kingdom of Delm have agreed as follows:';
  it('"sixty per cent to the industry of Ostra" is Ostra\u2019s share, so a larger one is Delm\u2019s loss', () => {
    const before = 'The work share shall be allocated fifty per cent (50%) to the industry of the Republic of Ostra and fifty per cent (50%) to the industry of the Kingdom of Delm.';
    const after = 'The work share shall be allocated sixty per cent (60%) to the industry of the Republic of Ostra and forty per cent (40%) to the industry of the Kingdom of Delm.';
    expect(only(changeStance(TREATY, before, after, 'Kingdom of Delm'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });

  it('"owned as to 51% by the state mining company of Ostra and 49% by enterprises designated by Delm"', () => {
    const before = 'The Joint Company shall be owned as to fifty-one per cent (51%) by the state mining company of the Republic of Ostra and as to forty-nine per cent (49%) by enterprises designated by the Kingdom of Delm.';
    const after = 'The Joint Company shall be owned as to forty per cent (40%) by the state mining company of the Republic of Ostra and as to sixty per cent (60%) by enterprises designated by the Kingdom of Delm.';
    expect(only(changeStance(TREATY, before, after, 'Republic of Ostra'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a sum that opens a sentence as the price of what it gives', () => {
  const DEED = 'DEED OF ASSIGNMENT\n\nThis Deed is made between Nadia Orme (the "Assignor") and Quillfeather Games Ltd (the "Assignee").';
  it('"In consideration of the sum of GBP 8,000, the Assignor hereby assigns" is received by the Assignor', () => {
    expect(weights(DEED, 'In consideration of the sum of eight thousand pounds (GBP 8,000), the Assignor hereby assigns to the Assignee all her rights in the Game.')).toEqual([
      ['eight thousand pounds', { party: 'Assignor', rise: 'benefit', added: 'benefit' }],
      ['GBP 8,000', { party: 'Assignor', rise: 'benefit', added: 'benefit' }],
    ]);
  });

});

describe('what a party keeps, said with "shall"', () => {
  const SOFA = 'AGREEMENT ON THE STATUS OF FORCES\nThe Republic of Ostra and the Kingdom of Delm have agreed as follows:';
  it('"shall retain sovereignty" is a right; "shall retain records" a duty', () => {
    expect(holders(SOFA, 'The Republic of Ostra shall retain sovereignty over the Agreed Facilities.')).toEqual([['Republic of Ostra', 'right']]);
    expect(holders(SOFA, 'The Kingdom of Delm shall retain records of every flight for five years.')).toEqual([['Kingdom of Delm', 'obligation']]);
  });
});

describe('civil-law openings, further', () => {
  it('a party whose description follows its name ("with registered office in Parma, Italy") keeps the name', () => {
    const head = 'DISTRIBUTION AGREEMENT\nThis Agreement is entered into by and between Ortolano Foods S.p.A., with registered office in Parma, Italy (hereinafter the "Supplier"), and Wrenby Cold Chain Ltd, with registered office in Leeds (hereinafter the "Distributor").';
    expect(partiesOf(draft(head, 'The Distributor shall pay each invoice within 30 days.'))).toEqual(['Supplier', 'Distributor']);
  });

  it('the second of two unbracketed short forms is looked for after the first, not in its description', () => {
    const head = 'CONTRACT OF SALE\nBetween the undersigned: Domaine du Val SAS, having its registered office at Arbois, represented by its President, hereinafter "the Seller", of the first part, and Brasserie Morel SARL, hereinafter "the Buyer", of the second part, it has been agreed as follows:';
    expect(partiesOf(draft(head, 'The Buyer shall pay the price on delivery.'))).toEqual(['Seller', 'Buyer']);
  });

  it('a person named after words that describe her ("citizen of Ukraine Olena Tkach, hereinafter referred to as the \u201cEmployee\u201d")', () => {
    const head = 'EMPLOYMENT AGREEMENT No. 4\nLimited Liability Company "Zori Agro", hereinafter referred to as the "Employer", on the one part, and citizen of Ukraine Olena Tkach, hereinafter referred to as the "Employee", on the other part, have concluded this Agreement as follows:';
    expect(partiesOf(draft(head, 'The Employer shall pay the salary twice a month.'))).toEqual(['Employer', 'Employee']);
  });
});

describe('a cap that takes the greater of a sum and fees paid', () => {
  const TERMS = 'PINEWICK TERMS OF SERVICE\nThese Terms are a contract between Pinewick Ltd ("Pinewick", "we", "us") and you, the person or business that signs up for or uses the Service ("you").';
  it('the reader of such terms is "you", not the Service it uses', () => {
    expect(partiesOf(draft(TERMS, 'You must keep your password secret.'))).toEqual(['Pinewick', 'You']);
  });

  it('a raised cap on our liability is our loss, though the words before the sum speak of fees paid to us', () => {
    const before = 'Our total liability to you for all claims will not exceed fifty pounds (GBP 50).';
    const after = 'Our total liability to you for all claims will not exceed the greater of the fees you paid to us in the twelve (12) months before the claim and five hundred pounds (GBP 500).';
    expect(only(changeStance(TERMS, before, after, 'we'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
  });
});

describe('a title in capitals run into the line that names the parties', () => {
  it('is no part of the first party\u2019s name ("PLAYER CONTRACT Pulsar Collective GmbH (the \u201cClub\u201d)")', () => {
    const head = 'SPIELERVERTRAG / PLAYER CONTRACT\nKestrel Esports GmbH (the "Club") and Ana Ruiz (the "Player") agree as follows.';
    const v = draft(head, 'The Club shall pay the Player a monthly salary.');
    expect(resolveParty(v, 'Kestrel Esports GmbH')).toBe('Club');
  });

  it('nor is one before states that agree, after a bracket that ends it', () => {
    const head = 'TREATY ON THE WATERS OF THE RIVER ORN (DISPUTE SETTLEMENT PROTOCOL)\nThe Republic of Velm and the Kingdom of Astor have agreed as follows.';
    expect(partiesOf(draft(head, 'Each Party shall appoint one member.'))).toEqual(['Republic of Velm', 'Kingdom of Astor']);
  });

  it('near miss: one word in capitals opens a company\u2019s own name ("BHP Minerals Ltd") and stays', () => {
    const head = 'OFFTAKE AGREEMENT\nThis Agreement is made between BHP Minerals Ltd (the "Seller") and Orrin Steel AG (the "Buyer").';
    expect(resolveParty(draft(head, 'The Buyer shall pay.'), 'BHP Minerals Ltd')).toBe('Seller');
  });
});

describe('a name after the words that join it to the party before', () => {
  it('"(the \u201cConsultant\u201d) will provide services to Estuary Wind Ltd (the \u201cClient\u201d)" names the Client', () => {
    const head = 'LETTER OF ENGAGEMENT\nThis letter sets out the terms on which Brennholt Advisory LLP (the "Consultant") will provide services to Estuary Wind Ltd (the "Client").';
    expect(resolveParty(draft(head, 'The Consultant shall report monthly.'), 'Estuary Wind Ltd')).toBe('Client');
  });

  it('a name after a phrase and its comma ("In accordance with the applicable laws, Jiangbei Ltd. (hereinafter \u201cParty A\u201d)")', () => {
    const head = 'JOINT VENTURE CONTRACT\nIn accordance with the applicable laws and regulations, Jiangbei Machinery Co., Ltd. (hereinafter "Party A") and Hollis Fluid Inc. (hereinafter "Party B") have concluded this Contract.';
    expect(partiesOf(draft(head, 'Party B shall contribute the technology.'))).toEqual(['Party A', 'Party B']);
  });

  it('near miss: what the agreement is about ("in relation to Lumenfold Ltd (the \u201cCompany\u201d)") is no third party', () => {
    const head = 'SHAREHOLDERS\u2019 AGREEMENT\nThis Agreement is made between Brightwater Capital LP (the "Investor"), and Dr Amira Selby (the "Founder"), in relation to Lumenfold Ltd (the "Company").';
    expect(partiesOf(draft(head, 'The Investor shall subscribe for the Shares.'))).toEqual(['Investor', 'Founder']);
  });
});
