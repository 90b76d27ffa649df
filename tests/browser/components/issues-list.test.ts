import { expect } from '@esm-bundle/chai';
import '../../../components/issues-list/issues-list.js';
import type { IssueRow, IssuesList } from '../../../src/model/issues-list.js';
import { HOSTILE, mount } from '../../support/mount.js';

function row(over: Partial<IssueRow>): IssueRow {
  return {
    point: 1,
    clause: '4.1',
    was: '3.1',
    kind: 'modified',
    oldText: '4.1 Ukraine shall transfer 50 percent',
    newText: '4.1 Ukraine shall contribute 25 percent',
    concerns: [{ category: 'financial', severity: 'high', stance: 'favour', explanation: 'A figure changed from 50 percent to 25 percent.' }],
    stance: 'favour',
    brackets: { open: [], closed: [], opened: [] },
    position: '',
    status: 'open',
    ...over,
  };
}

const list = (rows: IssueRow[]): IssuesList => ({
  format: 'counterdraft/issues-list',
  version: 1,
  old: { label: 'U.S. draft', ours: false, brackets: 2 },
  new: { label: 'Ukraine revision', ours: true, brackets: 1 },
  we: 'Ukraine',
  rows,
});

describe('cd-issues-list', () => {
  it('shows one row per point, with the stance in words and the text columns named ours and theirs', async () => {
    const el = await mount('cd-issues-list', {
      date: '2025-02-15',
      list: list([row({ point: 1, stance: 'against', clause: '2.2', was: '' }), row({ point: 2, brackets: { open: ['[●]'], closed: [], opened: ['[●]'] }, position: 'Hold the line', status: 'disputed' })]),
    });
    const rows = el.shadowRoot!.querySelectorAll('tbody tr');
    expect(rows.length).to.equal(2);
    expect(rows[0]!.className).to.equal('against');
    expect(rows[0]!.textContent).to.contain('against us');
    expect(rows[1]!.textContent).to.contain('4.1 (was 3.1)');
    expect(rows[1]!.textContent).to.contain('1 open: [●]');
    expect(rows[1]!.textContent).to.contain('Hold the line');
    expect(rows[1]!.textContent).to.contain('disputed');
    const headings = [...el.shadowRoot!.querySelectorAll('th')].map((th) => th.textContent);
    expect(headings).to.include('Their text (U.S. draft)');
    expect(headings).to.include('Our text (Ukraine revision)');
    expect(el.shadowRoot!.querySelector('.summary')!.textContent).to.equal('For Ukraine. 2 points as of 2025-02-15. Open points in brackets: 2 in U.S. draft → 1 in Ukraine revision.');
  });

  it('says first among a row\'s concerns which way a change that pulls both ways cuts on balance', async () => {
    const mixed = row({
      stance: 'against',
      balance: { stance: 'favour', against: 1, favour: 2 },
      concerns: [
        { category: 'financial', severity: 'high', stance: 'favour', explanation: 'A figure changed from 50 percent to 25 percent.' },
        { category: 'one-sided', severity: 'medium', stance: 'favour', explanation: 'The United States loses a right here.' },
        { category: 'duration', severity: 'medium', stance: 'against', explanation: 'The term is longer.' },
      ],
    });
    const el = await mount('cd-issues-list', { list: list([mixed, row({ point: 2 })]) });
    const items = [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('li')].map((li) => li.textContent));
    expect(items[0]![0]).to.equal('On balance in our favour: 1 finding against us, 2 in our favour.');
    expect(items[0]!.length).to.equal(4);
    // (a row that cuts one way has no such line)
    expect(items[1]!.length).to.equal(1);
  });

  it('renders text from the drafts and the notes as text, never as markup', async () => {
    const el = await mount('cd-issues-list', { list: list([row({ newText: HOSTILE, position: HOSTILE, clause: HOSTILE })]) });
    expect(el.shadowRoot!.querySelector('img')).to.equal(null);
    expect(el.shadowRoot!.textContent).to.contain(HOSTILE);
    expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('says so when there is nothing open', async () => {
    const el = await mount('cd-issues-list', { list: list([]) });
    expect(el.shadowRoot!.textContent).to.contain('No open points');
  });
});
