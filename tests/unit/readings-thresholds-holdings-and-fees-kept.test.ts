import { describe, expect, it } from 'vitest';
import { partiesOf } from '../../src/concerns/parties.js';
import { changeStance, draft, holders, only, weights } from '../support/stance-readings.js';

/**
 * The amount past which a rate or a surcharge is paid; the holding a party must keep to keep a
 * right; a party's undertaking not to act for a period said with its modal first; a sum above
 * which a party's consent is needed, said before the consent; a cap put in on a right new to its
 * holder; a fee kept out of money handed over; a term sheet's "to retain"; a tax holiday; an
 * option's price spelled in capitals; a fee paid to leave; fees between a fund and its sponsor;
 * the company whose shares are sold, and a statute's subsections cited, in an opening; a state
 * named in a party's name; a security commitment taken away; the notice a party gives before it
 * acts, and how long a state must last before its right arises; a duty denied and a party's
 * measures put outside a protection; a guarantee given "hereby irrevocably and unconditionally";
 * an opening by "the undersigned"; a delivery moved to another Incoterms rule; the price of shares
 * a party subscribes for; time given to a party to act; rights reserved to a party out of a gift.
 * Openings and clauses written here.
 */

const LEASE = 'LEASE OF SHOP PREMISES\nThis Lease is made between Orwen Estates Limited (the "Landlord") and Holm Books Ltd (the "Tenant").';
const SUPPLY = 'STEEL SUPPLY AGREEMENT\nThis Agreement is made between Holm Steel AS (the "Seller") and Orwen Motors plc (the "Buyer").';
const VENTURE = 'SHAREHOLDERS\u2019 AGREEMENT\nThis Agreement is made between Tessel Holdings Ltd ("Tessel") and the Orwen Pension Fund ("Orwen").';
const INVESTMENT = 'INVESTMENT AGREEMENT\nThis Agreement is made between the Republic of Varna (the "State") and Holm Energy S.A. (the "Investor").';
const PROGRAMME = 'MEMORANDUM OF UNDERSTANDING\nThis Memorandum is made between the Holm Trust ("Holm") and the Orwen Foundation ("Orwen").';
const ESCROW = 'REVENUE ACCOUNT AGREEMENT\nThis Agreement is made between the Republic of Varna (the "Government") and Orwen Export Bank plc (the "Lender").';
const PARKING = 'PARKING SERVICES CONTRACT\nThis Contract is made between the City of Tessel (the "City") and Holm Parking Ltd (the "Contractor").';
const CHARTER = 'BAREBOAT CHARTER\nThis Charter is made between Holm Shipping AS (the "Owners") and Orwen Offshore Ltd (the "Charterers").';
const COINVEST = 'CO-INVESTMENT AGREEMENT\nThis Agreement is made between the Tessel Sovereign Fund (the "Fund") and Holm Capital Partners LLP (the "Sponsor").';
const CORRIDOR = 'JOINT DECLARATION\nThe Republic of Varna ("Varna") and the Kingdom of Osterholm ("Osterholm") have agreed as follows:';

const stancesOf = (list: (string | undefined)[][]) => list.map(([, stance]) => stance);
const weightOf = (head: string, text: string) => weights(head, text).map(([, weight]) => weight);

describe('the amount past which a rate or a surcharge is paid', () => {
  it('a breakpoint lowered in "five per cent of gross receipts in excess of" costs the Tenant', () => {
    const before = 'The Tenant shall pay to the Landlord, as additional rent, a sum equal to five per cent (5%) of all gross receipts of the shop in excess of Eight Hundred Thousand Dollars ($800,000) in each lease year.';
    const after = 'The Tenant shall pay to the Landlord, as additional rent, a sum equal to five per cent (5%) of all gross receipts of the shop in excess of Six Hundred Thousand Dollars ($600,000) in each lease year.';
    expect(stancesOf(only(changeStance(LEASE, before, after, 'Tenant'), 'figure-changed'))).toEqual(['against']);
  });

  it('a threshold "by which the Gross Turnover exceeds the Threshold, being" is the Tenant\u2019s gain when higher', () => {
    const text = 'The Tenant shall pay to the Landlord a Turnover Rent equal to six per cent (6%) of the amount by which the Gross Turnover for that year exceeds the Threshold, being seven hundred thousand pounds (GBP 700,000).';
    expect(weightOf(LEASE, text).at(-1)).toEqual({ party: 'Tenant', rise: 'benefit', added: 'benefit' });
  });

  it('a base index value lowered raises the surcharge the Buyer pays', () => {
    const before = 'The Buyer shall pay a surcharge per tonne equal to the amount by which the published coil index for the preceding month exceeds the base index value of USD 700 per tonne.';
    const after = 'The Buyer shall pay a surcharge per tonne equal to the amount by which the published coil index for the preceding month exceeds the base index value of USD 640 per tonne.';
    expect(stancesOf(only(changeStance(SUPPLY, before, after, 'Buyer'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a rent with no threshold is still more for the Landlord when higher', () => {
    const text = 'The Tenant shall pay to the Landlord a rent of six hundred thousand pounds (GBP 600,000) a year.';
    expect(weightOf(LEASE, text).at(-1)).toEqual({ party: 'Landlord', rise: 'benefit', added: 'benefit' });
  });
});

describe('the holding a party must keep to keep a right', () => {
  it('"For so long as Orwen holds not less than ten per cent ..., Orwen shall be entitled to appoint" lowered is Orwen\u2019s gain', () => {
    const before = 'For so long as Orwen holds not less than ten per cent (10%) of the issued shares, Orwen shall be entitled to appoint one director.';
    const after = 'For so long as Orwen holds not less than five per cent (5%) of the issued shares, Orwen shall be entitled to appoint one director.';
    expect(stancesOf(only(changeStance(VENTURE, before, after, 'Orwen'), 'figure-changed'))).toEqual(['favour']);
  });

});

describe('an undertaking not to act for a period, said with its modal first', () => {
  it('"The Investor shall not, during the period of five years ..., sell" shortened is the Investor\u2019s gain', () => {
    const before = 'The Investor shall not, during the period of five (5) years from the Completion Date, sell or otherwise dispose of any of its Shares.';
    const after = 'The Investor shall not, during the period of three (3) years from the Completion Date, sell or otherwise dispose of any of its Shares.';
    expect(stancesOf(only(changeStance(INVESTMENT, before, after, 'Investor'), 'figure-changed'))).toEqual(['favour']);
  });

});

describe('a sum above which a party\u2019s consent is needed, said before the consent', () => {
  it('a proviso that no grant above a sum be made without Holm\u2019s approval is Holm\u2019s gain', () => {
    const before = 'Grants under the Programme shall be approved by the Joint Board.';
    const after = 'Grants under the Programme shall be approved by the Joint Board, provided that no grant exceeding \u00a340,000 shall be made without the prior written approval of Holm.';
    const found = changeStance(PROGRAMME, before, after, 'Holm');
    expect(stancesOf(only(found, 'figure-changed'))).toEqual(['favour']);
  });

  it('in a proviso, the sum raised leaves Holm\u2019s veto less to reach, and put in brings the veto', () => {
    const text = 'Grants shall be approved by the Joint Board, provided that no grant exceeding \u00a340,000 shall be made without the prior written approval of Holm.';
    expect(weightOf(PROGRAMME, text)[0]).toEqual({ party: 'Holm', rise: 'burden', added: 'benefit' });
  });
});

describe('a cap put in on a right new to its holder', () => {
  it('"may ... withdraw up to fifteen per cent (15%)" given in a proviso is the Government\u2019s gain, not a loss', () => {
    const before = 'The Government shall not be entitled to withdraw any amount standing to the credit of the Revenue Account.';
    const after = 'The Government shall not be entitled to withdraw any amount standing to the credit of the Revenue Account, provided that in a declared national emergency the Government may, by notice to the Lender, withdraw up to fifteen per cent (15%) of the balance of the Revenue Account.';
    const found = changeStance(ESCROW, before, after, 'Government');
    expect(stancesOf(only(found, 'figure-changed'))).toEqual(['neutral']);
    expect(stancesOf(found)).toContain('favour');
  });

  it('the cap\u2019s digits in brackets read as its words are', () => {
    const text = 'The Government may withdraw up to fifteen per cent (15%) of the balance.';
    expect(weightOf(ESCROW, text)).toEqual([
      { party: 'Government', rise: 'benefit', added: 'burden' },
      { party: 'Government', rise: 'benefit', added: 'burden' },
    ]);
  });
});

describe('what a party keeps of money it hands over', () => {
  it('"shall remit to the City all fees collected, less a convenience fee not exceeding" raised is the Contractor\u2019s gain', () => {
    const before = 'The Contractor shall remit to the City all parking fees collected, less a convenience fee not exceeding twenty cents (USD 0.20) per transaction.';
    const after = 'The Contractor shall remit to the City all parking fees collected, less a convenience fee not exceeding thirty cents (USD 0.30) per transaction.';
    expect(stancesOf(only(changeStance(PARKING, before, after, 'City'), 'figure-changed'))).toEqual(['against']);
  });

  it('a term sheet\u2019s "Sponsor to retain 15 bps" is the Sponsor\u2019s', () => {
    const text = 'Economics: Sponsor to retain 15 bps of processed volume.';
    expect(weightOf(COINVEST, text)[0]).toEqual({ party: 'Sponsor', rise: 'benefit', added: 'benefit' });
  });

  it('near miss: a fee the Contractor pays on top is the City’s gain', () => {
    const text = 'The Contractor shall pay to the City a licence fee of thirty cents (USD 0.30) per transaction.';
    expect(weightOf(PARKING, text).at(-1)).toEqual({ party: 'City', rise: 'benefit', added: 'benefit' });
  });
});

describe('fees between a fund and its sponsor', () => {
  it('a management fee put in on the Fund\u2019s co-investments costs the Fund', () => {
    const before = 'The Fund may co-invest in each Portfolio Investment up to twenty per cent (20%) of its equity, on a no-fee basis.';
    const after = 'The Fund may co-invest in each Portfolio Investment up to twenty per cent (20%) of its equity, subject to a management fee of 0.5 per cent per annum.';
    expect(stancesOf(only(changeStance(COINVEST, before, after, 'Fund'), 'figure-changed'))).toEqual(['against']);
  });
});

describe('a tax holiday', () => {
  it('"exemption from corporate income tax for a period of ten years" lengthened is the Investor\u2019s gain', () => {
    const before = 'The Investor shall enjoy exemption from corporate income tax for a period of ten (10) years from the start of production.';
    const after = 'The Investor shall enjoy exemption from corporate income tax for a period of fifteen (15) years from the start of production.';
    expect(stancesOf(only(changeStance(INVESTMENT, before, after, 'State'), 'figure-changed'))).toEqual(['against']);
  });

  it('near miss: a period to pay a tax is no holiday', () => {
    const text = 'The Investor shall pay corporate income tax within a period of ten (10) days after assessment.';
    expect(weightOf(INVESTMENT, text)[0]).not.toEqual({ party: 'Investor', rise: 'benefit', added: 'benefit' });
  });
});

describe('what the holder of an option pays to use it', () => {
  it('an option price spelled in capitals before its digits is paid by the Charterers', () => {
    const before = 'The Charterers shall have the option to purchase the Vessel on the fifth anniversary of delivery at a price of Euro Nineteen Million (EUR 19,000,000).';
    const after = 'The Charterers shall have the option to purchase the Vessel on the fifth anniversary of delivery at a price of Euro Twenty-Two Million (EUR 22,000,000).';
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Charterers'), 'figure-changed'))).toEqual(['against']);
  });

  it('a fee "and paying ... equal to" to end early is paid by the Charterers who end', () => {
    const before = 'The Charterers may terminate this Charter by giving not less than thirty (30) days\u2019 notice and paying an early termination fee equal to forty per cent (40%) of the hire for the unexpired period.';
    const after = 'The Charterers may terminate this Charter by giving not less than thirty (30) days\u2019 notice and paying an early termination fee equal to twenty per cent (20%) of the hire for the unexpired period.';
    expect(stancesOf(only(changeStance(CHARTER, before, after, 'Charterers'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('parties of an opening', () => {
  it('a company whose shares are sold is no party', () => {
    const head = 'AGREEMENT ON EMPLOYMENT OBLIGATIONS\nconcluded in connection with the sale of the shares of Tessel Rail Freight Ltd. (the "Company")\nThe State Property Agency of Varna (hereinafter: the "Agency")\nand\nHolm Rail Holdings S.p.A. (hereinafter: the "Purchaser"),\nhave agreed as follows:';
    expect(partiesOf(draft(head, 'The Purchaser shall pay.'))).toEqual(['Agency', 'Purchaser']);
  });

  it('nor a bank whose share capital is sold, named in lower case "plc"', () => {
    const head = 'SALE AND PURCHASE AGREEMENT\nrelating to the entire issued share capital of Varna Savings Bank plc (the "Bank")\nPARTIES\n(1) THE STATE TREASURY OF VARNA ("Treasury");\n(2) HOLM FINANCE AG ("Purchaser").';
    expect(partiesOf(draft(head, 'The Purchaser shall pay.'))).toEqual(['Treasury', 'Purchaser']);
  });

  it('near miss: a company whose shares the investors subscribe for is a party', () => {
    const head = 'TERM SHEET\nThis term sheet sets out the terms on which Orwen Ventures LP (the "Investor") proposes to subscribe for shares in Holm Robotics SAS (the "Company").';
    expect(partiesOf(draft(head, 'The Company shall issue the shares.'))).toContain('Company');
  });

  it('a statute\u2019s subsections cited in a description end no name', () => {
    const head = 'SPONSORSHIP AGREEMENT\nThis Agreement is between Holm Outdoor Inc., a Delaware corporation (\u201cCompany\u201d), and Orwen Rivers Trust, a nonprofit exempt under Section 501(c)(3) of the Internal Revenue Code (\u201cCharity\u201d).';
    expect(partiesOf(draft(head, 'Company shall pay Charity.'))).toEqual(['Company', 'Charity']);
  });
});

describe('a state named in a party\u2019s name', () => {
  it('law and seat moved to New York are the gain of "the United States International Development Finance Corporation"', () => {
    const head = 'TERM SHEET\nParties: the Government of Ukraine (\u201cUkraine\u201d); and the United States International Development Finance Corporation (\u201cDFC\u201d).';
    const before = 'The agreement shall be governed by English law, and disputes shall be resolved by arbitration seated in London.';
    const after = 'The agreement shall be governed by the laws of the State of New York, and disputes shall be resolved by arbitration seated in New York.';
    expect(stancesOf(only(changeStance(head, before, after, 'Ukraine'), 'forum-moved'))).toEqual(['against', 'against']);
  });
});

describe('a security commitment taken away', () => {
  it('weighs on the party it was made to, not the one whose laws it was given under', () => {
    const before = 'Osterholm will provide military assistance to Varna, including air defence systems, in accordance with the laws of Osterholm.';
    const after = 'Osterholm intends to consider, on a case-by-case basis, requests from Varna for cooperation in accordance with the laws of Osterholm.';
    expect(stancesOf(only(changeStance(CORRIDOR, before, after, 'Varna'), 'protection-changed'))).toEqual(['against']);
  });
});

const FUND = 'DONOR-ADVISED FUND AGREEMENT\nThe undersigned (\u201cDonor\u201d) hereby establishes with the Holm Community Trust, a public charity (\u201cSponsor\u201d), a donor-advised fund.';
const TREATY = 'AGREEMENT ON THE PROMOTION AND PROTECTION OF INVESTMENTS\nThe Republic of Varna ("Varna") and the Kingdom of Osterholm ("Osterholm") have agreed as follows:';

describe('time before a party may use its right', () => {
  it('"Sponsor may, after thirty days\u2019 written notice to Donor, transfer" lengthened is the Donor\u2019s gain', () => {
    const before = 'Sponsor may, after thirty (30) days\u2019 written notice to Donor, transfer the balance of the Fund to its general fund.';
    const after = 'Sponsor may, after ninety (90) days\u2019 written notice to Donor, transfer the balance of the Fund to its general fund.';
    expect(stancesOf(only(changeStance(FUND, before, after, 'Donor'), 'figure-changed'))).toEqual(['favour']);
  });

  it('"If no grant has been recommended for a period of three years, Sponsor may" weighs on the Sponsor', () => {
    const text = 'If no grant recommendation has been made from the Fund for a period of three (3) consecutive years, Sponsor may transfer the balance of the Fund to its general fund.';
    expect(weightOf(FUND, text)[0]).toEqual({ party: 'Sponsor', rise: 'burden', added: 'burden' });
  });

  it('near miss: a period after which a party must act is no wait for a right', () => {
    const text = 'If no grant recommendation has been made from the Fund for a period of three (3) consecutive years, Sponsor shall consult the Donor.';
    expect(weightOf(FUND, text)[0]).not.toEqual({ party: 'Sponsor', rise: 'burden', added: 'burden' });
  });

  it('an opening by "the undersigned" names its party', () => {
    expect(partiesOf(draft(FUND, 'Sponsor may accept gifts.'))).toEqual(['Donor', 'Sponsor']);
  });
});

describe('a party left free of a protection', () => {
  it('"Nothing in this Agreement shall oblige Varna to extend" is a freedom of Varna', () => {
    expect(holders(TREATY, 'Nothing in this Agreement shall oblige Varna to extend to investors of Osterholm the benefit of any tax incentive.')).toEqual([['Varna', 'right']]);
  });

  it('"This Article shall not apply to measures taken by Varna" put in is in Varna\u2019s favour', () => {
    const before = 'Investments of investors of either Party shall not be expropriated except for a public purpose and against prompt compensation.';
    const after = 'Investments of investors of either Party shall not be expropriated except for a public purpose and against prompt compensation. This Article shall not apply to measures taken by Varna under its Law on Strategic Industries.';
    expect(stancesOf(changeStance(TREATY, before, after, 'Varna'))).toContain('favour');
    expect(stancesOf(changeStance(TREATY, before, after, 'Varna'))).not.toContain('against');
  });

  it('near miss: nothing that obliges no party names none', () => {
    expect(holders(TREATY, 'Nothing in this Agreement shall oblige any person to disclose information.')).toEqual([]);
  });
});

describe('a guarantee given by the words themselves', () => {
  it('"hereby irrevocably and unconditionally guarantees" binds the guarantor', () => {
    const head = 'DEED OF GUARANTEE\nThis Deed is made between Holm Holdings AG (the "Guarantor") and the Ministry of Finance of Varna (the "Ministry").';
    expect(holders(head, 'The Guarantor hereby irrevocably and unconditionally guarantees to the Ministry the payment of every amount due.')).toEqual([['Guarantor', 'obligation']]);
  });
});

describe('a delivery moved to another Incoterms rule', () => {
  it('FCA at the Seller\u2019s works made DAP at the Buyer\u2019s plant costs the Seller', () => {
    const before = 'Delivery shall be made FCA Seller\u2019s works, Narvik (Incoterms 2020).';
    const after = 'Delivery shall be made DAP Buyer\u2019s plant, Bremen (Incoterms 2020).';
    expect(stancesOf(only(changeStance(SUPPLY, before, after, 'Seller'), 'incoterm-moved'))).toEqual(['against']);
  });

  it('DDP made EXW is the Seller\u2019s gain', () => {
    const before = 'The Products shall be delivered DDP the Buyer\u2019s warehouse.';
    const after = 'The Products shall be delivered EXW the Seller\u2019s factory.';
    expect(stancesOf(only(changeStance(SUPPLY, before, after, 'Buyer'), 'incoterm-moved'))).toEqual(['against']);
  });

  it('near miss: CFR made CPT moves no cost between them', () => {
    const before = 'Delivery shall be made CFR Hamburg (Incoterms 2020).';
    const after = 'Delivery shall be made CPT Hamburg (Incoterms 2020).';
    expect(only(changeStance(SUPPLY, before, after, 'Seller'), 'incoterm-moved')).toEqual([]);
  });

  it('near miss: parties whose roles do not say who sells are not read', () => {
    const before = 'Delivery shall be made FCA Narvik.';
    const after = 'Delivery shall be made DAP Bremen.';
    expect(only(changeStance(CORRIDOR, before, after, 'Varna'), 'incoterm-moved')).toEqual([]);
  });
});

describe('the price of shares a party subscribes for', () => {
  it('"Orwen to subscribe for ... at a price of GBP 1.40 per share" cut is Orwen\u2019s gain', () => {
    const before = 'Investment: Orwen to subscribe for 2,000,000 new ordinary shares in Tessel at a price of GBP 1.40 per share.';
    const after = 'Investment: Orwen to subscribe for 2,000,000 new ordinary shares in Tessel at a price of GBP 1.25 per share.';
    expect(stancesOf(only(changeStance(VENTURE, before, after, 'Orwen'), 'figure-changed'))).toEqual(['favour']);
  });
});

describe('time given to a party to act', () => {
  const head = 'SALE OF RESERVOIRS\nThis Agreement is made between the Tessel Water Corporation (the "Corporation") and Holm Utilities plc (the "Purchaser").';

  it('"the Corporation shall have three calendar months ... within which to accept" is the Corporation\u2019s right', () => {
    expect(holders(head, 'The Corporation shall have three calendar months from the making of such offer within which to accept it.')).toEqual([['Corporation', 'right']]);
  });

  it('near miss: "shall have two years of experience" is no time given', () => {
    expect(holders(head, 'The Purchaser shall have two years of experience in water supply.')).toEqual([['Purchaser', 'obligation']]);
  });
});

describe('rights reserved to a party', () => {
  const head = 'DEED OF GIFT\nThis Deed is made between Cornelius Vane (the "Donor") and the Museum of the Ouse (the "Museum").';

  it('"which are reserved unto the Donor" is the Donor\u2019s right', () => {
    expect(holders(head, 'The copyright in the works is reserved unto the Donor and his heirs.')).toEqual([['Donor', 'right']]);
  });

  it('near miss: rights "not reserved" are no right', () => {
    expect(holders(head, 'The copyright in the works is not reserved unto the Donor.')).toEqual([]);
  });
});
