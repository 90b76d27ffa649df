import { describe, expect, it } from 'vitest';
import { forumsIn, homesOf } from '../../src/concerns/forum.js';
import { changeStance, draft } from '../support/stance-readings.js';

/**
 * Homes read from how an opening describes a party (the place after its name, the register it is
 * entered in, the town it lives in, a legal form of one country) and courts named by the place
 * they serve or by their own name. Openings and clauses written here.
 */

const home = (head: string, place: string) => homesOf(place, draft(head, 'The Seller shall deliver.'));
const GRAIN = 'CONTRACT FOR THE SALE OF FEED BARLEY\n\nThis Contract is made between Lemanic Grain SA, Lausanne (hereinafter the "Seller") and Tisza Mills Kft., Debrecen (hereinafter the "Buyer").';
const FRENCH = 'SERVICES CONTRACT\n\nBETWEEN THE UNDERSIGNED: Maison Ocre SARL, a limited liability company, registered with the Nantes Trade and Companies Register under number 512 998 301, hereinafter "the Provider", of the first part, AND Ms Lea Morel, residing at 4 rue Basse, 44100 Rezé, hereinafter "the Client", of the second part, IT HAS BEEN AGREED AS FOLLOWS:';

describe('a party\u2019s home from its description', () => {
  it('the place after its name and a comma ("Lemanic Grain SA, Lausanne")', () => {
    expect(home(GRAIN, 'Lausanne')).toEqual(['Seller']);
    expect(home(GRAIN, 'Debrecen, Hungary')).toEqual(['Buyer']);
  });

  it('the town of the register it is entered in, and the town a person\u2019s address ends in', () => {
    expect(home(FRENCH, 'Nantes')).toEqual(['Provider']);
    expect(home(FRENCH, 'Rezé')).toEqual(['Client']);
  });

  it('a legal form of one country: "Kft." is Hungarian, "Pte Ltd" of Singapore', () => {
    const head = 'AGREEMENT\n\nThis Agreement is made between Alder Kft. (the "Seller") and Birch Pte Ltd (the "Buyer").';
    expect(home(head, 'Budapest, Hungary')).toEqual(['Seller']);
    expect(home(head, 'the courts of Singapore')).toEqual(['Buyer']);
  });

  it('near miss: "a limited liability company" places no one, and a city named after a company leaves it the country of its form', () => {
    expect(home('AGREEMENT\n\nThis Agreement is made between Alder Ltd, a limited liability company (the "Seller") and Birch Inc. (the "Buyer").', 'Limited')).toEqual([]);
    expect(home('AGREEMENT\n\nThis Agreement is made between Hartwig Teile GmbH, Ulm, Germany (the "Supplier"), and Birch Motors Limited, Derby, England (the "Buyer").', 'German law')).toEqual(['Supplier']);
  });
});

describe('courts named by the place they serve or by their own name', () => {
  it('"the court having jurisdiction for the place of the Client\u2019s domicile" is the Client\u2019s home court', () => {
    const [forum] = forumsIn("Any dispute shall be submitted to the court having jurisdiction for the place of the Client's domicile.");
    expect(forum?.kind).toBe('courts');
    expect(homesOf(forum!.place, draft(FRENCH, 'x'))).toEqual(['Client']);
  });

  it('"the exclusive jurisdiction of the Tribunal de commerce de Nantes" is the Provider\u2019s', () => {
    const [forum] = forumsIn('Any dispute shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Nantes.');
    expect(forum).toMatchObject({ kind: 'courts', place: 'Tribunal de commerce de Nantes' });
    expect(homesOf(forum!.place, draft(FRENCH, 'x'))).toEqual(['Provider']);
  });

  it('so disputes moved from the Provider\u2019s court to the Client\u2019s are the Client\u2019s gain', () => {
    const before = 'Any dispute shall be submitted to the exclusive jurisdiction of the Tribunal de commerce de Nantes.';
    const after = "Any dispute shall be submitted to the court having jurisdiction for the place of the Client's domicile.";
    const client = changeStance(FRENCH, before, after, 'Client').map(([, stance]) => stance);
    expect(client).toContain('favour');
    expect(client).not.toContain('against');
  });

  it('near miss: a court named with no word that sends disputes to it is no forum', () => {
    expect(forumsIn('The Tribunal de commerce de Nantes keeps the register.')).toEqual([]);
  });
});
