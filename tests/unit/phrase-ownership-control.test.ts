import { describe, expect, it } from 'vitest';
import { readRule, rulesOf } from '../support/clause-findings.js';

/**
 * Control of what is owned, said without the words "title" or "ownership": who holds what share
 * of a company or fund, a port or an airfield leased or made available to the other party, one
 * party's dealings in its resources or assets waiting on the other's consent, a grant of
 * licences barred with a long aside, and a pledge of assets refused. Each with near misses that
 * must stay quiet. Every clause here was written for these tests.
 */

const FUND = 'FUND AGREEMENT\n\nThis Agreement is made between the Republic of Veland (the "Republic") and the Kingdom of Osterlund (the "Kingdom").';
const VENTURE = 'JOINT VENTURE AGREEMENT\n\nThis Agreement is made between Alder Mining Ltd (the "Investor") and Birch Resources SA (the "Partner").';
const LOAN = 'FACILITY AGREEMENT\n\nThis Agreement is made between Larch Energy plc (the "Borrower") and Quay Bank AG (the "Lender").';

/** Category, party and effect of each finding of `rule`. */
const read = readRule;

describe('a stake held in a company or fund', () => {
  it('a party that shall hold a share of the votes or shares holds a say over what the company owns; it weighs on the other', () => {
    expect(read('stake-held', FUND, 'The Kingdom shall hold not less than sixty per cent (60%) of the voting rights in the Fund Company.')).toEqual([['ownership', 'Republic', 'burden']]);
    expect(read('stake-held', VENTURE, 'The Partner shall hold a carried interest of fifteen per cent (15%) in the Operating Company.')).toEqual([['ownership', 'Investor', 'burden']]);
  });

  it('the holder named after "held by" or "owned as to … by"', () => {
    expect(read('stake-held', FUND, 'Seventy per cent of the issued shares of the Pipeline Company shall be held by the Republic.')).toEqual([['ownership', 'Kingdom', 'burden']]);
    expect(read('stake-held', VENTURE, 'The Operating Company shall be owned as to two-thirds by the Investor and as to one-third by the Partner.')).toEqual([['ownership', 'Partner', 'burden']]);
  });

  it('near misses: directors counted per share held, a share of profits, shares held in escrow', () => {
    expect(read('stake-held', VENTURE, 'Each shareholder may appoint one director for every twenty per cent of the issued shares held by it.')).toEqual([]);
    expect(read('stake-held', VENTURE, 'The Partner shall receive thirty per cent of the net profits of the Operating Company.')).toEqual([]);
    expect(read('stake-held', VENTURE, 'The Escrow Agent shall hold the share certificates until Completion.')).toEqual([]);
  });
});

describe('a port, an airfield or land leased or made available to the other party', () => {
  it('"shall lease to X the port", "shall make available to X the airfields" and the passive weigh on the party that gives them', () => {
    expect(read('use-rights-granted', FUND, 'The Republic shall lease to the Kingdom the port of Arvik, with its berths and warehouses, for thirty years.')).toEqual([['ownership', 'Republic', 'burden']]);
    expect(read('use-rights-granted', FUND, 'The Republic shall make available to the armed forces of the Kingdom the airfields listed in Annex B.')).toEqual([['ownership', 'Republic', 'burden']]);
    expect(read('use-rights-granted', FUND, 'The naval base at Tolm shall be placed at the disposal of the Kingdom by the Republic.')).toEqual([['ownership', 'Republic', 'burden']]);
  });

  it('near misses: documents, office space or information made available', () => {
    expect(read('use-rights-granted', FUND, 'The Republic shall make available to the Kingdom the tender documents for the works.')).toEqual([]);
    expect(read('use-rights-granted', VENTURE, 'The Partner shall make available office space in its premises to the secondees of the Investor.')).toEqual([]);
  });
});

describe('dealings in resources or assets waiting on the other party’s consent', () => {
  it('a dealing in resources, shares or licences "without the prior written consent of" the other is its say over them', () => {
    expect(read('resource-dealings-vetoed', FUND, 'The Republic shall not, without the prior written consent of the Kingdom, enter into any agreement with a third State for the export of lithium.')).toEqual([['ownership', 'Republic', 'burden']]);
    expect(read('resource-dealings-vetoed', VENTURE, 'The Partner shall not dispose of any of its mining rights or assets except with the approval of the Investor.')).toEqual([['ownership', 'Partner', 'burden']]);
    expect(read('resource-dealings-vetoed', FUND, 'The Republic shall not renew any licence for the extraction of copper unless the Kingdom has given its prior written consent.')).toEqual([['ownership', 'Republic', 'burden']]);
  });

  it('near misses: the other party’s or a body’s consent, a consent not to be unreasonably withheld, no resource at stake', () => {
    expect(read('resource-dealings-vetoed', VENTURE, 'Neither party shall sell its shares without the consent of the other party.')).toEqual([]);
    expect(read('resource-dealings-vetoed', VENTURE, 'The Partner shall not sell its mining rights without the consent of the Management Committee.')).toEqual([]);
    expect(read('resource-dealings-vetoed', VENTURE, 'The Partner shall not sell its mining rights without the consent of the Investor, such consent not to be unreasonably withheld.')).toEqual([]);
    expect(read('resource-dealings-vetoed', VENTURE, 'The Partner shall not issue any press release without the prior written consent of the Investor.')).toEqual([]);
  });
});

describe('a grant of licences barred with a long aside, and a pledge of assets refused', () => {
  it('a grant of licences barred, with a long aside before the licences, restricts what the party may part with', () => {
    const text = 'The Partner shall not grant, extend or renew, in favour of any company owned or controlled, directly or indirectly, by a competitor of the Investor, any licence to explore for or mine the copper ores of the Contract Area.';
    expect(read('transfer-restricted', VENTURE, text)).toEqual([['ownership', 'Partner', 'burden']]);
  });

  it('"shall not create … any Security over its assets" is a transfer restricted', () => {
    expect(read('transfer-restricted', LOAN, 'The Borrower shall not create or permit to subsist any Security over any of its assets.')).toEqual([['ownership', 'Borrower', 'burden']]);
  });

  it('near misses: reports reviewed and renewed, security given to the Borrower', () => {
    expect(read('transfer-restricted', VENTURE, 'The Partner shall not review, revise or renew its reports without notice.')).toEqual([]);
    expect(read('transfer-restricted', LOAN, 'The Lender shall release any Security over the assets of the Borrower on repayment.')).toEqual([]);
  });
});

describe('control a party keeps', () => {
  it('"X retains full and exclusive control over" its resources is held by X: it weighs on the other party', () => {
    expect(read('resource-title-passes', FUND, 'The Republic retains full and exclusive control over the disposal of its mineral resources.')).toEqual([['ownership', 'Kingdom', 'burden']]);
  });

  it('near miss: exclusive control given to a party is held by the party it is given to', () => {
    expect(read('resource-title-passes', FUND, 'The Republic shall give the Kingdom exclusive control over the port of Arvik.')).toEqual([['ownership', 'Republic', 'burden']]);
  });
});

describe('shares pledged or charged', () => {
  it('a pledge or a charge over a party\u2019s shares in a company passes a hold on them', () => {
    const head = 'SHARE PLEDGE\n\nThis Deed is made between Larch Holdings Ltd (the "Pledgor") and Quay Bank AG (the "Security Agent").';
    expect(rulesOf(head, 'The Pledgor hereby pledges to the Security Agent all of its present and future shares in the Project Company.')).toContain('resource-title-passes');
    expect(rulesOf(head, 'As security, the Pledgor charges by way of first fixed charge in favour of the Security Agent all shares held by it in Arden Mining Ltd.')).toContain('resource-title-passes');
    // near misses: a share of something that is no share in a company, and a pledge of support
    expect(rulesOf(head, 'The Pledgor pledges to use its best efforts to keep its share of the market.')).not.toContain('resource-title-passes');
    expect(rulesOf(head, 'The Pledgor shall pay any charge levied on the shares of the market makers.')).not.toContain('resource-title-passes');
    expect(rulesOf(head, 'The Security Agent shall pay a charge of two per cent on each registration of shares in the Project Company.')).not.toContain('resource-title-passes');
  });
});

describe('the whole of a resource’s output taken or exported', () => {
  const OFFTAKE = 'OFFTAKE AGREEMENT\n\nThis Agreement is made between Alder Mining Ltd (the "Seller") and Birch Resources SA (the "Buyer").';

  it('"shall purchase one hundred per cent (100%) of the ... concentrate", "export the whole of its production"', () => {
    expect(rulesOf(OFFTAKE, 'The Seller shall sell and the Buyer shall purchase one hundred per cent (100%) of the graphite concentrate produced from the Mine during its life.')).toContain('resource-title-passes');
    expect(rulesOf(OFFTAKE, 'The Buyer shall purchase all of the ore produced from the Mine.')).toContain('resource-title-passes');
    expect(rulesOf(FUND, 'The Kingdom may export the whole of its production of lithium without restriction.')).toContain('resource-title-passes');
  });

  it('near misses: all of a plant’s electrical output, half of the concentrate, all of the documents', () => {
    expect(rulesOf(OFFTAKE, 'The Buyer shall purchase all Net Electrical Output delivered at the Delivery Point.')).not.toContain('resource-title-passes');
    expect(rulesOf(OFFTAKE, 'The Buyer shall purchase fifty per cent of the concentrate produced from the Mine.')).not.toContain('resource-title-passes');
    expect(rulesOf(OFFTAKE, 'The Buyer shall take all of the documents listed in Schedule 3.')).not.toContain('resource-title-passes');
  });
});
