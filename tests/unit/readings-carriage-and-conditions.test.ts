import { describe, expect, it } from 'vitest';
import { compareVersions } from '../../src/compare/compare.js';
import { findingsOfVersion, withFindings } from '../../src/concerns/analyze.js';
import { figuresOf } from '../../src/concerns/figures.js';
import { partiesOf } from '../../src/concerns/parties.js';
import { payerByRole } from '../../src/concerns/roles.js';
import { parseVersion } from '../../src/parse/parse.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * A bill of lading's carrier and merchant; costs said as borne by a party or at its expense; a say
 * put on a power that stays; a consent said not to be needed; a request that is no burden; a
 * condition said again with a word of its term; conditions hung on a duty past a list's commas;
 * a cap of each party made one party's; a body the parties set up; role labels of a term sheet;
 * excerpts that open with their parties numbered "(1)" and "(2)". Openings and clauses written here.
 */

const CARRIAGE =
  'SEA WAYBILL - CONDITIONS OF CARRIAGE\nWaybill No. OSL-2291, issued at Oslo on 3 May 2026 by FJORDLINK CARRIERS AS, of Kaiveien 9, Oslo (the "Carrier"), to BRAMLEY TIMBER LTD, as shipper, which together with any consignee, holder or receiver of the Goods is referred to as the "Merchant".';
const LICENCE = 'SOFTWARE LICENCE\nThis Licence is made between Quillon Systems Ltd (the "Licensor") and Harrowgate Clinics plc (the "Licensee").';
const TREATY = 'TREATY ON EXTRADITION\nThe Republic of Ostvar ("Ostvar") and the Kingdom of Pellmark ("Pellmark") have agreed as follows.';
const SERVICES = 'SERVICES AGREEMENT\nThis Agreement is made between the Ministry of Health of the Republic of Varna (the "Ministry") and Lindqvist Diagnostics AB (the "Contractor").';

describe('a bill of lading issued by its carrier to the merchant', () => {
  it('"issued at Oslo on 3 May 2026 by X (the "Carrier"), to Y, ... referred to as the "Merchant"" names both parties', () => {
    expect(partiesOf(draft(CARRIAGE, 'The Merchant shall pay freight.'))).toEqual(['Carrier', 'Merchant']);
  });

  it('a cost "borne by the Carrier" turned "at the risk and expense of the Merchant" is the Carrier\'s gain', () => {
    const before = 'The Carrier may tranship the Goods at any port, the cost of such transhipment being borne by the Carrier.';
    const after = 'The Carrier may tranship the Goods at any port, and any such transhipment shall be at the risk and expense of the Merchant.';
    expect(only(changeStance(CARRIAGE, before, after, 'Carrier'), 'concern-changed').map(([, s]) => s)).toEqual(['favour']);
    expect(only(changeStance(CARRIAGE, before, after, 'Merchant'), 'concern-changed').map(([, s]) => s)).toEqual(['against']);
  });

  it('near miss: a cost "at the expense of" a thing, a figure of speech, is no money owed', () => {
    const v = draft(CARRIAGE, 'The Carrier shall give priority to the safety of the crew, if need be at the expense of the schedule.');
    expect(findingsOfVersion(v, 'single').filter((f) => f.category === 'financial')).toEqual([]);
  });

  it('an exception for the Carrier\'s own negligence, hung on the Merchant\'s indemnity past its list\'s commas, spares the Merchant', () => {
    const indemnity = 'The Merchant shall indemnify the Carrier against all loss, damage, fines and expenses arising from any error in the particulars of the Goods';
    const stances = changeStance(CARRIAGE, `${indemnity}.`, `${indemnity}, save to the extent caused by the negligence of the Carrier.`, 'Merchant');
    expect(only(stances, 'term-qualified').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('a say put on a power that stays', () => {
  it('"as the Licensor may in its discretion determine" is one party\'s determination', () => {
    const v = draft(LICENCE, 'The Licensor may increase the Fees once a year by such percentage, not exceeding eight per cent, as the Licensor may in its discretion determine.');
    expect(findingsOfVersion(v, 'single').map((f) => f.rule)).toContain('unilateral-request');
  });

  it('put beside the power to raise the fees, it appears as a one-sided term against the Licensee', () => {
    const before = 'The Licensor may increase the Fees once a year by a percentage not exceeding the rise in the Index over the preceding twelve months.';
    const after = 'The Licensor may increase the Fees once a year by such percentage, not exceeding eight per cent, as the Licensor may in its discretion determine.';
    const stances = changeStance(LICENCE, before, after, 'Licensee');
    expect(only(stances, 'concern-appears').map(([, s]) => s)).toEqual(['against']);
    // (the months the index was measured over, taken out, give or cost no one)
    expect(only(stances, 'figure-changed').map(([, s]) => s)).toEqual(['neutral']);
  });

  it('near miss: the power only said more strongly on its own words ("at any time") appears as nothing new', () => {
    const stances = changeStance(LICENCE, 'The Licensor may terminate this Licence by written notice.', 'The Licensor may terminate this Licence at any time by written notice.', 'Licensee');
    expect(only(stances, 'concern-appears')).toEqual([]);
  });
});

describe('a say said not to be needed, and one asked for', () => {
  const speciality = 'A person surrendered shall not be tried for any other offence committed before surrender unless the Requested State consents';

  it('"without the prior consent in writing of the Ministry" is the Ministry\'s say, as "prior written consent" is: reworded, nothing goes', () => {
    const before = 'The Contractor may not assign any of its rights under this Agreement without the prior written consent of the Ministry.';
    const after = 'The Contractor shall not assign any of its rights under this Agreement without the prior consent in writing of the Ministry.';
    expect(findingsOfVersion(draft(SERVICES, after), 'single').map((f) => f.rule)).toContain('consent-veto');
    expect(changeStance(SERVICES, before, after, 'Ministry')).toEqual([]);
  });

  it('"the consent of Pellmark shall not be required" frees Ostvar of Pellmark\'s say: Ostvar\'s gain', () => {
    const stances = changeStance(TREATY, `${speciality}.`, `${speciality}; provided that the consent of Pellmark shall not be required for proceedings in Ostvar for any offence disclosed by the facts of the request.`, 'Ostvar');
    expect(stances.map(([, s]) => s)).toContain('favour');
    expect(stances.map(([, s]) => s)).not.toContain('against');
  });

  it('arbitration "at the request of Ostvar" is Ostvar\'s say, and the forum weighs on no one for it', () => {
    const article = (text: string) => parseVersion(`${TREATY}\n\nArticle 24\nSettlement of Disputes\n${text}`);
    const before = 'Any dispute concerning the interpretation or application of this Treaty shall be settled by negotiation through the diplomatic channel.';
    const after = 'Any dispute concerning the interpretation or application of this Treaty which is not settled by negotiation within six months shall, at the request of Ostvar, be submitted to an arbitral tribunal of three members, whose award shall be final and binding.';
    const findings = withFindings(compareVersions(article(before), article(after)), { we: 'Ostvar' }).findings.filter((f) => f.level === 'change');
    expect(findings.filter((f) => f.category === 'governing-law').map((f) => f.stance)).toEqual(['neutral']);
    expect(findings.filter((f) => f.category === 'one-sided').map((f) => f.stance)).toEqual(['favour']);
  });
});

describe('a condition said again, or only moved', () => {
  it('"except as required by law" → "Except where disclosure is required by law, ..." qualifies nothing anew', () => {
    const before = 'The Contractor shall hold all Patient Data in confidence and shall not disclose it to any third party except as required by law.';
    const after = 'Except where disclosure is required by law, the Contractor shall keep all Patient Data confidential and shall not disclose it to any third party.';
    expect(only(changeStance(SERVICES, before, after, 'Ministry'), 'term-qualified')).toEqual([]);
  });

  it('near miss: a word more that is no word of the term ("material") still narrows', () => {
    const before = 'The Ministry may terminate this Agreement by notice if the Contractor is in breach of it.';
    const after = 'The Ministry may terminate this Agreement by notice only if the Contractor is in material breach of it.';
    expect(changeStance(SERVICES, before, after, 'Ministry').map(([, s]) => s)).toContain('against');
  });
});

describe('a subject with an aside in brackets, and an option given further', () => {
  const LEASE = 'LEASE\nThis Lease is made between Corrin Estates Limited (the "Lessor") and Tallis Freight Limited (the "Lessee").';

  it('"The Lessee (but not the Lessor) may determine this Lease" is the Lessee\'s right', () => {
    expect(holders(LEASE, 'The Lessee (but not the Lessor) may determine this Lease on the fifth anniversary.')).toEqual([['Lessee', 'right']]);
  });

  it('an exit that either party had, now the Lessee\'s alone, costs the Lessor', () => {
    const stances = changeStance(LEASE, 'Either party may determine this Lease on the fifth anniversary.', 'The Lessee (but not the Lessor) may determine this Lease on the fifth anniversary.', 'Lessor');
    expect(stances.map(([, s]) => s)).toContain('against');
    expect(stances.map(([, s]) => s)).not.toContain('favour');
  });

  it('"shall further have the option ... to extend" is a right, not a duty', () => {
    const head = 'TIME CHARTER\nThis Charter is made between Solvik Shipping AS (the "Owners") and Larch Grain SA (the "Charterers").';
    expect(holders(head, 'The Charterers shall further have the option, to be declared not later than sixty days before expiry, to extend this Charter for one further year.')).toEqual([['Charterers', 'right']]);
  });
});

describe('costs and caps read for whom they are', () => {
  const PIPELINE = 'HOST GOVERNMENT AGREEMENT\nThis Agreement is made between the Republic of Tessaly (the "State") and Orrin Pipeline Company S.A. (the "Project Company").';

  it('a protection deployed "at the cost of the Project Company" was the State\'s cost "at its own cost": the State gains, and the commitment is as firm', () => {
    const before = 'The State shall, at its own cost, deploy such police forces as may be reasonably necessary to protect the Pipeline.';
    const after = 'The State shall deploy such police forces as may be reasonably necessary to protect the Pipeline, at the cost of the Project Company, which shall reimburse the State within thirty days.';
    const findings = withFindings(compareVersions(draft(PIPELINE, before), draft(PIPELINE, after)), { we: 'State' }).findings.filter((f) => f.level === 'change');
    expect(findings.filter((f) => f.category === 'financial').map((f) => f.stance)).toEqual(['favour']);
    expect(findings.filter((f) => f.category === 'security').map((f) => f.stance)).toEqual(['neutral']);
  });

  it('"shall bear all costs of" and "All costs of ... shall be borne by" say one thing', () => {
    const before = 'The Project Company shall bear all costs of the construction and operation of the Pipeline.';
    const after = 'All costs of constructing and operating the Pipeline shall be borne by the Project Company.';
    expect(changeStance(PIPELINE, before, after, 'State').filter(([rule]) => rule === 'concern-appears')).toEqual([]);
    // (and with a long list between the costs and who bears them)
    const listed = 'All costs of the design, construction, commissioning, operation, maintenance and decommissioning of the Pipeline shall be borne by the Project Company.';
    expect(changeStance(PIPELINE, 'The Project Company shall bear all costs of the design, construction, commissioning, operation, maintenance and decommissioning of the Pipeline.', listed, 'State')).toEqual([]);
  });

  it('a cap on the liability of each party made a cap of one is that one\'s gain', () => {
    const head = 'OPERATING AGREEMENT\nThis Agreement is made between Norvik Grid AS ("Norvik") and Easton Transmission plc ("Easton").';
    const before = 'The total liability of each Party to the other under this Agreement shall not exceed EUR 5,000,000 in any year.';
    const after = 'The total liability of Easton to Norvik under this Agreement shall not exceed EUR 5,000,000 in any year. The liability of Norvik shall not be limited.';
    expect(changeStance(head, before, after, 'Easton').map(([, s]) => s)).toContain('favour');
    expect(changeStance(head, before, after, 'Norvik').map(([, s]) => s)).toContain('against');
  });

  it('a sum "now paid by the Grantee to the Grantor" for what the Grantor grants is received by the Grantor', () => {
    const head = 'DEED OF GRANT OF EASEMENT\nThis Deed is made between Hugh Ambler (the "Grantor") and Westfold Gas Limited (the "Grantee").';
    const grant = 'IN consideration of the sum of TWENTY THOUSAND POUNDS (£20,000) now paid by the Grantee to the Grantor the Grantor HEREBY GRANTS unto the Grantee the right to lay a pipeline under the Strip.';
    expect(weights(head, grant)[0]![1]).toMatchObject({ party: 'Grantor', rise: 'benefit' });
  });

  it('a term sheet\'s role labels ("Seller: ... ("KPG")") say who pays the price', () => {
    const head = 'TERM SHEET\nParties:\nSeller: Kessel Power Generation J.S.C., a company of the Republic of Kessel ("KPG")\nBuyer: Lorne Electricity Board, a statutory body of Lorne ("LEB")';
    expect(payerByRole(draft(head, 'Energy charge: EUR 58.90/MWh.'))).toBe('LEB');
    // near miss: a label that names no role gives none
    const plain = 'TERM SHEET\nParties:\nFirst: Kessel Power Generation J.S.C. ("KPG")\nSecond: Lorne Electricity Board ("LEB")';
    expect(payerByRole(draft(plain, 'Energy charge: EUR 58.90/MWh.'))).toBeNull();
  });
});

describe('immunity carved out for property used for military purposes', () => {
  it('is a term on immunity, no commitment about security; near miss: a base used for military purposes still is one', () => {
    const head = 'LOAN AGREEMENT\nThis Agreement is made between the Republic of Tessaly (the "Borrower") and Norfjord Bank ASA (the "Lender").';
    const waiver = draft(head, 'The Borrower shall not claim any immunity from suit or execution, save in respect of property used for diplomatic, consular or military purposes.');
    expect(findingsOfVersion(waiver, 'single').filter((f) => f.category === 'security')).toEqual([]);
    const base = draft(head, 'The Borrower may use the airfield at Kessel for military purposes.');
    expect(findingsOfVersion(base, 'single').filter((f) => f.category === 'security').length).toBeGreaterThan(0);
  });
});

describe('a state named in capitals', () => {
  const HGA = 'HOST GOVERNMENT AGREEMENT\nBETWEEN:\n(1) THE GOVERNMENT OF THE FEDERAL REPUBLIC OF VESSARIA, acting through the Ministry of Energy (the "State"); and\n(2) ORRIN PIPELINE COMPANY S.A., a company of Luxembourg (the "Project Company").';

  it('"THE GOVERNMENT OF THE FEDERAL REPUBLIC OF VESSARIA, acting through ..." is at home in the laws of Vessaria', () => {
    const stances = changeStance(HGA, 'This Agreement shall be governed by English law.', 'This Agreement shall be governed by the laws of the Federal Republic of Vessaria.', 'State');
    expect(only(stances, 'forum-moved').map(([, s]) => s)).toEqual(['favour']);
  });
});

describe('openings that describe one party before naming the next', () => {
  it('"the Government of Varna, represented by its Ministry of Economy, and the Government of Orrin (the "Orrin Side")": Varna\'s name stays Varna\'s', () => {
    const head = 'FRAMEWORK AGREEMENT\nThis Agreement is concluded between the Government of Varna, represented by the Ministry of Economy of Varna, and the Government of the Republic of Orrin (the "Orrin Side"), represented by its Export Bank, together the "Parties".';
    const v = draft(head, 'Varna shall inform the Orrin Side of any tender.');
    expect(partiesOf(v)).toEqual(['Varna', 'Orrin Side']);
    const stance = withFindings(compareVersions(draft(head, 'The Government of Varna shall grant to the Orrin Side a right of first offer in respect of any tender for licences.'), draft(head, 'The Government of Varna shall inform the Orrin Side of any tender for licences.')), { we: 'Government of Varna' }).findings.filter((f) => f.level === 'change').map((f) => f.stance);
    expect(stance).toContain('favour');
    expect(stance).not.toContain('against');
  });
});

describe('sums counted in time, and who pays by role', () => {
  const COLOCATION = 'COLOCATION AGREEMENT\nThis Agreement is made between Norrland Data Centres AB ("Provider") and Estwick Bank plc ("Customer").';

  it('a deposit of "three (3) months\' Monthly Recurring Charges" cut to one month\'s spares the Customer who puts it up', () => {
    const deposit = (months: string) => `Prior to the Service Commencement Date, Customer shall deposit with Provider an amount equal to ${months} Monthly Recurring Charges as security for Customer's obligations.`;
    expect(only(changeStance(COLOCATION, deposit("three (3) months'"), deposit("one (1) month's"), 'Customer'), 'figure-changed')).toEqual([['figure-changed', 'favour']]);
  });

  it('a sum under a code of its own, its currency named in brackets as "lire", is a sum: a higher fee costs the Licensee', () => {
    const head = 'SPECTRUM LICENCE\nThis Licence is granted by the Communications Authority of Velmora (the "Authority") to Oriel Mobile S.p.A. (the "Licensee").';
    const fee = (sum: string) => `The Licensee shall pay to the Authority an annual spectrum fee of ${sum} for each MHz of Licensed Spectrum.`;
    expect(weights(head, fee('VEL 900,000 (nine hundred thousand Velmoran lire)')).map(([text]) => text)).toContain('VEL 900,000');
    expect(only(changeStance(head, fee('VEL 900,000 (nine hundred thousand Velmoran lire)'), fee('VEL 1,100,000 (one million one hundred thousand Velmoran lire)'), 'Licensee'), 'figure-changed')).toEqual([['figure-changed', 'against']]);
    // near miss: a word that only begins like a currency ("levels") is no sum
    expect(figuresOf('The Licensee shall keep emissions below 5 levels of the scale.').filter((f) => f.kind === 'amount')).toEqual([]);
  });

  it('an MVNO pays its host operator; an operator pays the tower company', () => {
    const mvno = 'WHOLESALE ACCESS AGREEMENT\nThis Agreement is made between Kestrel Mobile plc (the "Host Operator") and Skylark Connect Ltd (the "MVNO").';
    expect(payerByRole(draft(mvno, 'The wholesale price shall be the retail price less a discount of 30%.'))).toBe('MVNO');
    const towers = 'MASTER LEASE AGREEMENT\nThis Agreement is made between Highmast Towers Ltd (the "Tower Company") and Ondo Telecom plc (the "Operator").';
    expect(payerByRole(draft(towers, 'The site fee shall be KES 1,000,000 per year.'))).toBe('Operator');
  });
});

describe('bodies the parties set up, and excerpts that open with their parties numbered', () => {
  it('"have agreed to set up a joint investigation team ("the JIT")" names no third party, though the team acts', () => {
    const head = 'AGREEMENT ON A JOINT INVESTIGATION TEAM\nThe Public Prosecutor of Ostvar ("PPO") and the Crown Office of Pellmark ("PCO"), hereinafter "the Parties", have agreed to set up a joint investigation team ("the JIT") as follows.';
    expect(partiesOf(draft(head, 'The JIT shall operate for twelve months. It may be extended only with the written consent of the PPO.'))).toEqual(['PPO', 'PCO']);
  });

  it('"8. Minimum Throughput" after parties numbered "(1)" and "(2)" opens a clause of its own', () => {
    const v = parseVersion('TERMINAL AGREEMENT made BETWEEN:\n\n(1) HARBOUR TERMINALS PTE. LTD., a company of Singapore (the "Operator"); and\n\n(2) SOUTHERN LINES LIMITED, a company of Malta (the "Line").\n\n8. Minimum Throughput\n8.1 The Line guarantees a minimum throughput of 90,000 TEU in each year.\n8.2 The Line shall pay USD 40 for each TEU of any shortfall.');
    expect(v.clauses.map((c) => c.number)).toEqual([null, '(1)', '(2)', '8.', '8.1', '8.2']);
    // ("PTE." inside a company's name ends no heading)
    expect(v.clauses[2]!.heading ?? null).toBeNull();
  });

  it('"Article 22", its title, then "2. This Agreement ..." keeps the title as the article\'s heading', () => {
    const v = parseVersion('TREATY\n\nArticle 22\nEntry into Force\n2. This Agreement shall enter into force on the thirtieth day after signature.');
    expect(v.clauses.at(-1)!.heading).toBe('Entry into Force');
  });

  it('near miss: a Roman item after "i." under a clause still nests as before', () => {
    const v = parseVersion('3.1 The Licensee shall provide:\n\ni. reports;\n\nii. data.');
    expect(v.clauses.map((c) => c.number)).toEqual(['3.1', 'i.', 'ii.']);
  });
});
