import { describe, expect, it } from 'vitest';
import { partiesOf, resolveParty } from '../../src/concerns/parties.js';
import { draft } from '../support/stance-readings.js';

/**
 * Openings that name their parties with a company's register number between the name and its
 * short form, with the office after the name and no comma, by a letter and a colon ("Party A:"),
 * as a pair of states followed by an unbracketed plural, a consumer described after a comma and
 * "by", or after the side it stands on ("of the other part"). Openings written here.
 */

describe('a register number between a name and its short form', () => {
  it('"Fenwick Yards Limited (company no. 05512093) (the "Landlord")" names the Landlord', () => {
    const version = draft('LEASE OF STORE 2, MILL LANE\n\nTHIS LEASE is made on 3 March 2025 BETWEEN Fenwick Yards Limited (company no. 05512093) (the "Landlord") and Orrin Bicycles Ltd (company no. 10044218) (the "Tenant").', 'The Tenant shall pay the rent.');
    expect(partiesOf(version)).toEqual(['Landlord', 'Tenant']);
    expect(resolveParty(version, 'Fenwick Yards Limited')).toBe('Landlord');
    expect(resolveParty(version, 'Orrin Bicycles Ltd')).toBe('Tenant');
  });

  it('so does one with the office after the number and no comma, in capitals, and an Australian number', () => {
    const deed = draft('LEASE\n\nTHIS DEED is made BETWEEN (1) GARNET WHARF LIMITED (company number 03310457) whose registered office is at 4 Dock Road, Hull (the "Landlord") and (2) TALLOW & WICK LTD (company number 11203344) (the "Tenant").', 'The Tenant shall pay the rent.');
    expect(partiesOf(deed)).toEqual(['Landlord', 'Tenant']);
    expect(resolveParty(deed, 'Garnet Wharf Limited')).toBe('Landlord');
    const offtake = draft('OFFTAKE AGREEMENT\n\nThis Agreement is made between Pindan Ridge Mining Pty Ltd (ACN 604 118 223) (the "Seller") and Haeyang Metals Co., Ltd. (the "Buyer").', 'The Buyer shall take the ore.');
    expect(partiesOf(offtake)).toEqual(['Seller', 'Buyer']);
  });

  it('near miss: a bracket with no number in it still ends the name ("(a charity)")', () => {
    const version = draft('GRANT AGREEMENT\n\nThis Agreement is made between the Fund (a charity) (the "Funder") and Wrenfield Arts Ltd (the "Grantee").', 'The Grantee shall report.');
    expect(resolveParty(version, 'the Fund')).toBeNull();
  });
});

describe('persons named together and bound together', () => {
  it('"A and B, jointly and severally (together the "Tenant")": the Tenant is one party, named by the last', () => {
    const version = draft('TENANCY AGREEMENT\n\nThis agreement is made between Mabel Orchard of 2 Elm Row, Leek (the "Landlord") and Piotr Sadowski and Nia Sadowski, jointly and severally (together the "Tenant").', 'The Tenant shall pay the rent.');
    expect(partiesOf(version)).toEqual(['Landlord', 'Tenant']);
    expect(resolveParty(version, 'Nia Sadowski')).toBe('Tenant');
  });
});

describe('parties named by a letter and a colon', () => {
  it('"by and between Party A: ..., and Party B: ..." names Party A and Party B with their names', () => {
    const version = draft('CONTRACT FOR A JOINT VENTURE\n\nThis Contract is signed in Xiamen by and between Party A: Minjiang Valve Works Co., Ltd., a company incorporated in the People\u2019s Republic of China, and Party B: Tervo Flow Oy, a company incorporated in Finland.', 'Party B shall contribute the technology.');
    expect(partiesOf(version)).toEqual(['Party A', 'Party B']);
    expect(resolveParty(version, 'Tervo Flow Oy')).toBe('Party B');
  });

  it('and with no word of agreeing before them, each on its own sentence', () => {
    const version = draft('EQUITY JOINT VENTURE CONTRACT\n\nParty A: Longhai Cable Co., Ltd., a company incorporated in Fuzhou. Party B: Brandvik Kabel AS, a company incorporated in Bergen. Party A and Party B are each referred to as a "Party".', 'Party A shall contribute the land.');
    expect(partiesOf(version)).toEqual(['Party A', 'Party B']);
  });

  it('near miss: one letter alone, or labels that are not parties ("Address:"), name no parties', () => {
    expect(partiesOf(draft('NOTICE\n\nParty A: Longhai Cable Co., Ltd.\nAddress: 8 Harbour Road, Fuzhou', 'Party A shall pay.'))).not.toContain('Party A');
  });
});

describe('two states and the plural they are called by, with no bracket', () => {
  it('"Ukraine and the Kingdom of Ostmark, hereinafter referred to as "the Participants"": the two states are the parties', () => {
    const version = draft('AGREEMENT ON LONG-TERM SUPPORT BETWEEN UKRAINE AND THE GRAND DUCHY OF VELLMARK\n\nUkraine and the Grand Duchy of Vellmark, hereinafter referred to as "the Participants", reaffirming their commitment to peace, have decided as follows:', 'Vellmark shall provide assistance.');
    expect(partiesOf(version)).toEqual(['Ukraine', 'Grand Duchy of Vellmark']);
    expect(resolveParty(version, 'Vellmark')).toBe('Grand Duchy of Vellmark');
  });

  it('near miss: two companies called together by a plural stay one party', () => {
    const version = draft('SERVICES AGREEMENT\n\nThis Agreement is made between Alder Ltd and Birch Ltd, hereinafter referred to as "the Clients", and Cedar LLP (the "Adviser").', 'The Adviser shall advise.');
    expect(partiesOf(version)).not.toContain('Alder Ltd');
  });
});

describe('a consumer described after the trader, with "by"', () => {
  it('"made with Ruth Ames (the "Owner"), by the person making the booking (the "Guest")": both are parties, the Guest the reader', () => {
    const version = draft('HOLIDAY LETTING TERMS\n\nThese terms apply to every booking made with Ruth Ames, trading as Fellside Barns (the "Owner"), by the person making the booking (the "Guest").', 'If you cancel, we will refund the deposit.');
    expect(partiesOf(version)).toEqual(['Owner', 'Guest']);
    expect(resolveParty(version, 'you')).toBe('Guest');
    expect(resolveParty(version, 'we')).toBe('Owner');
  });
});

describe('the side a civil-law opening names before the party', () => {
  it('"and, of the other part, Clinica Norte, S.A., represented by its Board (hereinafter the "Site")" names the Site', () => {
    const version = draft('CLINICAL TRIAL AGREEMENT\n\nBY AND BETWEEN, of the one part, Velox Pharma SAS, represented by Ms Ana Duret (hereinafter the "Sponsor"), and, of the other part, Clinica Norte, S.A., represented by its Board of Directors (hereinafter the "Site"),', 'The Sponsor shall pay the fees.');
    expect(partiesOf(version)).toEqual(['Sponsor', 'Site']);
    expect(resolveParty(version, 'Clinica Norte')).toBe('Site');
  });

  it('near miss: words that name no side before a name are still no part of it', () => {
    const version = draft('AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and, for the avoidance of doubt, Birch Ltd (the "Buyer").', 'The Buyer shall pay.');
    expect(resolveParty(version, 'for the avoidance of doubt')).toBeNull();
  });
});

describe('the second party described in lower case, or named together without a bracket', () => {
  it('"between Fenmoor Stores Ltd (the "Store") and the grower named overleaf (the "Grower")" names the Grower', () => {
    const version = draft('STORAGE TERMS\n\nThese terms are between Fenmoor Stores Ltd (the "Store") and the grower named overleaf (the "Grower").', 'The Store shall keep the crop dry.');
    expect(partiesOf(version)).toEqual(['Store', 'Grower']);
  });

  it('"and Mr Ivo Brandt and Ms Lena Roth, together the "Client"" names the Client', () => {
    expect(partiesOf(draft('CATERING CONTRACT\n\nThis Contract is made between Sorrel Kitchen Ltd (the "Caterer") and Mr Ivo Brandt and Ms Lena Roth, together the "Client".', 'The Caterer shall serve.'))).toEqual(['Caterer', 'Client']);
  });

  it('near miss: a thing described after "and" beside a second party already read is no third party', () => {
    const version = draft('SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Seller") and Birch Ltd (the "Buyer") and the goods listed in Schedule 1 (the "Goods").', 'The Seller shall deliver the Goods.');
    expect(partiesOf(version)).toEqual(['Seller', 'Buyer']);
  });
});

describe('short forms given "respectively", and states named by their ministries', () => {
  it('"hereinafter referred to as "Dalvik" and "Morrow" respectively" names each state by its own short form', () => {
    const version = draft('AGREEMENT ON DEFENCE COOPERATION\n\nThe Republic of Dalvik and the Kingdom of Morrow, hereinafter referred to as "Dalvik" and "Morrow" respectively and jointly as "the Parties", have agreed as follows:', 'Dalvik shall host the exercises.');
    expect(partiesOf(version)).toEqual(['Dalvik', 'Morrow']);
    expect(resolveParty(version, 'Kingdom of Morrow')).toBe('Morrow');
  });

  it('"(the "Host State" and the "Sending State" respectively)" after two Governments renames each', () => {
    const version = draft('AGREEMENT ON DEFENCE FACILITIES\n\nThe Government of the Republic of Tarn and the Government of the Kingdom of Esk (the "Host State" and the "Sending State" respectively) have agreed as follows:', 'The Sending State shall pay.');
    expect(partiesOf(version)).toEqual(['Host State', 'Sending State']);
    expect(resolveParty(version, 'Republic of Tarn')).toBe('Host State');
  });

  it('two ministries called together by a plural are their states', () => {
    const version = draft('ARRANGEMENT\n\nThe Ministry of Defence of the Republic of Tarn and the Federal Ministry of Defence of the Federal Republic of Esk (the "Participants") have reached the following understanding:', 'x');
    expect(partiesOf(version)).toEqual(['Republic of Tarn', 'Federal Republic of Esk']);
  });

  it('near miss: two companies called together by a plural stay no parties of their own', () => {
    const version = draft('ARRANGEMENT\n\nAlder Ltd and Birch Ltd (the "Participants") have reached the following understanding:', 'x');
    expect(partiesOf(version)).not.toContain('Alder Ltd');
  });
});


describe('a short form after "hereinafter" and a dash, as contracts drafted in Ukraine give it', () => {
  const head =
    'SUPPLY CONTRACT No. 4/25\n\nLimited Liability Company "Teplomerezha Servis" (hereinafter – the "Supplier"), represented by Director Andrii Koval, acting on the basis of the Charter, on the one hand, and Municipal Enterprise "Misky Vodokanal" (hereinafter – the "Customer"), represented by General Director Olena Hrytsenko, on the other hand (hereinafter jointly – the "Parties"), have concluded this Contract as follows:';

  it('names the Supplier and the Customer, and "the Parties" is both of them, no third', () => {
    const version = draft(head, 'The Customer shall pay the Supplier within ten banking days.');
    expect(partiesOf(version)).toEqual(['Supplier', 'Customer']);
  });

  it('near miss: a dash with no "hereinafter" before the quoted words gives no short form', () => {
    const version = draft('SUPPLY CONTRACT\n\nLimited Liability Company "Teplomerezha Servis" – a supplier of heat meters – sells to all buyers.', 'The Supplier shall deliver.');
    expect(partiesOf(version)).toEqual([]);
  });
});
