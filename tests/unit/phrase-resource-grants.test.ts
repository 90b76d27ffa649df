import { describe, expect, it } from 'vitest';
import { clauseFindings } from '../support/clause-findings.js';

/**
 * Resources and land passing in words the ownership rules had not read: output offered to one
 * buyer before all others, a resource concession granted or renewed, a transfer of ownership
 * among words of resources, land plots, an exclusive right to extract in Ukrainian, a party's
 * entire interest acquired, and facilities put at another's use. Clauses written here.
 */

const VENTURE = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Tarn Minerals LLC (the "Investor") and the State Geological Enterprise (the "State Partner").';
const HOST = 'HOST COUNTRY AGREEMENT\n\nbetween the Republic of Poland and the United States of America.';

/** The ownership rules that fire on the one clause. */
function ownership(head: string, text: string): string[] {
  return clauseFindings(head, text)
    .filter((f) => f.category === 'ownership')
    .map((f) => f.rule);
}

describe('resources passing in other words', () => {
  it('the output offered to one buyer "before any other purchaser"', () => {
    expect(ownership(VENTURE, 'The JV Company shall offer to the Investor, before any other purchaser, the whole of the rare-earth concentrate produced.')).toEqual(['resource-title-passes']);
    // near miss: a report offered before any other business, no resource
    expect(ownership(VENTURE, 'The Chair shall offer to the Investor, before any other business, the floor at each meeting.')).toEqual([]);
  });

  it('a resource concession granted or renewed, and a concession of no resource', () => {
    expect(ownership(VENTURE, 'The Mining Concession is granted for a term of forty years.')).toEqual(['resource-title-passes']);
    expect(ownership(VENTURE, 'The special permit for subsoil use shall be automatically extended until the deposit is depleted.')).toContain('resource-title-passes');
    expect(ownership(VENTURE, 'The catering concession is granted for two years.')).toEqual([]);
  });

  it('a transfer of ownership among words of resources, and of goods alone', () => {
    expect(ownership(VENTURE, 'The State Partner shall contribute to the Fund, by way of transfer of ownership, its shares in the State-owned enterprises listed in Annex B, including the enterprises that extract oil.')).toEqual(['resource-title-passes']);
    expect(ownership(VENTURE, 'The transfer of ownership of the spare parts shall take place on delivery.')).toEqual([]);
  });

  it('ownership of land plots transferred', () => {
    expect(ownership(VENTURE, 'The State Partner shall transfer to the Investor, free of charge, ownership of the Adjacent Plots.')).toEqual(['resource-title-passes']);
  });

  it('an exclusive right to explore and extract, in Ukrainian', () => {
    expect(ownership(VENTURE, 'Держава надає Інвестору виключне право на геологічне вивчення та видобування літію.')).toEqual(['resource-title-passes']);
    // near miss: an exclusive right to publish a report
    expect(ownership(VENTURE, 'Інвестор має виключне право на публікацію звіту.')).toEqual([]);
  });

  it('a party\'s entire interest acquired', () => {
    expect(ownership(VENTURE, "The Investor may acquire the State Partner's entire interest in the JV Company.")).toEqual(['stake-held']);
    expect(ownership(VENTURE, 'The Investor may acquire the entire stock of office supplies in the JV Company.')).toEqual([]);
  });

  it('facilities put at another\'s use', () => {
    expect(ownership(HOST, 'United States forces shall have unimpeded access to and use of the Agreed Facilities and Areas.')).toEqual(['use-rights-granted']);
    expect(ownership(HOST, 'The Republic of Poland shall make available to the United States, for its exclusive use, the Agreed Military Installations.')).toEqual(['use-rights-granted']);
    // near miss: a report made available
    expect(ownership(HOST, 'The Republic of Poland shall make available to the United States the annual report on the installations.')).toEqual([]);
  });
});

describe('resources passing, named as a noun', () => {
  it('"the transfer of any deposit", permits "to be transferred", ownership of land "acquired"', () => {
    expect(ownership(VENTURE, 'The Parties acknowledge that the transfer of any deposit of national significance to the JV Company requires the consent of the Verkhovna Rada.')).toEqual(['resource-title-passes']);
    expect(ownership(VENTURE, 'The State Partner shall propose the laws needed so as to permit the special permits for the Listed Deposits to be transferred to the JV Company.')).toEqual(['resource-title-passes']);
    expect(ownership(VENTURE, 'The State Partner shall permit the Investor to acquire ownership of agricultural land in the Region.')).toEqual(['resource-title-passes']);
  });

  it('near misses: a transfer that may happen, or the occasion of a fee, passes nothing', () => {
    expect(ownership(VENTURE, 'The Investor shall notify the State Partner promptly after any surrender or transfer of the Mining Licence.')).toEqual([]);
    expect(ownership(VENTURE, 'All stamp duties payable on the transfer of the Licence shall be paid by the Investor.')).toEqual([]);
  });
});
