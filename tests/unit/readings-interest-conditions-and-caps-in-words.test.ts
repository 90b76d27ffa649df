import { describe, expect, it } from 'vitest';
import { payerByRole } from '../../src/concerns/roles.js';
import { changeStance, draft, holders, weights } from '../support/stance-readings.js';

/**
 * Interest a party adds, the figures of a condition a right arises on, a royalty a grant is made
 * subject to, the roles of a research agreement, a cap whose sum is put in words, and help owed
 * in the manner the helper chooses. Openings and clauses written here.
 */

const STORE = 'KEEPSAFE STORAGE TERMS\n\nThese terms are between Keepsafe Storage Ltd ("we", "us") and you, the customer ("you").';
const CLINIC = 'FERNBANK PHYSIO — TERMS FOR PATIENTS\n\nFernbank Physiotherapy Ltd ("we", "us") treats you, the patient ("you"), on these terms.';
const RESEARCH = 'RESEARCH AGREEMENT\n\nThis Agreement is made between the University of Halden (the "University") and Tessmark Materials Ltd (the "Company").';
const STATES_LOAN = 'AGREEMENT ON ECONOMIC COOPERATION\n\nThe Republic of Marevia ("Marevia") and the Kingdom of Talsk ("Talsk") have agreed as follows:';
const STATES = 'AGREEMENT ON MUTUAL DEFENCE\n\nThe Republic of Arlen ("Arlen") and the Kingdom of Voss ("Voss"), hereinafter the Parties, have agreed as follows:';

const weightOf = (list: ReturnType<typeof weights>, text: string) => list.find(([figure]) => figure === text)?.[1] ?? null;

describe('interest a party adds to what it is owed', () => {
  it('"we\'ll add interest at 2% per month" is the right of the party that adds it, and dropping it costs that party', () => {
    const late = 'If you don’t pay within 30 days, we’ll add interest at 2% per month to the balance until it’s paid.';
    expect(holders(STORE, late)).toEqual([['We', 'right']]);
    const stances = changeStance(STORE, late, 'If you don’t pay within 30 days, we’ll send you a reminder. We don’t charge interest on late payments.', 'we');
    expect(stances).toContainEqual(['figure-changed', 'against']);
    expect(stances.filter(([, stance]) => stance === 'favour')).toEqual([]);
  });

  it('near miss: "we will add your name to the waiting list" is a duty, no interest', () => {
    expect(holders(STORE, 'We will add your name to the waiting list.')).toEqual([['We', 'obligation']]);
  });
});

describe('a figure in the condition a right arises on', () => {
  it('a bound below which the right arises ("with less than 24 hours\' notice ... we\'ll charge a fee") helps its holder as it grows', () => {
    const text = (hours: string) => `If you cancel with less than ${hours} hours’ notice, we’ll charge a fee of £40.`;
    expect(weightOf(weights(CLINIC, text('24')), '24 hours')).toEqual({ party: 'We', rise: 'benefit', added: 'benefit' });
    expect(changeStance(CLINIC, text('24'), text('48'), 'you')).toEqual([['figure-changed', 'against']]);
  });

  it('a time the other party failed to act within ("If you haven\'t collected ... within 14 days ..., we may") is a wait that costs the holder as it grows', () => {
    const text = (days: string) => `If you haven’t collected your goods within ${days} days of our asking you to, we may sell them.`;
    expect(weightOf(weights(STORE, text('14')), '14 days')).toEqual({ party: 'We', rise: 'burden', added: 'benefit' });
    expect(changeStance(STORE, text('14'), text('7'), 'we')).toEqual([['figure-changed', 'favour']]);
  });

  it('so is a time both parties failed to agree within, before one may go elsewhere', () => {
    const head = 'PUBLISHING AGREEMENT\n\nThis Agreement is made between Ilse Marr (the "Author") and Greyfold Books Ltd (the "Publisher").';
    const text = 'The Author shall offer the Publisher the next work; if the parties have not agreed terms within thirty days of submission, the Author shall be free to offer the work elsewhere.';
    expect(weightOf(weights(head, text), 'thirty days')).toEqual({ party: 'Author', rise: 'burden', added: 'benefit' });
  });

  it('near miss: a lapse no party brings about ("has not become effective within ninety days, or such later date as the Bank and the Borrower may agree") is read as a long-stop is, not as a wait', () => {
    const head = 'LOAN AGREEMENT\n\nThis Agreement is made between the Republic of Ostrel (the "Borrower") and the Northern Investment Bank (the "Bank").';
    const text = 'If this Agreement has not become effective within ninety (90) days after signature, or such later date as the Bank and the Borrower may agree, it shall terminate.';
    expect(weightOf(weights(head, text), 'ninety (90) days')?.rise).not.toBe('burden');
  });

  it('whichever party the terms call "we": "If we have not delivered within 10 days, you may cancel" is the customer\'s wait', () => {
    const text = 'If we have not delivered your order within 10 days, you may cancel it.';
    expect(weightOf(weights(STORE, text), '10 days')).toEqual({ party: 'You', rise: 'burden', added: 'benefit' });
  });
});

describe('a royalty a grant is made subject to', () => {
  it('"grants the Company a licence ..., subject to payment of a royalty of 2%" is paid by the party granted the licence', () => {
    const text = 'The University grants the Company a non-exclusive licence to use the Background IP, subject to payment of a royalty of two per cent (2%) of Net Sales.';
    expect(weightOf(weights(RESEARCH, text), 'two per cent')).toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
    expect(weightOf(weights(RESEARCH, text), '2%')).toEqual({ party: 'Company', rise: 'burden', added: 'burden' });
  });
});

describe('the roles of a research agreement', () => {
  it('a Company pays a University', () => {
    expect(payerByRole(draft(RESEARCH, 'Indirect costs accrue monthly.'))).toBe('Company');
  });

  it('near miss: a Company beside a party of another role pays no one by role ("Company" is too general alone)', () => {
    const head = 'TERMS OF USE\n\nThese terms are between Plexa Ltd (the "Company") and each person using the service (the "User").';
    expect(payerByRole(draft(head, 'Interest accrues daily.'))).toBeNull();
  });
});

describe('a cap whose sum is put in words', () => {
  const head = 'CLINIC TERMS\n\nThese terms are between Fernbank Physiotherapy Ltd (the "Practice") and the patient (the "Client").';

  it('"shall not exceed £10,000" → "shall not exceed the fees paid for the treatment" is no cap taken out', () => {
    const before = 'The Practice’s total liability to the Client shall not exceed £10,000.';
    const after = 'The Practice’s total liability to the Client shall not exceed the fees paid by the Client for the treatment.';
    expect(changeStance(head, before, after, 'Client').filter(([rule]) => rule === 'figure-changed')).toEqual([]);
  });

  it('near miss: the cap taken out whole is still a figure taken out', () => {
    const before = 'The Practice’s total liability to the Client shall not exceed £10,000.';
    const after = 'The Practice shall be liable to the Client for any loss it causes.';
    expect(changeStance(head, before, after, 'Client').filter(([rule]) => rule === 'figure-changed')).not.toEqual([]);
  });
});

describe('help owed in the manner the helper chooses', () => {
  it('"shall take such action as it deems necessary, including the use of armed force, to assist Arlen" is a duty of Voss, not a power', () => {
    const before = 'In the event of an armed attack on Arlen, the Parties shall consult without delay.';
    const after = 'In the event of an armed attack on Arlen, Voss shall forthwith take such action as it deems necessary, including the use of armed force, to assist Arlen.';
    expect(changeStance(STATES, before, after, 'Voss')).not.toContainEqual(['duty-shifted', 'favour']);
  });

  it('near miss: "shall take such action as it deems necessary, which may include material assistance" is still its say', () => {
    const before = 'In the event of an armed attack on Arlen, Voss shall immediately come to its assistance with all means at its disposal.';
    const after = 'In the event of an armed attack on Arlen, Voss shall take such action as it deems necessary, which may include the provision of material assistance.';
    expect(changeStance(STATES, before, after, 'Voss')).toContainEqual(['duty-shifted', 'favour']);
  });
});

describe('interest on credit one party extends to the other', () => {
  it('"Marevia shall extend to Talsk a credit line ... at an interest rate of 2%" is paid by the party the credit is extended to', () => {
    const text = 'Marevia shall extend to Talsk a credit line of 500 million dinars at an interest rate of 2% per annum.';
    expect(weightOf(weights(STATES_LOAN, text), '2%')).toEqual({ party: 'Talsk', rise: 'burden', added: 'burden' });
  });

  it('near miss: a sum extended to a party with no credit after it ("shall extend to Talsk a grant of 2% of revenues") is its gain', () => {
    const text = 'Marevia shall extend to Talsk a grant equal to 2% of its customs revenues.';
    expect(weightOf(weights(STATES_LOAN, text), '2%')).toEqual({ party: 'Talsk', rise: 'benefit', added: 'benefit' });
  });
});

describe('a cure period before a right to end, weighed as a notice', () => {
  const PSC = 'PRODUCTION SHARING CONTRACT\n\nThis Contract is made between the Government of the Coraline Islands (the "Government") and Pembroke Gas Ltd (the "Contractor").';

  it('"may terminate ... if the failure is not remedied within ninety days" → "by giving thirty days\' notice" shortens the holder\'s wait', () => {
    const before = 'If the Contractor fails to perform the Minimum Work Obligations, the Government may terminate this Contract if the failure is not remedied within ninety (90) days after written notice from the Government.';
    const after = 'If the Contractor fails to perform the Minimum Work Obligations, the Government may terminate this Contract by giving thirty (30) days\' written notice.';
    expect(changeStance(PSC, before, after, 'Government')).toContainEqual(['figure-changed', 'favour']);
  });

  it('near miss: a period of another kind against a notice is not weighed as one ("the failure continues for ninety days" → "thirty days\' notice")', () => {
    const before = 'The Government may terminate this Contract if the Contractor stops work for ninety (90) days.';
    const after = 'The Government may terminate this Contract by giving thirty (30) days\' written notice.';
    expect(changeStance(PSC, before, after, 'Government').filter(([rule, stance]) => rule === 'figure-changed' && stance !== 'neutral')).toEqual([]);
  });
});
