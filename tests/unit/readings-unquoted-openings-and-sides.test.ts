import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { quoteUnquotedShortForms } from '../../src/concerns/unquoted-short-forms.js';
import { changeStance, draft, only } from '../support/stance-readings.js';

/**
 * Openings that give parties their short forms without quotes (old deeds, American credit
 * agreements, standard forms with the role first, term sheets, numbered lists under "PARTIES");
 * the stance of a finding in a draft of three parties when its clause names only two of them;
 * interest said as a rate "a year". Openings and clauses written here.
 */

const parties = (head: string, text = 'The parties shall meet once a year.') => partiesOf(draft(head, text));

describe('short forms given without quotes', () => {
  it('a numbered list under "PARTIES", each company described with no comma before its registration', () => {
    const head =
      'LEASE\nPARTIES\n(1) BRENWICK ESTATES LIMITED incorporated and registered in England and Wales with company number 01234567 whose registered office is at 3 Mill Lane, York (the "Landlord").\n(2) TOLLAND FOODS LIMITED incorporated and registered in England and Wales with company number 07654321 (the "Tenant").';
    expect(parties(head, 'The Tenant shall pay the rent.')).toEqual(['Landlord', 'Tenant']);
  });

  it('an old deed\u2019s "hereinafter called the Lessor"', () => {
    const head =
      'INDENTURE OF LEASE\nTHIS INDENTURE, made this 1st day of May, 2024, by and between ALDER FARM TRUST, a Vermont trust, party of the first part, hereinafter called the Lessor, and BRISK FREIGHT, INC., a Maine corporation, party of the second part, hereinafter called the Lessee.';
    expect(parties(head, 'The Lessee shall keep the premises fenced.')).toEqual(['Lessor', 'Lessee']);
  });

  it('a credit agreement\u2019s "NAME, as the Borrower," on a line of its own', () => {
    const head = 'CREDIT AGREEMENT\nDated as of May 1, 2025\namong\nHOLLOW CREEK FOODS, INC.,\nas the Borrower,\nTHE LENDERS PARTY HERETO (the "Lenders"),\nand\nGRANITE TRUST BANK, N.A.,\nas Administrative Agent';
    expect(parties(head, 'The Borrower shall pay a commitment fee.')).toEqual(['Borrower', 'Lenders', 'Administrative Agent']);
  });

  it('"NAME as Borrower and NAME as Lender"', () => {
    const head = 'FACILITY AGREEMENT\nbetween\nKELDA NICKEL S.A. as Borrower\nand\nNORDMARK EXPORT BANK as Lender';
    expect(parties(head, 'The Borrower shall repay the Loan.')).toEqual(['Borrower', 'Lender']);
  });

  it('a standard form\u2019s role first, its name on the next line', () => {
    const head =
      'STANDARD FORM OF AGREEMENT BETWEEN OWNER AND BUILDER\nAGREEMENT made as of the 5th day of March 2025\nBETWEEN the Owner:\nLarchmont Clinic, Inc.\n12 Elm Street, Dayton\nand the Builder:\nCorrow Construction LLC\n88 River Road, Dayton\nThe Owner and Builder agree as follows.';
    expect(parties(head, 'The Owner shall pay the Builder within thirty (30) days.')).toEqual(['Owner', 'Builder']);
  });

  it('a term sheet\u2019s "Landlord: NAME Pte. Ltd." lines', () => {
    const head = 'INDICATIVE TERM SHEET\nProposed lease of Level 9, Peller Tower\nSubject to contract.\nLandlord: Peller Tower Holdings Pte. Ltd.\nTenant: Vask Analytics Pte. Ltd.';
    expect(parties(head, 'The Tenant shall pay the rent monthly.')).toEqual(['Landlord', 'Tenant']);
  });

  it('near miss: a term sheet\u2019s "Parties:" line is no role of its own, and the short forms on it are read as before', () => {
    const head = 'INDICATIVE TERM SHEET\nParties: Alcora Lithium SpA, a company organised under the laws of Chile ("Seller"); and Brenn Cells GmbH, Munich ("Buyer").\nProject: Alcora lithium project.';
    expect(parties(head, 'The Buyer shall take the whole output.')).toEqual(['Seller', 'Buyer']);
  });

  it('a role in bare brackets at the end of a numbered party\u2019s entry', () => {
    const head = 'FARM-IN AGREEMENT\nTHIS AGREEMENT is made on 9 May 2025\nBETWEEN\n(1) CORRIE GRAPHITE LIMITED (Farmor); and\n(2) OSSORY MINERALS LIMITED (Farmee).';
    expect(parties(head, 'The Farmee shall fund the first well.')).toEqual(['Farmor', 'Farmee']);
  });

  it('near miss: a term sheet heading over a sentence about a party is no party ("Exclusivity: The Company shall not ...")', () => {
    const head = 'TERM SHEET\nProposed investment by Fenmoor Ventures (the "Investor") in Quillby Labs Ltd (the "Company").';
    expect(parties(head, 'Exclusivity: The Company shall not solicit any other financing for forty-five days.')).toEqual(['Investor', 'Company']);
  });

  it('near miss: a heading whose text runs on past a company\u2019s form ("Termination: ... Project Co Default") names no party', () => {
    expect(quoteUnquotedShortForms('Termination: Termination for Project Co Default or Authority Default.')).toBe('Termination: Termination for Project Co Default or Authority Default.');
  });

  it('near miss: a country in bare brackets after a name is where it is, not its role', () => {
    expect(quoteUnquotedShortForms('(1) ALDEN MINING LIMITED (Jersey); and')).toBe('(1) ALDEN MINING LIMITED (Jersey); and');
  });

  it('near miss: "as the agent" in lower case after a name gives no short form', () => {
    expect(quoteUnquotedShortForms('HOLLIS BANK PLC as agent for the lenders')).toBe('HOLLIS BANK PLC as agent for the lenders');
  });
});

describe('three parties, a clause between two of them', () => {
  const MERGER = 'AGREEMENT AND PLAN OF MERGER\nThis Agreement is made among Halden Corp. ("Parent"), Halden Sub Inc. ("Merger Sub") and Brisk Robotics Inc. (the "Company").';

  it('a larger fee the Company pays Parent is against the Company, though Merger Sub also signs', () => {
    const before = 'The Company shall pay to Parent a termination fee in the amount of $40,000,000.';
    const after = 'The Company shall pay to Parent a termination fee in the amount of $55,000,000.';
    expect(only(changeStance(MERGER, before, after, 'Parent'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(MERGER, before, after, 'Company'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('near miss: it is nothing to Merger Sub, which the clause does not name', () => {
    const before = 'The Company shall pay to Parent a termination fee in the amount of $40,000,000.';
    const after = 'The Company shall pay to Parent a termination fee in the amount of $55,000,000.';
    expect(only(changeStance(MERGER, before, after, 'Merger Sub'), 'figure-changed').map(([, s]) => s)).toEqual(['neutral']);
  });

  it('near miss: a right of Parent\u2019s in a clause that names all three is nothing to the Company', () => {
    const before = 'Parent may require Merger Sub to assume the obligations of the Company under the Notes.';
    const after = 'Parent may require Merger Sub to assume the obligations of the Company under the Notes, and Parent may extend the Outside Date.';
    const stances = changeStance(MERGER, before, after, 'Company').map(([, s]) => s);
    expect(stances.length).toBeGreaterThan(0);
    expect(stances.every((s) => s === 'neutral')).toBe(true);
  });
});

describe('interest as a rate "a year"', () => {
  const LOAN = 'FACILITY LETTER\nOrwen Bank plc (the "Bank") offers Holm Joinery Ltd (the "Borrower") the facility described below.';

  it('"four and one-half per cent per annum" said as "4.5% a year" is the same money term', () => {
    const before = 'Interest shall accrue on the Loan at the rate of four and one-half per cent per annum above the Reference Rate.';
    const after = 'Interest shall accrue on the Loan at 4.5% a year above the Reference Rate.';
    expect(only(changeStance(LOAN, before, after, 'Bank'), 'concern-gone')).toEqual([]);
    expect(changeStance(LOAN, before, after, 'Bank').map(([, s]) => s)).not.toContain('against');
  });

  it('"interest at one percent per month" said as "interest at the rate of 1% per month" is no new money term', () => {
    const before = 'Amounts unpaid thirty (30) days after the invoice date shall bear interest at one percent per month.';
    const after = 'Any amount that remains unpaid for 30 days after the invoice date shall carry interest at 1% per month.';
    expect(only(changeStance(LOAN, before, after, 'Bank'), 'concern-appears')).toEqual([]);
  });
});

describe('persons named each and together', () => {
  it('"(each a "Seller" and together the "Sellers")" makes the Sellers one party', () => {
    const head = 'SHARE SALE AGREEMENT\nThis Agreement is made between Orwen Family Holdings AB and Mrs Ada Orwen (each a "Seller" and together the "Sellers") and Holm Acquisitions AB (the "Purchaser").';
    expect(parties(head, 'The Sellers shall not be liable for any claim of less than SEK 100,000.')).toEqual(['Sellers', 'Purchaser']);
  });

  it('near miss: states given a role each, "(each a "Party")", are still two parties', () => {
    const head = 'AGREEMENT ON FISHERIES\nThe Republic of Varna and the Kingdom of Osterholm (each a "Party") have agreed as follows:';
    expect(parties(head, 'Each Party shall report its catch.')).toEqual(['Republic of Varna', 'Kingdom of Osterholm']);
  });
});

describe('institutions named each and together, with no other party', () => {
  it('near miss: "(each an "Authority" and together the "Authorities")" of the only two parties leaves each its own', () => {
    const head = 'MEMORANDUM OF UNDERSTANDING ON A CURRENCY SWAP\nThe Bank of Varna and the Reserve Bank of Osterholm (each an "Authority" and together the "Authorities"), wishing to support trade, have reached the following understanding:';
    expect(parties(head, 'The Reserve Bank of Osterholm will pay interest on any sums it draws.')).not.toEqual(['Authorities']);
  });
});
