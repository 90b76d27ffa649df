import { describe, expect, it } from 'vitest';
import { findingsOfVersion } from '../../src/concerns/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { parseVersion } from '../../src/parse/parse.js';

/**
 * The ways drafters give one side the say or take the other's remedy away, beyond the words
 * "unilateral" or "sole discretion": one party's option, its opinion as the trigger, its vote as a
 * veto, compensation denied, a disclaimer of warranty, immunity from the other's courts. Each with
 * a near miss that must stay quiet. Every clause here was written for these tests.
 */

const COMPANY = 'SUBSCRIPTION AGREEMENT\n\nThis Agreement is made between Larch Mining Ltd (the "Company") and Osprey Capital LLP (the "Investor").';
const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Ash Holdings plc (the "Borrower") and Rowan Bank AG (the "Lender").';
const SUPPLY = 'SUPPLY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Vendor") and Birch Inc (the "Purchaser").';
const WORKS = 'WORKS CONTRACT\n\nThis Contract is made between Harbour Authority of Kessin (the "Employer") and Quay Builders SA (the "Contractor").';
const INSURANCE = 'POLICY\n\nThis Policy is made between Tern Assurance plc (the "Insurer") and Gull Shipping Ltd (the "Insured").';
const STATES = 'STATUS OF FORCES AGREEMENT\n\nbetween the Government of the Republic of Veland and the Government of the Kingdom of Orsk.';

function clauseFindings(head: string, text: string): Finding[] {
  const version = parseVersion(`${head}\n\n1. ${text}`);
  const last = version.clauses.at(-1)!;
  return findingsOfVersion(version, 'single').filter((f) => f.clause === last.id);
}
/** The party each finding of `rule` weighs on. */
const affectedBy = (rule: string, head: string, text: string) =>
  clauseFindings(head, text).filter((f) => f.rule === rule).map((f) => f.affects);

describe('one party’s option or opinion decides', () => {
  it('"at the option of" a named party is its power, weighing on the other; of either party, no one’s', () => {
    expect(affectedBy('unilateral-power', COMPANY, 'At the option of the Investor, the Company shall redeem the Preference Shares at their Subscription Price.')).toEqual(['Company']);
    expect(affectedBy('unilateral-power', COMPANY, 'At the option of either Party, the dispute shall be referred to an expert.')).toEqual([]);
  });

  it('"shall have the option" held by one party is its power; held by each party, no one’s', () => {
    expect(affectedBy('unilateral-power', SUPPLY, 'The Purchaser shall have the option, exercisable by notice, to extend the supply period by five years.')).toEqual(['Vendor']);
    expect(affectedBy('unilateral-power', SUPPLY, 'Each Party shall have the option to extend the supply period by five years.')).toEqual([]);
  });

  it('one party’s opinion as the trigger ("if in its opinion", "whenever it considers", "which the Lender considers")', () => {
    expect(affectedBy('unilateral-power', LOAN, 'The Lender may raise the Margin by up to two percentage points if in its opinion market conditions have changed.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'The Lender may cancel the Commitment if any event occurs which the Lender considers has a material adverse effect.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'The Lender may, whenever it considers that its security is at risk, require additional collateral from the Borrower.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'The Borrower shall repay the Loan if, in the opinion of the Lender, the Project has been abandoned.')).toEqual(['Borrower']);
  });

  it('what one named party considers material, appropriate or satisfactory decides', () => {
    expect(affectedBy('unilateral-power', SUPPLY, 'The Vendor warrants that the goods conform to the Specification, save for deviations the Vendor considers immaterial.')).toEqual(['Purchaser']);
    // near miss: what "it" considers, in an acknowledgement, is no one's power
    expect(affectedBy('unilateral-power', SUPPLY, 'The Purchaser has received answers to its questions that it considers satisfactory.')).toEqual([]);
  });

  it('the judgment of a tribunal, an expert or a reasonable opinion gives no party the say', () => {
    expect(affectedBy('unilateral-power', LOAN, 'The Borrower shall repay the Loan if the Tribunal considers that the Project has been abandoned.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The Borrower shall repay the Loan if, in the opinion of the Expert, the Project has been abandoned.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The Lender may raise the Margin if in its reasonable opinion market conditions have changed.')).toEqual([]);
  });
});

describe('a guarantor called on first', () => {
  it('"shall not be obliged, before making a demand on the Guarantor, to take any step against" another weighs on the guarantor', () => {
    const GUARANTEE = 'GUARANTEE\n\nThis Guarantee is made between Alder Holdings Ltd (the "Guarantor") and Birch Bank plc (the "Bank").';
    expect(affectedBy('recourse-first-waived', GUARANTEE, 'The Bank shall not be obliged, before making a demand on the Guarantor, to take any step against the Borrower or to enforce any security.')).toEqual(['Guarantor']);
    // near miss: a party not obliged to do something else
    expect(affectedBy('recourse-first-waived', GUARANTEE, 'The Bank shall not be obliged to lend more than the Facility Amount.')).toEqual([]);
  });
});

describe('one party acting alone', () => {
  it('"by notice from X alone" and "X alone may" give X the say, weighing on the other', () => {
    expect(affectedBy('unilateral-power', COMPANY, 'The Company’s chief executive may be dismissed by notice from the Investor alone after any breach of the Business Plan.')).toEqual(['Company']);
    expect(affectedBy('unilateral-power', LOAN, 'The Lender alone may decide whether a Default is continuing.')).toEqual(['Borrower']);
    // after a comma and "and", a new clause whose subject acts alone
    expect(affectedBy('unilateral-power', LOAN, 'The Facility shall be available for five years, and the Lender alone may extend it by two more.')).toEqual(['Borrower']);
  });
  it('what each party, either party or the Parties alone may do, or a thing alone, gives no one side the say', () => {
    expect(affectedBy('unilateral-power', LOAN, 'Either Party alone may refer the dispute to the expert.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The Parties alone may amend this Agreement.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The chief executive may be dismissed by decision of the board alone.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The late payment alone shall not be a Default.')).toEqual([]);
    // a joint body, both parties named, a choice shared, a negation, a capital that only opens the sentence
    expect(affectedBy('unilateral-power', LOAN, 'The Annexes may be amended by decision of the Joint Committee alone.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The Steering Committee alone shall have the right to approve the annual budget.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The repayment schedule may be varied on request of the Borrower alone or jointly with the Lender.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'The Borrower and the Lender alone may amend this Agreement.')).toEqual([]);
    expect(affectedBy('unilateral-power', LOAN, 'Payment alone may not be construed as a waiver of any Default.')).toEqual([]);
    // "given by" as well as "from"
    expect(affectedBy('unilateral-power', COMPANY, 'The chief executive may be removed by notice given by the Investor alone.')).toEqual(['Company']);
  });
});

describe('one party’s vote is a veto', () => {
  it('"without the affirmative vote of the Investor" gives the Investor a veto over the Company', () => {
    expect(affectedBy('consent-veto', COMPANY, 'No resolution to issue new shares shall be passed by the Company without the affirmative vote of the Investor.')).toEqual(['Company']);
  });

  it('"without the affirmative vote of at least one director appointed by the Investor" is the Investor’s veto', () => {
    expect(affectedBy('consent-veto', COMPANY, 'Board decisions shall be taken by a simple majority, provided that no decision on new borrowing shall be taken without the affirmative vote of at least one director appointed by the Investor.')).toEqual(['Company']);
    // near miss: at least one director of each, no one party's
    expect(affectedBy('consent-veto', COMPANY, 'Board decisions shall be taken by a simple majority, provided that no decision shall be taken without the affirmative vote of at least one director of each Party.')).toEqual([]);
  });

  it('the affirmative vote of a majority, or of the Parties, is no one party’s veto', () => {
    expect(affectedBy('consent-veto', COMPANY, 'No resolution to issue new shares shall be passed without the affirmative vote of the majority of the directors.')).toEqual([]);
    expect(affectedBy('consent-veto', COMPANY, 'No resolution to issue new shares shall be passed without the affirmative vote of the Parties.')).toEqual([]);
  });

  it('a consent followed by ", and" and a party that goes on to a duty of its own is still one party\u2019s; two parties\u2019 consent is no one\u2019s veto', () => {
    const text = 'None of the Reserved Matters shall be undertaken by the Company without the prior written approval of the Investor, and the Company shall ensure that no such matter is tabled before that approval.';
    expect(affectedBy('consent-veto', COMPANY, text)).toEqual(['Company']);
    expect(affectedBy('consent-veto', LOAN, 'No Security shall be created without the prior written consent of the Lender and the Agent.')).toEqual([]);
    expect(affectedBy('consent-veto', LOAN, 'No Security shall be created without the prior written consent of the Lender, and the Agent.')).toEqual([]);
  });
});

describe('a remedy or a price taken away', () => {
  it('a party "not entitled to compensation" bears it; "no compensation shall be payable" is a burden', () => {
    expect(affectedBy('party-barred', SUPPLY, 'The Vendor may terminate this Agreement on three months’ notice, and the Purchaser shall not be entitled to compensation.')).toEqual(['Purchaser']);
    expect(clauseFindings(SUPPLY, 'The Vendor may reduce the Contract Area, and no compensation shall be payable to the Purchaser in respect of it.').map((f) => f.rule)).toContain('one-sided-burden');
  });

  it('compensation barred in a list ("any indemnity, compensation or payment") is barred all the same', () => {
    expect(affectedBy('party-barred', SUPPLY, 'On termination the Purchaser shall not be entitled to any indemnity, compensation or payment for goodwill from the Vendor.')).toEqual(['Purchaser']);
    expect(affectedBy('party-barred', SUPPLY, 'On termination the Purchaser shall be entitled to an indemnity, compensation or payment for goodwill from the Vendor.')).toEqual([]);
  });

  it('compensation barred to each party alike, or compensation due, is no one-sided bar', () => {
    expect(affectedBy('party-barred', SUPPLY, 'Neither Party shall be entitled to compensation for termination under this Clause.')).toEqual([]);
    expect(clauseFindings(SUPPLY, 'On termination under this Clause compensation shall be payable to the Purchaser within thirty days.').map((f) => f.rule)).not.toContain('one-sided-burden');
  });

  it('an assignment "without further consideration" is a burden; "further consideration" of a matter is none', () => {
    expect(clauseFindings(SUPPLY, 'The Purchaser hereby assigns to the Vendor all rights in the Designs without further consideration.').map((f) => f.rule)).toContain('one-sided-burden');
    expect(clauseFindings(SUPPLY, 'The Parties shall meet to give the Designs further consideration.').map((f) => f.rule)).not.toContain('one-sided-burden');
  });

  it('a duty that stands whether or not the other side has paid weighs on the party that performs it', () => {
    expect(affectedBy('unilateral-power', WORKS, 'All drawings prepared by the Contractor shall become the property of the Employer upon creation, whether or not the Employer has paid for them.')).toEqual(['Contractor']);
    expect(clauseFindings(WORKS, 'If the rent is unpaid for fourteen days, whether formally demanded or not, the Employer may re-enter the Site.').map((f) => f.rule)).toContain('unilateral-power');
    // near miss: "whether or not" of a fact, no party's performance
    expect(affectedBy('unilateral-power', WORKS, 'The Contractor shall insure the Works, whether or not the Site is occupied.')).toEqual([]);
  });

  it('a party that gives no warranty relieves itself; the party given the warranties bears it', () => {
    expect(affectedBy('party-relieved', COMPANY, 'The Company gives the warranties set out in Schedule 4 to the Investor, and the Investor gives no warranty of any kind.')).toEqual(['Company']);
    // near miss: no representation about a future fact is no disclaimer of warranty
    expect(affectedBy('party-relieved', COMPANY, 'The Investor makes no representation as to the future availability of financing.')).toEqual([]);
  });
});

describe('immunity from the other side’s courts', () => {
  it('weighs on the party whose courts are ousted, named after the words, not on the party immune', () => {
    expect(affectedBy('immunity-granted', STATES, 'Members of the armed forces of the Kingdom of Orsk shall be immune from the criminal jurisdiction of the courts of the Republic of Veland.')).toEqual(['Republic of Veland']);
    expect(affectedBy('immunity-granted', STATES, 'Members of the armed forces of the Kingdom of Orsk shall enjoy immunity from the jurisdiction of the Republic of Veland.')).toEqual(['Republic of Veland']);
  });

  it('immunity denied or waived is no grant', () => {
    expect(affectedBy('immunity-granted', STATES, 'Members of the armed forces of the Kingdom of Orsk shall not be immune from the criminal jurisdiction of the Republic of Veland.')).toEqual([]);
  });
});

describe('a constitution that may not be invoked', () => {
  it('"shall not invoke ... its Constitution ... as justification" puts the agreement above it', () => {
    expect(clauseFindings(STATES, 'The Kingdom of Orsk shall not invoke any provision of its Constitution as justification for any failure to perform this Agreement.').map((f) => f.rule)).toContain('constitution-overridden');
    // near miss: a constitution invoked, not barred
    expect(clauseFindings(STATES, 'The Kingdom of Orsk may invoke its Constitution in the consultations under Article 9.').map((f) => f.rule)).not.toContain('constitution-overridden');
  });
});

describe('security and term, said other ways', () => {
  const categoriesOf = (head: string, text: string) => clauseFindings(head, text).map((f) => f.category);

  it('a guarantee of a state’s independence or integrity, a military alliance, aggression suffered: security', () => {
    expect(categoriesOf(STATES, 'The Kingdom of Orsk guarantees the independence and territorial integrity of the Republic of Veland.')).toContain('security');
    expect(categoriesOf(STATES, 'Neither the Kingdom of Orsk nor the Republic of Veland shall join any military alliance directed against the other.')).toContain('security');
    expect(categoriesOf(STATES, 'Should the Republic of Veland be subjected to renewed aggression, the Kingdom of Orsk shall consult it.')).toContain('security');
    // near misses: a guarantee of payment, independence of an auditor
    expect(categoriesOf(STATES, 'The Kingdom of Orsk guarantees the payment of the sums due by its state company.')).not.toContain('security');
    expect(categoriesOf(STATES, 'The auditors shall guarantee their independence from the Kingdom of Orsk.')).not.toContain('security');
  });

  it('a fixed term, a term stated as years, a term that may be extended: duration', () => {
    expect(categoriesOf(SUPPLY, 'This Agreement is made for a fixed term of three years.')).toContain('duration');
    expect(categoriesOf(SUPPLY, 'The Supply Period is five years from the Commencement Date.')).toContain('duration');
    expect(categoriesOf(SUPPLY, 'The term of supply may be extended once by mutual agreement.')).toContain('duration');
    expect(categoriesOf(STATES, 'The Republic of Veland shall grant to the Kingdom of Orsk, for fifty years, the right to use the port.')).toContain('duration');
    // near misses: a deadline extended, a period that is no term of the agreement
    expect(categoriesOf(SUPPLY, 'The time for delivery of any order may be extended by the Purchaser.')).not.toContain('duration');
    expect(categoriesOf(SUPPLY, 'The warranty shall cover defects appearing within the first year.')).not.toContain('duration');
    expect(categoriesOf(SUPPLY, 'The Purchaser has bought ore from the Vendor for years.')).not.toContain('duration');
  });
});

describe('a promise not to expropriate', () => {
  const BIT = 'INVESTMENT AGREEMENT\n\nThis Agreement is made between the Republic of Veland (the "Host State") and Quay Holdings SA (the "Investor").';

  it('is an ownership concern that protects the party whose property it covers, though its words are negated', () => {
    const found = clauseFindings(BIT, 'The Host State shall not nationalise or expropriate the Investment of the Investor except for a public purpose and against prompt compensation.').filter((f) => f.rule === 'expropriation-limited');
    expect(found.map((f) => [f.category, f.affects, f.effect])).toEqual([['ownership', 'Investor', 'benefit']]);
    expect(affectedBy('expropriation-limited', BIT, 'No investment of the Investor shall be expropriated save in accordance with this Article.')).toEqual(['Investor']);
  });

  it('an expropriation allowed is no such promise, and a word that only looks like one is none', () => {
    expect(affectedBy('expropriation-limited', BIT, 'The Host State may expropriate the Investment of the Investor for a public purpose.')).toEqual([]);
    expect(affectedBy('expropriation-limited', BIT, 'The Investor shall not requisite any further approval.')).toEqual([]);
  });
});

describe('one party’s reading prevails', () => {
  it('"the interpretation communicated by the Lender shall prevail" gives the Lender the say; a tribunal’s, no party', () => {
    expect(affectedBy('unilateral-power', LOAN, 'In any difference as to the meaning of this Agreement, the interpretation communicated by the Lender shall prevail.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'In any difference as to the meaning of this Agreement, the interpretation given by the Tribunal shall prevail.')).toEqual([]);
  });
});

describe('renewal and courts in one party’s hands', () => {
  it('a term renewed automatically unless one party says no is that party’s power; unless either does, or with the other’s consent, no one’s', () => {
    expect(affectedBy('unilateral-power', SUPPLY, 'This Agreement shall be automatically renewed for successive periods of two years unless the Vendor gives notice of non-renewal.')).toEqual(['Purchaser']);
    expect(affectedBy('unilateral-power', SUPPLY, 'This Agreement shall be renewed automatically each year unless the Purchaser objects.')).toEqual(['Vendor']);
    expect(affectedBy('unilateral-power', SUPPLY, 'This Agreement shall be renewed automatically each year unless either Party gives notice of non-renewal.')).toEqual([]);
    expect(affectedBy('unilateral-power', SUPPLY, 'This Agreement shall be renewed automatically each year unless the Purchaser objects with the consent of the Vendor.')).toEqual([]);
  });

  it('one party free to sue "in any other court" while the other is bound to one is that party’s power; both free, no one’s', () => {
    expect(affectedBy('unilateral-power', LOAN, 'The Borrower submits to the courts of England, but the Lender may take proceedings in any other court of competent jurisdiction.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'The courts of England have jurisdiction, without prejudice to the right of the Lender to bring proceedings in any other courts.')).toEqual(['Borrower']);
    expect(affectedBy('unilateral-power', LOAN, 'The courts of England have jurisdiction, and no proceedings may be brought in any other court.')).toEqual([]);
  });
});

describe('a right to end the agreement at any time', () => {
  it('held by one party is its power over the other; held by either, no one’s', () => {
    expect(affectedBy('unilateral-change', SUPPLY, 'The Purchaser may terminate this Agreement at any time by notice to the Vendor.')).toEqual(['Vendor']);
    expect(affectedBy('unilateral-change', SUPPLY, 'Either the Purchaser or the Vendor may terminate this Agreement at any time by notice to the other.')).toEqual([]);
  });
});

describe('a judgment each party makes in a mutual commitment', () => {
  it('"as it deems necessary" said of the party that comes to the other\'s aid, each or "the other", is no one\'s power', () => {
    expect(affectedBy('unilateral-power', STATES, 'In the event of an armed attack against either Party, the other shall forthwith take such action as it deems necessary.')).toEqual([]);
    expect(affectedBy('unilateral-power', STATES, 'Each Party shall assist the Party attacked by such action as it deems necessary.')).toEqual([]);
    // near miss: one party's judgment alone
    expect(affectedBy('unilateral-power', STATES, 'The Government of the Kingdom of Orsk shall take such action as it deems necessary in the Joint Zone.')).toEqual(['Republic of Veland']);
  });
});

describe('a veto denied to both', () => {
  it('"Neither … nor … shall have any right of veto" is no one’s veto; one party’s right of veto is', () => {
    expect(affectedBy('consent-veto', STATES, 'Neither the Republic of Veland nor the Kingdom of Orsk shall have any right of veto over the procurement decisions of the other.')).toEqual([]);
    expect(affectedBy('consent-veto', STATES, 'The Kingdom of Orsk shall have a right of veto over the procurement decisions of the Republic of Veland.')).toEqual(['Republic of Veland']);
  });
});

describe('a veto through the board', () => {
  it('a majority that "must include the director appointed by" one party gives that party a veto; a majority of all directors, none', () => {
    expect(affectedBy('consent-veto', COMPANY, 'Resolutions of the Board shall be passed by a simple majority of the directors present, which must include the director appointed by the Investor.')).toEqual(['Company']);
    expect(affectedBy('consent-veto', COMPANY, 'Resolutions of the Board shall be passed by a simple majority of the directors present.')).toEqual([]);
  });
});

describe('one party bound from signature, the other after its own procedures', () => {
  const TREATY = 'AGREEMENT\n\nThe Government of the Kingdom of Orsk and the Government of the Federation of Tarvos have agreed as follows.';
  it('"upon signature for X" and "for X it shall be binding upon signature" weigh on X', () => {
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall enter into force upon signature for the Kingdom of Orsk and for the Federation of Tarvos upon completion of its internal procedures.')).toEqual(['Kingdom of Orsk']);
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall be subject to ratification by the Kingdom of Orsk; for the Federation of Tarvos it shall be binding upon signature.')).toEqual(['Federation of Tarvos']);
  });
  it('an agreement binding on every party from signature, or on the Parties by name of the class, is no one side’s burden', () => {
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall enter into force upon signature.')).toEqual([]);
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall enter into force upon signature for the Parties.')).toEqual([]);
    expect(affectedBy('bound-on-signature-alone', TREATY, 'For the avoidance of doubt, each Party shall notify the other of its signature.')).toEqual([]);
    // the labelled sets read one party bound from signature, with no other party's procedure, as a
    // ratification question alone
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall be binding upon the Kingdom of Orsk from the date of its signature.')).toEqual([]);
    // both bound on signature, or a term put on signature: no one waits on a procedure of its own
    expect(affectedBy('bound-on-signature-alone', TREATY, 'This Agreement shall be binding upon signature for the Kingdom of Orsk and the Federation of Tarvos.')).toEqual([]);
    expect(affectedBy('bound-on-signature-alone', TREATY, 'For the Kingdom of Orsk and the Federation of Tarvos, this Agreement shall enter into force on the date of its signature.')).toEqual([]);
    expect(affectedBy('bound-on-signature-alone', TREATY, 'For Purchase Orders issued after 1 January, this Agreement shall take effect upon signature.')).toEqual([]);
  });
});

describe('a burden that holds whatever the other side did, and a say kept by one side', () => {
  it('an indemnity "regardless of whether caused in part by" the other side weighs on the party giving it', () => {
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall indemnify the Employer against all claims arising out of the Works, regardless of whether or not caused in part by the Employer.')).toEqual(['Contractor']);
    // an indemnity "howsoever caused, including by" the other's negligence reaches the indemnified party's own fault
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall indemnify the Employer against all losses arising from the Works, howsoever caused, including by the negligence of the Employer.')).toEqual(['Contractor']);
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall indemnify the Employer against all losses caused by the negligence of the Contractor, howsoever arising.')).toEqual([]);
    // near miss: "regardless of whether" of something no one caused
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall insure the Works regardless of whether the Site is occupied.')).toEqual([]);
    // near misses: a cause that is no party, an exclusion of the party's own liability, an indemnity each party gives
    expect(affectedBy('one-sided-burden', WORKS, 'The limitation in this Clause applies regardless of whether the loss was occasioned by breach of contract, tort or otherwise.')).toEqual([]);
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall not be liable for any loss, regardless of whether caused by the Employer.')).toEqual([]);
    expect(affectedBy('one-sided-burden', WORKS, 'Each party shall indemnify the other against all losses arising from its breach, regardless of whether caused in part by the other party.')).toEqual([]);
  });

  it('a right to refuse "whether or not the Insurer has been prejudiced" is the Insurer’s say, weighing on the other side', () => {
    expect(affectedBy('unilateral-power', INSURANCE, 'Any failure to give notice shall entitle the Insurer to decline the claim, whether or not the Insurer has been prejudiced.')).toEqual(['Insured']);
    expect(affectedBy('unilateral-power', INSURANCE, 'Any failure to give notice shall entitle the Insurer to decline the claim only where the Insurer has been prejudiced.')).toEqual([]);
  });

  it('a step one State may take only after consulting the other gives that other a say; consulting each other does not', () => {
    expect(affectedBy('consent-veto', STATES, 'The Republic of Veland shall not permit the stationing of foreign forces on its territory without prior consultation with the Kingdom of Orsk.')).toEqual(['Republic of Veland']);
    expect(affectedBy('consent-veto', STATES, 'Neither Party shall permit such stationing without prior consultation with the other Party.')).toEqual([]);
    // near misses: a step one side may take without consulting (its free hand, not the other's say), consulting two at once
    expect(affectedBy('consent-veto', STATES, 'The Republic of Veland may move its forces without consultation with the Kingdom of Orsk.')).toEqual([]);
    expect(affectedBy('consent-veto', STATES, 'The Republic of Veland shall not issue public statements without prior consultation with the Kingdom of Orsk and the Joint Commission.')).toEqual([]);
  });
});

describe('one party kept from competing or from dealing with others', () => {
  const AGENCY = 'AGENCY AGREEMENT\n\nThis Agreement is made between Alder Ltd (the "Principal") and Birch Ltd (the "Agent").';

  it('a non-compete on one party weighs on it', () => {
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Purchaser shall not, during the term and for two years after it, manufacture or sell any goods that compete with the Products.')).toEqual(['Purchaser']);
    expect(affectedBy('restraint-of-trade', AGENCY, 'The Agent undertakes not to represent any competitor of the Principal in the Territory.')).toEqual(['Agent']);
  });

  it('an exclusive appointment: the party that may appoint no one else is bound', () => {
    expect(affectedBy('restraint-of-trade', AGENCY, 'The Principal undertakes not to appoint any other agent in the Territory.')).toEqual(['Principal']);
    expect(affectedBy('restraint-of-trade', AGENCY, 'The Principal appoints the Agent as its exclusive agent, and the Principal shall not appoint any other agent in the Territory.')).toEqual(['Principal']);
  });

  it('near misses: a restraint both share, a freedom to compete, a competition named with no restraint', () => {
    expect(affectedBy('restraint-of-trade', SUPPLY, 'Neither party shall solicit the customers of the other or compete with it in the Territory.')).toEqual([]);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The parties shall not compete with each other in the Territory.')).toEqual([]);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Purchaser shall not be prevented from selling goods that compete with the Products.')).toEqual([]);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Vendor shall price the Products competitively in the Territory.')).toEqual([]);
  });

  it('an exclusive supply or purchase: the party that may deal with no one other than the other is bound', () => {
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Vendor shall not, during the Term, sell or offer to sell any Products to any person other than the Purchaser.')).toEqual(['Vendor']);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Purchaser undertakes not to purchase any goods of the same kind from any supplier other than the Vendor.')).toEqual(['Purchaser']);
  });

  it('near misses: a sale to the other allowed, goods for no one named, a restraint both share', () => {
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Vendor may sell the Products to any person other than the Purchaser after the Term.')).toEqual([]);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'The Vendor shall not sell any Products that fail the tests in Schedule 2 to any person.')).toEqual([]);
    expect(affectedBy('restraint-of-trade', SUPPLY, 'Neither party shall sell the Samples to any person other than the other party.')).toEqual([]);
  });
});

describe('shares to be offered first to one party', () => {
  const HOLDERS = 'SHAREHOLDERS AGREEMENT\n\nThis Agreement is made between Osprey Capital LLP (the "Investor") and Larch Family Trust (the "Founders").';

  it('"shall first offer them to the Investor" is that party’s preference, weighing on the party that must offer, and shares passing', () => {
    const found = clauseFindings(HOLDERS, 'If a Founder wishes to transfer any Shares, it shall first offer them to the Investor.');
    expect(found.filter((f) => f.rule === 'unilateral-power').map((f) => f.affects)).toEqual(['Founders']);
    expect(found.filter((f) => f.category === 'ownership').length).toBe(1);
  });

  it('near miss: an offer owed to the other shareholder, whichever it is, is no one party’s preference', () => {
    expect(affectedBy('unilateral-power', HOLDERS, 'If either Shareholder wishes to transfer any of its Shares, it shall first offer them to the other Shareholder at the same price.')).toEqual([]);
  });
});

describe('a party’s own law to be changed for the agreement', () => {
  const TREATY = 'AGREEMENT\n\nbetween the Cabinet of Ministers of Ukraine and the Government of the United States of America.';

  it('"ensure that the legislation of Ukraine is amended", "amend its legislation": the constitutional order bent to the agreement', () => {
    expect(affectedBy('constitution-overridden', TREATY, 'Ukraine shall ensure that the legislation of Ukraine is amended so that no provision of it impedes this Agreement.')).toEqual(['Ukraine']);
    expect(affectedBy('constitution-overridden', TREATY, 'Ukraine shall amend its legislation to give effect to this Agreement.')).toEqual(['Ukraine']);
    // near miss: the agreement itself amended
    expect(affectedBy('constitution-overridden', TREATY, 'The Parties may amend this Agreement by exchange of notes.')).toEqual([]);
  });

  it('the agreement made to prevail over "the laws of" a party weighs on that party, though the other is named beside it', () => {
    const SIDES = 'AGREEMENT\n\nbetween the Government of Ukraine (the "Ukrainian Side") and the Government of the United States of America (the "American Side").';
    const text = 'The obligations of the Ukrainian Side shall prevail over any inconsistent provision of the laws of Ukraine, and the Ukrainian Side shall report to the American Side on their performance.';
    expect(affectedBy('constitution-overridden', SIDES, text)).toEqual(['Ukrainian Side']);
    expect(affectedBy('law-overridden', SIDES, text)).toEqual(['Ukrainian Side']);
  });

  it('a named code of a state to be amended, and the agreement to "take precedence over" its law', () => {
    expect(affectedBy('constitution-overridden', TREATY, 'Ukraine undertakes, within six months, to amend the Subsoil Code of Ukraine and the Budget Code of Ukraine so that contributions to the Fund cannot be reallocated.')).toEqual(['Ukraine']);
    expect(affectedBy('constitution-overridden', TREATY, 'The provisions of this Agreement shall take precedence over any inconsistent provision of the law of Ukraine.')).toEqual(['Ukraine']);
    const introducing = 'Ukraine shall take all measures necessary, including by introducing amendments to the Budget Code of Ukraine, to exempt the Fund from every tax.';
    expect(affectedBy('constitution-overridden', TREATY, introducing)).toHaveLength(1);
    expect(affectedBy('constitution-overridden', TREATY, 'The Board may propose amendments to the Conduct Code of the Fund.')).toEqual([]);
    // near misses: a code of the agreement's own body amended, and one annex taking precedence over another
    expect(affectedBy('constitution-overridden', TREATY, 'The Board may amend the Conduct Code of the Fund by a two-thirds majority.')).toEqual([]);
    expect(affectedBy('constitution-overridden', TREATY, 'Annex A shall take precedence over Annex B in case of conflict.')).toEqual([]);
  });

  it('a party bound to amend a code of its own, or its law inconsistent with the agreement made inapplicable, weighs on that party', () => {
    const RIVER = 'TREATY\n\nbetween the Government of the Republic of Tessaly and the Government of the State of Marenia.';
    expect(affectedBy('constitution-overridden', RIVER, 'The State of Marenia shall, within one year, amend its Water Code so that allocations are fixed by the Joint Commission established with the Republic of Tessaly.')).toEqual(['State of Marenia']);
    expect(affectedBy('constitution-overridden', RIVER, 'Any provision of Marenian law inconsistent with a decision of the Joint Commission shall be inapplicable.').length).toBe(1);
    // near misses: the agreement's own annex amended, a provision of the agreement read with its annex
    expect(affectedBy('constitution-overridden', RIVER, 'The Joint Commission may amend its Rules of Procedure by consensus.')).toEqual([]);
    expect(affectedBy('constitution-overridden', RIVER, 'Any provision of this Treaty inconsistent with Annex B shall be read in the light of that Annex.')).toEqual([]);
  });

  it('the agreement made to prevail over a party\u2019s national legislation or a named act, a law on a subject to be amended, approval under its law dispensed with', () => {
    const RIVER = 'TREATY\n\nbetween the Government of the Republic of Tessaly and the Government of the State of Marenia.';
    const overridden = (text: string) => affectedBy('constitution-overridden', RIVER, text).length;
    expect(overridden('The State of Marenia shall ensure that this Treaty prevails over any inconsistent provision of its national legislation.')).toBe(1);
    expect(overridden('Upon its approval, this Treaty shall prevail over any inconsistent provision of the Water Resources Act.')).toBe(1);
    expect(overridden('In the event of any conflict between this Treaty and the laws of the State of Marenia, this Treaty shall prevail.')).toBe(1);
    expect(overridden('The State of Marenia shall amend its Law on Water Use to give effect to Article 3.')).toBe(1);
    expect(overridden('The State of Marenia shall submit draft amendments to the Water Code of Marenia on Irrigation to its Parliament.')).toBe(1);
    expect(overridden('Decisions of the Joint Commission shall be implemented without the need for any further approval under its domestic law.')).toBe(1);
    // near misses: the treaty over another agreement between the two, a conflict resolved by the law, approval under the treaty
    expect(overridden('This Treaty shall prevail over any inconsistent provision of the Protocol of 1998 between the Parties.')).toBe(0);
    expect(overridden('In the event of any conflict between this Treaty and its Annexes, this Treaty shall prevail.')).toBe(0);
    expect(overridden('Decisions of the Joint Commission shall be implemented without the need for any further approval under Article 7.')).toBe(0);
  });
});

describe('one side bearing all, waiving alone, or holding a veto', () => {
  const TREATY = 'AGREEMENT\n\nbetween the Government of Ukraine and the Government of the United States of America.';

  it('"all costs … shall be borne by" one party weighs on it; costs shared, or some costs only, are not one-sided', () => {
    expect(affectedBy('one-sided-costs', TREATY, 'All costs of establishing the Fund, including legal and audit expenses, shall be borne by Ukraine.')).toEqual(['Ukraine']);
    expect(affectedBy('one-sided-costs', TREATY, 'All costs of establishing the Fund shall be borne by the Parties in equal shares.')).toEqual([]);
    expect(affectedBy('one-sided-costs', TREATY, 'The costs of the Joint Commission shall be borne by Ukraine.')).toEqual([]);
  });

  it('"makes no corresponding waiver" leaves the waiver of the other standing alone: it weighs on the party that waived', () => {
    expect(affectedBy('party-relieved', TREATY, 'Ukraine waives any immunity from suit under this Agreement; the United States makes no corresponding waiver.')).toEqual(['Ukraine']);
    // near miss: both waive
    expect(affectedBy('party-relieved', TREATY, 'Each Party waives any immunity from suit under this Agreement.')).toEqual([]);
  });

  it('"a veto over" decisions held by one side is its consent deciding', () => {
    expect(clauseFindings(TREATY, 'The members appointed by the United States shall together have a veto over any decision on the admission of new investors.').map((f) => f.rule)).toContain('consent-veto');
    // near miss: a veto named as a voting rule, held by no one
    expect(clauseFindings(TREATY, 'Decisions of the Board on the admission of new investors shall be taken by simple majority.').map((f) => f.rule)).not.toContain('consent-veto');
  });
});

describe('a power to end or decide held by one side, said other ways', () => {
  it('"may, at any time", "for its own convenience" and "may cancel this Policy at any time" are the holder’s power, weighing on the other', () => {
    expect(affectedBy('unilateral-power', WORKS, 'The Employer may, at any time, terminate the Contract by notice to the Contractor.')).toEqual(['Contractor']);
    expect(affectedBy('unilateral-power', WORKS, 'The Employer may terminate the Contract for its own convenience by notice to the Contractor.')).toEqual(['Contractor']);
    expect(affectedBy('unilateral-power', INSURANCE, 'The Insurer may cancel this Policy at any time by giving seven days’ notice to the Insured.')).toEqual(['Insured']);
  });

  it('near misses: either party’s convenience, a time to act that gives no power', () => {
    expect(affectedBy('unilateral-power', WORKS, 'Either Party may terminate the Contract for its convenience on ninety days’ notice.')).toEqual([]);
    expect(affectedBy('unilateral-power', WORKS, 'The Contractor shall keep the Site tidy at all times.')).toEqual([]);
  });

  it('an arbitrator appointed by one side is that side’s say over the dispute', () => {
    expect(affectedBy('unilateral-power', INSURANCE, 'Any dispute as to the amount payable shall be referred to a sole arbitrator appointed by the Insurer.')).toEqual(['Insured']);
  });

  it('near misses: an arbitrator appointed by the parties, by each, or by an institution', () => {
    expect(affectedBy('unilateral-power', INSURANCE, 'Any dispute shall be referred to a sole arbitrator appointed by the Parties jointly.')).toEqual([]);
    expect(affectedBy('unilateral-power', INSURANCE, 'Any dispute shall be referred to a sole arbitrator appointed by the President of the Law Society.')).toEqual([]);
    expect(affectedBy('unilateral-power', INSURANCE, 'Each party shall appoint one arbitrator, and the two arbitrators appointed by them shall choose the third.')).toEqual([]);
  });
});

describe('a burden without limit, and payment that waits on a third party', () => {
  it('an indemnity, a liability or an equity support "without limit", or damages "without any cap", weigh on the party that gives them', () => {
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall indemnify the Employer against all claims arising from the Works, without limit as to amount.')).toEqual(['Contractor']);
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall pay delay damages of 0.5% of the Contract Price for each day of delay, without any cap.')).toEqual(['Contractor']);
  });

  it('near misses: a survival without limit of time, a cap stated, damages listed "including without limitation"', () => {
    expect(affectedBy('one-sided-burden', WORKS, 'In no event shall the Employer be liable for any indirect damages (including without limitation loss of profit), and neither party’s liability shall exceed the Contract Price.')).toEqual([]);
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor’s liability under this indemnity shall survive without limit of time.')).toEqual([]);
    expect(affectedBy('one-sided-burden', WORKS, 'The Contractor shall pay delay damages of 0.5% of the Contract Price for each day of delay, subject to a cap of 10% of the Contract Price.')).toEqual([]);
  });

  const SUBCONTRACT = 'SUBCONTRACT\n\nThis Subcontract is made between Quay Builders SA (the "Contractor") and Tern Electrical Ltd (the "Subcontractor").';
  it('pay when paid: the party paid only once the other has been paid by a third carries that risk', () => {
    const found = clauseFindings(SUBCONTRACT, 'Payment to the Subcontractor shall be made only when and to the extent that the Contractor has itself received payment from the Employer in respect of the relevant work.');
    expect(found.filter((f) => f.rule.startsWith('paid-when-paid')).map((f) => [f.category, f.affects])).toEqual([
      ['financial', 'Subcontractor'],
      ['one-sided', 'Subcontractor'],
    ]);
  });

  it('near misses: payment due after a certificate, or after the payee itself is paid nothing by anyone', () => {
    expect(clauseFindings(SUBCONTRACT, 'Payment to the Subcontractor shall be made within thirty days after the Contractor receives the Subcontractor’s invoice.').filter((f) => f.rule.startsWith('paid-when-paid'))).toEqual([]);
    expect(clauseFindings(SUBCONTRACT, 'The Contractor shall pay the Subcontractor within thirty days, whether or not the Contractor has received payment from the Employer.').filter((f) => f.rule.startsWith('paid-when-paid'))).toEqual([]);
  });
});
