import { expect } from '@esm-bundle/chai';
import '../../../components/activity-list/activity-list.js';
import '../../../components/conflict-list/conflict-list.js';
import type { ConflictShown } from '../../../components/conflict-list/conflict-list.js';
import { activityOf, conflictsShown } from '../../../components/app/team-records.js';
import type { SyncOpRecord } from '../../../src/store/sync-records.js';
import { HOSTILE, mount, nextEvent } from '../../support/mount.js';

const OLENA = 'm-00000000-0000-4000-8000-000000000001';
const TARAS = 'm-00000000-0000-4000-8000-000000000002';
const RECORD = 'r'.repeat(43);
const op = (rev: number, memberId: string, payload: SyncOpRecord['payload'], parents: string[] = []): SyncOpRecord => ({
  opId: `o-00000000-0000-4000-8000-${String(rev).padStart(12, '0')}`,
  workspaceId: 'ws-1',
  recordId: RECORD,
  parents,
  rev,
  memberId,
  at: `2026-03-0${rev}T10:00:00.000Z`,
  payload,
});
const annotation = (note: string) =>
  ({
    kind: 'annotation',
    id: 'a-1',
    versionId: 'v-1',
    clauseId: 'c1',
    quote: { type: 'TextQuoteSelector', exact: 'royalty of five percent', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 10 },
    category: 'one-sided',
    severity: 'high',
    status: 'open',
    note,
    author: '',
    created: '2026-03-01T10:00:00.000Z',
    updated: '2026-03-01T10:00:00.000Z',
    revision: 1,
  }) as unknown as SyncOpRecord['payload'];

describe('activity and conflicts', () => {
  it('lists who added which version and who annotated, newest first, by name', async () => {
    const ops = [
      op(1, OLENA, { kind: 'member', memberId: OLENA, name: 'Olena' }),
      op(2, OLENA, { kind: 'version', id: 'v-1', label: 'U.S. draft', party: 'US', date: '2026-02-12', parent: null, title: 't', clauses: [] }),
      op(3, TARAS, annotation('too low')),
      op(4, TARAS, { kind: 'deleted', of: 'version', id: 'v-1' }),
    ];
    const items = activityOf(ops, new Map([[OLENA, 'Olena']]));
    expect(items.map((i) => `${i.who} ${i.what}`)).to.deep.equal([
      'unnamed member deleted the version “U.S. draft”',
      'unnamed member annotated “royalty of five percent”',
      'Olena added the version “U.S. draft”',
      'Olena joined',
    ]);
    const el = await mount('cd-activity-list', { items });
    const rows = [...el.shadowRoot!.querySelectorAll('li')];
    expect(rows.length).to.equal(4);
    expect(rows[2]!.querySelector('time')!.getAttribute('datetime')).to.equal('2026-03-02T10:00:00.000Z');
  });

  it('renders names and labels as text', async () => {
    const el = await mount('cd-activity-list', { items: [{ id: 'x', who: HOSTILE, what: `added the version “${HOSTILE}”`, at: '2026-03-01T10:00:00.000Z' }] });
    expect(el.shadowRoot!.querySelector('img') === null).to.equal(true);
    expect(el.shadowRoot!.querySelector('.who')!.textContent).to.equal(HOSTILE);
  });

  it('shows both values of a conflicting note, whose and when, and keeps the one chosen', async () => {
    const a = op(1, OLENA, annotation('too low'));
    const b = op(2, TARAS, annotation('acceptable'));
    const conflicts = conflictsShown([{ recordId: RECORD, kind: 'annotation', values: [a, b] }], new Map([[OLENA, 'Olena'], [TARAS, 'Taras']]));
    const el = await mount('cd-conflict-list', { conflicts });
    const values = [...el.shadowRoot!.querySelectorAll('.value')].map((v) => v.textContent!.replace(/\s+/g, ' '));
    expect(el.shadowRoot!.querySelector('h3')!.textContent).to.equal('Note on “royalty of five percent”');
    expect(values[0]).to.contain('Note: too low').and.contain('by Olena');
    expect(values[1]).to.contain('Note: acceptable').and.contain('by Taras');
    const event = nextEvent(el, 'cd-conflict-keep');
    el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.keep')[1]!.click();
    expect((await event).detail).to.deep.equal({ recordId: RECORD, opId: b.opId });
  });

  it('gives a reader no Keep buttons', async () => {
    const conflicts: ConflictShown[] = [{ recordId: RECORD, title: 'Note', canKeep: true, values: [{ opId: 'o-1', who: 'Olena', at: '2026-03-01T10:00:00.000Z', lines: ['Note: x'] }] }];
    const el = await mount('cd-conflict-list', { conflicts, readOnly: true });
    expect(el.shadowRoot!.querySelector('.keep') === null).to.equal(true);
  });
});
