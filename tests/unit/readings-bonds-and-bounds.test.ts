import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { payerByRole } from '../../src/concerns/roles.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, holders, only, weights } from '../support/stance-readings.js';

/**
 * A scholar's service bond and how long it lasts; a floor on a rent rise turned into a cap;
 * a rent reserved "unto" the party paid; a price formula's added basis and a deduction from it;
 * tolls a concession's holder charges; a grace on a failure to pay; a cap put on a new right; a right after ", but"; leave to
 * do what a denial listed; a long company description
 * before its short form, and a gloss in brackets inside it; roles of building, development and
 * hospital drafts. Openings and clauses written here.
 */

const SCHOLARSHIP = 'SCHOLARSHIP AND SERVICE BOND\nThis Bond is made between the Ministry of Higher Education of the Republic of Tarnavia (the "Ministry") and Ilse Marwick of 4 Orchard Row, Veld (the "Scholar").';
const LEASE = 'GROUND LEASE\nThis Lease is made between Ashcombe Estates Limited (the "Lessor") and Pellan Storage Limited (the "Lessee").';

describe("a party's own service bond", () => {
  const bond = (years: string) => `The Scholar doth hereby bind herself, within three (3) months after the end of her studies, to return to Tarnavia and to serve in such public hospital as the Ministry may designate for a continuous period of not less than ${years}.`;

  it('"doth hereby bind herself ... to return" binds the Scholar', () => {
    expect(holders(SCHOLARSHIP, bond('five (5) years'))).toContainEqual(['Scholar', 'obligation']);
  });

  it('a longer period of service costs the Scholar, not the Ministry that picks the hospital', () => {
    expect(only(changeStance(SCHOLARSHIP, bond('five (5) years'), bond('seven (7) years'), 'Scholar'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
    expect(only(changeStance(SCHOLARSHIP, bond('five (5) years'), bond('seven (7) years'), 'Ministry'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });

  it('but a say in who receives a grant is a say in whose it is: the term is that party\'s', () => {
    const head = 'MINERALS AGREEMENT\nbetween the Republic of Saldova ("Saldova") and the Kingdom of Meravia ("Meravia").';
    const grant = (years: string) => `Saldova shall grant to the Joint Fund, or to such entities as Meravia may designate, the exclusive right to extract lithium for a term of ${years}.`;
    expect(only(changeStance(head, grant('forty (40) years'), grant('twenty-five (25) years'), 'Meravia'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('"she shall pay" after "Should the Scholar fail ... required by clause 6.1," is the Scholar\'s duty: a clause number ends no sentence', () => {
    expect(holders(SCHOLARSHIP, 'Should the Scholar fail to complete the service required by clause 6.1, she shall pay to the Ministry the sum of KSD 40,000.')).toContainEqual(['Scholar', 'obligation']);
  });
});

describe('a floor on a rise turned into a cap', () => {
  const rent = (bound: string) => `On each fifth anniversary the annual rent shall be increased by the percentage increase in the CPI over the preceding five (5) years, but in no event by ${bound} than ten percent (10%).`;

  it('"in no event by less than" → "by more than": the payer of the rent gains', () => {
    expect(only(changeStance(LEASE, rent('less'), rent('more'), 'Lessee'), 'bound-turned').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(LEASE, rent('less'), rent('more'), 'Lessor'), 'bound-turned').map(([, s]) => s)).toEqual(['against']);
  });

  it('and back: a cap on the rise turned into a floor costs the payer', () => {
    expect(only(changeStance(LEASE, rent('more'), rent('less'), 'Lessee'), 'bound-turned').map(([, s]) => s)).toEqual(['against']);
  });
});

describe('who pays a sum the sentence does not bind anyone to', () => {
  it('a rent reserved "unto the Landlord" is paid by the other party', () => {
    const head = 'LEASE OF FARM\nThis Lease is made between Gideon Hale (the "Landlord") and Thomas Arden (the "Tenant").';
    const reddendum = (sum: string) => `YIELDING AND PAYING therefor yearly during the said term unto the Landlord the clear yearly rent of ${sum} by equal half-yearly payments.`;
    expect(weights(head, reddendum('Twenty-three thousand pounds'))[0]![1]).toMatchObject({ party: 'Tenant', rise: 'burden' });
    expect(only(changeStance(head, reddendum('Twenty-three thousand pounds'), reddendum('Twenty-six thousand pounds'), 'Landlord'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });

  it('a basis a price formula adds costs the party whose role pays the price; a deduction from it spares that party', () => {
    const head = 'SOYBEAN PURCHASE CONTRACT\nbetween Parana Grains SA (the "Seller") and Eastport Crushing Ltd (the "Buyer").';
    const price = (basis: string) => `The price for each Shipment shall be the settlement price for the Reference Month, converted at the factor of 36.7437, plus a Basis of ${basis} per metric tonne.`;
    expect(only(changeStance(head, price('USD 18.50'), price('USD 21.00'), 'Buyer'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
    const deduction = 'The Price shall be subject to discounts for quality and to a further deduction of USD 3.00 per metric tonne for fumigation.';
    expect(weights(head, deduction)[0]![1]).toMatchObject({ party: 'Buyer', rise: 'benefit' });
  });

  it('tolls the concession\'s holder charges the public are its revenue; a cap on their growth limits it', () => {
    const head = 'CONCESSION AGREEMENT\nbetween the Ministry of Transport (the "Grantor") and Northway Motorway SA (the "Concessionaire").';
    const tolls = (share: string) => `On 1 January of each year the Maximum Toll Rates shall be adjusted by ${share} of the percentage change in the Consumer Price Index.`;
    expect(only(changeStance(head, tolls('one hundred per cent. (100%)'), tolls('eighty per cent. (80%)'), 'Concessionaire'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
    // (a price the Concessionaire pays, by its role, still costs it)
    expect(weights(head, 'The Concession Fee shall be increased by three per cent. (3%) each year.')[0]![1]).toMatchObject({ party: 'Concessionaire', rise: 'burden' });
  });
});

describe('a failure to pay that counts for nothing if payment is made within a time', () => {
  const LOAN = 'TERM LOAN AGREEMENT\nbetween Lough Road Poultry Limited (the "Borrower") and Antrim Agricultural Bank plc (the "Lender").';
  const before = '23.1 Non-payment\nThe Borrower does not pay on the due date any amount payable pursuant to a Finance Document in the currency in which it is expressed to be payable.';

  it('"unless ... payment is made within three (3) Business Days" is the Borrower\'s grace', () => {
    const after = `${before.slice(0, -1)}, unless its failure to pay is caused by an administrative or technical error and payment is made within three (3) Business Days of its due date.`;
    expect(only(changeStance(LOAN, before, after, 'Borrower'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(LOAN, before, after, 'Lender'), 'figure-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('and so where its conditions are listed, "unless: (a) ...; and (b) payment is made within"', () => {
    const after = `${before.slice(0, -1)}, unless: (a) its failure to pay is caused by an administrative or technical error; and (b) payment is made within three (3) Business Days of its due date.`;
    expect(only(changeStance(LOAN, before, after, 'Borrower'), 'figure-changed').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a cap put on a right new to the other party', () => {
  it('is part of the right given: "may increase the Charge ..., provided that no increase shall exceed CPI plus three per cent"', () => {
    const head = 'MAINTENANCE AGREEMENT\nbetween Tessaly Instruments GmbH (the "Supplier") and St Brannock Hospital Trust (the "Trust").';
    const before = 'The Maintenance Charge shall be fixed for the whole of the Maintenance Term.';
    const after = 'The Supplier may increase the Maintenance Charge once in each Contract Year by giving not less than sixty (60) days\' notice to the Trust, provided that no increase shall exceed the change in the Consumer Prices Index over the preceding twelve (12) months plus three per cent (3%).';
    const found = changeStance(head, before, after, 'Trust');
    expect(only(found, 'duty-shifted').map(([, s]) => s)).toEqual(['against']);
    expect(found.filter(([, s]) => s === 'favour')).toEqual([]);
  });

  it('"shall not assign the Holding, but may underlet ..." gives the Lessee a right', () => {
    expect(holders(LEASE, 'The Lessee shall not assign the Holding, but may without the consent of the Lessor underlet any part of it not exceeding forty (40) hectares.')).toEqual([
      ['Lessee', 'prohibition'],
      ['Lessee', 'right'],
    ]);
  });

  it('"but shall remain free to" is a right; "shall initiate but shall not be obliged to secure", with no comma, one duty with its limit', () => {
    const head = 'SPONSORSHIP AGREEMENT\nbetween the Orwell Museum (the "Museum") and Tallis Energy plc (the "Sponsor").';
    expect(holders(head, 'The Museum shall not accept sponsorship of the Exhibition from any other oil company, but shall remain free to accept such sponsorship for its other exhibitions.')).toEqual([
      ['Museum', 'prohibition'],
      ['Museum', 'right'],
    ]);
    expect(holders(head, 'The Museum shall initiate the review but shall not be obliged to complete it.').filter(([, kind]) => kind !== 'obligation')).toEqual([]);
  });

  it('leave to "make the Imagery available" is no act the old denial "shall not disclose or make the Imagery available" listed', () => {
    const head = 'IMAGERY LICENCE\nbetween Orbis Imaging Ltd (the "Supplier") and the Ministry of Civil Protection of Lunavia (the "Ministry").';
    const before = 'The Ministry shall not disclose or make the Imagery available to any third party.';
    const after = 'The Ministry may make the Imagery available to other ministries for disaster response, but shall not otherwise disclose it to any third party.';
    expect(only(changeStance(head, before, after, 'Ministry'), 'duty-shifted').map(([, s]) => s)).toEqual(['favour']);
  });

  it('a consent asked "previously in writing" is the consent of the plain-English rewording: no new qualifier', () => {
    const before = 'The Lessee shall not without the previous consent in writing of the Lessor plough up any permanent pasture.';
    const after = "The Lessee must not plough up any permanent pasture without first obtaining the Lessor's written consent.";
    expect(only(changeStance(LEASE, before, after, 'Lessee'), 'term-qualified')).toEqual([]);
  });
});

describe('parties named in long openings', () => {
  const TRUST = 'ST BRANNOCK REGIONAL HOSPITAL TRUST, a public hospital trust whose principal office is at Brannock Road, Kelston (the "Trust").';

  it('a company described at length before its short form: form, register, number, registered office', () => {
    const head = `EQUIPMENT SUPPLY AGREEMENT\n\nParties:\n\n1. TESSALY INSTRUMENTS GMBH, a limited liability company organised under the laws of Germany, registered with the commercial register of the Local Court of Stuttgart under HRB 772104, with its registered office at Industriestrasse 44, 70565 Stuttgart, Germany (the "Supplier"); and\n\n2. ${TRUST}`;
    expect(partiesOf(parseVersion(`${head}\n\n9.1 Risk shall pass to the Trust on Delivery.`))).toEqual(['Supplier', 'Trust']);
  });

  it('a gloss in brackets inside the description, "a foundation (stichting)", is no boundary of the name', () => {
    const head = 'GRANT AGREEMENT\nThis Grant Agreement is entered into by and between THE ALDRENNE FOUNDATION FOR SCIENCE, a foundation (stichting) established under the laws of the Netherlands, having its seat at Keizersgracht 118, Amsterdam (the "Foundation"), and the INSTITUTE OF COASTAL ECOLOGY, a public research institute (the "Grantee").';
    expect(partiesOf(parseVersion(`${head}\n\n1. The Grantee shall deliver a report.`))).toEqual(['Foundation', 'Grantee']);
  });

  it('roles: a Developer pays its Council, a Proprietor its Builder, a Board its Project Co', () => {
    const payer = (a: string, b: string) => payerByRole(parseVersion(`HEADS OF TERMS\nbetween Alpha Limited (the "${a}") and Beta Limited (the "${b}").\n\n1. Price: as agreed.`));
    expect(payer('Council', 'Developer')).toBe('Developer');
    expect(payer('Proprietor', 'Builder')).toBe('Proprietor');
    expect(payer('Board', 'Project Co')).toBe('Board');
  });
});
