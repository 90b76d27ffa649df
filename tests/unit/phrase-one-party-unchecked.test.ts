import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * A party's decisions put beyond the other's approval or regulation, and one party's liability
 * limited against the other's full duty. Clauses written here.
 */

const SUPPLY = 'GAS SALE AGREEMENT\n\nThis Agreement is made between Alder Gas Ltd (the "Seller") and Birch Power SA (the "Buyer").';
const PIPELINE = 'HOST GOVERNMENT AGREEMENT\n\nThis Agreement is made between the Government of Georgia (the "Host Government") and Caspian Pipeline Ltd (the "Pipeline Company").';

/** [rule, affects] of the one-sided findings on the one clause. */
function oneSided(head: string, text: string): [string, string | null | undefined][] {
  return clauseFindings(head, text)
    .filter((f) => f.category === 'one-sided')
    .map((f) => [f.rule, f.affects]);
}

describe('one party unchecked', () => {
  it('a tariff "not subject to approval, review or regulation by any authority" of the other', () => {
    expect(oneSided(PIPELINE, 'Tariffs shall be set by the Pipeline Company and shall not be subject to approval, review or regulation by any authority of the Host Government.').map(([rule]) => rule)).toEqual(['review-ousted']);
    // near miss: subject to approval
    expect(oneSided(PIPELINE, 'Tariffs shall be subject to approval by the Regulator.')).toEqual([]);
  });

  it('"whereas the Seller\'s liability ... shall be limited to" against the Buyer\'s full duty', () => {
    // (the Seller's liability capped alone is a one-sided term of its own too)
    expect(oneSided(SUPPLY, "The Buyer shall take or pay for ninety percent of the Annual Contract Quantity, whereas the Seller's liability for any shortfall shall be limited to ten percent of the price.").map(([rule]) => rule).sort()).toEqual([
      'liability-capped-one-sided',
      'one-sided-burden',
    ]);
    // near miss: both limited alike
    expect(oneSided(SUPPLY, "The liability of each Party for any shortfall shall be limited to ten percent of the price.")).toEqual([]);
  });
});

describe('a liability capped weighs for the party whose liability it is', () => {
  const SERVICES = 'AGREEMENT\n\nThis Agreement is made between Alder Holdings Ltd (the "Provider") and Birch Resources Limited (the "Customer").';
  const capped = (text: string) =>
    clauseFindings(SERVICES, text)
      .filter((f) => f.rule === 'liability-capped')
      .map((f) => [f.affects, f.effect]);

  it('"The Provider\'s liability to the Customer shall be limited to" helps the Provider, not the Customer it is owed to', () => {
    expect(capped("The Provider's liability to the Customer shall be limited to Service Credits.")).toEqual([['Provider', 'benefit']]);
    expect(capped('The liability of the Provider to the Customer shall be limited to Service Credits.')).toEqual([['Provider', 'benefit']]);
  });
});

describe('one party\'s option said with its name before it', () => {
  const CHARTER = 'CHARTER PARTY\n\nThis Charter is made between Nordhavn Shipping A/S (the "Owners") and Meridian Grain Trading SA (the "Charterers").';
  const options = (text: string) =>
    clauseFindings(CHARTER, text)
      .filter((f) => f.rule === 'unilateral-power')
      .map((f) => [f.evidence?.quote, f.affects]);

  it('"at the Charterers\' option" is the Charterers\' say, weighing on the Owners', () => {
    expect(options("The Charter Period shall be thirty-six months from delivery of the Vessel, with a further period of twelve months at the Charterers' option.")).toEqual([["at the Charterers' option", 'Owners']]);
    expect(options("Hire shall be paid in US Dollars or, at the Owners’ sole option, in Euro.")).toEqual([['at the Owners’ sole option', 'Charterers']]);
    // near misses: an option each party holds, and the option a party has under its own plan
    expect(options("Hire shall be paid in US Dollars or, at each Party's option, in Euro.")).toEqual([]);
    expect(options('The Charterers may buy the Vessel under the Option Agreement.')).toEqual([]);
  });
});
