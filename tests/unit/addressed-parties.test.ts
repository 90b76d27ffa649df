import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { addressedParties } from '../../src/concerns/addressed-parties.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { deonticsOf } from '../../src/concerns/obligations.js';
import { partiesOf, pointOfView, resolveParty } from '../../src/concerns/parties.js';
import { parseVersion } from '../../src/parse/parse.js';

/** Terms written to their reader: the parties are "you" and "we", and a definition says who. */

const HOSTING = `NORTHWIND HOSTING TERMS

Definitions

"Customer", “You,” and “Your” refer to the business that has opened an account with Northwind.

“Northwind,” “We,” and “Us” refer to Northwind Hosting, Inc., with its affiliates.`;

const terms = (body: string) => parseVersion(`${HOSTING}\n\n${body}`);

describe('parties a draft addresses as "you" and speaks for as "we"', () => {
  it('reads each definition that gives a person its pronouns, by the name it gives besides them', () => {
    expect(addressedParties(HOSTING)).toEqual([
      { party: 'Customer', person: 'you', names: ['customer', 'you', 'your', 'yours'] },
      { party: 'Northwind', person: 'we', names: ['northwind', 'we', 'us', 'our', 'ours', 'northwind hosting, inc'] },
    ]);
  });

  it('knows a party by the company name its definition gives, so a point of view may name it in full', () => {
    const version = parseVersion('MOBILE MONEY TERMS\nIn these terms, "Tellipay", "we" and "our" mean Tellipay Mobile Money Ltd, and "you" means the registered holder of a Tellipay account.\n\n1. You must keep your PIN secret.');
    expect(partiesOf(version)).toEqual(['Tellipay', 'You']);
    expect(resolveParty(version, 'Tellipay Mobile Money Ltd')).toBe('Tellipay');
    // (near miss: a name it does not give is no party's)
    expect(resolveParty(version, 'Orvane Mobile Money Ltd')).toBeNull();
  });

  it('reads the other ways licences say it: a colon, an unquoted name before the pronoun, words before "means", a pronoun alone', () => {
    expect(addressedParties('— ‘The Licensee’ or ‘You’: any natural or legal person who makes use of the Work.')[0]?.party).toBe('Licensee');
    expect(addressedParties('   - The Licensee or "You": any natural or legal person who makes use of the Work.')[0]?.party).toBe('Licensee');
    const throughout = addressedParties('Definition of "You" in This Licence. "You" throughout this Licence, whether in upper or lower case, means an individual or a legal entity exercising rights under it.');
    expect(throughout).toEqual([{ party: 'You', person: 'you', names: ['you', 'your', 'yours'] }]);
    expect(addressedParties('"You" and "your" means any person who would like to copy the Package.')[0]?.party).toBe('You');
  });

  it('reads a reader named and given its pronoun ("Each licensee is addressed as “you”"), and a glossary run on one line', () => {
    expect(addressedParties('“The Program” refers to any work licensed under this License. Each licensee is addressed as “you”.')).toEqual([
      { party: 'Licensee', person: 'you', names: ['licensee', 'you', 'your', 'yours'] },
    ]);
    expect(addressedParties('"Program" means the software. "Licensor" means the author. "You" means any person who uses the Program.')[0]?.party).toBe('You');
  });

  it('reads no party where the pronoun is quoted but no person is defined (near misses)', () => {
    expect(addressedParties('"You" is defined in Section 2.')).toEqual([]);
    expect(addressedParties('"We" means the software platform described in the Order.')).toEqual([]);
    expect(addressedParties('By clicking the button marked "you agree" the order is placed.')).toEqual([]);
    expect(addressedParties('The Supplier shall deliver the Goods to you.')).toEqual([]);
  });

  it('reads a bounded number of quoted pronouns however many a crafted text holds', () => {
    const crafted = '"You" is quoted here. '.repeat(50_000) + '"You" means any person who uses the Service.';
    const started = performance.now();
    expect(addressedParties(crafted)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('takes them as the draft’s parties, and "you" and "we" as their names', () => {
    const version = terms('1. You must pay the Fees within 30 days.');
    expect(partiesOf(version)).toEqual(['Customer', 'Northwind']);
    expect(resolveParty(version, 'you')).toBe('Customer');
    expect(resolveParty(version, 'Us')).toBe('Northwind');
    expect(pointOfView('Customer', [version])).toEqual({ party: 'Customer' });
  });

  it('gives the pronouns to a party the opening names, without adding one', () => {
    const version = parseVersion(`SERVICES AGREEMENT

This Agreement is made between Northwind Hosting, Inc. ("Northwind") and Birch Retail Ltd (the "Client").

"Northwind", "we" and "us" refer to Northwind Hosting, Inc.

1. We will keep the Service available.`);
    expect(partiesOf(version)).toEqual(['Northwind', 'Client']);
    expect(resolveParty(version, 'we')).toBe('Northwind');
    // (the other of the two: see addressed-opening.test.ts)
    expect(resolveParty(version, 'you')).toBe('Client');
  });
});

describe('duties of "you" and "we"', () => {
  it('reads "you must", "we may" and "you will not", capitalised or not, as the parties’ own', () => {
    const version = terms('1. You must pay the Fees within 30 days, and we may suspend the Service if you do not. You will not resell the Service.');
    const read = deonticsOf(version.clauses.at(-1)!, version).map((d) => [d.party, d.kind]);
    expect(read).toEqual([
      ['Customer', 'obligation'],
      ['Northwind', 'right'],
      ['Customer', 'prohibition'],
    ]);
  });

  it('reads no "you" or "we" in words that hold them ("layout", "awe") or where no party is defined', () => {
    const version = terms('1. The layout shall be simple and the awe may be great.');
    expect(deonticsOf(version.clauses.at(-1)!, version).map((d) => d.party)).not.toContain('Customer');
    const plain = parseVersion('SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Inc (the "Buyer").\n\n1. As you know, we may discuss the price.');
    expect(partiesOf(plain)).toEqual(['Seller', 'Buyer']);
    expect(deonticsOf(plain.clauses.at(-1)!, plain).map((d) => d.party)).not.toContain('Seller');
  });

  it('weighs a change from the reader’s side: a duty moved from "you" to "we" is in the Customer’s favour', () => {
    const before = terms('1. You will pay all taxes on the Fees.');
    const after = terms('1. We will pay all taxes on the Fees.');
    const stances = (we: string) => withFindings(compareVersions(before, after), { we }).findings.filter((f) => f.level === 'change').map((f) => f.stance);
    expect(stances('Customer')).toContain('favour');
    expect(stances('Customer')).not.toContain('against');
    expect(stances('Northwind')).toContain('against');
    expect(stances('Northwind')).not.toContain('favour');
  });

  it('reads "you" and "us" as mentions of the parties, so a finding says whom it weighs on', () => {
    const affects = (body: string) => {
      const version = terms(`1. ${body}`);
      return findingsOfVersion(version, 'single').filter((f) => f.clause === version.clauses.at(-1)!.id && f.category === 'financial').map((f) => f.affects);
    };
    // (the fees owed, and their being kept: both weigh on the Customer)
    expect([...new Set(affects('All fees are payable by you in advance and are non-refundable.'))]).toEqual(['Customer']);
    // near miss: "US" in capitals is a state, not "us"
    expect(affects('All fees are payable by US citizens in advance.')).not.toContain('Northwind');
  });
});

describe('"may" of what can befall a party', () => {
  it('gives no right to "may be compelled", "may be liable", "may need to", and keeps "may terminate" and "may be paid" (near misses)', () => {
    const kinds = (body: string) => {
      const version = terms(`1. ${body}`);
      return deonticsOf(version.clauses.at(-1)!, version).map((d) => `${d.party} ${d.kind}`);
    };
    expect(kinds('We may be compelled by law to disclose the contents of your repositories.')).toEqual([]);
    expect(kinds('You may be liable for the fees of your Users.')).toEqual([]);
    expect(kinds('We may need to suspend the Service for maintenance.')).toEqual([]);
    expect(kinds('We may terminate the Service on notice.')).toEqual(['Northwind right']);
    expect(kinds('You may be paid a credit for downtime.')).toEqual(['Customer right']);
  });
});
